"""Help request queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from schemas.enums import (
    OPEN_REQUEST_STATUSES,
    TAKEN_PROPOSAL_STATUSES,
)
from schemas.models import (
    HelpRequest,
    Proposal,
)
from service.errors import NotFound
from service.search import search_key


def get_request(session: Session, request_id: int, org_id: str) -> HelpRequest:
    """Returns the request or raises NotFound."""
    request = session.get(HelpRequest, request_id)
    if request is None or request.org_id != org_id:
        raise NotFound("依頼", "Request", request_id)
    return request


def require_request(session: Session, request_id: int, org_id: str) -> None:
    """Raises NotFound unless the organisation has this request (reads its id only, not the whole row)."""
    found = session.exec(
        select(HelpRequest.id).where(HelpRequest.id == request_id, HelpRequest.org_id == org_id)
    ).first()
    if found is None:
        raise NotFound("依頼", "Request", request_id)


def open_schedules(session: Session, org_id: str) -> list[tuple[int, Any, Any]]:
    """Returns (id, stored schedule, cancelled dates) of the organisation's open requests that carry a schedule:
    three columns, not the rows (the Today page reads them to find requests with no date left)."""
    return [
        (int(rid or 0), schedule, cancelled)
        for rid, schedule, cancelled in session.exec(
            select(HelpRequest.id, HelpRequest.schedule, HelpRequest.cancelled_dates).where(
                HelpRequest.org_id == org_id,
                col(HelpRequest.status).in_(OPEN_REQUEST_STATUSES),
                col(HelpRequest.schedule).is_not(None),
            )
        ).all()
    ]


def requests_by_ids(session: Session, request_ids: list[int]) -> list[HelpRequest]:
    """Returns the requests with these ids, in id order."""
    if not request_ids:
        return []
    return list(
        session.exec(
            select(HelpRequest).where(col(HelpRequest.id).in_(request_ids)).order_by(col(HelpRequest.id))
        )
    )


def approved_count(session: Session, request_id: int) -> int:
    """Returns how many helpers are taken for the request."""
    return session.exec(
        select(func.count())
        .select_from(Proposal)
        .where(Proposal.request_id == request_id, col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
    ).one()


def approved_counts(session: Session, request_ids: list[int]) -> dict[int, int]:
    """Returns how many helpers are taken for each of the requests (one query for a whole page)."""
    if not request_ids:
        return {}
    rows = session.exec(
        select(Proposal.request_id, func.count())
        .where(col(Proposal.request_id).in_(request_ids), col(Proposal.status).in_(TAKEN_PROPOSAL_STATUSES))
        .group_by(col(Proposal.request_id))
    ).all()
    return dict.fromkeys(request_ids, 0) | {int(rid): int(n) for rid, n in rows}


def list_requests(
    session: Session, org_id: str, *, status: str | None, limit: int, offset: int
) -> list[HelpRequest]:
    """Returns requests, newest first."""
    q = select(HelpRequest).where(HelpRequest.org_id == org_id)
    if status:
        q = q.where(HelpRequest.status == status)
    return list(session.exec(q.order_by(col(HelpRequest.id).desc()).offset(offset).limit(limit)))


def search_requests(
    session: Session,
    org_id: str,
    *,
    words: str = "",
    skill: str = "",
    area: str = "",
    status: str = "",
    limit: int,
    offset: int,
    expand: Callable[[str], list[str]] | None = None,
) -> list[HelpRequest]:
    """Returns requests matching the staff console's filters, newest first; an empty filter is no filter.

    words and skill match kana-, width- and case-insensitively anywhere in the stored keys (service/search.py):
    each word of words in the requester's name, title, description or skills; skill in the title, description
    and skills. `expand` turns a word into the keys it stands for (synonyms); any of them matches.
    """
    q = select(HelpRequest).where(HelpRequest.org_id == org_id)
    if status:
        q = q.where(HelpRequest.status == status)
    if area:
        q = q.where(HelpRequest.area == area)
    for word in words.split():
        if keys := _keys(word, expand):
            q = q.where(or_(*(col(HelpRequest.search_key).contains(k, autoescape=True) for k in keys)))
    if keys := _keys(skill, expand):
        q = q.where(or_(*(col(HelpRequest.skill_key).contains(k, autoescape=True) for k in keys)))
    return list(session.exec(q.order_by(col(HelpRequest.id).desc()).offset(offset).limit(limit)))


def _keys(word: str, expand: Callable[[str], list[str]] | None) -> list[str]:
    if expand is not None:
        return expand(word)
    key = search_key(word)
    return [key] if key else []


def accepted_proposals(session: Session, request_id: int) -> list[Proposal]:
    """Returns the request's proposals the volunteer accepted (or already carried out), first answered first."""
    return list(
        session.exec(
            select(Proposal)
            .where(Proposal.request_id == request_id, col(Proposal.status).in_(("accepted", "completed")))
            .order_by(col(Proposal.answered_at), col(Proposal.id))
        ).all()
    )


def taken_open_proposals(session: Session, request_id: int) -> list[Proposal]:
    """Returns the request's approved and accepted proposals: the volunteers still expecting to help."""
    return list(
        session.exec(
            select(Proposal).where(
                Proposal.request_id == request_id, col(Proposal.status).in_(("approved", "accepted"))
            )
        ).all()
    )
