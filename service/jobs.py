"""Matching jobs: claim with a lease, rank with a warm matcher, upsert proposals, sweep stale work.

The job row is the record of work; whatever delivers the job id (a Celery message or the embedded
thread's queue) is only a doorbell, so every function here is safe to run twice.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, Integer, and_, delete, func, or_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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
from schemas.models import HelpRequest, MatchingJob, Proposal, SkillSynonym, Volunteer, utcnow
from service.db import unit_of_work
from service.settings import Settings
from service.usecases import enqueue_match

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Volunteers changed within this window before the last refresh are read again: a transaction that
# committed late with an earlier updated_at is still picked up.
REFRESH_OVERLAP = timedelta(seconds=30)
FULL_LOAD_REFRESH = timedelta(minutes=5)
# Proposals younger than this do not damp a volunteer yet: otherwise, within a burst of requests (an import,
# a busy morning), the order in which workers happen to pick jobs would change who is proposed where.
BURST_WINDOW = timedelta(hours=1)


def to_matching_volunteer(v: Volunteer, load: matching.Load) -> matching.Volunteer:
    """Returns the matcher's view of a stored volunteer."""
    return matching.Volunteer(
        id=str(v.id),
        skills=tuple(v.skills),
        bio=v.bio,
        area=v.area,
        availability=frozenset(v.availability),
        languages=frozenset(v.languages),
        rosters=frozenset(v.rosters),
        max_per_month=v.max_per_month,
        active=v.status == VolunteerStatus.active,
        load=load,
    )


def to_matching_request(r: HelpRequest, excluded: set[int]) -> matching.HelpRequest:
    """Returns the matcher's view of a stored request."""
    return matching.HelpRequest(
        id=str(r.id),
        title=r.title,
        description=r.description,
        skills=tuple(r.skills),
        area=r.area,
        slots=frozenset(r.slots),
        languages=frozenset(r.languages),
        remote_ok=r.remote_ok,
        helpers_needed=r.helpers_needed,
        excluded=frozenset(str(i) for i in excluded),
    )


def volunteer_loads(session: Session, volunteer_ids: list[int] | None = None) -> dict[int, matching.Load]:
    """Returns the recent workload of every volunteer with a proposal in the last 30 days (or ever matched)."""
    now = utcnow()
    recent = now - timedelta(days=30)
    month = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    taken = col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES)
    q = select(
        Proposal.volunteer_id,
        func.sum(
            func.cast(
                and_(
                    col(Proposal.created_at) >= recent,
                    col(Proposal.created_at) < now - BURST_WINDOW,
                    col(Proposal.status) != ProposalStatus.rejected,
                ),
                Integer(),
            )
        ),
        func.sum(func.cast(and_(taken, col(Proposal.decided_at) >= recent), Integer())),
        func.sum(func.cast(and_(taken, col(Proposal.decided_at) >= month), Integer())),
        func.sum(func.cast(taken, Integer())),
    ).group_by(Proposal.volunteer_id)
    if volunteer_ids is not None:
        q = q.where(col(Proposal.volunteer_id).in_(volunteer_ids))
    return {
        vid: matching.Load(
            recent_proposals=int(p or 0),
            recent_approvals=int(a or 0),
            month_accepted=int(m or 0),
            ever_matched=bool(e),
        )
        for vid, p, a, m, e in session.exec(q).all()
    }


