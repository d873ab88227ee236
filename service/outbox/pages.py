"""Staff pages of the outbox: the 連絡 queue (who to phone, what to say), printable notices, failed mail."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.response import Template

from schemas.enums import ProposalStatus
from schemas.models import utcnow
from schemas.outbox import MessageStatus
from service.outbox.repository import backlog, get_message, list_messages
from service.outbox.usecases import mark_task_done, resend
from service.proposals.answers import overdue_asks
from service.proposals.repository import answered_since
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.pages import page, redirect


def _record_path(recipient_kind: str, recipient_id: int) -> str:
    return f"/staff/{'volunteers' if recipient_kind == 'volunteer' else 'requests'}/{recipient_id}"


def today_summary(session: Any, settings: Settings) -> dict[str, int]:
    """Returns what the Today page flags: open 連絡 tasks, failed mail, asks unanswered after the reminder."""
    counts = backlog(session)
    return {
        "open_tasks": int(counts["open_tasks"] or 0),
        "failed": int(counts["failed"] or 0),
        "overdue": len(overdue_asks(session, settings)),
    }


@get("/staff/outbox", sync_to_thread=True, guards=[staff_guard])
def staff_outbox(request: Request, uow: NamedDependency[UnitOfWork]) -> Template:
    """The 連絡 queue: open tasks with the text to read out, failed mail with its reason, mail waiting to go.

    No contact details here (a list): each row links to the person's record, whose view is audited."""
    org = request.app.state.settings.org_id
    session = uow.session
    return page(
        request,
        "staff/outbox.html",
        tasks=list_messages(session, org, statuses=[MessageStatus.open], limit=200),
        failed=list_messages(session, org, statuses=[MessageStatus.failed], limit=200),
        unsent=list_messages(
            session, org, statuses=[MessageStatus.pending, MessageStatus.sending], limit=200
        ),
        record_path=_record_path,
        # the volunteers' answers staff must act on: declines (the next candidate is proposed) and silence
        declined=answered_since(session, ProposalStatus.declined, utcnow() - timedelta(days=14)),
        overdue=overdue_asks(session, request.app.state.settings),
        done=request.query_params.get("done"),
    )


@get("/staff/outbox/{message_id:int}/print", sync_to_thread=True, guards=[staff_guard])
def staff_outbox_print(request: Request, uow: NamedDependency[UnitOfWork], message_id: int) -> Template:
    """A printable notice (お知らせ) of one message, for post or for handing over."""
    message = get_message(uow.session, message_id, request.app.state.settings.org_id)
    if message is None:
        raise NotFoundException()
    return page(request, "staff/outbox_print.html", m=message)


@post("/staff/outbox/{message_id:int}/done", sync_to_thread=True, guards=[staff_guard])
def staff_outbox_done(request: Request, uow: NamedDependency[UnitOfWork], message_id: int) -> Response:
    """Marks a 連絡 task done and returns to the queue."""
    mark_task_done(
        session=uow.session,
        message_id=message_id,
        org_id=request.app.state.settings.org_id,
        actor=request.state.staff.username,
    )
    return redirect("/staff/outbox?done=done")


@post("/staff/outbox/{message_id:int}/resend", sync_to_thread=True, guards=[staff_guard])
def staff_outbox_resend(request: Request, uow: NamedDependency[UnitOfWork], message_id: int) -> Response:
    """Queues a failed mail again and returns to the queue."""
    resend(
        session=uow.session,
        message_id=message_id,
        org_id=request.app.state.settings.org_id,
        actor=request.state.staff.username,
    )
    return redirect("/staff/outbox?done=resend")


PAGES = [
    staff_outbox,
    staff_outbox_print,
    staff_outbox_done,
    staff_outbox_resend,
]
