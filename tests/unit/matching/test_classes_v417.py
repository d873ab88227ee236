"""skill-v4.17: what a homework, a time or a use is of, a noun of help a concept qualifies, the writer's own earlier
wording, a group introducing itself mid-sentence, and needs named by their effect. Sentences worded apart from the
sets' own."""

import pytest

from matching import Matcher
from matching.asks import MODIFIER_WEIGHT
from tests.unit.matching.reading import asked, primary, profile


def test_the_subject_of_a_homework_is_the_ask(matcher: Matcher):
    # 「Xの宿題」: X is what the helper must know; the homework frame follows it
    assert primary(matcher, title="絵手紙の宿題がうまく描けません", description="") == ["painting_drawing"]
    assert primary(matcher, title="書き初めの宿題を見てください", description="")[0] == "calligraphy"
    # a homework alone is study support
    assert primary(matcher, title="夏休みの宿題を見てほしい", description="") == ["study_support"]


@pytest.mark.parametrize(
    "title, description, concept",
    [
        ("裏庭の木を切ってほしい", "伸びて屋根にかかっています。", "tree_pruning"),
        ("木を切って本棚を作りたい", "板の切り方を教えてください。", "carpentry_diy"),
        ("こどもを みて ほしい", "しごと の あいだ、こども を みて ください。", "childcare_play"),
        ("ブレーキが鳴る", "坂を下るたびにブレーキがキーキー言います。", "bicycle_repair"),
        ("庭の松", "頼みたいのは松の枝の手入れです。", "tree_pruning"),
        ("足腰を丈夫に", "家でできる足腰の運動を知りたいです。", "exercise_stretch"),
        ("ぞうきん", "ぞうきん を ぬう ひと を さがして います。", "sewing_mending"),
        ("町会の連絡網", "スマホで役員のグループの作り方と招待の仕方を教えてほしい。", "line_app"),
        (
            "書類が書けない",
            "区役所の書類の書き方がわからないので、記入の手伝いをお願いします。",
            "audio_reading",
        ),
    ],
)
def test_needs_named_by_their_effect(matcher: Matcher, title: str, description: str, concept: str):
    assert concept in primary(matcher, title=title, description=description)


def test_a_time_another_help_fills_is_not_the_ask(matcher: Matcher):
    got = profile(
        matcher,
        title="買い物の間だけ",
        description="買い物の間だけ、二歳の子を見ていてくれる方を探しています。",
    )
    assert got["childcare_play"] > got.get("shopping_errands", 0)
    assert primary(matcher, title="", description="通院の間に子どもを見ていてほしい。") == ["childcare_play"]


def test_what_a_thing_is_used_for_qualifies_it(matcher: Matcher):
    got = profile(
        matcher, title="自転車のチェーン", description="買い物に使う自転車のチェーンがすぐ外れます。"
    )
    assert got["shopping_errands"] == MODIFIER_WEIGHT
    assert primary(matcher, title="", description="買い物に使う自転車のチェーンがすぐ外れます。") == [
        "bicycle_repair"
    ]


def test_a_concept_qualifying_a_help_noun_listed_beside_another_is_a_need_of_its_own(matcher: Matcher):
    got = profile(matcher, title="交流会", description="手話での会話の橋渡しと受付をお願いします。")
    assert got["sign_language"] > MODIFIER_WEIGHT
    # without the listed noun between, the concept still qualifies the later one (「イベントの写真撮影」)
    got = profile(matcher, title="", description="イベントの写真撮影をお願いします。")
    assert got["event_management"] == MODIFIER_WEIGHT


def test_the_writers_own_earlier_wording_quoted_is_not_the_ask(matcher: Matcher):
    text = "以前『パソコンを教えてくれる人』と書いたら違う方が来ました。頼みたいのはプリンターの設定です。"
    assert primary(matcher, title="", description=text) == ["printer_scanner"]
    assert "pc_basics" not in asked(matcher, title="", description=text)
    # someone's short words that voice the need still ask (「『スマホがわからない』という声」)
    assert "smartphone_basics" in asked(
        matcher, title="", description="『スマホがわからない』という声が多いです。"
    )


def test_a_third_party_who_called_is_not_the_ask(matcher: Matcher):
    got = asked(matcher, title="", description="植木屋さんから電話がありましたが、頼みたいのは草取りです。")
    assert got == {"weeding_garden"}


def test_a_group_introducing_itself_mid_sentence_is_who_asks(matcher: Matcher):
    got = primary(matcher, title="手芸クラブですが、今回は会計の相談です", description="")
    assert got == ["accounting"]


def test_a_tags_partial_likeness_to_a_word_must_share_its_head(matcher: Matcher):
    # 「書類の記入の手伝い」 shares only 「の手伝い」 with 「畑の手伝い」: not farming
    hits = {s for s, _w, _x in matcher.taxonomy.tag_hits("書類の記入の手伝い")}
    assert "farming_vegetables" not in hits
    assert "audio_reading" in hits
    # a real typo of a long word is still read (a partial match sharing the word's head)
    assert "mynumber_card" in {s for s, _w, _x in matcher.taxonomy.tag_hits("マインバーカード申請")}
