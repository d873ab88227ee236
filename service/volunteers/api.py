"""JSON API for volunteers: registration (public), reading and corrections by staff."""

from __future__ import annotations

from litestar import Controller, Response, get, patch, post
from litestar.di import NamedDependency
from sqlalchemy import Engine
from sqlmodel import Session

from schemas.enums import VolunteerStatus
from schemas.models import (
    StaffUser,
    VolunteerCreate,
    VolunteerCreated,
    VolunteerRead,
    VolunteerUpdate,
)
from service.db import unit_of_work
from service.matching_jobs.dispatch import Dispatcher
from service.settings import Settings
from service.volunteers.repository import get_volunteer, list_volunteers
from service.volunteers.usecases import register_volunteer, update_volunteer, volunteer_read
from service.web.params import (
    IDEMPOTENCY_RESPONSES,
    PUBLIC,
    STAFF,
    IdempotencyKey,
    Limit,
    Offset,
    submit_once,
)


class VolunteerController(Controller):
    path = "/api/volunteers"
    tags = ["volunteers"]

    @post("/", opt=PUBLIC, sync_to_thread=True, responses=IDEMPOTENCY_RESPONSES)
    def register(
        self,
        data: VolunteerCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VolunteerCreated]:
        """Registers a volunteer (public); open requests they could help are re-scored."""

        def action(session: Session) -> tuple[VolunteerCreated, list[int]]:
            volunteer, job = register_volunteer(
                session=session, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            return VolunteerCreated(id=volunteer.id, status=volunteer.status), [job.id]  # type: ignore[arg-type,list-item]

        return submit_once(engine, settings, dispatcher, "volunteers", idempotency_key, data, action)

    @get("/", sync_to_thread=True, **STAFF)
    def list(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        status: VolunteerStatus | None = None,
    ) -> list[VolunteerRead]:
        """Lists volunteers, newest first."""
        with unit_of_work(engine) as session:
            rows = list_volunteers(session, settings.org_id, status=status, limit=limit, offset=offset)
            return [volunteer_read(v) for v in rows]

    @get("/{volunteer_id:int}", sync_to_thread=True, **STAFF)
    def read(
        self, volunteer_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> VolunteerRead:
        """Returns one volunteer with contact details."""
        with unit_of_work(engine) as session:
            return volunteer_read(get_volunteer(session, volunteer_id, settings.org_id))

    @patch("/{volunteer_id:int}", sync_to_thread=True, **STAFF)
    def update(
        self,
        volunteer_id: int,
        data: VolunteerUpdate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Updates a volunteer (fields given only); open requests they affect are re-scored."""
        return self._update(volunteer_id, data, engine, settings, dispatcher, staff)

    @post("/{volunteer_id:int}/pause", status_code=200, sync_to_thread=True, **STAFF)
    def pause(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Pauses a volunteer: never proposed until resumed; pending proposals are withdrawn."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.paused), engine, settings, dispatcher, staff
        )

    @post("/{volunteer_id:int}/resume", status_code=200, sync_to_thread=True, **STAFF)
    def resume(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Makes a paused volunteer active again."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.active), engine, settings, dispatcher, staff
        )

    @post("/{volunteer_id:int}/withdraw", status_code=200, sync_to_thread=True, **STAFF)
    def withdraw(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Withdraws a volunteer's registration."""
        return self._update(
            volunteer_id,
            VolunteerUpdate(status=VolunteerStatus.withdrawn),
            engine,
            settings,
            dispatcher,
            staff,
        )

    @staticmethod
    def _update(
        volunteer_id: int,
        data: VolunteerUpdate,
        engine: Engine,
        settings: Settings,
        dispatcher: Dispatcher,
        staff: StaffUser,
    ) -> VolunteerRead:
        with unit_of_work(engine) as session:
            volunteer, jobs = update_volunteer(
                session=session,
                volunteer_id=volunteer_id,
                data=data,
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                actor=staff.username,
            )
            result = volunteer_read(volunteer)
        dispatcher.dispatch([job.id for job in jobs])  # type: ignore[misc]
        return result


ROUTES = [
    VolunteerController,
]
