"""The outbox through the real app and a real SMTP server (aiosmtpd on loopback), on SQLite and PostgreSQL.

Registration and approval write their messages in their own transaction; the sender delivers them over SMTP;
without an address (or without SMTP) they become 連絡 tasks for staff; links come from SKILLBANK_PUBLIC_URL.
"""

from __future__ import annotations

import email
import re
import socket
import statistics
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, update
from sqlmodel import Session, select

from schemas.models import AuditEvent, HelpRequest, Proposal, Volunteer
from schemas.outbox import OutboxMessage
from tests.conftest import login, make_staff, wait_for
from tests.factories import volunteer
from tests.integration.test_pages import VOLUNTEER_FORM

PUBLIC_URL = "https://skillbank.example.jp"
LINK = re.compile(re.escape(PUBLIC_URL) + r"/v/([A-Za-z0-9_\-]+)")


class Inbox:
    """An SMTP handler that keeps every message; recipients starting with "bounce" are refused for good."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.received_at: dict[str, float] = {}
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address.startswith("bounce"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
            self.received_at.setdefault(str(msg["Message-ID"]), time.monotonic())
        return "250 Message accepted"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    """aiosmtpd on a loopback port that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@pytest.fixture
def smtp():  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def settings(db_url, settings_for, smtp):  # type: ignore[no-untyped-def]
    return settings_for(
        db_url,
        smtp_url=smtp.url,
        public_url=PUBLIC_URL,
        mail_from="skillbank@kiyose-shakyo.example.jp",
        mail_poll_seconds=0.05,
        mail_retry_seconds=0.1,
    )


def _body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _seed_proposals(engine, n_requests: int, per_request: int, tag: str = "") -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """Writes requests, volunteers (each with their own address) and pending proposals straight to the database
    (no matching jobs, so no worker replaces them); returns (proposal id, volunteer address) pairs."""
    out = []
    with Session(engine, expire_on_commit=False) as session:
        for r in range(n_requests):
            req = HelpRequest(
                requester_name=f"依頼者{r}",
                title=f"スマホの使い方 {r}",
                description="スマホを教えてください。",
                area="town_nakazato",
                slots=["sat-am"],
                helpers_needed=per_request,
                status="proposed",
            )
            session.add(req)
            session.flush()
            for k in range(per_request):
                address = f"v{tag}{r}-{k}@example.jp"
                vol = Volunteer(display_name=f"ボランティア{r}-{k}", contact_email=address)
                session.add(vol)
                session.flush()
                prop = Proposal(
                    request_id=req.id, volunteer_id=vol.id, rank=k + 1, score=0.5, algorithm="test"
                )
                session.add(prop)
                session.flush()
                out.append((prop.id, address))
        session.commit()
    return out


def test_registration_mails_the_private_link_built_from_the_public_url(client, smtp):
    r = client.post("/api/volunteers", json=volunteer(contact={"email": "hanako@example.jp"}))
    assert r.status_code == 201, r.text
    [msg] = wait_for(lambda: smtp.inbox.to("hanako@example.jp"), timeout=10)  # type: ignore[misc]
    assert "登録" in str(msg["Subject"]) and msg["From"] == "skillbank@kiyose-shakyo.example.jp"
    body = _body(msg)
    assert "山田 花子 様" in body
    token = LINK.search(body).group(1)  # type: ignore[union-attr]
    page = client.get(f"/v/{token}")  # the mailed link opens the volunteer's own page
    assert page.status_code == 200 and "山田 花子" in page.text


def test_english_for_a_volunteer_who_gave_only_english(client, smtp):
    client.post("/api/volunteers", json=volunteer(languages=["en"], contact={"email": "mary@example.jp"}))
    [msg] = wait_for(lambda: smtp.inbox.to("mary@example.jp"), timeout=10)  # type: ignore[misc]
    assert "Thank you for registering" in str(msg["Subject"]) and "Dear 山田 花子" in _body(msg)


