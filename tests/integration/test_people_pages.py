"""Pages people land on (real app, real SMTP on loopback, SQLite and PostgreSQL): the council's phone number where a
lost person lands, the requester's page saying who comes when (the name only with both consents) and the outcome
once closed, and the volunteer's page linking their past activities."""

from __future__ import annotations

import pytest
from litestar.testing import TestClient
from sqlmodel import Session, select

from schemas.models import HelpRequest, Proposal
from schemas.outbox import OutboxMessage
from service.app import create_app
from service.privacy.links import create_private_link
from tests.conftest import wait_for
from tests.integration.test_answers import CSRF, _asked, _post
from tests.integration.test_outbox import PUBLIC_URL, _body
from tests.integration.test_outbox import smtp as smtp  # noqa: F401  (fixture: aiosmtpd on loopback)

PHONE = "042-495-5511"


@pytest.fixture
def settings(db_url, settings_for, smtp):  # type: ignore[no-untyped-def]
    return settings_for(
        db_url,
        smtp_url=smtp.url,
        public_url=PUBLIC_URL,
        mail_poll_seconds=0.05,
        mail_retry_seconds=0.1,
        council_name="清瀬市社会福祉協議会(テスト)",
        council_phone=PHONE,
    )


def _requester_token(engine, proposal_id: int) -> str:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        token = create_private_link(session, kind="request", entity_id=proposal.request_id, org_id="kiyose")
        session.commit()
        return token


def test_forged_private_links_the_error_page_and_home_show_the_council_phone(client):
    for path in ("/v/forged-token-0123456789", "/r/forged-token-0123456789", "/v/short"):
        r = client.get(path)
        assert r.status_code == 404
        assert (
            PHONE in r.text and 'href="tel:0424955511"' in r.text and "清瀬市社会福祉協議会(テスト)" in r.text
        )
        assert "このリンクは使えません" in r.text
    home = client.get("/")
    assert home.status_code == 200 and PHONE in home.text and "電話でも受け付けています" in home.text
    en = client.get("/r/forged-token-0123456789?lang=en")
    assert "This link cannot be used" in en.text and PHONE in en.text


def test_without_a_phone_setting_no_phone_line_is_shown(settings, engine):  # type: ignore[no-untyped-def]
    app = create_app(settings.with_(council_phone="", council_name="清瀬市社会福祉協議会"), engine=engine)
    with TestClient(app) as c:
        home = c.get("/").text
        forged = c.get("/v/forged-token-0123456789").text
    for text in (home, forged):
        assert "清瀬市社会福祉協議会" in text and 'href="tel:' not in text and PHONE not in text


def test_the_requester_sees_the_named_helper_and_when_with_both_consents(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff, consents=True, requester_email="req@example.jp")
    r_token = _requester_token(engine, proposal_id)
    before = client.get(f"/r/{r_token}").text
    assert 'id="coming"' not in before and "ご連絡します" in before
    assert _post(client, token, proposal_id, "accept").status_code == 200
    page = client.get(f"/r/{r_token}").text
    coming = page.split('id="coming"')[1].split("</ul>")[0]
    assert "ボランティア0-0" in coming and "さんがお手伝いします" in coming
    assert "土曜 午前" in coming  # the request's slot as stored
    assert "v0-0@example.jp" not in page  # the page names, it does not hand out the address
    used = _post(client, token, proposal_id, "accept")  # a used link's page: the error page, with the phone
    assert used.status_code == 409 and PHONE in used.text and "既に" in used.text


def test_without_consent_the_requester_is_told_a_helper_is_found_but_not_who(client, engine, smtp, staff):
    proposal_id, token = _asked(client, engine, smtp, staff, requester_email="req@example.jp")
    r_token = _requester_token(engine, proposal_id)
    assert _post(client, token, proposal_id, "accept").status_code == 200
    page = client.get(f"/r/{r_token}").text
    coming = page.split('id="coming"')[1].split("</ul>")[0]
    assert "手伝い手が決まりました" in coming and "ボランティア0-0" not in page and "土曜 午前" in coming


