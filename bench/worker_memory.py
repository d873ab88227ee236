"""Memory of a real Celery worker holding the warm matcher: PSS of the parent and each child (smaps_rollup).

usage: .venv/bin/python -m bench.worker_memory [--n 100000] [--concurrency 2]
Loads n synthetic volunteers (bench.speed's) into a fresh SQLite database, then starts `skillbank worker`
twice against it on Redis (127.0.0.1:6379): with the matcher prebuilt in the parent before the fork (the
default) and with SKILLBANK_PREBUILD_MATCHER=0 (each child builds its own). Each time it submits one request
per child and waits until every job is done, so every child has ranked with (and refreshed) its matcher, then
reads PSS (proportional set size: shared pages divided among the processes sharing them) of every process, and
each child's private memory (USS: pages only it maps, i.e. what it did not share with the parent).
Prints one JSON line per mode: total PSS, per child, children's private memory, and total PSS per volunteer.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert

from bench.speed import DEFAULT_DATA, synth_volunteers

REPO = Path(__file__).resolve().parent.parent


def rollup_kb(pid: int) -> dict[str, int]:
    """Returns a process's smaps_rollup fields in KiB (Rss, Pss, Private_Dirty …)."""
    out = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            out[parts[0].rstrip(":")] = int(parts[1])
    return out


def pss_kb(pid: int) -> int:
    """Returns the proportional set size of a process in KiB."""
    return rollup_kb(pid).get("Pss", 0)


def private_kb(pid: int) -> int:
    """Returns the memory only this process maps (USS: private clean + dirty) in KiB: what a child added or
    copied; the rest of its PSS is its share of pages it shares with the parent and its siblings."""
    r = rollup_kb(pid)
    return r.get("Private_Clean", 0) + r.get("Private_Dirty", 0)


def children(pid: int) -> list[int]:
    """Returns the child process ids of pid."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids = (task / "children").read_text().split()
        out.extend(int(k) for k in kids)
    return out


def load(db: str, n: int) -> None:
    """Creates the schema and inserts n synthetic volunteers in bulk."""
    from schemas.models import Volunteer, utcnow
    from service.db import make_engine
    from service.migrate import upgrade

    engine = make_engine(db)
    upgrade(engine)
    now = utcnow()
    rows = [
        {
            "display_name": f"ボランティア{i}",
            "rosters": ["skill_bank"],
            "skills": list(v.skills),
            "bio": v.bio,
            "area": v.area,
            "availability": sorted(v.availability),
            "languages": sorted(v.languages),
            "max_per_month": v.max_per_month,
            "status": "active" if v.active else "paused",
            "org_id": "kiyose",
            "created_at": now,
            "updated_at": now,
            "search_key": "",
            "skill_key": "",
        }
        for i, v in enumerate(synth_volunteers(n, DEFAULT_DATA))
    ]
    with engine.begin() as conn:
        for k in range(0, len(rows), 10_000):
            conn.execute(insert(Volunteer), rows[k : k + 10_000])  # type: ignore[arg-type]
    engine.dispose()


def submit(db: str, settings_env: dict[str, str], k: int) -> list[int]:
    """Submits k requests and rings Celery for their jobs; returns the job ids."""
    from schemas.models import HelpRequestCreate
    from service.db import make_engine
    from service.matching_jobs.dispatch import ring_celery
    from service.requests.usecases import submit_request
    from service.settings import Settings
    from service.uow import UnitOfWork

    settings = Settings.from_env(settings_env)
    engine = make_engine(db)
    jobs: list[int] = []
    for i in range(k):
        with UnitOfWork(engine) as uow:
            submit_request(
                uow=uow,
                data=HelpRequestCreate(
                    requester_kind="resident",
                    requester_name="佐藤",
                    title=("スマホの使い方を教えてほしい", "パソコンの設定を手伝ってほしい")[i % 2],
                    description="よろしくお願いします。",
                    area="town_nakazato",
                ),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
            )
            jobs.extend(uow.enqueued)
    ring_celery(settings, jobs, engine=engine)
    engine.dispose()
    return jobs


def wait_done(db: str, jobs: list[int], timeout: float) -> None:
    from sqlmodel import Session, col, select

    from schemas.models import MatchingJob
    from service.db import make_engine

    engine = make_engine(db)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with Session(engine) as s:
            st = s.exec(select(MatchingJob.status).where(col(MatchingJob.id).in_(jobs))).all()
        if st and all(x in ("done", "failed") for x in st):
            break
        time.sleep(1)
    engine.dispose()


def run(db: str, var: Path, n: int, concurrency: int, prebuild: bool) -> dict[str, object]:
    queue = f"sbmem-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "DATABASE_URL": db,
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "SKILLBANK_TASK_QUEUE": queue,
        "SKILLBANK_VAR_DIR": str(var),
        "SKILLBANK_SECRET_KEY": "bench",
        "SKILLBANK_PREBUILD_MATCHER": "1" if prebuild else "0",
    }
    log = var / f"worker-{queue}.log"
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [
            str(REPO / ".venv/bin/skillbank"),
            "worker",
            "--concurrency",
            str(concurrency),
            "--loglevel",
            "info",
        ],
        cwd=REPO,
        env=env,
        stdout=open(log, "w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        while "ready" not in log.read_text() and proc.poll() is None:
            time.sleep(0.5)
        ready_s = time.monotonic() - t0
        jobs = submit(db, env, 2 * concurrency)
        wait_done(db, jobs, 900)
        done_s = time.monotonic() - t0
        time.sleep(2)
        kids = children(proc.pid)
        parent = pss_kb(proc.pid)
        per_child = [pss_kb(k) for k in kids]
        total = parent + sum(per_child)
        private = [private_kb(k) for k in kids]
        return {
            "mode": "prebuilt in parent" if prebuild else "each child builds",
            "n": n,
            "ready_s": round(ready_s, 1),
            "jobs_done_s": round(done_s, 1),
            "parent_pss_mb": round(parent / 1024),
            "children_pss_mb": [round(c / 1024) for c in per_child],
            "children_private_mb": [round(c / 1024) for c in private],
            "parent_rss_mb": round(rollup_kb(proc.pid).get("Rss", 0) / 1024),
            "total_pss_mb": round(total / 1024),
            "total_pss_kb_per_volunteer": round(total / n, 2),
        }
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.worker_memory", description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--concurrency", type=int, default=2)
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        db = f"sqlite:///{var / 'bench.db'}"
        load(db, a.n)
        for prebuild in (True, False):
            print(json.dumps(run(db, var, a.n, a.concurrency, prebuild), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
