"""The metrics dashboard in headless Chromium: staff log in, see the plan's figures and three SVG charts, change
the fiscal year with the form (no JavaScript needed), download the workbook; axe-core finds no serious violation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from service.metrics.period import JST, fiscal_year_of, reiwa_label
from tests.browser.conftest import DESKTOP, axe_violations, log_in_as_demo

pytestmark = pytest.mark.browser


def test_metrics_dashboard(live_server: str, browser: Any, shots: Path) -> None:
    from datetime import datetime

    desk = browser.new_context(base_url=live_server, accept_downloads=True, **DESKTOP)
    desk.set_default_timeout(8000)
    page = desk.new_page()
    log_in_as_demo(page, "/staff/metrics")
    fy = fiscal_year_of(datetime.now(JST).date())
    assert reiwa_label(fy) in page.locator("h1").inner_text()
    assert page.locator("svg.chart").count() == 3
    # the demo volunteers were registered today: the monthly chart has a registrations bar for this month
    assert page.locator("#chart-monthly-t").text_content() == "月別の新規登録と活動"
    assert page.locator("svg.chart rect title").count() >= 24
    assert page.locator("table.data").first.is_visible()
    violations = axe_violations(page)
    assert not violations, violations
    page.screenshot(path=str(shots / "20-metrics-dashboard.png"), full_page=True)

    page.locator("select[name=fy]").select_option(str(fy - 1))
    page.get_by_role("button", name="表示").click()
    page.wait_for_url(re.compile(rf"fy={fy - 1}"))
    assert reiwa_label(fy - 1) in page.locator("h1").inner_text()

    with page.expect_download() as info:
        page.get_by_role("link", name="Excelで保存").click()
    path = shots / "metrics.xlsx"
    info.value.save_as(str(path))
    assert "ファネル" in openpyxl.load_workbook(path).sheetnames
    desk.close()
