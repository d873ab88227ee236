"""The rules of a staff decision, pure: who may be approved, and what a request's state becomes.

No database here: the use-cases read the facts (under row locks), ask these functions, then write. The unit
tests in tests/unit/domain check every rule in milliseconds.
"""

from __future__ import annotations

from schemas.enums import ProposalStatus, RequestStatus
from service.errors import Conflict
from service.status_labels import status_label


def check_approval(
    *,
    status: ProposalStatus,
    volunteer_active: bool,
    taken: int,
    needed: int,
    month_taken: int,
    capacity: int,
) -> None:
    """Raises Conflict unless a proposal may be approved: still pending, volunteer active, a place left on the
    request, and the volunteer under their monthly capacity."""
    if status != ProposalStatus.pending:
        raise Conflict(
            f"この提案は既に「{status_label(status, 'ja', proposal=True)}」です。",
            f"This proposal is already {status_label(status, 'en', proposal=True).lower()}.",
        )
    if not volunteer_active:
        raise Conflict("このボランティアは現在活動を休止しています。", "This volunteer is not active.")
    if taken >= needed:
        raise Conflict(
            "この依頼は必要な人数がすでに決まっています。",
            "This request already has all the helpers it needs.",
        )
    if month_taken >= capacity:
        raise Conflict(
            "このボランティアは今月の受け入れ上限に達しています。",
            "This volunteer has reached their monthly capacity.",
        )


def fill_state(*, taken: int, needed: int, has_candidates: bool) -> RequestStatus:
    """Returns an open request's state from the helpers taken and whether the matcher found anyone."""
    if taken:
        return RequestStatus.filled if taken >= needed else RequestStatus.partially_filled
    return RequestStatus.proposed if has_candidates else RequestStatus.no_candidates
