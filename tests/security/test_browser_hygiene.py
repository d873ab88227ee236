"""Browser hygiene: security headers on every response, cookie flags, no inline script, CSRF on every form."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from typing import Any

import pytest
from litestar.testing import TestClient
from sqlalchemy import text

from service.app import create_app
from service.web.security import CSP
from tests.conftest import STAFF_PASSWORD, make_staff, wait_for
from tests.security.canaries import proposal_ids, seed_person_pair
from tests.security.test_walls import all_routes

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _check_headers(r, url: str) -> None:  # type: ignore[no-untyped-def]
    h = r.headers
    assert h.get("content-security-policy") == CSP, url
    assert "script-src 'self'" in CSP and "'unsafe-inline'" not in CSP and "frame-ancestors 'none'" in CSP
    assert h.get("x-content-type-options") == "nosniff", url
    assert h.get("referrer-policy") in ("same-origin", "no-referrer"), url
    if not url.startswith("/static/"):
        assert "no-store" in h.get("cache-control", ""), url


class _Inline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {k for k, _ in attrs}
        if tag == "script" and "src" not in names:
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("inline <style>")
        self.problems += [f"<{tag} {k}=>" for k in names if k.startswith("on") or k == "style"]
        self.problems += [
            f"<{tag} {k}=javascript:>" for k, v in attrs if v and v.strip().lower().startswith("javascript:")
        ]


@SQLITE
def test_every_response_carries_the_security_headers_and_pages_have_no_inline_script(
    client, engine, settings, staff
):
    seeded = seed_person_pair(engine, settings)
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    urls = [
        "/",
        "/volunteer/register",
        "/request/new",
        f"/v/{seeded.volunteer_token}",
        f"/r/{seeded.request_token}",
        f"/v/{seeded.volunteer_token}/edit",
        "/staff/login",
        "/static/style.css",
        "/health",
        "/no/such/page",
        "/api/volunteers",
        "/schema/openapi.json",
    ]
    staff_urls = [
        "/staff",
        "/staff/requests",
        f"/staff/requests/{seeded.request_id}",
        "/staff/volunteers",
        f"/staff/volunteers/{seeded.volunteer_id}",
        f"/staff/volunteers/{seeded.volunteer_id}/edit",
        "/staff/metrics",
        "/api/volunteers",
        f"/api/requests/{seeded.request_id}",
        "/api/auth/me",
    ]
    checked = 0
    for url in urls:
        r = client.get(url, follow_redirects=False)
        _check_headers(r, url)
        checked += 1
    for url in staff_urls:
        r = client.get(url, headers=staff, follow_redirects=False)
        assert r.status_code == 200, url
        _check_headers(r, url)
        checked += 1
        if "text/html" in r.headers.get("content-type", ""):
            p = _Inline()
            p.feed(r.text)
            assert p.problems == [], (url, p.problems)
    # errors too: 401, 405, 400
    for r in (
        client.get("/api/volunteers"),
        client.delete("/api/volunteers"),
        client.post("/api/volunteers", content=b"{not json", headers={"content-type": "application/json"}),
    ):
        _check_headers(r, "error")
        checked += 1
    print(f"\nheaders checked on {checked} responses")


def _cookie_flags(set_cookie: list[str], name: str) -> str:
    return next(c for c in set_cookie if c.startswith(name + "=")).lower()


@SQLITE
def test_cookies_are_httponly_samesite_and_secure_in_production(settings, engine):
    make_staff(engine)
    app = create_app(settings.with_(env="production"), engine=engine, start_dispatcher=False)
    with TestClient(app, base_url="https://testserver.local") as c:
        r = c.post("/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD})
        flags = _cookie_flags(r.headers.get_list("set-cookie"), "sb_session")
        assert "httponly" in flags and "samesite=strict" in flags and "secure" in flags
        assert "strict-transport-security" in r.headers
        c.cookies.clear()
        r = c.get("/staff/login")
        flags = _cookie_flags(r.headers.get_list("set-cookie"), "sb_csrf")
        assert "httponly" in flags and "samesite=strict" in flags and "secure" in flags
        assert app.debug is False


def _jobs_settled(engine) -> bool:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return not conn.execute(
            text("SELECT count(*) FROM matching_job WHERE status IN ('pending', 'running')")
        ).scalar()


def _state(engine) -> str:  # type: ignore[no-untyped-def]
    """A digest of every row of every table that a form could change."""
    parts = []
    with engine.connect() as conn:
        for table in (
            "volunteer",
            "help_request",
            "proposal",
            "matching_job",
            "audit_event",
            "staff_session",
            "private_link",
        ):
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
            parts.append(json.dumps([[str(v) for v in row] for row in rows]))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@SQLITE
def test_csrf_every_state_changing_form_rejects_a_missing_or_wrong_token(client, engine, settings):
    seeded = seed_person_pair(engine, settings)
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    wait_for(lambda: client.get("/health").json()["oldest_unmatched_seconds"] is None, timeout=30)
    proposal = proposal_ids(engine, seeded.request_id)[0]
    make_staff(engine)
    client.cookies.clear()
    client.get("/staff/login")
    good = client.cookies.get("sb_csrf")
    r = client.post(
        "/staff/login",
        data={"username": "coordinator", "password": STAFF_PASSWORD, "_csrf_token": good},
        follow_redirects=False,
    )
    assert r.status_code == 303  # logged in: the session cookie rides along, only CSRF can stop the forms
    form = {
        "display_name": "x",
        "rosters": "digital",
        "requester_name": "x",
        "description": "x",
        "email": "a@b.jp",
        "consent_use": "1",
        "consent_contact": "1",
        "status": "paused",
        "reason": "x",
        "username": "coordinator",
        "password": STAFF_PASSWORD,
    }
    from tests.security.test_walls import _fill

    unsafe = [
        (p, m)
        for p, m, h in all_routes(client.app)
        if m in ("POST", "PUT", "PATCH", "DELETE") and not p.startswith(("/api/", "/schema"))
    ]
    assert len(unsafe) >= 10
    before = _state(engine)
    attempts = 0
    for path, method in unsafe:
        url = _fill(
            path, seeded, proposal, {"volunteer": seeded.volunteer_token, "request": seeded.request_token}
        )
        for token in (None, "wrong-" + good[6:], good[::-1]):
            data = dict(form) if token is None else {**form, "_csrf_token": token}
            r = client.request(method, url, data=data, follow_redirects=False)
            attempts += 1
            assert r.status_code == 403, (method, url, token, r.status_code)
        # a header token that does not match the cookie
        r = client.request(method, url, data=form, headers={"x-csrftoken": "forged"}, follow_redirects=False)
        attempts += 1
        assert r.status_code == 403, (method, url)
    assert _state(engine) == before  # 0 state changes
    print(f"\ncsrf: {attempts} forged submissions over {len(unsafe)} forms, all 403, 0 state changes")
    # the genuine token works (the check is not simply 'always refuse')
    r = client.post(
        f"/staff/proposals/{proposal}/approve", data={"_csrf_token": good}, follow_redirects=False
    )
    assert r.status_code == 303


@SQLITE
def test_cookie_authenticated_api_calls_from_another_site_are_refused(client, engine, settings):
    seeded = seed_person_pair(engine, settings)
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    proposal = proposal_ids(engine, seeded.request_id)[0]
    make_staff(engine)
    client.cookies.clear()
    client.post("/api/auth/login", json={"username": "coordinator", "password": STAFF_PASSWORD})
    # every matching job settled first (the volunteer's registration queues one too): a job finishing between the
    # snapshot and the check would change the rows without any of the refused calls having done so
    wait_for(lambda: _jobs_settled(engine), timeout=30)
    before = _state(engine)
    for headers in (
        {"Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ):
        r = client.post(f"/api/proposals/{proposal}/approve", headers=headers)
        assert r.status_code == 403, (headers, r.status_code)
    assert _state(engine) == before
    assert (
        client.post(
            f"/api/proposals/{proposal}/approve", headers={"Sec-Fetch-Site": "same-origin"}
        ).status_code
        == 200
    )


def _headers_set_one_by_one(settings: Any, message: dict[str, Any], path: str) -> None:
    """The security headers as the hook set them before it encoded them once (the reference it must match)."""
    from litestar.datastructures import MutableScopeHeaders

    from service.web.security import base_security_headers

    base = base_security_headers(settings)
    headers = MutableScopeHeaders.from_message(message)  # type: ignore[arg-type]
    for name, value in base.items():
        if name == "content-security-policy" or name not in headers:
            headers[name] = value
    if not path.startswith("/static/"):
        headers["cache-control"] = "no-store"


@pytest.mark.parametrize("production", [False, True])
@pytest.mark.parametrize("path", ["/api/requests/1/proposals", "/static/style.css"])
@pytest.mark.parametrize(
    "given",
    [
        [],
        [(b"content-type", b"application/json"), (b"content-length", b"12")],
        [(b"content-security-policy", b"default-src 'none'"), (b"referrer-policy", b"no-referrer")],
        [
            (b"Cache-Control", b"max-age=60"),
            (b"X-Frame-Options", b"SAMEORIGIN"),
            (b"cache-control", b"private"),
        ],
        [(b"Content-Security-Policy", b"a"), (b"x", b"y"), (b"content-security-policy", b"b")],
    ],
)
def test_the_security_headers_hook_sets_what_setting_them_one_by_one_set(settings, production, path, given):
    import asyncio

    from service.web.security import security_headers_hook

    settings = settings.with_(env="production") if production else settings
    expected: dict[str, Any] = {"type": "http.response.start", "status": 200, "headers": list(given)}
    _headers_set_one_by_one(settings, expected, path)
    message: dict[str, Any] = {"type": "http.response.start", "status": 200, "headers": list(given)}
    asyncio.run(security_headers_hook(settings)(message, {"path": path}))  # type: ignore[arg-type]
    assert message["headers"] == expected["headers"]
    body: dict[str, Any] = {"type": "http.response.body", "body": b"{}"}
    asyncio.run(security_headers_hook(settings)(body, {"path": path}))  # type: ignore[arg-type]
    assert body == {"type": "http.response.body", "body": b"{}"}
