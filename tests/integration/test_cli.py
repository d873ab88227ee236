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
    imported = run("import", "--volunteers", str(DEMO / "volunteers.jsonl"), "--json", env=env)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout) == {"created": 60, "updated": 0, "skipped": 0, "rejected": 0}
    again = run("import", "--volunteers", str(DEMO / "volunteers.jsonl"), env=env)
    assert again.returncode == 0
    assert "更新 60 件" in again.stdout and "60 updated" in again.stdout  # a summary for people by default
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
    out = run("import", "--volunteers", str(bad), "--json", env=env)
    assert out.returncode == 1
    assert json.loads(out.stdout)["rejected"] == 2
    assert "bad.jsonl:1" in out.stderr and "bad.jsonl:3" in out.stderr and "town_atlantis" in out.stderr

    # validator text in Japanese, without pydantic's English and its URLs
    assert (
        "氏名: 空欄にはできません" in out.stderr
        and "活動可能日(1つ目): 曜日と時間帯の形が正しくありません" in out.stderr
    )
    assert "errors.pydantic.dev" not in out.stderr


def _env(tmp_path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = {"SKILLBANK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    assert run("migrate", env=env).returncode == 0
    return env


def _no_traceback(out: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout, out.stderr


def test_import_keeps_good_lines_around_a_broken_one_and_reads_a_bom(tmp_path):
    env = _env(tmp_path)
    lines = [json.loads(line) for line in (DEMO / "volunteers.jsonl").read_text().splitlines()[:3]]
    path = tmp_path / "excel.jsonl"  # a BOM (Notepad, Excel) and one line cut short by hand
    path.write_text(
        "\ufeff"
        + json.dumps(lines[0], ensure_ascii=False)
        + '\n{"display_name": "途中で切れた\n'
        + json.dumps(lines[1], ensure_ascii=False)
        + "\n[1, 2]\n"
        + json.dumps(lines[2], ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    strict = run("import", "--volunteers", str(path), "--all-or-nothing", env=env)
    _no_traceback(strict)
    assert strict.returncode == 1
    assert "excel.jsonl:2: 行2を取り込めません: JSON として読めません" in strict.stderr
    assert "excel.jsonl:4:" in strict.stderr and "1件も取り込んでいません" in strict.stdout
    exported = run("export", "volunteers", env=env)
    assert exported.stdout == ""  # all or nothing: nothing
    kept = run("import", "--volunteers", str(path), "--json", env=env)
    _no_traceback(kept)
    assert kept.returncode == 1
    assert json.loads(kept.stdout) == {"created": 3, "updated": 0, "skipped": 0, "rejected": 2}
    exported = run("export", "volunteers", env=env)
    assert [json.loads(x)["external_id"] for x in exported.stdout.splitlines()] == [
        r["external_id"] for r in lines
    ]


def test_failures_are_messages_in_japanese_and_english_with_a_non_zero_exit(tmp_path):
    env = _env(tmp_path)
    missing = run("import", "--volunteers", str(tmp_path / "nowhere.jsonl"), env=env)
    _no_traceback(missing)
    assert missing.returncode == 2
    assert "が見つかりません" in missing.stderr and "File not found" in missing.stderr
    sjis = tmp_path / "sjis.jsonl"
    sjis.write_bytes(json.dumps({"display_name": "山田"}, ensure_ascii=False).encode("cp932"))
    out = run("import", "--volunteers", str(sjis), env=env)
    _no_traceback(out)
    assert out.returncode == 2 and "UTF-8 ではありません" in out.stderr and "not UTF-8" in out.stderr
    # no terminal and no SKILLBANK_PASSWORD: say how to give one (it was an EOFError)
    env_no_password = {k: v for k, v in env.items() if k != "SKILLBANK_PASSWORD"}
    staff = subprocess.run(
        [SKILLBANK, "create-staff", "--username", "kato"],
        cwd=ROOT,
        env={k: v for k, v in {**os.environ, **env_no_password}.items() if k != "SKILLBANK_PASSWORD"},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    _no_traceback(staff)
    assert (
        staff.returncode == 2 and "SKILLBANK_PASSWORD" in staff.stderr and "端末がありません" in staff.stderr
    )
    piped = run("create-staff", "--username", "kato", env=env_no_password, input="a-long-enough-password\n")
    assert piped.returncode == 0 and "kato" in piped.stdout
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    xls = run("import-roster", str(old_excel), "--dry-run", env=env)
    _no_traceback(xls)
    assert xls.returncode == 2 and "古い Excel 形式(.xls)" in xls.stderr and "old Excel file" in xls.stderr
    renamed = tmp_path / "old.csv"  # the same file renamed to .csv is still refused by its content
    renamed.write_bytes(old_excel.read_bytes())
    assert "古い Excel 形式" in run("import-roster", str(renamed), "--dry-run", env=env).stderr
    absent = run("import-roster", str(tmp_path / "none.csv"), env=env)
    _no_traceback(absent)
    assert absent.returncode == 2 and "見つかりません" in absent.stderr


def test_metrics_that_cannot_write_its_file_saves_no_target(tmp_path):
    env = _env(tmp_path)
    (tmp_path / "a-file").write_text("not a folder")
    out = run(
        "metrics",
        "--fy",
        "2026",
        "--set-target",
        "registrants_skill_bank=50",
        "--xlsx",
        str(tmp_path / "a-file" / "x.xlsx"),
        env=env,
    )
    _no_traceback(out)
    assert (
        out.returncode == 2
        and "出力先のフォルダ" in out.stderr
        and "Cannot create the output folder" in out.stderr
    )
    (tmp_path / "x.xlsx").mkdir()  # a folder where the file should go
    out = run(
        "metrics",
        "--fy",
        "2026",
        "--set-target",
        "registrants_skill_bank=50",
        "--xlsx",
        str(tmp_path / "x.xlsx"),
        env=env,
    )
    assert out.returncode == 2 and "書き込めません" in out.stderr
    targets = json.loads(run("metrics", "--fy", "2026", "--json", env=env).stdout)["targets"]
    assert all(t.get("target") is None for t in targets), targets
    human = run("metrics", "--fy", "2026", "--set-target", "registrants_skill_bank=50", env=env)
    assert human.returncode == 0 and "令和8年度" in human.stdout and "目標を保存しました" in human.stdout
    assert not human.stdout.lstrip().startswith("{")  # people get a summary; machines ask for --json
    saved = json.loads(run("metrics", "--fy", "2026", "--json", env=env).stdout)["targets"]
    assert any(t.get("target") == 50 for t in saved), saved
    sweep = run("sweep", env=env)
    assert sweep.returncode == 0 and "再送が必要なマッチング処理はありません" in sweep.stdout
    assert json.loads(run("sweep", "--json", env=env).stdout) == {"stale_jobs": []}


def test_export_leaves_contacts_out_unless_asked_and_labels_columns_for_people(tmp_path):
    import sqlite3

    env = _env(tmp_path)
    assert run("import", "--volunteers", str(DEMO / "volunteers.jsonl"), env=env).returncode == 0
    first = json.loads((DEMO / "volunteers.jsonl").read_text().splitlines()[0])
    phone = first["contact"]["phone"]
    plain = run("export", "volunteers", "--format", "csv", env=env)
    assert plain.returncode == 0 and phone not in plain.stdout
    assert "連絡先(メール・電話)は含めていません" in plain.stderr and "not included" in plain.stderr
    header = plain.stdout.lstrip("\ufeff").splitlines()[0]
    assert header.startswith("外部ID,氏名,ふりがな,登録区分,特技") and "活動中" in header
    assert "town_" not in plain.stdout and "-am" not in plain.stdout and "True" not in plain.stdout
    assert "特技バンク" in plain.stdout and "はい" in plain.stdout
    full = run("export", "volunteers", "--format", "csv", "--with-contact", env=env)
    assert (
        phone in full.stdout and "電話番号" in full.stdout.splitlines()[0] and "取り扱いに注意" in full.stderr
    )
    codes = run("export", "volunteers", "--format", "csv", "--codes", env=env)
    assert codes.stdout.lstrip("\ufeff").startswith("external_id,display_name")
    with sqlite3.connect(tmp_path / "cli.db") as db:
        rows = db.execute("select detail from audit_event where action = 'export'").fetchall()
    assert len(rows) == 3 and sum('"with_contact": true' in r[0] for r in rows) == 1
