"""`skillbank import` throughput beside the same rows through a bare executemany, SQLite and PostgreSQL (issue 11).

Each round imports N fresh volunteers with the real command (a new process, as an operator runs it) into a
freshly migrated database, then times the same rows through executemany in the same round; the figures are
the medians over the rounds and the ratio import / executemany (target ≥ 0.2× on both databases). The
machine is shared: only the ratio, measured side by side, means anything.

    .venv/bin/python -m bench.import_rate --volunteers 20000 --rounds 3 [--baseline-src DIR]

With --baseline-src, the code in DIR (e.g. `git archive 8bf911f | tar -x -C /tmp/base`) imports the same file
into its own fresh database in every round as well, before the change's import in odd rounds and after it in
even ones: the rate before and after a change, each beside the executemany of the same round.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench.service import (
    base_env,
    executemany_rate,
    reference_rows,
    skillbank,
    sqlite_reference,
    volunteer_records,
    write_jsonl,
)


def import_seconds(env: dict[str, str], path: Path) -> float:
    """Returns the wall time of one `skillbank import --volunteers path` (process start to exit)."""
    started = time.perf_counter()
    skillbank(env, "import", "--volunteers", str(path))
    return time.perf_counter() - started


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sqlite_executemany_cpu(path: Path, records: list[dict]) -> float:
    """Returns the CPU seconds of bench.service's SQLite executemany reference (the same statement and rows)."""
    return sqlite_reference(str(path), reference_rows(records))[1]


def sqlite_round(
    work: Path, vol_file: Path, records: list[dict], k: int, srcs: list[str | None]
) -> tuple[list[float], float]:
    rates = []
    for j, src in enumerate(srcs):
        env = with_src(base_env(work / f"sq{k}-{j}", f"sqlite:///{work / f'bench{k}-{j}.db'}"), src)
        skillbank(env, "migrate")
        cpu0 = children_cpu()
        rates.append(len(records) / import_seconds(env, vol_file))
        import_cpu = children_cpu() - cpu0
        ref_cpu = sqlite_executemany_cpu(work / f"refcpu{k}-{j}.db", records)
        # on a shared machine a long process gets a smaller share than a one-second one: CPU seconds beside it
        print(
            f"    {label(src)} CPU seconds: import {import_cpu:.2f} (whole process), executemany {ref_cpu:.2f}: "
            f"{ref_cpu / import_cpu:.3f}×"
        )
    ref = executemany_rate(f"sqlite:///{work / f'ref{k}.db'}", records)
    return rates, ref


def pg_round(
    pg: str, work: Path, vol_file: Path, records: list[dict], k: int, srcs: list[str | None]
) -> tuple[list[float], float]:
    from sqlalchemy import create_engine, text

    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    rates, ref = [], 0.0
    try:
        for j, src in enumerate([*srcs, "reference"]):
            name = f"sb_imp_{uuid.uuid4().hex[:8]}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = pg.rsplit("/", 1)[0] + "/" + name
            try:
                if src == "reference":
                    ref = executemany_rate(url, records)
                    continue
                env = with_src(base_env(work / f"pg{k}-{j}", url), src)
                skillbank(env, "migrate")
                rates.append(len(records) / import_seconds(env, vol_file))
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
    return rates, ref


def with_src(env: dict[str, str], src: str | None) -> dict[str, str]:
    """Returns env running the code in src (a baseline checkout) instead of this one."""
    return env if src is None else {**env, "PYTHONPATH": src}


def label(src: str | None) -> str:
    return "before" if src else "after" if BASELINE[0] else "import"


BASELINE: list[str | None] = [None]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    p.add_argument("--baseline-src", default=None, help="a checkout of the code before a change")
    a = p.parse_args(argv)
    BASELINE[0] = a.baseline_src
    records = volunteer_records(a.volunteers)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vol_file = write_jsonl(work / "volunteers.jsonl", records)
        for db in ("sqlite", "postgresql"):
            if a.only and db != a.only:
                continue
            runs: dict[str | None, list[tuple[float, float]]] = {}
            for k in range(a.rounds):
                srcs: list[str | None] = [None] if not a.baseline_src else [a.baseline_src, None]
                if k % 2:
                    srcs.reverse()  # before first, then after first: neither always meets a warmer machine
                if db == "sqlite":
                    rates, ref = sqlite_round(work, vol_file, records, k, srcs)
                else:
                    rates, ref = pg_round(a.pg, work, vol_file, records, k, srcs)
                for src, rate in zip(srcs, rates, strict=True):
                    runs.setdefault(src, []).append((rate, ref))
                    print(
                        f"  {db} round {k + 1} {label(src)}: import {rate:,.0f}/s, executemany {ref:,.0f}/s, "
                        f"{rate / ref:.3f}×",
                        flush=True,
                    )
            for src, pairs in runs.items():
                print(
                    f"skillbank import ({label(src)}), {db}, {a.volunteers:,} rows: "
                    f"{statistics.median(r for r, _ in pairs):,.0f} rows/s | executemany "
                    f"{statistics.median(ref for _, ref in pairs):,.0f} rows/s | median ratio "
                    f"{statistics.median(r / ref for r, ref in pairs):.3f}× (target ≥ 0.2×)",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
