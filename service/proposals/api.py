"""JSON API for staff decisions on proposals."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency

from schemas.models import (
    Decision,
    ProposalRead,
    StaffUser,
)
from schemas.outbox import ProposalAnswerRead
from service.outbox.api import outbox_read
from service.outbox.repository import list_proposal_messages
from service.outbox.usecases import ask_volunteer
from service.proposals.repository import get_proposal, proposal_read
from service.proposals.usecases import approve_proposal, reject_proposal
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard


class ProposalController(Controller):
    path = "/api/proposals"
    tags = ["proposals"]
    guards = [staff_guard]  # every route here needs a staff login

    @get("/{proposal_id:int}", sync_to_thread=True)
    def timeline(
        self,
        proposal_id: int,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
    ) -> ProposalAnswerRead:
        """Returns a proposal's timeline: status, when it was approved (asked), answered, reminded; its messages."""
        session = uow.session
        proposal = get_proposal(session, proposal_id, staff.org_id)
        messages = list_proposal_messages(session, proposal_id)
        return ProposalAnswerRead(
            **proposal.model_dump(include=set(ProposalAnswerRead.model_fields) - {"messages"}),
            # no addresses here (GET /api/outbox carries them, for admins)
            messages=[outbox_read(m, with_address=False) for m in messages],
        )

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
