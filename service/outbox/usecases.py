"""Use-cases of the outbox: write a message in the caller's transaction; deliver due mail; staff handle the rest.

Delivery is claim → send → mark: a sender takes a row with a conditional update and a lease (committed), sends it
over SMTP, then marks it sent (committed). A sender that dies between SMTP's acceptance and the mark leaves the row
claimed; when the lease runs out it is sent again with the same Message-ID (the only window for a duplicate, and
recognisable by the receiver). Nothing is ever dropped: a server that is away keeps the message pending.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, update
from sqlmodel import Session, col

from schemas.models import HelpRequest, Proposal, Volunteer, utcnow
from schemas.outbox import Channel, MessageKind, MessageStatus, OutboxMessage
from schemas.schedule import ScheduleKind
from service.areas import area_names
from service.audit import audit
from service.db import row_id, unit_of_work
from service.errors import Conflict, NotFound
from service.outbox import repository
from service.outbox.mailer import LoginRefused, PermanentFailure, message_id, render, send
from service.privacy.links import create_private_link
from service.requests.rules import reference_number
from service.requests.schedule import (
    as_schedule,
    is_recurring,
    occurrence_text,
    occurrences,
    rule_text,
    today_jst,
)
from service.settings import Settings

log = logging.getLogger(__name__)

# A claimed message whose sender went silent this long is taken by another sender.
SEND_LEASE = timedelta(seconds=60)
MAX_BACKOFF_SECONDS = 600.0

_DAYS = {
    "ja": {
        "mon": "月曜",
        "tue": "火曜",
        "wed": "水曜",
        "thu": "木曜",
        "fri": "金曜",
        "sat": "土曜",
        "sun": "日曜",
    },
    "en": {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"},
}
_PERIODS = {
    "ja": {"am": "午前", "pm": "午後", "eve": "夕方"},
    "en": {"am": "morning", "pm": "afternoon", "eve": "evening"},
}


def language_of(languages: list[str]) -> str:
    """Returns "en" for a person who gave English and not Japanese, else "ja"."""
    return "en" if "en" in languages and "ja" not in languages else "ja"


def queue_message(
    session: Session,
    settings: Settings,
    *,
    kind: MessageKind,
    recipient_kind: str,
    recipient_id: int,
    name: str,
    email: str | None,
    phone: str | None,
    language: str,
    proposal_id: int | None = None,
    **context: str,
) -> OutboxMessage:
    """Writes one message in the caller's transaction: mail when there is an address and SMTP, else a 連絡 task."""
    subject, body = render(kind, language, name=name, **context)
    by_mail = bool(email and settings.smtp_url)
    message = OutboxMessage(
        org_id=settings.org_id,
        kind=kind,
        recipient_kind=recipient_kind,
        recipient_id=recipient_id,
        proposal_id=proposal_id,
        channel=Channel.email if by_mail else Channel.task,
        to_address=email,
        phone=phone,
        recipient_name=name[:100],
        language=language,
        subject=subject[:200],
        body=body,
        status=MessageStatus.pending if by_mail else MessageStatus.open,
    )
    session.add(message)
    return message


def private_url(settings: Settings, kind: str, token: str) -> str:
    """Returns the absolute private link, always from SKILLBANK_PUBLIC_URL (never from a request's Host)."""
    return f"{settings.public_url}/{kind[0]}/{token}"


def _to_volunteer(volunteer: Volunteer) -> dict[str, Any]:
    """Returns the recipient fields of a message to a volunteer (who, where, in which language)."""
    return {
        "recipient_kind": "volunteer",
        "recipient_id": row_id(volunteer),
        "name": volunteer.display_name,
        "email": volunteer.contact_email,
        "phone": volunteer.contact_phone,
        "language": language_of(volunteer.languages),
    }


def to_requester(request: HelpRequest) -> dict[str, Any]:
    """Returns the recipient fields of a message to a request's requester (who, where, in which language)."""
    return {
        "recipient_kind": "request",
        "recipient_id": row_id(request),
        "name": request.requester_name,
        "email": request.contact_email,
        "phone": request.contact_phone,
        "language": language_of(request.languages or ["ja"]),
    }


