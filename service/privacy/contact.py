"""Applies the contact rule (service.privacy.rules) to one record: shows or hides, and audits the view."""

from __future__ import annotations

from sqlmodel import Session

from schemas.enums import StaffRole
from service.audit import audit
from service.privacy.rules import ContactView, contact_view_audited, contact_visible


def show_contact(
    session: Session,
    *,
    role: str | StaffRole | None,
    actor: str,
    view: ContactView,
    entity: str,
    entity_id: int | None,
) -> bool:
    """Returns whether this record's contact is shown to the caller; when it is shown in a view that must be
    audited, adds the ``view_contact`` audit row (who saw whose contact; the row's time says when) to the
    caller's transaction."""
    visible = contact_visible(role, view)
    if visible and contact_view_audited(role, view):
        audit(session, actor=actor, action="view_contact", entity=entity, entity_id=entity_id, view=str(view))
    return visible
