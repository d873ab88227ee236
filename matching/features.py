"""Feature functions: pure, named <subject>_<method>, one signature `(context, rows, config) -> FtResult`.

- `context` (Context): one request as every feature reads it: its analysis (RequestProfile: concepts asked,
  masks, n-gram query; computed once per request and cached) plus per-segment arrays computed once per request
  (text coverage, or the whole-text fallback's fit).
- `rows` (Segment or SegmentView): column arrays over the volunteers scored, all at once (numpy, no per-volunteer
  Python loop); a view is the candidate subset of one request.
- `config` (Config): the taxonomy, the areas and their adjacency.

Each returns an FtResult: `scores` in [0, 1], one per row, and a `detail` that renders the Japanese reasons
for a row when asked (only the candidates shown are). How the scores combine, the hard constraints and the
order of the reasons live on the Algorithm (see `algorithm.py`), a versioned, weighted list of these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numpy.typing import NDArray

from . import vectors
from .areas import Areas
from .asks import (
    SECOND_ASK,
    VEC_REQUEST,
    as_written_in_full,
    ask_sentences,
    drop_required_languages,
    text_concepts,
    vector_concepts,
)
from .grams import FloatArray, IntArray, fallback_term_counts, fallback_terms, shared_phrases, text_query
from .index import NO_AVAIL_BIT as _NO_AVAIL_BIT
from .index import BoolArray, LangCodes, Postings, Rows, Segment, SegmentView, slot_mask
from .literal import title_compounds, title_literals, title_objects
from .normalize import normalize, normalize_pair, without_en_function_words
from .offers import BIO_ASIDE, BIO_SETTING, VolunteerProfile, volunteer_profile
from .reasons import lang_ja
from .taxonomy import Taxonomy
from .types import HelpRequest, Volunteer

if TYPE_CHECKING:
    from .pool import Pool

RELATED_CREDIT = 0.4  # a related skill (same group, or listed as related) scores below the exact one
CLOSE_CREDIT = 0.9  # a near-equivalent skill (listed as close) scores just below the exact one
SIMILAR_CREDIT = 0.7  # the same help on another thing (tablet ↔ smartphone): between related and close
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
REASON_MEMO = 256  # candidates' reasons kept per request profile
EVIDENCE_MEMO = 64  # skill evidences kept per request profile (volunteers shown across its rankings)
DESC_LITERAL_REPEAT = 2  # a word the description says this often may be its topic (literal.py, skill-v4.33)
TEXT_MIN = 0.5  # weighted share of a volunteer's unknown tag covered by the request text


class FtResult(NamedTuple):
    """One feature's scores for every row (in [0, 1]) and how to explain them (rendered only for shown rows)."""

    scores: FloatArray
    detail: Detail | None = None


class Detail:
    """Why a feature scored the rows as it did. Building one is O(1); the Japanese text is rendered per shown
    candidate only, so a feature stays one vectorised pass over the rows."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the reasons for one row; value is its (rounded) score, shown those of every listed candidate."""
        return []


