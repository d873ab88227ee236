"""The learned-weights page in headless Chromium: an admin opens it from the console menu, sees which weights
rank now, asks for a training (with no decisions yet the page says why), and axe-core finds no serious
violation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from matching.algorithm import DEFAULT
from tests.browser.conftest import DESKTOP, axe_violations, log_in_as_demo

pytestmark = pytest.mark.browser


def test_learning_page(live_server: str, browser: Any, shots: Path) -> None:
    desk = browser.new_context(base_url=live_server, **DESKTOP)
    desk.set_default_timeout(8000)
    page = desk.new_page()
    log_in_as_demo(page, "/staff/learning")
    assert page.get_by_role("link", name="重みの学習").get_attribute("aria-current") == "page"
    assert DEFAULT.name in page.locator("main").inner_text()
    violations = axe_violations(page)
    assert not violations, violations
    page.get_by_role("button", name="いまの判断で学習する").click()
    page.wait_for_url(re.compile(r"done=train-refused"))
    assert "同じ依頼の承認と見送りの組" in page.get_by_role("status").inner_text()
    violations = axe_violations(page)
    assert not violations, violations
    page.screenshot(path=str(shots / "30-learning.png"), full_page=True)
    desk.close()
