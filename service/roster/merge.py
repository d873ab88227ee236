"""Merging two records of the same person: the roster import's rule for what is kept, and the staff console's
merge of two existing volunteers (everything that pointed at the other record then points at the kept one).

What is kept: the kept record's values; a field it leaves empty is filled from the other record; skills and
rosters (and, for two existing records, the time slots and languages) are united. The other record is deleted
once nothing points at it any more, so a deletion of the kept person (service/privacy/rights.py) deletes
everything both records held.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import col, select

from schemas.activity import Activity, ActivityVolunteer
from schemas.enums import ProposalStatus, VolunteerStatus
from schemas.models import MatchingJob, PrivateLink, Proposal, Volunteer, VolunteerUpdate
from schemas.outbox import OutboxMessage
from schemas.privacy import Consent, Provision
from service.audit import audit
from service.errors import Conflict
from service.i18n import Message
from service.roster.sheet import likely_same, name_key, phone_digits
from service.uow import UnitOfWork
from service.volunteers.repository import get_volunteer
from service.volunteers.usecases import update_volunteer

# Fields united rather than filled: a roster import's later row adds skills and rosters to the first row.
IMPORT_UNION = ("skills", "rosters")
# Two existing records of one person: what either says they can do, when and in which language, counts.
RECORD_UNION = ("skills", "rosters", "availability", "languages")

# The order in which merge compares fields (and the console shows them).
MERGED_FIELDS = (
    "display_name",
    "kana",
    "rosters",
    "skills",
    "bio",
    "area",
    "availability",
    "languages",
    "max_per_month",
    "contact",
)


def volunteer_keys(v: Volunteer) -> dict[str, str]:
    """Returns the keys duplicate detection compares (service/roster/sheet.py's likely_same)."""
    return {
        "name": name_key(v.display_name),
        "kana": name_key(v.name_kana or ""),
        "phone": phone_digits(v.contact_phone),
        "email": (v.contact_email or "").lower(),
        "area": v.area or "",
    }


def merge_data(first: dict[str, Any], later: dict[str, Any], union: tuple[str, ...] = IMPORT_UNION) -> None:
    """Fills what `first` (an interchange record) lacks from `later`; the `union` fields are united."""
    for k, v in later.items():
        if k in union:
            merged = list(dict.fromkeys([*first.get(k, []), *v]))
            first[k] = merged[:30] if k == "skills" else merged
        elif k == "contact":
            contact = dict(first.get("contact") or {})
            for ck, cv in (v or {}).items():
                contact[ck] = contact.get(ck) or cv
            first["contact"] = contact
        elif k not in first or not first[k]:
            first[k] = v


def record_of(v: Volunteer) -> dict[str, Any]:
    """Returns the fields a merge compares, in the interchange shape."""
    return {
        "display_name": v.display_name,
        "kana": v.name_kana or "",
        "rosters": list(v.rosters),
        "skills": list(v.skills),
        "bio": v.bio,
        "area": v.area,
        "availability": list(v.availability),
        "languages": list(v.languages),
        "max_per_month": v.max_per_month,
        "contact": {"email": v.contact_email, "phone": v.contact_phone},
    }


@dataclass
class MergePlan:
    """Both records and the one the merge makes: per field, where the merged value comes from."""

    keep: Volunteer
    other: Volunteer
    merged: dict[str, Any]
    sources: dict[str, str]  # field → "keep" | "other" | "both" | "" (empty in both)
    # the import's duplicate detection: why they look like one person (a catalogue message; None: no sign)
    why_same: Message | None
    refusal: Conflict | None = None


def _source(field_: str, keep: Any, other: Any, merged: Any) -> str:
    if merged in (None, "", [], {}) or (field_ == "contact" and not any((merged or {}).values())):
        return ""
    if field_ == "contact":
        from_keep = {k for k, val in (merged or {}).items() if val and (keep or {}).get(k) == val}
        from_other = {k for k, val in (merged or {}).items() if val and k not in from_keep}
        return "both" if from_keep and from_other else ("other" if from_other else "keep")
    if merged == keep:
        return "keep"
    if merged == other:
        return "other"
    return "both"


def merge_plan(session: Any, *, keep_id: int, other_id: int, org_id: str) -> MergePlan:
    """Returns what merging `other_id` into `keep_id` would make, with the refusal if it cannot be done."""
    keep = get_volunteer(session, keep_id, org_id)
    other = get_volunteer(session, other_id, org_id)
    a, b = record_of(keep), record_of(other)
    merged = {
        k: (dict(v) if isinstance(v, dict) else (list(v) if isinstance(v, list) else v)) for k, v in a.items()
    }
    merge_data(merged, b, RECORD_UNION)
    sources = {f: _source(f, a[f], b[f], merged[f]) for f in MERGED_FIELDS}
    plan = MergePlan(keep, other, merged, sources, likely_same(volunteer_keys(keep), volunteer_keys(other)))
    if keep_id == other_id:
        plan.refusal = Conflict(
            "同じ登録どうしはまとめられません。もう一方の登録を選んでください。",
            "A record cannot be merged into itself: choose the other record.",
            field="other",
        )
    elif keep.status == VolunteerStatus.withdrawn and other.status != VolunteerStatus.withdrawn:
        plan.refusal = Conflict(
            "退会した登録には統合できません。活動中の登録のほうを残してください。",
            "Cannot keep a withdrawn record over an active one: keep the active record instead.",
            field="other",
        )
    return plan


def merge_counts(session: Any, other_id: int) -> dict[str, int]:
    """Returns how many proposals, activities and messages of the other record a merge moves."""
    from sqlalchemy import func

    def count(q: Any) -> int:
        return int(session.exec(q).one())

    return {
        "proposals": count(
            select(func.count()).select_from(Proposal).where(Proposal.volunteer_id == other_id)
        ),
        "activities": count(
            select(func.count())
            .select_from(ActivityVolunteer)
            .where(ActivityVolunteer.volunteer_id == other_id)
        ),
        "messages": count(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.recipient_kind == "volunteer", OutboxMessage.recipient_id == other_id)
        ),
    }


