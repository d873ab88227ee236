"""The sweep: finds jobs whose doorbell was lost (never delivered, or a worker died) so they are rung again.

Re-sending is proportional to what is really lost, never to how long the queue is:

- every pending job carries a dispatch mark (`dispatched_at`: when its doorbell was rung, or is due to ring
  for a retry with backoff); the sweep looks only at jobs whose mark is older than `stale_dispatch_seconds`,
  and at running jobs whose lease expired (the worker died);
- of those, a job whose message is still waiting in the broker (`live`: the ids queued in Redis, or in the
  embedded thread's queue) is left alone: a long backlog is not a lost doorbell;
- one sweeper at a time: on PostgreSQL a transaction-scoped advisory lock (`serve` and `beat` both sweep, and
  the loser of the lock sends nothing); on SQLite the single process is the only sweeper;
- the marks of the jobs it re-sends are set in the same transaction, so a second sweeper (or the next tick)
  does not send them again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, timedelta

from sqlalchemy import Engine, and_, func, or_, text, update
from sqlmodel import Session, col, select

from schemas.enums import (
    JobStatus,
)
from schemas.models import MatchingJob, utcnow
from service.db import unit_of_work
from service.settings import Settings

# pg_try_advisory_xact_lock key of the sweep ("skillbank sweep"); any constant unique to this application.
SWEEP_LOCK_KEY = 0x5B_5EE9

# At most this many jobs are re-sent per sweep (the rest wait for the next tick).
MAX_RESEND = 1000


def take_sweep_lock(session: Session) -> bool:
    """Returns True if this transaction is now the only sweeper (always True on SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(
        session.exec(text("SELECT pg_try_advisory_xact_lock(:key)").bindparams(key=SWEEP_LOCK_KEY)).scalar()  # type: ignore[call-overload]
    )


def sweep(
    engine: Engine,
    settings: Settings,
    *,
    stale_seconds: float | None = None,
    live: Callable[[], Collection[int]] | None = None,
) -> list[int]:
    """Returns the ids of jobs whose doorbell was lost (never delivered, or a worker died) and marks them re-sent.

    `live` returns the ids whose message is still queued in the broker; those are not re-sent. It is called
    only when some job is overdue, so an idle sweep never reads the queue.
    """
    now = utcnow()
    stale = now - timedelta(
        seconds=settings.stale_dispatch_seconds if stale_seconds is None else stale_seconds
    )
    with unit_of_work(engine) as session:
        if not take_sweep_lock(session):
            return []  # another process is sweeping right now
        overdue = list(
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
                .limit(20 * MAX_RESEND)
            ).all()
        )
        if overdue and live is not None:
            queued = set(live())
            overdue = [i for i in overdue if i not in queued]
        ids = overdue[:MAX_RESEND]
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


def backlog(session: Session) -> int:
    """Returns how many matching jobs are waiting or running."""
    return int(
        session.exec(
            select(func.count())
            .select_from(MatchingJob)
            .where(col(MatchingJob.status).in_([JobStatus.pending, JobStatus.running]))
        ).one()
    )


def due_job_ids(session: Session, limit: int = 200) -> list[int]:
    """Returns ids of pending jobs that may run now (a job waiting out a retry's backoff is not due yet)."""
    now = utcnow()
    ids = session.exec(
        select(MatchingJob.id)
        .where(
            col(MatchingJob.status) == JobStatus.pending,
            func.coalesce(col(MatchingJob.dispatched_at), col(MatchingJob.created_at)) <= now,
        )
        .order_by(col(MatchingJob.id))
        .limit(limit)
    ).all()
    return [i for i in ids if i is not None]
