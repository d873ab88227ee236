"""Staff accounts: argon2id password hashes and server-side sessions whose tokens are stored hashed.

- ``authenticate`` counts the attempt against the account and the client address (service.throttle) *before* the
  hasher runs, and raises TooManyAttempts (429) past the limits;
- ``open_session`` always issues a new random token and deletes the session presented with the login request
  (session rotation: a token planted before login is never promoted to a logged-in one);
- ``resolve_session`` enforces idle and absolute expiry and drops sessions of disabled accounts;
- ``disable`` / a password change delete every session of the account at once.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete
from sqlmodel import Session, col, select

from schemas.enums import StaffRole
from schemas.models import StaffSession, StaffUser, utcnow
from service.db import row_id
from service.errors import Conflict
from service.settings import Settings
from service.staff.rules import check_password
from service.staff.session_cache import forget_sessions
from service.staff.throttle import CLIENT, reserve, reserve_in, succeeded
from service.staff.tokens import hash_token

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


# Verifying against this keeps an unknown username as slow as a wrong password. A literal, made once with the
# hasher's parameters (a test checks they are still the current ones): hashing it at import cost every process
# start a third of a second of CPU.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$enJWM7DOXGbDBiFgqwHcWg$WO+ATp9Q0t3+3e/FHxqBiZCm2CSTFMv53Z0ltB38bB0"
)


def create_staff(
    *,
    session: Session,
    username: str,
    password: str,
    role: StaffRole = StaffRole.staff,
    display_name: str = "",
    org_id: str = "kiyose",
) -> StaffUser:
    """Creates a staff account with an argon2id password hash."""
    check_password(password)
    if session.exec(select(StaffUser).where(StaffUser.username == username)).first():
        raise Conflict(f"ユーザー名「{username}」は既に使われています。", f"Username {username!r} is taken.")
    user = StaffUser(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        display_name=display_name or username,
        org_id=org_id,
    )
    session.add(user)
    session.flush()
    return user


def authenticate(
    session: Session, username: str, password: str, *, address: str | None = None
) -> StaffUser | None:
    """Returns the active staff user for the credentials, or None; raises TooManyAttempts when throttled.

    Call it before any other query in the session: the attempt is counted in a transaction of its own first (so a
    failed login counts even when the caller rolls back). The client address defaults to the current request's.
    """
    if address is None:
        info = CLIENT.get()
        address = info.address if info else None
    if session.in_transaction():
        reserve_in(session, username, address)
    else:
        # Outside a transaction the bind is the engine the session was opened on (get_bind is typed Engine | Connection).
        reserve(session.get_bind(), username, address)  # type: ignore[arg-type]
    user = session.exec(select(StaffUser).where(StaffUser.username == username)).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.add(user)
    succeeded(session, username, address)
    return user


def open_session(
    session: Session, user: StaffUser, settings: Settings, *, replaces: str | None = None
) -> tuple[str, StaffSession]:
    """Returns a new random session token (only its hash is stored) and the session row.

    The session presented with the login request (``replaces``, by default the current request's cookie or bearer
    token) is deleted: login always rotates the session id.
    """
    if replaces is None:
        info = CLIENT.get()
        replaces = info.session_token if info else None
    if replaces:
        close_session(session, replaces)
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = StaffSession(
        token_hash=hash_token(token),
        staff_id=row_id(user),
        created_at=now,
        last_seen_at=now,
        expires_at=now + timedelta(hours=settings.session_absolute_hours),
    )
    session.add(row)
    return token, row


def check_session(session: Session, token: str, settings: Settings) -> tuple[StaffUser | None, str]:
    """Returns the staff user of a live session (or None) and what must be written: "", "touch" or "drop".

    Reads only, so the check runs in a read-only transaction; the rare write (sliding the idle expiry once a
    minute, dropping a dead session) is `apply_session_check`'s, in a short writing transaction.
    """
    user, outcome, _ = check_session_for(session, token, settings)
    return user, outcome


def check_session_for(
    session: Session, token: str, settings: Settings
) -> tuple[StaffUser | None, str, float]:
    """`check_session`, and the seconds the session stays live without being touched (0 when it is not live):
    how long this process may remember it (service.staff.session_cache, never past an expiry)."""
    # one query for the session and its user (it runs before every staff request)
    found = session.exec(
        select(StaffSession, StaffUser)
        .outerjoin(StaffUser, col(StaffUser.id) == StaffSession.staff_id)
        .where(StaffSession.token_hash == hash_token(token))
    ).first()
    if found is None:
        return None, "", 0.0
    row, user = found
    now = utcnow()
    idle = timedelta(minutes=settings.session_idle_minutes)
    if now >= row.expires_at or now - row.last_seen_at > idle:
        return None, "drop", 0.0
    if user is None or not user.active:
        return None, "drop", 0.0
    outcome = "touch" if now - row.last_seen_at > timedelta(minutes=1) else ""
    # a touch slides the idle expiry from now on
    idle_end = (now if outcome else row.last_seen_at) + idle
    return user, outcome, (min(row.expires_at, idle_end) - now).total_seconds()


def apply_session_check(session: Session, token: str, outcome: str) -> None:
    """Slides a session's idle expiry ("touch") or deletes a dead session ("drop")."""
    row = session.get(StaffSession, hash_token(token))
    if row is None:
        return
    if outcome == "drop":
        session.delete(row)
    elif outcome == "touch":
        row.last_seen_at = utcnow()
        session.add(row)


def resolve_session(session: Session, token: str, settings: Settings) -> StaffUser | None:
    """Returns the staff user of a live session (sliding idle expiry, fixed absolute expiry), or None."""
    user, outcome = check_session(session, token, settings)
    if outcome:
        apply_session_check(session, token, outcome)
    return user


def close_session(session: Session, token: str) -> None:
    """Deletes the session behind the token (and this process forgets the sessions it remembers)."""
    forget_sessions(session)
    session.exec(delete(StaffSession).where(col(StaffSession.token_hash) == hash_token(token)))


def close_all_sessions(session: Session, staff_id: int) -> int:
    """Deletes every session of a staff account (disabled, password changed); returns how many."""
    forget_sessions(session)
    result = session.exec(delete(StaffSession).where(col(StaffSession.staff_id) == staff_id))
    return int(result.rowcount or 0)


def update_staff(
    session: Session,
    user: StaffUser,
    *,
    active: bool | None = None,
    role: StaffRole | None = None,
    password: str | None = None,
    display_name: str | None = None,
) -> StaffUser:
    """Changes a staff account; disabling it or changing its password or role ends all its sessions at once."""
    end_sessions = False
    if password is not None:
        check_password(password)
        user.password_hash = _hasher.hash(password)
        end_sessions = True
    if active is not None and active != user.active:
        user.active = active
        end_sessions = end_sessions or not active
    if role is not None and role != user.role:
        user.role = role
        end_sessions = True
    if display_name is not None:
        user.display_name = display_name
    session.add(user)
    session.flush()
    if end_sessions:
        close_all_sessions(session, row_id(user))
    return user
