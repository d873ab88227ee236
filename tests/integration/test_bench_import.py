"""bench.import_rate's references (issue 11): the same-table reference stores exactly the rows the import stored,
on both databases, and the bench prints both ratios."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bench import import_rate
from bench.service import base_env, skillbank, volunteer_records, write_jsonl
from tests.conftest import PG_ADMIN_URL, need, port_open


def _imported(env: dict[str, str], path: Path) -> None:
    skillbank(env, "migrate")
    skillbank(env, "import", "--volunteers", str(path))


def _check_copy(work: Path, url: str, copy_url: str) -> None:
    path = write_jsonl(work / "v.jsonl", volunteer_records(300))
    _imported(base_env(work / "a", url), path)
    names, rows = import_rate.stored_rows(url)
    assert len(rows) == 300 and "search_key" in " ".join(names) and "id" not in names
    skillbank(base_env(work / "b", copy_url), "migrate")
    assert import_rate.same_table_rate(copy_url, names, rows) > 0
    assert import_rate.stored_rows(copy_url) == (names, rows)  # the very rows, every column but the id


def test_same_table_reference_copies_the_imported_rows_sqlite(tmp_path: Path) -> None:
    _check_copy(tmp_path, f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}")


def test_same_table_reference_copies_the_imported_rows_postgresql(tmp_path: Path) -> None:
    need("PostgreSQL (127.0.0.1:5432)", port_open("127.0.0.1", 5432))
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    names = [f"sb_bimp_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        base = PG_ADMIN_URL.rsplit("/", 1)[0]
        _check_copy(tmp_path, f"{base}/{names[0]}", f"{base}/{names[1]}")
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_bench_prints_both_ratios(capsys: pytest.CaptureFixture[str]) -> None:
    assert import_rate.main(["--volunteers", "200", "--rounds", "1", "--only", "sqlite"]) == 0
    summary = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("skillbank import")]
    assert len(summary) == 1
    # both references with their rates and ratios (200 rows time nothing reliably: no order between them is asserted)
    rates = [int(x.replace(",", "")) for x in re.findall(r"([\d,]+) rows/s", summary[0])]
    ratios = [float(x) for x in re.findall(r"median ratio (\d+\.\d+)×", summary[0])]
    assert len(rates) == 3 and all(r > 0 for r in rates)
    assert len(ratios) == 2
    for ref, ratio in zip(rates[1:], ratios, strict=True):
        assert (
            abs(rates[0] / ref - ratio) < 0.0006
        )  # the printed ratio is the import's rate over the reference's
