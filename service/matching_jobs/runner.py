"""Matching jobs: claim with a lease, rank with the warm matcher, upsert proposals, finish or retry.

The job row is the record of work; whatever delivers the job id (a Celery message or the embedded
thread's queue) is only a doorbell, so every function here is safe to run twice.
"""

from __future__ import annotations

import functools
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, bindparam, delete, or_, tuple_, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

import matching
from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    TAKEN_PROPOSAL_STATUSES,
    JobKind,
    JobStatus,
    ProposalStatus,
    RequestStatus,
    VolunteerStatus,
)
from schemas.models import HelpRequest, MatchingJob, Proposal, Volunteer, utcnow
from service.db import (
    TRANSACTION_ATTEMPTS,
    dialect_insert,
    is_retryable,
    retry_backoff,
    row_id,
    unit_of_work,
)
from service.matching_jobs.cache import MatcherCache, to_matching_request, to_matching_volunteer
from service.matching_jobs.repository import enqueue_match_new
from service.proposals.rules import fill_state

log = logging.getLogger(__name__)


MAX_ATTEMPTS = 5

# The longest pause before a failed job is run again.
MAX_RETRY_DELAY = 60.0


@dataclass
class JobOutcome:
    job_id: int
    ran: bool
    follow_up: list[int]
    # Seconds after which the worker runs the job again (it raised; attempts remain), else None.
    retry_in: float | None = None


def retry_delay(settings_retry_seconds: float, attempt: int) -> float:
    """Returns the pause before attempt `attempt + 1`: exponential backoff, capped."""
    return min(MAX_RETRY_DELAY, settings_retry_seconds * 2 ** (attempt - 1))


def claim(engine: Engine, job_id: int, lease_seconds: int) -> int | None:
    """Claims a pending job (or one whose lease expired); returns its attempt number, or None."""
    now = utcnow()
    with unit_of_work(engine) as session:
        result = session.exec(
            update(MatchingJob)
            .where(
                col(MatchingJob.id) == job_id,
                or_(
                    col(MatchingJob.status) == JobStatus.pending,
                    and_(col(MatchingJob.status) == JobStatus.running, col(MatchingJob.lease_until) < now),
                ),
            )
            .values(
                status=JobStatus.running,
                lease_until=now + timedelta(seconds=lease_seconds),
                attempts=MatchingJob.attempts + 1,
                updated_at=now,
            )
        )
        if result.rowcount != 1:
            return None
        return session.exec(select(MatchingJob.attempts).where(MatchingJob.id == job_id)).one()


