"""The unit of work: one transaction that commits once, then rings the doorbells for the jobs it enqueued.

Use-cases add rows through `uow.session` and call `uow.enqueue(job)` for each matching job they create; nothing
is sent before the commit (a job never points at a rolled-back row), and a rollback drops what was enqueued.
The web app provides one per request (service/web/deps.py: read-only for GET, writing otherwise); the workers
and the CLI open their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Protocol

from sqlalchemy import Engine
from sqlmodel import Session

from schemas.models import MatchingJob
from service.db import read_only


class Doorbell(Protocol):
    """Whatever tells the workers that jobs are waiting (the embedded thread's queue, or Celery)."""

    def dispatch(self, job_ids: list[int]) -> None: ...


class UnitOfWork:
    """One transaction over one session, opened on first use; commit once, doorbells after the commit."""

    def __init__(self, engine: Engine, doorbell: Doorbell | None = None, *, write: bool = True) -> None:
        self.engine = engine
        self.doorbell = doorbell
        self.write = write
        self._session: Session | None = None
        self._jobs: list[int] = []

    @property
    def session(self) -> Session:
        """Returns the transaction's session (a read-only unit of work never takes the SQLite write lock)."""
        if self._session is None:
            self._session = Session(
                self.engine if self.write else read_only(self.engine), expire_on_commit=False
            )
        return self._session

    def enqueue(self, job: MatchingJob) -> None:
        """Remembers a matching job to announce once the transaction has committed."""
        if job.id is None:
            self.session.flush()
        assert job.id is not None
        if job.id not in self._jobs:
            self._jobs.append(job.id)

    @property
    def enqueued(self) -> list[int]:
        """Returns the ids of the jobs this transaction will announce."""
        return list(self._jobs)

    def commit(self) -> None:
        """Commits, then rings the doorbell for the enqueued jobs (a lost doorbell is the sweep's business)."""
        if self._session is not None:
            self._session.commit()
        jobs, self._jobs = self._jobs, []
        if jobs and self.doorbell is not None:
            self.doorbell.dispatch(jobs)

    def rollback(self) -> None:
        """Rolls back and forgets the enqueued jobs."""
        if self._session is not None:
            self._session.rollback()
        self._jobs = []

    def close(self) -> None:
        """Closes the session (an uncommitted transaction is rolled back)."""
        if self._session is not None:
            self._session.close()
            self._session = None

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
            del self._jobs[jobs:]
            raise

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
