"""Pages for help requests: the public form and the requester's private link (the staff console's request pages
are in staff_pages)."""

from __future__ import annotations

from datetime import date
from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.response import Template

from schemas.enums import RequestStatus
from schemas.models import HelpRequest
from schemas.schedule import ScheduleKind
from service.errors import DomainError, NotFound
from service.privacy.links import resolve_private_link
from service.requests.forms import parse_request, request_form_values
from service.requests.repository import approved_count, get_request
from service.requests.rules import reference_number, requester_status
from service.requests.schedule import as_schedule, date_text, occurrence_text, rule_text
from service.requests.schedule import today_jst as today_date
from service.requests.usecases import (
    calendar_day,
    correct_request,
    helpers_coming,
    next_dates,
    submit_request,
)
from service.uow import UnitOfWork
from service.web.forms import FormData, form_error, submit_with_link
from service.web.limits import submission_limit
from service.web.pages import (
    lang_of,
    page,
    redirect,
)


def schedule_view(help_request: HelpRequest, lang: str) -> dict[str, Any]:
    """Returns what a page shows of a request's schedule: its rule, its next dates, the cancelled ones."""
    schedule = as_schedule(help_request.schedule)
    return {
        "rule": rule_text(schedule, lang),
        "dated": schedule.kind != ScheduleKind.to_arrange,
        "dates": [
            {"iso": d.isoformat(), "text": occurrence_text(schedule, d, lang)}
            for d in next_dates(help_request, limit=6)
        ],
        "cancelled": [
            date_text(date.fromisoformat(d), lang)
            for d in help_request.cancelled_dates or []
            if date.fromisoformat(d) >= today_date()
        ],
    }


def _request_form_page(
    request: Request,
    values: dict[str, Any],
    errors: dict[str, str],
    status_code: int = 200,
    *,
    action: str = "/request/new",
    mode: str = "new",
) -> Template:
    return page(
        request,
        "request_form.html",
        values=values,
        errors=errors,
        status_code=status_code,
        action=action,
        mode=mode,
    )


@get("/request/new", sync_to_thread=False)
def request_form(request: Request) -> Template:
    """The request form for residents and groups."""
    return _request_form_page(request, request_form_values({}), {})


@post("/request/new", sync_to_thread=True, guards=[submission_limit])
def request_submit(request: Request, uow: NamedDependency[UnitOfWork], data: FormData) -> Response:
    """Submits a request; matching starts in the background and the requester gets a private status page."""
    state = request.app.state
    values, errors, create = parse_request(data, lang=lang_of(request))
    if create is not None:
        try:
            return submit_with_link(
                request,
                uow,
                "request",
                lambda uow: submit_request(
                    uow=uow,
                    data=create,
                    areas_path=state.settings.areas_path,
                    org_id=state.settings.org_id,
                ),
            )
        except DomainError as exc:
            form_error(request, errors, exc)
    return _request_form_page(request, values, errors, status_code=400)


