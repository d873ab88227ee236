"""skill-v4.45: a medium a help is given through (「自宅からGoogle Meetで、子どもの自習を見守るボランティアを」) is the
means when the sentence then names a need that is not itself digital, however many: the study helpers lead, not
whoever once took a class on Skype; and a study room's 自習 is study support. Found in real26's tuning half (read
after its blind scoring)."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, sids, weights


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("自宅からGoogle Meetで、子どもの自習を見守るボランティアを", "study_support"),
        ("Zoomで子どもの宿題を見てくださる方", "study_support"),
        ("スカイプで実習生に日本語を教える、ボランティア講師を", "japanese_teaching"),
    ],
)
def test_a_medium_is_how_a_help_is_given(taxonomy, text, need):
    got = weights(taxonomy, text)
    assert got[need] == max(got.values())
    assert got["video_call"] < got[need]


@pytest.mark.parametrize(
    "text",
    [
        "祖父母とZoomで話せるようにしてほしい",  # the call is the ask
        "Zoomで会議の資料を画面共有したい",  # a digital need after it: the device rule decides
        "Zoomの使い方を教えてください",
    ],
)
def test_a_call_asked_for_is_still_the_ask(taxonomy, text):
    got = weights(taxonomy, text)
    assert got["video_call"] == max(got.values())


def test_a_study_room_is_study_support(taxonomy):
    assert "study_support" in sids(taxonomy, "オンライン自習室で質問に答えてくださる方")


def test_the_study_helper_leads_the_online_pupil(areas, taxonomy):
    vols = [
        Volunteer("SKYPE", skills=("オンライン授業を受けた経験", "ギリシャ語"), bio="Skypeで受講しました。"),
        Volunteer("TUTOR", skills=("学習支援",), bio="無料塾で中学生の勉強を見ています。"),
    ]
    title = "自宅からGoogle Meetで、子どもの自習を見守るボランティアを"
    assert_leads(
        areas, taxonomy, vols, title, "週3回、夜7時から9時まで、宿題や自習の面倒を見ています。", "TUTOR"
    )
