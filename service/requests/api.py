"""JSON API for help requests: submission (public), reading, re-matching and closing with an outcome."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency
from sqlalchemy import Engine
from sqlmodel import Session

from schemas.activity import RequestClose, RequestClosed
from schemas.enums import RequestStatus
from schemas.models import (
    HelpRequestCreate,
    HelpRequestCreated,
    HelpRequestRead,
    ProposalRead,
    StaffUser,
)
from service.db import unit_of_work
from service.matching_jobs.dispatch import Dispatcher
from service.proposals.repository import list_proposals
from service.requests.repository import get_request, list_requests
from service.requests.usecases import close_request, rematch_request, request_read, submit_request
from service.settings import Settings
from service.web.params import (
    IDEMPOTENCY_RESPONSES,
    PUBLIC,
    STAFF,
    IdempotencyKey,
    Limit,
    Offset,
    submit_once,
)


class RequestController(Controller):
    path = "/api/requests"
    tags = ["requests"]

    @post("/", opt=PUBLIC, sync_to_thread=True, responses=IDEMPOTENCY_RESPONSES)
    def submit(
        self,
        data: HelpRequestCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[HelpRequestCreated]:
        """Submits a request for helpers (public); matching starts in the background at once.

        With an `Idempotency-Key` header a retried submission returns the first answer instead of a duplicate.
        """

        def action(session: Session) -> tuple[HelpRequestCreated, list[int]]:
            request, job = submit_request(
                session=session, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            return HelpRequestCreated(id=request.id, status=request.status), [job.id]  # type: ignore[arg-type,list-item]

        return submit_once(engine, settings, dispatcher, "requests", idempotency_key, data, action)

    @get("/", sync_to_thread=True, **STAFF)
    def list(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        status: RequestStatus | None = None,
    ) -> list[HelpRequestRead]:
        """Lists requests, newest first."""
        with unit_of_work(engine) as session:
            rows = list_requests(session, settings.org_id, status=status, limit=limit, offset=offset)
            return [request_read(session, r, with_contact=False) for r in rows]

    @get("/{request_id:int}", sync_to_thread=True, **STAFF)
    def read(
        self, request_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> HelpRequestRead:
        """Returns one request with its state and, when no one fits, why."""
        with unit_of_work(engine) as session:
            request = get_request(session, request_id, settings.org_id)
            return request_read(session, request, with_contact=True)

    @get("/{request_id:int}/proposals", sync_to_thread=True, **STAFF)
    def proposals(
        self, request_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> list[ProposalRead]:
        """Returns the ranked proposals of a request with factor scores and reasons."""
        with unit_of_work(engine) as session:
            get_request(session, request_id, settings.org_id)
            return list_proposals(session, request_id)

    @post("/{request_id:int}/rematch", status_code=202, sync_to_thread=True, **STAFF)
    def rematch(
        self,
        request_id: int,
        engine: NamedDependency[Engine],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Queues matching again for an open request."""
        with unit_of_work(engine) as session:
            job = rematch_request(session=session, request_id=request_id, staff=staff)
        dispatcher.dispatch([job.id])  # type: ignore[list-item]
        return {"job": job.id, "status": "queued"}


class RequestOutcomeController(Controller):
    path = "/api/requests"
    tags = ["requests"]

    @post("/{request_id:int}/close", status_code=200, sync_to_thread=True, **STAFF)
    def close(
        self,
        request_id: int,
        data: RequestClose,
        engine: NamedDependency[Engine],
        staff: NamedDependency[StaffUser],
    ) -> RequestClosed:
        """Closes a request with its outcome (fulfilled, failed with a reason, no longer needed)."""
        with unit_of_work(engine) as session:
            r = close_request(
                session=session,
                request_id=request_id,
                data=data,
                org_id=staff.org_id,
                actor=staff.username,
                staff_id=staff.id,
            )
            return RequestClosed(
                id=r.id,
                status=r.status,
                outcome=r.outcome,
                outcome_reason=r.outcome_reason,  # type: ignore[arg-type]
                closed_at=r.closed_at,
            )  # type: ignore[arg-type]


ROUTES = [
    RequestController,
    RequestOutcomeController,
]
