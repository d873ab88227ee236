"""Doorbells proportional to what is lost: priorities, one live doorbell per job, retries from the worker."""

from __future__ import annotations

import base64
import json
import time

import pytest

from service.matching_jobs.dispatch import BULK, FRESH, RUN_JOB_TASK, JobQueue, job_id_of


def test_fresh_jobs_go_ahead_of_a_bulk_backlog():
    q = JobQueue()
    for job_id in range(1, 101):
        q.put(job_id, BULK)
    q.put(500, FRESH)
    assert q.get(timeout=1) == (500, FRESH)
    assert q.get(timeout=1) == (1, BULK)  # then the backlog, first come first served


def test_a_job_waiting_is_not_queued_twice_and_is_live_until_handled():
    q = JobQueue()
    q.put(7, BULK)
    q.put(7, BULK)
    q.put(7, FRESH)
    assert q.qsize() == 1 and q.live() == {7}
    assert q.get(timeout=1) == (7, BULK)
    assert q.get(timeout=0) is None
    assert q.live() == {7}  # being handled: the sweep leaves it alone
    q.task_done(7)
    assert q.live() == set() and q.join(timeout=0)


def test_a_delayed_retry_comes_due_after_its_backoff():
    q = JobQueue()
    started = time.monotonic()
    q.put(3, BULK, delay=0.3)
    assert q.live() == {3} and not q.join(timeout=0)
    assert q.get(timeout=0) is None  # not due yet
    assert q.get(timeout=5) == (3, BULK)
    assert time.monotonic() - started >= 0.29


def test_job_id_of_reads_only_run_job_messages():
    def message(task: str, args: list) -> bytes:
        body = base64.b64encode(json.dumps([args, {}, {}]).encode()).decode()
        return json.dumps({"body": body, "headers": {"task": task}}).encode()

    assert job_id_of(message(RUN_JOB_TASK, [42])) == 42
    assert job_id_of(message("skillbank.sweep", [])) is None
    assert job_id_of(b"not json") is None


def test_the_celery_task_retries_a_failed_job_itself_with_backoff(monkeypatch):
    """No sweep needed: the task re-sends a job that raised with a countdown (bulk queue)."""
    from service.matching_jobs.runner import JobOutcome
    from workers import tasks

    sent: list[tuple[int, str, float | None]] = []
    monkeypatch.setattr(tasks, "_runtime", lambda: (object(), object()))
    # the task's own job and one it took along from the waiting ones both raised; a third asks for follow-ups
    monkeypatch.setattr(
        tasks,
        "run_jobs",
        lambda *a, **k: [
            JobOutcome(9, True, [], retry_in=4.0),
            JobOutcome(12, True, [], retry_in=2.0),
            JobOutcome(13, True, [21, 22]),
        ],
    )
    monkeypatch.setattr(
        tasks,
        "send_run_job",
        lambda app, job_id, queue, countdown=None: sent.append((job_id, queue, countdown)),
    )
    follow: list[tuple[list[int], str]] = []
    monkeypatch.setattr(tasks, "send_run_jobs", lambda app, ids, queue: follow.append((list(ids), queue)))
    tasks.run_job_task.run(9)
    assert sent == [(9, tasks.settings.bulk_queue, 4.0), (12, tasks.settings.bulk_queue, 2.0)]
    assert ([21, 22], tasks.settings.bulk_queue) in follow


@pytest.mark.parametrize("attempt,expected", [(1, 2.0), (2, 4.0), (3, 8.0), (10, 60.0)])
def test_retry_backoff_doubles_and_is_capped(attempt, expected):
    from service.matching_jobs.runner import retry_delay

    assert retry_delay(2.0, attempt) == expected
