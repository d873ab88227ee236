"""Use-cases: what people do, as functions over a session. Callers own the transaction (they commit once)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, update
from sqlmodel import Session, SQLModel, col, select

from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    TAKEN_PROPOSAL_STATUSES,
    JobKind,
    JobStatus,
    ProposalStatus,
    RequestStatus,
    VolunteerStatus,
)
from schemas.models import (
    AuditEvent,
    Contact,
    HelpRequest,
    HelpRequestCreate,
    HelpRequestRead,
    MatchingJob,
    Proposal,
    ProposalRead,
    StaffUser,
    Volunteer,
    VolunteerCreate,
    VolunteerRead,
    VolunteerUpdate,
    utcnow,
)
from schemas.security import Consent
from service.areas import area_names
from service.errors import Conflict, InputError, NotFound


def _check_area(area: str | None, areas_path: Path) -> None:
    if area is not None and area not in area_names(areas_path):
        raise InputError(
            f"地域コード「{area}」は登録されていません。",
            f"Unknown area code {area!r}; use an id from the areas file.",
            field="area",
        )


def audit(
    session: Session, *, actor: str, action: str, entity: str, entity_id: int | None, **detail: object
) -> None:
    """Adds one audit row to the caller's transaction."""
    session.add(AuditEvent(actor=actor, action=action, entity=entity, entity_id=entity_id, detail=detail))


def enqueue_match(session: Session, request_id: int) -> MatchingJob:
    """Returns the pending matching job for the request, creating one when none is waiting."""
    job = session.exec(
        select(MatchingJob).where(
            MatchingJob.request_id == request_id,
            MatchingJob.status == JobStatus.pending,
            MatchingJob.kind == JobKind.match_request,
        )
    ).first()
    if job is None:
        job = MatchingJob(kind=JobKind.match_request, request_id=request_id)
        session.add(job)
        session.flush()
    return job


def enqueue_volunteer_changed(session: Session, volunteer_id: int) -> MatchingJob:
    """Returns a job that re-scores the open requests a changed volunteer could affect."""
    job = MatchingJob(kind=JobKind.volunteer_changed, volunteer_id=volunteer_id)
    session.add(job)
    session.flush()
    return job


def record_consents(
    session: Session,
    kind: str,
    ident: int,
    consents: SQLModel | None,
    org_id: str,
    source: str = "registration",
) -> None:
    """Stores each consent answer given at registration (granted or not) as a consent row."""
    if consents is None:
        return
    now = utcnow()
    for purpose, granted in consents.model_dump().items():
        session.add(
            Consent(
                org_id=org_id,
                kind=kind,
                entity_id=ident,
                purpose=purpose,
                granted=bool(granted),
                source=source,
                recorded_by="self",
                recorded_at=now,
            )
        )


# ---------------------------------------------------------------- volunteers


def register_volunteer(
    *, session: Session, data: VolunteerCreate, areas_path: Path, org_id: str
) -> tuple[Volunteer, MatchingJob]:
    """Stores a new volunteer and a job to re-score open requests, in the caller's transaction."""
    _check_area(data.area, areas_path)
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
        **data.model_dump(exclude={"contact", "active", "consents"}),
        org_id=org_id,
        status=VolunteerStatus.active if data.active else VolunteerStatus.paused,
        contact_email=contact.email,
        contact_phone=contact.phone,
    )
    session.add(volunteer)
    session.flush()
    record_consents(session, "volunteer", volunteer.id, data.consents, org_id)  # type: ignore[arg-type]
    return volunteer, enqueue_volunteer_changed(session, volunteer.id)  # type: ignore[arg-type]


def get_volunteer(session: Session, volunteer_id: int, org_id: str) -> Volunteer:
    """Returns the volunteer or raises NotFound."""
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.org_id != org_id:
        raise NotFound("ボランティア", "Volunteer", volunteer_id)
    return volunteer


def update_volunteer(
    *, session: Session, volunteer_id: int, data: VolunteerUpdate, areas_path: Path, org_id: str, actor: str
) -> tuple[Volunteer, list[MatchingJob]]:
    """Applies a partial update (pause and withdraw are status changes) and queues the re-scores it needs."""
    volunteer = get_volunteer(session, volunteer_id, org_id)
    changes = data.model_dump(exclude_unset=True)
    if "area" in changes:
        _check_area(changes["area"], areas_path)
    contact = changes.pop("contact", None)
    if contact is not None:
        volunteer.contact_email = contact.get("email")
        volunteer.contact_phone = contact.get("phone")
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
        )
    jobs = []
    if changes.get("status") in (VolunteerStatus.paused, VolunteerStatus.withdrawn):
        # A paused or withdrawn volunteer leaves every pending proposal at once (they were only suggestions,
        # so nothing stops them being proposed again after a resume), and those requests are re-matched.
        pending = col(Proposal.volunteer_id) == volunteer_id, col(Proposal.status) == ProposalStatus.pending
        affected = session.exec(select(Proposal.request_id).where(*pending)).all()
        session.exec(delete(Proposal).where(*pending))
        jobs = [enqueue_match(session, request_id) for request_id in sorted(set(affected))]
    session.flush()
    return volunteer, [*jobs, enqueue_volunteer_changed(session, volunteer_id)]


