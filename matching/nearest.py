"""The whole-text reading of a request: the volunteers whose own words (tags and bio) are nearest it, through the
fallback's inverted postings (cost ∝ the request's terms' postings, never a scan) — the fallback when no concept is
recognised or held, a short list's fill after every holder, and the picks of each segment's best totals with their
wording tie-break. Matcher.rank calls these; they hold no state of their own."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import features as ft
from . import wording
from .algorithm import Algorithm, Scores
from .grams import FloatArray, IntArray
from .index import Segment, SegmentView


class Scored:
    """One algorithm's scores on a candidate view of a segment."""

    __slots__ = ("candidate", "fallback", "rows", "scores", "seg", "total")

    def __init__(self, seg: SegmentView, scores: Scores, fallback: bool = False) -> None:
        self.seg, self.scores = seg, scores
        self.fallback = fallback  # the whole-text fallback's scores (its cards read differently)
        self.rows: IntArray = seg.idx  # segment rows of the view's positions
        self.total, self.candidate = scores.total, scores.candidate

    @property
    def factors(self) -> dict[str, FloatArray]:
        """Returns each feature's scores by name."""
        return self.scores.factors


# A filled-in text's TF-IDF cosine with the whole request is at least this (fill), and the texts looked at
# for it are the FILL_POOL nearest by the fallback's postings over the request's every term.
FILL_COS_MIN = 0.05
FILL_POOL = 50


def fallback(
    rq: ft.RequestProfile,
    segs: Sequence[Segment],
    algo: Algorithm,
    config: ft.Config,
    query: np.ndarray | None = None,
) -> list[Scored]:
    """Scores the volunteers whose whole text (tags + bio) is most similar to the request's, through the
    inverted fallback postings (cost ∝ the request's terms' postings). The similarity enters as the text
    factor, scaled so the best is FALLBACK_FIT_MAX and always below an exact concept match."""
    text_w = max((f.weight for f in algo.features if f.kind == "alt"), default=0.0)
    pools = []
    best = 0.0
    for seg in segs:
        if not len(seg):
            continue
        rows, cos = seg.fallback_scores(rq.fallback_query() if query is None else query, ft.FALLBACK_POOL)
        if not len(rows):
            continue
        order = np.argsort(rows)
        rows, cos = rows[order], cos[order]
        view = seg.view(rows)
        ok = algo.constraints(ft.Context(rq), view, config).scores > 0
        if ok.any():
            best = max(best, float(cos[ok].max()))
        pools.append((seg, rows, cos))
    out: list[Scored] = []
    if best < ft.FALLBACK_COS_MIN:
        return out
    for seg, rows, cos in pools:
        rel = cos / np.float32(best)
        fit = np.where(
            (rel >= ft.FALLBACK_REL_MIN) & (cos >= ft.FALLBACK_COS_MIN),
            ft.FALLBACK_FIT_MIN + (ft.FALLBACK_FIT_MAX - ft.FALLBACK_FIT_MIN) * rel,
            0.0,
        )
        full = np.zeros(len(seg), dtype=np.float32)
        full[rows] = np.minimum(fit / text_w, 1.0)
        ctx = ft.Context(rq, full, fallback=True)
        view = seg.view(rows)
        out.append(Scored(view, algo.score(ctx, view, config), fallback=True))
    return out


def fill(
    rq: ft.RequestProfile,
    segs: Sequence[Segment],
    algo: Algorithm,
    config: ft.Config,
    pool: list[wording.Pick],
    room: int,
) -> list[wording.Pick]:
    """Returns up to `room` volunteers not in the pool whose whole text is nearest the whole request's, to list
    after everyone in it: a list where few hold what is asked goes on with the texts that talk of it
    (skill-v4.25; merged by score instead, they passed holders of the main ask: readable sets 0.9288 → 0.9244).
    Since skill-v4.30 they are found and ordered by the request's whole text (who asks and why included: on
    real pages the registrant who fits writes about the same things) and kept only when their TF-IDF cosine is
    at least FILL_COS_MIN and the card can name a rare word both write (wording_words): a text near only by
    boilerplate (手伝, ます) is not proposed. Since skill-v4.54 a request that needs a language other than
    Japanese asks no shared rare word: the constraint has narrowed the list to those who speak it, who all write
    of it (real28's Swahili speakers). Their totals stay below the pool's last, so a list reads best first."""
    have = {p[2] for p in pool}
    terms, counts = rq.lexical_query()
    found = picks(fallback(rq, segs, algo, config, query=np.unique(terms)), FILL_POOL + len(have), rq)
    found = [p for p in found if p[2] not in have]
    near: list[tuple[float, wording.Pick0]] = []
    # a language other than Japanese the request needs narrows the list to those who speak it: near enough
    speaks = bool(set(rq.request.languages) - {"ja"})
    for sc in {id(p[3]): p[3] for p in found}.values():  # one reading of each segment's candidates
        mine = [p for p in found if p[3] is sc]
        seg = sc.seg.parent
        cos = seg.lexical(terms, counts, sc.rows[[p[4] for p in mine]])
        for c, p in zip(cos.tolist(), mine, strict=True):
            v = sc.seg.volunteer(p[4])
            if c >= FILL_COS_MIN and (
                speaks or wording.wording_words(rq, v, seg.fb_idf, float(seg.fb_idf_unseen))
            ):
                near.append((c, p))
    near.sort(key=lambda x: (-x[0], x[1][2]))
    below = max(0.0, round(min(p[0] for p in pool) - 1e-4, 4))
    return [(min(p[0], below), *p[1:], 0.0) for _cos, p in near[:room]]


def picks(scored: list[Scored], top: int, rq: ft.RequestProfile) -> list[wording.Pick0]:
    """Returns (total, wording, id, scored, position) of each segment's best candidates. Equal totals (to the 4
    places shown) are told apart by how close the volunteer's whole text is to the request's (wording: the
    fallback's cosine, read for the rows within reach of the top only), then by id: among holders of the same skill in
    the same town at the same time, the one whose own words are nearest the request's comes first."""
    out: list[wording.Pick0] = []
    for sc in scored:
        idx = np.flatnonzero(sc.candidate)
        if not len(idx):
            continue
        if len(idx) > top:
            # Only rows within rounding of the top-th best total can be picked (rounding to 4 places is
            # monotone and moves a value by at most 5e-5): round those alone, not every candidate.
            tot = sc.total[idx]
            kth_raw = np.partition(tot, len(tot) - top)[len(tot) - top]
            idx = idx[tot >= kth_raw - 2e-4]
        vals = np.round(sc.total[idx].astype(np.float64), 4)
        if len(idx) > top:
            kth = np.partition(vals, len(vals) - top)[len(vals) - top]
            keep = vals >= kth  # keep ties at the boundary; ids break them below
            idx, vals = idx[keep], vals[keep]
        seg = sc.seg.parent
        wording = np.round(seg.wording(rq.fallback_query(), sc.rows[idx]), 4)
        # Segment rows are in id order, so the row breaks the remaining ties exactly as the id does.
        order = np.lexsort((sc.rows[idx], -wording, -vals))[:top]
        for j in order:
            r = int(idx[j])
            out.append((round(float(vals[j]), 4), float(wording[j]), seg.ids[sc.rows[r]], sc, r))
    return out
