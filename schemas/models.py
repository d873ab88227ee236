"""Tables and the API's Create/Update/Read families (the SQLModel idiom: XBase → XCreate/XUpdate/XRead, X table)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, StringConstraints, WithJsonSchema, field_validator
from sqlalchemy import JSON, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from schemas.contact import EMAIL_PATTERN, email_problem, normalize_email, normalize_phone
from schemas.enums import (
    JobKind,
    JobStatus,
    ProposalStatus,
    RequesterKind,
    RequestStatus,
    Roster,
    StaffRole,
    VolunteerStatus,
)
from schemas.schedule import Schedule

DEFAULT_ORG = "kiyose"

Slot = Annotated[str, StringConstraints(pattern=r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")]
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
SkillTag = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=60),
    # documented as it is checked: blanks are stripped first, so a tag needs one other character (and no NUL)
    WithJsonSchema(
        {"type": "string", "minLength": 1, "maxLength": 60, "pattern": "^[^\\x00]*[^\\s\\x00][^\\x00]*$"}
    ),
]


def _email(value: Any) -> Any:
    """Normalises an address and refuses an impossible one, suggesting what was probably meant."""
    if not isinstance(value, str):
        return value
    problem = email_problem(value)
    if problem:
        raise ValueError(" | ".join(problem))  # Japanese | English: the API's error handler splits them
    return normalize_email(value)


def _phone(value: Any) -> Any:
    """Turns full-width digits and dashes into 0-9 and '-' (０４２－４９５－１２３４ → 042-495-1234)."""
    return normalize_phone(value) if isinstance(value, str) else value


Email = Annotated[
    str,
    BeforeValidator(_email),
    StringConstraints(max_length=254),
    # documented as schemas.contact checks it (after NFKC, so full-width typing is accepted as well)
    WithJsonSchema({"type": "string", "maxLength": 254, "pattern": EMAIL_PATTERN}),
]
Phone = Annotated[
    str,
    BeforeValidator(_phone),
    StringConstraints(pattern=r"^\+?[0-9()\-]{6,20}$"),
    # documented as typed: full-width digits and dashes are accepted and stored as 0-9 and "-"
    WithJsonSchema({"type": "string", "pattern": "^\\+?[0-9０-９()\\-ー－]{6,20}$"}),
]


def utcnow() -> datetime:
    """Returns the current time, timezone-aware in UTC (SQLModel stores and returns datetimes in UTC)."""
    return datetime.now(UTC)


class Contact(SQLModel):
    email: Email | None = None
    phone: Phone | None = None


def _unique(values: list[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def _strict_int(value: Any) -> Any:
    """Refuses a boolean where a count is expected (pydantic would take `true` as 1)."""
    if isinstance(value, bool):
        raise ValueError("Input should be a valid integer, not a boolean")
    return value


# ---------------------------------------------------------------- volunteers


class VolunteerBase(SQLModel):
    display_name: str = Field(min_length=1, max_length=100)
    rosters: list[Roster] = Field(default_factory=lambda: [Roster.skill_bank], min_length=1, sa_type=JSON)
    skills: list[SkillTag] = Field(default_factory=list, max_length=30, sa_type=JSON)
    bio: str = Field(default="", max_length=2000)
    area: str | None = Field(default=None, max_length=60)
    availability: list[Slot] = Field(default_factory=list, max_length=21, sa_type=JSON)
    languages: list[Language] = Field(
        default_factory=lambda: ["ja"], min_length=1, max_length=10, sa_type=JSON
    )
    max_per_month: int = Field(default=4, ge=1, le=31)

    @field_validator("rosters", "skills", "availability", "languages")
    @classmethod
    def _dedupe(cls, v: list[Any]) -> list[Any]:
        return _unique(v)

    @field_validator("max_per_month", mode="before")
    @classmethod
    def _strict_count(cls, v: Any) -> Any:
        return _strict_int(v)


class VolunteerConsents(SQLModel):
    """What a volunteer agreed to at registration (APPI); absent means not agreed."""

    model_config = {"extra": "forbid"}  # a misspelt purpose must not pass as "not agreed"

    contact_share: bool = False  # name and contact may be given to a requester they are matched with


class RequestConsents(SQLModel):
    """What a requester agreed to at submission (APPI); absent means not agreed."""

    model_config = {"extra": "forbid"}

    share_with_volunteer: bool = (
        False  # the request's details and contact may be given to a matched volunteer
    )
    sensitive: bool = False  # circumstances such as illness or disability may be stored (要配慮個人情報)


class VolunteerCreate(VolunteerBase):
    external_id: str | None = Field(default=None, min_length=1, max_length=60)
    kana: str | None = Field(default=None, max_length=100)  # reading (ふりがな), stored as name_kana
    active: bool = True
    contact: Contact | None = None
    consents: VolunteerConsents | None = None


def _null_only_for(*nullable: str) -> Any:
    """Returns a json_schema_extra that documents `null` only for the given fields (the others may be left out)."""

    def extra(schema: dict[str, Any]) -> None:
        for name, prop in schema.get("properties", {}).items():
            if name not in nullable and "anyOf" in prop:
                prop["anyOf"] = [o for o in prop["anyOf"] if o.get("type") != "null"]
                prop.pop("default", None)

    return extra


class VolunteerUpdate(SQLModel):
    # a field left out stays as it is; null is refused (update_volunteer) except to clear the area or contact
    model_config = {"json_schema_extra": _null_only_for("area", "contact")}

    display_name: str | None = Field(default=None, min_length=1, max_length=100)
    kana: str | None = Field(default=None, max_length=100)  # "" or null clears the reading
    rosters: list[Roster] | None = Field(default=None, min_length=1)
    skills: list[SkillTag] | None = Field(default=None, max_length=30)
    bio: str | None = Field(default=None, max_length=2000)
    area: str | None = Field(default=None, max_length=60)
    availability: list[Slot] | None = Field(default=None, max_length=21)
    languages: list[Language] | None = Field(default=None, min_length=1, max_length=10)
    max_per_month: int | None = Field(default=None, ge=1, le=31)
    status: VolunteerStatus | None = None
    contact: Contact | None = None


class Volunteer(VolunteerBase, table=True):
    __tablename__ = "volunteer"
    __table_args__ = (
        UniqueConstraint("org_id", "external_id", name="uq_volunteer_external_id"),
        # the warm matcher's refresh: volunteers of an organisation changed since a moment (migration 0009)
        Index("ix_volunteer_org_id_updated_at", "org_id", "updated_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # no index on org_id or updated_at alone: the two above serve every query (migration 0012)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40)
    external_id: str | None = Field(default=None, max_length=60)
    status: str = Field(default=VolunteerStatus.active, max_length=20, index=True)
    contact_email: str | None = Field(default=None, max_length=254)
    contact_phone: str | None = Field(default=None, max_length=40)
    name_kana: str | None = Field(default=None, max_length=100)  # reading (ふりがな), from roster imports
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # The console's search text, folded (service/search.py keeps them on every write): names, reading, bio,
    # skills; and skills with bio for the skill box.
    search_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    skill_key: str = Field(default="", sa_column_kwargs={"server_default": ""})


class VolunteerRead(VolunteerBase):
    id: int
    external_id: str | None
    kana: str | None = None
    status: VolunteerStatus
    contact: Contact | None = None
    created_at: datetime
    updated_at: datetime


class VolunteerCreated(SQLModel):
    id: int
    status: VolunteerStatus


# ---------------------------------------------------------------- help requests


class HelpRequestBase(SQLModel):
    requester_kind: RequesterKind = RequesterKind.resident
    requester_name: str = Field(min_length=1, max_length=100)
    title: str = Field(default="", max_length=200)
    description: str = Field(min_length=1, max_length=4000)
    skills: list[SkillTag] = Field(default_factory=list, max_length=20, sa_type=JSON)
    area: str | None = Field(default=None, max_length=60)
    slots: list[Slot] = Field(default_factory=list, max_length=21, sa_type=JSON)
    languages: list[Language] = Field(default_factory=lambda: ["ja"], max_length=10, sa_type=JSON)
    remote_ok: bool = False
    helpers_needed: int = Field(default=1, ge=1, le=20)

    @field_validator("skills", "slots", "languages")
    @classmethod
    def _dedupe(cls, v: list[Any]) -> list[Any]:
        return _unique(v)

    @field_validator("helpers_needed", mode="before")
    @classmethod
    def _strict_count(cls, v: Any) -> Any:
        return _strict_int(v)


class HelpRequestCreate(HelpRequestBase):
    external_id: str | None = Field(default=None, min_length=1, max_length=60)
    contact: Contact | None = None
    consents: RequestConsents | None = None
    schedule: Schedule | None = None  # when: left out = 日程は相談 (to be arranged)


class HelpRequest(HelpRequestBase, table=True):
    __tablename__ = "help_request"
    __table_args__ = (
        UniqueConstraint("org_id", "external_id", name="uq_help_request_external_id"),
        Index("ix_help_request_org_id_status", "org_id", "status"),  # open requests of an organisation
    )

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40, index=True)
    external_id: str | None = Field(default=None, max_length=60)
    status: str = Field(default=RequestStatus.new, max_length=20, index=True)
    explanation: list[str] = Field(default_factory=list, sa_type=JSON)
    contact_email: str | None = Field(default=None, max_length=254)
    contact_phone: str | None = Field(default=None, max_length=40)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    matched_at: datetime | None = None
    outcome: str | None = Field(default=None, max_length=20)  # schemas.activity.RequestOutcome, set on close
    outcome_reason: str | None = Field(default=None, max_length=500)
    closed_at: datetime | None = None
    # schemas.schedule.Schedule as JSON (None: 日程は相談), and the dates the requester cancelled (ISO strings)
    schedule: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    cancelled_dates: list[str] = Field(
        default_factory=list, sa_type=JSON, sa_column_kwargs={"server_default": "[]"}
    )
    # The console's search text, folded (service/search.py keeps them on every write): requester, title,
    # description, skills; and the same without the requester for the skill box.
    search_key: str = Field(default="", sa_column_kwargs={"server_default": ""})
    skill_key: str = Field(default="", sa_column_kwargs={"server_default": ""})


class HelpRequestRead(HelpRequestBase):
    id: int
    external_id: str | None
    status: RequestStatus
    explanation: list[str] = []
    approved_count: int = 0
    contact: Contact | None = None
    created_at: datetime
    updated_at: datetime
    matched_at: datetime | None = None
    outcome: str | None = None
    outcome_reason: str | None = None
    closed_at: datetime | None = None
    schedule: Schedule = Field(default_factory=Schedule)
    cancelled_dates: list[date] = []
    next_dates: list[date] = []  # the next occurrences (JST), cancelled ones left out


class HelpRequestCreated(SQLModel):
    id: int
    status: RequestStatus


# ---------------------------------------------------------------- proposals


class Proposal(SQLModel, table=True):
    __tablename__ = "proposal"
    __table_args__ = (
        UniqueConstraint("request_id", "volunteer_id", name="uq_proposal_request_volunteer"),
        # the warm matcher's "proposals moved since" (index-only: it filters on status and reads volunteer_id)
        Index("ix_proposal_updated_at_status", "updated_at", "status", "volunteer_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="help_request.id", index=True)
    volunteer_id: int = Field(foreign_key="volunteer.id", index=True)
    rank: int
    score: float
    factors: dict[str, float] = Field(default_factory=dict, sa_type=JSON)
    reasons: list[str] = Field(default_factory=list, sa_type=JSON)
    algorithm: str = Field(max_length=40)
    status: str = Field(default=ProposalStatus.pending, max_length=20, index=True)
    decided_by: int | None = Field(default=None, foreign_key="staff_user.id")
    decided_at: datetime | None = None
    decision_note: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # the volunteer's answer to an approved proposal (accepted / declined), and the one reminder before it
    answered_at: datetime | None = None
    answer_note: str | None = Field(default=None, max_length=500)
    reminded_at: datetime | None = None
    # the date the assignment is for: the next occurrence of a recurring request when approved; None = every date
    # of a one-off request, or 日程は相談
    occurrence_date: date | None = None


class ProposalRead(SQLModel):
    id: int
    request_id: int
    volunteer_id: int
    volunteer_name: str
    rank: int
    score: float
    factors: dict[str, float]
    reasons: list[str]
    algorithm: str
    status: ProposalStatus
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None
    occurrence_date: date | None = None
    # the volunteer's answer: when they accepted or declined (None: not answered), and their reason for declining
    answered_at: datetime | None = None
    answer_note: str | None = None


class Decision(SQLModel):
    reason: str | None = Field(default=None, max_length=500)


# ---------------------------------------------------------------- work records


class MatchingJob(SQLModel, table=True):
    """The record of work: a request (or volunteer change) that still has to be matched."""

    __tablename__ = "matching_job"
    # the warm matcher's "did an import commit since?" (migration 0009)
    __table_args__ = (Index("ix_matching_job_kind_created_at", "kind", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default=JobKind.match_request, max_length=30)
    request_id: int | None = Field(default=None, foreign_key="help_request.id", index=True)
    volunteer_id: int | None = Field(default=None, foreign_key="volunteer.id", index=True)
    status: str = Field(default=JobStatus.pending, max_length=20, index=True)
    attempts: int = 0
    lease_until: datetime | None = None
    dispatched_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class StaffUser(SQLModel, table=True):
    __tablename__ = "staff_user"

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40, index=True)
    username: str = Field(max_length=80, unique=True)
    display_name: str = Field(default="", max_length=100)
    password_hash: str = Field(max_length=255)
    role: str = Field(default=StaffRole.staff, max_length=20)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class StaffSession(SQLModel, table=True):
    """A login; only the SHA-256 of the token is stored."""

    __tablename__ = "staff_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    staff_id: int = Field(foreign_key="staff_user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime


class Login(SQLModel):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=200)


class LoginResult(SQLModel):
    token: str
    username: str
    role: StaffRole
    expires_at: datetime


class AuditEvent(SQLModel, table=True):
    """One row per decision; rows are never updated or deleted."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=100)
    action: str = Field(max_length=40, index=True)
    entity: str = Field(max_length=40)
    entity_id: int | None = None
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SkillSynonym(SQLModel, table=True):
    """A word staff added to a taxonomy skill, merged into the matcher without a code change."""

    __tablename__ = "skill_synonym"
    __table_args__ = (UniqueConstraint("org_id", "skill_id", "word", name="uq_skill_synonym"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40)
    skill_id: str = Field(max_length=80)
    word: str = Field(max_length=60)
    created_by: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utcnow)