@dataclass(frozen=True)
class Config:
    """What features read besides the request and the rows: the taxonomy, the areas and their adjacency."""

    taxonomy: Taxonomy
    areas: Areas
    neighbours: BoolArray  # [area index, area index]: True where two areas border


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
    query: NDArray[np.int32]  # sorted hashed n-gram ids present in the request text
    fb_text: str = ""  # normalised title + description + tags, for the whole-text fallback

    def fallback_query(self) -> IntArray:
        """Returns the sorted fallback term ids of the request text (computed on first use: most requests
        never need the fallback)."""
        q = self.__dict__.get("_fb_query")
        if q is None:
            q = fallback_terms(self.fb_text)
            self.__dict__["_fb_query"] = q
        return q

    def lexical_text(self) -> str:
        """Returns the whole request (title, every sentence of the description, tags) normalised: what the wording
        score reads. Unlike fb_text it keeps the sentences that tell who asks and why: on real pages the
        registrant who fits writes about the same things."""
        t = self.__dict__.get("_lex_text")
        if t is None:
            r = self.request
            t = normalize(" ".join((r.title, r.description, *r.skills)))
            t = self.__dict__["_lex_text"] = without_en_function_words(t)
        return t

    def lexical_query(self) -> tuple[IntArray, FloatArray]:
        """Returns lexical_text's fallback term ids and how often each occurs (the wording score's query; computed
        on first use)."""
        q = self.__dict__.get("_lex_query")
        if q is None:
            q = self.__dict__["_lex_query"] = fallback_term_counts(self.lexical_text())
        return q

    excluded: frozenset[str] = field(default_factory=frozenset)
    # language concepts whose language the request requires (skill-v4.73): every candidate speaks it, so holding it
    # is no near-equivalent of the skill asked, only a related one (an English speaker is no interpreter for an
    # English PTA meeting; one who lists ベトナム語 is still nearer a Vietnamese interpreting ask than a stranger)
    close_exempt: frozenset[str] = field(default_factory=frozenset)
    # the title's words no concept covers, (as written, normalised), when the title names no concept (literal.py)
    literal: tuple[tuple[str, str], ...] = ()
    # the description's such words that it repeats, or (skill-v4.70) the title's beside a concept it asks for:
    # looked up when no registrant holds a word of `literal`, and their holders stand beside the concepts'
    desc_literal: tuple[tuple[str, str], ...] = ()
    # skill_evidence() of volunteers shown for this request, by (skills, bio); see Context.skill_evidence.
    evidence: dict[tuple[tuple[str, ...], str], SkillEvidence] = field(
        default_factory=dict, compare=False, repr=False
    )
    # Reasons of candidates shown for this request, by everything they are read from (see Matcher.rank): a worker
    # re-scores the same open requests and mostly shows the same volunteers again.
    reasons: dict[tuple[object, ...], tuple[str, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The best main-segment candidates of its last rankings, by how it was ranked (matching/pool.py).
    pools: dict[tuple[object, ...], Pool] = field(default_factory=dict, compare=False, repr=False)


def _longest_first(*words: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Returns the (as written, normalised) words of several lookups, once each, the longest first."""
    return tuple(sorted(set().union(*words), key=lambda x: -len(x[1])))


def request_profile(
    req: HelpRequest, *, taxonomy: Taxonomy, areas: Areas, area_index: dict[str, int], langs: LangCodes
) -> RequestProfile:
    """Returns the concepts, masks and text query of a request."""
    who = req.requester
    found: list[tuple[str, str, float, bool]] = []  # in reading order: title, tags, description
    title_ids: set[str] = set()
    title_asks = False  # the title names a concept as an ask (not only who asks or for whom: 終活カフェで…)
    for sid, w, weight, role in text_concepts(req.title, taxonomy, who, req.description):
        found.append((sid, w, weight, role))
        title_ids.add(sid)
        title_asks |= not role
    for tag in req.skills:
        for sid, w, _s in taxonomy.tag_hits(tag):
            found.append((sid, w, DESC_WEIGHT, False))
    for sid, w, weight, role in text_concepts(req.description, taxonomy, who, req.title):
        found.append((sid, w, weight * DESC_WEIGHT if weight >= 1.0 else weight, role))
    found = as_written_in_full(found, taxonomy)
    all_role = bool(found) and all(role for *_x, role in found)
    if VEC_REQUEST and vectors.available() and (VEC_REQUEST == "always" or not found or all_role):
        # Words no dictionary knows, by their nearest concept: only when the dictionary found no need, so a
        # vector link never competes with a real hit. A link in a phrase naming who asks or for whom is left out
        # (the dictionary's own such words stand).
        for k, text in enumerate((req.title, *req.skills, req.description)):
            for sid, w, weight, role in vector_concepts(text, taxonomy, who, found):
                if not role:
                    found.append((sid, w, weight if k == 0 else weight * DESC_WEIGHT, False))
    # Every concept the request names is scored; none overrides another. The title is the person's main ask;
    # tags and the description add further needs and weigh a little less (DESC_WEIGHT). A concept named in
    # several places keeps its highest weight; a qualifier (「イベントの」写真撮影) keeps MODIFIER_WEIGHT and a
    # word naming who asks or for whom ROLE_WEIGHT — unless the request names nothing else.
    if all_role:  # (vector links added since are not roles and keep their weights)
        found = [
            (sid, w, 1.0 if sid in title_ids else DESC_WEIGHT, False) if role else (sid, w, x, False)
            for sid, w, x, role in found
        ]
    else:  # who asks or for whom is no need at all: it neither brings candidates in nor lowers coverage
        found = [f for f in found if not f[3]]
    asked: dict[str, tuple[str, float]] = {}
    for sid, w, x, _r in found:
        if sid not in asked or asked[sid][1] < x:
            asked[sid] = (w, x)
    need = set(req.languages) - {"ja"}
    if drop_required_languages(asked, req.title, need, title_ids, taxonomy):
        title_asks = title_asks and any(s in asked for s in title_ids)
    # Several needs: the first of the strongest is the main ask; the others count as SECOND_ASK of it, so a
    # volunteer holding only a secondary need never scores as a full match and one holding both leads.
    top_w = max((x for _w, x in asked.values()), default=0.0)
    main = next((s for s, (_w, x) in asked.items() if x >= top_w), None)
    for s, (w, x) in list(asked.items()):
        if s != main and x >= SECONDARY_WEIGHT:
            asked[s] = (w, min(x, top_w * SECOND_ASK))
    primary = {s: v for s, v in asked.items() if v[1] >= top_w}
    # a title that asks for no concept may name a topic the dictionary lacks (消しゴムはんこ, 盆栽講座の講師) or, where its
    # concepts only name the occasion, a narrower one inside a concept's word (講座「3Dプリンターの実演…」の講師); one that
    # asks for a concept, a narrower topic inside the concept's word (椅子ヨガ) or the word it is done on or about
    # (真空管アンプの組み立て, ヒンディー語を一緒に勉強)
    literal = _longest_first(
        title_compounds(req.title, taxonomy),
        title_objects(req.title, taxonomy)
        if title_asks
        else title_literals(req.title, taxonomy, lone_doings=True),
    )
    desc_literal: tuple[tuple[str, str], ...] = ()
    if not title_asks and req.description:
        nd = normalize(req.description)
        desc_literal = tuple(
            (w, f) for w, f in title_literals(req.description, taxonomy) if nd.count(f) >= DESC_LITERAL_REPEAT
        )
    elif title_asks:
        # a title that asks for a concept may name, beside it, a topic the dictionary lacks (「浄瑠璃の語り・三味線の
        # 稽古」「…始めたデンマーク語を見てほしい」): its holders stand beside the concept's, as a description's do
        # (not a part of the concept's own word: 写真 of 写真を撮って is no topic)
        concept_words = [w for _sid, w in taxonomy.text_hits(req.title)]
        desc_literal = tuple(
            (w, f)
            for w, f in title_literals(req.title, taxonomy, lone_doings=True)
            if (w, f) not in literal and not any(f in h or h in f for h in concept_words)
        )
    text = normalize(" ".join((req.title, req.description, *req.skills)))
    fb_text = normalize(" ".join((req.title, ask_sentences(req.description), *req.skills)))
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
        query=text_query(text),
        fb_text=fb_text,
        excluded=req.excluded,
        close_exempt=frozenset(
            s for s, sk in taxonomy.skills.items() if sk.languages and set(sk.languages) & need
        )
        if need
        else frozenset(),
        literal=literal,
        desc_literal=desc_literal,
    )


@dataclass(frozen=True)
class Context:
    """One request as every feature reads it while scoring one segment: the request's analysis (cached across
    rankings) plus what is computed once per request and segment (text coverage over all its rows)."""

    profile: RequestProfile
    text_cov: FloatArray | None = None  # text factor over every row of the segment; None: not computed
    fallback: bool = False  # text_cov holds the whole-text fallback's fit (no concept matched anyone)
    # segment row → the title's word it holds, where text_cov is that evidence (literal.py)
    literal: dict[int, str] | None = None
    literal_in_title: bool = True  # the words held are the title's (else the description's it repeats)
    # registrants (in any segment) list the title's topic the dictionary lacks: it is the main ask, and the
    # concepts, all read from the description, count as a further need (SECOND_ASK)
    title_topic: bool = False

    def skill_evidence(
        self, v: Volunteer, tax: Taxonomy, prof: Callable[[], VolunteerProfile] | None = None
    ) -> SkillEvidence:
        """Returns skill_evidence() for a volunteer, remembered on the request's profile: the skill and coverage
        reasons share it, and open requests are re-ranked often with mostly the same volunteers shown."""
        memo = self.profile.evidence
        key = (v.skills, v.bio)  # all it reads of the volunteer (through volunteer_profile)
        ev = memo.get(key)
        if ev is None:
            if len(memo) >= EVIDENCE_MEMO:
                memo.clear()
            ev = memo[key] = skill_evidence(self.profile, v, tax, prof() if prof else None)
        return ev


def context(
    profile: RequestProfile,
    seg: Segment,
    *,
    text: bool = True,
    literal: tuple[FloatArray, dict[int, str]] | None = None,
    title_topic: bool = False,
    literal_in_title: bool = True,
    coverage: bool = True,
) -> Context:
    """Returns the scoring context of a request on a segment (text: compute the text coverage, one pass over
    the postings of the request's n-grams; literal: the segment's holders of a title's topic the dictionary lacks,
    as literal.literal_rows gives them, taken as text evidence too; title_topic: some segment has such holders;
    coverage=False: the caller has the text factor at the rows it scores, matching/pool.py)."""
    cov = None
    if coverage and text and seg.text is not None and len(profile.query):
        cov = text_coverage(profile, seg.postings, len(seg))
    held = None
    if text and literal is not None:
        lit, held = literal
        cov = lit if cov is None else np.maximum(cov, lit)
    return Context(profile, cov, literal=held, title_topic=title_topic, literal_in_title=literal_in_title)


class RowsDetail(Detail):
    """A detail that reads the request, the rows' volunteers and the config when asked for a row's reasons
    (a plain slotted class: one is built per feature per scoring, on the hot path)."""

    __slots__ = ("cfg", "ctx", "rows")

    def __init__(self, ctx: Context, rows: Rows, cfg: Config) -> None:
        self.ctx, self.rows, self.cfg = ctx, rows, cfg

    def volunteer(self, row: int) -> Volunteer:
        """Returns the volunteer of a row."""
        return self.rows.volunteer(row)

    def profile(self, row: int) -> VolunteerProfile:
        """Returns the analysed profile (concepts, residual text) of a row's volunteer."""
        return self.rows.profile(row)


class ConstraintsDetail(RowsDetail):
    """Reasons of the hard constraints: each non-Japanese language asked is spoken."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns 「英語対応可」 for each language the request needs besides Japanese."""
        return [f"{lang_ja(lang)}対応可" for lang in sorted(self.ctx.profile.request.languages - {"ja"})]


def constraints_hard(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 where no hard constraint fails (active, capacity, languages, a common slot), else 0."""
    rq = ctx.profile
    detail = ConstraintsDetail(ctx, rows, cfg)
    if isinstance(rows, SegmentView) and rows.prefiltered:
        return FtResult(np.ones(len(rows), dtype=np.float32), detail)
    ok = rows.eligible & rows.alive
    if rq.lang_mask & ~1:  # Japanese alone is assumed of everyone who registered without languages
        ok &= (rows.lang & rq.lang_mask) == rq.lang_mask
    elif rq.lang_mask:
        ok &= (rows.lang & 1) == 1
    if rq.slot_mask:
        avail = rows.avail
        ok &= (avail & (rq.slot_mask | _NO_AVAIL_BIT)) != 0
    if rq.excluded:
        ok[rows.positions(rq.excluded)] = False
    return FtResult(ok.astype(np.float32), detail)


def _skill_scores(
    asked: list[tuple[str, str, float]], rows: Rows, weighted: bool, exempt: frozenset[str] = frozenset()
) -> list[FloatArray]:
    out = []
    skip = {rows.skill_row[x] for x in exempt}
    for sid, _w, weight in asked:
        r = rows.skill_row[sid]
        rel = rows.G[rows.skill_group[r]]
        if len(rows.related_rows[r]):
            rel = np.maximum(rel, rows.C[rows.related_rows[r]].max(axis=0))
        s = np.maximum(rows.C[r], np.float32(RELATED_CREDIT) * rel)
        close = rows.close_rows[r]
        if skip and len(close):
            spoken = np.isin(close, list(skip))  # a language every candidate speaks: related, not close
            if spoken.any():
                s = np.maximum(s, np.float32(RELATED_CREDIT) * rows.C[close[spoken]].max(axis=0))
            close = close[~spoken]
        if len(close):
            s = np.maximum(s, np.float32(CLOSE_CREDIT) * rows.C[close].max(axis=0))
        if len(rows.similar_rows[r]):
            s = np.maximum(s, np.float32(SIMILAR_CREDIT) * rows.C[rows.similar_rows[r]].max(axis=0))
        out.append(s * np.float32(weight) if weighted and weight != 1.0 else s)
    return out


def _memo(rows: Rows, key: str, compute: Callable[[], FloatArray]) -> FloatArray:
    """Returns compute(), remembered on a cached candidate view. Only for results that depend on nothing but the
    concepts asked (with their weights), which the view is keyed by: requests asking the same share them."""
    if not isinstance(rows, SegmentView):
        return compute()
    s = rows.memo.get(key)
    if s is None:
        s = rows.memo[key] = compute()
    return s


@dataclass(frozen=True)
class SkillEvidence:
    """How a volunteer's skills meet each concept asked: (is main need, line) exact, (is main need, rank, line)
    close or related, and the labels of needs not shown at all."""

    exact: list[tuple[bool, str]]
    near: list[tuple[bool, int, str]]
    missing: list[str]
    # the matched needs the bio only names in passing or as a place
    passing: list[str] = field(default_factory=list)


def skill_evidence(
    rq: RequestProfile, v: Volunteer, tax: Taxonomy, prof: VolunteerProfile | None = None
) -> SkillEvidence:
    """Returns how a volunteer's skills meet each concept the request asks for (for the reasons); prof is the
    volunteer's analysed profile when the caller has it (else their text is read)."""
    hits = (prof if prof is not None else volunteer_profile(v, tax)).hits
    primary = {sid for sid, _w, _x in rq.primary}
    exact: list[tuple[bool, str]] = []
    near: list[tuple[bool, int, str]] = []
    missing: list[str] = []
    passing: list[str] = []
    for sid, word, weight in rq.asked:
        label = tax.skills[sid].label_ja
        h = hits.get(sid)
        if h is not None:
            # Both sides: the request's words and the volunteer's (「依頼『草ぼうぼう』/登録『草むしり』」).
            asked_w, held_w = tax.display(word), tax.display(h.word)
            nl = normalize(label)
            sides = [f"依頼「{asked_w}」" if word != nl else "", f"登録「{held_w}」" if h.word != nl else ""]
            src = f"({'・'.join(x for x in sides if x)})" if any(sides) else ""
            exact.append((sid in primary, f"スキル一致: {label}{src}"))
            if h.strength in (BIO_ASIDE, BIO_SETTING):
                passing.append(label)
            continue
        near_ids = (*tax.skills[sid].close, *tax.skills[sid].similar)
        close = [x for x in hits.values() if x.skill_id in near_ids and x.skill_id not in rq.close_exempt]
        if close:
            best = max(close, key=lambda x: (x.strength, x.skill_id))
            near.append(
                (sid in primary, 0, f"近いスキル: {tax.skills[best.skill_id].label_ja}(依頼は{label})")
            )
            continue
        grp = tax.group_of(sid)
        rel = [
            x
            for x in hits.values()
            if tax.group_of(x.skill_id) == grp
            or x.skill_id in tax.skills[sid].related
            or x.skill_id in near_ids
        ]
        if rel:
            best = max(rel, key=lambda x: (x.strength, x.skill_id))
            near.append(
                (sid in primary, 1, f"関連スキル: {tax.skills[best.skill_id].label_ja}(依頼は{label})")
            )
        if weight >= SECONDARY_WEIGHT:  # a qualifier (「イベントの」写真撮影) is not a missing skill
            missing.append(label)
    return SkillEvidence(exact, near, missing, passing)


class SkillDetail(RowsDetail):
    """Reasons of the skill factor: the exact matches, else the best close or related skill."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns exact matches (main need first), or one near match when the main need has no exact one."""
        ev = self.ctx.skill_evidence(self.volunteer(row), self.cfg.taxonomy, lambda: self.profile(row))
        out = [t for _p, t in sorted(ev.exact, key=lambda e: not e[0])]
        if ev.passing:  # say so beside the match: staff then ask before proposing
            out.append(f"{'・'.join(ev.passing[:2])}は登録で触れている程度")
        if not any(p for p, _t in ev.exact) and ev.near:
            out.append(sorted(ev.near, key=lambda e: (not e[0], e[1]))[0][2])
        return out


def skill_taxonomy(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns the best weighted match over every concept asked (title and tags 1, description DESC_WEIGHT,
    qualifier MODIFIER_WEIGHT): exact skill by strength, close or related skill at reduced credit."""
    asked = ctx.profile.asked

    def compute() -> FloatArray:
        per = _skill_scores(asked, rows, weighted=True, exempt=ctx.profile.close_exempt)
        if not per:
            return np.zeros(len(rows), dtype=np.float32)
        return np.maximum.reduce(per) if len(per) > 1 else per[0]

    return FtResult(_topic(ctx, _memo(rows, "skill_taxonomy", compute)), SkillDetail(ctx, rows, cfg))


def _topic(ctx: Context, scores: FloatArray) -> FloatArray:
    """Returns a concept factor's scores as a further need's when the title's own topic, which the dictionary
    lacks, is held by registrants (Context.title_topic): the description's concepts then do not outrank it. Applied
    after the memo, which requests asking the same concepts share."""
    return scores * np.float32(SECOND_ASK) if ctx.title_topic else scores


class CoverageDetail(RowsDetail):
    """Reasons of the coverage factor: the needs asked that the volunteer does not show."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns 「X・Yは未確認」 when the volunteer matches some need of several but not these."""
        rq = self.ctx.profile
        ev = self.ctx.skill_evidence(self.volunteer(row), self.cfg.taxonomy, lambda: self.profile(row))
        if ev.missing and (ev.exact or ev.near) and len(rq.asked) > 1:
            return [f"{'・'.join(ev.missing[:2])}は未確認"]
        return []


def skill_coverage(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns the weighted mean match over every skill asked for (a second skill missing lowers it)."""
    asked = ctx.profile.asked

    def compute() -> FloatArray:
        per = _skill_scores(asked, rows, weighted=False, exempt=ctx.profile.close_exempt)
        if not per:
            return np.zeros(len(rows), dtype=np.float32)
        if len(per) == 1:
            return per[0]
        ws = [w for _s, _x, w in asked]
        acc = np.zeros(len(rows), dtype=np.float32)
        for w, p in zip(ws, per, strict=True):
            acc += np.float32(w) * p
        return acc / np.float32(sum(ws))

    return FtResult(_topic(ctx, _memo(rows, "skill_coverage", compute)), CoverageDetail(ctx, rows, cfg))


class TextDetail(RowsDetail):
    """Reasons of the text factor: the volunteer's own words the request echoes, or the whole-text fallback."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the fallback's line, or the start of the residual tags the request text covers."""
        if self.ctx.fallback:
            words = "・".join(shared_words(self.ctx.profile, self.volunteer(row)))
            if words:
                return [f"依頼文と登録内容に同じ言葉: 「{words}」(スキル辞書では未判定)"]
            return ["依頼文と登録内容(タグ・自己紹介)の言葉が近い(スキル辞書では未判定)"]
        held = self.ctx.literal
        word = (
            held.get(int(self.rows.idx[row]) if isinstance(self.rows, SegmentView) else row) if held else None
        )
        if value > 0 and word is not None:
            if self.ctx.literal_in_title or word in self.ctx.profile.request.title:
                return [f"依頼の題名と同じ言葉: 「{word}」(スキル辞書にない話題)"]
            return [f"依頼文が繰り返す言葉: 「{word}」(スキル辞書にない話題)"]
        if value > 0:
            resid = self.profile(row).residual
            return [f"文章が類似: 「{resid[:20]}」"]
        return []


def shared_words(rq: RequestProfile, v: Volunteer) -> list[str]:
    """Returns the words (up to three, longest first) a volunteer's tags and bio share with the request's whole
    text (shared_phrases), in the volunteer's own script: since skill-v4.30 the whole text, who asks and why
    included, as a short list's fill reads it (nearest.fill), not only the sentences that ask."""
    text, kept = normalize_pair(" ".join((*v.skills, v.bio)))
    return shared_phrases(rq.lexical_text(), text, kept)


def text_tfidf(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns how much of a volunteer's unrecognised tags (char n-grams, idf-weighted) the request text covers
    (or, in the fallback, the whole-text fit): the context's per-segment coverage, taken at the rows."""
    detail = TextDetail(ctx, rows, cfg)
    cov = ctx.text_cov
    if cov is None:
        return FtResult(np.zeros(len(rows), dtype=np.float32), detail)
    return FtResult(cov.take(rows.idx) if isinstance(rows, SegmentView) else cov, detail)


def text_coverage(rq: RequestProfile, postings: Postings | None, n: int) -> FloatArray:
    """Returns text coverage for every row (inverted index over residual tags: cost ∝ matching postings)."""
    out = np.zeros(n, dtype=np.float32)
    if postings is None or not len(rq.query):
        return out
    indptr, indices, sq = postings
    # An n-gram's posting holds each row once, so adding posting by posting in query order is np.add.at over their
    # concatenation, addition for addition in float32 (the same sums to the bit), without the concatenation.
    for a, b in zip(indptr[rq.query].tolist(), indptr[rq.query + 1].tolist(), strict=True):
        if b > a:
            out[indices[a:b]] += sq[a:b]
    out[out < TEXT_MIN] = 0.0
    return out
