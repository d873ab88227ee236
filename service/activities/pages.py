"""Pages for recording activities (staff) and confirming them (volunteers' private links)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.params import Body
from pydantic import ValidationError

from schemas.enums import Roster
from service.activities.usecases import confirm_activity, list_volunteer_activities, record_activity
from service.errors import DomainError, InputError
from service.i18n import N_
from service.metrics.compute import ROSTER_JA
from service.metrics.period import JST
from service.proposals.repository import get_proposal, list_taken_helpers
from service.requests.repository import get_request
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.volunteers.repository import list_volunteers_by_ids, search_volunteers
from service.web.deps import current_staff, staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import redirect
from service.web.params import PUBLIC, STAFF_ACCESS

# Volunteers found by name on the activity form (a GET query filtering the list: no JavaScript needed).
FOUND_LIMIT = 30


def _activity_context(
    session: Any,
    settings: Any,
    proposal_id: int | None,
    request_id: int | None,
    *,
    who: str = "",
    chosen: list[int] | None = None,
) -> dict[str, Any]:
    proposal = get_proposal(session, proposal_id, settings.org_id) if proposal_id else None
    rid = proposal.request_id if proposal is not None else request_id
    help_request = get_request(session, rid, settings.org_id) if rid else None
    helpers: list[tuple[int, str, bool]] = []
    if help_request is not None:
        rows = list_taken_helpers(session, help_request.id)  # type: ignore[arg-type]
        helpers = [
            (
                p.volunteer_id,
                name,
                p.volunteer_id in chosen if chosen is not None else proposal is None or p.id == proposal.id,
            )
            for p, name in rows
        ]
    listed = {vid for vid, _n, _c in helpers}
    # Others chosen before (a refused submission keeps them), then those the name search found.
    others = [v for v in list_volunteers_by_ids(session, chosen or []) if v.id not in listed]
    if who.strip():
        others += [
            v
            for v in search_volunteers(session, settings.org_id, words=who, limit=FOUND_LIMIT, offset=0)
            if v.id not in listed and v.id not in {o.id for o in others}
        ]
    found = [(v.id, v.display_name, v.name_kana or "", v.id in (chosen or [])) for v in others]
    return {"proposal": proposal, "r": help_request, "helpers": helpers, "found": found, "who": who}


def _activity_page(
    request: Request,
    session: Any,
    form: dict[str, Any],
    *,
    proposal_id: int | None,
    request_id: int | None,
    error: str | None = None,
    status_code: int = 200,
    who: str = "",
    chosen: list[int] | None = None,
    close_error: str | None = None,
) -> Any:
    from schemas.activity import DIGITAL_TOPIC_JA, OUTCOME_JA, ActivityFormat
    from service.web.pages import page

    ctx = _activity_context(
        session, request.app.state.settings, proposal_id, request_id, who=who, chosen=chosen
    )
    return page(
        request,
        "staff/activity_form.html",
        status_code=status_code,
        form=form,
        error=error,
        close_error=close_error,
        topics=[(k.value, v) for k, v in DIGITAL_TOPIC_JA.items()],
        formats=[
            (ActivityFormat.one_to_one.value, N_("個別")),
            (ActivityFormat.group_class.value, N_("講座・相談会")),
        ],
        outcomes=[(k.value, v) for k, v in OUTCOME_JA.items()],
        rosters=[(r.value, ROSTER_JA[r]) for r in Roster],
        **ctx,
    )


def activity_page_refused(request: Request, uow: UnitOfWork, request_id: int, exc: DomainError) -> Any:
    """The activity form of a request again, with a refused close's reason next to the close form."""
    from service.web.pages import lang_of

    today = datetime.now(JST).date().isoformat()
    return _activity_page(
        request,
        uow.session,
        {"activity_date": today, "hours": "1", "format": "one_to_one"},
        proposal_id=None,
        request_id=request_id,
        close_error=exc.message_en if lang_of(request) == "en" else exc.message_ja,
        status_code=exc.status_code,
    )


