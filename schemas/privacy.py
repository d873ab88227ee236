"""Shapes for the privacy API: a correction of a person's record, a set of consents."""

from __future__ import annotations

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
