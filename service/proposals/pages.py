"""Staff decisions on proposals from the console."""

from __future__ import annotations

from litestar import Request, Response, post

from service.db import unit_of_work
from service.proposals.usecases import approve_proposal, reject_proposal
from service.staff.pages import current_staff_user
from service.web.forms import FormData, form_value
from service.web.pages import STAFF_PAGE, redirect


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, **STAFF_PAGE)
def staff_approve(request: Request, proposal_id: int) -> Response:
    """Approves a proposal and returns to its request."""
    with unit_of_work(request.app.state.engine) as session:
        proposal = approve_proposal(
            session=session, proposal_id=proposal_id, staff=current_staff_user(request)
        )
    return redirect(f"/staff/requests/{proposal.request_id}?done=approve#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/reject", sync_to_thread=True, **STAFF_PAGE)
def staff_reject(request: Request, proposal_id: int, data: FormData) -> Response:
    """Rejects a proposal with an optional reason and returns to its request."""
    state = request.app.state
    reason = form_value(data, "reason")[:500] or None
    with unit_of_work(state.engine) as session:
        proposal, job = reject_proposal(
            session=session, proposal_id=proposal_id, staff=current_staff_user(request), reason=reason
        )
    if job is not None:
        state.dispatcher.dispatch([job.id])
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject#p{proposal_id}")


PAGES = [
    staff_approve,
    staff_reject,
]
