"""The contact rule (service.privacy.rules), checked on every registered route and every export.

Lists, searches and exports carry contact details (e-mail, phone) for admins only; one person's record shows that
person's contact to any staff member and writes exactly one ``view_contact`` audit row per view; the answer to a
change carries no contact for staff. Every route is classified below: a route added without a class fails
``test_every_route_is_classified_for_contact``.
"""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, get
from sqlmodel import col, func, select

from schemas.models import AuditEvent
from service.app import create_app
from service.db import unit_of_work
from service.privacy.rules import ContactView, contact_view_audited, contact_visible
from tests.conftest import wait_for
from tests.security.canaries import Seeded, proposal_ids, response_text, seed_person_pair
from tests.security.test_walls import _call, _fill, all_routes

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

# How each route treats contact details:
#   detail     one person's record: contact for any staff member, each view audited (view_contact)
#   list       lists and exports: contact for admins only
#   none       never carries anyone's contact (pages, metrics, actions that answer with ids or states)
#   change     the answer to a change of a person's record: contact for admins only
#   consent    requester↔volunteer disclosure: both consents, a provision record (tests/security/test_consent.py)
#   rights     the admin-only data-subject export (tests/security/test_rights.py), audited as "export"
#   own        public forms and private-link pages: the person's own data (tests/security/test_walls.py)
CONTACT_ROUTES: dict[tuple[str, str], str] = {
    ("POST", "/api/auth/login"): "none",
    ("POST", "/api/auth/logout"): "none",
    ("GET", "/api/auth/me"): "none",
    ("GET", "/api/staff"): "none",
    ("POST", "/api/staff"): "none",
    ("PATCH", "/api/staff/{staff_id:int}"): "none",
    ("GET", "/api/volunteers"): "list",
    ("POST", "/api/volunteers"): "own",
    ("GET", "/api/volunteers/{volunteer_id:int}"): "detail",
    ("PATCH", "/api/volunteers/{volunteer_id:int}"): "change",
    ("POST", "/api/volunteers/{volunteer_id:int}/pause"): "change",
    ("POST", "/api/volunteers/{volunteer_id:int}/resume"): "change",
    ("POST", "/api/volunteers/{volunteer_id:int}/withdraw"): "change",
    ("POST", "/api/requests"): "own",
    ("GET", "/api/requests"): "list",
    ("GET", "/api/requests/{request_id:int}"): "detail",
    ("GET", "/api/requests/{request_id:int}/proposals"): "none",
    ("POST", "/api/requests/{request_id:int}/rematch"): "none",
    ("POST", "/api/requests/{request_id:int}/close"): "none",
    ("PUT", "/api/requests/{request_id:int}/schedule"): "none",
    ("POST", "/api/requests/{request_id:int}/dates/{day:str}/cancel"): "none",
    ("POST", "/api/proposals/{proposal_id:int}/approve"): "none",
    ("POST", "/api/proposals/{proposal_id:int}/reject"): "none",
    ("GET", "/api/activities"): "none",
    ("POST", "/api/activities"): "none",
    ("GET", "/api/metrics"): "none",
    ("GET", "/api/metrics/export.xlsx"): "none",
    ("GET", "/api/metrics/targets"): "none",
    ("PUT", "/api/metrics/targets"): "none",
    ("POST", "/api/consents/disclose/{proposal_id:int}"): "consent",
    ("POST", "/api/consents/{kind:str}/{person_id:int}"): "none",
    ("GET", "/api/people/{kind:str}/{person_id:int}/export"): "rights",
    ("PATCH", "/api/people/{kind:str}/{person_id:int}"): "none",
    ("DELETE", "/api/people/{kind:str}/{person_id:int}"): "none",
    ("POST", "/api/people/{kind:str}/{person_id:int}/stop-use"): "none",
    ("GET", "/api/export/volunteers"): "list",
    ("GET", "/api/export/requests"): "list",
    ("GET", "/api/taxonomy/synonyms"): "none",
    ("POST", "/api/taxonomy/synonyms"): "none",
    ("GET", "/health"): "none",
    ("GET", "/"): "own",
    ("GET", "/staff/login"): "none",
    ("POST", "/staff/login"): "none",
    ("POST", "/staff/logout"): "none",
    ("GET", "/staff"): "none",
    ("GET", "/volunteer/register"): "own",
    ("POST", "/volunteer/register"): "own",
    ("GET", "/v/{token:str}"): "own",
    ("GET", "/v/{token:str}/edit"): "own",
    ("POST", "/v/{token:str}/edit"): "own",
    ("POST", "/v/{token:str}/status"): "own",
    ("GET", "/v/{token:str}/status"): "own",
    ("GET", "/v/{token:str}/activities"): "own",
    ("POST", "/v/{token:str}/proposals/{proposal_id:int}/accept"): "own",
    ("POST", "/v/{token:str}/proposals/{proposal_id:int}/decline"): "own",
    ("POST", "/v/{token:str}/activities/{activity_id:int}/confirm"): "own",
    ("GET", "/staff/volunteers"): "none",
    ("GET", "/staff/volunteers/export"): "list",
    ("GET", "/staff/volunteers/{volunteer_id:int}"): "detail",
    ("GET", "/staff/volunteers/{volunteer_id:int}/edit"): "detail",
    ("POST", "/staff/volunteers/{volunteer_id:int}/edit"): "none",
    ("POST", "/staff/volunteers/{volunteer_id:int}/status"): "none",
    ("GET", "/staff/volunteers/{volunteer_id:int}/status"): "none",
    # merging duplicates: the comparison says whether phones and e-mails agree, never what they are
    ("GET", "/staff/volunteers/{volunteer_id:int}/merge"): "none",
    ("GET", "/staff/volunteers/{volunteer_id:int}/merge/{other_id:int}"): "none",
    ("POST", "/staff/volunteers/{volunteer_id:int}/merge/{other_id:int}"): "none",
    ("GET", "/request/new"): "own",
    ("POST", "/request/new"): "own",
    ("GET", "/r/{token:str}"): "own",
    ("GET", "/r/{token:str}/edit"): "own",
    ("POST", "/r/{token:str}/edit"): "own",
    ("GET", "/r/{token:str}/withdraw"): "own",
    ("POST", "/r/{token:str}/withdraw"): "own",
    ("GET", "/r/{token:str}/dates/{day:str}/cancel"): "own",
    ("POST", "/r/{token:str}/dates/{day:str}/cancel"): "own",
    ("GET", "/staff/requests"): "none",
    ("GET", "/staff/requests/{request_id:int}"): "detail",
    ("GET", "/staff/requests/{request_id:int}/sheet"): "detail",
    ("POST", "/staff/requests/{request_id:int}/rematch"): "none",
    ("POST", "/staff/requests/{request_id:int}/close"): "none",
    ("POST", "/staff/proposals/{proposal_id:int}/approve"): "none",
    ("POST", "/staff/proposals/{proposal_id:int}/reject"): "none",
    ("POST", "/staff/proposals/{proposal_id:int}/activity"): "none",
    ("POST", "/staff/proposals/{proposal_id:int}/not-held"): "none",
    ("GET", "/staff/requests/{request_id:int}/schedule"): "none",
    ("POST", "/staff/requests/{request_id:int}/schedule"): "none",
    (
        "GET",
        "/staff/requests/{request_id:int}/dates/{day:str}/cancel",
    ): "none",  # volunteers' names, no contact
    ("POST", "/staff/requests/{request_id:int}/dates/{day:str}/cancel"): "none",
    ("GET", "/staff/activities/new"): "none",
    ("POST", "/staff/activities/new"): "none",
    ("GET", "/staff/metrics"): "none",
    # the outbox: the API lists addresses for admins only; the staff pages link to the (audited) record instead
    ("GET", "/api/outbox"): "list",
    ("GET", "/api/proposals/{proposal_id:int}"): "none",
    ("POST", "/api/outbox/{message_id:int}/resend"): "change",
    ("POST", "/api/outbox/{message_id:int}/done"): "change",
    ("GET", "/staff/outbox"): "none",
    ("GET", "/staff/outbox/{message_id:int}/print"): "none",
    ("POST", "/staff/outbox/{message_id:int}/done"): "none",
    # learned weights (admin): factor weights and their comparison, no person's details
    ("GET", "/api/learning/weights"): "none",
    ("POST", "/api/learning/train"): "none",
    ("POST", "/api/learning/weights/{set_id:int}/activate"): "none",
    ("POST", "/api/learning/rollback"): "none",
    ("GET", "/staff/learning"): "none",
    ("POST", "/staff/learning/train"): "none",
    ("POST", "/staff/learning/rollback"): "none",
    ("POST", "/staff/learning/{set_id:int}/activate"): "none",
    ("POST", "/staff/outbox/{message_id:int}/resend"): "none",
    ("GET", "/staff/import"): "none",
    ("POST", "/staff/import"): "none",
    ("POST", "/staff/import/{token:str}"): "none",
    ("GET", "/staff/metrics/targets"): "none",
    ("POST", "/staff/metrics/targets"): "none",
    ("GET", "/static/{file_path:path}"): "none",
    ("GET", "/schema"): "none",
    ("GET", "/schema/openapi.json"): "none",
    ("GET", "/schema/openapi.yaml"): "none",
    ("GET", "/schema/openapi.yml"): "none",
    ("GET", "/schema/{path:str}"): "none",
}
# Which kind of person's contact a detail route shows.
DETAIL_ENTITY = {
    "/api/volunteers/{volunteer_id:int}": "volunteer",
    "/staff/volunteers/{volunteer_id:int}": "volunteer",
    "/staff/volunteers/{volunteer_id:int}/edit": "volunteer",
    "/api/requests/{request_id:int}": "request",
    "/staff/requests/{request_id:int}": "request",
    "/staff/requests/{request_id:int}/sheet": "request",
}
# The exports, each with every format.
EXPORTS = [
    f"/api/export/{kind}?format={fmt}" for kind in ("volunteers", "requests") for fmt in ("jsonl", "csv")
]
NOT_CALLED = {("POST", "/api/auth/logout"), ("POST", "/staff/logout")}  # they would end the caller's session


