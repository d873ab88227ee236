"""Consent, disclosure with provision records, and data-subject rights (APPI 開示・訂正・利用停止・消去).

- ``record_consent`` / ``consent_in_force``: what a person agreed to; the latest row per purpose is in force.
- ``disclose``: for an approved proposal, the volunteer's contact goes to the requester and the request's details
  to the volunteer only when both consents are in force (volunteer: ``contact_share``; requester:
  ``share_with_volunteer``); each direction writes one provision row (who, to whom, which fields, when) and the
  call one ``disclose`` audit row, in the same transaction.

- ``export_person``: everything held about the person, as JSON (record with contact, proposals, activities,
  private links, audit events about them); writes one ``export`` audit row.
- ``stop_use``: a volunteer is withdrawn (never proposed again; pending proposals withdrawn by the use-case),
  a request is closed as no longer needed; one ``stop_use`` audit row.
- ``delete_person``: the record and everything that points at it (proposals, jobs, private links, activity
  participations) are deleted; activities keep their counts without the person; one ``delete`` audit row that
  holds only the kind and the id. Audit rows are append-only and never hold personal fields.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from schemas.activity import Activity, ActivityVolunteer
from schemas.enums import VolunteerStatus
from schemas.models import (
    AuditEvent,
    HelpRequest,
    MatchingJob,
    PrivateLink,
    Proposal,
    RequestConsents,
    Volunteer,
    VolunteerConsents,
    VolunteerUpdate,
    utcnow,
)
from schemas.security import Consent, Provision
from service import usecases
from service.errors import Conflict, InputError

KINDS = {"volunteers": "volunteer", "requests": "request"}
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
    entity = _kind(kind)
    if purpose not in PURPOSES[entity]:
        raise InputError(
            f"同意の種類「{purpose}」はこの対象にはありません。",
            f"Purpose {purpose!r} does not apply to a {entity}; use one of {PURPOSES[entity]}.",
            field="purpose",
        )
    (usecases.get_volunteer if entity == "volunteer" else usecases.get_request)(session, ident, org_id)
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
    usecases.audit(
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
    volunteer = usecases.get_volunteer(session, proposal.volunteer_id, org_id)
    request = usecases.get_request(session, proposal.request_id, org_id)
    if proposal.status not in ("approved", "accepted", "completed"):
        raise Conflict(
            "承認された提案のみ連絡先を伝えられます。", "Only an approved proposal can be disclosed."
        )
    missing = [
        who
        for who, ok in (
            (
                "volunteer contact_share",
                consent_in_force(session, "volunteer", volunteer.id, "contact_share"),
            ),  # type: ignore[arg-type]
            (
                "request share_with_volunteer",
                consent_in_force(session, "request", request.id, "share_with_volunteer"),
            ),  # type: ignore[arg-type]
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
            from_id=volunteer.id,
            to_kind="request",
            to_id=request.id,  # type: ignore[arg-type]
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
            from_id=request.id,
            to_kind="volunteer",
            to_id=volunteer.id,  # type: ignore[arg-type]
            fields=REQUEST_DETAIL_FIELDS,
        )
    )
    usecases.audit(session, actor=actor, action="disclose", entity="proposal", entity_id=proposal_id)
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


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise InputError(
            "volunteers か requests を指定してください。", "Use volunteers or requests.", field="kind"
        )
    return KINDS[kind]


def _dump(row: Any) -> dict[str, Any]:
    return row.model_dump(mode="json", warnings=False)  # type: ignore[no-any-return]


def export_person(session: Session, kind: str, ident: int, org_id: str, actor: str) -> dict[str, Any]:
    """Returns everything held about one person; writes an export audit row in the same transaction."""
    entity = _kind(kind)
    if entity == "volunteer":
        record = usecases.get_volunteer(session, ident, org_id)
        proposals = session.exec(select(Proposal).where(Proposal.volunteer_id == ident)).all()
        activity_ids = list(
            session.exec(
                select(ActivityVolunteer.activity_id).where(ActivityVolunteer.volunteer_id == ident)
            ).all()
        )
    else:
        record = usecases.get_request(session, ident, org_id)  # type: ignore[assignment]
        proposals = session.exec(select(Proposal).where(Proposal.request_id == ident)).all()
        activity_ids = list(session.exec(select(Activity.id).where(Activity.request_id == ident)).all())
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
    usecases.audit(session, actor=actor, action="export", entity=entity, entity_id=ident)
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


def stop_use(
    session: Session, kind: str, ident: int, org_id: str, actor: str, areas_path: Any
) -> list[MatchingJob]:
    """Stops all use of the person's data for matching; returns the re-scoring jobs to dispatch after commit."""
    entity = _kind(kind)
    jobs: list[MatchingJob] = []
    if entity == "volunteer":
        _, jobs = usecases.update_volunteer(
            session=session,
            volunteer_id=ident,
            data=VolunteerUpdate(status=VolunteerStatus.withdrawn),
            areas_path=areas_path,
            org_id=org_id,
            actor=actor,
        )
    else:
        request = usecases.get_request(session, ident, org_id)
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
            .where(col(Proposal.request_id) == ident, col(Proposal.status) == "pending")  # type: ignore[call-overload]
            .values(status="rejected", decision_note="stop use", decided_at=now)
        )
    usecases.audit(session, actor=actor, action="stop_use", entity=entity, entity_id=ident)
    return jobs


def delete_person(session: Session, kind: str, ident: int, org_id: str, actor: str) -> None:
    """Deletes the person and every row pointing at them; leaves one audit row with the kind and id only."""
    entity = _kind(kind)
    if entity == "volunteer":
        usecases.get_volunteer(session, ident, org_id)
        proposal_ids = select(Proposal.id).where(Proposal.volunteer_id == ident)
        session.exec(
            update(Activity).where(col(Activity.proposal_id).in_(proposal_ids)).values(proposal_id=None)
        )  # type: ignore[call-overload]
        session.exec(delete(ActivityVolunteer).where(col(ActivityVolunteer.volunteer_id) == ident))  # type: ignore[call-overload]
        session.exec(delete(Proposal).where(col(Proposal.volunteer_id) == ident))  # type: ignore[call-overload]
        session.exec(delete(MatchingJob).where(col(MatchingJob.volunteer_id) == ident))  # type: ignore[call-overload]
        session.exec(delete(Volunteer).where(col(Volunteer.id) == ident))  # type: ignore[call-overload]
    else:
        usecases.get_request(session, ident, org_id)
        proposal_ids = select(Proposal.id).where(Proposal.request_id == ident)
        session.exec(
            update(Activity).where(col(Activity.proposal_id).in_(proposal_ids)).values(proposal_id=None)
        )  # type: ignore[call-overload]
        session.exec(update(Activity).where(col(Activity.request_id) == ident).values(request_id=None))  # type: ignore[call-overload]
        session.exec(delete(Proposal).where(col(Proposal.request_id) == ident))  # type: ignore[call-overload]
        session.exec(delete(MatchingJob).where(col(MatchingJob.request_id) == ident))  # type: ignore[call-overload]
        session.exec(delete(HelpRequest).where(col(HelpRequest.id) == ident))  # type: ignore[call-overload]
    session.exec(
        delete(PrivateLink).where(col(PrivateLink.kind) == entity, col(PrivateLink.entity_id) == ident)
    )  # type: ignore[call-overload]
    session.exec(delete(Consent).where(col(Consent.kind) == entity, col(Consent.entity_id) == ident))  # type: ignore[call-overload]
    usecases.audit(session, actor=actor, action="delete", entity=entity, entity_id=ident)
