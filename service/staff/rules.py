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


MIN_PASSWORD_LENGTH = 10


# Passwords every guessing list starts with (the ones long enough to pass the length rule), lower-cased.
COMMON_PASSWORDS = frozenset(
    {
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "p@ssw0rd123",
        "1234567890",
        "12345678910",
        "123456789012",
        "0987654321",
        "1q2w3e4r5t",
        "1qaz2wsx3edc",
        "qwertyuiop",
        "qwerty12345",
        "qwerty123456",
        "asdfghjkl;",
        "zxcvbnm123",
        "iloveyou123",
        "abcdefghij",
        "abc1234567",
        "abcd123456",
        "welcome123",
        "letmein123",
        "admin12345",
        "administrator",
        "changeme123",
        "football123",
        "baseball123",
        "monkey12345",
        "dragon12345",
        "sunshine123",
        "princess123",
        "trustno1234",
        "skillbank123",
        "skillbank2026",
        "kiyose12345",
    }
)


def password_problem(password: str) -> InputError | None:
    """Returns why a new staff password is refused (too short, a well-known password, one character or a short
    pattern repeated), or None (ASVS V6.2: length, and no password from a list of common ones)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return InputError(
            f"パスワードは{MIN_PASSWORD_LENGTH}文字以上にしてください。",
            f"The password must have at least {MIN_PASSWORD_LENGTH} characters.",
            field="password",
        )
    folded = password.casefold()
    if folded in COMMON_PASSWORDS:
        return InputError(
            "よく使われるパスワードは使えません。推測されにくい言葉の組み合わせにしてください。",
            "This password is on a list of common passwords; choose a less guessable one.",
            field="password",
        )
    if any(folded == (folded[:n] * (len(folded) // n + 1))[: len(folded)] for n in (1, 2, 3)):
        return InputError(
            "同じ文字や短い並びの繰り返しはパスワードに使えません。",
            "The password must not be one character or a short pattern repeated.",
            field="password",
        )
    return None


def check_password(password: str) -> None:
    """Raises the InputError of password_problem, if any."""
    problem = password_problem(password)
    if problem is not None:
        raise problem
