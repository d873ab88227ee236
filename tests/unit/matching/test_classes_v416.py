"""skill-v4.16: a bio's closing lines and the ways its writer gets about are not offers, more ways of saying what the
writer gave up or leaves to others, and a letter its reader cannot read. Sentences worded apart from the sets' own."""

import pytest

from matching import Matcher
from matching.offers import BIO_SETTING, volunteer_analysis
from matching.taxonomy import TAG_EXACT, TEXT_EXACT
from matching.types import Volunteer
from tests.unit.matching.reading import offered, primary, ranked


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("パソコンを教えています。お気軽にお声がけください。", "watching_over"),
        ("料理が得意です。いつでもお声かけをお待ちしております。", "watching_over"),
        ("スマホの相談にのります。市内なら自転車で伺います。", "bicycle_repair"),
        ("書道を教えています。自転車で行ける範囲でお願いします。", "bicycle_repair"),
    ],
)
def test_a_bios_closing_invitation_or_way_of_getting_there_offers_nothing(
    matcher: Matcher, bio: str, concept: str
):
    assert concept not in offered(matcher.taxonomy, bio)


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("一人暮らしのお年寄りへの声かけをしています。", "watching_over"),  # the help itself
        ("自転車のパンク修理ができます。", "bicycle_repair"),
        ("自転車屋を営んでいました。ブレーキの調整もします。", "bicycle_repair"),
    ],
)
def test_the_same_words_offering_help_still_read(matcher: Matcher, bio: str, concept: str):
    assert concept in offered(matcher.taxonomy, bio)


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("ヨガ教室は一か月で通わなくなりました。", "yoga_taichi"),  # gave up
        ("ネットでの買い物は怖くて、いつも店で買っています。", "shopping_errands"),
        ("家の配線はさっぱりで、電気屋さんを呼びます。", "electrical"),
        ("園芸は父の趣味で、私は水やり当番です。", "flower_gardening"),  # someone else's hobby
        ("娘の習い事の送迎以外は家にいます。", "driving_transport"),  # what free time leaves out
        ("パソコンの設定は息子にやってもらっています。", "pc_basics"),  # family do it for the writer
        ("バザーは毎年見に行きます。", "event_management"),  # a spectator
        ("運転は七十五で免許を返納しました。", "driving_transport"),
        ("裁縫はからきしで、ボタン付けも母任せです。", "sewing_mending"),
    ],
)
def test_what_the_writer_gave_up_fears_or_leaves_out_is_not_offered(matcher: Matcher, bio: str, concept: str):
    assert concept in offered(matcher.taxonomy, bio.split("は")[0] + "ができます。")  # the word itself reads
    assert concept not in offered(matcher.taxonomy, bio)


def test_besides_x_still_offers_x(matcher: Matcher):
    # 「以外は時間があります」 leaves X out; 「以外にも」 adds to it, and a help named after 「以外は」 is offered
    assert "cooking" in offered(matcher.taxonomy, "料理以外にも、掃除や洗濯ができます。")
    assert "pc_basics" in offered(matcher.taxonomy, "土日以外はパソコン教室で教えています。")


@pytest.mark.parametrize(
    "title, description, languages, concept",
    [
        (
            "市役所からの手紙が読めません",
            "ネパールから来ました。日本語の漢字が多くて、何の手紙かわかりません。",
            ("ne",),
            "translation",
        ),
        (
            "学校のお知らせ",
            "子どもの学校から届くお知らせが読めません。母国語で教えてくださる方はいませんか。",
            (),
            "translation",
        ),
        ("郵便物を読んでほしい", "目が見えにくくなって、届いた手紙が読めません。", (), "audio_reading"),
    ],
)
def test_a_letter_its_reader_cannot_read_asks_for_translation_or_reading_aloud(
    matcher: Matcher, title: str, description: str, languages: tuple[str, ...], concept: str
):
    assert primary(matcher, title=title, description=description, languages=frozenset(languages)) == [concept]


def test_a_letter_read_well_enough_is_no_ask(matcher: Matcher):
    # 「書類が読めるよう日本語を教えて」 asks for Japanese lessons; the letter is the reason
    assert primary(
        matcher,
        title="お母さんたちの会",
        description="学校の書類が読めるように、日本語を教えてくださる方を探しています。",
    ) == ["japanese_teaching"]


def test_a_closing_invitation_no_longer_ranks_a_cyclist_for_watching_over(matcher: Matcher):
    m = Matcher(areas=matcher.areas, taxonomy=matcher.taxonomy)
    vols = [
        Volunteer(
            id="cycle", skills=("自転車修理",), bio="自転車屋で働いていました。お声がけをお待ちしています。"
        ),
        Volunteer(id="watch", skills=(), bio="民生委員として、一人暮らしの方の見守りをしています。"),
    ]
    order = ranked(
        m,
        vols,
        title="見守り訪問員の募集",
        description="ひとり暮らしの高齢者宅を月2回訪ね、様子をうかがいます。",
    )
    assert order == ["watch"]


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("タブレットは買いましたが、一度も電源を入れていません。", "tablet_basics"),
        ("カメラは持っているけど、ほとんど触っていません。", "photography"),
    ],
)
def test_a_clause_of_never_or_hardly_using_it_denies_the_clause_it_contrasts_with(
    matcher: Matcher, bio: str, concept: str
):
    assert concept not in offered(matcher.taxonomy, bio)


def test_a_clause_with_a_topic_of_its_own_denies_only_itself(matcher: Matcher):
    got = offered(matcher.taxonomy, "英語は話せますが、中国語は全くできません。")
    assert "english" in got and "chinese" not in got