class SkillSynonymCreate(SQLModel):
    skill_id: str = Field(min_length=1, max_length=80)
    word: SkillTag


class PrivateLink(SQLModel, table=True):
    """A private link given to a volunteer or requester after they submit; only the token's SHA-256 is stored."""

    __tablename__ = "private_link"

    token_hash: str = Field(primary_key=True, max_length=64)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40)
    kind: str = Field(max_length=20)  # "volunteer" or "request"
    entity_id: int = Field(index=True)
    created_at: datetime = Field(default_factory=utcnow)


class IdempotencyRecord(SQLModel, table=True):
    """The answer given to a submission with an Idempotency-Key, stored in the submission's own transaction."""

    __tablename__ = "idempotency_record"
    __table_args__ = (UniqueConstraint("org_id", "route", "key", name="uq_idempotency_key"),)

    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(default=DEFAULT_ORG, max_length=40)
    route: str = Field(max_length=80)
    key: str = Field(max_length=200)
    body_hash: str = Field(max_length=64)
    status_code: int
    response: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    created_at: datetime = Field(default_factory=utcnow, index=True)


import schemas.learning  # noqa: E402,F401  (registers the weight set table)
import schemas.outbox  # noqa: E402,F401  (registers the outbox table)
import schemas.privacy  # noqa: E402,F401  (registers the consent and provision tables)
import schemas.staff  # noqa: E402,F401  (registers the login throttle table)
from schemas.activity import (  # noqa: E402,F401  (registers the activity tables)
    Activity,
    ActivityVolunteer,
    MetricTarget,
)
