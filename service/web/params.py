"""Shared pieces of the JSON API: access options, paging parameters, idempotent public submissions."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Response
from litestar.di import Provide
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter
from sqlalchemy import Engine

from schemas.enums import StaffRole
from schemas.models import (
    StaffUser,
)
from service.idempotency import check_key, run_once
from service.matching_jobs.dispatch import Dispatcher
from service.settings import Settings
from service.web.deps import provide_staff, staff_guard

PUBLIC = {"public": True}


Limit = Annotated[int, Parameter(ge=1, le=500, default=50)]


Offset = Annotated[int, Parameter(ge=0, default=0)]


STAFF = {"guards": [staff_guard], "dependencies": {"staff": Provide(provide_staff, sync_to_thread=False)}}


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
    engine: Engine,
    settings: Settings,
    dispatcher: Dispatcher,
    route: str,
    key: str | None,
    data: Any,
    action: Any,
) -> Response[Any]:
    """Runs a public submission at most once per Idempotency-Key and rings the doorbell after commit."""
    answer, status_code, jobs = run_once(
        engine, org_id=settings.org_id, route=route, key=check_key(key), data=data, action=action
    )
    dispatcher.dispatch(jobs)
    return Response(answer, status_code=status_code)


def require_admin(staff: StaffUser) -> None:
    from litestar.exceptions import PermissionDeniedException

    if staff.role != StaffRole.admin:
        raise PermissionDeniedException(detail="Admin role required.")


# Declared access for the app's deny-by-default wall: staff pages check the login in the handler as well; the
# private-link pages are public because the token is the credential.
STAFF_ACCESS = {"access": "staff"}