# What points at a volunteer: (name in the merge's audit row, table, id column, the column saying it is a volunteer).
_REFERENCES: tuple[tuple[str, Any, str, str | None], ...] = (
    ("proposals", Proposal, "volunteer_id", None),
    ("activities", ActivityVolunteer, "volunteer_id", None),
    ("jobs", MatchingJob, "volunteer_id", None),
    ("consents", Consent, "entity_id", "kind"),
    ("provisions", Provision, "from_id", "from_kind"),
    ("provisions", Provision, "to_id", "to_kind"),
    ("messages", OutboxMessage, "recipient_id", "recipient_kind"),
    ("private_links", PrivateLink, "entity_id", "kind"),
)


# Of two proposals of one person for one request, the one further along the way stays.
_PROGRESS = {
    ProposalStatus.completed: 5,
    ProposalStatus.accepted: 4,
    ProposalStatus.approved: 3,
    ProposalStatus.declined: 2,
    ProposalStatus.rejected: 1,
    ProposalStatus.pending: 0,
}


@dataclass
class MergeResult:
    keep_id: int
    other_id: int
    from_other: list[str]
    moved: dict[str, int] = field(default_factory=dict)


def merge_volunteers(
    uow: UnitOfWork, *, keep_id: int, other_id: int, org_id: str, actor: str, areas_path: Path
) -> MergeResult:
    """Merges the other record into the kept one in the caller's unit of work: the kept record takes the merged
    fields; proposals, activities, consents, provision records, messages, private links and jobs of the other
    point at the kept record; the other record is deleted; one `merge` audit row on the kept record says who
    merged what (ids and field names only) and ties the other's audit rows (append-only, so they keep its id)
    to it: the kept record's history shows them (service/volunteers/repository.py merged_ids). Raises Conflict (merging a record into itself, keeping a withdrawn one)."""
    session = uow.session
    plan = merge_plan(session, keep_id=keep_id, other_id=other_id, org_id=org_id)
    if plan.refusal is not None:
        raise plan.refusal
    keep_rec = record_of(plan.keep)
    changes = {k: v for k, v in plan.merged.items() if v != keep_rec[k]}
    moved: dict[str, int] = {}

    # Proposals: one per (request, volunteer). Where both records have one for a request, the one further along
    # stays and what pointed at the other (messages, activities, provision and audit rows) follows it.
    ours = {p.request_id: p for p in session.exec(select(Proposal).where(Proposal.volunteer_id == keep_id))}
    theirs = list(session.exec(select(Proposal).where(Proposal.volunteer_id == other_id)))
    joined: dict[str, int] = {}
    for p in theirs:
        mine = ours.get(p.request_id)
        if mine is None:
            continue
        stay, go = (
            (p, mine)
            if _PROGRESS[ProposalStatus(p.status)] > _PROGRESS[ProposalStatus(mine.status)]
            else (mine, p)
        )
        _repoint_proposal(session, go.id, stay.id)  # type: ignore[arg-type]
        session.exec(delete(Proposal).where(col(Proposal.id) == go.id))
        joined[str(go.id)] = stay.id  # type: ignore[assignment]
    session.expire_all()
    both = select(ActivityVolunteer.activity_id).where(ActivityVolunteer.volunteer_id == keep_id)
    session.exec(
        delete(ActivityVolunteer).where(
            col(ActivityVolunteer.volunteer_id) == other_id, col(ActivityVolunteer.activity_id).in_(both)
        )
    )
    for name, model, column, kind_column in _REFERENCES:
        where = [col(getattr(model, column)) == other_id]
        if kind_column:
            where.append(col(getattr(model, kind_column)) == "volunteer")
        moved[name] = moved.get(name, 0) + _count(
            session.exec(update(model).where(*where).values({column: keep_id}))
        )
    moved["proposals_joined"] = len(joined)
    session.exec(delete(Volunteer).where(col(Volunteer.id) == other_id))
    session.expire_all()
    if changes:
        update_volunteer(
            uow=uow,
            volunteer_id=keep_id,
            data=VolunteerUpdate.model_validate(changes),
            areas_path=areas_path,
            org_id=org_id,
            actor=actor,
        )
    from_other = [f for f, s in plan.sources.items() if s in ("other", "both")]
    audit(
        session,
        actor=actor,
        action="merge",
        entity="volunteer",
        entity_id=keep_id,
        merged=other_id,
        fields_from_other=from_other,
        moved=moved,
        joined_proposals=joined,
    )
    session.flush()
    return MergeResult(keep_id, other_id, from_other, moved)


def _repoint_proposal(session: Any, old: int, new: int) -> None:
    """Points what refers to proposal `old` at proposal `new` (before `old` is deleted); its audit rows keep
    their id (append-only) and the merge row names the joined proposals."""
    session.exec(update(OutboxMessage).where(col(OutboxMessage.proposal_id) == old).values(proposal_id=new))
    session.exec(update(Activity).where(col(Activity.proposal_id) == old).values(proposal_id=new))
    session.exec(update(Provision).where(col(Provision.proposal_id) == old).values(proposal_id=new))


def _count(result: Any) -> int:
    return int(result.rowcount or 0)
