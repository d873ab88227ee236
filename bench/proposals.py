"""One row of bench.service, quicker and steadier: staff `GET /api/requests/{id}/proposals` against a hello
Litestar app serving the same body, both under wrk (2 threads × 16 connections), in alternating rounds.

Imports N synthetic volunteers (default 20,000) into SQLite, starts `skillbank serve` (embedded mode) and the
hello app (same uvicorn settings), submits one request and waits for its proposals, then runs ROUNDS rounds of
wrk on each in turn and prints each round and the medians with their ratio. Both servers run for the whole
measurement, so a busy machine slows both alike.

    .venv/bin/python -m bench.proposals [--volunteers 20000] [--rounds 3] [--seconds 8]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import bench.service
from bench.latency import PASSWORD, SKILLBANK, call, free_port
from bench.service import (
    HELLO_APP,
    answer_time,
    base_env,
    process,
    request_records,
    skillbank,
    until_matched,
    volunteer_records,
    write_jsonl,
    wrk,
)


def cpu_seconds(pid: int) -> float:
    """Returns the user + system CPU seconds a process and its threads used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(url: str, pid: int, token: str | None = None) -> tuple[float, float, float]:
    """Returns wrk's (requests/s, p99 ms) and the server's CPU milliseconds per request meanwhile."""
    before = cpu_seconds(pid)
    rps, p99 = wrk(url, token)
    used = cpu_seconds(pid) - before
    return rps, p99, used * 1000 / max(rps * bench.service.WRK_SECONDS, 1)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=int, default=8)
    p.add_argument(
        "--py-spy",
        metavar="SVG",
        help="record the server with py-spy during an extra round (.txt: collapsed stacks)",
    )
    a = p.parse_args(argv)
    bench.service.WRK_SECONDS = a.seconds
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = base_env(work, f"sqlite:///{work / 'bench.db'}")
        skillbank(env, "migrate")
        skillbank(env, "create-staff", "--username", "bench")
        skillbank(
            env, "import", "--volunteers", str(write_jsonl(work / "v.jsonl", volunteer_records(a.volunteers)))
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with process([SKILLBANK, "serve", "--port", str(port)], env, work / "serve.log") as server:
            answer_time(base, server, time.perf_counter())
            token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})[
                "token"
            ]  # type: ignore[index]
            rid = call(base, "POST", "/api/requests", request_records()[0])["id"]  # type: ignore[index]
            until_matched(base, token, rid, timeout=900)  # type: ignore[arg-type]
            url = f"{base}/api/requests/{rid}/proposals"
            req = urllib.request.Request(url, headers={"authorization": f"Bearer {token}"})
            with urllib.request.urlopen(req) as resp:
                body = resp.read()
            (work / "body.json").write_bytes(body)
            hport = free_port()
            hbase = f"http://127.0.0.1:{hport}"
            with process(
                [sys.executable, "-c", HELLO_APP, str(hport), str(work / "body.json")],
                env,
                work / "hello.log",
            ) as hello:
                answer_time(hbase, hello, time.perf_counter())
                if a.py_spy:
                    spy = subprocess.Popen(
                        [
                            "py-spy",
                            "record",
                            "-o",
                            a.py_spy,
                            "-p",
                            str(server.pid),
                            "-d",
                            str(a.seconds),
                            "-t",
                            "-r",
                            "40",
                        ]
                        + (["--format", "raw"] if a.py_spy.endswith(".txt") else [])
                    )
                    wrk(url, token)
                    spy.wait()
                service_runs, hello_runs = [], []
                print(
                    f"{a.volunteers:,} volunteers, body {len(body):,} B; server pid {server.pid}", flush=True
                )
                for i in range(a.rounds):
                    service_runs.append(measured(url, server.pid, token))
                    hello_runs.append(measured(hbase + "/body", hello.pid))
                    s, h = service_runs[-1], hello_runs[-1]
                    print(
                        f"round {i + 1}: proposals {s[0]:,.0f} req/s (p99 {s[1]:.1f} ms, {s[2]:.2f} CPU ms/req) | "
                        f"hello {h[0]:,.0f} req/s (p99 {h[1]:.1f} ms, {h[2]:.2f} CPU ms/req) | {s[0] / h[0]:.3f}×",
                        flush=True,
                    )
    s_rps = statistics.median(r[0] for r in service_runs)
    h_rps = statistics.median(r[0] for r in hello_runs)
    s_p99 = statistics.median(r[1] for r in service_runs)
    h_p99 = statistics.median(r[1] for r in hello_runs)
    s_cpu = statistics.median(r[2] for r in service_runs)
    h_cpu = statistics.median(r[2] for r in hello_runs)
    print(
        f"median: proposals {s_rps:,.0f} req/s (p99 {s_p99:.1f} ms) | hello, same body {h_rps:,.0f} req/s "
        f"(p99 {h_p99:.1f} ms) | ratio {s_rps / h_rps:.3f}× (target ≥ 0.15×)\n"
        f"server CPU per request: proposals {s_cpu:.2f} ms | hello {h_cpu:.2f} ms | {h_cpu / s_cpu:.3f}×"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
