"""POST → proposals visible at N volunteers against the same service with the 60 demo volunteers, in
alternating rounds (issue 11's row "POST → proposals visible, embedded"; target ≤ 1.3×).

Imports N synthetic volunteers (default 100,000) into one SQLite database and the 60 demo volunteers into
another, starts `skillbank serve` (embedded) on each, waits until each has matched one request (index warm),
then runs ROUNDS rounds: in each, `--n` requests are submitted one at a time to every server in turn and polled
until matched. Prints each round's medians and the overall medians with their ratio.

    .venv/bin/python -m bench.latency_scale [--volunteers 100000] [--n 30] [--rounds 3] [--baseline-src DIR]

With --baseline-src, the code in DIR (e.g. `git archive main | tar -x -C /tmp/base`) serves copies of the same
two databases too, measured in the same rounds: the figure before and after a change in one run.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.latency import PASSWORD, SKILLBANK, call, free_port
from bench.proposals import cpu_seconds
from bench.service import (
    DEMO,
    answer_time,
    base_env,
    post_to_proposals,
    process,
    request_records,
    skillbank,
    until_matched,
    volunteer_records,
    write_jsonl,
)


def prepare(work: Path, name: str, volunteers: Path) -> Path:
    """Returns the directory of a migrated database with a staff user and `volunteers` imported."""
    d = work / name
    d.mkdir()
    env = base_env(d, f"sqlite:///{d / 'db.sqlite'}")
    skillbank(env, "migrate")
    skillbank(env, "create-staff", "--username", "bench")
    skillbank(env, "import", "--volunteers", str(volunteers))
    return d


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=100_000)
    p.add_argument("--n", type=int, default=30)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--baseline-src", default=None, help="a checkout of the code before a change")
    p.add_argument("--keep", default=None, help="a directory to prepare the databases in once and reuse")
    a = p.parse_args(argv)
    with contextlib.ExitStack() as stack:
        work = Path(a.keep) if a.keep else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        work.mkdir(parents=True, exist_ok=True)
        sizes = {"60": DEMO / "volunteers.jsonl", str(a.volunteers): None}
        dirs: dict[str, Path] = {}
        for size, path in sizes.items():
            d = work / f"src-{size}"
            if not (d / "db.sqlite").exists():
                shutil.rmtree(d, ignore_errors=True)
                if path is None:
                    path = write_jsonl(work / "volunteers.jsonl", volunteer_records(a.volunteers))
                print(f"preparing {size} volunteers…", flush=True)
                prepare(work, f"src-{size}", path)
            dirs[size] = d
        codes = {"new": None} if not a.baseline_src else {"base": a.baseline_src, "new": None}
        servers: list[tuple[str, str, str, str, int]] = []  # (code, size, base url, token, pid)
        for code, src in codes.items():
            for size, d in dirs.items():
                run = work / f"run-{code}-{size}"
                shutil.rmtree(run, ignore_errors=True)
                shutil.copytree(d, run)
                env = base_env(run, f"sqlite:///{run / 'db.sqlite'}")
                if src:
                    env["PYTHONPATH"] = src
                port = free_port()
                url = f"http://127.0.0.1:{port}"
                proc = stack.enter_context(
                    process([SKILLBANK, "serve", "--port", str(port)], env, run / "serve.log")
                )
                answer_time(url, proc, time.perf_counter())
                token = call(url, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})[
                    "token"
                ]  # type: ignore[index]
                rid = call(url, "POST", "/api/requests", request_records()[0])["id"]  # type: ignore[index]
                until_matched(url, token, rid, timeout=900)  # type: ignore[arg-type]
                servers.append((code, size, url, token, proc.pid))
                print(f"{code} {size}: warm (pid {proc.pid})", flush=True)
        times: dict[tuple[str, str], list[float]] = {(c, s): [] for c, s, *_ in servers}
        cpu: dict[tuple[str, str], list[float]] = {(c, s): [] for c, s, *_ in servers}
        for r in range(a.rounds):
            line = []
            for code, size, url, token, pid in servers:
                before = cpu_seconds(pid)
                got = post_to_proposals(url, token, a.n)
                cpu[(code, size)].append((cpu_seconds(pid) - before) * 1000 / a.n)
                times[(code, size)].extend(got)
                line.append(f"{code}/{size} {statistics.median(got) * 1000:.1f} ms")
            print(f"round {r + 1}: " + ", ".join(line), flush=True)
    print(f"POST → proposals visible, {a.rounds} rounds × {a.n} requests, medians")
    for code in codes:
        big = statistics.median(times[(code, str(a.volunteers))]) * 1000
        small = statistics.median(times[(code, "60")]) * 1000
        p90 = statistics.quantiles(times[(code, str(a.volunteers))], n=10)[-1] * 1000
        p90_small = statistics.quantiles(times[(code, "60")], n=10)[-1] * 1000
        cbig = statistics.median(cpu[(code, str(a.volunteers))])
        csmall = statistics.median(cpu[(code, "60")])
        print(
            f"{code:5} {a.volunteers}: {big:.1f} ms (server CPU {cbig:.1f} ms/req)  60: {small:.1f} ms "
            f"(CPU {csmall:.1f} ms/req)  ratio {big / small:.2f}×  p90 {p90:.1f} / {p90_small:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
