"""Activities and request outcomes through the real app (SQLite and PostgreSQL), the metrics API, its workbook,
targets, the roster exports and the dashboard page (rendered through the TestClient: SVG charts present)."""

from __future__ import annotations

import io

import openpyxl

from tests.conftest import STAFF_PASSWORD, login, make_staff, wait_for
from tests.factories import help_request, volunteer


def _approved(client, staff):  # type: ignore[no-untyped-def]
    """Registers a volunteer, submits a request, approves the top proposal; returns (request, proposal, volunteer)."""
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    rid = client.post("/api/requests", json=help_request()).json()["id"]
    wait_for(lambda: client.get(f"/api/requests/{rid}", headers=staff).json()["status"] == "proposed")
    proposal = next(
        p
        for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()
        if p["volunteer_id"] == vid
    )
    assert client.post(f"/api/proposals/{proposal['id']}/approve", headers=staff).status_code == 200
    return rid, proposal["id"], vid


def test_activity_completes_the_proposal_and_close_records_the_outcome(client, staff):
    rid, pid, vid = _approved(client, staff)
    bad = client.post(
        "/api/activities",
        json={"proposal_id": pid, "activity_date": "2026-05-02", "format": "class"},
        headers=staff,
    )
    assert bad.status_code == 400  # a class needs its attendees
    r = client.post(
        "/api/activities",
        headers=staff,
        json={
            "proposal_id": pid,
            "activity_date": "2026-05-02",
            "hours": 1.5,
            "digital_topic": "line",
            "note": "LINEの友だち追加とビデオ通話を練習",
        },
    )
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["request_id"] == rid and a["volunteer_ids"] == [vid] and a["roster"] == "digital"
    assert (
        a["people_helped"] == 1
        and a["helpers"] == 1
        and a["area"] == "town_nakazato"
        and a["recorded_by"] == "coordinator"
    )
    statuses = {
        p["id"]: p["status"] for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()
    }
    assert statuses[pid] == "completed"
    listed = client.get("/api/activities", params={"request_id": rid}, headers=staff).json()
    assert [x["id"] for x in listed] == [a["id"]]
    assert client.get("/api/activities", params={"date_from": "2026-05-03"}, headers=staff).json() == []
    # a proposal still pending cannot get an activity
    others = [
        p
        for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()
        if p["status"] == "pending"
    ]
    if others:
        r2 = client.post(
            "/api/activities",
            json={"proposal_id": others[0]["id"], "activity_date": "2026-05-02"},
            headers=staff,
        )
        assert r2.status_code == 409 and r2.json()["message_ja"]

    assert (
        client.post(f"/api/requests/{rid}/close", json={"outcome": "failed"}, headers=staff).status_code
        == 400
    )
    closed = client.post(
        f"/api/requests/{rid}/close", json={"outcome": "fulfilled", "reason": "練習できた"}, headers=staff
    )
    assert closed.status_code == 200, closed.text
    assert (
        closed.json()["status"] == "done"
        and closed.json()["outcome"] == "fulfilled"
        and closed.json()["closed_at"]
    )
    detail = client.get(f"/api/requests/{rid}", headers=staff).json()
    assert detail["outcome"] == "fulfilled" and detail["outcome_reason"] == "練習できた"
    assert all(
        p["status"] != "pending" for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()
    )
    again = client.post(f"/api/requests/{rid}/close", json={"outcome": "no_longer_needed"}, headers=staff)
    assert again.status_code == 409
    assert (
        client.post("/api/activities", json={"activity_date": "2026-05-02"}, headers=staff).status_code == 400
    )
    assert client.get("/api/activities").status_code == 401


