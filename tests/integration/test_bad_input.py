"""Bad input gets a 4xx that names the field, in Japanese and English; never a 500."""

from __future__ import annotations

import pytest

from tests.factories import help_request, volunteer


def _fields(response) -> set[str]:  # type: ignore[no-untyped-def]
    return {f["field"] for f in response.json().get("fields", [])}


def _assert_clear_4xx(response, *fields: str) -> None:  # type: ignore[no-untyped-def]
    assert 400 <= response.status_code < 500, response.text
    body = response.json()
    assert body["message_ja"] and body["message_en"]
    for field in fields:
        assert any(f == field or f.startswith(field + ".") for f in _fields(response)), (field, body)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({k: v for k, v in volunteer().items() if k != "display_name"}, "display_name"),
        (volunteer(display_name=""), "display_name"),
        (volunteer(max_per_month="many"), "max_per_month"),
        (volunteer(max_per_month=0), "max_per_month"),
        (volunteer(availability=["monday-morning"]), "availability"),
        (volunteer(languages=["japanese"]), "languages"),
        (volunteer(rosters=["book_club"]), "rosters"),
        (volunteer(area="town_atlantis"), "area"),
        (volunteer(skills="書道"), "skills"),
        (volunteer(contact={"email": "not-an-email"}), "contact"),
        (volunteer(bio="あ" * 100_000), "bio"),
    ],
)
def test_volunteer_registration_names_the_wrong_field(client, payload, field):
    _assert_clear_4xx(client.post("/api/volunteers", json=payload), field)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({k: v for k, v in help_request().items() if k != "description"}, "description"),
        (help_request(description="あ" * 100_000), "description"),
        (help_request(slots=["sat-night"]), "slots"),
        (help_request(area="town_atlantis"), "area"),
        (help_request(helpers_needed=0), "helpers_needed"),
        (help_request(helpers_needed="two"), "helpers_needed"),
        (help_request(requester_kind="company"), "requester_kind"),
        (help_request(remote_ok="maybe"), "remote_ok"),
    ],
)
def test_request_submission_names_the_wrong_field(client, payload, field):
    _assert_clear_4xx(client.post("/api/requests", json=payload), field)


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\xfa",
        b"{not json",
        b"",
        b"[]",
        b"null",
        b'"text"',
        '{"display_name": "\ud800"}'.encode("utf-8", "surrogatepass"),
    ],
)
def test_undecodable_or_non_object_bodies_are_400(client, body):
    r = client.post("/api/volunteers", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text
    assert r.json()["message_ja"] and r.json()["message_en"]


def test_unknown_ids_and_wrong_id_types(client, staff):
    for path in ("/api/requests/999999", "/api/volunteers/999999", "/api/requests/999999/proposals"):
        r = client.get(path, headers=staff)
        assert r.status_code == 404 and "999999" in r.json()["message_en"], path
    assert client.post("/api/proposals/999999/approve", headers=staff).status_code == 404
    assert client.get("/api/requests/abc", headers=staff).status_code in (400, 404)
    assert client.get("/api/requests?limit=-1", headers=staff).status_code == 400
    assert client.get("/api/requests?status=bogus", headers=staff).status_code == 400
    r = client.patch("/api/volunteers/999999", json={"bio": "x"}, headers=staff)
    assert r.status_code == 404


def test_patch_validation_and_null_for_required_fields(client, staff):
    vid = client.post("/api/volunteers", json=volunteer()).json()["id"]
    _assert_clear_4xx(
        client.patch(f"/api/volunteers/{vid}", json={"availability": ["x"]}, headers=staff), "availability"
    )
    _assert_clear_4xx(
        client.patch(f"/api/volunteers/{vid}", json={"display_name": None}, headers=staff), "display_name"
    )
    _assert_clear_4xx(
        client.patch(f"/api/volunteers/{vid}", json={"status": "retired"}, headers=staff), "status"
    )


def test_oversized_body_is_413(client):
    r = client.post(
        "/api/requests", content=b"{" + b" " * 2_000_000 + b"}", headers={"content-type": "application/json"}
    )
    assert r.status_code == 413 and r.json()["message_ja"]


def test_accepted_request_always_ends_proposed_or_no_candidates(client, staff):
    from tests.conftest import wait_for

    rid = client.post("/api/requests", json=help_request(description="🙂" * 50, title="")).json()["id"]
    status = wait_for(
        lambda: (
            (s := client.get(f"/api/requests/{rid}", headers=staff).json()["status"])
            not in ("new", "matching")
            and s
        )
    )
    assert status in ("proposed", "no_candidates")
