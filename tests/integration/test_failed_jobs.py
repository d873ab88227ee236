"""A job that keeps failing never leaves its request in `matching`, even when no sweep runs."""

from __future__ import annotations

import time

from sqlmodel import Session

import matching
from schemas.models import HelpRequest
from service.db import make_engine
from tests.factories import help_request, volunteer


def test_a_request_whose_matching_always_fails_ends_no_candidates_without_a_sweep(
    sqlite_url, settings_for, monkeypatch
):
    from litestar.testing import TestClient

    from service.app import create_app

    # No sweep within the test's life: only the worker's own retries can bring the request out of matching.
    settings = settings_for(sqlite_url, sweep_interval_seconds=3600.0, job_retry_seconds=0.05)
    engine = make_engine(sqlite_url)
    real = matching.Matcher.rank

    def rank(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        # told by its title, known before the request exists: the worker may rank it before the POST returns
        if request.title == "壊れる依頼":
            raise RuntimeError("matcher broke on this request")
        return real(self, request, *args, **kwargs)

    monkeypatch.setattr(matching.Matcher, "rank", rank)
    try:
        with TestClient(create_app(settings, engine=engine)) as client:
            client.post("/api/volunteers", json=volunteer())
            bad = client.post("/api/requests", json=help_request(title="壊れる依頼")).json()["id"]
            good = client.post("/api/requests", json=help_request()).json()["id"]
            # The deadline follows progress: each retry is an attempt recorded on the job row.
            last_attempts, last_progress = -1, time.monotonic()
            while True:
                with Session(engine) as s:
                    request = s.get(HelpRequest, bad)
                    ok = s.get(HelpRequest, good)
                    from sqlmodel import select

                    from schemas.models import MatchingJob

                    attempts = sum(j.attempts for j in s.exec(select(MatchingJob)).all())
                if request.status != "matching" and ok.status != "matching":
                    break
                if attempts > last_attempts:
                    last_attempts, last_progress = attempts, time.monotonic()
                assert time.monotonic() - last_progress < 60, f"no retry for 60 s ({request.status})"
                time.sleep(0.05)
            assert request.status == "no_candidates"
            assert request.explanation == ["自動マッチングに失敗しました。職員が手動で探してください。"]
            assert ok.status == "proposed"  # the other request was not held up
    finally:
        engine.dispose()
