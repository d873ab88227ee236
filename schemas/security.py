"""Tables of the security layer: login throttling counters (shared by every web process through the database)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class LoginThrottle(SQLModel, table=True):
    """Failed-login counter of one key ("u:<sha256 of username>" or "a:<client address>") in a fixed window."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=80)
    window_start: datetime
    attempts: int = 0
