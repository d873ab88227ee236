"""Use-cases for volunteers: register, correct, pause, resume, withdraw. Callers own the transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete
from sqlmodel import col, select

from schemas.enums import (
    ProposalStatus,
    VolunteerStatus,
)
from schemas.models import (
    Contact,
    HelpRequest,
    Proposal,
    Volunteer,
    VolunteerCreate,
    VolunteerRead,
    VolunteerUpdate,
    utcnow,
)
from service.areas import check_area
from service.audit import audit
from service.db import row_id
from service.errors import Conflict, InputError
from service.matching_jobs.repository import match_request, rescore_for_volunteer
from service.privacy.repository import record_consents
from service.proposals.answers import withdraw_asks
from service.uow import UnitOfWork
from service.volunteers.repository import get_volunteer


def register_volunteer(*, uow: UnitOfWork, data: VolunteerCreate, areas_path: Path, org_id: str) -> Volunteer:
    """Stores a new volunteer and queues re-scoring of the open requests, in the caller's transaction."""
    session = uow.session
    check_area(data.area, areas_path)
    if (
        data.external_id
        and session.exec(
            select(Volunteer.id).where(Volunteer.org_id == org_id, Volunteer.external_id == data.external_id)
        ).first()
    ):
        raise Conflict(
            f"外部ID「{data.external_id}」は既に登録されています。",
            f"external_id {data.external_id!r} is already registered.",
        )
    contact = data.contact or Contact()
    volunteer = Volunteer(
        **data.model_dump(exclude={"contact", "active", "consents", "kana"}),
        name_kana=(data.kana or "").strip() or None,
        org_id=org_id,
        status=VolunteerStatus.active if data.active else VolunteerStatus.paused,
        contact_email=contact.email,
        contact_phone=contact.phone,
    )
    session.add(volunteer)
    session.flush()
    record_consents(session, "volunteer", row_id(volunteer), data.consents, org_id)
    rescore_for_volunteer(uow, row_id(volunteer))
    return volunteer


def update_volunteer(
    *, uow: UnitOfWork, volunteer_id: int, data: VolunteerUpdate, areas_path: Path, org_id: str, actor: str
) -> Volunteer:
    """Applies a partial update (pause and withdraw are status changes) and queues the re-scores it needs.

    Lock order, the same as a matching worker's and an approval's: the affected requests' rows first, then
    the volunteer's row, then proposals, then job rows. (Deleting a request's pending proposals before holding
    the request deadlocked with a worker that held the request and was replacing those very proposals.)
    """
    session = uow.session
    volunteer = get_volunteer(session, volunteer_id, org_id)
    previous = volunteer.status
    changes = data.model_dump(exclude_unset=True)
    leaving = changes.get("status") in (VolunteerStatus.paused, VolunteerStatus.withdrawn)
    locked = _lock_requests_proposing(session, volunteer_id) if leaving else []
    if "area" in changes:
        check_area(changes["area"], areas_path)
    contact = changes.pop("contact", None)
    if contact is not None:
        volunteer.contact_email = contact.get("email")
        volunteer.contact_phone = contact.get("phone")
    if "kana" in changes:  # the interchange and API name of the stored reading
        volunteer.name_kana = (changes.pop("kana") or "").strip() or None
    for key, value in changes.items():
        if value is None and key != "area":
            raise InputError(f"「{key}」に null は指定できません。", f"{key} cannot be null.", field=key)
        setattr(volunteer, key, value)
    volunteer.updated_at = utcnow()
    session.add(volunteer)
    if "status" in changes:
        audit(
            session,
            actor=actor,
            action="volunteer_status",
            entity="volunteer",
            entity_id=volunteer_id,
            status=changes["status"],
            previous=previous,  # what an undo returns to (service/volunteers/rules.py)
        )
    if leaving:
        # A paused or withdrawn volunteer leaves every pending proposal at once (they were only suggestions,
        # so nothing stops them being proposed again after a resume), and those requests are re-matched.
        # Only proposals of locked requests are touched; one a worker adds later to another request is
        # dropped when that request is matched again (the re-score job queued below sees to it).
        pending = (
            col(Proposal.volunteer_id) == volunteer_id,
            col(Proposal.status) == ProposalStatus.pending,
            col(Proposal.request_id).in_(locked),
        )
        session.exec(delete(Proposal).where(*pending))
        for request_id in locked:
            match_request(uow, request_id, bulk=True)
        # asks still waiting for their answer are withdrawn: the places reopen, staff see it on the 連絡 page
        withdraw_asks(
            uow,
            volunteer_id,
            locked,
            "休止のため取り下げ" if changes["status"] == "paused" else "登録取り消しのため取り下げ",
        )
    session.flush()
    rescore_for_volunteer(uow, volunteer_id)
    return volunteer


def _lock_requests_proposing(session, volunteer_id: int) -> list[int]:
    """Locks, in id order, the rows of the requests where the volunteer has a pending proposal; returns their ids."""
    locked: set[int] = set()
    for _ in range(5):  # a worker may add a proposal meanwhile: lock its request too (rarely a second round)
        affected = set(
            session.exec(
                select(Proposal.request_id).where(
                    Proposal.volunteer_id == volunteer_id,
                    # pending proposals are dropped; approved ones not yet answered are withdrawn (answers.py)
                    col(Proposal.status).in_((ProposalStatus.pending, ProposalStatus.approved)),
                )
            ).all()
        )
        todo = sorted(affected - locked)
        if not todo:
            break
        session.exec(
            select(HelpRequest.id)
            .where(col(HelpRequest.id).in_(todo))
            .order_by(col(HelpRequest.id))
            .with_for_update(key_share=True)
        ).all()
        locked.update(todo)
    return sorted(locked)


def volunteer_read(volunteer: Volunteer, *, with_contact: bool) -> VolunteerRead:
    """Returns the staff view of a volunteer; contact only when with_contact (service.privacy.rules decides)."""
    return VolunteerRead(
        **volunteer.model_dump(exclude={"contact_email", "contact_phone", "org_id"}, warnings=False),
        kana=volunteer.name_kana,
        contact=Contact(email=volunteer.contact_email, phone=volunteer.contact_phone)
        if with_contact
        else None,
    )
