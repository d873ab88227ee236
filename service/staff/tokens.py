"""How session tokens and private-link tokens are stored: their SHA-256 digest (no hashing library to load)."""

from __future__ import annotations

import hashlib


def hash_token(token: str) -> str:
    """Returns the SHA-256 hex digest under which a session token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()
