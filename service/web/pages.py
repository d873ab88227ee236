"""HTML pages: public registration and request forms, private links, and the staff console.

Thin shells like the JSON API: parse the form, call a use-case inside a unit of work, ring the doorbell after
commit, then redirect (POST → 303 → GET) so that every form works without JavaScript.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from litestar import Request, Response, Router, get, post
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.exceptions import HTTPException, NotAuthorizedException, NotFoundException
from litestar.params import Body
from litestar.response import Redirect, Template
from markupsafe import Markup, escape
from pydantic import ValidationError
from sqlmodel import Session, col, select

from schemas.enums import ProposalStatus, RequestStatus, Roster, VolunteerStatus
from schemas.models import (
    AuditEvent,
    HelpRequest,
    HelpRequestCreate,
    PrivateLink,
    StaffUser,
    Volunteer,
    VolunteerCreate,
    VolunteerUpdate,
    utcnow,
)
from service import usecases
from service.areas import area_names
from service.auth import authenticate, close_session, hash_token, open_session
from service.db import unit_of_work
from service.errors import DomainError, InputError
from service.settings import Settings
from service.web.deps import SESSION_COOKIE, current_staff, session_token, staff_guard
from service.web.pages_i18n import DAYS, LANGUAGE_CHOICES, PERIODS, translate

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
LANG_COOKIE = "sb_lang"
STAFF_PAGE = {"guards": [staff_guard]}
# Every page may show personal data or a private link: never cache, never leak the address to other sites.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


# ---------------------------------------------------------------- rendering


def lang_of(request: Request) -> str:
    """Returns "en" or "ja": the ?lang= choice, else the remembered one, else Japanese."""
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "ja"
    return "en" if chosen == "en" else "ja"


@lru_cache(maxsize=4)
def _taxonomy(path: Path):  # type: ignore[no-untyped-def]
    import matching

    return matching.load_taxonomy(path)


@lru_cache(maxsize=4)
def skill_suggestions(path: Path) -> list[str]:
    """Returns taxonomy labels and common synonyms, for the skills datalist (typing shows suggestions)."""
    import json

    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    words: list[str] = []
    for skill in raw.get("skills", []):
        words.append(skill["label_ja"])
        words.extend(w for w in skill.get("synonyms", [])[:6] if len(w) > 1)
    return list(dict.fromkeys(words))


def page(request: Request, template: str, *, status_code: int = 200, **context: Any) -> Template:
    """Returns a rendered page with the translator, the language and the logged-in staff member in its context."""
    lang = lang_of(request)
    settings: Settings = request.app.state.settings

    def t(key: str) -> str:
        return translate(key, lang)

    base = {
        "t": t,
        "lang": lang,
        "staff": getattr(request.state, "staff", None),
        "path": request.url.path,
        "areas": area_names(settings.areas_path),
        "days": DAYS,
        "periods": PERIODS,
        "language_choices": LANGUAGE_CHOICES,
        "other_lang": "ja" if lang == "en" else "en",
    }
    cookies = []
    if request.query_params.get("lang") in ("ja", "en"):
        cookies.append(Cookie(key=LANG_COOKIE, value=lang, path="/", samesite="lax", max_age=365 * 86400))
    return Template(
        template_name=template,
        context={**base, **context},
        status_code=status_code,
        headers=SECURITY_HEADERS,
        cookies=cookies,
    )


def redirect(path: str) -> Redirect:
    return Redirect(path=path, status_code=303, headers=SECURITY_HEADERS)


def page_error_handler(request: Request, exc: Exception) -> Response:
    """Renders failures on page routes as an HTML page in plain words (the JSON API keeps its own handlers)."""
    if isinstance(exc, NotAuthorizedException):
        return redirect("/staff/login?next=" + quote(request.url.path, safe="/"))
    if isinstance(exc, DomainError):
        status, ja, en = exc.status_code, exc.message_ja, exc.message_en
    elif isinstance(exc, HTTPException) and exc.status_code < 500:
        status = exc.status_code
        ja, en = {
            404: ("ページが見つかりません。", "Page not found."),
            403: (
                "この操作はできません。ページを読み込み直してから、もう一度お試しください。",
                "This action is not allowed. Reload the page and try again.",
            ),
        }.get(status, ("送信内容を処理できませんでした。", "The request could not be processed."))
    else:
        import logging

        logging.getLogger("skillbank.web").error("page error %s", type(exc).__name__, exc_info=exc)
        status, ja, en = (
            500,
            "サーバーで問題が発生しました。時間をおいてお試しください。",
            "Something went wrong. Please try again later.",
        )
    return page(request, "error.html", status_code=status, message=en if lang_of(request) == "en" else ja)


def _page_exception_handlers() -> dict[Any, Callable[..., Response]]:
    # Page routes must answer every failure the app-level JSON handlers know with HTML instead.
    from service.web.errors import EXCEPTION_HANDLERS

    return {exc_type: page_error_handler for exc_type in EXCEPTION_HANDLERS}


# ---------------------------------------------------------------- forms


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in items if str(v).strip()]


def _one(form: dict[str, Any], key: str) -> str:
    values = _list(form.get(key))
    return values[0] if values else ""


_FIELD_ERROR = {
    "display_name": "e_display_name",
    "requester_name": "e_requester_name",
    "rosters": "e_rosters",
    "description": "e_description",
    "email": "e_email",
    "phone": "e_phone",
    "languages": "e_languages",
    "max_per_month": "e_number",
    "helpers_needed": "e_number",
    "bio": "e_too_long",
    "title": "e_too_long",
    "skills": "e_too_long",
}


def _errors_from(exc: ValidationError) -> dict[str, str]:
    errors: dict[str, str] = {}
    for item in exc.errors():
        loc = [str(p) for p in item.get("loc", ())]
        field = loc[-1] if loc and loc[0] == "contact" else (loc[0] if loc else "form")
        errors.setdefault(field, _FIELD_ERROR.get(field, "e_generic"))
    return errors


def _contact(form: dict[str, Any], errors: dict[str, str], *, required: bool) -> dict[str, str | None]:
    email, phone = _one(form, "email") or None, _one(form, "phone") or None
    if required and not email and not phone:
        errors["contact"] = "e_contact"
    return {"email": email, "phone": phone}


def volunteer_form_values(form: dict[str, Any]) -> dict[str, Any]:
    """Returns the volunteer form as values for re-rendering and for the model."""
    return {
        "display_name": _one(form, "display_name"),
        "rosters": _list(form.get("rosters")),
        "skills": _list(form.get("skills")),
        "bio": _one(form, "bio"),
        "area": _one(form, "area") or None,
        "availability": _list(form.get("availability")),
        "languages": _list(form.get("languages")) or ["ja"],
        "max_per_month": _one(form, "max_per_month") or "4",
        "email": _one(form, "email"),
        "phone": _one(form, "phone"),
        "consent_use": bool(form.get("consent_use")),
        "consent_contact": bool(form.get("consent_contact")),
        "consent_share": bool(form.get("consent_share")),
    }


def parse_volunteer(
    form: dict[str, Any], *, consent: bool, model: type = VolunteerCreate
) -> tuple[dict[str, Any], dict[str, str], Any]:
    """Returns (values, errors by field, the validated model or None)."""
    values = volunteer_form_values(form)
    errors: dict[str, str] = {}
    contact = _contact(form, errors, required=consent)
    if consent and not (values["consent_use"] and values["consent_contact"]):
        errors["consent"] = "e_consent"
    data = {
        k: values[k]
        for k in (
            "display_name",
            "rosters",
            "skills",
            "bio",
            "area",
            "availability",
            "languages",
            "max_per_month",
        )
    }
    data["contact"] = contact
    if consent:  # the registration form asks; an edit changes consents only through staff (rights API)
        data["consents"] = {"contact_share": values["consent_share"]}
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        errors = {**_errors_from(exc), **errors}
        obj = None
    return values, errors, (None if errors else obj)


def request_form_values(form: dict[str, Any]) -> dict[str, Any]:
    """Returns the request form as values for re-rendering and for the model."""
    return {
        "requester_kind": _one(form, "requester_kind") or "resident",
        "requester_name": _one(form, "requester_name"),
        "title": _one(form, "title"),
        "description": _one(form, "description"),
        "area": _one(form, "area") or None,
        "slots": _list(form.get("slots")),
        "flexible": bool(form.get("flexible")),
        "languages": _list(form.get("languages")) or ["ja"],
        "remote_ok": bool(form.get("remote_ok")),
        "helpers_needed": _one(form, "helpers_needed") or "1",
        "email": _one(form, "email"),
        "phone": _one(form, "phone"),
        "consent_use": bool(form.get("consent_use")),
        "consent_share": bool(form.get("consent_share")),
        "consent_sensitive": bool(form.get("consent_sensitive")),
    }


def parse_request(
    form: dict[str, Any], *, consent: bool = True
) -> tuple[dict[str, Any], dict[str, str], HelpRequestCreate | None]:
    """Returns (values, errors by field, the validated request or None); a correction asks no consent again."""
    values = request_form_values(form)
    errors: dict[str, str] = {}
    contact = _contact(form, errors, required=True)
    if consent and not values["consent_use"]:
        errors["consent"] = "e_consent"
    data = {
        k: values[k]
        for k in (
            "requester_kind",
            "requester_name",
            "title",
            "description",
            "area",
            "languages",
            "remote_ok",
            "helpers_needed",
        )
    }
    data["slots"] = [] if values["flexible"] else values["slots"]
    data["contact"] = contact
    if consent:
        data["consents"] = {
            "share_with_volunteer": values["consent_share"],
            "sensitive": values["consent_sensitive"],
        }
    try:
        obj = HelpRequestCreate.model_validate(data)
    except ValidationError as exc:
        errors = {**_errors_from(exc), **errors}
        obj = None
    return values, errors, (None if errors else obj)


# ---------------------------------------------------------------- private links


def create_private_link(session: Session, *, kind: str, entity_id: int, org_id: str) -> str:
    """Returns a new unguessable token for the entity; only its SHA-256 is stored."""
    token = secrets.token_urlsafe(24)
    session.add(PrivateLink(token_hash=hash_token(token), kind=kind, entity_id=entity_id, org_id=org_id))
    return token


def resolve_private_link(session: Session, token: str, kind: str) -> int:
    """Returns the entity id behind a private link, or raises 404."""
    link = session.get(PrivateLink, hash_token(token)) if 10 <= len(token) <= 100 else None
    if link is None or link.kind != kind:
        raise NotFoundException()
    return link.entity_id


def reference_number(request_id: int) -> str:
    """Returns the reference number people quote on the phone (R-000042)."""
    return f"R-{request_id:06d}"


# ---------------------------------------------------------------- public pages


@get("/", sync_to_thread=False)
def home(request: Request) -> Template:
    """The top page: register or ask for help."""
    return page(request, "home.html")


def _volunteer_form_page(
    request: Request,
    values: dict[str, Any],
    errors: dict[str, str],
    *,
    action: str,
    mode: str,
    status_code: int = 200,
) -> Template:
    settings: Settings = request.app.state.settings
    return page(
        request,
        "volunteer_form.html",
        values=values,
        errors=errors,
        action=action,
        mode=mode,
        suggestions=skill_suggestions(settings.taxonomy_path),
        status_code=status_code,
    )


@get("/volunteer/register", sync_to_thread=True)
def volunteer_register_form(request: Request) -> Template:
    """The volunteer registration form."""
    return _volunteer_form_page(
        request, volunteer_form_values({}), {}, action="/volunteer/register", mode="register"
    )


def _form_error(request: Request, errors: dict[str, str], exc: DomainError) -> None:
    """Puts a use-case's refusal next to its field (or atop the form), in the page's language."""
    errors[exc.field or "form"] = exc.message_en if lang_of(request) == "en" else exc.message_ja


def _submit_with_link(request: Request, kind: str, create: Any) -> Response:
    """Stores a public submission with its private link in one transaction, rings the matcher, shows the link."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        entity, job = create(session)
        token = create_private_link(session, kind=kind, entity_id=entity.id, org_id=state.settings.org_id)
    state.dispatcher.dispatch([job.id])
    return redirect(f"/{kind[0]}/{token}?welcome=1")


