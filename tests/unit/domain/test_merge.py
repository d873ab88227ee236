"""Merging two volunteer records (service/roster/merge.py) on a real SQLite file: every reference moves to the
kept record, nothing is lost, the other record is gone, and deleting the kept person then leaves nothing of either."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, col, select

from schemas.activity import Activity, ActivityVolunteer
from schemas.models import (
    AuditEvent,
    HelpRequest,
    HelpRequestCreate,
    MatchingJob,
    PrivateLink,
    Proposal,
    Volunteer,
    VolunteerCreate,
    utcnow,
)
from schemas.outbox import OutboxMessage
from schemas.privacy import Consent, Provision
from service.db import make_engine
from service.errors import Conflict
from service.privacy.rights import delete_person
from service.requests.usecases import submit_request
from service.roster.merge import merge_plan, merge_volunteers
from service.uow import UnitOfWork
from service.volunteers.repository import list_volunteer_history
from service.volunteers.usecases import register_volunteer
from tests.factories import help_request, volunteer


@pytest.fixture
def engine(sqlite_url):  # type: ignore[no-untyped-def]
    engine = make_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(sqlite_url, settings_for):  # type: ignore[no-untyped-def]
    return settings_for(sqlite_url)


def _seed(engine, settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Two records of one person, each with its own history, and two requests both were proposed for."""
    with UnitOfWork(engine) as uow:
        args = {"areas_path": settings.areas_path, "org_id": settings.org_id}
        keep = register_volunteer(
            uow=uow,
            data=VolunteerCreate(
                **volunteer(skills=["スマホの使い方"], contact={"email": "hanako@example.jp"}, bio="")
            ),
            **args,
        )
        other = register_volunteer(
            uow=uow,
            data=VolunteerCreate(
                **volunteer(
                    display_name="山田　花子",  # typed again at the desk, full-width space
                    skills=["書道"],
                    rosters=["skill_bank"],
                    bio="書道を教えています。",
                    contact={"phone": "090-0000-0001"},
                )
            ),
            **args,
        )
        r1 = submit_request(uow=uow, data=HelpRequestCreate(**help_request()), **args)
        r2 = submit_request(uow=uow, data=HelpRequestCreate(**help_request(title="書道")), **args)
        s = uow.session
        p_only = Proposal(
            request_id=r1.id, volunteer_id=other.id, rank=1, score=0.8, algorithm="t", status="approved"
        )
        p_keep2 = Proposal(request_id=r2.id, volunteer_id=keep.id, rank=2, score=0.5, algorithm="t")
        p_other2 = Proposal(
            request_id=r2.id, volunteer_id=other.id, rank=1, score=0.9, algorithm="t", status="accepted"
        )
        s.add_all([p_only, p_keep2, p_other2])
        s.flush()
        shared = Activity(activity_date=date(2026, 11, 1), recorded_by="t", proposal_id=p_keep2.id)
        alone = Activity(activity_date=date(2026, 11, 2), recorded_by="t")
        s.add_all([shared, alone])
        s.flush()
        s.add_all(
            [
                ActivityVolunteer(activity_id=shared.id, volunteer_id=keep.id),  # type: ignore[arg-type]
                ActivityVolunteer(activity_id=shared.id, volunteer_id=other.id),  # type: ignore[arg-type]
                ActivityVolunteer(activity_id=alone.id, volunteer_id=other.id),  # type: ignore[arg-type]
                Consent(
                    kind="volunteer",
                    entity_id=other.id,
                    purpose="contact_share",
                    granted=True,
                    recorded_at=utcnow(),
                ),  # type: ignore[arg-type]
                Provision(
                    at=utcnow(),
                    actor="t",
                    proposal_id=p_only.id,
                    from_kind="volunteer",
                    from_id=other.id,  # type: ignore[arg-type]
                    to_kind="request",
                    to_id=r1.id,
                    fields="phone",  # type: ignore[arg-type]
                ),
                OutboxMessage(
                    kind="ask",
                    recipient_kind="volunteer",
                    recipient_id=other.id,
                    proposal_id=p_only.id,  # type: ignore[arg-type]
                    channel="task",
                    subject="s",
                    body="b",
                    status="open",
                ),
                OutboxMessage(
                    kind="ask",
                    recipient_kind="volunteer",
                    recipient_id=keep.id,
                    proposal_id=p_keep2.id,  # type: ignore[arg-type]
                    channel="task",
                    subject="s",
                    body="b",
                    status="open",
                ),
                PrivateLink(token_hash="x" * 64, kind="volunteer", entity_id=other.id),  # type: ignore[arg-type]
                MatchingJob(kind="volunteer_changed", volunteer_id=other.id, status="done"),
                AuditEvent(actor="t", action="view_contact", entity="volunteer", entity_id=other.id),
            ]
        )
        return {
            "keep": keep.id,
            "other": other.id,
            "r1": r1.id,
            "r2": r2.id,
            "p_only": p_only.id,
            "p_keep2": p_keep2.id,
            "p_other2": p_other2.id,
            "shared": shared.id,
            "alone": alone.id,
        }


