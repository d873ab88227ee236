"""Roster import: the dry-run report, likely duplicates found with rapidfuzz, and the write into the unit of work.

Reading a sheet and parsing its rows is service/roster/sheet.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import select

from schemas.enums import VolunteerStatus
from schemas.models import Volunteer, VolunteerCreate, VolunteerUpdate
from service.areas import area_names
from service.audit import audit
from service.db import row_id
from service.i18n import N_, Message, msg
from service.roster.merge import merge_data, volunteer_keys
from service.roster.sheet import (
    Candidate,
    _split,
    likely_same,
    nfkc,
    parse_row,
    read_sheet,
    resolve_mapping,
)
from service.uow import UnitOfWork
from service.volunteers.usecases import register_volunteer, update_volunteer

JST = ZoneInfo("Asia/Tokyo")


NO_NAME = N_("（氏名なし）")  # what a row without a name is called in the report


def row_ref(row: int) -> Message:
    """「行4」: an earlier row of the sheet, as the report names it."""
    return msg(N_("行%(row)s"), row=row)


def record_ref(volunteer_id: int | None) -> Message:
    """「登録済み#12」: a volunteer already registered, as the report names it."""
    return msg(N_("登録済み#%(id)s"), id=volunteer_id)


@dataclass
class RowReport:
    """One row's outcome. Reasons, warnings and whom it duplicates are catalogue messages (service/i18n.py
    Message): the console shows them in the page's language, the command line in Japanese."""

    row: int
    action: str  # created | updated | merged | duplicate | conflict | rejected
    name: str  # as typed ("" when the row has none: shown as NO_NAME)
    reasons: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    duplicate_of: Message | None = None  # row_ref(4) or record_ref(12)
    volunteer_id: int | None = None

    @property
    def name_ja(self) -> str:
        return self.name or NO_NAME

    def to_dict(self) -> dict[str, Any]:
        """The row as the --report file has always written it: the messages in Japanese."""
        return {
            "row": self.row,
            "action": self.action,
            "name": self.name_ja,
            "reasons": [m.ja for m in self.reasons],
            "warnings": [m.ja for m in self.warnings],
            "duplicate_of": self.duplicate_of.ja if self.duplicate_of else None,
            "volunteer_id": self.volunteer_id,
        }


@dataclass
class ImportReport:
    file: str
    encoding: str
    sheet: str | None
    dry_run: bool
    columns: dict[str, str]
    ignored_columns: list[str]
    blank_rows: list[int]
    rows: list[RowReport]

    @property
    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("created", "updated", "merged", "duplicate", "conflict", "rejected"), 0)
        for r in self.rows:
            out[r.action] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rows"] = [r.to_dict() for r in self.rows]
        d["counts"] = self.counts
        return d

    def to_text(self) -> str:
        labels = {
            "created": "新規",
            "updated": "更新",
            "merged": "統合",
            "duplicate": "重複の疑い",
            "conflict": "氏名が違う",
            "rejected": "不可",
        }
        head = "（試行・書き込みなし）" if self.dry_run else ""
        lines = [
            f"{self.file}{head}  文字コード: {self.encoding}"
            + (f"  シート: {self.sheet}" if self.sheet else ""),
            "列: " + ", ".join(f"{h}→{f}" for h, f in self.columns.items()),
        ]
        if self.ignored_columns:
            lines.append("使わない列: " + ", ".join(self.ignored_columns))
        if self.blank_rows:
            lines.append("空行: " + ", ".join(map(str, self.blank_rows)))
        for r in self.rows:
            detail = "; ".join(
                [m.ja for m in r.reasons]
                + (
                    [f"{r.duplicate_of.ja}と同一人物の可能性"]
                    if r.duplicate_of and r.action != "conflict"
                    else []
                )
                + [m.ja for m in r.warnings]
            )
            lines.append(
                f"  行{r.row:>4}  {labels[r.action]:<6} {r.name_ja}" + (f"  — {detail}" if detail else "")
            )
        c = self.counts
        lines.append(
            f"新規 {c['created']} / 更新 {c['updated']} / 統合 {c['merged']} / 重複の疑い {c['duplicate']} / "
            f"氏名が違う {c['conflict']} / 不可 {c['rejected']}"
        )
        return "\n".join(lines)


Decide = Callable[[RowReport, str], bool]  # (row, who it duplicates) -> merge?


