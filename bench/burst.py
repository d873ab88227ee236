"""A burst of submissions → all matched, embedded (SQLite + matcher thread) and Celery (PostgreSQL, Redis, 2
children), beside the matcher's own batch over the same volunteers and requests, measured in the same run.

    .venv/bin/python -m bench.burst [--volunteers 20000] [--burst 500] [--modes embedded celery]
        [--py-spy DIR]   (records the embedded server, or the Celery worker's processes, during the burst)

Per mode it prints: the submission rate (the POSTs alone, one client as in bench.service), matched per second
from the first POST to the last match, and its ratio to the matcher's batch (`Matcher.rank` over the same
requests, the ceiling of any mode).
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
from contextlib import ExitStack
from pathlib import Path

from bench.latency import PASSWORD, SKILLBANK, call, free_port
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


def burst(base: str, token: str, reqs: list[dict]) -> tuple[float, float]:
    """Returns (submissions/s, matched/s from the first POST to the last match) for the burst."""
    started = time.perf_counter()
    ids = [call(base, "POST", "/api/requests", r)["id"] for r in reqs]  # type: ignore[index]
    posted = time.perf_counter() - started
    for rid in ids:
        until_matched(base, token, rid, timeout=900)  # type: ignore[arg-type]
    return len(reqs) / posted, len(reqs) / (time.perf_counter() - started)


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


def run_mode(
    mode: str, work: Path, vol_file: Path, reqs: list[dict], pg: str, redis: str, spy_dir: Path | None
) -> tuple[float, float]:
    with ExitStack() as stack:
        if mode == "embedded":
            env = base_env(work, f"sqlite:///{work / 'burst.db'}")
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
        skillbank(env, "migrate")
        skillbank(env, "create-staff", "--username", "bench")
        skillbank(env, "import", "--volunteers", str(vol_file))
        worker = None
        if mode == "celery":
            worker = stack.enter_context(
                process(
                    [SKILLBANK, "worker", "--concurrency", "2", "--loglevel", "warning"],
                    env,
                    work / "worker.log",
                )
            )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = stack.enter_context(
            process([SKILLBANK, "serve", "--port", str(port)], env, work / "serve.log")
        )
        answer_time(base, server, time.perf_counter())
        token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})["token"]  # type: ignore[index]
        # warm: every child's first job (the index is built, or refreshed after the import)
        for r in reqs[:4]:
            until_matched(base, token, call(base, "POST", "/api/requests", r)["id"], timeout=900)  # type: ignore[index,arg-type]
        spy = py_spy((worker or server).pid, spy_dir / f"{mode}.txt") if spy_dir else None
        try:
            return burst(base, token, reqs)
        finally:
            stop_spy(spy)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--burst", type=int, default=500)
    p.add_argument("--modes", nargs="+", default=["embedded", "celery"], choices=["embedded", "celery"])
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--py-spy", type=Path, default=None, help="directory for py-spy's raw profiles")
    a = p.parse_args(argv)
    demo = request_records()
    reqs = [demo[i % len(demo)] for i in range(a.burst)]
    if a.py_spy:
        a.py_spy.mkdir(parents=True, exist_ok=True)
    results: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vol_file = write_jsonl(root / "volunteers.jsonl", volunteer_records(a.volunteers))
        for mode in a.modes:
            (root / mode).mkdir()
            try:
                results[mode] = run_mode(mode, root / mode, vol_file, reqs, a.pg, a.redis, a.py_spy)
            except Exception as exc:  # no PostgreSQL or Redis here
                print(f"{mode} skipped: {type(exc).__name__}: {exc}", flush=True)
            print(f"{mode}: {results.get(mode)}", flush=True)
    ref = matcher_batch_rate(a.volunteers, reqs)
    print(f"\nburst of {a.burst}, {a.volunteers:,} volunteers; matcher's own batch (same run): {ref:,.0f} /s")
    print(f"{'mode':10} {'POST /s':>8} {'matched /s':>11} {'÷ matcher':>10}")
    for mode, (posted, matched) in results.items():
        print(f"{mode:10} {posted:8.1f} {matched:11.1f} {matched / ref:9.2f}×")
    print(json.dumps({"reference": ref, **{m: {"post": p, "matched": r} for m, (p, r) in results.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
