"""Doorbells for matching jobs: an in-process worker thread (embedded mode) or Celery over Redis.

Both are told job ids only after the transaction that wrote the job has committed. A doorbell that is
lost (Redis down, worker killed) costs only time: the sweep finds the job row and rings again.
"""

from __future__ import annotations

import base64
import heapq
import itertools
import json
import logging
import sys
import threading
import time
from collections import Counter
from typing import Protocol, runtime_checkable

from sqlalchemy import Engine

from service.matching_jobs.cache import MatcherCache, release_freed_heap
from service.matching_jobs.repository import mark_dispatched
from service.matching_jobs.runner import run_jobs
from service.matching_jobs.sweep import sweep
from service.settings import Settings

log = logging.getLogger(__name__)


RUN_JOB_TASK = "skillbank.run_job"


SWEEP_TASK = "skillbank.sweep"


# Priorities of the embedded queue (lower first): fresh requests and staff actions before re-scoring and imports.
FRESH, BULK = 0, 1

# Job ids the publisher sends through one broker connection at a time.
SEND_BATCH = 500

# At most this many waiting matching jobs run in one transaction in the embedded worker (a burst: one claim,
# one matcher refresh, one commit for all; a larger batch would hold the write lock longer than ~0.2 s).
MATCH_BATCH = 32
# Seconds the embedded worker waits for more jobs when it is behind (the job it took was waiting already).
BURST_LINGER = 0.02

# The interpreter's thread switch interval while the embedded matcher thread runs (Python's default is 5 ms). The
# matcher ranks in this process, under the same GIL as the web handlers: each time a handler thread or the event
# loop wakes while a batch is being ranked it waited up to a whole interval for the GIL, several times per
# submission. bench.burst, 8 clients, 20k volunteers, alternated in one run: 63.3 / 60.6 matched/s at 5 ms,
# 74.8 / 65.4 at 0.5 ms (the one-client runs were too noisy to tell).
EMBEDDED_SWITCH_INTERVAL = 0.0005

# Seconds without a job after which the embedded worker hands back what matching left resident (see
# EmbeddedWorker._idle). Reading one request's text maps ~100 MB of SudachiDict's file into the process (its
# connection costs are read at random, and each fault maps a 64 KB run); mapping them again costs the next job
# ~2 ms, so a burst never pays it: only a pause this long.
IDLE_RELEASE_SECONDS = 2.0


@runtime_checkable
class Dispatcher(Protocol):
    def dispatch(self, job_ids: list[int], *, bulk: bool = False) -> None: ...
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


class JobQueue:
    """Job ids by priority (fresh before bulk; first come, first served within one), some due only later.

    A job id already waiting is not queued twice (at most one live doorbell per job). `live()` returns the ids
    waiting, delayed or being handled, for the sweep; `join()` waits until all of them were handled.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._ready: list[tuple[int, int, int | None]] = []  # heap of (priority, seq, job id; None stops)
        self._delayed: list[tuple[float, int, int, int]] = []  # heap of (due, seq, priority, job id)
        self._waiting: dict[int, int] = {}  # job id -> priority, while queued or delayed
        self._live: Counter[int] = Counter()  # queued, delayed or being handled
        self._seq = itertools.count()
        self._unfinished = 0

    def put(self, job_id: int | None, priority: int = FRESH, delay: float = 0.0) -> None:
        with self._cond:
            if job_id is None:
                heapq.heappush(self._ready, (-1, next(self._seq), None))
            elif job_id in self._waiting:
                return
            elif delay > 0:
                heapq.heappush(self._delayed, (time.monotonic() + delay, next(self._seq), priority, job_id))
            else:
                heapq.heappush(self._ready, (priority, next(self._seq), job_id))
            if job_id is not None:
                self._waiting[job_id] = priority
                self._live[job_id] += 1
                self._unfinished += 1
            self._cond.notify_all()

    def get(self, timeout: float | None = None) -> tuple[int | None, int] | None:
        """Returns the next due (job id, priority); (None, -1) to stop; None if nothing came within timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                now = time.monotonic()
                while self._delayed and self._delayed[0][0] <= now:
                    _, seq, priority, due_id = heapq.heappop(self._delayed)
                    heapq.heappush(self._ready, (priority, seq, due_id))
                if self._ready:
                    priority, _, job_id = heapq.heappop(self._ready)
                    if job_id is not None:
                        self._waiting.pop(job_id, None)
                    return job_id, priority
                waits = [w for w in (self._delayed[0][0] - now if self._delayed else None,) if w is not None]
                if deadline is not None:
                    if now >= deadline:
                        return None
                    waits.append(deadline - now)
                self._cond.wait(min(waits) if waits else None)

    def take_ready(self, priority: int, limit: int) -> list[int]:
        """Takes up to `limit` more job ids of `priority` that are due now, without waiting (a batch)."""
        taken: list[int] = []
        with self._cond:
            while len(taken) < limit and self._ready and self._ready[0][0] == priority:
                job_id = self._ready[0][2]
                if job_id is None:
                    break
                heapq.heappop(self._ready)
                self._waiting.pop(job_id, None)
                taken.append(job_id)
        return taken

    def task_done(self, job_id: int) -> None:
        with self._cond:
            self._live[job_id] -= 1
            if self._live[job_id] <= 0:
                del self._live[job_id]
            self._unfinished -= 1
            self._cond.notify_all()

    def live(self) -> set[int]:
        with self._cond:
            return set(self._live)

    def join(self, timeout: float | None = None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._unfinished <= 0, timeout)

    def qsize(self) -> int:
        with self._cond:
            return len(self._waiting)


