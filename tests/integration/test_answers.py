"""The volunteer answers an ask from their private page (real app, real SMTP on loopback, SQLite and PostgreSQL).

Accept → accepted and the requester told who comes (name and contact only with both consents); decline → the place
reopens and the matcher is asked again; a repeated or late click changes nothing; an unanswered ask is reminded
once, then flagged for staff.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from schemas.models import (
    AuditEvent,
    HelpRequest,
    MatchingJob,
    Proposal,
    RequestConsents,
    VolunteerConsents,
    utcnow,
)
from schemas.outbox import OutboxMessage
from schemas.privacy import Provision
from service.privacy.repository import record_consents
from service.proposals.answers import remind_unanswered
from tests.conftest import login, wait_for
from tests.integration.test_outbox import LINK, PUBLIC_URL, _body, _seed_proposals
from tests.integration.test_outbox import settings as settings  # noqa: F401  (fixture: settings with real SMTP)
from tests.integration.test_outbox import smtp as smtp  # noqa: F401  (fixture: aiosmtpd on loopback)

CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')


def _asked(
    client, engine, smtp, staff, *, consents: bool = False, requester_email: str | None = None, tag: str = ""
):  # type: ignore[no-untyped-def]
    """Approves a seeded proposal and returns (proposal id, the volunteer's token from the mailed link)."""
    [(proposal_id, address)] = _seed_proposals(engine, 1, 1, tag)
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        request = session.get(HelpRequest, proposal.request_id)
        assert request is not None
        request.contact_email = requester_email
        session.add(request)
        if consents:
            record_consents(
                session, "volunteer", proposal.volunteer_id, VolunteerConsents(contact_share=True), "kiyose"
            )
            record_consents(
                session, "request", proposal.request_id, RequestConsents(share_with_volunteer=True), "kiyose"
            )
        session.commit()
    assert client.post(f"/api/proposals/{proposal_id}/approve", headers=staff).status_code == 200
    [msg] = wait_for(lambda: smtp.inbox.to(address), timeout=10)  # type: ignore[misc]
    return proposal_id, LINK.search(_body(msg)).group(1)  # type: ignore[union-attr]


def _post(client, token: str, proposal_id: int, action: str, **form: str):  # type: ignore[no-untyped-def]
    """Answers from the private page; once the page has no form left (the ask was answered), the click comes
    from the page the person still has open, with the token it was served with."""
    found = CSRF.search(client.get(f"/v/{token}").text)
    if found:
        client.last_csrf = found.group(1)
    return client.post(
        f"/v/{token}/proposals/{proposal_id}/{action}", data={**form, "_csrf_token": client.last_csrf}
    )


def _status(engine, proposal_id: int) -> Proposal:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        return proposal


def _audits(engine, action: str, proposal_id: int) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == action, AuditEvent.entity_id == proposal_id)
        ).one()


def test_the_private_page_shows_the_ask_with_two_plain_forms(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff)
    page = client.get(f"/v/{token}")
    assert page.status_code == 200
    assert "スマホの使い方 0" in page.text and "中里" in page.text and "引き受ける" in page.text
    assert f'action="/v/{token}/proposals/{proposal_id}/accept"' in page.text
    assert f'action="/v/{token}/proposals/{proposal_id}/decline"' in page.text
    assert "依頼者0" not in page.text
    csrf_less = client.post(f"/v/{token}/proposals/{proposal_id}/accept", data={})
    assert csrf_less.status_code == 403 and _status(engine, proposal_id).status == "approved"


def test_accept_once_tells_the_requester_with_consent_and_records_the_provision(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff, consents=True, requester_email="req@example.jp")
    r = _post(client, token, proposal_id, "accept")
    assert r.status_code == 200 and "ありがとうございます" in r.text
    p = _status(engine, proposal_id)
    assert p.status == "accepted" and p.answered_at is not None
    [news] = wait_for(lambda: smtp.inbox.to("req@example.jp"), timeout=10)  # type: ignore[misc]
    body = _body(news)
    assert "お手伝いする方が決まりました" in str(news["Subject"])
    assert "ボランティア0-0" in body and "v0-0@example.jp" in body and f"{PUBLIC_URL}/r/" in body
    with Session(engine) as session:
        assert len(session.exec(select(Provision).where(Provision.proposal_id == proposal_id)).all()) == 2
    again = _post(client, token, proposal_id, "accept")
    assert again.status_code == 409 and "既に" in again.text
    assert _post(client, token, proposal_id, "decline").status_code == 409
    assert _status(engine, proposal_id).status == "accepted"
    assert _audits(engine, "accept", proposal_id) == 1 and _audits(engine, "decline", proposal_id) == 0
    timeline = client.get(f"/api/proposals/{proposal_id}", headers=staff).json()
    assert timeline["status"] == "accepted" and timeline["answered_at"] and timeline["decided_at"]
    assert [m["kind"] for m in timeline["messages"]] == ["ask", "accepted"]
    assert all(m["to_address"] is None for m in timeline["messages"])


