"""The staff console as a coordinator uses it (issue 13), through the real app on SQLite and PostgreSQL: finding
people by reading and by synonyms with GET searches and exporting the list as shown; no dead ends (buttons that
cannot work are not shown, refusals come back next to what caused them); pause and withdrawal confirmed and
undoable; the approved card's contact and consent; the printable 依頼票; activities shown where they were recorded."""

from __future__ import annotations

import csv
import io
import re

import pytest
from sqlmodel import Session, col, select

from schemas.models import AuditEvent, Volunteer
from tests.conftest import STAFF_PASSWORD, make_staff, wait_for
from tests.factories import help_request, volunteer


def _csrf(client, path: str) -> str:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code == 200, r.text
    return re.search(r'name="_csrf_token" value="([^"]+)"', r.text).group(1)  # type: ignore[union-attr]


def _login(client, username: str = "coordinator") -> str:  # type: ignore[no-untyped-def]
    token = _csrf(client, "/staff/login")
    r = client.post(
        "/staff/login",
        data={"username": username, "password": STAFF_PASSWORD, "_csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return _csrf(client, "/staff/volunteers")


def _card(text: str, proposal_id: str) -> str:
    """Returns one candidate card of a request page."""
    start = text.index(f'id="p{proposal_id}"')
    ends = [i for i in (text.find('<li class="candidate', start), text.find("</ol>", start)) if i > 0]
    return text[start : min(ends)]


def test_kana_and_synonyms_find_people_with_get_searches_and_the_list_exports_as_shown(client, engine):
    make_staff(engine)
    # registered through the public form with a reading, and a skill written as 書道
    form = _csrf(client, "/volunteer/register")
    assert 'id="kana"' in client.get("/volunteer/register").text
    r = client.post(
        "/volunteer/register",
        data={
            "display_name": "山田 花子",
            "kana": "やまだ はなこ",
            "rosters": ["skill_bank"],
            "skills": ["書道"],
            "area": "town_nakazato",
            "languages": ["ja"],
            "max_per_month": "4",
            "phone": "090-1234-5678",
            "consent_use": "1",
            "consent_contact": "1",
            "_csrf_token": form,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    with Session(engine) as s:
        yamada = s.exec(select(Volunteer).where(Volunteer.display_name == "山田 花子")).one()
        assert yamada.name_kana == "やまだ はなこ"
    # through the API: kana in, kana out, kana corrected
    sato = client.post(
        "/api/volunteers", json=volunteer(display_name="佐藤 次郎", kana="サトウ ジロウ", skills=["料理"])
    ).json()["id"]
    client.post(
        "/api/volunteers", json=volunteer(display_name="鈴木 一", skills=["囲碁"], area="town_noshio")
    )
    _login(client)
    api = client.get(f"/api/volunteers/{sato}").json()
    assert api["kana"] == "サトウ ジロウ"
    assert client.patch(f"/api/volunteers/{sato}", json={"kana": "さとう じろう"}).status_code == 200
    assert client.get(f"/api/volunteers/{sato}").json()["kana"] == "さとう じろう"

    def found(**params: str) -> set[str]:
        r = client.get("/staff/volunteers", params=params)
        assert r.status_code == 200, r.text
        return {n for n in ("山田 花子", "佐藤 次郎", "鈴木 一") if n in r.text}

    assert found(q="ヤマダ") == {"山田 花子"}  # the reading, in either kana
    assert found(q="さとう") == {"佐藤 次郎"}
    assert found(q="しょどう") == {"山田 花子"}  # 書道 through the taxonomy's synonyms
    assert found(skill="しゅうじ") == {"山田 花子"}  # 習字 is 書道 too
    assert found(q="やまだ しょどう") == {"山田 花子"}  # each word must match
    assert found(q="やまだ りょうり") == set()
    assert found(q="しょどう", area="town_noshio") == set()
    assert found(roster="skill_bank") == {"山田 花子"}
    page = client.get("/staff/volunteers", params={"q": "しょどう"}).text
    assert '<form method="get" action="/staff/volunteers"' in page  # a GET form: Back and reload work
    assert 'href="/staff/volunteers/export?q=' in page
    # the export is the list as shown, Japanese headers, no contacts for staff, one audit row
    r = client.get("/staff/volunteers/export", params={"q": "しょどう", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["番号", "氏名", "ふりがな", "登録簿"] and "電話" not in rows[0]
    assert [row[1] for row in rows[1:]] == ["山田 花子"]
    assert rows[1][2] == "やまだ はなこ" and rows[1][3] == "特技バンク" and rows[1][5] == "中里"
    assert "090-1234-5678" not in r.text
    xlsx = client.get("/staff/volunteers/export", params={"format": "xlsx"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert [c.value for c in sheet[1]][:2] == ["番号", "氏名"] and sheet.max_row == 4  # all three, unfiltered
    assert client.get("/staff/volunteers/export", params={"format": "pdf"}).status_code == 400
    with Session(engine) as s:
        exports = s.exec(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert [(e.actor, e.detail["rows"], e.detail["contact"], e.detail["filters"]) for e in exports] == [
        ("coordinator", 1, False, ["q"]),
        ("coordinator", 3, False, []),
    ]
    # interchange export carries the reading as `kana`
    assert '"kana": "やまだ はなこ"' in client.get("/api/export/volunteers").text


def test_an_admin_export_carries_contacts(client, engine):
    make_staff(engine, "chief", role="admin")
    client.post("/api/volunteers", json=volunteer(display_name="山田 花子"))
    _login(client, "chief")
    rows = list(
        csv.reader(io.StringIO(client.get("/staff/volunteers/export?format=csv").content.decode("utf-8-sig")))
    )
    assert rows[0][-2:] == ["電話", "メール"] and rows[1][-2:] == ["090-0000-0001", "hanako@example.jp"]


def test_no_dead_ends_on_the_request_page(client, engine):
    make_staff(engine)
    first = client.post("/api/volunteers", json=volunteer(display_name="山田 花子")).json()["id"]
    client.post(
        "/api/volunteers", json=volunteer(display_name="高橋 三郎", contact={"phone": "090-3333-0000"})
    )
    rid = client.post("/api/requests", json=help_request(helpers_needed=1)).json()["id"]
    token = _login(client)
    page = wait_for(
        lambda: (t := client.get(f"/staff/requests/{rid}").text) and t.count("/approve") >= 2 and t,
        timeout=30,
    )
    pids = dict(
        re.findall(r'/staff/volunteers/(\d+)">\d+\. .*?</a>.*?/staff/proposals/(\d+)/approve', page, re.S)
    )  # type: ignore[arg-type]
    mine, other = pids[str(first)], next(p for v, p in pids.items() if v != str(first))
    r = client.post(f"/staff/proposals/{mine}/approve", data={"_csrf_token": token}, follow_redirects=False)
    assert r.headers["location"] == f"/staff/requests/{rid}?done=approve&p={mine}#p{mine}"
    filled = client.get(r.headers["location"]).text
    # the notice sits in the approved card, where the page scrolls to
    card = _card(filled, mine)
    assert "承認しました" in card
    # the approved card shows the contact (an audited view of one person) and the consent state
    assert "090-0000-0001" in card and "同意がそろっていません" in card
    assert "/approve" not in filled, "a filled request offers no 承認する"
    # a stale page's button: the refusal comes back on the request page, next to that candidate
    refused = client.post(f"/staff/proposals/{other}/approve", data={"_csrf_token": token})
    assert refused.status_code == 409 and 'id="h-close"' in refused.text
    card = _card(refused.text, other)
    assert 'class="field-error refusal"' in card and "トップページへ" not in refused.text
    assert 'role="alert" id="refused"' in refused.text and f'href="#p{other}"' in refused.text
    # closing as 対応できず without a reason: the reason is asked for beside the close form, the choice kept
    closed = client.post(
        f"/staff/requests/{rid}/close", data={"outcome": "failed", "reason": "", "_csrf_token": token}
    )
    assert closed.status_code == 400
    section = re.search(r'<section aria-labelledby="h-close".*?</section>', closed.text, re.S).group(0)  # type: ignore[union-attr]
    assert (
        "理由" in section and 'id="close-error"' in section and '<option value="failed" selected>' in section
    )
    assert 'href="#close"' in closed.text
    from_form = client.post(  # the same refusal from the activity form returns to the activity form
        f"/staff/requests/{rid}/close",
        data={"outcome": "failed", "reason": "", "from": "activity", "_csrf_token": token},
    )
    assert from_form.status_code == 400 and "<h1>活動の記録</h1>" in from_form.text
    assert 'id="close-error"' in from_form.text and 'name="from" value="activity"' in from_form.text
    with Session(engine) as s:
        views = s.exec(
            select(AuditEvent).where(AuditEvent.action == "view_contact", AuditEvent.entity == "volunteer")
        ).all()
    assert views and all(e.entity_id == first for e in views)
    # the printable 依頼票
    sheet = client.get(f"/staff/requests/{rid}/sheet")
    assert sheet.status_code == 200 and "依頼票" in sheet.text and "山田 花子" in sheet.text
    assert f"R-{rid:06d}" in sheet.text and "@media print" in client.get("/static/style.css").text
    # the activity recorded on the card shows on the card and on the volunteer's page
    done = client.post(
        f"/staff/proposals/{mine}/activity",
        data={"activity_date": "2026-11-28", "hours": "1.5", "note": "LINEの登録", "_csrf_token": token},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert "2026-11-28" in client.get(done.headers["location"]).text
    assert "2026-11-28" in client.get(f"/staff/volunteers/{first}").text
    bad = client.post(f"/staff/proposals/{mine}/activity", data={"activity_date": "", "_csrf_token": token})
    assert bad.status_code == 400 and "活動日" in bad.text and 'id="h-close"' in bad.text


def test_withdrawal_is_confirmed_said_in_words_and_can_be_undone(client, engine):
    make_staff(engine)
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    _login(client)
    page = client.get(f"/staff/volunteers/{vid}").text
    assert f'href="/staff/volunteers/{vid}/status?to=withdrawn"' in page
    assert f'action="/staff/volunteers/{vid}/status"' not in page, "no one-tap withdrawal"
    confirm = client.get(f"/staff/volunteers/{vid}/status?to=withdrawn")
    assert confirm.status_code == 200 and "候補にならず" in confirm.text and "30分以内" in confirm.text
    assert client.get(f"/staff/volunteers/{vid}/status?to=active").status_code == 404
    token = re.search(r'name="_csrf_token" value="([^"]+)"', confirm.text).group(1)  # type: ignore[union-attr]
    r = client.post(
        f"/staff/volunteers/{vid}/status",
        data={"status": "withdrawn", "_csrf_token": token},
        follow_redirects=False,
    )
    after = client.get(r.headers["location"]).text
    assert "登録をやめました" in after and "保存しました" not in after
    undo = re.search(r'<form[^>]*class="notice undo-form".*?</form>', after, re.S).group(0)  # type: ignore[union-attr]
    assert 'name="status" value="active"' in undo and "元に戻す" in undo
    client.post(f"/staff/volunteers/{vid}/status", data={"status": "active", "_csrf_token": token})
    assert client.get(f"/api/volunteers/{vid}").json()["status"] == "active"
    assert "undo-form" not in client.get(f"/staff/volunteers/{vid}").text
    with Session(engine) as s:
        changes = s.exec(
            select(AuditEvent).where(AuditEvent.action == "volunteer_status").order_by(col(AuditEvent.id))
        ).all()
    assert [(e.detail["previous"], e.detail["status"]) for e in changes] == [
        ("active", "withdrawn"),
        ("withdrawn", "active"),
    ]


def test_the_dashboard_counts_only_requests_truly_without_candidates_and_admins_set_targets(client, engine):
    make_staff(engine)
    make_staff(engine, "chief", role="admin")
    client.post("/api/volunteers", json=volunteer())
    waiting = client.post("/api/requests", json=help_request()).json()["id"]
    nobody = client.post("/api/requests", json=help_request(languages=["fr"], title="フランス語で")).json()[
        "id"
    ]
    _login(client)
    wait_for(
        lambda: (
            client.get(f"/api/requests/{waiting}").json()["status"] == "proposed"
            and client.get(f"/api/requests/{nobody}").json()["status"] == "no_candidates"
        ),
        timeout=30,
    )
    page = client.get("/staff/metrics").text
    assert re.search(r"担い手が見つからない <strong>1</strong> 件", page), "only the request nobody fits"
    assert "候補があり職員の決定待ち 1 件" in page
    assert "活動につながった登録 <strong>0</strong> 人（0%）" in page
    assert not re.search(r"<td>\d\.\d{3,}</td>", page), "ratios are shown as percentages"
    definitions = re.search(r'<dl class="defs">(.*?)</dl>', page, re.S).group(1)  # type: ignore[union-attr]
    assert definitions.count("<dt>") >= 7 and "担い手が見つからない" in definitions  # each figure in words
    assert "/staff/metrics/targets" not in page  # staff see no admin link
    assert client.get("/staff/metrics/targets").status_code == 403
    today = client.get("/staff").text
    assert "条件に合う候補が一人もいない依頼" in today
    client.cookies.clear()
    token = _login(client, "chief")
    assert "/staff/metrics/targets" in client.get("/staff/metrics").text
    form = client.get("/staff/metrics/targets?fy=2026")
    assert form.status_code == 200 and 'name="digital_sessions"' in form.text
    assert form.headers["content-type"].startswith("text/html")
    bad = client.post(
        "/staff/metrics/targets", data={"fy": "2026", "digital_sessions": "たくさん", "_csrf_token": token}
    )
    assert bad.status_code == 400 and 'id="digital_sessions-error"' in bad.text and "たくさん" in bad.text
    ok = client.post(
        "/staff/metrics/targets",
        data={"fy": "2026", "digital_sessions": "１２０", "registrants_digital": "", "_csrf_token": token},
        follow_redirects=False,
    )
    assert ok.status_code == 303 and "saved=1" in ok.headers["location"]
    targets = client.get("/api/metrics/targets?fy=2026").json()
    assert {t["metric"]: t["target"] for t in targets}["digital_sessions"] == 120
    assert {t["metric"]: t["target"] for t in targets}["registrants_digital"] is None  # blank: left unset
    assert 'value="120"' in client.get("/staff/metrics/targets?fy=2026").text
    with Session(engine) as s:
        assert len(s.exec(select(AuditEvent).where(AuditEvent.action == "set_target")).all()) == 1


def test_the_activity_form_picks_volunteers_by_name_and_the_volunteer_page_shows_the_record(client, engine):
    make_staff(engine)
    sato = client.post(
        "/api/volunteers", json=volunteer(display_name="佐藤 次郎", kana="さとう じろう")
    ).json()["id"]
    client.post("/api/volunteers", json=volunteer(display_name="鈴木 一"))
    _login(client)
    empty = client.get("/staff/activities/new").text
    assert "カンマ区切り" not in empty and 'class="big activity-form"' in empty
    found = client.get("/staff/activities/new", params={"who": "サトウ"}).text
    assert f'name="volunteer_ids" value="{sato}"' in found and "佐藤 次郎" in found and "鈴木 一" not in found
    assert "当てはまる人はいません" in client.get("/staff/activities/new", params={"who": "たなか"}).text
    token = re.search(r'name="_csrf_token" value="([^"]+)"', found).group(1)  # type: ignore[union-attr]
    fields = {
        "_csrf_token": token,
        "volunteer_ids": str(sato),
        "activity_date": "2026-11-20",
        "hours": "2",
        "format": "class",
        "attendees": "",
        "digital_topic": "smartphone_basics",
    }
    refused = client.post("/staff/activities/new", data=fields)  # a class needs its attendees
    assert refused.status_code == 400 and f'value="{sato}" checked' in refused.text, "the choice is kept"
    ok = client.post("/staff/activities/new", data={**fields, "attendees": "6"}, follow_redirects=False)
    assert ok.status_code == 303
    page = client.get(f"/staff/volunteers/{sato}").text
    assert "2026-11-20" in page and "2.0時間" in page


ROSTER_CSV = (
    "名前(漢字),フリガナ,電話番号,町名,特技\r\n"
    "山田 花子,ヤマダ ハナコ,090-1111-2222,中里,書道\r\n"
    "佐藤 次郎,サトウ ジロウ,090-3333-4444,野塩,料理\r\n"
    "山田 花子,ヤマダ ハナコ,090-1111-2222,中里,パソコン\r\n"
).encode("cp932")  # as old Excel saves it


def test_roster_import_in_the_console_dry_run_mapping_and_chosen_merges(client, engine, settings):
    make_staff(engine)
    token = _login(client)
    assert "/staff/import" in client.get("/staff/volunteers").text  # in the console's navigation
    form = client.get("/staff/import")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    old = client.post(
        "/staff/import", data={"_csrf_token": token}, files={"file": ("名簿.xls", b"\xd0\xcf\x11\xe0", "x")}
    )
    assert old.status_code == 400 and ".xlsx に保存し直して" in old.text
    # the name column has a header the importer does not know: the report asks for the mapping
    first = client.post(
        "/staff/import", data={"_csrf_token": token}, files={"file": ("名簿.csv", ROSTER_CSV, "text/csv")}
    )
    assert first.status_code == 400 and "氏名の列が見つかりません" in first.text, first.text
    upload = re.search(r'action="/staff/import/([A-Za-z0-9_-]+)"', first.text).group(1)  # type: ignore[union-attr]
    assert list((settings.var_dir / "imports").iterdir())  # kept between the dry run and the import
    headers = re.findall(r'name="header_(\d+)" value="([^"]+)"', first.text)
    assert [h for _i, h in headers] == ["名前(漢字)", "フリガナ", "電話番号", "町名", "特技"]
    assert '<option value="name_kana" selected>' in first.text  # the known headers come pre-mapped
    mapping = {"_csrf_token": token, "name": "名簿.csv"}
    for i, header in headers:
        mapping[f"header_{i}"] = header
        mapping[f"field_{i}"] = {
            "名前(漢字)": "display_name",
            "フリガナ": "name_kana",
            "電話番号": "phone",
            "町名": "area",
            "特技": "skills",
        }[header]
    preview = client.post(f"/staff/import/{upload}", data={**mapping, "action": "preview"})
    assert preview.status_code == 200 and "まだ何も書き込んでいません" in preview.text
    rows = re.findall(r'<tr class="import-(\w+)"><td>(\d+)</td>', preview.text)
    assert rows == [("created", "2"), ("created", "3"), ("duplicate", "4")]
    assert 'name="merge" value="4"' in preview.text
    with Session(engine) as s:
        assert s.exec(select(Volunteer)).all() == []  # a dry run writes nothing
    done = client.post(f"/staff/import/{upload}", data={**mapping, "action": "import", "merge": "4"})
    assert done.status_code == 200 and "取り込みました" in done.text, done.text
    assert re.findall(r'<tr class="import-(\w+)"><td>(\d+)</td>', done.text) == [
        ("created", "2"),
        ("created", "3"),
        ("merged", "4"),
    ]
    with Session(engine) as s:
        people = {v.display_name: v for v in s.exec(select(Volunteer)).all()}
        imports = s.exec(select(AuditEvent).where(AuditEvent.action == "import_roster")).all()
    assert set(people) == {"山田 花子", "佐藤 次郎"}
    assert (
        people["山田 花子"].skills == ["書道", "パソコン"]
        and people["山田 花子"].name_kana == "ヤマダ ハナコ"
    )
    assert [(e.actor, e.detail["counts"]["merged"]) for e in imports] == [("coordinator", 1)]
    assert list((settings.var_dir / "imports").iterdir()) == []  # the file is gone after the import
    again = client.post(f"/staff/import/{upload}", data={**mapping, "action": "import"})
    assert again.status_code == 404 and "もう一度アップロード" in again.text
    # the imported reading is searchable at once
    assert "佐藤 次郎" in client.get("/staff/volunteers", params={"q": "さとう"}).text


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_staff_merge_two_records_of_one_person_from_the_volunteer_page(client, engine):
    """「重複をまとめる」: find the other record by reading (GET), compare side by side, merge; refusals come back
    to the same page with the reason."""
    make_staff(engine)
    keep = client.post(
        "/api/volunteers",
        json=volunteer(kana="やまだ はなこ", skills=["書道"], contact={"email": "h@example.jp"}),
    ).json()["id"]
    other = client.post(
        "/api/volunteers",
        json=volunteer(
            display_name="山田 はな子",
            kana="ヤマダ ハナコ",
            skills=["料理"],
            contact={"phone": "090-1111-2222"},
        ),
    ).json()["id"]
    csrf = _login(client)
    assert f'href="/staff/volunteers/{keep}/merge"' in client.get(f"/staff/volunteers/{keep}").text
    search = client.get(f"/staff/volunteers/{keep}/merge", params={"q": "やまだ"})
    assert search.status_code == 200 and '<form method="get"' in search.text
    assert f'href="/staff/volunteers/{keep}/merge/{other}"' in search.text
    assert f'href="/staff/volunteers/{keep}/merge/{keep}"' not in search.text  # never offers itself

    confirm = client.get(f"/staff/volunteers/{keep}/merge/{other}")
    assert confirm.status_code == 200
    assert (
        "まとめる前の確認" in confirm.text and "読みが同じ" in confirm.text
    )  # the import's duplicate detection
    assert (
        "書道、料理" in confirm.text and "両方を合わせる" in confirm.text
    )  # the merged skills, and from where
    assert (
        "090-1111-2222" not in confirm.text and "h@example.jp" not in confirm.text
    )  # no contact on this page
    assert 'name="confirm" value="merge"' in confirm.text

    # refusals: into itself; a POST that did not come from the confirmation page — same page, reason, no change
    itself = client.get(f"/staff/volunteers/{keep}/merge/{keep}")
    assert itself.status_code == 409 and "同じ登録どうしはまとめられません" in itself.text
    assert 'name="confirm"' not in itself.text  # no button that cannot work
    r = client.post(f"/staff/volunteers/{keep}/merge/{keep}", data={"_csrf_token": csrf, "confirm": "merge"})
    assert r.status_code == 409 and "同じ登録どうし" in r.text and "まとめる前の確認" in r.text
    r = client.post(f"/staff/volunteers/{keep}/merge/{other}", data={"_csrf_token": csrf})
    assert r.status_code == 409 and "確認画面" in r.text
    with Session(engine) as s:
        assert s.get(Volunteer, other) is not None

    r = client.post(
        f"/staff/volunteers/{keep}/merge/{other}",
        data={"_csrf_token": csrf, "confirm": "merge"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/staff/volunteers/{keep}?done=merged"
    page = client.get(r.headers["location"]).text
    assert "登録をまとめました" in page and "coordinator: merge" in page  # the history shows who merged
    with Session(engine) as s:
        assert s.get(Volunteer, other) is None
        kept = s.get(Volunteer, keep)
        assert kept is not None and kept.skills == ["書道", "料理"] and kept.contact_phone == "090-1111-2222"
        [row] = s.exec(select(AuditEvent).where(AuditEvent.action == "merge")).all()
        assert (row.actor, row.entity_id, row.detail["merged"]) == ("coordinator", keep, other)
    # the other record is gone: its comparison page goes back to the search, saying so
    gone = client.get(f"/staff/volunteers/{keep}/merge/{other}")
    assert gone.status_code == 404 and '<form method="get"' in gone.text
