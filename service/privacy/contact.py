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


def approved_card_contacts(
    session: Session,
    *,
    role: str | StaffRole | None,
    actor: str,
    request_id: int,
    volunteers: list[tuple[int, str | None, str | None]],
) -> dict[int, dict[str, object]]:
    """Returns, per volunteer taken for a request, what an approved card shows: the volunteer's contact when the
    rule lets this caller see one person's record (each shown contact audited as ``view_contact``), and the
    consent state that decides whether the two sides may be given each other's details.

    `volunteers` holds (volunteer id, phone, email) of the approved, accepted or completed proposals.
    """
    from service.privacy.consent import consent_in_force

    requester_agrees = consent_in_force(session, "request", request_id, "share_with_volunteer")
    out: dict[int, dict[str, object]] = {}
    for volunteer_id, phone, email in volunteers:
        shown = show_contact(
            session,
            role=role,
            actor=actor,
            view=ContactView.detail,
            entity="volunteer",
            entity_id=volunteer_id,
        )
        volunteer_agrees = consent_in_force(session, "volunteer", volunteer_id, "contact_share")
        out[volunteer_id] = {
            "shown": shown,
            "phone": (phone or "") if shown else "",
            "email": (email or "") if shown else "",
            "volunteer_consent": volunteer_agrees,
            "requester_consent": requester_agrees,
            "may_share": volunteer_agrees and requester_agrees,
        }
    return out
