"""Bodies are checked before decoding: nesting depth (RecursionError → 500 before) and NUL in text fields."""

from __future__ import annotations

import pytest

from service.web.body import MAX_DEPTH, nesting_depth_exceeds, nul_field
from tests.factories import help_request, volunteer


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("path", ["/api/volunteers", "/api/requests", "/api/auth/login"])
def test_json_nested_a_thousand_deep_is_a_400(client, path):
    for body in ("[" * 1000 + "]" * 1000, '{"a":' * 1000 + "1" + "}" * 1000, "[" * 1000):
        r = client.post(path, content=body.encode(), headers={"Content-Type": "application/json"})
        assert r.status_code == 400, (path, r.status_code, r.text[:200])
        data = r.json()
        assert data["error"] == "invalid_input" and "fields" not in data
        assert "32" in data["message_en"] and "32" in data["message_ja"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_ordinary_nesting_and_brackets_in_strings_pass(client):
    r = client.post("/api/requests", json=help_request(description="[" * 100 + "{{ brackets }}" + "]" * 3))
    assert r.status_code == 201, r.text


def test_the_depth_scanner():
    assert not nesting_depth_exceeds(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH)
    assert nesting_depth_exceeds(b"[" * (MAX_DEPTH + 1))
    assert not nesting_depth_exceeds(b'["' + b"[" * 100 + b'"]')
    assert not nesting_depth_exceeds(
        b'["\\"' + b"[" * 100 + b'"]'
    )  # an escaped quote does not end the string
    assert nesting_depth_exceeds(b'{"a":"\\\\",' + b"[" * 40 + b"]" * 40 + b"}")


@pytest.mark.parametrize("db_url", ["sqlite", "postgres"], indirect=True)
def test_nul_in_any_text_field_is_a_field_error(client, staff):
    cases = [
        ("/api/volunteers", volunteer(display_name="山田\x00花子"), "display_name"),
        ("/api/volunteers", volunteer(bio="ok", skills=["LINE", "ス\x00マホ"]), "skills.1"),
        ("/api/requests", help_request(description="助けて\x00ください"), "description"),
        ("/api/requests", help_request(contact={"email": "a\x00@example.jp"}), "contact.email"),
    ]
    for path, body, field in cases:
        r = client.post(path, json=body)
        assert r.status_code == 400, (path, r.text)
        data = r.json()
        assert data["fields"][0]["field"] == field and data["message_ja"] and data["message_en"]
    r = client.patch("/api/volunteers/1", json={"bio": "x\x00"}, headers=staff)
    assert r.status_code == 400 and r.json()["fields"][0]["field"] == "bio"
    # the forms as well
    client.get("/request/new")
    csrf = client.cookies.get("sb_csrf")
    r = client.post(
        "/request/new",
        data={"requester_name": "佐藤\x00", "description": "x", "_csrf_token": csrf},
        follow_redirects=False,
    )
    assert r.status_code == 400 and "requester_name" in r.text and "NUL" in r.text  # the page's HTML error


def test_the_nul_finder():
    assert nul_field(b'{"a": {"b": ["x", "y\\u0000"]}}', form=False) == "a.b.1"
    assert nul_field(b'{"a": "\\\\u0000"}', form=False) is None  # an escaped backslash, then text "u0000"
    assert nul_field(b"a=1&b=x%00y", form=True) == "b"
    assert nul_field(b"a=1&b=2", form=True) is None
