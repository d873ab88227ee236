"""The web process starts without the ranking machinery: numpy, scikit-learn and scipy cost seconds of imports
before /health could answer (issue 11); the embedded matcher thread imports them in the background."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("numpy", "sklearn", "scipy")
# Not needed before the first answer of an embedded (SQLite) service, each imported where it is used: migrations
# (the database is at the head), the Celery client, PostgreSQL's dialect (an upsert on PostgreSQL), the roster
# import's name comparison and spreadsheet reader, the matcher thread's morphological analyser.
ON_DEMAND = (
    "alembic",
    "celery",
    "kombu",
    "redis",
    "sqlalchemy.dialects.postgresql",
    "rapidfuzz",
    "openpyxl",
    "sudachipy",
)


def _env(tmp_path, **more: str) -> dict[str, str]:
    """The child's environment: embedded mode, and the code under test (PYTHONPATH: a worktree's, not the
    editable install's)."""
    return {
        "SKILLBANK_VAR_DIR": str(tmp_path),
        "REDIS_URL": "",
        "PATH": "",
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        **more,
    }


def test_building_the_app_imports_no_numpy_sklearn_or_scipy(tmp_path):
    setup = f"""
from service.settings import Settings
from service.db import make_engine
from service.migrate import upgrade
settings = Settings.from_env().with_(database_url="sqlite:///{tmp_path / "start.db"}")
engine = make_engine(settings.database_url)
upgrade(engine)
"""
    # a restart: the database is already at the head when the service starts
    subprocess.run([sys.executable, "-c", setup], capture_output=True, check=True, env=_env(tmp_path))
    code = f"""
import sys
{setup}
from service.app import create_app
import service.cli
create_app(settings, engine=engine, start_dispatcher=False)
print(",".join(m for m in {HEAVY + ON_DEMAND!r} if m in sys.modules))
from sqlmodel import SQLModel
def models(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from models(sub)
print(sorted(m.__name__ for m in models(SQLModel) if m.__pydantic_complete__))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env(tmp_path)
    )
    imported, built = out.stdout.splitlines()
    assert imported == "", f"imported on the start path: {imported}"
    # the models' validators are built on first use (schemas/__init__.py), not at import nor by create_app
    assert built == "[]", f"built on the start path: {built}"
    # and the matcher still loads numpy and scipy when it is used, but never scikit-learn: its hashing is
    # matching/hashing.py, and importing scikit-learn cost every matcher process 65 MB and a second of CPU
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, matching; matching.Matcher; print(sorted(m for m in sys.modules if m in "
            f"{HEAVY!r}))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "['numpy', 'scipy']"


def test_the_openapi_refinements_are_made_after_start_yet_before_any_request_needs_them(tmp_path):
    """create_app leaves the OpenAPI refinements (error responses, vocabularies, the strict JSON body specs:
    ~0.8 s) to a thread begun at start-up; a request that needs them first — /schema, a JSON body — makes them
    itself, so nothing is ever served or checked without them, even with no start-up at all."""
    from litestar.testing import TestClient

    from service.app import create_app
    from service.db import make_engine
    from service.migrate import upgrade
    from service.settings import Settings

    settings = Settings.from_env().with_(
        database_url=f"sqlite:///{tmp_path / 'doc.db'}", embedded_worker=False
    )
    engine = make_engine(settings.database_url)
    upgrade(engine)
    for first in ("/schema/openapi.json", "/api/volunteers"):
        app = create_app(settings, engine=engine, start_dispatcher=False)
        late = app.state.late_document
        assert not late.done  # create_app itself did not make them
        app.on_startup.clear()  # no start-up thread: the request must make them
        with TestClient(app) as client:
            if first == "/api/volunteers":  # a JSON body of a wrong type is refused by the strict check
                r = client.post(first, json={"display_name": 5, "skills": ["LINE"]})
                assert r.status_code == 400 and "Expected `str`" in r.text, r.text
            doc = client.get("/schema/openapi.json").json()
        assert late.done
        assert "Error" in doc["components"]["schemas"]
    engine.dispose()


def test_the_unknown_user_hash_has_the_hashers_current_parameters():
    """The dummy hash an unknown username is verified against is a literal (hashing it at import cost every start
    a third of a second): it must cost what a real account's hash costs, so it has the hasher's parameters, and a
    wrong password fails against it as against an account (not as a malformed hash, which is instant)."""
    import time

    import pytest
    from argon2.exceptions import VerifyMismatchError

    from service.staff import auth

    assert not auth._hasher.check_needs_rehash(auth._DUMMY_HASH)
    real = auth._hasher.hash("a-real-password-1")
    timings = {}
    for name, stored in (("dummy", auth._DUMMY_HASH), ("real", real)):
        started = time.perf_counter()
        with pytest.raises(VerifyMismatchError):
            auth._hasher.verify(stored, "wrong-password")
        timings[name] = time.perf_counter() - started
    assert timings["dummy"] > 0.3 * timings["real"], timings


def test_an_import_into_a_pipe_does_not_load_the_progress_bar(tmp_path):
    """`skillbank import` with its output to a file or a pipe shows no bar, so it does not import rich for one (a
    tenth of a second of the command); its summary is printed all the same."""
    line = '{"external_id": "P1", "display_name": "山田", "skills": ["書道"]}\n'
    (tmp_path / "v.jsonl").write_text(line, encoding="utf-8")
    code = f"""