def test_accept_without_consent_names_nobody(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff, requester_email="req@example.jp")
    assert _post(client, token, proposal_id, "accept").status_code == 200
    [news] = wait_for(lambda: smtp.inbox.to("req@example.jp"), timeout=10)  # type: ignore[misc]
    body = _body(news)
    assert (
        "ボランティア0-0" not in body and "v0-0@example.jp" not in body and "社会福祉協議会からご連絡" in body
    )
    with Session(engine) as session:
        assert session.exec(select(Provision).where(Provision.proposal_id == proposal_id)).all() == []


def test_decline_reopens_the_place_queues_matching_and_tells_staff(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff)
    r = _post(client, token, proposal_id, "decline", reason="その日は通院です")
    assert r.status_code == 200
    p = _status(engine, proposal_id)
    assert p.status == "declined" and p.answer_note == "その日は通院です"
    with Session(engine) as session:
        request = session.get(HelpRequest, p.request_id)
        assert request is not None and request.status != "filled"
        jobs = session.exec(select(MatchingJob).where(MatchingJob.request_id == p.request_id)).all()
        assert jobs, "the matcher is asked for the next candidate"
    login(client)
    queue = client.get("/staff/outbox")
    assert "辞退されたお願い" in queue.text and "その日は通院です" in queue.text
    assert _post(client, token, proposal_id, "accept").status_code == 409


def test_accept_after_the_request_closed_changes_nothing(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff)
    client.last_csrf = CSRF.search(client.get(f"/v/{token}").text).group(1)  # type: ignore[union-attr]  (the page open before the close)
    with Session(engine) as session:
        p = session.get(Proposal, proposal_id)
        assert p is not None
        session.exec(update(HelpRequest).where(col(HelpRequest.id) == p.request_id).values(status="closed"))  # type: ignore[call-overload]
        session.commit()
    r = _post(client, token, proposal_id, "accept")
    assert r.status_code == 409 and "終了しました" in r.text
    assert _status(engine, proposal_id).status == "approved"


def test_another_volunteers_link_cannot_answer(client, engine, smtp, staff):
    proposal_id, _token = _asked(client, engine, smtp, staff)
    other_id, other_token = _asked(client, engine, smtp, staff, tag="other")
    r = _post(client, other_token, proposal_id, "accept")
    assert r.status_code == 404 and _status(engine, proposal_id).status == "approved"
    assert client.post(f"/v/{'x' * 32}/proposals/{proposal_id}/accept", data={}).status_code in (403, 404)


def test_one_reminder_then_flagged_for_staff(client, engine, smtp, staff, settings):
    proposal_id, _token = _asked(client, engine, smtp, staff)
    p = _status(engine, proposal_id)
    assert remind_unanswered(engine, settings) == 0, "not yet due"
    with Session(engine) as session:
        session.exec(  # type: ignore[call-overload]
            update(Proposal)
            .where(col(Proposal.id) == proposal_id)
            .values(decided_at=utcnow() - timedelta(days=settings.answer_days, hours=1))
        )
        session.commit()
    assert remind_unanswered(engine, settings) == 1
    assert remind_unanswered(engine, settings) == 0, "only one reminder"
    address = "v0-0@example.jp"
    wait_for(
        lambda: (
            len(smtp.inbox.to(address)) >= 1 and any("再送" in str(m["Subject"]) for m in smtp.inbox.messages)
        ),
        timeout=10,
    )
    with Session(engine) as session:
        kinds = [
            m.kind
            for m in session.exec(select(OutboxMessage).where(OutboxMessage.proposal_id == proposal_id))
        ]
        assert kinds == ["ask", "reminder"]
        session.exec(  # type: ignore[call-overload]
            update(Proposal)
            .where(col(Proposal.id) == proposal_id)
            .values(decided_at=utcnow() - timedelta(days=2 * settings.answer_days, hours=1))
        )
        session.commit()
    login(client)
    queue = client.get("/staff/outbox")
    assert "返事のないお願い (1)" in queue.text and f"R-{p.request_id:06d}" in queue.text
    today = client.get("/staff")  # flagged on Today too
    assert today.status_code == 200 and "返事のないお願い 1" in today.text


def test_a_volunteer_who_pauses_gets_no_more_asks_and_their_waiting_asks_are_withdrawn(
    client, engine, smtp, staff
):
    proposal_id, token = _asked(client, engine, smtp, staff)
    page = client.get(f"/v/{token}")
    csrf = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
    r = client.post(
        f"/v/{token}/status", data={"status": "paused", "_csrf_token": csrf}, follow_redirects=False
    )
    assert r.status_code == 303
    p = _status(engine, proposal_id)
    assert p.status == "declined" and p.answer_note == "休止のため取り下げ"
    assert _audits(engine, "withdraw_ask", proposal_id) == 1
    with Session(engine) as session:
        request = session.get(HelpRequest, p.request_id)
        assert request is not None and request.status != "filled"
    assert _post(client, token, proposal_id, "accept").status_code == 409
    login(client)
    assert "休止のため取り下げ" in client.get("/staff/outbox").text


