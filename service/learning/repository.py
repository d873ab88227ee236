"""All SQL of the learning domain: staff decisions as training data, and the stored weight sets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, col, select

from schemas.enums import TAKEN_PROPOSAL_STATUSES, ProposalStatus
from schemas.learning import WeightSet, WeightSetStatus
from schemas.models import HelpRequest, Proposal

if TYPE_CHECKING:
    from matching.learning import Decision

APPROVED = (
    *TAKEN_PROPOSAL_STATUSES,
    ProposalStatus.declined,
)  # staff approved; the volunteer's answer is theirs


def staff_decisions(session: Session, org_id: str) -> list[Decision]:
    """Returns every approve/reject decision of the organisation with the factors the proposal was ranked with."""
    from matching.learning import Decision  # noqa: PLC0415  (numpy: not on the web process's start path)

    rows = session.exec(
        select(Proposal.request_id, Proposal.factors, Proposal.status)
        .join(HelpRequest, col(HelpRequest.id) == col(Proposal.request_id))
        .where(
            HelpRequest.org_id == org_id,
            col(Proposal.status).in_([*APPROVED, ProposalStatus.rejected]),
        )
        .order_by(col(Proposal.request_id), col(Proposal.id))
    ).all()
    return [
        Decision(str(rid), dict(factors or {}), status != ProposalStatus.rejected)
        for rid, factors, status in rows
    ]


def active_set(session: Session, org_id: str) -> WeightSet | None:
    """Returns the organisation's active weight set, if any (none: the shipped weights rank)."""
    return session.exec(
        select(WeightSet).where(WeightSet.org_id == org_id, WeightSet.status == WeightSetStatus.active)
    ).first()


def weight_sets(session: Session, org_id: str, limit: int = 50) -> list[WeightSet]:
    """Returns the organisation's weight sets, newest first."""
    return list(
        session.exec(
            select(WeightSet)
            .where(WeightSet.org_id == org_id)
            .order_by(col(WeightSet.seq).desc())
            .limit(limit)
        ).all()
    )


def get_set(session: Session, org_id: str, set_id: int, *, lock: bool = False) -> WeightSet | None:
    """Returns one weight set of the organisation."""
    q = select(WeightSet).where(WeightSet.org_id == org_id, WeightSet.id == set_id)
    return session.exec(q.with_for_update() if lock else q).first()


def lock_sets(session: Session, org_id: str) -> list[WeightSet]:
    """Returns (and locks, so two activations cannot leave two active sets) every set of the organisation."""
    return list(session.exec(select(WeightSet).where(WeightSet.org_id == org_id).with_for_update()).all())


def next_seq(session: Session, org_id: str) -> int:
    """Returns the next weight set number of the organisation (w1, w2 …)."""
    top = session.exec(select(func.max(WeightSet.seq)).where(WeightSet.org_id == org_id)).one()
    return int(top or 0) + 1
