"""Who sees contact details (e-mail, phone), decided in one place for the API, the staff pages and the exports.

The rule (least privilege, ASVS V8 / APPI 安全管理措置):

- **lists, searches and exports** carry contact details for admins only;
- **one person's record** (``GET /api/volunteers/{id}``, ``GET /api/requests/{id}``, the staff detail and edit
  pages): any staff member sees that person's contact, because the work needs it (a coordinator phones the
  person) — and every such view writes one ``view_contact`` audit row (who saw whose contact, when) in the
  request's own transaction, so the route must declare ``opt=WRITES``;
- **the result of a change** (PATCH, pause, resume, withdraw): no contact except for admins; the caller has the
  detail view if they need it.

Giving a volunteer's contact to a requester (or a requester's details to a volunteer) is not a staff view but a
provision to a third party: ``service.privacy.consent.disclose`` checks both consents and records it.
"""

from __future__ import annotations

from enum import StrEnum

from schemas.enums import StaffRole


class ContactView(StrEnum):
    """How a record is being looked at."""

    list = "list"  # lists and searches (API and pages)
    export = "export"  # roster exports (JSONL, CSV, Excel)
    detail = "detail"  # one person's record, for the work on it
    change = "change"  # the answer to a change of the record


def contact_visible(role: str | StaffRole | None, view: ContactView) -> bool:
    """True when a caller with this staff role may see contact details in this kind of view."""
    if role == StaffRole.admin:
        return True
    return role == StaffRole.staff and view == ContactView.detail


def contact_view_audited(role: str | StaffRole | None, view: ContactView) -> bool:
    """True when showing contact in this view must write a ``view_contact`` audit row (one person's record, by
    anyone: the simplest rule to check; bulk views by admins are the export's and list's own business)."""
    return view == ContactView.detail and contact_visible(role, view)
