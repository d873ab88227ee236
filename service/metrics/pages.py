"""The staff dashboard of the plan's metrics, with charts drawn as server-side SVG (no JavaScript)."""

from __future__ import annotations

import calendar
import re
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.response import Redirect
from markupsafe import Markup, escape

from schemas.enums import Roster
from service.i18n import N_, gettext
from service.metrics.compute import ROSTER_JA, compute_for
from service.metrics.export import tables
from service.metrics.period import JST, fiscal_year_of, parse_period, reiwa_label
from service.uow import UnitOfWork
from service.web.deps import admin_guard, current_staff
from service.web.forms import FormData
from service.web.params import STAFF_ACCESS

COLORS = {"registrations": "#1f6f8b", "activities": "#e07a2f", "funnel": "#2a7f62", "town": "#5b5ea6"}


FONT = 'font-family="sans-serif"'


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


def monthly_chart(monthly: list[dict[str, Any]], lang: str = "ja") -> Markup:
    """Returns grouped bars per month: new registrations and activities."""
    new_label, act_label = gettext(lang, "新規登録"), gettext(lang, "活動")
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
            label = new_label if key == "registrations" else act_label
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
        month_text = calendar.month_abbr[month] if lang == "en" else f"{month}月"
        body.append(f'<text x="{x0:.1f}" y="{height - bottom + 16}" text-anchor="middle">{month_text}</text>')
    body.append(
        f'<rect x="{left}" y="6" width="12" height="12" fill="{COLORS["registrations"]}"/>'
        f'<text x="{left + 16}" y="16">{escape(new_label)}</text>'
        f'<rect x="{left + 90}" y="6" width="12" height="12" fill="{COLORS["activities"]}"/>'
        f'<text x="{left + 106}" y="16">{escape(act_label)}</text></g>'
    )
    desc = gettext(lang, "、").join(
        gettext(lang, "%(month)s: 登録%(registrations)s 活動%(activities)s", **m) for m in monthly
    )
    return _svg(width, height, gettext(lang, "月別の新規登録と活動"), desc, body, "chart-monthly")


