"""Walls: every route is declared public or protected, and no caller without the right finds a seeded canary.

The callers: anonymous, a staff member on admin-only routes (wrong role), and a person holding a private link used
on another person's record. Every personal field of the seeded volunteer and requester holds a unique canary.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from litestar import Litestar, get
from litestar.testing import TestClient

from service.app import create_app
from service.web.security import apply_walls, declared_access, wall_guard
from tests.conftest import wait_for
from tests.security.canaries import Seeded, proposal_ids, response_text, seed_person_pair

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
PARAM = re.compile(r"\{(\w+):(\w+)\}")


def all_routes(app: Litestar) -> list[tuple[str, str, Any]]:
    """(path, method, handler) of every registered route, HEAD and OPTIONS included."""
    out = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            for method in sorted(getattr(handler, "http_methods", [])):
                out.append((route.path, method, handler))
    return out


def undeclared(app: Litestar) -> list[str]:
    return [
        f"{m} {p}"
        for p, m, h in all_routes(app)
        if declared_access(p, h) is None and not p.startswith("/schema")
    ]


def test_every_route_declares_public_or_protected(settings, engine):
    app = create_app(settings, engine=engine, start_dispatcher=False)
    assert undeclared(app) == [], "declare these routes public (opt={'public': True}) or guard them"
    access = {(p, m): h.opt.get("access") for p, m, h in all_routes(app)}
    assert all(access.values()), [k for k, v in access.items() if not v]
    # the shape of the walls, spelled out
    assert access[("/api/volunteers", "POST")] == access[("/api/requests", "POST")] == "public"
    assert access[("/api/volunteers", "GET")] == access[("/api/requests/{request_id:int}", "GET")] == "staff"
    assert access[("/api/staff", "POST")] == access[("/api/staff/{staff_id:int}", "PATCH")] == "admin"
    assert access[("/staff/metrics", "GET")] == access[("/staff", "GET")] == "staff"
    assert access[("/schema/openapi.json", "GET")] == "public"
    prod = create_app(settings.with_(env="production"), engine=engine, start_dispatcher=False)
    assert {h.opt["access"] for p, m, h in all_routes(prod) if p.startswith("/schema")} == {"staff"}


def test_an_undeclared_route_fails_the_check_and_is_walled(settings):
    @get("/forgotten", sync_to_thread=False)
    def forgotten() -> str:
        return "CNRYsecret"

    app = Litestar(route_handlers=[forgotten], guards=[wall_guard], openapi_config=None)
    app.state.settings, app.state.engine = settings, None
    apply_walls(app, settings)
    assert undeclared(app) == ["GET /forgotten"]
    with TestClient(app) as c:  # deny by default: without a staff session it is not served
        r = c.get("/forgotten")
        assert r.status_code == 401 and "CNRY" not in r.text


def _fill(path: str, seeded: Seeded, proposal: int, token_for: dict[str, str]) -> str:
    values = {
        "volunteer_id": str(seeded.volunteer_id),
        "request_id": str(seeded.request_id),
        "proposal_id": str(proposal),
        "staff_id": "1",
        "fy": "2026",
        "filename": "volunteers.jsonl",
        "file_path": "style.css",
        "path": "openapi.json",
    }

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "token":
            return token_for["volunteer" if path.startswith("/v/") else "request"]
        return values.get(
            name, "1" if m.group(2) == "int" else "x"
        )  # routes added later get a plausible value

    return PARAM.sub(one, path)


def _call(client: TestClient, method: str, url: str, headers: dict[str, str]) -> Any:
    if method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return client.request(method, url, headers=headers, follow_redirects=False)
    if url.startswith("/api/"):
        return client.request(method, url, json={}, headers=headers, follow_redirects=False)
    return client.request(
        method, url, data={"status": "paused", "reason": "x"}, headers=headers, follow_redirects=False
    )


@SQLITE
def test_no_canary_reaches_anyone_without_the_right(client, engine, settings, staff):
    seeded = seed_person_pair(engine, settings)
    other = seed_person_pair(
        engine, settings, tag="other"
    )  # the caller's own records: their canaries are theirs
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    proposal = proposal_ids(engine, seeded.request_id)[0]
    routes = all_routes(client.app)
    checked, leaks, walled = 0, [], 0

    # 1. anonymous, with a made-up private link
    client.cookies.clear()
    bogus = {"volunteer": "x" * 32, "request": "y" * 32}
    for path, method, handler in routes:
        url = _fill(path, seeded, proposal, bogus)
        r = _call(client, method, url, {})
        checked += 1
        leaks += [f"anonymous {method} {url}: {c}" for c in seeded.found_in(response_text(r))]
        if handler.opt.get("access") != "public":
            assert r.status_code in (401, 403, 303), (method, url, r.status_code)  # 403: CSRF first
            if r.status_code == 303:
                assert r.headers["location"].startswith("/staff/login")
            walled += 1

    # 2. another person's private link (the other pair's tokens, crossed, and used on the seeded person's pages)
    crossed = {"volunteer": other.request_token, "request": other.volunteer_token}
    own = {"volunteer": other.volunteer_token, "request": other.request_token}
    for tokens in (crossed, own):
        for path, method, _h in routes:
            if "{token" not in path:
                continue
            url = _fill(path, seeded, proposal, tokens)
            r = _call(client, method, url, {})
            checked += 1
            leaks += [f"other person {method} {url}: {c}" for c in seeded.found_in(response_text(r))]
            if tokens is crossed and method not in ("OPTIONS", "HEAD"):
                assert r.status_code in (403, 404), (method, url, r.status_code)

    # 3. a staff member (not admin) on admin-only routes
    for path, method, handler in routes:
        if handler.opt.get("access") != "admin":
            continue
        url = _fill(path, seeded, proposal, bogus)
        r = _call(client, method, url, staff)
        checked += 1
        assert r.status_code == 403, (method, url, r.status_code)
        leaks += [f"staff on admin route {method} {url}: {c}" for c in seeded.found_in(response_text(r))]
    # contact details are for admins only in exports
    for kind in ("volunteers", "requests"):
        r = client.get(f"/api/export/{kind}", headers=staff)
        assert r.status_code == 200
        contact = {v: w for v, w in seeded.canaries.items() if w.endswith((".email", ".phone"))}
        leaks += [f"staff export {kind}: {v}" for v in contact if v in r.text]

    print(
        f"\nwalls: {checked} calls over {len(routes)} routes, {walled} walled for anonymous, "
        f"{len(seeded.canaries)} canaries, {len(leaks)} leaks"
    )
    assert leaks == []
    # the canaries are really there for staff (so the test can see a leak)
    staff_view = (
        client.get(f"/api/requests/{seeded.request_id}", headers=staff).text
        + client.get(f"/api/volunteers/{seeded.volunteer_id}", headers=staff).text
    )
    assert len(seeded.found_in(staff_view)) == len(seeded.canaries)


@SQLITE
def test_the_schema_is_for_staff_only_in_production(settings, engine, client, staff):
    assert client.get("/schema/openapi.json").status_code == 200  # development: public
    prod = create_app(settings.with_(env="production"), engine=engine, start_dispatcher=False)
    with TestClient(prod) as c:
        for path in ("/schema/openapi.json", "/schema", "/schema/swagger", "/schema/openapi.yaml"):
            assert c.get(path).status_code == 401, path
        assert c.get("/schema/openapi.json", headers=staff).status_code == 200
    assert prod.debug is False and client.app.debug is False
