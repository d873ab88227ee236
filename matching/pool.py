"""A request's best candidates in the main segment, remembered for its next ranking.

A worker re-scores the same open requests whenever volunteers change. The main segment's rows never change once it
is built: an edited or removed volunteer is tombstoned there (and re-indexed in the delta segment), and a compaction
builds a new main segment. So the main segment's totals for a request stay what they were; only rows die. Scoring
the whole candidate view again (thousands of rows at 100k volunteers) to pick the same ten is the bulk of a
re-score. A ranking therefore keeps the rows within reach of its top (POOL × the candidates it keeps, ties
included) and the total every other candidate of the view is below; the next ranking scores those rows alone,
when what it finds proves that no row left out could have been picked (`reuse`), else the whole view again.

The picks are the same as scoring the whole view (nearest.picks reads the candidates within 2e-4 of the top-th
total; MARGIN keeps the remembered rows above that reach), and so are their factors and reasons: every feature
scores a row from that row and the request alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from . import features as ft
from .grams import FloatArray
from .index import Segment, SegmentView
from .nearest import Scored

# Rows remembered per ranking: POOL × the candidates it keeps, and every row within MARGIN below the last of them
# (a volunteer who changes leaves the main segment, so the pool outlasts that many changes among those near the
# top). MARGIN is more than picks' reach below its top-th total (2e-4): while the top-th best still stands among
# the pool, no row left out is within that reach.
POOL = 4
MARGIN = 3e-4
# Pools kept per request profile (one per algorithm and reading of the request in use).
POOLS_PER_REQUEST = 2


@dataclass(frozen=True)
class Pool:
    """The remembered rows of one ranking of one request on one main segment."""

    seg: Segment  # the main segment scored: a compaction replaces it, and the pool with it
    view: SegmentView  # the rows kept; its `alive` is patched with later tombstones as any cached view's
    cov: FloatArray | None  # the context's text factor at those rows (None: zero at all of them)
    ceiling: float  # every candidate of the scored view left out totals below this (-inf: none is left out)
    prefiltered: bool  # the scored view left out holders of related skills only (Matcher._score's prefilter)


def remember(sc: Scored, ctx: ft.Context, seg: Segment, want: int, prefiltered: bool) -> Pool:
    """Returns the pool of a scoring of a main-segment view: its best candidates, with ties."""
    cand = np.flatnonzero(sc.candidate)
    keep = POOL * want
    ceiling = -np.inf
    if len(cand) > keep:
        tot = sc.total[cand]
        ceiling = float(np.partition(tot, len(tot) - keep)[len(tot) - keep]) - MARGIN
        cand = cand[tot >= ceiling]
    rows = sc.rows[cand]
    cov = None
    if ctx.text_cov is not None and (at := ctx.text_cov[rows]).any():
        cov = at
    return Pool(seg, seg.view(rows), cov, ceiling, prefiltered)


def context(pool: Pool, ctx: ft.Context) -> ft.Context:
    """Returns a request's context (made without its text coverage) for scoring a pool: the text factor only where
    the pool's rows are (a feature reads it at the rows it scores), not computed again over the segment."""
    if pool.cov is None:
        return replace(ctx, text_cov=None)
    cov = np.zeros(len(pool.seg), dtype=np.float32)
    cov[pool.view.idx] = pool.cov
    return replace(ctx, text_cov=cov)


def reuse(pool: Pool, sc: Scored, top: int, want: int) -> bool:
    """Returns whether the pool's scoring (sc) picks what scoring the whole view again would: enough of its
    candidates still stand (prefiltered: top of them above RELATED_CREDIT, so the prefilter still holds), and the
    want-th best stands clear of every candidate left out."""
    tot = sc.total[sc.candidate]
    if pool.prefiltered and np.count_nonzero(tot > ft.RELATED_CREDIT) < top:
        return False
    if pool.ceiling == -np.inf:
        return True
    if len(tot) < want:
        return False
    kth = float(np.partition(tot, len(tot) - want)[len(tot) - want])
    return kth - MARGIN >= pool.ceiling
