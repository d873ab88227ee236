"""The mail sender: a thread that delivers due outbox mail every few seconds (the web process), woken at once by
a commit that wrote mail; and, in the Celery mode, the bell that sends the workers a send_mail task after such a
commit (beat's send_mail every few seconds remains the net for retries and lost rings)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine

from service.matching_jobs.dispatch import RETRY_POLICY, celery_producer
from service.outbox.usecases import deliver_due
from service.proposals.answers import remind_day_before, remind_unanswered
from service.settings import Settings

log = logging.getLogger(__name__)


SEND_MAIL_TASK = "skillbank.send_mail"


# How often the sender looks for asks that need their reminder (days-long deadlines: a minute is plenty).
REMIND_EVERY = 60.0


class OutboxSender:
    """Delivers due mail every `mail_poll_seconds` (with SMTP) and queues reminders for unanswered asks."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._loop, name="skillbank-mail", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)

    def wake(self) -> None:
        self._wake.set()

    def _loop(self) -> None:
        next_remind = time.monotonic()
        while not self._stop.is_set():
            self._wake.clear()
            try:
                if time.monotonic() >= next_remind:
                    next_remind = time.monotonic() + REMIND_EVERY
                    remind_unanswered(self.engine, self.settings)
                    remind_day_before(self.engine, self.settings)
                while deliver_due(self.engine, self.settings) and not self._stop.is_set():
                    pass  # a full round: there may be more
            except Exception:  # the database is away: the next round retries
                log.warning("outbox round failed; retrying", exc_info=True)
            self._wake.wait(self.settings.mail_poll_seconds)


class CeleryMailBell:
    """Sends the workers one send_mail task after each commit that wrote mail, from its own thread (a slow or
    absent Redis never holds a reply); rings that come while one is being sent fold into the next."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stop, self._ring = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._loop, name="skillbank-mailbell", daemon=True)

    def __call__(self) -> None:
        self._ring.set()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._ring.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _loop(self) -> None:
        app = celery_producer(self.settings)
        while True:
            self._ring.wait()
            if self._stop.is_set():
                return
            self._ring.clear()
            try:
                app.send_task(
                    SEND_MAIL_TASK,
                    queue=self.settings.task_queue,
                    expires=60,
                    retry=True,
                    retry_policy=RETRY_POLICY,
                )
            except Exception as exc:  # beat's send_mail delivers it a little later
                log.warning("could not ring the mail workers (%s); beat's poll delivers", type(exc).__name__)


def make_mailbell(
    settings: Settings, sender: OutboxSender
) -> tuple[Callable[[], None] | None, CeleryMailBell | None]:
    """Returns what a commit that wrote mail rings (None without SMTP: every message is a 連絡 task), and the
    Celery bell to start and stop with the app (Celery mode only)."""
    if not settings.smtp_url:
        return None, None
    if settings.embedded:
        return sender.wake, None
    bell = CeleryMailBell(settings)
    return bell, bell
