"""Exports of volunteers and requests as interchange JSONL, CSV or Excel (contacts for admins only)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from schemas.enums import VolunteerStatus
from schemas.models import HelpRequest, Volunteer

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
    rows = [[spreadsheet_safe(v) for v in row] for row in rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(headers)
        w.writerows([["" if v is None else v for v in row] for row in rows])
        return buf.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = kind
    ws.append(headers)
    for row in rows:
        ws.append(row)
    buf2 = io.BytesIO()
    wb.save(buf2)
    return buf2.getvalue(), XLSX_MEDIA
