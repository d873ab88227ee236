"""Dates on requests, through the use-cases on a real SQLite file: an approval is for the next occurrence and the
ask names it; the day-before reminder goes once per date; cancelling one date tells the volunteers of that date
only; staff closing a request unfulfilled tells the approved and accepted volunteers."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from schemas.activity import RequestClose
from schemas.models import HelpRequest, Proposal, StaffUser, Volunteer
from schemas.outbox import OutboxMessage
from service.db import make_engine, unit_of_work
from service.errors import Conflict
from service.outbox.usecases import ask_volunteer
from service.proposals.answers import assignment_views, remind_day_before
from service.proposals.repository import list_proposals, shown_proposal_rows
from service.proposals.usecases import approve_proposal, render_proposals
from service.requests.schedule import date_text, today_jst
from service.requests.usecases import cancel_one_date, close_request, next_dates


@pytest.fixture
def setup(sqlite_url, settings_for):  # type: ignore[no-untyped-def]
    settings = settings_for(sqlite_url)
    engine = make_engine(sqlite_url)
    yield engine, settings
    engine.dispose()


_STAFF_NO = itertools.count(1)  # id() of a freed list can come back: names must differ per seed


def _seed(engine, schedule: dict | None, statuses: list[str], occurrence: list[date | None] | None = None):  # type: ignore[no-untyped-def]
    """Writes a request with the schedule and one volunteer per status (each with a proposal in that status)."""
    with Session(engine, expire_on_commit=False) as session:
        staff = StaffUser(username=f"s{next(_STAFF_NO)}", password_hash="x")
        req = HelpRequest(
            requester_name="こども食堂",
            title="子ども食堂の配膳",
            description="配膳を手伝ってください。",
            status="proposed",
            helpers_needed=len(statuses) + 1,
            schedule=schedule,
        )
        session.add_all([staff, req])
        session.flush()
        ids = []
        for i, status in enumerate(statuses):
            vol = Volunteer(display_name=f"ボランティア{i}", contact_phone=f"090-0000-000{i}")
            session.add(vol)
            session.flush()
            p = Proposal(
                request_id=req.id,
                volunteer_id=vol.id,
                rank=i + 1,
                score=0.5,
                algorithm="test",
                status=status,
                occurrence_date=(occurrence or [None] * len(statuses))[i],
            )
            session.add(p)
            session.flush()
            ids.append(p.id)
        session.commit()
        return req.id, ids, staff


def _messages(engine, kind: str) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return list(session.exec(select(OutboxMessage).where(OutboxMessage.kind == kind)).all())


def test_approval_of_a_recurring_request_is_for_its_next_occurrence_and_the_ask_names_it(setup) -> None:  # type: ignore[no-untyped-def]
    engine, settings = setup
    today = today_jst()
    schedule = {"kind": "weekly", "weekday": "mon", "start": today.isoformat(), "time_of_day": "pm"}
    request_id, [pid], staff = _seed(engine, schedule, ["pending"])
    with unit_of_work(engine) as session:
        proposal = approve_proposal(session=session, proposal_id=pid, staff=staff)
        ask_volunteer(session, settings, proposal)
    first = today + timedelta(days=(0 - today.weekday()) % 7)
    with Session(engine) as session:
        assert session.get(Proposal, pid).occurrence_date == first  # type: ignore[union-attr]
    # the staff's list (the API's body and the request page's rows) says which date the assignment is for
    with engine.connect() as conn:
        rows = shown_proposal_rows(conn, request_id, settings.org_id)
    assert rows is not None and json.loads(render_proposals(rows))[0]["occurrence_date"] == first.isoformat()
    with Session(engine) as session:
        assert [p.occurrence_date for p in list_proposals(session, request_id)] == [first]
    [ask] = _messages(engine, "ask")
    assert f"日時: {date_text(first, 'ja')} 午後(毎週月曜 午後)" in ask.body
    with Session(engine) as session:
        [view] = assignment_views(session, settings, _volunteer_of(engine, pid), "ja")
    assert date_text(first, "ja") in str(view["when"])


def _volunteer_of(engine, pid: int) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return session.get(Proposal, pid).volunteer_id  # type: ignore[union-attr]


def test_an_approval_to_be_arranged_says_so(setup) -> None:  # type: ignore[no-untyped-def]
    engine, settings = setup
    _, [pid], staff = _seed(engine, None, ["pending"])
    with unit_of_work(engine) as session:
        ask_volunteer(session, settings, approve_proposal(session=session, proposal_id=pid, staff=staff))
    [ask] = _messages(engine, "ask")
    assert "日時: ご相談のうえ決めます" in ask.body


def test_the_day_before_reminder_goes_once_per_date_to_accepted_volunteers_only(setup) -> None:  # type: ignore[no-untyped-def]
    engine, settings = setup
    today = date(2026, 12, 3)
    tomorrow, later = today + timedelta(days=1), today + timedelta(days=8)
    one_off = {"kind": "dates", "dates": [tomorrow.isoformat(), later.isoformat()], "start_time": "10:00"}
    _, [accepted, approved], _ = _seed(engine, one_off, ["accepted", "approved"])
    weekly = {"kind": "weekly", "weekday": "fri", "start": today.isoformat()}  # Friday = tomorrow
    _, [this_week, next_week], _ = _seed(engine, weekly, ["accepted", "accepted"], [tomorrow, later])

    assert remind_day_before(engine, settings, today=today) == 2
    assert remind_day_before(engine, settings, today=today) == 0  # the next round: nothing again
    sent = _messages(engine, "day_before")
    assert sorted(m.proposal_id for m in sent) == sorted([accepted, this_week])  # type: ignore[type-var]
    assert all(m.dedupe_key and tomorrow.isoformat() in m.dedupe_key for m in sent)
    body = next(m.body for m in sent if m.proposal_id == accepted)
    assert f"日時: {date_text(tomorrow, 'ja')} 10:00から" in body

    # a week later the one-off's second date and the next week's assignment are due, once each
    assert remind_day_before(engine, settings, today=later - timedelta(days=1)) == 2
    assert remind_day_before(engine, settings, today=later - timedelta(days=1)) == 0
    assert approved not in {m.proposal_id for m in _messages(engine, "day_before")}
    assert next_week in {m.proposal_id for m in _messages(engine, "day_before")}

    # the key is unique in the database as well: a racing second sweep cannot write it twice
    with pytest.raises(IntegrityError), unit_of_work(engine) as session:
        twin = sent[0].model_copy(update={"id": None})
        session.add(OutboxMessage.model_validate(twin.model_dump()))

    assert remind_day_before(engine, settings.with_(reminder_days_before=0), today=today) == 0


def test_cancelling_one_date_tells_only_that_dates_volunteers_and_keeps_the_others(setup) -> None:  # type: ignore[no-untyped-def]
    engine, settings = setup
    today = today_jst()
    weekly = {"kind": "weekly", "weekday": "wed", "start": (today + timedelta(days=1)).isoformat()}
    first = today + timedelta(days=1 + (2 - (today + timedelta(days=1)).weekday()) % 7)
    second = first + timedelta(days=7)
    request_id, [on_first, on_second, waiting], _ = _seed(
        engine, weekly, ["accepted", "accepted", "pending"], [first, second, None]
    )
    with unit_of_work(engine) as session:
        assert cancel_one_date(session, settings, request_id, first) == 1
    [told] = _messages(engine, "date_cancelled")
    assert told.proposal_id == on_first and date_text(first, "ja") in told.body
    assert "取りやめ" in told.subject
    with Session(engine) as session:
        request = session.get(HelpRequest, request_id)
        assert request is not None and request.cancelled_dates == [first.isoformat()]
        assert next_dates(request, limit=2) == [second, second + timedelta(days=7)]
    with pytest.raises(Conflict), unit_of_work(engine) as session:  # twice, or a date not in the schedule
        cancel_one_date(session, settings, request_id, first)
    with pytest.raises(Conflict), unit_of_work(engine) as session:
        cancel_one_date(session, settings, request_id, first + timedelta(days=1))
    assert len(_messages(engine, "date_cancelled")) == 1
    # a one-off's volunteers come on every date: cancelling one of them tells them all
    one_off = {"kind": "dates", "dates": [first.isoformat(), second.isoformat()]}
    other_id, [a, b], _ = _seed(engine, one_off, ["approved", "accepted"])
    with unit_of_work(engine) as session:
        assert cancel_one_date(session, settings, other_id, second) == 2
    assert {m.proposal_id for m in _messages(engine, "date_cancelled")} == {on_first, a, b}
    assert _messages(engine, "date_cancelled_requester") == []  # the requester did it: nothing to tell them
    del on_second, waiting


def test_staff_closing_a_request_unfulfilled_tells_the_approved_and_accepted_volunteers(setup) -> None:  # type: ignore[no-untyped-def]
    engine, settings = setup
    request_id, [approved, accepted, pending], _ = _seed(engine, None, ["approved", "accepted", "pending"])
    with unit_of_work(engine) as session:
        close_request(
            session=session,
            request_id=request_id,
            data=RequestClose(outcome="failed", reason="会場が使えなくなった"),
            org_id=settings.org_id,
            actor="coordinator",
            settings=settings,
        )
    told = _messages(engine, "cancelled")
    assert sorted(m.proposal_id for m in told) == sorted([approved, accepted])  # type: ignore[type-var]
    assert all("社会福祉協議会で依頼を終了したため" in m.body for m in told)
    # fulfilled: the helpers did the work, nobody is told it was cancelled
    done_id, _, _ = _seed(engine, None, ["accepted"])
    with unit_of_work(engine) as session:
        close_request(
            session=session,
            request_id=done_id,
            data=RequestClose(outcome="fulfilled"),
            org_id=settings.org_id,
            actor="coordinator",
            settings=settings,
        )
    assert len(_messages(engine, "cancelled")) == 2
    del pending


def test_the_form_asks_when_without_javascript_and_the_requester_cancels_one_date(client, staff):  # type: ignore[no-untyped-def]
    import re

    from tests.factories import help_request
    from tests.integration.test_pages import REQUEST_FORM, _csrf

    page = client.get("/request/new")
    assert 'type="radio" name="schedule_kind" value="to_arrange" checked' in page.text
    assert (
        'type="date"' in page.text and '<select id="weekday"' in page.text and '<select id="nth"' in page.text
    )
    token = _csrf(client, "/request/new")
    start = today_jst() + timedelta(days=1)
    monthly = {"schedule_kind": "monthly", "weekday": "sat", "start": start.isoformat(), "time_of_day": "am"}
    refused = client.post("/request/new", data={**REQUEST_FORM, **monthly, "_csrf_token": token})
    assert refused.status_code == 400
    assert re.search(r'id="nth-error">.*第何週かを選んでください', refused.text)
    english = client.post("/request/new?lang=en", data={**REQUEST_FORM, **monthly, "_csrf_token": token})
    assert re.search(r'id="nth-error">.*Choose which week of the month', english.text)
    assert 'value="monthly" checked' in refused.text  # what was typed is kept
    client.get("/request/new?lang=ja")  # back to Japanese (the choice is remembered)

    sent = client.post(
        "/request/new",
        data={**REQUEST_FORM, **monthly, "nth": "2", "_csrf_token": token},
        follow_redirects=False,
    )
    assert sent.status_code == 303, sent.text
    secret = re.match(r"/r/([A-Za-z0-9_-]+)", sent.headers["location"]).group(1)  # type: ignore[union-attr]
    mine = client.get(f"/r/{secret}").text
    assert "毎月第2土曜 午前" in mine
    edit = client.get(f"/r/{secret}/edit").text  # the correction form starts from what is stored
    assert 'value="monthly" checked' in edit and '<option value="2" selected>' in edit
    assert f'name="start" value="{start.isoformat()}"' in edit and '<option value="sat" selected>' in edit
    days = re.findall(rf"/r/{secret}/dates/(\d{{4}}-\d\d-\d\d)/cancel", mine)
    assert len(days) >= 3 and all(date.fromisoformat(d).weekday() == 5 for d in days)
    confirm = client.get(f"/r/{secret}/dates/{days[0]}/cancel")
    assert confirm.status_code == 200 and "この日を取りやめますか" in confirm.text
    assert client.post(f"/r/{secret}/dates/{days[0]}/cancel", data={}).status_code == 403  # CSRF kept
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', confirm.text).group(1)  # type: ignore[union-attr]
    done = client.post(
        f"/r/{secret}/dates/{days[0]}/cancel", data={"_csrf_token": csrf}, follow_redirects=False
    )
    assert done.status_code == 303
    after = client.get(done.headers["location"]).text
    assert "日にちを取りやめました" in after and f"/dates/{days[0]}/cancel" not in after
    assert client.get(f"/r/{secret}/dates/not-a-date/cancel").status_code == 404

    # the API: optional (old clients get 日程は相談), and read back with the next dates
    plain = client.post("/api/requests", json=help_request())
    weekly = client.post(
        "/api/requests",
        json=help_request(schedule={"kind": "weekly", "weekday": "tue", "start": start.isoformat()}),
    )
    bad = client.post(
        "/api/requests", json=help_request(schedule={"kind": "weekly", "start": start.isoformat()})
    )
    assert plain.status_code == weekly.status_code == 201 and bad.status_code == 400
    assert "曜日を選んでください" in bad.text and "Choose the day of the week" in bad.text
    headers = staff
    read = client.get(f"/api/requests/{weekly.json()['id']}", headers=headers).json()
    assert read["schedule"]["kind"] == "weekly" and len(read["next_dates"]) == 5
    assert all(date.fromisoformat(d).weekday() == 1 for d in read["next_dates"])
    assert (
        client.get(f"/api/requests/{plain.json()['id']}", headers=headers).json()["schedule"]["kind"]
        == "to_arrange"
    )


def test_an_occurrence_recorded_as_an_activity_asks_the_same_volunteer_first_for_the_next_date(setup) -> None:  # type: ignore[no-untyped-def]
    from schemas.activity import ActivityCreate
    from service.activities.usecases import record_activity

    engine, settings = setup
    today = today_jst()
    held = today - timedelta(days=7)
    weekly = {"kind": "weekly", "weekday": "sun", "start": (today - timedelta(days=30)).isoformat()}
    request_id, [pid], staff = _seed(engine, weekly, ["accepted"], [held])
    one_off_id, [one_off_pid], _ = _seed(engine, {"kind": "dates", "dates": [held.isoformat()]}, ["accepted"])
    two_dates = {"kind": "dates", "dates": [held.isoformat(), (today + timedelta(days=3)).isoformat()]}
    two_id, [two_pid], _ = _seed(engine, two_dates, ["accepted"])
    who = {
        request_id: _volunteer_of(engine, pid),
        one_off_id: _volunteer_of(engine, one_off_pid),
        two_id: _volunteer_of(engine, two_pid),
    }
    with unit_of_work(engine) as session:
        for rid in (request_id, one_off_id, two_id):
            record_activity(
                session=session,
                data=ActivityCreate(
                    activity_date=held,
                    request_id=rid,
                    volunteer_ids=[who[rid]],
                ),
                staff=staff,
                areas_path=settings.areas_path,
                settings=settings,
            )
    nxt = today + timedelta(days=(6 - today.weekday()) % 7)  # the next Sunday from today
    with Session(engine) as session:
        again = session.get(Proposal, pid)
        assert again is not None and again.status == "approved" and again.occurrence_date == nxt
        assert again.reasons[0] == "前回も担当" and again.answered_at is None
        assert session.get(Proposal, one_off_pid).status == "completed"  # type: ignore[union-attr]
        # a one-off with a date still ahead: the volunteer still comes then (and is reminded the day before)
        assert session.get(Proposal, two_pid).status == "accepted"  # type: ignore[union-attr]
    [ask] = [m for m in _messages(engine, "ask") if m.proposal_id == pid]
    assert date_text(nxt, "ja") in ask.body


def test_the_interchange_carries_the_schedule_both_ways(setup) -> None:  # type: ignore[no-untyped-def]
    from schemas.models import HelpRequestCreate
    from service.requests.usecases import submit_request
    from service.roster.export import export_records, human_records
    from service.uow import UnitOfWork
    from tests.factories import help_request

    engine, settings = setup
    monthly = {"kind": "monthly", "weekday": "sat", "nth": 2, "start": "2026-12-01", "time_of_day": "am"}
    with UnitOfWork(engine) as uow:
        for rec in (help_request(external_id="R1", schedule=monthly), help_request(external_id="R2")):
            submit_request(
                uow=uow,
                data=HelpRequestCreate.model_validate(rec),
                areas_path=settings.areas_path,
                org_id="kiyose",
            )
    with Session(engine) as session:
        records = export_records(session, settings, "requests", with_contact=False)
    assert [r["schedule"] for r in records] == [monthly, None]
    again = HelpRequestCreate.model_validate(records[0])
    assert again.schedule is not None and again.schedule.nth == 2 and again.schedule.weekday == "sat"
    assert [row["日程"] for row in human_records(records, {})] == ["毎月第2土曜 午前", "日程は相談"]
    from service.roster.export import encode_export

    for fmt in ("csv", "xlsx"):  # with the codes (no human words), the schedule is its JSON in one cell
        body, _ = encode_export(records, "requests", fmt)
        assert body
    import csv
    import io
    import json

    rows = list(csv.DictReader(io.StringIO(encode_export(records, "requests", "csv")[0].decode("utf-8-sig"))))
    assert json.loads(rows[0]["schedule"]) == monthly and rows[1]["schedule"] == ""


def test_the_same_volunteer_is_not_asked_again_when_paused_or_at_their_monthly_limit(setup) -> None:  # type: ignore[no-untyped-def]
    """The re-ask bypasses the matcher, so it keeps the matcher's hard constraints itself: a paused volunteer, or
    one whose max_per_month is already taken by other assignments this month, is not asked for the next date."""
    from schemas.activity import ActivityCreate
    from schemas.models import utcnow
    from service.activities.usecases import record_activity

    engine, settings = setup
    today = today_jst()
    held = today - timedelta(days=7)
    weekly = {"kind": "weekly", "weekday": "sun", "start": (today - timedelta(days=30)).isoformat()}
    full_id, [full_pid], staff = _seed(engine, weekly, ["accepted"], [held])
    paused_id, [paused_pid], _ = _seed(engine, weekly, ["accepted"], [held])
    free_id, [free_pid], _ = _seed(engine, weekly, ["accepted"], [held])
    other_id, [other_pid], _ = _seed(engine, None, ["accepted"])
    full_vid, paused_vid, free_vid = (_volunteer_of(engine, p) for p in (full_pid, paused_pid, free_pid))
    with Session(engine) as session:
        full = session.get(Volunteer, full_vid)
        assert full is not None
        full.max_per_month = 1
        other = session.get(Proposal, other_pid)
        assert other is not None
        other.volunteer_id, other.decided_at = full.id, utcnow()  # their one assignment this month
        paused = session.get(Volunteer, paused_vid)
        assert paused is not None
        paused.status = "paused"
        free = session.get(Volunteer, free_vid)
        assert free is not None
        free.max_per_month = 2  # one other this month: room for the next date
        session.add_all([full, other, paused, free])
        session.commit()
    with Session(engine) as session:
        p = Proposal(request_id=other_id, volunteer_id=free_vid, rank=2, score=0.5, algorithm="test",
                     status="accepted", decided_at=utcnow())  # fmt: skip
        session.add(p)
        session.commit()
    with unit_of_work(engine) as session:
        for rid, vid in ((full_id, full_vid), (paused_id, paused_vid), (free_id, free_vid)):
            record_activity(
                session=session,
                data=ActivityCreate(activity_date=held, request_id=rid, volunteer_ids=[vid]),
                staff=staff,
                areas_path=settings.areas_path,
                settings=settings,
            )
    with Session(engine) as session:
        assert session.get(Proposal, full_pid).status == "completed"  # type: ignore[union-attr]
        assert session.get(Proposal, paused_pid).status == "completed"  # type: ignore[union-attr]
        assert session.get(Proposal, free_pid).status == "approved"  # type: ignore[union-attr]
    asked = {m.proposal_id for m in _messages(engine, "ask")}
    assert free_pid in asked and full_pid not in asked and paused_pid not in asked


def _last(weekday: int, before: date) -> date:
    """Returns the last given weekday (0 = Monday) strictly before a date."""
    return before - timedelta(days=(before.weekday() - weekday - 1) % 7 + 1)


def test_a_passed_date_with_nothing_recorded_is_listed_and_not_held_moves_the_assignment_on(setup) -> None:  # type: ignore[no-untyped-def]
    """An assignment whose date passed without a record is found for Today; 「この日はなかった」 asks the same
    volunteer again for the next date (as after a record), or completes it when no date is left; a stale or
    repeated click, and a date still to come, are refused and change nothing."""
    from schemas.activity import Activity, ActivityVolunteer
    from schemas.models import AuditEvent
    from service.activities.usecases import occurrence_not_held
    from service.proposals.repository import unrecorded_occurrences

    engine, settings = setup
    today = today_jst()
    held = _last(6, today)  # the last Sunday before today
    weekly = {"kind": "weekly", "weekday": "sun", "start": (held - timedelta(days=28)).isoformat()}
    stuck_id, [stuck, pending], staff = _seed(engine, weekly, ["accepted", "pending"], [held, None])
    ended = {**weekly, "end": held.isoformat()}  # its last date was `held`
    last_id, [last_one], _ = _seed(engine, ended, ["approved"], [held])
    _, [ahead], _ = _seed(engine, weekly, ["accepted"], [held + timedelta(days=7)])
    closed_id, [of_closed], _ = _seed(engine, weekly, ["accepted"], [held])
    recorded_id, [recorded], _ = _seed(engine, weekly, ["accepted"], [held])
    recorded_vid = _volunteer_of(engine, recorded)
    with Session(engine) as session:
        closed = session.get(HelpRequest, closed_id)
        assert closed is not None
        closed.status = "closed"
        # recorded another way (not through the proposal): the list must not ask for it again
        activity = Activity(activity_date=held, hours=1, request_id=recorded_id, recorded_by="x")
        session.add_all([closed, activity])
        session.flush()
        session.add(ActivityVolunteer(activity_id=activity.id, volunteer_id=recorded_vid))
        session.commit()
    with Session(engine) as session:
        found = unrecorded_occurrences(session, settings.org_id, today)
    assert [(p.id, r.id, name) for p, r, name in found] == [
        (stuck, stuck_id, "ボランティア0"),
        (last_one, last_id, "ボランティア0"),
    ]
    del pending, ahead, of_closed

    with unit_of_work(engine) as session:
        occurrence_not_held(session=session, settings=settings, proposal_id=stuck, day=held, staff=staff)
        occurrence_not_held(session=session, settings=settings, proposal_id=last_one, day=held, staff=staff)
    nxt = held + timedelta(days=7)  # the next Sunday: today or later
    with Session(engine) as session:
        moved = session.get(Proposal, stuck)
        assert moved is not None and moved.status == "approved" and moved.occurrence_date == nxt
        assert moved.reasons[0] == "前回も担当" and moved.answered_at is None
        assert session.get(Proposal, last_one).status == "completed"  # type: ignore[union-attr]
        assert unrecorded_occurrences(session, settings.org_id, today) == []
        actions = [
            e.action
            for e in session.exec(select(AuditEvent).where(AuditEvent.entity_id.in_([stuck, last_one]))).all()  # type: ignore[union-attr]
        ]
    assert actions.count("occurrence_not_held") == 2 and "ask_next_occurrence" in actions
    [ask] = [m for m in _messages(engine, "ask") if m.proposal_id == stuck]
    assert date_text(nxt, "ja") in ask.body

    # the same click again (a stale page): refused, nothing changes, no second ask
    for pid, day in ((stuck, held), (last_one, held), (stuck, nxt)):
        with pytest.raises(Conflict), unit_of_work(engine) as session:
            occurrence_not_held(session=session, settings=settings, proposal_id=pid, day=day, staff=staff)
    assert len([m for m in _messages(engine, "ask") if m.proposal_id == stuck]) == 1
    with Session(engine) as session:
        assert session.get(Proposal, stuck).occurrence_date == nxt  # type: ignore[union-attr]


def test_a_schedule_change_that_drops_an_assigned_date_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    """Staff's schedule change and the requester's correction keep every upcoming date someone is assigned to;
    other changes go through, and a date the requester cancelled does not hold a change back."""
    from schemas.models import AuditEvent, HelpRequestCreate
    from schemas.schedule import Schedule
    from service.requests.usecases import change_schedule, correct_request
    from service.uow import UnitOfWork
    from tests.factories import help_request

    engine, settings = setup
    today = today_jst()
    sat = today + timedelta(days=1 + (5 - (today + timedelta(days=1)).weekday()) % 7)  # next Saturday
    weekly = {"kind": "weekly", "weekday": "sat", "start": today.isoformat()}
    rid, [_accepted, _pending], _ = _seed(engine, weekly, ["accepted", "pending"], [sat, None])
    monthly_other_day = Schedule(kind="monthly", weekday="sun", nth=1, start=today)
    with pytest.raises(Conflict) as refused, unit_of_work(engine) as session:
        change_schedule(
            session=session, request_id=rid, schedule=monthly_other_day, org_id="kiyose", actor="c"
        )
    assert (
        date_text(sat, "ja") in refused.value.message_ja and date_text(sat, "en") in refused.value.message_en
    )
    with pytest.raises(Conflict), UnitOfWork(engine) as uow:  # the requester's correction: the same rule
        correct_request(
            uow=uow,
            request_id=rid,
            data=HelpRequestCreate.model_validate(help_request(schedule={"kind": "to_arrange"})),
            areas_path=settings.areas_path,
            org_id="kiyose",
            actor="requester",
        )
    # the date kept (a one-off on it and a later one; a time of day added): allowed, and audited
    one_off = Schedule(kind="dates", dates=[sat, sat + timedelta(days=3)], time_of_day="pm")
    with unit_of_work(engine) as session:
        change_schedule(session=session, request_id=rid, schedule=one_off, org_id="kiyose", actor="c")
    with Session(engine) as session:
        stored = session.get(HelpRequest, rid)
        assert stored is not None and stored.schedule is not None and stored.schedule["kind"] == "dates"
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "schedule_changed")).one()
    # once the requester cancelled that date, its volunteer was told: the schedule may drop it
    with unit_of_work(engine) as session:
        cancel_one_date(session, settings, rid, sat)
    later = Schedule(kind="dates", dates=[sat + timedelta(days=3)])
    with unit_of_work(engine) as session:
        change_schedule(session=session, request_id=rid, schedule=later, org_id="kiyose", actor="c")


def test_staff_find_unrecorded_dates_on_today_and_change_a_schedule_from_the_request_page(client, engine):  # type: ignore[no-untyped-def]
    """The pages: Today's 「記録がない活動」 with 活動を記録 (the activity form on the assignment's date) and
    この日はなかった (CSRF, a refusal back on Today with its reason, in English too); the schedule page with the
    requester's own fieldset, its validation, and the refusal of a dropped assigned date."""
    import re

    from tests.conftest import make_staff
    from tests.integration.test_console import _login

    today = today_jst()
    held = _last(6, today)
    weekly = {"kind": "weekly", "weekday": "sun", "start": (held - timedelta(days=28)).isoformat()}
    rid, [pid], _ = _seed(engine, weekly, ["accepted"], [held])
    make_staff(engine)
    token = _login(client)

    assert "依頼者が取りやめた日" not in client.get("/staff").text
    with Session(engine) as session:  # the requester had cancelled that date: said on the row
        req = session.get(HelpRequest, rid)
        assert req is not None
        req.cancelled_dates = [held.isoformat()]
        session.add(req)
        session.commit()
    page = client.get("/staff").text
    section = re.search(r'<section aria-labelledby="h-unrecorded".*?</section>', page, re.S).group(0)  # type: ignore[union-attr]
    assert "記録がない活動 (1)" in section and date_text(held, "ja") in section and "ボランティア0" in section
    assert "依頼者が取りやめた日" in section
    assert f'href="/staff/activities/new?proposal={pid}"' in section
    assert f'action="/staff/proposals/{pid}/not-held"' in section and 'name="_csrf_token"' in section
    form = client.get(
        f"/staff/activities/new?proposal={pid}"
    ).text  # the form starts at the assignment's date
    assert f'name="activity_date" required value="{held.isoformat()}"' in form

    assert client.post(f"/staff/proposals/{pid}/not-held", data={"day": held.isoformat()}).status_code == 403
    done = client.post(
        f"/staff/proposals/{pid}/not-held",
        data={"day": held.isoformat(), "_csrf_token": token},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith("/staff?done=not_held")
    after = client.get(done.headers["location"]).text
    assert "この日はなかったことにしました" in after and "記録がない活動 (0)" in after
    again = client.post(
        f"/staff/proposals/{pid}/not-held", data={"day": held.isoformat(), "_csrf_token": token}
    )
    assert again.status_code == 409 and 'role="alert" id="refused"' in again.text
    assert "ではなくなっています" in again.text and "<h1>今日の仕事</h1>" in again.text
    english = client.post(
        f"/staff/proposals/{pid}/not-held?lang=en", data={"day": "not-a-date", "_csrf_token": token}
    )
    assert english.status_code == 400 and "The date is not valid" in english.text
    client.get("/staff?lang=ja")
    nxt = held + timedelta(days=7)
    # the card's full activity form now opens at the next date (not today)
    assert f'value="{nxt.isoformat()}"' in client.get(f"/staff/activities/new?proposal={pid}").text

    # the schedule page: linked from the request, filled in from what is stored
    assert f'href="/staff/requests/{rid}/schedule"' in client.get(f"/staff/requests/{rid}").text
    edit = client.get(f"/staff/requests/{rid}/schedule").text
    assert 'value="weekly" checked' in edit and '<option value="sun" selected>' in edit
    assert 'id="schedule-field"' in edit and 'name="_csrf_token"' in edit
    monthly = {"schedule_kind": "monthly", "weekday": "sun", "start": today.isoformat(), "_csrf_token": token}
    bad = client.post(f"/staff/requests/{rid}/schedule", data=monthly)  # no 第N: the form's own message
    assert bad.status_code == 400 and re.search(r'id="nth-error">.*第何週かを選んでください', bad.text)
    assert 'value="monthly" checked' in bad.text
    other_week = str((nxt.day - 1) // 7 % 4 + 2)  # a 第N that the assigned Sunday is not
    dropped = client.post(f"/staff/requests/{rid}/schedule", data={**monthly, "nth": other_week})
    assert dropped.status_code == 409 and date_text(nxt, "ja") in dropped.text
    assert 'id="schedule-error"' in dropped.text
    kept = {**weekly, "schedule_kind": "weekly", "time_of_day": "am", "_csrf_token": token}
    ok = client.post(f"/staff/requests/{rid}/schedule", data=kept, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == f"/staff/requests/{rid}?done=schedule"
    shown = client.get(ok.headers["location"]).text
    assert "日程を変更しました" in shown and "毎週日曜 午前" in shown


def _audits(engine, action: str) -> list:  # type: ignore[no-untyped-def]
    from schemas.models import AuditEvent

    with Session(engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_staff_cancel_one_date_from_the_request_page_and_the_api(client, engine, settings):  # type: ignore[no-untyped-def]
    """Staff cancel one date as the requester can: the request page links each upcoming date to a confirmation
    naming the volunteers of that date; the POST (CSRF kept) tells only them, through the outbox, in words that do
    not blame the requester, and writes an audit row naming the staff member; a past, cancelled or unknown date is
    refused with its reason (409, in English too) and changes nothing. The API does the same."""
    import re

    from tests.conftest import login, make_staff
    from tests.integration.test_console import _login

    today = today_jst()
    first = today + timedelta(days=1 + (2 - (today + timedelta(days=1)).weekday()) % 7)  # a Wednesday ahead
    second = first + timedelta(days=7)
    weekly = {"kind": "weekly", "weekday": "wed", "start": (first - timedelta(days=14)).isoformat()}
    rid, [on_first, on_second, _pending], _ = _seed(
        engine, weekly, ["accepted", "approved", "pending"], [first, second, None]
    )
    make_staff(engine)
    token = _login(client)
    from service.privacy.links import create_private_link

    with Session(engine) as session:  # the volunteer of the first date, on their own page
        own = create_private_link(
            session, kind="volunteer", entity_id=_volunteer_of(engine, on_first), org_id="kiyose"
        )
        session.commit()
    mine = client.get(f"/v/{own}").text
    assert date_text(first, "ja") in mine and "【取りやめ】" not in mine

    page = client.get(f"/staff/requests/{rid}").text
    assert f'href="/staff/requests/{rid}/dates/{first.isoformat()}/cancel"' in page
    confirm = client.get(f"/staff/requests/{rid}/dates/{first.isoformat()}/cancel")
    assert confirm.status_code == 200 and date_text(first, "ja") in confirm.text
    told_line = re.search(r'<p id="told">(.*?)</p>', confirm.text).group(1)  # type: ignore[union-attr]
    assert "ボランティア0" in told_line and "ボランティア1" not in told_line  # only that date's volunteer
    assert 'id="cancel-date-do"' in confirm.text and 'name="_csrf_token"' in confirm.text
    url = f"/staff/requests/{rid}/dates/{first.isoformat()}/cancel"
    assert client.post(url, data={}).status_code == 403  # CSRF kept
    assert _messages(engine, "date_cancelled") == []
    done = client.post(url, data={"_csrf_token": token}, follow_redirects=False)
    assert (
        done.status_code == 303 and done.headers["location"] == f"/staff/requests/{rid}?done=date_cancelled"
    )
    after = client.get(done.headers["location"]).text
    assert "日にちを取りやめました" in after and f"/dates/{first.isoformat()}/cancel" not in after
    [told] = _messages(engine, "date_cancelled")
    assert told.proposal_id == on_first and date_text(first, "ja") in told.body
    assert "ご依頼者の都合" not in told.body  # staff cancelled it: the requester is not blamed
    [row] = _audits(engine, "cancel_date")
    assert row.actor == "coordinator" and row.entity_id == rid
    # the requester is told too: no address, so a 連絡 task for staff, with the date and their private link
    [news] = _messages(engine, "date_cancelled_requester")
    assert (news.recipient_kind, news.recipient_id, news.proposal_id) == ("request", rid, None)
    assert news.channel == "task" and news.status == "open" and news.recipient_name == "こども食堂"
    assert date_text(first, "ja") in news.body and "/r/" in news.body and "取りやめ" in news.subject
    mine = client.get(f"/v/{own}").text  # their page says the date is off, not that they are expected
    assert f"{date_text(first, 'ja')}(毎週水曜)【取りやめ】" in mine

    again = client.post(url, data={"_csrf_token": token})  # twice: refused with the reason, nothing sent
    assert again.status_code == 409 and 'id="refused"' in again.text and "取りやめられません" in again.text
    past = (first - timedelta(days=7)).isoformat()
    stale = client.get(f"/staff/requests/{rid}/dates/{past}/cancel?lang=en")
    assert stale.status_code == 409 and "cannot be cancelled" in stale.text
    assert 'id="cancel-date-do"' not in stale.text  # no button for a date that cannot go
    client.get("/staff?lang=ja")
    not_in_schedule = (first + timedelta(days=1)).isoformat()
    assert (
        client.post(
            f"/staff/requests/{rid}/dates/{not_in_schedule}/cancel", data={"_csrf_token": token}
        ).status_code
        == 409
    )
    assert client.get(f"/staff/requests/{rid}/dates/not-a-date/cancel").status_code == 404
    assert client.get(f"/staff/requests/{rid + 999}/dates/{second.isoformat()}/cancel").status_code == 404
    assert len(_messages(engine, "date_cancelled")) == 1

    # the API: the same use-case, 200 with who was told; refusals JA/EN; staff only. A requester who gave an
    # address (in English) is mailed when SMTP is set up, in English.
    with Session(engine) as session:
        req = session.get(HelpRequest, rid)
        assert req is not None
        req.contact_email, req.languages = "kodomo@example.jp", ["en"]
        session.add(req)
        session.commit()
    client.cookies.clear()
    api = f"/api/requests/{rid}/dates/{second.isoformat()}/cancel"
    assert client.post(api).status_code == 401
    headers = {"Authorization": f"Bearer {login(client)}"}
    client.cookies.clear()
    ok = client.post(api, headers=headers)
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["volunteers_told"] == 1 and body["day"] == second.isoformat()
    assert body["cancelled_dates"] == [first.isoformat(), second.isoformat()]
    assert second.isoformat() not in body["next_dates"] and len(body["next_dates"]) == 5
    assert {m.proposal_id for m in _messages(engine, "date_cancelled")} == {on_first, on_second}
    refused = client.post(api, headers=headers)
    assert refused.status_code == 409
    assert (
        "取りやめられません" in refused.json()["message_ja"]
        and "cannot be cancelled" in refused.json()["message_en"]
    )
    assert client.post(f"/api/requests/{rid}/dates/{past}/cancel", headers=headers).status_code == 409
    assert client.post(f"/api/requests/{rid}/dates/not-a-date/cancel", headers=headers).status_code == 404
    assert (
        client.post(
            f"/api/requests/{rid + 999}/dates/{second.isoformat()}/cancel", headers=headers
        ).status_code
        == 404
    )
    assert len(_audits(engine, "cancel_date")) == 2 and len(_messages(engine, "date_cancelled")) == 2
    mailed = [m for m in _messages(engine, "date_cancelled_requester") if m.to_address]
    assert len(mailed) == 1 and len(_messages(engine, "date_cancelled_requester")) == 2
    assert mailed[0].channel == ("email" if settings.smtp_url else "task") and mailed[0].language == "en"
    assert "One date of your request cancelled" in mailed[0].subject and "/r/" in mailed[0].body


def test_staff_change_a_schedule_through_the_api_with_the_consoles_refusals(client, engine, staff):  # type: ignore[no-untyped-def]
    """PUT /api/requests/{id}/schedule: the console's use-case (audited), read back with the next dates; dropping
    an assigned upcoming date is 409 naming it in both languages; a schedule breaking its own rules is 400 naming
    `schedule`-level fields in both languages; a closed request is 409; an unknown one 404."""
    today = today_jst()
    sat = today + timedelta(days=1 + (5 - (today + timedelta(days=1)).weekday()) % 7)
    weekly = {"kind": "weekly", "weekday": "sat", "start": today.isoformat()}
    rid, [_accepted], _ = _seed(engine, weekly, ["accepted"], [sat])
    url = f"/api/requests/{rid}/schedule"
    other_day = {"kind": "monthly", "weekday": "sun", "nth": 1, "start": today.isoformat()}
    dropped = client.put(url, json=other_day, headers=staff)
    assert dropped.status_code == 409, dropped.text
    assert (
        date_text(sat, "ja") in dropped.json()["message_ja"]
        and date_text(sat, "en") in dropped.json()["message_en"]
    )
    bad = client.put(url, json={"kind": "weekly", "start": today.isoformat()}, headers=staff)
    assert (
        bad.status_code == 400
        and "曜日を選んでください" in bad.text
        and "Choose the day of the week" in bad.text
    )
    assert client.put(url, json={**weekly, "colour": "red"}, headers=staff).status_code == 400
    assert _audits(engine, "schedule_changed") == []

    kept = {**weekly, "time_of_day": "am"}
    ok = client.put(url, json=kept, headers=staff)
    assert ok.status_code == 200, ok.text
    assert ok.json()["schedule"]["time_of_day"] == "am" and ok.json()["next_dates"][0] >= today.isoformat()
    assert sat.isoformat() in ok.json()["next_dates"] and "contact" not in {
        k for k, v in ok.json().items() if v
    }
    [row] = _audits(engine, "schedule_changed")
    assert row.actor == "coordinator"
    assert client.put(f"/api/requests/{rid + 999}/schedule", json=kept, headers=staff).status_code == 404
    closed = client.post(f"/api/requests/{rid}/close", json={"outcome": "no_longer_needed"}, headers=staff)
    assert closed.status_code == 200
    late = client.put(url, json=kept, headers=staff)
    assert (
        late.status_code == 409
        and "終了" in late.json()["message_ja"]
        and "closed" in late.json()["message_en"]
    )
    assert client.put(url, json=kept).status_code == 401


def test_adding_dates_to_a_one_off_works_and_tells_its_volunteers(setup) -> None:  # type: ignore[no-untyped-def]
    """Adding a date to a one-off is allowed (a group asks for one more day), by staff's schedule change and by the
    requester's correction. The volunteers of a one-off come on every date, so each approved or accepted one is told
    of the added dates (the outbox, same transaction; the audit row counts them); a pending candidate is not, and
    a change that adds nothing tells nobody. Replacing the assigned date is still refused."""
    from schemas.models import HelpRequestCreate
    from schemas.schedule import Schedule
    from service.proposals.answers import assignment_dates
    from service.requests.usecases import change_schedule, correct_request
    from service.uow import UnitOfWork
    from tests.factories import help_request

    engine, settings = setup
    today = today_jst()
    d1, d2, d3 = today + timedelta(days=3), today + timedelta(days=10), today + timedelta(days=17)
    rid, [pid, approved, _pending], _ = _seed(
        engine, {"kind": "dates", "dates": [d1.isoformat()]}, ["accepted", "approved", "pending"]
    )

    def change(schedule: Schedule) -> None:
        with unit_of_work(engine) as session:
            change_schedule(
                session=session,
                request_id=rid,
                schedule=schedule,
                org_id="kiyose",
                actor="c",
                settings=settings,
            )

    change(Schedule(kind="dates", dates=[d1, d2]))
    with Session(engine) as session:
        request, proposal = session.get(HelpRequest, rid), session.get(Proposal, pid)
        assert request is not None and proposal is not None
        assert next_dates(request) == [d1, d2] and assignment_dates(request, proposal, start=today) == [
            d1,
            d2,
        ]
    told = _messages(engine, "dates_added")
    assert sorted(m.proposal_id for m in told) == sorted([pid, approved])  # type: ignore[type-var]
    assert all(f"加わった日: {date_text(d2, 'ja')}\n" in m.body for m in told)
    assert all(date_text(d1, "ja") in m.body.split("すべての日: ")[1] for m in told)  # the whole list as well
    assert [a.detail.get("volunteers_told") for a in _audits(engine, "schedule_changed")] == [2]

    change(Schedule(kind="dates", dates=[d1, d2], time_of_day="pm"))  # nothing added: nobody told again
    assert len(_messages(engine, "dates_added")) == 2

    with UnitOfWork(engine) as uow:  # the requester adds one more through their correction form
        correct_request(
            uow=uow,
            request_id=rid,
            data=HelpRequestCreate.model_validate(
                help_request(
                    schedule={"kind": "dates", "dates": [d1.isoformat(), d2.isoformat(), d3.isoformat()]}
                )
            ),
            areas_path=settings.areas_path,
            org_id="kiyose",
            actor="requester",
            settings=settings,
        )
    with Session(engine) as session:
        request = session.get(HelpRequest, rid)
        assert request is not None and next_dates(request) == [d1, d2, d3]
    latest = [m for m in _messages(engine, "dates_added") if date_text(d3, "ja") in m.body]
    assert sorted(m.proposal_id for m in latest) == sorted([pid, approved])  # type: ignore[type-var]
    assert len(_messages(engine, "dates_added")) == 4
    # replacing the assigned date instead of adding to it is still refused, and tells nobody
    with pytest.raises(Conflict):
        change(Schedule(kind="dates", dates=[d2, d3]))
    assert len(_messages(engine, "dates_added")) == 4


def test_today_lists_open_requests_whose_dates_all_passed_with_what_to_do(client, engine):  # type: ignore[no-untyped-def]
    """Today's 「日程が過ぎた依頼」: open requests with no date left (a one-off after its days, a recurrence after its
    end, a one-off whose last date was cancelled), with links to change the schedule and to close; not a request to
    be arranged, one with a date ahead, or a closed one. Adding a date or closing takes it off; English too."""
    import re

    from tests.conftest import make_staff
    from tests.integration.test_console import _login

    today = today_jst()
    ago = [(today - timedelta(days=n)).isoformat() for n in (20, 6)]
    one_off, _, _ = _seed(engine, {"kind": "dates", "dates": ago}, ["accepted"])
    ended = {"kind": "weekly", "weekday": "mon", "start": ago[0], "end": ago[1]}
    recurrence, _, _ = _seed(engine, ended, [])
    ahead = (today + timedelta(days=4)).isoformat()
    all_cancelled, _, _ = _seed(engine, {"kind": "dates", "dates": [ago[1], ahead]}, [])
    future, _, _ = _seed(engine, {"kind": "dates", "dates": [ago[0], ahead]}, [])
    to_arrange, _, _ = _seed(engine, None, [])
    closed, _, _ = _seed(engine, {"kind": "dates", "dates": ago}, [])
    with Session(engine) as session:
        for rid, change in ((all_cancelled, {"cancelled_dates": [ahead]}), (closed, {"status": "closed"})):
            row = session.get(HelpRequest, rid)
            assert row is not None
            for k, v in change.items():
                setattr(row, k, v)
            session.add(row)
        session.commit()
    make_staff(engine)
    token = _login(client)

    def listed(lang: str = "ja") -> tuple[str, set[int]]:
        text = client.get(f"/staff?lang={lang}").text
        section = re.search(r'<section aria-labelledby="h-dates-passed".*?</section>', text, re.S).group(0)  # type: ignore[union-attr]
        return section, {int(i) for i in re.findall(r'<tr id="dp(\d+)">', section)}

    section, ids = listed()
    assert ids == {one_off, recurrence, all_cancelled}
    assert "日程が過ぎた依頼 (3)" in section and date_text(today - timedelta(days=6), "ja") in section
    assert (
        f'href="/staff/requests/{one_off}/schedule"' in section
        and f'href="/staff/requests/{one_off}#close"' in section
    )
    assert "日程を変える" in section and "依頼を終える" in section
    english, _ = listed("en")
    assert (
        "Requests with no date left (3)" in english
        and "Change the schedule" in english
        and "Close the request" in english
    )
    assert date_text(today - timedelta(days=6), "en") in english
    client.get("/staff?lang=ja")
    assert 'id="close"' in client.get(f"/staff/requests/{one_off}").text  # the link's target exists

    # adding a date (the schedule page) takes the one-off off the list; closing takes the recurrence off
    new_dates = {"schedule_kind": "dates", "dates": [*ago, ahead], "_csrf_token": token}
    moved = client.post(f"/staff/requests/{one_off}/schedule", data=new_dates, follow_redirects=False)
    assert moved.status_code == 303, moved.text
    closing = {"outcome": "no_longer_needed", "_csrf_token": token}
    assert (
        client.post(f"/staff/requests/{recurrence}/close", data=closing, follow_redirects=False).status_code
        == 303
    )
    section, ids = listed()
    assert ids == {all_cancelled} and "日程が過ぎた依頼 (1)" in section
    del future, to_arrange, closed


def test_each_occurrence_that_happened_counts_as_an_activity(setup) -> None:  # type: ignore[no-untyped-def]
    """A recurring group need (子ども食堂 each month): two occurrences recorded are two activities in the plan's
    figures, and the volunteer who did both counts once among registrations that led to activity."""
    from schemas.activity import ActivityCreate
    from service.activities.usecases import record_activity
    from service.metrics.compute import compute_for
    from service.metrics.period import Period

    engine, settings = setup
    today = today_jst()
    first = _last(6, today) - timedelta(days=7)
    second = first + timedelta(days=7)
    weekly = {"kind": "weekly", "weekday": "sun", "start": (first - timedelta(days=7)).isoformat()}
    request_id, [pid], staff = _seed(engine, weekly, ["accepted"], [first])
    volunteer_id = _volunteer_of(engine, pid)
    for day in (first, second):
        with unit_of_work(engine) as session:
            record_activity(
                session=session,
                data=ActivityCreate(activity_date=day, request_id=request_id, volunteer_ids=[volunteer_id]),
                staff=staff,
                areas_path=settings.areas_path,
                settings=settings,
            )
    with Session(engine) as session:
        figures = compute_for(session, settings, Period(first - timedelta(days=1), today))
    assert figures["activities"]["activities"] == 2
    assert figures["activities"]["volunteers"] == 1
    assert [s["volunteers"] for s in figures["funnel"] if s["step"] == "activity"] == [1]