def _int(value: str) -> int | None:
    try:
        return int(value) if value.strip() else None
    except ValueError:
        return None


def staff_page_context(request: Request) -> Any:
    staff = current_staff(request)
    if staff is None:
        from litestar.exceptions import NotAuthorizedException

        raise NotAuthorizedException(detail="Staff login required.")
    request.state.staff = staff
    return staff


@get(
    "/staff/activities/new",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=STAFF_ACCESS,
)
def staff_activity_form(request: Request, uow: NamedDependency[UnitOfWork]) -> Any:
    """The form to record an activity (for an approved proposal, a request, or a class of its own)."""
    staff_page_context(request)
    q = request.query_params
    day = datetime.now(JST).date().isoformat()
    session = uow.session
    proposal_id = _int(q.get("proposal", ""))
    if proposal_id is not None:
        # opened from a card or from Today's 「記録がない活動」: the day the volunteer was to come, not today
        proposal = get_proposal(session, proposal_id, request.app.state.settings.org_id)
        if proposal.occurrence_date is not None:
            day = proposal.occurrence_date.isoformat()
    return _activity_page(
        request,
        session,
        {"activity_date": day, "hours": "1", "format": "one_to_one"},
        proposal_id=proposal_id,
        request_id=_int(q.get("request", "")),
        who=q.get("who", "")[:100],
    )


def _record_attempt(uow: UnitOfWork, data_in: Any, staff: Any, settings: Any) -> Any:
    """Records the activity as one attempt: a refusal undoes its writes and reaches the caller (shown on the form)."""
    with uow.attempt() as session:
        return record_activity(
            session=session, data=data_in, staff=staff, areas_path=settings.areas_path, settings=settings
        )


@post(
    "/staff/activities/new",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=STAFF_ACCESS,
)
def staff_activity_record(
    request: Request,
    uow: NamedDependency[UnitOfWork],
    data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Any:
    """Records the activity, then returns to its request (or to the dashboard)."""
    from pydantic import ValidationError

    from schemas.activity import ActivityCreate
    from service.errors import DomainError
    from service.web.forms import form_list, form_value
    from service.web.pages import redirect

    staff = staff_page_context(request)
    form = {
        k: form_value(data, k)
        for k in (
            "activity_date",
            "hours",
            "format",
            "attendees",
            "people_helped",
            "digital_topic",
            "roster",
            "note",
            "proposal_id",
            "request_id",
            "extra_ids",
        )
    }
    proposal_id, request_id = _int(form["proposal_id"]), _int(form["request_id"])
    ids = [int(v) for v in form_list(data.get("volunteer_ids")) if v.isdigit()]
    ids += [
        int(v)
        for v in form["extra_ids"].replace("、", ",").replace(" ", ",").split(",")
        if v.strip().isdigit()
    ]
    payload = {
        k: form[k] or None
        for k in ("activity_date", "hours", "format", "attendees", "people_helped", "digital_topic", "roster")
    }
    payload = {k: v for k, v in payload.items() if v is not None}
    state = request.app.state
    try:
        data_in = ActivityCreate.model_validate(
            {
                **payload,
                "note": form["note"],
                "proposal_id": proposal_id,
                "request_id": request_id,
                "volunteer_ids": ids,
            }
        )
        activity = uow.retrying(lambda: _record_attempt(uow, data_in, staff, state.settings))
    except (ValidationError, DomainError) as exc:
        from service.web.pages import lang_of

        english = lang_of(request) == "en"
        if isinstance(exc, DomainError):
            message = exc.message_en if english else exc.message_ja
        else:
            message = ("Please check the form: " if english else "入力を確認してください: ") + "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])} {e['msg']}" for e in exc.errors()
            )
        with uow.attempt() as session:
            return _activity_page(
                request,
                session,
                form,
                proposal_id=proposal_id,
                request_id=request_id,
                error=message,
                status_code=400,
                chosen=ids,
            )
    if activity.request_id:
        return redirect(f"/staff/requests/{activity.request_id}?done=activity")
    return redirect("/staff/metrics")


