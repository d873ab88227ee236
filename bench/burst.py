"""A burst of submissions → all matched, embedded (SQLite + matcher thread) and Celery (PostgreSQL, Redis, 2
children), beside the matcher's own batch over the same volunteers and requests, measured in the same run.

    .venv/bin/python -m bench.burst [--volunteers 20000] [--burst 500] [--modes embedded celery]
        [--clients 1 8] [--rounds 2] [--baseline-src DIR] [--py-spy DIR] [--settle SECONDS]

Per mode and number of submitting clients it prints: the submission rate (the POSTs alone), matched per second
from the first POST until no request is left matching, and its ratio to the matcher's batch (`Matcher.rank` over
the same requests, the ceiling of any mode), and the CPU milliseconds the service's processes spent per request
during the burst (steadier than the rates on a shared machine). `--clients 1` is one client posting one request after another (as
in bench.service); `--clients 8` is eight clients posting at once (a burst from many residents is concurrent).

With --baseline-src, the code in DIR (e.g. `git archive main | tar -x -C /tmp/base`) runs the same burst on a copy
of the same database, alternated with this checkout's code round by round (the machine is shared and noisy: read
the ratios of one round, not absolute figures across rounds).

The end of a burst is the latest `matched_at` the service stamped on the burst's requests (the write transaction's
clock, this machine's), read once none is left matching. Completion is found by polling the read-only list of
requests still matching every POLL seconds: the poll only says when to look, so it can be gentle — it used to
decide the end itself, polling every 5 ms with two GETs, and during the drain those ~400 GETs a second took CPU
from the worker on a 2-core host (a load no deployment has). Every request of the burst is then checked to have
been matched (outside the timing).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

from bench.latency import PASSWORD, SKILLBANK, call, free_port
from bench.proposals import cpu_seconds
from bench.service import (
    answer_time,
    base_env,
    process,
    request_records,
    skillbank,
    until_matched,
    volunteer_records,
    write_jsonl,
)
from bench.speed import DEFAULT_DATA, synth_volunteers

PENDING = ("new", "matching")


def matcher_batch_rate(n: int, reqs: list[dict]) -> float:
    """Returns requests/s of the matcher's own ranking of the burst's requests (distinct ids) over the same
    volunteers, top 10 — what a job does besides the database."""
    from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
    from matching.records import request_from_record

    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(synth_volunteers(n, DEFAULT_DATA))
    base = [request_from_record({**r, "id": str(i)}) for i, r in enumerate(reqs)]
    m.rank(base[0])
    many = [dataclasses.replace(r, id=f"B{i}") for i, r in enumerate(base)]
    started = time.perf_counter()
    m.rank_many(many, 10)
    return len(many) / (time.perf_counter() - started)


POLL = 0.05  # seconds between the completion polls (the end itself comes from matched_at)


def statuses(base: str, token: str) -> dict[int, dict]:
    """Returns {request id: its list entry (status, matched_at …)} of every request (read-only list pages; not
    timed)."""
    found: dict[int, dict] = {}
    offset = 0
    while True:
        page = call(base, "GET", f"/api/requests?limit=500&offset={offset}", token=token)
        assert isinstance(page, list)
        found.update({int(r["id"]): r for r in page})
        if len(page) < 500:
            return found
        offset += 500


def children(pid: int) -> list[int]:
    """Returns the ids of a process's child processes (a Celery worker's pool)."""
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def until_none_matching(base: str, token: str, timeout: float = 900) -> None:
    """Returns once no request is waiting for its match (one read-only list call per poll)."""
    deadline = time.monotonic() + timeout
    while any(call(base, "GET", f"/api/requests?status={s}&limit=1", token=token) for s in PENDING):
        if time.monotonic() > deadline:
            raise TimeoutError(f"requests still matching after {timeout}s")
        time.sleep(POLL)


def burst(
    base: str, token: str, reqs: list[dict], clients: int, pids: list[int]
) -> tuple[float, float, float]:
    """Returns (submissions/s, matched/s from the first POST until none is left matching, CPU ms per request of
    the processes `pids` over the burst) for the burst. The CPU figure is steadier than the rates on a shared
    machine: other work delays the service but hardly changes what each request costs it."""

    def post(r: dict) -> int:
        return int(call(base, "POST", "/api/requests", r)["id"])  # type: ignore[index]

    cpu0 = sum(cpu_seconds(pid) for pid in pids)
    started_wall = time.time()
    started = time.perf_counter()
    if clients == 1:
        ids = [post(r) for r in reqs]
    else:
        with ThreadPoolExecutor(clients) as pool:
            ids = list(pool.map(post, reqs))
    posted = time.perf_counter() - started
    until_none_matching(base, token)
    polled = time.perf_counter() - started
    cpu = sum(cpu_seconds(pid) for pid in pids) - cpu0
    seen = statuses(base, token)
    unmatched = [rid for rid in ids if seen.get(rid, {}).get("status", "missing") in (*PENDING, "missing")]
    assert len(set(ids)) == len(reqs) and not unmatched, f"not matched: {unmatched[:10]}"
    stamps = [seen[rid].get("matched_at") for rid in ids]
    if all(stamps):
        last = max(datetime.fromisoformat(str(x).replace("Z", "+00:00")).timestamp() for x in stamps)
        # never before the last POST answered, never after the poll saw the end
        elapsed = min(max(last - started_wall, posted), polled)
    else:  # a service that does not report matched_at: the poll's moment (up to POLL late)
        elapsed = polled
    return len(reqs) / posted, len(reqs) / elapsed, cpu * 1000 / len(reqs)


def py_spy(pid: int, out: Path) -> subprocess.Popen | None:
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(exe).exists():
        print("py-spy not installed: no profile")
        return None
    return subprocess.Popen(
        [
            exe,
            "record",
            "--pid",
            str(pid),
            "--subprocesses",
            "--threads",
            "--rate",
            "200",
            "--format",
            "raw",
            "--output",
            str(out),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )


def stop_spy(spy: subprocess.Popen | None) -> None:
    if spy is not None:
        spy.send_signal(2)  # SIGINT: py-spy writes the profile and exits
        spy.wait(timeout=60)


@dataclasses.dataclass
class Seed:
    """A database loaded once per mode (migrated, a staff account, the volunteers), copied for every run."""

    mode: str
    env: dict[str, str]
    work: Path
    pg_admin: object | None = None
    pg_name: str = ""


def make_seed(mode: str, work: Path, vol_file: Path, pg: str, redis: str, stack: ExitStack) -> Seed:
    work.mkdir(parents=True)
    if mode == "embedded":
        seed = Seed(mode, base_env(work, f"sqlite:///{work / 'burst.db'}"), work)
    else:
        from sqlalchemy import create_engine, text

        name = f"sb_burst_{uuid.uuid4().hex[:8]}"
        admin = create_engine(pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))

        def drop() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

        stack.callback(drop)
        env = {
            **base_env(work, pg.rsplit("/", 1)[0] + "/" + name),
            "REDIS_URL": redis,
            "SKILLBANK_TASK_QUEUE": f"sbburst-{name}",
        }
        seed = Seed(mode, env, work, admin, name)
    skillbank(seed.env, "migrate")
    skillbank(seed.env, "create-staff", "--username", "bench")
    skillbank(seed.env, "import", "--volunteers", str(vol_file))
    return seed


def run_mode(
    seed: Seed,
    run: str,
    reqs: list[dict],
    clients: int,
    pg: str,
    spy_dir: Path | None,
    src: str | None,
    settle: float = 0.0,
) -> tuple[float, float, float]:
    """Runs one burst on a fresh copy of the seed's database, with the code in `src` (None: this checkout)."""
    with ExitStack() as stack:
        work = seed.work.parent / run
        if seed.mode == "embedded":
            shutil.copytree(seed.work, work)
            env = {
                **seed.env,
                "SKILLBANK_VAR_DIR": str(work / "var"),
                "DATABASE_URL": f"sqlite:///{work / 'burst.db'}",
            }
        else:
            from sqlalchemy import text

            work.mkdir()
            name = f"{seed.pg_name}_{uuid.uuid4().hex[:6]}"
            with seed.pg_admin.connect() as conn:  # type: ignore[attr-defined]
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{seed.pg_name}"'))

            def drop() -> None:
                with seed.pg_admin.connect() as conn:  # type: ignore[attr-defined]
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

            stack.callback(drop)
            env = {
                **seed.env,
                "SKILLBANK_VAR_DIR": str(work / "var"),
                "DATABASE_URL": pg.rsplit("/", 1)[0] + "/" + name,
                "SKILLBANK_TASK_QUEUE": f"sbburst-{name}",
            }
        if src:
            env["PYTHONPATH"] = src
        # The worker is `python -m celery`: it imports from its working directory before PYTHONPATH, so it starts
        # in the code's own directory (from this checkout's, a baseline's worker ran this checkout's code).
        cwd = src or str(Path(__file__).resolve().parent.parent)
        worker = None
        if seed.mode == "celery":
            worker = stack.enter_context(
                process(
                    [SKILLBANK, "worker", "--concurrency", "2", "--loglevel", "warning"],
                    env,
                    work / "worker.log",
                    cwd,
                )
            )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = stack.enter_context(
            process([SKILLBANK, "serve", "--port", str(port)], env, work / "serve.log", cwd)
        )
        answer_time(base, server, time.perf_counter())
        token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})["token"]  # type: ignore[index]
        # warm: every child's first job (the index is built, or refreshed after the import)
        for r in reqs[:4]:
            until_matched(base, token, call(base, "POST", "/api/requests", r)["id"], timeout=900)  # type: ignore[index,arg-type]
        time.sleep(settle)
        spies = []
        if spy_dir:  # the server, and the Celery worker's processes
            spies = [py_spy(server.pid, spy_dir / f"{run}-server.txt")]
            if worker is not None:
                spies.append(py_spy(worker.pid, spy_dir / f"{run}-worker.txt"))
        try:
            pids = [server.pid] if worker is None else [server.pid, worker.pid, *children(worker.pid)]
            return burst(base, token, reqs, clients, pids)
        finally:
            for spy in spies:
                stop_spy(spy)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--burst", type=int, default=500)
    p.add_argument("--modes", nargs="+", default=["embedded", "celery"], choices=["embedded", "celery"])
    p.add_argument("--clients", type=int, nargs="+", default=[1, 8], help="submitting clients (one run each)")
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument(
        "--baseline-src", default=None, help="directory of the code to compare with, run alternately"
    )
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--py-spy", type=Path, default=None, help="directory for py-spy's raw profiles")
    p.add_argument(
        "--settle",
        type=float,
        default=0.0,
        help="seconds to wait after the warm-up (30: the burst starts past the matcher's refresh overlap after"
        " the import, as a burst long after an import does)",
    )
    a = p.parse_args(argv)
    demo = request_records()
    reqs = [demo[i % len(demo)] for i in range(a.burst)]
    if a.py_spy:
        a.py_spy.mkdir(parents=True, exist_ok=True)
    variants: list[tuple[str, str | None]] = [("new", None)]
    if a.baseline_src:
        variants.insert(0, ("baseline", str(Path(a.baseline_src).resolve())))
    results: dict[tuple[int, str, int, str], tuple[float, float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        root = Path(tmp)
        vol_file = write_jsonl(root / "volunteers.jsonl", volunteer_records(a.volunteers))
        seeds = {}
        for mode in a.modes:
            try:
                seeds[mode] = make_seed(mode, root / f"seed-{mode}", vol_file, a.pg, a.redis, stack)
            except Exception as exc:  # no PostgreSQL or Redis here
                print(f"{mode} skipped: {type(exc).__name__}: {exc}", flush=True)
        for rnd in range(a.rounds):
            order = variants if rnd % 2 == 0 else variants[::-1]
            for mode, seed in seeds.items():
                for clients in a.clients:
                    for name, src in order:
                        run = f"{mode}-c{clients}-{name}-r{rnd}"
                        results[(rnd, mode, clients, name)] = got = run_mode(
                            seed, run, reqs, clients, a.pg, a.py_spy, src, a.settle
                        )
                        print(
                            f"{run}: POST {got[0]:.1f}/s matched {got[1]:.1f}/s, {got[2]:.1f} CPU ms/request",
                            flush=True,
                        )
    ref = matcher_batch_rate(a.volunteers, reqs)
    print(f"\nburst of {a.burst}, {a.volunteers:,} volunteers; matcher's own batch (same run): {ref:,.0f} /s")
    print(
        f"{'round':>5} {'mode':9} {'clients':>7} {'code':9} {'POST /s':>8} {'matched /s':>11} {'÷ matcher':>10}"
        f" {'CPU ms/req':>10}"
    )
    for (rnd, mode, clients, name), (posted, matched, cpu) in results.items():
        print(
            f"{rnd:5} {mode:9} {clients:7} {name:9} {posted:8.1f} {matched:11.1f} {matched / ref:9.3f}× {cpu:10.1f}"
        )
    print(
        json.dumps(
            {
                "reference": ref,
                "runs": [
                    {"round": r, "mode": m, "clients": c, "code": n, "post": p, "matched": x, "cpu_ms": u}
                    for (r, m, c, n), (p, x, u) in results.items()
                ],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