def test_tactile_paving_is_not_braille(matcher: Matcher):
    assert "braille" not in offered(matcher.taxonomy, "点字ブロックの上に物を置かないよう呼びかけています。")
    assert "braille" in offered(matcher.taxonomy, "点字の名刺を作っています。")


@pytest.mark.parametrize(
    "title, description",
    [
        (
            "母に日本語を",
            "ブラジルから呼び寄せた母は日本語がわかりません。買い物で困らない程度に、一緒に練習してくれる方を。",
        ),
        ("夫の日本語", "夫はスペイン出身です。近所の人と日本語で話せるようになりたいと言っています。"),
    ],
)
def test_japanese_for_someone_to_speak_is_japanese_teaching(matcher: Matcher, title: str, description: str):
    assert primary(matcher, title=title, description=description) == ["japanese_teaching"]


@pytest.mark.parametrize(
    "tag, device, other",
    [
        ("パソコン点訳", "pc_basics", "braille"),
        ("タブレット脳トレ", "tablet_basics", "exercise_stretch"),
        ("スマホ撮影", "smartphone_basics", "photography"),
    ],
)
def test_a_device_tag_naming_the_tool_of_another_help_reads_as_a_setting(
    matcher: Matcher, tag: str, device: str, other: str
):
    hits, _r = volunteer_analysis(Volunteer(id="v", skills=(tag,)), matcher.taxonomy)
    assert hits[device].strength == BIO_SETTING and hits[other].strength == TAG_EXACT
    # the device tagged on its own, or a bio offering it, still counts in full
    hits, _r = volunteer_analysis(
        Volunteer(id="v", skills=(tag, device_word(matcher, device))), matcher.taxonomy
    )
    assert hits[device].strength == TAG_EXACT


@pytest.mark.parametrize("tag", ["スマホLINE", "パソコン教室", "パソコン指導", "スマホ決済"])
def test_a_device_tag_of_digital_help_keeps_its_strength(matcher: Matcher, tag: str):
    hits, _r = volunteer_analysis(Volunteer(id="v", skills=(tag,)), matcher.taxonomy)
    assert all(h.strength == TAG_EXACT for h in hits.values())


def device_word(matcher: Matcher, sid: str) -> str:
    return matcher.taxonomy.skills[sid].synonyms[0]


@pytest.mark.parametrize(
    "title, description, concept",
    [
        # a bare escort word yields to what is escorted
        (
            "付添ボランティアの募集",
            "デイサービスの利用者さんと、買い物の付き添いをしていただきます。",
            "shopping_errands",
        ),
        # a ride's destination is not the ask: the ride is
        (
            "スーパーまで乗せてほしい",
            "膝を痛めて歩いて行けません。週に一度お願いできませんか。",
            "driving_transport",
        ),
        ("病院まで送ってほしい", "月に一度の通院です。", "driving_transport"),
    ],
)
def test_an_escort_or_a_ride_is_read_by_what_it_is_for(
    matcher: Matcher, title: str, description: str, concept: str
):
    assert primary(matcher, title=title, description=description) == [concept]


def test_an_escort_a_concept_qualifies_is_still_asked(matcher: Matcher):
    # 「外出レクリエーションの同行」: the escort is the ask, the recreation what it is for
    assert primary(
        matcher, title="外出レクリエーションの同行", description="月に一度、利用者さんと外出しています。"
    ) == ["escort_hospital"]
    assert primary(matcher, title="通院の付き添い", description="") == ["escort_hospital"]


def test_a_message_left_on_a_phone_line_is_not_audio_reading(matcher: Matcher):
    got = primary(
        matcher,
        title="安心電話のボランティア",
        description="一人暮らしの方が毎朝電話して名前を吹き込みます。電話のなかった方にお電話して様子をうかがいます。",
    )
    assert "audio_reading" not in got
    assert primary(
        matcher, title="市報の吹き込み", description="市報を読んでテープに吹き込む方を募集します。"
    ) == ["audio_reading"]


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("別室で小さいお子さんと遊んでいます。", "childcare_play"),
        ("施設の手工芸の時間のサポートをしています。", "crafts_making"),
        ("体育館でボッチャの交流会を進行しています。", "parasports_support"),
        ("史跡や観光施設でガイドをしています。", "tour_guide"),
        ("近所の方を病院へ送ったりしています。", "driving_transport"),
        ("スマホの使い方でお困りの方がいたら、一緒に画面を見ます。", "smartphone_basics"),
    ],
)
def test_words_read_from_the_tuning_halves_2026_12_06(matcher: Matcher, bio: str, concept: str):
    hits, _r = volunteer_analysis(Volunteer(id="v", bio=bio), matcher.taxonomy)
    assert concept in hits and hits[concept].strength == TEXT_EXACT


def test_a_guide_for_the_visually_impaired_is_still_a_guide_helper(matcher: Matcher):
    assert "tour_guide" not in offered(
        matcher.taxonomy, "目の不自由な方の外出のガイドをしています。史跡めぐりにも同行します。"
    )


def test_an_escort_for_someone_who_cannot_see_is_a_guide_helper(matcher: Matcher):
    text = "緑内障で目が見えにくくなりました。月に一度、眼科への外出に付き添ってくださる方を探しています。"
    assert primary(matcher, title="外出の付き添い", description=text) == ["guide_help"]
    # a registrant who escorts the visually impaired keeps the escort as well
    got = offered(matcher.taxonomy, "視覚障害の方の外出に同行しています。")
    assert {"guide_help", "escort_hospital"} <= got


def test_a_wheelchair_walk_is_wheelchair_help(matcher: Matcher):
    assert primary(matcher, title="車いす散歩のボランティア", description="施設の周りを一緒に回ります。") == [
        "guide_help"
    ]
