"""skill-v4.67: a tag typed with one character missing inside a word is read as the word (matching/typos.py); a bio
clause saying the writer has only seen a thing, still gets it wrong, puts it off or leaves it to a parent offers
nothing; and everyday words registrants write for known concepts (指文字, 池坊, 筆まめ, WhatsApp通話, 普通免許 …). From
the later synthetic sets' unread tags and bio fillers (fresh6 … fresh9, volunteers only)."""

from __future__ import annotations

import pytest

from matching import Volunteer, typos
from matching.normalize import normalize
from tests.unit.matching.reading import offered, ranked


def tag_concepts(taxonomy, tag: str) -> set[str]:
    return {sid for sid, _w, _s in taxonomy.tag_hits(tag)}


@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ("歩行助", "guide_help"),  # 歩行(の)介助, the particle left out too
        ("応急当普及員", "medical_nursing"),  # 応急手当普及員
        ("蛍光の交換", "electrical"),  # 蛍光灯の交換
        ("Zom接続", "video_call"),  # zoom
        ("自用車あり", "driving_transport"),  # 自家用車
    ],
)
def test_a_tag_missing_one_character_inside_a_word_reads_as_the_word(taxonomy, tag, want):
    assert want in tag_concepts(taxonomy, tag)


@pytest.mark.parametrize(
    ("tag", "not_this"),
    [
        ("天体教室", "exercise_stretch"),  # not 体操教室 less 操: 天 goes on into 体
        ("紅茶教室の講師", "tea_ceremony"),  # not 茶道教室
        ("理学療法士", "brain_training"),  # not 学習療法
        ("玄関先での買い物の手伝い", "farming_vegetables"),  # 手伝い is not 畑の手伝い less 畑
        ("アラビア語の学習歴(シリアでの集中コース)", "singing_choir"),  # コース is no コーラス less ラ
        ("切り絵教室", "painting_drawing"),  # not 絵画教室
    ],
)
def test_a_word_inside_another_word_is_no_typo(taxonomy, tag, not_this):
    assert not_this not in tag_concepts(taxonomy, tag)


def test_the_deletion_table_leaves_out_spellings_two_concepts_share():
    table = typos.deletion_table({"ABCD": "x", "ABED": "y", "歩行ノ介助": "z", "コーラス": "w"})
    assert "ABD" not in table  # ABCD less C and ABED less E: neither
    assert table["歩行助"] == "歩行ノ介助"
    assert "コース" not in table  # a loanword loses only a long-vowel mark or a small letter
    assert typos.one_missing(normalize("歩行助"), table) == "歩行ノ介助"
    assert typos.one_missing(normalize("通院・歩行助(週末)"), table) == "歩行ノ介助"  # a word starts after ・
    assert typos.one_missing(normalize("散歩行助"), table) is None  # 散 goes on into it


@pytest.mark.parametrize(
    ("bio", "concept"),
    [
        ("AEDは、駅の壁にあるのを見たことがあるだけです。", "medical_nursing"),
        ("エアコンのリモコンは、いまだに冷房と暖房を間違えます。", "appliance_help"),
        ("終活という言葉は、まだ自分には早い気がしています。", "end_of_life_planning"),
        ("歌は音痴なので聞く専門です。", "singing_choir"),
        ("家計簿は三日坊主で終わりました。", "money_management"),
        ("衣替えは、いつも季節にひと月遅れます。", "housework"),
        ("障子は、猫が破ったまま放ってあります。", "home_repairs"),
        ("パソコンは孫に譲ってしまいました。", "pc_basics"),
        ("電球の交換は、いつも娘を呼んでやってもらいます。", "electrical"),
    ],
)
def test_what_the_writer_only_sees_or_puts_off_is_no_offer(taxonomy, bio, concept):
    assert concept in offered(taxonomy, bio.split("は")[0] + "を教えています。")  # the word itself is read
    assert concept not in offered(taxonomy, bio)


@pytest.mark.parametrize(
    "bio",
    [
        "編み方が分からなくなったら私の出番で、ほどいて編み直します。",  # whom the writer helps
        "日本語教師の資格はなく、簡単な英語が話せる程度です。",  # a modest offer is an offer
        "業者に頼むと高くつく網戸の張り替えを、部品代だけで引き受けています。",
        "公民館のそば打ち同好会から料理も習いたいと頼まれ、男性の料理教室で教えています。",
    ],
)
def test_real_registrants_clauses_about_others_still_offer(taxonomy, bio):
    assert offered(taxonomy, bio)


@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ("指文字", "sign_language"),
        ("池坊", "flower_arrangement"),
        ("筆まめ", "printer_scanner"),
        ("WhatsApp通話", "video_call"),
        ("普通免許", "driving_transport"),
        ("就職相談", "job_support"),
        ("心肺蘇生", "medical_nursing"),
        ("シャワーヘッド交換", "home_repairs"),
    ],
)
def test_everyday_words_for_known_concepts(taxonomy, tag, want):
    assert want in tag_concepts(taxonomy, tag)


def test_the_typed_tag_leads_a_bio_that_only_saw_the_thing(areas, taxonomy):
    from matching import Matcher  # noqa: PLC0415

    vols = [
        Volunteer("typo", skills=("歩行助",), bio="週末に動けます。"),
        Volunteer("seen", skills=(), bio="歩行介助は、テレビで見かけるくらいです。"),
    ]
    got = ranked(Matcher(areas=areas, taxonomy=taxonomy), vols, title="通院の時の歩行介助をお願いします")
    assert got[:1] == ["typo"]
