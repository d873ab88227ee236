"""The mail sender: a thread that delivers due outbox mail every few seconds (the web process, or `worker`)."""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine

from service.outbox.usecases import deliver_due
from service.proposals.answers import remind_day_before, remind_unanswered
from service.settings import Settings

log = logging.getLogger(__name__)


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
