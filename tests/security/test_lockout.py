"""A stranger's wrong passwords do not lock the owner out from their usual address; brute force still gets 429."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlmodel import select

from schemas.staff import LoginThrottle
from service.app import create_app
from service.db import unit_of_work
from service.staff.throttle import ACCOUNT_LIMIT, KNOWN_PER_ACCOUNT, known_key, pair_key
from tests.conftest import STAFF_PASSWORD, make_staff

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
WRONG = {"username": "coordinator", "password": "wrong-password-123"}
RIGHT = {"username": "coordinator", "password": STAFF_PASSWORD}
OFFICE, STRANGER, TRIP = "192.0.2.10", "203.0.113.66", "198.51.100.9"


def _run(app: Any, script: Callable[[Callable[..., Any]], Any]) -> Any:
    """Runs script(post) where post(address, body) logs in from that client address."""

    async def main() -> Any:
        clients: dict[str, httpx.AsyncClient] = {}

        async def post(address: str, body: dict[str, str]) -> int:
            if address not in clients:
                transport = httpx.ASGITransport(app=app, client=(address, 5000))
                clients[address] = httpx.AsyncClient(transport=transport, base_url="http://test")
            return (await clients[address].post("/api/auth/login", json=body)).status_code

        try:
            return await script(post)
        finally:
            for c in clients.values():
                await c.aclose()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


@pytest.mark.parametrize("db_url", ["sqlite", "postgres"], indirect=True)
def test_a_stranger_cannot_lock_the_owner_out_of_their_usual_address(settings, engine, hasher):
    make_staff(engine)
    app = create_app(settings, engine=engine, start_dispatcher=False)

    async def script(post: Callable[..., Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"first": await post(OFFICE, RIGHT)}  # the owner's usual address
        calls_before = hasher.verify_calls
        out["stranger"] = [await post(STRANGER, WRONG) for _ in range(100)]
        out["stranger_hashed"] = hasher.verify_calls - calls_before
        out["owner"] = await post(OFFICE, RIGHT)
        out["trip"] = await post(TRIP, RIGHT)  # a new address waits out the window (documented trade-off)
        out["stranger_right"] = await post(STRANGER, RIGHT)
        return out

    out = _run(app, script)
    refused = out["stranger"].count(429)
    print(
        f"\nlockout: stranger 100 wrong → {refused} × 429, {out['stranger_hashed']} hashed; owner at office → {out['owner']}"
    )
    assert out["first"] == 200
    assert refused >= 90 and out["stranger_hashed"] == ACCOUNT_LIMIT
    assert out["owner"] == 200
    assert out["trip"] == 429 and out["stranger_right"] == 429


@SQLITE
def test_the_usual_address_has_its_own_budget(settings, engine, hasher):
    """From the usual address wrong passwords are counted per (account, address): 429 past the limit as well."""
    make_staff(engine)
    app = create_app(settings, engine=engine, start_dispatcher=False)

    async def script(post: Callable[..., Any]) -> list[int]:
        await post(OFFICE, RIGHT)
        return [await post(OFFICE, WRONG) for _ in range(ACCOUNT_LIMIT + 5)] + [await post(OFFICE, RIGHT)]

    codes = _run(app, script)
    assert codes[:ACCOUNT_LIMIT] == [401] * ACCOUNT_LIMIT
    assert codes[ACCOUNT_LIMIT:] == [429] * 6
    with unit_of_work(engine) as session:
        keys = {r.key: r.attempts for r in session.exec(select(LoginThrottle))}
    assert keys[pair_key("coordinator", OFFICE)] == ACCOUNT_LIMIT and known_key("coordinator", OFFICE) in keys


@SQLITE
def test_only_the_latest_usual_addresses_are_remembered(settings, engine):
    make_staff(engine)
    app = create_app(settings, engine=engine, start_dispatcher=False)
    addresses = [f"192.0.2.{i}" for i in range(KNOWN_PER_ACCOUNT + 3)]

    async def script(post: Callable[..., Any]) -> list[int]:
        return [await post(a, RIGHT) for a in addresses]

    assert _run(app, script) == [200] * len(addresses)
    with unit_of_work(engine) as session:
        known = [r.key for r in session.exec(select(LoginThrottle)) if r.key.startswith("k:")]
    assert len(known) == KNOWN_PER_ACCOUNT and known_key("coordinator", addresses[-1]) in known


@SQLITE
def test_login_429_says_when_to_retry(client, engine):
    make_staff(engine)
    codes = [client.post("/api/auth/login", json=WRONG) for _ in range(ACCOUNT_LIMIT + 1)]
    r = codes[-1]
    assert r.status_code == 429 and 0 < int(r.headers["retry-after"]) <= 15 * 60 + 1
    assert r.json()["message_ja"] and r.json()["message_en"]


@SQLITE
def test_wrong_passwords_meet_growing_delays_not_a_fixed_lock(client, engine, hasher, monkeypatch):
    """Past the free attempts each next one waits twice as long after the last (30 s, 1 min, 2 min …, at most
    15 min); a wait that has passed lets exactly one attempt through; an hour of quiet forgets the failures."""
    from datetime import timedelta

    from schemas.models import utcnow
    from service.staff import throttle

    make_staff(engine)
    clock = [utcnow()]
    monkeypatch.setattr(throttle, "utcnow", lambda: clock[0])

    def attempt(body: dict[str, str] = WRONG) -> tuple[int, int | None]:
        r = client.post("/api/auth/login", json=body)
        return r.status_code, int(r.headers["retry-after"]) if r.status_code == 429 else None

    assert [attempt()[0] for _ in range(ACCOUNT_LIMIT)] == [401] * ACCOUNT_LIMIT
    waits = []
    for _ in range(7):
        code, retry_after = attempt()
        assert code == 429 and retry_after is not None
        waits.append(retry_after)
        clock[0] += timedelta(seconds=retry_after - 2)  # not quite long enough: still refused, not counted
        assert attempt()[0] == 429
        clock[0] += timedelta(seconds=2)
        assert attempt()[0] == 401  # the wait has passed: one hashed attempt
    print(f"\ngrowing delays (s): {waits}")
    assert waits == [31, 61, 121, 241, 481, 901, 901]
    assert hasher.verify_calls == ACCOUNT_LIMIT + 7
    assert throttle.delay_after(ACCOUNT_LIMIT + 30) == throttle.MAX_DELAY
    # the right password, once its wait has passed, logs in and clears the account's failures
    clock[0] += throttle.MAX_DELAY
    assert attempt(RIGHT)[0] == 200
    assert [attempt()[0] for _ in range(ACCOUNT_LIMIT)] == [401] * ACCOUNT_LIMIT
    # an hour without an attempt forgets them as well
    clock[0] += throttle.FORGET_AFTER
    assert [attempt()[0] for _ in range(ACCOUNT_LIMIT)] == [401] * ACCOUNT_LIMIT
    assert attempt()[0] == 429
