"""Applies the Alembic migrations programmatically (no alembic.ini needed) and checks for drift."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlmodel import SQLModel

import schemas.models  # noqa: F401
from service.db import normalise_url, read_only

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """Returns an Alembic config pointing at the project's migrations and the given database."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


@cache
def head_revision() -> str | None:
    """Returns the one head revision of the migration scripts (None if there are several), read from the
    scripts' `revision` and `down_revision` assignments without importing Alembic or the scripts."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target: ast.expr
            if isinstance(node, ast.AnnAssign) and node.value is not None:
                target, expr = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, expr = node.targets[0], node.value
            else:
                continue
            if not isinstance(target, ast.Name):
                continue
            value = ast.literal_eval(expr)
            if target.id == "revision":
                revisions.add(value)
            elif target.id == "down_revision" and value is not None:
                parents.update([value] if isinstance(value, str) else value)
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def current_revisions(engine: Engine) -> set[str]:
    """Returns the revisions the database is stamped with (empty when it was never migrated)."""
    try:
        with read_only(engine).connect() as conn:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:  # no version table yet (or no database): Alembic decides
        return set()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrates the database behind the engine to the given revision.

    A database already at the head is left without loading Alembic: the check is one query, where Alembic's
    import and its reading of every script cost each start of the web app about half a second.
    """
    if revision == "head" and (head := head_revision()) is not None and current_revisions(engine) == {head}:
        return
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def drift(engine: Engine) -> list[object]:
    """Returns the differences between the models and the migrated database (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(ctx, SQLModel.metadata))
