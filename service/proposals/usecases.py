"""Staff decisions on proposals: approval within the request's need and the volunteer's capacity, rejection."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date, datetime
from typing import Any

import msgspec
from sqlalchemy import Engine, func, update
from sqlmodel import Session, col, select

from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    TAKEN_PROPOSAL_STATUSES,
    ProposalStatus,
    VolunteerStatus,
)
from schemas.models import (
    HelpRequest,
    Proposal,
    StaffUser,
    Volunteer,
    utcnow,
)
from service.audit import audit
from service.db import lock_row, row_id
from service.errors import Conflict, NotFound
from service.matching_jobs.repository import match_request
from service.proposals.repository import get_proposal, proposal_read_of, shown_proposal_rows
from service.proposals.rules import check_approval, fill_state
from service.requests.repository import approved_count
from service.requests.schedule import as_schedule, is_recurring, occurrences, today_jst
from service.status_labels import status_label
from service.uow import UnitOfWork


def _month_start(now: datetime) -> datetime:
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def assignment_occurrence(request: HelpRequest) -> date | None:
    """Returns the date an approval is for: a recurring request's next occurrence (JST, cancelled dates left out);
    None for a one-off (every date) or 日程は相談."""
    schedule = as_schedule(request.schedule)
    if not is_recurring(schedule):
        return None
    upcoming = occurrences(schedule, start=today_jst(), limit=1, cancelled=request.cancelled_dates or [])
    return upcoming[0] if upcoming else None


def approve_proposal(*, session: Session, proposal_id: int, staff: StaffUser) -> Proposal:
    """Approves a pending proposal if the request still needs helpers and the volunteer has capacity."""
    proposal = get_proposal(session, proposal_id, staff.org_id)
    request = lock_row(session, HelpRequest, proposal.request_id)
    volunteer = lock_row(session, Volunteer, proposal.volunteer_id)
    session.refresh(proposal)
    taken = approved_count(session, row_id(request))
    now = utcnow()
    month_taken = session.exec(
        select(func.count())
        .select_from(Proposal)
        .where(
            Proposal.volunteer_id == volunteer.id,
            col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES),
            col(Proposal.decided_at) >= _month_start(now),
        )
    ).one()
    check_approval(
        status=ProposalStatus(proposal.status),
        volunteer_active=volunteer.status == VolunteerStatus.active,
        taken=taken,
        needed=request.helpers_needed,
        month_taken=month_taken,
        capacity=volunteer.max_per_month,
    )
    result = session.exec(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.pending)
        .values(
            status=ProposalStatus.approved,
            decided_by=staff.id,
            decided_at=now,
            updated_at=now,
            occurrence_date=assignment_occurrence(request),
        )
    )
    if result.rowcount != 1:
        raise Conflict(
            "この提案は他の職員が先に決定しました。", "Another staff member decided this proposal first."
        )
    request.status = fill_state(taken=taken + 1, needed=request.helpers_needed, has_candidates=True)
    request.updated_at = now
    session.add(request)
    audit(
        session,
        actor=staff.username,
        action="approve",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        volunteer_id=volunteer.id,
    )
    session.flush()
    session.refresh(proposal)
    return proposal


def reject_proposal(*, uow: UnitOfWork, proposal_id: int, staff: StaffUser, reason: str | None) -> Proposal:
    """Rejects a pending proposal; that volunteer is never proposed again, and an open request is re-matched."""
    session = uow.session
    proposal = get_proposal(session, proposal_id, staff.org_id)
    request = lock_row(session, HelpRequest, proposal.request_id)
    now = utcnow()
    result = session.exec(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.pending)
        .values(
            status=ProposalStatus.rejected,
            decided_by=staff.id,
            decided_at=now,
            decision_note=reason,
            updated_at=now,
        )
    )
    if result.rowcount != 1:
        session.refresh(proposal)
        raise Conflict(
            f"この提案は既に「{status_label(proposal.status, 'ja', proposal=True)}」です。",
            f"This proposal is already {status_label(proposal.status, 'en', proposal=True).lower()}.",
        )
    audit(
        session,
        actor=staff.username,
        action="reject",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        reason=reason or "",
    )
    if request.status in OPEN_REQUEST_STATUSES:
        match_request(uow, row_id(request))
    session.flush()
    session.refresh(proposal)
    return proposal


# ---------------------------------------------------------------- the staff list, as JSON


class RenderedLists:
    """The JSON body last rendered for each request's proposal list, beside the rows it was rendered from.

    Staff poll the list; it changes rarely. The rows are read on every call (one statement, JSON columns as their
    stored text), and decoded, validated and encoded only when they differ from the rows of the body kept: the
    body is a function of the rows alone, so a change to anything shown (a proposal, a volunteer's name, who
    decided) is a different row and a new body; nothing can be served stale. Bounded: the least recently served
    lists are dropped first.
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._bodies: OrderedDict[int, tuple[list[tuple[Any, ...]], bytes]] = OrderedDict()

    def body(self, request_id: int, rows: list[tuple[Any, ...]]) -> bytes:
        """Returns the JSON body of the list with these rows: the one kept when they are the same rows."""
        kept = self._bodies.get(request_id)
        if kept is not None and kept[0] == rows:
            with self._lock:
                if request_id in self._bodies:
                    self._bodies.move_to_end(request_id)
            return kept[1]
        body = render_proposals(rows)
        with self._lock:
            self._bodies[request_id] = (rows, body)
            self._bodies.move_to_end(request_id)
            while len(self._bodies) > self.size:
                self._bodies.popitem(last=False)
        return body


def render_proposals(rows: list[tuple[Any, ...]]) -> bytes:
    """Returns the JSON of the proposals as the API has always answered it (ProposalRead dumped as JSON)."""
    return msgspec.json.encode([proposal_read_of(row).model_dump(mode="json") for row in rows])


RENDERED_LISTS = RenderedLists()


def proposals_json(uow: UnitOfWork, request_id: int, org_id: str) -> bytes:
    """Returns the JSON of a request's ranked proposals (staff), or raises NotFound; a read-only unit of work's read
    ends here (one statement), so the GET has nothing left to settle in another thread."""
    try:
        rows = shown_proposal_rows(uow.read_connection(), request_id, org_id)
    finally:
        uow.end_read()
    if rows is None:
        raise NotFound("依頼", "Request", request_id)
    return RENDERED_LISTS.body(request_id, rows)


def staff_proposals_json(engine: Engine, request_id: int, org_id: str) -> bytes:
    """`proposals_json` in a read-only unit of work of its own (the polled staff list takes no dependency)."""
    return proposals_json(UnitOfWork(engine, write=False), request_id, org_id)
