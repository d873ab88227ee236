"""Thin tasks: take a job id, let the service layer do the work, ring for follow-up jobs."""

from __future__ import annotations

import gc
import time
from functools import cache

from celery.utils.log import get_logger
from sqlalchemy import Engine

from service.db import make_engine
from service.matching_jobs.cache import MatcherCache, limit_malloc_arenas
from service.matching_jobs.dispatch import (
    RUN_JOB_TASK,
    SWEEP_TASK,
    queued_job_ids,
    send_run_job,
    send_run_jobs,
)
from service.matching_jobs.runner import run_jobs
from service.matching_jobs.sweep import sweep
from service.outbox.usecases import deliver_due
from service.proposals.answers import remind_day_before, remind_unanswered
from workers.celery_app import SEND_MAIL_TASK, app, settings

# under Celery's logger, so --loglevel info shows it (the root logger is left alone: worker_hijack_root_logger)
log = get_logger("skillbank.worker")


# Request-matching jobs a task runs at most in one batch: its own and those waiting (a fresh request's job
# waits at most for this many rankings; a burst needs a sixteenth of the transactions).
CELERY_BATCH = 16

_PREBUILT: list[MatcherCache] = []  # the matcher the worker's parent built before forking its children


def prebuild_matcher(**_kwargs: object) -> None:
    """Builds the warm matcher in the worker's parent process, before the pool forks: every child starts with it
    (its numpy arrays shared copy-on-write, never written but for tombstones) instead of building its own copy
    — one index's memory for all children, and no child spends its first job building. The parent's engine is
    disposed before the fork; each child opens its own. A failure here only means children build as before.
    It caps malloc's arenas first, for the parent and the children it forks (see limit_malloc_arenas)."""
    limit_malloc_arenas(settings.malloc_arenas)
    if settings.embedded or not settings.prebuild_matcher:
        return
    try:
        engine = make_engine(settings.database_url)
        try:
            cache_ = MatcherCache(settings, background_rebuilds=True)
            cache_.warm(engine)
        finally:
            engine.dispose()
    except Exception:
        log.exception("prebuilding the matcher before the fork failed: each child builds its own")
        return
    _PREBUILT[:] = [cache_]
    gc.collect()
    gc.freeze()  # the collector would otherwise touch (and so copy) every inherited object in every child


def report_prebuilt() -> None:
    """Logs what prebuild_matcher built (called once logging is set up, which is after the fork)."""
    if _PREBUILT:
        log.info("matcher prebuilt before the fork: %d volunteers", len(_PREBUILT[0].volunteers))


@cache
def _runtime() -> tuple[Engine, MatcherCache]:
    # Built lazily in each worker child after the fork: engines are per process; the warm matcher is the one
    # the parent built (inherited, refreshed incrementally by each child), else the child's own.
    return make_engine(settings.database_url), (
        _PREBUILT[0] if _PREBUILT else MatcherCache(settings, background_rebuilds=True)
    )


@app.task(name=RUN_JOB_TASK)
def run_job_task(job_id: int) -> None:
    """Runs one job (a no-op if another worker already did it) and, together with it, up to CELERY_BATCH - 1
    other request-matching jobs that are waiting: a burst is matched in batches (one refresh, one write
    transaction each), and the messages of the jobs taken along find them done."""
    engine, matcher_cache = _runtime()
    for outcome in run_jobs(engine, [job_id], matcher_cache, extra=CELERY_BATCH - 1):
        # re-scoring that a volunteer change calls for waits behind fresh requests
        send_run_jobs(app, outcome.follow_up, settings.bulk_queue)
        if outcome.retry_in is not None:
            # The job raised and attempts remain: the worker itself rings again after the backoff, so a failed
            # request never waits for a sweep (beat may not run); the last attempt marks it no_candidates.
            send_run_job(app, outcome.job_id, settings.bulk_queue, countdown=outcome.retry_in)


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
