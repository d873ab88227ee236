"""The whole flow through the real app on SQLite and PostgreSQL: register → request → proposals → decision."""

from __future__ import annotations

import re

from tests.conftest import wait_for
from tests.factories import help_request, volunteer


def _proposals(client, staff, request_id):  # type: ignore[no-untyped-def]
    r = client.get(f"/api/requests/{request_id}/proposals", headers=staff)
    assert r.status_code == 200, r.text
    return r.json()


def _status(client, staff, request_id) -> str:  # type: ignore[no-untyped-def]
    return client.get(f"/api/requests/{request_id}", headers=staff).json()["status"]


def _settled(client, staff, request_id):  # type: ignore[no-untyped-def]
    return wait_for(lambda: _status(client, staff, request_id) not in ("new", "matching"), timeout=10)


def test_register_submit_and_see_ranked_proposals_with_reasons(client, staff):
    fit = client.post("/api/volunteers", json=volunteer())
    assert fit.status_code == 201, fit.text
    assert set(fit.json()) == {"id", "status"} and fit.json()["status"] == "active"
    far = client.post(
        "/api/volunteers",
        json=volunteer(display_name="遠藤 次郎", area="town_noshio", contact={"email": "jiro@example.jp"}),
    )
    cook = client.post(
        "/api/volunteers",
        json=volunteer(
            display_name="料理 好子", skills=["料理"], bio="家庭料理が得意です。", rosters=["skill_bank"]
        ),
    )
    r = client.post("/api/requests", json=help_request())
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "matching" and isinstance(body["id"], int)
    _settled(client, staff, body["id"])
    proposals = _proposals(client, staff, body["id"])
    ids = [p["volunteer_id"] for p in proposals]
    assert ids[0] == fit.json()["id"], proposals
    assert far.json()["id"] in ids and cook.json()["id"] not in ids
    top = proposals[0]
    assert top["rank"] == 1 and 0 < top["score"] <= 1 and top["status"] == "pending"
    assert {"skill", "area", "time"} <= set(top["factors"])
    assert top["algorithm"]
    assert any("LINE" in reason for reason in top["reasons"])
    assert any("中里" in reason for reason in top["reasons"])
    assert [p["score"] for p in proposals] == sorted((p["score"] for p in proposals), reverse=True)
    assert _status(client, staff, body["id"]) == "proposed"


def test_approval_fills_request_and_rejection_is_final(client, staff):
    a = client.post("/api/volunteers", json=volunteer()).json()["id"]
    b = client.post("/api/volunteers", json=volunteer(display_name="鈴木 一", area="town_kamikiyoto")).json()[
        "id"
    ]
    c = client.post("/api/volunteers", json=volunteer(display_name="高橋 二", area="town_shitajuku")).json()[
        "id"
    ]
    rid = client.post("/api/requests", json=help_request(helpers_needed=2)).json()["id"]
    _settled(client, staff, rid)
    by_volunteer = {p["volunteer_id"]: p for p in _proposals(client, staff, rid)}
    assert {a, b, c} <= set(by_volunteer)

    rejected = client.post(
        f"/api/proposals/{by_volunteer[c]['id']}/reject", json={"reason": "遠すぎる"}, headers=staff
    )
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["decision_note"] == "遠すぎる" and rejected.json()["decided_by"] == "coordinator"
    again = client.post(f"/api/proposals/{by_volunteer[c]['id']}/reject", headers=staff)
    assert again.status_code == 409 and again.json()["message_ja"]

    first = client.post(f"/api/proposals/{by_volunteer[a]['id']}/approve", headers=staff)
    assert first.status_code == 200 and first.json()["status"] == "approved"
    assert _status(client, staff, rid) == "partially_filled"
    assert client.post(f"/api/proposals/{by_volunteer[a]['id']}/approve", headers=staff).status_code == 409

    # the rejection queued a re-match: the rejected volunteer never comes back as pending
    client.post(f"/api/requests/{rid}/rematch", headers=staff)
    wait_for(lambda: client.get("/health").json()["oldest_unmatched_seconds"] is None)
    after = {p["volunteer_id"]: p["status"] for p in _proposals(client, staff, rid)}
    assert after[c] == "rejected" and after[a] == "approved"

    second = client.post(f"/api/proposals/{by_volunteer[b]['id']}/approve", headers=staff)
    assert second.status_code == 200
    detail = client.get(f"/api/requests/{rid}", headers=staff).json()
    assert detail["status"] == "filled" and detail["approved_count"] == 2


def test_no_fit_ends_in_no_candidates_with_a_reason(client, staff):
    client.post("/api/volunteers", json=volunteer(languages=["ja"]))
    rid = client.post("/api/requests", json=help_request(languages=["vi"])).json()["id"]
    assert _settled(client, staff, rid)
    detail = client.get(f"/api/requests/{rid}", headers=staff).json()
    assert detail["status"] == "no_candidates"
    assert detail["explanation"] and all(isinstance(x, str) and x for x in detail["explanation"])
    assert _proposals(client, staff, rid) == []


