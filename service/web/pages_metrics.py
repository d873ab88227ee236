"""The staff console's metrics dashboard: the plan's figures with server-rendered SVG charts (no scripts, no CDN)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from litestar import Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from markupsafe import Markup, escape

from schemas.enums import Roster
from service import metrics
from service.db import unit_of_work
from service.web.deps import current_staff

COLORS = {"registrations": "#1f6f8b", "activities": "#e07a2f", "funnel": "#2a7f62", "town": "#5b5ea6"}
FONT = 'font-family="sans-serif"'
# Declared access for the app's deny-by-default wall: staff pages check the login in the handler as well; the
# private-link pages are public because the token is the credential.
STAFF_ONLY = {"access": "staff"}
PUBLIC = {"public": True}


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _scale(max_value: float) -> float:
    """Returns a round axis maximum at or above max_value (1, 2, 5 × 10ⁿ)."""
    if max_value <= 0:
        return 1
    step = 1.0
    while step * 10 < max_value:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= max_value:
            return m * step
    return 10 * step


def _svg(width: int, height: int, title: str, desc: str, body: list[str], ident: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'class="chart" aria-labelledby="{ident}-t {ident}-d" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def monthly_chart(monthly: list[dict[str, Any]]) -> Markup:
    """Returns grouped bars per month: new registrations and activities."""
    width, height, left, bottom, top = 760, 280, 44, 40, 28
    n = max(1, len(monthly))
    plot_w, plot_h = width - left - 12, height - bottom - top
    top_value = _scale(max([m["registrations"] for m in monthly] + [m["activities"] for m in monthly] + [1]))
    body = [f'<g {FONT} font-size="12" fill="#333">']
    for i in range(5):  # grid lines and axis labels
        v = top_value * i / 4
        y = top + plot_h - plot_h * i / 4
        body.append(
            f'<line x1="{left}" x2="{width - 12}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_num(v)}</text>'
        )
    slot = plot_w / n
    bar = min(22.0, slot * 0.36)
    for i, m in enumerate(monthly):
        x0 = left + i * slot + slot / 2
        for j, key in enumerate(("registrations", "activities")):
            h = plot_h * m[key] / top_value
            x = x0 - bar + j * bar
            y = top + plot_h - h
            label = "新規登録" if key == "registrations" else "活動"
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" height="{h:.1f}" fill="{COLORS[key]}">'
                f"<title>{escape(m['month'])} {label}: {m[key]}</title></rect>"
            )
            if m[key]:
                body.append(
                    f'<text x="{x + bar / 2 - 1:.1f}" y="{y - 3:.1f}" text-anchor="middle" font-size="10">'
                    f"{m[key]}</text>"
                )
        month = int(m["month"][5:])
        body.append(f'<text x="{x0:.1f}" y="{height - bottom + 16}" text-anchor="middle">{month}月</text>')
    body.append(
        f'<rect x="{left}" y="6" width="12" height="12" fill="{COLORS["registrations"]}"/>'
        f'<text x="{left + 16}" y="16">新規登録</text>'
        f'<rect x="{left + 90}" y="6" width="12" height="12" fill="{COLORS["activities"]}"/>'
        f'<text x="{left + 106}" y="16">活動</text></g>'
    )
    desc = "、".join(f"{m['month']}: 登録{m['registrations']} 活動{m['activities']}" for m in monthly)
    return _svg(width, height, "月別の新規登録と活動", desc, body, "chart-monthly")


def hbar_chart(
    rows: list[tuple[str, float, str]], *, title: str, color: str, ident: str, share_of_first: bool = False
) -> Markup:
    """Returns horizontal bars (label, value, extra text); the funnel shows each step's share of the first."""
    label_w, width, row_h, top = 150, 760, 30, 8
    height = top * 2 + row_h * max(1, len(rows))
    top_value = max([v for _, v, _ in rows] + [1])
    plot_w = width - label_w - 120
    body = [f'<g {FONT} font-size="13" fill="#333">']
    first = rows[0][1] if rows else 0
    for i, (label, value, extra) in enumerate(rows):
        y = top + i * row_h
        w = plot_w * value / top_value
        note = extra
        if share_of_first and first:
            note = f"{value / first:.0%}" if i else ""
        body.append(
            f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{color}">'
            f"<title>{escape(label)}: {_num(value)}</title></rect>"
            f'<text x="{label_w + w + 6:.1f}" y="{y + 19}">{_num(value)}'
            + (f' <tspan fill="#666">({escape(note)})</tspan>' if note else "")
            + "</text>"
        )
    if not rows:
        body.append(f'<text x="{label_w}" y="{top + 19}" fill="#666">データがありません</text>')
    body.append("</g>")
    desc = "、".join(f"{label}: {_num(value)}" for label, value, _ in rows) or "データがありません"
    return _svg(width, height, title, desc, body, ident)


