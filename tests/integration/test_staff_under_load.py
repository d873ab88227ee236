"""Staff pause, resume and withdraw volunteers while a real Celery worker matches: 0 × 5xx (trust.md
"staff under load"). A transaction that loses a deadlock is run again; locks are taken in one order."""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest
import redis
from sqlmodel import Session, col, func, select

from schemas.models import HelpRequest
from tests.conftest import STAFF_PASSWORD, make_staff
from tests.factories import help_request, volunteer
from tests.integration.test_celery_worker import (  # noqa: F401  (fixtures)
    REDIS_URL,
    _app_client,
    pg_url,
    queue_name,
    start_worker,
    stop,
)

pytestmark = [pytest.mark.redis, pytest.mark.worker, pytest.mark.postgres, pytest.mark.slow]

VOLUNTEERS, REQUESTS, ROUNDS = 8, 60, 6


def test_staff_actions_under_worker_load_never_answer_5xx(pg_url, queue_name, settings_for, tmp_path):  # noqa: F811
    worker = start_worker(pg_url, queue_name, tmp_path, concurrency=2)
    try:
        with _app_client(pg_url, queue_name, settings_for) as client:
            engine = client.app.state.engine
            make_staff(engine)
            token = client.post(
                "/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD}
            ).json()["token"]
            staff = {"Authorization": f"Bearer {token}"}
            vids = [
                client.post("/api/volunteers", json=volunteer(display_name=f"ボランティア{i}")).json()["id"]
                for i in range(VOLUNTEERS)
            ]
            rids = [client.post("/api/requests", json=help_request()).json()["id"] for _ in range(REQUESTS)]
            codes: Counter = Counter()
            actions: Counter = Counter()
            bodies: list[str] = []
            lock = threading.Lock()

            def record(action: str, r) -> None:  # type: ignore[no-untyped-def]
                with lock:
                    codes[r.status_code // 100 * 100] += 1
                    actions[action] += 1
                    if r.status_code >= 500:
                        bodies.append(f"{action}: {r.status_code} {r.text[:300]}")

            def staff_loop(mine: list[int], withdraw: bool) -> None:
                for _ in range(ROUNDS):
                    for vid in mine:
                        record("pause", client.post(f"/api/volunteers/{vid}/pause", headers=staff))
                        record("resume", client.post(f"/api/volunteers/{vid}/resume", headers=staff))
                if withdraw:
                    for vid in mine:
                        record("withdraw", client.post(f"/api/volunteers/{vid}/withdraw", headers=staff))

            def keep_worker_busy() -> None:
                for i, rid in enumerate(rids * 2):
                    if i % 3 == 0:
                        record("submit", client.post("/api/requests", json=help_request()))
                    record("rematch", client.post(f"/api/requests/{rid}/rematch", headers=staff))

            threads = [threading.Thread(target=staff_loop, args=(vids[i::4], i == 0)) for i in range(4)] + [
                threading.Thread(target=keep_worker_busy)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert codes[500] == 0, bodies[:5]
            assert actions["pause"] == actions["resume"] == VOLUNTEERS * ROUNDS
            print(f"staff under load: {dict(actions)} → {dict(codes)}")

            # And the worker finishes everything (a deadline that follows progress).
            def open_count() -> int:
                with Session(engine) as s:
                    return s.exec(
                        select(func.count())
                        .select_from(HelpRequest)
                        .where(col(HelpRequest.status) == "matching")
                    ).one()

            best, last = open_count(), time.monotonic()
            while best:
                time.sleep(0.5)
                now = open_count()
                if now < best:
                    best, last = now, time.monotonic()
                assert time.monotonic() - last < 120, f"{best} requests stuck in matching"
    finally:
        stop(worker)
        redis.Redis.from_url(REDIS_URL).delete(f"{queue_name}.bulk")