@post("/volunteer/register", sync_to_thread=True)
def volunteer_register(request: Request, data: FormData) -> Response:
    """Registers a volunteer and sends them to their private page."""
    state = request.app.state
    values, errors, create = parse_volunteer(data, consent=True)
    if create is not None:
        try:
            return _submit_with_link(
                request,
                "volunteer",
                lambda session: usecases.register_volunteer(
                    session=session,
                    data=create,
                    areas_path=state.settings.areas_path,
                    org_id=state.settings.org_id,
                ),
            )
        except DomainError as exc:
            _form_error(request, errors, exc)
    return _volunteer_form_page(
        request, values, errors, action="/volunteer/register", mode="register", status_code=400
    )


def _volunteer_view(volunteer: Volunteer) -> dict[str, Any]:
    return {
        **volunteer.model_dump(warnings=False),
        "email": volunteer.contact_email or "",
        "phone": volunteer.contact_phone or "",
    }


@get("/v/{token:str}", sync_to_thread=True)
def volunteer_private(request: Request, token: str) -> Template:
    """A volunteer's private page: what they registered, pause / resume / withdraw, a link to change it."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer = usecases.get_volunteer(
            session, resolve_private_link(session, token, "volunteer"), state.settings.org_id
        )
    return page(
        request,
        "volunteer_private.html",
        v=_volunteer_view(volunteer),
        token=token,
        welcome=request.query_params.get("welcome") == "1",
        saved=request.query_params.get("saved") == "1",
    )


@get("/v/{token:str}/edit", sync_to_thread=True)
def volunteer_private_edit_form(request: Request, token: str) -> Template:
    """The registration form filled in, for the volunteer to change."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer = usecases.get_volunteer(
            session, resolve_private_link(session, token, "volunteer"), state.settings.org_id
        )
    return _volunteer_form_page(
        request, _volunteer_view(volunteer), {}, action=f"/v/{token}/edit", mode="edit"
    )