def unclassified(app: Litestar) -> list[str]:
    """The routes (HEAD and OPTIONS aside) missing from CONTACT_ROUTES."""
    return [
        f"{m} {p}"
        for p, m, _h in all_routes(app)
        if m not in ("HEAD", "OPTIONS") and (m, p) not in CONTACT_ROUTES
    ]


def test_every_route_is_classified_for_contact(settings, engine):
    app = create_app(settings, engine=engine, start_dispatcher=False)
    assert unclassified(app) == [], "classify these routes in CONTACT_ROUTES (how they treat contact details)"
    registered = {(m, p) for p, m, _h in all_routes(app)}
    assert set(CONTACT_ROUTES) <= registered, set(CONTACT_ROUTES) - registered  # no stale entries
    # every detail route declares that its GET writes (the audit row needs the write lock)
    for path, method, handler in all_routes(app):
        if CONTACT_ROUTES.get((method, path)) == "detail":
            assert handler.opt.get("writes"), path


def test_an_unclassified_route_fails_the_check(settings, engine):
    @get("/staff/new-contact-view", sync_to_thread=False)
    def new_view() -> str:
        return "x"

    app = create_app(settings, engine=engine, start_dispatcher=False)
    app.register(new_view)
    assert unclassified(app) == ["GET /staff/new-contact-view"]


