"""Roster imports of messy files, with the exact report expected (SQLite and PostgreSQL), and the CLI commands.

tests/fixtures/roster_old_excel_sjis.csv is what old Excel writes: Shift_JIS (cp932), CRLF, a title row above
the header, extra columns (緊急連絡先, 登録日), blank rows, 半角カナ and 全角 digits, a bad phone, an unknown
town, a row without a name, the same people typed twice, and people already registered.
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
from sqlmodel import select

from schemas.models import Contact, Volunteer, VolunteerCreate
from service.db import unit_of_work
from service.metrics.period import JST, fiscal_year_of, reiwa_label
from service.roster.importer import import_roster
from service.uow import UnitOfWork
from service.volunteers.usecases import register_volunteer

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "roster_old_excel_sjis.csv"
ROOT = Path(__file__).resolve().parent.parent.parent


def _existing(engine, settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with UnitOfWork(engine) as uow:
        ito = register_volunteer(
            uow=uow,
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            data=VolunteerCreate(
                display_name="伊藤 恵",
                area="town_takeoka",
                skills=["料理"],
                contact=Contact(phone="090-9999-0000"),
            ),
        )
        watanabe = register_volunteer(
            uow=uow,
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            data=VolunteerCreate(
                external_id="10", display_name="渡辺 健", area="town_umezono", skills=["将棋"]
            ),
        )
        return {"ito": ito.id, "watanabe": watanabe.id}  # type: ignore[dict-item]


def _ja(messages):  # type: ignore[no-untyped-def]
    return [m.ja for m in messages]


def _rows(report):  # type: ignore[no-untyped-def]
    """The report's rows with their messages rendered in Japanese, as the command line prints them."""
    return [
        (r.row, r.action, r.name_ja, _ja(r.reasons), r.duplicate_of and r.duplicate_of.ja, _ja(r.warnings))
        for r in report.rows
    ]


def _import(engine, settings, **kw):  # type: ignore[no-untyped-def]
    with UnitOfWork(engine) as uow:
        report = import_roster(
            uow, path=kw.pop("path", FIXTURE), org_id=settings.org_id, areas_path=settings.areas_path, **kw
        )
        return report, uow.enqueued


def test_dry_run_report_of_a_shift_jis_csv(engine, settings):
    known = _existing(engine, settings)
    report, jobs = _import(engine, settings, dry_run=True)
    assert jobs == []
    assert (report.encoding, report.dry_run, report.blank_rows) == ("cp932", True, [6, 13])
    assert report.columns == {  # 「No.」 is a row number, not an identity, unless the operator maps it
        "氏名": "display_name",
        "フリガナ": "name_kana",
        "電話番号": "phone",
        "町名": "area",
        "登録区分": "rosters",
        "特技": "skills",
        "活動できる曜日": "availability",
        "備考": "bio",
        "登録日": "registered_on",
    }
    assert report.ignored_columns == ["No.", "緊急連絡先"]
    assert _rows(report) == [
        (4, "created", "山田 花子", [], None, []),
        (5, "created", "スズキ イチロウ", [], None, []),
        (7, "rejected", "佐藤 次郎", ["電話番号「12345」が正しくありません"], None, []),
        (8, "rejected", "高橋 三郎", ["町名「横浜町」が清瀬市の町名にありません"], None, []),
        (9, "duplicate", "山田 花子", ["電話番号が同じ"], "行4", []),
        (10, "duplicate", "鈴木 一郎", ["読みが同じ（すずきいちろう）"], "行5", []),
        (11, "rejected", "（氏名なし）", ["氏名がありません"], None, []),
        (12, "created", "田中 花", [], None, []),  # 「毎週いつでも」: any day, any time
        (14, "duplicate", "伊藤 恵", ["電話番号が同じ"], f"登録済み#{known['ito']}", []),
        (
            15,
            "duplicate",
            "渡辺 健",
            ["氏名が同じ（全角／半角・カナの違いを除く）"],
            f"登録済み#{known['watanabe']}",
            [],
        ),
    ]
    assert report.counts == {
        "created": 3,
        "updated": 0,
        "merged": 0,
        "duplicate": 4,
        "conflict": 0,
        "rejected": 3,
    }
    # kept as catalogue messages with named parameters, rendered in the reader's language
    assert report.rows[2].reasons == [("電話番号「%(phone)s」が正しくありません", {"phone": "12345"}, None)]
    assert [r.reasons[0].render("en") for r in report.rows[2:5]] == [
        "the phone number “12345” is not valid",
        "the town “横浜町” is not one of Kiyose's towns",
        "the same phone number",
    ]
    assert report.rows[4].duplicate_of.render("en") == "row 4"
    text = report.to_text()
    assert "試行" in text and "行   9  重複の疑い" in text and "行4と同一人物の可能性" in text
    with unit_of_work(engine) as s:  # nothing written
        assert len(s.exec(select(Volunteer)).all()) == 2


