"""The public forms and the API as people fill them in (issue 13): full-width phone numbers stored in
half-width, impossible e-mail addresses refused with a suggestion (form and API), the confirmation page,
the request form's own consent wording, and a digital volunteer's devices reaching staff and the matcher."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from schemas.models import HelpRequest, Volunteer
from tests.conftest import make_staff, wait_for
from tests.factories import help_request, volunteer
from tests.integration import test_pages as pages


def _post(client, path: str, form: dict, **extra):  # type: ignore[no-untyped-def]
    return client.post(
        path, data={**form, **extra, "_csrf_token": pages._csrf(client, path)}, follow_redirects=False
    )


def test_full_width_phone_is_stored_half_width_and_the_confirmation_shows_it(client, engine):
    r = _post(
        client,
        "/volunteer/register",
        pages.VOLUNTEER_FORM,
        phone="０４２－４９５－１２３４",
        email="ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐ",
    )
    assert r.status_code == 303, r.text
    with Session(engine) as s:
        v = s.exec(select(Volunteer)).one()
        assert (v.contact_phone, v.contact_email) == ("042-495-1234", "hanako@example.ne.jp")
    page = client.get(r.headers["location"]).text
    assert re.search(r'id="stored-phone">042-495-1234<', page)
    assert re.search(r'id="stored-email">hanako@example.ne.jp<', page)
    assert "これからの流れ" in page and 'id="print-card"' in page and "/static/print.css" in page
    token = r.headers["location"].split("/")[2].split("?")[0]
    card = page[page.index('id="print-card"') :]
    assert f"v/{token}" in card[: card.index("</div>")]  # the private link is on the printable card
    assert 'id="mail-note"' in page and "お知らせします" in page  # an address was given
    assert "@media print" in client.get("/static/print.css").text
    again = client.get(r.headers["location"].split("?")[0]).text  # the card is for the first visit
    assert 'id="print-card"' not in again


def test_impossible_email_is_refused_with_a_suggestion_in_the_form(client, engine):
    r = _post(client, "/volunteer/register", pages.VOLUNTEER_FORM, email="hanako@example,ne.jp")
    assert r.status_code == 400
    assert re.search(r'id="email-error">.*hanako@example.ne.jp ではありませんか', r.text)
    assert 'value="hanako@example,ne.jp"' in r.text  # what was typed stays, to correct
    en = _post(client, "/request/new?lang=en", pages.REQUEST_FORM, email="hanako@example,ne.jp")
    assert en.status_code == 400 and "Did you mean hanako@example.ne.jp?" in en.text
    with Session(engine) as s:
        assert s.exec(select(Volunteer)).all() == [] and s.exec(select(HelpRequest)).all() == []


def test_impossible_email_is_a_400_with_a_japanese_and_english_field_error_in_the_api(client):
    r = client.post(
        "/api/volunteers", json=volunteer(contact={"email": "hanako@example,ne.jp", "phone": "０９０－１"})
    )
    assert r.status_code == 400, r.text
    fields = {f["field"]: f for f in r.json()["fields"]}
    email = next(f for k, f in fields.items() if k.endswith("email"))
    assert (
        email["message_ja"] == "メールアドレスの形が正しくありません。hanako@example.ne.jp ではありませんか。"
    )
    assert email["message_en"] == "This email address is not possible. Did you mean hanako@example.ne.jp?"
    ok = client.post("/api/requests", json=help_request(contact={"phone": "０４２－４９５－１２３４"}))
    assert ok.status_code == 201, ok.text


def test_the_request_form_asks_consent_in_its_own_words(client):
    form = {k: v for k, v in pages.REQUEST_FORM.items() if k != "consent_use"}
    r = _post(client, "/request/new", form)
    assert r.status_code == 400
    assert "お願いを受け付けるには、個人情報の取り扱いへの同意が必要です" in r.text
    assert "登録には同意が必要です" not in r.text
    ok = _post(client, "/request/new", pages.REQUEST_FORM)
    page = client.get(ok.headers["location"]).text
    assert "お願いの受付カード" in page and "手伝える人が見つかったら" in page
    assert 'id="mail-note"' not in page  # no address given: no promise of mail


def test_digital_volunteers_say_which_devices_and_how_they_teach(client, engine):
    form = {**pages.VOLUNTEER_FORM, "skills": ["スマホの使い方"], "devices": ["raku_raku", "iphone"]}
    page = client.get("/volunteer/register").text
    assert 'name="devices" value="raku_raku"' in page and 'name="teaching" value="class"' in page
    r = _post(client, "/volunteer/register", form, teaching="class")
    assert r.status_code == 303, r.text
    with Session(engine) as s:
        v = s.exec(select(Volunteer)).one()
        assert v.skills == ["スマホの使い方", "iPhone", "らくらくホン", "講座・相談会で教える"]
        vid = v.id
    token = r.headers["location"].split("/")[2].split("?")[0]
    edit = client.get(f"/v/{token}/edit").text  # the boxes come back checked, not as typed skills
    assert re.search(r'value="raku_raku" checked', edit) and re.search(r'value="class" checked', edit)
    assert 'value="らくらくホン"' not in edit
    make_staff(engine)
    pages._login(client)
    assert "らくらくホン" in client.get(f"/staff/volunteers/{vid}").text
    # the matcher reads them as skills: a request about a らくらくホン finds this volunteer
    rid = client.post(
        "/api/requests",
        json=help_request(
            title="らくらくホンの使い方", description="らくらくホンで写真を送る方法を教えてほしい。"
        ),
    ).json()["id"]
    request_page = wait_for(
        lambda: (t := client.get(f"/staff/requests/{rid}").text) and f"/staff/volunteers/{vid}" in t and t,
        timeout=20,
    )
    assert "らくらくホン" in request_page  # type: ignore[operator]
