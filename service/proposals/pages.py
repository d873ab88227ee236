"""Staff decisions on proposals from the console."""

from __future__ import annotations

from litestar import Request, Response, post
from litestar.di import NamedDependency

from service.outbox.usecases import ask_volunteer
from service.proposals.usecases import approve_proposal, reject_proposal
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import redirect


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, guards=[staff_guard])
def staff_approve(request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int) -> Response:
    """Approves a proposal and returns to its request."""
    session = uow.session
    proposal = approve_proposal(session=session, proposal_id=proposal_id, staff=current_staff_user(request))
    ask_volunteer(session, request.app.state.settings, proposal)  # the ask, in the approval's transaction
    return redirect(f"/staff/requests/{proposal.request_id}?done=approve#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/reject", sync_to_thread=True, guards=[staff_guard])
def staff_reject(
    request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int, data: FormData
) -> Response:
    """Rejects a proposal with an optional reason and returns to its request."""
    reason = form_value(data, "reason")[:500] or None
    proposal = reject_proposal(
        uow=uow, proposal_id=proposal_id, staff=current_staff_user(request), reason=reason
    )
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject#p{proposal_id}")


PAGES = [
    staff_approve,
    staff_reject,
]
