"""The staff console's export of a volunteer search: the list as shown, with Japanese headers, audited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from schemas.models import Volunteer
from service.audit import audit
from service.roster.export import word_ja, write_table

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
            "・".join(word_ja("rosters", v.rosters, areas)),
            "、".join(v.skills),
            word_ja("area", v.area, areas) or "",
            "、".join(word_ja("availability", v.availability, areas)) or "指定なし",
            "、".join(word_ja("languages", v.languages, areas)),
            v.max_per_month,
            word_ja("status", v.status, areas),
            v.created_at.date().isoformat(),
        ]
        if with_contact:
            row += [v.contact_phone or "", v.contact_email or ""]
        table.append(row)
    return headers, table


def encode_sheet(headers: list[str], table: list[list[Any]], fmt: str, *, sheet: str) -> tuple[bytes, str]:
    """Returns a CSV (UTF-8 with BOM, for Excel) or Excel file of the table, every cell formula-safe."""
    return write_table(headers, table, fmt, sheet=sheet)


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
