"""Exports of volunteers and requests as interchange JSONL, CSV or Excel (contacts for admins only)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from schemas.activity import OUTCOME_JA
from schemas.enums import VolunteerStatus
from schemas.models import HelpRequest, Volunteer
from service.requests.schedule import as_schedule, rule_text
from service.web.pages_i18n import translate

EXPORT_KINDS = ("volunteers", "requests")


EXPORT_FORMATS = ("jsonl", "csv", "xlsx")


XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_records(session: Session, settings: Any, kind: str, *, with_contact: bool) -> list[dict[str, Any]]:
    """Returns volunteers or requests in the interchange shape; contact details only when with_contact.

    An export is the council's own use of its records, so contact data goes to admins (API) and the operator
    (CLI) only; handing anyone's contact to a third party (a matched requester or volunteer) is a provision
    that goes through ``service.rights.disclose``, which checks both consents and records it.
    """
    out: list[dict[str, Any]] = []
    if kind == "volunteers":
        for v in session.exec(
            select(Volunteer).where(Volunteer.org_id == settings.org_id).order_by(col(Volunteer.id))
        ):
            rec: dict[str, Any] = {
                "external_id": v.external_id or f"sb-{v.id}",
                "display_name": v.display_name,
                "kana": v.name_kana,
                "rosters": list(v.rosters),
                "skills": v.skills,
                "bio": v.bio,
                "area": v.area,
                "availability": v.availability,
                "languages": v.languages,
                "max_per_month": v.max_per_month,
                "active": v.status == VolunteerStatus.active,
            }
            if with_contact:
                rec["contact"] = {"email": v.contact_email, "phone": v.contact_phone}
            out.append(rec)
    else:
        for r in session.exec(
            select(HelpRequest).where(HelpRequest.org_id == settings.org_id).order_by(col(HelpRequest.id))
        ):
            rec = {
                "external_id": r.external_id or f"sb-{r.id}",
                "requester_kind": r.requester_kind,
                "requester_name": r.requester_name,
                "title": r.title,
                "description": r.description,
                "skills": r.skills,
                "area": r.area,
                "slots": r.slots,
                "schedule": r.schedule,  # null: 日程は相談 (the interchange's optional field)
                "languages": r.languages,
                "remote_ok": r.remote_ok,
                "helpers_needed": r.helpers_needed,
                "status": r.status,
                "outcome": r.outcome,
            }
            if with_contact:
                rec["contact"] = {"email": r.contact_email, "phone": r.contact_phone}
            out.append(rec)
    return out


# Headers of the human exports (CSV/Excel for people): the interchange JSONL keeps the field names.
HEADER_JA = {
    "external_id": "外部ID",
    "display_name": "氏名",
    "kana": "ふりがな",
    "rosters": "登録区分",
    "skills": "特技",
    "bio": "備考",
    "area": "町名",
    "availability": "活動可能日",
    "languages": "言語",
    "max_per_month": "月の上限",
    "active": "活動中",
    "requester_kind": "依頼者の種別",
    "requester_name": "依頼者名",
    "title": "件名",
    "description": "依頼内容",
    "slots": "希望日時",
    "schedule": "日程",
    "remote_ok": "オンライン可",
    "helpers_needed": "必要な人数",
    "status": "状態",
    "outcome": "結果",
    "email": "メールアドレス",
    "phone": "電話番号",
}
ROSTER_JA = {"skill_bank": "特技バンク", "digital": "デジタルボランティア"}
_KIND_JA = {"resident": "個人", "group": "団体"}


def slot_ja(slot: str) -> str:
    """Returns a slot code in words (「月午前」)."""
    day, _, part = slot.partition("-")
    return translate(f"day_{day}", "ja") + translate(f"per_{part}", "ja")


def word_ja(key: str, value: Any, areas: dict[str, str]) -> Any:
    """Returns one field's value as people read it: town names, 「月午前」, はい/いいえ, statuses in words (lists
    stay lists; the caller joins them)."""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if key == "area" and value:
        return areas.get(value, value)
    if key == "rosters":
        return [ROSTER_JA.get(str(r), str(r)) for r in value]
    if key in ("availability", "slots"):
        return [slot_ja(str(x)) for x in value] or ("日時は相談" if key == "slots" else value)
    if key == "schedule":
        return rule_text(as_schedule(value), "ja")
    if key == "languages":
        return [translate(f"lang_{x}", "ja") for x in value]
    if key == "requester_kind":
        return _KIND_JA.get(str(value), value)
    if key == "status" and value:
        return translate(f"st_{value}", "ja")
    if key == "outcome" and value:
        return OUTCOME_JA.get(value, value)
    return value


def human_records(records: list[dict[str, Any]], areas: dict[str, str]) -> list[dict[str, Any]]:
    """Returns export records as people read them: Japanese headers and words (for CSV/Excel handed to people;
    the interchange JSONL keeps the codes)."""
    out = []
    for rec in records:
        row: dict[str, Any] = {}
        for key, value in rec.items():
            if key == "contact":
                row[HEADER_JA["email"]] = (value or {}).get("email")
                row[HEADER_JA["phone"]] = (value or {}).get("phone")
                continue
            row[HEADER_JA.get(key, key)] = word_ja(key, value, areas)
        out.append(row)
    return out


def _flat(records: Iterable[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    rows = []
    headers: list[str] = []
    for rec in records:
        flat: dict[str, Any] = {}
        for k, v in rec.items():
            if k == "contact":
                flat["email"], flat["phone"] = (v or {}).get("email"), (v or {}).get("phone")
            elif isinstance(v, list):
                flat[k] = "、".join(map(str, v))
            elif isinstance(v, dict):  # the schedule with --codes: its interchange JSON in one cell
                flat[k] = json.dumps(v, ensure_ascii=False)
            else:
                flat[k] = v
        for k in flat:
            if k not in headers:
                headers.append(k)
        rows.append(flat)
    return headers, [[r.get(h) for h in headers] for r in rows]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# A spreadsheet reads a cell starting with one of these as a formula — also after leading spaces, and also when
# the rest looks like arithmetic ("-1-2-3", "+81-90-…" becomes a sum); full-width forms for Japanese input.
_FORMULA_START = frozenset("=+-@＝＋－＠")


def spreadsheet_safe(value: Any) -> Any:
    """Returns a cell value that a spreadsheet shows as text: no formula (CSV/formula injection, CWE-1236; OWASP:
    prefix a quote to every cell starting with = + - @, tab or carriage return, whatever follows) and no control
    characters (openpyxl refuses them)."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    if value[:1] in ("\t", "\r", "\n") or value.lstrip(" \u3000\t\r\n")[:1] in _FORMULA_START:
        return "'" + value
    return value


def encode_export(records: list[dict[str, Any]], kind: str, fmt: str) -> tuple[bytes, str]:
    """Returns the file body and its media type; CSV is UTF-8 with BOM so Excel reads the Japanese."""
    if fmt == "jsonl":
        return "".join(
            json.dumps(r, ensure_ascii=False) + "\n" for r in records
        ).encode(), "application/x-ndjson"
    headers, rows = _flat(records)
    return write_table(headers, rows, fmt, sheet=kind)


def write_table(headers: list[str], rows: list[list[Any]], fmt: str, *, sheet: str) -> tuple[bytes, str]:
    """Returns a CSV (UTF-8 with BOM, for Excel) or Excel file of the table and its media type, every cell
    formula-safe."""
    safe = [[spreadsheet_safe(v) for v in row] for row in rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(headers)
        w.writerows([["" if v is None else v for v in row] for row in safe])
        return buf.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    for row in safe:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), XLSX_MEDIA
