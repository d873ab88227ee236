"""The plan's metrics on a seeded history whose answers are worked out by hand below (SQLite and PostgreSQL).

Timestamps are stored in UTC and bucketed in Asia/Tokyo: 2026-03-31T15:00Z is 1 April 2026 00:00 JST, the
first instant of FY2026 (令和8年度); 2026-03-31T14:59:59Z is still FY2025.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import openpyxl
import pytest

import matching
from schemas.activity import Activity, ActivityVolunteer, MetricTarget
from schemas.models import AuditEvent, HelpRequest, Proposal, Volunteer
from service.areas import area_names
from service.db import unit_of_work
from service.metrics.compute import compute
from service.metrics.export import tables, write_csv_dir, write_xlsx
from service.metrics.period import Period, fiscal_year_of, local_date, parse_period, reiwa_label


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def seed(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The history (JST dates in comments)."""
    ids: dict[str, int] = {}
    with unit_of_work(engine) as s:

        def vol(key, name, rosters, area, created, status="active"):  # type: ignore[no-untyped-def]
            v = Volunteer(display_name=name, rosters=rosters, area=area, created_at=created, status=status)
            s.add(v)
            s.flush()
            ids[key] = v.id  # type: ignore[assignment]

        vol(
            "V1", "青木 一", ["skill_bank"], "town_nakazato", utc(2026, 3, 31, 14, 59, 59)
        )  # 3/31 23:59:59, FY2025
        vol("V2", "井上 二", ["digital"], "town_noshio", utc(2026, 3, 31, 15, 0, 0))  # 4/1 00:00, FY2026
        vol("V3", "上田 三", ["skill_bank", "digital"], "town_nakazato", utc(2026, 5, 10, 3))
        vol("V4", "江藤 四", ["skill_bank"], "town_noshio", utc(2026, 6, 1), status="withdrawn")
        vol("V5", "小野 五", ["digital"], "town_noshio", utc(2027, 3, 31, 15))  # 2027-04-01 JST: FY2027
        vol("V6", "加藤 六", ["skill_bank"], "town_matsuyama", utc(2026, 8, 15))
        s.add(
            AuditEvent(
                at=utc(2026, 7, 1),
                actor="staff",
                action="volunteer_status",
                entity="volunteer",
                entity_id=ids["V4"],
                detail={"status": "withdrawn"},
            )
        )

        def req(key, title, area, created, **kw):  # type: ignore[no-untyped-def]
            r = HelpRequest(
                requester_name="依頼者",
                title=title,
                description=title,
                area=area,
                created_at=created,
                status=kw.pop("status", "proposed"),
                **kw,
            )
            s.add(r)
            s.flush()
            ids[key] = r.id  # type: ignore[assignment]

        req(
            "R1",
            "LINEを使えるようになりたい",
            "town_nakazato",
            utc(2026, 4, 5, 1),
            status="done",
            outcome="fulfilled",
            closed_at=utc(2026, 4, 12),
        )
        req("R2", "書道を教えてほしい", "town_noshio", utc(2026, 5, 1), status="filled")
        req(
            "R3",
            "パソコンが壊れた",
            "town_matsuyama",
            utc(2026, 6, 1),
            status="closed",
            outcome="failed",
            outcome_reason="担い手不在",
            closed_at=utc(2026, 7, 1),
        )
        req("R4", "庭の草むしりをお願いしたい", None, utc(2026, 9, 1), status="no_candidates")
        req(
            "R5",
            "スマホの相談",
            "town_nakazato",
            utc(2026, 10, 1),
            status="closed",
            outcome="no_longer_needed",
            closed_at=utc(2026, 10, 5),
        )
        req("R6", "書道の手本", "town_nakazato", utc(2026, 3, 20), status="filled")  # FY2025

        def prop(key, r, v, status, created, decided=None):  # type: ignore[no-untyped-def]
            p = Proposal(
                request_id=ids[r],
                volunteer_id=ids[v],
                rank=1,
                score=0.9,
                algorithm="test",
                status=status,
                created_at=created,
                decided_at=decided,
            )
            s.add(p)
            s.flush()
            ids[key] = p.id  # type: ignore[assignment]

        prop("P1", "R1", "V2", "completed", utc(2026, 4, 5, 1, 5), utc(2026, 4, 6, 1))  # 24 h after R1
        prop("P2", "R2", "V3", "completed", utc(2026, 5, 1, 0, 5), utc(2026, 5, 3))  # 48 h after R2
        prop("P3", "R2", "V1", "pending", utc(2026, 5, 1, 0, 5))
        prop("P6", "R6", "V1", "approved", utc(2026, 3, 21), utc(2026, 4, 2))  # 13 days = 312 h after R6

        def act(key, day, roster, area, volunteers, **kw):  # type: ignore[no-untyped-def]
            a = Activity(activity_date=day, roster=roster, area=area, recorded_by="staff", **kw)
            s.add(a)
            s.flush()
            for v in volunteers:
                s.add(ActivityVolunteer(activity_id=a.id, volunteer_id=ids[v]))
            ids[key] = a.id  # type: ignore[assignment]

        act("A0", date(2026, 3, 31), "skill_bank", "town_nakazato", ["V1"], hours=3.0)  # FY2025
        act(
            "A1",
            date(2026, 4, 10),
            "digital",
            "town_nakazato",
            ["V2"],
            hours=1.0,
            digital_topic="line",
            request_id=ids["R1"],
            proposal_id=ids["P1"],
        )
        act("A2", date(2026, 5, 20), "skill_bank", "town_noshio", ["V3"], hours=2.0, request_id=ids["R2"])
        act(
            "A3",
            date(2027, 3, 31),
            "digital",
            "town_noshio",
            ["V2", "V3"],
            hours=1.5,
            helpers=2,
            format="class",
            attendees=8,
            people_helped=8,
            digital_topic="smartphone_basics",
        )  # last day of FY2026
        act("A4", date(2027, 4, 1), "digital", "town_noshio", ["V5"])  # FY2027
        s.add(MetricTarget(fiscal_year=2026, metric="registrants_skill_bank", target=10))
        s.add(MetricTarget(fiscal_year=2026, metric="digital_sessions", target=4))
    return ids


