"""skill-v4.59 (taxonomy): spending free time with people with disabilities is leisure support (「知的障がいのある方と
1対1で休日を過ごす」「障害のある子の余暇活動の引率」), which named nothing before. A concept of its own for disability
support was tried and lost five readable requests, where 障害者施設 and 余暇活動 name only where or for whom a help is
given (a 囲碁 visit to 障害者施設, ビーズ細工 in a 余暇活動). From real31's tuning half, read after its blind scoring."""

from __future__ import annotations

from tests.unit.matching.reading import primary, sids


def test_free_time_with_people_with_disabilities_is_leisure_support(matcher):
    got = primary(
        matcher,
        title="知的障がいのある方と1対1で休日を過ごす学生スタッフを",
        description="学生スタッフの協力で自主運営しています。",
    )
    assert got == ["recreation_games"]
    assert "recreation_games" in sids(matcher.taxonomy, "障害のある子の余暇活動の引率(動物園・キャンプ)")


def test_a_place_for_people_with_disabilities_is_no_ask(matcher):
    desc = "障害者施設や高齢者ホームに伺って、碁のお相手をしてくださる会員を募集しています。"
    assert primary(matcher, title="ボランティア棋士の新会員募集", description=desc) == ["igo"]
