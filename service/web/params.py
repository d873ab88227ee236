"""Shared pieces of the JSON API: access options, paging parameters, idempotent public submissions."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter

from schemas.enums import StaffRole
from schemas.models import (
    StaffUser,
)
from service.errors import InputError
from service.idempotency import check_key, run_once
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import current_staff

PUBLIC = {"public": True}


Limit = Annotated[int, Parameter(ge=1, le=500, default=50)]


Offset = Annotated[int, Parameter(ge=0, default=0)]


IdempotencyKey = Annotated[
    str | None,
    Parameter(
        header="Idempotency-Key",
        required=False,
        max_length=200,
        description="Retry-safe submission: same key, same answer",
    ),
]


IDEMPOTENCY_RESPONSES = {
    422: ResponseSpec(
        data_container=dict[str, Any], description="The Idempotency-Key was used with another body"
    )
}


def submit_once(
    uow: UnitOfWork, settings: Settings, route: str, key: str | None, data: Any, action: Any
) -> Response[Any]:
    """Runs a public submission at most once per Idempotency-Key (the doorbell rings after the commit).

    The unit of work is committed here, in the handler's worker thread, before the answer is made: otherwise the
    commit waited for a hop back to the event loop and another to a worker thread, with SQLite's write lock held
    all along, and concurrent submissions queued behind those hops. The answer still follows the commit (a
    submission that failed to commit is answered with an error, never 201)."""
    checked = check_key(key)
    answer, status_code = uow.retrying(
        lambda: run_once(uow, org_id=settings.org_id, route=route, key=checked, data=data, action=action)
    )
    uow.finish()
    return Response(answer, status_code=status_code)


def refuse_anonymous_external_id(request: Request, external_id: str | None) -> None:
    """Public registration takes no `external_id`: a 409 for a taken one would tell strangers which ids exist (an
    existence oracle). Staff (a live session) and the CLI's roster imports keep it."""
    if external_id is not None and current_staff(request) is None:
        raise InputError(
            "外部IDは職員の登録・一括取り込みでのみ指定できます。この項目を外して送信してください。",
            "external_id is for staff entry and roster imports only; leave it out.",
            field="external_id",
        )


def require_admin(staff: StaffUser) -> None:
    from litestar.exceptions import PermissionDeniedException

    if staff.role != StaffRole.admin:
        raise PermissionDeniedException(detail="Admin role required.")


# Declared access for the app's deny-by-default wall: staff pages check the login in the handler as well; the
# private-link pages are public because the token is the credential.
STAFF_ACCESS = {"access": "staff"}
