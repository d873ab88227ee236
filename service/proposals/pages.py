"""Staff decisions on proposals from the console."""

from __future__ import annotations

from litestar import Request, Response, post
from litestar.di import NamedDependency

from service.proposals.usecases import approve_proposal, reject_proposal
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import redirect


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, guards=[staff_guard])
def staff_approve(request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int) -> Response:
    """Approves a proposal and returns to its request."""
    session, staff = uow.session, current_staff_user(request)
    # the same deadlock retry as the API: a matching worker locks these rows too
    proposal = uow.retrying(lambda: approve_proposal(session=session, proposal_id=proposal_id, staff=staff))
    return redirect(f"/staff/requests/{proposal.request_id}?done=approve#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/reject", sync_to_thread=True, guards=[staff_guard])
def staff_reject(
    request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int, data: FormData
) -> Response:
    """Rejects a proposal with an optional reason and returns to its request."""
    reason, staff = form_value(data, "reason")[:500] or None, current_staff_user(request)
    proposal = uow.retrying(
        lambda: reject_proposal(uow=uow, proposal_id=proposal_id, staff=staff, reason=reason)
    )
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject#p{proposal_id}")


PAGES = [
    staff_approve,
    staff_reject,
]
