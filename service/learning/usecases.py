"""Training runs and the choice of weights: fit on staff decisions, adopt only what beats the current weights on
held-out decisions, let an admin roll back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session

from schemas.learning import WeightSet, WeightSetRead, WeightSetStatus
from schemas.models import utcnow
from service.audit import audit
from service.errors import Conflict, NotFound
from service.learning import repository as repo

if TYPE_CHECKING:
    from matching.algorithm import Algorithm


def shipped() -> Algorithm:
    """Returns the algorithm the project ships (imported on first use: the ranking machinery's numpy and
    scikit-learn are not on the web process's start path)."""
    from matching.algorithm import DEFAULT  # noqa: PLC0415

    return DEFAULT


def algorithm_of(ws: WeightSet | None, base: Algorithm | None = None) -> Algorithm:
    """Returns the algorithm a weight set ranks with (the shipped one without a set), named e.g. skill-v4.2+w3."""
    from matching.learning import with_weights  # noqa: PLC0415

    base = base or shipped()
    return base if ws is None else with_weights(base, ws.weights, ws.tag)


def current_algorithm(session: Session, org_id: str, base: Algorithm | None = None) -> Algorithm:
    """Returns the algorithm that ranks the organisation's requests now."""
    return algorithm_of(repo.active_set(session, org_id), base)


def to_read(ws: WeightSet, base: Algorithm | None = None) -> WeightSetRead:
    """Returns the API shape of a weight set."""
    return WeightSetRead(
        id=ws.id or 0,
        tag=ws.tag,
        algorithm=algorithm_of(ws, base).name,
        **ws.model_dump(exclude={"id", "seq"}),
    )


def train_weights(*, session: Session, org_id: str, actor: str, base: Algorithm | None = None) -> WeightSet:
    """Fits weights to every approve/reject decision and stores the run: active when it orders held-out decisions
    better than the weights ranking now (which it then replaces), refused otherwise."""
    from matching.learning import train  # noqa: PLC0415

    base = base or shipped()
    repo.lock_sets(session, org_id)  # one training or activation at a time per organisation
    active = repo.active_set(session, org_id)
    current = algorithm_of(active, base)
    decisions = repo.staff_decisions(session, org_id)
    cmp = train(current, decisions)
    if not cmp.train_pairs:  # the request is fine; the decisions so far do not allow it yet
        raise Conflict(
            f"学習に使える判断（同じ依頼の承認と見送りの組）がありません（判断{len(decisions)}件）。",
            f"No approved-and-rejected pairs within a request to learn from ({len(decisions)} decisions).",
        )
    now = utcnow()
    ws = WeightSet(
        org_id=org_id,
        seq=repo.next_seq(session, org_id),
        base_algorithm=base.name,
        weights=cmp.proposed,
        previous=cmp.current,
        status=WeightSetStatus.active if cmp.adopt else WeightSetStatus.refused,
        current_accuracy=round(cmp.current_heldout.accuracy, 4),
        proposed_accuracy=round(cmp.proposed_heldout.accuracy, 4),
        heldout_requests=cmp.current_heldout.requests,
        heldout_pairs=cmp.current_heldout.pairs,
        train_pairs=cmp.train_pairs,
        decisions=len(decisions),
        note=cmp.note[:200],
        created_by=actor[:100],
        created_at=now,
        changed_at=now,
    )
    if cmp.adopt and active is not None:
        active.status, active.changed_at = WeightSetStatus.retired, now
        session.add(active)
        session.flush()  # one active set at a time, also for a unique index a later migration may add
    session.add(ws)
    session.flush()
    audit(
        session,
        actor=actor,
        action="learning.train",
        entity="weight_set",
        entity_id=ws.id,
        adopted=cmp.adopt,
        current=ws.current_accuracy,
        proposed=ws.proposed_accuracy,
    )
    return ws


def activate_set(*, session: Session, org_id: str, set_id: int, actor: str) -> WeightSet:
    """Makes a weight set that ranked before rank again (a roll-back to a chosen set)."""
    sets = repo.lock_sets(session, org_id)
    target = next((s for s in sets if s.id == set_id), None)
    if target is None:
        raise NotFound("重みセット", "Weight set", set_id)
    if target.status == WeightSetStatus.active:
        return target
    if target.status != WeightSetStatus.retired:
        raise Conflict(
            "保留データで現在の重みに勝てなかった重みセットは使えません。",
            "A weight set that did not beat the current weights on held-out decisions cannot be activated.",
        )
    now = utcnow()
    for s in sets:
        if s.status == WeightSetStatus.active:
            s.status, s.changed_at = WeightSetStatus.retired, now
            session.add(s)
    session.flush()
    target.status, target.changed_at = WeightSetStatus.active, now
    session.add(target)
    audit(session, actor=actor, action="learning.activate", entity="weight_set", entity_id=target.id)
    return target


def roll_back(*, session: Session, org_id: str, actor: str) -> WeightSet | None:
    """Retires the active weight set and restores the one that ranked before it (none: the shipped weights);
    returns the set now active."""
    sets = repo.lock_sets(session, org_id)
    active = next((s for s in sets if s.status == WeightSetStatus.active), None)
    if active is None:
        raise Conflict("すでに標準の重みで順位付けしています。", "The shipped weights already rank.")
    earlier = [s for s in sets if s.status == WeightSetStatus.retired and s.seq < active.seq]
    restored = max(earlier, key=lambda s: s.seq) if earlier else None
    now = utcnow()
    active.status, active.changed_at = WeightSetStatus.retired, now
    session.add(active)
    session.flush()
    if restored is not None:
        restored.status, restored.changed_at = WeightSetStatus.active, now
        session.add(restored)
    audit(
        session,
        actor=actor,
        action="learning.rollback",
        entity="weight_set",
        entity_id=active.id,
        restored=restored.id if restored else None,
    )
    return restored
