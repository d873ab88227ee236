"""The pure rules of the domain: no database, milliseconds."""

from __future__ import annotations

import pytest

from schemas.enums import ProposalStatus, RequestStatus, StaffRole
from service.errors import Conflict, InputError
from service.proposals.rules import check_approval, fill_state
from service.requests.rules import requester_status
from service.staff.rules import check_account_change

OK = dict(status=ProposalStatus.pending, volunteer_active=True, taken=0, needed=2, month_taken=0, capacity=4)


def test_a_pending_proposal_with_room_and_capacity_may_be_approved():
    check_approval(**OK)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"status": ProposalStatus.approved}, "already approved"),
        ({"status": ProposalStatus.rejected}, "already rejected"),
        ({"volunteer_active": False}, "not active"),
        ({"taken": 2}, "all the helpers"),
        ({"taken": 3}, "all the helpers"),
        ({"month_taken": 4}, "monthly capacity"),
    ],
)
def test_each_refusal_says_why_in_both_languages(change, words):
    with pytest.raises(Conflict) as caught:
        check_approval(**{**OK, **change})
    assert words in caught.value.message_en
    assert caught.value.message_ja


def test_a_full_request_is_refused_before_the_volunteers_capacity_is_mentioned():
    with pytest.raises(Conflict, match="all the helpers"):
        check_approval(**{**OK, "taken": 2, "month_taken": 9})


@pytest.mark.parametrize(
    ("taken", "needed", "found", "state"),
    [
        (0, 1, True, RequestStatus.proposed),
        (0, 1, False, RequestStatus.no_candidates),
        (1, 3, False, RequestStatus.partially_filled),
        (2, 3, True, RequestStatus.partially_filled),
        (3, 3, True, RequestStatus.filled),
        (1, 1, False, RequestStatus.filled),
    ],
)
def test_fill_state(taken, needed, found, state):
    assert fill_state(taken=taken, needed=needed, has_candidates=found) == state


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (RequestStatus.new, RequestStatus.proposed),
        (RequestStatus.matching, RequestStatus.proposed),
        (RequestStatus.no_candidates, RequestStatus.proposed),
        (RequestStatus.proposed, RequestStatus.proposed),
        (RequestStatus.partially_filled, RequestStatus.partially_filled),
        (RequestStatus.filled, RequestStatus.filled),
        (RequestStatus.closed, RequestStatus.closed),
    ],
)
def test_a_requester_never_sees_the_matchers_internal_states(stored, shown):
    assert requester_status(stored) == shown


def test_an_admin_cannot_disable_or_demote_their_own_account():
    with pytest.raises(InputError):
        check_account_change(actor_id=1, target_id=1, active=False, role=None)
    with pytest.raises(InputError):
        check_account_change(actor_id=1, target_id=1, active=None, role=StaffRole.staff)
    check_account_change(actor_id=1, target_id=1, active=True, role=StaffRole.admin)
    check_account_change(actor_id=1, target_id=2, active=False, role=StaffRole.staff)
