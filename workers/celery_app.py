"""The Celery app: at-least-once delivery settings; the job row in the database is the record of work."""

from __future__ import annotations

from celery import Celery

from service.settings import Settings

settings = Settings.from_env()

SEND_MAIL_TASK = "skillbank.send_mail"

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
