"""Proposal queries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Text, bindparam, cast, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from schemas.enums import TAKEN_PROPOSAL_STATUSES, ProposalStatus, RequestStatus
from schemas.models import (
    HelpRequest,
    Proposal,
    ProposalRead,
    StaffUser,
    Volunteer,
)
from service.errors import NotFound
from service.requests.repository import get_request


# The columns a staff member sees of each proposal, in ProposalRead's order (decided_by: who decided, by name),
# JSON columns as their stored text.
def _shown_columns() -> tuple[Any, ...]:
    p, v, s = Proposal.__table__.c, Volunteer.__table__.c, StaffUser.__table__.c  # type: ignore[attr-defined]
    return (
        p.id,
        p.request_id,
        p.volunteer_id,
        v.display_name,
        p.rank,
        p.score,
        cast(
            p.factors, Text
        ),  # as stored: decoded only when the list changed (a JSON column would decode each time)
        cast(p.reasons, Text),
        p.algorithm,
        p.status,
        s.username,
        p.decided_at,
        p.decision_note,
        p.occurrence_date,
        p.answered_at,
        p.answer_note,
    )


def proposal_read_of(row: Sequence[Any]) -> ProposalRead:
    """Returns a proposal as staff see it from a row of the shown columns (its JSON columns decoded)."""
    pid, rid, vid, name, rank, score, factors, reasons, algorithm, status = row[:10]
    staff, decided_at, note, day, answered_at, answer = row[10:]
    factors, reasons = json.loads(factors), json.loads(reasons)
    return ProposalRead(
        id=pid,
        request_id=rid,
        volunteer_id=vid,
        volunteer_name=name,
        rank=rank,
        score=score,
        factors=factors,
        reasons=reasons,
        algorithm=algorithm,
        status=status,
        decided_by=staff,
        decided_at=decided_at,
        decision_note=note,
        occurrence_date=day,
        answered_at=answered_at,
        answer_note=answer,
    )


def list_proposals(session: Session, request_id: int) -> list[ProposalRead]:
    """Returns the request's proposals in rank order, with who decided each.

    Reads the columns shown, not whole rows (staff poll this page: loading ORM objects cost twice the query)."""
    p, v, s = Proposal.__table__.c, Volunteer.__table__.c, StaffUser.__table__.c  # type: ignore[attr-defined]
    rows = session.connection().execute(
        core_select(*_shown_columns())
        .select_from(Proposal.__table__)  # type: ignore[attr-defined]
        .join(Volunteer.__table__, v.id == p.volunteer_id)  # type: ignore[attr-defined]
        .outerjoin(StaffUser.__table__, s.id == p.decided_by)  # type: ignore[attr-defined]
        .where(p.request_id == request_id)
        .order_by(p.rank, p.id)
    )
    return [proposal_read_of(row) for row in rows]


def _shown_rows_statement() -> Any:
    r = HelpRequest.__table__.c  # type: ignore[attr-defined]
    p, v, s = Proposal.__table__.c, Volunteer.__table__.c, StaffUser.__table__.c  # type: ignore[attr-defined]
    return (
        core_select(*_shown_columns())
        .select_from(Proposal.__table__)  # type: ignore[attr-defined]
        .join(HelpRequest.__table__, (r.id == p.request_id) & (r.org_id == bindparam("org_id")))  # type: ignore[attr-defined]
        .join(Volunteer.__table__, v.id == p.volunteer_id)  # type: ignore[attr-defined]
        .outerjoin(StaffUser.__table__, s.id == p.decided_by)  # type: ignore[attr-defined]
        .where(p.request_id == bindparam("request_id"))
        .order_by(p.rank, p.id)
    )


# Built once: building a statement and its cache key cost more than running it (the list is polled).
_SHOWN_ROWS = _shown_rows_statement()
_REQUEST_IN_ORG = core_select(HelpRequest.__table__.c.id).where(  # type: ignore[attr-defined]
    HelpRequest.__table__.c.id == bindparam("request_id"),  # type: ignore[attr-defined]
    HelpRequest.__table__.c.org_id == bindparam("org_id"),  # type: ignore[attr-defined]
)


def shown_proposal_rows(connection: Connection, request_id: int, org_id: str) -> list[tuple[Any, ...]] | None:
    """Returns the request's proposals in rank order as rows of the shown columns, JSON columns as their stored
    text, or None when the organisation has no such request. One Core statement (no ORM objects: the staff list
    is polled, and a row is turned into JSON only when it changed, service.proposals.usecases); a second one
    only when there is no proposal, to tell an empty list from a request that is not there."""
    params = {"request_id": request_id, "org_id": org_id}
    rows = connection.execute(_SHOWN_ROWS, params).all()
    if not rows:
        return None if connection.execute(_REQUEST_IN_ORG, params).first() is None else []
    return [tuple(row) for row in rows]


def get_proposal(session: Session, proposal_id: int, org_id: str) -> Proposal:
    """Returns the proposal or raises NotFound."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or get_request(session, proposal.request_id, org_id) is None:
        raise NotFound("提案", "Proposal", proposal_id)
    return proposal


