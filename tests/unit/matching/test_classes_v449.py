"""skill-v4.49: a short word stands for the longer one the same request writes in full (「タップの練習を見て」 beside
「タップダンス教室に通い始めて」 is tap dance, not a screen's tap); a compound that only adds a frame or another matter
(木工教室, 介護保険, 認知症サポーター) changes nothing. Found in real29's tuning half (read after its blind scoring);
real9's 「パソコン」 beside 「パソコン要約筆記」 gains too."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, profile


def test_a_short_word_is_the_longer_one_written_elsewhere(matcher):
    got = profile(
        matcher,
        title="教室のない日に、タップの練習を見てくださる方を",
        description="タップダンス教室に通い始めて2か月ほどです。",
    )
    assert "smartphone_basics" not in got
    assert "dance" in got


@pytest.mark.parametrize(
    ("title", "description", "kept"),
    [
        ("木工教室の講師をお願いしたい", "木工で本棚を作ります。", "carpentry_diy"),
        ("介護保険ではできない庭の草抜きと、母の介護の手伝いを", "", "care_assistance"),
    ],
)
def test_a_compound_of_a_frame_or_another_matter_changes_nothing(matcher, title, description, kept):
    assert kept in profile(matcher, title=title, description=description)


def test_a_tap_dancer_leads_the_smartphone_helper(areas, taxonomy):
    vols = [
        Volunteer("PHONE", skills=("スマホの操作",), bio="タップやスワイプの練習を一緒にします。"),
        Volunteer("TAP", skills=("タップダンス",), bio="介護の仲間とタップの練習会をしています。"),
    ]
    desc = "タップダンス教室に通い始めて2か月ほどです。ステップを見てほしいです。"
    assert_leads(areas, taxonomy, vols, "教室のない日に、タップの練習を見てくださる方を", desc, "TAP")
