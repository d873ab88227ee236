"""The staff console's export of a volunteer search: the list as shown, with Japanese headers, audited."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from schemas.models import Volunteer
from service.audit import audit
from service.roster.export import XLSX_MEDIA, spreadsheet_safe
from service.web.pages_i18n import translate

_HEADERS = [
    "番号",
    "氏名",
    "ふりがな",
    "登録簿",
    "特技",
    "地域",
    "活動できる時間",
    "言語",
    "月の上限",
    "状態",
    "登録日",
]
_CONTACT_HEADERS = ["電話", "メール"]
_ROSTER = {"skill_bank": "特技バンク", "digital": "デジタルボランティア"}


def _slot(slot: str) -> str:
    day, _, period = slot.partition("-")
    return translate(f"day_{day}", "ja") + translate(f"per_{period}", "ja")


def volunteer_sheet(
    rows: Sequence[Volunteer], areas: dict[str, str], *, with_contact: bool
) -> tuple[list[str], list[list[Any]]]:
    """Returns (Japanese headers, one row per volunteer) in words a coordinator reads, not codes."""
    headers = _HEADERS + (_CONTACT_HEADERS if with_contact else [])
    table: list[list[Any]] = []
    for v in rows:
        row: list[Any] = [
            v.external_id or f"sb-{v.id}",
            v.display_name,
            v.name_kana or "",
            "・".join(_ROSTER.get(r, r) for r in v.rosters),
            "、".join(v.skills),
            areas.get(v.area, v.area) if v.area else "",
            "、".join(_slot(s) for s in v.availability) or "指定なし",
            "、".join(translate(f"lang_{code}", "ja") for code in v.languages),
            v.max_per_month,
            translate(f"st_{v.status}", "ja"),
            v.created_at.date().isoformat(),
        ]
        if with_contact:
            row += [v.contact_phone or "", v.contact_email or ""]
        table.append(row)
    return headers, table


def encode_sheet(headers: list[str], table: list[list[Any]], fmt: str, *, sheet: str) -> tuple[bytes, str]:
    """Returns a CSV (UTF-8 with BOM, for Excel) or Excel file of the table, every cell formula-safe."""
    safe = [[spreadsheet_safe(c) for c in row] for row in table]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(safe)
        return buf.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8"
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(headers)
    for row in safe:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), XLSX_MEDIA


def record_export(
    session: Session, *, actor: str, kind: str, rows: int, with_contact: bool, filters: list[str]
) -> None:
    """Adds the export's audit row (who exported how many, with or without contacts; filter names, not words)."""
    audit(
        session,
        actor=actor,
        action="export",
        entity=kind,
        entity_id=None,
        rows=rows,
        contact=with_contact,
        filters=filters,
        view="console",
    )
