"""The sweep: finds jobs whose doorbell was lost (never delivered, or a worker died) so they are rung again."""

from __future__ import annotations

from datetime import UTC, timedelta

from sqlalchemy import Engine, and_, func, or_, update
from sqlmodel import Session, col, select

from schemas.enums import (
    JobStatus,
)
from schemas.models import MatchingJob, utcnow
from service.db import unit_of_work
from service.settings import Settings


def sweep(engine: Engine, settings: Settings, *, stale_seconds: float | None = None) -> list[int]:
    """Returns the ids of jobs whose doorbell was lost (never delivered, or a worker died) and marks them re-sent."""
    now = utcnow()
    stale = now - timedelta(
        seconds=settings.stale_dispatch_seconds if stale_seconds is None else stale_seconds
    )
    with unit_of_work(engine) as session:
        ids = list(
            session.exec(
                select(MatchingJob.id)
                .where(
                    or_(
                        and_(
                            col(MatchingJob.status) == JobStatus.pending,
                            func.coalesce(col(MatchingJob.dispatched_at), col(MatchingJob.created_at))
                            < stale,
                        ),
                        and_(
                            col(MatchingJob.status) == JobStatus.running, col(MatchingJob.lease_until) < now
                        ),
                    )
                )
                .order_by(col(MatchingJob.id))
                .limit(1000)
            ).all()
        )
        if ids:
            session.exec(update(MatchingJob).where(col(MatchingJob.id).in_(ids)).values(dispatched_at=now))
    return ids  # type: ignore[return-value]  # SQLModel types the primary key int | None; a row's is never NULL


def oldest_unmatched_seconds(session: Session) -> float | None:
    """Returns the age in seconds of the oldest job still waiting, or None when there is none."""
    oldest = session.exec(
        select(func.min(MatchingJob.created_at)).where(
            col(MatchingJob.status).in_([JobStatus.pending, JobStatus.running])
        )
    ).one()
    if oldest is None:
        return None
    if oldest.tzinfo is None:  # aggregates bypass the column type, so SQLite hands back a naive value
        oldest = oldest.replace(tzinfo=UTC)
    return max(0.0, (utcnow() - oldest).total_seconds())