import sys
from service.cli import main
main(["migrate"])
code = main(["import", "--volunteers", "{tmp_path / "v.jsonl"}"])
print("rich" if "rich.progress" in sys.modules else "no rich", code)
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={
            "SKILLBANK_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}",
            "REDIS_URL": "",
            "PATH": "",
        },
    )
    assert "新規 1 件" in out.stdout, out.stdout + out.stderr
    assert out.stdout.strip().endswith("no rich 0"), out.stdout + out.stderr


def test_serve_builds_the_app_without_the_collector_then_freezes_what_it_built(tmp_path):
    """`skillbank serve` imports and builds the app with the cyclic collector off (it kept re-scanning what the
    imports allocate: about a tenth of the CPU before /health), freezes what was built, and runs the server with
    the collector on again."""
    code = """
import gc, sys
import uvicorn
seen = {}
def run(app, **kwargs):
    seen.update(enabled=gc.isenabled(), frozen=gc.get_freeze_count(), app=type(app).__name__)
uvicorn.run = run
from service.cli import main
code = main(["serve", "--no-worker", "--port", "0"])
print(code, seen["enabled"], seen["frozen"] > 100_000, seen["app"])
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}"),
    )
    assert out.stdout.strip().endswith("0 True True Litestar"), out.stdout + out.stderr


def test_import_runs_without_the_collector_from_its_first_import_then_freezes_what_is_left(tmp_path):
    """`skillbank import` pauses the cyclic collector from before it imports SQLAlchemy and the models to the end
    of the command (the collector kept re-scanning what the imports and the rows allocate), then freezes what is
    left, so the interpreter's last collection at the exit does not walk it (a quarter of a second after a 20k
    import); the collector is on again after the command, and the rows are stored as before."""
    lines = "".join(
        f'{{"external_id": "G{k}", "display_name": "山田 {k}", "skills": ["書道"]}}\n' for k in range(50)
    )
    (tmp_path / "v.jsonl").write_text(lines, encoding="utf-8")
    env = _env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'gc.db'}")
    migrate = "from service.cli import main; main(['migrate'])"
    subprocess.run([sys.executable, "-c", migrate], capture_output=True, check=True, env=env)
    code = f"""
import gc, sys
late = []  # collections once SQLAlchemy is imported
gc.callbacks.append(lambda phase, info: late.append(phase) if "sqlalchemy" in sys.modules else None)
from service.cli import main
code = main(["import", "--volunteers", "{tmp_path / "v.jsonl"}"])
print(code, late, "sqlalchemy" in sys.modules, gc.isenabled(), gc.get_freeze_count() > 50_000)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "新規 50 件" in out.stdout, out.stdout + out.stderr
    assert out.stdout.strip().endswith("0 [] True True True"), out.stdout + out.stderr


def test_import_of_volunteers_loads_neither_the_web_app_nor_the_matcher(tmp_path):
    """`skillbank import --volunteers` into SQLite, with no open request and no Celery, imports what storing rows
    needs (SQLAlchemy, SQLModel, the models, the search-key folding of matching.normalize) and nothing of the web
    app, the matcher, the progress bar (output to a pipe), the migrations, the queue or PostgreSQL's dialect: a
    20k import spends a third of its process on start-up imports."""
    lines = "".join(
        f'{{"external_id": "M{k}", "display_name": "山田 {k}", "skills": ["書道"], "bio": "ウェブ"}}\n'
        for k in range(20)
    )
    (tmp_path / "v.jsonl").write_text(lines, encoding="utf-8")
    env = _env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'mods.db'}")
    migrate = "from service.cli import main; main(['migrate'])"
    subprocess.run([sys.executable, "-c", migrate], capture_output=True, check=True, env=env)
    unused = (
        *HEAVY,
        *ON_DEMAND,
        "litestar",
        "uvicorn",
        "jinja2",
        "rich",
        "psycopg",
        "service.app",
        "service.web",
        "service.matching_jobs.dispatch",
        "service.matching_jobs.runner",
        "service.matching_jobs.cache",
    )
    code = f"""
import sys
from service.cli import main
code = main(["import", "--volunteers", "{tmp_path / "v.jsonl"}"])
loaded = [m for m in {unused!r} if m in sys.modules or any(k.startswith(m + ".") for k in sys.modules)]
print(code, loaded, sorted(m for m in sys.modules if m.split(".")[0] == "matching"))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "新規 20 件" in out.stdout, out.stdout + out.stderr
    assert out.stdout.strip().endswith("0 [] ['matching', 'matching.normalize']"), out.stdout + out.stderr