@pytest.fixture
def taxonomy(settings):  # type: ignore[no-untyped-def]
    return matching.load_taxonomy(settings.taxonomy_path)


def run(engine, settings, taxonomy, period, **kw):  # type: ignore[no-untyped-def]
    with unit_of_work(engine) as s:
        return compute(
            s,
            org_id="kiyose",
            period=period,
            taxonomy=taxonomy,
            area_labels=area_names(settings.areas_path),
            **kw,
        )


def test_fiscal_year_helpers():
    assert (
        reiwa_label(2026) == "令和8年度"
        and reiwa_label(2019) == "令和元年度"
        and reiwa_label(2018) == "2018年度"
    )
    fy = Period.fiscal_year(2026)
    assert (fy.start, fy.end) == (date(2026, 4, 1), date(2027, 3, 31))
    assert fy.start_utc == utc(2026, 3, 31, 15) and fy.end_utc == utc(2027, 3, 31, 15)
    assert fiscal_year_of(date(2027, 3, 31)) == 2026 and fiscal_year_of(date(2027, 4, 1)) == 2027
    assert local_date(utc(2026, 3, 31, 14, 59, 59)) == date(2026, 3, 31)
    assert local_date(utc(2026, 3, 31, 15)) == date(2026, 4, 1)
    assert fy.whole_fiscal_year == 2026 and "令和8年度" in fy.label()
    assert Period(date(2026, 4, 1), date(2026, 6, 30)).whole_fiscal_year is None
    assert len(fy.months()) == 12 and fy.months()[0] == "2026-04" and fy.months()[-1] == "2027-03"
    assert parse_period(None, None, today=date(2026, 3, 31)) == Period.fiscal_year(2025)
    assert parse_period(None, None, today=date(2026, 4, 1)) == Period.fiscal_year(2026)
    with pytest.raises(ValueError):
        Period(date(2026, 5, 1), date(2026, 4, 1))


