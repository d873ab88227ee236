"""skill-v4.11: kinds of help real pages ask for that the dictionary had no word for (read from real5's tuning half,
odd ids; its even half stays sealed). Each case is a class, worded apart from the set's own sentences."""

import pytest

from matching import HelpRequest, Matcher, Volunteer


def concepts(matcher: Matcher, text: str) -> set[str]:
    return {sid for sid, _label, _word in matcher.taxonomy_concepts(text)}


@pytest.mark.parametrize(
    "text, concept",
    [
        ("外来で患者さんをご案内してくださる方を募集します", "hospital_volunteer"),
        ("診療科へのご案内と受付機の操作のお手伝い", "hospital_volunteer"),
        ("総合病院の外来支援ボランティアをしています", "hospital_volunteer"),
        ("観光ボランティアガイドの会に入って城下町を案内しています", "tour_guide"),
        ("まち歩きガイドとして名所旧跡を紹介します", "tour_guide"),
        ("文化財ガイドの新規会員を募集", "tour_guide"),
        ("パラスポーツの大会を支えるサポーター", "parasports_support"),
        ("障がい者スポーツ指導員の資格があります", "parasports_support"),
        ("サロンの昼食づくりに入ってくださる方", "cooking"),
        ("毎年マラソン大会のボランティアで給水を担当", "event_management"),
    ],
)
def test_named_kinds_of_help_are_read(matcher: Matcher, text: str, concept: str):
    assert concept in concepts(matcher, text)


@pytest.mark.parametrize(
    "text, concept",
    [
        # a guide for the blind, not for tourists
        ("視覚障害の方のガイドヘルプの会で歩行を手伝います", "tour_guide"),
        ("ガイドボランティアとして目の不自由な方と出かけます", "tour_guide"),
        ("スポーツの指導をしています", "parasports_support"),  # any sport is not para-sport
    ],
)
def test_near_words_stay_apart(matcher: Matcher, text: str, concept: str):
    assert concept not in concepts(matcher, text)


def test_a_heritage_guide_request_finds_guides_before_interpreters(matcher: Matcher):
    matcher.index(
        [
            Volunteer("V1", skills=("英語通訳",), bio="行政通訳のボランティアに登録しています"),
            Volunteer("V2", skills=("観光ガイド",), bio="城や記念館で交代でガイドをしています"),
            Volunteer("V3", bio="まち歩きガイドの会に入り、梅まつりで園内の見どころを案内します"),
        ]
    )
    req = HelpRequest(
        "R1",
        title="観光ガイドの仲間を募集します",
        description="城跡や記念館を訪れる方に見どころを案内します。外国からの観光客も多いので、英会話のできる方も歓迎します。",
    )
    # both guides before the interpreter (which guide leads is the request's words' call: V3 shares 見どころを案内)
    assert set([c.volunteer_id for c in matcher.rank(req).candidates][:2]) == {"V2", "V3"}
