"""The unit of work: one transaction that commits once, then rings the doorbells for the jobs it enqueued.

Use-cases add rows through `uow.session` and call `uow.enqueue(job)` for each matching job they create; nothing
is sent before the commit (a job never points at a rolled-back row), and a rollback drops what was enqueued.
The web app provides one per request (service/web/deps.py: read-only for GET, writing otherwise); the workers
and the CLI open their own. A unit of work that wrote outbox messages also rings the mail sender after its commit
(`mailbell`: the embedded sender thread's event, or a send_mail task for the Celery workers), so a message goes
out at once instead of at the sender's next poll.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import TracebackType
from typing import Protocol, TypeVar

from sqlalchemy import Connection, Engine, event, update
from sqlmodel import Session, col

from schemas.models import MatchingJob, utcnow
from schemas.outbox import OutboxMessage
from service.db import TRANSACTION_ATTEMPTS, is_retryable, read_only, retry_backoff

log = logging.getLogger(__name__)

T = TypeVar("T")

# A job written longer than this before its transaction commits gets its dispatch mark at the commit.
LONG_TRANSACTION = timedelta(seconds=1)


class Doorbell(Protocol):
    """Whatever tells the workers that jobs are waiting (the embedded thread's queue, or Celery).

    `bulk=True` (re-scoring, imports) lets fresh requests and staff actions go first.
    """

    def dispatch(self, job_ids: list[int], *, bulk: bool = False) -> None: ...


class UnitOfWork:
    """One transaction over one session, opened on first use; commit once, doorbells after the commit."""

    def __init__(
        self,
        engine: Engine,
        doorbell: Doorbell | None = None,
        *,
        write: bool = True,
        bulk: bool = False,
        mailbell: Callable[[], None] | None = None,
    ) -> None:
        self.engine = engine
        self.doorbell = doorbell
        self.mailbell = mailbell  # rung after a commit that wrote outbox messages
        self._mail = False
        self.write = write
        self.bulk = bulk  # every job of this unit of work is bulk work (an import)
        self._session: Session | None = None
        self._connection: Connection | None = None
        self._jobs: list[int] = []
        self._bulk: set[int] = set()
        # the earliest created_at of the enqueued jobs (None: none, or one whose stamp cannot be compared)
        self._oldest_job: datetime | None = None
        self._stamps_known = True

    @property
    def session(self) -> Session:
        """Returns the transaction's session (a read-only unit of work never takes the SQLite write lock)."""
        if self._session is None:
            self._session = Session(
                self.engine if self.write else read_only(self.engine), expire_on_commit=False
            )
            if self.mailbell is not None and self.write:
                event.listen(self._session, "after_flush", self._saw_flush)
        return self._session

    def read_connection(self) -> Connection:
        """Returns a Core connection in the unit of work's transaction, for reads of plain rows (Core statements).

        A read-only unit of work that has not opened its session reads through a bare connection in a read-only
        transaction of its own: no ORM session, identity map or unit-of-work bookkeeping (a polled list spent more
        on those than on its query). Otherwise the session's connection, so the reads see its writes.
        """
        if self._session is not None or self.write:
            return self.session.connection()
        if self._connection is None:
            self._connection = read_only(self.engine).connect()
            self._connection.begin()
        return self._connection

    def _saw_flush(self, session: Session, _context: object) -> None:
        # after_flush still shows what the flush inserted as new: any outbox message means mail to ring for
        if not self._mail and any(isinstance(obj, OutboxMessage) for obj in session.new):
            self._mail = True

    def enqueue(self, job: MatchingJob, *, bulk: bool = False) -> None:
        """Remembers a matching job to announce once the transaction has committed (`bulk`: behind fresh work)."""
        if job.id is None:
            self.session.flush()
        assert job.id is not None
        if job.id not in self._jobs:
            self._jobs.append(job.id)
            created = job.created_at
            if created is None or created.tzinfo is None:
                self._stamps_known = False
            elif self._oldest_job is None or created < self._oldest_job:
                self._oldest_job = created
            if bulk or self.bulk:
                self._bulk.add(job.id)

    @property
    def idle(self) -> bool:
        """True while no session was opened and no job enqueued (committing or closing then does nothing)."""
        return self._session is None and self._connection is None and not self._jobs

    @property
    def enqueued(self) -> list[int]:
        """Returns the ids of the jobs this transaction will announce."""
        return list(self._jobs)

    def commit(self) -> None:
        """Commits, then rings the doorbell for the enqueued jobs (a lost doorbell is the sweep's business)."""
        if self._session is not None:
            if self._jobs:
                self._mark_dispatch(self._session)
            self._session.commit()
        jobs, bulk, self._jobs, self._bulk = self._jobs, self._bulk, [], set()
        self._oldest_job, self._stamps_known = None, True
        mail, self._mail = self._mail, False
        if mail and self.mailbell is not None:
            try:
                self.mailbell()
            except Exception:  # the sender's poll delivers it anyway: a missed ring costs only time
                log.warning("could not ring the mail sender; its next poll delivers the mail", exc_info=True)
        if jobs and self.doorbell is not None:
            fresh = [j for j in jobs if j not in bulk]
            if fresh:
                self.doorbell.dispatch(fresh)
            if bulk:
                self.doorbell.dispatch([j for j in jobs if j in bulk], bulk=True)

    def _mark_dispatch(self, session: Session) -> None:
        """Sets the dispatch mark of jobs created long before this commit (an import) to now: their doorbell
        rings now, not when the row was written, so the sweep does not take them for lost meanwhile. (A job
        of a short transaction keeps no mark: its created_at stands in for it.)

        When every job was created within LONG_TRANSACTION (a submission), no row can match and the statement is
        not sent (a round trip in every submission's transaction)."""
        now = utcnow()
        if self._stamps_known and self._oldest_job is not None and self._oldest_job >= now - LONG_TRANSACTION:
            return
        for start in range(0, len(self._jobs), 1000):
            session.exec(
                update(MatchingJob)
                .where(
                    col(MatchingJob.id).in_(self._jobs[start : start + 1000]),
                    col(MatchingJob.created_at) < now - LONG_TRANSACTION,
                )
                .values(dispatched_at=now)
            )

    def finish(self) -> None:
        """Commits and closes now, in the calling thread (a handler that has written all it writes): the request
        then has nothing left to settle in another thread, and the write lock is released at once."""
        try:
            self.commit()
        finally:
            self.close()

    def rollback(self) -> None:
        """Rolls back and forgets the enqueued jobs."""
        if self._session is not None:
            self._session.rollback()
        self._jobs, self._bulk, self._mail = [], set(), False
        self._oldest_job, self._stamps_known = None, True

    def end_read(self) -> None:
        """Ends a read-only unit of work now, in the calling thread (a GET handler that has read all it shows):
        the request then has nothing left to settle in another thread. A writing one is left to commit as usual."""
        if not self.write:
            self.close()

    def close(self) -> None:
        """Closes the session (an uncommitted transaction is rolled back)."""
        if self._connection is not None:
            self._connection.close()  # a read: nothing to commit
            self._connection = None
        if self._session is not None:
            self._session.close()
            self._session = None

    def retrying(self, action: Callable[[], T], attempts: int = TRANSACTION_ATTEMPTS) -> T:
        """Runs `action` (all of this unit of work's writes) and flushes; if PostgreSQL aborted the transaction
        because it lost a deadlock or a serialisation race, rolls everything back and runs it again, up to
        `attempts` times in all.

        Only for actions whose every effect goes through this unit of work (rows, audit rows, jobs): a rolled-back
        attempt then leaves nothing behind, so running it again is safe. The flush at the end takes the last row
        locks here, inside the loop, so the commit that follows does not wait on a lock.
        """
        for attempt in range(1, attempts + 1):
            try:
                result = action()
                if self._session is not None:
                    self._session.flush()
                return result
            except Exception as exc:
                if not is_retryable(exc) or attempt == attempts:
                    raise
                log.info("transaction lost a race (%s); running it again", type(exc.orig).__name__)  # type: ignore[attr-defined]
                self.rollback()
                time.sleep(retry_backoff(attempt))
        raise AssertionError("unreachable")

    @contextmanager
    def attempt(self) -> Iterator[Session]:
        """A savepoint: if the block raises, its writes and jobs are undone and the error goes on to the caller.

        Pages that catch a refusal to show it next to a field use this, so the rest of the request still commits.
        """
        jobs = len(self._jobs)
        try:
            with self.session.begin_nested():
                yield self.session
        except BaseException:
            self._bulk.difference_update(self._jobs[jobs:])
            del self._jobs[jobs:]
            raise

    def attempt_retrying(self, action: Callable[[Session], T]) -> T:
        """`action` in a savepoint (a refusal undoes only its writes, for a page that shows it next to a field),
        run again if it lost a deadlock or a serialisation race (see `retrying`)."""

        def once() -> T:
            with self.attempt() as session:
                return action(session)

        return self.retrying(once)

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.rollback()
        finally:
            self.close()
