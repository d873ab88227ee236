"""What a requester is shown, pure: the matcher's internal states are staff business."""

from __future__ import annotations

from schemas.enums import RequestStatus

# Until staff decide, the requester reads "staff are reviewing", whatever the matcher found or did not.
_REVIEWING = (RequestStatus.new, RequestStatus.matching, RequestStatus.no_candidates)


def reference_number(request_id: int) -> str:
    """Returns the reference number people quote on the phone and read in messages (R-000042)."""
    return f"R-{request_id:06d}"


def requester_status(status: RequestStatus) -> RequestStatus:
    """Returns the state a requester sees on their private page."""
    return RequestStatus.proposed if status in _REVIEWING else status