def charts(result: dict[str, Any]) -> dict[str, Markup]:
    """Returns the dashboard's three charts as inline SVG."""
    funnel = [(f["label"], f["volunteers"], "") for f in result["funnel"]]
    towns = sorted(
        (
            (a["label"], a["activities"], f"{a['people_helped']}人")
            for a in result["by_area"]
            if a["activities"]
        ),
        key=lambda r: -r[1],
    )
    return {
        "monthly": monthly_chart(result["monthly"]),
        "funnel": hbar_chart(
            funnel,
            title="登録から活動まで（ボランティア実人数）",
            color=COLORS["funnel"],
            ident="chart-funnel",
            share_of_first=True,
        ),
        "towns": hbar_chart(towns, title="地域別の活動件数", color=COLORS["town"], ident="chart-towns"),
    }


@get("/staff/metrics", include_in_schema=False, sync_to_thread=True, media_type="text/html", opt=STAFF_ONLY)
def staff_metrics(request: Request) -> Any:
    """The dashboard: figures of a fiscal year (or from/to dates) beside the year's targets, with charts."""
    from service.web.pages import SECURITY_HEADERS, page

    staff = current_staff(request)
    if staff is None:
        return Redirect(
            path="/staff/login?next="
            + quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe="/"),
            status_code=303,
        )
    request.state.staff = staff
    q = request.query_params
    today = datetime.now(metrics.JST).date()
    roster = q.get("roster") if q.get("roster") in tuple(Roster) else None
    area = q.get("area") or None
    try:
        fy = int(q["fy"]) if q.get("fy") else None
        period = metrics.parse_period(
            q.get("from") or None, q.get("to") or None, fy if not q.get("from") else None
        )
    except ValueError:
        return Response(
            "期間の指定が正しくありません。/ Invalid period.",
            status_code=400,
            media_type="text/plain",
            headers=SECURITY_HEADERS,
        )
    state = request.app.state
    with unit_of_work(state.engine) as session:
        result = metrics.compute_for(session, state.settings, period, roster=roster, area=area)
    current_fy = metrics.fiscal_year_of(today)
    years = [(y, f"{metrics.reiwa_label(y)}（{y}年度）") for y in range(current_fy, current_fy - 6, -1)]
    query = {
        k: v
        for k, v in (
            ("from", period.start.isoformat()),
            ("to", period.end.isoformat()),
            ("roster", roster),
            ("area", area),
        )
        if v
    }
    return page(
        request,
        "staff/metrics.html",
        result=result,
        tables=metrics.tables(result),
        charts=charts(result),
        years=years,
        selected_fy=period.whole_fiscal_year,
        roster=roster,
        area=area,
        rosters=[(r.value, metrics.ROSTER_JA[r]) for r in Roster],
        export_url="/api/metrics/export.xlsx?" + urlencode(query),
    )


# ---------------------------------------------------------------- recording an activity from the console


def _activity_context(
    session: Any, settings: Any, proposal_id: int | None, request_id: int | None
) -> dict[str, Any]:
    from sqlmodel import col, select

    from schemas.enums import TAKEN_PROPOSAL_STATUSES
    from schemas.models import Proposal, Volunteer
    from service import usecases

    proposal = usecases.get_proposal(session, proposal_id, settings.org_id) if proposal_id else None
    rid = proposal.request_id if proposal is not None else request_id
    help_request = usecases.get_request(session, rid, settings.org_id) if rid else None
    helpers: list[tuple[int, str, bool]] = []
    if help_request is not None:
        rows = session.exec(
            select(Proposal, Volunteer.display_name)
            .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
            .where(Proposal.request_id == help_request.id, col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
        ).all()
        helpers = [(p.volunteer_id, name, proposal is None or p.id == proposal.id) for p, name in rows]
    return {"proposal": proposal, "r": help_request, "helpers": helpers}


def _activity_page(
    request: Request,
    session: Any,
    form: dict[str, Any],
    *,
    proposal_id: int | None,
    request_id: int | None,
    error: str | None = None,
    status_code: int = 200,
) -> Any:
    from schemas.activity import DIGITAL_TOPIC_JA, OUTCOME_JA, ActivityFormat
    from service.web.pages import page

    ctx = _activity_context(session, request.app.state.settings, proposal_id, request_id)
    return page(
        request,
        "staff/activity_form.html",
        status_code=status_code,
        form=form,
        error=error,
        topics=[(k.value, v) for k, v in DIGITAL_TOPIC_JA.items()],
        formats=[
            (ActivityFormat.one_to_one.value, "個別"),
            (ActivityFormat.group_class.value, "講座・相談会"),
        ],
        outcomes=[(k.value, v) for k, v in OUTCOME_JA.items()],
        rosters=[(r.value, metrics.ROSTER_JA[r]) for r in Roster],
        **ctx,
    )


def _int(value: str) -> int | None:
    try:
        return int(value) if value.strip() else None
    except ValueError:
        return None


def _staff_page(request: Request) -> Any:
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
    opt=STAFF_ONLY,
)
def staff_activity_form(request: Request) -> Any:
    """The form to record an activity (for an approved proposal, a request, or a class of its own)."""
    _staff_page(request)
    q = request.query_params
    today = datetime.now(metrics.JST).date().isoformat()
    with unit_of_work(request.app.state.engine) as session:
        return _activity_page(
            request,
            session,
            {"activity_date": today, "hours": "1", "format": "one_to_one"},
            proposal_id=_int(q.get("proposal", "")),
            request_id=_int(q.get("request", "")),
        )


