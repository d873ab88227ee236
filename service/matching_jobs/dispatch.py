"""Doorbells for matching jobs: an in-process worker thread (embedded mode) or Celery over Redis.

Both are told job ids only after the transaction that wrote the job has committed. A doorbell that is
lost (Redis down, worker killed) costs only time: the sweep finds the job row and rings again.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Protocol, runtime_checkable

from sqlalchemy import Engine

from service.matching_jobs.cache import MatcherCache
from service.matching_jobs.runner import run_job
from service.matching_jobs.sweep import sweep
from service.settings import Settings

log = logging.getLogger(__name__)


RUN_JOB_TASK = "skillbank.run_job"


SWEEP_TASK = "skillbank.sweep"


@runtime_checkable
class Dispatcher(Protocol):
    def dispatch(self, job_ids: list[int]) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def broker_status(self) -> str: ...


class _Periodic(threading.Thread):
    """Runs a function every `interval` seconds until stopped."""

    def __init__(self, interval: float, fn, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.interval, self.fn, self.stopped = interval, fn, threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                self.fn()
            except Exception:  # a database outage must not kill the thread; the next tick retries
                log.warning("%s failed; retrying in %.0fs", self.name, self.interval, exc_info=True)


class _QueueThread:
    """A queue of job ids drained by one thread, plus a periodic sweep that re-queues lost doorbells."""

    thread_name = "skillbank-queue"

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self.queue: queue.Queue[int | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name=self.thread_name, daemon=True)
        self._sweeper = _Periodic(settings.sweep_interval_seconds, self._sweep, "skillbank-sweep")

    def dispatch(self, job_ids: list[int]) -> None:
        for job_id in job_ids:
            self.queue.put(job_id)

    def start(self) -> None:
        self._thread.start()
        self._sweeper.start()

    def stop(self) -> None:
        self._sweeper.stopped.set()
        self.queue.put(None)
        self._thread.join(timeout=10)

    def _sweep(self) -> None:
        self.dispatch(sweep(self.engine, self.settings))

    def _loop(self) -> None:
        while True:
            job_id = self.queue.get()
            if job_id is None:
                return
            try:
                self._handle(job_id)
            finally:
                self.queue.task_done()

    def _handle(self, job_id: int) -> None:
        raise NotImplementedError


class EmbeddedWorker(_QueueThread):
    """Runs matching jobs in a thread of this process: the embedded mode, no Redis needed."""

    thread_name = "skillbank-matcher"

    def __init__(self, engine: Engine, settings: Settings) -> None:
        super().__init__(engine, settings)
        self.cache = MatcherCache(settings)

    def broker_status(self) -> str:
        return "embedded" if self._thread.is_alive() else "stopped"

    def start(self) -> None:
        super().start()
        try:  # work left over from a previous run is picked up at once
            self.dispatch(sweep(self.engine, self.settings, stale_seconds=0))
        except Exception:
            log.warning("initial sweep failed; the periodic sweep will retry", exc_info=True)

    def _handle(self, job_id: int) -> None:
        try:
            self.dispatch(run_job(self.engine, job_id, self.cache).follow_up)
        except Exception:  # e.g. the database is away: the job row stays pending for the sweep
            log.warning("matching job %s could not run", job_id, exc_info=True)

    def drain(self, timeout: float = 30.0) -> bool:
        """Waits until every queued job has run; returns False on timeout (tests and the CLI use it)."""
        done = threading.Event()

        def wait() -> None:
            self.queue.join()
            done.set()

        threading.Thread(target=wait, daemon=True).start()
        return done.wait(timeout)


def celery_producer(settings: Settings):
    """Returns a Celery app configured only to send (the worker side lives in workers/)."""
    from celery import Celery

    app = Celery("skillbank-producer", broker=settings.redis_url)
    app.conf.update(
        broker_connection_timeout=2,
        broker_connection_retry=False,
        broker_transport_options={
            "visibility_timeout": 3600,
            "socket_timeout": 2,
            "socket_connect_timeout": 2,
        },
    )
    return app


class CeleryDispatcher(_QueueThread):
    """Sends job ids to Celery workers from a background thread, so a slow or absent Redis never blocks a reply.

    Beat sweeps too; sweeping here as well means a web-only deployment still recovers lost doorbells.
    """

    thread_name = "skillbank-publisher"

    def __init__(self, engine: Engine, settings: Settings) -> None:
        super().__init__(engine, settings)
        self.app = celery_producer(settings)

    def broker_status(self) -> str:
        try:
            with self.app.connection_for_write() as conn:
                conn.ensure_connection(max_retries=1, timeout=2)
            return "ok"
        except Exception as exc:
            return f"down ({type(exc).__name__})"

    def _handle(self, job_id: int) -> None:
        try:
            send_run_job(self.app, job_id, self.settings.task_queue)
        except Exception as exc:  # left to the sweep; only the id is logged, never request content
            log.warning(
                "could not send matching job %s (%s); the sweep will re-send it", job_id, type(exc).__name__
            )


def send_run_job(app, job_id: int, task_queue: str) -> None:
    """Sends one job id to the workers."""
    app.send_task(
        RUN_JOB_TASK,
        args=[job_id],
        queue=task_queue,
        retry=True,
        retry_policy={"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5},
    )


def ring_celery(settings: Settings, job_ids: list[int]) -> None:
    """Sends job ids from a short-lived process (the CLI); whatever cannot be sent now, the sweep sends later."""
    if settings.embedded or not job_ids:
        return
    app = celery_producer(settings)
    for job_id in job_ids:
        try:
            send_run_job(app, job_id, settings.task_queue)
        except Exception:
            return


def make_dispatcher(engine: Engine, settings: Settings) -> Dispatcher:
    """Returns the embedded worker without Redis, the Celery dispatcher with it."""
    if settings.embedded:
        return EmbeddedWorker(engine, settings)
    return CeleryDispatcher(engine, settings)
