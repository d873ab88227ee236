"""The outbox: every message to a person is a row, written in the transaction of the event that causes it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from schemas.models import DEFAULT_ORG, utcnow


class Channel(StrEnum):
    email = "email"  # the sender delivers it over SMTP
    task = "task"  # no address or no SMTP: a 連絡 task for staff (phone, post, hand over)


class MessageStatus(StrEnum):
    pending = "pending"  # email waiting for the sender (or for its next attempt)
    sending = "sending"  # claimed by a sender under a lease
    sent = "sent"
    failed = "failed"  # refused for good (or too many attempts); staff may resend
    open = "open"  # a 連絡 task waiting for staff
    done = "done"  # a 連絡 task staff marked done


# Waiting for someone: the mail backlog (/health) and the staff queue.
UNSENT_STATUSES = (MessageStatus.pending, MessageStatus.sending)


class MessageKind(StrEnum):
    welcome = "welcome"  # a volunteer registered: the private link
    ask = "ask"  # staff approved a proposal: the volunteer is asked
    accepted = "accepted"  # the volunteer accepted: the requester is told who comes
    reminder = "reminder"  # no answer within SKILLBANK_ANSWER_DAYS: asked once more
    cancelled = "cancelled"  # the request was cancelled or closed: approved/accepted volunteers are told
    day_before = "day_before"  # an accepted volunteer, SKILLBANK_REMINDER_DAYS_BEFORE before each date
    date_cancelled = "date_cancelled"  # one date was cancelled (requester or staff): its volunteers are told
    dates_added = (
        "dates_added"  # a one-off gained dates (requester or staff): its assigned volunteers are told
    )
    # staff cancelled one date: the requester is told which (mail, or a 連絡 task), and that the others stand
    date_cancelled_requester = "date_cancelled_requester"


class OutboxMessage(SQLModel, table=True):
    """One message to one person; the body is rendered when the row is written (links from SKILLBANK_PUBLIC_URL)."""

    __tablename__ = "outbox_message"
    # a message that must go once per event (the day-before reminder of one date) names it: a second is refused
    __table_args__ = (Index("uq_outbox_message_dedupe", "org_id", "dedupe_key", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40, index=True)
    kind: str = Field(max_length=30)
    recipient_kind: str = Field(max_length=20)  # volunteer | request
    recipient_id: int = Field(index=True)
    proposal_id: int | None = Field(default=None, index=True)
    channel: str = Field(max_length=10)
    to_address: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    recipient_name: str = Field(default="", max_length=100)
    language: str = Field(default="ja", max_length=2)
    subject: str = Field(max_length=200)
    body: str
    status: str = Field(max_length=10, index=True)
    attempts: int = 0
    next_attempt_at: datetime | None = None
    lease_until: datetime | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    done_by: str | None = Field(default=None, max_length=80)
    done_at: datetime | None = None
    dedupe_key: str | None = Field(default=None, max_length=120)


class OutboxRead(SQLModel):
    id: int
    kind: MessageKind
    recipient_kind: str
    recipient_id: int
    proposal_id: int | None
    channel: Channel
    to_address: str | None = None  # admins only (service/privacy/rules.py)
    language: str
    subject: str
    status: MessageStatus
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    done_at: datetime | None


class ProposalAnswerRead(SQLModel):
    """A proposal's timeline: approved (asked) → accepted | declined, with the times."""

    id: int
    request_id: int
    volunteer_id: int
    status: str
    decided_at: datetime | None
    answered_at: datetime | None
    answer_note: str | None
    reminded_at: datetime | None
    messages: list[OutboxRead] = []