def proposal_read(session: Session, request_id: int, proposal_id: int) -> ProposalRead:
    """Returns one proposal of the request as staff see it."""
    return next(p for p in list_proposals(session, request_id) if p.id == proposal_id)


def list_volunteer_proposals(
    session: Session, volunteer_id: int, *, limit: int = 50
) -> list[tuple[Proposal, str, str | None]]:
    """Returns the volunteer's proposals, newest first, each with its request's title and who decided it."""
    return list(
        session.exec(
            select(Proposal, HelpRequest.title, StaffUser.username)
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .outerjoin(StaffUser, col(StaffUser.id) == Proposal.decided_by)
            .where(Proposal.volunteer_id == volunteer_id)
            .order_by(col(Proposal.id).desc())
            .limit(limit)
        ).all()
    )


def list_taken_helpers(session: Session, request_id: int) -> list[tuple[Proposal, str]]:
    """Returns the request's approved (taken) proposals, each with the volunteer's name."""
    return list(
        session.exec(
            select(Proposal, Volunteer.display_name)
            .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
            .where(Proposal.request_id == request_id, col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
        ).all()
    )


def list_pending_request_ids(session: Session) -> set[int]:
    """Returns the ids of the requests that have a proposal waiting for a staff decision."""
    return set(
        session.exec(select(col(Proposal.request_id)).where(Proposal.status == ProposalStatus.pending)).all()
    )


def list_assignments(session: Session, volunteer_id: int) -> list[tuple[Proposal, HelpRequest]]:
    """Returns the volunteer's approved (asked) and accepted proposals with their requests, newest first."""
    return list(
        session.exec(
            select(Proposal, HelpRequest)
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .where(
                Proposal.volunteer_id == volunteer_id,
                col(Proposal.status).in_((ProposalStatus.approved, ProposalStatus.accepted)),
            )
            .order_by(col(Proposal.id).desc())
            .limit(50)
        ).all()
    )


def unanswered_asks(session: Session, asked_before: datetime, *, reminded: bool) -> list[Proposal]:
    """Returns approved proposals asked before the time and not answered, reminded already or not yet."""
    reminder = col(Proposal.reminded_at).is_not(None) if reminded else col(Proposal.reminded_at).is_(None)
    return list(
        session.exec(
            select(Proposal)
            .where(
                Proposal.status == ProposalStatus.approved,
                col(Proposal.answered_at).is_(None),
                col(Proposal.decided_at) < asked_before,
                reminder,
            )
            .order_by(col(Proposal.id))
            .limit(500)
        ).all()
    )


def answered_since(session: Session, status: str, since: datetime) -> list[tuple[Proposal, str, str]]:
    """Returns proposals answered with this status since the time, with the volunteer's name and request's title."""
    return list(
        session.exec(
            select(Proposal, Volunteer.display_name, HelpRequest.title)
            .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .where(Proposal.status == status, col(Proposal.answered_at) >= since)
            .order_by(col(Proposal.answered_at).desc())
            .limit(200)
        ).all()
    )


def unanswered_asks_of(session: Session, volunteer_id: int) -> list[Proposal]:
    """Returns the volunteer's approved proposals still waiting for their answer."""
    return list(
        session.exec(
            select(Proposal).where(
                Proposal.volunteer_id == volunteer_id,
                Proposal.status == ProposalStatus.approved,
                col(Proposal.answered_at).is_(None),
            )
        ).all()
    )


def accepted_with_schedule(
    session: Session, org_id: str, start: date, horizon: date
) -> list[tuple[int, date | None, dict[str, Any], list[str]]]:
    """Returns (proposal id, occurrence date, schedule, cancelled dates) of accepted proposals of open requests with
    dates that may fall in [start, horizon]: a recurring assignment's date is filtered here, a one-off's (no
    occurrence date: every date of the request) by the caller. Columns only: most rounds find nothing due."""
    return [
        (pid, day, schedule, cancelled or [])
        for pid, day, schedule, cancelled in session.exec(
            select(
                col(Proposal.id),
                col(Proposal.occurrence_date),
                col(HelpRequest.schedule),
                col(HelpRequest.cancelled_dates),
            )
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .where(
                HelpRequest.org_id == org_id,
                Proposal.status == ProposalStatus.accepted,
                col(HelpRequest.schedule).is_not(None),
                col(HelpRequest.status).not_in((RequestStatus.done, RequestStatus.closed)),
                or_(
                    col(Proposal.occurrence_date).is_(None),
                    col(Proposal.occurrence_date).between(start, horizon),
                    col(HelpRequest.schedule)["kind"].as_string() == "dates",  # a one-off: every date counts
                ),
            )
            .order_by(col(Proposal.id))
        ).all()
        if pid is not None and schedule is not None
    ]


def taken_in_month(session: Session, volunteer_id: int, month_start: datetime, *, besides: int) -> int:
    """Returns how many of a volunteer's proposals other than `besides` were taken (approved, accepted, done)
    by a decision on or after month_start: their workload against max_per_month."""
    from sqlalchemy import func

    q = select(func.count()).where(
        col(Proposal.volunteer_id) == volunteer_id,
        col(Proposal.id) != besides,
        col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES),
        col(Proposal.decided_at) >= month_start,
    )
    return int(session.exec(q).one())