def test_approval_asks_the_volunteer_by_mail_without_the_requesters_contact(client, engine, smtp, staff):
    [(proposal_id, address)] = _seed_proposals(engine, 1, 1)
    r = client.post(f"/api/proposals/{proposal_id}/approve", headers=staff)
    assert r.status_code == 200, r.text
    [msg] = wait_for(lambda: smtp.inbox.to(address), timeout=10)  # type: ignore[misc]
    body = _body(msg)
    assert "お手伝いのお願い" in str(msg["Subject"]) and "R-" in str(msg["Subject"])
    assert "スマホの使い方 0" in body and "中里" in body and "土曜 午前" in body
    assert "依頼者0" not in body, "the requester's name is not given before they accept"
    token = LINK.search(body).group(1)  # type: ignore[union-attr]
    assert client.get(f"/v/{token}").status_code == 200
    with Session(engine) as session:
        row = session.exec(select(OutboxMessage).where(OutboxMessage.proposal_id == proposal_id)).one()
        assert row.status == "sent" and row.attempts == 1 and row.sent_at is not None
        assert msg["Message-ID"] == f"<outbox-kiyose-{row.id}@kiyose-shakyo.example.jp>"
        sends = session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "send", AuditEvent.entity_id == row.id)
        ).one()
        assert sends == 1, "one audit row per message sent"


def test_a_rolled_back_approval_leaves_no_message(client, engine, smtp, staff):
    [(proposal_id, address)] = _seed_proposals(engine, 1, 1)
    assert client.post(f"/api/proposals/{proposal_id}/approve", headers=staff).status_code == 200
    assert client.post(f"/api/proposals/{proposal_id}/approve", headers=staff).status_code == 409
    wait_for(lambda: smtp.inbox.to(address), timeout=10)
    time.sleep(0.3)
    assert len(smtp.inbox.to(address)) == 1
    with Session(engine) as session:
        assert (
            len(session.exec(select(OutboxMessage).where(OutboxMessage.proposal_id == proposal_id)).all())
            == 1
        )


def test_a_forged_host_never_reaches_the_private_link(client):
    form = client.get("/volunteer/register")
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    r = client.post(
        "/volunteer/register", data={**VOLUNTEER_FORM, "_csrf_token": csrf}, follow_redirects=False
    )
    assert r.status_code == 303, r.text
    path = r.headers["location"].split("?")[0]
    page = client.get(path, headers={"Host": "evil.example"})
    assert page.status_code == 200
    assert "evil.example" not in page.text and f"{PUBLIC_URL}{path}" in page.text


