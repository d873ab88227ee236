"""skill-v4.13: more classes from the tuning halves (odd ids; the even halves stay sealed), each worded apart from
the sets' own sentences."""

import pytest

from matching import HelpRequest, Matcher, Volunteer, asks
from matching.offers import BIO_SETTING, volunteer_analysis


def concepts(matcher: Matcher, text: str) -> set[str]:
    return {sid for sid, _label, _word in matcher.taxonomy_concepts(text)}


def roles(taxonomy, text: str) -> dict[str, bool]:
    return {sid: role for sid, _w, _x, role in asks.text_concepts(text, taxonomy)}


# -- a helper already there, spoken of as someone, is not the help asked for


@pytest.mark.parametrize(
    "text, word",
    [
        ("ヘルパーさんが来ない日に、掃除を手伝ってくださる方", "ヘルパー"),
        ("看護師さんは常駐しています。話し相手になってくださる方を募集", "看護師"),
        ("保育士さんと一緒に、子どもたちと遊んでくださる方", "保育士"),
    ],
)
def test_someone_already_there_is_not_the_ask(taxonomy, text: str, word: str):
    got = [role for _sid, w, _x, role in asks.text_concepts(text, taxonomy) if w == word]
    assert got == [True]


@pytest.mark.parametrize("text", ["通訳さんを探しています", "ヘルパーさんに来てほしいです"])
def test_asking_for_someone_by_their_title_is_the_ask(taxonomy, text: str):
    assert not any(roles(taxonomy, text).values())


def test_the_chores_lead_when_the_home_helper_is_who_is_missing(matcher: Matcher):
    matcher.index(
        [
            Volunteer("V1", skills=("介護福祉士",), bio="特養で十年、身体介護をしてきました。"),
            Volunteer("V2", skills=("家事援助",), bio="掃除や洗濯、ごみ出しをお手伝いしています。"),
        ]
    )
    req = HelpRequest(
        "R1",
        title="ヘルパーさんが来ない日に",
        description="ヘルパーさんが来ない水曜日に、掃除とごみ出しをお願いしたいです。",
    )
    assert [c.volunteer_id for c in matcher.rank(req).candidates][0] == "V2"


# -- a salon's staff and its meal gatherings are salon running


@pytest.mark.parametrize(
    "text",
    ["サロンのスタッフを募集します", "お茶のみサロンの協力者です", "一人暮らしの方の会食会を手伝っています"],
)
def test_salon_running_in_other_words(matcher: Matcher, text: str):
    assert "salon_support" in concepts(matcher, text)


# -- LINE named by its icon


@pytest.mark.parametrize("text", ["緑のアイコンのアプリが開けない", "緑色のアプリで孫と話したい"])
def test_line_by_its_green_icon(matcher: Matcher, text: str):
    assert "line_app" in concepts(matcher, text)


# -- a QR code read to apply or book is the phone's camera, not a payment


def test_a_qr_code_to_pay_is_still_cashless(matcher: Matcher):
    assert "cashless_payment" in concepts(matcher, "お店でQRコードで支払いたい")


# -- a device for someone who cannot see is used by ear


def test_a_registrant_helping_blind_users_with_pcs_knows_pcs_too(taxonomy):
    got = taxonomy.concepts(
        ["パソコンボランティア"], "視覚障害の方のお宅へパソコンのサポートに伺っています。"
    )
    assert {"screen_reader", "pc_basics"} <= set(got)


# -- an occasion a bio names only as where its writer does something else


def test_an_event_named_as_where_another_skill_is_done_is_weak(taxonomy):
    hits, _r = volunteer_analysis(
        Volunteer("V", bio="手話サークルの会員で、イベントでの手話通訳をしています。"), taxonomy
    )
    assert hits["event_management"].strength == BIO_SETTING


@pytest.mark.parametrize(
    "bio", ["毎年、夏まつりでボランティアをしています。", "イベントで受付や会場の設営をしています。"]
)
def test_working_the_event_keeps_event_help(taxonomy, bio: str):
    hits, _r = volunteer_analysis(Volunteer("V", bio=bio), taxonomy)
    assert hits["event_management"].strength > BIO_SETTING


# -- kinds of help real6's tuning half asks for that the dictionary had no concept for


