"""schemathesis over the OpenAPI document, anonymously and with staff and admin sessions.

Positive and negative (schema-violating) data for every operation; checks: no 5xx and every documented response
matches its schema. SKILLBANK_FUZZ_EXAMPLES sets the total number of generated requests (default ~600, the normal
suite; `make chaos`/heavy runs use 5000+).
"""

from __future__ import annotations

import collections
import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from service.app import create_app
from service.staff import throttle
from tests.conftest import login, make_staff

TOTAL = int(os.environ.get("SKILLBANK_FUZZ_EXAMPLES", "600"))
SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
# Operations that end the fuzzer's own session; they are fuzzed anonymously (and covered by test_accounts).
SESSION_ENDING = {("POST", "/api/auth/logout")}


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def _run(schema: Any, who: str, headers: dict[str, str], per_op_mode: int, stats: dict[str, Any]) -> None:
    for op in _operations(schema):
        if headers and (op.method.upper(), op.path) in SESSION_ENDING:
            continue
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                strategy = op.as_strategy(generation_mode=mode)
            except Exception:  # no negative variant possible for this operation
                continue

            @given(case=strategy)
            @hsettings(
                max_examples=per_op_mode,
                deadline=None,
                database=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def fuzz(case: Any) -> None:
                if "staff_id" in (case.path_parameters or {}):
                    case.path_parameters["staff_id"] = stats["other_staff_id"]  # never lock the fuzzer out
                response = case.call(headers=headers)
                stats["requests"] += 1
                stats["status"][response.status_code // 100] += 1
                try:
                    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
                except BaseException as exc:  # noqa: BLE001 (failure groups) collect, so one run reports all
                    key = f"{who} {op.method.upper()} {op.path} [{mode.value}] {response.status_code}"  # noqa: B023 (called in this iteration)
                    stats["failures"].setdefault(key, str(exc)[:400])

            try:
                fuzz()
            except (
                Exception
            ) as exc:  # hypothesis could not generate: no way to violate a parameterless operation
                if type(exc).__name__ != "Unsatisfiable" or mode is GenerationMode.POSITIVE:
                    stats["generation_errors"].append(f"{op.method} {op.path} {mode.value}: {exc!r}"[:300])


@SQLITE
def test_schemathesis_finds_no_5xx_and_no_schema_violation(settings, engine, monkeypatch):

    monkeypatch.setattr(
        throttle, "ACCOUNT_LIMIT", 10**6
    )  # the fuzzer logs in with random names from one address
    monkeypatch.setattr(throttle, "ADDRESS_LIMIT", 10**6)
    make_staff(engine, "coordinator")
    make_staff(engine, "chief", role="admin")
    make_staff(engine, "spare")
    app = create_app(settings, engine=engine, start_dispatcher=False)
    from litestar.testing import TestClient

    with TestClient(app) as c:
        staff_token, admin_token = login(c, "coordinator"), login(c, "chief")
        spare_id = next(
            u["id"]
            for u in c.get("/api/staff", headers={"Authorization": f"Bearer {admin_token}"}).json()
            if u["username"] == "spare"
        )
    schema = schemathesis.openapi.from_asgi("/schema/openapi.json", app)
    n_ops = len(_operations(schema))
    runs = [
        ("anonymous", {}),
        ("staff", {"Authorization": f"Bearer {staff_token}"}),
        ("admin", {"Authorization": f"Bearer {admin_token}"}),
    ]
    per_op_mode = max(2, -(-TOTAL // (n_ops * 2 * len(runs))))
    stats: dict[str, Any] = {
        "requests": 0,
        "status": collections.Counter(),
        "failures": {},
        "generation_errors": [],
        "other_staff_id": spare_id,
    }
    rounds = 0
    while stats["requests"] < TOTAL and rounds < 6:  # small operations run out of distinct examples: go again
        for who, headers in runs:
            _run(schema, who, headers, per_op_mode, stats)
        rounds += 1
    print(
        f"\nschemathesis: {stats['requests']} requests in {rounds} round(s) over {n_ops} operations × 3 callers × 2 modes; "
        f"status classes {dict(sorted(stats['status'].items()))}; failures {len(stats['failures'])}; "
        f"generation errors {len(stats['generation_errors'])}"
    )
    print(" generation errors:", stats["generation_errors"])
    for key, message in stats["failures"].items():
        print(" -", key, message.replace("\n", " ")[:300])
    assert stats["failures"] == {}
    assert stats["generation_errors"] == []
    assert stats["status"][5] == 0
    assert stats["requests"] >= TOTAL