def test_real_import_without_merging_then_with(engine, settings):
    known = _existing(engine, settings)
    by_no = {"No.": "external_id"}  # this council's No. is its member number: said by the operator
    report, jobs = _import(engine, settings, dry_run=False, decide=lambda row, other: False, mapping=by_no)
    assert report.counts == {
        "created": 3,
        "updated": 1,
        "merged": 0,
        "duplicate": 3,
        "conflict": 0,
        "rejected": 3,
    }
    assert len(jobs) == 4
    with unit_of_work(engine) as s:
        people = {v.display_name: v for v in s.exec(select(Volunteer)).all()}
        assert len(people) == 5
        hanako = people["山田 花子"]
        assert (
            hanako.name_kana,
            hanako.contact_phone,
            hanako.area,
            hanako.availability,
            hanako.skills,
            hanako.bio,
        ) == ("ヤマダ ハナコ", "090-1111-2222", "town_nakazato", ["sat-am"], ["書道", "料理"], "元小学校教員")
        suzuki = people["スズキ イチロウ"]
        assert suzuki.contact_phone == "090-3333-4444" and suzuki.rosters == ["digital"]
        assert suzuki.availability == ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]
        assert suzuki.skills == ["スマホ", "LINE"]
        watanabe = people["渡辺 健"]
        assert watanabe.id == known["watanabe"] and watanabe.skills == ["将棋", "料理", "囲碁"]
        assert watanabe.area == "town_umezono" and watanabe.availability == ["sun-am"]
        ids = {v.display_name: v.id for v in people.values()}

    # importing again: rows 4, 5, 12 and 15 are updated through their No.; this time the duplicates are merged
    again, _ = _import(engine, settings, dry_run=False, decide=lambda row, other: True, mapping=by_no)
    assert again.counts == {
        "created": 0,
        "updated": 4,
        "merged": 3,
        "duplicate": 0,
        "conflict": 0,
        "rejected": 3,
    }
    merged = {r.row: r.volunteer_id for r in again.rows if r.action == "merged"}
    assert merged == {9: ids["山田 花子"], 10: ids["スズキ イチロウ"], 14: known["ito"]}
    with unit_of_work(engine) as s:
        assert len(s.exec(select(Volunteer)).all()) == 5
        hanako = s.get(Volunteer, ids["山田 花子"])
        assert hanako.skills == ["書道", "料理", "パソコン"] and hanako.rosters == ["skill_bank", "digital"]
        ito = s.get(Volunteer, known["ito"])
        assert ito.skills == ["料理", "写真"] and ito.name_kana == "イトウ メグミ"


