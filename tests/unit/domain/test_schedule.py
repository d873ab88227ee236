"""Occurrences of a request's schedule (pure): dates, weekly and monthly recurrences, 第5週, month ends, JST."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from schemas.schedule import Schedule
from service.requests.schedule import (
    date_text,
    nth_weekday,
    occurrence_text,
    occurrences,
    rule_text,
    today_jst,
)


def test_dates_are_sorted_deduplicated_and_those_before_the_start_or_cancelled_are_left_out() -> None:
    s = Schedule(
        kind="dates", dates=[date(2026, 12, 24), date(2026, 12, 10), date(2026, 12, 10), date(2026, 12, 1)]
    )
    assert s.dates == [date(2026, 12, 1), date(2026, 12, 10), date(2026, 12, 24)]
    assert occurrences(s, start=date(2026, 12, 3)) == [date(2026, 12, 10), date(2026, 12, 24)]
    assert occurrences(s, start=date(2026, 12, 3), cancelled=["2026-12-10"]) == [date(2026, 12, 24)]
    assert occurrences(s, start=date(2026, 12, 25)) == []


def test_weekly_starts_on_the_first_matching_weekday_and_stops_at_the_end_date() -> None:
    # 2026-12-03 is a Thursday; every Saturday from then to 2026-12-26 inclusive
    s = Schedule(kind="weekly", weekday="sat", start=date(2026, 12, 3), end=date(2026, 12, 26))
    assert occurrences(s, start=date(2026, 12, 1), limit=10) == [
        date(2026, 12, 5),
        date(2026, 12, 12),
        date(2026, 12, 19),
        date(2026, 12, 26),
    ]
    # no end: as many as asked for, across the year's end
    open_ended = Schedule(kind="weekly", weekday="mon", start=date(2026, 12, 21))
    assert occurrences(open_ended, start=date(2026, 12, 22), limit=3) == [
        date(2026, 12, 28),
        date(2027, 1, 4),
        date(2027, 1, 11),
    ]


def test_monthly_nth_weekday_skips_a_month_without_a_fifth_one() -> None:
    # 第5土曜: 2026-01-31, none in February, none in March… 2026-05-30, 2026-08-29
    s = Schedule(kind="monthly", weekday="sat", nth=5, start=date(2026, 1, 1))
    assert occurrences(s, start=date(2026, 1, 1), limit=4) == [
        date(2026, 1, 31),
        date(2026, 5, 30),
        date(2026, 8, 29),
        date(2026, 10, 31),
    ]
    assert nth_weekday(2026, 2, 5, 5) is None  # February 2026 has four Saturdays


def test_monthly_at_month_ends_and_the_start_inside_a_month() -> None:
    # 第2土曜 (子ども食堂): the start after this month's second Saturday moves to the next month
    s = Schedule(kind="monthly", weekday="sat", nth=2, start=date(2026, 12, 13), end=date(2027, 3, 13))
    assert occurrences(s, start=date(2026, 12, 1), limit=10) == [
        date(2027, 1, 9),
        date(2027, 2, 13),
        date(2027, 3, 13),  # the end date itself counts
    ]
    # 第5水曜 in a 31-day month ending on a Wednesday (2026-12-30 is the 5th Wednesday)
    assert nth_weekday(2026, 12, 2, 5) == date(2026, 12, 30)
    assert nth_weekday(2028, 2, 1, 5) == date(2028, 2, 29)  # leap year: February's 5th Tuesday


def test_a_recurrence_that_began_long_ago_is_counted_from_the_start_asked_for() -> None:
    s = Schedule(kind="weekly", weekday="sun", start=date(2001, 1, 7))
    assert occurrences(s, start=date(2026, 12, 3), limit=2) == [date(2026, 12, 6), date(2026, 12, 13)]


def test_to_be_arranged_has_no_dates() -> None:
    assert occurrences(Schedule(), start=date(2026, 12, 3)) == []
    assert rule_text(Schedule(), "ja") == "日程は相談"
    assert rule_text(Schedule(time_of_day="pm"), "ja") == "日程は相談 午後"


def test_today_is_kiyoses_date_not_the_servers() -> None:
    # 2026-12-03 20:30 UTC is already 12-04 in Kiyose (JST, UTC+9)
    assert today_jst(datetime(2026, 12, 3, 20, 30, tzinfo=UTC)) == date(2026, 12, 4)
    assert today_jst(datetime(2026, 12, 3, 14, 59, tzinfo=UTC)) == date(2026, 12, 3)


def test_words_in_japanese_and_english() -> None:
    s = Schedule(kind="monthly", weekday="sat", nth=2, start=date(2026, 12, 1), start_time="10:00")
    assert rule_text(s, "ja") == "毎月第2土曜 10:00から"
    assert rule_text(s, "en") == "the 2nd Sat of each month, from 10:00"
    assert date_text(date(2026, 12, 12), "ja") == "2026年12月12日(土)"
    assert occurrence_text(s, date(2026, 12, 12), "en") == "Sat 12 Dec 2026 from 10:00"


@pytest.mark.parametrize(
    "data, english",
    [
        ({"kind": "dates"}, "at least one date"),
        ({"kind": "weekly", "start": "2026-12-01"}, "day of the week"),
        ({"kind": "monthly", "weekday": "sat", "start": "2026-12-01"}, "which week"),
        ({"kind": "weekly", "weekday": "sat"}, "first date"),
        ({"kind": "weekly", "weekday": "sat", "start": "2026-12-01", "end": "2026-11-01"}, "end date"),
        ({"kind": "dates", "dates": ["1900-01-01"]}, "between 2000 and 2100"),
    ],
)
def test_an_incomplete_schedule_is_refused_in_both_languages(data: dict, english: str) -> None:
    with pytest.raises(ValidationError) as exc:
        Schedule.model_validate(data)
    ja, _, en = str(exc.value.errors()[0]["msg"]).removeprefix("Value error, ").partition(" | ")
    assert english in en and ja


def test_fields_of_another_kind_are_dropped() -> None:
    s = Schedule.model_validate(
        {"kind": "weekly", "weekday": "tue", "start": "2026-12-01", "nth": 3, "dates": ["2026-12-09"]}
    )
    assert s.nth is None and s.dates == []
