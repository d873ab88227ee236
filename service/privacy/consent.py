"""Consent and disclosure (APPI): what a person agreed to, and provision of contact or details only with both consents.

- ``record_consent`` / ``consent_in_force``: the latest row per purpose is in force.
- ``disclose``: for an approved proposal, the volunteer's contact goes to the requester and the request's details
  to the volunteer only when both consents are in force; each direction writes one provision row and the call one
  ``disclose`` audit row, in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from schemas.models import (
    Proposal,
    RequestConsents,
    VolunteerConsents,
    utcnow,
)
from schemas.privacy import Consent, Provision
from service.audit import audit
from service.db import row_id
from service.errors import Conflict, InputError
from service.privacy.repository import person_kind
from service.requests.repository import get_request
from service.volunteers.repository import get_volunteer

PURPOSES = {
    "volunteer": tuple(VolunteerConsents.model_fields),
    "request": tuple(RequestConsents.model_fields),
}


VOLUNTEER_CONTACT_FIELDS = "display_name,contact_email,contact_phone"


REQUEST_DETAIL_FIELDS = "requester_name,title,description,contact_email,contact_phone"


def record_consent(
    session: Session,
    kind: str,
    ident: int,
    purpose: str,
    granted: bool,
    org_id: str,
    actor: str,
    source: str = "",
) -> Consent:
    """Records a consent given or withdrawn (a new row; the history stays)."""
    entity = person_kind(kind)
    if purpose not in PURPOSES[entity]:
        raise InputError(
            f"同意の種類「{purpose}」はこの対象にはありません。",
            f"Purpose {purpose!r} does not apply to a {entity}; use one of {PURPOSES[entity]}.",
            field="purpose",
        )
    (get_volunteer if entity == "volunteer" else get_request)(session, ident, org_id)
    row = Consent(
        org_id=org_id,
        kind=entity,
        entity_id=ident,
        purpose=purpose,
        granted=granted,
        source=source,
        recorded_by=actor,
        recorded_at=utcnow(),
    )
    session.add(row)
    audit(
        session,
        actor=actor,
        action="consent",
        entity=entity,
        entity_id=ident,
        purpose=purpose,
        granted=granted,
    )
    return row


def consent_in_force(session: Session, entity: str, ident: int, purpose: str) -> bool:
    row = session.exec(
        select(Consent)
        .where(Consent.kind == entity, Consent.entity_id == ident, Consent.purpose == purpose)
        .order_by(col(Consent.id).desc())
    ).first()
    return bool(row and row.granted)


def disclose(session: Session, proposal_id: int, org_id: str, actor: str) -> dict[str, Any]:
    """Returns both sides' details for an approved proposal when both consents exist; writes the provision rows."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        from service.errors import NotFound

        raise NotFound("提案", "Proposal", proposal_id)
    volunteer = get_volunteer(session, proposal.volunteer_id, org_id)
    request = get_request(session, proposal.request_id, org_id)
    if proposal.status not in ("approved", "accepted", "completed"):
        raise Conflict(
            "承認された提案のみ連絡先を伝えられます。", "Only an approved proposal can be disclosed."
        )
    missing = [
        who
        for who, ok in (
            (
                "volunteer contact_share",
                consent_in_force(session, "volunteer", row_id(volunteer), "contact_share"),
            ),
            (
                "request share_with_volunteer",
                consent_in_force(session, "request", row_id(request), "share_with_volunteer"),
            ),
        )
        if not ok
    ]
    if missing:
        raise Conflict(
            "本人の同意がないため、連絡先・依頼内容を伝えられません。",
            "Consent is missing, so nothing is disclosed: " + ", ".join(missing) + ".",
        )
    now = utcnow()
    session.add(
        Provision(
            org_id=org_id,
            at=now,
            actor=actor,
            proposal_id=proposal_id,
            from_kind="volunteer",
            from_id=row_id(volunteer),
            to_kind="request",
            to_id=row_id(request),
            fields=VOLUNTEER_CONTACT_FIELDS,
        )
    )
    session.add(
        Provision(
            org_id=org_id,
            at=now,
            actor=actor,
            proposal_id=proposal_id,
            from_kind="request",
            from_id=row_id(request),
            to_kind="volunteer",
            to_id=row_id(volunteer),
            fields=REQUEST_DETAIL_FIELDS,
        )
    )
    audit(session, actor=actor, action="disclose", entity="proposal", entity_id=proposal_id)
    return {
        "proposal_id": proposal_id,
        "for_requester": {
            "volunteer_name": volunteer.display_name,
            "email": volunteer.contact_email,
            "phone": volunteer.contact_phone,
        },
        "for_volunteer": {
            "requester_name": request.requester_name,
            "title": request.title,
            "description": request.description,
            "email": request.contact_email,
            "phone": request.contact_phone,
        },
    }
