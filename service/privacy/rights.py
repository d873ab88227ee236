"""Data-subject rights (APPI 開示・訂正・利用停止・消去): export, stop use and delete a volunteer or requester.

- ``export_person``: everything held about the person, as JSON; one ``export`` audit row.
- ``stop_use``: a volunteer is withdrawn, a request closed as no longer needed; one ``stop_use`` audit row.
- ``delete_person``: the record and everything that points at it are deleted; activities keep their counts without
  the person; one ``delete`` audit row holding only the kind and the id.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from schemas.activity import Activity, ActivityVolunteer
from schemas.enums import VolunteerStatus
from schemas.models import (
    AuditEvent,
    HelpRequest,
    MatchingJob,
    PrivateLink,
    Proposal,
    Volunteer,
    VolunteerUpdate,
    utcnow,
)
from schemas.outbox import OutboxMessage
from schemas.privacy import Consent, Provision
from service.audit import audit
from service.privacy.repository import person_kind
from service.requests.repository import get_request
from service.uow import UnitOfWork
from service.volunteers.repository import get_volunteer
from service.volunteers.usecases import update_volunteer


def _dump(row: Any) -> dict[str, Any]:
    return row.model_dump(mode="json", warnings=False)


def export_person(session: Session, kind: str, ident: int, org_id: str, actor: str) -> dict[str, Any]:
    """Returns everything held about one person; writes an export audit row in the same transaction."""
    entity = person_kind(kind)
    if entity == "volunteer":
        record: Volunteer | HelpRequest = get_volunteer(session, ident, org_id)
        proposals = session.exec(select(Proposal).where(Proposal.volunteer_id == ident)).all()
        activity_ids: list[int | None] = list(
            session.exec(
                select(ActivityVolunteer.activity_id).where(ActivityVolunteer.volunteer_id == ident)
            ).all()
        )
    else:
        record = get_request(session, ident, org_id)
        proposals = session.exec(select(Proposal).where(Proposal.request_id == ident)).all()
        activity_ids = list(session.exec(select(col(Activity.id)).where(Activity.request_id == ident)).all())
    activities = (
        session.exec(select(Activity).where(col(Activity.id).in_(activity_ids))).all() if activity_ids else []
    )
    links = session.exec(
        select(PrivateLink).where(PrivateLink.kind == entity, PrivateLink.entity_id == ident)
    ).all()
    consents = session.exec(select(Consent).where(Consent.kind == entity, Consent.entity_id == ident)).all()
    provisions = session.exec(
        select(Provision).where(
            ((Provision.from_kind == entity) & (Provision.from_id == ident))
            | ((Provision.to_kind == entity) & (Provision.to_id == ident))
        )
    ).all()
    events = session.exec(
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == ident)
        .order_by(col(AuditEvent.id))
    ).all()
    audit(session, actor=actor, action="export", entity=entity, entity_id=ident)
    return {
        "kind": entity,
        "exported_at": utcnow().isoformat(),
        "record": _dump(record),
        "proposals": [_dump(p) for p in proposals],
        "activities": [_dump(a) for a in activities],
        "private_links": [
            {"created_at": link.created_at.isoformat()} for link in links
        ],  # hashes stay inside
        "audit_events": [_dump(e) for e in events],
        "consents": [_dump(c) for c in consents],
        "provisions": [_dump(p) for p in provisions],
    }


def stop_use(uow: UnitOfWork, kind: str, ident: int, org_id: str, actor: str, areas_path: Any) -> None:
    """Stops all use of the person's data for matching (the re-scoring it needs is queued on the unit of work)."""
    session = uow.session
    entity = person_kind(kind)
    if entity == "volunteer":
        update_volunteer(
            uow=uow,
            volunteer_id=ident,
            data=VolunteerUpdate(status=VolunteerStatus.withdrawn),
            areas_path=areas_path,
            org_id=org_id,
            actor=actor,
        )
    else:
        request = get_request(session, ident, org_id)
        now = utcnow()
        request.status, request.outcome, request.closed_at, request.updated_at = (
            "closed",
            "no_longer_needed",
            now,
            now,
        )
        session.add(request)
        session.exec(
            update(Proposal)
            .where(col(Proposal.request_id) == ident, col(Proposal.status) == "pending")
            .values(status="rejected", decision_note="stop use", decided_at=now)
        )
    audit(session, actor=actor, action="stop_use", entity=entity, entity_id=ident)


def delete_person(session: Session, kind: str, ident: int, org_id: str, actor: str) -> None:
    """Deletes the person and every row pointing at them; leaves one audit row with the kind and id only."""
    entity = person_kind(kind)
    if entity == "volunteer":
        get_volunteer(session, ident, org_id)
        proposal_ids = select(Proposal.id).where(Proposal.volunteer_id == ident)
        session.exec(
            update(Activity).where(col(Activity.proposal_id).in_(proposal_ids)).values(proposal_id=None)
        )
        session.exec(delete(ActivityVolunteer).where(col(ActivityVolunteer.volunteer_id) == ident))
        _delete_messages(session, entity, ident, proposal_ids)
        session.exec(delete(Proposal).where(col(Proposal.volunteer_id) == ident))
        session.exec(delete(MatchingJob).where(col(MatchingJob.volunteer_id) == ident))
        session.exec(delete(Volunteer).where(col(Volunteer.id) == ident))
    else:
        get_request(session, ident, org_id)
        proposal_ids = select(Proposal.id).where(Proposal.request_id == ident)
        session.exec(
            update(Activity).where(col(Activity.proposal_id).in_(proposal_ids)).values(proposal_id=None)
        )
        session.exec(update(Activity).where(col(Activity.request_id) == ident).values(request_id=None))
        _delete_messages(session, entity, ident, proposal_ids)
        session.exec(delete(Proposal).where(col(Proposal.request_id) == ident))
        session.exec(delete(MatchingJob).where(col(MatchingJob.request_id) == ident))
        session.exec(delete(HelpRequest).where(col(HelpRequest.id) == ident))
    session.exec(
        delete(PrivateLink).where(col(PrivateLink.kind) == entity, col(PrivateLink.entity_id) == ident)
    )
    session.exec(delete(Consent).where(col(Consent.kind) == entity, col(Consent.entity_id) == ident))
    audit(session, actor=actor, action="delete", entity=entity, entity_id=ident)


def _delete_messages(session: Session, entity: str, ident: int, proposal_ids: Any) -> None:
    """Deletes the messages to the person and those about their proposals (a requester's 「お手伝いする方が決まり
    ました」 names the volunteer; a volunteer's ask describes the request)."""
    session.exec(
        delete(OutboxMessage).where(
            or_(
                (col(OutboxMessage.recipient_kind) == entity) & (col(OutboxMessage.recipient_id) == ident),
                col(OutboxMessage.proposal_id).in_(proposal_ids),
            )
        )
    )
