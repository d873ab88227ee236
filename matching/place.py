"""The factors besides the skill, which scale its fit: where (the request's and the volunteer's towns), when (their
time slots) and how much the volunteer was asked lately (fairness). Each returns a score per row and the details
that give its reasons, as the skill factors in features.py do."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import Config, Context, FtResult, RowsDetail
from .index import NO_AVAIL_BIT, Rows
from .reasons import area_reason, time_reason

AREA_SCORES = {"same": 1.0, "remote": 1.0, "neighbour": 0.75, "unknown": 0.75, "far": 0.45}
TIME_COMMON, TIME_FLEXIBLE, TIME_UNKNOWN = 1.0, 1.0, 0.45
TIME_FLEXIBLE_UNKNOWN = 0.8  # a flexible request, but the volunteer never said when they are free


class AreaDetail(RowsDetail):
    """Reasons of the area factor: same, neighbouring, far or unknown town, or a remote request."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the area line (同じ町(中里) …)."""
        rq, v = self.ctx.profile, self.volunteer(row)
        rel = "remote" if rq.remote else self.cfg.areas.relation(rq.request.area, v.area)
        return [area_reason(rel, self.cfg.areas, v)]


def area_relation(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 same area or remote request, 0.75 neighbouring or unknown, 0.45 far."""
    rq = ctx.profile
    n = len(rows)
    detail = AreaDetail(ctx, rows, cfg)
    if rq.remote:
        return FtResult(np.full(n, AREA_SCORES["remote"], dtype=np.float32), detail)
    if rq.area_idx < 0:
        return FtResult(np.full(n, AREA_SCORES["unknown"], dtype=np.float32), detail)
    # One lookup table per request: slot 0 is "area unknown", slot k+1 is area k.
    table = np.where(cfg.neighbours[rq.area_idx], AREA_SCORES["neighbour"], AREA_SCORES["far"]).astype(
        np.float32
    )
    table[rq.area_idx] = AREA_SCORES["same"]
    table = np.concatenate(([np.float32(AREA_SCORES["unknown"])], table))
    return FtResult(table.take(rows.area.astype(np.intp) + 1), detail)


class TimeDetail(RowsDetail):
    """Reasons of the time factor: the common slots, or that the volunteer's availability is unknown."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the time line, if the request names slots."""
        t = time_reason(self.ctx.profile.request, self.volunteer(row))
        return [t] if t else []


def time_overlap(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 with a common slot (or a flexible request), 0.45 when the volunteer gave no availability
    (TIME_FLEXIBLE_UNKNOWN for a flexible request: free at some time, but not said when)."""
    rq = ctx.profile
    detail = TimeDetail(ctx, rows, cfg)
    avail = rows.avail
    if not rq.slot_mask:
        s0 = np.where(avail == NO_AVAIL_BIT, TIME_FLEXIBLE_UNKNOWN, TIME_FLEXIBLE)
        return FtResult(s0.astype(np.float32), detail)
    s = np.where(avail == NO_AVAIL_BIT, TIME_UNKNOWN, np.where((avail & rq.slot_mask) != 0, TIME_COMMON, 0.0))
    return FtResult(s.astype(np.float32), detail)


class FairnessDetail(RowsDetail):
    """Reasons of the fairness factor: a recent load, or the never-matched lift when it set someone apart."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the load line, or the never-matched line when fairness differs among those listed."""
        v = self.volunteer(row)
        if v.load.recent_proposals or v.load.recent_approvals:
            return [f"最近の紹介が多め(紹介{v.load.recent_proposals}件・承認{v.load.recent_approvals}件)"]
        # The never-matched lift is worth saying only when it set someone apart from the others listed.
        if not v.load.ever_matched and value >= 1.0 and len(set(shown)) > 1:
            return ["まだ活動につながっていない登録者(優先)"]
        return []


def fairness_load(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 for never-matched registrants, lower the more proposals and approvals they had recently."""
    return FtResult(rows.fairness, FairnessDetail(ctx, rows, cfg))
