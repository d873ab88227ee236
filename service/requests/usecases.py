"""Use-cases for help requests: submit, correct, re-match, close. Callers own the transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from schemas.activity import (
    RequestClose,
    RequestOutcome,
)
from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    ProposalStatus,
    RequestStatus,
)
from schemas.models import (
    Contact,
    HelpRequest,
    HelpRequestCreate,
    HelpRequestRead,
    MatchingJob,
    Proposal,
    StaffUser,
    utcnow,
)
from schemas.schedule import Schedule, ScheduleKind
from service.areas import check_area
from service.audit import audit
from service.db import lock_row, row_id
from service.errors import Conflict, InputError, NotFound
from service.matching_jobs.repository import match_request
from service.privacy.repository import record_consents
from service.requests.repository import (
    accepted_proposals,
    approved_count,
    approved_counts,
    get_request,
    taken_open_proposals,
)
from service.requests.schedule import as_schedule, date_text, occurrences, today_jst
from service.settings import Settings
from service.status_labels import status_label
from service.uow import UnitOfWork


def submit_request(*, uow: UnitOfWork, data: HelpRequestCreate, areas_path: Path, org_id: str) -> HelpRequest:
    """Stores a request and its matching job in the caller's transaction (the transactional outbox)."""
    session = uow.session
    check_area(data.area, areas_path)
    if not data.title and not data.description.strip():
        raise InputError("依頼の内容を書いてください。", "Describe what help is needed.", field="description")
    contact = data.contact or Contact()
    now = utcnow()
    request = HelpRequest(
        **data.model_dump(exclude={"contact", "consents", "schedule"}),
        schedule=stored_schedule(data),
        org_id=org_id,
        status=RequestStatus.matching,
        contact_email=contact.email,
        contact_phone=contact.phone,
        # every field with a default factory is given: SQLModel would otherwise ask pydantic for each default,
        # which inspects the factory's signature every time (a tenth of a submission)
        explanation=[],
        cancelled_dates=[],
        created_at=now,
        updated_at=now,
    )
    session.add(request)
    session.flush()
    record_consents(session, "request", row_id(request), data.consents, org_id)
    match_request(uow, row_id(request), new_request=True)
    return request


def correct_request(
    *,
    uow: UnitOfWork,
    request_id: int,
    data: HelpRequestCreate,
    areas_path: Path,
    org_id: str,
    actor: str,
    settings: Settings | None = None,
) -> HelpRequest:
    """Replaces what an open request says (the requester's or staff's correction) and queues a re-match; with
    `settings`, the volunteers of a one-off who now come on added dates are told (see `change_schedule`)."""
    session = uow.session
    request = get_request(session, request_id, org_id)
    if request.status not in OPEN_REQUEST_STATUSES:
        raise Conflict(
            "終了した依頼は直せません。職員に連絡してください。",
            "A closed request cannot be changed; please contact the staff.",
        )
    check_area(data.area, areas_path)
    keep_assigned_dates(session, request, data.schedule or Schedule())
    had = assigned_dates(session, request)
    for key, value in data.model_dump(exclude={"contact", "consents", "external_id", "schedule"}).items():
        setattr(request, key, value)
    request.schedule = stored_schedule(data)
    tell_dates_gained(session, settings, request, had)
    contact = data.contact or Contact()
    request.contact_email, request.contact_phone = contact.email, contact.phone
    request.updated_at = utcnow()
    session.add(request)
    audit(session, actor=actor, action="request_corrected", entity="help_request", entity_id=request_id)
    match_request(uow, request_id)
    return request


def stored_schedule(data: HelpRequestCreate | Schedule) -> dict[str, Any] | None:
    """Returns the schedule as stored (JSON), None for 日程は相談 with no time of day."""
    schedule = data if isinstance(data, Schedule) else data.schedule
    if schedule is None or schedule == Schedule():
        return None
    return schedule.model_dump(mode="json", exclude_defaults=True)


def vanishing_dates(session: Session, request: HelpRequest, schedule: Schedule) -> list[date]:
    """Returns the upcoming dates an approved or accepted volunteer is to come on that `schedule` no longer has
    (a recurring assignment's date, every remaining date of a one-off; cancelled dates left out: those volunteers
    were told already)."""
    from service.proposals.answers import assignment_dates

    today = today_jst()
    cancelled = request.cancelled_dates or []
    assigned = {
        day
        for proposal in taken_open_proposals(session, row_id(request))
        for day in assignment_dates(request, proposal, start=today)
    }
    return sorted(
        day for day in assigned if occurrences(schedule, start=day, limit=1, cancelled=cancelled) != [day]
    )