def _apply_volunteer_update(state: Any, volunteer_id: int, update: VolunteerUpdate, actor: str) -> None:
    with unit_of_work(state.engine) as session:
        _, jobs = usecases.update_volunteer(
            session=session,
            volunteer_id=volunteer_id,
            data=update,
            areas_path=state.settings.areas_path,
            org_id=state.settings.org_id,
            actor=actor,
        )
    state.dispatcher.dispatch([job.id for job in jobs])


@post("/v/{token:str}/edit", sync_to_thread=True)
def volunteer_private_edit(request: Request, token: str, data: FormData) -> Response:
    """Saves the volunteer's own changes."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer_id = resolve_private_link(session, token, "volunteer")
    values, errors, update = parse_volunteer(data, consent=False, model=VolunteerUpdate)
    if update is not None:
        try:
            _apply_volunteer_update(state, volunteer_id, update, actor="volunteer (private link)")
            return redirect(f"/v/{token}?saved=1")
        except DomainError as exc:
            _form_error(request, errors, exc)
    return _volunteer_form_page(
        request, values, errors, action=f"/v/{token}/edit", mode="edit", status_code=400
    )


def _status_from_form(data: dict[str, Any]) -> VolunteerStatus:
    try:
        return VolunteerStatus(_one(data, "status"))
    except ValueError:
        raise HTTPException(status_code=400) from None


@post("/v/{token:str}/status", sync_to_thread=True)
def volunteer_private_status(request: Request, token: str, data: FormData) -> Response:
    """Pauses, resumes or withdraws the volunteer's own registration."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer_id = resolve_private_link(session, token, "volunteer")
    _apply_volunteer_update(
        state, volunteer_id, VolunteerUpdate(status=_status_from_form(data)), actor="volunteer (private link)"
    )
    return redirect(f"/v/{token}?saved=1")


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


