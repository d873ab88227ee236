"""wrk against the production mode, beside a hello-world Litestar app served the same way.

Production mode: `skillbank serve` (uvicorn, one process) with SKILLBANK_ENV=production on PostgreSQL and Redis,
and a Celery worker matching what the submissions queue (so the POST load runs against a busy worker, as it
would in production). The baseline is bench/hello.py under the same uvicorn settings, in the same run, so the
ratio survives a shared machine. Each target is run `--runs` times, interleaved; medians are reported.

    .venv/bin/python -m bench.load [--runs 3] [--seconds 10] [--connections 16]

Needs `wrk` (Debian: apt-get install wrk), PostgreSQL and Redis on loopback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.latency import DEMO, ROOT, call, free_port, running

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def parse_wrk(out: str) -> dict[str, float]:
    """Returns requests/s, p50 and p99 (ms), the request count and non-2xx/3xx answers of one wrk run."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = {
        pct: float(v) * UNITS[u]
        for pct, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p50": lat["50"],
        "p99": lat["99"],
        "requests": total,
        "non2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": 0 if errors is None else sum(int(n) for n in re.findall(r"\d+", errors.group(1))),
    }


def wrk(
    url: str, *, seconds: int, connections: int, script: Path | None, headers: list[str]
) -> dict[str, float]:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for h in headers:
        cmd += ["-H", h]
    if script is not None:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], check=True, capture_output=True, text=True).stdout
    return parse_wrk(out)


def drain(base: str, timeout: float = 300) -> float:
    """Waits until no request waits for matching (the POST run's backlog); returns the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if call(base, "GET", "/health").get("oldest_unmatched_seconds") is None:  # type: ignore[union-attr]
            break
        time.sleep(1)
    return time.monotonic() - started


def post_script(path: Path, body: dict[str, object]) -> Path:
    """Writes a wrk Lua script that POSTs `body` as JSON."""
    data = json.dumps(body, ensure_ascii=False).replace("\\", "\\\\").replace("'", "\\'")
    path.write_text(
        f"wrk.method = 'POST'\nwrk.body = '{data}'\nwrk.headers['Content-Type'] = 'application/json'\n",
        encoding="utf-8",
    )
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    a = p.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian: apt-get install wrk)", file=sys.stderr)
        return 2
    from sqlalchemy import create_engine, text

    record = {
        k: v
        for k, v in json.loads((DEMO / "requests.jsonl").read_text(encoding="utf-8").splitlines()[0]).items()
        if k != "external_id"
    }
    name = f"sb_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(a.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    results: dict[str, list[dict[str, float]]] = {}
    hello = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            script = post_script(work / "post.lua", record)
            env = {
                "SKILLBANK_ENV": "production",
                "SKILLBANK_SECRET_KEY": uuid.uuid4().hex * 2,
                "SKILLBANK_VAR_DIR": str(work / "var"),
                "DATABASE_URL": a.pg.rsplit("/", 1)[0] + "/" + name,
                "REDIS_URL": a.redis,
                "SKILLBANK_TASK_QUEUE": f"sbload-{name}",
            }
            hello_port = free_port()
            hello = subprocess.Popen(
                [sys.executable, "-m", "bench.hello", str(hello_port)],
                cwd=ROOT,
                stdout=open(work / "hello.log", "w"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            hello_base = f"http://127.0.0.1:{hello_port}"
            with running(env, worker=True, workdir=work) as (base, token):
                call(hello_base, "GET", "/hello")  # the baseline is up too
                auth = [f"Authorization: Bearer {token}"]
                targets = [
                    ("hello-world GET /hello", hello_base + "/hello", None, []),
                    ("hello-world POST /hello (JSON)", hello_base + "/hello", script, []),
                    ("POST /api/requests (public)", base + "/api/requests", script, []),
                    ("GET /api/requests (staff)", base + "/api/requests", None, auth),
                ]
                for run in range(a.runs):
                    for label, url, lua, headers in targets:
                        if label.startswith("GET /api/requests"):
                            drained = drain(
                                base
                            )  # the list is read with the worker idle, not fighting a backlog
                            print(f"run {run + 1} matching backlog drained in {drained:.0f} s", flush=True)
                        r = wrk(
                            url, seconds=a.seconds, connections=a.connections, script=lua, headers=headers
                        )
                        results.setdefault(label, []).append(r)
                        print(
                            f"run {run + 1} {label:32} {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  "
                            f"p99 {r['p99']:7.1f} ms  non-2xx {r['non2xx']:.0f}",
                            flush=True,
                        )
    finally:
        if hello is not None and hello.poll() is None:
            os.killpg(hello.pid, signal.SIGTERM)
            hello.wait(timeout=15)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print(
        f"\nwrk -t1 -c{a.connections} -d{a.seconds}s, medians of {a.runs} runs; production mode "
        "(SKILLBANK_ENV=production, PostgreSQL, Redis, one Celery worker, uvicorn ×1)"
    )
    print(f"{'target':34} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    for label, runs in results.items():
        print(
            f"{label:34} {statistics.median(r['rps'] for r in runs):8.1f} "
            f"{statistics.median(r['p50'] for r in runs):8.1f} {statistics.median(r['p99'] for r in runs):8.1f} "
            f"{sum(r['non2xx'] for r in runs):8.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