def import_roster(
    uow: UnitOfWork,
    *,
    path: Path,
    org_id: str,
    areas_path: Path,
    mapping: dict[str, str | None] | None = None,
    sheet: str | None = None,
    dry_run: bool = True,
    decide: Decide | None = None,
    progress: Callable[[int], None] | None = None,
    actor: str = "import",
) -> ImportReport:
    """Imports a roster into the caller's unit of work (nothing is written on a dry run).

    Returns the report; the matching jobs it needs are on the unit of work. A likely duplicate is
    merged only when `decide` says so (never on a dry run); otherwise it is left out and reported.
    """
    session = uow.session

    table = read_sheet(path, sheet)
    if mapping:
        table = _split(table.raw, table.encoding, table.sheet, mapping)
    columns, ignored = resolve_mapping(table.headers, mapping)
    areas = area_names(areas_path)
    report = ImportReport(
        str(path.name),
        table.encoding,
        table.sheet,
        dry_run,
        {table.headers[i]: f for i, f in columns.items()},
        ignored,
        table.blank_rows,
        [],
    )
    if "display_name" not in columns.values():
        raise ValueError("no column is mapped to display_name (氏名); give a column mapping")
    existing = list(session.exec(select(Volunteer).where(Volunteer.org_id == org_id)))
    by_external = {v.external_id: v for v in existing if v.external_id}
    existing_keys = [(v, volunteer_keys(v)) for v in existing]
    accepted: list[tuple[Candidate, RowReport]] = []
    decide = decide if (decide is not None and not dry_run) else None
    for row_no, cells in table.rows:
        values = {f: cells[i] if i < len(cells) else "" for i, f in columns.items()}
        name = nfkc(values.get("display_name"))
        try:
            cand = parse_row(row_no, values, areas)
        except ValueError as exc:
            report.rows.append(RowReport(row_no, "rejected", name, reasons=list(exc.args[0])))
            if progress:
                progress(1)
            continue
        rr = RowReport(row_no, "created", name, warnings=cand.warnings)
        keys = cand.keys
        target: Volunteer | None = by_external.get(cand.data.get("external_id"))  # type: ignore[arg-type]
        if target is not None and not _same_person(keys, volunteer_keys(target)):
            # The same number on a different name (a renumbered roster): overwrite only when asked and told so.
            rr.action, rr.duplicate_of = "conflict", record_ref(target.id)
            rr.reasons = [
                msg(
                    N_("外部ID「%(external_id)s」の登録済み#%(id)sは「%(name)s」(氏名が違う)"),
                    external_id=target.external_id,
                    id=target.id,
                    name=target.display_name,
                )
            ]
            if decide and decide(rr, f"{record_ref(target.id)} {target.display_name}"):
                rr.action, rr.volunteer_id = "updated", target.id
            else:
                target = None
        elif target is not None:
            rr.action, rr.volunteer_id = "updated", target.id
        else:
            ext = cand.data.get("external_id")
            earlier = next(
                (
                    (c, r, why)
                    for c, r in accepted
                    if (
                        why := (
                            msg(N_("外部IDが同じ"))
                            if ext and c.data.get("external_id") == ext
                            else likely_same(keys, c.keys)
                        )
                    )
                ),
                None,
            )
            known = next(((v, why) for v, k in existing_keys if (why := likely_same(keys, k))), None)
            if earlier is not None:
                c, r, why = earlier
                rr.duplicate_of, rr.reasons = row_ref(c.row), [why]
                if decide and decide(rr, f"{row_ref(c.row)} {c.data['display_name']}"):
                    _merge_into(c, cand)
                    rr.action, rr.volunteer_id = "merged", r.volunteer_id
                else:
                    rr.action = "duplicate"
            elif known is not None:
                v, why = known
                rr.duplicate_of, rr.reasons = record_ref(v.id), [why]
                if decide and decide(rr, f"{record_ref(v.id)} {v.display_name}"):
                    rr.action, rr.volunteer_id, target = "merged", v.id, v
                else:
                    rr.action = "duplicate"
        report.rows.append(rr)
        if rr.action in ("created", "updated") or (rr.action == "merged" and target is not None):
            accepted.append((cand, rr))
            if target is not None:
                rr.volunteer_id = target.id
        if progress:
            progress(1)
    if dry_run:
        return report
    for cand, rr in accepted:
        if rr.volunteer_id is not None:
            held = session.get(Volunteer, rr.volunteer_id)
            assert held is not None
            changes = {k: val for k, val in cand.data.items() if k not in ("external_id", "active")}
            if "rosters" in changes and rr.action == "merged":
                changes["rosters"] = list(dict.fromkeys([*held.rosters, *changes["rosters"]]))
            if "skills" in changes:
                changes["skills"] = list(dict.fromkeys([*held.skills, *changes["skills"]]))[:30]
            if "active" in cand.data:
                changes["status"] = VolunteerStatus.active if cand.data["active"] else VolunteerStatus.paused
                if held.status == VolunteerStatus.withdrawn or changes["status"] == held.status:
                    changes.pop("status")
            update = VolunteerUpdate.model_validate(changes)
            update_volunteer(
                uow=uow,
                volunteer_id=row_id(held),
                data=update,
                areas_path=areas_path,
                org_id=org_id,
                actor=actor,
            )
        else:
            v = register_volunteer(
                uow=uow,
                data=VolunteerCreate.model_validate(cand.data),
                areas_path=areas_path,
                org_id=org_id,
            )
            rr.volunteer_id = v.id
            held = v
            if cand.registered_on is not None:  # 登録日 from the sheet: counts in the year they joined
                held.created_at = datetime.combine(cand.registered_on, time(), tzinfo=JST)
                session.add(held)
        if cand.name_kana:
            held.name_kana = cand.name_kana
            session.add(held)
    for rr in report.rows:  # merged rows share the earlier row's volunteer
        if rr.action == "merged" and rr.volunteer_id is None and rr.duplicate_of:
            first = next(r for r in report.rows if row_ref(r.row) == rr.duplicate_of)
            rr.volunteer_id = first.volunteer_id
    audit(
        session,
        actor=actor,
        action="import_roster",
        entity="volunteer",
        entity_id=None,
        file=report.file,
        counts=report.counts,
    )
    session.flush()
    return report


def _same_person(row: dict[str, str], held: dict[str, str]) -> bool:
    """Whether a row whose external id matches a record names the same person: the name or reading agrees
    (width, kana and spacing aside), or the names are near and the phone or e-mail agree."""
    if row["name"] == held["name"] or (row["kana"] and row["kana"] in (held["kana"], held["name"])):
        return True
    reason = likely_same(row, held)
    return reason is not None


def _merge_into(first: Candidate, later: Candidate) -> None:
    """Fills what the first row lacks from a later row of the same person; skills and rosters are united."""
    merge_data(first.data, later.data)
    first.name_kana = first.name_kana or later.name_kana