def test_fy2026_on_a_seeded_history(engine, settings, taxonomy):
    ids = seed(engine)
    m = run(engine, settings, taxonomy, Period.fiscal_year(2026))
    assert m["period"] == {
        "from": "2026-04-01",
        "to": "2027-03-31",
        "timezone": "Asia/Tokyo",
        "fiscal_year": 2026,
        "label": "令和8年度（2026年度: 2026-04-01〜2027-03-31）",
    }
    reg = {
        r["roster"]: {
            k: r[k] for k in ("total", "active", "new", "withdrawn", "with_activity", "activity_share")
        }
        for r in m["registrants"]
    }
    # 特技バンク: V1 V3 V6 (V4 withdrew on 7/1); new V3 V4 V6; activity on the roster: V3 (A2) → 1/3
    assert reg["skill_bank"] == {
        "total": 3,
        "active": 3,
        "new": 3,
        "withdrawn": 1,
        "with_activity": 1,
        "activity_share": 0.3333,
    }
    # デジタル: V2 (registered 4/1 00:00 JST) and V3; both took part in a digital activity (A1, A3)
    assert reg["digital"] == {
        "total": 2,
        "active": 2,
        "new": 2,
        "withdrawn": 0,
        "with_activity": 2,
        "activity_share": 1.0,
    }
    # everyone once: V1 V2 V3 V6 (+ V4 withdrawn; V5 registered in FY2027)
    assert reg["all"] == {
        "total": 4,
        "active": 4,
        "new": 4,
        "withdrawn": 1,
        "with_activity": 2,
        "activity_share": 0.5,
    }

    assert m["proposals"] == {"proposals": 3, "approvals": 3, "rejections": 0, "requests_with_approval": 3}
    assert [(f["step"], f["volunteers"]) for f in m["funnel"]] == [
        ("registered", 4),
        ("proposed", 3),
        ("approved", 3),
        ("activity", 2),
    ]
    assert m["activities"] == {
        "activities": 3,
        "hours": 4.5,
        "helper_turns": 4,
        "people_helped": 10,
        "volunteers": 2,
        "digital_sessions": 2,
        "digital_one_to_one": 1,
        "digital_classes": 1,
        "digital_people_helped": 9,
    }
    assert m["digital_topics"] == [
        {"topic": "smartphone_basics", "label": "スマホ基本", "sessions": 1, "people_helped": 8},
        {"topic": "line", "label": "LINE", "sessions": 1, "people_helped": 1},
    ]
    assert m["requests"] == {
        "received": 5,
        "closed": 3,
        "open_at_end": 3,
        "unmet": 2,
        "awaiting_decision": 0,
        "failed_reasons": [{"reason": "担い手不在", "requests": 1}],
    }
    assert [(o["outcome"], o["requests"]) for o in m["requests_by_outcome"]] == [
        ("fulfilled", 1),
        ("failed", 1),
        ("no_longer_needed", 1),
    ]
    # first approvals in the year: R6 312 h (approved 4/2), R1 24 h, R2 48 h → median 48 h
    assert m["time_to_first_approval"] == {"requests": 3, "median_hours": 48.0, "median_days": 2.0}
    # unmet: R3 (failed) and R4 (no one found); R5 was no longer needed
    assert [(u["label"], u["requests"]) for u in m["unmet_by_skill"]] == [
        ("パソコンの基本操作", 1),
        ("草取り・庭の手入れ", 1),
    ]
    assert m["never_matched"]["count"] == 1
    assert m["never_matched"]["volunteers"] == [
        {
            "id": ids["V6"],
            "display_name": "加藤 六",
            "rosters": "特技バンク",
            "area": "松山",
            "registered_on": "2026-08-15",
        }
    ]
    monthly = {row["month"]: row for row in m["monthly"]}
    assert len(monthly) == 12
    assert monthly["2026-04"] == {
        "month": "2026-04",
        "registrations": 1,
        "requests": 1,
        "approvals": 2,
        "activities": 1,
        "digital_sessions": 1,
        "people_helped": 1,
    }
    assert monthly["2026-05"] == {
        "month": "2026-05",
        "registrations": 1,
        "requests": 1,
        "approvals": 1,
        "activities": 1,
        "digital_sessions": 0,
        "people_helped": 1,
    }
    assert monthly["2027-03"]["activities"] == 1 and monthly["2027-03"]["people_helped"] == 8
    assert [monthly[k]["registrations"] for k in sorted(monthly)] == [1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert [
        (
            a["label"],
            a["registrants"],
            a["new_registrants"],
            a["requests"],
            a["activities"],
            a["people_helped"],
        )
        for a in m["by_area"]
    ] == [
        ("中里", 2, 1, 2, 1, 1),
        ("野塩", 1, 2, 1, 2, 9),
        ("松山", 1, 1, 1, 0, 0),
        ("（未設定）", 0, 0, 1, 0, 0),
    ]
    targets = {t["metric"]: (t["target"], t["actual"], t["achieved"]) for t in m["targets"]}
    assert targets["registrants_skill_bank"] == (10, 3, 0.3)
    assert targets["digital_sessions"] == (4, 2, 0.5)
    assert targets["registrants_digital"] == (None, 2, None)
    assert targets["requests_fulfilled"] == (None, 1, None)


def test_fiscal_year_boundaries_31_march_and_1_april(engine, settings, taxonomy):
    seed(engine)
    fy25 = run(engine, settings, taxonomy, Period.fiscal_year(2025))
    reg = {r["roster"]: r for r in fy25["registrants"]}
    # only V1 (3/31 23:59:59 JST) existed; A0 on 3/31 is FY2025's; P6 was proposed 3/21 but approved in FY2026
    assert (reg["all"]["total"], reg["all"]["new"], reg["all"]["with_activity"]) == (1, 1, 1)
    assert fy25["activities"]["activities"] == 1 and fy25["proposals"] == {
        "proposals": 1,
        "approvals": 0,
        "rejections": 0,
        "requests_with_approval": 0,
    }
    assert fy25["monthly"][-1] == {
        "month": "2026-03",
        "registrations": 1,
        "requests": 1,
        "approvals": 0,
        "activities": 1,
        "digital_sessions": 0,
        "people_helped": 1,
    }
    # the single days either side of the boundary
    last = run(engine, settings, taxonomy, Period(date(2026, 3, 31), date(2026, 3, 31)))
    first = run(engine, settings, taxonomy, Period(date(2026, 4, 1), date(2026, 4, 1)))
    assert next(r for r in last["registrants"] if r["roster"] == "all")["new"] == 1
    assert next(r for r in first["registrants"] if r["roster"] == "all")["new"] == 1
    assert last["activities"]["activities"] == 1 and first["activities"]["activities"] == 0
    assert not last["targets"] and not first["targets"]
    fy27 = run(engine, settings, taxonomy, Period.fiscal_year(2027))
    assert fy27["activities"]["activities"] == 1 and fy27["monthly"][0]["registrations"] == 1


def test_roster_and_area_filters(engine, settings, taxonomy):
    seed(engine)
    digital = run(engine, settings, taxonomy, Period.fiscal_year(2026), roster="digital")
    assert [r["roster"] for r in digital["registrants"]] == ["digital", "all"]
    assert digital["activities"]["activities"] == 2 and digital["activities"]["people_helped"] == 9
    assert [(f["step"], f["volunteers"]) for f in digital["funnel"]] == [
        ("registered", 2),
        ("proposed", 2),
        ("approved", 2),
        ("activity", 2),
    ]
    assert digital["targets"] == []
    noshio = run(engine, settings, taxonomy, Period.fiscal_year(2026), area="town_noshio")
    assert noshio["activities"]["activities"] == 2 and noshio["requests"]["received"] == 1
    assert next(r for r in noshio["registrants"] if r["roster"] == "all")["total"] == 1


def test_excel_workbook_and_csv_files_open_back(engine, settings, taxonomy, tmp_path):
    seed(engine)
    m = run(engine, settings, taxonomy, Period.fiscal_year(2026))
    write_xlsx(m, tmp_path / "fy2026.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "fy2026.xlsx")
    assert wb.sheetnames == [
        "概要",
        "登録者",
        "ファネル",
        "月別",
        "地域別",
        "デジタル支援テーマ",
        "依頼の結果",
        "未充足のスキル",
        "未マッチの登録者",
        "目標と実績",
    ]
    rows = list(wb["登録者"].iter_rows(values_only=True))
    assert rows[0] == ("登録簿", "登録者数", "活動中", "新規", "退会", "活動につながった登録", "割合")
    assert rows[1] == ("特技バンク", 3, 3, 3, 1, 1, 0.3333)
    assert list(wb["ファネル"].iter_rows(values_only=True))[1:] == [
        ("登録", 4),
        ("提案", 3),
        ("承認", 3),
        ("活動", 2),
    ]
    assert list(wb["月別"].iter_rows(values_only=True))[1] == ("2026-04", 1, 1, 2, 1, 1, 1)
    assert ("特技バンク登録者数", "令和8年度", 10, 3, 0.3) in list(
        wb["目標と実績"].iter_rows(values_only=True)
    )
    paths = write_csv_dir(m, tmp_path / "csv")
    assert sorted(p.name for p in paths) == sorted(f"{t.key}.csv" for t in tables(m))
    text = (tmp_path / "csv" / "funnel.csv").read_bytes()
    assert (
        text.startswith(b"\xef\xbb\xbf")
        and text.decode("utf-8-sig") == "段階,ボランティア数\r\n登録,4\r\n提案,3\r\n承認,3\r\n活動,2\r\n"
    )
