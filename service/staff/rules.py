"""Staff account rules, pure."""

from __future__ import annotations

from schemas.enums import StaffRole
from service.errors import InputError


def check_account_change(
    *, actor_id: int | None, target_id: int | None, active: bool | None, role: StaffRole | None
) -> None:
    """Raises InputError when an admin would disable or demote their own account (an office must keep one admin
    who can undo mistakes)."""
    if actor_id == target_id and (active is False or (role is not None and role != StaffRole.admin)):
        raise InputError(
            "自分自身を無効化・降格することはできません。",
            "You cannot disable or demote your own account.",
            field="active",
        )