def volunteer_read(volunteer: Volunteer) -> VolunteerRead:
    """Returns the staff view of a volunteer, contact included."""
    return VolunteerRead(
        **volunteer.model_dump(exclude={"contact_email", "contact_phone", "org_id"}, warnings=False),
        contact=Contact(email=volunteer.contact_email, phone=volunteer.contact_phone),
    )


def list_volunteers(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[Volunteer]:
    """Returns volunteers, newest first."""
    q = select(Volunteer).where(Volunteer.org_id == org_id)
    if status:
        q = q.where(Volunteer.status == status)
    return list(session.exec(q.order_by(col(Volunteer.id).desc()).offset(offset).limit(limit)))


# ---------------------------------------------------------------- requests


def submit_request(
    *, session: Session, data: HelpRequestCreate, areas_path: Path, org_id: str
) -> tuple[HelpRequest, MatchingJob]:
    """Stores a request and its matching job in the caller's transaction (the transactional outbox)."""
    _check_area(data.area, areas_path)
    if not data.title and not data.description.strip():
        raise InputError("依頼の内容を書いてください。", "Describe what help is needed.", field="description")
    contact = data.contact or Contact()
    request = HelpRequest(
        **data.model_dump(exclude={"contact", "consents"}),
        org_id=org_id,
        status=RequestStatus.matching,
        contact_email=contact.email,
        contact_phone=contact.phone,
    )
    session.add(request)
    session.flush()
    record_consents(session, "request", request.id, data.consents, org_id)  # type: ignore[arg-type]
    return request, enqueue_match(session, request.id)  # type: ignore[arg-type]


def correct_request(
    *, session: Session, request_id: int, data: HelpRequestCreate, areas_path: Path, org_id: str, actor: str
) -> tuple[HelpRequest, MatchingJob]:
    """Replaces what an open request says (the requester's own correction) and queues a re-match."""
    request = get_request(session, request_id, org_id)
    if request.status not in OPEN_REQUEST_STATUSES:
        raise Conflict(
            "終了した依頼は直せません。職員に連絡してください。",
            "A closed request cannot be changed; please contact the staff.",
        )
    _check_area(data.area, areas_path)
    for key, value in data.model_dump(exclude={"contact", "consents", "external_id"}).items():
        setattr(request, key, value)
    contact = data.contact or Contact()
    request.contact_email, request.contact_phone = contact.email, contact.phone
    request.updated_at = utcnow()
    session.add(request)
    audit(session, actor=actor, action="request_corrected", entity="help_request", entity_id=request_id)
    return request, enqueue_match(session, request_id)


def get_request(session: Session, request_id: int, org_id: str) -> HelpRequest:
    """Returns the request or raises NotFound."""
    request = session.get(HelpRequest, request_id)
    if request is None or request.org_id != org_id:
        raise NotFound("依頼", "Request", request_id)
    return request


def approved_count(session: Session, request_id: int) -> int:
    """Returns how many helpers are taken for the request."""
    return session.exec(
        select(func.count())
        .select_from(Proposal)
        .where(Proposal.request_id == request_id, col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
    ).one()


def request_read(session: Session, request: HelpRequest, *, with_contact: bool) -> HelpRequestRead:
    """Returns the API view of a request."""
    contact = Contact(email=request.contact_email, phone=request.contact_phone) if with_contact else None
    return HelpRequestRead(
        **request.model_dump(exclude={"contact_email", "contact_phone", "org_id"}, warnings=False),
        approved_count=approved_count(session, request.id),  # type: ignore[arg-type]
        contact=contact,
    )


def list_requests(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[HelpRequest]:
    """Returns requests, newest first."""
    q = select(HelpRequest).where(HelpRequest.org_id == org_id)
    if status:
        q = q.where(HelpRequest.status == status)
    return list(session.exec(q.order_by(col(HelpRequest.id).desc()).offset(offset).limit(limit)))


def list_proposals(session: Session, request_id: int) -> list[ProposalRead]:
    """Returns the request's proposals in rank order, with who decided each."""
    rows = session.exec(
        select(Proposal, Volunteer.display_name, StaffUser.username)
        .join(Volunteer, col(Volunteer.id) == Proposal.volunteer_id)
        .outerjoin(StaffUser, col(StaffUser.id) == Proposal.decided_by)
        .where(Proposal.request_id == request_id)
        .order_by(col(Proposal.rank), col(Proposal.id))
    ).all()
    return [
        ProposalRead(
            **p.model_dump(exclude={"decided_by", "created_at", "updated_at"}),
            volunteer_name=name,
            decided_by=staff,
        )
        for p, name, staff in rows
    ]


# ---------------------------------------------------------------- decisions


def _month_start(now: datetime) -> datetime:
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _lock(session: Session, model: type, ident: int) -> object:
    """Returns the row locked for update (PostgreSQL); SQLite's BEGIN IMMEDIATE already serialises writers."""
    return session.exec(select(model).where(model.id == ident).with_for_update()).one()  # type: ignore[attr-defined]


def get_proposal(session: Session, proposal_id: int, org_id: str) -> Proposal:
    """Returns the proposal or raises NotFound."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or get_request(session, proposal.request_id, org_id) is None:
        raise NotFound("提案", "Proposal", proposal_id)
    return proposal


def approve_proposal(*, session: Session, proposal_id: int, staff: StaffUser) -> Proposal:
    """Approves a pending proposal if the request still needs helpers and the volunteer has capacity."""
    proposal = get_proposal(session, proposal_id, staff.org_id)
    request: HelpRequest = _lock(session, HelpRequest, proposal.request_id)  # type: ignore[assignment]
    volunteer: Volunteer = _lock(session, Volunteer, proposal.volunteer_id)  # type: ignore[assignment]
    session.refresh(proposal)
    if proposal.status != ProposalStatus.pending:
        raise Conflict(
            f"この提案は既に「{proposal.status}」です。", f"This proposal is already {proposal.status}."
        )
    if volunteer.status != VolunteerStatus.active:
        raise Conflict("このボランティアは現在活動を休止しています。", "This volunteer is not active.")
    taken = approved_count(session, request.id)  # type: ignore[arg-type]
    if taken >= request.helpers_needed:
        raise Conflict(
            "この依頼は必要な人数がすでに決まっています。",
            "This request already has all the helpers it needs.",
        )
    now = utcnow()
    month_taken = session.exec(
        select(func.count())
        .select_from(Proposal)
        .where(
            Proposal.volunteer_id == volunteer.id,
            col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES),
            col(Proposal.decided_at) >= _month_start(now),
        )
    ).one()
    if month_taken >= volunteer.max_per_month:
        raise Conflict(
            "このボランティアは今月の受け入れ上限に達しています。",
            "This volunteer has reached their monthly capacity.",
        )
    result = session.exec(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.pending)
        .values(status=ProposalStatus.approved, decided_by=staff.id, decided_at=now, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(
            "この提案は他の職員が先に決定しました。", "Another staff member decided this proposal first."
        )
    request.status = (
        RequestStatus.filled if taken + 1 >= request.helpers_needed else RequestStatus.partially_filled
    )
    request.updated_at = now
    session.add(request)
    audit(
        session,
        actor=staff.username,
        action="approve",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        volunteer_id=volunteer.id,
    )
    session.flush()
    session.refresh(proposal)
    return proposal


def reject_proposal(
    *, session: Session, proposal_id: int, staff: StaffUser, reason: str | None
) -> tuple[Proposal, MatchingJob | None]:
    """Rejects a pending proposal; that volunteer is never proposed again for the request."""
    proposal = get_proposal(session, proposal_id, staff.org_id)
    request: HelpRequest = _lock(session, HelpRequest, proposal.request_id)  # type: ignore[assignment]
    now = utcnow()
    result = session.exec(
        update(Proposal)
        .where(col(Proposal.id) == proposal_id, col(Proposal.status) == ProposalStatus.pending)
        .values(
            status=ProposalStatus.rejected,
            decided_by=staff.id,
            decided_at=now,
            decision_note=reason,
            updated_at=now,
        )
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(proposal)
        raise Conflict(
            f"この提案は既に「{proposal.status}」です。", f"This proposal is already {proposal.status}."
        )
    audit(
        session,
        actor=staff.username,
        action="reject",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        reason=reason or "",
    )
    job = enqueue_match(session, request.id) if request.status in OPEN_REQUEST_STATUSES else None  # type: ignore[arg-type]
    session.flush()
    session.refresh(proposal)
    return proposal, job


def rematch_request(*, session: Session, request_id: int, staff: StaffUser) -> MatchingJob:
    """Queues a fresh matching run for an open request."""
    request = get_request(session, request_id, staff.org_id)
    if request.status not in OPEN_REQUEST_STATUSES:
        raise Conflict(
            f"この依頼は「{request.status}」のため再マッチングできません。",
            f"A request in state {request.status} cannot be re-matched.",
        )
    return enqueue_match(session, request_id)
