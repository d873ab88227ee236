"""The schema comes from the migrations, and the models never drift from them."""

from __future__ import annotations

from sqlalchemy import inspect

from service.db import make_engine
from service.migrate import drift, upgrade


def test_migrated_database_matches_the_models(db_url):
    engine = make_engine(db_url)
    try:
        assert drift(engine) == []
        tables = set(inspect(engine).get_table_names())
        assert {
            "volunteer",
            "help_request",
            "proposal",
            "matching_job",
            "staff_user",
            "audit_event",
        } <= tables
        upgrade(engine)  # idempotent: a second run changes nothing
        assert drift(engine) == []
    finally:
        engine.dispose()
