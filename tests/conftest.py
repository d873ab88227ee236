"""Shared fixtures: real SQLite and PostgreSQL databases built from the migrations, the app, a staff login.

On a laptop a test that needs an absent PostgreSQL or Redis is skipped; in CI (CI=true) it fails, and any
skip at all fails the run: `.ci/run` starts the services first.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from service.db import make_engine
from service.migrate import upgrade
from service.settings import Settings

CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("SKILLBANK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_HOST, REDIS_PORT = "127.0.0.1", int(os.environ.get("SKILLBANK_TEST_REDIS_PORT", "6379"))
STAFF_PASSWORD = "correct-horse-battery"

# Anything that falls back to the default var dir (the per-user data directory) writes into a private temp dir
# instead: the suite never reads or writes the developer's ~/.local/share/skillbank or the checkout's var/.
_VAR_DIR = tempfile.mkdtemp(prefix="skillbank-test-var-")
os.environ["SKILLBANK_VAR_DIR"] = _VAR_DIR

_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_VAR_DIR, ignore_errors=True)
    if CI and _skipped:
        print(f"\nCI=true: {len(_skipped)} test(s) skipped, which fails the run: {_skipped[:5]}")
        session.exitstatus = 1


def need(service: str, available: bool) -> None:
    """Skips (laptop) or fails (CI) the current test when a service it needs is absent."""
    if available:
        return
    message = f"{service} is not running"
    if CI:
        pytest.fail(f"{message}; in CI nothing may be skipped (.ci/run starts it)")
    pytest.skip(message)


def port_open(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def wait_for(predicate: Callable[[], object], timeout: float = 10.0, interval: float = 0.02) -> object:
    """Returns the first truthy value of predicate(), polling until timeout (then fails the test)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {timeout}s")
        time.sleep(interval)


# ---------------------------------------------------------------- databases


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """Creates a throw-away PostgreSQL database for this test session (so parallel runs never collide)."""
    need("PostgreSQL (127.0.0.1:5432)", port_open("127.0.0.1", 5432))
    name = f"sb_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_all(engine: Engine) -> None:
    from sqlmodel import SQLModel

    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a fresh SQLite file, or the session's PostgreSQL database emptied."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'skillbank.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
    else:
        url = request.getfixturevalue("pg_database")
        engine = make_engine(url)
        _truncate_all(engine)
        engine.dispose()
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'skillbank.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def settings_for(tmp_path: Path) -> Callable[..., Settings]:
    """Returns a factory of settings for a database URL (and optionally Redis), with a private var dir."""

    def make(database_url: str, redis_url: str | None = None, **changes: object) -> Settings:
        env = {
            "DATABASE_URL": database_url,
            "SKILLBANK_VAR_DIR": str(tmp_path / "var"),
            "SKILLBANK_SECRET_KEY": "test-secret-key-not-for-production",
            # the suite posts many public submissions from one address; the limit's own test turns it on
            "SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR": "0",
        }
        if redis_url:
            env["REDIS_URL"] = redis_url
        settings = Settings.from_env(env).with_(sweep_interval_seconds=0.5, stale_dispatch_seconds=2.0)
        return settings.with_(**changes) if changes else settings

    return make


@pytest.fixture
def settings(db_url: str, settings_for: Callable[..., Settings]) -> Settings:
    return settings_for(db_url)


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings.database_url)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------- the app


@pytest.fixture
def client(settings: Settings, engine: Engine):  # type: ignore[no-untyped-def]
    """A test client of the real app with its embedded matcher thread running."""
    from litestar.testing import TestClient

    from service.app import create_app

    app = create_app(settings, engine=engine)
    with TestClient(app) as c:
        c.app_state = app.state  # type: ignore[attr-defined]
        yield c


def make_staff(engine: Engine, username: str = "coordinator", role: str = "staff") -> None:
    from schemas.enums import StaffRole
    from service.db import unit_of_work
    from service.staff.auth import create_staff

    with unit_of_work(engine) as session:
        create_staff(session=session, username=username, password=STAFF_PASSWORD, role=StaffRole(role))


def settled(client, headers: dict[str, str], rid: object, timeout: float = 15.0) -> str:  # type: ignore[no-untyped-def]
    """Waits until a submitted request has left new/matching (the worker ranked it, or gave up); returns its status."""

    def status() -> str:
        s: str = client.get(f"/api/requests/{rid}", headers=headers).json()["status"]
        return s if s not in ("new", "matching") else ""

    return str(wait_for(status, timeout=timeout))


def login(client, username: str = "coordinator") -> str:  # type: ignore[no-untyped-def]
    r = client.post("/api/auth/login", json={"username": username, "password": STAFF_PASSWORD})
    assert r.status_code == 200, r.text
    return r.json()["token"]


@pytest.fixture
def staff(client, engine: Engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Headers of a logged-in staff member (a bearer token; the cookie is cleared so tests stay explicit)."""
    make_staff(engine)
    token = login(client)
    client.cookies.clear()
    return {"Authorization": f"Bearer {token}"}
