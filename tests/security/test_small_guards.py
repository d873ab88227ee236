"""Smaller guards from the production test (issue 14): external_id, spreadsheet formulas, logout cookie,
common passwords, strict integers."""

from __future__ import annotations

import pytest

from service.roster.export import spreadsheet_safe
from service.staff.rules import password_problem
from tests.conftest import STAFF_PASSWORD, make_staff
from tests.factories import help_request, volunteer

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE
def test_public_registration_takes_no_external_id(client):
    for path, body in (
        ("/api/volunteers", volunteer(external_id="V-1")),
        ("/api/requests", help_request(external_id="R-1")),
    ):
        r = client.post(path, json=body)
        assert r.status_code == 400, r.text
        assert r.json()["fields"][0]["field"] == "external_id" and r.json()["message_ja"]
        # the same answer whether the id exists or not: no existence oracle
        assert client.post(path, json=body).json() == r.json()
    assert client.post("/api/volunteers", json=volunteer()).status_code == 201


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "+1+1",
        "-1-2-3",
        "@SUM(A1)",
        '  =HYPERLINK("x")',
        " -1-2-3",
        "\t=1",
        "\u3000＝1",
        "+81-90-1234-5678",
    ],
)
def test_formula_starts_are_neutralised(value):
    safe = spreadsheet_safe(value)
    assert safe.startswith("'") and safe[1:] == value


@pytest.mark.parametrize("value", ["山田 花子", "090-1234-5678", "a=b", "email@example.jp", 5, -3, None])
def test_ordinary_values_are_kept(value):
    assert spreadsheet_safe(value) == value


@SQLITE
def test_a_formula_in_a_csv_export_is_text(client, admin):
    r = client.post("/api/volunteers", json=volunteer(display_name="-1-2-3", bio=" =cmd|' /C calc'!A0"))
    assert r.status_code == 201
    text = client.get("/api/export/volunteers?format=csv", headers=admin).content.decode("utf-8-sig")
    assert "'-1-2-3" in text and "' =cmd" in text


@pytest.mark.parametrize("production", [False, True])
@SQLITE
def test_logout_cookie_deletion_has_the_login_cookie_attributes(settings_for, db_url, engine, production):
    from litestar.testing import TestClient

    from service.app import create_app

    settings = settings_for(db_url, env="production" if production else "development")
    make_staff(engine)
    base = (
        "https://testserver.local" if production else "http://testserver.local"
    )  # Secure cookies need https
    with TestClient(create_app(settings, engine=engine, start_dispatcher=False), base_url=base) as c:
        login = c.post("/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD})
        token = login.json()["token"]
        r = c.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"})
        header = r.headers["set-cookie"].lower()
        assert r.status_code == 200 and "sb_session=" in header and "httponly" in header
        assert "samesite=strict" in header and ("max-age=0" in header)
        assert ("secure" in header) is production
        # the page logout as well
        token = c.post(
            "/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD}
        ).json()["token"]
        c.cookies.clear()
        c.cookies.set("sb_session", token)
        page = c.get("/staff")
        csrf = c.cookies.get("sb_csrf")
        assert page.status_code == 200
        r = c.post("/staff/logout", data={"_csrf_token": csrf}, follow_redirects=False)
        header = r.headers["set-cookie"].lower()
        assert r.status_code == 303 and "sb_session=" in header and "httponly" in header
        assert ("secure" in header) is production


@pytest.mark.parametrize(
    "password",
    [
        "password123",
        "Password123",
        "1234567890",
        "qwertyuiop",
        "aaaaaaaaaaaa",
        "abababababab",
        "abcabcabcabc",
    ],
)
def test_common_and_repeated_passwords_are_refused(password):
    problem = password_problem(password)
    assert problem is not None and problem.field == "password" and problem.message_ja and problem.message_en


@pytest.mark.parametrize(
    "password", [STAFF_PASSWORD, "a-long-password-1", "another-long-pass", "skillbank-demo"]
)
def test_ordinary_passwords_pass(password):
    assert password_problem(password) is None


@SQLITE
def test_admin_api_refuses_common_passwords(client, admin):
    for password in ("password123", "zzzzzzzzzzzz"):
        r = client.post("/api/staff", json={"username": "newcomer", "password": password}, headers=admin)
        assert r.status_code == 400 and r.json()["fields"][0]["field"] == "password", r.text
    created = client.post(
        "/api/staff", json={"username": "newcomer", "password": "quiet-river-stone"}, headers=admin
    )
    assert created.status_code == 201
    r = client.patch(f"/api/staff/{created.json()['id']}", json={"password": "1234567890"}, headers=admin)
    assert r.status_code == 400 and r.json()["fields"][0]["field"] == "password"


@SQLITE
def test_true_is_not_a_count(client):
    for body in (help_request(helpers_needed=True), help_request(helpers_needed=False)):
        r = client.post("/api/requests", json=body)
        assert r.status_code == 400 and r.json()["fields"][0]["field"] == "helpers_needed", r.text
    r = client.post("/api/volunteers", json=volunteer(max_per_month=True))
    assert r.status_code == 400 and r.json()["fields"][0]["field"] == "max_per_month"
    assert client.post("/api/requests", json=help_request(helpers_needed=2)).status_code == 201
