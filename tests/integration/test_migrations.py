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


def test_search_keys_are_filled_for_the_rows_stored_before_0007(db_url):
    from alembic import command
    from sqlalchemy import MetaData, Table, select

    from schemas.models import HelpRequest, Volunteer
    from service.migrate import alembic_config
    from service.search import request_keys, volunteer_keys

    engine = make_engine(db_url)
    try:
        cfg = alembic_config(db_url)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        volunteer = Volunteer(
            display_name="山田 花子", name_kana="やまだ はなこ", skills=["スマホ", "LINE"], bio="Ｗｉ－Ｆｉ"
        )
        request = HelpRequest(
            requester_name="佐藤 一郎", title="ＬＩＮＥ", description="すまほ", skills=["書道"]
        )
        with engine.begin() as conn:
            for row in (volunteer, request):
                table = Table(row.__tablename__, MetaData(), autoload_with=conn)
                values = row.model_dump(exclude={"id", "search_key", "skill_key"})
                # the columns of 0006: later migrations' columns (0011's schedule…) did not exist yet
                conn.execute(table.insert().values(**{k: v for k, v in values.items() if k in table.c}))
        upgrade(engine)
        assert drift(engine) == []
        with engine.connect() as conn:
            v = conn.execute(select(Volunteer.search_key, Volunteer.skill_key)).one()  # type: ignore[call-overload]
            r = conn.execute(select(HelpRequest.search_key, HelpRequest.skill_key)).one()  # type: ignore[call-overload]
        assert tuple(v) == volunteer_keys("山田 花子", "やまだ はなこ", "Ｗｉ－Ｆｉ", ["スマホ", "LINE"])
        assert tuple(v) == ("山田花子ヤマダハナコwifiスマホline", "スマホlinewifi")
        assert tuple(r) == request_keys("佐藤 一郎", "ＬＩＮＥ", "すまほ", ["書道"])
    finally:
        upgrade(engine)
        engine.dispose()


def test_a_database_at_the_head_is_checked_without_loading_alembic(db_url, tmp_path):
    """The web app's start checks the migrations on every start: at the head it is one query, not Alembic's import
    and its reading of every script (about half a second of each start); behind the head Alembic migrates."""
    import os
    import subprocess
    import sys

    from alembic.script import ScriptDirectory

    from service.migrate import alembic_config, current_revisions, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config(db_url)).get_current_head()
    engine = make_engine(db_url)
    try:
        assert current_revisions(engine) == {head_revision()}
    finally:
        engine.dispose()
    code = """
import sys
from service.db import make_engine
from service.migrate import upgrade
upgrade(make_engine(sys.argv[1]))
print("alembic" in sys.modules)
"""
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    env = {**os.environ, "SKILLBANK_VAR_DIR": str(tmp_path)}
    loaded = [
        subprocess.run(
            [sys.executable, "-c", code, url], capture_output=True, text=True, check=True, env=env
        ).stdout.strip()
        for url in (db_url, fresh, fresh)
    ]
    # at the head: no Alembic; a new database: Alembic migrates it; then it is at the head too
    assert loaded == ["False", "True", "False"]
    engine = make_engine(fresh)
    try:
        assert drift(engine) == []
    finally:
        engine.dispose()