@post("/request/new", sync_to_thread=True)
def request_submit(request: Request, data: FormData) -> Response:
    """Submits a request; matching starts in the background and the requester gets a private status page."""
    state = request.app.state
    values, errors, create = parse_request(data)
    if create is not None:
        try:
            return _submit_with_link(
                request,
                "request",
                lambda session: usecases.submit_request(
                    session=session,
                    data=create,
                    areas_path=state.settings.areas_path,
                    org_id=state.settings.org_id,
                ),
            )
        except DomainError as exc:
            _form_error(request, errors, exc)
    return _request_form_page(request, values, errors, status_code=400)


@get("/r/{token:str}", sync_to_thread=True)
def request_private(request: Request, token: str) -> Template:
    """The requester's status page: reference number, state in plain words, how many helpers are found."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        help_request = usecases.get_request(
            session, resolve_private_link(session, token, "request"), state.settings.org_id
        )
        taken = usecases.approved_count(session, help_request.id)  # type: ignore[arg-type]
    # The matcher's internal states are staff business; the requester sees "staff are reviewing" until a decision.
    shown = help_request.status
    if shown in (RequestStatus.new, RequestStatus.matching, RequestStatus.no_candidates):
        shown = RequestStatus.proposed
    return page(
        request,
        "request_private.html",
        r=help_request,
        shown_status=shown,
        taken=taken,
        token=token,
        reference=reference_number(help_request.id),  # type: ignore[arg-type]
        welcome=request.query_params.get("welcome") == "1",
        saved=request.query_params.get("saved") == "1",
    )


def _request_values(r: HelpRequest) -> dict[str, Any]:
    """Returns a stored request as the request form's values."""
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
        }
    )


