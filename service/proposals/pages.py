"""Staff decisions on proposals from the console."""

from __future__ import annotations

from litestar import Request, Response, post
from litestar.di import NamedDependency

from service.errors import DomainError
from service.proposals.repository import get_proposal
from service.proposals.usecases import approve_proposal, reject_proposal
from service.requests.pages import request_page
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import redirect


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, guards=[staff_guard])
def staff_approve(request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int) -> Response:
    """Approves a proposal and returns to its request; a refusal shows its reason on the candidate's card."""
    staff = current_staff_user(request)
    try:
        with uow.attempt() as session:
            proposal = approve_proposal(session=session, proposal_id=proposal_id, staff=staff)
    except DomainError as exc:
        return _refused(request, uow, proposal_id, exc)
    return redirect(f"/staff/requests/{proposal.request_id}?done=approve&p={proposal_id}#p{proposal_id}")


def _refused(request: Request, uow: UnitOfWork, proposal_id: int, exc: DomainError) -> Response:
    """The request page again with the refusal next to the card whose button was pressed (404s stay pages)."""
    if exc.status_code == 404:
        raise exc
    request_id = get_proposal(uow.session, proposal_id, current_staff_user(request).org_id).request_id
    return request_page(request, uow, request_id, refusal=(f"p{proposal_id}", exc))


@post("/staff/proposals/{proposal_id:int}/reject", sync_to_thread=True, guards=[staff_guard])
def staff_reject(
    request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int, data: FormData
) -> Response:
    """Rejects a proposal with an optional reason and returns to its request."""
    reason = form_value(data, "reason")[:500] or None
    try:
        with uow.attempt():
            proposal = reject_proposal(
                uow=uow, proposal_id=proposal_id, staff=current_staff_user(request), reason=reason
            )
    except DomainError as exc:
        return _refused(request, uow, proposal_id, exc)
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject&p={proposal_id}#p{proposal_id}")


PAGES = [
    staff_approve,
    staff_reject,
]
