"""JSON API for staff decisions on proposals."""

from __future__ import annotations

from litestar import Controller, post
from litestar.di import NamedDependency
from sqlalchemy import Engine

from schemas.models import (
    Decision,
    ProposalRead,
    StaffUser,
)
from service.db import unit_of_work
from service.matching_jobs.dispatch import Dispatcher
from service.proposals.repository import list_proposals
from service.proposals.usecases import approve_proposal, reject_proposal
from service.web.params import STAFF


class ProposalController(Controller):
    path = "/api/proposals"
    tags = ["proposals"]

    @post("/{proposal_id:int}/approve", status_code=200, sync_to_thread=True, **STAFF)
    def approve(
        self, proposal_id: int, engine: NamedDependency[Engine], staff: NamedDependency[StaffUser]
    ) -> ProposalRead:
        """Approves a proposal: 409 if already decided, the request is full or the volunteer is at capacity."""
        with unit_of_work(engine) as session:
            proposal = approve_proposal(session=session, proposal_id=proposal_id, staff=staff)
            return _proposal_read(session, proposal.request_id, proposal_id)

    @post("/{proposal_id:int}/reject", status_code=200, sync_to_thread=True, **STAFF)
    def reject(
        self,
        proposal_id: int,
        engine: NamedDependency[Engine],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
        data: Decision | None = None,
    ) -> ProposalRead:
        """Rejects a proposal with an optional reason; that volunteer is not proposed again for the request."""
        with unit_of_work(engine) as session:
            proposal, job = reject_proposal(
                session=session, proposal_id=proposal_id, staff=staff, reason=data.reason if data else None
            )
            result = _proposal_read(session, proposal.request_id, proposal_id)
        if job is not None:
            dispatcher.dispatch([job.id])  # type: ignore[list-item]
        return result


def _proposal_read(session, request_id: int, proposal_id: int) -> ProposalRead:  # type: ignore[no-untyped-def]
    return next(p for p in list_proposals(session, request_id) if p.id == proposal_id)


ROUTES = [
    ProposalController,
]