def _merge(engine, settings, keep: int, other: int):  # type: ignore[no-untyped-def]
    with UnitOfWork(engine) as uow:
        return merge_volunteers(
            uow=uow,
            keep_id=keep,
            other_id=other,
            org_id=settings.org_id,
            actor="coordinator",
            areas_path=settings.areas_path,
        )


def test_merge_moves_every_reference_to_the_kept_record_and_loses_nothing(engine, settings):
    ids = _seed(engine, settings)
    keep, other = ids["keep"], ids["other"]
    with Session(engine) as s:
        plan = merge_plan(s, keep_id=keep, other_id=other, org_id=settings.org_id)
        assert plan.refusal is None and plan.why_same  # the import's duplicate detection sees one person
        assert plan.sources["skills"] == "both" and plan.sources["bio"] == "other"
        assert plan.sources["display_name"] == "keep" and plan.sources["contact"] == "both"

    result = _merge(engine, settings, keep, other)

    with Session(engine) as s:
        assert s.get(Volunteer, other) is None
        v = s.get(Volunteer, keep)
        assert v is not None and v.display_name == "山田 花子"
        assert v.skills == ["スマホの使い方", "書道"] and set(v.rosters) == {"digital", "skill_bank"}
        assert v.bio == "書道を教えています。"
        assert (v.contact_email, v.contact_phone) == ("hanako@example.jp", "090-0000-0001")
        # proposals: R1's moved; on R2 the accepted one (the other record's) stays, the pending one is joined to it
        props = {p.request_id: p for p in s.exec(select(Proposal).where(Proposal.volunteer_id == keep))}
        assert props[ids["r1"]].id == ids["p_only"]
        assert props[ids["r2"]].id == ids["p_other2"] and props[ids["r2"]].status == "accepted"
        assert s.get(Proposal, ids["p_keep2"]) is None
        assert s.exec(select(Proposal).where(Proposal.volunteer_id == other)).all() == []
        # what pointed at the joined proposal follows the one that stayed
        assert s.get(Activity, ids["shared"]).proposal_id == ids["p_other2"]  # type: ignore[union-attr]
        messages = s.exec(select(OutboxMessage)).all()
        assert {(m.recipient_id, m.proposal_id) for m in messages} == {
            (keep, ids["p_only"]),
            (keep, ids["p_other2"]),
        }
        # activities: both still there, each once with the kept record
        taking_part = s.exec(select(ActivityVolunteer.activity_id, ActivityVolunteer.volunteer_id)).all()
        assert sorted(taking_part) == sorted([(ids["shared"], keep), (ids["alone"], keep)])
        assert [c.entity_id for c in s.exec(select(Consent)).all()] == [keep]
        assert [(p.from_id, p.proposal_id) for p in s.exec(select(Provision)).all()] == [
            (keep, ids["p_only"])
        ]
        assert [link.entity_id for link in s.exec(select(PrivateLink)).all()] == [keep]
        assert other not in {j.volunteer_id for j in s.exec(select(MatchingJob)).all()}
        # audit rows are append-only: the other record's keep its id, and the kept record's history shows them
        history = list_volunteer_history(s, keep)
        assert {(e.action, e.entity_id) for e in history} >= {("view_contact", other), ("merge", keep)}
        [merge_row] = s.exec(select(AuditEvent).where(AuditEvent.action == "merge")).all()
        assert (merge_row.actor, merge_row.entity_id, merge_row.detail["merged"]) == (
            "coordinator",
            keep,
            other,
        )
        assert "山田" not in str(merge_row.detail)  # ids and field names only
    assert result.moved["proposals"] == 2 and result.moved["proposals_joined"] == 1
    assert result.moved["activities"] == 1 and result.moved["messages"] == 1

    # the privacy rule: deleting the kept person deletes what both records held
    with Session(engine) as s:
        delete_person(s, "volunteers", keep, settings.org_id, "admin")
        s.commit()
    with Session(engine) as s:
        assert s.exec(select(ActivityVolunteer)).all() == []
        assert s.exec(select(Consent)).all() == [] and s.exec(select(PrivateLink)).all() == []
        assert s.exec(select(OutboxMessage)).all() == []
        assert s.exec(select(Proposal).where(col(Proposal.volunteer_id).in_([keep, other]))).all() == []
        assert s.exec(select(HelpRequest)).all()  # the requests are other people's: they stay


def test_merging_a_record_into_itself_or_keeping_a_withdrawn_one_is_refused(engine, settings):
    ids = _seed(engine, settings)
    with pytest.raises(Conflict) as exc:
        _merge(engine, settings, ids["keep"], ids["keep"])
    assert "同じ登録" in exc.value.message_ja and "itself" in exc.value.message_en
    with UnitOfWork(engine) as uow:
        uow.session.get(Volunteer, ids["keep"]).status = "withdrawn"  # type: ignore[union-attr]
    with pytest.raises(Conflict):
        _merge(engine, settings, ids["keep"], ids["other"])
    with Session(engine) as s:  # nothing changed
        assert s.get(Volunteer, ids["other"]) is not None
        assert len(s.exec(select(Proposal)).all()) == 3