class _QueueThread:
    """A queue of job ids drained by one thread, plus a periodic sweep that re-queues lost doorbells."""

    thread_name = "skillbank-queue"

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self.queue = JobQueue()
        self._thread = threading.Thread(target=self._loop, name=self.thread_name, daemon=True)
        self._sweeper = _Periodic(settings.sweep_interval_seconds, self._sweep, "skillbank-sweep")

    def dispatch(self, job_ids: list[int], *, bulk: bool = False) -> None:
        for job_id in job_ids:
            self.queue.put(job_id, BULK if bulk else FRESH)

    def start(self) -> None:
        self._thread.start()
        self._sweeper.start()

    def stop(self) -> None:
        self._sweeper.stopped.set()
        self.queue.put(None)
        self._thread.join(timeout=10)

    def live(self) -> set[int]:
        """Returns the ids whose doorbell is still waiting to be answered (the sweep leaves them alone)."""
        return self.queue.live()

    def _sweep(self) -> None:
        # re-sent jobs are late already, but a fresh request must not wait behind them
        self.dispatch(sweep(self.engine, self.settings, live=self.live), bulk=True)

    def _idle(self) -> None:
        """Called once when the queue has been empty for IDLE_RELEASE_SECONDS after some work (nothing here)."""

    def _loop(self) -> None:
        worked = False  # since the last _idle()
        while True:
            idle_from = time.monotonic()
            item = self.queue.get(timeout=IDLE_RELEASE_SECONDS if worked else None)
            if item is None:  # nothing came for a while: the work is done
                worked = False
                try:
                    self._idle()
                except Exception:
                    log.warning("idle release failed", exc_info=True)
                continue
            job_id, priority = item
            if job_id is None:
                return
            worked = True
            # the job was waiting already when the last one finished: work arrives faster than it is done
            behind = time.monotonic() - idle_from < 0.001
            batch = [job_id, *self._more(priority, behind)]
            try:
                self._handle_batch(batch, priority)
            finally:
                for done in batch:
                    self.queue.task_done(done)

    def _more(self, priority: int, behind: bool) -> list[int]:
        """Returns more waiting job ids to handle together with the one just taken (none by default)."""
        return []

    def _handle_batch(self, job_ids: list[int], priority: int) -> None:
        for job_id in job_ids:
            self._handle(job_id, priority)

    def _handle(self, job_id: int, priority: int) -> None:
        raise NotImplementedError


