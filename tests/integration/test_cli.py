"""The `skillbank` command as a user runs it from the .venv."""

from __future__ import annotations

import json
import os
import subprocess

from tests.conftest import ROOT

SKILLBANK = str(ROOT / ".venv" / "bin" / "skillbank")
DEMO = ROOT / "service" / "demo"


def run(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SKILLBANK, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_rank_offline_prints_one_ranking_per_request():
    out = run(
        "rank",
        "--volunteers",
        str(DEMO / "volunteers.jsonl"),
        "--requests",
        str(DEMO / "requests.jsonl"),
        "--areas",
        str(ROOT / "matching" / "data" / "areas-kiyose.json"),
        "--top",
        "5",
    )
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    requests = [
        json.loads(line)["external_id"] for line in (DEMO / "requests.jsonl").read_text().splitlines()
    ]
    assert [line["request"] for line in lines] == requests
    ranked = [line for line in lines if line["ranking"]]
    assert len(ranked) >= len(lines) * 0.8
    for line in ranked:
        assert len(line["ranking"]) <= 5
        assert all({"volunteer", "score", "reasons"} <= set(item) for item in line["ranking"])


def test_migrate_create_staff_import_export_round_trip(tmp_path):
    env = {
        "SKILLBANK_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "SKILLBANK_PASSWORD": "a-long-enough-password",
    }
    assert run("migrate", env=env).returncode == 0
    created = run("create-staff", "--username", "sato", "--role", "admin", env=env)
    assert created.returncode == 0 and "admin sato" in created.stdout
    assert run("create-staff", "--username", "sato", env=env).returncode == 1  # taken, said clearly
    imported = run("import", "--volunteers", str(DEMO / "volunteers.jsonl"), env=env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {"created": 60, "updated": 0, "skipped": 0, "rejected": 0}
    again = run("import", "--volunteers", str(DEMO / "volunteers.jsonl"), env=env)
    assert json.loads(again.stdout)["updated"] == 60
    exported = run("export", "volunteers", env=env)
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    original = [json.loads(line) for line in (DEMO / "volunteers.jsonl").read_text().splitlines()]
    assert [r["external_id"] for r in records] == [o["external_id"] for o in original]
    assert records[0]["skills"] == original[0]["skills"] and records[0]["active"] == original[0]["active"]


def test_import_reports_bad_lines_with_their_line_number(tmp_path):
    env = {"SKILLBANK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"display_name": "x", "area": "town_atlantis"})
        + "\n\n"
        + json.dumps({"display_name": "", "availability": ["someday"]})
        + "\n",
        encoding="utf-8",
    )
    assert run("migrate", env=env).returncode == 0
    out = run("import", "--volunteers", str(bad), env=env)
    assert out.returncode == 1
    assert json.loads(out.stdout)["rejected"] == 2
    assert "bad.jsonl:1" in out.stderr and "bad.jsonl:3" in out.stderr and "town_atlantis" in out.stderr