@pytest.mark.parametrize(
    ("outcome", "words"),
    [("fulfilled", "お手伝いは終わりました"), ("no_longer_needed", "必要がなくなったため")],
)
def test_after_closing_the_page_gives_the_outcome_not_a_promise(client, engine, smtp, staff, outcome, words):
    proposal_id, token = _asked(client, engine, smtp, staff, tag=outcome)
    assert _post(client, token, proposal_id, "accept").status_code == 200
    r_token = _requester_token(engine, proposal_id)
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        request_id = proposal.request_id
    closed = client.post(f"/api/requests/{request_id}/close", json={"outcome": outcome}, headers=staff)
    assert closed.status_code == 200, closed.text
    page = client.get(f"/r/{r_token}").text
    assert words in page.split('id="outcome"')[1] and "ご連絡します" not in page
    assert 'id="coming"' in page  # who came stays on the page


def test_the_volunteers_page_links_their_past_activities(client, engine, smtp, staff):
    _, token = _asked(client, engine, smtp, staff)
    page = client.get(f"/v/{token}").text
    assert f'href="/v/{token}/activities"' in page
    assert client.get(f"/v/{token}/activities").status_code == 200


def test_the_requester_cancels_after_a_confirmation_and_the_accepted_volunteer_is_told(
    client, engine, smtp, staff
):
    proposal_id, token = _asked(client, engine, smtp, staff, tag="c")
    assert _post(client, token, proposal_id, "accept").status_code == 200
    r_token = _requester_token(engine, proposal_id)
    with Session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        request_id, volunteer_id = proposal.request_id, proposal.volunteer_id
        pending = Proposal(
            request_id=request_id, volunteer_id=_another_volunteer(session), rank=2, score=0.5, algorithm="t"
        )
        session.add(pending)
        session.commit()
        pending_id = pending.id
    page = client.get(f"/r/{r_token}").text
    assert (
        f'href="/r/{r_token}/withdraw"' in page and 'action="/r/' not in page
    )  # a link, not a one-click form
    confirm = client.get(f"/r/{r_token}/withdraw")
    assert confirm.status_code == 200 and "取り下げますか" in confirm.text
    with Session(engine) as session:  # looking at the confirmation changes nothing
        request = session.get(HelpRequest, request_id)
        assert request is not None and request.status not in ("done", "closed")
    assert client.post(f"/r/{r_token}/withdraw", data={}).status_code == 403  # no CSRF token: refused
    csrf = CSRF.search(confirm.text).group(1)  # type: ignore[union-attr]
    done = client.post(f"/r/{r_token}/withdraw", data={"_csrf_token": csrf}, follow_redirects=True)
    assert done.status_code == 200 and "必要がなくなったため" in done.text
    [news] = wait_for(  # type: ignore[misc]
        lambda: [m for m in smtp.inbox.to("vc0-0@example.jp") if "取りやめ" in str(m["Subject"])], timeout=10
    )
    assert "スマホの使い方 0" in _body(news) and "土曜 午前" in _body(news)
    with Session(engine) as session:
        assert session.get(Proposal, pending_id).status == "rejected"  # type: ignore[union-attr]
        told = session.exec(
            select(OutboxMessage).where(
                OutboxMessage.kind == "cancelled", OutboxMessage.proposal_id == proposal_id
            )
        ).all()
        assert [(m.recipient_kind, m.recipient_id) for m in told] == [("volunteer", volunteer_id)]
        assert session.exec(select(OutboxMessage).where(OutboxMessage.kind == "cancelled")).all() == told
    again = client.post(f"/r/{r_token}/withdraw", data={"_csrf_token": csrf})
    assert again.status_code == 409  # already closed: nothing changes, nobody is told twice
    with Session(engine) as session:
        assert len(session.exec(select(OutboxMessage).where(OutboxMessage.kind == "cancelled")).all()) == 1


def _another_volunteer(session: Session) -> int:
    from schemas.models import Volunteer

    v = Volunteer(display_name="ほかの候補", contact_email="other@example.jp")
    session.add(v)
    session.flush()
    assert v.id is not None
    return v.id


def test_the_council_settings_come_from_the_environment(tmp_path):  # type: ignore[no-untyped-def]
    from service.settings import Settings

    base = {"SKILLBANK_VAR_DIR": str(tmp_path), "SKILLBANK_SECRET_KEY": "k"}
    default = Settings.from_env(base)
    assert (default.council_name, default.council_phone) == ("清瀬市社会福祉協議会", "")
    given = Settings.from_env(
        base | {"SKILLBANK_COUNCIL_NAME": "某市社協", "SKILLBANK_COUNCIL_PHONE": " 042-1 "}
    )
    assert (given.council_name, given.council_phone) == ("某市社協", "042-1")
