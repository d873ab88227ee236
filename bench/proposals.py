"""One row of bench.service, quicker and steadier: staff `GET /api/requests/{id}/proposals` against a hello
Litestar app serving the same body, both under wrk (2 threads × 16 connections), in alternating rounds.

Imports N synthetic volunteers (default 20,000) into SQLite, starts `skillbank serve` (embedded mode) and the
hello app (same uvicorn settings), submits one request and waits for its proposals, then runs ROUNDS rounds of
wrk on each in turn and prints each round and the medians with their ratio. Both servers run for the whole
measurement, so a busy machine slows both alike.

    .venv/bin/python -m bench.proposals [--volunteers 20000] [--rounds 3] [--seconds 8] [--baseline-src DIR]

With --baseline-src, the code in DIR (e.g. `git archive 10960f1 | tar -x -C /tmp/base`) serves the same database
too, and each round measures it as well: the figure before and after a change in one run.
"""

from __future__ import annotations

import argparse
import contextlib
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


def settled(pid: int, quiet_ticks: int = 3, timeout: float = 600) -> None:
    """Waits until a server's background work (the matcher index built at start) has stopped using the CPU."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = cpu_seconds(pid)
        time.sleep(3)
        if (cpu_seconds(pid) - before) * os.sysconf("SC_CLK_TCK") < quiet_ticks:
            return


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--seconds", type=int, default=8)
    p.add_argument(
        "--baseline-src",
        metavar="DIR",
        help="also serve the same database with the code in DIR (`git archive <commit>` unpacked), measured in the "
        "same rounds: before and after in one run",
    )
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
            with contextlib.ExitStack() as stack:
                hello = stack.enter_context(
                    process(
                        [sys.executable, "-c", HELLO_APP, str(hport), str(work / "body.json")],
                        env,
                        work / "hello.log",
                    )
                )
                answer_time(hbase, hello, time.perf_counter())
                targets = [("proposals", url, server.pid, token)]
                if a.baseline_src:
                    bport = free_port()
                    benv = {**env, "PYTHONPATH": a.baseline_src}
                    base_server = stack.enter_context(
                        process([SKILLBANK, "serve", "--port", str(bport)], benv, work / "baseline.log")
                    )
                    answer_time(f"http://127.0.0.1:{bport}", base_server, time.perf_counter())
                    burl = f"http://127.0.0.1:{bport}/api/requests/{rid}/proposals"
                    breq = urllib.request.Request(burl, headers={"authorization": f"Bearer {token}"})
                    with urllib.request.urlopen(breq) as resp:
                        assert resp.read() == body, "the baseline answers another body"
                    settled(base_server.pid)
                    targets.append(("baseline", burl, base_server.pid, token))
                targets.append(("hello", hbase + "/body", hello.pid, None))
                settled(server.pid)
                print(
                    f"{a.volunteers:,} volunteers, body {len(body):,} B; server pid {server.pid}", flush=True
                )
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
                runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name, *_ in targets}
                for i in range(a.rounds):
                    for name, target, pid, auth in targets:
                        runs[name].append(measured(target, pid, auth))
                    h = runs["hello"][-1]
                    print(
                        f"round {i + 1}: "
                        + " | ".join(
                            f"{name} {r[0]:,.0f} req/s (p99 {r[1]:.1f} ms, {r[2]:.2f} CPU ms/req, {r[0] / h[0]:.3f}× hello)"
                            for name, r in ((name, runs[name][-1]) for name in runs)
                        ),
                        flush=True,
                    )
    print("medians:")
    hello_rps = statistics.median(r[0] for r in runs["hello"])
    hello_cpu = statistics.median(r[2] for r in runs["hello"])
    for name, results in runs.items():
        rps = statistics.median(r[0] for r in results)
        p99 = statistics.median(r[1] for r in results)
        cpu = statistics.median(r[2] for r in results)
        ratios = statistics.median(r[0] / h[0] for r, h in zip(results, runs["hello"], strict=True))
        print(
            f"  {name}: {rps:,.0f} req/s, p99 {p99:.1f} ms, {cpu:.2f} CPU ms/req | "
            f"{rps / hello_rps:.3f}× hello's median (median of per-round ratios {ratios:.3f}×; "
            f"CPU {hello_cpu / cpu:.3f}×)"
        )
    print("target: proposals ≥ 0.15× hello serving the same body")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
