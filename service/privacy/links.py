"""Private links (/v/<token>, /r/<token>): only the token's SHA-256 is stored."""

from __future__ import annotations

import secrets

from sqlmodel import Session

from schemas.models import (
    PrivateLink,
)
from service.staff.tokens import hash_token  # not staff.auth: it computes an argon2 hash at import


def create_private_link(session: Session, *, kind: str, entity_id: int, org_id: str) -> str:
    """Returns a new unguessable token for the entity; only its SHA-256 is stored."""
    token = secrets.token_urlsafe(24)
    session.add(PrivateLink(token_hash=hash_token(token), kind=kind, entity_id=entity_id, org_id=org_id))
    return token


def resolve_private_link(session: Session, token: str, kind: str) -> int:
    """Returns the entity id behind a private link, or raises 404."""
    link = session.get(PrivateLink, hash_token(token)) if 10 <= len(token) <= 100 else None
    if link is None or link.kind != kind:
        # imported here: the CLI reaches this module through the volunteers' use-cases, never this path, and
        # Litestar is a second of every command's start
        from litestar.exceptions import NotFoundException

        raise NotFoundException()
    return link.entity_id