def keep_assigned_dates(session: Session, request: HelpRequest, schedule: Schedule) -> None:
    """Refuses a schedule that would take away a date a volunteer has been approved or accepted for: nobody told
    them, and they would come for nothing (or never be asked about the new dates)."""
    gone = vanishing_dates(session, request, schedule)
    if gone:
        listed_ja = "、".join(date_text(d, "ja") for d in gone[:3]) + ("ほか" if len(gone) > 3 else "")
        listed_en = ", ".join(date_text(d, "en") for d in gone[:3]) + (" and more" if len(gone) > 3 else "")
        raise Conflict(
            f"この日程では、ボランティアの担当が決まっている日({listed_ja})がなくなります。"
            "その日を残すか、その日が過ぎてから(またはその日を取りやめて手伝い手に知らせてから)変更してください。",
            f"This schedule drops a date a volunteer is assigned to ({listed_en}). Keep that date, or change the "
            "schedule after it has passed (or after cancelling that date, which tells its volunteers).",
            field="schedule",
        )


def assigned_dates(session: Session, request: HelpRequest) -> list[tuple[Proposal, set[date]]]:
    """Returns each approved or accepted proposal of the request with the upcoming dates its volunteer comes on."""
    from service.proposals.answers import assignment_dates

    today = today_jst()
    return [
        (p, set(assignment_dates(request, p, start=today)))
        for p in taken_open_proposals(session, row_id(request))
    ]


def tell_dates_gained(
    session: Session,
    settings: Settings | None,
    request: HelpRequest,
    before: list[tuple[Proposal, set[date]]],
) -> int:
    """After a schedule change, tells each volunteer who now comes on dates they were not told of (a one-off's
    added dates: its volunteers come on every date) through the outbox; returns how many are told."""
    from service.outbox.usecases import tell_dates_added
    from service.proposals.answers import assignment_dates

    if settings is None:
        return 0
    today = today_jst()
    told = 0
    for proposal, had in before:
        gained = sorted(set(assignment_dates(request, proposal, start=today)) - had)
        if gained:
            tell_dates_added(session, settings, proposal, gained)
            told += 1
    return told


def change_schedule(
    *,
    session: Session,
    request_id: int,
    schedule: Schedule,
    org_id: str,
    actor: str,
    settings: Settings | None = None,
) -> HelpRequest:
    """Replaces an open request's schedule (staff's schedule page and API); refused when a date someone is assigned
    to would vanish. Dates may be added: with `settings`, the volunteers of a one-off who now come on more dates are
    told (the outbox, same transaction). The matcher does not read the schedule, so no re-match."""
    get_request(session, request_id, org_id)
    request = lock_row(session, HelpRequest, request_id)
    if request.status in FINAL_REQUEST_STATUSES:
        raise Conflict("この依頼は既に終了しています。", "This request is already closed.", field="schedule")
    keep_assigned_dates(session, request, schedule)
    before = request.schedule
    had = assigned_dates(session, request)
    request.schedule = stored_schedule(schedule)
    request.updated_at = utcnow()
    session.add(request)
    told = tell_dates_gained(session, settings, request, had)
    audit(
        session,
        actor=actor,
        action="schedule_changed",
        entity="help_request",
        entity_id=request_id,
        before=before,
        after=request.schedule,
        volunteers_told=told,
    )
    session.flush()
    return request


def requests_without_dates(
    session: Session, org_id: str, *, today: date | None = None, limit: int = 200
) -> list[tuple[HelpRequest, date | None]]:
    """Returns (request, its last date) of the open requests whose every date has passed or been cancelled (a
    one-off after its day, a recurrence after its end), oldest last date first: staff change the schedule or
    close the request. A request to be arranged (日程は相談) has no date to pass and is never listed."""
    from service.requests.repository import open_schedules, requests_by_ids
    from service.requests.schedule import all_dates

    today = today or today_jst()
    found: list[tuple[date | None, int]] = []
    for rid, raw, cancelled in open_schedules(session, org_id):
        schedule = as_schedule(raw)
        if schedule.kind == ScheduleKind.to_arrange:
            continue
        if occurrences(schedule, start=today, limit=1, cancelled=cancelled or []):
            continue
        last = None
        for day in all_dates(schedule):  # in order: the last one before today
            if day >= today:
                break
            last = day
        found.append((last, rid))
    found.sort(key=lambda f: (f[0] or date.min, f[1]))
    found = found[:limit]
    rows = {row_id(r): r for r in requests_by_ids(session, [rid for _, rid in found])}
    return [(rows[rid], last) for last, rid in found if rid in rows]


