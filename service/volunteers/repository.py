"""Volunteer queries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import exists, func, or_
from sqlmodel import Session, col, select

from schemas.models import (
    AuditEvent,
    Volunteer,
)
from service.db import insert_columns
from service.errors import NotFound
from service.search import search_key


def get_volunteer(session: Session, volunteer_id: int, org_id: str) -> Volunteer:
    """Returns the volunteer or raises NotFound."""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.org_id != org_id:
        raise NotFound("ボランティア", "Volunteer", volunteer_id)
    return volunteer


def list_volunteers(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[Volunteer]:
    """Returns volunteers, newest first."""
    q = select(Volunteer).where(Volunteer.org_id == org_id)
    if status:
        q = q.where(Volunteer.status == status)
    return list(session.exec(q.order_by(col(Volunteer.id).desc()).offset(offset).limit(limit)))


def search_volunteers(
    session: Session,
    org_id: str,
    *,
    words: str = "",
    skill: str = "",
    roster: str = "",
    area: str = "",
    status: str = "",
    limit: int,
    offset: int,
    expand: Callable[[str], list[str]] | None = None,
) -> list[Volunteer]:
    """Returns volunteers matching the staff console's filters, newest first; an empty filter is no filter.

    words and skill match kana-, width- and case-insensitively anywhere in the stored keys (service/search.py):
    each word of words in the name, reading, bio or skills; skill in the skills and bio. `expand` turns a word
    into the keys it stands for (service.search.synonym_keys: しょどう → 書道, 習字 …); any of them matches.
    """
    q = select(Volunteer).where(Volunteer.org_id == org_id)
    if status:
        q = q.where(Volunteer.status == status)
    if area:
        q = q.where(Volunteer.area == area)
    if roster:
        # rosters is a JSON array of names: one of its elements equals the roster.
        elements = (
            "json_array_elements_text" if session.get_bind().dialect.name == "postgresql" else "json_each"
        )
        element = getattr(func, elements)(Volunteer.rosters).table_valued("value")
        q = q.where(exists(select(1).select_from(element).where(element.c.value == roster)))
    for word in words.split():
        if keys := _keys(word, expand):
            q = q.where(or_(*(col(Volunteer.search_key).contains(k, autoescape=True) for k in keys)))
    if keys := _keys(skill, expand):
        q = q.where(or_(*(col(Volunteer.skill_key).contains(k, autoescape=True) for k in keys)))
    return list(session.exec(q.order_by(col(Volunteer.id).desc()).offset(offset).limit(limit)))


def _keys(word: str, expand: Callable[[str], list[str]] | None) -> list[str]:
    if expand is not None:
        return expand(word)
    key = search_key(word)
    return [key] if key else []


def list_volunteers_by_ids(session: Session, volunteer_ids: list[int]) -> list[Volunteer]:
    """Returns the volunteers with these ids (any order; unknown ids are left out)."""
    if not volunteer_ids:
        return []
    return list(session.exec(select(Volunteer).where(col(Volunteer.id).in_(volunteer_ids))))


def merged_ids(session: Session, volunteer_id: int) -> list[int]:
    """Returns the volunteer's id and those of the records merged into it (audit rows are append-only, so the
    other record's history keeps its id; the `merge` row ties it to the kept one), transitively."""
    ids, todo = [volunteer_id], [volunteer_id]
    while todo and len(ids) < 100:
        rows = session.exec(
            select(AuditEvent.detail).where(
                AuditEvent.entity == "volunteer",
                AuditEvent.action == "merge",
                col(AuditEvent.entity_id).in_(todo),
            )
        ).all()
        todo = [int(d["merged"]) for d in rows if isinstance(d.get("merged"), int) and d["merged"] not in ids]
        ids += todo
    return ids


def list_volunteer_history(session: Session, volunteer_id: int, *, limit: int = 50) -> list[AuditEvent]:
    """Returns the audit trail of one volunteer (status changes and who made them, with the history of records
    merged into it), newest first."""
    return list(
        session.exec(
            select(AuditEvent)
            .where(
                AuditEvent.entity == "volunteer",
                col(AuditEvent.entity_id).in_(merged_ids(session, volunteer_id)),
            )
            .order_by(col(AuditEvent.at).desc())
            .limit(limit)
        )
    )


# SQLite allows 32,766 bound parameters per statement; PostgreSQL 65,535: stay well below both.
_IN_CHUNK = 5_000

# Past this many ids wanted, ids_by_external_id counts the organisation's volunteers first and reads them all
# in one pass when there are fewer of them than ids wanted.
SCAN_ORG_OVER = _IN_CHUNK


def ids_by_external_id(session: Session, org_id: str, external_ids: Iterable[str]) -> dict[str, int]:
    """Returns the ids of the organisation's volunteers with the given external ids (a few queries, not one per id)."""
    distinct = set(external_ids)
    found: dict[str, int] = {}
    if not distinct:
        return found
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    if len(distinct) > SCAN_ORG_OVER:
        # A file's worth of ids against an organisation with fewer volunteers stored than that (a first load):
        # one pass over the organisation's rows instead of len(wanted) / 5,000 IN lookups
        stored = conn.exec_driver_sql(
            f"SELECT count(*) FROM volunteer WHERE org_id = {mark}", (org_id,)
        ).scalar()
        if (stored or 0) < len(distinct):
            rows = conn.exec_driver_sql(
                f"SELECT external_id, id FROM volunteer WHERE org_id = {mark} AND external_id IS NOT NULL",
                (org_id,),
            ).all()
            return {ext: vid for ext, vid in rows if ext in distinct and vid is not None}
    wanted = sorted(distinct)  # sorted only for the IN lookups (a first load of 100k: 0.07 s)
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        # straight to the driver: compiling an IN of thousands of bound values cost more than the query
        rows = conn.exec_driver_sql(
            "SELECT external_id, id FROM volunteer WHERE org_id = "
            f"{mark} AND external_id IN ({', '.join([mark] * len(chunk))})",
            (org_id, *chunk),
        ).all()
        found.update({ext: vid for ext, vid in rows if ext is not None and vid is not None})
    return found


def insert_volunteer_columns(session: Session, columns: dict[str, list[Any]]) -> None:
    """Inserts volunteer rows in bulk, given column by column: one driver-level executemany of a plain INSERT
    (COPY on PostgreSQL; no RETURNING, no per-row statement).

    The caller gives every column a new row needs, search keys included: a bulk insert runs no mapper events;
    it reads the ids back by external id (ids_by_external_id).
    """
    insert_columns(session, Volunteer.__table__, columns)  # type: ignore[attr-defined]
