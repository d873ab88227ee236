"""Thin tasks: take a job id, let the service layer do the work, ring for follow-up jobs."""

from __future__ import annotations

import time
from functools import cache

from sqlalchemy import Engine

from service.db import make_engine
from service.matching_jobs.cache import MatcherCache
from service.matching_jobs.dispatch import (
    RUN_JOB_TASK,
    SWEEP_TASK,
    queued_job_ids,
    send_run_job,
    send_run_jobs,
)
from service.matching_jobs.runner import run_job
from service.matching_jobs.sweep import sweep
from service.outbox.usecases import deliver_due
from service.proposals.answers import remind_day_before, remind_unanswered
from workers.celery_app import SEND_MAIL_TASK, app, settings


@cache
def _runtime() -> tuple[Engine, MatcherCache]:
    # Built lazily in each worker child after the fork: engines and the warm matcher are per process.
    return make_engine(settings.database_url), MatcherCache(settings)


@app.task(name=RUN_JOB_TASK)
def run_job_task(job_id: int) -> None:
    """Runs one matching job (a no-op if another worker already did it)."""
    engine, matcher_cache = _runtime()
    outcome = run_job(engine, job_id, matcher_cache)
    # re-scoring that a volunteer change calls for waits behind fresh requests
    send_run_jobs(app, outcome.follow_up, settings.bulk_queue)
    if outcome.retry_in is not None:
        # The job raised and attempts remain: the worker itself rings again after the backoff, so a failed
        # request never waits for a sweep (beat may not run); the last attempt marks it no_candidates.
        send_run_job(app, job_id, settings.bulk_queue, countdown=outcome.retry_in)


@app.task(name=SWEEP_TASK)
def sweep_task() -> int:
    """Re-sends jobs whose message was lost; returns how many."""
    engine, _ = _runtime()
    ids = sweep(engine, settings, live=lambda: queued_job_ids(settings))
    send_run_jobs(app, ids, settings.bulk_queue)
    return len(ids)


@app.task(name=SEND_MAIL_TASK)
def send_mail_task() -> int:
    """Delivers the due outbox mail (beat rings it every few seconds; the claim keeps two senders apart)."""
    engine, _ = _runtime()
    remind_unanswered(engine, settings)
    if time.monotonic() >= _reminders["next_day_before"]:
        # a day-before reminder is a matter of hours, not seconds: look once a minute, not on every ring
        _reminders["next_day_before"] = time.monotonic() + DAY_BEFORE_EVERY
        remind_day_before(engine, settings)
    return deliver_due(engine, settings, limit=200)


DAY_BEFORE_EVERY = 60.0
_reminders = {"next_day_before": 0.0}  # per worker process
