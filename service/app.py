"""The Litestar application factory."""

from __future__ import annotations

import logging

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, YamlRenderPlugin
from sqlalchemy import Engine

from service.db import make_engine
from service.dispatch import Dispatcher, make_dispatcher
from service.settings import Settings
from service.web.api import ROUTES
from service.web.api_activities import ROUTES as ACTIVITY_ROUTES
from service.web.api_staff import ROUTES as STAFF_ROUTES
from service.web.deps import provide_dispatcher, provide_engine, provide_settings
from service.web.errors import EXCEPTION_HANDLERS
from service.web.pages import csrf_config, page_routes, template_config
from service.web.pages_metrics import METRICS_PAGES
from service.web.security import ClientMiddleware, apply_walls, security_headers_hook, wall_guard


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    dispatcher: Dispatcher | None = None,
    start_dispatcher: bool = True,
) -> Litestar:
    """Returns the web app; its matcher thread or Celery publisher starts and stops with it."""
    settings = settings or Settings.from_env()
    engine = engine or make_engine(settings.database_url)
    dispatcher = dispatcher or make_dispatcher(engine, settings)
    logging.getLogger("skillbank").setLevel(logging.INFO)

    def startup(app: Litestar) -> None:
        if start_dispatcher:
            dispatcher.start()

    def shutdown(app: Litestar) -> None:
        if start_dispatcher:
            dispatcher.stop()

    app = Litestar(
        route_handlers=[*ROUTES, *ACTIVITY_ROUTES, *STAFF_ROUTES, *page_routes(extra=METRICS_PAGES)],
        template_config=template_config(),
        csrf_config=csrf_config(settings),
        state=State({"settings": settings, "engine": engine, "dispatcher": dispatcher}),
        on_startup=[startup],
        on_shutdown=[shutdown],
        dependencies={
            "engine": Provide(provide_engine, sync_to_thread=False),
            "settings": Provide(provide_settings, sync_to_thread=False),
            "dispatcher": Provide(provide_dispatcher, sync_to_thread=False),
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
        middleware=[ClientMiddleware],
        before_send=[security_headers_hook(settings)],
    )
    apply_walls(app, settings)
    return app
