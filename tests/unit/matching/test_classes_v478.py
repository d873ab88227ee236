"""skill-v4.78: a concept named as what the ask is for (〜のために, 〜に向けて) qualifies the ask instead of being it
(「書道の勉強のために拓本のとり方を教わりたい」 asks for 拓本, not for a study helper); and two readings the dictionary
lacked: 「父の昔話を聞いて書き残す」 asks for a life-story writer, 「棚田の雪庇落とし」 for clearing snow."""

from __future__ import annotations

from matching import Volunteer
from tests.unit.matching.reading import profile, ranked, sids


def test_what_the_ask_is_for_qualifies_it(matcher):
    got = profile(matcher, title="書道の勉強のために拓本のとり方を教わりたい")
    assert got.get("study_support", 0) <= 0.35, got
    # a purpose clause that ends the sentence leaves the concept asked
    assert profile(matcher, title="子どもの勉強のために。")["study_support"] == 1.0
    # and without one, study is the ask
    assert profile(matcher, title="書道の勉強を見てほしい").get("calligraphy", 0) <= 0.35


def test_the_registrants_of_what_is_asked_lead_those_of_its_purpose(areas, taxonomy):
    from matching import Matcher

    vols = [
        Volunteer("T1", skills=("拓本体験教室の講師",), bio="石碑の拓本のとり方を教えています。"),
        Volunteer("T2", skills=("拓本",), bio="博物館で瓦の拓本をとっています。"),
        *(
            Volunteer(f"S{i}", skills=("子どもの学習支援",), bio="小学生の勉強を見ています。")
            for i in range(12)
        ),
    ]
    got = ranked(
        Matcher(areas=areas, taxonomy=taxonomy), vols, title="書道の勉強のために拓本のとり方を教わりたい"
    )
    assert set(got[:2]) == {"T1", "T2"}, got


def test_readings_the_dictionary_lacked(taxonomy):
    assert "life_story" in sids(taxonomy, "父の昔話を聞いて書き残す手伝いをしてほしい")
    assert "heavy_lifting_moving" in sids(taxonomy, "棚田の雪庇落とし作業")
