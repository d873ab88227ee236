"""`skillbank import` stores exactly what the path before issue 11's fast import stored.

The reference below is the import as it was (SQLAlchemy's executemany of an `insert()`, SQLModel's
model_validate, search keys folded from the joined text, ids read back after every batch, consents through the
ORM). A varied file — new rows, rows without an external id, updates of existing ids, an id named twice,
consents, kana and full-width contacts, a withdrawal, rejected lines of every kind — goes through both on a
fresh database each, on SQLite and PostgreSQL; every table's rows (timestamps aside), the counts, the
line-numbered rejections and the re-scoring job must be the same, with and without --all-or-nothing.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import insert, text
from sqlmodel import Session, SQLModel, col, select

import service.volunteers.usecases as usecases
from schemas.enums import VolunteerStatus
from schemas.models import Contact, HelpRequestCreate, Volunteer, VolunteerCreate, VolunteerUpdate
from service.areas import area_names, check_area
from service.cli_data import _read_objects, import_records
from service.db import make_engine, row_id
from service.errors import DomainError
from service.matching_jobs.repository import rescore_after_import
from service.migrate import upgrade
from service.privacy.repository import record_consents
from service.requests.usecases import submit_request
from service.search import search_key
from service.settings import DEFAULT_AREAS_PATH
from service.uow import UnitOfWork
from service.volunteers.usecases import ImportCounts, update_volunteer
from tests.conftest import _truncate_all
from tests.factories import help_request, volunteer

# ---------------------------------------------------------------- the import before the fast path


def _old_ids_by_external_id(session: Session, org_id: str, external_ids: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(external_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 5_000):
        rows = session.exec(
            select(Volunteer.external_id, Volunteer.id).where(
                Volunteer.org_id == org_id, col(Volunteer.external_id).in_(wanted[start : start + 5_000])
            )
        ).all()
        found.update({ext: vid for ext, vid in rows if ext is not None and vid is not None})
    return found


def _old_insert_volunteers(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(insert(Volunteer.__table__), list(rows))  # type: ignore[attr-defined]


def _old_new_row(data: VolunteerCreate, org_id: str, now: datetime) -> dict[str, Any]:
    contact = data.contact or Contact()
    row = data.model_dump(exclude={"contact", "active", "consents", "kana"})
    row.update(
        org_id=org_id,
        status=VolunteerStatus.active if data.active else VolunteerStatus.paused,
        contact_email=contact.email,
        contact_phone=contact.phone,
        name_kana=(data.kana or "").strip() or None,
        created_at=now,
        updated_at=now,
    )
    skills = list(row.get("skills") or [])
    bio = row.get("bio") or ""
    row["search_key"] = search_key(" ".join([row["display_name"], row["name_kana"] or "", bio, *skills]))
    row["skill_key"] = search_key(" ".join([*skills, bio]))
    return row


def _utcnow() -> datetime:
    return usecases.utcnow()


def reference_import_volunteers(
    *,
    uow: UnitOfWork,
    records: Iterable[tuple[int, dict[str, Any] | DomainError]],
    areas_path: Path,
    org_id: str,
    actor: str = "import",
    on_reject: Callable[[int, Exception], None] | None = None,
) -> ImportCounts:
    """Imports interchange records (line number, record): new ones in bulk, known external ids updated.

    The existing external ids are read in one query, new volunteers are inserted with multi-row INSERTs, and
    ONE re-scoring job is queued for the whole import (none when no request is open). Invalid records are
    counted, given to on_reject and skipped.
    """
    session = uow.session
    counts = ImportCounts()
    valid: list[tuple[int, dict[str, Any], VolunteerCreate]] = []
    for line_no, rec in records:
        try:
            if isinstance(rec, Exception):  # a line the CLI could not read: refused in line order, as it was
                raise rec
            data = VolunteerCreate.model_validate(rec)
            check_area(data.area, areas_path)
        except (ValidationError, DomainError) as exc:
            counts.rejected += 1
            if on_reject is not None:
                on_reject(line_no, exc)
            continue
        valid.append((line_no, rec, data))
    known = _old_ids_by_external_id(session, org_id, (d.external_id for _, _, d in valid if d.external_id))
    pending: list[tuple[VolunteerCreate, dict[str, Any]]] = []
    pending_ext: set[str] = set()

    def flush() -> None:
        bulk = [(data, row) for data, row in pending if data.external_id]
        _old_insert_volunteers(session, [row for _, row in bulk])
        known.update(_old_ids_by_external_id(session, org_id, (data.external_id or "" for data, _ in bulk)))
        for data, row in pending:
            if data.external_id:
                vid = known[data.external_id]
            else:  # no external id to read it back by: the ORM inserts it and returns its id
                volunteer = Volunteer(**row)
                session.add(volunteer)
                session.flush()
                vid = row_id(volunteer)
            record_consents(session, "volunteer", vid, data.consents, org_id)
        counts.created += len(pending)
        pending.clear()
        pending_ext.clear()

    now = _utcnow()
    for line_no, rec, data in valid:
        ext = data.external_id
        if ext and ext in pending_ext:  # the file names this volunteer twice: the later line updates
            flush()
        if ext and ext in known:
            try:
                with uow.attempt():  # a refused update is undone alone (no half-applied fields at commit)
                    update_volunteer(
                        uow=uow,
                        volunteer_id=known[ext],
                        data=VolunteerUpdate.model_validate(rec),
                        areas_path=areas_path,
                        org_id=org_id,
                        actor=actor,
                        rescore=False,
                    )
            except (ValidationError, DomainError) as exc:
                counts.rejected += 1
                if on_reject is not None:
                    on_reject(line_no, exc)
                continue
            counts.updated += 1
            continue
        pending.append((data, _old_new_row(data, org_id, now)))
        if ext:
            pending_ext.add(ext)
        if len(pending) >= usecases.IMPORT_BATCH:  # the same batches: ids follow them
            flush()
    flush()
    if counts.created or counts.updated:
        rescore_after_import(uow, org_id)
    return counts


# ---------------------------------------------------------------- the file

AREAS = ["town_nakazato", "town_noshio", "town_matsuyama", "town_asahigaoka", None]
SLOTS = [f"{d}-{p}" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") for p in ("am", "pm", "eve")]
SKILLS = [
    "スマホの使い方",
    "すまほ",
    "ＬＩＮＥ",
    "LINE",
    "書道",
    "料理",
    "パソコン",
    "ヴァイオリン",
    "翻訳 ",
    "大工仕事",
]
BIOS = ["", "元教員です。", "スマホの操作を教えられます。", "料理が得意です。", "Wi-Fiの設定ができます。"]


def varied_file(path: Path, seeded: int) -> Path:
    """Writes a 300-line interchange file: new rows, updates of the `seeded` existing ids, an id twice,
    rows without an id, consents, kana, full-width contacts, and bad lines of every kind (fixed seed)."""
    rng = random.Random(20261203)
    lines: list[str] = []
    for i in range(300):
        roll = rng.random()
        rec = volunteer(
            external_id=f"E{i:04d}",
            display_name=f"ボランティア　{i}" if i % 5 else f"ﾎﾞﾗﾝﾃｨｱ {i}",
            rosters=rng.choice([["digital"], ["skill_bank"], ["skill_bank", "digital", "skill_bank"]]),
            skills=rng.sample(SKILLS, rng.randint(0, 3)) + (["書道"] if i % 17 == 0 else []),
            bio=rng.choice(BIOS),
            area=rng.choice(AREAS),
            availability=rng.sample(SLOTS, rng.randint(0, 4)),
            languages=rng.choice([["ja"], ["ja", "en"], ["vi"]]),
            max_per_month=rng.randint(1, 8),
            active=rng.random() > 0.15,
            contact=rng.choice(
                [
                    None,
                    {"email": f"v{i}@Example.JP"},
                    {"phone": "０９０－１２３４－５６７８"},
                    {"email": f"v{i}@example.jp", "phone": "042-495-0000"},
                ]
            ),
        )
        if rec["contact"] is None:
            del rec["contact"]
        if i % 4 == 0:
            rec["kana"] = rng.choice(["ぼらんてぃあ", " ボランティア ", ""])
        if i % 3 == 0:
            rec["consents"] = {"contact_share": i % 2 == 0}
        if i % 13 == 0:  # repeats, some only after the tag's blanks are stripped: each list de-duplicated
            rec["skills"] = [*rec["skills"], "翻訳", " 翻訳", *rec["skills"]][:30]
            rec["availability"] = [*rec["availability"], *rec["availability"]]
            rec["languages"] = [*rec["languages"], "ja", *rec["languages"]]
            rec["rosters"] = [*rec["rosters"], "digital", *rec["rosters"]]
        if i in (5, 6):  # what COPY's text format escapes (tab, newline, CR, backslash …), in texts and lists
            rec["bio"] = 'タブ\tと改行\nと復帰\rと\\と\b\f\vと"引用"と\\N'
            rec["skills"] = ["C:\\temp", "a\tb", '"書道"', "\\N"]
            rec["display_name"] = "円\\記号\t" + str(i)
        if i % 11 == 0:
            del rec["external_id"]  # no id: the ORM inserts it
        if roll < 0.15 and seeded:  # an update of a volunteer already stored
            rec["external_id"] = f"S{rng.randrange(seeded):04d}"
            rec["bio"] = f"更新 {i}"
            if i % 7 == 0:
                rec = {"external_id": rec["external_id"], "display_name": "改名", "max_per_month": 2}
            elif i % 3 == 1:  # a status change: an audit row, and a paused volunteer leaves their proposals
                rec["status"] = rng.choice(["paused", "withdrawn", "active"])
        elif roll < 0.2 and i > 10:  # the file names an earlier line's volunteer again
            rec["external_id"] = f"E{rng.randrange(i - 10):04d}"
            rec["skills"] = ["ピアノ"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    bad = {
        7: "{not json",
        23: "[1, 2, 3]",
        41: json.dumps(volunteer(external_id="B1", display_name="")),
        58: json.dumps(volunteer(external_id="B2", availability=["someday"])),
        77: json.dumps(volunteer(external_id="B3", max_per_month=True)),
        96: json.dumps(volunteer(external_id="B4", area="atlantis")),
        120: json.dumps(volunteer(external_id="B5", contact={"email": "someone@gmial.com"})),
        150: json.dumps({"external_id": "S0001", "display_name": None}),  # an update that is refused
        180: json.dumps({"external_id": "S0002", "area": "atlantis"}),  # an update to an unknown area
        200: json.dumps(volunteer(external_id="B6", consents={"contact_sharing": True})),
        215: '"a string"',  # unreadable after refused records: still reported in line order
    }
    for at, line in bad.items():
        lines[at] = line
    lines.insert(250, "")  # a blank line keeps the numbering
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- running both


def _seed(engine: Any, settings: Any, n: int) -> None:
    with UnitOfWork(engine) as uow:
        for i in range(n):
            rec = volunteer(external_id=f"S{i:04d}", display_name=f"登録済み {i}", active=i % 9 != 0)
            data = VolunteerCreate.model_validate(rec)
            usecases.register_volunteer(
                uow=uow, data=data, areas_path=settings.areas_path, org_id=settings.org_id, rescore=False
            )
        submit_request(
            uow=uow,
            data=HelpRequestCreate(**help_request()),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )


def _fresh_databases(
    db_url: str, settings_for: Callable[..., Any], tmp_path: Path, seeded: int
) -> Callable[[], str]:
    """Returns a function giving a fresh database each call (a new SQLite file, or PostgreSQL emptied), migrated and
    seeded with `seeded` volunteers and an open request."""
    fresh = itertools.count()

    def fresh_database() -> str:
        if db_url.startswith("sqlite"):
            url = f"sqlite:///{tmp_path / f'run{next(fresh)}.db'}"
            upgrade(make_engine(url))
        else:
            url = db_url
            _truncate_all(make_engine(url))
        engine = make_engine(url)
        _seed(engine, settings_for(url), seeded)
        engine.dispose()
        return url

    return fresh_database


def _dump(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in id order; a timestamp is only said to be there (the two runs differ in time)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(table.select().order_by(*order)).all()
            out[table.name] = [tuple("<time>" if isinstance(v, datetime) else v for v in row) for row in rows]
        # the JSON columns as stored text, not only as the lists they parse to (PostgreSQL's json keeps the text)
        lists = ", ".join(f"CAST({c} AS TEXT)" for c in ("rosters", "skills", "availability", "languages"))
        out["volunteer JSON text"] = [
            tuple(r) for r in conn.exec_driver_sql(f"SELECT {lists} FROM volunteer ORDER BY id")
        ]
    return out


def _run(url: str, settings: Any, path: Path, all_or_nothing: bool) -> tuple[Any, ...]:
    engine = make_engine(url)
    try:
        rejections: list[tuple[str, int, str, str]] = []
        counts, jobs = import_records(
            engine, settings, volunteers=path, all_or_nothing=all_or_nothing, rejections=rejections
        )
        with Session(engine) as s:  # the dump leaves times out: the stamps must still be this moment, in UTC
            stamps = s.exec(select(Volunteer.created_at, Volunteer.updated_at)).all()
        assert all(abs(t - datetime.now(UTC)) < timedelta(minutes=10) for pair in stamps for t in pair)
        return counts, jobs, rejections, _dump(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("all_or_nothing", [False, True])
def test_the_import_stores_what_the_old_path_stored(
    db_url: str,
    settings_for: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    all_or_nothing: bool,
) -> None:
    seeded = 30
    fresh_database = _fresh_databases(db_url, settings_for, tmp_path, seeded)

    path = varied_file(tmp_path / "volunteers.jsonl", seeded)
    monkeypatch.setattr(usecases, "IMPORT_BATCH", 7)  # the file crosses many batches, as a large import does
    old_url = fresh_database()
    with monkeypatch.context() as m:
        m.setattr(usecases, "import_volunteers", reference_import_volunteers)
        before = _run(old_url, settings_for(old_url), path, all_or_nothing)
    new_url = fresh_database()
    after = _run(new_url, settings_for(new_url), path, all_or_nothing)

    counts, jobs, rejections, dump = after
    assert counts == before[0]
    assert rejections == before[2]
    assert jobs == before[1]
    for table in dump:
        assert dump[table] == before[3][table], table
    # the file is as varied as it says: every kind of outcome happened
    assert sorted(line for _, line, _, _ in rejections) == [8, 24, 42, 59, 78, 97, 121, 151, 181, 201, 216]
    if all_or_nothing:
        assert counts["created"] == counts["updated"] == 0 and jobs == []
    else:
        assert counts["created"] > 200 and counts["updated"] > 30 and len(jobs) == 1
        assert len(dump["consent"]) > 60 and any(r for r in dump["audit_event"])
        assert len(dump["volunteer"]) == seeded + counts["created"]


def test_a_large_import_crosses_batches_and_reads_ids_back_only_when_needed(
    sqlite_url: str, settings_for: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past one insert batch: a consent points at the right row, and a later line updates the row inserted."""
    monkeypatch.setattr(usecases, "IMPORT_BATCH", 50)
    settings = settings_for(sqlite_url)
    recs = [
        volunteer(external_id=f"L{i:04d}", display_name=f"大量 {i}", consents={"contact_share": i % 2 == 0})
        for i in range(180)
    ]
    recs.append(volunteer(external_id="L0003", display_name="大量 3", bio="後の行で更新"))
    path = tmp_path / "large.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    engine = make_engine(sqlite_url)
    counts, _ = import_records(engine, settings, volunteers=path)
    assert counts == {"created": 180, "updated": 1, "skipped": 0, "rejected": 0}
    with Session(engine) as s:
        ids = dict(s.exec(select(Volunteer.external_id, Volunteer.id)).all())
        granted = s.exec(text("SELECT entity_id, granted FROM consent ORDER BY id")).all()
        assert [(vid, bool(g)) for vid, g in granted] == [(ids[f"L{i:04d}"], i % 2 == 0) for i in range(180)]
        assert s.exec(select(Volunteer.bio).where(Volunteer.external_id == "L0003")).one() == "後の行で更新"
    engine.dispose()


