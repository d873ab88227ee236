"""State enums; their values are what is stored and what the API speaks."""

from enum import StrEnum


class Roster(StrEnum):
    skill_bank = "skill_bank"  # 特技バンク
    digital = "digital"  # デジタルボランティア


class VolunteerStatus(StrEnum):
    active = "active"
    paused = "paused"
    withdrawn = "withdrawn"


class RequesterKind(StrEnum):
    resident = "resident"
    group = "group"


class RequestStatus(StrEnum):
    new = "new"
    matching = "matching"
    proposed = "proposed"
    no_candidates = "no_candidates"
    partially_filled = "partially_filled"
    filled = "filled"
    done = "done"
    closed = "closed"


# Requests the matcher still works on; a volunteer change re-scores these.
OPEN_REQUEST_STATUSES = (
    RequestStatus.new,
    RequestStatus.matching,
    RequestStatus.proposed,
    RequestStatus.no_candidates,
    RequestStatus.partially_filled,
)


class ProposalStatus(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    accepted = "accepted"
    declined = "declined"
    completed = "completed"


# Proposals that count as a helper taken for the request and against the volunteer's capacity.
TAKEN_PROPOSAL_STATUSES = (ProposalStatus.approved, ProposalStatus.accepted, ProposalStatus.completed)


class JobKind(StrEnum):
    match_request = "match_request"
    volunteer_changed = "volunteer_changed"
    # many volunteers changed at once (an import): re-score every open request of the organisation
    volunteers_imported = "volunteers_imported"


class JobStatus(StrEnum):
    pending = "pending"
    running = "running"
    done = "done"
    failed = "failed"


class StaffRole(StrEnum):
    staff = "staff"
    admin = "admin"
