"""Staff decisions on proposals from the console."""

from __future__ import annotations

from datetime import date
from typing import Any

from litestar import Request, Response, post
from litestar.di import NamedDependency
from litestar.response import Template

from schemas.models import Proposal
from service.errors import DomainError, InputError
from service.outbox.usecases import ask_volunteer
from service.privacy.links import resolve_private_link
from service.proposals.answers import Answer, answer_proposal
from service.proposals.repository import get_proposal
from service.proposals.usecases import approve_proposal, reject_proposal
from service.requests.staff_pages import request_page
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.forms import FormData, form_value
from service.web.pages import page, redirect
from service.web.params import PUBLIC


@post("/staff/proposals/{proposal_id:int}/approve", sync_to_thread=True, guards=[staff_guard])
def staff_approve(request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int) -> Response:
    """Approves a proposal and returns to its request; a refusal shows its reason on the candidate's card."""
    staff, settings = current_staff_user(request), request.app.state.settings

    def approve_and_ask(session: Any) -> Proposal:
        # the same deadlock retry as the API (a matching worker locks these rows too); the ask to the volunteer
        # is written in the approval's transaction
        proposal = approve_proposal(session=session, proposal_id=proposal_id, staff=staff)
        ask_volunteer(session, settings, proposal)
        return proposal

    try:
        proposal = uow.attempt_retrying(approve_and_ask)
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
    reason, staff = form_value(data, "reason")[:500] or None, current_staff_user(request)
    try:
        proposal = uow.attempt_retrying(
            lambda _session: reject_proposal(uow=uow, proposal_id=proposal_id, staff=staff, reason=reason)
        )
    except DomainError as exc:
        return _refused(request, uow, proposal_id, exc)
    return redirect(f"/staff/requests/{proposal.request_id}?done=reject&p={proposal_id}#p{proposal_id}")


@post("/staff/proposals/{proposal_id:int}/not-held", sync_to_thread=True, guards=[staff_guard])
def staff_not_held(
    request: Request, uow: NamedDependency[UnitOfWork], proposal_id: int, data: FormData
) -> Response:
    """「この日はなかった」 from Today: the assignment's passed date did not take place; it moves on to the next date
    (the same volunteer asked again) or completes. A refusal comes back to Today with its reason."""
    from service.activities.usecases import occurrence_not_held
    from service.staff.pages import today_page

    staff, settings = current_staff_user(request), request.app.state.settings
    try:
        try:
            day = date.fromisoformat(form_value(data, "day"))
        except ValueError:
            raise InputError(
                "日にちが正しくありません。ページを読み込み直してください。",
                "The date is not valid; please reload the page.",
                field="day",
            ) from None
        uow.attempt_retrying(
            lambda session: occurrence_not_held(
                session=session, settings=settings, proposal_id=proposal_id, day=day, staff=staff
            )
        )
    except DomainError as exc:
        if exc.status_code == 404:
            raise
        return today_page(request, uow, refusal=exc)
    return redirect("/staff?done=not_held#unrecorded")


def _answer(
    request: Request, uow: UnitOfWork, token: str, proposal_id: int, *, accept: bool, reason: str | None
) -> Template:
    volunteer_id = resolve_private_link(uow.session, token, "volunteer")
    outcome = answer_proposal(
        uow=uow,
        settings=request.app.state.settings,
        volunteer_id=volunteer_id,
        proposal_id=proposal_id,
        accept=accept,
        reason=reason,
    )
    # a repeated or late click gets a plain page and 409: nothing changed
    status = 200 if outcome in (Answer.accepted, Answer.declined) else 409
    return page(request, "volunteer_answer.html", status_code=status, outcome=outcome.value, token=token)


@post("/v/{token:str}/proposals/{proposal_id:int}/accept", opt=PUBLIC, sync_to_thread=True)
def volunteer_accept(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, proposal_id: int
) -> Template:
    """The volunteer accepts an ask from their private page (once)."""
    return _answer(request, uow, token, proposal_id, accept=True, reason=None)


@post("/v/{token:str}/proposals/{proposal_id:int}/decline", opt=PUBLIC, sync_to_thread=True)
def volunteer_decline(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, proposal_id: int, data: FormData
) -> Template:
    """The volunteer declines an ask, with an optional reason; the place reopens for the next candidate."""
    reason = form_value(data, "reason")[:500] or None
    return _answer(request, uow, token, proposal_id, accept=False, reason=reason)


PAGES = [
    staff_approve,
    staff_reject,
    staff_not_held,
    volunteer_accept,
    volunteer_decline,
]
