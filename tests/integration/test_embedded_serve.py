"""The embedded mode as a user runs it: `skillbank serve` in its own process, SQLite, no Redis."""

from __future__ import annotations

from bench.latency import call, running
from tests.conftest import wait_for


def test_serve_process_matches_in_the_background(tmp_path):
    env = {
        "SKILLBANK_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'e.db'}",
        "REDIS_URL": "",
    }
    with running(env, worker=False, workdir=tmp_path) as (base, token):
        assert call(base, "GET", "/health")["broker"] == "embedded"  # type: ignore[index]
        created = call(
            base,
            "POST",
            "/api/requests",
            {
                "requester_kind": "group",
                "requester_name": "子ども食堂みんなのテーブル",
                "title": "調理の手伝い",
                "description": "子ども食堂で夕食づくりを手伝ってくださる方を探しています。",
                "area": "town_takeoka",
                "slots": [],
                "languages": ["ja"],
                "helpers_needed": 2,
            },
        )
        rid = created["id"]  # type: ignore[index]
        wait_for(
            lambda: call(base, "GET", f"/api/requests/{rid}", token=token)["status"] == "proposed",  # type: ignore[index]
            timeout=10,
        )
        proposals = call(base, "GET", f"/api/requests/{rid}/proposals", token=token)
        assert proposals and any(
            "料理" in " ".join(p["reasons"]) or "調理" in " ".join(p["reasons"])  # type: ignore[union-attr]
            for p in proposals
        )  # type: ignore[union-attr]
    assert "Traceback" not in (tmp_path / "serve.log").read_text()