@get("/r/{token:str}", sync_to_thread=True)
def request_private(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Template:
    """The requester's status page: reference number, state in plain words, how many helpers are found."""
    state = request.app.state
    session = uow.session
    help_request = get_request(
        session, resolve_private_link(session, token, "request"), state.settings.org_id
    )
    taken = approved_count(session, help_request.id)  # type: ignore[arg-type]
    shown = requester_status(RequestStatus(help_request.status))
    return page(
        request,
        "request_private.html",
        r=help_request,
        shown_status=shown,
        taken=taken,
        token=token,
        coming=helpers_coming(session, help_request, lang_of(request)),
        reference=reference_number(help_request.id),  # type: ignore[arg-type]
        welcome=request.query_params.get("welcome") == "1",
        saved=request.query_params.get("saved") == "1",
        date_cancelled=request.query_params.get("cancelled") == "1",
        sched=schedule_view(help_request, lang_of(request)),
    )


def request_values(r: HelpRequest) -> dict[str, Any]:
    """Returns a stored request as the request form's values."""
    schedule = as_schedule(r.schedule)
    return request_form_values(
        {
            "requester_kind": r.requester_kind,
            "requester_name": r.requester_name,
            "title": r.title,
            "description": r.description,
            "area": r.area or "",
            "slots": list(r.slots),
            "flexible": not r.slots,
            "languages": list(r.languages),
            "remote_ok": r.remote_ok,
            "helpers_needed": str(r.helpers_needed),
            "email": r.contact_email or "",
            "phone": r.contact_phone or "",
            "schedule_kind": schedule.kind.value,
            "dates": [d.isoformat() for d in schedule.dates],
            "weekday": schedule.weekday or "",
            "nth": str(schedule.nth or ""),
            "start": schedule.start.isoformat() if schedule.start else "",
            "end": schedule.end.isoformat() if schedule.end else "",
            "time_of_day": schedule.time_of_day or "",
            "start_time": schedule.start_time or "",
        }
    )


@get("/r/{token:str}/edit", sync_to_thread=True)
def request_private_edit_form(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Template:
    """The request form filled in, for the requester to correct."""
    state = request.app.state
    session = uow.session
    help_request = get_request(
        session, resolve_private_link(session, token, "request"), state.settings.org_id
    )
    return _request_form_page(
        request, request_values(help_request), {}, action=f"/r/{token}/edit", mode="edit"
    )


@post("/r/{token:str}/edit", sync_to_thread=True)
def request_private_edit(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, data: FormData
) -> Response:
    """Saves the requester's correction; matching runs again on the new text."""
    state = request.app.state
    values, errors, correction = parse_request(data, consent=False, lang=lang_of(request))
    if correction is not None:
        try:
            uow.retrying(lambda: _correct(uow, token, correction, state.settings))
            return redirect(f"/r/{token}?saved=1")
        except DomainError as exc:
            form_error(request, errors, exc)
    return _request_form_page(
        request, values, errors, status_code=400, action=f"/r/{token}/edit", mode="edit"
    )


def _correct(uow: UnitOfWork, token: str, correction: Any, settings: Any) -> None:
    """The requester's correction as one attempt (a refusal undoes it and reaches the caller)."""
    with uow.attempt() as session:
        request_id = resolve_private_link(session, token, "request")
        correct_request(
            uow=uow,
            request_id=request_id,
            data=correction,
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            actor="requester (private link)",
            settings=settings,
        )


@get("/r/{token:str}/withdraw", sync_to_thread=True)
def request_private_withdraw_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], token: str
) -> Template:
    """ "Are you sure?" before the requester cancels the whole request: what it means, who is told."""
    state = request.app.state
    session = uow.session
    help_request = get_request(
        session, resolve_private_link(session, token, "request"), state.settings.org_id
    )
    return page(
        request,
        "request_withdraw_confirm.html",
        r=help_request,
        token=token,
        reference=reference_number(help_request.id),  # type: ignore[arg-type]
    )


@post("/r/{token:str}/withdraw", sync_to_thread=True)
def request_private_withdraw(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Response:
    """The requester cancels their own request (no longer needed): pending proposals are withdrawn with it, and
    the volunteers already approved or accepted are told through the outbox."""
    from service.requests.usecases import cancel_by_requester

    state = request.app.state
    session = uow.session
    request_id = resolve_private_link(session, token, "request")
    uow.retrying(lambda: cancel_by_requester(session, state.settings, request_id))
    return redirect(f"/r/{token}?saved=1")


@get("/r/{token:str}/dates/{day:str}/cancel", sync_to_thread=True)
def request_private_date_cancel_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, day: str
) -> Template:
    """ "Are you sure?" before the requester cancels one date: which date, that the others stay, who is told."""
    state = request.app.state
    session = uow.session
    help_request = get_request(
        session, resolve_private_link(session, token, "request"), state.settings.org_id
    )
    when = calendar_day(day)
    if when not in next_dates(help_request, limit=366):
        raise NotFound("日にち", "Date", day)
    return page(
        request,
        "request_date_cancel_confirm.html",
        r=help_request,
        token=token,
        day=when.isoformat(),
        day_text=occurrence_text(as_schedule(help_request.schedule), when, lang_of(request)),
        reference=reference_number(help_request.id),  # type: ignore[arg-type]
    )


@post("/r/{token:str}/dates/{day:str}/cancel", sync_to_thread=True)
def request_private_date_cancel(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, day: str
) -> Response:
    """The requester cancels one upcoming date; the volunteers assigned to it are told through the outbox."""
    from service.requests.usecases import cancel_one_date

    state = request.app.state
    session = uow.session
    request_id = resolve_private_link(session, token, "request")
    when = calendar_day(day)
    uow.retrying(lambda: cancel_one_date(session, state.settings, request_id, when))
    return redirect(f"/r/{token}?cancelled=1")


PAGES = [
    request_form,
    request_submit,
    request_private,
    request_private_edit_form,
    request_private_edit,
    request_private_withdraw_confirm,
    request_private_withdraw,
    request_private_date_cancel_confirm,
    request_private_date_cancel,
]
