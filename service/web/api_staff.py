"""Staff accounts, managed by admins: list, create, change role/password, disable (sessions end at once), unlock."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from litestar import Controller, delete, get, patch, post
from litestar.di import NamedDependency, Provide
from pydantic import StringConstraints
from sqlalchemy import Engine
from sqlmodel import Field, SQLModel, col, select

from schemas.enums import StaffRole
from schemas.models import Contact, StaffUser
from service import rights, throttle, usecases
from service.auth import create_staff, update_staff
from service.db import unit_of_work
from service.dispatch import Dispatcher
from service.errors import InputError, NotFound
from service.settings import Settings
from service.web.deps import admin_guard, provide_staff, staff_guard

ADMIN = {
    "guards": [admin_guard],
    "opt": {"role": "admin"},
    "dependencies": {"staff": Provide(provide_staff, sync_to_thread=False)},
}
STAFF_ONLY = {
    "guards": [staff_guard],
    "dependencies": {"staff": Provide(provide_staff, sync_to_thread=False)},
}
Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.@-]+$")
]


class StaffAccountCreate(SQLModel):
    username: Username
    password: str = Field(min_length=10, max_length=200)
    role: StaffRole = StaffRole.staff
    display_name: str = Field(default="", max_length=100)


class StaffAccountUpdate(SQLModel):
    active: bool | None = None
    role: StaffRole | None = None
    password: str | None = Field(default=None, min_length=10, max_length=200)
    display_name: str | None = Field(default=None, max_length=100)
    unlock: bool = False  # lift a login-throttle lock on the account


class StaffAccountRead(SQLModel):
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool
    created_at: datetime


def _read(user: StaffUser) -> StaffAccountRead:
    return StaffAccountRead(
        id=user.id,
        username=user.username,
        display_name=user.display_name,  # type: ignore[arg-type]
        role=StaffRole(user.role),
        active=user.active,
        created_at=user.created_at,
    )


class StaffAccountController(Controller):
    path = "/api/staff"
    tags = ["staff accounts"]

    @get("/", sync_to_thread=True, **ADMIN)
    def list(
        self, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> list[StaffAccountRead]:
        """Lists the staff accounts of the organisation (admin only)."""
        with unit_of_work(engine) as session:
            rows = session.exec(
                select(StaffUser).where(StaffUser.org_id == settings.org_id).order_by(col(StaffUser.id))
            ).all()
            return [_read(u) for u in rows]

    @post("/", sync_to_thread=True, **ADMIN)
    def create(
        self,
        data: StaffAccountCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> StaffAccountRead:
        """Creates a staff account (admin only); the password is stored as an argon2id hash."""
        with unit_of_work(engine) as session:
            user = create_staff(
                session=session,
                username=data.username,
                password=data.password,
                role=data.role,
                display_name=data.display_name,
                org_id=settings.org_id,
            )
            usecases.audit(
                session,
                actor=staff.username,
                action="staff_create",
                entity="staff_user",
                entity_id=user.id,
                role=user.role,
            )
            return _read(user)

    @patch("/{staff_id:int}", sync_to_thread=True, **ADMIN)
    def update(
        self,
        staff_id: int,
        data: StaffAccountUpdate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> StaffAccountRead:
        """Disables/enables an account, changes its role or password (its sessions end at once), or unlocks it."""
        with unit_of_work(engine) as session:
            user = session.get(StaffUser, staff_id)
            if user is None or user.org_id != settings.org_id:
                raise NotFound("職員アカウント", "Staff account", staff_id)
            if user.id == staff.id and (data.active is False or (data.role and data.role != StaffRole.admin)):
                raise InputError(
                    "自分自身を無効化・降格することはできません。",
                    "You cannot disable or demote your own account.",
                    field="active",
                )
            update_staff(
                session,
                user,
                active=data.active,
                role=data.role,
                password=data.password,
                display_name=data.display_name,
            )
            if data.unlock:
                throttle.unlock(session, user.username)
            changed = sorted(
                k for k, v in data.model_dump(exclude_unset=True).items() if k != "password" and v is not None
            )
            usecases.audit(
                session,
                actor=staff.username,
                action="staff_update",
                entity="staff_user",
                entity_id=user.id,
                changed=changed + (["password"] if data.password else []),
            )
            return _read(user)


class PersonCorrection(SQLModel):
    """Corrections to a request (volunteers are corrected with PATCH /api/volunteers/{id})."""

    requester_name: str | None = Field(default=None, min_length=1, max_length=100)
    title: str | None = Field(default=None, max_length=200)
    description: str | None = Field(default=None, min_length=1, max_length=4000)
    contact: Contact | None = None


class ConsentSet(SQLModel):
    purpose: str = Field(min_length=1, max_length=40)
    granted: bool
    source: str = Field(default="", max_length=40)


class ConsentController(Controller):
    """Consents (staff record them from the web form, a paper form or a call) and disclosures with provision rows."""

    path = "/api/consents"
    tags = ["consent"]

    @post("/{kind:str}/{person_id:int}", sync_to_thread=True, **STAFF_ONLY)
    def record(
        self,
        kind: str,
        person_id: int,
        data: ConsentSet,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Records a consent given or withdrawn (purposes: volunteer contact_share; request share_with_volunteer,
        sensitive)."""
        with unit_of_work(engine) as session:
            row = rights.record_consent(
                session,
                kind,
                person_id,
                data.purpose,
                data.granted,
                settings.org_id,
                staff.username,
                data.source,
            )
            return {"kind": row.kind, "id": row.entity_id, "purpose": row.purpose, "granted": row.granted}

    @post("/disclose/{proposal_id:int}", status_code=200, sync_to_thread=True, **STAFF_ONLY)
    def disclose(
        self,
        proposal_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Both sides' contact for an approved proposal, only with both consents; 409 otherwise."""
        with unit_of_work(engine) as session:
            return rights.disclose(session, proposal_id, settings.org_id, staff.username)


class RightsController(Controller):
    """Data-subject rights, admin only: export, correct, stop use, delete (each writes one audit row)."""

    path = "/api/people"
    tags = ["rights"]

    @get("/{kind:str}/{person_id:int}/export", sync_to_thread=True, **ADMIN)
    def export(
        self,
        kind: str,
        person_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Everything held about one volunteer or requester, as JSON."""
        with unit_of_work(engine) as session:
            return rights.export_person(session, kind, person_id, settings.org_id, staff.username)

    @patch("/{kind:str}/{person_id:int}", sync_to_thread=True, **ADMIN)
    def correct_request(
        self,
        kind: str,
        person_id: int,
        data: PersonCorrection,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Corrects a requester's name, contact or the request's text (kind: requests)."""
        if kind != "requests":
            raise InputError(
                "訂正は requests のみです(ボランティアは PATCH /api/volunteers/{id})。",
                "Only requests are corrected here; use PATCH /api/volunteers/{id} for volunteers.",
                field="kind",
            )
        with unit_of_work(engine) as session:
            request = usecases.get_request(session, person_id, settings.org_id)
            changes = data.model_dump(exclude_unset=True, exclude={"contact"})
            for key, value in changes.items():
                if value is not None:
                    setattr(request, key, value)
            if data.contact is not None:
                request.contact_email, request.contact_phone = data.contact.email, data.contact.phone
            session.add(request)
            usecases.audit(
                session,
                actor=staff.username,
                action="correct",
                entity="request",
                entity_id=person_id,
                fields=sorted(data.model_dump(exclude_unset=True)),
            )
            return {"id": person_id, "status": "corrected"}

    @post("/{kind:str}/{person_id:int}/stop-use", status_code=200, sync_to_thread=True, **ADMIN)
    def stop_use(
        self,
        kind: str,
        person_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Stops the use of a person's data: never proposed again."""
        with unit_of_work(engine) as session:
            jobs = rights.stop_use(
                session, kind, person_id, settings.org_id, staff.username, settings.areas_path
            )
        dispatcher.dispatch([j.id for j in jobs])  # type: ignore[misc]
        return {"id": person_id, "status": "use_stopped"}

    @delete("/{kind:str}/{person_id:int}", status_code=200, sync_to_thread=True, **ADMIN)
    def delete(
        self,
        kind: str,
        person_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Deletes a person and everything pointing at them (the audit keeps only kind and id)."""
        with unit_of_work(engine) as session:
            rights.delete_person(session, kind, person_id, settings.org_id, staff.username)
        return {"id": person_id, "status": "deleted"}


ROUTES = [StaffAccountController, ConsentController, RightsController]
