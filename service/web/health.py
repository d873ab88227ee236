"""The health check: database, broker and the age of the oldest unmatched request.

What it reports is computed at most once a second per process (`HEALTH_TTL`) and shared by every caller meanwhile:
a load balancer or a monitoring script polling it hard costs one read transaction (and one broker ping) a second,
not one per call, and never waits for the database's write lock. The answer is at most that old.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from anyio import to_thread
from litestar import Request, Response, get

from schemas.models import utcnow
from service.matching_jobs.dispatch import Dispatcher
from service.matching_jobs.sweep import oldest_unmatched_seconds
from service.outbox.repository import backlog
from service.uow import UnitOfWork
from service.web.pages import as_aware
from service.web.params import PUBLIC

# Seconds a computed answer is served again before the database and the broker are asked anew.
HEALTH_TTL = 1.0


def compute_health(engine: Any, dispatcher: Dispatcher) -> tuple[dict[str, Any], int]:
    """Returns the health body and its status code (200, or 503 when the database does not answer)."""
    body: dict[str, Any] = {
        "database": "ok",
        "broker": dispatcher.broker_status(),
        "oldest_unmatched_seconds": None,
        "mail": None,
    }
    uow = UnitOfWork(engine, write=False)  # a deferred read: never takes nor waits for the write lock
    try:
        session = uow.session
        # This query is also the database check: it fails when the database does.
        body["oldest_unmatched_seconds"] = oldest_unmatched_seconds(session)
        # mail waiting for the sender (SMTP away: it grows, nothing is lost), failed mail, open 連絡 tasks
        mail = backlog(session)
        oldest = mail.pop("oldest_unsent_created")
        mail["oldest_unsent_seconds"] = (
            None if oldest is None else round((utcnow() - as_aware(oldest)).total_seconds(), 1)
        )
        body["mail"] = mail
    except Exception as exc:
        body["database"] = f"down ({type(exc).__name__})"
    finally:
        uow.close()
    ok = body["database"] == "ok" and body["broker"] in ("ok", "embedded")
    body["status"] = "ok" if ok else "degraded"
    return body, 200 if body["database"] == "ok" else 503


class HealthCache:
    """The last health answer of this process and when it was computed; one caller computes, the others wait."""

    def __init__(self, ttl: float = HEALTH_TTL) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._at = float("-inf")
        self._answer: tuple[dict[str, Any], int] = ({}, 503)

    def fresh(self) -> tuple[dict[str, Any], int] | None:
        """Returns the cached answer while it is younger than the TTL, else None."""
        return self._answer if time.monotonic() - self._at < self.ttl else None

    def get(self, engine: Any, dispatcher: Dispatcher) -> tuple[dict[str, Any], int]:
        """Returns a fresh answer, computing it if nobody did within the TTL (blocking: run it in a thread)."""
        with self._lock:
            answer = self.fresh()
            if answer is None:
                answer = compute_health(engine, dispatcher)
                self._answer, self._at = answer, time.monotonic()
            return answer


def health_cache(state: Any) -> HealthCache:
    """Returns the app's health cache, created on first use."""
    cache = state.get("health_cache")
    if cache is None:
        cache = state.setdefault("health_cache", HealthCache())
    return cache


@get("/health", opt=PUBLIC, tags=["health"])
async def health(request: Request) -> Response[dict[str, Any]]:
    """Reports the database, the broker, the age of the oldest unmatched request and the mail backlog."""
    state = request.app.state
    cache = health_cache(state)
    answer = cache.fresh()
    if answer is None:  # at most once a TTL: the database and the broker are asked in a worker thread
        answer = await to_thread.run_sync(cache.get, state.engine, state.dispatcher)
    body, status = answer
    return Response(body, status_code=status)