def test_excel_roster_with_a_column_mapping(engine, settings, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    ws.append(["会員番号", "お名前", "TEL", "住所", "スキル", "メモ欄"])
    ws.append([101, "木村 さくら", "042-491-1234", "清瀬市野塩1-2-3", "英語, 翻訳", "要確認"])
    ws.append([102, "林 大輔", 9011112222, "竹丘", "写真", None])  # Excel dropped the leading 0
    ws.append([None, None, None, None, None, None])
    ws.append([103, "森 ゆい", None, "town_motomachi", "ピアノ", None])
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    mapping = {"会員番号": "external_id", "お名前": "display_name", "住所": "area", "メモ欄": None}
    report, _ = _import(engine, settings, path=path, mapping=mapping, dry_run=False)
    assert (report.encoding, report.sheet, report.blank_rows, report.ignored_columns) == (
        "xlsx",
        "名簿",
        [4],
        ["メモ欄"],
    )
    assert [(r.row, r.action, _ja(r.reasons)) for r in report.rows] == [
        (2, "created", []),
        (3, "rejected", ["電話番号「9011112222」が正しくありません"]),
        (5, "created", []),
    ]
    with unit_of_work(engine) as s:
        sakura = s.exec(select(Volunteer).where(Volunteer.external_id == "101")).one()
        assert sakura.area == "town_noshio" and sakura.skills == ["英語", "翻訳"]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "skillbank"), *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_import_roster_metrics_and_export(tmp_path):
    env = {"SKILLBANK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    assert _cli("migrate", env=env).returncode == 0
    dry = _cli(
        "import-roster", str(FIXTURE), "--dry-run", "--report", str(tmp_path / "r.json"), "--json", env=env
    )
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {
        "created": 5,
        "updated": 0,
        "merged": 0,
        "duplicate": 2,
        "conflict": 0,
        "rejected": 3,
    }
    assert "電話番号「12345」が正しくありません" in dry.stderr
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["rows"][0]["name"] == "山田 花子"
    real = _cli("import-roster", str(FIXTURE), "--merge", "no", env=env)
    assert real.returncode == 1  # rows were rejected: said in the report, and in the exit status
    assert "行   7  不可" in real.stdout and "5 new" in real.stdout
    fy = str(fiscal_year_of(datetime.now(JST).date()))  # the registrations happen now
    assert _cli("metrics", "--fy", fy, "--set-target", "registrants_skill_bank=50", env=env).returncode == 0
    out = _cli(
        "metrics",
        "--fy",
        fy,
        "--xlsx",
        str(tmp_path / "fy.xlsx"),
        "--csv-dir",
        str(tmp_path / "csv"),
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert reiwa_label(int(fy)) in out.stdout
    wb = openpyxl.load_workbook(tmp_path / "fy.xlsx")
    # 特技バンク: 山田 花子, 伊藤 恵, 渡辺 健
    assert ("特技バンク登録者数", reiwa_label(int(fy)), 50, 3, 0.06) in list(
        wb["目標と実績"].iter_rows(values_only=True)
    )
    assert (
        (tmp_path / "csv" / "registrants.csv").read_text(encoding="utf-8-sig").startswith("登録簿,登録者数")
    )
    assert _cli("metrics", "--fy", fy, "--set-target", "bogus=1", env=env).returncode == 2
    csv_out = _cli("export", "volunteers", "--format", "csv", "--no-contact", env=env)
    assert csv_out.returncode == 0 and "090-1111-2222" not in csv_out.stdout and "山田 花子" in csv_out.stdout
    assert (
        _cli("export", "volunteers", "-o", str(tmp_path / "v.xlsx"), "--with-contact", env=env).returncode
        == 0
    )
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx")["volunteers"]
    assert "090-1111-2222" in [c for row in sheet.iter_rows(values_only=True) for c in row]


def _sheet(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_next_years_renumbered_roster_never_overwrites_a_different_person(engine, settings, tmp_path):
    with UnitOfWork(engine) as uow:
        hanako = register_volunteer(
            uow=uow,
            areas_path=settings.areas_path,
            org_id=settings.org_id,
            data=VolunteerCreate(external_id="2", display_name="佐藤 花子", area="town_nakazato"),
        )
    path = _sheet(
        tmp_path,
        [["No.", "氏名", "町名"], ["1", "佐藤 花子", "中里"], ["2", "安藤 次郎", "野塩"]],
    )
    # by default 「No.」 is not an identity: 佐藤 花子 is a likely duplicate, 安藤 次郎 a new person
    report, _ = _import(engine, settings, path=path, dry_run=True)
    assert [(r.row, r.action) for r in report.rows] == [(2, "duplicate"), (3, "created")]
    # mapped by hand, the number points at someone else: a conflict, shown in the dry run, never written
    by_no = {"No.": "external_id"}
    report, _ = _import(engine, settings, path=path, dry_run=True, mapping=by_no)
    assert (report.rows[1].action, str(report.rows[1].duplicate_of)) == ("conflict", f"登録済み#{hanako.id}")
    assert "「佐藤 花子」(氏名が違う)" in report.rows[1].reasons[0].ja
    assert "行   3  氏名が違う  安藤 次郎" in report.to_text()
    asked: list[str] = []
    report, _ = _import(
        engine,
        settings,
        path=path,
        dry_run=False,
        mapping=by_no,
        decide=lambda r, o: asked.append(o) or False,
    )
    # asked twice: row 2 may be the same 佐藤 花子 (a duplicate), row 3 would overwrite her (a conflict)
    assert asked == [f"登録済み#{hanako.id} 佐藤 花子"] * 2 and report.counts["conflict"] == 1
    with unit_of_work(engine) as s:
        assert s.get(Volunteer, hanako.id).display_name == "佐藤 花子"  # untouched
    report, _ = _import(engine, settings, path=path, dry_run=False, mapping=by_no, decide=lambda r, o: True)
    assert report.rows[1].action == "updated"  # asked and answered yes: the operator's choice
    with unit_of_work(engine) as s:
        assert s.get(Volunteer, hanako.id).display_name == "安藤 次郎"


def test_days_without_a_time_any_time_and_japanese_era_dates(engine, settings, tmp_path):
    path = _sheet(
        tmp_path,
        [
            ["氏名", "町名", "活動できる曜日", "登録日"],
            ["一 土曜", "中里", "土曜", "令和7年4月1日"],
            ["二 土日", "中里", "土日", "R7.4.1"],
            ["三 随時", "中里", "随時", "H31.4.1"],
            ["四 平成", "中里", "月午後・水", "平成31年4月1日"],
            ["五 不明", "中里", "火曜午前", "いつか"],
        ],
    )
    report, _ = _import(engine, settings, path=path, dry_run=False)
    assert report.counts["created"] == 5
    assert _ja(report.rows[4].warnings) == ["登録日「いつか」を日付として読めないため無視しました"]
    with unit_of_work(engine) as s:
        people = {v.display_name: v for v in s.exec(select(Volunteer)).all()}
    assert people["一 土曜"].availability == ["sat-am", "sat-pm"]
    assert people["二 土日"].availability == ["sat-am", "sat-pm", "sun-am", "sun-pm"]
    assert len(people["三 随時"].availability) == 14
    assert people["四 平成"].availability == ["mon-pm", "wed-am", "wed-pm"]
    joined = {n: v.created_at.astimezone(JST).date().isoformat() for n, v in people.items()}
    assert joined["一 土曜"] == joined["二 土日"] == "2025-04-01"
    assert joined["三 随時"] == joined["四 平成"] == "2019-04-01"
    assert joined["五 不明"] == datetime.now(JST).date().isoformat()


def test_cli_import_roster_conflict_is_a_message_not_a_traceback(tmp_path):
    env = {"SKILLBANK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    assert _cli("migrate", env=env).returncode == 0
    first = _sheet(tmp_path, [["No.", "氏名"], ["1", "佐藤 花子"]])
    assert (
        _cli("import-roster", str(first), "--map", "No.=external_id", "--merge", "no", env=env).returncode
        == 0
    )
    renumbered = _sheet(tmp_path, [["No.", "氏名"], ["1", "安藤 次郎"]])
    dry = _cli("import-roster", str(renumbered), "--map", "No.=external_id", "--dry-run", env=env)
    assert dry.returncode == 0 and "氏名が違う  安藤 次郎" in dry.stdout and "Traceback" not in dry.stderr
    real = _cli(
        "import-roster", str(renumbered), "--map", "No.=external_id", env=env
    )  # no terminal: not asked
    assert real.returncode == 1 and "1 with a different name left out" in real.stdout
    bad_map = _cli("import-roster", str(renumbered), "--map", "No.=number", "--dry-run", env=env)
    assert bad_map.returncode == 2 and "列の対応が正しくありません" in bad_map.stderr
    assert "Traceback" not in bad_map.stderr


MESSAGES = Path(__file__).resolve().parent.parent / "fixtures" / "roster_messages"


def _cli_transcript(tmp_path: Path) -> tuple[str, str]:
    """Runs import-roster as an operator would on MESSAGES/roster.csv (a renumbered 「No.」 over a registered
    person, a duplicate, rejected rows, warnings, validator messages) after MESSAGES/first.csv; returns what
    the commands printed and the --report file."""
    env = {"SKILLBANK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    assert _cli("migrate", env=env).returncode == 0
    roster = str(MESSAGES / "roster.csv")
    steps = [
        ["import-roster", str(MESSAGES / "first.csv"), "--map", "No.=external_id", "--merge", "no"],
        [
            "import-roster",
            roster,
            "--map",
            "No.=external_id",
            "--dry-run",
            "--report",
            str(tmp_path / "r.json"),
        ],
        ["import-roster", roster, "--map", "No.=external_id", "--dry-run", "--json"],
        ["import-roster", roster, "--map", "No.=external_id", "--merge", "no"],
    ]
    out = []
    for args in steps:
        done = _cli(*args, env=env)
        shown = [a.replace(str(MESSAGES), "MESSAGES").replace(str(tmp_path), "TMP") for a in args]
        out.append(f"$ skillbank {' '.join(shown)}\n[exit {done.returncode}]\n")
        out.append(f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}")
    return "".join(out), (tmp_path / "r.json").read_text(encoding="utf-8")


def test_cli_import_roster_prints_what_it_always_printed(tmp_path):
    """The reasons and warnings are catalogue messages now; the CLI's output is byte for byte what it was
    before (MESSAGES/expected_*, written by the code before the change)."""
    printed, report = _cli_transcript(tmp_path)
    assert printed == (MESSAGES / "expected_output.txt").read_text(encoding="utf-8")
    assert report == (MESSAGES / "expected_report.json").read_text(encoding="utf-8")


def test_cli_questions_read_as_before(engine, settings, monkeypatch):
    """`import-roster --merge ask` on a terminal asks about each likely duplicate and each renumbered 「No.」 in
    the words it always used (the reasons are catalogue messages now, rendered in Japanese here)."""
    from service import cli_data

    by_no = {"No.": "external_id"}
    first, _ = _import(engine, settings, path=MESSAGES / "first.csv", mapping=by_no, dry_run=False)
    hanako, megumi = (r.volunteer_id for r in first.rows)
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "n")
    _import(
        engine,
        settings,
        path=MESSAGES / "roster.csv",
        mapping=by_no,
        dry_run=False,
        decide=cli_data._ask_merge,
    )
    assert asked == [  # as printed by the code before the change
        f"行2「安藤 次郎」の番号は 登録済み#{hanako} 佐藤 花子 のものです（外部ID「1」の登録済み#{hanako}は「佐藤 花子」"
        "(氏名が違う)）。この人の記録を行の内容で上書きしますか? [y/N] ",
        "行4「山田 花子」は 行3 山田 花子 と同一人物かもしれません（電話番号が同じ）。統合しますか? [y/N] ",
        f"行10「イトウ メグミ」は 登録済み#{megumi} 伊藤 恵 と同一人物かもしれません（電話番号が同じ）。統合しますか? [y/N] ",
        "行12「アンダースン ジョン」は 行11 アンダーソン ジョン と同一人物かもしれません（氏名がよく似ている（89%））。"
        "統合しますか? [y/N] ",
        "行15「齋藤 はじめ」は 行13 斉藤 一 と同一人物かもしれません（読みが同じ（さいとうはじめ））。統合しますか? [y/N] ",
        "行18「大野 光」は 行17 中村 明 と同一人物かもしれません（外部IDが同じ）。統合しますか? [y/N] ",
    ]
