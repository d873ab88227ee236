"""skill-v4.5: classes of miss read from real2 (real public wording, opened after four blind scorings), each tested
on sentences written for these tests (not taken from any evaluation set): a bare tag read in the context of the
whole registration, a request's context rules reading its other fields, a generic entertainment the request spells
out, whom the help is for on the volunteer's side, Japanese taught beside another subject, and needs named by a
gesture or by what a garden has become."""

import pytest

from matching import Volunteer, asks
from tests.unit.matching.reading import asked, primary, ranked, sids

# -- a bare tag is read in the context of the whole registration ------------------------------------------


def test_a_keyboard_tag_beside_accompaniment_is_the_instrument(taxonomy):
    music = taxonomy.concepts(["キーボード"], "合唱団の練習で伴奏を担当しています。")
    assert "piano_keyboard" in music and "pc_basics" not in music
    pc = taxonomy.concepts(["キーボード"], "会社で二十年、入力の仕事をしていました。")
    assert "pc_basics" in pc and "piano_keyboard" not in pc


def test_a_watching_tag_beside_the_school_run_is_children(taxonomy):
    # skill-v4.12: the school-route watch is its own concept (related to child care), still not the elderly's
    child = taxonomy.concepts(["見守り"], "毎朝、通学路で子どもたちの登校を見ています。")
    assert "school_route_watch" in child and "watching_over" not in child
    elder = taxonomy.concepts(["見守り"], "近所のお年寄りのお宅を月に一度訪ねています。")
    assert "watching_over" in elder


def test_the_tag_context_ranks_the_music_keyboard_out_of_a_word_request(matcher):
    vols = [
        Volunteer("M", skills=("キーボード",), bio="敬老会で懐メロの伴奏をしています。"),
        Volunteer("P", skills=("ワード",), bio="文書づくりをお教えします。"),
    ]
    assert ranked(matcher, vols, title="ワードで案内状を作りたい") == ["P"]


# -- a request's context rules read its other fields ----------------------------------------------------------


def test_a_generic_entertainment_spelt_out_as_music_is_music(matcher):
    assert primary(
        matcher, title="夏祭りの出し物", description="ウクレレを弾いてくださる方を探しています。"
    ) == ["instrument_any"]
    assert primary(matcher, title="忘年会の余興", description="みんなで歌える方に来てほしい。") == [
        "singing_choir"
    ]
    assert primary(matcher, title="新年会の余興", description="盆踊りを教えてほしい。") == ["dance"]


def test_a_generic_entertainment_stays_magic_when_magic_is_named(matcher):
    got = primary(matcher, title="クリスマス会の余興", description="手品と歌を披露してくださる方。")
    assert got == ["magic_performance"]
    assert primary(matcher, title="敬老会の余興をお願いしたい") == ["magic_performance"]


def test_the_performer_request_ranks_the_musician_first(matcher):
    vols = [
        Volunteer("G", skills=("ギター弾き語り",)),
        Volunteer("T", skills=("手品",)),
    ]
    assert ranked(matcher, vols, title="お楽しみ会の余興", description="ギターを弾いてくださる方。")[0] == "G"


# -- whom the help is for is no skill, on the volunteer's side too ---------------------------------------------


def test_eyesight_alone_is_not_braille(taxonomy):
    assert "braille" not in taxonomy.concepts([], "目の不自由な方の外出に付き添っています。")
    assert "braille" in sids(taxonomy, "祖母への手紙を点字に直してほしい")


# -- Japanese taught beside another subject ----------------------------------------------------------------------


def test_japanese_named_beside_another_subject_is_taught(taxonomy):
    assert "japanese_teaching" in sids(taxonomy, "日本語と算数を教えてくださる方")
    assert "japanese_teaching" in sids(taxonomy, "日本語や理科を教えています")


def test_japanese_beside_another_language_spoken_is_no_teaching(taxonomy):
    assert "japanese_teaching" not in sids(taxonomy, "日本語と英語が話せます")


# -- needs named by a gesture or by what they have become --------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("寂しそうな方の話に耳を傾けてくれる人", "listening_befriending"),
        ("裏庭がドクダミで埋まってしまった", "weeding_garden"),
        ("仕事が忙しく庭に手が回りません", "weeding_garden"),
        ("電線にかかりそうな枝を払ってほしい", "tree_pruning"),
        ("炊き出しの前の晩の仕込みを手伝って", "cooking"),
        ("連鶴の折り方を習いたい", "origami"),
        ("市の声の広報づくりの読み手", "audio_reading"),
        ("水引でお正月飾りを作る講座", "crafts_making"),
        ("フェルトでマスコットを作りたい", "handicrafts_sewing"),
        ("施設で童話を読んで聞かせてくれる方", "reading_aloud"),
        ("音声を頼りにスマホを使いたい", "screen_reader"),
    ],
)
def test_gesture_and_effect_words(taxonomy, text, wanted):
    assert wanted in sids(taxonomy, text)


# -- the text fallback compares the ask, not the writer's introduction -------------------------------------------


def test_ask_sentences_drop_the_introduction():
    text = "公民館で体操の会を開いています。会員の相談にのってくださる方を探しています。"
    assert asks.ask_sentences(text) == "会員の相談にのってくださる方を探しています。"


def test_ask_sentences_keep_everything_when_nothing_or_everything_asks():
    assert (
        asks.ask_sentences("庭が荒れています。草が伸びています。") == "庭が荒れています。草が伸びています。"
    )
    both = "手伝ってください。来てほしい。"
    assert asks.ask_sentences(both) == both
    assert asks.ask_sentences("") == ""


def test_the_fallback_ignores_words_of_the_introduction(matcher):
    # No concept anywhere: only the text fallback ranks. The writer's introduction (骨董品の店) must not pull in the
    # volunteer whose words are about such a shop rather than the ask (the pendulum clock).
    req = {
        "title": "柱時計",
        "description": "駅前で骨董品と古道具の店を営んでおります。古道具の値付けも店番も長くしております。"
        "止まった柱時計の振り子を調整してくださる方を探しています。",
    }
    assert asked(matcher, **req) == set()
    vols = [
        Volunteer("G", bio="駅前の骨董品と古道具の店で、値付けと店番を長くしております。"),
        Volunteer("K", bio="振り子の調整が得意です。"),
    ]
    assert ranked(matcher, vols, **req)[:1] == ["K"]