@pytest.mark.parametrize(
    "text, concept",
    [
        ("保護猫を里親さんが見つかるまで自宅で預かってくださる方", "animal_welfare"),
        ("譲渡会の日に犬の散歩とケージの掃除をしています", "animal_welfare"),
        ("フードパントリーで食品の仕分けをしています", "food_bank"),
        ("フードドライブで集まった食品の検品", "food_bank"),
        ("お弁当の配達をしてくださる方", "meal_delivery_foodbank"),
        ("砂浜のビーチクリーンに参加しています", "community_cleanup"),
        ("浜の清掃にご協力ください", "community_cleanup"),
        ("不登校の子どもたちの居場所でスタッフをしています", "youth_mentoring"),
    ],
)
def test_kinds_of_help_named_in_real6(matcher: Matcher, text: str, concept: str):
    assert concept in concepts(matcher, text)


@pytest.mark.parametrize(
    "text, concept",
    [
        ("夏休みの子どもの居場所で宿題を見ています", "childcare_play"),
        ("高齢者の居場所づくりに関わっています", "listening_befriending"),
    ],
)
def test_a_place_to_be_is_read_by_whom_it_is_for(matcher: Matcher, text: str, concept: str):
    assert concept in concepts(matcher, text)


def test_a_place_to_be_alone_names_no_help(matcher: Matcher):
    assert concepts(matcher, "居場所があります") == set()


# -- what the people served do there, in a sentence asking nothing, is the setting


def test_what_the_children_do_there_is_not_the_ask(taxonomy):
    got = {
        sid: role
        for sid, _w, _x, role in asks.text_concepts(
            "子どもたちは本を読んだり、ピアノを弾いたりして過ごしています。学習支援をしてくださる方を募集します。",
            taxonomy,
        )
    }
    assert got["piano_keyboard"] is True and got["study_support"] is False


def test_a_sentence_that_asks_keeps_its_concepts(taxonomy):
    got = {
        sid: role
        for sid, _w, _x, role in asks.text_concepts(
            "利用者さんはピアノを弾いてくださる方を待っています。", taxonomy
        )
    }
    assert got["piano_keyboard"] is False


# -- classes from fresh4's tuning half: kinds of help by other names, asides, spaced words, denials


@pytest.mark.parametrize(
    "text, concept",
    [
        ("押し花のしおりを作る会の講師", "crafts_making"),
        ("骨の折れた傘を直してくださる方", "umbrella_repair"),
        ("ひらがな・カタカナ指導をしています", "japanese_teaching"),
        ("駒の並べ方から教えられます", "shogi"),
        ("非常袋の中身を点検してほしい", "disaster_prevention"),
        ("タンスに突っ張り棒を付けて転倒防止をしたい", "disaster_prevention"),
        ("孫が四人いて、赤ちゃんのおむつ替えもできます", "childcare_play"),
        ("年賀状の宛名をいつも頼まれます", "calligraphy"),
        ("源泉徴収票から申告書を作るのを手伝って", "tax_return"),
        ("コンテナを会場まで車で運んでくださる方", "driving_transport"),
    ],
)
def test_kinds_of_help_named_in_fresh4(matcher: Matcher, text: str, concept: str):
    assert concept in concepts(matcher, text)


def test_an_aside_does_not_hide_the_ask(taxonomy):
    assert "childcare_play" in roles(taxonomy, "職員の子ども（小学生）を別室で見ていてくださる方")


def test_words_written_apart_are_read(taxonomy):
    assert "japanese_teaching" in roles(taxonomy, "かんじが よめません。 よみかたを おしえて ください")


def test_what_the_request_says_it_is_not_is_not_asked(taxonomy):
    assert "instrument_any" not in roles(
        taxonomy, "ピアノサークルです（楽器ではないお願い）ワードで曲目の一覧を作りたい"
    )
    assert "online_gov_procedures" not in roles(
        taxonomy, "確定申告の話ではありません。マイナ保険証の登録でエラーが出ます"
    )


def test_where_a_thing_comes_from_is_not_the_ask(taxonomy):
    got = roles(taxonomy, "米袋を農家から送ってもらっています。運び入れてくださる方")
    assert got.get("farming_vegetables") is True and got["heavy_lifting_moving"] is False


def test_leaving_it_to_a_professional_is_no_offer(taxonomy):
    hits, _r = volunteer_analysis(Volunteer("V", bio="確定申告は毎年税理士さん任せです。"), taxonomy)
    assert "online_gov_procedures" not in hits


def test_a_brain_teaser_is_not_exercise(matcher: Matcher):
    assert "exercise_stretch" not in concepts(matcher, "麻雀で頭の体操をしましょう")