def test_class_activity_metrics_api_workbook_and_targets(client, staff, engine):
    a = client.post("/api/volunteers", json=volunteer()).json()["id"]
    b = client.post("/api/volunteers", json=volunteer(display_name="鈴木 一", area="town_noshio")).json()[
        "id"
    ]
    r = client.post(
        "/api/activities",
        headers=staff,
        json={
            "volunteer_ids": [a, b],
            "activity_date": "2026-06-10",
            "format": "class",
            "attendees": 12,
            "digital_topic": "online_application",
            "area": "town_noshio",
            "hours": 2,
        },
    )
    assert r.status_code == 201, r.text
    assert r.json()["people_helped"] == 12 and r.json()["helpers"] == 2
    m = client.get("/api/metrics", params={"from": "2026-04-01", "to": "2027-03-31"}, headers=staff)
    assert m.status_code == 200, m.text
    body = m.json()
    assert body["period"]["fiscal_year"] == 2026
    assert body["activities"]["digital_sessions"] == 1 and body["activities"]["digital_people_helped"] == 12
    assert next(x for x in body["registrants"] if x["roster"] == "digital")["with_activity"] == 2
    assert client.get("/api/metrics", params={"from": "2026-13-01"}, headers=staff).status_code == 400
    assert (
        client.get(
            "/api/metrics", params={"from": "2026-05-01", "to": "2026-04-01"}, headers=staff
        ).status_code
        == 400
    )
    assert client.get("/api/metrics").status_code == 401

    # targets: admins set them, the year's figures show beside them
    assert (
        client.put(
            "/api/metrics/targets",
            json={"fiscal_year": 2026, "metric": "digital_sessions", "target": 40},
            headers=staff,
        ).status_code
        == 403
    )
    make_staff(engine, "chief", role="admin")
    admin = {"Authorization": f"Bearer {login(client, 'chief')}"}
    client.cookies.clear()
    assert (
        client.put(
            "/api/metrics/targets",
            json={"fiscal_year": 2026, "metric": "nonsense", "target": 1},
            headers=admin,
        ).status_code
        == 400
    )
    assert (
        client.put(
            "/api/metrics/targets",
            json={"fiscal_year": 2026, "metric": "digital_sessions", "target": 40},
            headers=admin,
        ).status_code
        == 200
    )
    targets = {
        t["metric"]: t for t in client.get("/api/metrics/targets", params={"fy": 2026}, headers=staff).json()
    }
    assert targets["digital_sessions"]["target"] == 40 and targets["digital_sessions"]["actual"] == 1
    assert targets["digital_sessions"]["achieved"] == 0.025

    x = client.get("/api/metrics/export.xlsx", params={"fy": 2026}, headers=staff)
    assert x.status_code == 200 and x.headers["content-type"].startswith("application/vnd.openxmlformats")
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert "目標と実績" in wb.sheetnames and "月別" in wb.sheetnames
    assert ("デジタル支援の実施回数", "令和8年度", 40, 1, 0.025) in list(
        wb["目標と実績"].iter_rows(values_only=True)
    )

    # roster exports: contact details only for admins (there is no consent field yet)
    plain = client.get("/api/export/volunteers", headers=staff)
    assert plain.status_code == 200 and "hanako@example.jp" not in plain.text and "山田 花子" in plain.text
    full = client.get("/api/export/volunteers", params={"format": "csv"}, headers=admin)
    assert full.status_code == 200 and "hanako@example.jp" in full.content.decode("utf-8-sig")
    xl = client.get("/api/export/requests", params={"format": "xlsx"}, headers=staff)
    assert xl.status_code == 200 and openpyxl.load_workbook(io.BytesIO(xl.content)).sheetnames == ["requests"]
    assert client.get("/api/export/volunteers", params={"format": "pdf"}, headers=staff).status_code == 400