def next_dates(request: HelpRequest, *, start: date | None = None, limit: int = 5) -> list[date]:
    """Returns the request's next occurrences from today (JST), the cancelled dates left out."""
    return occurrences(
        as_schedule(request.schedule),
        start=start or today_jst(),
        limit=limit,
        cancelled=request.cancelled_dates or [],
    )


def request_read(
    session: Session, request: HelpRequest, *, with_contact: bool, taken: int | None = None
) -> HelpRequestRead:
    """Returns the API view of a request (`taken`: its approved count when the caller read it already)."""
    contact = Contact(email=request.contact_email, phone=request.contact_phone) if with_contact else None
    return HelpRequestRead(
        **request.model_dump(
            exclude={"contact_email", "contact_phone", "org_id", "schedule", "cancelled_dates"},
            warnings=False,
        ),
        approved_count=approved_count(session, row_id(request)) if taken is None else taken,
        contact=contact,
        schedule=as_schedule(request.schedule),
        cancelled_dates=[date.fromisoformat(d) for d in request.cancelled_dates or []],
        next_dates=next_dates(request),
    )


def request_reads(
    session: Session, requests: list[HelpRequest], *, with_contact: bool
) -> list[HelpRequestRead]:
    """Returns the API views of a page of requests, their approved counts read in one query."""
    taken = approved_counts(session, [row_id(r) for r in requests])
    return [request_read(session, r, with_contact=with_contact, taken=taken[row_id(r)]) for r in requests]


def rematch_request(*, uow: UnitOfWork, request_id: int, staff: StaffUser) -> MatchingJob:
    """Queues a fresh matching run for an open request."""
    request = get_request(uow.session, request_id, staff.org_id)
    if request.status not in OPEN_REQUEST_STATUSES:
        raise Conflict(
            f"この依頼は「{status_label(request.status, 'ja')}」のため再マッチングできません。",
            f"This request cannot be matched again: its state is “{status_label(request.status, 'en')}”.",
        )
    return match_request(uow, request_id)


FINAL_REQUEST_STATUSES = (RequestStatus.done, RequestStatus.closed)


def close_request(
    *,
    session: Session,
    request_id: int,
    data: RequestClose,
    org_id: str,
    actor: str,
    staff_id: int | None = None,
    settings: Settings | None = None,
    by_requester: bool = False,
) -> HelpRequest:
    """Closes a request with its outcome: fulfilled → done, failed / no longer needed → closed.

    Staff close it from the console or the API; a requester withdraws their own through the private link.
    Proposals still pending are rejected (nobody should approve a helper for a closed request). With `settings`,
    a request closed unfulfilled tells its approved and accepted volunteers (the outbox, same transaction): they
    must not turn up for nothing; a fulfilled one tells nobody (they did the work).
    """
    from service.outbox.usecases import tell_cancelled

    get_request(session, request_id, org_id)
    request = lock_row(session, HelpRequest, request_id)
    if request.status in FINAL_REQUEST_STATUSES:
        raise Conflict(
            f"この依頼は既に終了しています（{request.outcome or request.status}）。",
            f"This request is already {request.status} ({request.outcome}).",
        )
    now = utcnow()
    expecting = []
    if settings is not None and data.outcome != RequestOutcome.fulfilled:
        expecting = taken_open_proposals(session, request_id)
    request.status = RequestStatus.done if data.outcome == RequestOutcome.fulfilled else RequestStatus.closed
    request.outcome = data.outcome
    request.outcome_reason = (data.reason or "").strip() or None
    request.closed_at = now
    request.updated_at = now
    session.add(request)
    pending = session.exec(
        select(Proposal).where(Proposal.request_id == request_id, Proposal.status == ProposalStatus.pending)
    ).all()
    for p in pending:
        p.status = ProposalStatus.rejected
        p.decided_by = staff_id
        p.decided_at = now
        p.decision_note = "依頼終了のため"
        p.updated_at = now
        session.add(p)
    audit(
        session,
        actor=actor,
        action="close_request",
        entity="help_request",
        entity_id=request_id,
        outcome=data.outcome,
        reason=request.outcome_reason or "",
        withdrawn_proposals=len(pending),
        volunteers_told=len(expecting),
    )
    for proposal in expecting:
        tell_cancelled(session, settings, proposal, by_requester=by_requester)  # type: ignore[arg-type]
    session.flush()
    return request


