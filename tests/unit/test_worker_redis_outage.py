"""A worker that loses Redis while holding an unacknowledged message survives the channel close (kombu 5.7.0)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

import pytest

pytest.importorskip("kombu.transport.redis")


class _ClosedChannel:
    """A Redis channel after its connection was lost: a new client cannot be built (kombu's own failure)."""

    do_restore = False  # nothing to restore again when the interpreter exits

    @contextmanager
    def conn_or_acquire(self, client: Any = None) -> Any:
        raise AttributeError("'NoneType' object has no attribute 'hostname'")
        yield  # pragma: no cover


def test_restoring_unacked_messages_through_a_lost_connection_does_not_kill_the_worker(caplog):
    from kombu.transport import redis as kombu_redis

    import workers.celery_app  # noqa: F401  (installs the guard, as the worker process does)

    qos = kombu_redis.QoS(_ClosedChannel())
    qos._delivered["tag-1"] = object()  # one message the worker had not acknowledged yet
    with caplog.at_level("WARNING", logger="skillbank.worker"):
        qos.restore_unacked()  # kombu alone raises AttributeError here, which Celery treats as unrecoverable
    assert not qos._delivered
    assert "left to the sweep" in caplog.text
