"""Periods of the plan's metrics: local (Asia/Tokyo) dates, fiscal years (April–March: FY2026 = 令和8年度 =
2026-04-01 … 2027-03-31), and the period a request asks for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


def local_date(moment: datetime) -> date:
    """Returns the Asia/Tokyo calendar date of a stored instant (naive values are UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(JST).date()


def fiscal_year_of(day: date) -> int:
    """Returns the fiscal year (April–March) a local date belongs to."""
    return day.year if day.month >= 4 else day.year - 1


def reiwa_label(fiscal_year: int) -> str:
    """Returns the Japanese name of a fiscal year: 2026 → 令和8年度 (2019 → 令和元年度)."""
    n = fiscal_year - 2018
    if n < 1:
        return f"{fiscal_year}年度"
    return f"令和{'元' if n == 1 else n}年度"


MAX_PERIOD_DAYS = 30 * 366


@dataclass(frozen=True)
class Period:
    """Local (Asia/Tokyo) dates, both inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("the period ends before it starts")
        if (self.end - self.start).days > MAX_PERIOD_DAYS:
            # figures over millennia cost seconds of a web thread and mean nothing
            raise ValueError("the period is longer than 30 years")

    @classmethod
    def fiscal_year(cls, fy: int) -> Period:
        return cls(date(fy, 4, 1), date(fy + 1, 3, 31))

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.start, time(), JST).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.end + timedelta(days=1), time(), JST).astimezone(UTC)

    @property
    def whole_fiscal_year(self) -> int | None:
        fy = fiscal_year_of(self.start)
        return fy if self == Period.fiscal_year(fy) else None

    def label(self) -> str:
        fy = self.whole_fiscal_year
        if fy is not None:
            return f"{reiwa_label(fy)}（{fy}年度: {self.start.isoformat()}〜{self.end.isoformat()}）"
        return f"{self.start.isoformat()}〜{self.end.isoformat()}"

    def has(self, moment: datetime | date | None) -> bool:
        if moment is None:
            return False
        day = moment if not isinstance(moment, datetime) else local_date(moment)
        return self.start <= day <= self.end

    def months(self) -> list[str]:
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def parse_period(
    date_from: str | None, date_to: str | None, fiscal_year: int | None = None, today: date | None = None
) -> Period:
    """Returns the period asked for: a fiscal year, or from/to dates; default the current fiscal year."""
    if fiscal_year is not None:
        return Period.fiscal_year(fiscal_year)
    today = today or datetime.now(JST).date()
    default = Period.fiscal_year(fiscal_year_of(today))
    start = date.fromisoformat(date_from) if date_from else default.start
    end = (
        date.fromisoformat(date_to)
        if date_to
        else (default.end if not date_from else max(start, default.end))
    )
    return Period(start, end)
