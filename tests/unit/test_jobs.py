"""Job claiming, fencing and the sweep: the database row is the record of work."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlmodel import Session, select

import matching
from schemas.enums import JobStatus
from schemas.models import HelpRequest, HelpRequestCreate, MatchingJob, Proposal, utcnow
from service.db import make_engine, unit_of_work
from service.matching_jobs import runner as jobs
from service.matching_jobs.cache import MatcherCache
from service.matching_jobs.repository import enqueue_match
from service.matching_jobs.runner import MAX_ATTEMPTS, claim, run_job
from service.matching_jobs.sweep import sweep
from service.proposals.usecases import approve_proposal
from service.requests.usecases import submit_request
from service.uow import UnitOfWork
from service.volunteers.usecases import register_volunteer, update_volunteer
from tests.factories import help_request, volunteer


@pytest.fixture
def engine(sqlite_url):  # type: ignore[no-untyped-def]
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(sqlite_url, settings_for):  # type: ignore[no-untyped-def]
    return settings_for(sqlite_url)


def _submit(engine, settings) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with UnitOfWork(engine) as uow:
        request = submit_request(
            uow=uow,
            data=HelpRequestCreate(**help_request()),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        (job_id,) = uow.enqueued
    return request.id, job_id  # type: ignore[return-value]


def _register(engine, settings, **overrides) -> int:  # type: ignore[no-untyped-def]
    from schemas.models import VolunteerCreate

    with UnitOfWork(engine) as uow:
        v = register_volunteer(
            uow=uow,
            data=VolunteerCreate(**volunteer(**overrides)),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
    return v.id  # type: ignore[return-value]


def test_request_and_job_are_written_together(engine, settings):
    rid, jid = _submit(engine, settings)
    with Session(engine) as s:
        job = s.get(MatchingJob, jid)
        assert job.request_id == rid and job.status == JobStatus.pending
        assert s.get(HelpRequest, rid).status == "matching"


def test_a_job_is_claimed_once_until_its_lease_expires(engine, settings):
    _, jid = _submit(engine, settings)
    assert claim(engine, jid, lease_seconds=60) == 1
    assert claim(engine, jid, lease_seconds=60) is None  # held
    with unit_of_work(engine) as s:
        s.get(MatchingJob, jid).lease_until = utcnow() - timedelta(seconds=1)  # the worker died
    assert claim(engine, jid, lease_seconds=60) == 2  # taken over, attempt 2


def test_run_job_is_idempotent_and_a_done_job_is_not_run_again(engine, settings):
    _register(engine, settings)
    rid, jid = _submit(engine, settings)
    cache = MatcherCache(settings)
    assert run_job(engine, jid, cache).ran
    assert not run_job(engine, jid, cache).ran
    with Session(engine) as s:
        assert s.get(MatchingJob, jid).status == JobStatus.done
        assert len(s.exec(select(Proposal).where(Proposal.request_id == rid)).all()) == 1


def test_superseded_attempt_does_not_mark_the_job_done(engine, settings):
    from service.matching_jobs.runner import _finish

    _, jid = _submit(engine, settings)
    assert claim(engine, jid, 60) == 1
    with unit_of_work(engine) as s:
        s.get(MatchingJob, jid).lease_until = utcnow() - timedelta(seconds=1)
    assert claim(engine, jid, 60) == 2
    with unit_of_work(engine) as s:
        assert not _finish(s, jid, 1, JobStatus.done)  # the slow first attempt is fenced off
        assert _finish(s, jid, 2, JobStatus.done)


def test_sweep_resends_stale_pending_and_expired_running_jobs_only(engine, settings):
    _, fresh = _submit(engine, settings)
    _, stale = _submit(engine, settings)
    _, crashed = _submit(engine, settings)
    _, finished = _submit(engine, settings)
    old = utcnow() - timedelta(minutes=5)
    with unit_of_work(engine) as s:
        s.get(MatchingJob, stale).created_at = old
        job = s.get(MatchingJob, crashed)
        job.status, job.lease_until, job.created_at = JobStatus.running, utcnow() - timedelta(seconds=1), old
        job = s.get(MatchingJob, finished)
        job.status, job.created_at = JobStatus.done, old
    assert sweep(engine, settings) == [stale, crashed]
    assert sweep(engine, settings) == [crashed]  # re-sent pending jobs wait another staleness period
    assert fresh in sweep(engine, settings, stale_seconds=0)


def test_a_failing_job_is_retried_then_marked_failed_with_an_explanation(engine, settings, monkeypatch):

    rid, jid = _submit(engine, settings)
    monkeypatch.setattr(jobs, "_match_request", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")))
    cache = MatcherCache(settings)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        assert run_job(engine, jid, cache).ran
        with Session(engine) as s:
            job = s.get(MatchingJob, jid)
            assert job.attempts == attempt and job.last_error == "RuntimeError"
            assert job.status == (JobStatus.failed if attempt == MAX_ATTEMPTS else JobStatus.pending)
    with Session(engine) as s:
        request = s.get(HelpRequest, rid)
        assert request.status == "no_candidates" and request.explanation


def test_warm_matcher_sees_a_pause_before_any_rebuild(engine, settings):
    vid = _register(engine, settings)
    cache = MatcherCache(settings)
    rid, jid = _submit(engine, settings)
    run_job(engine, jid, cache)
    from schemas.models import VolunteerUpdate

    with UnitOfWork(engine) as uow:
        update_volunteer(
            uow=uow,
            volunteer_id=vid,
            data=VolunteerUpdate(status="paused"),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            actor="test",
        )
        jobs = uow.enqueued
    for job in jobs:
        run_job(engine, job, cache)  # same warm cache: refreshed incrementally
    with Session(engine) as s:
        assert s.exec(select(Proposal).where(Proposal.request_id == rid)).all() == []
        assert s.get(HelpRequest, rid).status == "no_candidates"


def test_warm_matcher_sees_an_approval_filling_capacity(engine, settings):
    from schemas.models import StaffUser

    _register(engine, settings, max_per_month=1)
    cache = MatcherCache(settings)
    _, first_job = _submit(engine, settings)
    run_job(engine, first_job, cache)
    with unit_of_work(engine) as session:
        staff = StaffUser(username="t", password_hash="x")
        session.add(staff)
        session.flush()
        proposal = session.exec(select(Proposal)).one()
        approve_proposal(session=session, proposal_id=proposal.id, staff=staff)
    second, second_job = _submit(engine, settings)
    run_job(engine, second_job, cache)  # same warm cache, no rebuild: the load came in incrementally
    with Session(engine) as s:
        assert s.exec(select(Proposal).where(Proposal.request_id == second)).all() == []
        assert s.get(HelpRequest, second).status == "no_candidates"


def test_fresh_proposals_do_not_damp_within_a_burst(engine, settings):
    from service.matching_jobs.cache import BURST_WINDOW, volunteer_loads

    vid = _register(engine, settings)
    for _ in range(3):
        _, jid = _submit(engine, settings)
        run_job(engine, jid, MatcherCache(settings))
    with Session(engine) as s:
        assert volunteer_loads(s)[vid].recent_proposals == 0  # all three are minutes old
    with unit_of_work(engine) as s:
        for p in s.exec(select(Proposal)).all()[:2]:
            p.created_at = utcnow() - BURST_WINDOW - timedelta(minutes=1)
    with Session(engine) as s:
        assert volunteer_loads(s)[vid].recent_proposals == 2


def test_a_restarted_worker_reads_only_changed_text_from_the_saved_profiles(engine, settings):
    ids = [_register(engine, settings, bio=f"料理が得意です。{i}") for i in range(3)]
    first = MatcherCache(settings)
    first.warm(engine)
    path = first.profiles_path()
    assert path is not None and path.exists()
    assert first._matcher is not None and first._matcher.last_analysed == 3
    again = MatcherCache(settings)  # a restart, or another worker process
    again.warm(engine)
    assert again._matcher is not None and again._matcher.last_analysed == 0
    from schemas.models import VolunteerUpdate

    with UnitOfWork(engine) as uow:
        update_volunteer(
            uow=uow,
            volunteer_id=ids[1],
            data=VolunteerUpdate(bio="書道を教えられます。"),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            actor="test",
        )
    third = MatcherCache(settings)
    third.warm(engine)
    assert third._matcher is not None and third._matcher.last_analysed == 1
    assert "書道を教えられます。" in third._matcher.get(str(ids[1])).bio  # type: ignore[union-attr]


def test_a_deleted_person_leaves_the_warm_matcher_and_the_saved_profiles(engine, settings):
    from datetime import UTC, datetime

    import matching
    from service.privacy.rights import delete_person

    keep = _register(engine, settings, bio="料理が得意です。")
    gone = _register(engine, settings, bio="盆栽の手入れを長年しています。")
    cache = MatcherCache(settings)
    cache.warm(engine)
    path = cache.profiles_path()
    assert path is not None
    assert str(gone) in matching.ProfileStore.load(path, cache._matcher.taxonomy).ids  # type: ignore[union-attr]
    with UnitOfWork(engine) as uow:
        delete_person(uow.session, "volunteers", gone, settings.org_id, actor="test")
    cache._loads_at = datetime.min.replace(tzinfo=UTC)  # the periodic full read is due
    cache.warm(engine)
    assert cache._matcher is not None and cache._matcher.get(str(gone)) is None
    ids = matching.ProfileStore.load(path, cache._matcher.taxonomy).ids
    assert str(gone) not in ids and str(keep) in ids


# ---------------------------------------------------------------- a burst matched in batches


def _proposals(engine, rid):  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return [
            (p.volunteer_id, p.rank, p.score, p.reasons, p.algorithm)
            for p in s.exec(select(Proposal).where(Proposal.request_id == rid).order_by(Proposal.rank)).all()
        ]


def test_a_batch_matches_like_one_job_at_a_time_and_finishes_every_job(engine, settings, tmp_path):
    from service.matching_jobs.runner import run_jobs

    for i in range(4):
        _register(engine, settings, display_name=f"ボランティア {i}")
    submitted = [_submit(engine, settings) for _ in range(5)]
    cache = MatcherCache(settings)
    # the first two one at a time: the reference
    for _rid, jid in submitted[:2]:
        assert run_job(engine, jid, cache).ran
    outcomes = run_jobs(engine, [jid for _, jid in submitted[2:]], cache)
    assert sorted(o.job_id for o in outcomes) == sorted(jid for _, jid in submitted[2:])
    assert all(o.ran and o.retry_in is None for o in outcomes)
    with Session(engine) as s:
        for rid, jid in submitted:
            job = s.get(MatchingJob, jid)
            assert job.status == JobStatus.done and job.attempts == 1 and job.lease_until is None
            assert s.get(HelpRequest, rid).status != "matching"
    reference = _proposals(engine, submitted[0][0])
    assert reference and all(
        _proposals(engine, rid) == reference for rid, _ in submitted
    )  # same request, same answer
    # done jobs are not claimed again by a later batch
    assert not any(o.ran for o in run_jobs(engine, [jid for _, jid in submitted], cache))


def test_a_failing_batch_runs_its_jobs_one_by_one_with_their_own_retries(engine, settings, monkeypatch):
    from service.matching_jobs.runner import run_jobs

    _register(engine, settings)
    (rid1, jid1), (rid2, jid2) = _submit(engine, settings), _submit(engine, settings)
    original = matching.Matcher.rank

    def flaky(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        if request.id == str(rid2):  # the matcher breaks on this request, wherever it is ranked
            raise RuntimeError("boom")
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(matching.Matcher, "rank", flaky)
    outcomes = {o.job_id: o for o in run_jobs(engine, [jid1, jid2], MatcherCache(settings))}
    assert outcomes[jid1].ran and outcomes[jid1].retry_in is None
    assert outcomes[jid2].ran and outcomes[jid2].retry_in is not None  # recorded, to be run again
    with Session(engine) as s:
        assert s.get(MatchingJob, jid1).status == JobStatus.done
        job2 = s.get(MatchingJob, jid2)
        assert job2.status == JobStatus.pending and job2.attempts == 1 and job2.last_error == "RuntimeError"
    assert _proposals(engine, rid1)


def test_the_embedded_worker_takes_a_waiting_burst_in_batches(engine, settings, monkeypatch):
    from service.matching_jobs import dispatch

    batches: list[list[int]] = []
    real = dispatch.run_jobs
    monkeypatch.setattr(dispatch, "run_jobs", lambda e, ids, c: batches.append(list(ids)) or real(e, ids, c))
    _register(engine, settings)
    ids = [_submit(engine, settings)[1] for _ in range(10)]
    worker = dispatch.EmbeddedWorker(engine, settings)
    worker.dispatch(ids)  # all waiting before the worker starts: a burst
    worker._thread.start()
    try:
        assert worker.drain(30)
    finally:
        worker.stop()
    assert sorted(i for b in batches for i in b) == ids and len(batches) < len(ids)
    with Session(engine) as s:
        assert all(s.get(MatchingJob, i).status == JobStatus.done for i in ids)


def test_a_task_takes_waiting_jobs_along_but_not_a_retry_in_its_backoff(engine, settings):
    """Celery: the task of one job claims up to `extra` more waiting request-matching jobs, the newest first (a
    fresh request posted while a backlog drains rides with the next batch); their own messages then find them
    done. A job waiting out its retry backoff (dispatch mark in the future) is not taken early."""
    from service.matching_jobs.runner import run_jobs

    _register(engine, settings)
    submitted = [_submit(engine, settings) for _ in range(5)]
    (_, own), (_, oldest), (_, newer), (_, backoff), (_, newest) = submitted
    with Session(engine) as s:
        job = s.get(MatchingJob, backoff)
        job.dispatched_at = utcnow() + timedelta(seconds=60)  # a retry due in a minute
        s.add(job)
        s.commit()
    cache = MatcherCache(settings)
    outcomes = run_jobs(engine, [own], cache, extra=2)
    assert sorted(o.job_id for o in outcomes) == sorted([own, newest, newer])
    with Session(engine) as s:
        status = {jid: s.get(MatchingJob, jid).status for _, jid in submitted}
    assert status == {
        own: JobStatus.done,
        oldest: JobStatus.pending,
        newer: JobStatus.done,
        backoff: JobStatus.pending,
        newest: JobStatus.done,
    }
    ran = [rid for rid, jid in submitted if jid in (own, newer, newest)]
    assert all(_proposals(engine, rid) == _proposals(engine, submitted[0][0]) for rid in ran)
    # the messages of the jobs taken along run nothing; the next one takes what is left and due
    later = run_jobs(engine, [newer], cache, extra=15)
    assert [(o.job_id, o.ran) for o in later if o.job_id == newer] == [(newer, False)]
    assert {o.job_id for o in later if o.ran} == {oldest}


def test_a_request_changed_while_its_batch_ranked_is_matched_on_what_committed(engine, settings, monkeypatch):
    """The batch ranks outside the write lock; a request corrected (or closed) before the write is ranked again on
    its committed text (or left alone), never written from the stale ranking."""
    from schemas.models import HelpRequestCreate
    from service.matching_jobs.runner import run_jobs
    from service.requests.usecases import correct_request

    cook = _register(engine, settings, display_name="料理 さん", skills=["料理"], bio="料理が得意です。")
    phone = _register(engine, settings)  # スマホ・LINE
    (rid, jid), (closed_rid, closed_jid) = _submit(engine, settings), _submit(engine, settings)
    original = matching.Matcher.rank
    changed: list[str] = []

    def rank_then_change(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = original(self, request, *args, **kwargs)
        if request.id not in changed:  # the first ranking of each: the read phase
            changed.append(request.id)
            with UnitOfWork(engine) as uow:
                if request.id == str(rid):
                    correct_request(
                        uow=uow,
                        request_id=rid,
                        data=HelpRequestCreate(
                            **help_request(
                                title="料理を手伝ってほしい", description="子ども食堂で料理を作ります。"
                            )
                        ),
                        areas_path=settings.areas_path,
                        org_id=settings.org_id,
                        actor="test",
                    )
                else:
                    row = uow.session.get(HelpRequest, closed_rid)
                    row.status = "closed"
                    uow.session.add(row)
        return result

    monkeypatch.setattr(matching.Matcher, "rank", rank_then_change)
    outcomes = run_jobs(engine, [jid, closed_jid], MatcherCache(settings))
    assert all(o.ran and o.retry_in is None for o in outcomes)
    assert changed.count(str(rid)) == 1  # ranked twice: once read, once again in the write transaction
    assert [vid for vid, *_ in _proposals(engine, rid)] == [cook]
    assert phone not in [vid for vid, *_ in _proposals(engine, rid)]
    with Session(engine) as s:
        assert s.get(HelpRequest, closed_rid).status == "closed"
        assert s.get(HelpRequest, rid).status == "proposed"
    assert _proposals(engine, closed_rid) == []


def test_a_batch_writes_what_single_jobs_write_for_every_outcome(engine, settings):
    """No candidates (with the reason), some already decided, and a fresh request: a batch leaves exactly the
    proposals and request states that the same jobs run one at a time leave."""
    from service.matching_jobs.runner import run_jobs

    for i in range(3):
        _register(engine, settings, display_name=f"ボランティア {i}")
    cache = MatcherCache(settings)

    def scenario() -> list[tuple[int, int]]:
        with UnitOfWork(engine) as uow:
            ids = [
                submit_request(
                    uow=uow,
                    data=HelpRequestCreate(**help_request(**kw)),
                    areas_path=settings.areas_path,
                    org_id=settings.org_id,
                ).id
                for kw in ({}, {"languages": ["ja", "en"]}, {})  # nobody speaks English here
            ]
            jobs_ = list(uow.enqueued)
        return list(zip(ids, jobs_, strict=True))  # type: ignore[arg-type]

    def state(rid: int) -> tuple:  # type: ignore[type-arg]
        with Session(engine) as s:
            r = s.get(HelpRequest, rid)
            status, explanation = r.status, r.explanation
        return (status, explanation, [p[:4] for p in _proposals(engine, rid)])

    single, batch = scenario(), scenario()
    for _, jid in single:
        assert run_job(engine, jid, cache).ran
    assert all(o.ran for o in run_jobs(engine, [jid for _, jid in batch], cache))
    assert [state(rid) for rid, _ in single] == [state(rid) for rid, _ in batch]
    assert state(single[1][0])[0] == "no_candidates" and state(single[1][0])[1]
    # a second round after the first request's top proposal was approved in both: it stays, it is not proposed
    # again, the request is filled; the others are ranked with that volunteer's new workload
    from schemas.models import StaffUser

    with unit_of_work(engine) as session:
        staff = StaffUser(username="batch-vs-single", password_hash="x")
        session.add(staff)
        session.flush()
        for rid in (single[0][0], batch[0][0]):
            pid = session.exec(
                select(Proposal.id).where(Proposal.request_id == rid, Proposal.rank == 1)
            ).one()
            approve_proposal(session=session, proposal_id=pid, staff=staff)
    with unit_of_work(engine) as session:
        again = {rid: enqueue_match(session, rid).id for rid, _ in single + batch}
    for rid, _ in single:
        assert run_job(engine, again[rid], cache).ran
    assert all(o.ran for o in run_jobs(engine, [again[rid] for rid, _ in batch], cache))
    assert [state(rid) for rid, _ in single] == [state(rid) for rid, _ in batch]
    assert state(single[0][0])[0] == "filled"


def test_a_rematch_deletes_only_the_pending_proposals_no_longer_ranked_on_both_databases(
    db_url, settings_for
):  # type: ignore[no-untyped-def]
    """The batch's one DELETE of pending proposals no longer ranked: a volunteer who stopped fitting loses their
    pending proposal, one still ranked keeps theirs (same row, new rank), a decided one is never touched, and a
    request of the same batch that ranks nobody loses all its pending ones."""
    from schemas.models import StaffUser, Volunteer

    settings = settings_for(db_url)
    engine = make_engine(db_url)
    try:
        a, b, c = (_register(engine, settings, display_name=n) for n in ("A", "B", "C"))
        (rid, jid), (other, other_job) = _submit(engine, settings), _submit(engine, settings)
        cache = MatcherCache(settings)
        assert all(o.ran for o in jobs.run_jobs(engine, [jid, other_job], cache))
        with Session(engine) as s:
            before = {p.volunteer_id: p for p in s.exec(select(Proposal).where(Proposal.request_id == rid))}
            assert set(before) == {a, b, c} and all(p.status == "pending" for p in before.values())
        with unit_of_work(engine) as session:
            staff = StaffUser(username="rematch-delete", password_hash="x")
            session.add(staff)
            session.flush()
            helpers = session.get(HelpRequest, rid)
            helpers.helpers_needed = 3  # still open after one approval
            session.add(helpers)
            session.flush()
            approve_proposal(session=session, proposal_id=before[a].id, staff=staff)
            for vid in (b,):  # B stops fitting this request: paused
                v = session.get(Volunteer, vid)
                v.status, v.updated_at = "paused", utcnow()
                session.add(v)
            r = session.get(HelpRequest, other)
            r.languages = ["ja", "en"]  # nobody speaks English: the other request ranks nobody now
            session.add(r)
        with unit_of_work(engine) as session:
            again = [enqueue_match(session, rid).id, enqueue_match(session, other).id]
        assert all(o.ran for o in jobs.run_jobs(engine, again, cache))
        with Session(engine) as s:
            after = {p.volunteer_id: p for p in s.exec(select(Proposal).where(Proposal.request_id == rid))}
            assert set(after) == {a, c}  # B's pending proposal deleted
            assert after[a].status == "approved" and after[a].id == before[a].id
            assert after[c].status == "pending" and after[c].id == before[c].id
            assert s.exec(select(Proposal).where(Proposal.request_id == other)).all() == []
            assert s.get(HelpRequest, other).status == "no_candidates"
    finally:
        engine.dispose()


def test_the_embedded_worker_releases_memory_once_after_a_pause_not_during_a_burst(
    engine, settings, monkeypatch
):
    """What the jobs left resident (the dictionary's mapped pages, the freed heap) is handed back once the queue
    has been empty for IDLE_RELEASE_SECONDS after some work; never while jobs keep coming, never twice for one
    pause, never while nothing ran."""
    from service.matching_jobs import dispatch

    monkeypatch.setattr(dispatch, "IDLE_RELEASE_SECONDS", 0.3)
    released: list[float] = []
    monkeypatch.setattr(dispatch, "release_freed_heap", lambda: released.append(time.monotonic()))
    worker = dispatch.EmbeddedWorker(engine, settings)
    worker._thread.start()
    try:
        time.sleep(0.6)
        assert released == []  # nothing ran yet: nothing to release
        _register(engine, settings)
        worker.dispatch([_submit(engine, settings)[1]])
        assert worker.drain(30)
        done_at = time.monotonic()
        time.sleep(1.2)
        assert len(released) == 1 and released[0] >= done_at + 0.25  # once, after the pause
    finally:
        worker.stop()


def test_a_built_matcher_shares_equal_values_and_keeps_no_table_of_them(engine, settings):
    """Volunteers' equal slot names, slot sets and stamps are one object each in the warm matcher (at 100k: 8 MB of
    slot-name copies, 4.6 MB of one import's stamps), the interning table is emptied after the build, and the
    cache reads the volunteers from the matcher's table instead of keeping a second dict of them."""
    from service.matching_jobs import cache as cache_mod

    ids = [_register(engine, settings, availability=["mon-am", "tue-pm"]) for _ in range(3)]
    ids.append(_register(engine, settings, availability=["tue-pm", "sat-am"]))
    cache = MatcherCache(settings)
    with Session(engine) as s:
        cache.matcher(s)
    vols = [cache.volunteers[i] for i in ids]
    assert len({id(v.availability) for v in vols[:3]}) == 1
    slot = {id(s) for v in vols for s in v.availability if s == "tue-pm"}
    assert len(slot) == 1  # the same string object inside both distinct sets
    assert cache_mod._INTERNED == {}
    assert not any(
        isinstance(x, dict) and len(x) >= len(ids) and set(x) >= set(ids)
        for x in vars(cache).values()
        if x is not cache._stamps
    )
    assert sorted(cache.volunteers) == sorted(ids) and len(cache.volunteers) == len(ids)
    assert all(cache.volunteers[i] is cache._matcher.get(str(i)) for i in ids)
    stamps = [cache._stamps[i] for i in ids]
    assert all(a is b for a, b in zip(stamps, stamps[1:], strict=False) if a == b)
