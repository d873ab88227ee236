"""`skillbank sweep --wait`: drains the matching backlog (in the embedded mode, in this process) and says so in
words, or as JSON; without a terminal no progress bar is drawn."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from schemas.models import HelpRequestCreate, MatchingJob, VolunteerCreate, utcnow
from service.cli import main
from service.db import make_engine
from service.requests.usecases import submit_request
from service.uow import UnitOfWork
from service.volunteers.usecases import register_volunteer
from tests.factories import help_request, volunteer


@pytest.fixture
def engine(sqlite_url, settings_for, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("SKILLBANK_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("REDIS_URL", raising=False)
    engine = make_engine(sqlite_url)
    settings = settings_for(sqlite_url)
    with UnitOfWork(engine) as uow:  # no doorbell: the jobs wait, as after a lost message or a stopped server
        args = {"areas_path": settings.areas_path, "org_id": settings.org_id}
        register_volunteer(uow=uow, data=VolunteerCreate(**volunteer()), **args)
        for i in range(3):
            submit_request(uow=uow, data=HelpRequestCreate(**help_request(title=f"LINE {i}")), **args)
    yield engine
    engine.dispose()


def _waiting(engine) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return len(s.exec(select(MatchingJob).where(MatchingJob.status.in_(["pending", "running"]))).all())  # type: ignore[attr-defined]


def test_sweep_wait_drains_the_backlog_and_says_so(engine, capsys):
    assert _waiting(engine) == 4  # the registration's re-score and three requests
    assert main(["sweep", "--wait", "--stale", "3600"]) == 0
    out = capsys.readouterr()
    assert _waiting(engine) == 0
    assert (
        "待っていたマッチング処理 4 件が終わりました" in out.out
        and "4 waiting matching jobs finished" in out.out
    )
    assert "残り 0 件" in out.out and "\x1b[" not in out.out + out.err  # no bar drawn without a terminal


def test_sweep_wait_json_and_a_timeout_that_leaves_work(engine, capsys):
    with Session(engine) as s:  # a job a live worker holds: this command may not take it
        job = s.exec(select(MatchingJob).where(MatchingJob.kind == "match_request")).first()
        assert job is not None
        job.status, job.lease_until = "running", utcnow() + timedelta(hours=1)
        s.add(job)
        s.commit()
    # The held job keeps the command waiting until the timeout, so the timeout is also the time the other three
    # have to run in this process, the first building the matcher: 3 s was not enough on a loaded CI machine.
    assert main(["sweep", "--wait", "--json", "--stale", "3600", "--timeout", "20"]) == 1
    out = capsys.readouterr()
    report = json.loads(out.out)
    assert report["stale_jobs"] == [] and report["drained"] == 3 and report["left"] == 1
    assert "まだ 1 件残っています" in out.err and "still waiting" in out.err
