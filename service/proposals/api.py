"""JSON API for staff decisions on proposals."""

from __future__ import annotations

from litestar import Controller, post
from litestar.di import NamedDependency

from schemas.models import (
    Decision,
    ProposalRead,
    StaffUser,
)
from service.outbox.usecases import ask_volunteer
from service.proposals.repository import proposal_read
from service.proposals.usecases import approve_proposal, reject_proposal
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard


class ProposalController(Controller):
    path = "/api/proposals"
    tags = ["proposals"]
    guards = [staff_guard]  # every route here needs a staff login

    @post("/{proposal_id:int}/approve", status_code=200, sync_to_thread=True)
    def approve(
        self,
        proposal_id: int,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
        settings: NamedDependency[Settings],
    ) -> ProposalRead:
        """Approves a proposal: 409 if already decided, the request is full or the volunteer is at capacity.

        The ask to the volunteer is written to the outbox in the same transaction."""
        session = uow.session

        def action():
            proposal = approve_proposal(session=session, proposal_id=proposal_id, staff=staff)
            ask_volunteer(session, settings, proposal)
            return proposal

        proposal = uow.retrying(action)
        return proposal_read(session, proposal.request_id, proposal_id)

    @post("/{proposal_id:int}/reject", status_code=200, sync_to_thread=True)
    def reject(
        self,
        proposal_id: int,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
        data: Decision | None = None,
    ) -> ProposalRead:
        """Rejects a proposal with an optional reason; that volunteer is not proposed again for the request."""
        proposal = uow.retrying(
            lambda: reject_proposal(
                uow=uow, proposal_id=proposal_id, staff=staff, reason=data.reason if data else None
            )
        )
        return proposal_read(uow.session, proposal.request_id, proposal_id)


ROUTES = [
    ProposalController,
]