def test_a_forged_host_never_reaches_the_requesters_private_link(client):
    """The same for the requester's page (/r/): its link is SKILLBANK_PUBLIC_URL's, whatever Host says."""
    from tests.integration.test_pages import REQUEST_FORM

    form = client.get("/request/new")
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    r = client.post("/request/new", data={**REQUEST_FORM, "_csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    path = r.headers["location"].split("?")[0]
    assert path.startswith("/r/")
    page = client.get(path, headers={"Host": "evil.example"})
    assert page.status_code == 200
    assert "evil.example" not in page.text and f"{PUBLIC_URL}{path}" in page.text


def test_refused_mail_is_failed_listed_and_can_be_resent(client, engine, smtp, staff):
    r = client.post("/api/volunteers", json=volunteer(contact={"email": "bounce@example.jp"}))
    assert r.status_code == 201

    def failed() -> list[dict[str, Any]]:
        return client.get("/api/outbox?status=failed", headers=staff).json()

    [row] = wait_for(failed, timeout=10)  # type: ignore[misc]
    assert "550" in row["last_error"] and row["to_address"] is None, "no address in a staff list"
    client.cookies.clear()
    login(client)
    page = client.get("/staff/outbox")
    assert page.status_code == 200 and "送れなかったメール (1)" in page.text and "550" in page.text
    client.cookies.clear()
    again = client.post(f"/api/outbox/{row['id']}/resend", headers=staff)
    assert again.status_code == 200 and again.json()["attempts"] == 0
    wait_for(failed, timeout=10)  # refused again, for good
    assert client.post(f"/api/outbox/{row['id']}/done", headers=staff).status_code == 409


def test_admins_see_addresses_in_the_outbox_list(client, engine, smtp, staff):
    make_staff(engine, "chief", role="admin")
    admin = {"Authorization": f"Bearer {login(client, 'chief')}"}
    client.cookies.clear()
    client.post("/api/volunteers", json=volunteer(contact={"email": "hanako@example.jp"}))
    # the mail arrives a moment before the sender marks its row sent
    wait_for(lambda: client.get("/api/outbox", headers=admin).json()[0]["status"] == "sent", timeout=10)
    [mine] = client.get("/api/outbox", headers=admin).json()
    assert (
        mine["to_address"] == "hanako@example.jp" and mine["status"] == "sent" and mine["kind"] == "welcome"
    )
    [theirs] = client.get("/api/outbox", headers=staff).json()
    assert theirs["to_address"] is None
    assert "hanako@example.jp" not in client.get("/api/outbox", headers=staff).text
    assert client.get("/api/outbox").status_code == 401


def test_phone_only_volunteer_becomes_a_contact_task_with_a_printable_notice(client, engine, smtp, staff):
    r = client.post("/api/volunteers", json=volunteer(contact={"phone": "090-0000-0009"}))
    assert r.status_code == 201
    [task] = client.get("/api/outbox?status=open", headers=staff).json()
    assert task["channel"] == "task" and task["kind"] == "welcome"
    login(client)
    queue = client.get("/staff/outbox")
    assert queue.status_code == 200 and "電話・郵送で伝える連絡 (1)" in queue.text
    assert f"{PUBLIC_URL}/v/" in queue.text, "the link to read out"
    assert "090-0000-0009" not in queue.text, "the phone number is on the person's (audited) record"
    assert f'href="/staff/volunteers/{r.json()["id"]}"' in queue.text
    sheet = client.get(f"/staff/outbox/{task['id']}/print")
    assert sheet.status_code == 200 and "/static/print.css" in sheet.text and f"{PUBLIC_URL}/v/" in sheet.text
    csrf = re.search(r'name="_csrf_token" value="([^"]+)"', queue.text).group(1)  # type: ignore[union-attr]
    done = client.post(f"/staff/outbox/{task['id']}/done", data={"_csrf_token": csrf}, follow_redirects=False)
    assert done.status_code == 303
    assert client.post(f"/staff/outbox/{task['id']}/done", data={"_csrf_token": csrf}).status_code == 409
    client.cookies.clear()
    assert client.get("/api/outbox?status=done", headers=staff).json()[0]["id"] == task["id"]
    assert smtp.inbox.messages == []


def test_without_smtp_every_message_is_a_task(client, engine, settings_for, db_url, smtp, staff):
    from litestar.testing import TestClient

    from service.app import create_app

    app = create_app(settings_for(db_url, public_url=PUBLIC_URL), engine=engine)
    with TestClient(app) as plain:
        assert plain.post("/api/volunteers", json=volunteer()).status_code == 201
    [task] = client.get("/api/outbox", headers=staff).json()
    assert task["channel"] == "task" and task["status"] == "open"


def test_health_shows_the_mail_backlog(client, smtp):
    smtp.stop()
    client.post("/api/volunteers", json=volunteer(contact={"email": "hanako@example.jp"}))
    mail = wait_for(lambda: (m := client.get("/health").json()["mail"]) and m["unsent"] == 1 and m, timeout=5)
    assert mail["oldest_unsent_seconds"] is not None  # type: ignore[index]
    smtp.start()
    wait_for(lambda: client.get("/health").json()["mail"]["unsent"] == 0, timeout=15)
    assert len(smtp.inbox.to("hanako@example.jp")) == 1


def test_smtp_down_during_100_approvals_loses_and_duplicates_nothing(client, engine, smtp, staff):
    """The outbox target of trust.md: the server is stopped during 100 approvals, then comes back."""
    pairs = _seed_proposals(engine, 5, 20)
    started: dict[int, float] = {}
    for i, (proposal_id, _address) in enumerate(pairs):
        if i == 30:
            smtp.stop()  # 30 approvals in, the mail server goes away for the next 60
        if i == 90:
            smtp.start()
        started[proposal_id] = time.monotonic()
        r = client.post(f"/api/proposals/{proposal_id}/approve", headers=staff)
        assert r.status_code == 200, r.text
    wait_for(lambda: len(smtp.inbox.messages) >= 100, timeout=60)
    time.sleep(0.5)  # anything extra would arrive now
    ids = Counter(str(m["Message-ID"]) for m in smtp.inbox.messages)
    recipients = Counter(str(m["To"]) for m in smtp.inbox.messages)
    lost = [a for _p, a in pairs if recipients[a] == 0]
    duplicated = [k for k, n in ids.items() if n > 1]
    print(
        f"\noutbox fault run: approvals=100 messages={len(smtp.inbox.messages)} lost={len(lost)} duplicated={len(duplicated)}"
    )
    assert len(smtp.inbox.messages) == 100 and not lost and not duplicated
    assert client.get("/health").json()["mail"]["unsent"] == 0
    with Session(engine) as session:  # the outage was real: some messages waited and were tried again
        retried = session.exec(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.attempts > 1)
        ).one()
    assert retried >= 1


def test_median_approve_to_mail(client, engine, smtp, staff):
    """Approve → the volunteer's mail in the SMTP server's hands, through the real app and sender thread."""
    pairs = _seed_proposals(engine, 1, 20)
    waits = []
    for proposal_id, address in pairs:
        t0 = time.monotonic()
        assert client.post(f"/api/proposals/{proposal_id}/approve", headers=staff).status_code == 200
        wait_for(lambda a=address: smtp.inbox.to(a), timeout=10, interval=0.005)
        waits.append(time.monotonic() - t0)
    print(f"\napprove → mail received: median {statistics.median(waits) * 1000:.0f} ms over {len(waits)}")
    assert statistics.median(waits) < 5


def test_a_commit_that_writes_mail_wakes_the_sender(db_url, settings_for, engine, smtp):
    """With the default 2 s poll, approve → mail is not a wait for the next poll: the commit rings the sender."""
    from litestar.testing import TestClient

    from service.app import create_app

    settings = settings_for(db_url, smtp_url=smtp.url, public_url=PUBLIC_URL)
    assert settings.mail_poll_seconds == 2.0  # the default
    with TestClient(create_app(settings, engine=engine)) as client:
        make_staff(engine)
        headers = {"Authorization": f"Bearer {login(client)}"}
        waits = []
        for i, (proposal_id, address) in enumerate(_seed_proposals(engine, 1, 8, tag="w")):
            time.sleep(0.1 + (i % 4) * 0.5)  # approvals land anywhere in the sender's 2 s wait
            t0 = time.monotonic()
            assert client.post(f"/api/proposals/{proposal_id}/approve", headers=headers).status_code == 200
            wait_for(lambda a=address: smtp.inbox.to(a), timeout=10, interval=0.005)
            waits.append(time.monotonic() - t0)
    median = statistics.median(waits)
    print(f"\napprove → mail received, default poll 2 s: median {median * 1000:.0f} ms over {len(waits)}")
    assert median < 0.5


SMTP_LOGIN = (b"shakyo@example.jp", b"p@ss:w/rd")


def _due_mail(to: str) -> OutboxMessage:
    """A mail due now, written straight to the outbox (no event behind it)."""
    return OutboxMessage(
        kind="welcome",
        recipient_kind="volunteer",
        recipient_id=1,
        channel="email",
        to_address=to,
        subject="件名",
        body="本文",
        status="pending",
    )


@contextmanager
def _smtp_requiring_login() -> Iterator[tuple[Inbox, int]]:
    """A real aiosmtpd on loopback that requires AUTH (no TLS offered) and takes only SMTP_LOGIN."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == SMTP_LOGIN
        return AuthResult(success=ok, handled=False)  # a refusal answers 535 (handled=True would stay silent)

    inbox = Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback, on purpose
def test_the_smtp_url_carries_a_login_and_a_5xx_is_permanent() -> None:
    """SKILLBANK_SMTP_URL's user and password (percent-encoded) log in to a real server that requires it (AUTH over
    loopback, no TLS offered), the message goes with SKILLBANK_MAIL_FROM and its stable Message-ID; a wrong
    password or no login is LoginRefused (a setting to mend, not the message's fault); a refused recipient and
    another scheme are permanent failures; a server that is down is not (the sender retries)."""
    from service.outbox.mailer import LoginRefused, PermanentFailure, message_id, send

    msg_id = message_id("kiyose", 42, "skillbank@kiyose-shakyo.example.jp")
    mail = {"subject": "件名", "body": "本文です。\n", "msg_id": msg_id}
    with _smtp_requiring_login() as (inbox, port):
        good = f"smtp://shakyo%40example.jp:p%40ss%3Aw%2Frd@127.0.0.1:{port}"
        send(good, mail_from="skillbank@kiyose-shakyo.example.jp", to="v@example.jp", **mail)
        [got] = inbox.to("v@example.jp")
        assert got["From"] == "skillbank@kiyose-shakyo.example.jp" and got["Message-ID"] == msg_id
        assert got["Subject"] == "件名" and _body(got).strip() == "本文です。"
        with pytest.raises(LoginRefused, match="login"):  # no login: the server refuses MAIL (530)
            send(f"smtp://127.0.0.1:{port}", mail_from="a@example.jp", to="v@example.jp", **mail)
        with pytest.raises(LoginRefused, match="login refused"):  # a wrong password (535)
            send(
                f"smtp://shakyo%40example.jp:wrong@127.0.0.1:{port}",
                mail_from="a@example.jp",
                to="v@example.jp",
                **mail,
            )
        with pytest.raises(PermanentFailure):
            send(good, mail_from="a@example.jp", to="bounce@example.jp", **mail)
        assert len(inbox.messages) == 1
    with pytest.raises(PermanentFailure):
        send(f"http://127.0.0.1:{port}", mail_from="a@example.jp", to="v@example.jp", **mail)
    with pytest.raises(OSError):  # down: worth retrying (the sender backs off), not a permanent failure
        send(f"smtp://127.0.0.1:{port}", mail_from="a@example.jp", to="v@example.jp", timeout=2, **mail)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback, on purpose
def test_a_wrong_smtp_password_fails_no_message_and_the_mail_goes_once_it_is_mended(engine, settings) -> None:  # type: ignore[no-untyped-def]
    """A wrong password in SKILLBANK_SMTP_URL is the office's setting, not any message's fault: however many rounds
    run (more than mail_max_attempts), every message stays pending with the reason staff see in the outbox
    (「login refused」), none is failed; once the URL is mended each goes exactly once."""
    from service.outbox.usecases import deliver_due

    addresses = [f"pw{i}@example.jp" for i in range(3)]
    with Session(engine) as session:
        session.add_all([_due_mail(to) for to in addresses])
        session.commit()
    with _smtp_requiring_login() as (inbox, port):
        wrong = settings.with_(
            smtp_url=f"smtp://shakyo%40example.jp:wrong@127.0.0.1:{port}",
            mail_max_attempts=2,
            mail_retry_seconds=0,
        )
        for _ in range(4):
            assert deliver_due(engine, wrong) == 0
            with Session(
                engine
            ) as session:  # every one is due again at once (retry 0 s): let the round see it
                session.exec(update(OutboxMessage).values(next_attempt_at=None))  # type: ignore[call-overload]
                session.commit()
        with Session(engine) as session:
            rows = list(session.exec(select(OutboxMessage)).all())
        assert {m.status for m in rows} == {"pending"}, [(m.status, m.last_error) for m in rows]
        assert all("login refused" in (m.last_error or "") for m in rows if m.attempts)
        assert inbox.messages == []
        mended = wrong.with_(smtp_url=f"smtp://shakyo%40example.jp:p%40ss%3Aw%2Frd@127.0.0.1:{port}")
        assert deliver_due(engine, mended) == 3
        assert sorted(m["To"] for m in inbox.messages) == addresses


def test_racing_senders_send_each_mail_once_and_a_crash_resends_with_the_same_message_id(
    engine, settings, smtp
):
    """Exactly once where SMTP lets us (README "What is guaranteed"): three senders racing over 40 due mails deliver
    each once (a conditional claim: one sender wins). A sender that dies after the server took a mail and before
    its mark commits leaves the row `sending`: nobody sends it while the lease holds; once it runs out the mail goes
    again with the same Message-ID (a receiver can drop it), and the dead sender's late mark cannot overwrite it."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import timedelta

    from schemas.models import utcnow
    from service.db import unit_of_work
    from service.outbox import repository
    from service.outbox.mailer import message_id, send
    from service.outbox.usecases import deliver_due

    mail = _due_mail
    with Session(engine) as session:
        session.add_all([mail(f"r{i}@example.jp") for i in range(40)])
        session.commit()
    with ThreadPoolExecutor(3) as pool:
        sent = sum(pool.map(lambda _: deliver_due(engine, settings, limit=50), range(3)))
    assert sent == 40
    wait_for(lambda: len(smtp.inbox.messages) >= 40, timeout=10)
    time.sleep(0.2)
    ids = Counter(str(m["Message-ID"]) for m in smtp.inbox.messages)
    assert len(smtp.inbox.messages) == 40 and len(ids) == 40

    with Session(engine, expire_on_commit=False) as session:
        row = mail("crash@example.jp")
        session.add(row)
        session.commit()
    mid = row.id
    assert mid is not None
    with unit_of_work(engine) as session:  # the sender that will die: claims, and the server takes the mail …
        assert repository.claim(session, mid, utcnow(), timedelta(seconds=60))
    msg_id = message_id(row.org_id, mid, settings.mail_from)
    send(
        settings.smtp_url,
        mail_from=settings.mail_from,
        to="crash@example.jp",
        subject="件名",
        body="本文",
        msg_id=msg_id,
    )
    assert (
        deliver_due(engine, settings) == 0
    )  # … and dies before marking it: leased, nobody sends it meanwhile
    with Session(engine) as session:
        leased = session.get(OutboxMessage, mid)
        assert leased is not None and leased.status == "sending"
        leased.lease_until = utcnow() - timedelta(seconds=1)  # the lease runs out
        session.add(leased)
        session.commit()
    assert deliver_due(engine, settings) == 1
    got = wait_for(lambda: len(smtp.inbox.to("crash@example.jp")) >= 2 and smtp.inbox.to("crash@example.jp"))
    assert {str(m["Message-ID"]) for m in got} == {msg_id}  # type: ignore[union-attr]
    with unit_of_work(engine) as session:  # the dead sender's attempt cannot mark the row any more
        assert not repository.finish(session, mid, 1, status="failed", last_error="late")
    with Session(engine) as session:
        final = session.get(OutboxMessage, mid)
        assert (
            final is not None and final.status == "sent" and final.attempts == 2 and final.last_error is None
        )
        sends = session.exec(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "send")
        ).one()
    assert sends == 41, "one send audit row per message"