@get("/r/{token:str}/edit", sync_to_thread=True)
def request_private_edit_form(request: Request, token: str) -> Template:
    """The request form filled in, for the requester to correct."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        help_request = usecases.get_request(
            session, resolve_private_link(session, token, "request"), state.settings.org_id
        )
    return _request_form_page(
        request, _request_values(help_request), {}, action=f"/r/{token}/edit", mode="edit"
    )


@post("/r/{token:str}/edit", sync_to_thread=True)
def request_private_edit(request: Request, token: str, data: FormData) -> Response:
    """Saves the requester's correction; matching runs again on the new text."""
    state = request.app.state
    values, errors, correction = parse_request(data, consent=False)
    if correction is not None:
        try:
            with unit_of_work(state.engine) as session:
                request_id = resolve_private_link(session, token, "request")
                _, job = usecases.correct_request(
                    session=session,
                    request_id=request_id,
                    data=correction,
                    areas_path=state.settings.areas_path,
                    org_id=state.settings.org_id,
                    actor="requester (private link)",
                )
            state.dispatcher.dispatch([job.id])  # type: ignore[list-item]
            return redirect(f"/r/{token}?saved=1")
        except DomainError as exc:
            _form_error(request, errors, exc)
    return _request_form_page(
        request, values, errors, status_code=400, action=f"/r/{token}/edit", mode="edit"
    )


@post("/r/{token:str}/withdraw", sync_to_thread=True)
def request_private_withdraw(request: Request, token: str) -> Response:
    """The requester withdraws their own request (no longer needed); pending proposals are withdrawn with it."""
    from schemas.activity import RequestClose, RequestOutcome
    from service.activities import close_request

    state = request.app.state
    with unit_of_work(state.engine) as session:
        request_id = resolve_private_link(session, token, "request")
        close_request(
            session=session,
            request_id=request_id,
            org_id=state.settings.org_id,
            data=RequestClose(outcome=RequestOutcome.no_longer_needed, reason="依頼者が取り下げ"),
            actor="requester (private link)",
        )
    return redirect(f"/r/{token}?saved=1")


# ---------------------------------------------------------------- staff: login


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
def staff_login(request: Request, data: FormData) -> Response:
    """Logs a staff member in with an HttpOnly, SameSite=Strict session cookie."""
    state = request.app.state
    settings: Settings = state.settings
    username, password = _one(data, "username"), str(data.get("password") or "")
    with unit_of_work(state.engine) as session:
        user = authenticate(session, username, password) if username and password else None
        if user is not None:
            token, _ = open_session(session, user, settings)
            usecases.audit(
                session, actor=user.username, action="login", entity="staff_user", entity_id=user.id
            )
    if user is None:
        return page(
            request,
            "staff/login.html",
            error="login_failed",
            next=_safe_next(_one(data, "next")),
            username=username,
            status_code=401,
        )
    response = redirect(_safe_next(_one(data, "next")))
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


@post("/staff/logout", sync_to_thread=True, **STAFF_PAGE)
def staff_logout(request: Request) -> Response:
    """Ends the session and returns to the login page."""
    with unit_of_work(request.app.state.engine) as session:
        close_session(session, session_token(request) or "")
    response = redirect("/staff/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# ---------------------------------------------------------------- staff: console


def _staff(request: Request) -> StaffUser:
    return request.state.staff  # type: ignore[no-any-return]


@get("/staff", sync_to_thread=True, **STAFF_PAGE)
def staff_today(request: Request) -> Template:
    """Today: new requests, requests waiting for a decision, requests with no candidate, recent volunteers."""
    state = request.app.state
    org = state.settings.org_id
    since = utcnow() - timedelta(days=14)
    with unit_of_work(state.engine) as session:
        requests = usecases.list_requests(session, org, status=None, limit=500, offset=0)
        pending_ids = set(
            session.exec(
                select(col(usecases.Proposal.request_id)).where(
                    usecases.Proposal.status == ProposalStatus.pending
                )
            ).all()
        )
        volunteers = [
            v
            for v in usecases.list_volunteers(session, org, status=None, limit=20, offset=0)
            if _aware(v.created_at) >= since
        ]
    new = [r for r in requests if r.status in (RequestStatus.new, RequestStatus.matching)]
    waiting = [
        r
        for r in requests
        if r.id in pending_ids and r.status in (RequestStatus.proposed, RequestStatus.partially_filled)
    ]
    none = [r for r in requests if r.status == RequestStatus.no_candidates]
    return page(request, "staff/today.html", new=new, waiting=waiting, nocand=none, volunteers=volunteers)


def _aware(dt: Any) -> Any:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def search_key(text: str) -> str:
    """Returns text folded for search: NFKC, case, hiragana → katakana, no spaces (kana-insensitive)."""
    from matching.normalize import normalize

    return normalize(text).replace(" ", "")


@get("/staff/requests", sync_to_thread=True, **STAFF_PAGE)
def staff_requests(request: Request) -> Template:
    """Requests with filters by status and town in the address (no personal data there)."""
    return _requests_page(request, request.query_params)


@post("/staff/requests", sync_to_thread=True, **STAFF_PAGE)
def staff_requests_search(request: Request, data: FormData) -> Template:
    """Requests searched by words (kana-insensitive) and skill: posted, so names never appear in an address or log."""
    return _requests_page(request, {k: _one(data, k) for k in ("q", "status", "area", "skill")})


def _requests_page(request: Request, q: Any) -> Template:
    state = request.app.state
    words, status, area, skill = q.get("q", ""), q.get("status", ""), q.get("area", ""), q.get("skill", "")
    with unit_of_work(state.engine) as session:
        rows = usecases.list_requests(
            session, state.settings.org_id, status=status or None, limit=2000, offset=0
        )
    key, skill_key = search_key(words), search_key(skill)
    rows = [
        r
        for r in rows
        if (not area or r.area == area)
        and (not key or key in search_key(" ".join([r.requester_name, r.title, r.description, *r.skills])))
        and (not skill_key or skill_key in search_key(" ".join([r.title, r.description, *r.skills])))
    ]
    return page(
        request,
        "staff/requests.html",
        rows=rows[:200],
        q=words,
        status=status,
        area=area,
        skill=skill,
        statuses=list(RequestStatus),
    )


def highlight(text: str, words: list[str]) -> Markup:
    """Returns the text HTML-escaped with the given words wrapped in <mark> (case- and kana-insensitive)."""
    import re

    variants: set[str] = set()
    for word in words:
        if word:
            variants |= {word, word.translate(_KATA_TO_HIRA), word.translate(_HIRA_TO_KATA)}
    if not variants:
        return Markup(escape(text))
    pattern = re.compile(
        "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)), re.IGNORECASE
    )
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [str(escape(text[last : m.start()])), f"<mark>{escape(m.group(0))}</mark>"]
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}
_HIRA_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}


