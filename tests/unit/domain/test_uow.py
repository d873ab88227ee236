"""The unit of work: one commit, doorbells only after it, nothing announced for what was rolled back."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from schemas.models import MatchingJob, Volunteer
from service.db import make_engine
from service.migrate import upgrade
from service.uow import UnitOfWork


class Doorbell:
    """A doorbell that records what it was told, and whether the job rows were committed by then."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.engine, self.rung, self.committed = engine, [], []

    def dispatch(self, job_ids: list[int]) -> None:
        self.rung += job_ids
        with Session(self.engine) as other:  # another connection sees only committed rows
            self.committed += [i for i in job_ids if other.get(MatchingJob, i) is not None]


@pytest.fixture
def engine(tmp_path):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'uow.db'}")
    upgrade(engine)
    with Session(engine) as s:
        s.add(Volunteer(id=1, org_id="kiyose", display_name="テスト"))
        s.commit()
    yield engine
    engine.dispose()


def _job(uow: UnitOfWork) -> MatchingJob:
    job = MatchingJob(kind="volunteer_changed", volunteer_id=1)
    uow.session.add(job)
    uow.enqueue(job)
    return job


def test_the_doorbell_rings_once_after_the_commit(engine):
    bell = Doorbell(engine)
    with UnitOfWork(engine, bell) as uow:
        first, second = _job(uow), _job(uow)
        uow.enqueue(first)  # enqueued twice, announced once
        assert bell.rung == []
    assert bell.rung == [first.id, second.id]
    assert bell.committed == bell.rung


def test_a_rollback_announces_nothing_and_keeps_nothing(engine):
    bell = Doorbell(engine)
    with pytest.raises(RuntimeError), UnitOfWork(engine, bell) as uow:
        _job(uow)
        raise RuntimeError("refused")
    assert bell.rung == []
    with Session(engine) as s:
        assert s.exec(select(MatchingJob)).all() == []


def test_a_failed_attempt_undoes_its_rows_and_jobs_but_not_the_rest(engine):
    bell = Doorbell(engine)
    with UnitOfWork(engine, bell) as uow:
        kept = _job(uow)
        with pytest.raises(ValueError), uow.attempt():
            _job(uow)
            raise ValueError("shown next to its field")
    assert bell.rung == [kept.id]
    with Session(engine) as s:
        assert [j.id for j in s.exec(select(MatchingJob)).all()] == [kept.id]


def test_a_read_only_unit_of_work_does_not_take_the_write_lock(engine):
    with UnitOfWork(engine) as writer:
        _job(writer)
        writer.session.flush()  # the writer holds SQLite's write lock until it commits
        with UnitOfWork(engine, write=False) as reader:
            assert reader.session.exec(select(MatchingJob)).all() == []  # answered at once, not after 30 s


def test_the_mail_bell_rings_after_a_commit_that_wrote_mail_only(engine):
    """A commit that wrote outbox messages rings the mail sender once, after the rows are visible; a unit of work
    without mail, or rolled back, does not ring."""
    from schemas.outbox import OutboxMessage

    seen: list[int] = []

    def bell() -> None:
        with Session(engine) as other:
            seen.append(len(other.exec(select(OutboxMessage)).all()))

    def message() -> OutboxMessage:
        return OutboxMessage(
            kind="ask",
            recipient_kind="volunteer",
            recipient_id=1,
            channel="email",
            subject="s",
            body="b",
            status="pending",
        )

    with UnitOfWork(engine, mailbell=bell) as uow:
        uow.session.add(message())
        uow.session.add(message())
        uow.session.flush()  # flushed before the commit: still rung once, after it
    assert seen == [2]
    with UnitOfWork(engine, mailbell=bell) as uow:
        _job(uow)
    with pytest.raises(RuntimeError), UnitOfWork(engine, mailbell=bell) as uow:
        uow.session.add(message())
        uow.session.flush()
        raise RuntimeError
    assert seen == [2]


def test_sqlite_writers_of_one_process_queue_on_its_write_lock_and_readers_do_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Writers wait on the process's lock of the file (handed over at the commit) rather than on SQLite's busy
    # polling, which slept for milliseconds after the lock was free; a read never takes it.
    import threading
    import time

    from service.db import _write_lock, unit_of_work

    path = tmp_path / "lock.db"
    engine, other = make_engine(f"sqlite:///{path}"), make_engine(f"sqlite:///{path}")
    upgrade(engine)
    lock = _write_lock(str(path))
    assert not lock.locked()
    with unit_of_work(engine, write=False) as session:
        session.exec(select(Volunteer)).all()
        assert not lock.locked()
    order: list[str] = []
    with unit_of_work(engine) as session:
        session.exec(select(Volunteer)).all()
        assert lock.locked()  # held by this writing transaction (one lock per file, for every engine)

        def second_writer() -> None:
            with unit_of_work(other) as s:
                s.exec(select(Volunteer)).all()
                order.append("second")

        t = threading.Thread(target=second_writer)
        t.start()
        time.sleep(0.2)
        assert order == []  # waits for the first
        order.append("first")
    t.join(5)
    assert order == ["first", "second"] and not lock.locked()
    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        session.exec(select(Volunteer)).all()
        raise RuntimeError("rolled back")
    assert not lock.locked()  # a rollback releases it too


def test_the_dispatch_mark_is_set_at_commit_only_for_jobs_older_than_a_long_transaction(engine):  # type: ignore[no-untyped-def]
    """A job written long before its commit (an import) gets its dispatch mark at the commit, so the sweep does not
    take it for lost; a submission's fresh job keeps none (and no UPDATE is sent for it). Mixed, only the old one."""
    from datetime import timedelta

    from schemas.models import utcnow
    from service.uow import LONG_TRANSACTION

    def commit_jobs(ages: list[timedelta]) -> list[MatchingJob]:
        with UnitOfWork(engine, Doorbell(engine)) as uow:
            jobs = []
            for age in ages:
                at = utcnow() - age
                job = MatchingJob(kind="volunteer_changed", volunteer_id=1, created_at=at, updated_at=at)
                uow.session.add(job)
                uow.enqueue(job)
                jobs.append(job)
        with Session(engine) as s:
            return [s.get(MatchingJob, j.id) for j in jobs]  # type: ignore[misc]

    (fresh,) = commit_jobs([timedelta(0)])
    assert fresh.dispatched_at is None
    (old,) = commit_jobs([LONG_TRANSACTION * 3])
    assert old.dispatched_at is not None
    fresh, old = commit_jobs([timedelta(0), LONG_TRANSACTION * 3])
    assert fresh.dispatched_at is None and old.dispatched_at is not None
