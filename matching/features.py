"""Feature functions: pure, named <subject>_<method>, scoring every row of a segment for one request.

Each returns an FtResult whose `scores` are in [0, 1], one per volunteer row. The algorithm (see
`algorithm.py`) is a versioned, weighted list of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .areas import Areas
from .index import _HASHER, LangCodes, Segment, fallback_matrix_uncached, slot_mask
from .index import NO_AVAIL_BIT as _NO_AVAIL_BIT
from .normalize import normalize
from .taxonomy import Taxonomy
from .types import HelpRequest

RELATED_CREDIT = 0.4  # a related skill (same group, or listed as related) scores below the exact one
CLOSE_CREDIT = 0.9  # a near-equivalent skill (listed as close) scores just below the exact one
MODIFIER_WEIGHT = 0.35  # 「イベントの写真撮影」: イベント qualifies the skill asked for, it is not the skill
_SENTENCE_END = "。.!?！？\n"
AREA_SCORES = {"same": 1.0, "remote": 1.0, "neighbour": 0.75, "unknown": 0.75, "far": 0.45}
TIME_COMMON, TIME_FLEXIBLE, TIME_UNKNOWN = 1.0, 1.0, 0.45
SECONDARY_WEIGHT = (
    0.5  # below this an asked concept is a qualifier, not a need (reasons do not call it missing)
)
DESC_WEIGHT = 0.8  # a concept named only in the tags or description: a need, below the main one in the title
# Whole-text fallback (no concept recognised, or nobody holds one): relative cosine → skill-like fit in
# [FALLBACK_FIT_MIN, FALLBACK_FIT_MAX] × the text weight's inverse — always below an exact concept match.
FALLBACK_POOL = 200  # most similar rows per segment considered
FALLBACK_REL_MIN = 0.35  # share of the best cosine a row needs to be proposed
FALLBACK_COS_MIN = 0.03  # absolute floor: shared boilerplate alone is not similarity
FALLBACK_FIT_MIN, FALLBACK_FIT_MAX = 0.32, 0.6
TEXT_MIN = 0.5  # weighted share of a volunteer's unknown tag covered by the request text


@dataclass(frozen=True)
class FtResult:
    """Scores for every row and an optional detail for explanations."""

    scores: np.ndarray
    detail: object = None


@dataclass
class RequestProfile:
    """What the matcher extracts from one request, computed once per request."""

    request: HelpRequest
    asked: list[tuple[str, str, float]]  # (skill_id, matched word, weight); coverage uses all of them
    primary: list[
        tuple[str, str, float]
    ]  # the main need (title, else tags, else description): the skill factor
    lang_mask: int
    rare_langs: frozenset[str]
    slot_mask: int
    area: str | None
    area_idx: int
    remote: bool
    query: np.ndarray  # sorted hashed n-gram ids present in the request text
    fb_text: str = ""  # normalised title + description + tags, for the whole-text fallback

    def fallback_query(self) -> np.ndarray:
        """Returns the sorted fallback term ids of the request text (computed on first use: most requests
        never need the fallback)."""
        q = self.__dict__.get("_fb_query")
        if q is None:
            q = np.unique(fallback_matrix_uncached([self.fb_text]).indices).astype(np.intp)
            self.__dict__["_fb_query"] = q
        return q

    excluded: frozenset[str] = field(default_factory=frozenset)


def request_profile(
    req: HelpRequest, *, taxonomy: Taxonomy, areas: Areas, area_index: dict[str, int], langs: LangCodes
) -> RequestProfile:
    """Returns the concepts, masks and text query of a request."""
    title = {sid: (w, weight) for sid, w, weight in text_concepts(req.title, taxonomy)}
    tags: dict[str, tuple[str, float]] = {}
    for tag in req.skills:
        for sid, w, _s in taxonomy.tag_hits(tag):
            tags.setdefault(sid, (w, 1.0))
    desc = {sid: (w, weight) for sid, w, weight in text_concepts(req.description, taxonomy)}
    # Every concept the request names is scored; none overrides another. The title is the person's main ask;
    # tags and the description add further needs and weigh a little less (DESC_WEIGHT), so a volunteer who
    # holds only a secondary need never outranks one who holds the main one for that alone. A concept named
    # in several places keeps the highest weight; a qualifier (「イベントの」写真撮影) keeps MODIFIER_WEIGHT.
    asked: dict[str, tuple[str, float]] = {}
    for src, scale in ((title, 1.0), (tags, DESC_WEIGHT), (desc, DESC_WEIGHT)):
        for sid, (w, weight) in src.items():
            x = weight * scale if weight >= 1.0 else weight
            if sid not in asked or asked[sid][1] < x:
                asked[sid] = (w, x)
    # A language the helper must speak is a hard constraint, not a skill asked for — unless the title asks for
    # it or it is all there is (「ベトナム語で生活の相談にのってほしい」).
    need = set(req.languages) - {"ja"}
    lang_only = {
        s
        for s in asked
        if taxonomy.skills[s].languages and set(taxonomy.skills[s].languages) & need and s not in title
    }
    if lang_only and len(lang_only) < len(asked):
        for s in lang_only:
            del asked[s]
    top_w = max((x for _w, x in asked.values()), default=0.0)
    primary = {s: v for s, v in asked.items() if v[1] >= top_w}
    text = normalize(" ".join((req.title, req.description, *req.skills)))
    q = _HASHER.transform([text])
    a = areas.canonical(req.area)
    known = set(langs.bits)
    return RequestProfile(
        request=req,
        asked=[(sid, w, s) for sid, (w, s) in asked.items()],
        primary=[(sid, w, s) for sid, (w, s) in primary.items()],
        lang_mask=langs.mask(req.languages),
        rare_langs=frozenset(x for x in req.languages if x not in known),
        slot_mask=slot_mask(req.slots),
        area=a,
        area_idx=area_index.get(a, -1) if a else -1,
        remote=req.remote_ok,
        query=np.unique(q.indices),
        fb_text=text,
        excluded=req.excluded,
    )


def text_concepts(text: str, taxonomy: Taxonomy) -> list[tuple[str, str, float]]:
    """Returns (skill_id, word, weight) per concept mention; a mention that only qualifies a later one
    in the same sentence (followed by の) gets MODIFIER_WEIGHT."""
    spans = taxonomy.text_spans(text)
    t = normalize(text)
    out = []
    for i, (sid, w, _start, end) in enumerate(spans):
        weight = 1.0
        if t[end : end + 1] == "ノ":  # の after normalisation (hiragana → katakana)
            for sid2, _w2, start2, _e2 in spans[i + 1 :]:
                if any(ch in _SENTENCE_END for ch in t[end:start2]):
                    break
                if sid2 != sid:
                    weight = MODIFIER_WEIGHT
                    break
        out.append((sid, w, weight))
    return out


def constraints_hard(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns 1 where no hard constraint fails (active, capacity, languages, a common slot), else 0."""
    if getattr(seg, "prefiltered", False):
        return FtResult(np.ones(len(seg), dtype=np.float32))
    ok = seg.eligible & seg.alive
    if rq.lang_mask & ~1:  # Japanese alone is assumed of everyone who registered without languages
        ok &= (seg.lang & rq.lang_mask) == rq.lang_mask
    elif rq.lang_mask:
        ok &= (seg.lang & 1) == 1
    if rq.slot_mask:
        avail = seg.avail
        ok &= (avail & (rq.slot_mask | _NO_AVAIL_BIT)) != 0
    if rq.excluded:
        ok[seg.positions(rq.excluded)] = False
    return FtResult(ok.astype(np.float32))


