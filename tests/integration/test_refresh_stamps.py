"""A warm matcher's refresh within the overlap after an import: stamps counted per value, rows read only where
a stamp's rows moved — and every change is still seen, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, update
from sqlmodel import select

from schemas.models import Volunteer, VolunteerCreate
from service.db import make_engine, unit_of_work
from service.matching_jobs import cache as cache_mod
from service.matching_jobs.cache import MatcherCache
from service.uow import UnitOfWork
from service.volunteers.usecases import import_volunteers, register_volunteer
from tests.factories import volunteer
from tests.integration.test_speed_paths import synthetic


def _row_stamp_reads(engine) -> list[str]:  # type: ignore[no-untyped-def]
    """Records the statements that read one stamp per volunteer row (not the per-stamp counts)."""
    seen: list[str] = []

    def spy(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT volunteer.id, volunteer.updated_at") and "GROUP BY" not in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", spy)
    return seen


@pytest.mark.parametrize("grouped_max", [cache_mod.GROUPED_STAMPS_MAX, 0], ids=["grouped", "row-by-row"])
def test_a_refresh_in_the_overlap_reads_row_stamps_only_where_a_stamp_moved(
    db_url, settings_for, monkeypatch, grouped_max
):
    monkeypatch.setattr(cache_mod, "GROUPED_STAMPS_MAX", grouped_max)
    settings = settings_for(db_url)
    engine = make_engine(db_url)
    try:
        with UnitOfWork(engine) as uow:
            import_volunteers(
                uow=uow,
                records=enumerate(synthetic(40), 1),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
            )
        cache = MatcherCache(settings)
        cache.warm(engine)
        reads = _row_stamp_reads(engine)
        with unit_of_work(engine, write=False) as s:
            cache.matcher(s)  # within the overlap: the import's stamp, its 40 rows all held
        assert reads == [] if grouped_max else len(reads) == 1
        with unit_of_work(engine, write=False) as s:
            stamp = s.exec(select(Volunteer.updated_at).limit(1)).one()
        # a row committed late with the import's own stamp (a count differs at that stamp) ...
        with UnitOfWork(engine) as uow:
            late = register_volunteer(
                uow=uow,
                data=VolunteerCreate(**volunteer(display_name="遅れて")),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                rescore=False,
            )
            uow.session.flush()
            late_id = late.id
            uow.session.exec(update(Volunteer).where(Volunteer.id == late_id).values(updated_at=stamp))
        reads.clear()
        with unit_of_work(engine, write=False) as s:
            matcher = cache.matcher(s)
        assert matcher.get(str(late_id)) is not None
        assert len(reads) == 1  # that stamp's rows (or, row by row, the whole overlap)
        # ... and once held, nothing is read again
        reads.clear()
        with unit_of_work(engine, write=False) as s:
            cache.matcher(s)
        assert reads == [] if grouped_max else len(reads) == 1
        # a held volunteer's change moves their stamp: seen
        with UnitOfWork(engine) as uow:
            uow.session.exec(
                update(Volunteer)
                .where(Volunteer.id == late_id)
                .values(bio="小学校でパソコンを教えていました。")
            )
            uow.session.exec(
                update(Volunteer)
                .where(Volunteer.id == late_id)
                .values(updated_at=stamp + timedelta(seconds=1))
            )
        with unit_of_work(engine, write=False) as s:
            moved = cache.matcher(s).get(str(late_id))
        assert moved is not None and moved.bio.startswith("小学校で")
        assert cache._by_stamp == {
            at: (
                sum(1 for v in cache._stamps.values() if v == at),
                sum(i for i, v in cache._stamps.items() if v == at),
            )
            for at in set(cache._stamps.values())
        }
    finally:
        engine.dispose()
