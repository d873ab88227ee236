"""Login throttling, counted in the database so that it holds across every web process and machine.

Litestar's rate limiter counts per process; a login brute force spread over N workers would get N times the budget.
Here each login attempt is first *reserved* against its counters in one short transaction (row locks on
PostgreSQL, BEGIN IMMEDIATE on SQLite), and only then may the argon2 hasher run:

- per client address ("a:" + address, X-Forwarded-For believed only from trusted proxies): ``ADDRESS_LIMIT``
  attempts per ``WINDOW``, whatever the account (password spraying);
- per account ("u:" + SHA-256 of the folded username), from every address that is *not* one of the account's
  usual addresses: ``ACCOUNT_LIMIT`` attempts at once, then **growing delays** — each further attempt only
  ``DELAY_BASE`` × 2^(failures − ``ACCOUNT_LIMIT``) after the last one (30 s, 1 min, 2 min … at most ``MAX_DELAY``,
  15 minutes); the failures are forgotten after ``FORGET_AFTER`` (an hour) without an attempt. On these keys
  ``window_start`` holds the time of the last counted attempt;
- per (account, usual address) pair ("p:" + account hash + address hash): the same free attempts and growing
  delays, instead of the account counter. An address becomes usual for an account with a correct password
  there ("k:" row, remembered for ``KNOWN_FOR``, at most ``KNOWN_PER_ACCOUNT`` addresses per account).

Once a counter is at its limit (or its delay has not passed) the attempt is refused with 429 (and Retry-After) without touching the hasher or the
user table, and it is not counted (so a stream of refused attempts does not extend the lock). A correct password
resets the counter it was counted on (the account's from a new address, the pair's from a usual one: the owner's
login does not forgive a stranger's failures) and gives the address its attempt back, so staff who mistype once or
twice are never locked.

Trade-off (documented for the council). A stranger who knows a username can no longer lock its owner out: their
failures fill the account counter, which the owner's usual addresses (the office, home) do not consult — from there
the owner keeps a budget of their own. The account lock still holds for every other address, so a brute force
from anywhere gets ``ACCOUNT_LIMIT`` hashed guesses, then one per growing delay — after the first hour about four
an hour (a fixed 15-minute lock allowed twenty) (plus ``ACCOUNT_LIMIT`` from each usual address,
which an attacker reaches only by sharing it, e.g. behind the office's NAT, where the address limit caps them as
well). The price: while a stranger keeps the account counter full, the owner logging in from a *new* address (a
trip, a new phone network) waits out the current delay (30 seconds after the first lock, at most 15 minutes) or asks an admin (``PATCH /api/staff/{id}`` with
``{"unlock": true}``). We prefer this to letting a correct password through a lock, which would require running
the hasher for every attempt and so give the attacker an oracle.
"""

from __future__ import annotations

import hashlib
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete
from sqlmodel import Session, col, select

from schemas.models import utcnow
from schemas.staff import LoginThrottle
from service.db import dialect_insert, unit_of_work
from service.errors import DomainError

ACCOUNT_LIMIT = 5


ADDRESS_LIMIT = 20


WINDOW = timedelta(minutes=15)  # the address counter's fixed window


DELAY_BASE = timedelta(
    seconds=30
)  # the first wait once an account (or account at an address) used its free attempts


MAX_DELAY = WINDOW  # delays double up to this


FORGET_AFTER = 4 * WINDOW  # an account's failures are forgotten after this long without an attempt


KNOWN_FOR = timedelta(days=30)  # how long an address where the account logged in stays "usual"


KNOWN_PER_ACCOUNT = 5  # usual addresses remembered per account (the most recent ones)


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


def _account_part(username: str) -> str:
    return hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:32]


def pair_key(username: str, address: str) -> str:
    """The failure counter of one account at one of its usual addresses."""
    return "p:" + _account_part(username) + hashlib.sha256(address.encode()).hexdigest()[:32]


def known_key(username: str, address: str) -> str:
    """The marker of a usual address of an account (its window_start: the last correct password there)."""
    return "k:" + _account_part(username) + hashlib.sha256(address.encode()).hexdigest()[:32]


def _known(session: Session, username: str, address: str | None, now: datetime) -> bool:
    if not address:
        return False
    row = session.get(LoginThrottle, known_key(username, address))
    return row is not None and now - _aware(row.window_start) < KNOWN_FOR


