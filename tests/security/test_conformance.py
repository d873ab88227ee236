"""schemathesis's conformance checks against the app: the OpenAPI document is the truth.

Every operation is taken from the served schema (so a route added later is covered without touching this file),
called through the ASGI transport with an admin's bearer token, in schemathesis's examples, coverage and fuzzing
phases, and every response is checked: status code documented, content type documented, headers documented,
body matching its schema, valid data accepted, invalid data refused, a missing required header refused, an
undocumented method answered 405 with `Allow`. SKILLBANK_CONFORMANCE_EXAMPLES bounds the fuzzing per operation.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import settings as hypothesis_settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from service.app import create_app
from service.db import make_engine
from service.migrate import upgrade
from service.settings import Settings
from service.staff import throttle
from tests.conftest import STAFF_PASSWORD, make_staff

EXAMPLES = int(os.environ.get("SKILLBANK_CONFORMANCE_EXAMPLES", "6"))
STATS: dict[str, Any] = {"requests": 0, "operations": set(), "status": collections.Counter()}


# The schema is read at collection (schemathesis's lazy fixture loader does not run on this pytest), so the app
# is built here, on a SQLite file of its own; the fixture below migrates it and logs an admin in.
_TMP = Path(tempfile.mkdtemp(prefix="sb-conformance-"))
_URL = f"sqlite:///{_TMP / 'skillbank.db'}"
_ENGINE = make_engine(_URL)
_SETTINGS = Settings.from_env(
    {
        "DATABASE_URL": _URL,
        "SKILLBANK_VAR_DIR": str(_TMP / "var"),
        "SKILLBANK_SECRET_KEY": "test-secret-key-not-for-production",
        "SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR": "0",
    }
)
_APP = create_app(_SETTINGS, engine=_ENGINE, start_dispatcher=False)
schema = schemathesis.openapi.from_asgi("/schema/openapi.json", _APP)
schema.config.generation.update(max_examples=EXAMPLES)


async def _login_admin() -> tuple[str, int]:
    transport = httpx.ASGITransport(app=_APP)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        r = await c.post("/api/auth/login", json={"username": "chief", "password": STAFF_PASSWORD})
        token = r.json()["token"]
        staff = (await c.get("/api/staff", headers={"Authorization": f"Bearer {token}"})).json()
    return token, next(u["id"] for u in staff if u["username"] == "spare")


@pytest.fixture(scope="module")
def conformance_app(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    upgrade(_ENGINE)
    patch = pytest.MonkeyPatch()
    patch.setattr(throttle, "ACCOUNT_LIMIT", 10**6)  # the fuzzer logs in with random names from one address
    patch.setattr(throttle, "ADDRESS_LIMIT", 10**6)
    make_staff(_ENGINE, "chief", role="admin")
    make_staff(_ENGINE, "spare")
    # plain ASGI calls, no lifespan: schemathesis's transport drives the same app object afterwards
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        token, spare = pool.submit(asyncio.run, _login_admin()).result()
    yield {"token": token, "spare": spare}
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(
            f"\nschemathesis conformance: {STATS['requests']} requests over {len(STATS['operations'])} operations, "
            f"status classes {dict(sorted(STATS['status'].items()))}"
        )
    patch.undo()
    _ENGINE.dispose()
    shutil.rmtree(_TMP, ignore_errors=True)


# Business rules the document states in words, not in JSON Schema (they depend on another field, another parameter
# or a list kept out of the document): a schema-valid request may get 400 naming exactly these fields, and nothing
# else. Every other schema-valid request must be accepted.
BUSINESS_RULES: dict[tuple[str, str], set[str]] = {
    ("POST", "/api/staff"): {
        "password"
    },  # not a common password, not one character or a short pattern repeated
    ("PATCH", "/api/staff/{staff_id}"): {"password"},
    ("POST", "/api/requests/{request_id}/close"): {"body"},  # a failed request needs a reason
    # the schedule's kind says which of its fields are needed; an end not before the start; years 2000–2100;
    # a description of only spaces is refused when there is no title either (one of the two must say the need)
    ("POST", "/api/requests"): {"schedule", "description"},
    # the body is a schedule: its kind says which of its fields are needed (the same rules as above)
    ("PUT", "/api/requests/{request_id}/schedule"): {"body"},
    ("POST", "/api/activities"): {
        "volunteer_ids",
        "body",
    },  # volunteer_ids or proposal_id; a class: attendees
    ("GET", "/api/metrics"): {"from"},  # the period ends after it starts
    ("GET", "/api/metrics/export.xlsx"): {"from"},
    ("POST", "/api/consents/{kind}/{person_id}"): {"purpose"},  # the purposes of that kind of person
    ("PATCH", "/api/people/{kind}/{person_id}"): {
        "kind"
    },  # requests only; volunteers: PATCH /api/volunteers/{id}
}


def _business_rule_only(case: Any, response: Any) -> None:
    """A positive case refused with 400 must name only the operation's business-rule fields."""
    allowed = BUSINESS_RULES[(case.method.upper(), case.path)]
    if case.meta is None or not case.meta.generation.mode.is_positive or response.status_code != 400:
        return
    fields = {f["field"] for f in response.json().get("fields") or [{"field": "?"}]}
    assert fields <= allowed, (
        f"{case.method} {case.path}: schema-valid data refused for {fields}: {response.text}"
    )


# The same examples on every run, so a red run means the code changed (SKILLBANK_CONFORMANCE_RANDOM=1 explores).
DERANDOMIZE = os.environ.get("SKILLBANK_CONFORMANCE_RANDOM") != "1"


@schema.parametrize()
@hypothesis_settings(derandomize=DERANDOMIZE)
def test_the_api_conforms_to_its_document(case: Any, conformance_app: dict[str, Any]) -> None:
    if "staff_id" in (case.path_parameters or {}):
        case.path_parameters["staff_id"] = conformance_app["spare"]  # never disable the caller itself
    if case.headers and "Idempotency-Key" in case.headers:  # a reused key with another body is 422, by design
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
    # logging out ends the session it is called with: that operation is called without one
    ending = (case.method.upper(), case.path) == ("POST", "/api/auth/logout")
    headers = {} if ending else {"Authorization": f"Bearer {conformance_app['token']}"}
    response = case.call(headers=headers)
    STATS["requests"] += 1
    STATS["operations"].add(case.operation.label)
    STATS["status"][f"{response.status_code // 100}xx"] += 1
    if (case.method.upper(), case.path) in BUSINESS_RULES:
        case.validate_response(response, headers=headers, excluded_checks=[positive_data_acceptance])
        _business_rule_only(case, response)
    else:
        case.validate_response(response, headers=headers)
