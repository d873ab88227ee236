"""Login throttling, counted in the database so that it holds across every web process and machine.

Litestar's rate limiter counts per process; a login brute force spread over N workers would get N times the budget.
Here each login attempt is first *reserved* against two counters in one short transaction (row locks on
PostgreSQL, BEGIN IMMEDIATE on SQLite), and only then may the argon2 hasher run:

- per account ("u:" + SHA-256 of the folded username): ``ACCOUNT_LIMIT`` attempts per ``WINDOW``, from anywhere;
- per client address ("a:" + address, X-Forwarded-For believed only from trusted proxies): ``ADDRESS_LIMIT``.

Once a counter is at its limit the attempt is refused with 429 without touching the hasher or the user table, and it
is not counted (so a stream of refused attempts does not extend the lock). A correct password resets the account
counter and gives the address its attempt back, so staff who mistype once or twice are never locked.

Trade-off (documented for the council): an attacker who knows a username can keep that account locked for one
window (15 minutes) at a time. The right password works again as soon as the window ends, and an admin can lift the
lock at once (``PATCH /api/staff/{id}`` with ``{"unlock": true}``). We prefer this to letting a correct password
through a lock, which would require running the hasher for every attempt and so give the attacker an oracle.
"""

from __future__ import annotations

import hashlib
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from schemas.models import utcnow
from schemas.security import LoginThrottle
from service.db import unit_of_work
from service.errors import DomainError

ACCOUNT_LIMIT = 5


ADDRESS_LIMIT = 20


WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class ClientInfo:
    """Who is calling: the client address (proxies resolved) and a session token presented with the request."""

    address: str | None = None
    session_token: str | None = None


# Set by the web layer (service.web.security) for each request; read by service.auth.
CLIENT: ContextVar[ClientInfo | None] = ContextVar("skillbank_client", default=None)


class TooManyAttempts(DomainError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            f"ログインの試行が多すぎます。{minutes}分ほど待ってから再度お試しください。",
            f"Too many login attempts; try again in about {minutes} minute(s).",
        )
        self.retry_after = retry_after


def account_key(username: str) -> str:
    return "u:" + hashlib.sha256(username.strip().casefold().encode()).hexdigest()


def address_key(address: str) -> str:
    return "a:" + address[:70]


def _keys(username: str, address: str | None) -> list[tuple[str, int]]:
    keys = [(account_key(username), ACCOUNT_LIMIT)]
    if address:
        keys.append((address_key(address), ADDRESS_LIMIT))
    return keys


def _aware(dt: datetime) -> datetime:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _ensure_rows(session: Session, keys: list[str], now: datetime) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    for key in keys:
        session.exec(
            insert(LoginThrottle)
            .values(key=key, window_start=now, attempts=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )


def reserve_in(session: Session, username: str, address: str | None, now: datetime | None = None) -> None:
    """Counts one attempt on the account and address counters, or raises TooManyAttempts (nothing counted)."""
    now = now or utcnow()
    keys = _keys(username, address)
    _ensure_rows(session, [k for k, _ in keys], now)
    rows = {
        r.key: r
        for r in session.exec(
            select(LoginThrottle)
            .where(col(LoginThrottle.key).in_([k for k, _ in keys]))
            .order_by(col(LoginThrottle.key))
            .with_for_update()
        )
    }
    retry_after = 0
    for key, limit in keys:
        row = rows[key]
        if now - _aware(row.window_start) >= WINDOW:
            row.window_start, row.attempts = now, 0
        if row.attempts >= limit:
            retry_after = max(retry_after, int((_aware(row.window_start) + WINDOW - now).total_seconds()) + 1)
    if retry_after:
        raise TooManyAttempts(retry_after)
    for key, _ in keys:
        rows[key].attempts += 1
        session.add(rows[key])
    # keep the table small: forget windows long past
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.window_start) < now - 4 * WINDOW))


def reserve(engine: Engine, username: str, address: str | None, now: datetime | None = None) -> None:
    """reserve_in, committed in its own short transaction (so a failed login still counts)."""
    with unit_of_work(engine) as session:
        try:
            reserve_in(session, username, address, now)
        except TooManyAttempts:
            session.commit()  # keep window resets; nothing was counted
            raise


def succeeded(session: Session, username: str, address: str | None) -> None:
    """After a correct password: clears the account counter and returns the attempt to the address."""
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == account_key(username)))
    if address:
        row = session.get(LoginThrottle, address_key(address))
        if row is not None and row.attempts > 0:
            row.attempts -= 1
            session.add(row)


def unlock(session: Session, username: str) -> None:
    """Lifts an account lock (admin action)."""
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == account_key(username)))
