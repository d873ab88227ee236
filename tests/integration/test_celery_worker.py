"""A real `celery worker` process on the real Redis and PostgreSQL: submissions over HTTP get proposals.

Killed workers, Redis outages and database restarts are in test_chaos.py (bench/chaos.py).
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from service.db import make_engine
from tests.conftest import REDIS_HOST, REDIS_PORT, ROOT, _truncate_all, need, port_open, wait_for
from tests.factories import help_request, volunteer

pytestmark = [pytest.mark.redis, pytest.mark.worker, pytest.mark.postgres]
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/0"


@pytest.fixture
def pg_url(pg_database: str) -> str:
    engine = make_engine(pg_database)
    _truncate_all(engine)
    engine.dispose()
    return pg_database


@pytest.fixture
def queue_name() -> str:
    need("Redis (127.0.0.1:6379)", port_open(REDIS_HOST, REDIS_PORT))
    name = f"sbtest-{uuid.uuid4().hex[:8]}"
    yield name
    redis.Redis.from_url(REDIS_URL).delete(name)


def start_worker(
    database_url: str, queue: str, tmp_path: Path, concurrency: int = 2, **env_extra: str
) -> subprocess.Popen:
    """Starts `skillbank worker` (no beat) and waits until Celery reports it ready."""
    log = tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "SKILLBANK_TASK_QUEUE": queue,
        "SKILLBANK_VAR_DIR": str(tmp_path / "var"),
        "SKILLBANK_SECRET_KEY": "test",
        **env_extra,
    }
    proc = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/skillbank"),
            "worker",
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "info",
        ],
        cwd=ROOT,
        env=env,
        stdout=open(log, "w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    wait_for(lambda: "ready" in log.read_text() or proc.poll() is not None, timeout=60, interval=0.2)
    assert proc.poll() is None, log.read_text()[-3000:]
    proc.log_path = log  # type: ignore[attr-defined]
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()  # to the main process only: Celery's warm shutdown lets running tasks finish
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@contextmanager
def _app_client(pg_url: str, queue: str, settings_for):  # type: ignore[no-untyped-def]
    """A client of the real app in Celery mode; its engine is disposed so no connection outlives the test."""
    from litestar.testing import TestClient

    from service.app import create_app

    settings = settings_for(pg_url, REDIS_URL, task_queue=queue)
    engine = make_engine(pg_url)
    try:
        with TestClient(create_app(settings, engine=engine)) as client:
            yield client
    finally:
        engine.dispose()


def test_real_worker_matches_requests_submitted_over_http(pg_url, queue_name, settings_for, tmp_path):
    from tests.conftest import STAFF_PASSWORD, make_staff

    worker = start_worker(pg_url, queue_name, tmp_path)
    try:
        with _app_client(pg_url, queue_name, settings_for) as client:
            make_staff(client.app.state.engine)
            token = client.post(
                "/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD}
            ).json()["token"]
            staff = {"Authorization": f"Bearer {token}"}
            assert client.get("/health").json()["broker"] == "ok"
            vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
            ids = [client.post("/api/requests", json=help_request()).json()["id"] for _ in range(5)]
            for rid in ids:
                proposals = wait_for(
                    lambda rid=rid: client.get(f"/api/requests/{rid}/proposals", headers=staff).json(),
                    timeout=30,
                )
                assert proposals[0]["volunteer_id"] == vid and proposals[0]["reasons"]
                assert client.get(f"/api/requests/{rid}", headers=staff).json()["status"] == "proposed"
    finally:
        stop(worker)
    assert "Traceback" not in worker.log_path.read_text()  # type: ignore[attr-defined]


def test_messages_carry_ids_only_and_lost_doorbells_are_swept(pg_url, queue_name, settings_for, tmp_path):
    """With no worker running, the queued message holds only the job id; a worker started later catches up."""
    with _app_client(pg_url, queue_name, settings_for) as client:
        client.post("/api/volunteers", json=volunteer())
        rid = client.post(
            "/api/requests",
            json=help_request(description="持病があり通院中です。スマホで予約したいので教えてください。"),
        ).json()["id"]
        r = redis.Redis.from_url(REDIS_URL)
        raw = wait_for(lambda: r.lrange(queue_name, 0, -1), timeout=10)
        for message in raw:
            envelope = json.loads(message)
            body = json.loads(base64.b64decode(envelope["body"]))
            args, kwargs = body[0], body[1]
            assert all(isinstance(a, int) for a in args) and kwargs == {}
            assert "持病" not in message.decode() and "090-" not in message.decode()
        # Lose every doorbell, as when Redis restarts without persistence.
        r.delete(queue_name)
        worker = start_worker(pg_url, queue_name, tmp_path)
        try:
            from sqlmodel import Session

            from schemas.models import HelpRequest

            engine = client.app.state.engine

            # the app's own sweep (every 0.5 s here) re-sends jobs older than stale_dispatch_seconds
            def proposed() -> bool:
                with Session(engine) as s:
                    return s.get(HelpRequest, rid).status == "proposed"

            wait_for(proposed, timeout=30)
        finally:
            stop(worker)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


def test_a_real_worker_delivers_an_approvals_mail_rung_at_commit(pg_url, queue_name, settings_for, tmp_path):
    """Issue 10 with a real `celery worker` (no beat, so nothing polls): the approval's commit sends one
    send_mail task, and the worker delivers the ask over SMTP to a real aiosmtpd on loopback, once."""
    from sqlmodel import Session, select

    from schemas.models import StaffUser
    from schemas.outbox import OutboxMessage
    from service.outbox.sender import CeleryMailBell
    from service.outbox.usecases import ask_volunteer
    from service.proposals.usecases import approve_proposal
    from service.uow import UnitOfWork
    from tests.conftest import make_staff
    from tests.integration.test_outbox import PUBLIC_URL, SmtpServer, _seed_proposals

    smtp = SmtpServer()
    smtp.start()
    settings = settings_for(
        pg_url, REDIS_URL, task_queue=queue_name, smtp_url=smtp.url, public_url=PUBLIC_URL
    )
    worker = start_worker(
        pg_url,
        queue_name,
        tmp_path,
        concurrency=1,
        SKILLBANK_SMTP_URL=smtp.url,
        SKILLBANK_PUBLIC_URL=PUBLIC_URL,
    )
    engine = make_engine(pg_url)
    bell = CeleryMailBell(settings)
    bell.start()
    try:
        make_staff(engine)
        [(proposal_id, address)] = _seed_proposals(engine, 1, 1, tag="celery")
        with Session(engine) as s:
            staff = s.exec(select(StaffUser)).one()
        with UnitOfWork(engine, mailbell=bell) as uow:
            proposal = approve_proposal(session=uow.session, proposal_id=proposal_id, staff=staff)
            ask_volunteer(uow.session, settings, proposal)
        [msg] = wait_for(lambda: smtp.inbox.to(address), timeout=30, interval=0.05)  # type: ignore[misc]
        assert (
            msg["Message-ID"].startswith("<outbox-")
            and PUBLIC_URL + "/v/" in msg.get_body(("plain",)).get_content()
        )

        def marked() -> OutboxMessage | None:
            with Session(engine) as s:
                [row] = s.exec(select(OutboxMessage).where(OutboxMessage.to_address == address)).all()
                return row if row.status == "sent" else None

        row = wait_for(marked, timeout=10)  # the mark commits just after SMTP accepted the message
        assert row.attempts == 1  # type: ignore[attr-defined]
        wait_for(lambda: "skillbank.send_mail" in worker.log_path.read_text(), timeout=10)  # type: ignore[attr-defined]
    finally:
        bell.stop()
        stop(worker)
        smtp.stop()
        engine.dispose()
    log = worker.log_path.read_text()  # type: ignore[attr-defined]
    assert "Traceback" not in log and "succeeded" in log
    assert len(smtp.inbox.to(address)) == 1
