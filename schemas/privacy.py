"""Privacy (APPI): the consent and provision tables, and the privacy API's shapes (a correction, a set of consents)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from schemas.models import Contact


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
