"""Use-cases for what happened after a match: recording activities and their confirmation by volunteers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from schemas.activity import (
    Activity,
    ActivityCreate,
    ActivityFormat,
    ActivityRead,
    ActivityVolunteer,
)
from schemas.enums import ProposalStatus, RequestStatus, Roster
from schemas.models import HelpRequest, Proposal, StaffUser, utcnow
from service.areas import area_names
from service.audit import audit
from service.db import lock_row, row_id
from service.errors import Conflict, InputError
from service.metrics.period import local_date
from service.proposals.answers import ask_again_for_next_occurrence
from service.proposals.repository import get_proposal
from service.requests.repository import get_request
from service.settings import Settings
from service.status_labels import status_label
from service.volunteers.repository import get_volunteer

# An activity may be recorded for a proposal the staff approved (and the volunteer accepted, once that
# exists); a completed one may get further activities (a recurring group request).
RECORDABLE = (ProposalStatus.approved, ProposalStatus.accepted, ProposalStatus.completed)


def record_activity(
    *,
    session: Session,
    data: ActivityCreate,
    staff: StaffUser,
    areas_path: Path,
    settings: Settings | None = None,
) -> Activity:
    """Stores an activity; the approved proposals it fulfils move to completed (one audit row each).

    On a recurring request (one activity per occurrence, with its date) each proposal it fulfils is instead asked
    again for the request's next date, when there is one (`ask_again_for_next_occurrence`, with `settings`)."""
    org_id = staff.org_id
    volunteer_ids = list(dict.fromkeys(data.volunteer_ids))
    request: HelpRequest | None = None
    proposals: list[Proposal] = []
    if data.proposal_id is not None:
        proposal = get_proposal(session, data.proposal_id, org_id)
        if data.request_id is not None and data.request_id != proposal.request_id:
            raise InputError(
                "提案と依頼が一致しません。", "The proposal belongs to another request.", field="request_id"
            )
        if proposal.status not in RECORDABLE:
            raise Conflict(
                f"この提案は「{status_label(proposal.status, 'ja', proposal=True)}」のため活動を記録できません"
                "（承認済みの提案のみ）。",
                "Only an approved proposal can get an activity; this one is "
                f"{status_label(proposal.status, 'en', proposal=True).lower()}.",
            )
        request = get_request(session, proposal.request_id, org_id)
        proposals.append(proposal)
        if proposal.volunteer_id not in volunteer_ids:
            volunteer_ids.insert(0, proposal.volunteer_id)
    elif data.request_id is not None:
        request = get_request(session, data.request_id, org_id)
    if not volunteer_ids:
        raise InputError(
            "活動したボランティアを指定してください。",
            "Name the volunteer(s) who took part (volunteer_ids or proposal_id).",
            field="volunteer_ids",
        )
    for vid in volunteer_ids:
        get_volunteer(session, vid, org_id)
    if request is not None and data.proposal_id is None:
        # The taken proposals of the named volunteers on this request are what the activity fulfils.
        proposals = list(
            session.exec(
                select(Proposal).where(
                    Proposal.request_id == request.id,
                    col(Proposal.volunteer_id).in_(volunteer_ids),
                    col(Proposal.status).in_(RECORDABLE),
                )
            )
        )
    area = data.area if data.area is not None else (request.area if request is not None else None)
    if area is not None and area not in area_names(areas_path):
        raise InputError(
            f"地域コード「{area}」は登録されていません。", f"Unknown area code {area!r}.", field="area"
        )
    if data.activity_date > local_date(utcnow()) + timedelta(days=366):  # a year ahead in Kiyose
        raise InputError(
            "活動日が未来すぎます。", "The activity date is more than a year ahead.", field="activity_date"
        )
    helpers = data.helpers if data.helpers is not None else max(1, len(volunteer_ids))
    if helpers < len(volunteer_ids):
        raise InputError(
            "協力者数がボランティアの人数より少ないです。",
            "helpers cannot be fewer than the volunteers named.",
            field="helpers",
        )
    people = data.people_helped
    if people is None:
        people = data.attendees if data.format == ActivityFormat.group_class and data.attendees else 1
    roster = data.roster or (Roster.digital if data.digital_topic else Roster.skill_bank)
    activity = Activity(
        org_id=org_id,
        activity_date=data.activity_date,
        hours=data.hours,
        helpers=helpers,
        people_helped=people,
        format=data.format,
        attendees=data.attendees,
        digital_topic=data.digital_topic,
        roster=roster,
        area=area,
        note=data.note,
        request_id=request.id if request is not None else None,
        proposal_id=data.proposal_id,
        recorded_by=staff.username,
    )
    session.add(activity)
    session.flush()
    for vid in volunteer_ids:
        session.add(ActivityVolunteer(activity_id=row_id(activity), volunteer_id=vid))
    now = utcnow()
    for proposal in proposals:
        if proposal.status in (ProposalStatus.approved, ProposalStatus.accepted):
            locked = lock_row(session, Proposal, row_id(proposal))
            if (
                settings is not None
                and request is not None
                and locked.status in (ProposalStatus.approved, ProposalStatus.accepted)
                and ask_again_for_next_occurrence(
                    session, settings, locked, request, held_on=data.activity_date, actor=staff.username
                )
            ):
                continue  # a recurring request: the same volunteer is asked first for its next date
            if locked.status in (ProposalStatus.approved, ProposalStatus.accepted):
                locked.status = ProposalStatus.completed
                locked.updated_at = now
                session.add(locked)
                audit(
                    session,
                    actor=staff.username,
                    action="complete",
                    entity="proposal",
                    entity_id=locked.id,
                    request_id=locked.request_id,
                    volunteer_id=locked.volunteer_id,
                    activity_id=activity.id,
                )
    audit(
        session,
        actor=staff.username,
        action="record_activity",
        entity="activity",
        entity_id=activity.id,
        request_id=activity.request_id,
        volunteer_ids=volunteer_ids,
        roster=roster,
    )
    session.flush()
    return activity


