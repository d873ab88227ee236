"""JSON API of the outbox: the messages and their state (addresses for admins only), resend, mark a task done."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency

from schemas.models import StaffUser
from schemas.outbox import MessageStatus, OutboxMessage, OutboxRead
from service.outbox.repository import list_messages
from service.outbox.usecases import mark_task_done, resend
from service.privacy.rules import ContactView, contact_visible
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.params import Limit, Offset


def outbox_read(message: OutboxMessage, *, with_address: bool) -> OutboxRead:
    """Returns the API shape of a message; the address only when the caller may see contacts in lists."""
    return OutboxRead.model_validate(
        {**message.model_dump(), "to_address": message.to_address if with_address else None}
    )


class OutboxController(Controller):
    path = "/api/outbox"
    tags = ["outbox"]
    guards = [staff_guard]

    @get("/", sync_to_thread=True)
    def list(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        limit: Limit,
        offset: Offset,
        status: MessageStatus | None = None,
    ) -> list[OutboxRead]:
        """Lists messages newest first with their state; recipients' addresses for admins only."""
        shown = contact_visible(staff.role, ContactView.list)
        rows = list_messages(
            uow.session, settings.org_id, statuses=[status] if status else None, limit=limit, offset=offset
        )
        return [outbox_read(m, with_address=shown) for m in rows]

    @post("/{message_id:int}/resend", status_code=200, sync_to_thread=True)
    def resend(
        self,
        message_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> OutboxRead:
        """Queues a failed mail again (409 unless it failed)."""
        message = resend(
            session=uow.session, message_id=message_id, org_id=settings.org_id, actor=staff.username
        )
        return outbox_read(message, with_address=contact_visible(staff.role, ContactView.change))

    @post("/{message_id:int}/done", status_code=200, sync_to_thread=True)
    def done(
        self,
        message_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> OutboxRead:
        """Marks a 連絡 task done (409 if it is not an open task)."""
        message = mark_task_done(
            session=uow.session, message_id=message_id, org_id=settings.org_id, actor=staff.username
        )
        return outbox_read(message, with_address=contact_visible(staff.role, ContactView.change))


ROUTES = [
    OutboxController,
]
