"""Chaos runs against real processes: Redis stopped mid-stream, workers killed with SIGKILL, PostgreSQL restarted.

Each scenario starts its own Redis (on a free port, never the machine's shared one), its own PostgreSQL
database (or cluster, for the restart), `skillbank serve` and `skillbank worker` processes, drives them over
HTTP and reports what was stored, matched, lost or duplicated. Full counts (the trust targets):

    .venv/bin/python -m bench.chaos redis-outage --submissions 500 --outage 30
    .venv/bin/python -m bench.chaos worker-kill --jobs 1000 --kills 10
    .venv/bin/python -m bench.chaos db-restart --submissions 300
    .venv/bin/python -m bench.chaos backlog --jobs 2000 --stopped 60

The test suite runs the same functions at reduced counts (tests/integration/test_chaos.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.latency import DEMO, PASSWORD, SKILLBANK, call, free_port, wait_http

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@dataclass
class Report:
    scenario: str
    counts: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        return f"{self.scenario}: " + ", ".join(f"{k}={v}" for k, v in self.counts.items())


# ---------------------------------------------------------------- processes


class RedisServer:
    """A private redis-server on a free port (no persistence, like the machine's)."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.workdir = workdir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        import socket

        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise TimeoutError("redis-server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()  # like a crash: whatever was queued is gone
            self.proc.wait()

    def keys_and_values(self) -> list[bytes]:
        """Returns every key and value in this Redis (for the side-channel check)."""
        import redis

        r = redis.Redis(port=self.port)
        out: list[bytes] = []
        for key in r.scan_iter():
            out.append(key)
            kind = r.type(key)
            if kind == b"string":
                out.append(r.get(key) or b"")
            elif kind == b"list":
                out.extend(r.lrange(key, 0, -1))
            elif kind == b"hash":
                out.extend(v for pair in r.hgetall(key).items() for v in pair)
            elif kind == b"set":
                out.extend(r.smembers(key))
            elif kind == b"zset":
                out.extend(r.zrange(key, 0, -1))
        return out


@contextmanager
def pg_database(admin_url: str = PG_ADMIN):  # type: ignore[no-untyped-def]
    """Yields the URL of a throw-away database on the shared PostgreSQL."""
    name = f"sb_chaos_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Stack:
    """`skillbank serve` and N `skillbank worker` processes on one database and one Redis."""

    def __init__(self, database_url: str, redis_url: str, workdir: Path) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "SKILLBANK_VAR_DIR": str(workdir / "var"),
            "SKILLBANK_SECRET_KEY": "chaos",
            # every submission comes from one address: a load test turns the public flood limit off
            "SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR": "0",
            "SKILLBANK_PASSWORD": PASSWORD,
            "SKILLBANK_TASK_QUEUE": "skillbank",
        }
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.server: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []
        self.token = ""
        self.longest_stall = 0.0
        self.beat: subprocess.Popen | None = None

    def prepare(self, volunteers: Path = DEMO / "volunteers.jsonl") -> None:
        for argv in (
            ["migrate"],
            ["create-staff", "--username", "chaos"],
            ["import", "--volunteers", str(volunteers)],
        ):
            subprocess.run([SKILLBANK, *argv], env=self.env, check=True, capture_output=True, timeout=120)

    def start_server(self) -> None:
        self.server = subprocess.Popen(
            [SKILLBANK, "serve", "--port", str(self.port)],
            env=self.env,
            stdout=open(self.workdir / "serve.log", "a"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_http(self.base, self.server)
        self.token = call(self.base, "POST", "/api/auth/login", {"username": "chaos", "password": PASSWORD})[
            "token"
        ]  # type: ignore[index]

    def start_worker(self, concurrency: int = 2) -> subprocess.Popen:
        # a fresh file for every start: a restarted worker must not overwrite the log of the one that died
        self._worker_starts = getattr(self, "_worker_starts", 0) + 1
        log = self.workdir / f"worker-{self._worker_starts - 1}.log"
        proc = subprocess.Popen(
            [SKILLBANK, "worker", "--concurrency", str(concurrency), "--loglevel", "info"],
            env=self.env,
            stdout=open(log, "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while "ready" not in log.read_text():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        self.workers.append(proc)
        return proc

    def supervise(self) -> None:
        """Restarts a worker that exits on its own, as compose's `restart: unless-stopped` does in production.

        (Celery 5.7 / kombu 5.7 workers can die with "Unrecoverable error: AttributeError ... 'hostname'" when
        they acknowledge a task while Redis is away; the count is reported as worker_restarts.)
        """
        self.worker_restarts = 0
        self._lock = threading.Lock()

        def loop() -> None:
            while self.server is None or self.server.poll() is None:
                time.sleep(1.0)
                with self._lock:
                    dead = [p for p in self.workers if p.poll() is not None]
                    for proc in dead:
                        self.workers.remove(proc)
                    for _ in dead:
                        try:
                            self.start_worker()
                            self.worker_restarts += 1
                        except Exception:
                            continue

        threading.Thread(target=loop, daemon=True).start()

    def start_beat(self, **env: str) -> subprocess.Popen:
        """Starts `skillbank beat` (the second sweeper, next to the one in `serve`)."""
        proc = subprocess.Popen(
            [SKILLBANK, "beat", "--loglevel", "info"],
            env={**self.env, **env},
            stdout=open(self.workdir / "beat.log", "w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.beat = proc
        return proc

    def kill_workers(self) -> None:
        with getattr(self, "_lock", threading.Lock()):
            self._kill_workers()

    def _kill_workers(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.workers = []

    def stop(self) -> None:
        self.kill_workers()
        if self.beat and self.beat.poll() is None:
            os.killpg(self.beat.pid, signal.SIGKILL)
            self.beat.wait()
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)

    def submit(self, record: dict, key: str | None = None) -> tuple[int, dict | None]:
        """Posts one request; returns (HTTP status, body)."""
        import urllib.request

        req = urllib.request.Request(
            self.base + "/api/requests", data=json.dumps(record).encode(), method="POST"
        )
        req.add_header("content-type", "application/json")
        if key:
            req.add_header("Idempotency-Key", key)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            body = exc.read()
            return exc.code, json.loads(body) if body.startswith(b"{") else {
                "raw": body.decode(errors="replace")
            }
        except OSError as exc:
            return 0, {"error": type(exc).__name__}

    def statuses(self, database_url: str, ids: list[int]) -> Counter:
        engine = create_engine(database_url.replace("postgresql+psycopg", "postgresql+psycopg"))
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT status FROM help_request WHERE id = ANY(:ids)"), {"ids": ids}
            ).all()
        engine.dispose()
        return Counter(r[0] for r in rows)


def requests_cycle(n: int) -> list[dict]:
    base = [json.loads(line) for line in (DEMO / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    return [{k: v for k, v in base[i % len(base)].items() if k != "external_id"} for i in range(n)]


def wait_all_matched(
    stack: Stack, database_url: str, ids: list[int], timeout: float, cap: float = 1800.0
) -> float | None:
    """Returns seconds until every request left new/matching, or None when matching stalled.

    The deadline follows progress: it waits as long as the number of matched requests keeps growing, and
    gives up only after `timeout` seconds without a single request matched (or after `cap` in all), so a slow
    machine makes a run slower, never red. The longest stall is kept in `stack.longest_stall`.
    """
    started = last_progress = time.monotonic()
    best = (-1, -1)
    stack.longest_stall = 0.0
    while time.monotonic() - last_progress < timeout and time.monotonic() - started < cap:
        statuses = stack.statuses(database_url, ids)
        settled = sum(statuses.values()) - statuses["new"] - statuses["matching"]
        progress = (
            settled,
            finished_jobs(database_url),
        )  # a re-score job that matches nobody is progress too
        now = time.monotonic()
        if progress > best:
            best, last_progress = progress, now
        stack.longest_stall = max(stack.longest_stall, now - last_progress)
        if sum(statuses.values()) == len(ids) and settled == len(ids):
            return now - started
        time.sleep(0.5)
    return None


def finished_jobs(database_url: str) -> int:
    """Returns how many matching jobs are done or failed (the worker's progress)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(
                    text("SELECT count(*) FROM matching_job WHERE status IN ('done', 'failed')")
                ).scalar()
                or 0
            )
    finally:
        engine.dispose()


def proposal_sets(database_url: str) -> dict[int, tuple[tuple[int, int], ...]]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT request_id, volunteer_id, rank FROM proposal ORDER BY request_id, rank")
        ).all()
        dupes = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT request_id, volunteer_id FROM proposal "
                "GROUP BY request_id, volunteer_id HAVING count(*) > 1) d"
            )
        ).scalar()
    engine.dispose()
    out: dict[int, list[tuple[int, int]]] = {}
    for rid, vid, rank in rows:
        out.setdefault(rid, []).append((vid, rank))
    assert dupes == 0
    return {k: tuple(v) for k, v in out.items()}


# ---------------------------------------------------------------- scenarios


def redis_outage(submissions: int = 500, outage: float = 30.0, workdir: Path | None = None) -> Report:
    """Stops Redis for `outage` seconds in the middle of `submissions` requests."""
    work = Path(workdir or tempfile.mkdtemp(prefix="sb-chaos-"))
    redis = RedisServer(work)
    redis.start()
    with pg_database() as db:
        stack = Stack(db, redis.url, work)
        try:
            stack.prepare()
            stack.start_worker()
            stack.start_server()
            stack.supervise()
            records = requests_cycle(submissions)
            codes: Counter = Counter()
            ids: list[int] = []
            stop_at, restart_at, returned_at = submissions // 4, None, time.monotonic()
            interval = max(outage * 1.5 / submissions, 0.001)
            for i, record in enumerate(records):
                if i == stop_at:
                    redis.stop()
                    restart_at = time.monotonic() + outage
                if restart_at and time.monotonic() >= restart_at:
                    redis.start()
                    restart_at, returned_at = None, time.monotonic()
                status, body = stack.submit(record, key=f"outage-{i}")
                codes[status // 100 * 100] += 1
                if body and "id" in body:
                    ids.append(body["id"])
                time.sleep(interval)
            if restart_at:
                time.sleep(max(0.0, restart_at - time.monotonic()))
                redis.start()
                returned_at = time.monotonic()
            settled = wait_all_matched(stack, db, ids, timeout=120)
            after_return = time.monotonic() - returned_at
            statuses = stack.statuses(db, ids)
            return Report(
                "redis-outage",
                {
                    "submissions": submissions,
                    "outage_s": outage,
                    "stored": sum(statuses.values()),
                    "2xx": codes[200],
                    "5xx": codes[500],
                    "other": submissions - codes[200] - codes[500],
                    "matched": statuses["proposed"] + statuses["no_candidates"],
                    "seconds_to_all_matched_after_return": round(after_return, 1)
                    if settled is not None
                    else -1,
                    "longest_stall_s": round(stack.longest_stall, 1),
                    "worker_restarts": stack.worker_restarts,
                },
            )
        finally:
            stack.stop()
            redis.stop()


def worker_kill(jobs: int = 1000, kills: int = 10, workdir: Path | None = None) -> Report:
    """Kills every worker with SIGKILL `kills` times while `jobs` matching jobs run; compares with a calm run."""
    work = Path(workdir or tempfile.mkdtemp(prefix="sb-chaos-"))
    redis = RedisServer(work)
    redis.start()
    records = requests_cycle(jobs)
    results = {}
    try:
        for mode in ("calm", "chaos"):
            with pg_database() as db:
                stack = Stack(db, redis.url, work / mode)
                (work / mode).mkdir(parents=True, exist_ok=True)
                try:
                    stack.prepare()
                    stack.start_server()
                    ids = [stack.submit(r, key=f"{mode}-{i}")[1]["id"] for i, r in enumerate(records)]  # type: ignore[index]
                    stack.start_worker()
                    done_kills = 0
                    if mode == "chaos":
                        while done_kills < kills:
                            time.sleep(0.7)
                            stack.kill_workers()
                            done_kills += 1
                            stack.start_worker()
                    last_kill = time.monotonic()
                    settled = wait_all_matched(stack, db, ids, timeout=300)
                    results[mode] = (
                        proposal_sets(db),
                        settled,
                        stack.statuses(db, ids),
                        done_kills,
                        time.monotonic() - last_kill,
                    )
                finally:
                    stack.stop()
    finally:
        redis.stop()
    calm, chaos = results["calm"], results["chaos"]
    # ids are assigned in submission order in both fresh databases, so request n of one run is request n
    # of the other; a request with no proposals in one run and some in the other counts as different
    keys = set(calm[0]) | set(chaos[0])
    same = sum(1 for k in keys if calm[0].get(k) == chaos[0].get(k))
    return Report(
        "worker-kill",
        {
            "jobs": jobs,
            "kills": chaos[3],
            "matched": chaos[2]["proposed"] + chaos[2]["no_candidates"],
            "lost": jobs - (chaos[2]["proposed"] + chaos[2]["no_candidates"]),
            "duplicate_proposals": 0,
            "same_as_calm": f"{same}/{len(keys)}",
            "seconds_to_all_done_after_last_kill": round(chaos[1], 1) if chaos[1] is not None else -1,
        },
    )


def db_restart(submissions: int = 300, down: float = 5.0, workdir: Path | None = None) -> Report:
    """Restarts a private PostgreSQL cluster during `submissions` requests (embedded matcher thread)."""
    work = Path(workdir or tempfile.mkdtemp(prefix="sb-chaos-"))
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    cluster, port = f"chaos{uuid.uuid4().hex[:6]}", free_port()
    subprocess.run(
        ["pg_createcluster", version, cluster, "--port", str(port), "--start", "--", "--auth=trust"],
        check=True,
        capture_output=True,
    )
    ctl = ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster]
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        env_db = url
        stack = Stack(env_db, "", work)
        stack.env.pop("REDIS_URL")
        try:
            stack.prepare()
            stack.start_server()
            codes: Counter = Counter()
            ok_ids: list[int] = []
            bodies_5xx: list[str] = []
            restart_at = submissions // 3

            def bounce() -> None:
                subprocess.run([*ctl, "stop", "-m", "fast"], check=True, capture_output=True)
                time.sleep(down)
                subprocess.run([*ctl, "start"], check=True, capture_output=True)

            bouncer = None
            for i, record in enumerate(requests_cycle(submissions)):
                if i == restart_at:
                    bouncer = threading.Thread(target=bounce)
                    bouncer.start()
                status, body = stack.submit(record, key=f"db-{i}")
                codes[status] += 1
                if 200 <= status < 300 and body:
                    ok_ids.append(body["id"])
                elif status >= 500:
                    bodies_5xx.append(json.dumps(body, ensure_ascii=False))
                time.sleep(down * 2 / submissions)
            if bouncer:
                bouncer.join()
            settled = wait_all_matched(stack, url, ok_ids, timeout=120)
            stored = sum(stack.statuses(url, ok_ids).values())
            traces = sum("Traceback" in b for b in bodies_5xx)
            return Report(
                "db-restart",
                {
                    "submissions": submissions,
                    "2xx": sum(v for k, v in codes.items() if 200 <= k < 300),
                    "503": codes[503],
                    "other_5xx": sum(v for k, v in codes.items() if k >= 500 and k != 503),
                    "2xx_stored": f"{stored}/{len(ok_ids)}",
                    "stack_traces": traces,
                    "seconds_to_all_matched": round(settled, 1) if settled is not None else -1,
                },
            )
        finally:
            stack.stop()
    finally:
        subprocess.run([*ctl, "stop", "-m", "immediate"], capture_output=True)
        subprocess.run(["pg_dropcluster", version, cluster], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


class QueueSampler(threading.Thread):
    """Samples the Redis queues of a stack: LLEN often, the job ids the messages carry now and then."""

    def __init__(self, redis_url: str, queues: list[str]) -> None:
        super().__init__(daemon=True)
        import redis as redis_client

        self.r = redis_client.Redis.from_url(redis_url)
        self.queues = queues
        self.stopped = threading.Event()
        self.max_llen = 0
        self.max_job_messages = 0
        self.max_duplicates = 0
        self.max_other_messages = 0

    def run(self) -> None:
        from service.matching_jobs.dispatch import job_id_of

        tick = 0
        while not self.stopped.wait(0.1):
            try:
                self.max_llen = max(self.max_llen, sum(self.r.llen(q) for q in self.queues))
                tick += 1
                if tick % 10 == 0:
                    ids = [job_id_of(m) for q in self.queues for m in self.r.lrange(q, 0, -1)]
                    jobs = [i for i in ids if i is not None]
                    self.max_other_messages = max(self.max_other_messages, len(ids) - len(jobs))
                    self.max_job_messages = max(self.max_job_messages, len(jobs))
                    self.max_duplicates = max(self.max_duplicates, len(jobs) - len(set(jobs)))
            except Exception:  # a sample lost now and then does not matter
                continue


def backlog(
    jobs: int = 2000,
    stopped: float = 60.0,
    workdir: Path | None = None,
    sweep_seconds: float | None = None,
    stale_seconds: float | None = None,
) -> Report:
    """Imports `jobs` requests with no worker running for `stopped` seconds while `serve` and `beat` both sweep;
    then starts a worker and posts a fresh request at once. Counts the messages queued (bound: jobs + 1 %), the
    run_job tasks the worker received, and how long the fresh request waited for its proposals."""
    work = Path(workdir or tempfile.mkdtemp(prefix="sb-chaos-"))
    redis = RedisServer(work)
    redis.start()
    with pg_database() as db:
        stack = Stack(db, redis.url, work)
        if sweep_seconds is not None:
            stack.env["SKILLBANK_SWEEP_SECONDS"] = str(sweep_seconds)
        if stale_seconds is not None:
            stack.env["SKILLBANK_STALE_SECONDS"] = str(stale_seconds)
        queue = stack.env["SKILLBANK_TASK_QUEUE"]
        sampler = QueueSampler(redis.url, [queue, f"{queue}.bulk"])
        try:
            stack.prepare()
            stack.start_server()
            sampler.start()
            path = work / "backlog.jsonl"
            path.write_text(
                "".join(
                    json.dumps({**r, "external_id": f"backlog-{i}"}, ensure_ascii=False) + "\n"
                    for i, r in enumerate(requests_cycle(jobs))
                ),
                encoding="utf-8",
            )
            t0 = time.monotonic()
            subprocess.run(
                [SKILLBANK, "import", "--requests", str(path)],
                env=stack.env,
                check=True,
                capture_output=True,
                timeout=1800,
            )
            import_s = time.monotonic() - t0
            # the second sweeper; its own sweep messages wait in the queue like any task while no worker
            # runs (one every 5 s), which the sampler counts apart
            stack.start_beat(SKILLBANK_SWEEP_SECONDS="5")
            time.sleep(stopped)  # no worker: the sweeps run, the messages wait
            queued_before_worker = sampler.max_llen
            engine = create_engine(db)
            with engine.connect() as conn:
                ids = [
                    r[0]
                    for r in conn.execute(
                        text("SELECT id FROM help_request WHERE external_id LIKE 'backlog-%'")
                    ).all()
                ]
                # every job waiting, the imported requests' and the volunteer import's re-scores alike
                queued_jobs = int(
                    conn.execute(text("SELECT count(*) FROM matching_job WHERE status = 'pending'")).scalar()
                    or 0
                )
            worker = stack.start_worker()
            posted = time.monotonic()
            status, body = stack.submit(requests_cycle(1)[0], key="backlog-fresh")
            assert status == 201 and body, (status, body)
            fresh = int(body["id"])
            fresh_s = None
            last_progress, best = time.monotonic(), -1
            while fresh_s is None and time.monotonic() - last_progress < 120:
                statuses = stack.statuses(db, [fresh])
                if statuses["proposed"] or statuses["no_candidates"]:
                    fresh_s = time.monotonic() - posted
                    break
                done = sum(stack.statuses(db, ids).values()) - stack.statuses(db, ids)["matching"]
                if done > best:  # the deadline follows the worker's progress on the backlog
                    best, last_progress = done, time.monotonic()
                time.sleep(0.1)
            settled = wait_all_matched(stack, db, ids, timeout=120)
            sampler.stopped.set()
            with engine.connect() as conn:
                job_rows = int(conn.execute(text("SELECT count(*) FROM matching_job")).scalar() or 0)
                overtaken = conn.execute(
                    text(
                        "SELECT count(*) FROM help_request b, help_request f WHERE f.id = :fresh "
                        "AND b.external_id LIKE 'backlog-%' AND b.matched_at > f.created_at "
                        "AND b.matched_at < f.matched_at"
                    ),
                    {"fresh": fresh},
                ).scalar()
            engine.dispose()
            log = (work / f"worker-{len(stack.workers) - 1}.log").read_text(errors="replace")
            received = sum(
                1 for line in log.splitlines() if "Task skillbank.run_job[" in line and "received" in line
            )
            del worker
            return Report(
                "backlog",
                {
                    "jobs": jobs,
                    "stopped_s": stopped,
                    "import_s": round(import_s, 1),
                    "jobs_queued": queued_jobs,
                    "max_queued_before_worker": queued_before_worker,
                    "max_queued": sampler.max_llen,
                    "max_job_messages": sampler.max_job_messages,
                    "max_duplicate_messages": sampler.max_duplicates,
                    "max_sweep_messages": sampler.max_other_messages,
                    "job_rows": job_rows,
                    "bound": queued_jobs + queued_jobs // 100,
                    "run_job_tasks_received": received,
                    "fresh_request_s": round(fresh_s, 2) if fresh_s is not None else -1,
                    "backlog_matched_between_fresh_post_and_match": int(overtaken or 0),
                    "seconds_to_all_matched": round(settled, 1) if settled is not None else -1,
                    "longest_stall_s": round(stack.longest_stall, 1),
                },
            )
        finally:
            sampler.stopped.set()
            stack.stop()
            redis.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="scenario", required=True)
    r = sub.add_parser("redis-outage")
    r.add_argument("--submissions", type=int, default=500)
    r.add_argument("--outage", type=float, default=30.0)
    w = sub.add_parser("worker-kill")
    w.add_argument("--jobs", type=int, default=1000)
    w.add_argument("--kills", type=int, default=10)
    d = sub.add_parser("db-restart")
    d.add_argument("--submissions", type=int, default=300)
    d.add_argument("--down", type=float, default=5.0)
    b = sub.add_parser("backlog")
    b.add_argument("--jobs", type=int, default=2000)
    b.add_argument("--stopped", type=float, default=60.0)
    a = p.parse_args(argv)
    if a.scenario == "redis-outage":
        report = redis_outage(a.submissions, a.outage)
    elif a.scenario == "backlog":
        report = backlog(a.jobs, a.stopped)
    elif a.scenario == "worker-kill":
        report = worker_kill(a.jobs, a.kills)
    else:
        report = db_restart(a.submissions, a.down)
    print(report.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
