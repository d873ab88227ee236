"""The Litestar application factory."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from sqlalchemy import Engine

from service.activities import api as activities_api
from service.activities import pages as activities_pages
from service.db import make_engine
from service.learning import api as learning_api
from service.learning import pages as learning_pages
from service.matching_jobs.dispatch import Dispatcher, make_dispatcher
from service.metrics import api as metrics_api
from service.metrics import pages as metrics_pages
from service.outbox import api as outbox_api
from service.outbox import pages as outbox_pages
from service.outbox.sender import OutboxSender, make_mailbell
from service.privacy import api as privacy_api
from service.proposals import api as proposals_api
from service.proposals import pages as proposals_pages
from service.requests import api as requests_api
from service.requests import pages as requests_pages
from service.requests import staff_pages as requests_staff_pages
from service.roster import api as roster_api
from service.roster import pages as roster_pages
from service.settings import Settings
from service.staff import api as staff_api
from service.staff import pages as staff_pages
from service.taxonomy import api as taxonomy_api
from service.volunteers import api as volunteers_api
from service.volunteers import pages as volunteers_pages
from service.web.body import BodyCheckMiddleware
from service.web.deps import provide_dispatcher, provide_engine, provide_settings, provide_staff, provide_uow
from service.web.errors import EXCEPTION_HANDLERS
from service.web.health import health
from service.web.openapi import LateDocument, allow_header_hook, strict_json_types
from service.web.pages import csrf_config, page_routes, template_config
from service.web.security import ClientMiddleware, apply_walls, security_headers_hook, wall_guard

# Each domain package holds its JSON controllers (`api.ROUTES`) and its HTML pages (`pages.PAGES`; requests keeps
# the staff console's in `staff_pages.PAGES`).
API_MODULES = (
    staff_api,
    volunteers_api,
    requests_api,
    proposals_api,
    activities_api,
    metrics_api,
    privacy_api,
    roster_api,
    taxonomy_api,
    learning_api,
    outbox_api,
)
PAGE_MODULES = (
    staff_pages,
    volunteers_pages,
    requests_pages,
    requests_staff_pages,
    proposals_pages,
    activities_pages,
    metrics_pages,
    learning_pages,
    outbox_pages,
    roster_pages,
)


def api_routes() -> list[Any]:
    """Returns every JSON controller of every domain, and the health check."""
    return [*(route for module in API_MODULES for route in module.ROUTES), health]


def page_handlers() -> list[Any]:
    """Returns every HTML page handler of every domain."""
    return [handler for module in PAGE_MODULES for handler in module.PAGES]


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    dispatcher: Dispatcher | None = None,
    start_dispatcher: bool = True,
) -> Litestar:
    """Returns the web app; its matcher thread or Celery publisher starts and stops with it."""
    settings = settings or Settings.from_env()
    settings.require_secret_key()  # production never signs with a missing or machine-local key
    engine = engine or make_engine(settings.database_url)
    dispatcher = dispatcher or make_dispatcher(engine, settings)
    mail_sender = OutboxSender(engine, settings)  # runs only when SKILLBANK_SMTP_URL is set
    mailbell, celery_bell = make_mailbell(settings, mail_sender)  # a commit that wrote mail rings the sender
    logging.getLogger("skillbank").setLevel(logging.INFO)

    def startup(app: Litestar) -> None:
        if start_dispatcher:
            dispatcher.start()
            mail_sender.start()
            if celery_bell is not None:
                celery_bell.start()

    def shutdown(app: Litestar) -> None:
        if start_dispatcher:
            if celery_bell is not None:
                celery_bell.stop()
            mail_sender.stop()
            dispatcher.stop()

    app = Litestar(
        route_handlers=[*api_routes(), *page_routes(page_handlers())],
        template_config=template_config(),
        csrf_config=csrf_config(settings),
        state=State(
            {
                "settings": settings,
                "engine": engine,
                "dispatcher": dispatcher,
                "mail_sender": mail_sender,
                "mailbell": mailbell if start_dispatcher else None,
            }
        ),
        on_startup=[startup],
        on_shutdown=[shutdown],
        dependencies={
            "engine": Provide(provide_engine, sync_to_thread=False),
            "settings": Provide(provide_settings, sync_to_thread=False),
            "dispatcher": Provide(provide_dispatcher, sync_to_thread=False),
            "uow": Provide(provide_uow),
            "staff": Provide(provide_staff, sync_to_thread=False),
        },
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        openapi_config=OpenAPIConfig(
            title="Skillbank",
            version="0.1.0",
            path="/schema",
            # JSON and YAML only: the HTML viewers load scripts from a CDN,
            # which the Content-Security-Policy (rightly) refuses.
            render_plugins=[JsonRenderPlugin(), YamlRenderPlugin()],
        ),
        request_max_body_size=1_000_000,
        debug=False,
        # security (service/web/security.py): deny-by-default wall, client address for throttling, headers
        guards=[wall_guard],
        middleware=[ClientMiddleware, BodyCheckMiddleware],
        before_send=[security_headers_hook(settings), allow_header_hook()],
        before_request=strict_json_types,  # the documented JSON types, not pydantic's lax coercions
    )
    apply_walls(app, settings)
    # After the walls (public routes are documented without 401/403), and off the start path: see LateDocument.
    late = app.state.late_document = LateDocument(app, settings)
    app.on_startup.append(lambda _app: late.start())
    return app
