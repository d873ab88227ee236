"""JSON API for roster exports."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, Response, get
from litestar.di import NamedDependency
from litestar.params import Parameter
from sqlalchemy import Engine

from schemas.enums import StaffRole
from schemas.models import StaffUser
from service.db import unit_of_work
from service.roster.export import encode_export, export_records
from service.settings import Settings
from service.web.params import STAFF

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
        records = export_records(session, settings, kind, with_contact=staff.role == StaffRole.admin)
    body, media = encode_export(records, kind, fmt)
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="skillbank-{kind}.{fmt}"'},
    )


ROUTES = [
    RosterExportController,
]
