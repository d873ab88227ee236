"""The HTML pages through the real app on SQLite and PostgreSQL: forms without JavaScript, CSRF, private links,
HTML errors for pages while the JSON API keeps its JSON errors, staff decisions from the console."""

from __future__ import annotations

import hashlib
import html
import re

from sqlmodel import Session, select

from schemas.models import PrivateLink
from service.web.pages import highlight, search_key
from tests.conftest import STAFF_PASSWORD, make_staff, wait_for
from tests.factories import help_request, volunteer


def _csrf(client, path: str = "/volunteer/register") -> str:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code == 200, r.text
    return re.search(r'name="_csrf_token" value="([^"]+)"', r.text).group(1)  # type: ignore[union-attr]


VOLUNTEER_FORM = {
    "display_name": "清瀬 花子",
    "rosters": ["digital"],
    "skills": ["スマホの使い方", "LINE"],
    "area": "town_nakazato",
    "availability": ["sat-am", "mon-pm"],
    "languages": ["ja"],
    "max_per_month": "4",
    "phone": "090-1234-5678",
    "consent_use": "1",
    "consent_contact": "1",
}
REQUEST_FORM = {
    "requester_name": "佐藤 一郎",
    "title": "LINEを使えるようになりたい",
    "description": "母がスマホでLINEを使って孫と話したいと言っています。土曜の午前に来ていただける方を探しています。",
    "area": "town_nakazato",
    "slots": "sat-am",
    "phone": "042-000-0000",
    "consent_use": "1",
}


def test_pages_render_japanese_first_with_english_and_no_store(client):
    for path in ["/", "/volunteer/register", "/request/new", "/staff/login"]:
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html"), path
        assert r.headers["cache-control"] == "no-store" and r.headers["referrer-policy"] == "no-referrer"
        assert '<html lang="ja">' in r.text
    r = client.get("/volunteer/register?lang=en")
    assert '<html lang="en">' in r.text and "Volunteer registration" in r.text
    assert '<html lang="en">' in client.get("/request/new").text, "the choice is remembered"


def test_post_without_csrf_token_is_refused_but_the_json_api_is_not(client):
    client.get("/request/new")
    r = client.post("/request/new", data=REQUEST_FORM, follow_redirects=False)
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    api = client.post("/api/requests", json=help_request())
    assert api.status_code == 201, api.text


def test_registration_gives_a_private_link_whose_token_is_stored_only_hashed(client, engine):
    token = _csrf(client)
    r = client.post(
        "/volunteer/register", data={**VOLUNTEER_FORM, "_csrf_token": token}, follow_redirects=False
    )
    assert r.status_code == 303, r.text
    link = re.fullmatch(r"/v/([A-Za-z0-9_-]{30,})\?welcome=1", r.headers["location"])
    assert link, r.headers["location"]
    secret = link.group(1)
    with Session(engine) as session:
        rows = session.exec(select(PrivateLink)).all()
    assert [(row.kind, row.token_hash) for row in rows] == [
        ("volunteer", hashlib.sha256(secret.encode()).hexdigest())
    ]
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "清瀬 花子" in page.text and "登録を受け付けました" in page.text
    assert page.headers["cache-control"] == "no-store"
    # the volunteer pauses (after a confirmation saying what it means) and changes their own entry
    assert f'href="/v/{secret}/status?to=paused"' in page.text
    confirm = client.get(f"/v/{secret}/status?to=paused")
    assert confirm.status_code == 200 and "新しい依頼の候補になりません" in confirm.text
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', confirm.text).group(1)  # type: ignore[union-attr]
    assert (
        client.post(
            f"/v/{secret}/status", data={"status": "paused", "_csrf_token": csrf}, follow_redirects=False
        ).status_code
        == 303
    )
    assert "休止中" in client.get(f"/v/{secret}").text
    edited = client.post(
        f"/v/{secret}/edit",
        data={**VOLUNTEER_FORM, "skills": ["書道"], "_csrf_token": csrf},
        follow_redirects=False,
    )
    assert edited.status_code == 303
    assert "書道" in client.get(f"/v/{secret}").text
    missing = client.get("/v/" + "x" * 32)
    assert missing.status_code == 404 and "ページが見つかりません" in missing.text


