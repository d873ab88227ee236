"""When a request is for: one or several dates, a weekly or monthly recurrence, or 「日程は相談」 (to be arranged)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints, model_validator
from sqlmodel import Field, SQLModel


class ScheduleKind(StrEnum):
    to_arrange = "to_arrange"  # 日程は相談: agreed with the requester later
    dates = "dates"  # one date or several (a one-off: a helper comes on each)
    weekly = "weekly"  # 毎週◯曜 from `start` (to `end`)
    monthly = "monthly"  # 毎月第N◯曜 from `start` (to `end`); a month without a 5th ◯曜 has no occurrence


class Weekday(StrEnum):
    mon = "mon"
    tue = "tue"
    wed = "wed"
    thu = "thu"
    fri = "fri"
    sat = "sat"
    sun = "sun"


class TimeOfDay(StrEnum):
    am = "am"  # 午前
    pm = "pm"  # 午後
    eve = "eve"  # 夜


RECURRING = (ScheduleKind.weekly, ScheduleKind.monthly)

# Dates outside these years are typing mistakes (and keep the occurrence arithmetic inside the calendar).
FIRST_YEAR, LAST_YEAR = 2000, 2100

StartTime = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class Schedule(SQLModel):
    """When: `kind` says which other fields count. Rules stated in words (400 naming `schedule`): `dates` needs
    1–20 dates; `weekly` needs `weekday` and `start`; `monthly` needs `weekday`, `nth` and `start`; `end` is not
    before `start`; every date lies in 2000–2100."""

    model_config = {"extra": "forbid"}

    kind: ScheduleKind = ScheduleKind.to_arrange
    dates: list[date] = Field(default_factory=list, max_length=20)
    weekday: Weekday | None = None
    nth: int | None = Field(default=None, ge=1, le=5)  # 第N (monthly)
    start: date | None = None
    end: date | None = None
    time_of_day: TimeOfDay | None = None  # 午前 / 午後 / 夜
    start_time: StartTime | None = None  # "14:00" (JST)

    @model_validator(mode="after")
    def _consistent(self) -> Schedule:
        problem = schedule_problem(self)
        if problem:
            raise ValueError(" | ".join(problem))  # Japanese | English: the error handlers split them
        # what does not belong to the kind is dropped, so the stored schedule says one thing
        if self.kind != ScheduleKind.dates:
            self.dates = []
        else:
            self.dates = sorted(set(self.dates))
        if self.kind not in RECURRING:
            self.weekday = self.nth = self.start = self.end = None
        elif self.kind == ScheduleKind.weekly:
            self.nth = None
        return self


def schedule_problem(s: Schedule) -> tuple[str, str] | None:
    """Returns (Japanese, English) of what is wrong with a schedule, or None."""
    if s.kind == ScheduleKind.dates and not s.dates:
        return "日付を1つ以上選んでください。", "Choose at least one date."
    if s.kind in RECURRING:
        if s.weekday is None:
            return "曜日を選んでください。", "Choose the day of the week."
        if s.kind == ScheduleKind.monthly and s.nth is None:
            return "第何週かを選んでください。", "Choose which week of the month."
        if s.start is None:
            return "いつから始めるか、開始日を選んでください。", "Choose the first date (start)."
        if s.end is not None and s.end < s.start:
            return "終了日は開始日より後にしてください。", "The end date must not be before the start date."
    days = (
        [*s.dates, *(d for d in (s.start, s.end) if d is not None)]
        if s.kind != ScheduleKind.to_arrange
        else []
    )
    if any(not FIRST_YEAR <= d.year <= LAST_YEAR for d in days):
        return (
            f"日付は{FIRST_YEAR}年から{LAST_YEAR}年までにしてください。",
            f"Dates must lie between {FIRST_YEAR} and {LAST_YEAR}.",
        )
    return None


class DateCancelled(SQLModel):
    """One date of a request cancelled (staff, `POST /api/requests/{id}/dates/{day}/cancel`): who was told."""

    request_id: int
    day: date  # the date cancelled
    volunteers_told: int  # the approved and accepted volunteers of that date, each told through the outbox
    cancelled_dates: list[date]  # every date of the request cancelled so far
    next_dates: list[date]  # the next five dates left (JST)