def _finish(
    session: Session,
    job_id: int,
    attempt: int,
    status: JobStatus,
    error: str | None = None,
    dispatched_at: datetime | None = None,
) -> bool:
    """Marks the job finished (or pending again) if this attempt still holds it (a superseded one does not)."""
    result = session.exec(
        update(MatchingJob)
        .where(
            col(MatchingJob.id) == job_id,
            col(MatchingJob.attempts) == attempt,
            col(MatchingJob.status) == JobStatus.running,
        )
        .values(
            status=status,
            lease_until=None,
            updated_at=utcnow(),
            last_error=error,
            **({"dispatched_at": dispatched_at} if dispatched_at is not None else {}),
        )
        # no search of the session's objects for the row: a batch's session holds many (a tenth of a job's time)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def run_job(engine: Engine, job_id: int, cache: MatcherCache) -> JobOutcome:
    """Runs one job if it can be claimed; returns the ids of follow-up jobs to dispatch."""
    attempt = claim(engine, job_id, cache.settings.job_lease_seconds)
    if attempt is None:
        return JobOutcome(job_id, False, [])
    return _run_claimed(engine, job_id, attempt, cache)


def _run_claimed(engine: Engine, job_id: int, attempt: int, cache: MatcherCache) -> JobOutcome:
    """Runs a job this worker claimed (attempt `attempt`); a failure is recorded for a retry or given up."""
    settings = cache.settings
    try:
        # Build or refresh the warm matcher before taking the write lock: the write transaction's own refresh
        # then reads only what committed meanwhile.
        cache.warm(engine)
        follow_up = _run_in_transaction(engine, job_id, attempt, cache)
        return JobOutcome(job_id, True, follow_up)
    except Exception as exc:  # the job stays recorded: the worker itself runs it again after a backoff
        log.exception("matching job %s failed (attempt %s)", job_id, attempt)
        final = attempt >= MAX_ATTEMPTS
        delay = None if final else retry_delay(settings.job_retry_seconds, attempt)
        with unit_of_work(engine) as session:
            _finish(
                session,
                job_id,
                attempt,
                JobStatus.failed if final else JobStatus.pending,
                error=type(exc).__name__,
                # the dispatch mark of the retry: the sweep leaves the job alone until then (and a while after)
                dispatched_at=None if delay is None else utcnow() + timedelta(seconds=delay),
            )
            job = session.get(MatchingJob, job_id)
            if final and job is not None and job.request_id is not None:
                request = session.get(HelpRequest, job.request_id)
                if request is not None and request.status in (RequestStatus.new, RequestStatus.matching):
                    request.status = RequestStatus.no_candidates
                    request.explanation = ["自動マッチングに失敗しました。職員が手動で探してください。"]
                    session.add(request)
        return JobOutcome(job_id, True, [], retry_in=delay)


def _run_in_transaction(engine: Engine, job_id: int, attempt: int, cache: MatcherCache) -> list[int]:
    """Runs the job's transaction; one that lost a deadlock or serialisation race is run again (3 times in all)."""
    for tries in range(1, TRANSACTION_ATTEMPTS + 1):
        try:
            with unit_of_work(engine) as session:
                job = session.get(MatchingJob, job_id)
                assert job is not None
                if job.kind == JobKind.volunteer_changed:
                    follow_up = _volunteer_changed(session, job, cache)
                elif job.kind == JobKind.volunteers_imported:
                    follow_up = _volunteers_imported(session, cache)
                else:
                    _match_request(session, job.request_id, cache)  # type: ignore[arg-type]
                    follow_up = []
                _finish(session, job_id, attempt, JobStatus.done)
            return follow_up
        except Exception as exc:
            if not is_retryable(exc) or tries == TRANSACTION_ATTEMPTS:
                raise
            log.info("matching job %s lost a race (%s); running it again", job_id, type(exc).__name__)
            time.sleep(retry_backoff(tries))
    raise AssertionError("unreachable")


def claim_jobs(
    engine: Engine, job_ids: list[int], lease_seconds: int, *, extra: int = 0
) -> dict[int, tuple[int, str, int | None]]:
    """Claims, in ONE statement, the pending (or lease-expired) jobs among `job_ids` and, with `extra`, up to that
    many more pending request-matching jobs that are due (the newest first; not a retry still in its backoff);
    returns {job id: (attempt, kind, request id)} of those claimed (one someone else holds, or done, is left
    alone; the request id comes back with the claim, so the batch need not read the job rows again). A job
    claimed as an extra has its own message still queued: that message finds it taken."""
    now = utcnow()
    lease = now + timedelta(seconds=lease_seconds)
    wanted: ColumnElement[bool] = col(MatchingJob.id).in_(job_ids)
    if extra > 0:
        due = (
            select(MatchingJob.id)
            .where(
                col(MatchingJob.kind) == JobKind.match_request,
                col(MatchingJob.status) == JobStatus.pending,
                or_(col(MatchingJob.dispatched_at).is_(None), col(MatchingJob.dispatched_at) <= now),
                col(MatchingJob.id).not_in(job_ids),
            )
            # The newest first: a fresh request posted while a backlog drains rides with the next batch any worker
            # claims (each job's own message still takes it in queue order).
            .order_by(col(MatchingJob.id).desc())
            .limit(extra)
            # PostgreSQL: another worker claiming at the same moment takes other rows instead of waiting for these
            .with_for_update(skip_locked=True)
        )
        wanted = or_(wanted, col(MatchingJob.id).in_(due.scalar_subquery()))
    with unit_of_work(engine) as session:
        rows = session.execute(
            update(MatchingJob)
            .where(
                wanted,
                or_(
                    col(MatchingJob.status) == JobStatus.pending,
                    and_(col(MatchingJob.status) == JobStatus.running, col(MatchingJob.lease_until) < now),
                ),
            )
            .values(
                status=JobStatus.running, lease_until=lease, attempts=MatchingJob.attempts + 1, updated_at=now
            )
            .returning(
                col(MatchingJob.id),
                col(MatchingJob.attempts),
                col(MatchingJob.kind),
                col(MatchingJob.request_id),
            )
        ).all()
    return {int(job_id or 0): (attempts, kind, request_id) for job_id, attempts, kind, request_id in rows}


def run_jobs(engine: Engine, job_ids: list[int], cache: MatcherCache, *, extra: int = 0) -> list[JobOutcome]:
    """Runs jobs claimed together in one statement (with `extra`, up to that many more request-matching jobs that
    are waiting): the request-matching ones ranked in a read-only transaction and written in ONE short write
    transaction (one matcher refresh, one commit, a few set-wise statements: a burst of submissions is matched at
    the matcher's pace, not the database's, and the write lock is held only for the writes); any other kind one
    by one. If the batch fails, each of its jobs runs alone, with its own retries, as `run_job` would run it. A
    job that could not be claimed (done, or someone else holds it) did not run."""
    claimed = claim_jobs(engine, job_ids, cache.settings.job_lease_seconds, extra=extra)
    outcomes = [JobOutcome(job_id, False, []) for job_id in job_ids if job_id not in claimed]
    batch = {
        job_id: attempt for job_id, (attempt, kind, _) in claimed.items() if kind == JobKind.match_request
    }
    request_ids = sorted(
        {int(rid) for _, kind, rid in claimed.values() if kind == JobKind.match_request and rid is not None}
    )
    outcomes += [
        _run_claimed(engine, job_id, attempt, cache)
        for job_id, (attempt, kind, _) in claimed.items()
        if kind != JobKind.match_request
    ]
    if not batch:
        return outcomes
    try:
        _match_batch(engine, batch, request_ids, cache)
        return outcomes + [JobOutcome(job_id, True, []) for job_id in batch]
    except Exception:
        log.warning("a batch of %d matching jobs failed; running them one by one", len(batch), exc_info=True)
        return outcomes + [_run_claimed(engine, job_id, attempt, cache) for job_id, attempt in batch.items()]


@dataclass
class _Open:
    """What a job needs of an open request: its row's columns, the matcher's view of it, helpers taken."""

    row: Any
    request: matching.HelpRequest
    taken: int


# The columns of a request that matching reads (to_matching_request's, its state, its first match time).
_REQUEST_COLUMNS = (
    "id",
    "status",
    "title",
    "description",
    "skills",
    "area",
    "slots",
    "languages",
    "remote_ok",
    "helpers_needed",
    "matched_at",
)


def _open_requests(session: Session, request_ids: list[int], *, lock: bool) -> dict[int, _Open]:
    """Returns the open requests among `request_ids`, each with the volunteers already decided on (excluded from
    ranking) and the helpers taken: two queries for a whole batch. With `lock`, the rows are held against other
    writers (PostgreSQL's FOR NO KEY UPDATE, in request id order: the order staff and other jobs lock them in;
    it does not block the foreign-key checks of rows that merely point at a request, such as a staff action
    queuing a job for it)."""
    q = (
        select(*(getattr(HelpRequest, c) for c in _REQUEST_COLUMNS))
        .where(col(HelpRequest.id).in_(request_ids))
        .order_by(col(HelpRequest.id))
    )
    if lock:
        q = q.with_for_update(key_share=True)
    rows = [r for r in session.exec(q).all() if r.status in OPEN_REQUEST_STATUSES]
    if not rows:
        return {}
    excluded: dict[int, set[int]] = {}
    taken: dict[int, int] = {}
    for rid, vid, status in session.exec(
        select(Proposal.request_id, Proposal.volunteer_id, Proposal.status).where(
            col(Proposal.request_id).in_([r.id for r in rows]), Proposal.status != ProposalStatus.pending
        )
    ).all():
        excluded.setdefault(rid, set()).add(vid)
        if status in TAKEN_PROPOSAL_STATUSES:
            taken[rid] = taken.get(rid, 0) + 1
    return {
        r.id: _Open(r, to_matching_request(r, excluded.get(r.id, set())), taken.get(r.id, 0)) for r in rows
    }


def _match_batch(
    engine: Engine, claimed: dict[int, int], request_ids: list[int], cache: MatcherCache
) -> None:
    """Matches the claimed jobs' requests (`request_ids`, sorted): ranked in a read-only transaction (no write lock held meanwhile),
    then written in one write transaction (run again if it lost a deadlock race). A request that changed in
    between (corrected, a proposal decided, closed) is ranked again inside the write transaction, on what it
    committed; a volunteer who changed meanwhile is re-scored by their own volunteer_changed job, as after any
    job, and one no longer active is left out here."""
    top = cache.settings.top_n
    with unit_of_work(engine, write=False) as session:
        matcher = cache.matcher(session)  # refreshed once for the whole batch
        read = _open_requests(session, request_ids, lock=False)
        ranked = {rid: (o.request, matcher.rank(o.request, top=top)) for rid, o in read.items()}
    for tries in range(1, TRANSACTION_ATTEMPTS + 1):
        try:
            with unit_of_work(engine) as session:
                now_open = _open_requests(session, request_ids, lock=True)
                results: list[tuple[_Open, matching.RankResult]] = []
                fresh: matching.Matcher | None = None
                for rid, o in now_open.items():
                    request, result = ranked.get(rid, (None, None))
                    if request != o.request or result is None:  # it changed since it was ranked
                        fresh = fresh or cache.matcher(session)
                        result = fresh.rank(o.request, top=top)
                    results.append((o, result))
                _write_matches(session, results)
                # every job done in one statement per attempt number (a superseded attempt finishes nothing)
                by_attempt: dict[int, list[int]] = {}
                for job_id, attempt in claimed.items():
                    by_attempt.setdefault(attempt, []).append(job_id)
                for attempt, ids in by_attempt.items():
                    session.exec(
                        update(MatchingJob)
                        .where(
                            col(MatchingJob.id).in_(ids),
                            col(MatchingJob.attempts) == attempt,
                            col(MatchingJob.status) == JobStatus.running,
                        )
                        .values(status=JobStatus.done, lease_until=None, updated_at=utcnow(), last_error=None)
                        .execution_options(synchronize_session=False)
                    )
            return
        except Exception as exc:
            if not is_retryable(exc) or tries == TRANSACTION_ATTEMPTS:
                raise
            log.info("a batch of matching jobs lost a race (%s); running it again", type(exc).__name__)
            time.sleep(retry_backoff(tries))


def _volunteer_changed(session: Session, job: MatchingJob, cache: MatcherCache) -> list[int]:
    volunteer = session.get(Volunteer, job.volunteer_id)
    if volunteer is None:
        return []
    matcher = cache.matcher(session)
    mv = to_matching_volunteer(volunteer, matching.Load())
    open_requests = session.exec(
        select(HelpRequest)
        .where(HelpRequest.org_id == volunteer.org_id, col(HelpRequest.status).in_(OPEN_REQUEST_STATUSES))
        .order_by(
            col(HelpRequest.id)
        )  # job rows are inserted in request id order: the order staff lock them in
    ).all()
    has_proposal = set(
        session.exec(
            select(Proposal.request_id).where(
                Proposal.volunteer_id == volunteer.id, Proposal.status == ProposalStatus.pending
            )
        ).all()
    )
    # Requests with a match job already waiting need none (one query, not one per open request).
    waiting = set(
        session.exec(
            select(MatchingJob.request_id).where(
                MatchingJob.status == JobStatus.pending, MatchingJob.kind == JobKind.match_request
            )
        ).all()
    )
    follow_up: list[int] = []
    for request in open_requests:
        if request.id in waiting:  # its doorbell is live: a second one would only duplicate work
            continue
        # A volunteer who was proposed must be re-scored even if they no longer fit (paused, new slots).
        if request.id in has_proposal or matcher.affects(mv, to_matching_request(request, set())):
            job, created = enqueue_match_new(session, row_id(request))
            if created:
                follow_up.append(row_id(job))
    return follow_up


def _volunteers_imported(session: Session, cache: MatcherCache) -> list[int]:
    """Queues a match of every open request (an import changed too many volunteers to ask which it affects)."""
    open_requests = session.exec(
        select(HelpRequest.id)
        .where(
            HelpRequest.org_id == cache.settings.org_id, col(HelpRequest.status).in_(OPEN_REQUEST_STATUSES)
        )
        .order_by(col(HelpRequest.id))
    ).all()
    follow_up: list[int] = []
    for request_id in open_requests:
        job, created = enqueue_match_new(session, int(request_id or 0))
        if created:
            follow_up.append(row_id(job))
    return follow_up


@functools.cache
def _proposal_upsert(dialect: str) -> Any:
    """Returns the proposal upsert: a new candidate is inserted, a pending one takes its new rank and score, a
    decided one is left as it is."""
    table = Proposal.__table__  # type: ignore[attr-defined]
    stmt = dialect_insert(dialect)(table)
    return stmt.on_conflict_do_update(
        index_elements=["request_id", "volunteer_id"],
        set_={
            k: stmt.excluded[k] for k in ("rank", "score", "factors", "reasons", "algorithm", "updated_at")
        },
        where=table.c.status == ProposalStatus.pending,
    )


def _match_request(
    session: Session, request_id: int, cache: MatcherCache, matcher: matching.Matcher | None = None
) -> None:
    """Matches one request inside the caller's write transaction (a job run alone)."""
    found = _open_requests(session, [request_id], lock=True).get(request_id)
    if found is None:
        return
    matcher = matcher or cache.matcher(session)
    _write_matches(session, [(found, matcher.rank(found.request, top=cache.settings.top_n))])


@functools.cache
def _request_update() -> Any:
    """Returns the statement that records a request's match (executed for many rows at once: executemany)."""
    table = HelpRequest.__table__  # type: ignore[attr-defined]
    return (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            status=bindparam("b_status", type_=table.c.status.type),
            explanation=bindparam("b_explanation", type_=table.c.explanation.type),
            matched_at=bindparam("b_matched_at", type_=table.c.matched_at.type),
            updated_at=bindparam("b_updated_at", type_=table.c.updated_at.type),
        )
    )


