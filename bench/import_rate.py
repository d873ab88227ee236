"""`skillbank import` throughput beside the same rows through a bare executemany, SQLite and PostgreSQL (issue 11).

Each round imports N fresh volunteers with the real command (a new process, as an operator runs it) into a
freshly migrated database, then times the same rows through executemany in the same round; the figures are
the medians over the rounds and the ratio import / executemany (target ≥ 0.2× on both databases). Two
references, both printed:
  - executemany of the rows the import stored (every column of the `volunteer` table, search keys included),
    read back from the imported database, into the same table of another freshly migrated database with its
    indexes: the database's own cost of storing these rows, so the ratio is the import's own overhead;
  - executemany of the interchange records' ten fields into a bare table with no index (`REF_DDL`): the
    stricter floor, which no import that stores the service's columns and indexes can come near on SQLite.
The machine is shared: only the ratio, measured side by side, means anything.

    .venv/bin/python -m bench.import_rate --volunteers 20000 --rounds 3 [--baseline-src DIR]

With --baseline-src, the code in DIR (e.g. `git archive 8bf911f | tar -x -C /tmp/base`) imports the same file
into its own fresh database in every round as well, before the change's import in odd rounds and after it in
even ones: the rate before and after a change, each beside the executemany of the same round.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
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


def stored_rows(url: str) -> tuple[list[str], list[tuple]]:
    """Returns the column names and every row of the `volunteer` table of an imported database, id left out (as
    the import leaves it to the database), values as the driver returns them."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1])
        try:
            cur = conn.execute("SELECT * FROM volunteer ORDER BY id")
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        finally:
            conn.close()
    else:
        import psycopg

        with psycopg.connect(pg_dsn(url)) as pconn, pconn.cursor() as pcur:
            pcur.execute("SELECT * FROM volunteer ORDER BY id")
            names = [d.name for d in pcur.description or ()]
            rows = pcur.fetchall()
    keep = [i for i, n in enumerate(names) if n != "id"]
    return [names[i] for i in keep], [tuple(r[i] for i in keep) for r in rows]


def same_table_rate(url: str, names: list[str], rows: list[tuple]) -> float:
    """Returns rows/s of one executemany of the stored rows into the `volunteer` table of a freshly migrated
    (empty) database at url, in one transaction, commit included."""
    marks = ", ".join(["?" if url.startswith("sqlite") else "%s"] * len(names))
    sql = f"INSERT INTO volunteer ({', '.join(names)}) VALUES ({marks})"
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.split("///", 1)[1])
        try:
            started = time.perf_counter()
            conn.executemany(sql, rows)
            conn.commit()
            elapsed = time.perf_counter() - started
        finally:
            conn.close()
    else:
        import psycopg
        from psycopg.types.json import Jsonb

        # JSON columns come back as Python lists and dicts: sent as jsonb again, each distinct value wrapped once
        wrap = [any(isinstance(r[i], (list, dict)) for r in rows[:50]) for i in range(len(names))]
        rows = [
            tuple(Jsonb(v) if w and v is not None else v for v, w in zip(r, wrap, strict=True)) for r in rows
        ]
        with psycopg.connect(pg_dsn(url)) as pconn:
            started = time.perf_counter()
            with pconn.cursor() as pcur:
                pcur.executemany(sql, rows)
            pconn.commit()
            elapsed = time.perf_counter() - started
    return len(rows) / elapsed


def pg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def sqlite_round(
    work: Path, vol_file: Path, records: list[dict], k: int, srcs: list[str | None]
) -> tuple[list[float], float, float]:
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
    same_url = f"sqlite:///{work / f'same{k}.db'}"
    skillbank(base_env(work / f"same{k}", same_url), "migrate")
    same = same_table_rate(same_url, *stored_rows(f"sqlite:///{work / f'bench{k}-{len(srcs) - 1}.db'}"))
    return rates, ref, same


def pg_round(
    pg: str, work: Path, vol_file: Path, records: list[dict], k: int, srcs: list[str | None]
) -> tuple[list[float], float, float]:
    from sqlalchemy import create_engine, text

    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    rates, ref, same = [], 0.0, 0.0
    stored: tuple[list[str], list[tuple]] = ([], [])
    try:
        for j, src in enumerate([*srcs, "reference", "same table"]):
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
                if src == "same table":
                    same = same_table_rate(url, *stored)
                    continue
                rates.append(len(records) / import_seconds(env, vol_file))
                stored = stored_rows(url)
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
    return rates, ref, same


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
            runs: dict[str | None, list[tuple[float, float, float]]] = {}
            for k in range(a.rounds):
                srcs: list[str | None] = [None] if not a.baseline_src else [a.baseline_src, None]
                if k % 2:
                    srcs.reverse()  # before first, then after first: neither always meets a warmer machine
                if db == "sqlite":
                    rates, ref, same = sqlite_round(work, vol_file, records, k, srcs)
                else:
                    rates, ref, same = pg_round(a.pg, work, vol_file, records, k, srcs)
                for src, rate in zip(srcs, rates, strict=True):
                    runs.setdefault(src, []).append((rate, same, ref))
                    print(
                        f"  {db} round {k + 1} {label(src)}: import {rate:,.0f}/s | executemany of the stored rows "
                        f"into the same table {same:,.0f}/s, {rate / same:.3f}× | into a bare table {ref:,.0f}/s, "
                        f"{rate / ref:.3f}×",
                        flush=True,
                    )
            for src, runs_ in runs.items():
                print(
                    f"skillbank import ({label(src)}), {db}, {a.volunteers:,} rows: "
                    f"{statistics.median(r for r, _, _ in runs_):,.0f} rows/s | executemany of the stored rows into "
                    f"the same table {statistics.median(s for _, s, _ in runs_):,.0f} rows/s, median ratio "
                    f"{statistics.median(r / s for r, s, _ in runs_):.3f}× (target ≥ 0.2×) | into a bare table "
                    f"{statistics.median(b for _, _, b in runs_):,.0f} rows/s, median ratio "
                    f"{statistics.median(r / b for r, _, b in runs_):.3f}×",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
