"""Idempotency-Key for submissions: the same key gives the same answer; the same key with another body is refused."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from schemas.models import IdempotencyRecord
from service.errors import DomainError, InputError
from service.uow import UnitOfWork


class KeyReused(DomainError):
    status_code = 422
    code = "idempotency_key_reused"


def body_hash(data: SQLModel) -> str:
    """Returns a digest of the validated submission (so key order and spacing don't matter)."""
    canonical = json.dumps(data.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_key(key: str | None) -> str | None:
    """Returns the key, or raises a clear 400 when it is empty or too long."""
    if key is None:
        return None
    key = key.strip()
    if not 1 <= len(key) <= 200:
        raise InputError(
            "Idempotency-Key は1〜200文字で指定してください。",
            "Idempotency-Key must have 1 to 200 characters.",
            field="Idempotency-Key",
        )
    return key


def _stored(session: Session, org_id: str, route: str, key: str, digest: str) -> IdempotencyRecord | None:
    record = session.exec(
        select(IdempotencyRecord).where(
            IdempotencyRecord.org_id == org_id, IdempotencyRecord.route == route, IdempotencyRecord.key == key
        )
    ).first()
    if record is not None and record.body_hash != digest:
        raise KeyReused(
            "このIdempotency-Keyは別の内容の送信に使われています。新しいキーを使ってください。",
            "This Idempotency-Key was used with a different body; use a new key.",
            field="Idempotency-Key",
        )
    return record


def run_once(
    uow: UnitOfWork,
    *,
    org_id: str,
    route: str,
    key: str | None,
    data: SQLModel,
    action: Callable[[UnitOfWork], SQLModel],
    status_code: int = 201,
) -> tuple[dict[str, Any], int]:
    """Runs `action` in the unit of work unless the key was seen; returns (answer, status).

    The answer is stored in the same transaction as the submission, so a retry after a lost reply gets
    exactly the first answer and no second record.
    """
    session = uow.session
    if not key:  # nothing to remember: no digest of the body (a JSON dump and a hash of every submission)
        return action(uow).model_dump(mode="json"), status_code
    digest = body_hash(data)
    if (record := _stored(session, org_id, route, key, digest)) is not None:
        return record.response, record.status_code
    answer = action(uow).model_dump(mode="json")
    try:
        with session.begin_nested():
            session.add(
                IdempotencyRecord(
                    org_id=org_id,
                    route=route,
                    key=key,
                    body_hash=digest,
                    status_code=status_code,
                    response=answer,
                )
            )
    except IntegrityError:
        # A concurrent submission with the same key committed first: drop ours and answer as it did.
        uow.rollback()
        record = _stored(session, org_id, route, key, digest)
        if record is None:
            raise
        return record.response, record.status_code
    return answer, status_code
