"""Staff accounts: session rotation at login, logout, idle/absolute expiry, roles, disabling, login throttling."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from schemas.models import StaffSession, StaffUser, utcnow
from schemas.staff import LoginThrottle
from service.app import create_app
from service.db import unit_of_work
from service.staff import throttle
from service.staff.auth import hash_token
from service.staff.throttle import ACCOUNT_LIMIT, ADDRESS_LIMIT, WINDOW, account_key, address_key
from service.web.security import client_address
from tests.conftest import STAFF_PASSWORD, login, make_staff

SQLITE = pytest.mark.parametrize(
    "db_url", ["sqlite"], indirect=True
)  # the slow ones; the core cases run on both
WRONG = {"username": "coordinator", "password": "wrong-password-123"}
RIGHT = {"username": "coordinator", "password": STAFF_PASSWORD}


def _login(client, username: str = "coordinator") -> str:  # type: ignore[no-untyped-def]
    """Logs in from a fresh browser (no cookie presented, so no session is rotated away)."""
    client.cookies.clear()
    token = login(client, username)
    client.cookies.clear()
    return token


def _me(client, token: str) -> int:  # type: ignore[no-untyped-def]
    client.cookies.clear()
    return client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code


# ---------------------------------------------------------------- sessions


def test_login_rotates_the_session_and_a_planted_id_is_never_promoted(client, engine):
    make_staff(engine)
    planted = "attacker-chosen-session-id-0123456789"
    client.cookies.set("sb_session", planted)
    r = client.post("/api/auth/login", json=RIGHT)
    assert r.status_code == 200
    first = r.json()["token"]
    assert first != planted and r.cookies.get("sb_session") == first
    assert _me(client, planted) == 401

    # logging in again while presenting the first session (cookie) ends it: a new token, the old one dead
    client.cookies.set("sb_session", first)
    second = client.post("/api/auth/login", json=RIGHT).json()["token"]
    assert second != first
    assert _me(client, first) == 401 and _me(client, second) == 200

    # the same with a bearer token presented at login
    client.cookies.clear()
    third = client.post("/api/auth/login", json=RIGHT, headers={"Authorization": f"Bearer {second}"}).json()[
        "token"
    ]
    assert third != second and _me(client, second) == 401 and _me(client, third) == 200
    with unit_of_work(engine) as session:
        assert len(session.exec(select(StaffSession)).all()) == 1


@SQLITE
def test_page_login_rotates_the_session(client, engine):
    make_staff(engine)
    old = login(client)
    client.cookies.set("sb_session", old)
    form = client.get("/staff/login")
    csrf = client.cookies.get("sb_csrf")
    assert form.status_code == 200 and csrf
    r = client.post(
        "/staff/login",
        data={"username": "coordinator", "password": STAFF_PASSWORD, "_csrf_token": csrf},
        follow_redirects=False,
    )
    assert r.status_code == 303
    new = r.cookies.get("sb_session")
    assert new and new != old
    assert _me(client, old) == 401 and _me(client, new) == 200


def test_logout_kills_the_session(client, engine):
    make_staff(engine)
    token = login(client)
    client.cookies.clear()
    assert client.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert _me(client, token) == 401


def test_idle_and_absolute_expiry(client, engine, settings):
    make_staff(engine)
    idle, absolute = _login(client), _login(client)
    with unit_of_work(engine) as session:
        row = session.get(StaffSession, hash_token(idle))
        row.last_seen_at = utcnow() - timedelta(minutes=settings.session_idle_minutes + 1)
        session.add(row)
        row = session.get(StaffSession, hash_token(absolute))
        row.expires_at = utcnow() - timedelta(seconds=1)
        session.add(row)
    fresh = _login(client)
    assert _me(client, idle) == 401
    assert _me(client, absolute) == 401
    assert _me(client, fresh) == 200
    with unit_of_work(engine) as session:  # expired sessions are deleted when seen
        assert session.get(StaffSession, hash_token(idle)) is None
        assert session.get(StaffSession, hash_token(absolute)) is None


# ---------------------------------------------------------------- roles, admin


@SQLITE
def test_only_admins_manage_staff_accounts(client, engine, staff, admin):
    body = {"username": "newcomer", "password": "a-long-password-1", "role": "staff"}
    assert client.post("/api/staff", json=body, headers=staff).status_code == 403
    assert client.get("/api/staff", headers=staff).status_code == 403
    assert client.post("/api/staff", json=body).status_code == 401
    created = client.post("/api/staff", json=body, headers=admin)
    assert created.status_code == 201, created.text
    assert "password" not in created.text and "hash" not in created.text
    names = [u["username"] for u in client.get("/api/staff", headers=admin).json()]
    assert names == ["coordinator", "chief", "newcomer"]
    assert client.post("/api/staff", json=body, headers=admin).status_code == 409
    short = {**body, "username": "other", "password": "short"}
    assert client.post("/api/staff", json=short, headers=admin).status_code == 400
    me_id = next(u["id"] for u in client.get("/api/staff", headers=admin).json() if u["username"] == "chief")
    assert client.patch(f"/api/staff/{me_id}", json={"active": False}, headers=admin).status_code == 400
    assert client.patch("/api/staff/99999", json={"active": False}, headers=admin).status_code == 404


def test_a_disabled_account_loses_its_sessions_at_once(client, engine, admin):
    make_staff(engine)
    token = login(client)
    assert _me(client, token) == 200
    uid = next(
        u["id"] for u in client.get("/api/staff", headers=admin).json() if u["username"] == "coordinator"
    )
    r = client.patch(f"/api/staff/{uid}", json={"active": False}, headers=admin)
    assert r.status_code == 200 and r.json()["active"] is False
    assert _me(client, token) == 401
    with unit_of_work(engine) as session:
        assert session.exec(select(StaffSession).where(StaffSession.staff_id == uid)).all() == []
    assert client.post("/api/auth/login", json=RIGHT).status_code == 401
    client.patch(f"/api/staff/{uid}", json={"active": True}, headers=admin)
    assert client.post("/api/auth/login", json=RIGHT).status_code == 200


@SQLITE
def test_changing_role_or_password_ends_sessions(client, engine, admin):
    make_staff(engine)
    uid = next(
        u["id"] for u in client.get("/api/staff", headers=admin).json() if u["username"] == "coordinator"
    )
    token = login(client)
    assert client.patch(f"/api/staff/{uid}", json={"role": "admin"}, headers=admin).json()["role"] == "admin"
    assert _me(client, token) == 401
    token = login(client)
    client.patch(f"/api/staff/{uid}", json={"password": "another-long-pass"}, headers=admin)
    assert _me(client, token) == 401
    assert client.post("/api/auth/login", json=RIGHT).status_code == 401
    assert client.post("/api/auth/login", json={**RIGHT, "password": "another-long-pass"}).status_code == 200


# ---------------------------------------------------------------- brute force


def _burst(client, n: int, headers_for=lambda i: {}) -> tuple[list[int], float]:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    codes = [client.post("/api/auth/login", json=WRONG, headers=headers_for(i)).status_code for i in range(n)]
    return codes, time.monotonic() - started


def _after_window(monkeypatch: pytest.MonkeyPatch) -> None:
    later = utcnow() + WINDOW + timedelta(seconds=5)
    monkeypatch.setattr(throttle, "utcnow", lambda: later)


@pytest.mark.parametrize("spoof", [False, True], ids=["plain", "spoofed-xff"])
def test_brute_force_is_refused_before_the_hasher(client, engine, hasher, monkeypatch, spoof):
    make_staff(engine)
    xff = (
        (lambda i: {"X-Forwarded-For": f"203.0.113.{i % 250}, 198.51.100.{i % 200}"})
        if spoof
        else (lambda i: {})
    )
    codes, seconds = _burst(client, 100, xff)
    refused = codes.count(429)
    print(
        f"\nbrute force ({'spoofed XFF' if spoof else 'plain'}): {refused}/100 got 429, "
        f"{hasher.verify_calls} hasher calls, {seconds:.1f}s"
    )
    assert seconds < 60
    assert set(codes) <= {401, 429}
    assert refused >= 90 and hasher.verify_calls == 100 - refused == ACCOUNT_LIMIT
    assert codes[:ACCOUNT_LIMIT] == [401] * ACCOUNT_LIMIT
    # even the right password is refused (without hashing) while the account is locked ...
    assert client.post("/api/auth/login", json=RIGHT).status_code == 429
    assert hasher.verify_calls == ACCOUNT_LIMIT
    # ... and works once the window has passed
    _after_window(monkeypatch)
    assert client.post("/api/auth/login", json=RIGHT).status_code == 200


@SQLITE
def test_an_admin_can_lift_an_account_lock(client, engine, admin):
    make_staff(engine)
    codes, _ = _burst(client, 10)
    assert codes.count(429) == 10 - ACCOUNT_LIMIT
    uid = next(
        u["id"] for u in client.get("/api/staff", headers=admin).json() if u["username"] == "coordinator"
    )
    assert client.patch(f"/api/staff/{uid}", json={"unlock": True}, headers=admin).status_code == 200
    assert client.post("/api/auth/login", json=RIGHT).status_code == 200


@SQLITE
def test_one_address_trying_many_accounts_is_throttled(client, engine, hasher):
    codes = [
        client.post(
            "/api/auth/login", json={"username": f"user{i}", "password": "wrong-password-1"}
        ).status_code
        for i in range(60)
    ]
    assert codes[:ADDRESS_LIMIT] == [401] * ADDRESS_LIMIT
    assert codes[ADDRESS_LIMIT:] == [429] * (60 - ADDRESS_LIMIT)
    assert hasher.verify_calls == ADDRESS_LIMIT  # unknown users are hashed against a dummy, then refused


@SQLITE
def test_a_few_typos_never_lock_out(client, engine):
    make_staff(engine)
    for _ in range(3):  # 12 failures: under the address limit, which is for spraying many accounts
        codes, _ = _burst(client, ACCOUNT_LIMIT - 1)
        assert codes == [401] * (ACCOUNT_LIMIT - 1)
        assert client.post("/api/auth/login", json=RIGHT).status_code == 200


@SQLITE
def test_the_page_login_is_throttled_too(client, engine, hasher):
    make_staff(engine)
    client.get("/staff/login")
    csrf = client.cookies.get("sb_csrf")
    codes = [
        client.post(
            "/staff/login",
            data={"username": "coordinator", "password": "wrong-password-1", "_csrf_token": csrf},
        ).status_code
        for _ in range(30)
    ]
    assert codes.count(429) == 30 - ACCOUNT_LIMIT and hasher.verify_calls == ACCOUNT_LIMIT


def test_the_counter_lives_in_the_database(client, engine):
    """Every worker process sees the same counters (Litestar's own rate limiter counts per process)."""
    make_staff(engine)
    _burst(client, 3)
    with unit_of_work(engine) as session:
        rows = {r.key: r.attempts for r in session.exec(select(LoginThrottle))}
    assert rows == {account_key("coordinator"): 3, address_key("testclient"): 3}


# ---------------------------------------------------------------- X-Forwarded-For


def _scope(peer: str, xff: str | None = None) -> dict:
    headers = [(b"x-forwarded-for", xff.encode())] if xff else []
    return {"type": "http", "client": (peer, 1234), "headers": headers}


def test_x_forwarded_for_is_believed_only_from_trusted_proxies():
    proxies = ("10.0.0.0/8", "127.0.0.1")
    assert (
        client_address(_scope("198.51.100.7", "1.2.3.4"), proxies) == "198.51.100.7"
    )  # not a proxy: ignored
    assert client_address(_scope("198.51.100.7", "1.2.3.4"), ()) == "198.51.100.7"  # no proxies configured
    assert client_address(_scope("10.0.0.5", "1.2.3.4"), proxies) == "1.2.3.4"
    # the client can prepend anything; the right-most untrusted hop (what our proxy saw) counts
    assert client_address(_scope("10.0.0.5", "6.6.6.6, 1.2.3.4"), proxies) == "1.2.3.4"
    assert client_address(_scope("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.1.1.1"), proxies) == "1.2.3.4"
    assert client_address(_scope("10.0.0.5", "not-an-ip"), proxies) == "10.0.0.5"
    assert client_address(_scope("10.0.0.5"), proxies) == "10.0.0.5"


@SQLITE
def test_brute_force_through_a_trusted_proxy_with_rotating_addresses(settings_for, db_url, engine, hasher):
    """Behind the real proxy every attempt may come from a new address: the account counter still holds."""
    settings = settings_for(db_url, trusted_proxies=("10.0.0.0/8",))
    make_staff(engine)
    app = create_app(settings, engine=engine, start_dispatcher=False)

    async def run() -> list[int]:
        transport = httpx.ASGITransport(app=app, client=("10.0.0.2", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            codes = [
                (
                    await c.post("/api/auth/login", json=WRONG, headers={"X-Forwarded-For": f"203.0.113.{i}"})
                ).status_code
                for i in range(100)
            ]
            # a fresh address does not get around the account lock
            codes.append(
                (
                    await c.post("/api/auth/login", json=RIGHT, headers={"X-Forwarded-For": "192.0.2.200"})
                ).status_code
            )
            return codes

    # in a thread of its own: another test (the browser's sync API) may leave an event loop running here
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        codes = pool.submit(asyncio.run, run()).result()
    assert codes[:100].count(429) >= 90 and hasher.verify_calls == ACCOUNT_LIMIT
    assert codes[100] == 429
    with unit_of_work(engine) as session:
        keys = {r.key for r in session.exec(select(LoginThrottle))}
    assert address_key("203.0.113.0") in keys and address_key("10.0.0.2") not in keys
    with unit_of_work(engine) as session:
        assert session.exec(select(StaffUser)).first() is not None
