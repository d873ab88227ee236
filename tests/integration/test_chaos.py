"""The trust targets at reduced counts: Redis stopped, workers killed, PostgreSQL restarted (bench/chaos.py has the full runs)."""

from __future__ import annotations

import os
import shutil

import pytest

from bench import chaos
from tests.conftest import need, port_open
from workers.tasks import CELERY_BATCH

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis, pytest.mark.worker]


@pytest.fixture(autouse=True)
def _services():
    need("PostgreSQL (127.0.0.1:5432)", port_open("127.0.0.1", 5432))
    need("redis-server binary", shutil.which("redis-server") is not None)


def test_redis_outage_loses_no_submission(tmp_path):
    report = chaos.redis_outage(submissions=40, outage=4.0, workdir=tmp_path)
    c = report.counts
    assert c["stored"] == c["2xx"] == 40, report.line()
    assert c["5xx"] == 0 and c["matched"] == 40, report.line()
    # The wait follows progress (bench/chaos.py wait_all_matched): a busy machine may take longer in all,
    # but matching may never stand still for more than 120 s.
    assert c["seconds_to_all_matched_after_return"] >= 0, report.line()
    assert c["longest_stall_s"] <= 120, report.line()


def test_killed_workers_lose_and_duplicate_nothing(tmp_path):
    report = chaos.worker_kill(jobs=60, kills=2, workdir=tmp_path)
    c = report.counts
    assert c["lost"] == 0 and c["matched"] == 60, report.line()
    same, total = map(int, str(c["same_as_calm"]).split("/"))
    assert same == total > 0, report.line()
    assert 0 <= c["seconds_to_all_done_after_last_kill"] <= 120, report.line()


def test_database_restart_answers_503_and_recovers(tmp_path):
    need("root with pg_createcluster", shutil.which("pg_createcluster") is not None and os.geteuid() == 0)
    report = chaos.db_restart(submissions=40, down=2.0, workdir=tmp_path)
    c = report.counts
    stored, accepted = map(int, str(c["2xx_stored"]).split("/"))
    assert stored == accepted == c["2xx"] > 0, report.line()
    assert c["other_5xx"] == 0 and c["stack_traces"] == 0, report.line()
    assert c["503"] > 0, report.line()  # the outage really happened and was answered clearly
    assert 0 <= c["seconds_to_all_matched"] <= 120, report.line()


def test_backlog_keeps_one_message_per_job_and_serves_a_fresh_request_first(tmp_path):
    """trust.md "backlog" at reduced counts: 300 imported jobs, no worker for 10 s while `serve` (every 0.5 s,
    stale after 2 s) and `beat` sweep; then a worker starts and a fresh request is posted at once."""
    jobs = 300
    report = chaos.backlog(jobs=jobs, stopped=10.0, workdir=tmp_path, sweep_seconds=0.5, stale_seconds=2.0)
    c = report.counts
    queued = c["jobs_queued"]  # the imported requests' jobs and the volunteer import's re-scores
    assert queued >= jobs, report.line()
    bound = queued + queued // 100  # queued messages <= jobs + 1 %
    assert c["max_job_messages"] <= bound and c["max_duplicate_messages"] <= queued // 100, report.line()
    assert c["max_queued"] <= bound + c["max_sweep_messages"], report.line()  # + beat's doorbells (1 per 5 s)
    # Every run_job message the worker received was for a job row of its own: the import's, the fresh
    # request's, and those the volunteer re-scores created for requests matched meanwhile.
    rows = c["job_rows"]
    assert c["run_job_tasks_received"] <= rows + rows // 100, report.line()
    # The fresh request got its proposals (waiting as long as the worker made progress) ahead of the backlog:
    # only what the worker had already taken may finish between its post and match — per child the batch it runs
    # and the message it has reserved (prefetch 1), each a batch of up to CELERY_BATCH jobs (its own and the
    # waiting ones it takes along, the newest first, so the fresh job rides with the next batch claimed).
    assert c["fresh_request_s"] >= 0, report.line()
    assert c["backlog_matched_between_fresh_post_and_match"] <= 2 * 2 * CELERY_BATCH, report.line()
    assert c["seconds_to_all_matched"] >= 0, report.line()
