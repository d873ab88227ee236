"""Thin tasks: take a job id, let the service layer do the work, ring for follow-up jobs."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Engine

from service.db import make_engine
from service.matching_jobs.cache import MatcherCache
from service.matching_jobs.dispatch import RUN_JOB_TASK, SWEEP_TASK, send_run_job
from service.matching_jobs.runner import run_job
from service.matching_jobs.sweep import sweep
from workers.celery_app import app, settings


@cache
def _runtime() -> tuple[Engine, MatcherCache]:
    # Built lazily in each worker child after the fork: engines and the warm matcher are per process.
    return make_engine(settings.database_url), MatcherCache(settings)


@app.task(name=RUN_JOB_TASK)
def run_job_task(job_id: int) -> None:
    """Runs one matching job (a no-op if another worker already did it)."""
    engine, matcher_cache = _runtime()
    outcome = run_job(engine, job_id, matcher_cache)
    for follow_up in outcome.follow_up:
        send_run_job(app, follow_up, settings.task_queue)


@app.task(name=SWEEP_TASK)
def sweep_task() -> int:
    """Re-sends jobs whose message was lost; returns how many."""
    engine, _ = _runtime()
    ids = sweep(engine, settings)
    for job_id in ids:
        send_run_job(app, job_id, settings.task_queue)
    return len(ids)
