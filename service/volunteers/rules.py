"""Volunteer rules without a database: what a pause or withdrawal can be undone to, and until when; and what a
digital volunteer knows and how they teach, kept as skill tags.

The volunteer has no column for devices; the skills list (JSON) is where what someone can do lives, the
staff console shows it and the matcher reads it as skill text. So the form's device and teaching-style
checkboxes become fixed skill tags (「iPhone」, 「講座・相談会」…) and are taken back out of the skills when
the form is filled in again.
"""

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


# form value → the skill tag stored (Japanese: what staff read and requests are written in)
DEVICES: dict[str, str] = {
    "iphone": "iPhone",
    "android": "Android",
    "raku_raku": "らくらくホン",
    "tablet": "タブレット",
    "pc": "パソコン",
}
TEACHING: dict[str, str] = {
    "one_to_one": "個別に教える",  # ActivityFormat.one_to_one
    "class": "講座・相談会で教える",  # ActivityFormat.group_class
}
_TAG_TO_DEVICE = {tag: key for key, tag in DEVICES.items()}
_TAG_TO_TEACHING = {tag: key for key, tag in TEACHING.items()}


def digital_tags(devices: list[str], teaching: list[str]) -> list[str]:
    """Returns the skill tags for the checked devices and teaching styles (unknown values are ignored)."""
    return [DEVICES[d] for d in DEVICES if d in devices] + [TEACHING[f] for f in TEACHING if f in teaching]


def merge_skills(skills: list[str], devices: list[str], teaching: list[str]) -> list[str]:
    """Returns the typed skills followed by the device and teaching tags, without repeats."""
    typed = [s for s in skills if s not in _TAG_TO_DEVICE and s not in _TAG_TO_TEACHING]
    return list(dict.fromkeys(typed + digital_tags(devices, teaching)))


def split_skills(skills: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Returns (typed skills, device keys, teaching keys) from stored skills: the inverse of merge_skills."""
    typed = [s for s in skills if s not in _TAG_TO_DEVICE and s not in _TAG_TO_TEACHING]
    devices = [_TAG_TO_DEVICE[s] for s in skills if s in _TAG_TO_DEVICE]
    teaching = [_TAG_TO_TEACHING[s] for s in skills if s in _TAG_TO_TEACHING]
    return typed, devices, teaching
