"""The pure parts of issue 13: phone and e-mail as people type them, devices as skill tags, roster wording
(days, 随時, 和暦), validator text for staff."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from schemas.contact import check_email, email_problem, normalize_phone, phone_ok
from schemas.models import Contact, VolunteerCreate
from service.i18n import Message
from service.roster.messages import validation_messages, validation_messages_en, validation_messages_ja
from service.roster.sheet import _slots, parse_date_ja
from service.volunteers.rules import merge_skills, split_skills


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("０４２－４９５－１２３４", "042-495-1234"),
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),  # katakana ー from the IME
        ("042 495 1234", "042-495-1234"),
        ("042‐495−1234", "042-495-1234"),
        ("（０４２）４９５－１２３４", "(042)495-1234"),
        ("+81-90-1234-5678", "+81-90-1234-5678"),
    ],
)
def test_phone_numbers_are_stored_in_half_width_with_hyphens(typed, stored):
    assert normalize_phone(typed) == stored
    assert phone_ok(stored)
    assert Contact(phone=typed).phone == stored


@pytest.mark.parametrize(
    ("typed", "guess"),
    [
        ("hanako@example,ne.jp", "hanako@example.ne.jp"),
        ("hanako@example。ne。jp", "hanako@example.ne.jp"),
        ("hanako@@example.ne.jp", "hanako@example.ne.jp"),
        ("taro@gmail.con", "taro@gmail.com"),
        ("taro@example..jp", "taro@example.jp"),
        ("taro @example.jp", "taro@example.jp"),
    ],
)
def test_impossible_addresses_are_refused_with_what_was_probably_meant(typed, guess):
    _, ok, suggestion = check_email(typed)
    assert (ok, suggestion) == (False, guess)
    ja, en = email_problem(typed)  # type: ignore[misc]
    assert f"{guess} ではありませんか" in ja and f"Did you mean {guess}?" in en
    with pytest.raises(ValidationError) as exc:
        Contact(email=typed)
    assert f"{guess} ではありませんか" in str(exc.value)


@pytest.mark.parametrize("typed", ["hanako", "@example.jp", "hanako@example", "a@b@c"])
def test_addresses_without_a_guess_are_refused_plainly(typed):
    _, ok, suggestion = check_email(typed)
    assert not ok and suggestion is None
    assert "形が正しくありません" in email_problem(typed)[0]  # type: ignore[index]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐ", "hanako@example.ne.jp"),
        (" Hanako@Example.NE.JP ", "Hanako@example.ne.jp"),  # the local part keeps its case
        ("taro..x.@docomo.ne.jp", "taro..x.@docomo.ne.jp"),  # old docomo addresses exist: accepted
    ],
)
def test_possible_addresses_are_normalised_and_kept(typed, stored):
    assert check_email(typed) == (stored, True, None)
    assert Contact(email=typed).email == stored


def test_devices_and_teaching_become_skill_tags_and_come_back():
    skills = merge_skills(["スマホ", "LINE", "iPhone"], ["iphone", "raku_raku", "bogus"], ["class"])
    assert skills == ["スマホ", "LINE", "iPhone", "らくらくホン", "講座・相談会で教える"]
    assert split_skills(skills) == (["スマホ", "LINE"], ["iphone", "raku_raku"], ["class"])
    assert merge_skills(skills, [], []) == ["スマホ", "LINE"]  # unchecking removes the tag


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和7年4月1日", date(2025, 4, 1)),
        ("R7.4.1", date(2025, 4, 1)),
        ("r7/4/1", date(2025, 4, 1)),
        ("H31.4.1", date(2019, 4, 1)),
        ("平成31年4月1日", date(2019, 4, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("２０１９／４／１", date(2019, 4, 1)),
        ("2025-04-01 00:00:00", date(2025, 4, 1)),  # an Excel date cell
    ],
)
def test_japanese_era_and_western_dates(text, day):
    assert parse_date_ja(text) == day


@pytest.mark.parametrize("text", ["令和7年13月1日", "R7.2.30", "いつか", "7.4.1", ""])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_date_ja(text)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("土曜", ["sat-am", "sat-pm"]),
        ("土日", ["sat-am", "sat-pm", "sun-am", "sun-pm"]),
        ("日曜日", ["sun-am", "sun-pm"]),
        ("月終日", ["mon-am", "mon-pm"]),  # 終日 no longer reads 日 as Sunday
        ("土曜午前", ["sat-am"]),
        ("平日午後", ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]),
    ],
)
def test_days_without_a_time_of_day_are_the_whole_day(text, slots):
    warnings: list[Message] = []
    assert _slots(text, warnings) == slots and warnings == []


def test_zuiji_is_any_time():
    warnings: list[Message] = []
    assert len(_slots("随時", warnings)) == 14 and warnings == []
    assert _slots("午前", warnings) == [] and warnings  # a time without a day is still unreadable


def test_validator_text_for_staff_is_japanese_without_urls():
    with pytest.raises(ValidationError) as exc:
        VolunteerCreate.model_validate(
            {"display_name": "", "availability": ["someday"], "contact": {"email": "hanako@example,ne.jp"}}
        )
    ja = validation_messages_ja(exc.value)
    assert ja == [
        "氏名: 空欄にはできません",
        "活動可能日(1つ目): 曜日と時間帯の形が正しくありません(例: mon-am、sat-pm)",
        "連絡先のメールアドレス: メールアドレスの形が正しくありません。hanako@example.ne.jp ではありませんか。",
    ]
    en = validation_messages_en(exc.value)
    assert en[2] == "contact.email: This email address is not possible. Did you mean hanako@example.ne.jp?"
    assert not any("http" in line for line in ja + en)
    # the same problems as catalogue messages, for a page in English: the field in words, the validator's own
    # English where it wrote one
    assert [m.render("en") for m in validation_messages(exc.value)] == [
        "name: cannot be empty",
        "available days (no. 1): not a day and time of day (e.g. mon-am, sat-pm)",
        "contact, email address: This email address is not possible. Did you mean hanako@example.ne.jp?",
    ]


@pytest.mark.parametrize(
    "address",
    [
        "hanako@example.jp",
        "taro.yamada..@docomo.ne.jp",
        "a+b@mail.example.co.jp",
        "0@0.00",
        "x@-a.jp",
        "x@a..jp",
        "x@example,ne.jp",
        "x@@example.jp",
        "x@localhost",
        "x y@example.jp",
        "@example.jp",
        "x@example.j",
    ],
)
def test_the_documented_email_pattern_says_what_the_check_accepts(address):
    """The API document's pattern and the validator agree (schemathesis sends what the pattern allows)."""
    import re

    from schemas.contact import EMAIL_PATTERN, check_email

    assert bool(re.match(EMAIL_PATTERN, address)) == check_email(address)[1]