def _keys(session: Session, username: str, address: str | None, now: datetime) -> list[tuple[str, int]]:
    if address and _known(session, username, address, now):
        keys = [(pair_key(username, address), ACCOUNT_LIMIT)]
    else:
        keys = [(account_key(username), ACCOUNT_LIMIT)]
    if address:
        keys.append((address_key(address), ADDRESS_LIMIT))
    return keys


def _aware(dt: datetime) -> datetime:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _growing(key: str) -> bool:
    """Account counters (from a new address, or at a usual one) slow down with growing delays; the address
    counter keeps its fixed window (it caps spraying over many accounts)."""
    return key.startswith(("u:", "p:"))


def delay_after(failures: int, free: int = ACCOUNT_LIMIT) -> timedelta:
    """Returns how long after its last attempt an account counter with `failures` lets the next one through."""
    if failures < free:
        return timedelta(0)
    return min(MAX_DELAY, DELAY_BASE * 2 ** min(failures - free, 16))


def _ensure_rows(session: Session, keys: list[str], now: datetime) -> None:
    dialect = session.get_bind().dialect.name
    insert = dialect_insert(dialect)
    for key in keys:
        session.exec(
            insert(LoginThrottle)
            .values(key=key, window_start=now, attempts=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )


def reserve_in(session: Session, username: str, address: str | None, now: datetime | None = None) -> None:
    """Counts one attempt on the account and address counters, or raises TooManyAttempts (nothing counted)."""
    now = now or utcnow()
    keys = _keys(session, username, address, now)
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
        if _growing(key):
            if now - _aware(row.window_start) >= FORGET_AFTER:
                row.attempts = 0
            free_at = _aware(row.window_start) + delay_after(row.attempts, limit)
            if row.attempts >= limit and free_at > now:
                retry_after = max(retry_after, int((free_at - now).total_seconds()) + 1)
            continue
        if now - _aware(row.window_start) >= WINDOW:
            row.window_start, row.attempts = now, 0
        if row.attempts >= limit:
            retry_after = max(retry_after, int((_aware(row.window_start) + WINDOW - now).total_seconds()) + 1)
    if retry_after:
        raise TooManyAttempts(retry_after)
    for key, _ in keys:
        rows[key].attempts += 1
        if _growing(key):
            rows[key].window_start = now  # the last attempt: the next delay counts from here
        session.add(rows[key])
    # keep the table small: forget login counters long past (other counters sharing the table clean up their own)
    for prefix, age in (("u:", FORGET_AFTER), ("a:", 4 * WINDOW), ("p:", FORGET_AFTER), ("k:", KNOWN_FOR)):
        session.exec(
            delete(LoginThrottle).where(
                col(LoginThrottle.key).startswith(prefix), col(LoginThrottle.window_start) < now - age
            )
        )


def reserve(engine: Engine, username: str, address: str | None, now: datetime | None = None) -> None:
    """reserve_in, committed in its own short transaction (so a failed login still counts)."""
    with unit_of_work(engine) as session:
        try:
            reserve_in(session, username, address, now)
        except TooManyAttempts:
            session.commit()  # keep window resets; nothing was counted
            raise


def succeeded(session: Session, username: str, address: str | None) -> None:
    """After a correct password: clears the counter the attempt was counted on, returns the attempt to the
    address and remembers the address as one of the account's usual ones."""
    now = utcnow()
    if not address or not _known(session, username, address, now):
        # the counter this attempt was reserved on; a success at a usual address leaves the account counter
        # alone, so a stranger's failures elsewhere are not forgiven by the owner's login
        session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == account_key(username)))
    if not address:
        return
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == pair_key(username, address)))
    row = session.get(LoginThrottle, address_key(address))
    if row is not None and row.attempts > 0:
        row.attempts -= 1
        session.add(row)
    _ensure_rows(session, [known_key(username, address)], now)
    marker = session.get(LoginThrottle, known_key(username, address))
    if marker is not None:
        marker.window_start = now
        session.add(marker)
    session.flush()
    # remember only the most recent usual addresses of the account
    known = session.exec(
        select(LoginThrottle)
        .where(col(LoginThrottle.key).startswith("k:" + _account_part(username)))
        .order_by(col(LoginThrottle.window_start).desc())
    ).all()
    for old in known[KNOWN_PER_ACCOUNT:]:
        session.delete(old)


def unlock(session: Session, username: str) -> None:
    """Lifts an account lock, at every address (admin action)."""
    session.exec(delete(LoginThrottle).where(col(LoginThrottle.key) == account_key(username)))
    session.exec(
        delete(LoginThrottle).where(col(LoginThrottle.key).startswith("p:" + _account_part(username)))
    )
