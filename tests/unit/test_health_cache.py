"""The health check's answer is computed at most once per TTL, reads without the write lock, and says when the
database is down."""

from __future__ import annotations

import threading
import time

import pytest
from sqlmodel import Session

from schemas.models import MatchingJob
from service.db import make_engine
from service.migrate import upgrade
from service.web.health import HealthCache


class Dispatcher:
    """Counts the broker pings (one per computed answer)."""

    def __init__(self) -> None:
        self.pings = 0

    def broker_status(self) -> str:
        self.pings += 1
        return "embedded"


@pytest.fixture
def engine(tmp_path):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'health.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


def test_the_answer_is_reused_within_the_ttl_and_computed_again_after(engine) -> None:  # type: ignore[no-untyped-def]
    cache, dispatcher = HealthCache(ttl=0.3), Dispatcher()
    body, status = cache.get(engine, dispatcher)
    assert status == 200 and body["status"] == "ok" and body["oldest_unmatched_seconds"] is None
    with Session(engine) as session:  # a job waits now; the cached answer does not know yet
        session.add(MatchingJob(kind="match_request"))
        session.commit()
    for _ in range(20):
        assert cache.get(engine, dispatcher)[0]["oldest_unmatched_seconds"] is None
    assert dispatcher.pings == 1
    time.sleep(0.35)
    assert cache.fresh() is None
    assert cache.get(engine, dispatcher)[0]["oldest_unmatched_seconds"] is not None
    assert dispatcher.pings == 2


def test_health_reads_while_a_writer_holds_the_lock(engine) -> None:  # type: ignore[no-untyped-def]
    # A writer's BEGIN IMMEDIATE holds SQLite's write lock; the check must answer at once, not after it.
    with Session(engine) as writer:
        writer.add(MatchingJob(kind="match_request"))
        writer.flush()  # BEGIN IMMEDIATE: the write lock is held until the rollback below
        started = time.perf_counter()
        done = threading.Event()
        answer: list = []

        def check() -> None:
            answer.append(HealthCache(ttl=0).get(engine, Dispatcher()))
            done.set()

        threading.Thread(target=check).start()
        assert done.wait(5), "the health check waited for the writer"
        assert time.perf_counter() - started < 2
        writer.rollback()
    body, status = answer[0]
    assert status == 200 and body["oldest_unmatched_seconds"] is None  # the uncommitted job is not seen


def test_a_database_that_does_not_answer_is_503(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")  # no tables: every query fails
    body, status = HealthCache().get(engine, Dispatcher())
    assert status == 503 and body["database"].startswith("down") and body["status"] == "degraded"
