"""Issue 11's fast paths keep the behaviour: bulk import, one re-scoring job, multi-row upserts, index plans."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text, update
from sqlmodel import Session, col, select

from schemas.enums import JobKind, JobStatus
from schemas.models import (
    HelpRequest,
    HelpRequestCreate,
    MatchingJob,
    Proposal,
    Volunteer,
    VolunteerCreate,
    utcnow,
)
from schemas.privacy import Consent
from service.db import analyze, make_engine, unit_of_work
from service.matching_jobs.cache import MatcherCache
from service.matching_jobs.repository import enqueue_match_new
from service.matching_jobs.runner import run_job
from service.requests.usecases import submit_request
from service.uow import UnitOfWork
from service.volunteers.usecases import import_volunteers, register_volunteer
from tests.factories import help_request, volunteer

SKILLS = [
    "スマホの使い方",
    "LINE",
    "書道",
    "料理",
    "パソコン",
    "翻訳",
    "写真",
    "大工仕事",
    "ピアノ",
    "英会話",
]
AREAS = ["town_nakazato", "town_noshio", "town_matsuyama", "town_asahigaoka", None]
SLOTS = [f"{d}-{p}" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") for p in ("am", "pm")]


def synthetic(n: int, seed: int = 11) -> list[dict]:
    """Returns n varied interchange volunteers (fixed seed)."""
    rng = random.Random(seed)
    return [
        volunteer(
            external_id=f"V{i:05d}",
            display_name=f"ボランティア {i}",
            skills=rng.sample(SKILLS, rng.randint(1, 3)),
            bio=rng.choice(["", "元教員です。", "スマホの操作を教えられます。", "料理が得意です。"]),
            area=rng.choice(AREAS),
            availability=rng.sample(SLOTS, rng.randint(0, 4)),
            max_per_month=rng.randint(1, 6),
            active=rng.random() > 0.1,
            **({"consents": {"contact_share": True}} if i % 3 == 0 else {}),
        )
        for i in range(n)
    ]


def _requests(engine, settings, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    rng = random.Random(5)
    ids = []
    with UnitOfWork(engine) as uow:
        for i in range(n):
            skill = SKILLS[i % len(SKILLS)]
            r = submit_request(
                uow=uow,
                data=HelpRequestCreate(
                    **help_request(
                        title=f"{skill}を教えてほしい",
                        description=f"{skill}について手伝ってくれる方を探しています。",
                        area=rng.choice(AREAS),
                        slots=rng.sample(SLOTS, 2),
                    )
                ),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
            )
            ids.append(r.id)
    return ids


def _run_pending(engine, cache) -> None:  # type: ignore[no-untyped-def]
    while True:
        with Session(engine) as s:
            pending = s.exec(
                select(MatchingJob.id)
                .where(MatchingJob.status == JobStatus.pending)
                .order_by(col(MatchingJob.id))
            ).all()
        if not pending:
            return
        for jid in pending:
            run_job(engine, jid, cache)


def _proposals(engine) -> list[tuple]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        rows = s.exec(
            select(HelpRequest.title, Volunteer.external_id, Proposal.rank, Proposal.score, Proposal.reasons)
            .join(HelpRequest, col(HelpRequest.id) == Proposal.request_id)
            .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
            .order_by(col(Proposal.request_id), col(Proposal.rank))
        ).all()
    return [tuple(r) for r in rows]


def _consents(engine) -> list[tuple]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        rows = s.exec(
            select(Volunteer.external_id, Consent.purpose, Consent.granted)
            .join(Volunteer, col(Volunteer.id) == Consent.entity_id)
            .where(Consent.kind == "volunteer")
            .order_by(col(Volunteer.external_id), col(Consent.purpose))
        ).all()
    return [tuple(r) for r in rows]


def _stored(engine) -> list[dict]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        rows = s.exec(select(Volunteer).order_by(col(Volunteer.external_id))).all()
        skip = {"id", "created_at", "updated_at"}
        return [r.model_dump(exclude=skip, warnings=False) for r in rows]


@pytest.fixture
def engines(tmp_path, settings_for):  # type: ignore[no-untyped-def]
    from service.migrate import upgrade

    made = []
    for name in ("one_by_one", "bulk"):
        url = f"sqlite:///{tmp_path / name}.db"
        engine = make_engine(url)
        upgrade(engine)
        made.append((engine, settings_for(url)))
    yield made
    for engine, _ in made:
        engine.dispose()


def test_bulk_import_stores_and_ranks_exactly_as_one_by_one_registration(engines):
    """The same records through register_volunteer and through the bulk import: same rows, same proposals."""
    records = synthetic(300)
    (slow, slow_settings), (fast, fast_settings) = engines
    for engine, settings in engines:
        _requests(engine, settings, 12)
    with UnitOfWork(slow) as uow:
        for rec in records:
            register_volunteer(
                uow=uow,
                data=VolunteerCreate.model_validate(rec),
                areas_path=slow_settings.areas_path,
                org_id=slow_settings.org_id,
            )
        assert len(uow.enqueued) == 300  # the old way: a job per volunteer
    with UnitOfWork(fast) as uow:
        counts = import_volunteers(
            uow=uow,
            records=enumerate(records, start=1),
            areas_path=fast_settings.areas_path,
            org_id=fast_settings.org_id,
        )
        (job_id,) = uow.enqueued  # one re-scoring job for the whole import
    assert (counts.created, counts.updated, counts.rejected) == (300, 0, 0)
    assert _stored(slow) == _stored(fast)  # search keys, status, contact… as the ORM path writes them
    assert _consents(slow) == _consents(fast) and _consents(fast)
    with Session(fast) as s:
        assert s.get(MatchingJob, job_id).kind == JobKind.volunteers_imported
    _run_pending(slow, MatcherCache(slow_settings))
    _run_pending(fast, MatcherCache(fast_settings))
    before, after = _proposals(slow), _proposals(fast)
    assert len(before) >= 12 * 3
    assert before == after


def test_import_updates_known_ids_and_a_repeated_id_and_queues_no_job_without_open_requests(engines):
    engine, settings = engines[0]
    records = synthetic(20)
    with UnitOfWork(engine) as uow:
        import_volunteers(
            uow=uow,
            records=enumerate(records[:10], 1),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        assert uow.enqueued == []  # no open request: nothing to re-score
    changed = [{**r, "bio": "更新しました。"} for r in records[5:10]]
    again = [*changed, *records[10:], {**records[15], "display_name": "二度目"}, {"display_name": ""}]
    rejected: list[int] = []
    with UnitOfWork(engine) as uow:
        counts = import_volunteers(
            uow=uow,
            records=enumerate(again, 1),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            on_reject=lambda line, _exc: rejected.append(line),
        )
    assert (counts.created, counts.updated, counts.rejected) == (10, 6, 1)
    assert rejected == [17]
    with Session(engine) as s:
        assert len(s.exec(select(Volunteer)).all()) == 20
        assert (
            s.exec(select(Volunteer.bio).where(Volunteer.external_id == "V00007")).one() == "更新しました。"
        )
        assert (
            s.exec(select(Volunteer.display_name).where(Volunteer.external_id == "V00015")).one() == "二度目"
        )
        assert s.exec(select(MatchingJob)).all() == []


def test_the_import_job_matches_every_open_request_once(engines):
    engine, settings = engines[0]
    request_ids = _requests(engine, settings, 4)
    cache = MatcherCache(settings)
    _run_pending(engine, cache)  # no volunteers yet: no candidates
    with UnitOfWork(engine) as uow:
        import_volunteers(
            uow=uow,
            records=enumerate(synthetic(200), 1),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        (job_id,) = uow.enqueued
    outcome = run_job(engine, job_id, cache)
    assert len(outcome.follow_up) == 4
    for jid in outcome.follow_up:
        run_job(engine, jid, cache)
    with Session(engine) as s:
        for rid in request_ids:
            assert s.exec(select(Proposal).where(Proposal.request_id == rid)).all()
        assert not s.exec(select(MatchingJob).where(MatchingJob.status != JobStatus.done)).all()


# (query, the indexes that serve it): the composite one (migration 0012 dropped the range column's own).
REFRESH = (
    "SELECT id FROM volunteer WHERE org_id = :org AND updated_at >= :since",
    {"ix_volunteer_org_id_updated_at"},
)
MOVED = (
    "SELECT volunteer_id FROM proposal WHERE updated_at >= :since AND status != 'pending'",
    {"ix_proposal_updated_at_status"},
)


def _history(engine, org_id: str) -> None:  # type: ignore[no-untyped-def]
    """Adds what a year of use leaves: requests mostly closed, proposals mostly decided long ago."""
    from datetime import timedelta

    from sqlalchemy import insert

    from schemas.models import utcnow

    old = utcnow() - timedelta(days=200)
    with Session(engine) as s:
        vids = s.exec(select(Volunteer.id)).all()
        s.execute(
            insert(HelpRequest),
            [
                {
                    **help_request(),
                    "org_id": org_id,
                    "status": "matching" if i % 50 == 0 else "done",
                    "created_at": old,
                    "updated_at": old,
                }
                for i in range(3000)
            ],
        )
        rids = s.exec(select(HelpRequest.id)).all()
        s.execute(
            insert(Proposal),
            [
                {
                    "request_id": rid,
                    "volunteer_id": vids[(k * 7 + j) % len(vids)],
                    "rank": j + 1,
                    "score": 0.5,
                    "algorithm": "t",
                    "status": "rejected" if j else "completed",
                    "created_at": old,
                    "updated_at": old + timedelta(minutes=k),
                }
                for k, rid in enumerate(rids)
                for j in range(3)
            ],
        )
        s.commit()


@pytest.mark.parametrize("query", [REFRESH, MOVED], ids=["refresh", "moved"])
def test_the_hot_queries_are_planned_on_their_indexes(db_url, settings_for, query):
    """EXPLAIN shows a range search on an index that serves the query, not the org-only index nor a scan.

    PostgreSQL runs with sequential scans off: at a few thousand rows it would rightly scan, at 100k it does not.
    """
    sql, indexes = query
    settings = settings_for(db_url)
    engine = make_engine(db_url)
    try:
        with UnitOfWork(engine) as uow:
            import_volunteers(
                uow=uow,
                records=enumerate(synthetic(2000), 1),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
            )
        _history(engine, settings.org_id)
        analyze(engine)
        params = {"org": settings.org_id, "since": "2999-01-01"}
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET enable_seqscan = off")
                plan = " ".join(r[0] for r in conn.execute(text("EXPLAIN " + sql), params))
            else:
                plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params))
        used = {name for name in indexes if f"INDEX {name} " in plan or f"using {name} " in plan}
        assert used, plan
        assert "SCAN volunteer" not in plan and "SCAN proposal" not in plan, plan
    finally:
        engine.dispose()


def test_a_warm_matcher_sees_an_import_that_committed_long_after_its_rows_were_written(engines):
    """Rows stamped beyond the refresh overlap before the import committed are still read (the import job says so)."""
    from datetime import timedelta

    from sqlalchemy import update

    from schemas.models import utcnow

    engine, settings = engines[0]
    cache = MatcherCache(settings)
    cache.warm(engine)  # warm and empty
    request_ids = _requests(engine, settings, 3)
    _run_pending(engine, cache)
    with UnitOfWork(engine) as uow:
        import_volunteers(
            uow=uow,
            records=enumerate(synthetic(150), 1),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        # as if the import had taken an hour: its rows carry times long before the commit
        uow.session.exec(update(Volunteer).values(updated_at=utcnow() - timedelta(hours=1)))
    _run_pending(engine, cache)
    with Session(engine) as s:
        for rid in request_ids:
            assert s.exec(select(Proposal).where(Proposal.request_id == rid)).all(), rid


def test_records_without_external_id_are_imported_with_their_consents(engines):
    engine, settings = engines[0]
    records = [
        {k: v for k, v in r.items() if k != "external_id"} | {"consents": {"contact_share": True}}
        for r in synthetic(5)
    ]
    with UnitOfWork(engine) as uow:
        counts = import_volunteers(
            uow=uow, records=enumerate(records, 1), areas_path=settings.areas_path, org_id=settings.org_id
        )
    assert counts.created == 5
    with Session(engine) as s:
        ids = set(s.exec(select(Volunteer.id)).all())
        assert len(ids) == 5
        assert {c.entity_id for c in s.exec(select(Consent)).all()} == ids


def test_a_warm_matcher_takes_in_an_import_without_rebuilding_and_a_fresh_request_ranks_the_imported(
    engines, monkeypatch
):
    """After an import the warm cache upserts the imported and updated rows (every one, whatever its stamp)."""
    from datetime import timedelta

    from sqlalchemy import update

    from schemas.models import utcnow

    engine, settings = engines[0]
    base = [r for r in synthetic(120) if "書道" not in r["skills"]]
    with UnitOfWork(engine) as uow:
        import_volunteers(
            uow=uow, records=enumerate(base, 1), areas_path=settings.areas_path, org_id=settings.org_id
        )
    _requests(engine, settings, 2)
    cache = MatcherCache(settings)
    _run_pending(engine, cache)  # builds the warm matcher
    rebuilds: list[int] = []
    real_rebuild = MatcherCache._rebuild
    monkeypatch.setattr(
        MatcherCache, "_rebuild", lambda self, *a: (rebuilds.append(1), real_rebuild(self, *a))[1]
    )
    calligraphers = [
        {**r, "external_id": "N" + r["external_id"], "skills": ["書道"], "active": True, "area": None}
        for r in synthetic(60, seed=3)
    ]
    moved = [{**r, "skills": ["書道"], "active": True, "area": None} for r in base[:10]]  # known ids: updated
    with UnitOfWork(engine) as uow:
        counts = import_volunteers(
            uow=uow,
            records=enumerate([*calligraphers, *moved], 1),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        # as if the import had taken an hour: its rows carry times long before the commit
        uow.session.exec(
            update(Volunteer)
            .where(col(Volunteer.external_id).in_([r["external_id"] for r in [*calligraphers, *moved]]))
            .values(updated_at=utcnow() - timedelta(hours=1))
        )
    assert (counts.created, counts.updated) == (60, 10)
    with UnitOfWork(engine) as uow:
        fresh = submit_request(
            uow=uow,
            data=HelpRequestCreate(
                **help_request(
                    title="書道を教えてほしい", description="書道の先生を探しています。", area=None
                )
            ),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
    _run_pending(engine, cache)
    assert rebuilds == []  # taken in by upserts, not a rebuild of the whole index
    with Session(engine) as s:
        imported = {
            str(v.id): v.external_id
            for v in s.exec(
                select(Volunteer).where(
                    col(Volunteer.external_id).in_([r["external_id"] for r in [*calligraphers, *moved]])
                )
            )
        }
        proposed = s.exec(select(Proposal.volunteer_id).where(Proposal.request_id == fresh.id)).all()
        matcher = cache.matcher(s)
    assert len(imported) == 70
    assert all(matcher.get(vid) is not None and "書道" in matcher.get(vid).skills for vid in imported)
    assert proposed and {str(v) for v in proposed} <= set(imported)  # only the imported calligraphers


@pytest.mark.parametrize("scan_over", [0, 10_000], ids=["one-pass", "in-lookups"])
def test_external_ids_are_looked_up_alike_in_one_pass_or_by_in_lookups(
    db_url, settings_for, monkeypatch, scan_over
):
    """Both ways of reading ids back give the organisation's ids of the wanted external ids, and only those."""
    import service.volunteers.repository as repository
    from service.volunteers.repository import ids_by_external_id

    engine = make_engine(db_url)
    settings = settings_for(db_url)
    with UnitOfWork(engine) as uow:
        for i in range(6):
            org = settings.org_id if i < 4 else "another_council"
            data = VolunteerCreate.model_validate(volunteer(external_id=f"X{i % 5}", display_name=f"X {i}"))
            register_volunteer(uow=uow, data=data, areas_path=settings.areas_path, org_id=org, rescore=False)
    monkeypatch.setattr(repository, "SCAN_ORG_OVER", scan_over)
    wanted = ["X0", "X1", "X3", "X4", "nobody", "X0"]  # X4 is another council's; X2 is not asked for
    with Session(engine) as s:
        ids = dict(
            s.exec(
                select(Volunteer.external_id, Volunteer.id).where(Volunteer.org_id == settings.org_id)
            ).all()
        )
        assert ids_by_external_id(s, settings.org_id, wanted) == {e: ids[e] for e in ("X0", "X1", "X3")}
    engine.dispose()