def test_form_errors_are_plain_japanese_next_to_the_field_and_keep_what_was_typed(client):
    token = _csrf(client, "/request/new")
    r = client.post(
        "/request/new",
        data={
            **REQUEST_FORM,
            "email": "not-an-email",
            "phone": "",
            "helpers_needed": "99",
            "_csrf_token": token,
        },
    )
    assert r.status_code == 400
    assert re.search(r'id="email-error">.*メールアドレスの形が正しくありません', r.text)
    assert re.search(r'id="helpers_needed-error">.*数字で書いてください', r.text)
    assert 'id="email" name="email" value="not-an-email"' in r.text and "孫と話したい" in r.text
    assert 'aria-invalid="true"' in r.text


def test_staff_pages_redirect_to_login_while_the_api_answers_json(client):
    r = client.get("/staff/requests", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/staff/login?next=/staff/requests"
    api = client.get("/api/volunteers")
    assert api.status_code == 401 and api.json()["error"] == "not_authenticated"
    assert client.get("/api/nothing-here").headers["content-type"].startswith("application/json")


def _login(client) -> None:  # type: ignore[no-untyped-def]
    token = _csrf(client, "/staff/login")
    r = client.post(
        "/staff/login", data={"username": "coordinator", "password": "wrong", "_csrf_token": token}
    )
    assert r.status_code == 401 and "ユーザー名かパスワードが違います" in r.text
    r = client.post(
        "/staff/login",
        data={
            "username": "coordinator",
            "password": STAFF_PASSWORD,
            "next": "/staff/volunteers",
            "_csrf_token": token,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/staff/volunteers"


def test_staff_decide_from_the_console_and_see_who_decided(client, engine):
    make_staff(engine)
    a = client.post("/api/volunteers", json=volunteer()).json()["id"]
    b = client.post("/api/volunteers", json=volunteer(display_name="鈴木 一", area="town_kamikiyoto")).json()[
        "id"
    ]
    rid = client.post("/api/requests", json=help_request()).json()["id"]
    _login(client)
    page = wait_for(
        lambda: (t := client.get(f"/staff/requests/{rid}").text) and "/approve" in t and t, timeout=15
    )
    assert "<mark>LINE</mark>" in page  # type: ignore[operator]
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)  # type: ignore[arg-type, union-attr]
    assert "<" not in title and f"R-{rid:06d}" in title  # the page title is text, not a stray form
    assert page.count('id="h-close"') == 1  # type: ignore[union-attr]
    ids = dict(
        re.findall(r'/staff/volunteers/(\d+)">\d+\. .*?</a>.*?/staff/proposals/(\d+)/approve', page, re.S)
    )  # type: ignore[arg-type]
    token = re.search(r'name="_csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[arg-type, union-attr]
    r = client.post(
        f"/staff/proposals/{ids[str(b)]}/reject",
        data={"reason": "遠い", "_csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith(f"/staff/requests/{rid}?done=reject")
    r = client.post(
        f"/staff/proposals/{ids[str(a)]}/approve", data={"_csrf_token": token}, follow_redirects=False
    )
    assert r.status_code == 303
    page = client.get(r.headers["location"]).text
    assert "承認しました" in page and "coordinator" in page and "遠い" in page
    again = client.post(f"/staff/proposals/{ids[str(a)]}/approve", data={"_csrf_token": token})
    assert (
        again.status_code == 409
        and "既に" in again.text
        and again.headers["content-type"].startswith("text/html")
    )
    assert (
        client.get(f"/api/requests/{rid}").json()["status"] == "filled"
    )  # the cookie session works for the API too
    recorded = client.post(
        f"/staff/proposals/{ids[str(a)]}/activity",
        follow_redirects=False,
        data={
            "activity_date": "2026-11-28",
            "hours": "1.5",
            "note": "LINE の登録",
            "digital_topic": "line",
            "_csrf_token": token,
        },
    )
    assert recorded.status_code == 303, recorded.text
    assert "活動を記録しました" in client.get(recorded.headers["location"]).text
    activities = client.get("/api/activities").json()
    assert (
        len(activities) == 1
        and activities[0]["hours"] == 1.5
        and activities[0]["recorded_by"] == "coordinator"
    )
    bad = client.post(
        f"/staff/proposals/{ids[str(a)]}/activity", data={"activity_date": "", "_csrf_token": token}
    )
    assert bad.status_code == 400 and "活動日" in bad.text
    closed = client.post(f"/staff/requests/{rid}/close", data={"outcome": "fulfilled", "_csrf_token": token})
    assert (
        closed.status_code == 200
        and "状態を変更しました" in closed.text
        and "依頼を締める" not in closed.text
    )
    today = client.get("/staff")
    assert today.status_code == 200 and "実績・指標" in today.text and 'href="/staff/metrics"' in today.text
    found = client.get("/staff/volunteers", params={"q": "すまほ", "area": "town_nakazato"}).text
    assert "山田 花子" in found and "鈴木 一" not in found


def test_search_is_kana_and_width_insensitive_and_highlight_escapes():
    assert search_key("スマホ") in search_key("すまほの 使い方")
    assert search_key("ＬＩＮＥ") == search_key("line")
    assert (
        str(highlight("<b>LINEで</b>すまほ", ["line", "スマホ"]))
        == "&lt;b&gt;<mark>LINE</mark>で&lt;/b&gt;<mark>すまほ</mark>"
    )


def test_registration_forms_record_the_optional_consents(client, engine):
    from sqlmodel import Session, select

    from schemas.privacy import Consent

    page = client.get("/volunteer/register").text
    assert 'name="consent_share"' in page
    r = client.post(
        "/volunteer/register",
        data={**VOLUNTEER_FORM, "consent_share": "1", "_csrf_token": _csrf(client)},
        follow_redirects=False,
    )
    assert r.status_code in (302, 303), r.text
    with Session(engine) as s:
        assert [(c.kind, c.purpose, c.granted) for c in s.exec(select(Consent))] == [
            ("volunteer", "contact_share", True)
        ]


def test_requester_withdraws_through_the_private_link(client, engine, staff):
    from sqlmodel import Session, select

    from schemas.models import AuditEvent, HelpRequest, Proposal
    from tests.conftest import wait_for

    client.post(
        "/api/volunteers",
        json={
            "display_name": "候補 太郎",
            "skills": ["LINE"],
            "area": "town_nakazato",
            "availability": ["sat-am"],
        },
    )
    r = client.post(
        "/request/new",
        data={**REQUEST_FORM, "_csrf_token": _csrf(client, "/request/new")},
        follow_redirects=False,
    )
    link = r.headers["location"].split("?")[0]
    with Session(engine) as s:
        rid = s.exec(select(HelpRequest.id)).one()
    wait_for(lambda: client.get(f"/api/requests/{rid}", headers=staff).json()["status"] == "proposed")
    page = client.get(f"{link}/withdraw").text  # the confirmation step holds the form
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    done = client.post(f"{link}/withdraw", data={"_csrf_token": csrf}, follow_redirects=True)
    assert done.status_code == 200 and "withdraw" not in done.text.split("</dl>")[-1]
    with Session(engine) as s:
        request = s.get(HelpRequest, rid)
        assert (request.status, request.outcome) == ("closed", "no_longer_needed")
        assert {p.status for p in s.exec(select(Proposal))} == {"rejected"}
        assert s.exec(select(AuditEvent.actor).where(AuditEvent.action == "close_request")).all() == [
            "requester (private link)"
        ]
    assert client.post("/r/not-a-real-token/withdraw", data={"_csrf_token": csrf}).status_code == 404


def test_console_shows_times_in_japan_time():
    from datetime import UTC, datetime

    from service.web.pages import local_time

    assert local_time(datetime(2026, 3, 31, 15, 30, tzinfo=UTC)) == "2026-04-01 00:30"
    assert local_time(datetime(2026, 3, 31, 15, 30), "%Y-%m-%d") == "2026-04-01"  # noqa: DTZ001  (naive values are UTC)
    assert local_time(None) == ""


def test_volunteer_search_finds_a_name_by_its_kana_reading(client, engine):
    from sqlmodel import Session

    from schemas.models import Volunteer

    make_staff(engine)
    vid = client.post("/api/volunteers", json=volunteer(display_name="山田 花子")).json()["id"]
    client.post("/api/volunteers", json=volunteer(display_name="鈴木 一"))
    with Session(engine) as s:  # the reading comes from the council's roster sheet (import-roster)
        s.get(Volunteer, vid).name_kana = "ヤマダ ハナコ"
        s.commit()
    _login(client)
    page = client.get("/staff/volunteers", params={"q": "やまだ"}).text
    assert "山田 花子" in page and "鈴木 一" not in page


def test_requester_corrects_the_request_through_the_private_link(client, engine, staff):
    from sqlmodel import Session, select

    from schemas.models import AuditEvent, HelpRequest
    from tests.conftest import wait_for

    cook = client.post(
        "/api/volunteers",
        json=volunteer(display_name="料理 上手", skills=["料理"], bio="家庭料理が得意です。"),
    ).json()["id"]
    client.post("/api/volunteers", json=volunteer())
    r = client.post(
        "/request/new",
        data={**REQUEST_FORM, "_csrf_token": _csrf(client, "/request/new")},
        follow_redirects=False,
    )
    link = r.headers["location"].split("?")[0]
    with Session(engine) as s:
        rid = s.exec(select(HelpRequest.id)).one()
    wait_for(lambda: client.get(f"/api/requests/{rid}", headers=staff).json()["status"] == "proposed")
    form = client.get(f"{link}/edit")
    assert form.status_code == 200 and "佐藤 一郎" in form.text and 'name="consent_use"' not in form.text
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    bad = client.post(f"{link}/edit", data={**REQUEST_FORM, "description": "", "_csrf_token": csrf})
    assert bad.status_code == 400 and 'id="description-error"' in bad.text
    fixed = {
        **REQUEST_FORM,
        "title": "料理を教えてほしい",
        "description": "一人暮らしの父に簡単な料理を教えてほしいです。",
        "_csrf_token": csrf,
    }
    done = client.post(f"{link}/edit", data=fixed, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"{link}?saved=1"
    wait_for(
        lambda: (
            (p := client.get(f"/api/requests/{rid}/proposals", headers=staff).json())
            and p[0]["volunteer_id"] == cook
        ),
        timeout=15,
    )
    with Session(engine) as s:
        assert s.get(HelpRequest, rid).title == "料理を教えてほしい"
        assert s.exec(select(AuditEvent.actor).where(AuditEvent.action == "request_corrected")).all() == [
            "requester (private link)"
        ]


def _add_volunteers(client, engine, records) -> list[int]:  # type: ignore[no-untyped-def]
    """Registers volunteers through the use-case in one transaction (quicker than one API call each)."""
    from schemas.models import VolunteerCreate
    from service.uow import UnitOfWork
    from service.volunteers.usecases import register_volunteer

    settings = client.app_state.settings
    with UnitOfWork(engine) as uow:
        rows = [
            register_volunteer(
                uow=uow,
                data=VolunteerCreate.model_validate(rec),
                areas_path=settings.areas_path,
                org_id=settings.org_id,
            )
            for rec in records
        ]
        uow.session.flush()
        return [v.id for v in rows]  # type: ignore[misc]


def _listed(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<a href="/staff/volunteers/(\d+)">', page)]


def test_volunteer_list_pages_by_fifty_with_links_that_keep_the_filters(client, engine):
    make_staff(engine)
    ids = _add_volunteers(
        client, engine, [volunteer(display_name=f"町 {n:02d}", contact=None) for n in range(53)]
    )
    _add_volunteers(client, engine, [volunteer(display_name="他町 一", area="town_kamikiyoto", contact=None)])
    _login(client)
    first = client.get("/staff/volunteers?area=town_nakazato&status=active")
    assert first.status_code == 200
    assert _listed(first.text) == ids[::-1][:50]  # newest first
    nxt = re.search(r'<a href="([^"]+)" rel="next">', first.text)
    assert nxt and 'rel="prev"' not in first.text
    href = nxt.group(1).replace("&amp;", "&")
    assert href == "/staff/volunteers?area=town_nakazato&status=active&page=2"
    second = client.get(href)
    assert _listed(second.text) == ids[::-1][50:]
    assert 'rel="next"' not in second.text
    prev = re.search(r'<a href="([^"]+)" rel="prev">', second.text)
    assert prev and prev.group(1).replace("&amp;", "&").endswith("page=1")
    unfiltered = client.get("/staff/volunteers?page=2").text
    assert len(_listed(unfiltered)) == 4  # 54 in all: the other town's volunteer is on page 2 too
    beyond = client.get("/staff/volunteers?page=9")
    assert beyond.status_code == 200 and _listed(beyond.text) == [] and 'rel="prev"' in beyond.text
    nonsense = client.get("/staff/volunteers?area=town_nakazato&page=nonsense")
    assert _listed(nonsense.text) == ids[::-1][:50]  # an unreadable page number is the first page


def test_searched_volunteer_list_pages_by_links_keeping_the_words(client, engine):
    make_staff(engine)
    ids = _add_volunteers(
        client,
        engine,
        [volunteer(display_name=f"検索 {n:02d}", skills=["スマホの使い方"], contact=None) for n in range(52)],
    )
    _add_volunteers(
        client, engine, [volunteer(display_name="書道 一", skills=["書道"], bio="", contact=None)]
    )
    _login(client)
    first = client.get("/staff/volunteers", params={"q": "すまほ", "skill": "ｽﾏﾎ"})
    assert first.status_code == 200 and _listed(first.text) == ids[::-1][:50]
    # a search is GET: the next page is a link keeping the words, so Back and reload work
    nav = re.search(r'<nav class="pager".*?</nav>', first.text, re.S).group(0)  # type: ignore[union-attr]
    nxt = re.search(r'<a href="([^"]+)" rel="next">', nav).group(1)  # type: ignore[union-attr]
    assert "page=2" in nxt and "csrf" not in nxt
    second = client.get(html.unescape(nxt))
    assert _listed(second.text) == ids[::-1][50:]
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text


def test_request_list_pages_by_fifty(client, engine, staff):
    from sqlmodel import Session, select

    from schemas.models import HelpRequest

    for n in range(51):
        assert (
            client.post("/api/requests", json=help_request(title=f"依頼 {n}"), headers=staff).status_code
            == 201
        )
    client.cookies.clear()
    _login(client)
    first = client.get("/staff/requests")
    listed = re.findall(r'<a href="/staff/requests/(\d+)">', first.text)
    with Session(engine) as s:
        newest = [str(i) for i in s.exec(select(HelpRequest.id).order_by(HelpRequest.id.desc())).all()]  # type: ignore[union-attr]
    assert listed == newest[:50]
    assert '<a href="/staff/requests?page=2" rel="next">' in first.text
    found = client.get("/staff/requests", params={"q": "依頼50"}).text
    assert re.findall(r'<a href="/staff/requests/(\d+)">', found) == [newest[0]]
    second = client.get("/staff/requests?page=2").text
    assert re.findall(r'<a href="/staff/requests/(\d+)">', second) == newest[50:]


class _LostDeadlock(Exception):
    sqlstate = "40P01"  # what psycopg reports for a transaction PostgreSQL chose as the deadlock victim


def _deadlock_once(monkeypatch, module, name: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Makes `module.name` lose a deadlock on its first call (after its writes), like a worker holding the rows."""
    from sqlalchemy.exc import OperationalError

    real, calls = getattr(module, name), []

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        result = real(*args, **kwargs)
        if len(calls) == 1:
            raise OperationalError("UPDATE …", {}, _LostDeadlock("deadlock detected"))
        return result

    monkeypatch.setattr(module, name, flaky)
    return calls


def test_console_actions_run_again_after_a_lost_deadlock(client, engine, monkeypatch):
    """Pause, withdraw and close from the console retry a transaction that lost a deadlock, like the API: a
    redirect, the change made once (one audit row), never a 503."""
    from schemas.models import AuditEvent, HelpRequest, Volunteer
    from service.requests import staff_pages as request_pages
    from service.volunteers import pages as volunteer_pages

    make_staff(engine)
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    rid = client.post("/api/requests", json=help_request()).json()["id"]
    _login(client)
    token = _csrf(client, f"/staff/volunteers/{vid}")

    calls = _deadlock_once(monkeypatch, volunteer_pages, "update_volunteer")
    r = client.post(
        f"/staff/volunteers/{vid}/status",
        data={"status": "paused", "_csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    assert len(calls) == 2
    calls = _deadlock_once(monkeypatch, request_pages, "close_request")
    r = client.post(
        f"/staff/requests/{rid}/close",
        data={"outcome": "no_longer_needed", "_csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    assert len(calls) == 2
    with Session(engine) as session:
        assert session.get(Volunteer, vid).status == "paused"  # type: ignore[union-attr]
        assert session.get(HelpRequest, rid).status == "closed"  # type: ignore[union-attr]
        actions = [a.action for a in session.exec(select(AuditEvent)).all()]
    assert actions.count("close_request") == 1, actions
