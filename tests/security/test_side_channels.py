"""No personal data in side channels: logs (in-process and the worker's file), Redis keys and Celery messages.

Flows run with canaries in every personal field — valid submissions, invalid ones, searches in query strings,
failed logins — then every captured log line, the worker's log file and every Redis key are searched.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid

import pytest
import redis

from service.db import make_engine
from tests.conftest import REDIS_HOST, REDIS_PORT, STAFF_PASSWORD, make_staff, need, port_open, wait_for
from tests.factories import help_request, volunteer
from tests.integration.test_celery_worker import REDIS_URL, start_worker, stop
from tests.security.canaries import canary, canary_phone

pytestmark = [pytest.mark.redis, pytest.mark.worker]


def _redis_dump(r: redis.Redis) -> tuple[int, str]:
    """Every key with its value, as text."""
    parts, n = [], 0
    for key in r.scan_iter(count=1000):
        n += 1
        kind = r.type(key).decode()
        if kind == "string":
            value = r.get(key)
        elif kind == "list":
            value = r.lrange(key, 0, -1)
        elif kind == "hash":
            value = r.hgetall(key)
        elif kind == "set":
            value = r.smembers(key)
        elif kind == "zset":
            value = r.zrange(key, 0, -1)
        else:
            value = b""
        parts.append(f"{key!r} {value!r}")
        if kind == "list":  # kombu messages: the body is base64 JSON
            for raw in r.lrange(key, 0, -1):
                try:
                    body = json.loads(raw).get("body", "")
                    parts.append(base64.b64decode(body).decode("utf-8", "replace"))
                except Exception:
                    pass
    return n, "\n".join(parts)


def _celery_args(r: redis.Redis, queue: str) -> list[object]:
    args = []
    for raw in r.lrange(queue, 0, -1):
        message = json.loads(raw)
        body = json.loads(base64.b64decode(message["body"]))
        args.append(body)
    return args


def test_no_canary_in_logs_redis_or_celery_messages(sqlite_url, settings_for, tmp_path, caplog, capfd):
    need("Redis (127.0.0.1:6379)", port_open(REDIS_HOST, REDIS_PORT))
    from litestar.testing import TestClient

    from service.app import create_app

    caplog.set_level(logging.DEBUG)
    queue = f"sbtest-{uuid.uuid4().hex[:8]}"
    settings = settings_for(sqlite_url, REDIS_URL, task_queue=queue)
    engine = make_engine(sqlite_url)
    make_staff(engine)
    r = redis.Redis.from_url(REDIS_URL)
    canaries: list[str] = []

    def c(tag: str) -> str:
        canaries.append(canary(tag))
        return canaries[-1]

    def phone() -> str:
        canaries.append(canary_phone())
        return canaries[-1]

    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.name.startswith(("httpx", "httpcore")):  # the test client's own request log
                return
            records.append(self.format(record) + (f" {record.exc_info[1]!r}" if record.exc_info else ""))

    handler = Collect(level=logging.DEBUG)
    worker = None
    try:
        with TestClient(create_app(settings, engine=engine)) as client:
            # Litestar's logging config replaces root handlers (caplog's too): listen on the root logger again
            root = logging.getLogger()
            root.addHandler(handler)
            rids = []
            for _ in range(3):
                email = f"{c('vm').lower()}@example.jp"
                v = volunteer(
                    display_name=c("vn"),
                    bio=f"LINEとスマホを教えます {c('vb')}",
                    contact={"email": email, "phone": phone()},
                )
                assert client.post("/api/volunteers", json=v).status_code == 201
                email = f"{c('rm').lower()}@example.jp"
                req = help_request(
                    requester_name=c("rn"),
                    title=f"LINE {c('rt')}",
                    description=f"母がLINEを使いたい 土曜午前 {c('rd')}",
                    contact={"email": email, "phone": phone()},
                )
                resp = client.post("/api/requests", json=req)
                assert resp.status_code == 201
                rids.append(resp.json()["id"])
            # invalid input carrying canaries: rejected, and the rejection is not logged with the input
            bad = volunteer(
                display_name=c("bad") * 20, contact={"email": c("notanemail"), "phone": c("notaphone")}
            )
            assert client.post("/api/volunteers", json=bad).status_code == 400
            assert (
                client.post(
                    "/api/requests",
                    content=("{" + c("broken")).encode(),
                    headers={"content-type": "application/json"},
                ).status_code
                == 400
            )
            # a failed login with a canary user name and password
            assert (
                client.post("/api/auth/login", json={"username": c("user"), "password": c("pw")}).status_code
                == 401
            )
            # the messages waiting in Redis carry ids only
            messages = wait_for(lambda: _celery_args(r, queue), timeout=10)
            for body in messages:  # type: ignore[union-attr]
                args, kwargs, _embed = body
                assert all(isinstance(a, int) for a in args) and kwargs == {}, body
            worker = start_worker(sqlite_url, queue, tmp_path, concurrency=1)
            token = client.post(
                "/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD}
            ).json()["token"]
            staff = {"Authorization": f"Bearer {token}"}
            wait_for(
                lambda: all(
                    client.get(f"/api/requests/{rid}/proposals", headers=staff).json() for rid in rids
                ),
                timeout=60,
                interval=0.3,
            )
            pid = client.get(f"/api/requests/{rids[0]}/proposals", headers=staff).json()[0]["id"]
            assert client.post(f"/api/proposals/{pid}/approve", headers=staff).status_code == 200
            # searches put personal words in query strings
            client.cookies.set("sb_session", token)
            assert client.get(f"/staff/requests?q={canaries[4]}").status_code == 200
            assert client.get(f"/staff/volunteers?q={canaries[0]}&skill={canaries[1]}").status_code == 200
            client.get("/api/export/volunteers?format=csv", headers=staff)
    finally:
        logging.getLogger().removeHandler(handler)
        if worker is not None:
            stop(worker)
    worker_log = worker.log_path.read_text() if worker is not None else ""  # type: ignore[attr-defined]
    out, err = capfd.readouterr()
    # the test client's own request log (httpx) is the test talking, not the service
    out_err = "\n".join(line for line in (out + err).splitlines() if " - httpx - " not in line)
    n_keys, redis_text = _redis_dump(r)
    r.delete(queue)
    files = "\n".join(p.read_text(errors="replace") for p in tmp_path.rglob("*.log"))
    places = {
        "caplog": caplog.text,
        "worker log": worker_log,
        "stdout/stderr": out_err,
        "root handler": "\n".join(records),
        "log files": files,
        "redis": redis_text,
    }
    leaks = [f"{where}: {value}" for where, text in places.items() for value in canaries if value in text]
    print(
        f"\nside channels: {len(canaries)} canaries; {len(caplog.records) + len(records)} log records, "
        f"{len(out_err.splitlines())} stdout/stderr lines, "
        f"{len(worker_log.splitlines())} worker log lines, {n_keys} Redis keys, {len(messages)} Celery messages; "
        f"{len(leaks)} leaks"
    )
    assert "succeeded" in worker_log or "Task" in worker_log  # the worker really logged something
    assert leaks == [], leaks


def test_no_request_logging_anywhere(settings_for, sqlite_url):
    """Litestar's logging middleware (bodies, query strings) is not installed; uvicorn's access log is off."""
    import inspect

    import service.cli
    from service.app import create_app

    app = create_app(settings_for(sqlite_url), start_dispatcher=False)
    names = [getattr(m, "__name__", type(m).__name__) for m in app.middleware]
    assert not any("Logging" in n for n in names), names
    assert app.debug is False
    assert app.logging_config is None or getattr(app.logging_config, "log_exceptions", "debug") != "always"
    source = inspect.getsource(service.cli)
    assert "access_log=False" in source and source.count("uvicorn.run(") == source.count("access_log=False")
