"""Staff: the login throttle table (counters shared by every web process) and the admin API's account shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import StringConstraints
from sqlmodel import Field, SQLModel

from schemas.enums import StaffRole

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


class LoginThrottle(SQLModel, table=True):
    """A counter of one key in a fixed window, shared by every process: failed logins per account ("u:"), address
    ("a:") and (account, usual address) pair ("p:"), an account's usual addresses ("k:", window_start = the last
    correct password there) — service.staff.throttle — and anonymous public submissions per hashed address ("s:",
    service.ratelimit)."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=80)
    window_start: datetime
    attempts: int = 0
