"""Consent rows and the kinds of person the rights apply to."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, SQLModel

from schemas.models import (
    utcnow,
)
from schemas.privacy import Consent
from service.db import insert_rows
from service.errors import InputError


def record_consents(
    session: Session,
    kind: str,
    ident: int,
    consents: SQLModel | None,
    org_id: str,
    source: str = "registration",
) -> None:
    """Stores each consent answer given at registration (granted or not) as a consent row."""
    if consents is None:
        return
    now = utcnow()
    for purpose, granted in consents.model_dump().items():
        session.add(
            Consent(
                org_id=org_id,
                kind=kind,
                entity_id=ident,
                purpose=purpose,
                granted=bool(granted),
                source=source,
                recorded_by="self",
                recorded_at=now,
            )
        )


def person_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InputError(
            "volunteers か requests を指定してください。", "Use volunteers or requests.", field="kind"
        )
    return KINDS[kind]


KINDS = {"volunteers": "volunteer", "requests": "request"}


def insert_consents(
    session: Session,
    kind: str,
    given: Sequence[tuple[int, SQLModel]],
    org_id: str,
    source: str = "registration",
) -> None:
    """Stores the consent answers of many people at once (an import): the rows record_consents stores for each
    (id, answers), in that order, inserted with one executemany."""
    now = utcnow()
    rows = [
        {
            "org_id": org_id,
            "kind": kind,
            "entity_id": ident,
            "purpose": purpose,
            "granted": bool(granted),
            "source": source,
            "recorded_by": "self",
            "recorded_at": now,
        }
        for ident, consents in given
        for purpose, granted in consents.model_dump().items()
    ]
    insert_rows(session, Consent.__table__, rows)  # type: ignore[attr-defined]
