"""Resident memory of the embedded server at N volunteers (issue 11's ≤ 3 KB per volunteer row), by mapping.

usage: .venv/bin/python -m bench.rss [--volunteers 100000] [--work DIR] [--rounds 3] [--code ROOT ...]

Prepares once (kept in --work, reused by later runs): a SQLite database with N synthetic volunteers (bench.speed's,
through `skillbank import`) and its saved analyses (one `skillbank serve` that matches a request). Each round then
starts `skillbank serve` on a copy of both, for each --code root in turn (PYTHONPATH=ROOT, so two checkouts are
alternated in the same run), posts one request, waits until it is matched and the server's CPU is quiet, and reads
VmRSS right after the match (as bench.service reads it) and, once quiet, VmRSS, VmHWM and /proc/PID/smaps summed by kind: anonymous (heap, arenas, numpy arrays), the SudachiPy dictionary,
other files (shared libraries, mapped data), and the private / shared split. Prints one JSON line per server, then
the medians per code root.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.latency import PASSWORD, SKILLBANK, call, free_port
from bench.service import (
    answer_time,
    base_env,
    process,
    request_records,
    until_matched,
    volunteer_records,
    write_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent


def status_kb(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:", "RssShmem:")):
            out[line.split(":")[0]] = int(line.split()[1])
    return out


def smaps_kb(pid: int) -> dict[str, int]:
    """Returns resident KiB of the process's mappings summed by kind."""
    kinds: dict[str, int] = defaultdict(int)
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split()
        if not head:
            continue
        if not head[0].endswith(":") or "-" in head[0]:  # a mapping's header line
            name = head[5] if len(head) > 5 else ""
            continue
        if head[0] != "Rss:":
            if head[0] in ("Private_Clean:", "Private_Dirty:"):
                kinds["private"] += int(head[1])
            continue
        kb = int(head[1])
        if not name or name.startswith(("[heap", "[stack")):
            kind = "anon"
        elif "sudachi" in name.lower() or name.endswith(".dic"):
            kind = "dictionary"
        elif ".so" in name:
            kind = "libraries"
        elif name.startswith("["):
            kind = "other"
        else:
            kind = "files:" + Path(name).name
        kinds[kind] += kb
    return dict(kinds)


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_quiet(pid: int, seconds: float = 3.0, timeout: float = 300) -> None:
    """Waits until the process used under 2 % of a core over `seconds` (its matcher's background work done)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        t0 = cpu_ticks(pid)
        time.sleep(seconds)
        if (cpu_ticks(pid) - t0) / os.sysconf("SC_CLK_TCK") < 0.02 * seconds:
            return


def prepare(work: Path, n: int) -> None:
    """Makes work/bench.db and work/var (saved analyses) for n volunteers, unless already there."""
    if (work / "ready").exists():
        return
    work.mkdir(parents=True, exist_ok=True)
    env = base_env(work, f"sqlite:///{work / 'bench.db'}")
    env["PYTHONPATH"] = str(ROOT)
    vols = write_jsonl(work / "volunteers.jsonl", volunteer_records(n))
    subprocess.run([SKILLBANK, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run(
        [SKILLBANK, "create-staff", "--username", "bench"], env=env, check=True, capture_output=True
    )
    subprocess.run([SKILLBANK, "import", "--volunteers", str(vols)], env=env, check=True, capture_output=True)
    serve_once(work, ROOT, env)
    (work / "ready").write_text(str(n))


def serve_once(work: Path, code: Path | str, env: dict[str, str]) -> dict[str, object]:
    """Starts the server on work's database, matches one request, returns its memory figures. `code` is a
    checkout root, optionally followed by ,NAME=VALUE settings of the server's environment."""
    root, *extra = str(code).split(",")
    env = {**env, "PYTHONPATH": root, **dict(x.split("=", 1) for x in extra)}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    with process([SKILLBANK, "serve", "--port", str(port)], env, work / "serve.log") as server:
        start_s = answer_time(base, server, started, timeout=900)
        token = call(base, "POST", "/api/auth/login", {"username": "bench", "password": PASSWORD})["token"]  # type: ignore[index]
        rid = call(base, "POST", "/api/requests", request_records()[0])["id"]  # type: ignore[index]
        until_matched(base, token, rid, timeout=900)  # type: ignore[arg-type]
        matched_s = time.perf_counter() - started
        at_match = status_kb(server.pid)["VmRSS"]  # bench.service's moment: the dictionary is still mapped
        kinds_at_match = smaps_kb(server.pid)
        wait_quiet(server.pid)
        return {
            "start_s": round(start_s, 2),
            "matched_s": round(matched_s, 2),
            "VmRSS_at_match": at_match,
            **{f"at_match:{k}": v for k, v in kinds_at_match.items() if not k.startswith("files:.spill")},
            **status_kb(server.pid),
            **smaps_kb(server.pid),
        }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=100_000)
    p.add_argument(
        "--work", type=Path, default=None, help="kept between runs (default: a temporary directory)"
    )
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument(
        "--code", type=Path, action="append", help="checkout roots to alternate (default: this one)"
    )
    a = p.parse_args(argv)
    n = a.volunteers
    codes = a.code or [str(ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        work = a.work or Path(tmp) / "prepared"
        prepare(work, n)
        results: dict[str, list[dict]] = defaultdict(list)
        for r in range(a.rounds):
            for code in codes:
                run = Path(tmp) / f"run-{r}-{codes.index(code)}"
                run.mkdir()
                for f in work.glob("bench.db*"):  # the WAL too, if the last server left one
                    shutil.copy(f, run / f.name)
                shutil.copytree(work / "var", run / "var")
                env = base_env(run, f"sqlite:///{run / 'bench.db'}")
                figures = serve_once(run, code, env)
                results[str(code)].append(figures)
                print(json.dumps({"round": r, "code": str(code), "n": n, **figures}), flush=True)
                shutil.rmtree(run)
        for code, runs in results.items():
            keys = sorted({k for f in runs for k in f})
            med = {k: statistics.median(float(f.get(k, 0)) for f in runs) for k in keys}  # type: ignore[arg-type]
            med["bytes_per_volunteer"] = med["VmRSS"] * 1024 / n if n else 0
            print(json.dumps({"median": code, "runs": len(runs), **med}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