@post(
    "/staff/activities/new",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=STAFF_ONLY,
)
def staff_activity_record(
    request: Request, data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
) -> Any:
    """Records the activity, then returns to its request (or to the dashboard)."""
    from pydantic import ValidationError

    from schemas.activity import ActivityCreate
    from service import activities
    from service.errors import DomainError
    from service.web.pages import _list, _one, redirect

    staff = _staff_page(request)
    form = {
        k: _one(data, k)
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
    ids = [int(v) for v in _list(data.get("volunteer_ids")) if v.isdigit()]
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
        with unit_of_work(state.engine) as session:
            activity = activities.record_activity(
                session=session, data=data_in, staff=staff, areas_path=state.settings.areas_path
            )
    except (ValidationError, DomainError) as exc:
        message = (
            exc.message_ja
            if isinstance(exc, DomainError)
            else "入力を確認してください: "
            + "; ".join(f"{'.'.join(str(p) for p in e['loc'])} {e['msg']}" for e in exc.errors())
        )
        with unit_of_work(state.engine) as session:
            return _activity_page(
                request,
                session,
                form,
                proposal_id=proposal_id,
                request_id=request_id,
                error=message,
                status_code=400,
            )
    if activity.request_id:
        return redirect(f"/staff/requests/{activity.request_id}?done=activity")
    return redirect("/staff/metrics")


@post(
    "/staff/requests/{request_id:int}/close",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=STAFF_ONLY,
)
def staff_request_close(
    request: Request,
    request_id: int,
    data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)],
) -> Any:
    """Closes the request with its outcome and returns to it."""
    from pydantic import ValidationError

    from schemas.activity import RequestClose
    from service import activities
    from service.errors import InputError
    from service.web.pages import _one, redirect

    staff = _staff_page(request)
    try:
        close = RequestClose(outcome=_one(data, "outcome"), reason=_one(data, "reason")[:500] or None)  # type: ignore[arg-type]
    except ValidationError:
        raise InputError(
            "結果を選び、対応できなかった場合は理由を書いてください。",
            "Choose an outcome; a failed request needs a reason.",
            field="outcome",
        ) from None
    with unit_of_work(request.app.state.engine) as session:
        activities.close_request(
            session=session,
            request_id=request_id,
            data=close,
            org_id=staff.org_id,
            actor=staff.username,
            staff_id=staff.id,
        )
    return redirect(f"/staff/requests/{request_id}?done=status")


# ---------------------------------------------------------------- a volunteer confirms through their private link


@get(
    "/v/{token:str}/activities",
    include_in_schema=False,
    sync_to_thread=True,
    media_type="text/html",
    opt=PUBLIC,
)
def volunteer_activities(request: Request, token: str) -> Any:
    """The activities recorded for the volunteer behind a private link, each with a confirm button."""
    from schemas.activity import DIGITAL_TOPIC_JA, DigitalTopic
    from service import activities
    from service.web.pages import page, resolve_private_link

    with unit_of_work(request.app.state.engine) as session:
        volunteer_id = resolve_private_link(session, token, "volunteer")
        rows = activities.volunteer_activities(session, volunteer_id)
    items = [
        {
            "id": a.id,
            "date": a.activity_date.isoformat(),
            "hours": a.hours,
            "people_helped": a.people_helped,
            "topic": DIGITAL_TOPIC_JA.get(DigitalTopic(a.digital_topic)) if a.digital_topic else "",
            "format": "講座・相談会" if a.format == "class" else "個別",
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
def volunteer_confirm_activity(request: Request, token: str, activity_id: int) -> Any:
    """Confirms one activity and returns to the list."""
    from service import activities
    from service.web.pages import redirect, resolve_private_link

    with unit_of_work(request.app.state.engine) as session:
        volunteer_id = resolve_private_link(session, token, "volunteer")
        activities.confirm_activity(session=session, activity_id=activity_id, volunteer_id=volunteer_id)
    return redirect(f"/v/{token}/activities?done=confirmed")


METRICS_PAGES = [
    staff_metrics,
    staff_activity_form,
    staff_activity_record,
    staff_request_close,
    volunteer_activities,
    volunteer_confirm_activity,
]