@get("/staff/requests/{request_id:int}", sync_to_thread=True, **STAFF_PAGE)
def staff_request(request: Request, request_id: int) -> Template:
    """A request with the matched words highlighted and its ranked candidates with factor bars and reasons."""
    state = request.app.state
    settings: Settings = state.settings
    with unit_of_work(state.engine) as session:
        help_request = usecases.get_request(session, request_id, settings.org_id)
        proposals = usecases.list_proposals(session, request_id)
        taken = usecases.approved_count(session, request_id)
        vids = [p.volunteer_id for p in proposals]
        volunteers = {
            v.id: v for v in session.exec(select(Volunteer).where(col(Volunteer.id).in_(vids))).all()
        }
    concepts = _taxonomy(settings.taxonomy_path).taxonomy_concepts(
        f"{help_request.title}\n{help_request.description}"
    )
    words = [w for _sid, _label, w in concepts]
    labels = list(dict.fromkeys(label for _sid, label, _w in concepts))
    return page(
        request,
        "staff/request.html",
        r=help_request,
        proposals=proposals,
        volunteers=volunteers,
        taken=taken,
        reference=reference_number(request_id),
        labels=labels,
        title_html=highlight(help_request.title, words),
        description_html=highlight(help_request.description, words),
        done=request.query_params.get("done"),
        open_statuses=[s.value for s in usecases.OPEN_REQUEST_STATUSES],
        today=_today_jst(),
        topics=_digital_topics(),
        outcomes=_outcomes(),
    )


def _today_jst() -> str:
    from datetime import datetime

    from service.metrics import JST

    return datetime.now(JST).date().isoformat()