@pytest.fixture
def trusted_cert(tmp_path):  # type: ignore[no-untyped-def]
    """A self-signed certificate for 127.0.0.1 made with openssl, trusted by this test's clients only (OpenSSL's
    SSL_CERT_FILE, which ssl.create_default_context reads): the mailer's own verification runs unchanged."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    return server, str(cert)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # smtps: the transport is TLS
def test_smtps_and_starttls_carry_the_login_over_verified_tls(trusted_cert, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """smtps:// (TLS from the first byte) and smtp:// with a login (STARTTLS when offered) deliver through a real
    server that takes no login in clear (TLS-only, or AUTH refused before STARTTLS); the certificate is verified:
    one the client does not trust is refused (an OSError: the sender keeps the message pending)."""
    import ssl

    from aiosmtpd.smtp import AuthResult, LoginPassword

    from service.outbox.mailer import message_id, send

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == SMTP_LOGIN
        return AuthResult(success=ok, handled=False)

    mail = {"subject": "件名", "body": "本文", "msg_id": message_id("kiyose", 7, "s@example.jp")}
    login = "shakyo%40example.jp:p%40ss%3Aw%2Frd"
    context, cert = trusted_cert
    # smtps: the server speaks only TLS (aiosmtpd then takes AUTH without asking again); smtp: AUTH only after
    # STARTTLS (auth_require_tls)
    for scheme, tls in (
        ("smtps", {"ssl_context": context, "auth_require_tls": False}),
        ("smtp", {"tls_context": context, "auth_require_tls": True}),
    ):
        inbox = Inbox()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        controller = Controller(
            inbox, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_required=True, **tls
        )
        controller.start()
        try:
            monkeypatch.setenv("SSL_CERT_FILE", cert)
            send(
                f"{scheme}://{login}@127.0.0.1:{port}",
                mail_from="s@example.jp",
                to=f"{scheme}@example.jp",
                **mail,
            )
            assert [m["To"] for m in inbox.messages] == [f"{scheme}@example.jp"]
            monkeypatch.delenv("SSL_CERT_FILE")  # now the certificate is nobody's: refused, not sent in clear
            with pytest.raises(ssl.SSLCertVerificationError):
                send(
                    f"{scheme}://{login}@127.0.0.1:{port}",
                    mail_from="s@example.jp",
                    to="x@example.jp",
                    **mail,
                )
            assert len(inbox.messages) == 1
        finally:
            controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # the case under test
def test_a_password_never_crosses_the_network_in_clear() -> None:
    """A server elsewhere on the network that offers no STARTTLS gets no login (LoginRefused naming STARTTLS, before
    any AUTH command); a relay on this machine (loopback) may take it, as the test above shows."""
    import subprocess

    from service.outbox.mailer import LoginRefused, message_id, send

    address = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    outside = next((a for a in address if "." in a and not a.startswith("127.")), None)
    if outside is None:
        pytest.skip("this machine has no non-loopback IPv4 address")
    seen: list[str] = []

    class Watch(Inbox):
        async def handle_AUTH(self, server, session, envelope, args):  # type: ignore[no-untyped-def]
            seen.append(args[0])
            return MISSING

    from aiosmtpd.smtp import MISSING, AuthResult

    with socket.socket() as probe:
        probe.bind((outside, 0))
        port = probe.getsockname()[1]
    controller = Controller(
        Watch(),
        hostname=outside,
        port=port,
        authenticator=lambda *_: AuthResult(success=True),
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        with pytest.raises(LoginRefused, match="STARTTLS"):
            send(
                f"smtp://shakyo:secret@{outside}:{port}",
                mail_from="s@example.jp",
                to="v@example.jp",
                subject="件名",
                body="本文",
                msg_id=message_id("kiyose", 8, "s@example.jp"),
            )
        assert seen == []
    finally:
        controller.stop()
