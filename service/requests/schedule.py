"""Occurrences of a request's schedule and how they read, pure: dates are Kiyose's (JST) calendar dates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from schemas.schedule import LAST_YEAR, RECURRING, Schedule, ScheduleKind

JST = ZoneInfo("Asia/Tokyo")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_DAY_JA = "月火水木金土日"
_DAY_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TIME = {
    "ja": {"am": "午前", "pm": "午後", "eve": "夜"},
    "en": {"am": "morning", "pm": "afternoon", "eve": "evening"},
}


def today_jst(now: datetime | None = None) -> date:
    """Returns today's date in Kiyose (Asia/Tokyo), whatever the server's zone."""
    return (now or datetime.now(JST)).astimezone(JST).date()


def as_schedule(raw: object) -> Schedule:
    """Returns the schedule stored on a request (a JSON object, or None for 日程は相談)."""
    if isinstance(raw, Schedule):
        return raw
    if isinstance(raw, dict):
        return Schedule.model_validate(raw)
    return Schedule()


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """Returns the nth given weekday (0 = Monday) of a month, or None when the month has no such day (第5週)."""
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def _recurrence(s: Schedule) -> Iterator[date]:
    assert s.weekday is not None and s.start is not None
    wd = WEEKDAYS.index(s.weekday)
    last = s.end or date(LAST_YEAR, 12, 31)
    if s.kind == ScheduleKind.weekly:
        day = s.start + timedelta(days=(wd - s.start.weekday()) % 7)
        while day <= last:
            yield day
            day += timedelta(days=7)
        return
    assert s.nth is not None
    year, month = s.start.year, s.start.month
    while date(year, month, 1) <= last:
        found = nth_weekday(year, month, wd, s.nth)
        if found is not None and s.start <= found <= last:
            yield found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def all_dates(s: Schedule) -> Iterator[date]:
    """Yields every date of a schedule in order (none for 日程は相談)."""
    if s.kind == ScheduleKind.dates:
        yield from sorted(set(s.dates))
    elif s.kind in RECURRING:
        yield from _recurrence(s)


def occurrences(
    schedule: Schedule, *, start: date, limit: int = 5, cancelled: Iterable[date | str] = ()
) -> list[date]:
    """Returns the next `limit` dates on or after `start`, leaving out the cancelled ones."""
    skip = {d if isinstance(d, date) else date.fromisoformat(d) for d in cancelled}
    found: list[date] = []
    if schedule.kind in RECURRING and schedule.start is not None and schedule.start < start:
        # a recurrence that began long ago: start counting at the month before `start`, not at its beginning
        schedule = schedule.model_copy(update={"start": max(schedule.start, start - timedelta(days=35))})
    for day in all_dates(schedule):
        if day < start or day in skip:
            continue
        found.append(day)
        if len(found) >= limit:
            break
    return found


def is_recurring(schedule: Schedule) -> bool:
    """Whether each date is staffed on its own (a recurrence) rather than all together (a one-off)."""
    return schedule.kind in RECURRING


def date_text(day: date, lang: str) -> str:
    """Returns a date as people read it: 「2026年12月10日(木)」 / "Thu 10 Dec 2026"."""
    if lang == "en":
        return f"{_DAY_EN[day.weekday()]} {day.day} {_MONTH_EN[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日({_DAY_JA[day.weekday()]})"


def time_text(schedule: Schedule, lang: str) -> str:
    """Returns the time of day in words (「午後」「14:00から」), or "" when none was given."""
    lang = "en" if lang == "en" else "ja"
    if schedule.start_time:
        return f"from {schedule.start_time}" if lang == "en" else f"{schedule.start_time}から"
    return _TIME[lang].get(schedule.time_of_day or "", "")


def rule_text(schedule: Schedule, lang: str) -> str:
    """Returns the schedule's rule in words (「毎月第2土曜」, "every Sat", 「日程は相談」)."""
    en = lang == "en"
    if schedule.kind in RECURRING and schedule.weekday:
        i = WEEKDAYS.index(schedule.weekday)
        if schedule.kind == ScheduleKind.weekly:
            rule = f"every {_DAY_EN[i]}" if en else f"毎週{_DAY_JA[i]}曜"
        else:
            ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(schedule.nth or 0, f"{schedule.nth}th")
            rule = (
                f"the {ordinal} {_DAY_EN[i]} of each month" if en else f"毎月第{schedule.nth}{_DAY_JA[i]}曜"
            )
        if schedule.end:
            rule += (
                f" until {date_text(schedule.end, lang)}" if en else f"({date_text(schedule.end, lang)}まで)"
            )
    elif schedule.kind == ScheduleKind.dates:
        rule = "on the dates below" if en else "下記の日"
    else:
        rule = "to be arranged" if en else "日程は相談"
    when = time_text(schedule, lang)
    return f"{rule}, {when}" if when and en else f"{rule} {when}" if when else rule


def occurrence_text(schedule: Schedule, day: date | None, lang: str) -> str:
    """Returns one occurrence with its time (「2026年12月10日(木) 午後」), or 「日程は相談」 without a date."""
    if day is None:
        return rule_text(schedule, lang)
    when = time_text(schedule, lang)
    return f"{date_text(day, lang)} {when}".strip()
