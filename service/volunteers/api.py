"""JSON API for volunteers: registration (public), reading and corrections by staff."""

from __future__ import annotations

from litestar import Controller, Request, Response, get, patch, post
from litestar.di import NamedDependency

from schemas.enums import VolunteerStatus
from schemas.models import (
    StaffUser,
    VolunteerCreate,
    VolunteerCreated,
    VolunteerRead,
    VolunteerUpdate,
)
from service.db import row_id
from service.outbox.usecases import welcome_volunteer
from service.privacy.contact import show_contact
from service.privacy.links import create_private_link
from service.privacy.rules import ContactView, contact_visible
from service.settings import Settings
from service.uow import UnitOfWork
from service.volunteers.repository import get_volunteer, list_volunteers
from service.volunteers.usecases import register_volunteer, update_volunteer, volunteer_read
from service.web.deps import WRITES, staff_guard
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


class VolunteerController(Controller):
    path = "/api/volunteers"
    tags = ["volunteers"]

    @post("/", opt=PUBLIC, sync_to_thread=True, guards=[submission_limit], responses=IDEMPOTENCY_RESPONSES)
    def register(
        self,
        request: Request,
        data: VolunteerCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VolunteerCreated]:
        """Registers a volunteer (public); open requests they could help are re-scored."""
        refuse_anonymous_external_id(request, data.external_id)

        def action(uow: UnitOfWork) -> VolunteerCreated:
            volunteer = register_volunteer(
                uow=uow, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            # their private link reaches them: by mail, or as a 連絡 task for staff (phone or post)
            token = create_private_link(
                uow.session, kind="volunteer", entity_id=row_id(volunteer), org_id=settings.org_id
            )
            welcome_volunteer(uow.session, settings, volunteer, token)
            return VolunteerCreated(id=volunteer.id, status=volunteer.status)  # type: ignore[arg-type]

        return submit_once(uow, settings, "volunteers", idempotency_key, data, action)

    @get("/", sync_to_thread=True, guards=[staff_guard])
    def list(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
        limit: Limit,
        offset: Offset,
        status: VolunteerStatus | None = None,
    ) -> list[VolunteerRead]:
        """Lists volunteers, newest first; contact details for admins only (service.privacy.rules)."""
        session = uow.session
        rows = list_volunteers(session, settings.org_id, status=status, limit=limit, offset=offset)
        with_contact = contact_visible(staff.role, ContactView.list)
        return [volunteer_read(v, with_contact=with_contact) for v in rows]

    @get("/{volunteer_id:int}", sync_to_thread=True, guards=[staff_guard], opt=WRITES)
    def read(
        self,
        volunteer_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Returns one volunteer with contact details; each view of the contact writes a view_contact audit row."""
        session = uow.session
        volunteer = get_volunteer(session, volunteer_id, settings.org_id)
        shown = show_contact(
            session,
            role=staff.role,
            actor=staff.username,
            view=ContactView.detail,
            entity="volunteer",
            entity_id=volunteer.id,
        )
        return volunteer_read(volunteer, with_contact=shown)

    @patch("/{volunteer_id:int}", sync_to_thread=True, guards=[staff_guard])
    def update(
        self,
        volunteer_id: int,
        data: VolunteerUpdate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Updates a volunteer (fields given only); open requests they affect are re-scored."""
        return self._update(volunteer_id, data, uow, settings, staff)

    @post("/{volunteer_id:int}/pause", status_code=200, sync_to_thread=True, guards=[staff_guard])
    def pause(
        self,
        volunteer_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Pauses a volunteer: never proposed until resumed; pending proposals are withdrawn."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.paused), uow, settings, staff
        )

    @post("/{volunteer_id:int}/resume", status_code=200, sync_to_thread=True, guards=[staff_guard])
    def resume(
        self,
        volunteer_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Makes a paused volunteer active again."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.active), uow, settings, staff
        )

    @post("/{volunteer_id:int}/withdraw", status_code=200, sync_to_thread=True, guards=[staff_guard])
    def withdraw(
        self,
        volunteer_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Withdraws a volunteer's registration."""
        return self._update(
            volunteer_id,
            VolunteerUpdate(status=VolunteerStatus.withdrawn),
            uow,
            settings,
            staff,
        )

    @staticmethod
    def _update(
        volunteer_id: int, data: VolunteerUpdate, uow: UnitOfWork, settings: Settings, staff: StaffUser
    ) -> VolunteerRead:
        # Pause, resume and withdraw lock rows a matching worker also locks: a lost deadlock is run again.
        volunteer = uow.retrying(
            lambda: update_volunteer(
                uow=uow,
                volunteer_id=volunteer_id,
                data=data,
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                actor=staff.username,
            )
        )
        return volunteer_read(volunteer, with_contact=contact_visible(staff.role, ContactView.change))


ROUTES = [
    VolunteerController,
]
