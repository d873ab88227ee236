"""Issue 11: a staff session found live is remembered by this process for at most a second, never longer.

Ending sessions in this process (logout, disabling, a role or password change) is seen at once; a session ended
by another process (simulated: its row deleted behind the app's back) is honoured for at most the TTL.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlmodel import select

from schemas.models import StaffSession, StaffUser, utcnow
from service.db import unit_of_work
from service.staff.auth import hash_token
from service.staff.session_cache import SESSION_CACHE_TTL, SESSIONS, SessionCache
from tests.conftest import login, make_staff

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _me(client, token: str) -> int:  # type: ignore[no-untyped-def]
    client.cookies.clear()
    return client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code


def _queries(engine, run) -> int:  # type: ignore[no-untyped-def]
    """Returns how many statements about staff sessions or accounts reached the database while run() ran (the
    app's background threads, the mail sender's poll or the sweep, share the engine and may run meanwhile)."""
    from sqlalchemy import event

    seen = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "staff_session" in statement or "staff_user" in statement:
            seen.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_the_ttl_is_at_most_one_second():
    assert 0 < SESSION_CACHE_TTL <= 1.0 and SESSIONS.ttl <= 1.0


def test_a_remembered_session_skips_the_database_and_logout_ends_it_at_once(client, engine, monkeypatch):
    monkeypatch.setattr(SESSIONS, "ttl", 30.0)  # a loaded machine may take over a second between two requests
    make_staff(engine)
    token = login(client)
    assert _me(client, token) == 200
    assert _queries(engine, lambda: _me(client, token) == 200) == 0  # checked within the last second
    client.cookies.clear()
    assert client.post("/api/auth/logout", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert _me(client, token) == 401  # this process forgot it when it logged out


def test_disabling_an_account_ends_its_remembered_sessions_at_once(client, engine, admin):
    make_staff(engine)
    token = login(client)
    assert _me(client, token) == 200 and _me(client, token) == 200
    with unit_of_work(engine) as session:
        uid = session.exec(select(StaffUser.id).where(StaffUser.username == "coordinator")).one()
    assert client.patch(f"/api/staff/{uid}", json={"active": False}, headers=admin).status_code == 200
    assert _me(client, token) == 401


@SQLITE
def test_a_session_ended_elsewhere_is_honoured_at_most_the_ttl(client, engine, monkeypatch):
    monkeypatch.setattr(SESSIONS, "ttl", 0.3)
    make_staff(engine)
    token = login(client)
    assert _me(client, token) == 200
    with unit_of_work(engine) as session:  # another process deletes the row: this one is not told
        session.delete(session.get(StaffSession, hash_token(token)))
    started = time.monotonic()
    while _me(client, token) == 200:
        assert time.monotonic() - started < 0.3 + 0.5, "a session ended elsewhere was honoured past the TTL"
        time.sleep(0.02)
    assert _me(client, token) == 401


@SQLITE
def test_a_session_is_not_remembered_past_its_expiry(client, engine, settings):
    make_staff(engine)
    token = login(client)
    with unit_of_work(engine) as session:  # expires in a tenth of a second
        row = session.get(StaffSession, hash_token(token))
        row.expires_at = utcnow() + timedelta(seconds=0.1)
        session.add(row)
    assert _me(client, token) == 200
    time.sleep(0.15)
    assert _me(client, token) == 401


def test_a_check_that_read_before_an_ending_cannot_store_its_answer():
    cache = SessionCache(ttl=1.0)
    user = StaffUser(id=1, username="u", password_hash="x")
    before = cache.generation  # a check starts and reads the database...
    cache.forget_all()  # ...a logout commits meanwhile...
    cache.put("db", "hash", user, before, 1.0)  # ...and the check's stale answer is refused
    assert cache.get("db", "hash") is None
    cache.put("db", "hash", user, cache.generation, 1.0)
    assert cache.get("db", "hash") is user
    assert cache.get("other-db", "hash") is None  # keyed by database too
    cache.put("db", "soon", user, cache.generation, 0.05)  # never past the session's own expiry
    time.sleep(0.06)
    assert cache.get("db", "soon") is None


def test_the_cache_is_bounded():
    cache = SessionCache(ttl=1.0, size=3)
    user = StaffUser(id=1, username="u", password_hash="x")
    for i in range(10):
        cache.put("db", f"h{i}", user, cache.generation, 1.0)
    assert len(cache._entries) <= 3 and cache.get("db", "h9") is user