def welcome_volunteer(
    session: Session, settings: Settings, volunteer: Volunteer, token: str
) -> OutboxMessage:
    """Queues the welcome message with the private link, in the registration's transaction."""
    return queue_message(
        session,
        settings,
        kind=MessageKind.welcome,
        **_to_volunteer(volunteer),
        link=private_url(settings, "volunteer", token),
    )


def when_text(slots: list[str], language: str) -> str:
    """Returns the request's time slots in words (「土曜 午前」), or that the date is to be agreed."""
    lang = "en" if language == "en" else "ja"
    words = []
    for slot in slots:
        day, _, period = slot.partition("-")
        words.append(f"{_DAYS[lang].get(day, day)} {_PERIODS[lang].get(period, period)}")
    if words:
        return ", ".join(words) if lang == "en" else "、".join(words) + "(日程はご相談のうえ決めます)"
    return "to be agreed with you" if lang == "en" else "ご相談のうえ決めます"


def assignment_when(request: HelpRequest, proposal: Proposal | None, language: str) -> str:
    """Returns when an assignment (or, without a proposal, the request) is, in words: the occurrence a recurring
    assignment is for, the upcoming dates of a one-off, or 日程は相談 (with the slots the requester gave)."""
    lang = "en" if language == "en" else "ja"
    schedule = as_schedule(request.schedule)
    if schedule.kind == ScheduleKind.to_arrange:
        if schedule.time_of_day or schedule.start_time:
            return rule_text(schedule, lang)
        return when_text(list(request.slots), lang)
    sep = ", " if lang == "en" else "、"
    if is_recurring(schedule):
        day = proposal.occurrence_date if proposal is not None else None
        if day is None:
            upcoming = occurrences(schedule, start=today_jst(), limit=1, cancelled=request.cancelled_dates)
            day = upcoming[0] if upcoming else None
        rule = rule_text(schedule, lang)
        if day is None:
            return rule
        # the date was cancelled (its volunteer was told): said wherever the assignment is shown, until staff
        # record it or move the assignment on
        gone = day.isoformat() in (request.cancelled_dates or [])
        if lang == "en":
            return f"{occurrence_text(schedule, day, lang)} ({rule}){' — cancelled' if gone else ''}"
        return f"{occurrence_text(schedule, day, lang)}({rule}){'【取りやめ】' if gone else ''}"
    days = occurrences(schedule, start=today_jst(), limit=20, cancelled=request.cancelled_dates)
    return sep.join(occurrence_text(schedule, d, lang) for d in days) or (
        "no date left" if lang == "en" else "予定の日はありません"
    )


def about_request(request: HelpRequest, language: str, proposal: Proposal | None = None) -> dict[str, Any]:
    """Returns what every message about a request names: its reference, its title (or the reference) and when
    (the assignment's date when a proposal is given)."""
    reference = reference_number(row_id(request))
    return {
        "reference": reference,
        "summary": request.title or reference,
        "when": assignment_when(request, proposal, language),
    }


def _volunteer_and_request(session: Session, proposal: Proposal) -> tuple[Volunteer, HelpRequest]:
    volunteer = session.get(Volunteer, proposal.volunteer_id)
    request = session.get(HelpRequest, proposal.request_id)
    if volunteer is None or request is None:
        raise NotFound("提案", "Proposal", proposal.id)
    return volunteer, request


def ask_volunteer(session: Session, settings: Settings, proposal: Proposal) -> OutboxMessage:
    """Queues the ask to the volunteer of an approved proposal: summary, when, town and a fresh private link.

    The requester's contact and circumstances are not in it: only the title (or the reference), the date(s) and
    the town."""
    volunteer, request = _volunteer_and_request(session, proposal)
    to = _to_volunteer(volunteer)
    lang = to["language"]
    token = create_private_link(
        session, kind="volunteer", entity_id=row_id(volunteer), org_id=settings.org_id
    )
    town = area_names(settings.areas_path).get(request.area or "", "")
    if request.remote_ok:
        town = "online" if lang == "en" else "オンライン"
    return queue_message(
        session,
        settings,
        kind=MessageKind.ask,
        proposal_id=proposal.id,
        **to,
        **about_request(request, lang, proposal),
        town=town or ("to be agreed" if lang == "en" else "ご相談のうえ決めます"),
        link=private_url(settings, "volunteer", token),
    )


