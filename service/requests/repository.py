"""Help request queries."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from schemas.enums import (
    TAKEN_PROPOSAL_STATUSES,
)
from schemas.models import (
    HelpRequest,
    Proposal,
)
from service.errors import NotFound


def get_request(session: Session, request_id: int, org_id: str) -> HelpRequest:
    """Returns the request or raises NotFound."""
    request = session.get(HelpRequest, request_id)
    if request is None or request.org_id != org_id:
        raise NotFound("依頼", "Request", request_id)
    return request


def approved_count(session: Session, request_id: int) -> int:
    """Returns how many helpers are taken for the request."""
    return session.exec(
        select(func.count())
        .select_from(Proposal)
        .where(Proposal.request_id == request_id, col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
    ).one()


def list_requests(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[HelpRequest]:
    """Returns requests, newest first."""
    q = select(HelpRequest).where(HelpRequest.org_id == org_id)
    if status:
        q = q.where(HelpRequest.status == status)
    return list(session.exec(q.order_by(col(HelpRequest.id).desc()).offset(offset).limit(limit)))
