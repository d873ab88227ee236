"""Message texts from template files, and delivery of one message over SMTP (standard library only)."""

from __future__ import annotations

import ipaddress
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined

MAIL_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "mail"


@cache
def _env() -> Environment:
    # plain text: nothing to escape, and a missing value is a bug, not an empty line
    return Environment(  # noqa: S701
        loader=FileSystemLoader(MAIL_TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True
    )


def render(kind: str, language: str, **context: Any) -> tuple[str, str]:
    """Returns (subject, body) of template `<kind>.<language>.txt`, whose first line is `Subject: …`."""
    lang = "en" if language == "en" else "ja"
    text = _env().get_template(f"{kind}.{lang}.txt").render(**context)
    first, _, body = text.partition("\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"mail template {kind}.{lang}.txt must start with a Subject: line")
    return first.removeprefix("Subject: ").strip(), body


def message_id(org_id: str, message_db_id: int, mail_from: str) -> str:
    """Returns the Message-ID of an outbox row: the same on every attempt, so a resend can be recognised."""
    domain = mail_from.rpartition("@")[2] or "skillbank.invalid"
    return f"<outbox-{org_id}-{message_db_id}@{domain}>"


class PermanentFailure(Exception):
    """The server refused the message for good (5xx): trying again would not help."""


class LoginRefused(Exception):
    """The server refused our login, or wants one the URL does not give: a setting to mend, not this message's
    fault. Every message waits (nothing is failed or lost) until SKILLBANK_SMTP_URL is right."""


def _is_loopback(host: str) -> bool:
    """Returns whether an SMTP host is this machine (a local relay), where a login without TLS never leaves it."""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def send(
    smtp_url: str, *, mail_from: str, to: str, subject: str, body: str, msg_id: str, timeout: float = 10.0
) -> None:
    """Delivers one plain-text message; raises PermanentFailure on a 5xx about the message, LoginRefused when the
    server refuses our login (or wants one), another exception when worth retrying."""
    url = urlsplit(smtp_url)
    if url.scheme not in ("smtp", "smtps"):
        raise PermanentFailure(f"SKILLBANK_SMTP_URL must be smtp:// or smtps://, not {url.scheme}://")
    msg = EmailMessage()
    msg["From"] = mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = msg_id
    msg.set_content(body, charset="utf-8")
    host = url.hostname or "localhost"
    client: smtplib.SMTP
    if url.scheme == "smtps":
        client = smtplib.SMTP_SSL(
            host, url.port or 465, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        client = smtplib.SMTP(host, url.port or 25, timeout=timeout)
    try:
        client.ehlo()  # the server's extensions are known only after EHLO: has_extn is False before it
        if url.scheme == "smtp" and url.username:
            if client.has_extn("starttls"):
                client.starttls(context=ssl.create_default_context())
                client.ehlo()  # again over TLS: a server may offer AUTH only now
            elif not _is_loopback(host):
                raise LoginRefused(
                    "the server offers no STARTTLS: the password would cross the network in clear "
                    "(use smtps:// or a server with STARTTLS)"
                )
        if url.username:
            try:
                client.login(unquote(url.username), unquote(url.password or ""))
            except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError) as exc:
                raise LoginRefused(f"login refused: {exc}") from exc
        try:
            client.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if all(code >= 500 for code in codes):
                raise PermanentFailure(f"recipient refused ({codes[0]})") from exc
            raise
        except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
            if exc.smtp_code == 530:  # "authentication required": the URL gives no login
                raise LoginRefused(f"the server requires a login ({exc.smtp_code})") from exc
            if exc.smtp_code >= 500:
                raise PermanentFailure(f"message refused ({exc.smtp_code})") from exc
            raise
    finally:
        try:
            client.quit()
        except smtplib.SMTPException:
            client.close()
