"""The health check: database, broker and the age of the oldest unmatched request."""

from __future__ import annotations

from typing import Any

from litestar import Response, get
from litestar.di import NamedDependency

from service.matching_jobs.dispatch import Dispatcher
from service.matching_jobs.sweep import oldest_unmatched_seconds
from service.uow import UnitOfWork
from service.web.params import PUBLIC


@get("/health", opt=PUBLIC, sync_to_thread=True, tags=["health"])
def health(
    uow: NamedDependency[UnitOfWork], dispatcher: NamedDependency[Dispatcher]
) -> Response[dict[str, Any]]:
    """Reports the database, the broker and the age of the oldest unmatched request."""
    body: dict[str, Any] = {
        "database": "ok",
        "broker": dispatcher.broker_status(),
        "oldest_unmatched_seconds": None,
    }
    try:
        with uow.attempt() as session:
            # This query is also the database check: it fails when the database does.
            body["oldest_unmatched_seconds"] = oldest_unmatched_seconds(session)
    except Exception as exc:
        body["database"] = f"down ({type(exc).__name__})"
    ok = body["database"] == "ok" and body["broker"] in ("ok", "embedded")
    body["status"] = "ok" if ok else "degraded"
    return Response(body, status_code=200 if body["database"] == "ok" else 503)
