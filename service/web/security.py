"""Browser hygiene and walls for every response and route.

- ``security_headers``: a ``before_send`` hook, so every response gets the headers (404s, errors, static files,
  the schema) — Content-Security-Policy without inline scripts, nosniff, a referrer policy, frame denial, and
  ``Cache-Control: no-store`` on everything but static assets (pages and the API carry personal data).
- ``ClientMiddleware``: works out the client address (``X-Forwarded-For`` believed only when the peer is one of
  ``settings.trusted_proxies``) and the session token presented, for login throttling and session rotation.
- ``wall_guard``: an app-wide guard, deny by default. A route is public only by declaration
  (``opt={"public": True}`` on the handler, or listed in ``PUBLIC_PAGES`` below); everything else needs a staff
  session, and ``opt={"role": "admin"}`` / ``admin_guard`` needs an admin. ``tests/security/test_walls.py`` fails
  for any route that is not declared public and does not declare its guard (or its access: ``STAFF_ONLY``, for a
  polled staff route the wall alone guards).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

from litestar import Litestar
from litestar.connection import ASGIConnection
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import PermissionDeniedException
from litestar.handlers import BaseRouteHandler
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from service.settings import Settings
from service.staff.throttle import CLIENT, ClientInfo
from service.web.deps import admin_guard, session_token, staff_guard

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)

# Pages anyone may open (the public forms, the private-link pages whose token is the credential, the login form).
PUBLIC_PAGES = frozenset(
    {
        "/",
        "/volunteer/register",
        "/request/new",
        "/v/{token:str}",
        "/v/{token:str}/edit",
        "/v/{token:str}/status",
        "/r/{token:str}",
        "/r/{token:str}/withdraw",
        "/r/{token:str}/edit",
        "/r/{token:str}/dates/{day:str}/cancel",
        "/staff/login",
        "/static/{file_path:path}",
    }
)
# Staff pages that check the login inside the handler (the wall checks it first as well).
STAFF_PAGES = frozenset({"/staff/metrics"})
SCHEMA_PREFIX = "/schema"


# ---------------------------------------------------------------- headers


def base_security_headers(settings: Settings) -> dict[str, str]:
    """Returns the security headers every HTTP response carries (a page may set a stricter referrer policy)."""
    base = {
        "content-security-policy": CSP,
        "x-content-type-options": "nosniff",
        "referrer-policy": "same-origin",
        "x-frame-options": "DENY",
        "cross-origin-opener-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=()",
    }
    if settings.production:
        base["strict-transport-security"] = "max-age=31536000; includeSubDomains"
    return base


def security_headers_hook(settings: Settings) -> Any:
    """Returns the before_send hook adding the security headers to every HTTP response."""
    base = base_security_headers(settings)

    # Encoded once: looking each name up through MutableScopeHeaders (a scan decoding every header) cost a
    # small API answer as much as its guard. The same headers in the same order as setting them one by one.
    csp = (b"content-security-policy", CSP.encode("latin-1"))
    unless_set = [  # pages may set a stricter referrer policy
        (name.encode("latin-1"), value.encode("latin-1"))
        for name, value in base.items()
        if name != "content-security-policy"
    ]
    no_store = (b"cache-control", b"no-store")

    async def security_headers(message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start":
            return
        headers = MutableScopeHeaders.from_message(message)
        raw = headers.headers
        present = {name.lower() for name, _ in raw}
        if csp[0] in present:  # replaced where it stands, duplicates dropped
            headers["content-security-policy"] = CSP
        else:
            raw.append(csp)
        for item in unless_set:
            if item[0] not in present:
                raw.append(item)
        if not scope.get("path", "").startswith("/static/"):
            if no_store[0] in present:
                headers["cache-control"] = "no-store"
            else:
                raw.append(no_store)

    return security_headers


# ---------------------------------------------------------------- client address


def _networks(items: Iterable[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(i, strict=False) for i in items]


def _trusted(addr: str, networks: list[Any]) -> bool:
    try:
        ip = ipaddress.ip_address(addr.strip())
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(scope: Scope, trusted_proxies: Iterable[str]) -> str | None:
    """Returns the client's address: the peer, unless the peer is a trusted proxy; then the right-most address in
    X-Forwarded-For that is not itself a trusted proxy (the left part of the header is whatever the client sent)."""
    client = scope.get("client")
    peer = client[0] if client else None
    networks = _networks(trusted_proxies)
    if not peer or not networks or not _trusted(peer, networks):
        return peer
    forwarded: list[str] = []
    for name, value in scope.get("headers", []):
        if name.lower() == b"x-forwarded-for":
            forwarded += [p.strip() for p in value.decode("latin-1").split(",") if p.strip()]
    for hop in reversed(forwarded):
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # garbage from the proxy chain: fall back to the proxy itself
    return forwarded[0] if forwarded else peer


class ClientMiddleware:
    """Publishes the client address and the presented session token to service.auth (a context variable)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings: Settings = scope["litestar_app"].state.settings
        conn: ASGIConnection = ASGIConnection(scope)
        info = ClientInfo(
            address=client_address(scope, settings.trusted_proxies), session_token=session_token(conn)
        )
        reset = CLIENT.set(info)
        try:
            await self.app(scope, receive, send)
        finally:
            CLIENT.reset(reset)


