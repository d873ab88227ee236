"""JSON API for help requests: submission (public), reading, re-matching and closing with an outcome."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Response, get, post
from litestar.di import NamedDependency

from schemas.activity import RequestClose, RequestClosed
from schemas.enums import RequestStatus
from schemas.models import (
    HelpRequestCreate,
    HelpRequestCreated,
    HelpRequestRead,
    ProposalRead,
    StaffUser,
)
from service.proposals.repository import list_proposals
from service.requests.repository import get_request, list_requests
from service.requests.usecases import close_request, rematch_request, request_read, submit_request
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.params import (
    IDEMPOTENCY_RESPONSES,
    PUBLIC,
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
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[HelpRequestCreated]:
        """Submits a request for helpers (public); matching starts in the background at once.

        With an `Idempotency-Key` header a retried submission returns the first answer instead of a duplicate.
        """

        def action(uow: UnitOfWork) -> HelpRequestCreated:
            request = submit_request(
                uow=uow, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            return HelpRequestCreated(id=request.id, status=request.status)  # type: ignore[arg-type]

        return submit_once(uow, settings, "requests", idempotency_key, data, action)

    @get("/", sync_to_thread=True, guards=[staff_guard])
    def list(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        status: RequestStatus | None = None,
    ) -> list[HelpRequestRead]:
        """Lists requests, newest first."""
        session = uow.session
        rows = list_requests(session, settings.org_id, status=status, limit=limit, offset=offset)
        return [request_read(session, r, with_contact=False) for r in rows]

    @get("/{request_id:int}", sync_to_thread=True, guards=[staff_guard])
    def read(
        self, request_id: int, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> HelpRequestRead:
        """Returns one request with its state and, when no one fits, why."""
        session = uow.session
        request = get_request(session, request_id, settings.org_id)
        return request_read(session, request, with_contact=True)

    @get("/{request_id:int}/proposals", sync_to_thread=True, guards=[staff_guard])
    def proposals(
        self, request_id: int, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> list[ProposalRead]:
        """Returns the ranked proposals of a request with factor scores and reasons."""
        session = uow.session
        get_request(session, request_id, settings.org_id)
        return list_proposals(session, request_id)

    @post("/{request_id:int}/rematch", status_code=202, sync_to_thread=True, guards=[staff_guard])
    def rematch(
        self,
        request_id: int,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Queues matching again for an open request."""
        job = uow.retrying(lambda: rematch_request(uow=uow, request_id=request_id, staff=staff))
        return {"job": job.id, "status": "queued"}


class RequestOutcomeController(Controller):
    path = "/api/requests"
    tags = ["requests"]
    guards = [staff_guard]  # every route here needs a staff login

    @post("/{request_id:int}/close", status_code=200, sync_to_thread=True)
    def close(
        self,
        request_id: int,
        data: RequestClose,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
    ) -> RequestClosed:
        """Closes a request with its outcome (fulfilled, failed with a reason, no longer needed)."""
        session = uow.session
        r = uow.retrying(
            lambda: close_request(
                session=session,
                request_id=request_id,
                data=data,
                org_id=staff.org_id,
                actor=staff.username,
                staff_id=staff.id,
            )
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