def test_dashboard_page_shows_svg_charts(client, engine):
    make_staff(engine)
    page = client.get("/staff/metrics", follow_redirects=False)
    assert page.status_code in (302, 303) and page.headers["location"].startswith("/staff/login")
    r = client.post("/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD})
    assert r.status_code == 200  # sets the session cookie
    client.post("/api/volunteers", json=volunteer())
    html = client.get("/staff/metrics", params={"fy": 2026})
    assert html.status_code == 200, html.text
    assert html.headers["content-type"].startswith("text/html")
    text = html.text
    assert text.count("<svg") == 3 and 'id="chart-monthly-t"' in text and 'id="chart-funnel-t"' in text
    assert "令和8年度" in text and "<script" not in text and "https://" not in text.split("<body", 1)[1]
    assert 'href="/api/metrics/export.xlsx?from=2026-04-01&amp;to=2027-03-31"' in text


def test_console_records_an_activity_and_closes_the_request(client, engine):
    import re

    make_staff(engine)
    assert (
        client.post(
            "/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD}
        ).status_code
        == 200
    )
    headers = {"Authorization": f"Bearer {client.cookies.get('sb_session')}"}
    rid, pid, vid = _approved(client, headers)
    assert client.get(f"/staff/activities/new?proposal={pid}", follow_redirects=False).status_code == 200
    form = client.get(f"/staff/activities/new?proposal={pid}")
    assert form.headers["content-type"].startswith("text/html")
    assert f'name="volunteer_ids" value="{vid}" checked' in form.text
    token = re.search(r'name="_csrf_token" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    fields = {
        "_csrf_token": token,
        "proposal_id": str(pid),
        "request_id": str(rid),
        "volunteer_ids": str(vid),
        "activity_date": "2026-06-01",
        "hours": "1.5",
        "format": "class",
        "attendees": "",
        "digital_topic": "line",
    }
    bad = client.post("/staff/activities/new", data=fields)
    assert bad.status_code == 400 and "入力を確認してください" in bad.text  # a class without attendees
    ok = client.post("/staff/activities/new", data={**fields, "attendees": "5"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == f"/staff/requests/{rid}?done=activity"
    recorded = client.get("/api/activities", params={"request_id": rid}, headers=headers).json()
    assert [(a["format"], a["attendees"], a["people_helped"], a["volunteer_ids"]) for a in recorded] == [
        ("class", 5, 5, [vid])
    ]
    closed = client.post(
        f"/staff/requests/{rid}/close", data={"_csrf_token": token, "outcome": "failed", "reason": ""}
    )
    assert closed.status_code == 400  # a failed request needs a reason
    done = client.post(
        f"/staff/requests/{rid}/close",
        data={"_csrf_token": token, "outcome": "fulfilled"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert client.get(f"/api/requests/{rid}", headers=headers).json()["outcome"] == "fulfilled"
    assert (
        client.post(f"/staff/requests/{rid}/close", data={"outcome": "fulfilled"}).status_code == 403
    )  # no CSRF token


def test_volunteer_confirms_an_activity_through_the_private_link(client, staff, engine):
    import re

    from service.db import unit_of_work
    from service.privacy.links import create_private_link

    rid, pid, vid = _approved(client, staff)
    other = client.post("/api/volunteers", json=volunteer(display_name="別の 人")).json()["id"]
    aid = client.post(
        "/api/activities", json={"proposal_id": pid, "activity_date": "2026-06-02"}, headers=staff
    ).json()["id"]
    with unit_of_work(engine) as s:
        token = create_private_link(s, kind="volunteer", entity_id=vid, org_id="kiyose")
        stranger = create_private_link(s, kind="volunteer", entity_id=other, org_id="kiyose")
    client.cookies.clear()
    listing = client.get(f"/v/{token}/activities")
    assert listing.status_code == 200 and "2026-06-02" in listing.text and "確認する" in listing.text
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', listing.text).group(1)  # type: ignore[union-attr]
    # someone else's link cannot confirm it
    assert (
        client.post(f"/v/{stranger}/activities/{aid}/confirm", data={"_csrf_token": csrf}).status_code == 404
    )
    ok = client.post(
        f"/v/{token}/activities/{aid}/confirm", data={"_csrf_token": csrf}, follow_redirects=False
    )
    assert ok.status_code == 303
    assert client.get("/api/activities", params={"request_id": rid}, headers=staff).json()[0]["confirmed_at"]
    assert "確認済み" in client.get(f"/v/{token}/activities").text
    assert client.get("/v/not-a-real-token-at-all/activities").status_code == 404
