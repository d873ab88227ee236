"""Staff login and logout, and the admin's staff accounts (create, change role, deactivate) over the API."""

from __future__ import annotations

from litestar import Controller, Request, Response, get, patch, post
from litestar.datastructures import Cookie
from litestar.di import NamedDependency
from litestar.exceptions import NotAuthorizedException

from schemas.enums import StaffRole
from schemas.models import (
    Login,
    LoginResult,
    StaffUser,
)
from schemas.staff import StaffAccountCreate, StaffAccountRead, StaffAccountUpdate
from service.audit import audit
from service.db import row_id
from service.settings import Settings
from service.staff.auth import authenticate, close_session, create_staff, open_session, update_staff
from service.staff.repository import get_staff, list_staff
from service.staff.rules import check_account_change
from service.staff.throttle import unlock
from service.uow import UnitOfWork
from service.web.deps import SESSION_COOKIE, admin_guard, logout_cookie, session_token, staff_guard
from service.web.params import PUBLIC


class AuthController(Controller):
    path = "/api/auth"
    tags = ["auth"]

    @post("/login", opt=PUBLIC, status_code=200, sync_to_thread=True)
    def login(
        self, data: Login, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> Response[LoginResult]:
        """Logs a staff member in; returns a bearer token and sets a fresh HttpOnly session cookie."""
        session = uow.session
        user = authenticate(session, data.username, data.password)
        if user is None:
            raise NotAuthorizedException(detail="Wrong username or password.")
        token, row = open_session(session, user, settings)
        audit(session, actor=user.username, action="login", entity="staff_user", entity_id=user.id)
        result = LoginResult(
            token=token, username=user.username, role=StaffRole(user.role), expires_at=row.expires_at
        )
        cookie = Cookie(
            key=SESSION_COOKIE,
            value=token,
            httponly=True,
            samesite="strict",
            path="/",
            secure=settings.production,
            max_age=settings.session_absolute_hours * 3600,
        )
        return Response(result, cookies=[cookie])

    @post("/logout", status_code=200, sync_to_thread=True, guards=[staff_guard])
    def logout(
        self, request: Request, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> Response[dict[str, str]]:
        """Ends the current session."""
        token = session_token(request)
        session = uow.session
        close_session(session, token or "")
        return Response({"status": "logged_out"}, cookies=[logout_cookie(settings)])

    @get("/me", sync_to_thread=False, guards=[staff_guard])
    def me(self, staff: NamedDependency[StaffUser]) -> dict[str, str]:
        """Returns who is logged in."""
        return {"username": staff.username, "role": staff.role, "display_name": staff.display_name}


def _read(user: StaffUser) -> StaffAccountRead:
    return StaffAccountRead(
        id=row_id(user),
        username=user.username,
        display_name=user.display_name,
        role=StaffRole(user.role),
        active=user.active,
        created_at=user.created_at,
    )


class StaffAccountController(Controller):
    path = "/api/staff"
    tags = ["staff accounts"]
    guards = [admin_guard]  # admins only

    @get("/", sync_to_thread=True)
    def list(
        self, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> list[StaffAccountRead]:
        """Lists the staff accounts of the organisation (admin only)."""
        return [_read(u) for u in list_staff(uow.session, settings.org_id)]

    @post("/", sync_to_thread=True)
    def create(
        self,
        data: StaffAccountCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> StaffAccountRead:
        """Creates a staff account (admin only); the password is stored as an argon2id hash."""
        session = uow.session
        user = create_staff(
            session=session,
            username=data.username,
            password=data.password,
            role=data.role,
            display_name=data.display_name,
            org_id=settings.org_id,
        )
        audit(
            session,
            actor=staff.username,
            action="staff_create",
            entity="staff_user",
            entity_id=user.id,
            role=user.role,
        )
        return _read(user)

    @patch("/{staff_id:int}", sync_to_thread=True)
    def update(
        self,
        staff_id: int,
        data: StaffAccountUpdate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> StaffAccountRead:
        """Disables/enables an account, changes its role or password (its sessions end at once), or unlocks it."""
        session = uow.session
        user = get_staff(session, staff_id, settings.org_id)
        check_account_change(actor_id=staff.id, target_id=user.id, active=data.active, role=data.role)
        update_staff(
            session,
            user,
            active=data.active,
            role=data.role,
            password=data.password,
            display_name=data.display_name,
        )
        if data.unlock:
            unlock(session, user.username)
        changed = sorted(
            k for k, v in data.model_dump(exclude_unset=True).items() if k != "password" and v is not None
        )
        audit(
            session,
            actor=staff.username,
            action="staff_update",
            entity="staff_user",
            entity_id=user.id,
            changed=changed + (["password"] if data.password else []),
        )
        return _read(user)


ROUTES = [
    AuthController,
    StaffAccountController,
]
