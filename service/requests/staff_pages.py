"""The staff console's pages of help requests: the list, a request with its candidates, its printable sheet, its
schedule, cancelling one of its dates, closing it and matching it again."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Template

from schemas.enums import OPEN_REQUEST_STATUSES, TAKEN_PROPOSAL_STATUSES, RequestStatus
from schemas.models import HelpRequest, ProposalRead
from service.activities.pages import digital_topics, outcome_labels, staff_page_context
from service.activities.usecases import list_activities
from service.errors import DomainError
from service.privacy.contact import approved_card_contacts, show_contact
from service.privacy.rules import ContactView
from service.proposals.repository import list_proposals
from service.reasons_i18n import skill_label
from service.requests.forms import request_form_values
from service.requests.pages import request_values, schedule_view
from service.requests.repository import approved_count, get_request, search_requests
from service.requests.rules import reference_number
from service.requests.schedule import as_schedule, occurrence_text
from service.requests.usecases import calendar_day, close_request, rematch_request
from service.settings import Settings
from service.staff.pages import current_staff_user
from service.taxonomy.usecases import list_synonyms
from service.uow import UnitOfWork
from service.volunteers.repository import list_volunteers_by_ids
from service.web.deps import WRITES, staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import (
    highlight,
    lang_of,
    page,
    page_taxonomy,
    paged_list,
    redirect,
    search_expander,
    today_jst,
)
from service.web.params import STAFF_ACCESS


@post(
    "/staff/requests/{request_id:int}/close",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=STAFF_ACCESS,
)
def staff_request_close(
    request: Request,
    uow: NamedDependency[UnitOfWork],
    request_id: int,
    data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Any:
    """Closes the request with its outcome and returns to it."""
    from pydantic import ValidationError

    from schemas.activity import RequestClose
    from service.errors import InputError
    from service.web.pages import redirect

    staff = staff_page_context(request)
    typed = {"outcome": form_value(data, "outcome"), "reason": form_value(data, "reason")[:500]}
    try:
        try:
            close = RequestClose.model_validate(
                {"outcome": typed["outcome"], "reason": typed["reason"] or None}
            )
        except ValidationError:
            raise InputError(
                "結果を選び、対応できなかった場合は理由を書いてください。",
                "Choose an outcome; a failed request needs a reason.",
                field="outcome",
            ) from None
        uow.attempt_retrying(
            lambda session: close_request(
                session=session,
                request_id=request_id,
                data=close,
                org_id=staff.org_id,
                actor=staff.username,
                staff_id=staff.id,
                settings=request.app.state.settings,
            )
        )
    except DomainError as exc:
        if exc.status_code == 404:
            raise
        if form_value(data, "from") == "activity":  # closed from the activity form: refused there
            from service.activities.pages import activity_page_refused

            return activity_page_refused(request, uow, request_id, exc)
        return request_page(request, uow, request_id, refusal=("close", exc), form=typed)
    return redirect(f"/staff/requests/{request_id}?done=status")


@get("/staff/requests", sync_to_thread=True, guards=[staff_guard])
def staff_requests(request: Request, uow: NamedDependency[UnitOfWork]) -> Template:
    """Requests searched by words, skill (with the taxonomy's synonyms), status and town, as GET parameters."""
    return _requests_page(request, uow, request.query_params)


def _requests_page(request: Request, uow: UnitOfWork, q: Any) -> Template:
    settings: Settings = request.app.state.settings
    org_id = settings.org_id
    extra: dict[str, list[str]] = {}
    for synonym in list_synonyms(uow.session, org_id):
        extra.setdefault(synonym.skill_id, []).append(synonym.word)
    expand = search_expander(settings, extra)
    rows, pager, filters = paged_list(
        q,
        ("q", "status", "area", "skill"),
        "/staff/requests",
        lambda f, limit, offset: search_requests(
            uow.session,
            org_id,
            words=f["q"],
            skill=f["skill"],
            area=f["area"],
            status=f["status"],
            limit=limit,
            offset=offset,
            expand=expand,
        ),
    )
    return page(
        request,
        "staff/requests.html",
        rows=rows,
        pager=pager,
        **filters,
        statuses=list(RequestStatus),
    )


@get("/staff/requests/{request_id:int}", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
def staff_request(request: Request, uow: NamedDependency[UnitOfWork], request_id: int) -> Template:
    """A request with the matched words highlighted and its ranked candidates with factor bars and reasons."""
    return request_page(request, uow, request_id)


def _load_request(
    request: Request, uow: UnitOfWork, request_id: int
) -> tuple[HelpRequest, bool, list[ProposalRead], int]:
    """Returns what every staff view of one request starts from: the request, whether its contact is shown
    (per service.privacy.rules, the view audited), its proposals and how many helpers are taken."""
    session = uow.session
    help_request = get_request(session, request_id, request.app.state.settings.org_id)
    staff = current_staff_user(request)
    contact_shown = show_contact(
        session,
        role=staff.role,
        actor=staff.username,
        view=ContactView.detail,
        entity="request",
        entity_id=help_request.id,
    )
    return (
        help_request,
        contact_shown,
        list_proposals(session, request_id),
        approved_count(session, request_id),
    )


def request_page(
    request: Request,
    uow: UnitOfWork,
    request_id: int,
    *,
    refusal: tuple[str, DomainError] | None = None,
    form: dict[str, str] | None = None,
) -> Template:
    """The staff page of one request; `refusal` (where, why) puts a refused action's reason next to the button
    that caused it ("p<proposal id>" or "close"), answered with the refusal's status and the typed `form` kept."""
    settings: Settings = request.app.state.settings
    session = uow.session
    staff = current_staff_user(request)
    help_request, contact_shown, proposals, taken = _load_request(request, uow, request_id)
    vids = [p.volunteer_id for p in proposals]
    volunteers = {v.id: v for v in list_volunteers_by_ids(session, vids)}
    concepts = page_taxonomy(settings.taxonomy_path).taxonomy_concepts(
        f"{help_request.title}\n{help_request.description}"
    )
    taken_ids = [p.volunteer_id for p in proposals if p.status in TAKEN_PROPOSAL_STATUSES]
    approved_contacts = approved_card_contacts(
        session,
        role=staff.role,
        actor=staff.username,
        request_id=request_id,
        volunteers=[
            (vid, volunteers[vid].contact_phone, volunteers[vid].contact_email)
            for vid in dict.fromkeys(taken_ids)
            if vid in volunteers
        ],
    )
    activities = list_activities(session, settings.org_id, request_id=request_id, limit=100)
    names = {
        v.id: v.display_name
        for v in list_volunteers_by_ids(session, sorted({i for a in activities for i in a.volunteer_ids}))
    }
    by_volunteer: dict[int, list[Any]] = {}
    for a in activities:
        for vid in a.volunteer_ids:
            by_volunteer.setdefault(vid, []).append(a)
    words = [w for _sid, _label, w in concepts]
    labels = list(
        dict.fromkeys(
            skill_label(label, lang_of(request), settings.taxonomy_path) for _sid, label, _w in concepts
        )
    )
    return page(
        request,
        "staff/request.html",
        r=help_request,
        contact_shown=contact_shown,
        proposals=proposals,
        volunteers=volunteers,
        taken=taken,
        reference=reference_number(request_id),
        labels=labels,
        title_html=highlight(help_request.title, words),
        description_html=highlight(help_request.description, words),
        done=request.query_params.get("done"),
        open_statuses=[s.value for s in OPEN_REQUEST_STATUSES],
        today=today_jst(),
        topics=digital_topics(),
        outcomes=outcome_labels(),
        approved_contacts=approved_contacts,
        activities=[
            {**a.model_dump(), "volunteer_names": [names[i] for i in a.volunteer_ids if i in names]}
            for a in activities
        ],
        activities_by_volunteer=by_volunteer,
        notice_for=request.query_params.get("p", ""),
        approvable=help_request.status in APPROVABLE and taken < help_request.helpers_needed,
        sched=schedule_view(help_request, lang_of(request)),
        refused_at=refusal[0] if refusal else "",
        refused=(refusal[1].message_en if lang_of(request) == "en" else refusal[1].message_ja)
        if refusal
        else "",
        form=form or {},
        status_code=refusal[1].status_code if refusal else 200,
    )


# A request in these states takes approvals (while it still needs helpers); others show no 承認する button.
APPROVABLE = (RequestStatus.proposed, RequestStatus.no_candidates, RequestStatus.partially_filled)


@get("/staff/requests/{request_id:int}/sheet", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
def staff_request_sheet(request: Request, uow: NamedDependency[UnitOfWork], request_id: int) -> Template:
    """The printable 依頼票 of one request (print CSS; contact as the rule allows, the view audited)."""
    help_request, contact_shown, proposals, taken = _load_request(request, uow, request_id)
    return page(
        request,
        "staff/request_sheet.html",
        r=help_request,
        contact_shown=contact_shown,
        taken=taken,
        helpers=[p.volunteer_name for p in proposals if p.status in TAKEN_PROPOSAL_STATUSES],
        reference=reference_number(request_id),
        sched=schedule_view(help_request, lang_of(request)),
    )


def _schedule_page(
    request: Request,
    uow: UnitOfWork,
    request_id: int,
    values: dict[str, Any],
    errors: dict[str, str],
    status_code: int = 200,
) -> Template:
    """Staff's schedule form of one request: the same fieldset and validation as the requester's form."""
    help_request = get_request(uow.session, request_id, request.app.state.settings.org_id)
    return page(
        request,
        "staff/request_schedule.html",
        r=help_request,
        reference=reference_number(request_id),
        sched=schedule_view(help_request, lang_of(request)),
        values=values,
        errors=errors,
        status_code=status_code,
    )


@get("/staff/requests/{request_id:int}/schedule", sync_to_thread=True, guards=[staff_guard])
def staff_request_schedule_form(
    request: Request, uow: NamedDependency[UnitOfWork], request_id: int
) -> Template:
    """The request's schedule as a form, for staff to change (a phone call: 「来月から第3土曜に」)."""
    help_request = get_request(uow.session, request_id, request.app.state.settings.org_id)
    return _schedule_page(request, uow, request_id, request_values(help_request), {})


@post("/staff/requests/{request_id:int}/schedule", sync_to_thread=True, guards=[staff_guard])
def staff_request_schedule(
    request: Request, uow: NamedDependency[UnitOfWork], request_id: int, data: FormData
) -> Response:
    """Saves the new schedule and returns to the request; a refusal (a bad date, a closed request, an assigned date
    that would vanish) comes back to the form with its reason."""
    from service.requests.forms import schedule_errors
    from service.requests.usecases import change_schedule

    staff = current_staff_user(request)
    values = request_form_values(data)
    errors, schedule = schedule_errors(values, lang_of(request))
    if schedule is None:
        return _schedule_page(request, uow, request_id, values, errors, status_code=400)
    try:
        uow.attempt_retrying(
            lambda session: change_schedule(
                session=session,
                request_id=request_id,
                schedule=schedule,
                org_id=staff.org_id,
                actor=staff.username,
                settings=request.app.state.settings,
            )
        )
    except DomainError as exc:
        if exc.status_code == 404:
            raise
        message = exc.message_en if lang_of(request) == "en" else exc.message_ja
        return _schedule_page(
            request, uow, request_id, values, {"schedule": message}, status_code=exc.status_code
        )
    return redirect(f"/staff/requests/{request_id}?done=schedule")


def _staff_date_cancel_page(
    request: Request, uow: UnitOfWork, request_id: int, day: str, *, refusal: DomainError | None = None
) -> Template:
    """Staff's confirmation of cancelling one date: the volunteers of that date (told when it is cancelled), or,
    for a date that cannot be cancelled, the reason and no button (answered 409)."""
    from service.proposals.answers import assignment_dates
    from service.requests.repository import taken_open_proposals
    from service.requests.usecases import date_cancel_refusal

    session = uow.session
    help_request = get_request(session, request_id, request.app.state.settings.org_id)
    when = calendar_day(day)
    lang = lang_of(request)
    refusal = refusal or date_cancel_refusal(help_request, when)
    told = [
        p
        for p in taken_open_proposals(session, request_id)
        if when in assignment_dates(help_request, p, start=when)
    ]
    names = {v.id: v.display_name for v in list_volunteers_by_ids(session, [p.volunteer_id for p in told])}
    return page(
        request,
        "staff/request_date_cancel.html",
        r=help_request,
        reference=reference_number(request_id),
        day=when.isoformat(),
        day_text=occurrence_text(as_schedule(help_request.schedule), when, lang),
        told=[names[p.volunteer_id] for p in told if p.volunteer_id in names],
        refused=(refusal.message_en if lang == "en" else refusal.message_ja) if refusal else "",
        status_code=409 if refusal else 200,
    )


@get("/staff/requests/{request_id:int}/dates/{day:str}/cancel", sync_to_thread=True, guards=[staff_guard])
def staff_request_date_cancel_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], request_id: int, day: str
) -> Template:
    """ "Are you sure?" before staff cancel one date of a request: which date, which volunteers will be told."""
    return _staff_date_cancel_page(request, uow, request_id, day)


@post("/staff/requests/{request_id:int}/dates/{day:str}/cancel", sync_to_thread=True, guards=[staff_guard])
def staff_request_date_cancel(
    request: Request, uow: NamedDependency[UnitOfWork], request_id: int, day: str
) -> Response:
    """Cancels one upcoming date (the others stand); its volunteers are told through the outbox, an audit row
    names the staff member. A date that is past, cancelled already or not in the schedule comes back with why."""
    from service.requests.usecases import cancel_one_date

    staff = current_staff_user(request)
    when = calendar_day(day)
    try:
        uow.attempt_retrying(
            lambda session: cancel_one_date(
                session,
                request.app.state.settings,
                request_id,
                when,
                actor=staff.username,
                by_requester=False,
            )
        )
    except DomainError as exc:
        if exc.status_code == 404:
            raise
        return _staff_date_cancel_page(request, uow, request_id, day, refusal=exc)
    return redirect(f"/staff/requests/{request_id}?done=date_cancelled")


@post("/staff/requests/{request_id:int}/rematch", sync_to_thread=True, guards=[staff_guard])
def staff_rematch(request: Request, uow: NamedDependency[UnitOfWork], request_id: int) -> Response:
    """Queues matching again and returns to the request."""
    staff = current_staff_user(request)
    uow.retrying(lambda: rematch_request(uow=uow, request_id=request_id, staff=staff))
    return redirect(f"/staff/requests/{request_id}?done=rematch")


PAGES = [
    staff_request_close,
    staff_requests,
    staff_request,
    staff_request_sheet,
    staff_request_schedule_form,
    staff_request_schedule,
    staff_request_date_cancel_confirm,
    staff_request_date_cancel,
    staff_rematch,
]
