"""Japanese reasons and empty-list explanations a coordinator reads at a glance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from .areas import Areas
from .types import DAYS, SLOTS, HelpRequest, Volunteer

DAY_JA = dict(zip(DAYS, ("月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"), strict=True))
PART_JA = {"am": "午前", "pm": "午後", "eve": "夕方"}
LANG_JA = {
    "ja": "日本語",
    "en": "英語",
    "zh": "中国語",
    "vi": "ベトナム語",
    "ko": "韓国語",
    "tl": "タガログ語",
    "ne": "ネパール語",
    "es": "スペイン語",
    "pt": "ポルトガル語",
    "fr": "フランス語",
}
WEEKDAYS = frozenset(s for s in SLOTS if s[:3] in DAYS[:5])
WEEKENDS = frozenset(s for s in SLOTS if s[:3] in DAYS[5:])


def slot_ja(slot: str) -> str:
    """Returns 土曜午前 for sat-am (anything else as given: it is shown, never trusted)."""
    d, _sep, p = slot.partition("-")
    if d in DAY_JA and p in PART_JA:
        return DAY_JA[d] + PART_JA[p]
    return slot


def slots_ja(slots: Collection[str]) -> str:
    """Returns a short Japanese list of slots in week order."""
    ordered = [s for s in SLOTS if s in slots]
    return "・".join(slot_ja(s) for s in ordered[:3]) + ("など" if len(ordered) > 3 else "")


def days_ja(slots: Collection[str]) -> str:
    """Returns the days of a slot set (土曜・日曜)."""
    days = [d for d in DAYS if any(s.startswith(d) for s in slots)]
    return "・".join(DAY_JA[d] for d in days)


def area_reason(rel: str, areas: Areas, v: Volunteer) -> str:
    """Returns the area reason for a relation."""
    name = areas.name(v.area)
    return {
        "same": f"同じ町({name})",
        "neighbour": f"隣の町({name})",
        "far": f"離れた町({name})",
        "unknown": "地域が未登録",
        "remote": "リモート対応可の依頼",
    }[rel]


def time_reason(req: HelpRequest, v: Volunteer) -> str | None:
    """Returns the time reason: the common slot, or what is unknown."""
    if not req.slots:  # any time suits the request; one who never said when they are free is less sure
        return None if v.availability else "空き時間が未登録"
    if not v.availability:
        return f"{days_ja(req.slots)}の空きが不明"
    common = req.slots & v.availability
    return f"{slots_ja(common)}に対応可" if common else None


def availability_summary(avail_sets: list[frozenset[str]]) -> str:
    """Returns how a group of volunteers is available (平日のみ, 土日のみ, or the common days)."""
    if all(a and a <= WEEKDAYS for a in avail_sets):
        return "平日のみ対応"
    if all(a and a <= WEEKENDS for a in avail_sets):
        return "土日のみ対応"
    c = Counter(s for a in avail_sets for s in a)
    return f"主に{slots_ja([s for s, _ in c.most_common(3)])}に対応"


def lang_ja(code: str) -> str:
    """Returns the Japanese name of a language code."""
    return LANG_JA.get(code, code)
