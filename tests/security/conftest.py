"""Fixtures of the security tests: a counting password hasher, an admin login, canary data."""

from __future__ import annotations

from typing import Any

import pytest

from service.staff import auth
from service.staff.auth import _hasher
from tests.conftest import STAFF_PASSWORD, login, make_staff


class CountingHasher:
    """Wraps the argon2 hasher and counts verify() calls (PasswordHasher has slots, so it cannot be patched)."""

    def __init__(self, real: Any) -> None:
        self.real, self.verify_calls = real, 0

    def verify(self, *args: Any) -> Any:
        self.verify_calls += 1
        return self.real.verify(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> CountingHasher:
    counting = CountingHasher(_hasher)
    monkeypatch.setattr(auth, "_hasher", counting)
    return counting


@pytest.fixture
def admin(client, engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Headers of a logged-in admin."""
    make_staff(engine, "chief", role="admin")
    token = login(client, "chief")
    client.cookies.clear()
    return {"Authorization": f"Bearer {token}"}


__all__ = ["STAFF_PASSWORD", "CountingHasher"]
