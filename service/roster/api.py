"""JSON API for roster exports."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, Response, get
from litestar.di import NamedDependency
from litestar.params import Parameter

from schemas.models import StaffUser
from service.privacy.rules import ContactView, contact_visible
from service.roster.export import XLSX_MEDIA, encode_export, export_records
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard

# what encode_export sends, documented in the OpenAPI (service/web/openapi.py)
EXPORT_MEDIA = {"media_types": ["application/x-ndjson", "text/csv; charset=utf-8", XLSX_MEDIA]}


ExportFormat = Annotated[Literal["jsonl", "csv", "xlsx"], Parameter(query="format", default="jsonl")]


class RosterExportController(Controller):
    path = "/api/export"
    tags = ["export"]
    guards = [staff_guard]  # every route here needs a staff login

    @get("/volunteers", sync_to_thread=True, opt=EXPORT_MEDIA)
    def volunteers(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        fmt: ExportFormat = "jsonl",
    ) -> Response[bytes]:
        """Exports the volunteers (?format=jsonl|csv|xlsx); contact details only for admins (no consent field yet)."""
        return _export(uow, settings, staff, "volunteers", fmt)

    @get("/requests", sync_to_thread=True, opt=EXPORT_MEDIA)
    def requests(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        fmt: ExportFormat = "jsonl",
    ) -> Response[bytes]:
        """Exports the requests (?format=jsonl|csv|xlsx); contact details only for admins."""
        return _export(uow, settings, staff, "requests", fmt)


def _export(uow: UnitOfWork, settings: Settings, staff: StaffUser, kind: str, fmt: str) -> Response[bytes]:
    records = export_records(
        uow.session, settings, kind, with_contact=contact_visible(staff.role, ContactView.export)
    )
    body, media = encode_export(records, kind, fmt)
    return Response(
        body,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="skillbank-{kind}.{fmt}"'},
    )


ROUTES = [
    RosterExportController,
]
