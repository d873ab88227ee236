"""Queries on the outbox: claim due mail under a lease, mark it sent or due again, list, count the backlog."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, update
from sqlmodel import Session, col, select

from schemas.outbox import UNSENT_STATUSES, Channel, MessageStatus, OutboxMessage


def due_message_ids(session: Session, now: datetime, limit: int = 50) -> list[int]:
    """Returns ids of mail due now: pending and past its next attempt, or claimed by a sender whose lease ran out."""
    ids = session.exec(
        select(OutboxMessage.id)
        .where(
            OutboxMessage.channel == Channel.email,
            or_(
                (col(OutboxMessage.status) == MessageStatus.pending)
                & (
                    col(OutboxMessage.next_attempt_at).is_(None) | (col(OutboxMessage.next_attempt_at) <= now)
                ),
                (col(OutboxMessage.status) == MessageStatus.sending) & (col(OutboxMessage.lease_until) < now),
            ),
        )
        .order_by(col(OutboxMessage.id))
        .limit(limit)
    ).all()
    return [i for i in ids if i is not None]


def claim(session: Session, message_id: int, now: datetime, lease: timedelta) -> bool:
    """Takes one due message for this sender (a conditional update: of two senders, one wins)."""
    result = session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id) == message_id,
            or_(
                (col(OutboxMessage.status) == MessageStatus.pending)
                & (
                    col(OutboxMessage.next_attempt_at).is_(None) | (col(OutboxMessage.next_attempt_at) <= now)
                ),
                (col(OutboxMessage.status) == MessageStatus.sending) & (col(OutboxMessage.lease_until) < now),
            ),
        )
        .values(
            status=MessageStatus.sending,
            lease_until=now + lease,
            attempts=OutboxMessage.attempts + 1,
        )
    )
    return bool(result.rowcount == 1)


def finish(session: Session, message_id: int, attempt: int, **values: object) -> bool:
    """Records the outcome of a claimed message, only if this sender's claim (its attempt) still holds it."""
    result = session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id) == message_id,
            col(OutboxMessage.status) == MessageStatus.sending,
            col(OutboxMessage.attempts) == attempt,
        )
        .values(lease_until=None, **values)
    )
    return bool(result.rowcount == 1)


def backlog(session: Session) -> dict[str, int | None]:
    """Returns the mail waiting to be sent, the failed mail and the open 連絡 tasks, and the oldest unsent's age."""
    counts = dict(
        session.exec(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all()
    )
    oldest = session.exec(
        select(func.min(OutboxMessage.created_at)).where(col(OutboxMessage.status).in_(UNSENT_STATUSES))
    ).one()
    return {
        "unsent": sum(counts.get(s, 0) for s in UNSENT_STATUSES),
        "failed": counts.get(MessageStatus.failed, 0),
        "open_tasks": counts.get(MessageStatus.open, 0),
        "oldest_unsent_created": oldest,  # type: ignore[dict-item]
    }


def list_messages(
    session: Session, org_id: str, *, statuses: list[str] | None = None, limit: int = 100, offset: int = 0
) -> list[OutboxMessage]:
    """Returns messages newest first, optionally only some states."""
    query = select(OutboxMessage).where(OutboxMessage.org_id == org_id)
    if statuses:
        query = query.where(col(OutboxMessage.status).in_(statuses))
    return list(session.exec(query.order_by(col(OutboxMessage.id).desc()).offset(offset).limit(limit)).all())


def get_message(session: Session, message_id: int, org_id: str) -> OutboxMessage | None:
    """Returns one message of this organisation, or None."""
    message = session.get(OutboxMessage, message_id)
    return message if message is not None and message.org_id == org_id else None


def list_proposal_messages(session: Session, proposal_id: int) -> list[OutboxMessage]:
    """Returns the messages a proposal caused (the ask, the reminder, the news to the requester), oldest first."""
    return list(
        session.exec(
            select(OutboxMessage)
            .where(OutboxMessage.proposal_id == proposal_id)
            .order_by(col(OutboxMessage.id))
        ).all()
    )


def sent_dedupe_keys(session: Session, org_id: str, keys: list[str]) -> set[str]:
    """Returns which of the once-only keys a message was already written for."""
    if not keys:
        return set()
    found = session.exec(
        select(OutboxMessage.dedupe_key).where(
            OutboxMessage.org_id == org_id, col(OutboxMessage.dedupe_key).in_(keys)
        )
    ).all()
    return {key for key in found if key is not None}
