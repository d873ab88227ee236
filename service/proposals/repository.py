"""Proposal queries."""

from __future__ import annotations

from sqlmodel import Session, col, select

from schemas.models import (
    Proposal,
    ProposalRead,
    StaffUser,
    Volunteer,
)
from service.errors import NotFound
from service.requests.repository import get_request


def list_proposals(session: Session, request_id: int) -> list[ProposalRead]:
    """Returns the request's proposals in rank order, with who decided each."""
    rows = session.exec(
        select(Proposal, Volunteer.display_name, StaffUser.username)
        .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
        .outerjoin(StaffUser, col(StaffUser.id) == Proposal.decided_by)
        .where(Proposal.request_id == request_id)
        .order_by(col(Proposal.rank), col(Proposal.id))
    ).all()
    return [
        ProposalRead(
            **p.model_dump(exclude={"decided_by", "created_at", "updated_at"}),
            volunteer_name=name,
            decided_by=staff,
        )
        for p, name, staff in rows
    ]


def get_proposal(session: Session, proposal_id: int, org_id: str) -> Proposal:
    """Returns the proposal or raises NotFound."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or get_request(session, proposal.request_id, org_id) is None:
        raise NotFound("提案", "Proposal", proposal_id)
    return proposal


def proposal_read(session: Session, request_id: int, proposal_id: int) -> ProposalRead:
    """Returns one proposal of the request as staff see it."""
    return next(p for p in list_proposals(session, request_id) if p.id == proposal_id)
