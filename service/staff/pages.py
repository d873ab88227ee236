"""The staff console's login and Today page."""

from __future__ import annotations

from datetime import timedelta

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.response import Template

from schemas.enums import RequestStatus
from schemas.models import (
    StaffUser,
    utcnow,
)
from service.audit import audit
from service.db import row_id
from service.errors import DomainError
from service.outbox.pages import today_summary
from service.proposals.repository import list_pending_request_ids, unrecorded_occurrences
from service.requests.repository import list_requests
from service.requests.rules import reference_number
from service.requests.schedule import date_text, today_jst
from service.requests.usecases import requests_without_dates
from service.settings import Settings
from service.staff.auth import authenticate, close_session, open_session
from service.uow import UnitOfWork
from service.volunteers.repository import list_volunteers
from service.web.deps import SESSION_COOKIE, current_staff, logout_cookie, session_token, staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import as_aware, lang_of, page, redirect


@get("/staff/login", sync_to_thread=True)
def staff_login_form(request: Request) -> Response:
    """The staff login form (already logged in: straight to the console)."""
    if current_staff(request) is not None:
        return redirect("/staff")
    return page(request, "staff/login.html", error=None, next=_safe_next(request.query_params.get("next")))


def _safe_next(value: str | None) -> str:
    # Only local console paths: never an open redirect.
    return value if value and value.startswith("/staff") and "//" not in value else "/staff"


@post("/staff/login", sync_to_thread=True)
def staff_login(request: Request, uow: NamedDependency[UnitOfWork], data: FormData) -> Response:
    """Logs a staff member in with an HttpOnly, SameSite=Strict session cookie."""
    state = request.app.state
    settings: Settings = state.settings
    username, password = form_value(data, "username"), str(data.get("password") or "")
    session = uow.session
    user = authenticate(session, username, password) if username and password else None
    if user is not None:
        token, _ = open_session(session, user, settings)
        audit(session, actor=user.username, action="login", entity="staff_user", entity_id=user.id)
    if user is None:
        return page(
            request,
            "staff/login.html",
            error="login_failed",
            next=_safe_next(form_value(data, "next")),
            username=username,
            status_code=401,
        )
    response = redirect(_safe_next(form_value(data, "next")))
    response.set_cookie(
        key=SESSION_COOKIE,
        value=token,
        httponly=True,
        samesite="strict",
        path="/",
        secure=settings.production,
        max_age=settings.session_absolute_hours * 3600,
    )
    return response


@post("/staff/logout", sync_to_thread=True, guards=[staff_guard])
def staff_logout(request: Request, uow: NamedDependency[UnitOfWork]) -> Response:
    """Ends the session and returns to the login page."""
    session = uow.session
    close_session(session, session_token(request) or "")
    response = redirect("/staff/login")
    response.set_cookie(logout_cookie(request.app.state.settings))
    return response


def current_staff_user(request: Request) -> StaffUser:
    return request.state.staff


@get("/staff", sync_to_thread=True, guards=[staff_guard])
def staff_today(request: Request, uow: NamedDependency[UnitOfWork]) -> Template:
    """Today: new requests, requests waiting for a decision, requests with no candidate, assignments whose date
    passed with nothing recorded, open requests with no date left, recent volunteers."""
    return today_page(request, uow)


def today_page(request: Request, uow: UnitOfWork, *, refusal: DomainError | None = None) -> Template:
    """The Today page; `refusal` puts a refused action's reason above the 「記録がない活動」 list (its status kept)."""
    state = request.app.state
    org = state.settings.org_id
    lang = lang_of(request)
    since = utcnow() - timedelta(days=14)
    session = uow.session
    requests = list_requests(session, org, status=None, limit=500, offset=0)
    pending_ids = list_pending_request_ids(session)
    volunteers = [
        v
        for v in list_volunteers(session, org, status=None, limit=20, offset=0)
        if as_aware(v.created_at) >= since
    ]
    new = [r for r in requests if r.status in (RequestStatus.new, RequestStatus.matching)]
    waiting = [
        r
        for r in requests
        if r.id in pending_ids and r.status in (RequestStatus.proposed, RequestStatus.partially_filled)
    ]
    none = [r for r in requests if r.status == RequestStatus.no_candidates]
    unrecorded = []
    for p, r, name in unrecorded_occurrences(session, org, today_jst()):
        day = p.occurrence_date
        assert day is not None  # the query selects passed dates only
        unrecorded.append(
            {
                "id": p.id,
                "request_id": r.id,
                "reference": reference_number(row_id(r)),
                "title": r.title or r.description[:40],
                "volunteer_id": p.volunteer_id,
                "volunteer": name,
                "day": day.isoformat(),
                "when": date_text(day, lang),
                "status": p.status,
                # the requester cancelled it (the volunteer was told): nothing to record, only to move on
                "cancelled": day.isoformat() in (r.cancelled_dates or []),
            }
        )
    passed = [
        {
            "id": row_id(r),
            "reference": reference_number(row_id(r)),
            "title": r.title or r.description[:40],
            "status": r.status,
            "last": date_text(last, lang) if last else "",
        }
        for r, last in requests_without_dates(session, org)
    ]
    return page(
        request,
        "staff/today.html",
        dates_passed=passed,
        new=new,
        waiting=waiting,
        nocand=none,
        unrecorded=unrecorded,
        volunteers=volunteers,
        outbox=today_summary(session, state.settings),  # 連絡 tasks, failed mail, unanswered asks
        done=request.query_params.get("done") if refusal is None else None,
        refused=(refusal.message_en if lang == "en" else refusal.message_ja) if refusal else "",
        status_code=refusal.status_code if refusal else 200,
    )


PAGES = [
    staff_login_form,
    staff_login,
    staff_logout,
    staff_today,
]