def test_accepting_after_others_filled_the_places_changes_nothing(client, engine, smtp, staff):
    """Two asked for two places; the places shrink to one (a correction). The first to accept takes it; the second
    gets the polite 「ほかの方で足りた」 page (409), stays asked (not accepted), and the requester hears of one helper."""
    [(first, a), (second, b)] = _seed_proposals(engine, 1, 2)
    for pid in (first, second):
        assert client.post(f"/api/proposals/{pid}/approve", headers=staff).status_code == 200
    tokens = {}
    for pid, address in ((first, a), (second, b)):
        [msg] = wait_for(lambda address=address: smtp.inbox.to(address), timeout=10)  # type: ignore[misc]
        tokens[pid] = LINK.search(_body(msg)).group(1)  # type: ignore[union-attr]
    with Session(engine) as session:
        request_id = _status(engine, first).request_id
        session.exec(update(HelpRequest).where(col(HelpRequest.id) == request_id).values(helpers_needed=1))  # type: ignore[call-overload]
        session.commit()
    assert _post(client, tokens[first], first, "accept").status_code == 200
    late = _post(client, tokens[second], second, "accept")
    assert late.status_code == 409 and "ほかの方で足りた" in late.text
    assert _status(engine, second).status == "approved" and _status(engine, first).status == "accepted"
    assert _audits(engine, "accept", second) == 0
    # declining is still possible: it frees the volunteer and changes no one else's place
    assert _post(client, tokens[second], second, "decline").status_code == 200
    assert _status(engine, second).status == "declined"


def test_a_volunteer_withdrawn_by_staff_has_their_waiting_ask_withdrawn_and_staff_see_it(
    client, engine, smtp, staff
):
    """Withdrawal (staff, through the API) as pausing: the ask still waiting is withdrawn with the reason, the place
    reopens, the 連絡 page shows it, and the volunteer's late acceptance changes nothing."""
    proposal_id, token = _asked(client, engine, smtp, staff)
    volunteer_id = _status(engine, proposal_id).volunteer_id
    assert client.post(f"/api/volunteers/{volunteer_id}/withdraw", headers=staff).status_code == 200
    p = _status(engine, proposal_id)
    assert p.status == "declined" and p.answer_note == "登録取り消しのため取り下げ"
    assert _audits(engine, "withdraw_ask", proposal_id) == 1
    with Session(engine) as session:
        request = session.get(HelpRequest, p.request_id)
        assert request is not None and request.status != "filled"
    assert _post(client, token, proposal_id, "accept").status_code in (
        404,
        409,
    )  # the page or the ask is gone
    assert _status(engine, proposal_id).status == "declined"
    login(client)
    assert "登録取り消しのため取り下げ" in client.get("/staff/outbox").text


def test_the_staff_card_and_list_show_the_answer_after_the_decision(client, engine, smtp, staff):
    """Issue 10 §5: staff see each proposal's timeline — approved → waiting for the answer → accepted/declined."""
    accepted, accept_token = _asked(client, engine, smtp, staff, tag="a")
    declined, decline_token = _asked(client, engine, smtp, staff, tag="d")
    request_of = {pid: _status(engine, pid).request_id for pid in (accepted, declined)}
    login(client)
    waiting = client.get(f"/staff/requests/{request_of[accepted]}")
    assert "ボランティアの返事: 返事待ち" in waiting.text
    listed = client.get(f"/api/requests/{request_of[accepted]}/proposals", headers=staff).json()
    assert [p["answered_at"] for p in listed if p["id"] == accepted] == [None]

    assert _post(client, accept_token, accepted, "accept").status_code == 200
    assert _post(client, decline_token, declined, "decline", reason="その日は通院です").status_code == 200
    page = client.get(f"/staff/requests/{request_of[accepted]}")
    assert "ボランティアの返事: 引き受け, " in page.text and "返事待ち" not in page.text
    page = client.get(f"/staff/requests/{request_of[declined]}")
    assert re.search(r"ボランティアの返事: 辞退, [^<]+ — その日は通院です", page.text)
    listed = client.get(f"/api/requests/{request_of[declined]}/proposals", headers=staff).json()
    [row] = [p for p in listed if p["id"] == declined]
    assert row["status"] == "declined" and row["answered_at"] and row["answer_note"] == "その日は通院です"
    english = client.get(f"/staff/requests/{request_of[declined]}?lang=en")
    assert re.search(r"Volunteer(&#39;|')s answer: declined", english.text)
