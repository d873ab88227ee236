"""End to end in headless Chromium: a volunteer registers on a phone, a resident asks for help, the background
matcher proposes, staff approve, and the resident's status page shows it; axe-core finds no serious or critical
accessibility violation on any page."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import DESKTOP, PHONE, axe_violations

pytestmark = pytest.mark.browser


def check(page: Any, shots: Path, name: str, *, full_page: bool = True) -> None:
    """Asserts axe-core finds no serious/critical violation, then saves a screenshot of the page."""
    violations = axe_violations(page)
    assert not violations, f"{name}: {violations}"
    page.screenshot(path=str(shots / f"{name}.png"), full_page=full_page)


def test_register_request_match_approve_and_status(live_server: str, browser: Any, shots: Path) -> None:
    phone = browser.new_context(base_url=live_server, **PHONE)
    phone.set_default_timeout(8000)
    volunteer = phone.new_page()

    # --- a volunteer registers on a phone; a mistake first, corrected next to the field
    volunteer.goto("/")
    check(volunteer, shots, "01-home-phone")
    volunteer.get_by_role("link", name=re.compile("ボランティアとして登録")).click()
    volunteer.get_by_role("button", name="登録する").click()
    assert volunteer.locator("#display_name-error").inner_text().strip().endswith("お名前を書いてください。")
    assert volunteer.locator("#display_name").get_attribute("aria-invalid") == "true"
    check(volunteer, shots, "03-register-errors-phone", full_page=False)

    volunteer.goto("/volunteer/register")
    volunteer.get_by_label("お名前").fill("清瀬 花子")
    volunteer.get_by_label(re.compile("デジタルボランティア")).check()
    volunteer.get_by_label("できること 1").fill("スマホの使い方")
    volunteer.get_by_label("できること 2").fill("LINE")
    volunteer.get_by_label("自己紹介").fill("元銀行員です。スマホやLINEの使い方をゆっくりお教えします。")
    volunteer.get_by_label("お住まいの町").select_option(label="中里")
    for slot in ("土 午前", "月 午後"):
        volunteer.get_by_label(slot, exact=True).tap()
    volunteer.get_by_label("電話番号").fill("090-1234-5678")
    volunteer.get_by_label(re.compile("活動の調整に使うこと")).check()
    volunteer.get_by_label(re.compile("連絡することに同意")).check()
    check(volunteer, shots, "02-register-phone")
    volunteer.get_by_role("button", name="登録する").click()
    volunteer.wait_for_url(re.compile(r"/v/[A-Za-z0-9_-]{20,}\?welcome=1$"))
    assert "登録を受け付けました" in volunteer.content()
    assert volunteer.locator(".private-link").inner_text().startswith(live_server + "/v/")
    check(volunteer, shots, "04-registered-private-link-phone")

    # --- a resident asks for help on a phone
    resident = phone.new_page()
    resident.goto("/request/new")
    resident.get_by_label(re.compile("^お名前")).fill("佐藤 一郎")
    resident.get_by_label("ひとことで").fill("母がLINEを使えるようになりたい")
    resident.get_by_label("手伝ってほしいこと").fill(
        "母(82歳)がスマホでLINEを使って孫とビデオ通話をしたいと言っています。土曜の午前に家に来ていただけると助かります。"
    )
    resident.locator("#area").select_option(label="中里")
    resident.get_by_label("土 午前", exact=True).tap()
    resident.get_by_label("電話番号").fill("042-000-0000")
    resident.get_by_label(re.compile("活動の調整に使うこと")).check()
    check(resident, shots, "05-request-phone")
    resident.get_by_role("button", name="お願いを送る").click()
    resident.wait_for_url(re.compile(r"/r/[A-Za-z0-9_-]{20,}\?welcome=1$"))
    reference = resident.locator("#reference").inner_text()
    assert re.fullmatch(r"R-\d{6}", reference)
    assert "0 / 1" in resident.locator("#helpers-found").inner_text()
    check(resident, shots, "06-request-status-phone")
    status_url = resident.url.split("?")[0]

    # --- staff log in on a desktop, see the request, and approve the volunteer the matcher proposed
    desk = browser.new_context(base_url=live_server, **DESKTOP)
    desk.set_default_timeout(8000)
    staff = desk.new_page()
    staff.goto("/staff")
    assert "/staff/login" in staff.url
    check(staff, shots, "07-staff-login")
    staff.get_by_label("ユーザー名").fill("demo")
    staff.get_by_label("パスワード").fill("wrong-password")
    staff.get_by_role("button", name="ログイン").click()
    assert "ユーザー名かパスワードが違います" in staff.locator("#login-error").inner_text()
    staff.get_by_label("パスワード").fill("skillbank-demo")
    staff.get_by_role("button", name="ログイン").click()
    staff.wait_for_url(re.compile(r"/staff$"))
    request_id = int(reference[2:])
    deadline = time.monotonic() + 20
    while True:  # the embedded matcher thread works in the background
        staff.goto(f"/staff/requests/{request_id}")
        if staff.locator(".candidate").count() or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    candidate = staff.locator(".candidate", has_text="清瀬 花子")
    assert candidate.count() == 1, "the new volunteer should be proposed"
    assert staff.locator(".request-text mark").count() >= 1, "matched words are highlighted"
    assert candidate.locator(".reasons li").count() >= 1 and candidate.locator(".bar").count() >= 2
    check(staff, shots, "09-staff-request-proposals", full_page=False)
    staff.goto("/staff")
    check(staff, shots, "08-staff-today", full_page=False)
    staff.goto(f"/staff/requests/{request_id}")
    staff.get_by_role("button", name="承認する: 清瀬 花子").click()
    staff.wait_for_url(re.compile(rf"/staff/requests/{request_id}\?done=approve"))
    approved = staff.locator(".candidate", has_text="清瀬 花子")
    assert "承認" in approved.locator(".badge").inner_text()
    assert "demo" in approved.locator(".decided").inner_text(), "who decided is shown"
    approved.get_by_text("活動を記録する", exact=True).first.click()
    approved.get_by_label("時間(時間)").fill("1.5")
    approved.get_by_label("メモ").fill("LINEの友だち追加まで")
    approved.get_by_role("button", name="活動を記録する").click()
    staff.wait_for_url(re.compile(r"done=activity"))
    assert "活動済み" in staff.locator(".candidate", has_text="清瀬 花子").locator(".badge").inner_text()

    # --- the resident's status page shows the change
    resident.goto(status_url)
    assert "手伝い手が決まりました" in resident.locator("#status").inner_text()
    assert "1 / 1" in resident.locator("#helpers-found").inner_text()
    check(resident, shots, "10-request-status-filled-phone")

    # --- no SMTP in this run: the ask to the volunteer is a 連絡 task, with a printable notice
    staff.goto("/staff/outbox")
    task = staff.locator(".outbox-task", has_text="清瀬 花子")
    assert task.count() >= 1 and "/v/" in task.first.locator(".outbox-body").inner_text()
    check(staff, shots, "16-staff-outbox", full_page=False)
    task.first.get_by_role("link", name="印刷用(お知らせ)").click()
    check(staff, shots, "17-staff-outbox-print")

    # --- the lists, a volunteer's page and the edit form (search is kana-insensitive: ひらがな finds カタカナ)
    staff.goto("/staff/volunteers")
    staff.get_by_label("名前・内容・特技で検索").fill("すまほ")
    staff.get_by_role("button", name="検索").click()
    assert "q=" in staff.url, "a search is GET: Back and reload work"
    assert staff.locator("table.list a", has_text="清瀬 花子").count() == 1
    check(staff, shots, "11-staff-volunteers", full_page=False)
    staff.locator("table.list a", has_text="清瀬 花子").click()
    staff.go_back()  # no ERR_CACHE_MISS: the list comes back with its words
    assert staff.get_by_label("名前・内容・特技で検索").input_value() == "すまほ"
    assert staff.locator("table.list a", has_text="清瀬 花子").count() == 1
    staff.goto("/staff/requests")
    check(staff, shots, "12-staff-requests", full_page=False)
    staff.locator("table.list a", has_text=reference).click()
    staff.get_by_role("link", name=re.compile("清瀬 花子")).first.click()
    check(staff, shots, "13-staff-volunteer", full_page=False)
    staff.get_by_role("link", name="内容を変更する").click()
    check(staff, shots, "14-staff-volunteer-edit", full_page=False)
    phone.close()
    desk.close()


def test_english_pages_and_volunteer_pause_via_private_link(
    live_server: str, browser: Any, shots: Path
) -> None:
    phone = browser.new_context(base_url=live_server, **PHONE)
    phone.set_default_timeout(8000)
    page = phone.new_page()
    page.goto("/?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name=re.compile("Register as a volunteer")).click()
    page.get_by_label("Your name").fill("Alex Smith")
    page.get_by_label(re.compile("Skills bank")).check()
    page.get_by_label("Skill 1").fill("English conversation")
    page.get_by_label("Sat Afternoon", exact=True).tap()
    page.get_by_label("Email", exact=True).fill("alex@example.jp")
    page.get_by_label("English", exact=True).check()
    page.get_by_label(re.compile("read what I register")).check()
    page.get_by_label(re.compile("call or email me")).check()
    check(page, shots, "15-register-english-phone", full_page=False)
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(re.compile(r"/v/"))
    page.get_by_role("link", name="Pause for a while").click()
    assert "not proposed for new requests" in page.locator(".panel").inner_text()  # what it means
    check(page, shots, "16-pause-confirm-english-phone", full_page=False)
    page.get_by_role("button", name="Pause", exact=True).click()
    assert "Paused" in page.locator(".badge").inner_text()  # a label, not the code
    assert page.get_by_role("button", name="Undo").count() == 1
    page.get_by_role("button", name="Resume").click()
    assert "Active" in page.locator(".badge").inner_text()
    phone.close()


def test_forms_work_without_javascript(live_server: str, browser: Any) -> None:
    ctx = browser.new_context(base_url=live_server, java_script_enabled=False, **PHONE)
    ctx.set_default_timeout(8000)
    page = ctx.new_page()
    page.goto("/request/new?lang=ja")
    page.get_by_label("お名前(団体名)").fill("こども食堂 なかざと")
    page.get_by_role("radio", name=re.compile("団体")).check()
    page.get_by_label("手伝ってほしいこと").fill("毎月第2土曜の調理を手伝ってくださる方を2名探しています。")
    page.get_by_label("日時は相談したい").check()
    page.get_by_label("必要な人数").fill("2")
    page.get_by_label("メールアドレス").fill("not-an-email")
    page.get_by_label(re.compile("活動の調整に使うこと")).check()
    page.get_by_role("button", name="お願いを送る").click()
    assert "メールアドレスの形が正しくありません" in page.locator("#email-error").inner_text()
    assert (
        page.get_by_label("手伝ってほしいこと").input_value().startswith("毎月第2土曜")
    )  # nothing typed is lost
    # when: 毎月第2土曜 from a start date, with selects and a native date box; the week forgotten first
    page.get_by_role("radio", name=re.compile("毎月")).check()
    page.get_by_label("曜日", exact=True).select_option("sat")
    page.get_by_label("開始日", exact=True).fill("2027-01-01")
    page.get_by_label("時間帯").select_option("am")
    page.get_by_label("メールアドレス").fill("kodomo@example.jp")
    page.get_by_role("button", name="お願いを送る").click()
    assert "第何週かを選んでください" in page.locator("#nth-error").inner_text()  # next to the select
    assert page.get_by_label("開始日", exact=True).input_value() == "2027-01-01"  # kept
    page.get_by_label("毎月の第何週").select_option("2")
    page.get_by_role("button", name="お願いを送る").click()
    page.wait_for_url(re.compile(r"/r/"))
    assert "0 / 2" in page.locator("#helpers-found").inner_text()
    assert "毎月第2土曜 午前" in page.locator("#schedule-rule").inner_text()
    dates = page.locator("#next-dates .date")
    assert dates.first.inner_text() == "2027年1月9日(土) 午前" and dates.count() >= 3
    # cancel one date: a confirmation page, a plain form (CSRF kept), then the date is gone from the list
    page.get_by_role("link", name="この日を取りやめる").first.click()
    assert "2027年1月9日(土)" in page.locator("#cancel-day").inner_text()
    page.get_by_role("button", name="取りやめる").click()
    page.wait_for_url(re.compile(r"/r/[^/]+\?cancelled=1"))
    assert "日にちを取りやめました" in page.locator("#date-cancelled").inner_text()
    assert page.locator("#next-dates .date").first.inner_text() == "2027年2月13日(土) 午前"
    assert "2027年1月9日(土)" in page.locator("#cancelled-dates").inner_text()
    ctx.close()
