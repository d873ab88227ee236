"""Volunteer rules without a database: what a pause or withdrawal can be undone to, and until when."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.enums import VolunteerStatus

# How long a pause or withdrawal offers 「元に戻す」 after it was made (by staff or by the volunteer).
UNDO_WINDOW = timedelta(minutes=30)

# Status changes that ask "are you sure?" first and can be undone for a while.
CONFIRMED_CHANGES = (VolunteerStatus.paused, VolunteerStatus.withdrawn)


@dataclass(frozen=True)
class Undo:
    """The status an undo returns to and the last moment it is offered."""

    to: str
    until: datetime


def undo_offer(
    events: Iterable[tuple[datetime, str, dict[str, Any]]], current: str, now: datetime
) -> Undo | None:
    """Returns the undo of the latest status change when it was a pause or withdrawal, still in force, made
    less than UNDO_WINDOW ago and recorded with the status before it; else None.

    `events` are the volunteer's audit rows (time, action, detail), newest first.
    """
    for at, action, detail in events:
        if action != "volunteer_status":
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        previous = detail.get("previous")
        if (
            detail.get("status") == current
            and current in CONFIRMED_CHANGES
            and previous
            and previous != current
            and now - at < UNDO_WINDOW
        ):
            return Undo(to=str(previous), until=at + UNDO_WINDOW)
        return None
    return None
