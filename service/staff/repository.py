"""Staff account queries."""

from __future__ import annotations

from sqlmodel import Session, col, select

from schemas.models import StaffUser
from service.errors import NotFound


def list_staff(session: Session, org_id: str) -> list[StaffUser]:
    """Returns the organisation's staff accounts, oldest first."""
    return list(session.exec(select(StaffUser).where(StaffUser.org_id == org_id).order_by(col(StaffUser.id))))


def get_staff(session: Session, staff_id: int, org_id: str) -> StaffUser:
    """Returns the staff account or raises NotFound."""
    user = session.get(StaffUser, staff_id)
    if user is None or user.org_id != org_id:
        raise NotFound("職員アカウント", "Staff account", staff_id)
    return user