@get(
    "/v/{token:str}/activities",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=PUBLIC,
)
def volunteer_activities(request: Request, uow: NamedDependency[UnitOfWork], token: str) -> Any:
    """The activities recorded for the volunteer behind a private link, each with a confirm button."""
    from schemas.activity import DIGITAL_TOPIC_JA, DigitalTopic
    from service.privacy.links import resolve_private_link
    from service.web.pages import page

    session = uow.session
    volunteer_id = resolve_private_link(session, token, "volunteer")
    rows = list_volunteer_activities(session, volunteer_id)
    items = [
        {
            "id": a.id,
            "date": a.activity_date.isoformat(),
            "hours": a.hours,
            "people_helped": a.people_helped,
            "topic": DIGITAL_TOPIC_JA.get(DigitalTopic(a.digital_topic)) if a.digital_topic else "",
            "format": N_("講座・相談会") if a.format == "class" else N_("個別"),
            "confirmed": a.confirmed_at is not None,
        }
        for a in rows
    ]
    return page(
        request, "volunteer_activities.html", token=token, items=items, done=request.query_params.get("done")
    )


@post(
    "/v/{token:str}/activities/{activity_id:int}/confirm",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=PUBLIC,
)
def volunteer_confirm_activity(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, activity_id: int
) -> Any:
    """Confirms one activity and returns to the list."""
    from service.privacy.links import resolve_private_link
    from service.web.pages import redirect

    session = uow.session
    volunteer_id = resolve_private_link(session, token, "volunteer")
    uow.retrying(
        lambda: confirm_activity(session=session, activity_id=activity_id, volunteer_id=volunteer_id)
    )
    return redirect(f"/v/{token}/activities?done=confirmed")


def outcome_labels() -> dict[str, str]:
    from schemas.activity import OUTCOME_JA

    return {str(k.value): v for k, v in OUTCOME_JA.items()}


def digital_topics() -> dict[str, str]:
    from schemas.activity import DIGITAL_TOPIC_JA

    return {str(k.value): v for k, v in DIGITAL_TOPIC_JA.items()}


@post("/staff/proposals/{proposal_id:int}/activity", sync_to_thread=True, guards=[staff_guard])
def staff_record_activity(
    request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int, data: FormData
) -> Response:
    """Records that the approved activity happened (date, hours, note, digital topic) and returns to the request."""
    from schemas.activity import ActivityCreate
    from service.activities.usecases import record_activity

    state = request.app.state
    topic = form_value(data, "digital_topic") or None
    try:
        create = ActivityCreate.model_validate(
            {
                "proposal_id": proposal_id,
                "activity_date": form_value(data, "activity_date"),
                "hours": form_value(data, "hours") or "1",
                "note": form_value(data, "note"),
                "digital_topic": topic,
            }
        )
        staff = current_staff_user(request)
        activity = uow.attempt_retrying(
            lambda session: record_activity(
                session=session,
                data=create,
                staff=staff,
                areas_path=state.settings.areas_path,
                settings=state.settings,
            )
        )
    except (ValidationError, DomainError) as exc:
        refusal = (
            exc
            if isinstance(exc, DomainError)
            else InputError(
                "活動日と時間を正しく入れてください(時間は0〜24)。",
                "Enter a valid date and hours (0 to 24).",
                field="activity_date",
            )
        )
        if refusal.status_code == 404:
            raise refusal from None
        from service.requests.staff_pages import request_page

        proposal = get_proposal(uow.session, proposal_id, current_staff_user(request).org_id)
        return request_page(request, uow, proposal.request_id, refusal=(f"p{proposal_id}", refusal))
    request_id = activity.request_id
    return redirect(f"/staff/requests/{request_id}?done=activity&p={proposal_id}#p{proposal_id}")


PAGES = [
    staff_activity_form,
    staff_activity_record,
    volunteer_activities,
    volunteer_confirm_activity,
    staff_record_activity,
]