def test_volunteer_changes_rescore_open_requests(client, staff):
    rid = client.post("/api/requests", json=help_request(slots=["sun-eve"])).json()["id"]
    _settled(client, staff, rid)
    assert _status(client, staff, rid) == "no_candidates"
    vid = client.post("/api/volunteers", json=volunteer(availability=["sun-eve"])).json()["id"]
    wait_for(lambda: any(p["volunteer_id"] == vid for p in _proposals(client, staff, rid)), timeout=10)
    assert _status(client, staff, rid) == "proposed"

    paused = client.post(f"/api/volunteers/{vid}/pause", headers=staff)
    assert paused.status_code == 200 and paused.json()["status"] == "paused"
    wait_for(
        lambda: (
            not any(
                p["volunteer_id"] == vid and p["status"] == "pending" for p in _proposals(client, staff, rid)
            )
        )
    )
    wait_for(lambda: _status(client, staff, rid) == "no_candidates")

    r = client.patch(
        f"/api/volunteers/{vid}", json={"status": "active", "availability": ["mon-am"]}, headers=staff
    )
    assert r.status_code == 200 and r.json()["availability"] == ["mon-am"]
    client.patch(f"/api/volunteers/{vid}", json={"availability": ["sun-eve", "mon-am"]}, headers=staff)
    wait_for(
        lambda: any(
            p["volunteer_id"] == vid and p["status"] == "pending" for p in _proposals(client, staff, rid)
        ),
        timeout=10,
    )


def test_staff_reads_and_updates_volunteers(client, staff):
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    got = client.get(f"/api/volunteers/{vid}", headers=staff).json()
    assert got["contact"]["phone"] == "090-0000-0001" and got["skills"] == ["スマホの使い方", "LINE"]
    r = client.patch(f"/api/volunteers/{vid}", json={"skills": ["書道"], "area": None}, headers=staff)
    assert r.status_code == 200 and r.json()["skills"] == ["書道"] and r.json()["area"] is None
    assert client.post(f"/api/volunteers/{vid}/withdraw", headers=staff).json()["status"] == "withdrawn"
    listed = client.get("/api/volunteers?status=withdrawn", headers=staff).json()
    assert [v["id"] for v in listed] == [vid]


def test_staff_routes_need_a_login_and_public_routes_leak_no_contact(client, staff):
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    rid = client.post("/api/requests", json=help_request(contact={"phone": "03-0000-9999"})).json()["id"]
    for path in (
        "/api/requests",
        f"/api/requests/{rid}",
        f"/api/requests/{rid}/proposals",
        "/api/volunteers",
        f"/api/volunteers/{vid}",
    ):
        r = client.get(path)
        assert r.status_code == 401, path
        assert "090-0000-0001" not in r.text and "hanako@" not in r.text
    assert client.post("/api/proposals/1/approve").status_code == 401
    assert client.get("/api/requests", headers={"Authorization": "Bearer not-a-token"}).status_code == 401
    health = client.get("/health")
    assert "090-0000-0001" not in health.text and "03-0000-9999" not in health.text


def test_login_logout_and_wrong_password(client, staff):
    assert (
        client.post(
            "/api/auth/login", json={"username": "coordinator", "password": "wrong-password"}
        ).status_code
        == 401
    )
    assert (
        client.post("/api/auth/login", json={"username": "nobody", "password": "wrong-password"}).status_code
        == 401
    )
    me = client.get("/api/auth/me", headers=staff)
    assert me.status_code == 200 and me.json()["username"] == "coordinator"
    assert client.post("/api/auth/logout", headers=staff).status_code == 200
    assert client.get("/api/auth/me", headers=staff).status_code == 401


def test_health_reports_database_broker_and_backlog(client):
    body = client.get("/health").json()
    mail = {"unsent": 0, "failed": 0, "open_tasks": 0, "oldest_unsent_seconds": None}  # the outbox's backlog
    assert body == {
        "database": "ok",
        "broker": "embedded",
        "oldest_unmatched_seconds": None,
        "mail": mail,
        "status": "ok",
    }


def test_openapi_document_lists_every_route(client):
    doc = client.get("/schema/openapi.json").json()
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    app = client.app
    for route in app.routes:
        if not route.path.startswith(("/api/", "/health")):  # pages, static files and the schema are not API
            continue
        for method in getattr(route, "methods", set()) - {"OPTIONS", "HEAD"}:
            path = re.sub(r"\{(\w+):(int|str)\}", r"{\1}", route.path)
            assert (path, method) in documented, (path, method)


def test_added_synonym_reaches_the_matcher_without_code_change(client, staff):
    client.post("/api/volunteers", json=volunteer(skills=["LINE"], bio=""))
    rid = client.post(
        "/api/requests",
        json=help_request(
            title="ぴよぴよの使い方", description="ぴよぴよで家族と連絡したいです。土曜の午前にお願いします。"
        ),
    ).json()["id"]
    _settled(client, staff, rid)
    before = _proposals(client, staff, rid)
    r = client.post(
        "/api/taxonomy/synonyms", json={"skill_id": "line_app", "word": "ぴよぴよ"}, headers=staff
    )
    assert r.status_code == 201, r.text
    bad = client.post(
        "/api/taxonomy/synonyms", json={"skill_id": "no_such_skill", "word": "x"}, headers=staff
    )
    assert bad.status_code == 400 and bad.json()["fields"][0]["field"] == "skill_id"
    client.post(f"/api/requests/{rid}/rematch", headers=staff)
    wait_for(lambda: client.get("/health").json()["oldest_unmatched_seconds"] is None)
    after = _proposals(client, staff, rid)
    assert after and after[0]["factors"]["skill"] > (before[0]["factors"]["skill"] if before else 0)
