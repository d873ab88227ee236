"""The words a whole-text fallback card names as shared by the request and the volunteer (grams.shared_phrases):
whole words as a reader sees them, not the kana every text shares."""

from matching import HelpRequest, Matcher, Volunteer
from matching.grams import shared_phrases
from matching.normalize import normalize, normalize_pair


def shared(request: str, volunteer: str) -> list[str]:
    return shared_phrases(normalize(request), *normalize_pair(volunteer))


def test_whole_words_longest_first_in_the_volunteers_own_script():
    got = shared(
        "病院の外来案内と受付のお手伝いをしてくださる方を募集します。",
        "総合病院で外来案内のボランティアをしています。受付の補助もできます。",
    )
    assert got == ["外来案内", "病院", "受付"]  # 病院 of 総合病院: kanji inside a longer word count


def test_kana_endings_and_pieces_of_katakana_words_are_not_words():
    # です/ます/して are shared by nearly every text; アル of アルバイト and リタイ of リタイア are pieces, not words
    assert (
        shared(
            "リタイヤ後の方を歓迎します。アルミ缶を集めています", "リタイアして講師のアルバイトをしています"
        )
        == []
    )
    assert shared("スマホを教えてください", "スマホ・タブレットを教えます") == ["スマホ"]


def test_at_most_three_and_no_repeats():
    got = shared("書道 茶道 華道 将棋 囲碁 書道", "書道と茶道と華道と将棋と囲碁、書道です")
    assert len(got) == 3 and len(set(got)) == 3


def test_a_fallback_card_names_the_words_both_sides_wrote(matcher: Matcher, taxonomy):
    req = HelpRequest(
        "R1", title="ベルマークの集計", description="PTAでベルマークの集計と古切手の整理をします"
    )
    assert taxonomy.text_hits(req.title + req.description) == ()  # the dictionary reads nothing: the fallback
    matcher.index(
        [
            Volunteer("V1", bio="小学校でベルマークの集計と古切手の整理を手伝っています"),
            Volunteer("V2", skills=("書道",)),
        ]
    )
    res = matcher.rank(req)
    assert [c.volunteer_id for c in res.candidates] == ["V1"]
    assert (
        "依頼文と登録内容に同じ言葉: 「ベルマーク・古切手・集計」(スキル辞書では未判定)"
        in res.candidates[0].reasons
    )