def hbar_chart(
    rows: list[tuple[str, float, str]],
    *,
    title: str,
    color: str,
    ident: str,
    share_of_first: bool = False,
    lang: str = "ja",
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
        body.append(
            f'<text x="{label_w}" y="{top + 19}" fill="#666">{escape(gettext(lang, "データがありません"))}</text>'
        )
    body.append("</g>")
    desc = gettext(lang, "、").join(f"{label}: {_num(value)}" for label, value, _ in rows) or gettext(
        lang, "データがありません"
    )
    return _svg(width, height, title, desc, body, ident)


def charts(result: dict[str, Any], lang: str = "ja", shown: Any = None) -> dict[str, Markup]:
    """Returns the dashboard's three charts as inline SVG, in lang (`shown` turns a label into it)."""
    show = shown or (lambda value: value)
    funnel = [(show(f["label"]), f["volunteers"], "") for f in result["funnel"]]
    towns = sorted(
        (
            (show(a["label"]), a["activities"], gettext(lang, "%(n)s人", n=a["people_helped"]))
            for a in result["by_area"]
            if a["activities"]
        ),
        key=lambda r: -r[1],
    )
    return {
        "monthly": monthly_chart(result["monthly"], lang),
        "funnel": hbar_chart(
            funnel,
            title=gettext(lang, "登録から活動まで（ボランティア実人数）"),
            color=COLORS["funnel"],
            ident="chart-funnel",
            share_of_first=True,
            lang=lang,
        ),
        "towns": hbar_chart(
            towns,
            title=gettext(lang, "地域別の活動件数"),
            color=COLORS["town"],
            ident="chart-towns",
            lang=lang,
        ),
    }


def hours_text(hours: float | None, lang: str = "ja") -> str:
    """Returns a duration in the dashboard's one unit, hours, as people read it ("1.5 時間", "0.1 時間未満")."""
    if hours is None:
        return "—"
    if hours < 0.1:
        return gettext(lang, "0.1 時間未満")
    return gettext(lang, "%(hours)s 時間", hours=f"{hours:,.0f}" if hours >= 10 else f"{hours:.1f}")


def percent_text(share: float | None) -> str:
    """Returns a share (0–1) as a percentage ("4%", "33%"); "—" when there is nothing to divide by."""
    if share is None:
        return "—"
    return f"{share * 100:.0f}%" if share * 100 >= 1 or share == 0 else f"{share * 100:.1f}%"


# The dashboard's tables show shares as percentages and durations in hours; the workbook keeps the numbers.
_PERCENT_COLUMNS = {"割合", "達成率"}
_HOURS_ROWS = {"依頼から初回承認までの中央値（時間）": N_("依頼から初回承認までの中央値")}
_FY = re.compile(r"令和(元|\d+)年度（(\d{4})年度(?:: (\S+)〜(\S+))?）")
_REIWA = re.compile(r"令和(元|\d+)年度")
_SPAN = re.compile(r"^(\d{4}-\d{2}-\d{2})〜(\d{4}-\d{2}-\d{2})$")


def shown_in(lang: str, settings: Any) -> Any:
    """Returns a function showing a dashboard value in lang: catalogue words, fiscal years and periods, town
    names (areas file) and skill labels (taxonomy) in English; numbers, names and anything else as they are."""
    from service.areas import area_names, area_names_in
    from service.reasons_i18n import skill_label

    if lang == "ja":
        return lambda value: value
    towns_ja, towns = area_names(settings.areas_path), area_names_in(settings.areas_path, lang)
    town = {towns_ja[k]: towns[k] for k in towns_ja}

    def period(m: re.Match[str]) -> str:
        fy = f"FY{m.group(2)}"
        return f"{fy} ({m.group(3)} to {m.group(4)})" if m.group(3) else fy

    def show(value: Any) -> Any:
        if not isinstance(value, str) or not value:
            return value
        if (text := gettext(lang, value)) != value:
            return text
        if value in town:
            return town[value]
        if _FY.search(value):
            return _FY.sub(period, value)
        if m := _REIWA.fullmatch(value):
            return f"FY{2018 + (1 if m.group(1) == '元' else int(m.group(1)))}"
        if m := _SPAN.match(value):
            return f"{m.group(1)} to {m.group(2)}"
        if value.startswith("対応できず: "):
            return f"{gettext(lang, '対応できず')}: {show(value.removeprefix('対応できず: '))}"
        if "・" in value:
            return gettext(lang, "、").join(show(part) for part in value.split("・"))
        return skill_label(value, lang, settings.taxonomy_path)

    return show


def fiscal_year_label(fy: int, lang: str) -> str:
    """Returns 令和8年度（2026年度） in Japanese, FY2026 in English."""
    return f"FY{fy}" if lang == "en" else f"{reiwa_label(fy)}（{fy}年度）"


def display_tables(raw: list[Any], lang: str = "ja", shown: Any = None) -> list[Any]:
    """Returns the metrics tables formatted for reading on the page (the Excel export keeps raw numbers)."""
    from dataclasses import replace

    show = shown or (lambda value: value)
    out = []
    for table in raw:
        percent = [i for i, h in enumerate(table.headers) if h in _PERCENT_COLUMNS]
        rows = []
        for row in table.rows:
            row = list(row)
            for i in percent:
                if isinstance(row[i], int | float):
                    row[i] = percent_text(row[i])
            if table.key == "summary" and row and row[0] in _HOURS_ROWS:
                row = [_HOURS_ROWS[row[0]], hours_text(row[1], lang)]
            rows.append([show(v) for v in row])
        out.append(
            replace(table, title=show(table.title), headers=[show(h) for h in table.headers], rows=rows)
        )
    return out


@get("/staff/metrics", include_in_schema=False, sync_to_thread=True, media_type="text/html", opt=STAFF_ACCESS)
def staff_metrics(request: Request, uow: NamedDependency[UnitOfWork]) -> Any:
    """The dashboard: figures of a fiscal year (or from/to dates) beside the year's targets, with charts."""
    from service.web.pages import SECURITY_HEADERS, lang_of, page

    staff = current_staff(request)
    if staff is None:
        return Redirect(
            path="/staff/login?next="
            + quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe="/"),
            status_code=303,
        )
    request.state.staff = staff
    q = request.query_params
    today = datetime.now(JST).date()
    roster = q.get("roster") if q.get("roster") in tuple(Roster) else None
    area = q.get("area") or None
    try:
        fy = int(q["fy"]) if q.get("fy") else None
        period = parse_period(q.get("from") or None, q.get("to") or None, fy if not q.get("from") else None)
    except ValueError:
        return Response(
            "期間の指定が正しくありません。/ Invalid period.",
            status_code=400,
            media_type="text/plain",
            headers=SECURITY_HEADERS,
        )
    state = request.app.state
    session = uow.session
    result = compute_for(session, state.settings, period, roster=roster, area=area)
    current_fy = fiscal_year_of(today)
    lang = lang_of(request)
    show = shown_in(lang, state.settings)
    years = [(y, fiscal_year_label(y, lang)) for y in range(current_fy, current_fy - 6, -1)]
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
        tables=display_tables(tables(result), lang, show),
        charts=charts(result, lang, show),
        hours_text=lambda hours: hours_text(hours, lang),
        percent_text=percent_text,
        shown=show,
        is_admin=staff.role == "admin",
        years=years,
        selected_fy=period.whole_fiscal_year,
        roster=roster,
        area=area,
        rosters=[(r.value, ROSTER_JA[r]) for r in Roster],
        export_url="/api/metrics/export.xlsx?" + urlencode(query),
    )


