"""The service at scale, each figure beside a reference measured in the same run (issue 11's table).

Loads N synthetic volunteers (default 100,000; `--volunteers 5000` for a quick run) and starts real processes:
`skillbank serve` in embedded mode (SQLite + matcher thread) and a hello Litestar app under the same uvicorn
settings. Prints, per row: the figure, its same-run reference and the ratio.

    .venv/bin/python -m bench.service [--volunteers 100000] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

Rows: import rate (SQLite, PostgreSQL) against the same rows through executemany; start → /health (the first
start after the import, and a restart, which reads the saved analyses back) against hello; GET /health and
GET /api/requests/{id}/proposals under wrk (2 threads × 16 connections) against hello serving a body of the same
size; POST → proposals visible at N against 60 volunteers; a burst of 500 requests; a request submitted right
after an N-volunteer import; server RSS per volunteer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

from bench.latency import PASSWORD, SKILLBANK, call, free_port
from bench.speed import DEFAULT_DATA, synth_volunteers

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "service" / "demo"
WRK_SECONDS = 8

HELLO_APP = """
import sys, uvicorn
from litestar import Litestar, MediaType, get
BODY = open(sys.argv[2], "rb").read()
@get("/health", sync_to_thread=False)
def health() -> dict[str, str]:
    return {"status": "ok"}
@get("/body", sync_to_thread=False, media_type=MediaType.JSON)
def body() -> bytes:
    return BODY
uvicorn.run(Litestar([health, body]), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


def volunteer_records(n: int) -> list[dict]:
    """Returns n interchange volunteer records (bench.speed's synthetic set, with ids and names)."""
    return [
        {
            "external_id": f"SV{i:07d}",
            "display_name": f"ボランティア {i}",
            "rosters": ["skill_bank"],
            "skills": list(v.skills),
            "bio": v.bio[:2000],
            "area": v.area,
            "availability": sorted(v.availability),
            "languages": sorted(v.languages) or ["ja"],
            "max_per_month": v.max_per_month,
            "active": v.active,
        }
        for i, v in enumerate(synth_volunteers(n, DEFAULT_DATA))
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


REF_COLUMNS = (
    "external_id, display_name, rosters, skills, bio, area, availability, languages, max_per_month, active"
)
REF_DDL = (
    "CREATE TABLE ref_volunteer (id {pk}, external_id TEXT, display_name TEXT, rosters TEXT, skills TEXT, "
    "bio TEXT, area TEXT, availability TEXT, languages TEXT, max_per_month INTEGER, active BOOLEAN)"
)


def reference_rows(records: list[dict]) -> list[tuple]:
    """Returns the interchange records as the reference table's rows (JSON columns as text)."""
    return [
        (
            r["external_id"],
            r["display_name"],
            json.dumps(r["rosters"]),
            json.dumps(r["skills"], ensure_ascii=False),
            r["bio"],
            r["area"],
            json.dumps(r["availability"]),
            json.dumps(r["languages"]),
            r["max_per_month"],
            r["active"],
        )
        for r in records
    ]


def sqlite_reference(path: str, rows: list[tuple]) -> tuple[float, float]:
    """Returns (wall, CPU) seconds of inserting the rows into a new SQLite reference table with one executemany."""
    conn = sqlite3.connect(path)
    conn.execute(REF_DDL.format(pk="INTEGER PRIMARY KEY"))
    started, cpu = time.perf_counter(), time.process_time()
    conn.executemany(f"INSERT INTO ref_volunteer ({REF_COLUMNS}) VALUES ({', '.join('?' * 10)})", rows)
    conn.commit()
    elapsed, spent = time.perf_counter() - started, time.process_time() - cpu
    conn.execute("DROP TABLE ref_volunteer")
    conn.close()
    return elapsed, spent


def executemany_rate(url: str, records: list[dict]) -> float:
    """Returns rows/s for the same rows through a bare executemany into a table of the same columns."""
    rows = reference_rows(records)
    if url.startswith("sqlite"):
        elapsed, _cpu = sqlite_reference(url.split("///", 1)[1], rows)
    else:
        import psycopg

        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            conn.execute(REF_DDL.format(pk="SERIAL PRIMARY KEY"))
            started = time.perf_counter()
            with conn.cursor() as cur:
                cur.executemany(
                    f"INSERT INTO ref_volunteer ({REF_COLUMNS}) VALUES ({', '.join(['%s'] * 10)})", rows
                )
            conn.commit()
            elapsed = time.perf_counter() - started
            conn.execute("DROP TABLE ref_volunteer")
    return len(rows) / elapsed


def skillbank(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SKILLBANK, *args], env=env, check=True, capture_output=True, text=True)


def import_rate(env: dict[str, str], path: Path, n: int) -> float:
    """Returns volunteers/s of `skillbank import` into a migrated database."""
    started = time.perf_counter()
    skillbank(env, "import", "--volunteers", str(path))
    return n / (time.perf_counter() - started)


def answer_time(base: str, proc: subprocess.Popen, started: float, timeout: float = 300) -> float:
    """Returns seconds from `started` until GET /health answers."""
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=5):
                return time.perf_counter() - started
        except OSError:
            time.sleep(0.02)
    raise TimeoutError("no answer")