def unrecorded_occurrences(
    session: Session, org_id: str, today: date, *, limit: int = 200
) -> list[tuple[Proposal, HelpRequest, str]]:
    """Returns (proposal, request, volunteer's name) of the approved and accepted assignments of open requests whose
    date has passed with no activity recorded for it (staff: record it, or say it did not take place), oldest
    date first. Recording an activity moves an assignment on, so a date in the past means nothing was recorded;
    the activity check is the guard for records made another way (a request's activity naming the volunteer)."""
    from sqlalchemy import exists

    from schemas.activity import Activity, ActivityVolunteer

    recorded = exists().where(
        col(Activity.request_id) == Proposal.request_id,
        col(Activity.activity_date) == Proposal.occurrence_date,
        col(ActivityVolunteer.activity_id) == Activity.id,
        col(ActivityVolunteer.volunteer_id) == Proposal.volunteer_id,
    )
    return list(
        session.exec(
            select(Proposal, HelpRequest, Volunteer.display_name)
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
            .where(
                HelpRequest.org_id == org_id,
                col(Proposal.status).in_((ProposalStatus.approved, ProposalStatus.accepted)),
                col(Proposal.occurrence_date) < today,
                col(HelpRequest.status).not_in((RequestStatus.done, RequestStatus.closed)),
                ~recorded,
            )
            .order_by(col(Proposal.occurrence_date), col(Proposal.id))
            .limit(limit)
        ).all()
    )