# ---------------------------------------------------------------- walls


def handler_guards(handler: BaseRouteHandler) -> list[Any]:
    """Returns the guard callables declared on the handler and its owners (controller, router)."""
    guards: list[Any] = []
    for layer in handler.ownership_layers:
        guards += list(layer.guards or [])
    return guards


def declared_access(path: str, handler: BaseRouteHandler) -> str | None:
    """Returns "public", "admin" or "staff" as declared for a route, or None when it declares nothing."""
    methods: set[str] = getattr(handler, "http_methods", set())
    if handler.opt.get("access"):
        return str(handler.opt["access"])
    if handler.opt.get("public") or path in PUBLIC_PAGES or methods == {"OPTIONS"}:
        return "public"
    guards = handler_guards(handler)
    if admin_guard in guards or handler.opt.get("role") == "admin":
        return "admin"
    if staff_guard in guards or path in STAFF_PAGES:
        return "staff"
    return None


def apply_walls(app: Litestar, settings: Settings) -> None:
    """Records each route's declared access on its handler (the schema: public unless production)."""
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            if route.path.startswith(SCHEMA_PREFIX):
                access = "staff" if settings.production else "public"
            else:
                access = declared_access(route.path, handler)  # type: ignore[assignment]
            if access:
                handler.opt["access"] = access


UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def cross_site(connection: ASGIConnection) -> bool:
    """True when the browser says the request comes from another site (Sec-Fetch-Site, or an Origin not ours)."""
    fetch_site = connection.headers.get("sec-fetch-site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return True
    origin = connection.headers.get("origin")
    if origin and origin != "null":
        from urllib.parse import urlsplit

        return urlsplit(origin).netloc.lower() != connection.headers.get("host", "").lower()
    return bool(origin)


async def wall_guard(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    """Deny by default: only declared-public routes pass without a staff session.

    The JSON API has no CSRF token (pages do); a state-changing API call authenticated by the session *cookie* (not
    a bearer header) must therefore come from our own origin — defence in depth beside SameSite=Strict.

    A coroutine, so that a public route (the health check) does not pay a worker thread for a guard that only
    reads the handler's options; the staff session is checked in a thread (`staff_guard`).
    """
    access = handler.opt.get("access")
    if access == "public":
        return
    if (
        connection.scope.get("method") in UNSAFE_METHODS
        and connection.url.path.startswith("/api/")
        and not connection.headers.get("authorization")
        and cross_site(connection)
    ):
        raise PermissionDeniedException(detail="Cross-site request refused.")
    if access == "admin":
        await admin_guard(connection, handler)
        return
    await staff_guard(connection, handler)