def local_time(moment: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Returns a stored (UTC) time as the council reads it, in Asia/Tokyo."""
    from service.metrics import JST

    if moment is None:
        return ""
    return _aware(moment).astimezone(JST).strftime(fmt)


def _outcomes() -> dict[str, str]:
    from schemas.activity import OUTCOME_JA

    return {str(k.value): v for k, v in OUTCOME_JA.items()}


def _digital_topics() -> dict[str, str]:
    from schemas.activity import DIGITAL_TOPIC_JA

    return {str(k.value): v for k, v in DIGITAL_TOPIC_JA.items()}


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, **STAFF_PAGE)
def staff_approve(request: Request, proposal_id: int) -> Response:
    """Approves a proposal and returns to its request."""
    with unit_of_work(request.app.state.engine) as session:
        proposal = usecases.approve_proposal(session=session, proposal_id=proposal_id, staff=_staff(request))
    return redirect(f"/staff/requests/{proposal.request_id}?done=approve#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/reject", sync_to_thread=True, **STAFF_PAGE)
def staff_reject(request: Request, proposal_id: int, data: FormData) -> Response:
    """Rejects a proposal with an optional reason and returns to its request."""
    state = request.app.state
    reason = _one(data, "reason")[:500] or None
    with unit_of_work(state.engine) as session:
        proposal, job = usecases.reject_proposal(
            session=session, proposal_id=proposal_id, staff=_staff(request), reason=reason
        )
    if job is not None:
        state.dispatcher.dispatch([job.id])
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/activity", sync_to_thread=True, **STAFF_PAGE)
def staff_record_activity(request: Request, proposal_id: int, data: FormData) -> Response:
    """Records that the approved activity happened (date, hours, note, digital topic) and returns to the request."""
    from schemas.activity import ActivityCreate
    from service.activities import record_activity

    state = request.app.state
    topic = _one(data, "digital_topic") or None
    try:
        create = ActivityCreate.model_validate(
            {
                "proposal_id": proposal_id,
                "activity_date": _one(data, "activity_date"),
                "hours": _one(data, "hours") or "1",
                "note": _one(data, "note"),
                "digital_topic": topic,
            }
        )
    except ValidationError:
        raise InputError(
            "活動日と時間を正しく入れてください(時間は0〜24)。",
            "Enter a valid date and hours (0 to 24).",
            field="activity_date",
        ) from None
    with unit_of_work(state.engine) as session:
        activity = record_activity(
            session=session, data=create, staff=_staff(request), areas_path=state.settings.areas_path
        )
        request_id = activity.request_id
    return redirect(f"/staff/requests/{request_id}?done=activity#p{proposal_id}")


@post("/staff/requests/{request_id:int}/rematch", sync_to_thread=True, **STAFF_PAGE)
def staff_rematch(request: Request, request_id: int) -> Response:
    """Queues matching again and returns to the request."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        job = usecases.rematch_request(session=session, request_id=request_id, staff=_staff(request))
    state.dispatcher.dispatch([job.id])
    return redirect(f"/staff/requests/{request_id}?done=rematch")


@get("/staff/volunteers", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteers(request: Request) -> Template:
    """Volunteers with filters by roster, town and status in the address (no personal data there)."""
    return _volunteers_page(request, request.query_params)


@post("/staff/volunteers", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteers_search(request: Request, data: FormData) -> Template:
    """Volunteers searched by words (kana-insensitive) and skill: posted, so names never appear in an address or log."""
    return _volunteers_page(request, {k: _one(data, k) for k in ("q", "roster", "area", "status", "skill")})


def _volunteers_page(request: Request, q: Any) -> Template:
    state = request.app.state
    words, roster, area, status, skill = (
        q.get("q", ""),
        q.get("roster", ""),
        q.get("area", ""),
        q.get("status", ""),
        q.get("skill", ""),
    )
    with unit_of_work(state.engine) as session:
        rows = usecases.list_volunteers(
            session, state.settings.org_id, status=status or None, limit=5000, offset=0
        )
    key, skill_key = search_key(words), search_key(skill)
    rows = [
        v
        for v in rows
        if (not roster or roster in v.rosters)
        and (not area or v.area == area)
        and (not key or key in search_key(" ".join([v.display_name, v.name_kana or "", v.bio, *v.skills])))
        and (not skill_key or skill_key in search_key(" ".join([*v.skills, v.bio])))
    ]
    return page(
        request,
        "staff/volunteers.html",
        rows=rows[:200],
        q=words,
        roster=roster,
        area=area,
        status=status,
        skill=skill,
        statuses=list(VolunteerStatus),
        rosters=list(Roster),
    )


def _history(session: Session, volunteer_id: int) -> list[AuditEvent]:
    return list(
        session.exec(
            select(AuditEvent)
            .where(AuditEvent.entity == "volunteer", AuditEvent.entity_id == volunteer_id)
            .order_by(col(AuditEvent.at).desc())
            .limit(50)
        )
    )


@get("/staff/volunteers/{volunteer_id:int}", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteer(request: Request, volunteer_id: int) -> Template:
    """A volunteer's details, their proposals and every status change with who made it."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer = usecases.get_volunteer(session, volunteer_id, state.settings.org_id)
        history = _history(session, volunteer_id)
        proposals = list(
            session.exec(
                select(usecases.Proposal, HelpRequest.title, StaffUser.username)
                .join(HelpRequest, col(HelpRequest.id) == usecases.Proposal.request_id)
                .outerjoin(StaffUser, col(StaffUser.id) == usecases.Proposal.decided_by)
                .where(usecases.Proposal.volunteer_id == volunteer_id)
                .order_by(col(usecases.Proposal.id).desc())
                .limit(50)
            ).all()
        )
    return page(
        request,
        "staff/volunteer.html",
        v=_volunteer_view(volunteer),
        history=history,
        proposals=proposals,
        done=request.query_params.get("done"),
    )


@get("/staff/volunteers/{volunteer_id:int}/edit", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteer_edit_form(request: Request, volunteer_id: int) -> Template:
    """The registration form filled in, for staff editing on behalf of someone who phoned."""
    state = request.app.state
    with unit_of_work(state.engine) as session:
        volunteer = usecases.get_volunteer(session, volunteer_id, state.settings.org_id)
    return _volunteer_form_page(
        request,
        _volunteer_view(volunteer),
        {},
        action=f"/staff/volunteers/{volunteer_id}/edit",
        mode="staff_edit",
    )


@post("/staff/volunteers/{volunteer_id:int}/edit", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteer_edit(request: Request, volunteer_id: int, data: FormData) -> Response:
    """Saves staff changes to a volunteer."""
    state = request.app.state
    values, errors, update = parse_volunteer(data, consent=False, model=VolunteerUpdate)
    if update is not None:
        try:
            _apply_volunteer_update(state, volunteer_id, update, actor=_staff(request).username)
            return redirect(f"/staff/volunteers/{volunteer_id}?done=saved")
        except DomainError as exc:
            _form_error(request, errors, exc)
    return _volunteer_form_page(
        request,
        values,
        errors,
        action=f"/staff/volunteers/{volunteer_id}/edit",
        mode="staff_edit",
        status_code=400,
    )


@post("/staff/volunteers/{volunteer_id:int}/status", sync_to_thread=True, **STAFF_PAGE)
def staff_volunteer_status(request: Request, volunteer_id: int, data: FormData) -> Response:
    """Pauses, resumes or withdraws a volunteer."""
    _apply_volunteer_update(
        request.app.state,
        volunteer_id,
        VolunteerUpdate(status=_status_from_form(data)),
        actor=_staff(request).username,
    )
    return redirect(f"/staff/volunteers/{volunteer_id}?done=status")


PAGE_HANDLERS = [
    home,
    volunteer_register_form,
    volunteer_register,
    volunteer_private,
    volunteer_private_edit_form,
    volunteer_private_edit,
    volunteer_private_status,
    request_form,
    request_submit,
    request_private,
    request_private_withdraw,
    request_private_edit_form,
    request_private_edit,
    staff_login_form,
    staff_login,
    staff_logout,
    staff_today,
    staff_requests,
    staff_requests_search,
    staff_request,
    staff_approve,
    staff_reject,
    staff_record_activity,
    staff_rematch,
    staff_volunteers,
    staff_volunteers_search,
    staff_volunteer,
    staff_volunteer_edit_form,
    staff_volunteer_edit,
    staff_volunteer_status,
]


def page_router(extra: list[Any] | None = None) -> Router:
    """Returns the router of all HTML pages, with HTML error pages (the JSON API keeps its JSON errors)."""
    return Router(
        path="/",
        route_handlers=[*PAGE_HANDLERS, *(extra or [])],
        exception_handlers=_page_exception_handlers(),
        include_in_schema=False,
    )


TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


def page_routes(extra: list[Any] | None = None) -> list[Any]:
    """Returns the page router and the static-files router, for create_app's route handlers."""
    from litestar.static_files import create_static_files_router

    return [
        page_router(extra),
        create_static_files_router(path="/static", directories=[STATIC_DIR], include_in_schema=False),
    ]


def template_config() -> Any:
    """Returns the Jinja template config (templates in service/templates, autoescaped)."""
    from litestar.plugins.jinja import JinjaTemplateEngine
    from litestar.template.config import TemplateConfig

    def filters(engine: Any) -> None:
        engine.engine.filters["local"] = local_time
        engine.engine.filters["local_date"] = lambda moment: local_time(moment, "%Y-%m-%d")

    return TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine, engine_callback=filters)


def csrf_config(settings: Settings) -> Any:
    """Returns CSRF protection for the HTML forms (double-submit cookie + hidden field).

    The JSON API is excluded: it authenticates with bearer tokens or a SameSite=Strict cookie and has no forms.
    """
    from litestar.config.csrf import CSRFConfig

    return CSRFConfig(
        secret=settings.secret_key,
        cookie_name="sb_csrf",
        cookie_samesite="strict",
        cookie_httponly=True,
        cookie_secure=settings.production,
        exclude=[r"^/api/", r"^/health", r"^/schema"],
    )
