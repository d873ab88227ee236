"""Pages for volunteers: registration, the volunteer's private link, and the staff console's volunteer pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException
from litestar.response import Template

from schemas.enums import Roster, VolunteerStatus
from schemas.models import Volunteer, VolunteerUpdate
from service.activities.usecases import list_volunteer_activities
from service.areas import area_names
from service.db import row_id
from service.errors import Conflict, DomainError, NotFound
from service.privacy.contact import show_contact
from service.privacy.links import resolve_private_link
from service.privacy.rules import ContactView, contact_visible
from service.proposals.answers import assignment_views
from service.proposals.repository import list_volunteer_proposals
from service.roster.merge import MERGED_FIELDS, merge_counts, merge_plan, merge_volunteers, record_of
from service.roster.sheet import phone_digits
from service.settings import Settings
from service.staff.pages import current_staff_user
from service.taxonomy.usecases import list_synonyms
from service.uow import UnitOfWork
from service.volunteers.export import encode_sheet, record_export, volunteer_sheet
from service.volunteers.forms import parse_volunteer, volunteer_form_values
from service.volunteers.repository import get_volunteer, list_volunteer_history, search_volunteers
from service.volunteers.rules import CONFIRMED_CHANGES, UNDO_WINDOW, Undo, split_skills, undo_offer
from service.volunteers.usecases import register_volunteer, update_volunteer
from service.web.deps import WRITES, staff_guard
from service.web.forms import FormData, form_error, form_value, submit_with_link
from service.web.limits import submission_limit
from service.web.pages import (
    SECURITY_HEADERS,
    lang_of,
    page,
    paged_list,
    redirect,
    search_expander,
    skill_suggestions,
)


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
    if "devices" not in values:  # a stored volunteer: the device and teaching tags go back to their boxes
        typed, devices, teaching = split_skills(list(values.get("skills") or []))
        values = {**values, "skills": typed, "devices": devices, "teaching": teaching}
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


@post("/volunteer/register", sync_to_thread=True, guards=[submission_limit])
def volunteer_register(request: Request, uow: NamedDependency[UnitOfWork], data: FormData) -> Response:
    """Registers a volunteer and sends them to their private page."""
    state = request.app.state
    values, errors, create = parse_volunteer(data, consent=True, lang=lang_of(request))
    if create is not None:
        try:
            return submit_with_link(
                request,
                uow,
                "volunteer",
                lambda uow: register_volunteer(
                    uow=uow,
                    data=create,
                    areas_path=state.settings.areas_path,
                    org_id=state.settings.org_id,
                ),
            )
        except DomainError as exc:
            form_error(request, errors, exc)
    return _volunteer_form_page(
        request, values, errors, action="/volunteer/register", mode="register", status_code=400
    )


def _volunteer_view(volunteer: Volunteer, *, with_contact: bool = True) -> dict[str, Any]:
    view = volunteer.model_dump(warnings=False, exclude={"contact_email", "contact_phone"})
    return {
        **view,
        "kana": volunteer.name_kana or "",
        "email": (volunteer.contact_email or "") if with_contact else "",
        "phone": (volunteer.contact_phone or "") if with_contact else "",
    }


def _staff_volunteer_view(request: Request, uow: UnitOfWork, volunteer: Volunteer) -> dict[str, Any]:
    """The volunteer for a staff page about this one person: contact per service.privacy.rules, the view audited."""
    staff = current_staff_user(request)
    shown = show_contact(
        uow.session,
        role=staff.role,
        actor=staff.username,
        view=ContactView.detail,
        entity="volunteer",
        entity_id=volunteer.id,
    )
    return _volunteer_view(volunteer, with_contact=shown)


@get("/v/{token:str}", sync_to_thread=True)
def volunteer_private(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Template:
    """A volunteer's private page: what they registered, pause / resume / withdraw, a link to change it."""
    state = request.app.state
    session = uow.session
    volunteer = get_volunteer(
        session, resolve_private_link(session, token, "volunteer"), state.settings.org_id
    )
    return page(
        request,
        "volunteer_private.html",
        v=_volunteer_view(volunteer),
        # the asks and accepted assignments, with 引き受ける / 辞退する (service/proposals/answers.py)
        assignments=assignment_views(session, state.settings, row_id(volunteer), lang_of(request)),
        undo=_undo(session, volunteer),
        token=token,
        welcome=request.query_params.get("welcome") == "1",
        saved=request.query_params.get("saved") == "1",
        status_changed=request.query_params.get("status") == "1",
    )


