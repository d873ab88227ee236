"""Volunteer queries."""

from __future__ import annotations

from sqlmodel import Session, col, select

from schemas.models import (
    Volunteer,
)
from service.errors import NotFound


def get_volunteer(session: Session, volunteer_id: int, org_id: str) -> Volunteer:
    """Returns the volunteer or raises NotFound."""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.org_id != org_id:
        raise NotFound("ボランティア", "Volunteer", volunteer_id)
    return volunteer


def list_volunteers(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[Volunteer]:
    """Returns volunteers, newest first."""
    q = select(Volunteer).where(Volunteer.org_id == org_id)
    if status:
        q = q.where(Volunteer.status == status)
    return list(session.exec(q.order_by(col(Volunteer.id).desc()).offset(offset).limit(limit)))