def occurrence_not_held(
    *, session: Session, settings: Settings, proposal_id: int, day: date, staff: StaffUser
) -> Proposal:
    """Staff say an assignment's passed date did not take place (nothing to record): the assignment moves on as
    after a record — the same volunteer is asked again for the request's next date — or completes when there is
    none (or the volunteer may not be asked again). `day` is the date the staff saw: a stale page or a second
    click (the assignment has moved on since) is refused and changes nothing."""
    from service.requests.schedule import date_text, today_jst

    proposal = get_proposal(session, proposal_id, staff.org_id)
    request = lock_row(session, HelpRequest, proposal.request_id)
    locked = lock_row(session, Proposal, proposal_id)
    if locked.status not in (ProposalStatus.approved, ProposalStatus.accepted):
        raise Conflict(
            f"この担当は既に「{status_label(locked.status, 'ja', proposal=True)}」です。",
            f"This assignment is already {status_label(locked.status, 'en', proposal=True).lower()}.",
        )
    if locked.occurrence_date != day:
        raise Conflict(
            f"この担当の日は{date_text(day, 'ja')}ではなくなっています(記録されたか、ほかの職員が処理しました)。",
            f"This assignment is no longer for {date_text(day, 'en')}: it was recorded or handled by someone else.",
        )
    if day >= today_jst():
        raise Conflict(
            "この日はまだ過ぎていません。取りやめは依頼者のページから行います。",
            "This date has not passed yet; a coming date is cancelled from the requester's page.",
        )
    if request.status in (RequestStatus.done, RequestStatus.closed):
        raise Conflict("この依頼は既に終了しています。", "This request is already closed.")
    audit(
        session,
        actor=staff.username,
        action="occurrence_not_held",
        entity="proposal",
        entity_id=proposal_id,
        request_id=request.id,
        volunteer_id=locked.volunteer_id,
        date=day.isoformat(),
    )
    if ask_again_for_next_occurrence(session, settings, locked, request, held_on=day, actor=staff.username):
        if locked.occurrence_date == day:
            # the schedule became a one-off since: the volunteer comes on its remaining dates, none in particular
            locked.occurrence_date = None
            session.add(locked)
    else:
        locked.status = ProposalStatus.completed
        locked.updated_at = utcnow()
        session.add(locked)
        audit(
            session,
            actor=staff.username,
            action="complete",
            entity="proposal",
            entity_id=proposal_id,
            request_id=request.id,
            volunteer_id=locked.volunteer_id,
            not_held=day.isoformat(),
        )
    session.flush()
    return locked


def activity_read(session: Session, activity: Activity) -> ActivityRead:
    """Returns the API view of an activity with its volunteers."""
    ids = session.exec(
        select(ActivityVolunteer.volunteer_id)
        .where(ActivityVolunteer.activity_id == activity.id)
        .order_by(col(ActivityVolunteer.volunteer_id))
    ).all()
    return ActivityRead(**activity.model_dump(exclude={"org_id"}), volunteer_ids=list(ids))


def list_activities(
    session: Session,
    org_id: str,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    request_id: int | None = None,
    volunteer_id: int | None = None,
    roster: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[ActivityRead]:
    """Returns activities, latest date first, filtered by date range (inclusive), request, volunteer or roster."""
    q = select(Activity).where(Activity.org_id == org_id)
    if date_from is not None:
        q = q.where(col(Activity.activity_date) >= date_from)
    if date_to is not None:
        q = q.where(col(Activity.activity_date) <= date_to)
    if request_id is not None:
        q = q.where(Activity.request_id == request_id)
    if roster is not None:
        q = q.where(Activity.roster == roster)
    if volunteer_id is not None:
        q = q.where(
            col(Activity.id).in_(
                select(ActivityVolunteer.activity_id).where(ActivityVolunteer.volunteer_id == volunteer_id)
            )
        )
    rows = session.exec(
        q.order_by(col(Activity.activity_date).desc(), col(Activity.id).desc()).offset(offset).limit(limit)
    ).all()
    return [activity_read(session, a) for a in rows]


def list_volunteer_activities(session: Session, volunteer_id: int, *, limit: int = 50) -> list[Activity]:
    """Returns the activities a volunteer took part in, latest first."""
    return list(
        session.exec(
            select(Activity)
            .join(ActivityVolunteer, col(ActivityVolunteer.activity_id) == Activity.id)
            .where(ActivityVolunteer.volunteer_id == volunteer_id)
            .order_by(col(Activity.activity_date).desc(), col(Activity.id).desc())
            .limit(limit)
        )
    )


def confirm_activity(*, session: Session, activity_id: int, volunteer_id: int) -> Activity:
    """Marks an activity confirmed by a volunteer who took part (through their private link); idempotent."""
    from service.errors import NotFound

    took_part = session.get(ActivityVolunteer, (activity_id, volunteer_id))
    activity = session.get(Activity, activity_id)
    if took_part is None or activity is None:
        raise NotFound("活動", "Activity", activity_id)
    if activity.confirmed_at is None:
        activity.confirmed_at = utcnow()
        session.add(activity)
        audit(
            session,
            actor=f"volunteer:{volunteer_id}",
            action="confirm_activity",
            entity="activity",
            entity_id=activity_id,
            volunteer_id=volunteer_id,
        )
        session.flush()
    return activity
