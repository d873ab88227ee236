"""The Celery app: at-least-once delivery settings; the job row in the database is the record of work."""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery
from kombu.transport import redis as kombu_redis

from service.outbox.sender import SEND_MAIL_TASK
from service.settings import Settings

log = logging.getLogger("skillbank.worker")


def _survive_restore_after_connection_loss() -> None:
    """Keeps a worker alive when Redis goes away while it holds an unacknowledged message (kombu 5.7.0).

    On a lost connection Celery closes the channel; the Redis channel drops its connection pool first and then
    tries to put the unacknowledged messages back through a new client, whose parameters it reads from the closed
    connection: AttributeError ("'NoneType' object has no attribute 'hostname'"), which Celery takes for an
    unrecoverable error — the worker process exits (`bench.chaos redis-outage` reproduced it in 2 of 2 runs). Here
    that restore gives up instead: the message stays in Redis's unacked set (restored after visibility_timeout), and
    its job row is re-sent by the sweep within seconds — the row, not the message, is the record of work — while
    the worker reconnects and goes on.
    """
    original = kombu_redis.QoS.restore_unacked
    if getattr(original, "_skillbank_guard", False):
        return

    def restore_unacked(self: kombu_redis.QoS, client: object = None) -> None:
        try:
            original(self, client)
        except AttributeError:
            delivered: Any = getattr(self, "_delivered", None) or {}
            log.warning(
                "Redis connection lost with %d unacknowledged message(s): left to the sweep", len(delivered)
            )
            delivered.clear()

    restore_unacked._skillbank_guard = True  # type: ignore[attr-defined]
    kombu_redis.QoS.restore_unacked = restore_unacked  # type: ignore[method-assign]


_survive_restore_after_connection_loss()

settings = Settings.from_env()


app = Celery("skillbank", broker=settings.redis_url, include=["workers.tasks"])
app.conf.update(
    task_acks_late=True,  # a task killed mid-run is redelivered, not lost
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_transport_options={
        "visibility_timeout": 3600,  # far above the longest task (time limit 120 s)
        # Queues are read in sorted order: "skillbank" (fresh requests, staff actions) before
        # "skillbank.bulk" (re-scoring, imports, re-sends), so a backlog never delays a fresh request.
        "queue_order_strategy": "sorted",
    },
    task_time_limit=120,
    task_soft_time_limit=90,
    task_ignore_result=True,
    task_default_queue=settings.task_queue,
    broker_connection_retry_on_startup=True,
    # a long Redis outage: keep retrying rather than exit after 100 attempts (the sweep re-sends what was lost)
    broker_connection_max_retries=None,
    worker_hijack_root_logger=False,
    beat_schedule={
        "sweep": {
            "task": "skillbank.sweep",
            "schedule": settings.sweep_interval_seconds,
            "options": {"queue": settings.task_queue, "expires": 30},
        },
        # the outbox's mail: only with SKILLBANK_SMTP_URL (without it every message is a 連絡 task)
        **(
            {
                "send-mail": {
                    "task": SEND_MAIL_TASK,
                    "schedule": settings.mail_poll_seconds,
                    "options": {"queue": settings.task_queue, "expires": 30},
                }
            }
            if settings.smtp_url
            else {}
        ),
    },
)
