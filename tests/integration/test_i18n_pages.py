"""Every staff page (and the public ones) in English (issue 13 item 7): rendered through the real app on SQLite
with a staff login and ?lang=en, no Japanese text is left except data (people's names, messages to people, the
language switch offering 日本語, the reading example, the council's name setting)."""

from __future__ import annotations

import html
import re

import pytest
from sqlmodel import Session, select

from schemas.models import Proposal
from schemas.outbox import OutboxMessage
from tests.conftest import make_staff, wait_for
from tests.factories import help_request, volunteer
from tests.integration.test_console import _login

JAPANESE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")


def _visible_japanese(page: str, data: set[str]) -> list[str]:
    """Returns the runs of Japanese in a page's visible text and attributes, once data values are taken out."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    text = html.unescape(
        re.sub(
            r"<[^>]+?>",
            lambda m: (
                " "
                + " ".join(re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', m.group(0)))
                + " "
            ),
            text,
        )
    )
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return JAPANESE.findall(text)


# The language of a page does not depend on the database: SQLite only keeps the suite short.
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_every_staff_page_speaks_english(client, engine):
    make_staff(engine, "admin1", role="admin")
    vid = client.post(
        "/api/volunteers",
        json=volunteer(
            display_name="Hanako Yamada",
            skills=["smartphone"],
            bio="Retired teacher.",
            languages=["ja", "en"],
        ),
    ).json()["id"]
    other = client.post(
        "/api/volunteers", json=volunteer(display_name="Hanako Yamada", skills=["smartphone"], bio="Teacher.")
    ).json()["id"]
    rid = client.post(
        "/api/requests",
        json=help_request(
            requester_name="Ichiro Sato",
            title="Smartphone help",
            description="My mother wants to learn smartphone basics, in English please.",
            languages=["en"],
        ),
    ).json()["id"]

    def proposed() -> bool:
        with Session(engine) as s:
            return s.exec(select(Proposal).where(Proposal.request_id == rid)).first() is not None

    wait_for(proposed)
    _login(client, "admin1")
    with Session(engine) as s:  # messages to people are data, written in the recipient's language
        mail = {
            line for m in s.exec(select(OutboxMessage)) for line in [m.subject, *m.body.splitlines()] if line
        }
    # data: the language switch offering 日本語, the reading examples (やまだ はなこ), the 氏名 heading a roster
    # file must have, and the messages
    data = {"日本語", "やまだ", "はなこ", "氏名", *mail}
    pages = [
        "/staff",
        "/staff/requests",
        f"/staff/requests/{rid}",
        f"/staff/requests/{rid}/sheet",
        f"/staff/requests/{rid}/schedule",
        "/staff/volunteers",
        f"/staff/volunteers/{vid}",
        f"/staff/volunteers/{vid}/edit",
        f"/staff/volunteers/{vid}/status?to=paused",
        f"/staff/volunteers/{vid}/merge?q=Hanako",
        f"/staff/volunteers/{vid}/merge/{other}",
        "/staff/metrics",
        "/staff/metrics/targets",
        "/staff/import",
        "/staff/outbox",
        "/staff/learning",
        f"/staff/activities/new?request_id={rid}",
    ]
    left = {}
    for path in pages:
        r = client.get(path + ("&" if "?" in path else "?") + "lang=en")
        assert r.status_code == 200, (path, r.status_code)
        found = _visible_japanese(r.text, data)
        if found:
            left[path] = found
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())
    # and the same page in Japanese is still Japanese
    assert "実績・指標" in client.get("/staff/metrics?lang=ja").text


@SQLITE_ONLY
def test_public_pages_speak_english(client):
    # the language switch offers 日本語; the reading example (やまだ はなこ) shows what to type; the council's
    # name is a setting (SKILLBANK_COUNCIL_NAME), shown as configured
    data = {"日本語", "やまだ", "はなこ", "清瀬市社会福祉協議会"}
    left = {}
    for path, status in [("/", 200), ("/volunteer/register", 200), ("/request/new", 200), ("/v/forged", 404)]:
        r = client.get(path + "?lang=en")
        assert r.status_code == status, (path, r.status_code)
        if found := _visible_japanese(r.text, data):
            left[path] = found
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())


ROSTER = (
    "氏名,フリガナ,電話番号,メール,町名,特技,活動できる曜日,言語,月の上限\r\n"
    "山田 花子,ヤマダ ハナコ,090-1111-2222,,中里,書道,土曜,英語,\r\n"
    "高橋 三郎,,12345,,横浜町,,,,\r\n"  # a bad phone and a town that is not Kiyose's
    "山田 花子,ヤマダ ハナコ,090-1111-2222,,中里,料理,,,\r\n"  # row 2 again
    "林 大輔,,,,竹丘,写真,午前,クリンゴン語,\r\n"  # two warnings
    '木村 さくら,,,"sakura@example,ne.jp",野塩,,,,\r\n'  # the validator's own words, with a suggestion
    "森 ゆい,,,,元町,,,,99\r\n"  # over the monthly limit
    ",,,,中里,,,,\r\n"  # no name
)


@SQLITE_ONLY
def test_the_roster_import_report_speaks_the_pages_language(client, engine):
    """A dry run's reasons and warnings are catalogue messages: in English on an English page, with nothing
    Japanese left but data (names, towns and values as typed, the file's own headers); in Japanese on a
    Japanese page."""
    make_staff(engine)
    token = _login(client)
    upload = client.post(
        "/staff/import?lang=en",
        data={"_csrf_token": token},
        files={"file": ("roster.csv", ROSTER.encode("utf-8"), "text/csv")},
    )
    assert upload.status_code == 200, upload.text
    page = html.unescape(upload.text)
    rows = re.findall(r'<tr class="import-(\w+)"><td>(\d+)</td>', page)
    assert rows == [
        ("created", "2"),
        ("rejected", "3"),
        ("duplicate", "4"),
        ("created", "5"),
        ("rejected", "6"),
        ("rejected", "7"),
        ("rejected", "8"),
    ]
    for english in (
        "the town “横浜町” is not one of Kiyose's towns, the phone number “12345” is not valid",
        "the same phone number, may be the same person as row 2",
        "merge into row 2",
        "available days “午前” could not be read and were left out, "
        "the language “クリンゴン語” is not known and was left out",
        "contact, email address: This email address is not possible. Did you mean sakura@example.ne.jp?",
        "monthly limit: give a number of at most 31",
        "(no name)",
        "no name",
    ):
        assert english in page, english
    headers = ROSTER.splitlines()[0].split(",")
    names = {"山田 花子", "高橋 三郎", "林 大輔", "木村 さくら", "森 ゆい"}
    typed = {"横浜町", "午前", "クリンゴン語"}
    # data: the language switch offering 日本語, the file's headers, the names and the values as typed
    assert _visible_japanese(upload.text, {"日本語", *headers, *names, *typed}) == []
    # the same report on a Japanese page: the messages' Japanese, as the command line prints them
    target = re.search(r'action="/staff/import/([A-Za-z0-9_-]+)"', upload.text).group(1)  # type: ignore[union-attr]
    again = client.post(
        f"/staff/import/{target}?lang=ja",
        data={"_csrf_token": token, "name": "roster.csv", "action": "preview"},
    )
    assert again.status_code == 200, again.text
    japanese = html.unescape(again.text)
    for text in (
        "町名「横浜町」が清瀬市の町名にありません、電話番号「12345」が正しくありません",
        "電話番号が同じ、行2と同じ人かもしれません",
        "行2に統合する",
        "連絡先のメールアドレス: メールアドレスの形が正しくありません。sakura@example.ne.jp ではありませんか。",
        "月の上限: 31以下の数にしてください",
        "（氏名なし）",
    ):
        assert text in japanese, text
    assert "not valid" not in japanese
