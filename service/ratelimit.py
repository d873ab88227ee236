"""Fixed-window counters that every process sees: the database in the embedded mode, Redis when REDIS_URL is set.

Litestar's own rate limiter counts per process, so N web workers would give N times the budget. The database
counter reuses the login throttle's row (``login_throttle``: key, window start, attempts) with its own key prefix;
it is reserved with a row lock (PostgreSQL) or BEGIN IMMEDIATE (SQLite) in a short transaction of its own, so it
counts even when the submission after it fails. With Redis the counter is an INCR with an expiry. When Redis does
not answer, the database counts instead: a Redis outage must cost no submission (trust.md, "Redis down").
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete
from sqlmodel import col, select

from schemas.models import utcnow
from schemas.staff import LoginThrottle
from service.db import dialect_insert, unit_of_work

log = logging.getLogger("skillbank.ratelimit")


@dataclass(frozen=True)
class Hit:
    """The outcome of counting one hit: allowed, or refused with the seconds until the window ends."""

    allowed: bool
    retry_after: int = 0


def _aware(dt: datetime) -> datetime:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def hit_in_database(
    engine: Engine, key: str, limit: int, window: timedelta, now: datetime | None = None
) -> Hit:
    """Counts one hit on key in its fixed window; refused hits are not counted (they do not extend anything)."""
    now = now or utcnow()
    with unit_of_work(engine) as session:
        dialect = session.get_bind().dialect.name
        insert = dialect_insert(dialect)
        session.exec(
            insert(LoginThrottle)
            .values(key=key, window_start=now, attempts=0)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        row = session.exec(select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()).one()
        if now - _aware(row.window_start) >= window:
            row.window_start, row.attempts = now, 0
        if row.attempts >= limit:
            retry = int((_aware(row.window_start) + window - now).total_seconds()) + 1
            session.add(row)
            return Hit(False, max(1, retry))
        row.attempts += 1
        session.add(row)
        prefix = key.split(":", 1)[0] + ":"
        session.exec(
            delete(LoginThrottle).where(
                col(LoginThrottle.key).startswith(prefix), col(LoginThrottle.window_start) < now - 2 * window
            )
        )
        return Hit(True)


_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def _redis(url: str) -> Any:
    with _clients_lock:
        if url not in _clients:
            import redis

            _clients[url] = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        return _clients[url]


def hit_in_redis(url: str, key: str, limit: int, window: timedelta) -> Hit:
    """Counts one hit with INCR and an expiry set by the first hit of the window."""
    client = _redis(url)
    name = "skillbank:ratelimit:" + key
    seconds = int(window.total_seconds())
    pipe = client.pipeline()
    pipe.set(name, 0, ex=seconds, nx=True)
    pipe.incr(name)
    pipe.ttl(name)
    _, count, ttl = pipe.execute()
    if int(count) > limit:
        client.decr(name)  # a refused hit is not counted
        return Hit(False, max(1, int(ttl) if int(ttl) > 0 else seconds))
    return Hit(True)


def hit(engine: Engine, redis_url: str | None, key: str, limit: int, window: timedelta) -> Hit:
    """Counts one hit where every process sees it: Redis when configured (the database while Redis is down)."""
    if redis_url:
        try:
            return hit_in_redis(redis_url, key, limit, window)
        except (
            Exception
        ) as exc:  # Redis down or slow: count in the database rather than refuse or let through
            log.warning("rate limit: Redis unavailable (%s); counting in the database", type(exc).__name__)
    return hit_in_database(engine, key, limit, window)


def address_key(prefix: str, address: str) -> str:
    """A counter key for a client address (hashed: addresses are personal data and keys may be listed)."""
    return f"{prefix}:" + hashlib.sha256(address.encode()).hexdigest()[:40]
