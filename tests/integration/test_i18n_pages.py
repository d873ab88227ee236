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