def _skill_scores(asked: list[tuple[str, str, float]], seg: Segment, weighted: bool) -> list[np.ndarray]:
    out = []
    for sid, _w, weight in asked:
        r = seg.skill_row[sid]
        rel = seg.G[seg.skill_group[r]]
        if len(seg.related_rows[r]):
            rel = np.maximum(rel, seg.C[seg.related_rows[r]].max(axis=0))
        s = np.maximum(seg.C[r], np.float32(RELATED_CREDIT) * rel)
        if len(seg.close_rows[r]):
            s = np.maximum(s, np.float32(CLOSE_CREDIT) * seg.C[seg.close_rows[r]].max(axis=0))
        out.append(s * np.float32(weight) if weighted and weight != 1.0 else s)
    return out


def skill_taxonomy(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns the best weighted match over every concept asked (title and tags 1, description DESC_WEIGHT,
    qualifier MODIFIER_WEIGHT): exact skill by strength, close or related skill at reduced credit."""
    per = _skill_scores(rq.asked, seg, weighted=True)
    if not per:
        return FtResult(np.zeros(len(seg), dtype=np.float32))
    return FtResult(np.maximum.reduce(per) if len(per) > 1 else per[0])


def skill_coverage(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns the weighted mean match over every skill asked for (a second skill missing lowers it)."""
    per = _skill_scores(rq.asked, seg, weighted=False)
    if not per:
        return FtResult(np.zeros(len(seg), dtype=np.float32))
    if len(per) == 1:
        return FtResult(per[0])
    ws = [w for _s, _x, w in rq.asked]
    acc = np.zeros(len(seg), dtype=np.float32)
    for w, p in zip(ws, per, strict=True):
        acc += np.float32(w) * p
    return FtResult(acc / np.float32(sum(ws)))


def text_tfidf(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns how much of a volunteer's unrecognised tags (char n-grams, idf-weighted) the request text covers."""
    if seg.text is None or not len(rq.query):
        return FtResult(np.zeros(len(seg), dtype=np.float32))
    idx = getattr(seg, "idx", None)
    full = seg if idx is None else seg.parent
    cov = getattr(seg, "text_cov_full", None)  # computed once per request during candidate selection
    if cov is None:
        cov = text_coverage(rq, full.postings, len(full))
    return FtResult(cov if idx is None else cov.take(idx))


def text_coverage(rq: RequestProfile, postings, n: int) -> np.ndarray:
    """Returns text coverage for every row (inverted index over residual tags: cost ∝ matching postings)."""
    out = np.zeros(n, dtype=np.float32)
    if postings is None or not len(rq.query):
        return out
    indptr, indices, sq = postings
    starts, ends = indptr[rq.query], indptr[rq.query + 1]
    if not (ends > starts).any():
        return out
    rows = np.concatenate([indices[a:b] for a, b in zip(starts, ends, strict=True) if b > a])
    vals = np.concatenate([sq[a:b] for a, b in zip(starts, ends, strict=True) if b > a])
    np.add.at(out, rows, vals)
    out[out < TEXT_MIN] = 0.0
    return out


def area_relation(rq: RequestProfile, seg: Segment, neighbours: np.ndarray) -> FtResult:
    """Returns 1 same area or remote request, 0.75 neighbouring or unknown, 0.45 far."""
    n = len(seg)
    if rq.remote:
        return FtResult(np.full(n, AREA_SCORES["remote"], dtype=np.float32))
    if rq.area_idx < 0:
        return FtResult(np.full(n, AREA_SCORES["unknown"], dtype=np.float32))
    # One lookup table per request: slot 0 is "area unknown", slot k+1 is area k.
    table = np.where(neighbours[rq.area_idx], AREA_SCORES["neighbour"], AREA_SCORES["far"]).astype(np.float32)
    table[rq.area_idx] = AREA_SCORES["same"]
    table = np.concatenate(([np.float32(AREA_SCORES["unknown"])], table))
    return FtResult(table.take(seg.area.astype(np.intp) + 1))


def time_overlap(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns 1 with a common slot (or a flexible request), 0.25 when the volunteer gave no availability."""
    n = len(seg)
    if not rq.slot_mask:
        return FtResult(np.full(n, TIME_FLEXIBLE, dtype=np.float32))
    s = np.where(
        seg.avail == _NO_AVAIL_BIT, TIME_UNKNOWN, np.where((seg.avail & rq.slot_mask) != 0, TIME_COMMON, 0.0)
    )
    return FtResult(s.astype(np.float32))


def fairness_load(rq: RequestProfile, seg: Segment) -> FtResult:
    """Returns 1 for never-matched registrants, lower the more proposals and approvals they had recently."""
    return FtResult(seg.fairness)
