"""Dependencies: the request's unit of work, the app's engine, settings and dispatcher, and the staff behind a request."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from anyio import to_thread
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, State
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from sqlalchemy import Engine

from schemas.enums import StaffRole
from schemas.models import StaffUser
from service.db import unit_of_work
from service.matching_jobs.dispatch import Dispatcher
from service.settings import Settings
from service.staff.auth import apply_session_check, check_session_for, hash_token
from service.staff.session_cache import SESSIONS, database_key
from service.uow import UnitOfWork

SESSION_COOKIE = "sb_session"


def session_token(connection: ASGIConnection) -> str | None:
    """Returns the session token from the cookie or an `Authorization: Bearer` header."""
    header = connection.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return connection.cookies.get(SESSION_COOKIE) or None


def logout_cookie(settings: Settings) -> Cookie:
    """The session cookie's deletion, with the login cookie's attributes (Secure in production, HttpOnly,
    SameSite=Strict), so no browser keeps or sends an old value over plain HTTP or to scripts."""
    return Cookie(
        key=SESSION_COOKIE,
        value="",
        max_age=0,
        expires=0,
        path="/",
        httponly=True,
        samesite="strict",
        secure=settings.production,
    )


def current_staff(connection: ASGIConnection) -> StaffUser | None:
    """Returns the logged-in staff user, or None; checked in a read-only transaction, written only when due.

    A session found live is remembered by this process for up to a second (service.staff.session_cache):
    a client polling a staff route checks its session against the database about once a second.
    """
    token = session_token(connection)
    if not token:
        return None
    state = connection.app.state
    engine = state.engine
    token_hash = hash_token(token)
    user = SESSIONS.get(database_key(engine), token_hash)
    if user is not None:
        return user
    generation = SESSIONS.generation  # read before the database: an ending that commits meanwhile wins
    with unit_of_work(engine, write=False) as session:
        user, outcome, live_for = check_session_for(session, token, state.settings)
    if outcome:
        with unit_of_work(engine) as session:
            apply_session_check(session, token, outcome)
    if user is not None:
        SESSIONS.put(database_key(engine), token_hash, user, generation, live_for)
    return user


def remembered_staff(connection: ASGIConnection) -> StaffUser | None:
    """Returns the staff user of a session this process found live within the last second, else None (no I/O)."""
    token = session_token(connection)
    if not token:
        return None
    return SESSIONS.get(database_key(connection.app.state.engine), hash_token(token))


def require_staff(connection: ASGIConnection) -> StaffUser:
    """Returns the logged-in staff user (stored on the connection's state), or raises 401 (blocking: a thread)."""
    staff = connection.state.get("staff")
    if isinstance(staff, StaffUser):  # resolved by the app-wide wall already
        return staff
    user = current_staff(connection)
    if user is None:
        raise NotAuthorizedException(detail="Staff login required.")
    connection.state.staff = user
    return user


async def staff_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Lets only a logged-in staff member through; stores the user on the connection's state.

    A coroutine: Litestar runs a plain-function guard in a worker thread on every request, so the session is
    checked in a thread only when the wall has not done it already.
    """
    if isinstance(connection.state.get("staff"), StaffUser):
        return
    remembered = remembered_staff(connection)
    if remembered is not None:  # checked within the last second: no worker thread, no database
        connection.state.staff = remembered
        return
    await to_thread.run_sync(require_staff, connection)


async def admin_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    """Lets only a logged-in admin through (403 for other staff)."""
    await staff_guard(connection, handler)
    if connection.state.staff.role != StaffRole.admin:
        raise PermissionDeniedException(detail="Admin role required.")


def provide_staff(request: Request) -> StaffUser:
    return request.state.staff


def provide_engine(state: State) -> Engine:
    return state.engine


def provide_settings(state: State) -> Settings:
    return state.settings


def provide_dispatcher(state: State) -> Dispatcher:
    return state.dispatcher


# Routes that write although they are read with GET (an export writes its audit row) say so with this option.
WRITES = {"writes": True}

# A staff route may declare its access with this option instead of `guards=[staff_guard]`: the app-wide wall
# (service.web.security.wall_guard) checks the staff session for it all the same, and Litestar runs one guard
# instead of two (each on a copy of the handler). For a polled route (the staff proposal list).
STAFF_ONLY = {"access": "staff"}


async def provide_uow(request: Request) -> AsyncGenerator[UnitOfWork, None]:
    """Yields the request's unit of work: committed once after the handler returned (its doorbells rung after
    the commit), rolled back when the handler raised. GET and HEAD read without the write lock unless the route
    declares `opt=WRITES`."""
    state = request.app.state
    write = request.method not in ("GET", "HEAD") or bool(request.route_handler.opt.get("writes"))
    uow = UnitOfWork(state.engine, state.dispatcher, write=write, mailbell=state.get("mailbell"))
    try:
        yield uow
    except BaseException:
        await _settle(uow, commit=False)
        raise
    else:
        await _settle(uow, commit=True)


def _commit_or_rollback_and_close(uow: UnitOfWork, commit: bool) -> None:
    try:
        if commit:
            uow.commit()
        else:
            uow.rollback()
    finally:
        uow.close()


async def _settle(uow: UnitOfWork, *, commit: bool) -> None:
    """Commits (or rolls back) and closes the request's unit of work: in one worker-thread hop, or in none when the
    handler never opened its session (nothing to commit, nobody to ring)."""
    if uow.idle:
        _commit_or_rollback_and_close(uow, commit)
    else:
        await to_thread.run_sync(_commit_or_rollback_and_close, uow, commit)