@get("/v/{token:str}/edit", sync_to_thread=True)
def volunteer_private_edit_form(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Template:
    """The registration form filled in, for the volunteer to change."""
    state = request.app.state
    session = uow.session
    volunteer = get_volunteer(
        session, resolve_private_link(session, token, "volunteer"), state.settings.org_id
    )
    return _volunteer_form_page(
        request, _volunteer_view(volunteer), {}, action=f"/v/{token}/edit", mode="edit"
    )


def _apply_volunteer_update(
    request: Request, uow: UnitOfWork, volunteer_id: int, update: VolunteerUpdate, actor: str
) -> None:
    """Applies a change as one attempt: a refusal undoes it and reaches the caller to show beside the field; a
    lost deadlock (a matching worker locks the same rows) runs it again, as the API does."""
    settings = request.app.state.settings

    def apply() -> None:
        with uow.attempt():
            update_volunteer(
                uow=uow,
                volunteer_id=volunteer_id,
                data=update,
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                actor=actor,
            )

    uow.retrying(apply)


@post("/v/{token:str}/edit", sync_to_thread=True)
def volunteer_private_edit(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, data: FormData
) -> Response:
    """Saves the volunteer's own changes."""
    session = uow.session
    volunteer_id = resolve_private_link(session, token, "volunteer")
    values, errors, update = parse_volunteer(
        data, consent=False, model=VolunteerUpdate, lang=lang_of(request)
    )
    if update is not None:
        try:
            _apply_volunteer_update(request, uow, volunteer_id, update, actor="volunteer (private link)")
            return redirect(f"/v/{token}?saved=1")
        except DomainError as exc:
            form_error(request, errors, exc)
    return _volunteer_form_page(
        request, values, errors, action=f"/v/{token}/edit", mode="edit", status_code=400
    )


def _undo(session: Any, volunteer: Volunteer) -> Undo | None:
    """The undo a volunteer's page offers after a pause or withdrawal (service/volunteers/rules.py)."""
    events = [
        (e.at, e.action, e.detail or {}) for e in list_volunteer_history(session, row_id(volunteer), limit=5)
    ]
    return undo_offer(events, volunteer.status, datetime.now(UTC))


def _confirm_target(request: Request, volunteer: Volunteer) -> VolunteerStatus:
    """The status a confirmation page asks about (?to=paused|withdrawn), or 404 for anything else."""
    try:
        to = VolunteerStatus(request.query_params.get("to", ""))
    except ValueError:
        raise HTTPException(status_code=404) from None
    if to not in CONFIRMED_CHANGES or to == volunteer.status:
        raise HTTPException(status_code=404)
    return to


@get("/v/{token:str}/status", sync_to_thread=True)
def volunteer_private_status_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], token: str
) -> Template:
    """Asks the volunteer to confirm a pause or withdrawal, saying what it means and that it can be undone."""
    session = uow.session
    volunteer = get_volunteer(
        session, resolve_private_link(session, token, "volunteer"), request.app.state.settings.org_id
    )
    return page(
        request,
        "volunteer_status_confirm.html",
        to=_confirm_target(request, volunteer),
        action=f"/v/{token}/status",
        back=f"/v/{token}",
        v=volunteer,
        staff_mode=False,
        undo_minutes=int(UNDO_WINDOW.total_seconds() // 60),
    )


@get("/staff/volunteers/{volunteer_id:int}/status", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_status_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int
) -> Template:
    """Asks staff to confirm a pause or withdrawal of a volunteer, saying what it means."""
    volunteer = get_volunteer(uow.session, volunteer_id, request.app.state.settings.org_id)
    return page(
        request,
        "volunteer_status_confirm.html",
        to=_confirm_target(request, volunteer),
        action=f"/staff/volunteers/{volunteer_id}/status",
        back=f"/staff/volunteers/{volunteer_id}",
        v=volunteer,
        staff_mode=True,
        undo_minutes=int(UNDO_WINDOW.total_seconds() // 60),
    )


def _status_from_form(data: dict[str, Any]) -> VolunteerStatus:
    try:
        return VolunteerStatus(form_value(data, "status"))
    except ValueError:
        raise HTTPException(status_code=400) from None


@post("/v/{token:str}/status", sync_to_thread=True)
def volunteer_private_status(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, data: FormData
) -> Response:
    """Pauses, resumes or withdraws the volunteer's own registration."""
    session = uow.session
    volunteer_id = resolve_private_link(session, token, "volunteer")
    _apply_volunteer_update(
        request,
        uow,
        volunteer_id,
        VolunteerUpdate(status=_status_from_form(data)),
        actor="volunteer (private link)",
    )
    return redirect(f"/v/{token}?status=1")


@get("/staff/volunteers", sync_to_thread=True, guards=[staff_guard])
def staff_volunteers(request: Request, uow: NamedDependency[UnitOfWork]) -> Template:
    """Volunteers searched by name, reading, skills (with the taxonomy's synonyms), roster, town and status, as
    GET parameters (Back works; the service's logs never carry query strings, tests/security checks it)."""
    filters = _volunteer_filters(request.query_params)
    search = _volunteer_search(request, uow, filters)
    rows, pager, shown = paged_list(
        {**filters, "page": request.query_params.get("page")},
        VOLUNTEER_FILTERS,
        "/staff/volunteers",
        lambda _f, limit, offset: search(limit, offset),
    )
    query = urlencode({k: v for k, v in shown.items() if v})
    return page(
        request,
        "staff/volunteers.html",
        rows=rows,
        pager=pager,
        **shown,
        statuses=list(VolunteerStatus),
        rosters=list(Roster),
        export_query=query,
    )


VOLUNTEER_FILTERS = ("q", "roster", "area", "status", "skill")


# An export of a search is for a working list (a phone round, a meeting), never the whole database.
EXPORT_LIMIT = 5000


def _volunteer_filters(q: Any) -> dict[str, str]:
    return {k: str(q.get(k, "") or "")[:200] for k in VOLUNTEER_FILTERS}


def _volunteer_search(
    request: Request, uow: UnitOfWork, f: dict[str, str]
) -> Callable[[int, int], list[Volunteer]]:
    settings: Settings = request.app.state.settings
    extra: dict[str, list[str]] = {}
    for synonym in list_synonyms(uow.session, settings.org_id):
        extra.setdefault(synonym.skill_id, []).append(synonym.word)
    expand = search_expander(settings, extra)
    return lambda limit, offset: search_volunteers(
        uow.session,
        settings.org_id,
        words=f["q"],
        skill=f["skill"],
        roster=f["roster"],
        area=f["area"],
        status=f["status"],
        limit=limit,
        offset=offset,
        expand=expand,
    )


@get("/staff/volunteers/export", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
def staff_volunteers_export(request: Request, uow: NamedDependency[UnitOfWork]) -> Response[bytes]:
    """The volunteer list as searched, as CSV or Excel with Japanese headers (contacts for admins only), audited."""
    fmt = request.query_params.get("format", "csv")
    if fmt not in ("csv", "xlsx"):
        raise HTTPException(status_code=400)
    filters = _volunteer_filters(request.query_params)
    rows = _volunteer_search(request, uow, filters)(EXPORT_LIMIT, 0)
    staff = current_staff_user(request)
    with_contact = contact_visible(staff.role, ContactView.export)
    settings: Settings = request.app.state.settings
    headers, table = volunteer_sheet(rows, area_names(settings.areas_path), with_contact=with_contact)
    record_export(
        uow.session,
        actor=staff.username,
        kind="volunteers",
        rows=len(table),
        with_contact=with_contact,
        filters=sorted(k for k, v in filters.items() if v),
    )
    body, media = encode_sheet(headers, table, fmt, sheet="ボランティア")
    return Response(
        body,
        media_type=media,
        headers={
            **SECURITY_HEADERS,
            "Content-Disposition": f'attachment; filename="skillbank-volunteers.{fmt}"',
        },
    )


@get("/staff/volunteers/{volunteer_id:int}", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
def staff_volunteer(request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int) -> Template:
    """A volunteer's details, their proposals and every status change with who made it."""
    state = request.app.state
    session = uow.session
    volunteer = get_volunteer(session, volunteer_id, state.settings.org_id)
    history = list_volunteer_history(session, volunteer_id)
    proposals = list_volunteer_proposals(session, volunteer_id)
    return page(
        request,
        "staff/volunteer.html",
        v=_staff_volunteer_view(request, uow, volunteer),
        history=history,
        proposals=proposals,
        activities=list_volunteer_activities(session, volunteer_id, limit=20),
        undo=_undo(session, volunteer),
        done=request.query_params.get("done"),
    )


@get("/staff/volunteers/{volunteer_id:int}/edit", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
def staff_volunteer_edit_form(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int
) -> Template:
    """The registration form filled in, for staff editing on behalf of someone who phoned."""
    state = request.app.state
    session = uow.session
    volunteer = get_volunteer(session, volunteer_id, state.settings.org_id)
    return _volunteer_form_page(
        request,
        _staff_volunteer_view(request, uow, volunteer),
        {},
        action=f"/staff/volunteers/{volunteer_id}/edit",
        mode="staff_edit",
    )


@post("/staff/volunteers/{volunteer_id:int}/edit", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_edit(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int, data: FormData
) -> Response:
    """Saves staff changes to a volunteer."""
    values, errors, update = parse_volunteer(
        data, consent=False, model=VolunteerUpdate, lang=lang_of(request)
    )
    if update is not None:
        try:
            _apply_volunteer_update(
                request, uow, volunteer_id, update, actor=current_staff_user(request).username
            )
            return redirect(f"/staff/volunteers/{volunteer_id}?done=saved")
        except DomainError as exc:
            form_error(request, errors, exc)
    return _volunteer_form_page(
        request,
        values,
        errors,
        action=f"/staff/volunteers/{volunteer_id}/edit",
        mode="staff_edit",
        status_code=400,
    )


@post("/staff/volunteers/{volunteer_id:int}/status", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_status(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int, data: FormData
) -> Response:
    """Pauses, resumes or withdraws a volunteer."""
    _apply_volunteer_update(
        request,
        uow,
        volunteer_id,
        VolunteerUpdate(status=_status_from_form(data)),
        actor=current_staff_user(request).username,
    )
    return redirect(f"/staff/volunteers/{volunteer_id}?done=status")


# Merging duplicates is a staff task, not an admin one: the coordinators who register people at the desk and
# import the rosters are the ones who meet the same person twice, and a merge discloses no contact (the
# comparison says only whether phones and e-mails agree) and deletes nothing a person would miss (everything
# moves to the kept record; the audit row names who merged what).
MERGE_LIST = 30


@get("/staff/volunteers/{volunteer_id:int}/merge", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_merge_search(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int
) -> Template:
    """Finds the other record of the same person by name or reading (a GET search: Back works)."""
    settings: Settings = request.app.state.settings
    volunteer = get_volunteer(uow.session, volunteer_id, settings.org_id)
    given = request.query_params.get("q")
    words = (given if given is not None else volunteer.display_name.replace("\u3000", " ").split(" ")[0])[
        :200
    ]
    rows = search_volunteers(uow.session, settings.org_id, words=words, limit=MERGE_LIST + 1, offset=0)
    rows = [v for v in rows if v.id != volunteer_id][:MERGE_LIST]
    return page(request, "staff/volunteer_merge.html", v=volunteer, q=words, rows=rows, step="search")


def _merge_page(
    request: Request, uow: UnitOfWork, keep_id: int, other_id: int, refusal: DomainError | None = None
) -> Template:
    settings: Settings = request.app.state.settings
    plan = merge_plan(uow.session, keep_id=keep_id, other_id=other_id, org_id=settings.org_id)
    refused = refusal or plan.refusal
    counts = merge_counts(uow.session, other_id) if keep_id != other_id else {}
    return page(
        request,
        "staff/volunteer_merge.html",
        step="confirm",
        v=plan.keep,
        keep=record_of(plan.keep),
        other=record_of(plan.other),
        other_v=plan.other,
        merged=plan.merged,
        sources=plan.sources,
        fields=[f for f in MERGED_FIELDS if f != "contact"],
        contact_match={
            k: _contact_match(getattr(plan.keep, f"contact_{k}"), getattr(plan.other, f"contact_{k}"))
            for k in ("phone", "email")
        },
        why_same=plan.why_same,
        counts=counts,
        refused=(refused.message_en if lang_of(request) == "en" else refused.message_ja) if refused else "",
        can_merge=plan.refusal is None,
        status_code=refused.status_code if refused else 200,
    )


def _contact_match(a: str | None, b: str | None) -> str:
    if a and b:
        return "same" if phone_digits(a) == phone_digits(b) or a.lower() == b.lower() else "differ"
    return "one" if a or b else "none"


@get("/staff/volunteers/{volunteer_id:int}/merge/{other_id:int}", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_merge_confirm(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int, other_id: int
) -> Template:
    """Both records side by side and the merged one, field by field, with what moves; or why it cannot be done."""
    try:
        return _merge_page(request, uow, volunteer_id, other_id)
    except NotFound as exc:
        return _merge_gone(request, uow, volunteer_id, exc)


def _merge_gone(request: Request, uow: UnitOfWork, volunteer_id: int, exc: NotFound) -> Template:
    """The other record is not there (merged or deleted meanwhile): back to the search, saying so."""
    settings: Settings = request.app.state.settings
    volunteer = get_volunteer(uow.session, volunteer_id, settings.org_id)
    return page(
        request,
        "staff/volunteer_merge.html",
        v=volunteer,
        q="",
        rows=[],
        step="search",
        refused=exc.message_en if lang_of(request) == "en" else exc.message_ja,
        status_code=exc.status_code,
    )


@post("/staff/volunteers/{volunteer_id:int}/merge/{other_id:int}", sync_to_thread=True, guards=[staff_guard])
def staff_volunteer_merge(
    request: Request, uow: NamedDependency[UnitOfWork], volunteer_id: int, other_id: int, data: FormData
) -> Response | Template:
    """Merges the other record into this one; a refusal comes back to the confirmation page with its reason."""
    settings: Settings = request.app.state.settings
    if form_value(data, "confirm") != "merge":
        refusal: DomainError = Conflict(
            "確認画面の「まとめる」ボタンから操作してください。",
            "Use the Merge button on the confirmation page.",
        )
        try:
            return _merge_page(request, uow, volunteer_id, other_id, refusal)
        except NotFound as exc:
            return _merge_gone(request, uow, volunteer_id, exc)
    staff = current_staff_user(request)
    try:
        uow.attempt_retrying(
            lambda _s: merge_volunteers(
                uow=uow,
                keep_id=volunteer_id,
                other_id=other_id,
                org_id=settings.org_id,
                actor=staff.username,
                areas_path=settings.areas_path,
            )
        )
    except Conflict as exc:
        return _merge_page(request, uow, volunteer_id, other_id, exc)
    except NotFound as exc:
        return _merge_gone(request, uow, volunteer_id, exc)
    return redirect(f"/staff/volunteers/{volunteer_id}?done=merged")


PAGES = [
    volunteer_register_form,
    volunteer_register,
    volunteer_private,
    volunteer_private_edit_form,
    volunteer_private_edit,
    volunteer_private_status,
    staff_volunteers,
    staff_volunteers_export,
    staff_volunteer,
    staff_volunteer_edit_form,
    staff_volunteer_edit,
    staff_volunteer_status,
    volunteer_private_status_confirm,
    staff_volunteer_status_confirm,
    staff_volunteer_merge_search,
    staff_volunteer_merge_confirm,
    staff_volunteer_merge,
]
