"""JSON API for activities, request outcomes, the plan's metrics (JSON and Excel) and roster exports."""

from __future__ import annotations

import io
from datetime import date
from typing import Annotated, Any, Literal

from litestar import Controller, Response, get, post, put
from litestar.di import NamedDependency
from litestar.params import Parameter
from sqlalchemy import Engine

from schemas.activity import ActivityCreate, ActivityRead, MetricTargetSet, RequestClose, RequestClosed
from schemas.enums import Roster, StaffRole
from schemas.models import StaffUser
from service import activities, metrics, roster_io
from service.db import unit_of_work
from service.errors import InputError
from service.settings import Settings
from service.web.api import STAFF, Limit, Offset

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DateParam = Annotated[str | None, Parameter(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")]


class ActivityController(Controller):
    path = "/api/activities"
    tags = ["activities"]

    @post("/", sync_to_thread=True, **STAFF)
    def record(
        self,
        data: ActivityCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> ActivityRead:
        """Records an activity; the approved proposal(s) it fulfils become completed."""
        with unit_of_work(engine) as session:
            activity = activities.record_activity(
                session=session, data=data, staff=staff, areas_path=settings.areas_path
            )
            return activities.activity_read(session, activity)

    @get("/", sync_to_thread=True, **STAFF)
    def list(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        date_from: DateParam = None,
        date_to: DateParam = None,
        request_id: int | None = None,
        volunteer_id: int | None = None,
        roster: Roster | None = None,
    ) -> list[ActivityRead]:
        """Lists activities, latest first (dates are local, inclusive)."""
        with unit_of_work(engine) as session:
            return activities.list_activities(
                session,
                settings.org_id,
                date_from=_date(date_from, "date_from"),
                date_to=_date(date_to, "date_to"),
                request_id=request_id,
                volunteer_id=volunteer_id,
                roster=roster,
                limit=limit,
                offset=offset,
            )


class RequestOutcomeController(Controller):
    path = "/api/requests"
    tags = ["requests"]

    @post("/{request_id:int}/close", status_code=200, sync_to_thread=True, **STAFF)
    def close(
        self,
        request_id: int,
        data: RequestClose,
        engine: NamedDependency[Engine],
        staff: NamedDependency[StaffUser],
    ) -> RequestClosed:
        """Closes a request with its outcome (fulfilled, failed with a reason, no longer needed)."""
        with unit_of_work(engine) as session:
            r = activities.close_request(
                session=session,
                request_id=request_id,
                data=data,
                org_id=staff.org_id,
                actor=staff.username,
                staff_id=staff.id,
            )
            return RequestClosed(
                id=r.id,
                status=r.status,
                outcome=r.outcome,
                outcome_reason=r.outcome_reason,  # type: ignore[arg-type]
                closed_at=r.closed_at,
            )  # type: ignore[arg-type]


class MetricsController(Controller):
    path = "/api/metrics"
    tags = ["metrics"]

    @get("/", sync_to_thread=True, **STAFF)
    def read(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        from_: Annotated[
            str | None, Parameter(query="from", default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
        ] = None,
        to: DateParam = None,
        fy: Annotated[int | None, Parameter(ge=2000, le=2100, default=None)] = None,
        roster: Roster | None = None,
        area: str | None = None,
    ) -> dict[str, Any]:
        """Returns the plan's metrics for a period (default: the current fiscal year; dates in Asia/Tokyo)."""
        period = _period(from_, to, fy)
        with unit_of_work(engine) as session:
            return metrics.compute_for(session, settings, period, roster=roster, area=area)

    @get("/export.xlsx", sync_to_thread=True, **STAFF)
    def export_xlsx(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        from_: Annotated[
            str | None, Parameter(query="from", default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
        ] = None,
        to: DateParam = None,
        fy: Annotated[int | None, Parameter(ge=2000, le=2100, default=None)] = None,
        roster: Roster | None = None,
        area: str | None = None,
    ) -> Response[bytes]:
        """Returns the metrics as one Excel workbook, a sheet per table (for the annual report)."""
        period = _period(from_, to, fy)
        with unit_of_work(engine) as session:
            result = metrics.compute_for(session, settings, period, roster=roster, area=area)
        buf = io.BytesIO()
        metrics.write_xlsx(result, buf)
        name = f"skillbank-metrics-{period.start.isoformat()}_{period.end.isoformat()}.xlsx"
        return Response(
            buf.getvalue(), media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )

    @get("/targets", sync_to_thread=True, **STAFF)
    def targets(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        fy: Annotated[int, Parameter(ge=2000, le=2100)],
    ) -> list[dict[str, Any]]:
        """Returns the targets of a fiscal year beside the actual figures."""
        with unit_of_work(engine) as session:
            return metrics.compute_for(session, settings, metrics.Period.fiscal_year(fy))["targets"]  # type: ignore[no-any-return]

    @put("/targets", sync_to_thread=True, opt={"role": "admin"}, **STAFF)
    def set_target(
        self,
        data: MetricTargetSet,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Sets one yearly target (admin only)."""
        _admin(staff)
        with unit_of_work(engine) as session:
            row = activities.set_target(
                session=session,
                org_id=settings.org_id,
                fiscal_year=data.fiscal_year,
                metric=data.metric,
                target=data.target,
                actor=staff.username,
            )
            return {"fiscal_year": row.fiscal_year, "metric": row.metric, "target": row.target}


ExportFormat = Annotated[Literal["jsonl", "csv", "xlsx"], Parameter(query="format", default="jsonl")]


class RosterExportController(Controller):
    path = "/api/export"
    tags = ["export"]

    @get("/volunteers", sync_to_thread=True, **STAFF)
    def volunteers(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        fmt: ExportFormat = "jsonl",
    ) -> Response[bytes]:
        """Exports the volunteers (?format=jsonl|csv|xlsx); contact details only for admins (no consent field yet)."""
        return _export(engine, settings, staff, "volunteers", fmt)

    @get("/requests", sync_to_thread=True, **STAFF)
    def requests(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        fmt: ExportFormat = "jsonl",
    ) -> Response[bytes]:
        """Exports the requests (?format=jsonl|csv|xlsx); contact details only for admins."""
        return _export(engine, settings, staff, "requests", fmt)


def _export(engine: Engine, settings: Settings, staff: StaffUser, kind: str, fmt: str) -> Response[bytes]:
    with unit_of_work(engine) as session:
        records = roster_io.export_records(
            session, settings, kind, with_contact=staff.role == StaffRole.admin
        )
    body, media = roster_io.encode_export(records, kind, fmt)
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="skillbank-{kind}.{fmt}"'},
    )


def _admin(staff: StaffUser) -> None:
    from litestar.exceptions import PermissionDeniedException

    if staff.role != StaffRole.admin:
        raise PermissionDeniedException(detail="Admin role required.")


def _date(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"日付「{value}」が不正です。", f"Invalid date {value!r}.", field=field) from None


def _period(date_from: str | None, date_to: str | None, fy: int | None) -> metrics.Period:
    try:
        return metrics.parse_period(date_from, date_to, fy)
    except ValueError as exc:
        raise InputError("期間が不正です。", f"Invalid period: {exc}.", field="from") from None


ROUTES = [ActivityController, RequestOutcomeController, MetricsController, RosterExportController]
