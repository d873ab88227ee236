"""JSON API for the plan's metrics (JSON and Excel) and their targets."""

from __future__ import annotations

import io
from datetime import date
from typing import Annotated, Any

from litestar import Controller, Response, get, put
from litestar.di import NamedDependency
from litestar.params import Parameter

from schemas.activity import MetricTargetSet
from schemas.enums import Roster
from schemas.models import StaffUser
from service.errors import InputError
from service.metrics.compute import compute_for
from service.metrics.export import write_xlsx
from service.metrics.period import Period, parse_period
from service.metrics.targets import set_target
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.params import require_admin

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


DateParam = Annotated[str | None, Parameter(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")]


class MetricsController(Controller):
    path = "/api/metrics"
    tags = ["metrics"]
    guards = [staff_guard]  # every route here needs a staff login

    @get("/", sync_to_thread=True)
    def read(
        self,
        uow: NamedDependency[UnitOfWork],
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
        session = uow.session
        return compute_for(session, settings, period, roster=roster, area=area)

    @get("/export.xlsx", sync_to_thread=True, opt={"media_types": [XLSX]})
    def export_xlsx(
        self,
        uow: NamedDependency[UnitOfWork],
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
        session = uow.session
        result = compute_for(session, settings, period, roster=roster, area=area)
        buf = io.BytesIO()
        write_xlsx(result, buf)
        name = f"skillbank-metrics-{period.start.isoformat()}_{period.end.isoformat()}.xlsx"
        return Response(
            buf.getvalue(), media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )

    @get("/targets", sync_to_thread=True)
    def targets(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        fy: Annotated[int, Parameter(ge=2000, le=2100)],
    ) -> list[dict[str, Any]]:
        """Returns the targets of a fiscal year beside the actual figures."""
        session = uow.session
        return compute_for(session, settings, Period.fiscal_year(fy))["targets"]

    @put("/targets", sync_to_thread=True, opt={"role": "admin"})
    def set_target(
        self,
        data: MetricTargetSet,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Sets one yearly target (admin only)."""
        require_admin(staff)
        session = uow.session
        row = set_target(
            session=session,
            org_id=settings.org_id,
            fiscal_year=data.fiscal_year,
            metric=data.metric,
            target=data.target,
            actor=staff.username,
        )
        return {"fiscal_year": row.fiscal_year, "metric": row.metric, "target": row.target}


def parse_date_param(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"日付「{value}」が不正です。", f"Invalid date {value!r}.", field=field) from None


def _period(date_from: str | None, date_to: str | None, fy: int | None) -> Period:
    try:
        return parse_period(date_from, date_to, fy)
    except ValueError as exc:
        raise InputError("期間が不正です。", f"Invalid period: {exc}.", field="from") from None


ROUTES = [
    MetricsController,
]
