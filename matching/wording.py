"""The request's own words as a score (skill-v4.18): among the best totals a candidate's fit gains the TF-IDF cosine
(term counts, idf over the volunteers) of its whole text with the whole request, guarded so that the words never
lift anyone above a clearly better fit of the main ask; and the card's reason that names the rare words both share.
Segment.lexical computes the cosine; RequestProfile.lexical_query reads the request."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from . import variants
from .algorithm import Algorithm
from .features import RequestProfile
from .grams import FloatArray, IntArray, fallback_terms, shared_phrases
from .normalize import normalize, normalize_pair
from .types import Volunteer

if TYPE_CHECKING:
    from .nearest import Scored

WORDING_REASON_MIN = 0.05  # a wording score below this names no words on the card (a stray kanji pair or two)
# A candidate as nearest.picks gives it: (total, wording tie-break, volunteer id, scored segment, position in it),
# and as reword() returns it, with the request's own words' score after it
Pick0 = tuple[float, float, str, "Scored", int]
Pick = tuple[float, float, str, "Scored", int, float]


def list_order(p: Pick0 | Pick) -> tuple[float, float, str]:
    """The order of a list: the higher total first, then the nearer wording, then the volunteer id."""
    return (-p[0], -p[1], p[2])


# How much better a fit of the main ask must be for the words not to pass it: a secondary ask's holder (its fit at
# most the second ask's share) never passes a main ask's, while evidence a little weaker (a tag against a bio's
# sentence, 1.0 against 0.9) can be outweighed by the request's words (readable sets: 0.9291 → 0.9305 against none).
GUARD_MARGIN = 0.1


def below_better_fits(vals: NDArray[np.float64], total: FloatArray, skill: FloatArray) -> NDArray[np.float64]:
    """Returns the totals with the wording score added (vals), lowered where the words would lift a candidate
    above one who fits the main ask clearly better (`skill`, the main ask's evidence — the skill factor, or since
    skill-v4.76 the text factor's at its weight where that is more — higher by more than GUARD_MARGIN) and was ahead
    without them: words reorder holders of about the same fit, and never make a secondary ask's holder lead the
    main ask's (issue 12: the primary ask dominates). Tiers are settled from the best fit down, so a lowered
    candidate bounds those below it."""
    out = vals.copy()
    if not len(skill) or skill.min() == skill.max():  # one fit: the words alone reorder
        return out
    for s in np.unique(skill)[::-1]:
        tier = np.flatnonzero(skill == s)
        better = np.flatnonzero(skill > s + GUARD_MARGIN)
        if not len(better):
            continue
        ahead = total[better][None, :] > total[tier][:, None]
        cap = np.where(ahead, out[better][None, :] - 1e-4, np.inf).min(axis=1)
        out[tier] = np.minimum(out[tier], np.round(cap, 4))
    return out


def reword(picks: list[Pick0], rq: RequestProfile, algo: Algorithm) -> list[Pick]:
    """Returns the pool (the best totals of every segment, in order) with the request's own words added: each
    candidate's fit gains `algo.wording` × the TF-IDF cosine of its whole text with the request's (lexical), so
    of several holders of one concept the one who writes about what is asked leads; the total shown includes
    it, and the words never lift a candidate above a clearly better fit of the main ask (below_better_fits). The
    pool is chosen across segments before the words are read, so the order does not depend on which segment
    holds a volunteer."""
    if not picks or not algo.wording or any(p[3].fallback for p in picks):
        return [(*p, 0.0) for p in picks]
    terms, counts = rq.lexical_query()
    n = len(picks)
    lex = np.zeros(n, dtype=np.float32)
    fit = np.zeros(n, dtype=np.float32)
    total = np.zeros(n, dtype=np.float32)
    skill = np.zeros(n, dtype=np.float32)
    for sc in {id(p[3]): p[3] for p in picks}.values():
        at = [i for i, p in enumerate(picks) if p[3] is sc]
        rs = np.asarray([picks[i][4] for i in at], dtype=np.intp)
        lex[at] = sc.seg.parent.lexical(terms, counts, sc.rows[rs])
        fit[at], total[at] = sc.scores.fit[rs], sc.total[rs]
        main_ask = sc.scores.results.get("skill")  # an algorithm without it: the fit stands for it
        skill[at] = main_ask.scores[rs] if main_ask is not None else fit[at]
        for f in algo.features:
            # a topic of the title the dictionary lacks, held in a tag, is evidence of the main ask too (the text
            # factor's, at its weight): its holders are not a lower tier than a concept's (skill-v4.76)
            if f.kind == "alt" and f.weight and f.name in sc.scores.results:
                skill[at] = np.maximum(skill[at], np.float32(f.weight) * sc.scores.results[f.name].scores[rs])
    raw: NDArray[np.float64] = algo.add_words(fit, total, lex).astype(np.float64)
    vals = below_better_fits(np.round(raw, 4), total, skill)
    out = [
        (float(v), p[1], p[2], p[3], p[4], round(float(x), 4))
        for v, x, p in zip(vals, lex, picks, strict=True)
    ]
    out.sort(key=list_order)
    return out


# A word a wording reason names: its n-grams are held by fewer than this share of the volunteers' texts (by their
# mean idf), so that 「車いす」 or 「フードパントリー」 is named and 「ボランティア」 or 「活動」 is not.
WORDING_RARE_SHARE = 0.05


_HIRAGANA_ONLY = re.compile(r"[\u3041-\u309f\u30fc]+")  # ふだん, ところ: nouns a card need not name


@lru_cache(maxsize=65_536)
def _word_terms(word: str) -> IntArray:
    """Returns a shown word's fallback term ids (content-keyed: the same word on many cards is hashed once)."""
    terms = fallback_terms(normalize(word))
    terms.flags.writeable = False
    return terms


def wording_words(rq: RequestProfile, v: Volunteer, idf: FloatArray | None, unseen: float) -> list[str]:
    """Returns the words (up to three, rarest first) of the request that a volunteer's tags and bio use too and that
    few volunteers write (WORDING_RARE_SHARE, read off the segment's idf; unseen: the idf of a term nobody holds):
    what the wording score's reason names. The request's nouns as the dictionary cuts them (車いす, フードパントリー),
    as the request writes them; without the dictionary, the longest shared runs (shared_phrases). Each word's rarity
    is remembered on the request's profile (the cards of one list share most words)."""
    if idf is None or not np.isfinite(unseen):
        return []
    n1 = float(np.exp(unseen - 1.0))  # 1 + the volunteers the idf was fitted on
    floor = float(np.log(n1 / (1.0 + WORDING_RARE_SHARE * (n1 - 1.0))) + 1.0)
    # rarity by word, for this idf (held, so that an id is never reused by another index's idf while remembered)
    held, memo = rq.__dict__.get("_rarity", (None, {}))
    if held is not idf:
        memo = {}
        rq.__dict__["_rarity"] = (idf, memo)
    text, kept = normalize_pair(" ".join((*v.skills, v.bio)))
    asked = rq.__dict__.get("_nouns")
    if asked is None:
        r = rq.request
        asked = rq.__dict__["_nouns"] = tuple(
            (w, normalize(w)) for w in variants.nouns(" ".join((r.title, r.description, *r.skills)))
        )
    if asked:
        words = [w for w, folded in asked if folded and folded in text and not _HIRAGANA_ONLY.fullmatch(w)]
    else:
        words = shared_phrases(rq.lexical_text(), text, kept, k=8)
    scored = []
    for w in words:
        rare = memo.get(w)
        if rare is None:
            terms = _word_terms(w)
            rare = memo[w] = float(idf[terms].mean()) if len(terms) else 0.0
        if rare > floor:
            scored.append((-rare, w))
    return [w for _r, w in sorted(scored)[:3]]


def reason(rq: RequestProfile, sc: Scored, row: int, value: float, shown: Sequence[float]) -> str:
    """Returns the card's line naming the rare words a candidate shares with the request (依頼文と同じ言葉: 「…」), or
    "" when its wording score is small (WORDING_REASON_MIN), does not separate the candidates listed, or no word is
    rare enough."""
    if value < WORDING_REASON_MIN or len(set(shown)) <= 1:
        return ""
    seg = sc.seg.parent
    words = wording_words(rq, sc.seg.volunteer(row), seg.fb_idf, float(seg.fb_idf_unseen))
    return f"依頼文と同じ言葉: 「{'・'.join(words)}」" if words else ""