def test_the_rule_itself():
    for view in ContactView:
        assert contact_visible("admin", view)
        assert not contact_visible(None, view) and not contact_visible("volunteer", view)
    assert contact_visible("staff", ContactView.detail)
    assert not any(
        contact_visible("staff", v) for v in (ContactView.list, ContactView.export, ContactView.change)
    )
    assert contact_view_audited("staff", ContactView.detail) and contact_view_audited(
        "admin", ContactView.detail
    )
    assert not contact_view_audited("admin", ContactView.list) and not contact_view_audited(
        "staff", ContactView.list
    )


def _contacts(seeded: Seeded, entity: str | None = None) -> dict[str, str]:
    return {
        value: where
        for value, where in seeded.canaries.items()
        if where.endswith((".email", ".phone")) and (entity is None or where.startswith(entity + "."))
    }


def _view_contact_rows(engine: Any) -> list[tuple[str, str, int | None]]:
    with unit_of_work(engine) as session:
        return [
            (a.actor, a.entity, a.entity_id)
            for a in session.exec(
                select(AuditEvent).where(AuditEvent.action == "view_contact").order_by(col(AuditEvent.id))
            )
        ]


def _search(client: Any, path: str, headers: dict[str, str], words: str) -> Any:
    return client.get(path, params={"q": words}, headers=headers, follow_redirects=False)