def first_load_file(path: Path, *, consents: bool) -> Path:
    """Writes the varied file's records that a first load stores as new rows only: no bad line, no blank one, no
    external id named twice (with `consents=False` also no consents and no row without an external id), so the
    import takes its paths for a clean file: the file read in one call, no per-row refusal, the rows cut
    straight into batches."""
    varied = varied_file(path, 0).read_text(encoding="utf-8").split("\n")
    areas = set(area_names(DEFAULT_AREAS_PATH))
    seen: set[str] = set()
    keep: list[str] = []
    for line in varied:
        try:
            rec = json.loads(line)
            data = VolunteerCreate.model_validate(rec)
        except (ValueError, ValidationError):
            continue
        if (data.area is not None and data.area not in areas) or data.external_id in seen:
            continue
        if not consents and (data.external_id is None or "consents" in rec):
            continue
        if data.external_id:
            seen.add(data.external_id)
        keep.append(line)
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("consents", [True, False])
def test_a_first_load_stores_what_the_old_path_stored(
    db_url: str,
    settings_for: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    consents: bool,
) -> None:
    # no volunteer seeded, an open request: the import queues its re-scoring job
    fresh_database = _fresh_databases(db_url, settings_for, tmp_path, 0)

    path = first_load_file(tmp_path / "first.jsonl", consents=consents)
    assert _read_objects(path.read_bytes()) is not None  # read in one call, as a clean file is
    assert _read_objects(varied_file(tmp_path / "varied.jsonl", 0).read_bytes()) is None
    monkeypatch.setattr(usecases, "IMPORT_BATCH", 7)
    old_url = fresh_database()
    with monkeypatch.context() as m:
        m.setattr(usecases, "import_volunteers", reference_import_volunteers)
        before = _run(old_url, settings_for(old_url), path, False)
    new_url = fresh_database()
    after = _run(new_url, settings_for(new_url), path, False)
    counts, jobs, rejections, dump = after
    assert (counts, jobs, rejections) == before[:3]
    for table in dump:
        assert dump[table] == before[3][table], table
    assert counts["created"] > 150 and counts["rejected"] == 0 and len(jobs) == 1
    assert (len(dump["consent"]) > 60) == consents