@contextmanager
def process(args: list[str], env: dict[str, str], log: Path, cwd: str | None = None):  # type: ignore[no-untyped-def]
    """Runs a service process for the with-block. `cwd`: the directory it starts in (`python -m` puts it first
    on sys.path, before PYTHONPATH: a Celery worker imports its code from there)."""
    proc = subprocess.Popen(
        args, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT, start_new_session=True, cwd=cwd
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def wrk(url: str, token: str | None = None) -> tuple[float, float]:
    """Returns (requests/s, p99 ms) of wrk, 2 threads × 16 connections."""
    args = ["wrk", "-t2", "-c16", f"-d{WRK_SECONDS}s", "--latency", url]
    if token:
        args[1:1] = ["-H", f"Authorization: Bearer {token}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    m = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    assert m is not None, out
    p99 = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
    return rps, p99


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def request_records() -> list[dict]:
    return [
        {k: v for k, v in json.loads(line).items() if k != "external_id"}
        for line in (DEMO / "requests.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def until_matched(base: str, token: str, rid: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while call(base, "GET", f"/api/requests/{rid}", token=token)["status"] in ("new", "matching"):  # type: ignore[index]
        if time.monotonic() > deadline:
            raise TimeoutError(f"request {rid} not matched in {timeout}s")
        time.sleep(0.005)


def post_to_proposals(base: str, token: str, n: int) -> list[float]:
    reqs = request_records()
    times = []
    for i in range(n):
        started = time.perf_counter()
        rid = call(base, "POST", "/api/requests", reqs[i % len(reqs)])["id"]  # type: ignore[index]
        until_matched(base, token, rid)
        times.append(time.perf_counter() - started)
    return times


def alternated_latency(
    work: Path, base: str, token: str, n: int, rounds: int = 3
) -> tuple[list[float], list[float]]:
    """Returns POST → proposals visible (seconds) at `base` and at a service with the 60 demo volunteers started
    beside it (embedded, warm), `n` requests each, in `rounds` alternating rounds."""
    small = work / "small"
    small.mkdir()
    senv = base_env(small, f"sqlite:///{small / 'small.db'}")
    skillbank(senv, "migrate")
    skillbank(senv, "create-staff", "--username", "bench")
    skillbank(senv, "import", "--volunteers", str(DEMO / "volunteers.jsonl"))
    sport = free_port()
    sbase = f"http://127.0.0.1:{sport}"
    big: list[float] = []
    small_times: list[float] = []
    with process([SKILLBANK, "serve", "--port", str(sport)], senv, small / "serve.log") as sserver:
        answer_time(sbase, sserver, time.perf_counter())
        stoken = call(sbase, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})["token"]  # type: ignore[index]
        until_matched(sbase, stoken, call(sbase, "POST", "/api/requests", request_records()[0])["id"])  # type: ignore[arg-type,index]
        for r in range(rounds):
            k = n // rounds + (1 if r < n % rounds else 0)
            big += post_to_proposals(base, token, k)
            small_times += post_to_proposals(sbase, stoken, k)
    return big, small_times


def burst(base: str, token: str, n: int) -> float:
    """Returns requests matched per second for a burst of n submissions (from the first POST to the last match)."""
    reqs = request_records()
    started = time.perf_counter()
    ids = [call(base, "POST", "/api/requests", reqs[i % len(reqs)])["id"] for i in range(n)]  # type: ignore[index]
    for rid in ids:
        until_matched(base, token, rid, timeout=600)  # type: ignore[arg-type]
    return n / (time.perf_counter() - started)


def compile_sources(prefix: Path) -> dict[str, str]:
    """Compiles the project's modules into `prefix` and returns the environment that makes the servers read them,
    as they read an installed package's (pip compiles at install; the Docker image has them). A checkout run with
    PYTHONDONTWRITEBYTECODE=1 otherwise compiles ~130 modules on every start (≈ 0.25 s of CPU before /health),
    which hello, importing only installed packages, never does."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(prefix)}
    dirs = [str(ROOT / name) for name in ("service", "schemas", "matching", "workers")]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *dirs], env=env, check=True, capture_output=True
    )
    return {"PYTHONPYCACHEPREFIX": str(prefix)}


def base_env(work: Path, url: str) -> dict[str, str]:
    return {
        **os.environ,
        "SKILLBANK_VAR_DIR": str(work / "var"),
        "DATABASE_URL": url,
        "REDIS_URL": "",
        "SKILLBANK_PASSWORD": PASSWORD,
        "SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR": "0",
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=100_000)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--latency-n", type=int, default=30)
    p.add_argument("--burst", type=int, default=500)
    a = p.parse_args(argv)
    if shutil.which("wrk") is None:  # checked first: the import rows take minutes before wrk is needed
        p.error("needs wrk (HTTP load generator) on PATH: apt-get install wrk")
    n = a.volunteers
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, value: float, unit: str, ref: float | None, ref_name: str) -> None:
        """Records a figure and its ratio to the same-run reference (figure / reference, as in the issue)."""
        ratio = "" if not ref else f"{value / ref:.2f}×"
        shown_ref = f"{ref:,.1f} {unit} ({ref_name})" if ref else ref_name
        rows.append((name, f"{value:,.1f} {unit}", shown_ref, ratio))
        print(f"{name}: {value:,.1f} {unit}  |  {shown_ref}  |  {ratio}", flush=True)

    records = volunteer_records(n)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vol_file = write_jsonl(work / "volunteers.jsonl", records)
        body_file = work / "body.json"

        # -- import, SQLite ----------------------------------------------------------------------
        db = work / "bench.db"
        env = base_env(work, f"sqlite:///{db}")
        # the N-volunteer service starts as an installed one does: its modules compiled (hello's are)
        env.update(compile_sources(work / "pycache"))
        skillbank(env, "migrate")
        skillbank(env, "create-staff", "--username", "bench")
        rate = import_rate(env, vol_file, n)
        ref = executemany_rate(f"sqlite:///{work / 'ref.db'}", records)
        row(f"skillbank import, SQLite, {n:,}", rate, "/s", ref, "executemany")

        # -- import, PostgreSQL ------------------------------------------------------------------
        try:
            from sqlalchemy import create_engine, text

            name = f"sb_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(a.pg, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            pg_url = a.pg.rsplit("/", 1)[0] + "/" + name
            try:
                pg_env = base_env(work / "pg", pg_url)
                skillbank(pg_env, "migrate")
                rate = import_rate(pg_env, vol_file, n)
                ref = executemany_rate(pg_url, records)
                row(f"skillbank import, PostgreSQL, {n:,}", rate, "/s", ref, "executemany")
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except Exception as exc:  # no PostgreSQL here
            print(f"PostgreSQL import skipped: {type(exc).__name__}: {exc}")

        # -- the service at N --------------------------------------------------------------------
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        started = time.perf_counter()
        with process([SKILLBANK, "serve", "--port", str(port)], env, work / "serve.log") as server:
            start_s = answer_time(base, server, started)
            token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})[
                "token"
            ]  # type: ignore[index]
            # a request with proposals, for the proposals route (its first match also waits for the index,
            # whose analyses are then saved for the next start)
            rid = call(base, "POST", "/api/requests", request_records()[0])["id"]  # type: ignore[index]
            until_matched(base, token, rid, timeout=900)

        # -- restart: the saved analyses are read back, only changed texts are read again --------------
        started = time.perf_counter()
        with process([SKILLBANK, "serve", "--port", str(port)], env, work / "restart.log") as server:
            restart_s = answer_time(base, server, started)
            # the index is warm again when a new request is matched
            warm_rid = call(base, "POST", "/api/requests", request_records()[1])["id"]  # type: ignore[index]
            until_matched(base, token, warm_rid, timeout=900)
            rss = rss_kb(server.pid)
            health = wrk(base + "/health")
            proposals_url = f"{base}/api/requests/{rid}/proposals"
            req = urllib.request.Request(proposals_url, headers={"authorization": f"Bearer {token}"})
            with urllib.request.urlopen(req) as resp:
                body_file.write_bytes(resp.read())
            proposals = wrk(proposals_url, token)
            # POST → proposals visible beside the same service with the 60 demo volunteers, running at the same
            # time and measured in alternating rounds (measured minutes apart, a shared machine's load made the
            # ratio anything from 0.6× to 1.8×)
            latency_n, latency_60 = alternated_latency(work, base, token, a.latency_n)
            burst_rate = burst(base, token, a.burst)
            # a second import of N more while the service runs, then one new request
            more = write_jsonl(
                work / "more.jsonl", [{**r, "external_id": "M" + r["external_id"]} for r in records]
            )
            skillbank(env, "import", "--volunteers", str(more))
            try:
                after_import = post_to_proposals(base, token, 3)
            except TimeoutError as exc:  # a figure, not a crash: the rest of the table is still printed
                print(f"after the import: {exc}", flush=True)
                after_import = [float("inf")]

        # -- the hello app, same server settings ---------------------------------------------------
        hport = free_port()
        hbase = f"http://127.0.0.1:{hport}"
        started = time.perf_counter()
        with process(
            [sys.executable, "-c", HELLO_APP, str(hport), str(body_file)],
            dict(os.environ),
            work / "hello.log",
        ) as hello:
            hello_start = answer_time(hbase, hello, started)
            hello_health = wrk(hbase + "/health")
            hello_body = wrk(hbase + "/body")
        hport = free_port()
        started = time.perf_counter()
        with process(
            [sys.executable, "-c", HELLO_APP, str(hport), str(body_file)],
            dict(os.environ),
            work / "hello2.log",
        ) as hello:
            hello_restart = answer_time(f"http://127.0.0.1:{hport}", hello, started)

    row("GET /health, wrk 2×16", health[0], "req/s", hello_health[0], "hello")
    row("GET /health p99", health[1], "ms", hello_health[1], "hello p99")
    row("GET /api/requests/{id}/proposals", proposals[0], "req/s", hello_body[0], "hello, same body")
    row("GET proposals p99", proposals[1], "ms", hello_body[1], "hello p99")
    row(
        "POST → proposals visible, embedded, p50",
        statistics.median(latency_n) * 1000,
        "ms",
        statistics.median(latency_60) * 1000,
        "60 volunteers",
    )
    row(f"burst of {a.burst}, embedded", burst_rate, "/s", None, "target ≥ 60 /s")
    row(f"after a {n:,} import: new request matched", max(after_import), "s", None, "target ≤ 2 s")
    row("start → /health answers, first start after the import", start_s, "s", hello_start, "hello")
    row("start → /health answers, restart", restart_s, "s", hello_restart, "hello")
    row("server RSS per volunteer", rss * 1024 / n, "B", None, f"RSS {rss / 1024:,.0f} MiB")

    print(f"\n| figure ({n:,} volunteers) | now | reference, same run | ratio |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
