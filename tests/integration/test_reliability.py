"""Nothing accepted is lost, nothing is done twice: idempotent submissions, conditional approvals, append-only audit."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, select

from schemas.models import AuditEvent, HelpRequest, Proposal, StaffUser
from service.db import unit_of_work
from service.errors import Conflict
from service.proposals.usecases import approve_proposal
from tests.conftest import wait_for
from tests.factories import help_request, volunteer


def test_same_idempotency_key_gives_the_same_answer_and_one_record(client, engine):
    headers = {"Idempotency-Key": "form-7f3a"}
    first = client.post("/api/requests", json=help_request(), headers=headers)
    again = client.post("/api/requests", json=help_request(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other = client.post("/api/requests", json=help_request(description="別の依頼です。"), headers=headers)
    assert other.status_code == 422 and other.json()["error"] == "idempotency_key_reused"
    assert other.json()["message_ja"] and other.json()["message_en"]
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(HelpRequest)).one() == 1
    vol = {"Idempotency-Key": "vol-1"}
    assert (
        client.post("/api/volunteers", json=volunteer(), headers=vol).json()
        == client.post("/api/volunteers", json=volunteer(), headers=vol).json()
    )
    assert (
        client.post("/api/requests", json=help_request(), headers={"Idempotency-Key": ""}).status_code == 400
    )


def test_concurrent_submissions_with_one_key_store_one_request(client, engine):
    results: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def submit() -> None:
        r = client.post("/api/requests", json=help_request(), headers={"Idempotency-Key": "double-click"})
        with lock:
            results.append((r.status_code, r.json()))

    threads = [threading.Thread(target=submit) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {status for status, _ in results} == {201}
    assert len({body["id"] for _, body in results}) == 1
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(HelpRequest)).one() == 1


def _seed_proposals(client, staff, *, requests: int, helpers_needed: int, capacity: int):  # type: ignore[no-untyped-def]
    vid = client.post("/api/volunteers", json=volunteer(max_per_month=capacity)).json()["id"]
    rids = [
        client.post("/api/requests", json=help_request(helpers_needed=helpers_needed)).json()["id"]
        for _ in range(requests)
    ]
    for rid in rids:
        wait_for(
            lambda rid=rid: client.get(f"/api/requests/{rid}", headers=staff).json()["status"] == "proposed"
        )
    proposals = [
        next(
            p
            for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()
            if p["volunteer_id"] == vid
        )
        for rid in rids
    ]
    return vid, rids, [p["id"] for p in proposals]


def _approve_concurrently(engine, proposal_ids: list[int], staff_user: StaffUser) -> Counter:
    """Approves from many threads at once through the use-case, one transaction each; returns outcome counts."""
    outcomes: Counter = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(len(proposal_ids))

    def approve(pid: int) -> None:
        barrier.wait()
        try:
            with unit_of_work(engine) as session:
                approve_proposal(session=session, proposal_id=pid, staff=staff_user)
            outcome = "ok"
        except Conflict:
            outcome = "conflict"
        except Exception as exc:  # pragma: no cover - would be a 5xx
            outcome = f"error {type(exc).__name__}: {exc}"
        with lock:
            outcomes[outcome] += 1

    threads = [threading.Thread(target=approve, args=(pid,)) for pid in proposal_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def _staff_user(engine) -> StaffUser:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return s.exec(select(StaffUser)).one()


def test_200_concurrent_approvals_of_one_proposal_succeed_once(client, staff, engine):
    _, rids, pids = _seed_proposals(client, staff, requests=1, helpers_needed=1, capacity=4)
    outcomes = _approve_concurrently(engine, pids * 200, _staff_user(engine))
    assert outcomes == Counter({"ok": 1, "conflict": 199})
    with Session(engine) as s:
        assert (
            s.exec(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "approve")).one()
            == 1
        )
        assert s.get(HelpRequest, rids[0]).status == "filled"


def test_concurrent_approvals_over_the_http_api_give_one_200_and_409s(client, staff):
    _, _, pids = _seed_proposals(client, staff, requests=1, helpers_needed=1, capacity=4)
    codes: list[int] = []
    barrier = threading.Barrier(20)

    def approve() -> None:
        barrier.wait()
        codes.append(client.post(f"/api/proposals/{pids[0]}/approve", headers=staff).status_code)

    threads = [threading.Thread(target=approve) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200] + [409] * 19


def test_capacity_three_with_50_concurrent_approvals_allows_exactly_three(client, staff, engine):
    vid, _, pids = _seed_proposals(client, staff, requests=50, helpers_needed=1, capacity=3)
    outcomes = _approve_concurrently(engine, pids, _staff_user(engine))
    assert outcomes == Counter({"ok": 3, "conflict": 47})
    with Session(engine) as s:
        taken = s.exec(
            select(func.count())
            .select_from(Proposal)
            .where(Proposal.volunteer_id == vid, Proposal.status == "approved")
        ).one()
        assert taken == 3


def test_a_request_never_gets_more_approvals_than_helpers_needed(client, staff, engine):
    ids = [
        client.post("/api/volunteers", json=volunteer(display_name=f"助っ人{i}")).json()["id"]
        for i in range(6)
    ]
    rid = client.post("/api/requests", json=help_request(helpers_needed=2)).json()["id"]
    wait_for(lambda: len(client.get(f"/api/requests/{rid}/proposals", headers=staff).json()) == len(ids))
    pids = [p["id"] for p in client.get(f"/api/requests/{rid}/proposals", headers=staff).json()]
    outcomes = _approve_concurrently(engine, pids, _staff_user(engine))
    assert outcomes == Counter({"ok": 2, "conflict": 4})


def test_audit_rows_cannot_be_updated_or_deleted(client, staff, engine):
    client.post("/api/auth/login", json={"username": "coordinator", "password": "wrong-password-x"})
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(AuditEvent)).one() >= 1  # the login
    for statement in ("UPDATE audit_event SET actor = 'someone-else'", "DELETE FROM audit_event"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    with Session(engine) as s:
        assert "someone-else" not in s.exec(select(AuditEvent.actor)).all()


def test_every_decision_writes_exactly_one_audit_row_in_its_transaction(client, staff, engine):
    _, rids, pids = _seed_proposals(client, staff, requests=2, helpers_needed=1, capacity=4)
    assert client.post(f"/api/proposals/{pids[0]}/approve", headers=staff).status_code == 200
    assert (
        client.post(
            f"/api/proposals/{pids[1]}/reject", json={"reason": "日程が合わない"}, headers=staff
        ).status_code
        == 200
    )
    assert (
        client.post(f"/api/proposals/{pids[0]}/approve", headers=staff).status_code == 409
    )  # no row for a refusal
    with Session(engine) as s:
        rows = s.exec(
            select(AuditEvent.action, AuditEvent.entity_id).where(
                AuditEvent.action.in_(["approve", "reject"])
            )
        ).all()  # type: ignore[attr-defined]
    assert sorted(rows) == sorted([("approve", pids[0]), ("reject", pids[1])])