# -- the escort asked with the verb, and a welfare commissioner's watching over


@pytest.mark.parametrize("text", ["病院から薬局まで付き添っていただけませんか", "眼科に一緒に付き添える方"])
def test_escort_asked_with_the_verb(matcher: Matcher, text: str):
    assert "escort_hospital" in concepts(matcher, text)


def test_a_welfare_commissioner_watches_over_but_their_council_is_a_group(matcher: Matcher):
    assert "watching_over" in concepts(matcher, "民生委員を二期務めています")
    assert "watching_over" not in concepts(matcher, "民生委員協議会の研修をオンラインで開きます")


def test_what_the_writers_can_already_do_is_not_asked(taxonomy):
    got = asks.text_concepts(
        "鍵盤は弾けても、パソコンのキーボードはさっぱりです。ワードで一覧を作りたい", taxonomy
    )
    assert "piano_keyboard" not in {sid for sid, *_x in got}
    assert "word_processing" in {sid for sid, *_x in got}


def test_a_thing_kept_for_show_is_no_offer(taxonomy):
    hits, _r = volunteer_analysis(
        Volunteer("V", bio="将棋盤は父の形見として床の間に飾ってあるだけです。"), taxonomy
    )
    assert "shogi" not in hits


@pytest.mark.parametrize("text", ["ローマ字入力もかな入力も教えられます", "タイピングを教えています"])
def test_typing_is_pc_help(matcher: Matcher, text: str):
    assert "pc_basics" in concepts(matcher, text)


# -- a wheelchair cleaned or mended is the chair's care, not help for its user


def test_pushing_a_wheelchair_stays_guide_help(matcher: Matcher):
    assert "guide_help" in concepts(matcher, "車いすを押して散歩に付き添ってくださる方")


def test_learning_a_device_is_not_school_study(matcher: Matcher):
    got = concepts(matcher, "パソコンとスマホの学習支援の会に入っています")
    assert "study_support" not in got and {"pc_basics", "smartphone_basics"} <= got


def test_the_writers_own_studies_are_no_offer(taxonomy):
    hits, _r = volunteer_analysis(Volunteer("V", bio="市のガイド養成講座から勉強を始めました。"), taxonomy)
    assert "study_support" not in hits


def test_a_faucet_fixer_is_a_fair_second_for_a_dead_bulb(matcher: Matcher):
    matcher.index(
        [
            Volunteer("V1", bio="蛇口の水漏れくらいは直せます。"),
            Volunteer("V2", bio="公園の清掃をしています。"),
            Volunteer("V3", skills=("電球交換",)),
        ]
    )
    req = HelpRequest("R1", title="電球が切れたまま", description="台所の天井の電球を替えてくださる方")
    assert [c.volunteer_id for c in matcher.rank(req).candidates][:2] == ["V3", "V1"]


# -- read as one kind of help and not as its neighbour (text, read, not read)
READ_APART = [
    ("被災地でがれき撤去をしました", "disaster_relief", "disaster_prevention"),
    ("浸水したお宅の泥出しを手伝ってくださる方", "disaster_relief", "disaster_prevention"),
    ("災害ボランティアとして現地に行きました", "disaster_relief", "disaster_prevention"),
    ("災害ボランティアセンターの設置訓練に参加する方", "disaster_prevention", "disaster_relief"),
    ("地区の防災訓練の手伝い", "disaster_prevention", "disaster_relief"),
    ("防災士の資格があります", "disaster_prevention", "disaster_relief"),
    ("講座の申し込みがQRコードになりました", "smartphone_basics", "cashless_payment"),
    ("QRコードを読み取って予約したい", "smartphone_basics", "cashless_payment"),
    ("目が不自由な母が、パソコンを使えるようにしたい", "screen_reader", "pc_basics"),
    ("フードバンクで寄贈食品の仕分けをしています", "food_bank", "meal_delivery_foodbank"),
    ("確定申告をネットで済ませたい", "online_gov_procedures", "tax_return"),
    ("院内の車いすの汚れやサビを落とし、タイヤに空気を入れる", "wheelchair_care", "guide_help"),
    ("車椅子の簡単な修理をしてくださる方", "wheelchair_care", "guide_help"),
]


@pytest.mark.parametrize("text, read, not_read", READ_APART)
def test_read_apart_from_its_neighbour(matcher: Matcher, text: str, read: str, not_read: str):
    got = concepts(matcher, text)
    assert read in got and not_read not in got
