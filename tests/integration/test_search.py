"""The console's search runs in SQL on SQLite and PostgreSQL and finds exactly the rows the former Python filter
found (kept here as the reference), with the stored keys kept on every kind of write."""

from __future__ import annotations

import itertools

import pytest
from sqlmodel import Session

from schemas.models import HelpRequest, Volunteer
from service.requests.repository import search_requests
from service.volunteers.repository import search_volunteers
from service.web.pages import search_key

ORG = "kiyose"

VOLUNTEERS = [
    dict(
        display_name="山田 花子",
        name_kana="ヤマダ ハナコ",
        skills=["スマホの使い方", "LINE"],
        bio="元教員です。",
    ),
    dict(
        display_name="鈴木 一",
        name_kana=None,
        skills=["書道"],
        bio="ゆっくり教えます",
        rosters=["skill_bank"],
    ),
    dict(display_name="Ｗｉ－Ｆｉ 太郎", skills=["パソコン"], bio="100% 対応 a_b", area="town_kamikiyoto"),
    dict(display_name="ヴァイオリン 好子", name_kana="ばいおりん", skills=[], bio="", status="paused"),
    dict(
        display_name="佐藤 次郎",
        name_kana="さとう じろう",
        skills=["料理", "スマホ"],
        bio="LINEの登録",
        rosters=["digital", "skill_bank"],
    ),
    dict(display_name="Straße Anna", skills=["German"], bio="", status="withdrawn"),
]
REQUESTS = [
    dict(
        requester_name="佐藤 一郎",
        title="LINEを使えるようになりたい",
        description="母がスマホで孫と話したい。",
        skills=[],
    ),
    dict(
        requester_name="やまだ 町内会",
        title="",
        description="パソコン講座 100%",
        skills=["パソコン"],
        status="proposed",
    ),
    dict(
        requester_name="スズキ",
        title="書道",
        description="筆の持ち方_基本",
        skills=["書道"],
        area="town_kamikiyoto",
    ),
]
WORDS = [
    "",
    "すまほ",
    "ｽﾏﾎ",
    "line",
    "ＬＩＮＥ",
    "やまだ",
    "山田花子",
    "ヤマダハナコ",
    "花子ヤマダ",
    "100%",
    "%",
    "_",
    "a_b",
    "wi-fi",
    "wifi",
    "バイオリン",
    "ヴァイオリン",
    "strasse",
    "教員です。スマホ",
    "しょどう",
    "書道",
    "パソコン",
    "  ",
    "いちろうline",
    "一郎LINE",
    "x",
]


def _old_volunteer_filter(rows, words, skill, roster, area, status):  # type: ignore[no-untyped-def]
    key, skill_key = search_key(words), search_key(skill)
    return [
        v.id
        for v in sorted(rows, key=lambda v: -v.id)
        if (not status or v.status == status)
        and (not roster or roster in v.rosters)
        and (not area or v.area == area)
        and (not key or key in search_key(" ".join([v.display_name, v.name_kana or "", v.bio, *v.skills])))
        and (not skill_key or skill_key in search_key(" ".join([*v.skills, v.bio])))
    ]


def _old_request_filter(rows, words, skill, area, status):  # type: ignore[no-untyped-def]
    key, skill_key = search_key(words), search_key(skill)
    return [
        r.id
        for r in sorted(rows, key=lambda r: -r.id)
        if (not status or r.status == status)
        and (not area or r.area == area)
        and (not key or key in search_key(" ".join([r.requester_name, r.title, r.description, *r.skills])))
        and (not skill_key or skill_key in search_key(" ".join([r.title, r.description, *r.skills])))
    ]


@pytest.fixture
def rows(engine):  # type: ignore[no-untyped-def]
    with Session(engine, expire_on_commit=False) as s:
        vs = [
            Volunteer(org_id=ORG, area=rec.pop("area", "town_nakazato"), **rec)
            for rec in map(dict, VOLUNTEERS)
        ]
        rs = [
            HelpRequest(org_id=ORG, area=rec.pop("area", "town_nakazato"), **rec)
            for rec in map(dict, REQUESTS)
        ]
        s.add_all([*vs, *rs, Volunteer(org_id="other", display_name="山田 花子", skills=["スマホ"])])
        s.commit()
    return vs, rs


def test_volunteer_search_in_sql_finds_what_the_python_filter_found(engine, rows):
    volunteers, _ = rows
    with Session(engine) as s:
        for words, skill in itertools.product(
            WORDS, ["", "すまほ", "教えます", "料理スマホ", "スマホ元", "%"]
        ):
            for roster, area, status in [
                ("", "", ""),
                ("digital", "", ""),
                ("skill_bank", "town_nakazato", "active"),
            ]:
                found = [
                    v.id
                    for v in search_volunteers(
                        s,
                        ORG,
                        words=words,
                        skill=skill,
                        roster=roster,
                        area=area,
                        status=status,
                        limit=100,
                        offset=0,
                    )
                ]
                expected = _old_volunteer_filter(volunteers, words, skill, roster, area, status)
                assert found == expected, (words, skill, roster, area, status)
        assert [v.display_name for v in search_volunteers(s, ORG, words="やまだ", limit=10, offset=0)] == [
            "山田 花子"
        ]


def test_request_search_in_sql_finds_what_the_python_filter_found(engine, rows):
    _, requests = rows
    with Session(engine) as s:
        for words, skill in itertools.product(WORDS, ["", "すまほ", "いちろう", "佐藤", "パソコン講座", "_"]):
            for area, status in [("", ""), ("town_nakazato", ""), ("", "proposed")]:
                found = [
                    r.id
                    for r in search_requests(
                        s, ORG, words=words, skill=skill, area=area, status=status, limit=100, offset=0
                    )
                ]
                assert found == _old_request_filter(requests, words, skill, area, status), (
                    words,
                    skill,
                    area,
                    status,
                )


def test_keys_follow_every_change_of_the_searched_text(engine, rows):
    volunteers, requests = rows
    with Session(engine) as s:  # a direct change, as the roster import makes to the reading
        v = s.get(Volunteer, volunteers[1].id)
        v.name_kana, v.skills = "スズキ ハジメ", ["囲碁"]
        r = s.get(HelpRequest, requests[0].id)
        r.description = "囲碁を習いたい"
        s.commit()
    with Session(engine) as s:
        assert [
            v.id for v in search_volunteers(s, ORG, words="すずき", skill="囲碁", limit=10, offset=0)
        ] == [volunteers[1].id]
        assert search_volunteers(s, ORG, skill="書道", limit=10, offset=0) == []
        assert [r.id for r in search_requests(s, ORG, words="囲碁", limit=10, offset=0)] == [requests[0].id]
        assert [r.id for r in search_requests(s, ORG, words="孫", limit=10, offset=0)] == []


def test_search_pages_with_limit_and_offset(engine, rows):
    volunteers, _ = rows
    with Session(engine) as s:
        everyone = [v.id for v in search_volunteers(s, ORG, limit=100, offset=0)]
        assert everyone == sorted((v.id for v in volunteers), reverse=True)
        assert [v.id for v in search_volunteers(s, ORG, limit=2, offset=2)] == everyone[2:4]