def test_past_the_rebuild_bound_requests_are_ranked_while_the_next_matcher_is_built(engines, monkeypatch):
    """Issue 11: after a bulk import a new request is matched at once, with the volunteers the matcher has, while a
    thread reads the new ones; the first job after it swaps the new matcher in, and every open request is ranked
    again (it did not see them)."""
    import threading

    from service.matching_jobs import cache as cache_module

    engine, settings = engines[0]
    monkeypatch.setattr(cache_module, "REBUILD_OVER", 20)
    records = synthetic(70)
    cache = MatcherCache(settings, background_rebuilds=True)

    def load(part: list[dict]) -> None:
        with UnitOfWork(engine) as uow:
            import_volunteers(
                uow=uow, records=enumerate(part, 1), areas_path=settings.areas_path, org_id=settings.org_id
            )

    load(records[:30])
    cache.warm(engine)  # the first build is made where it is asked for: there is no matcher to rank with yet
    assert len(cache.volunteers) == 30 and not cache.rebuilding
    gate, real_build = threading.Event(), cache._build

    def held_build(session, extra):  # type: ignore[no-untyped-def]
        assert gate.wait(60)
        return real_build(session, extra)

    monkeypatch.setattr(cache, "_build", held_build)
    load(records[30:])  # 40 new volunteers: more than REBUILD_OVER
    [request_id] = _requests(engine, settings, 1)
    _run_pending(engine, cache)  # does not wait for the rebuild
    assert cache.rebuilding and len(cache.volunteers) == 30
    first = _proposals(engine)
    assert first and {external_id for _, external_id, *_ in first} <= {r["external_id"] for r in records[:30]}
    paused = first[0][1]  # pauses meanwhile: not proposed again, though the matcher ranking is the old one
    with Session(engine) as s:
        s.exec(
            update(Volunteer)
            .where(col(Volunteer.external_id) == paused)
            .values(status="paused", updated_at=utcnow())
        )
        assert enqueue_match_new(s, request_id)[1]
        s.commit()
    _run_pending(engine, cache)
    assert cache.rebuilding and paused not in {external_id for _, external_id, *_ in _proposals(engine)}

    gate.set()
    building = cache._building
    assert building is not None
    building.join(60)
    with Session(engine) as s:  # the re-scoring job the sweep dispatches
        assert s.exec(
            select(MatchingJob.id).where(
                MatchingJob.kind == JobKind.volunteers_imported, MatchingJob.status == JobStatus.pending
            )
        ).all()
    _run_pending(engine, cache)
    assert not cache.rebuilding and len(cache.volunteers) == 70
    with Session(engine) as s:
        matched = s.exec(
            select(MatchingJob.id).where(
                MatchingJob.request_id == request_id, MatchingJob.status == JobStatus.done
            )
        ).all()
    assert len(matched) == 3  # ranked at once, after the pause, and again with the new matcher
    again = _proposals(engine)
    with Session(engine) as s:
        assert enqueue_match_new(s, request_id)[1]
        s.commit()
    _run_pending(engine, MatcherCache(settings))
    assert _proposals(engine) == again  # the swapped-in matcher ranked as one built from scratch does


