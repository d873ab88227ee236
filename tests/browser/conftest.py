"""Real-browser fixtures: the app served by uvicorn on a free port (embedded mode, SQLite with the demo data),
Debian's headless Chromium driven by Playwright, and axe-core injected into each page.

Chromium and axe-core are installed by `scripts/browser-setup` (run by ./test); without them these tests skip on a
laptop and fail in CI.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, need

CHROMIUM = Path(os.environ.get("SKILLBANK_CHROMIUM", "/usr/bin/chromium"))
AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Screenshots go to docs/screenshots/ only when asked (scripts/screenshots), so a test run leaves the tree clean.
SHOTS_TO_DOCS = os.environ.get("SKILLBANK_SCREENSHOTS") == "1"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 1,
    "is_mobile": True,
    "has_touch": True,
    "locale": "ja-JP",
}
DESKTOP = {"viewport": {"width": 1280, "height": 900}, "device_scale_factor": 1, "locale": "ja-JP"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Returns the base URL of the real app under uvicorn in a thread, with the demo data and its matcher thread."""
    import uvicorn

    from service.app import create_app
    from service.cli_data import load_demo
    from service.db import make_engine
    from service.migrate import upgrade
    from service.settings import Settings

    var = tmp_path_factory.mktemp("browser-var")
    port = _free_port()
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite:///{var / 'skillbank.db'}",
            "SKILLBANK_VAR_DIR": str(var),
            "SKILLBANK_SECRET_KEY": "browser-test-secret-key",
        }
    ).with_(sweep_interval_seconds=0.5, public_url=f"http://127.0.0.1:{port}")  # links people are shown
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, settings)
    app = create_app(settings, engine=engine)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Returns headless Debian Chromium under Playwright (no browser download).

    Module-scoped: Playwright's sync API keeps an event loop running on the main thread while it is open, which
    would break later tests that call asyncio.run().
    """
    need(f"Chromium ({CHROMIUM}; scripts/browser-setup installs it)", CHROMIUM.exists())
    need(f"axe-core ({AXE_JS}; scripts/browser-setup installs it)", AXE_JS.exists())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Returns where to save screenshots: docs/screenshots/ when SKILLBANK_SCREENSHOTS=1, else a temp dir."""
    out = ROOT / "docs" / "screenshots" if SHOTS_TO_DOCS else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    return out


@lru_cache(maxsize=1)
def _axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Returns the serious and critical axe-core violations of the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: the pages' CSP (no inline scripts) rightly blocks a script tag.
        page.evaluate(_axe_source())
    violations = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def log_in_as_demo(page: Any, path: str) -> None:
    """Opens a console page, which sends an anonymous visitor to the login form, logs in as the demo coordinator
    there and waits until the form has returned them to `path`."""
    page.goto(path)
    assert "/staff/login" in page.url
    page.get_by_label("ユーザー名").fill("demo")
    page.get_by_label("パスワード").fill("skillbank-demo")
    page.get_by_role("button", name="ログイン").click()
    page.wait_for_url(re.compile(r":\d+" + re.escape(path) + r"(\?.*)?$"))
