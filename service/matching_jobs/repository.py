"""Matching job rows: the record of work, written in the transaction of the change that needs it."""

from __future__ import annotations

from sqlmodel import Session, select

from schemas.enums import (
    JobKind,
    JobStatus,
)
from schemas.models import (
    MatchingJob,
)
from service.uow import UnitOfWork


def enqueue_match(session: Session, request_id: int) -> MatchingJob:
    """Returns the pending matching job for the request, creating one when none is waiting."""
    job = session.exec(
        select(MatchingJob).where(
            MatchingJob.request_id == request_id,
            MatchingJob.status == JobStatus.pending,
            MatchingJob.kind == JobKind.match_request,
        )
    ).first()
    if job is None:
        job = MatchingJob(kind=JobKind.match_request, request_id=request_id)
        session.add(job)
        session.flush()
    return job


def enqueue_volunteer_changed(session: Session, volunteer_id: int) -> MatchingJob:
    """Returns a job that re-scores the open requests a changed volunteer could affect."""
    job = MatchingJob(kind=JobKind.volunteer_changed, volunteer_id=volunteer_id)
    session.add(job)
    session.flush()
    return job


def match_request(uow: UnitOfWork, request_id: int) -> MatchingJob:
    """Queues matching for the request (one pending job at most), announced once the transaction commits."""
    job = enqueue_match(uow.session, request_id)
    uow.enqueue(job)
    return job


def rescore_for_volunteer(uow: UnitOfWork, volunteer_id: int) -> MatchingJob:
    """Queues re-scoring of the open requests a changed volunteer could affect, announced after commit."""
    job = enqueue_volunteer_changed(uow.session, volunteer_id)
    uow.enqueue(job)
    return job
