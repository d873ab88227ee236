"""JSON API for help requests: submission (public), reading, re-matching and closing with an outcome."""

from __future__ import annotations

import builtins
from datetime import date
from functools import partial
from typing import Annotated, Any

from litestar import Controller, MediaType, Request, Response, get, post, put
from litestar.concurrency import sync_to_thread
from litestar.di import NamedDependency
from litestar.params import Parameter

from schemas.activity import RequestClose, RequestClosed, RequestOutcome
from schemas.enums import RequestStatus
from schemas.models import (
    HelpRequestCreate,
    HelpRequestCreated,
    HelpRequestRead,
    ProposalRead,
    StaffUser,
)
from schemas.schedule import DateCancelled, Schedule
from service.db import row_id
from service.privacy.contact import show_contact
from service.privacy.rules import ContactView, contact_visible
from service.proposals.usecases import staff_proposals_json
from service.requests.repository import get_request, list_requests
from service.requests.usecases import (
    calendar_day,
    cancel_one_date,
    change_schedule,
    close_request,
    next_dates,
    rematch_request,
    request_read,
    request_reads,
    submit_request,
)
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import STAFF_ONLY, WRITES, staff_guard
from service.web.limits import submission_limit
from service.web.params import (
    IDEMPOTENCY_RESPONSES,
    PUBLIC,
    IdempotencyKey,
    Limit,
    Offset,
    refuse_anonymous_external_id,
    submit_once,
)


class RequestController(Controller):
    path = "/api/requests"
    tags = ["requests"]

    @post("/", opt=PUBLIC, sync_to_thread=True, guards=[submission_limit], responses=IDEMPOTENCY_RESPONSES)
    def submit(
        self,
        request: Request,
        data: HelpRequestCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[HelpRequestCreated]:
        """Submits a request for helpers (public); matching starts in the background at once.

        With an `Idempotency-Key` header a retried submission returns the first answer instead of a duplicate.
        """
        refuse_anonymous_external_id(request, data.external_id)

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
        staff: NamedDependency[StaffUser],
        limit: Limit,
        offset: Offset,
        status: RequestStatus | None = None,
    ) -> list[HelpRequestRead]:
        """Lists requests, newest first; contact details for admins only (service.privacy.rules)."""
        session = uow.session
        rows = list_requests(session, settings.org_id, status=status, limit=limit, offset=offset)
        with_contact = contact_visible(staff.role, ContactView.list)
        return request_reads(session, rows, with_contact=with_contact)

    @get("/{request_id:int}", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
    def read(
        self,
        request_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> HelpRequestRead:
        """Returns one request with its state and, when no one fits, why; with the requester's contact, each view
        of which writes a view_contact audit row."""
        session = uow.session
        request = get_request(session, request_id, settings.org_id)
        shown = show_contact(
            session,
            role=staff.role,
            actor=staff.username,
            view=ContactView.detail,
            entity="request",
            entity_id=request.id,
        )
        return request_read(session, request, with_contact=shown)

    @get("/{request_id:int}/proposals", opt=STAFF_ONLY)
    async def proposals(self, request: Request, request_id: int) -> Response[builtins.list[ProposalRead]]:
        """Returns the ranked proposals of a request with factor scores and reasons."""
        # Staff poll this list. One guard: the app-wide wall checks the staff session (STAFF_ONLY declares the
        # access, where a route guard would run a second time, on a second copy of the handler). No dependency:
        # the read is one statement in a read-only unit of work of its own, ended before it returns, so there is
        # nothing to settle. The body is already JSON (service.proposals.usecases: rendered again only when a
        # row shown changed). On SQLite the read runs on the event loop: one indexed statement on a local file
        # (≈ 40 µs; WAL readers never wait for a writer) costs less than the hand-off to a worker thread and back,
        # which was 60 % of the request's CPU under 16 pollers (bench.proposals: 1.06 → 0.45 CPU ms a request).
        # A server database is a network round trip: that read stays in a thread.
        state = request.app.state
        read = partial(staff_proposals_json, state.engine, request_id, state.settings.org_id)
        body = read() if state.engine.dialect.name == "sqlite" else await sync_to_thread(read)
        return Response(body, media_type=MediaType.JSON)  # type: ignore[arg-type]  # the list, already encoded

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
        settings: NamedDependency[Settings],
    ) -> RequestClosed:
        """Closes a request with its outcome (fulfilled, failed with a reason, no longer needed); when it closes
        unfulfilled, the approved and accepted volunteers are told."""
        session = uow.session
        r = uow.retrying(
            lambda: close_request(
                session=session,
                request_id=request_id,
                data=data,
                org_id=staff.org_id,
                actor=staff.username,
                staff_id=staff.id,
                settings=settings,
            )
        )
        assert r.outcome is not None and r.closed_at is not None  # close_request sets both
        return RequestClosed(
            id=row_id(r),
            status=r.status,
            outcome=RequestOutcome(r.outcome),
            outcome_reason=r.outcome_reason,
            closed_at=r.closed_at,
        )

    @put("/{request_id:int}/schedule", sync_to_thread=True)
    def reschedule(
        self,
        request_id: int,
        data: Schedule,
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
        settings: NamedDependency[Settings],
    ) -> HelpRequestRead:
        """Replaces an open request's schedule (the console's schedule page through the API); 409, naming the dates,
        when an upcoming date a volunteer is approved or accepted for would vanish (cancel that date first: its
        volunteers are told), or when the request is closed. The requester is not told (staff agreed it with them)."""
        session = uow.session
        r = uow.retrying(
            lambda: change_schedule(
                session=session,
                request_id=request_id,
                schedule=data,
                org_id=staff.org_id,
                actor=staff.username,
                settings=settings,
            )
        )
        return request_read(session, r, with_contact=False)

    @post("/{request_id:int}/dates/{day:str}/cancel", status_code=200, sync_to_thread=True)
    def cancel_date(
        self,
        request_id: int,
        day: Annotated[str, Parameter(description="the date, YYYY-MM-DD (JST); one that is no date is 404")],
        uow: NamedDependency[UnitOfWork],
        staff: NamedDependency[StaffUser],
        settings: NamedDependency[Settings],
    ) -> DateCancelled:
        """Cancels one upcoming date of an open request (the others stand), as the requester can from their page;
        the volunteers approved or accepted for that date are told through the outbox. 409 for a date that is past,
        already cancelled or not in the schedule, or a closed request."""
        when = calendar_day(day)  # parsed here, not by the router: an anonymous caller meets the wall first
        session = uow.session
        told = uow.retrying(
            lambda: cancel_one_date(
                session,
                settings,
                request_id,
                when,
                actor=staff.username,
                by_requester=False,
            )
        )
        r = get_request(session, request_id, staff.org_id)
        return DateCancelled(
            request_id=request_id,
            day=when,
            volunteers_told=told,
            cancelled_dates=[date.fromisoformat(d) for d in r.cancelled_dates or []],
            next_dates=next_dates(r),
        )


ROUTES = [
    RequestController,
    RequestOutcomeController,
]
