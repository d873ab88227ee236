"""Tables of the security layer: throttling counters (shared by every web process through the database), consents,
provision records."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class LoginThrottle(SQLModel, table=True):
    """A counter of one key in a fixed window, shared by every process: failed logins per account ("u:"), address
    ("a:") and (account, usual address) pair ("p:"), an account's usual addresses ("k:", window_start = the last
    correct password there) — service.staff.throttle — and anonymous public submissions per hashed address ("s:",
    service.ratelimit)."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=80)
    window_start: datetime
    attempts: int = 0


class Consent(SQLModel, table=True):
    """What a person agreed to (APPI): the latest row per (kind, entity_id, purpose) is in force."""

    __tablename__ = "consent"

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default="kiyose", max_length=40)
    kind: str = Field(max_length=20)  # "volunteer" or "request"
    entity_id: int = Field(index=True)
    purpose: str = Field(
        max_length=40
    )  # "contact_share" (volunteer) / "share_with_volunteer", "sensitive" (request)
    granted: bool
    source: str = Field(default="", max_length=40)  # "web form", "paper form", "phone"
    recorded_by: str = Field(default="", max_length=100)
    recorded_at: datetime


class Provision(SQLModel, table=True):
    """A record of each provision of personal data to a third party (APPI 第三者提供の記録): who, to whom, what, when."""

    __tablename__ = "provision"

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default="kiyose", max_length=40)
    at: datetime = Field(index=True)
    actor: str = Field(max_length=100)
    proposal_id: int = Field(index=True)
    from_kind: str = Field(max_length=20)
    from_id: int
    to_kind: str = Field(max_length=20)
    to_id: int
    fields: str = Field(max_length=200)  # comma-separated field names, never the values
