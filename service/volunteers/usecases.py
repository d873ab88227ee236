"""Use-cases for volunteers: register, correct, pause, resume, withdraw. Callers own the transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError
from pydantic_core import SchemaValidator, core_schema
from sqlalchemy import delete
from sqlmodel import col, select

from schemas.enums import (
    ProposalStatus,
    VolunteerStatus,
)
from schemas.models import (
    Contact,
    HelpRequest,
    Proposal,
    Volunteer,
    VolunteerBase,
    VolunteerConsents,
    VolunteerCreate,
    VolunteerRead,
    VolunteerUpdate,
    _unique,
    utcnow,
)
from service.areas import area_names, check_area
from service.audit import audit
from service.db import row_id
from service.errors import Conflict, DomainError, InputError
from service.matching_jobs.repository import match_request, rescore_after_import, rescore_for_volunteer
from service.privacy.repository import insert_consents, record_consents
from service.search import volunteer_key_columns
from service.uow import UnitOfWork
from service.volunteers.repository import get_volunteer, ids_by_external_id, insert_volunteer_columns


def register_volunteer(
    *, uow: UnitOfWork, data: VolunteerCreate, areas_path: Path, org_id: str, rescore: bool = True
) -> Volunteer:
    """Stores a new volunteer and queues re-scoring of the open requests, in the caller's transaction.

    `rescore=False`: an import queues one re-scoring job for all its rows instead (rescore_after_import).
    """
    session = uow.session
    check_area(data.area, areas_path)
    if (
        data.external_id
        and session.exec(
            select(Volunteer.id).where(Volunteer.org_id == org_id, Volunteer.external_id == data.external_id)
        ).first()
    ):
        raise Conflict(
            f"外部ID「{data.external_id}」は既に登録されています。",
            f"external_id {data.external_id!r} is already registered.",
        )
    contact = data.contact or Contact()
    volunteer = Volunteer(
        **data.model_dump(exclude={"contact", "active", "consents", "kana"}),
        name_kana=(data.kana or "").strip() or None,
        org_id=org_id,
        status=VolunteerStatus.active if data.active else VolunteerStatus.paused,
        contact_email=contact.email,
        contact_phone=contact.phone,
    )
    session.add(volunteer)
    session.flush()
    record_consents(session, "volunteer", row_id(volunteer), data.consents, org_id)
    if rescore:
        rescore_for_volunteer(uow, row_id(volunteer))
    return volunteer


def update_volunteer(
    *,
    uow: UnitOfWork,
    volunteer_id: int,
    data: VolunteerUpdate,
    areas_path: Path,
    org_id: str,
    actor: str,
    rescore: bool = True,
) -> Volunteer:
    """Applies a partial update (pause and withdraw are status changes) and queues the re-scores it needs.

    `rescore=False`: an import queues one re-scoring job for all its rows instead (rescore_after_import); the
    requests that lose a leaving volunteer's proposals are still re-matched here.

    Lock order, the same as a matching worker's and an approval's: the affected requests' rows first, then
    the volunteer's row, then proposals, then job rows. (Deleting a request's pending proposals before holding
    the request deadlocked with a worker that held the request and was replacing those very proposals.)
    """
    session = uow.session
    volunteer = get_volunteer(session, volunteer_id, org_id)
    previous = volunteer.status
    changes = data.model_dump(exclude_unset=True)
    leaving = changes.get("status") in (VolunteerStatus.paused, VolunteerStatus.withdrawn)
    locked = _lock_requests_proposing(session, volunteer_id) if leaving else []
    if "area" in changes:
        check_area(changes["area"], areas_path)
    contact = changes.pop("contact", None)
    if contact is not None:
        volunteer.contact_email = contact.get("email")
        volunteer.contact_phone = contact.get("phone")
    if "kana" in changes:  # the interchange and API name of the stored reading
        volunteer.name_kana = (changes.pop("kana") or "").strip() or None
    for key, value in changes.items():
        if value is None and key != "area":
            raise InputError(f"「{key}」に null は指定できません。", f"{key} cannot be null.", field=key)
        setattr(volunteer, key, value)
    volunteer.updated_at = utcnow()
    session.add(volunteer)
    if "status" in changes:
        audit(
            session,
            actor=actor,
            action="volunteer_status",
            entity="volunteer",
            entity_id=volunteer_id,
            status=changes["status"],
            previous=previous,  # what an undo returns to (service/volunteers/rules.py)
        )
    if leaving:
        # A paused or withdrawn volunteer leaves every pending proposal at once (they were only suggestions,
        # so nothing stops them being proposed again after a resume), and those requests are re-matched.
        # Only proposals of locked requests are touched; one a worker adds later to another request is
        # dropped when that request is matched again (the re-score job queued below sees to it).
        pending = (
            col(Proposal.volunteer_id) == volunteer_id,
            col(Proposal.status) == ProposalStatus.pending,
            col(Proposal.request_id).in_(locked),
        )
        session.exec(delete(Proposal).where(*pending))
        for request_id in locked:
            match_request(uow, request_id, bulk=True)
        # asks still waiting for their answer are withdrawn: the places reopen, staff see it on the 連絡 page
        from service.proposals.answers import withdraw_asks  # with the mailer: only when someone leaves

        withdraw_asks(
            uow,
            volunteer_id,
            locked,
            "休止のため取り下げ" if changes["status"] == "paused" else "登録取り消しのため取り下げ",
        )
    session.flush()
    if rescore:
        rescore_for_volunteer(uow, volunteer_id)
    return volunteer


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    rejected: int = 0


def import_volunteers(
    *,
    uow: UnitOfWork,
    records: Iterable[tuple[int, dict[str, Any] | DomainError]],
    areas_path: Path,
    org_id: str,
    actor: str = "import",
    on_reject: Callable[[int, Exception], None] | None = None,
) -> ImportCounts:
    """Imports interchange records (line number, record): new ones in bulk, known external ids updated.

    A record given as a DomainError (a line the caller could not read as a record) is refused with it, in line
    order with the records refused by validation: every record is validated before any is stored.

    The existing external ids are read in one query, new volunteers are inserted with the driver's executemany
    (insert_columns: no ORM unit of work, no per-row flush; ids are read back only for the rows that need one: a
    consent row points at it, or a later line of the file updates it), and ONE re-scoring job is queued for
    the whole import (none when no request is open). Invalid records are counted, given to on_reject and
    skipped. The rows stored are those register_volunteer and update_volunteer would store
    (tests/integration/test_import_equivalence.py compares them with the path of one row at a time).
    """
    session = uow.session
    counts = ImportCounts()
    valid: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    areas = area_names(areas_path)
    checked = _validate_many(list(records))
    if _all_accepted(checked, areas):
        valid = cast(list[tuple[int, dict[str, Any], dict[str, Any]]], checked)  # the loop below keeps all
        checked = []
    for line_no, rec, data in checked:
        try:
            if isinstance(data, Exception):
                raise data
            if data["area"] is not None and data["area"] not in areas:
                check_area(data["area"], areas_path)  # raises the refusal
        except (ValidationError, DomainError) as exc:
            counts.rejected += 1
            if on_reject is not None:
                on_reject(line_no, exc)
            continue
        valid.append((line_no, rec, data))
    exts = list(filter(None, map(_EXTERNAL_ID, map(_CHECKED, valid))))  # the valid records' external ids
    known = ids_by_external_id(session, org_id, exts)
    pending: list[dict[str, Any]] = []
    pending_ext: set[str] = set()
    inserted: set[str] = set()  # external ids inserted by this import whose id was not read back yet

    def flush() -> None:
        columns = _new_columns(pending, org_id, now)
        exts = columns["external_id"]
        given = list(map(_CONSENTS, pending))
        if all(exts):
            insert_volunteer_columns(session, columns)
            inserted.update(exts)
            if given.count(None) == len(given):  # no consents, no row without an external id: nothing below
                insert_consents(session, "volunteer", [], org_id)
                counts.created += len(pending)
                pending.clear()
                pending_ext.clear()
                return
        else:
            with_ext = list(compress(range(len(exts)), exts))
            insert_volunteer_columns(session, {name: [v[k] for k in with_ext] for name, v in columns.items()})
            inserted.update(filter(None, exts))
        want = [ext for ext, given_ in zip(exts, given, strict=True) if ext and given_ is not None]
        known.update(ids_by_external_id(session, org_id, want))
        consents: list[tuple[int, VolunteerConsents]] = []
        for k, data in enumerate(pending):
            if data["external_id"]:
                if data["consents"] is None:
                    continue
                vid = known[data["external_id"]]
            else:  # no external id to read it back by: the ORM inserts it and returns its id
                volunteer = Volunteer(**{name: v[k] for name, v in columns.items()})
                session.add(volunteer)
                session.flush()
                vid = row_id(volunteer)
                if data["consents"] is None:
                    continue
            consents.append((vid, data["consents"]))
        insert_consents(session, "volunteer", consents, org_id)
        counts.created += len(pending)
        pending.clear()
        pending_ext.clear()

    now = utcnow()
    if len(set(exts)) == len(exts) and known.keys().isdisjoint(exts):
        # no external id named twice in the file nor stored already: every row is new, and the loop below
        # would only cut them into batches of IMPORT_BATCH rows
        for start in range(0, len(valid) - len(valid) % IMPORT_BATCH, IMPORT_BATCH):
            pending[:] = map(_CHECKED, valid[start : start + IMPORT_BATCH])
            flush()
        pending[:] = map(_CHECKED, valid[len(valid) - len(valid) % IMPORT_BATCH :])
        valid = []
    for line_no, rec, data in valid:
        ext = data["external_id"]
        if ext and ext in pending_ext:  # the file names this volunteer twice: the later line updates
            flush()
        if ext and ext in inserted and ext not in known:
            known.update(ids_by_external_id(session, org_id, [ext]))
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
        pending.append(data)
        if ext:
            pending_ext.add(ext)
        if len(pending) >= IMPORT_BATCH:
            flush()
    flush()
    if counts.created or counts.updated:
        rescore_after_import(uow, org_id)
    return counts


def _validate_create(rec: dict[str, Any]) -> VolunteerCreate:
    """VolunteerCreate.model_validate(rec): the same validator into a fresh instance, without SQLModel's
    per-call wrapper (the instance's fields are the same, so is the ValidationError)."""
    data = VolunteerCreate.__new__(VolunteerCreate)
    VolunteerCreate.__pydantic_validator__.validate_python(rec, self_instance=data)
    return data


def _bulk_create_validator() -> tuple[SchemaValidator, tuple[str, ...]]:
    """Returns a validator of a list of interchange records into VolunteerCreate's field values (no instances),
    and the list fields it leaves to be de-duplicated.

    It is VolunteerCreate's own core schema (the same fields, constraints, defaults, nested Contact and consents
    models, and the before-validator refusing a boolean count), taken from inside the model so no instance is
    built per row, and without the `_dedupe` after-validators: a Python call per list field and row, applied
    instead by _validate_many to the lists that have a repeat (the same list(dict.fromkeys(...)) of the
    validated items). A record it refuses is validated again by the model itself, which gives the error.

    The fields are validated as a typed dict's, not as the model's "model-fields": the same field schemas into the
    same dict, without the set of the fields given that a model keeps per row (a third of the validation's time
    and ~0.7 kB a row at 100k). For a dict, which every record is, both accept and refuse the same records with
    the same values; a record it refused that the model accepts would keep the model's values (_validate_many).
    """
    model = VolunteerCreate.__pydantic_core_schema__
    assert model["type"] == "model", model["type"]
    fields_schema: Any = dict(model["schema"])  # the model's "model-fields" schema
    assert fields_schema["type"] == "model-fields", fields_schema["type"]
    # nothing a typed dict would validate otherwise: no extras schema, no strictness, no computed fields
    assert set(fields_schema) <= {"type", "model_name", "fields", "computed_fields"}, sorted(fields_schema)
    assert not fields_schema.get("computed_fields"), fields_schema["computed_fields"]
    dedupe = getattr(VolunteerBase._dedupe, "__func__", VolunteerBase._dedupe)
    fields: dict[str, Any] = {}
    deduped: list[str] = []
    for name, field in fields_schema["fields"].items():
        inner = field["schema"]  # {"type": "default", "schema": ...} for a field with a default
        wrapped = inner.get("schema") if inner["type"] == "default" else inner
        if (
            wrapped is not None
            and wrapped["type"] == "function-after"
            and getattr(wrapped["function"]["function"], "__func__", None) is dedupe
        ):
            inner = (
                {**inner, "schema": wrapped["schema"]} if inner["type"] == "default" else wrapped["schema"]
            )
            deduped.append(name)
        assert set(field) <= {"type", "schema", "metadata"}, (name, sorted(field))  # no alias, no frozen
        # required unless it has a default: a missing field is refused ("missing") or given its default
        fields[name] = core_schema.typed_dict_field(inner, required=inner["type"] != "default")
    config = model.get("config")
    items = core_schema.typed_dict_schema(fields)
    return SchemaValidator(core_schema.list_schema(items), config), tuple(deduped)


_BULK_CREATE: tuple[SchemaValidator, tuple[str, ...]] | None = None


def _validate_many(
    records: list[tuple[int, dict[str, Any] | DomainError]],
) -> list[tuple[int, dict[str, Any], dict[str, Any] | Exception]]:
    """Returns (line number, record, VolunteerCreate's field values or the error refusing it), in order.

    The records are validated as one list (_bulk_create_validator); when some are refused, each refused one is
    validated again by VolunteerCreate itself, whose error is the one given, and the others as a list. A record
    given as an error (a line the reader could not read) is that error.
    """
    global _BULK_CREATE
    if _BULK_CREATE is None:
        _BULK_CREATE = _bulk_create_validator()
    validator, deduped = _BULK_CREATE
    refused: dict[int, Exception] = {
        i: rec for i, (_, rec) in enumerate(records) if isinstance(rec, Exception)
    }
    by_model: dict[int, dict[str, Any]] = {}
    good = [i for i in range(len(records)) if i not in refused] if refused else range(len(records))
    try:
        values = validator.validate_python(
            [records[i][1] for i in good] if refused else list(map(_RECORD, records))
        )
    except ValidationError as exc:
        for k in sorted({e["loc"][0] for e in exc.errors(include_url=False)}):
            i = good[int(k)]
            try:
                by_model[i] = dict(_validate_create(records[i][1]).__dict__)  # type: ignore[arg-type]
            except ValidationError as own:
                refused[i] = own
        good = [i for i in good if i not in refused and i not in by_model]
        values = validator.validate_python([records[i][1] for i in good])
    datas: list[dict[str, Any]] = values  # a new list of new dicts
    for data in datas:
        for name in deduped:
            items = data[name]
            if len(items) > 1 and len(set(items)) < len(items):
                data[name] = _unique(items)
    if not refused and not by_model:
        return [(line_no, rec, data) for (line_no, rec), data in zip(records, datas, strict=True)]  # type: ignore[misc]
    out: list[tuple[int, dict[str, Any], dict[str, Any] | Exception]] = []
    fields = iter(datas)
    for i, (line_no, rec) in enumerate(records):
        if i in refused:
            out.append((line_no, {}, refused[i]))
        elif i in by_model:  # never seen: the list refused what the model accepts; the model's values stand
            out.append((line_no, rec, by_model[i]))  # type: ignore[arg-type]
        else:
            out.append((line_no, rec, next(fields)))  # type: ignore[arg-type]
    return out


def _all_accepted(
    checked: list[tuple[int, dict[str, Any], dict[str, Any] | Exception]], areas: dict[str, str]
) -> bool:
    """Whether no record of _validate_many's list is refused and every area they name is in `areas`."""
    datas = list(map(_CHECKED, checked))
    if set(map(type, datas)) - {dict}:
        return False
    return all(area is None or area in areas for area in set(map(_AREA, datas)))


_RECORD = itemgetter(1)  # (line number, record) → the record
_CHECKED = itemgetter(2)  # (line number, record, field values or error) → the field values or error
_EXTERNAL_ID = itemgetter("external_id")
_CONSENTS = itemgetter("consents")
_AREA = itemgetter("area")


# Rows per bulk INSERT round (bounded memory; each round is one executemany).
IMPORT_BATCH = 2_000


def _new_columns(datas: list[dict[str, Any]], org_id: str, now: datetime) -> dict[str, list[Any]]:
    """Returns the column values of new volunteers, column by column, as register_volunteer would store each
    (VolunteerCreate's validated values as model_dump gives them: the fields are plain values and lists), the
    search keys folded for the whole batch at once (volunteer_key_columns)."""
    n = len(datas)
    columns = {name: list(map(itemgetter(name), datas)) for name in _COLUMN_FIELDS}
    contacts = list(map(itemgetter("contact"), datas))
    kana = list(map(itemgetter("kana"), datas))
    if kana.count(None) != n:  # (None or "").strip() or None is None
        kana = [(k or "").strip() or None for k in kana]
    search_keys, skill_keys = volunteer_key_columns(
        columns["display_name"], kana, columns["bio"], columns["skills"]
    )
    active, paused = VolunteerStatus.active, VolunteerStatus.paused
    if contacts.count(None) == n:
        emails, phones = [None] * n, [None] * n
    else:
        emails = [c.email if c is not None else None for c in contacts]
        phones = [c.phone if c is not None else None for c in contacts]
    columns.update(
        org_id=[org_id] * n,
        status=[active if a else paused for a in map(itemgetter("active"), datas)],
        contact_email=emails,
        contact_phone=phones,
        name_kana=kana,
        created_at=[now] * n,
        updated_at=[now] * n,
        search_key=search_keys,
        skill_key=skill_keys,
    )
    return columns


# VolunteerCreate's fields stored as they are (the others: contact, active, consents and kana, are not columns of
# their own or not stored as given).
_COLUMN_FIELDS = (
    "display_name",
    "rosters",
    "skills",
    "bio",
    "area",
    "availability",
    "languages",
    "max_per_month",
    "external_id",
)


def _lock_requests_proposing(session, volunteer_id: int) -> list[int]:
    """Locks, in id order, the rows of the requests where the volunteer has a pending proposal; returns their ids."""
    locked: set[int] = set()
    for _ in range(5):  # a worker may add a proposal meanwhile: lock its request too (rarely a second round)
        affected = set(
            session.exec(
                select(Proposal.request_id).where(
                    Proposal.volunteer_id == volunteer_id,
                    # pending proposals are dropped; approved ones not yet answered are withdrawn (answers.py)
                    col(Proposal.status).in_((ProposalStatus.pending, ProposalStatus.approved)),
                )
            ).all()
        )
        todo = sorted(affected - locked)
        if not todo:
            break
        session.exec(
            select(HelpRequest.id)
            .where(col(HelpRequest.id).in_(todo))
            .order_by(col(HelpRequest.id))
            .with_for_update(key_share=True)
        ).all()
        locked.update(todo)
    return sorted(locked)


def volunteer_read(volunteer: Volunteer, *, with_contact: bool) -> VolunteerRead:
    """Returns the staff view of a volunteer; contact only when with_contact (service.privacy.rules decides)."""
    return VolunteerRead(
        **volunteer.model_dump(exclude={"contact_email", "contact_phone", "org_id"}, warnings=False),
        kana=volunteer.name_kana,
        contact=Contact(email=volunteer.contact_email, phone=volunteer.contact_phone)
        if with_contact
        else None,
    )
