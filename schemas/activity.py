"""Activities (what happened after a match), request outcomes and yearly targets: tables and API shapes."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import model_validator
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from schemas.enums import Roster


def _utcnow() -> datetime:
    from schemas.models import utcnow

    return utcnow()


class ActivityFormat(StrEnum):
    one_to_one = "one_to_one"  # 個別支援
    group_class = "class"  # スマホ相談会・講座: one session, several attendees


class DigitalTopic(StrEnum):
    smartphone_basics = "smartphone_basics"  # スマホ基本
    line = "line"  # LINE
    video_call = "video_call"  # ビデオ通話
    online_application = "online_application"  # オンライン申請 (マイナンバーカード, マイナポータル)
    cashless = "cashless"  # キャッシュレス決済
    internet = "internet"  # インターネット・メール
    other = "other"


def N_(message: str) -> str:
    """Marks a label for the catalogue (`make i18n`); pages show it through _() in the reader's language."""
    return message


DIGITAL_TOPIC_JA = {
    DigitalTopic.smartphone_basics: N_("スマホ基本"),
    DigitalTopic.line: "LINE",
    DigitalTopic.video_call: N_("ビデオ通話"),
    DigitalTopic.online_application: N_("オンライン申請"),
    DigitalTopic.cashless: N_("キャッシュレス"),
    DigitalTopic.internet: N_("インターネット・メール"),
    DigitalTopic.other: N_("その他"),
}


class RequestOutcome(StrEnum):
    fulfilled = "fulfilled"  # 実施・解決
    failed = "failed"  # 対応できず (reason required)
    no_longer_needed = "no_longer_needed"  # 不要になった


OUTCOME_JA = {
    RequestOutcome.fulfilled: N_("実施・解決"),
    RequestOutcome.failed: N_("対応できず"),
    RequestOutcome.no_longer_needed: N_("不要になった"),
}


# ---------------------------------------------------------------- activities


class ActivityBase(SQLModel):
    activity_date: date  # the local (Asia/Tokyo) calendar date it took place
    hours: float = Field(default=1.0, ge=0, le=24)
    people_helped: int | None = Field(default=None, ge=0, le=1000)  # default: attendees of a class, else 1
    format: ActivityFormat = ActivityFormat.one_to_one
    attendees: int | None = Field(default=None, ge=1, le=1000)
    digital_topic: DigitalTopic | None = None
    roster: Roster | None = None  # default: digital when a topic is given, else skill_bank
    area: str | None = Field(default=None, max_length=60)  # default: the request's area
    note: str = Field(default="", max_length=2000)


class ActivityCreate(ActivityBase):
    request_id: int | None = None
    proposal_id: int | None = None
    volunteer_ids: list[int] = Field(default_factory=list, max_length=50)
    helpers: int | None = Field(default=None, ge=1, le=200)  # default: the number of volunteers (at least 1)

    @model_validator(mode="after")
    def _class_has_attendees(self) -> ActivityCreate:
        if self.format == ActivityFormat.group_class and not self.attendees:
            raise ValueError("a class needs the number of attendees")
        return self


class Activity(SQLModel, table=True):
    __tablename__ = "activity"

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default="kiyose", max_length=40, index=True)
    activity_date: date = Field(index=True)
    hours: float = 1.0
    helpers: int = 1
    people_helped: int = 1
    format: str = Field(default=ActivityFormat.one_to_one, max_length=20)
    attendees: int | None = None
    digital_topic: str | None = Field(default=None, max_length=40)
    roster: str = Field(default=Roster.skill_bank, max_length=20, index=True)
    area: str | None = Field(default=None, max_length=60)
    note: str = Field(default="", max_length=2000)
    request_id: int | None = Field(default=None, foreign_key="help_request.id", index=True)
    proposal_id: int | None = Field(default=None, foreign_key="proposal.id", index=True)
    recorded_by: str = Field(max_length=100)
    confirmed_at: datetime | None = None  # the volunteer confirmed it (private link; not built yet)
    created_at: datetime = Field(default_factory=_utcnow)


class ActivityVolunteer(SQLModel, table=True):
    """Who took part in an activity (the join the metrics count distinct volunteers on)."""

    __tablename__ = "activity_volunteer"

    activity_id: int = Field(foreign_key="activity.id", primary_key=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", primary_key=True, index=True)


class ActivityRead(ActivityBase):
    id: int
    people_helped: int
    helpers: int
    roster: Roster
    request_id: int | None
    proposal_id: int | None
    volunteer_ids: list[int]
    recorded_by: str
    confirmed_at: datetime | None = None
    created_at: datetime


# ---------------------------------------------------------------- request outcome


class RequestClose(SQLModel):
    outcome: RequestOutcome
    reason: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _failed_needs_reason(self) -> RequestClose:
        if self.outcome == RequestOutcome.failed and not (self.reason or "").strip():
            raise ValueError("a failed request needs a reason")
        return self


class RequestClosed(SQLModel):
    id: int
    status: str
    outcome: RequestOutcome
    outcome_reason: str | None
    closed_at: datetime


# ---------------------------------------------------------------- targets


class MetricTarget(SQLModel, table=True):
    """A yearly target of the plan (e.g. 特技バンク registrants in FY2026), shown beside the actual figure."""

    __tablename__ = "metric_target"
    __table_args__ = (UniqueConstraint("org_id", "fiscal_year", "metric", name="uq_metric_target"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default="kiyose", max_length=40)
    fiscal_year: int
    metric: str = Field(max_length=60)
    target: float
    updated_by: str = Field(default="", max_length=100)
    updated_at: datetime = Field(default_factory=_utcnow)


class MetricTargetSet(SQLModel):
    fiscal_year: int = Field(ge=2000, le=2100)  # April–March: 2026 = 令和8年度
    metric: str = Field(min_length=1, max_length=60)
    target: float = Field(ge=0)
