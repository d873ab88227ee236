"""The volunteer's answer to an approved proposal, from their private page: accept or decline, once.

Accept → `accepted`, the requester is told who comes (name and contact only with both consents, each provision
recorded). Decline → `declined`, the place reopens and the matcher proposes the next candidate to staff. A repeated
or late click changes nothing. An ask with no answer gets one reminder after SKILLBANK_ANSWER_DAYS days and is
flagged for staff after as many more.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Engine, update
from sqlmodel import Session, col

from schemas.enums import OPEN_REQUEST_STATUSES, ProposalStatus, RequestStatus, VolunteerStatus
from schemas.models import HelpRequest, Proposal, Volunteer, utcnow
from schemas.outbox import MessageKind
from schemas.schedule import RECURRING, ScheduleKind
from service.audit import audit
from service.db import lock_row, row_id, unit_of_work
from service.errors import NotFound
from service.matching_jobs.repository import match_request
from service.outbox.repository import sent_dedupe_keys
from service.outbox.usecases import (
    about_request,
    ask_volunteer,
    assignment_when,
    private_url,
    queue_message,
    remind_volunteer,
    to_requester,
)
from service.privacy.consent import consent_in_force, disclose
from service.privacy.links import create_private_link
from service.proposals.repository import (
    accepted_with_schedule,
    taken_in_month,
    unanswered_asks,
    unanswered_asks_of,
)
from service.proposals.rules import fill_state
from service.requests.repository import accepted_proposals, approved_count
from service.requests.rules import reference_number
from service.requests.schedule import as_schedule, is_recurring, occurrences, today_jst
from service.settings import Settings
from service.uow import UnitOfWork

ANSWERED = (ProposalStatus.accepted, ProposalStatus.declined, ProposalStatus.completed)


class Answer(StrEnum):
    accepted = "accepted"
    declined = "declined"
    already = "already"  # answered before: nothing changes
    unavailable = "unavailable"  # the ask was withdrawn or the request closed or filled: nothing changes


def answer_proposal(
    *,
    uow: UnitOfWork,
    settings: Settings,
    volunteer_id: int,
    proposal_id: int,
    accept: bool,
    reason: str | None,
) -> Answer:
    """Records the volunteer's answer once; returns what happened (a repeated click is `already`)."""
    session = uow.session
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.volunteer_id != volunteer_id:
        raise NotFound("提案", "Proposal", proposal_id)
    request = lock_row(session, HelpRequest, proposal.request_id)
    session.refresh(proposal)
    if proposal.status in ANSWERED:
        return Answer.already
    if proposal.status != ProposalStatus.approved or request.status in (
        RequestStatus.done,
        RequestStatus.closed,
    ):
        return Answer.unavailable
    if accept and filled_by_others(session, request, proposal):
        return Answer.unavailable
    now = utcnow()
    status = ProposalStatus.accepted if accept else ProposalStatus.declined
    result = session.exec(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.approved)
        .values(status=status, answered_at=now, answer_note=(reason or None), updated_at=now)
    )
    if result.rowcount != 1:
        return Answer.already
    actor = f"volunteer:{volunteer_id}"
    audit(
        session,
        actor=actor,
        action="accept" if accept else "decline",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        reason=reason or "",
    )
    session.refresh(proposal)
    if accept:
        tell_requester(session, settings, proposal, request, actor=actor)
        return Answer.accepted
    # the place reopens and the matcher proposes the next candidate (the decliner is not proposed again)
    request.status = fill_state(
        taken=approved_count(session, row_id(request)), needed=request.helpers_needed, has_candidates=True
    )
    request.updated_at = now
    session.add(request)
    if request.status in OPEN_REQUEST_STATUSES:
        match_request(uow, row_id(request))
    session.flush()
    return Answer.declined


def filled_by_others(session: Session, request: HelpRequest, proposal: Proposal) -> bool:
    """Whether other volunteers have already accepted every place this proposal is for (the same date, for a
    recurrence): then an acceptance would be one helper too many. Staff approve no more than the places, but the
    places can shrink afterwards (a correction of `helpers_needed`)."""
    recurring = is_recurring(as_schedule(request.schedule))
    others = [
        p
        for p in accepted_proposals(session, row_id(request))
        if p.id != proposal.id and (not recurring or p.occurrence_date == proposal.occurrence_date)
    ]
    return len(others) >= request.helpers_needed


