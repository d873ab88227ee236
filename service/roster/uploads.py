"""Roster files uploaded in the staff console, kept between the dry run and the import (they hold personal data:
private to the service's user, named by a random token, deleted after the import or within a day)."""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

# What the console accepts: what service.roster.sheet.read_sheet reads.
UPLOAD_SUFFIXES = (".csv", ".xlsx", ".xlsm")
MAX_UPLOAD_BYTES = 5_000_000
KEEP_SECONDS = 24 * 3600
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,40}")


def _dir(var_dir: Path) -> Path:
    folder = var_dir / "imports"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def save_upload(var_dir: Path, filename: str, data: bytes) -> str:
    """Stores an uploaded roster and returns its token; removes uploads older than KEEP_SECONDS."""
    folder = _dir(var_dir)
    cutoff = time.time() - KEEP_SECONDS
    for old in folder.iterdir():
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    token = secrets.token_urlsafe(18)
    path = folder / f"{token}{Path(filename).suffix.lower()}"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return token


def upload_path(var_dir: Path, token: str) -> Path | None:
    """Returns the stored file of a token, or None (unknown, expired or malformed token)."""
    if not _TOKEN.fullmatch(token):
        return None
    for suffix in UPLOAD_SUFFIXES:
        path = _dir(var_dir) / f"{token}{suffix}"
        if path.exists():
            return path
    return None


def delete_upload(var_dir: Path, token: str) -> None:
    """Deletes a stored upload (after its import)."""
    path = upload_path(var_dir, token)
    if path is not None:
        path.unlink(missing_ok=True)
