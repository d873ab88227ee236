"""`skillbank import` throughput beside the same rows through a bare executemany, SQLite and PostgreSQL (issue 11).

Each round imports N fresh volunteers with the real command (a new process, as an operator runs it) into a
freshly migrated database, then times the same rows through executemany in the same round; the figures are
the medians over the rounds and the ratio import / executemany (target ≥ 0.2× on both databases). The
machine is shared: only the ratio, measured side by side, means anything.

    .venv/bin/python -m bench.import_rate --volunteers 20000 --rounds 3
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


def sqlite_round(work: Path, vol_file: Path, records: list[dict], k: int) -> tuple[float, float]:
    env = base_env(work / f"sq{k}", f"sqlite:///{work / f'bench{k}.db'}")
    skillbank(env, "migrate")
    cpu0 = children_cpu()
    rate = len(records) / import_seconds(env, vol_file)
    import_cpu = children_cpu() - cpu0
    ref = executemany_rate(f"sqlite:///{work / f'ref{k}.db'}", records)
    ref_cpu = sqlite_executemany_cpu(work / f"refcpu{k}.db", records)
    # on a shared machine a long process gets a smaller share than a one-second one: CPU seconds beside it
    print(
        f"    CPU seconds: import {import_cpu:.2f} (whole process), executemany {ref_cpu:.2f}: "
        f"{ref_cpu / import_cpu:.3f}×"
    )
    return rate, ref


def pg_round(pg: str, work: Path, vol_file: Path, records: list[dict], k: int) -> tuple[float, float]:
    from sqlalchemy import create_engine, text

    name = f"sb_imp_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg.rsplit("/", 1)[0] + "/" + name
    try:
        env = base_env(work / f"pg{k}", url)
        skillbank(env, "migrate")
        rate = len(records) / import_seconds(env, vol_file)
        ref = executemany_rate(url, records)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return rate, ref


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", type=int, default=20_000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    a = p.parse_args(argv)
    records = volunteer_records(a.volunteers)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vol_file = write_jsonl(work / "volunteers.jsonl", records)
        for db in ("sqlite", "postgresql"):
            if a.only and db != a.only:
                continue
            rates, refs, ratios = [], [], []
            for k in range(a.rounds):
                if db == "sqlite":
                    rate, ref = sqlite_round(work, vol_file, records, k)
                else:
                    rate, ref = pg_round(a.pg, work, vol_file, records, k)
                rates.append(rate)
                refs.append(ref)
                ratios.append(rate / ref)
                print(
                    f"  {db} round {k + 1}: import {rate:,.0f}/s, executemany {ref:,.0f}/s, {rate / ref:.3f}×"
                )
            print(
                f"skillbank import, {db}, {a.volunteers:,} rows: {statistics.median(rates):,.0f} rows/s | "
                f"executemany {statistics.median(refs):,.0f} rows/s | median ratio "
                f"{statistics.median(ratios):.3f}× (target ≥ 0.2×)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