def _targets_page(
    request: Request,
    uow: UnitOfWork,
    fy: int,
    values: dict[str, str],
    errors: dict[str, str],
    status: int = 200,
) -> Any:
    from service.metrics.compute import TARGET_METRICS
    from service.web.pages import lang_of, page

    current_fy = fiscal_year_of(datetime.now(JST).date())
    return page(
        request,
        "staff/metric_targets.html",
        status_code=status,
        fy=fy,
        years=[
            (y, fiscal_year_label(y, lang_of(request))) for y in range(current_fy + 1, current_fy - 5, -1)
        ],
        metrics=list(TARGET_METRICS.items()),
        values=values,
        errors=errors,
        saved=request.query_params.get("saved") == "1",
    )


def _fy_param(value: Any) -> int:
    try:
        fy = int(str(value))
    except ValueError:
        fy = 0
    return fy if 2000 <= fy <= 2100 else fiscal_year_of(datetime.now(JST).date())


@get("/staff/metrics/targets", sync_to_thread=True, guards=[admin_guard], media_type="text/html")
def staff_metric_targets(request: Request, uow: NamedDependency[UnitOfWork]) -> Any:
    """The admin form for a fiscal year's targets (the CLI `metrics --set-target` no longer the only way)."""
    from service.metrics.targets import targets_of

    fy = _fy_param(request.query_params.get("fy", ""))
    current = targets_of(uow.session, request.app.state.settings.org_id, fy)
    return _targets_page(request, uow, fy, {k: _num(v).replace(",", "") for k, v in current.items()}, {})


@post("/staff/metrics/targets", sync_to_thread=True, guards=[admin_guard], media_type="text/html")
def staff_metric_targets_save(request: Request, uow: NamedDependency[UnitOfWork], data: FormData) -> Any:
    """Saves the targets typed for a fiscal year (blank: left as it is), each with its audit row."""
    from service.metrics.compute import TARGET_METRICS
    from service.metrics.targets import set_target
    from service.web.forms import form_value
    from service.web.pages import redirect

    fy = _fy_param(form_value(data, "fy"))
    values = {m: form_value(data, m).replace(",", "") for m in TARGET_METRICS}
    errors: dict[str, str] = {}
    targets: dict[str, float] = {}
    for metric, text in values.items():
        if not text:
            continue
        try:
            number = float(text.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")))
        except ValueError:
            number = -1
        if not 0 <= number <= 1_000_000:
            errors[metric] = "0以上の数を入れてください。 / Enter a number of 0 or more."
        else:
            targets[metric] = number
    if errors:
        return _targets_page(request, uow, fy, values, errors, status=400)
    staff = request.state.staff
    for metric, number in targets.items():
        set_target(
            session=uow.session,
            org_id=request.app.state.settings.org_id,
            fiscal_year=fy,
            metric=metric,
            target=number,
            actor=staff.username,
        )
    return redirect(f"/staff/metrics/targets?fy={fy}&saved=1")


PAGES = [
    staff_metrics,
    staff_metric_targets,
    staff_metric_targets_save,
]
