"""Time from `POST /api/requests` to proposals visible, through real processes.

Starts `skillbank serve` (embedded: SQLite + matcher thread) and, when Redis and PostgreSQL are up,
`skillbank serve` + `skillbank worker` (Celery over Redis); submits N requests one at a time and polls
until each has its proposals. Prints medians and p90 per mode, and the ratio to the embedded median.

    .venv/bin/python -m bench.latency [--n 100]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKILLBANK = str(ROOT / ".venv" / "bin" / "skillbank")
DEMO = ROOT / "service" / "demo"
PASSWORD = "benchmark-password-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, method: str, path: str, body: object | None = None, token: str | None = None) -> object:
    """Returns the decoded JSON answer of one HTTP call."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"null")


def wait_http(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            call(base, "GET", "/health")
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("server did not answer")


@contextmanager
def running(env: dict[str, str], *, worker: bool, workdir: Path):  # type: ignore[no-untyped-def]
    """Starts migrate + create-staff + serve (and a worker), yields (base URL, staff token)."""
    port = free_port()
    # every submission comes from one address: a load test turns the public flood limit off
    full_env = {
        **os.environ,
        **env,
        "SKILLBANK_PASSWORD": PASSWORD,
        "SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR": "0",
    }
    subprocess.run([SKILLBANK, "migrate"], env=full_env, check=True, capture_output=True)
    subprocess.run(
        [SKILLBANK, "create-staff", "--username", "bench"], env=full_env, check=True, capture_output=True
    )
    subprocess.run(
        [SKILLBANK, "import", "--volunteers", str(DEMO / "volunteers.jsonl")],
        env=full_env,
        check=True,
        capture_output=True,
    )
    procs = []
    try:
        if worker:
            procs.append(
                subprocess.Popen(
                    [SKILLBANK, "worker", "--concurrency", "2", "--loglevel", "warning"],
                    env=full_env,
                    stdout=open(workdir / "worker.log", "w"),
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        server = subprocess.Popen(
            [SKILLBANK, "serve", "--port", str(port)],
            env=full_env,
            stdout=open(workdir / "serve.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        procs.append(server)
        base = f"http://127.0.0.1:{port}"
        wait_http(base, server)
        token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})["token"]  # type: ignore[index]
        yield base, token
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def measure(base: str, token: str, n: int) -> list[float]:
    """Returns the seconds from POST to proposals (or no_candidates) visible, for n requests."""
    requests = [
        json.loads(line) for line in (DEMO / "requests.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    times = []
    for i in range(n):
        record = {k: v for k, v in requests[i % len(requests)].items() if k != "external_id"}
        started = time.perf_counter()
        rid = call(base, "POST", "/api/requests", record)["id"]  # type: ignore[index]
        while call(base, "GET", f"/api/requests/{rid}", token=token)["status"] in ("new", "matching"):  # type: ignore[index]
            time.sleep(0.005)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    a = p.parse_args(argv)
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {
            "SKILLBANK_VAR_DIR": str(work / "embedded"),
            "DATABASE_URL": f"sqlite:///{work / 'bench.db'}",
            "REDIS_URL": "",
        }
        with running(env, worker=False, workdir=work) as (base, token):
            results["embedded (SQLite, matcher thread)"] = measure(base, token, a.n)
        try:
            from sqlalchemy import create_engine, text

            name = f"sb_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(a.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # no PostgreSQL here: report the embedded mode only
            print(f"PostgreSQL unavailable ({type(exc).__name__}); skipping the Celery mode")
            name = ""
        if name:
            try:
                env = {
                    "SKILLBANK_VAR_DIR": str(work / "celery"),
                    "DATABASE_URL": a.pg.rsplit("/", 1)[0] + "/" + name,
                    "REDIS_URL": a.redis,
                    "SKILLBANK_TASK_QUEUE": f"sbbench-{name}",
                }
                with running(env, worker=True, workdir=work) as (base, token):
                    results["Celery worker (PostgreSQL, Redis)"] = measure(base, token, a.n)
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    baseline = statistics.median(next(iter(results.values())))
    print(f"POST /api/requests → proposals visible, {a.n} requests each, 60 volunteers")
    print(f"{'mode':40} {'median ms':>10} {'p90 ms':>8} {'ratio':>6}")
    for mode, times in results.items():
        med = statistics.median(times)
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"{mode:40} {med * 1000:10.1f} {p90 * 1000:8.1f} {med / baseline:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