def test_a_refresh_reads_whole_rows_only_of_volunteers_whose_stamp_moved(db_url, settings_for):
    """For 30 s after an import every refresh gets all its stamps back: those the matcher holds are recognised as
    the database returns them (SQLite's text, PostgreSQL's datetimes), so only a volunteer changed since is read
    whole again, and that change is seen."""
    from sqlalchemy import event

    from schemas.models import VolunteerUpdate
    from service.volunteers.usecases import update_volunteer

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
        whole_rows: list[tuple] = []

        def spy(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            if "volunteer.display_name" in statement and "WHERE volunteer.id IN" in statement:
                whole_rows.append(parameters)

        event.listen(engine, "before_cursor_execute", spy)
        with unit_of_work(engine, write=False) as s:
            vid = s.exec(select(Volunteer.id).where(Volunteer.external_id == "V00003")).one()
            cache.matcher(s)  # within the overlap: every stamp comes back, none moved
        assert whole_rows == []
        with UnitOfWork(engine) as uow:
            update_volunteer(
                uow=uow,
                volunteer_id=vid,
                data=VolunteerUpdate(status="paused"),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                actor="test",
            )
        with unit_of_work(engine, write=False) as s:
            matcher = cache.matcher(s)
        assert len(whole_rows) == 1, whole_rows  # the paused volunteer's row alone
        paused = matcher.get(str(vid))
        assert paused is not None and not paused.active
    finally:
        engine.dispose()
