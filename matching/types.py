"""Plain data types the matcher reads and returns; nothing here knows about databases, HTTP or queues."""

from __future__ import annotations

from dataclasses import dataclass, field

# Distinct volunteers changed since the main segment was built that the delta holds before both are folded
# into a new main segment. The delta is rebuilt (not re-read) by the first rank after a write, at a cost that grows
# with its size (~20 ms per 1,000); folding costs a build from saved analyses (~2 s at 100k), amortised over as
# many writes.
DELTA_MAX = 2_000

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = ("am", "pm", "eve")
SLOTS = tuple(f"{d}-{p}" for d in DAYS for p in PARTS)


@dataclass(frozen=True, slots=True)
class Load:
    """Recent workload of a volunteer, computed by the caller from stored proposals/activities."""

    recent_proposals: int = 0  # pending/approved proposals in the last 30 days
    recent_approvals: int = 0  # approvals in the last 30 days
    month_accepted: int = 0  # approved/accepted activities this calendar month (capacity check)
    ever_matched: bool = False  # has ever had an approved proposal


@dataclass(frozen=True, slots=True)
class Volunteer:
    """A registrant as the matcher sees them."""

    id: str
    skills: tuple[str, ...] = ()
    bio: str = ""
    area: str | None = None
    availability: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset({"ja"})
    rosters: frozenset[str] = frozenset()
    max_per_month: int = 4
    active: bool = True
    load: Load = field(default_factory=Load)


@dataclass(frozen=True)
class HelpRequest:
    """A request for helpers as the matcher sees it."""

    id: str
    title: str = ""
    description: str = ""
    skills: tuple[str, ...] = ()
    area: str | None = None
    slots: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset({"ja"})
    remote_ok: bool = False
    helpers_needed: int = 1
    excluded: frozenset[str] = frozenset()  # volunteer ids staff rejected for this request
    requester: str = ""  # who asks (a group's or person's name): never read as a need


@dataclass(frozen=True)
class Candidate:
    """One ranked volunteer for a request: total score, per-factor scores and Japanese reasons."""

    volunteer_id: str
    score: float
    factors: dict[str, float]
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RankResult:
    """The ranking of one request; when empty, `explanation` says why in Japanese."""

    request_id: str
    algorithm: str
    candidates: tuple[Candidate, ...]
    explanation: tuple[str, ...] = ()
