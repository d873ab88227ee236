"""Rights: export → correct → stop use → delete, for a volunteer and for a requester."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from tests.conftest import wait_for
from tests.factories import help_request, volunteer
from tests.security.canaries import proposal_ids, seed_person_pair

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _everything(engine) -> str:  # type: ignore[no-untyped-def]
    parts = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            parts += [repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
    return "\n".join(parts)


def _audit(engine, action: str) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM audit_event WHERE action = :a"), {"a": action}
        ).scalar_one()


@SQLITE
def test_export_correct_stop_use_delete(client, engine, settings, staff, admin):
    seeded = seed_person_pair(engine, settings)
    wait_for(lambda: proposal_ids(engine, seeded.request_id), timeout=30)
    vid, rid = seeded.volunteer_id, seeded.request_id

    # staff (not admin) may not
    assert client.get(f"/api/people/volunteers/{vid}/export", headers=staff).status_code == 403
    # export: complete
    v_export = client.get(f"/api/people/volunteers/{vid}/export", headers=admin)
    r_export = client.get(f"/api/people/requests/{rid}/export", headers=admin)
    assert v_export.status_code == r_export.status_code == 200
    planted = dict(seeded.canaries.items())
    v_found = seeded.found_in(v_export.text)
    r_found = seeded.found_in(r_export.text)
    assert len(v_found) == sum(w.startswith("volunteer.") for w in planted.values())
    assert len(r_found) == sum(w.startswith("request.") for w in planted.values())
    assert v_export.json()["proposals"] and r_export.json()["proposals"]
    assert _audit(engine, "export") == 2
    assert client.get("/api/people/nobody/1/export", headers=admin).status_code == 400
    assert client.get("/api/people/volunteers/999999/export", headers=admin).status_code == 404

    # correct
    assert (
        client.patch(f"/api/volunteers/{vid}", json={"display_name": "訂正 後"}, headers=admin).status_code
        == 200
    )
    r = client.patch(f"/api/people/requests/{rid}", json={"requester_name": "訂正 依頼者"}, headers=admin)
    assert r.status_code == 200 and _audit(engine, "correct") == 1
    assert client.get(f"/api/requests/{rid}", headers=admin).json()["requester_name"] == "訂正 依頼者"

    # stop use: the volunteer is never proposed again, even for a new request that fits them
    assert client.post(f"/api/people/volunteers/{vid}/stop-use", headers=admin).status_code == 200
    assert _audit(engine, "stop_use") == 1
    new = client.post("/api/requests", json=help_request()).json()["id"]
    wait_for(lambda: client.get("/health").json()["oldest_unmatched_seconds"] is None, timeout=30)
    assert all(
        p["volunteer_id"] != vid for p in client.get(f"/api/requests/{new}/proposals", headers=staff).json()
    )
    assert client.post(f"/api/people/requests/{rid}/stop-use", headers=admin).status_code == 200
    assert client.get(f"/api/requests/{rid}", headers=admin).json()["status"] == "closed"

    # delete: no trace left but the minimal audit rows (kind and id only)
    client.post("/api/volunteers", json=volunteer(display_name="別の人"))
    before_delete = _audit(engine, "delete")
    assert client.delete(f"/api/people/volunteers/{vid}", headers=admin).status_code == 200
    assert client.delete(f"/api/people/requests/{rid}", headers=admin).status_code == 200
    assert _audit(engine, "delete") == before_delete + 2
    leftovers = seeded.found_in(_everything(engine))
    assert leftovers == []
    assert client.get(f"/api/volunteers/{vid}", headers=admin).status_code == 404
    assert client.get(f"/r/{seeded.request_token}").status_code == 404
    assert client.get(f"/v/{seeded.volunteer_token}").status_code == 404
