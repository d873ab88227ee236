"""Staff account shapes for the admin API: create, change, read (never the password hash)."""

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