class MatcherCache:
    """A warm matcher per process: built once, then refreshed incrementally from the database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._matcher: matching.Matcher | None = None
        self._volunteers: dict[int, matching.Volunteer] = {}
        self._watermark: datetime | None = None
        self._loads_at = datetime.min.replace(tzinfo=UTC)
        self._synonyms_key: tuple[int, int] | None = None
        self.areas = matching.load_areas(settings.areas_path)

    def _synonyms(self, session: Session) -> tuple[tuple[int, int], dict[str, list[str]]]:
        rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == self.settings.org_id)).all()
        extra: dict[str, list[str]] = {}
        for row in rows:
            extra.setdefault(row.skill_id, []).append(row.word)
        return (len(rows), max((r.id or 0 for r in rows), default=0)), extra

    def matcher(self, session: Session) -> matching.Matcher:
        """Returns a matcher reflecting every committed volunteer change and workload."""
        with self._lock:
            key, extra = self._synonyms(session)
            if self._matcher is None or key != self._synonyms_key:
                self._rebuild(session, extra)
                self._synonyms_key = key
            else:
                self._refresh(session)
            assert self._matcher is not None
            return self._matcher

    def _rebuild(self, session: Session, extra: dict[str, list[str]]) -> None:
        started = utcnow()
        taxonomy = matching.load_taxonomy(self.settings.taxonomy_path, extra_synonyms=extra)
        self._matcher = matching.Matcher(areas=self.areas, taxonomy=taxonomy)
        loads = volunteer_loads(session)
        rows = session.exec(
            select(Volunteer).where(
                Volunteer.org_id == self.settings.org_id, Volunteer.status != VolunteerStatus.withdrawn
            )
        ).all()
        self._volunteers = {
            v.id: to_matching_volunteer(v, loads.get(v.id, matching.Load()))  # type: ignore[misc]
            for v in rows
        }
        self._matcher.index(self._volunteers.values())
        self._watermark = self._loads_at = started

    def _refresh(self, session: Session) -> None:
        assert self._matcher is not None and self._watermark is not None
        started = utcnow()
        since = self._watermark - REFRESH_OVERLAP
        changed = session.exec(
            select(Volunteer).where(
                Volunteer.org_id == self.settings.org_id, col(Volunteer.updated_at) >= since
            )
        ).all()
        # Workloads change with proposals, not volunteers: re-read only those whose proposals moved, and
        # everyone now and then (the 30-day window slides; a deleted pending proposal leaves no row).
        if started - self._loads_at >= FULL_LOAD_REFRESH:
            targets: set[int] | None = None
            self._loads_at = started
        else:
            targets = set(
                session.exec(
                    select(Proposal.volunteer_id).where(col(Proposal.updated_at) >= since).distinct()
                ).all()
            ) | {v.id for v in changed}  # type: ignore[misc]
        loads = (
            volunteer_loads(session, sorted(targets))
            if targets
            else ({} if targets is not None else volunteer_loads(session))
        )
        for v in changed:
            if v.status == VolunteerStatus.withdrawn:
                if self._volunteers.pop(v.id, None) is not None:  # type: ignore[arg-type]
                    self._matcher.remove(str(v.id))
                continue
            mv = to_matching_volunteer(v, loads.get(v.id, matching.Load()))  # type: ignore[arg-type]
            if self._volunteers.get(v.id) != mv:  # type: ignore[arg-type]
                self._volunteers[v.id] = mv  # type: ignore[index]
                self._matcher.upsert(mv)
        for vid in self._volunteers.keys() if targets is None else targets:
            mv = self._volunteers.get(vid)
            load = loads.get(vid, matching.Load())
            if mv is not None and mv.load != load:
                self._volunteers[vid] = replace(mv, load=load)
                self._matcher.upsert(self._volunteers[vid])
        self._watermark = started


@dataclass
class JobOutcome:
    job_id: int
    ran: bool
    follow_up: list[int]


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
        if result.rowcount != 1:  # type: ignore[attr-defined]
            return None
        return session.exec(select(MatchingJob.attempts).where(MatchingJob.id == job_id)).one()


def _finish(session: Session, job_id: int, attempt: int, status: JobStatus, error: str | None = None) -> bool:
    """Marks the job finished if this attempt still holds it (a slower, superseded attempt does not)."""
    result = session.exec(
        update(MatchingJob)
        .where(
            col(MatchingJob.id) == job_id,
            col(MatchingJob.attempts) == attempt,
            col(MatchingJob.status) == JobStatus.running,
        )
        .values(status=status, lease_until=None, updated_at=utcnow(), last_error=error)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def run_job(engine: Engine, job_id: int, cache: MatcherCache) -> JobOutcome:
    """Runs one job if it can be claimed; returns the ids of follow-up jobs to dispatch."""
    settings = cache.settings
    attempt = claim(engine, job_id, settings.job_lease_seconds)
    if attempt is None:
        return JobOutcome(job_id, False, [])
    try:
        with unit_of_work(engine) as session:
            job = session.get(MatchingJob, job_id)
            assert job is not None
            if job.kind == JobKind.volunteer_changed:
                follow_up = _volunteer_changed(session, job, cache)
            else:
                _match_request(session, job.request_id, cache)  # type: ignore[arg-type]
                follow_up = []
            _finish(session, job_id, attempt, JobStatus.done)
        return JobOutcome(job_id, True, follow_up)
    except Exception as exc:  # the job stays recorded; the sweep retries it
        log.exception("matching job %s failed (attempt %s)", job_id, attempt)
        with unit_of_work(engine) as session:
            final = attempt >= MAX_ATTEMPTS
            _finish(
                session,
                job_id,
                attempt,
                JobStatus.failed if final else JobStatus.pending,
                error=type(exc).__name__,
            )
            job = session.get(MatchingJob, job_id)
            if final and job is not None and job.request_id is not None:
                request = session.get(HelpRequest, job.request_id)
                if request is not None and request.status in (RequestStatus.new, RequestStatus.matching):
                    request.status = RequestStatus.no_candidates
                    request.explanation = ["自動マッチングに失敗しました。職員が手動で探してください。"]
                    session.add(request)
        return JobOutcome(job_id, True, [])


def _volunteer_changed(session: Session, job: MatchingJob, cache: MatcherCache) -> list[int]:
    volunteer = session.get(Volunteer, job.volunteer_id)
    if volunteer is None:
        return []
    matcher = cache.matcher(session)
    mv = to_matching_volunteer(volunteer, matching.Load())
    open_requests = session.exec(
        select(HelpRequest).where(
            HelpRequest.org_id == volunteer.org_id, col(HelpRequest.status).in_(OPEN_REQUEST_STATUSES)
        )
    ).all()
    has_proposal = set(
        session.exec(
            select(Proposal.request_id).where(
                Proposal.volunteer_id == volunteer.id, Proposal.status == ProposalStatus.pending
            )
        ).all()
    )
    follow_up = []
    for request in open_requests:
        # A volunteer who was proposed must be re-scored even if they no longer fit (paused, new slots).
        if request.id in has_proposal or matcher.affects(mv, to_matching_request(request, set())):
            follow_up.append(enqueue_match(session, request.id).id)  # type: ignore[arg-type]
    return follow_up  # type: ignore[return-value]


def _match_request(session: Session, request_id: int, cache: MatcherCache) -> None:
    request = session.exec(select(HelpRequest).where(HelpRequest.id == request_id).with_for_update()).one()
    if request.status not in OPEN_REQUEST_STATUSES:
        return
    decided = session.exec(
        select(Proposal.volunteer_id, Proposal.status).where(
            Proposal.request_id == request_id, Proposal.status != ProposalStatus.pending
        )
    ).all()
    excluded = {vid for vid, _ in decided}
    taken = sum(1 for _, status in decided if status in TAKEN_PROPOSAL_STATUSES)
    matcher = cache.matcher(session)
    result = matcher.rank(to_matching_request(request, excluded), top=cache.settings.top_n)
    candidates = list(result.candidates)
    # The index is warm, but the decision must use the committed state: drop anyone not active now.
    if candidates:
        active = set(
            session.exec(
                select(Volunteer.id).where(
                    col(Volunteer.id).in_([int(c.volunteer_id) for c in candidates]),
                    Volunteer.status == VolunteerStatus.active,
                )
            ).all()
        )
        candidates = [c for c in candidates if int(c.volunteer_id) in active]
    now = utcnow()
    kept = [int(c.volunteer_id) for c in candidates]
    session.exec(
        delete(Proposal).where(
            col(Proposal.request_id) == request_id,
            col(Proposal.status) == ProposalStatus.pending,
            col(Proposal.volunteer_id).not_in(kept) if kept else True,
        )
    )
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for rank, c in enumerate(candidates, start=1):
        values = dict(
            request_id=request_id,
            volunteer_id=int(c.volunteer_id),
            rank=rank,
            score=round(c.score, 4),
            factors={k: round(v, 4) for k, v in c.factors.items()},
            reasons=list(c.reasons),
            algorithm=result.algorithm,
            status=ProposalStatus.pending,
            created_at=now,
            updated_at=now,
        )
        stmt = insert(Proposal).values(**values)
        session.exec(
            stmt.on_conflict_do_update(
                index_elements=["request_id", "volunteer_id"],
                set_={
                    k: stmt.excluded[k]
                    for k in ("rank", "score", "factors", "reasons", "algorithm", "updated_at")
                },
                where=col(Proposal.status) == ProposalStatus.pending,
            )
        )
    if taken:
        request.status = (
            RequestStatus.filled if taken >= request.helpers_needed else RequestStatus.partially_filled
        )
    else:
        request.status = RequestStatus.proposed if candidates else RequestStatus.no_candidates
    request.explanation = (
        [] if candidates else list(result.explanation) or ["条件に合うボランティアがいません。"]
    )
    request.matched_at = request.matched_at or now
    request.updated_at = now
    session.add(request)


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
    return ids  # type: ignore[return-value]


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
