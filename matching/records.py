"""Translate skills-bank interchange records (JSON Lines, see design.md) into matcher types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .types import SLOTS, HelpRequest, Load, Volunteer

_SLOTS = frozenset(SLOTS)


def _slots(values: Any) -> frozenset[str]:
    return frozenset(s.strip().lower() for s in (values or ()) if s and s.strip().lower() in _SLOTS)


def _langs(values: Any, default: frozenset[str]) -> frozenset[str]:
    langs = frozenset(x.strip().lower() for x in (values or ()) if x and x.strip())
    return langs or default


def volunteer_from_record(rec: Mapping[str, Any]) -> Volunteer:
    """Returns a Volunteer from an interchange record ("external_id" or "id" becomes the id)."""
    load = rec.get("load") or {}
    return Volunteer(
        id=str(rec.get("external_id") or rec.get("id")),
        skills=tuple(str(s) for s in rec.get("skills") or () if s),
        bio=rec.get("bio") or "",
        area=rec.get("area") or None,
        availability=_slots(rec.get("availability")),
        languages=_langs(rec.get("languages"), frozenset({"ja"})),
        rosters=frozenset(rec.get("rosters") or ()),
        max_per_month=4 if rec.get("max_per_month") is None else int(rec["max_per_month"]),
        active=bool(rec.get("active", True)),
        load=Load(
            **{
                k: load[k]
                for k in ("recent_proposals", "recent_approvals", "month_accepted", "ever_matched")
                if k in load
            }
        ),
    )


def request_from_record(rec: Mapping[str, Any]) -> HelpRequest:
    """Returns a HelpRequest from an interchange record ("external_id" or "id" becomes the id)."""
    return HelpRequest(
        id=str(rec.get("external_id") or rec.get("id")),
        title=rec.get("title") or "",
        description=rec.get("description") or "",
        skills=tuple(str(s) for s in rec.get("skills") or () if s),
        area=rec.get("area") or None,
        slots=_slots(rec.get("slots")),
        languages=_langs(rec.get("languages"), frozenset()),
        remote_ok=bool(rec.get("remote_ok", False)),
        helpers_needed=int(rec.get("helpers_needed") or 1),
        excluded=frozenset(rec.get("excluded") or ()),
        requester=str(rec.get("requester_name") or ""),
    )