def tell_cancelled(
    session: Session, settings: Settings, proposal: Proposal, *, by_requester: bool = True
) -> OutboxMessage:
    """Queues the news to the volunteer of an approved or accepted proposal that the request was cancelled (by the
    requester) or closed (by staff)."""
    volunteer, request = _volunteer_and_request(session, proposal)
    to = _to_volunteer(volunteer)
    return queue_message(
        session,
        settings,
        kind=MessageKind.cancelled,
        proposal_id=proposal.id,
        **to,
        **about_request(request, to["language"], proposal),
        by_requester="yes" if by_requester else "",
    )


def tell_date_cancelled(
    session: Session, settings: Settings, proposal: Proposal, day: date, *, by_requester: bool = True
) -> OutboxMessage:
    """Queues the news to an assigned volunteer that one date was cancelled (the others stand), by the requester or
    by staff."""
    volunteer, request = _volunteer_and_request(session, proposal)
    to = _to_volunteer(volunteer)
    lang = to["language"]
    token = create_private_link(
        session, kind="volunteer", entity_id=row_id(volunteer), org_id=settings.org_id
    )
    return queue_message(
        session,
        settings,
        kind=MessageKind.date_cancelled,
        proposal_id=proposal.id,
        **to,
        **about_request(request, lang, proposal),
        day=occurrence_text(as_schedule(request.schedule), day, lang),
        link=private_url(settings, "volunteer", token),
        by_requester="yes" if by_requester else "",
    )


def tell_requester_date_cancelled(
    session: Session, settings: Settings, request: HelpRequest, day: date
) -> OutboxMessage:
    """Queues the news to the requester that staff cancelled one date (the others stand), with their private link:
    mail when they gave an address, else a 連絡 task for staff. The requester who cancels a date themselves is not
    told what they did."""
    to = to_requester(request)
    lang = to["language"]
    token = create_private_link(session, kind="request", entity_id=row_id(request), org_id=settings.org_id)
    return queue_message(
        session,
        settings,
        kind=MessageKind.date_cancelled_requester,
        **to,
        **about_request(request, lang),
        day=occurrence_text(as_schedule(request.schedule), day, lang),
        link=private_url(settings, "request", token),
    )


def tell_dates_added(
    session: Session, settings: Settings, proposal: Proposal, days: list[date]
) -> OutboxMessage:
    """Queues the news to an approved or accepted volunteer of a one-off that it now has more dates (they come on
    every date of a one-off: nobody may expect them on a day they never heard of)."""
    volunteer, request = _volunteer_and_request(session, proposal)
    to = _to_volunteer(volunteer)
    lang = to["language"]
    token = create_private_link(
        session, kind="volunteer", entity_id=row_id(volunteer), org_id=settings.org_id
    )
    schedule = as_schedule(request.schedule)
    return queue_message(
        session,
        settings,
        kind=MessageKind.dates_added,
        proposal_id=proposal.id,
        **to,
        **about_request(request, lang, proposal),
        days=(", " if lang == "en" else "、").join(occurrence_text(schedule, d, lang) for d in days),
        link=private_url(settings, "volunteer", token),
    )


def remind_volunteer(
    session: Session,
    settings: Settings,
    proposal: Proposal,
    *,
    kind: MessageKind = MessageKind.reminder,
    day: date | None = None,
    dedupe_key: str | None = None,
) -> OutboxMessage:
    """Queues a reminder to the volunteer of a proposal: the unanswered ask, or (kind day_before) the date ahead."""
    volunteer, request = _volunteer_and_request(session, proposal)
    to = _to_volunteer(volunteer)
    lang = to["language"]
    token = create_private_link(
        session, kind="volunteer", entity_id=row_id(volunteer), org_id=settings.org_id
    )
    extra: dict[str, Any] = {"day": occurrence_text(as_schedule(request.schedule), day, lang)} if day else {}
    message = queue_message(
        session,
        settings,
        kind=kind,
        proposal_id=proposal.id,
        **to,
        **about_request(request, lang, proposal),
        **extra,
        link=private_url(settings, "volunteer", token),
    )
    message.dedupe_key = dedupe_key
    return message


def _backoff(settings: Settings, attempt: int) -> timedelta:
    return timedelta(seconds=min(settings.mail_retry_seconds * 2 ** max(attempt - 1, 0), MAX_BACKOFF_SECONDS))


