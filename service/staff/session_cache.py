"""This process's memory of staff sessions it checked during the last second.

Every staff request checks its session token; at a few hundred requests a second that check (a read transaction
and a query joining the session to its account) was a third of the work of a small staff read. A session found
live is remembered for at most `SESSION_CACHE_TTL` seconds (never past its idle or absolute expiry), so a client
polling a list checks its session against the database about once a second.

Ending sessions in this process (logout, login rotation, disabling an account, changing its role or password)
forgets everything remembered, both when the rows are deleted and again after the deleting transaction commits;
a check that read the database before that commit cannot store its stale answer afterwards (the generation
counter). Another process (another uvicorn worker, the CLI) may still honour a session ended elsewhere for at
most `SESSION_CACHE_TTL` seconds.
"""

from __future__ import annotations

import threading
import time
import weakref

from sqlalchemy import Engine, event
from sqlmodel import Session

from schemas.models import StaffUser

# Seconds a session found live is believed without asking the database again (issue 11: at most one second).
SESSION_CACHE_TTL = 1.0

# Entries kept at most; past it the expired ones are dropped, and everything if that is not enough.
SESSION_CACHE_SIZE = 10_000


class SessionCache:
    """Sessions found live in the last TTL, by (database URL, token hash), with the account they belong to."""

    def __init__(self, ttl: float = SESSION_CACHE_TTL, size: int = SESSION_CACHE_SIZE) -> None:
        self.ttl = ttl
        self.size = size
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str], tuple[float, StaffUser]] = {}
        self._generation = 0

    @property
    def generation(self) -> int:
        """Read this before checking a session in the database and pass it to `put`."""
        return self._generation

    def get(self, database: str, token_hash: str) -> StaffUser | None:
        """Returns the account of a session found live less than the TTL ago, or None."""
        entry = self._entries.get((database, token_hash))
        if entry is None:
            return None
        if time.monotonic() >= entry[0]:
            with self._lock:
                self._entries.pop((database, token_hash), None)
            return None
        return entry[1]

    def put(self, database: str, token_hash: str, user: StaffUser, generation: int, valid_for: float) -> None:
        """Remembers a live session for the TTL (or `valid_for` seconds, when sooner), unless sessions were
        ended since `generation` was read: the check may have read them before the ending committed."""
        if valid_for <= 0:
            return
        now = time.monotonic()
        with self._lock:
            if generation != self._generation:
                return
            if len(self._entries) >= self.size:
                for key in [k for k, (until, _) in self._entries.items() if until <= now]:
                    del self._entries[key]
                if len(self._entries) >= self.size:
                    self._entries.clear()
            self._entries[(database, token_hash)] = (now + min(self.ttl, valid_for), user)

    def forget_all(self) -> None:
        """Forgets every remembered session, and refuses the answers of checks that started before."""
        with self._lock:
            self._generation += 1
            self._entries.clear()


SESSIONS = SessionCache()

_DATABASES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def database_key(engine: Engine) -> str:
    """Returns the engine's database URL (the cache's key beside the token hash), computed once per engine."""
    key = _DATABASES.get(engine)
    if key is None:
        key = _DATABASES[engine] = engine.url.render_as_string(hide_password=False)
    return key


def _forget_after_commit(_session: Session) -> None:
    SESSIONS.forget_all()


def forget_sessions(session: Session) -> None:
    """Forgets the remembered sessions now and again once the transaction that ends sessions has committed."""
    SESSIONS.forget_all()
    if not event.contains(session, "after_commit", _forget_after_commit):
        event.listen(session, "after_commit", _forget_after_commit)