@SQLITE
def test_contact_rule_on_every_route_as_staff_and_admin(client, engine, settings, staff, admin):
    seeded = seed_person_pair(engine, settings)
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    proposal = proposal_ids(engine, seeded.request_id)[0]
    tokens = {"volunteer": seeded.volunteer_token, "request": seeded.request_token}
    contacts = _contacts(seeded)
    assert len(contacts) == 4
    leaks: list[str] = []
    calls = audited = 0

    def check(role: str, headers: dict[str, str], method: str, path: str, url: str, r: Any) -> None:
        nonlocal calls, audited
        calls += 1
        kind = CONTACT_ROUTES[(method, path)]
        text = response_text(r)
        found = [f"{v} ({w})" for v, w in contacts.items() if v in text]
        if kind == "detail" and r.status_code == 200:
            entity = DETAIL_ENTITY[path]
            expected = _contacts(seeded, entity)
            assert all(v in text for v in expected), (role, url, "the person's contact is shown for the work")
            found = [f for f in found if not f.endswith(tuple(f"({w})" for w in expected.values()))]
        elif kind == "list" and role == "admin" and r.status_code == 200:
            assert found, (role, url, "admins get contacts in lists and exports")
            found = []
        elif kind in ("own", "consent", "rights"):
            found = []  # not a staff view of the rule (see CONTACT_ROUTES)
        leaks.extend(f"{role} {method} {url} [{kind}]: {f}" for f in found)

    # 1. a staff member (not admin): every route (GETs first, then the changes, which may change state)
    routes = sorted(all_routes(client.app), key=lambda x: x[1] != "GET")
    for path, method, _h in routes:
        if method in ("HEAD", "OPTIONS") or (method, path) in NOT_CALLED:
            continue
        if CONTACT_ROUTES[(method, path)] == "own" and method != "GET":
            continue  # public submissions and the person's own changes: not a staff view
        url = _fill(path, seeded, proposal, tokens)
        before = len(_view_contact_rows(engine))
        r = _call(client, method, url, staff)
        rows = _view_contact_rows(engine)
        if CONTACT_ROUTES[(method, path)] == "detail" and r.status_code == 200:
            assert len(rows) == before + 1, (method, url, "one view_contact audit row per view")
            assert rows[-1][:2] == ("coordinator", DETAIL_ENTITY[path])
            audited += 1
        else:
            assert len(rows) == before, (method, url, "only a view of one person's contact is audited")
        check("staff", staff, method, path, url, r)
    for url in EXPORTS:
        r = client.get(url, headers=staff)
        assert r.status_code == 200
        check("staff", staff, "GET", url.split("?")[0], url, r)
    for path in ("/staff/volunteers", "/staff/requests"):  # searches by name find the person, not the contact
        r = _search(client, path, staff, "CNRY")
        assert r.status_code == 200, r.text
        check("staff", staff, "GET", path, path, r)

    # 2. an admin: the reading routes, the searches and the exports
    client.cookies.clear()
    for path, method, _h in routes:
        if method != "GET" or CONTACT_ROUTES[(method, path)] == "own":
            continue
        url = _fill(path, seeded, proposal, tokens)
        r = _call(client, method, url, admin)
        check("admin", admin, method, path, url, r)
    for url in EXPORTS:
        r = client.get(url, headers=admin)
        assert r.status_code == 200
        check("admin", admin, "GET", url.split("?")[0], url, r)
    for path in ("/api/volunteers?limit=500", "/api/requests?limit=500"):
        r = client.get(path, headers=admin)
        assert r.status_code == 200 and any(v in r.text for v in contacts), path

    print(
        f"\ncontact rule: {calls} calls, {audited} audited staff views of one person's contact, {len(leaks)} leaks"
    )
    assert leaks == []
    assert audited >= len(DETAIL_ENTITY)
    with unit_of_work(engine) as session:  # the admins' detail views were audited as well
        admins = session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "view_contact", AuditEvent.actor == "chief")
        ).one()
    assert admins >= 1


@SQLITE
def test_a_staff_list_of_500_carries_no_contact(client, engine, settings, staff):
    seeded = seed_person_pair(engine, settings)
    r = client.get("/api/volunteers?limit=500", headers=staff)
    assert r.status_code == 200 and len(r.json()) >= 1
    assert all(v["contact"] is None for v in r.json())
    assert not any(v in r.text for v in _contacts(seeded))
    r = client.get("/api/requests?limit=500", headers=staff)
    assert r.status_code == 200 and all(v["contact"] is None for v in r.json())


@SQLITE
def test_a_detail_view_and_its_audit_row_share_one_transaction(client, engine, settings, staff, monkeypatch):
    """When the view's transaction fails, neither the answer nor the audit row is left behind."""
    seeded = seed_person_pair(engine, settings)
    from service.uow import UnitOfWork

    def broken_commit(self: Any) -> None:
        raise RuntimeError("commit fails")

    monkeypatch.setattr(UnitOfWork, "commit", broken_commit)
    r = client.get(f"/api/volunteers/{seeded.volunteer_id}", headers=staff)
    assert r.status_code == 500 and not any(v in r.text for v in _contacts(seeded))
    monkeypatch.undo()
    assert _view_contact_rows(engine) == []
