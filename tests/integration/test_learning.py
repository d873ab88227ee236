"""Learning from staff through the real app, on SQLite and PostgreSQL: past approve/reject decisions fit new
weights, which rank the next proposals only after beating the current ones on held-out decisions; every
proposal names the weights that ranked it; an admin (only) sees the comparison and rolls back."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess

from sqlmodel import select

from matching.algorithm import DEFAULT
from schemas.enums import ProposalStatus, RequestStatus
from schemas.models import AuditEvent, HelpRequest, Proposal, Volunteer
from service.db import make_engine, unit_of_work
from tests.conftest import ROOT, STAFF_PASSWORD, login, make_staff, wait_for
from tests.factories import help_request, volunteer


def _seed_place_minded_decisions(engine, volunteer_ids: list[int], n: int = 60) -> None:
    """Stores n closed requests whose proposals staff decided like a coordinator who weighs distance far more
    than the shipped weights (area cubed): the nearest good candidates approved, the rest rejected."""
    rng = random.Random(5)
    with unit_of_work(engine) as session:
        for _ in range(n):
            req = HelpRequest(requester_name="過去の依頼", description="記録のみ", status=RequestStatus.done)
            session.add(req)
            session.flush()
            cands = []
            for vid in volunteer_ids:
                f = {
                    "skill": rng.choice([1.0, 0.85, 0.7, 0.5]),
                    "coverage": rng.choice([1.0, 0.5]),
                    "area": rng.choice([1.0, 0.8, 0.6, 0.4]),
                    "time": 1.0,
                }
                cands.append(((0.6 * f["skill"] + 0.4 * f["coverage"]) * f["area"] ** 3, vid, f))
            cands.sort(key=lambda c: -c[0])
            for rank, (utility, vid, f) in enumerate(cands, start=1):
                session.add(
                    Proposal(
                        request_id=req.id,
                        volunteer_id=vid,
                        rank=rank,
                        score=round(utility, 4),
                        factors=f,
                        algorithm=DEFAULT.name,
                        status=ProposalStatus.approved if rank <= 2 else ProposalStatus.rejected,
                    )
                )


def _algorithms(client, staff, request_id) -> set[str]:  # type: ignore[no-untyped-def]
    r = client.get(f"/api/requests/{request_id}/proposals", headers=staff)
    assert r.status_code == 200, r.text
    return {p["algorithm"] for p in r.json()}


def _matched(client, staff) -> set[str]:  # type: ignore[no-untyped-def]
    """Submits a fresh request and returns the algorithm names on its proposals once matched."""
    rid = client.post("/api/requests", json=help_request()).json()["id"]
    return wait_for(lambda: _algorithms(client, staff, rid), timeout=10)  # type: ignore[return-value]


def test_learned_weights_rank_after_the_guard_and_roll_back(client, staff, engine):
    vids = [
        client.post("/api/volunteers", json=volunteer(display_name=f"支援 {i}")).json()["id"]
        for i in range(6)
    ]
    make_staff(engine, "chief", role="admin")
    admin = {"Authorization": f"Bearer {login(client, 'chief')}"}
    client.cookies.clear()

    # Nothing to learn from yet: 409 with a reason in both languages, nothing stored.
    r = client.post("/api/learning/train", headers=admin)
    assert r.status_code == 409 and "pairs" in r.text, r.text
    assert _matched(client, staff) == {DEFAULT.name}

    _seed_place_minded_decisions(engine, vids)
    # Staff who are not admins neither train nor see the weights.
    assert client.post("/api/learning/train", headers=staff).status_code == 403
    assert client.get("/api/learning/weights", headers=staff).status_code == 403

    r = client.post("/api/learning/train", headers=admin)
    assert r.status_code == 201, r.text
    w1 = r.json()
    assert w1["status"] == "active" and w1["tag"] == "w1", w1
    assert w1["algorithm"] == f"{DEFAULT.name}+w1"
    assert w1["proposed_accuracy"] > w1["current_accuracy"] and w1["heldout_requests"] >= 50
    assert w1["weights"]["area"] > w1["previous"]["area"] == 1.0  # staff weigh distance more

    # The next request is ranked by the adopted weights, and its proposals say so.
    assert _matched(client, staff) == {f"{DEFAULT.name}+w1"}

    # Training again on the same decisions cannot beat w1 by the margin: refused, w1 keeps ranking.
    w2 = client.post("/api/learning/train", headers=admin).json()
    assert w2["tag"] == "w2" and w2["status"] == "refused", w2
    assert client.post(f"/api/learning/weights/{w2['id']}/activate", headers=admin).status_code == 409

    # Roll back: the shipped weights rank again; activate w1 again: it ranks again.
    r = client.post("/api/learning/rollback", headers=admin)
    assert r.status_code == 201 and r.json() is None, r.text
    assert _matched(client, staff) == {DEFAULT.name}
    assert client.post("/api/learning/rollback", headers=admin).status_code == 409
    r = client.post(f"/api/learning/weights/{w1['id']}/activate", headers=admin)
    assert r.status_code == 201 and r.json()["status"] == "active", r.text
    assert _matched(client, staff) == {f"{DEFAULT.name}+w1"}

    listed = client.get("/api/learning/weights", headers=admin).json()
    assert [(s["tag"], s["status"]) for s in listed] == [("w2", "refused"), ("w1", "active")]
    with unit_of_work(engine) as session:
        actions = session.exec(
            select(AuditEvent.action).where(AuditEvent.entity == "weight_set").order_by(AuditEvent.id)
        ).all()
    assert actions == [
        "learning.train",
        "learning.train",
        "learning.rollback",
        "learning.activate",
    ]


def test_the_learning_page_is_for_admins(client, staff, engine):
    make_staff(engine, "chief", role="admin")
    assert client.get("/staff/learning", headers=staff).status_code == 403
    # an admin logs in through the page (a session cookie and the form's CSRF token, as a browser does)
    token = re.search(r'name="_csrf_token" value="([^"]+)"', client.get("/staff/login").text).group(1)  # type: ignore[union-attr]
    r = client.post(
        "/staff/login",
        data={"username": "chief", "password": STAFF_PASSWORD, "_csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code in (302, 303), r.text
    page = client.get("/staff/learning")
    assert page.status_code == 200, page.text
    assert DEFAULT.name in page.text and "標準の重み" in page.text and "/staff/learning" in page.text
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    # a training with nothing to learn from says why on the page instead of failing
    r = client.post("/staff/learning/train", data={"_csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("done=train-refused"), r.text
    assert "同じ依頼の承認と見送りの組" in client.get(r.headers["location"]).text
    r = client.post("/staff/learning/rollback", data={"_csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("done=rollback-refused"), r.text


def test_the_learn_command_trains_lists_and_rolls_back(sqlite_url, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": sqlite_url,
        "SKILLBANK_VAR_DIR": str(tmp_path / "var"),
        "SKILLBANK_SECRET_KEY": "test-secret-key-not-for-production",
    }

    def learn(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(ROOT / ".venv" / "bin" / "skillbank"), "learn", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = learn()
    assert out.returncode == 2 and "pairs" in out.stderr, out
    engine = make_engine(sqlite_url)
    with unit_of_work(engine) as session:
        for i in range(6):
            session.add(Volunteer(display_name=f"支援 {i}", skills=["LINE"], bio="", availability=[]))
        session.flush()
        vids = [v.id for v in session.exec(select(Volunteer)).all()]
    _seed_place_minded_decisions(engine, vids)
    engine.dispose()
    out = learn()
    assert out.returncode == 0, out.stderr
    w1 = json.loads(out.stdout)
    assert w1["status"] == "active" and w1["algorithm"] == f"{DEFAULT.name}+w1", w1
    listed = json.loads(learn("--list").stdout)
    assert [s["tag"] for s in listed] == ["w1"]
    out = learn("--rollback")
    assert out.returncode == 0 and json.loads(out.stdout) is None, out
    out = learn("--rollback")
    assert out.returncode == 2 and "shipped weights" in out.stderr, out