def helpers_coming(session: Session, request: HelpRequest, lang: str) -> list[dict[str, str]]:
    """Returns, for each accepted proposal, who comes and when, as the requester's private page shows it.

    The helper's name only with both consents in force (the rule `tell_requester` applies before `disclose()`,
    which wrote the provision rows when the acceptance message was queued); otherwise no name at all."""
    from service.outbox.usecases import assignment_when
    from service.privacy.consent import consent_in_force
    from service.volunteers.repository import get_volunteer

    shown = []
    for proposal in accepted_proposals(session, row_id(request)):
        named = consent_in_force(session, "volunteer", proposal.volunteer_id, "contact_share") and (
            consent_in_force(session, "request", row_id(request), "share_with_volunteer")
        )
        name = get_volunteer(session, proposal.volunteer_id, request.org_id).display_name if named else ""
        shown.append(
            {"name": name, "when": assignment_when(request, proposal, lang), "status": proposal.status}
        )
    return shown


def cancel_by_requester(session: Session, settings: Settings, request_id: int) -> int:
    """The requester cancels the whole request from their private page: closed as no longer needed (pending
    proposals withdrawn by `close_request`), and each approved or accepted volunteer told through the outbox, in
    the same transaction. Returns how many volunteers are told."""
    expecting = len(taken_open_proposals(session, request_id))
    close_request(
        session=session,
        request_id=request_id,
        org_id=settings.org_id,
        data=RequestClose(outcome=RequestOutcome.no_longer_needed, reason="依頼者が取り下げ"),
        actor="requester (private link)",
        settings=settings,
        by_requester=True,
    )
    return expecting


def calendar_day(value: str) -> date:
    """Returns the date a link or API path names (YYYY-MM-DD); one that is no date leads nowhere (404)."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NotFound("日にち", "Date", value) from None


def date_cancel_refusal(request: HelpRequest, day: date) -> Conflict | None:
    """Returns why one date of a request cannot be cancelled (the request is closed; the date is past, cancelled
    already or not in the schedule), or None."""
    if request.status in FINAL_REQUEST_STATUSES:
        return Conflict("この依頼は既に終了しています。", "This request is already closed.")
    if day not in next_dates(request, limit=366):
        return Conflict(
            "この日は取りやめられません(過ぎた日か、既に取りやめた日か、予定にない日です)。",
            "This date cannot be cancelled: it is past, already cancelled or not in the schedule.",
        )
    return None


def cancel_one_date(
    session: Session,
    settings: Settings,
    request_id: int,
    day: date,
    *,
    actor: str = "requester (private link)",
    by_requester: bool = True,
) -> int:
    """Cancels one upcoming date (the others stand): the requester from their private page, or staff from the
    request page or the API. The date is kept in `cancelled_dates`, and each volunteer assigned to it is told
    through the outbox in the same transaction; when staff cancel it, the requester is told too (mail, or a 連絡
    task without an address). Returns how many volunteers are told; a date that is not upcoming (past, cancelled,
    not in the schedule) is refused."""
    from service.outbox.usecases import tell_date_cancelled, tell_requester_date_cancelled
    from service.proposals.answers import assignment_dates

    get_request(session, request_id, settings.org_id)
    request = lock_row(session, HelpRequest, request_id)
    refusal = date_cancel_refusal(request, day)
    if refusal is not None:
        raise refusal
    # who comes on that date: read before the date is marked cancelled
    told = [
        p for p in taken_open_proposals(session, request_id) if day in assignment_dates(request, p, start=day)
    ]
    request.cancelled_dates = sorted({*(request.cancelled_dates or []), day.isoformat()})
    request.updated_at = utcnow()
    session.add(request)
    for proposal in told:
        tell_date_cancelled(session, settings, proposal, day, by_requester=by_requester)
    if not by_requester:
        tell_requester_date_cancelled(session, settings, request, day)
    audit(
        session,
        actor=actor,
        action="cancel_date",
        entity="help_request",
        entity_id=request_id,
        date=day.isoformat(),
        volunteers_told=len(told),
    )
    session.flush()
    return len(told)
