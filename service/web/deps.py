"""Dependencies: the app's engine, settings and dispatcher, and the staff identity behind a request."""

from __future__ import annotations

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from sqlalchemy import Engine

from schemas.enums import StaffRole
from schemas.models import StaffUser
from service.db import unit_of_work
from service.matching_jobs.dispatch import Dispatcher
from service.settings import Settings
from service.staff.auth import resolve_session

SESSION_COOKIE = "sb_session"


def session_token(connection: ASGIConnection) -> str | None:
    """Returns the session token from the cookie or an `Authorization: Bearer` header."""
    header = connection.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return connection.cookies.get(SESSION_COOKIE) or None


def current_staff(connection: ASGIConnection) -> StaffUser | None:
    """Returns the logged-in staff user, or None."""
    token = session_token(connection)
    if not token:
        return None
    state = connection.app.state
    with unit_of_work(state.engine) as session:
        return resolve_session(session, token, state.settings)


def staff_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Lets only a logged-in staff member through; stores the user on the connection's state."""
    if isinstance(connection.state.get("staff"), StaffUser):  # resolved by the app-wide wall already
        return
    user = current_staff(connection)
    if user is None:
        raise NotAuthorizedException(detail="Staff login required.")
    connection.state.staff = user


def admin_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    """Lets only a logged-in admin through (403 for other staff)."""
    staff_guard(connection, handler)
    if connection.state.staff.role != StaffRole.admin:
        raise PermissionDeniedException(detail="Admin role required.")


def provide_staff(request: Request) -> StaffUser:
    return request.state.staff  # type: ignore[no-any-return]


def provide_engine(state: State) -> Engine:
    return state.engine  # type: ignore[no-any-return]


def provide_settings(state: State) -> Settings:
    return state.settings  # type: ignore[no-any-return]


def provide_dispatcher(state: State) -> Dispatcher:
    return state.dispatcher  # type: ignore[no-any-return]