def _write_matches(session: Session, results: list[tuple[_Open, matching.RankResult]]) -> None:
    """Writes the ranked candidates of open requests (read with `_open_requests(lock=True)` in this transaction):
    anyone not active now is dropped, pending proposals no longer ranked are deleted, the rest upserted, and
    each request's state and explanation set — a handful of statements for a whole batch."""
    if not results:
        return
    # The index is warm, but the decision must use the committed state: drop anyone not active now.
    wanted = sorted({int(c.volunteer_id) for _, r in results for c in r.candidates})
    active: set[int] = set()
    for start in range(0, len(wanted), 5_000):
        active.update(
            session.exec(
                select(Volunteer.id).where(
                    col(Volunteer.id).in_(wanted[start : start + 5_000]),
                    Volunteer.status == VolunteerStatus.active,
                )
            ).all()  # type: ignore[arg-type]
        )
    now = utcnow()
    kept: dict[int, list[matching.Candidate]] = {
        int(o.row.id): [c for c in r.candidates if int(c.volunteer_id) in active] for o, r in results
    }
    # Pending proposals no longer ranked are deleted in one statement (no read of them first: a fresh request has
    # none, and the read was a round trip in every batch).
    keep = [(rid, int(c.volunteer_id)) for rid, cs in kept.items() for c in cs]
    gone: list[ColumnElement[bool]] = [
        col(Proposal.request_id).in_(list(kept)),
        col(Proposal.status) == ProposalStatus.pending,
    ]
    if keep:
        gone.append(tuple_(col(Proposal.request_id), col(Proposal.volunteer_id)).not_in(keep))
    session.exec(delete(Proposal).where(*gone).execution_options(synchronize_session=False))
    rows = [
        dict(
            request_id=int(o.row.id),
            volunteer_id=int(c.volunteer_id),
            rank=rank,
            score=round(c.score, 4),
            factors={k: round(v, 4) for k, v in c.factors.items()},
            reasons=list(c.reasons),
            algorithm=r.algorithm,
            status=ProposalStatus.pending,
            created_at=now,
            updated_at=now,
        )
        for o, r in results
        for rank, c in enumerate(kept[int(o.row.id)], start=1)
    ]
    connection = session.connection()
    if rows:
        # One upsert statement for every candidate of every request, compiled once per process (its rows are
        # parameters: a multi-row VALUES would be compiled anew for every batch).
        connection.execute(_proposal_upsert(session.get_bind().dialect.name), rows)
    connection.execute(
        _request_update(),
        [
            dict(
                b_id=int(o.row.id),
                b_status=fill_state(
                    taken=o.taken, needed=o.row.helpers_needed, has_candidates=bool(kept[int(o.row.id)])
                ),
                b_explanation=(
                    []
                    if kept[int(o.row.id)]
                    else list(r.explanation) or ["条件に合うボランティアがいません。"]
                ),
                b_matched_at=o.row.matched_at or now,
                b_updated_at=now,
            )
            for o, r in results
        ],
    )
