"""The append-only audit log: one row per decision, in the transaction of the decision."""

from __future__ import annotations

from sqlmodel import Session

from schemas.models import (
    AuditEvent,
)


def audit(
    session: Session, *, actor: str, action: str, entity: str, entity_id: int | None, **detail: object
) -> None:
    """Adds one audit row to the caller's transaction."""
    session.add(AuditEvent(actor=actor, action=action, entity=entity, entity_id=entity_id, detail=detail))
