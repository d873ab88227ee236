"""Consent (APPI): contact is disclosed iff both consents are in force; one provision row per direction disclosed."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import text

from tests.conftest import wait_for
from tests.security.canaries import proposal_ids, seed_person_pair

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _count(engine, sql: str) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


@SQLITE
def test_disclosure_iff_both_consents_with_one_provision_record_each(client, engine, settings, staff):
    rng = random.Random(4)
    # consent histories (volunteer, requester): none, given, withdrawn, given again — shuffled
    combos = [
        ([True], [True]),
        ([], [True]),
        ([True], []),
        ([True, False], [True]),
        ([False, True], [True]),
        ([True], [True, False]),
        ([False], [False]),
        ([True, True], [False, True]),
    ]
    rng.shuffle(combos)
    pairs = [seed_person_pair(engine, settings, tag=f"p{i}") for i in range(8)]
    wait_for(lambda: all(proposal_ids(engine, p.request_id) for p in pairs), timeout=60)
    wait_for(lambda: client.get("/health").json()["oldest_unmatched_seconds"] is None, timeout=60)
    pending = proposal_ids(engine, pairs[0].request_id)[0]
    outcomes = []
    for p in pairs:
        # the proposal of this pair's own volunteer
        props = client.get(f"/api/requests/{p.request_id}/proposals", headers=staff).json()
        proposal = next(x for x in props if x["volunteer_id"] == p.volunteer_id)
        assert client.post(f"/api/proposals/{proposal['id']}/approve", headers=staff).status_code == 200
        states = {}
        for (kind, ident, purpose), history in zip(
            (
                ("volunteers", p.volunteer_id, "contact_share"),
                ("requests", p.request_id, "share_with_volunteer"),
            ),
            combos[pairs.index(p)],
            strict=True,
        ):
            for granted in history:
                r = client.post(
                    f"/api/consents/{kind}/{ident}",
                    json={"purpose": purpose, "granted": granted, "source": "paper form"},
                    headers=staff,
                )
                assert r.status_code == 201, r.text
            states[kind] = bool(history and history[-1])
        r = client.post(f"/api/consents/disclose/{proposal['id']}", headers=staff)
        both = states["volunteers"] and states["requests"]
        outcomes.append(both)
        found = p.found_in(r.text)
        if both:
            assert r.status_code == 200, r.text
            assert len(found) == len(p.canaries) - 1  # everything but the volunteer's bio
        else:
            assert r.status_code == 409 and found == [], (states, r.text)
    granted = sum(outcomes)
    print(f"\nconsent: {len(outcomes)} approvals, {granted} disclosed, {len(outcomes) - granted} refused")
    assert 0 < granted < len(outcomes)
    assert _count(engine, "SELECT count(*) FROM provision") == 2 * granted
    assert _count(engine, "SELECT count(*) FROM audit_event WHERE action = 'disclose'") == granted
    # never for a proposal that is not approved, and bad purposes are refused
    other = [x for x in proposal_ids(engine, pairs[0].request_id) if x != pending] or [pending]
    assert (
        client.post(
            "/api/consents/volunteers/1", json={"purpose": "sensitive", "granted": True}, headers=staff
        ).status_code
        == 400
    )
    assert client.post("/api/consents/disclose/999999", headers=staff).status_code == 404
    assert client.post(f"/api/consents/disclose/{other[0]}").status_code == 401


def test_registration_records_the_consents_given_and_refused(client, engine):
    from sqlmodel import Session, select

    from schemas.privacy import Consent
    from tests.factories import help_request, volunteer

    vid = client.post("/api/volunteers", json=volunteer(consents={"contact_share": True})).json()["id"]
    rid = client.post(
        "/api/requests", json=help_request(consents={"share_with_volunteer": True, "sensitive": False})
    ).json()["id"]
    bare = client.post("/api/requests", json=help_request()).json()["id"]
    bad = client.post("/api/requests", json=help_request(consents={"share_everything": True}))
    assert bad.status_code == 400
    with Session(engine) as s:
        rows = {(c.kind, c.entity_id, c.purpose, c.granted) for c in s.exec(select(Consent))}
    assert rows == {
        ("volunteer", vid, "contact_share", True),
        ("request", rid, "share_with_volunteer", True),
        ("request", rid, "sensitive", False),
    }
    assert all(ident != bare for _, ident, _, _ in rows)