def tell_requester(
    session: Session, settings: Settings, proposal: Proposal, request: HelpRequest, *, actor: str
) -> None:
    """Queues the news for the requester: who comes and when; the helper's name and contact only with both consents."""
    volunteer = session.get(Volunteer, proposal.volunteer_id)
    assert volunteer is not None
    to = to_requester(request)
    lang = to["language"]
    consented = consent_in_force(
        session, "volunteer", row_id(volunteer), "contact_share"
    ) and consent_in_force(session, "request", row_id(request), "share_with_volunteer")
    helper = "a volunteer" if lang == "en" else "ボランティア 1名"
    helper_contact = ""
    if consented:
        shared = disclose(session, row_id(proposal), settings.org_id, actor)[
            "for_requester"
        ]  # provision records
        helper = shared["volunteer_name"]
        helper_contact = " / ".join(v for v in (shared["phone"], shared["email"]) if v)
    token = create_private_link(session, kind="request", entity_id=row_id(request), org_id=settings.org_id)
    queue_message(
        session,
        settings,
        kind=MessageKind.accepted,
        proposal_id=proposal.id,
        **to,
        **about_request(request, lang, proposal),
        helper=helper,
        helper_contact=helper_contact,
        link=private_url(settings, "request", token),
    )


def remind_unanswered(engine: Engine, settings: Settings) -> int:
    """Queues one reminder for each ask unanswered after SKILLBANK_ANSWER_DAYS days; returns how many."""
    before = utcnow() - timedelta(days=settings.answer_days)
    with unit_of_work(engine, write=False) as session:  # most rounds find none: no write lock for them
        if not unanswered_asks(session, before, reminded=False):
            return 0
    with unit_of_work(engine) as session:
        due = unanswered_asks(session, before, reminded=False)
        for proposal in due:
            remind_volunteer(session, settings, proposal)
            proposal.reminded_at = utcnow()
            session.add(proposal)
        return len(due)


def assignment_dates(request: HelpRequest, proposal: Proposal, *, start: date, limit: int = 20) -> list[date]:
    """Returns the dates, from `start`, an approved or accepted proposal has its volunteer come: the occurrence a
    recurring assignment is for, or every remaining date of a one-off (none for 日程は相談)."""
    schedule = as_schedule(request.schedule)
    cancelled = set(request.cancelled_dates or [])
    if is_recurring(schedule):
        day = proposal.occurrence_date
        return [day] if day is not None and day >= start and day.isoformat() not in cancelled else []
    return occurrences(schedule, start=start, limit=limit, cancelled=cancelled)


def day_before_key(proposal_id: int, day: date) -> str:
    """Returns the once-only key of the reminder before one date of one assignment."""
    return f"day_before:{proposal_id}:{day.isoformat()}"


def remind_day_before(engine: Engine, settings: Settings, *, today: date | None = None) -> int:
    """Queues, once per date, a reminder to each accepted volunteer SKILLBANK_REMINDER_DAYS_BEFORE days before
    (or less, when the sweep was away) each date of their assignment; returns how many were queued.

    Once: each message carries a key (proposal, date) under a unique index, and a key already written is skipped,
    so every sweep round, on any process, may look again."""
    if settings.reminder_days_before <= 0:
        return 0
    today = today or today_jst()
    horizon = today + timedelta(days=settings.reminder_days_before)
    first = today + timedelta(days=1)

    def due(session: Session) -> list[tuple[int, date, str]]:
        found: list[tuple[int, date, str]] = []
        # the stored JSON is read as it is (ISO dates compare as strings): a round looks at every accepted
        # assignment, and most find nothing due
        low, high = first.isoformat(), horizon.isoformat()
        for pid, day, raw, cancelled in accepted_with_schedule(session, settings.org_id, first, horizon):
            if raw.get("kind") == ScheduleKind.dates:
                days = [d for d in raw.get("dates") or [] if low <= d <= high and d not in cancelled]
            elif raw.get("kind") in RECURRING and day is not None:
                days = (
                    [day.isoformat()]
                    if low <= day.isoformat() <= high and day.isoformat() not in cancelled
                    else []
                )
            else:
                days = []
            found += [(pid, date.fromisoformat(d), day_before_key(pid, date.fromisoformat(d))) for d in days]
        sent = sent_dedupe_keys(session, settings.org_id, [key for _, _, key in found])
        return [item for item in found if item[2] not in sent]

    with unit_of_work(engine, write=False) as session:  # most rounds find none: no write lock for them
        if not due(session):
            return 0
    with unit_of_work(engine) as session:
        todo = due(session)
        for pid, day, key in todo:
            proposal = session.get(Proposal, pid)
            assert proposal is not None
            remind_volunteer(
                session, settings, proposal, kind=MessageKind.day_before, day=day, dedupe_key=key
            )
        return len(todo)


PREVIOUSLY = "前回も担当"  # the reason a recurring request's next date is offered to the same volunteer first