def deliver_due(engine: Engine, settings: Settings, limit: int = 50) -> int:
    """Sends the mail that is due (claim, send, mark, one message at a time); returns how many were sent.

    A server that cannot be reached stops the round (the rest stay pending for the next one)."""
    if not settings.smtp_url:
        return 0
    with unit_of_work(engine, write=False) as session:
        ids = repository.due_message_ids(session, utcnow(), limit)
    sent = 0
    for mid in ids:
        with unit_of_work(engine) as session:
            if not repository.claim(session, mid, utcnow(), SEND_LEASE):
                continue
        with unit_of_work(engine, write=False) as session:
            message = session.get(OutboxMessage, mid)
            assert message is not None
        attempt = message.attempts
        try:
            send(
                settings.smtp_url,
                mail_from=settings.mail_from,
                to=message.to_address or "",
                subject=message.subject,
                body=message.body,
                msg_id=message_id(message.org_id, mid, settings.mail_from),
            )
        except PermanentFailure as exc:
            _record(engine, mid, attempt, status=MessageStatus.failed, last_error=str(exc)[:500])
        except (LoginRefused, OSError, smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
            # the server is away, or refuses our login (a setting to mend): the message waits, never given up
            # (nothing is lost; it goes once the server or SKILLBANK_SMTP_URL is right); the round ends here
            if isinstance(exc, LoginRefused):
                log.error("SMTP %s: check SKILLBANK_SMTP_URL; outbox message %s waits", exc, mid)
                reason = str(exc)[:500]
            else:
                log.warning("SMTP server unreachable (%s); outbox message %s waits", type(exc).__name__, mid)
                reason = f"unreachable: {type(exc).__name__}"
            _record(
                engine,
                mid,
                attempt,
                status=MessageStatus.pending,
                next_attempt_at=utcnow() + _backoff(settings, attempt),
                last_error=reason,
            )
            break
        except smtplib.SMTPException as exc:
            failed = attempt >= settings.mail_max_attempts
            _record(
                engine,
                mid,
                attempt,
                status=MessageStatus.failed if failed else MessageStatus.pending,
                next_attempt_at=None if failed else utcnow() + _backoff(settings, attempt),
                last_error=f"{type(exc).__name__}: {exc}"[:500],
            )
        else:
            if _record(engine, mid, attempt, status=MessageStatus.sent, sent_at=utcnow(), last_error=None):
                sent += 1
    return sent


def _record(engine: Engine, mid: int, attempt: int, **values: object) -> bool:
    with unit_of_work(engine) as session:
        done = repository.finish(session, mid, attempt, **values)
        if done and values.get("status") == MessageStatus.sent:
            audit(session, actor="outbox", action="send", entity="outbox_message", entity_id=mid)
        return done


def mark_task_done(*, session: Session, message_id: int, org_id: str, actor: str) -> OutboxMessage:
    """Staff phoned, posted or handed over a 連絡 task: it is done (once)."""
    message = _get(session, message_id, org_id)
    now = utcnow()
    result = session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.status) == MessageStatus.open)
        .values(status=MessageStatus.done, done_by=actor, done_at=now)
    )
    if result.rowcount != 1:
        raise Conflict("この連絡は既に済んでいます。", "This contact task is already done.")
    audit(session, actor=actor, action="contact_done", entity="outbox_message", entity_id=message_id)
    session.flush()
    session.refresh(message)
    return message


def resend(*, session: Session, message_id: int, org_id: str, actor: str) -> OutboxMessage:
    """Puts a failed mail back in the queue (attempts start again), or reopens a done task."""
    message = _get(session, message_id, org_id)
    if message.status != MessageStatus.failed:
        raise Conflict(
            "送信に失敗したメッセージだけを再送できます。", "Only a message that failed can be sent again."
        )
    result = session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.status) == MessageStatus.failed)
        .values(status=MessageStatus.pending, attempts=0, next_attempt_at=None)
    )
    if result.rowcount != 1:
        raise Conflict("このメッセージは既に再送されています。", "This message was already queued again.")
    audit(session, actor=actor, action="resend", entity="outbox_message", entity_id=message_id)
    session.flush()
    session.refresh(message)
    return message


def _get(session: Session, message_id: int, org_id: str) -> OutboxMessage:
    message = repository.get_message(session, message_id, org_id)
    if message is None:
        raise NotFound("メッセージ", "Message", message_id)
    return message
