"""The health check: database, broker and the age of the oldest unmatched request."""

from __future__ import annotations

from typing import Any

from litestar import Response, get
from litestar.di import NamedDependency

from schemas.models import utcnow
from service.matching_jobs.dispatch import Dispatcher
from service.matching_jobs.sweep import oldest_unmatched_seconds
from service.outbox.repository import backlog
from service.uow import UnitOfWork
from service.web.pages import as_aware
from service.web.params import PUBLIC


@get("/health", opt=PUBLIC, sync_to_thread=True, tags=["health"])
def health(
    uow: NamedDependency[UnitOfWork], dispatcher: NamedDependency[Dispatcher]
) -> Response[dict[str, Any]]:
    """Reports the database, the broker, the age of the oldest unmatched request and the mail backlog."""
    body: dict[str, Any] = {
        "database": "ok",
        "broker": dispatcher.broker_status(),
        "oldest_unmatched_seconds": None,
        "mail": None,
    }
    try:
        with uow.attempt() as session:
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
    ok = body["database"] == "ok" and body["broker"] in ("ok", "embedded")
    body["status"] = "ok" if ok else "degraded"
    return Response(body, status_code=200 if body["database"] == "ok" else 503)