def ask_again_for_next_occurrence(
    session: Session,
    settings: Settings,
    proposal: Proposal,
    request: HelpRequest,
    *,
    held_on: date,
    actor: str,
) -> bool:
    """A recurring request's occurrence took place (staff recorded it): the volunteer who did it is preferred for
    the next date — their proposal is asked again for it (approved, a fresh ask naming the date, their answer
    awaited as for any ask), with 「前回も担当」 among its reasons. Returns False, changing nothing, for a one-off
    or to-be-arranged request, an assignment for a later date, or a recurrence with no date left (the caller then
    completes the proposal). A one-off request on several dates keeps its assignment (True, nothing changes) while
    a date after this one remains: the volunteer still comes on those."""
    schedule = as_schedule(request.schedule)
    if request.status in (RequestStatus.done, RequestStatus.closed):
        return False
    if schedule.kind == ScheduleKind.dates:
        later = occurrences(
            schedule, start=held_on + timedelta(days=1), limit=1, cancelled=request.cancelled_dates or []
        )
        return bool(later)
    if not is_recurring(schedule):
        return False
    if proposal.occurrence_date is not None and proposal.occurrence_date > held_on:
        return False
    start = max(held_on + timedelta(days=1), today_jst())
    upcoming = occurrences(schedule, start=start, limit=1, cancelled=request.cancelled_dates or [])
    if not upcoming or not _may_take_another(session, proposal):
        return False
    now = utcnow()
    proposal.status = ProposalStatus.approved
    proposal.occurrence_date = upcoming[0]
    proposal.decided_at = now
    proposal.answered_at = None
    proposal.answer_note = None
    proposal.reminded_at = None
    proposal.reasons = [PREVIOUSLY, *[r for r in proposal.reasons if r != PREVIOUSLY]]
    proposal.updated_at = now
    session.add(proposal)
    audit(
        session,
        actor=actor,
        action="ask_next_occurrence",
        entity="proposal",
        entity_id=proposal.id,
        request_id=request.id,
        held_on=held_on.isoformat(),
        next=upcoming[0].isoformat(),
    )
    session.flush()
    ask_volunteer(session, settings, proposal)
    return True


def _may_take_another(session: Session, proposal: Proposal) -> bool:
    """Returns whether the volunteer may be asked again: still active (a paused or withdrawn volunteer gets no
    further asks) and under their max_per_month — the matcher's hard constraints, which a re-ask that bypasses the
    matcher must keep too. When not, the proposal completes and the next date goes to the matcher as usual."""
    volunteer = session.get(Volunteer, proposal.volunteer_id)
    if volunteer is None or volunteer.status != VolunteerStatus.active:
        return False
    if not volunteer.max_per_month:
        return True
    month = utcnow().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return (
        taken_in_month(session, row_id(volunteer), month, besides=row_id(proposal)) < volunteer.max_per_month
    )


def overdue_asks(session: Session, settings: Settings) -> list[Proposal]:
    """Returns asks still unanswered a reminder and SKILLBANK_ANSWER_DAYS more days later (for staff)."""
    return unanswered_asks(session, utcnow() - timedelta(days=2 * settings.answer_days), reminded=True)


def assignment_views(
    session: Session, settings: Settings, volunteer_id: int, lang: str
) -> list[dict[str, object]]:
    """Returns what the volunteer's private page shows of their asks and accepted assignments (no requester data)."""
    from service.areas import area_names
    from service.proposals.repository import list_assignments

    towns = area_names(settings.areas_path)
    return [
        {
            "id": proposal.id,
            "status": proposal.status,
            "reference": reference_number(row_id(request)),
            "summary": request.title or f"R-{row_id(request):06d}",
            "when": assignment_when(request, proposal, lang),
            "town": towns.get(request.area or "", ""),
            "open": request.status not in (RequestStatus.done, RequestStatus.closed),
        }
        for proposal, request in list_assignments(session, volunteer_id)
    ]


def withdraw_asks(uow: UnitOfWork, volunteer_id: int, locked_requests: list[int], reason: str) -> list[int]:
    """A volunteer paused or withdrew: their unanswered asks end as declined (the reason says why), each place
    reopens and the matcher proposes the next candidate to staff. The caller holds the requests' rows; returns
    the proposal ids withdrawn."""
    session = uow.session
    asked = [p for p in unanswered_asks_of(session, volunteer_id) if p.request_id in set(locked_requests)]
    now = utcnow()
    for proposal in asked:
        result = session.exec(
            update(Proposal)
            .where(col(Proposal.id) == proposal.id, col(Proposal.status) == ProposalStatus.approved)
            .values(status=ProposalStatus.declined, answered_at=now, answer_note=reason, updated_at=now)
        )
        if result.rowcount != 1:
            continue
        audit(
            session,
            actor=f"volunteer:{volunteer_id}",
            action="withdraw_ask",
            entity="proposal",
            entity_id=proposal.id,
            request_id=proposal.request_id,
            reason=reason,
        )
        request = session.get(HelpRequest, proposal.request_id)
        assert request is not None
        if request.status in (*OPEN_REQUEST_STATUSES, RequestStatus.filled):
            request.status = fill_state(
                taken=approved_count(session, row_id(request)),
                needed=request.helpers_needed,
                has_candidates=True,
            )
            request.updated_at = now
            session.add(request)
            match_request(uow, row_id(request))
    return [row_id(p) for p in asked]
