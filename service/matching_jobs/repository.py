"""Matching job rows: the record of work, written in the transaction of the change that needs it."""

from __future__ import annotations

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    JobKind,
    JobStatus,
)
from schemas.models import (
    HelpRequest,
    MatchingJob,
    utcnow,
)
from service.db import unit_of_work
from service.uow import UnitOfWork


def enqueue_match(session: Session, request_id: int) -> MatchingJob:
    """Returns the pending matching job for the request, creating one when none is waiting."""
    return enqueue_match_new(session, request_id)[0]


def enqueue_match_new(
    session: Session, request_id: int, *, new_request: bool = False
) -> tuple[MatchingJob, bool]:
    """Returns the pending matching job for the request and whether it was created now.

    A job that was already waiting has had its doorbell rung (or the sweep will ring it): ringing again would
    only put a second message for the same job in the queue. `new_request`: the request was inserted in this
    transaction, so no job can point at it yet (the look-up is skipped).
    """
    if not new_request:
        job = session.exec(
            select(MatchingJob).where(
                MatchingJob.request_id == request_id,
                MatchingJob.status == JobStatus.pending,
                MatchingJob.kind == JobKind.match_request,
            )
        ).first()
        if job is not None:
            return job, False
    # No dispatch mark yet: the doorbell rings when this transaction commits, so the sweep counts from created_at.
    # The stamps are given: SQLModel would otherwise ask pydantic for each default factory, which inspects the
    # factory's signature every time (a tenth of a submission).
    now = utcnow()
    job = MatchingJob(kind=JobKind.match_request, request_id=request_id, created_at=now, updated_at=now)
    session.add(job)
    session.flush()
    return job, True


def enqueue_volunteer_changed(session: Session, volunteer_id: int) -> MatchingJob:
    """Returns a job that re-scores the open requests a changed volunteer could affect."""
    job = MatchingJob(kind=JobKind.volunteer_changed, volunteer_id=volunteer_id)
    session.add(job)
    session.flush()
    return job


def match_request(
    uow: UnitOfWork, request_id: int, *, bulk: bool = False, new_request: bool = False
) -> MatchingJob:
    """Queues matching for the request (one pending job at most), announced once the transaction commits.

    `bulk` marks re-scoring (a volunteer changed): it waits behind fresh requests and staff actions.
    `new_request`: the request was inserted in this transaction (it has no job yet).
    """
    job, created = enqueue_match_new(uow.session, request_id, new_request=new_request)
    if created:
        uow.enqueue(job, bulk=bulk)
    return job


def rescore_for_volunteer(uow: UnitOfWork, volunteer_id: int) -> MatchingJob:
    """Queues re-scoring of the open requests a changed volunteer could affect, announced after commit."""
    job = enqueue_volunteer_changed(uow.session, volunteer_id)
    uow.enqueue(job, bulk=True)
    return job


def rescore_after_import(uow: UnitOfWork, org_id: str) -> MatchingJob | None:
    """Queues ONE re-scoring job for a whole import (none when the organisation has no open request)."""
    session = uow.session
    if (
        session.exec(
            select(HelpRequest.id)
            .where(HelpRequest.org_id == org_id, col(HelpRequest.status).in_(OPEN_REQUEST_STATUSES))
            .limit(1)
        ).first()
        is None
    ):
        return None
    job = MatchingJob(kind=JobKind.volunteers_imported)
    session.add(job)
    session.flush()
    uow.enqueue(job, bulk=True)
    return job


def mark_dispatched(engine: Engine, job_ids: list[int]) -> None:
    """Sets the dispatch mark of pending jobs whose doorbell is being rung now."""
    with unit_of_work(engine) as session:
        session.exec(
            update(MatchingJob)
            .where(col(MatchingJob.id).in_(job_ids), col(MatchingJob.status) == JobStatus.pending)
            .values(dispatched_at=utcnow())
        )