class EmbeddedWorker(_QueueThread):
    """Runs matching jobs in a thread of this process: the embedded mode, no Redis needed."""

    thread_name = "skillbank-matcher"

    def __init__(self, engine: Engine, settings: Settings) -> None:
        super().__init__(engine, settings)
        self.cache = MatcherCache(settings, background_rebuilds=True)
        self._switch_interval: float | None = None  # the interpreter's, restored at stop

    def broker_status(self) -> str:
        return "embedded" if self._thread.is_alive() else "stopped"

    def stop(self) -> None:
        super().stop()
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None

    def start(self) -> None:
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch_interval, EMBEDDED_SWITCH_INTERVAL))
        # The index builds in the background (a read-only transaction): /health and the pages answer meanwhile,
        # and the first job finds it warm instead of building it inside its write transaction.
        threading.Thread(target=self._warm, name="skillbank-warm", daemon=True).start()
        super().start()
        try:  # work left over from a previous run (or an import) is picked up at once, behind fresh requests
            self.dispatch(sweep(self.engine, self.settings, stale_seconds=0, live=self.live), bulk=True)
        except Exception:
            log.warning("initial sweep failed; the periodic sweep will retry", exc_info=True)

    def _warm(self) -> None:
        try:
            self.cache.warm(self.engine)
        except Exception:  # the first job builds it instead
            log.warning("could not build the matcher at start-up", exc_info=True)

    def _idle(self) -> None:
        # The dictionary's pages a request's reading mapped (~100 MB of RSS at rest, file-backed: the page cache
        # keeps them), and the heap the jobs freed.
        release_freed_heap()

    def _more(self, priority: int, behind: bool) -> list[int]:
        # A burst of submissions is matched up to MATCH_BATCH at a time: one claim, one refresh, one commit. When
        # jobs arrive faster than they are done, wait a moment for the next ones (a lone submission never waits).
        more = self.queue.take_ready(priority, MATCH_BATCH - 1)
        if behind and len(more) < MATCH_BATCH // 2:
            time.sleep(BURST_LINGER)
            more += self.queue.take_ready(priority, MATCH_BATCH - 1 - len(more))
        return more

    def _handle_batch(self, job_ids: list[int], priority: int) -> None:
        try:
            outcomes = run_jobs(self.engine, job_ids, self.cache)
        except Exception:  # e.g. the database is away: the job rows stay pending for the sweep
            log.warning("matching jobs %s could not run", job_ids, exc_info=True)
            return
        for outcome in outcomes:
            self.dispatch(outcome.follow_up, bulk=True)
            if outcome.retry_in is not None:  # it raised: run it again after the backoff, sweep or no sweep
                self.queue.put(outcome.job_id, BULK, delay=outcome.retry_in)

    def _handle(self, job_id: int, priority: int) -> None:
        self._handle_batch([job_id], priority)

    def drain(self, timeout: float = 30.0) -> bool:
        """Waits until every queued job has run; returns False on timeout (tests and the CLI use it)."""
        return self.queue.join(timeout)


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

    Fresh requests and staff actions go to `task_queue`, re-scoring, imports and re-sends to `bulk_queue`; the
    workers take from the first while it has messages. Beat sweeps too; sweeping here as well means a web-only
    deployment still recovers lost doorbells, and the sweep's lock keeps the two from both re-sending.
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

    def live(self) -> set[int]:
        # waiting in this process's publisher queue, or in Redis
        return self.queue.live() | queued_job_ids(self.settings)

    def _loop(self) -> None:
        while True:
            item = self.queue.get()
            assert item is not None
            first, priority = item
            if first is None:
                return
            batch = {FRESH: [], BULK: []}  # type: dict[int, list[int]]
            batch[priority].append(first)
            while len(batch[FRESH]) + len(batch[BULK]) < SEND_BATCH:  # whatever else is waiting, in one go
                more = self.queue.get(timeout=0)
                if more is None:
                    break
                if more[0] is None:
                    self.queue.put(None)
                    break
                batch[more[1]].append(more[0])
            try:
                for prio, queue_name in ((FRESH, self.settings.task_queue), (BULK, self.settings.bulk_queue)):
                    if batch[prio]:
                        self._send(batch[prio], queue_name)
            finally:
                for job_id in batch[FRESH] + batch[BULK]:
                    self.queue.task_done(job_id)

    def _send(self, job_ids: list[int], queue_name: str) -> None:
        try:
            send_run_jobs(self.app, job_ids, queue_name)
        except Exception as exc:  # left to the sweep; only ids are logged, never request content
            log.warning(
                "could not send %d matching job(s) (%s); the sweep will re-send them",
                len(job_ids),
                type(exc).__name__,
            )


RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}


def send_run_job(app, job_id: int, task_queue: str, countdown: float | None = None) -> None:
    """Sends one job id to the workers (after `countdown` seconds: a retry with backoff)."""
    app.send_task(
        RUN_JOB_TASK,
        args=[job_id],
        queue=task_queue,
        countdown=countdown,
        retry=True,
        retry_policy=RETRY_POLICY,
    )


def send_run_jobs(app, job_ids: list[int], task_queue: str) -> None:
    """Sends job ids to the workers through one broker connection (an import's thousands in seconds)."""
    if not job_ids:
        return
    with app.producer_or_acquire() as producer:
        for job_id in job_ids:
            app.send_task(
                RUN_JOB_TASK,
                args=[job_id],
                queue=task_queue,
                producer=producer,
                retry=True,
                retry_policy=RETRY_POLICY,
            )


def job_id_of(message: bytes | dict) -> int | None:
    """Returns the job id a queued Celery message carries (None for any other message)."""
    try:
        envelope = message if isinstance(message, dict) else json.loads(message)
        if envelope.get("headers", {}).get("task") != RUN_JOB_TASK:
            return None
        args = json.loads(base64.b64decode(envelope["body"]))[0]
        return int(args[0])
    except (ValueError, KeyError, IndexError, TypeError):
        return None


# kombu's Redis transport keeps delivered, unacknowledged messages here (its default key names).
UNACKED, UNACKED_INDEX = "unacked", "unacked_index"


def queued_job_ids(settings: Settings) -> set[int]:
    """Returns the ids of the jobs whose message is waiting in Redis (both queues): their doorbell is not lost."""
    import redis

    client = redis.Redis.from_url(settings.redis_url or "", socket_timeout=5, socket_connect_timeout=2)
    try:
        ids: set[int] = set()
        for name in (settings.task_queue, settings.bulk_queue):
            for message in client.lrange(name, 0, -1):
                job_id = job_id_of(message)  # type: ignore[arg-type]  # redis-py types lrange loosely
                if job_id is not None:
                    ids.add(job_id)
        # Delivered to a worker that has not acknowledged it yet (prefetched, or running with acks_late):
        # live too, if delivered within a lease; a killed worker's entries older than that are not.
        since = time.time() - settings.job_lease_seconds
        tags = client.zrangebyscore(UNACKED_INDEX, since, "+inf")
        for raw in client.hmget(UNACKED, tags) if tags else []:  # type: ignore[arg-type]  # loose redis-py stubs
            try:
                job_id = job_id_of(json.loads(raw)[0]) if raw else None
            except (ValueError, IndexError, TypeError):
                job_id = None
            if job_id is not None:
                ids.add(job_id)
        return ids
    finally:
        client.close()


def ring_celery(
    settings: Settings,
    job_ids: list[int],
    *,
    bulk: bool = False,
    app=None,
    engine: Engine | None = None,
) -> None:
    """Sends job ids from a short-lived process (the CLI); whatever cannot be sent now, the sweep sends later.

    Pass the producer `app` made before the transaction committed (importing Celery takes a while) and the
    `engine`: each batch's dispatch mark is set just before it is sent, so a sweep meanwhile does not send it too.
    """
    if settings.embedded or not job_ids:
        return
    app = app or celery_producer(settings)
    queue_name = settings.bulk_queue if bulk else settings.task_queue
    for start in range(0, len(job_ids), SEND_BATCH):
        batch = job_ids[start : start + SEND_BATCH]
        try:
            if engine is not None:
                mark_dispatched(engine, batch)
            send_run_jobs(app, batch, queue_name)
        except Exception:
            return


def make_dispatcher(engine: Engine, settings: Settings) -> Dispatcher:
    """Returns the embedded worker without Redis, the Celery dispatcher with it."""
    if settings.embedded:
        return EmbeddedWorker(engine, settings)
    return CeleryDispatcher(engine, settings)
