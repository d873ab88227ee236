"""The per-address limit on anonymous public submissions (registration and request forms and API).

``submission_limit`` is a route guard on the four public submission routes. A caller with a live staff session is
never limited (staff enter requests taken by phone). Everyone else is counted per client address (proxies resolved
as for login throttling) in a one-hour window, shared by every process (service.ratelimit); past
``settings.public_submissions_per_hour`` (``SKILLBANK_PUBLIC_SUBMISSIONS_PER_HOUR``, default 20, 0 = off) the
answer is 429 with Retry-After. A request without a known address is counted under one shared key.
"""

from __future__ import annotations

from datetime import timedelta

from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler

from service.errors import DomainError
from service.ratelimit import address_key, hit
from service.settings import Settings
from service.staff.throttle import CLIENT
from service.web.deps import current_staff, session_token

WINDOW = timedelta(hours=1)


class TooManySubmissions(DomainError):
    status_code = 429
    code = "too_many_requests"

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, (retry_after + 59) // 60)
        super().__init__(
            f"この接続元からの送信が多すぎます。{minutes}分ほど待ってから再度お試しいただくか、"
            "社会福祉協議会にお電話ください。",
            f"Too many submissions from this address; try again in about {minutes} minute(s), "
            "or call the Council.",
        )
        self.retry_after = retry_after


def submission_limit(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Counts an anonymous public submission against its address; raises TooManySubmissions past the limit."""
    state = connection.app.state
    settings: Settings = state.settings
    limit = settings.public_submissions_per_hour
    if limit <= 0 or connection.scope.get("method") != "POST":
        return
    if session_token(connection) and current_staff(connection) is not None:
        return  # staff entry is never limited
    info = CLIENT.get()
    address = (info.address if info else None) or "unknown"
    outcome = hit(state.engine, settings.redis_url, address_key("s", address), limit, WINDOW)
    if not outcome.allowed:
        raise TooManySubmissions(outcome.retry_after)
