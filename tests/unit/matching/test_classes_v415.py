"""skill-v4.15: a registrant's tags say what they offer; another kind of help their bio names only in passing reads
weaker (offers.BIO_ASIDE) than a tag or a bio that says they do it. Sentences worded apart from the sets' own."""

import pytest

from matching import Matcher
from matching.offers import BIO_ASIDE, volunteer_analysis
from matching.taxonomy import TEXT_EXACT
from matching.types import HelpRequest, Volunteer
from tests.unit.matching.reading import asked, primary


def strength(matcher: Matcher, tags: tuple[str, ...], bio: str, concept: str) -> float | None:
    hits, _residual = volunteer_analysis(Volunteer(id="v", skills=tags, bio=bio), matcher.taxonomy)
    return hits[concept].strength if concept in hits else None


@pytest.mark.parametrize(
    "tags, bio, concept",
    [
        (
            ("中国語",),
            "中国語の通訳をしています。小学校の懇談会や、保育園のお知らせの翻訳もします。",
            "childcare_play",
        ),
        (("英語通訳",), "商店街のイベントや駅の案内所で、英語の通訳をします。", "event_management"),
        (
            ("外出付き添い",),
            "障がいのある方の外出に同行しています。写真を撮るのが好きな方もいます。",
            "photography",
        ),
    ],
)
def test_help_a_tagged_registrant_names_only_in_passing_reads_weaker(
    matcher: Matcher, tags: tuple[str, ...], bio: str, concept: str
):
    assert strength(matcher, tags, bio, concept) == BIO_ASIDE
    assert strength(matcher, (), bio, concept) == TEXT_EXACT  # with no tags the bio is all they said


@pytest.mark.parametrize(
    "tags, bio, concept",
    [
        (("スマホ",), "公民館で料理を教えています。", "cooking"),  # says they teach it
        (("書道",), "地区の集会所で、体操教室の講師をしています。", "exercise_stretch"),
        (("手芸",), "パソコンが得意です。", "pc_basics"),  # an offer cue
        (("英語",), "市の観光パンフレットの翻訳もしています。", "translation"),  # the tag's own kind
    ],
)
def test_help_the_bio_says_they_do_or_of_the_tags_kind_keeps_its_strength(
    matcher: Matcher, tags: tuple[str, ...], bio: str, concept: str
):
    assert strength(matcher, tags, bio, concept) == TEXT_EXACT


def test_a_registrant_who_does_it_ranks_above_one_who_names_it_in_passing(matcher: Matcher):
    m = Matcher(areas=matcher.areas, taxonomy=matcher.taxonomy)
    m.index(
        [
            Volunteer(
                id="passing",
                skills=("中国語",),
                bio="中国語の通訳をしています。保育園のお知らせの翻訳もします。",
            ),
            Volunteer(id="does", bio="保育園で子どもたちの遊びを見守っています。"),
        ]
    )
    req = HelpRequest(
        id="r", title="子育てサロンで子どもを見てくださる方", description="保育のお手伝いをお願いします。"
    )
    score = {c.volunteer_id: c.score for c in m.rank(req, 5).candidates}
    assert score["does"] > score["passing"] > 0  # both are proposed; before, they tied


@pytest.mark.parametrize(
    "text",
    [
        "歳末たすけあいの街頭募金に立ってくださる方を募集します。",
        "駅前で献血を呼びかけるボランティアです。",
        "赤い羽根の募金箱を持って、商店街で呼びかけをお願いします。",
    ],
)
def test_street_collections_and_blood_drives_are_their_own_need(matcher: Matcher, text: str):
    assert primary(matcher, title="", description=text) == ["donation_drives"]


def test_a_grant_the_group_received_is_not_a_collection_asked(matcher: Matcher):
    text = "この教室は共同募金の助成を受けて開いています。子どもたちの宿題を見てくださる方を募集します。"
    assert "donation_drives" not in asked(matcher, title="", description=text)
    assert "fundraising_grants" not in asked(matcher, title="", description=text)


def test_the_doctors_and_nurses_of_a_toy_hospital_repair_toys(matcher: Matcher):
    title = "おもちゃ病院のドクターを募集"
    assert primary(matcher, title=title, description="壊れたおもちゃを直す仲間を探しています。") == [
        "toy_repair"
    ]
    assert "medical_nursing" in asked(matcher, title="看護師さんを募集", description="健康相談の担当です。")


def test_the_secretariat_and_an_office_are_places_not_clerical_work(matcher: Matcher):
    text = "申し込みは事務局までお電話ください。パソコンの使い方を教えてくださる方を探しています。"
    assert primary(matcher, title="", description=text) == ["pc_basics"]
    assert "data_entry_clerical" in asked(
        matcher, title="", description="事務局の事務作業を手伝ってください。"
    )


def test_a_greeting_card_made_on_a_computer_is_word_processing(matcher: Matcher):
    on_pc = "ワープロソフトで暑中見舞いを作るところまで、一緒に練習します。"
    assert "word_processing" in asked(matcher, title="", description=on_pc)
    assert "calligraphy" not in asked(matcher, title="", description=on_pc)
    assert primary(matcher, title="暑中見舞いを筆で書く会", description="講師をお願いします。") == [
        "calligraphy"
    ]


def test_calling_an_elderly_person_weekly_is_phone_befriending(matcher: Matcher):
    assert primary(matcher, title="一人暮らしの方に毎週お電話するボランティア", description="") == [
        "phone_befriending"
    ]


@pytest.mark.parametrize("sport", ["アンプティサッカー", "車いすラグビー", "ゴールボール"])
def test_a_para_sport_named_by_its_name_is_para_sports_support(matcher: Matcher, sport: str):
    text = f"{sport}の練習で、選手のサポートをしてくださる方を募集します。"
    assert "parasports_support" in asked(matcher, title="", description=text)


def test_a_two_letter_loanword_matches_only_in_katakana(matcher: Matcher):
    # ウノ (the card game) is not the うの of 「通うの」「思うの」
    text = "歩いて学校に通うのが難しい子の、通学の付き添いをお願いします。"
    assert "board_games" not in asked(matcher, title="", description=text)
    assert "board_games" in asked(matcher, title="", description="ウノやトランプで一緒に遊んでくださる方")


def test_studying_japanese_is_japanese_teaching_not_schoolwork(matcher: Matcher):
    text = "日本語をほとんど勉強しないまま来日した方に、マンツーマンで教えてくださる方を探しています。"
    assert primary(matcher, title="", description=text) == ["japanese_teaching"]
    kids = "外国につながる子どもの宿題や勉強を見てください。日本語が苦手な子もいます。"
    assert primary(matcher, title="", description=kids) == ["study_support"]


def test_a_mobility_scheme_asking_for_drivers_asks_for_driving(matcher: Matcher):
    text = "市民ボランティアに車両を貸し出し、通院や買い物の移動支援をしています。車を運転してくださる方を募集します。"
    assert "driving_transport" in asked(matcher, title="移動支援の担い手募集", description=text)
    assert "guide_help" in asked(
        matcher, title="", description="視覚障害のある方の移動支援(ガイドヘルプ)をお願いします。"
    )


def test_leisure_support_is_recreation_for_adults_and_play_for_children(matcher: Matcher):
    assert "recreation_games" in asked(
        matcher, title="", description="障がいのある方の余暇支援ボランティアを募集します。"
    )
    kids = "放課後等デイサービスで、障がいのある子どもたちの余暇支援をお願いします。"
    assert "childcare_play" in asked(matcher, title="", description=kids)


def test_an_offer_phrase_is_read_as_written(matcher: Matcher):
    # normalised first, 「洋服のリフォーム」 became 「洋服ノリフォーム」 and the glued word found nothing, so an edit-distance
    # pass read a house renovation into it
    assert strength(matcher, (), "着なくなった洋服のリフォームが得意です。", "carpentry_diy") is None
    assert strength(matcher, (), "着なくなった洋服のリフォームが得意です。", "sewing_mending") == TEXT_EXACT
    assert strength(matcher, ("リフォーム",), "古い家のリフォームをしています。", "carpentry_diy") == 1.0


@pytest.mark.parametrize(
    "text, concept",
    [
        ("床屋さんではなく、庭の松の枝を切っていただける方を探しています。", "haircut"),
        ("将棋の相手などではなく、お茶を飲みながら昔話を聞いてくれる人がいたら。", "shogi"),
    ],
)
def test_a_contrast_a_few_characters_on_is_not_the_ask(matcher: Matcher, text: str, concept: str):
    assert concept not in primary(matcher, title="", description=text)


def test_not_only_is_still_asked(matcher: Matcher):
    text = "中学生の居場所です。勉強だけでなく、話し相手になってくださる学生さんを募集します。"
    assert "study_support" in asked(matcher, title="", description=text)


@pytest.mark.parametrize(
    "text, concept",
    [
        ("九路盤で始める入門教室の講師をお願いします。", "igo"),
        ("新しい家の表札を手書きの筆の文字にしたいのです。", "calligraphy"),
        ("ご家族と入居者さんの画面越しの面会で、つなぐ操作をお願いします。", "video_call"),
        ("自転車の後ろのタイヤがぺちゃんこで困っています。", "bicycle_repair"),
        ("二階の古い冷蔵庫を一階へ下ろしたいのです。", "heavy_lifting_moving"),
        ("テレビ台を動かしたら映らなくなった。『信号がありません』と出ます。", "appliance_help"),
    ],
)
def test_needs_named_in_a_residents_words(matcher: Matcher, text: str, concept: str):
    assert concept in asked(matcher, title="", description=text)


def test_watching_over_elderly_neighbours_is_not_child_care(matcher: Matcher):
    text = "一人暮らしの高齢者や、幼い子どもがいる世帯などを、買い物や散歩のついでに見守ってください。"
    assert "childcare_play" not in primary(matcher, title="見守り・声かけ活動への協力", description=text)
    kids = "放課後の子どもたちの遊びを見守ってください。"
    assert "childcare_play" in asked(matcher, title="", description=kids)


def test_a_workshop_asks_for_its_topic_not_schoolwork(matcher: Matcher):
    text = "パソコンを使える人はほとんどいません。Zoomの勉強会で教えてくださる方をお願いします。"
    assert "study_support" not in asked(matcher, title="会員のZoom勉強会の講師", description=text)


def test_an_outpatient_guide_is_the_hospitals_volunteer_desk(matcher: Matcher):
    text = "外来で受診の手続きに迷う患者さんを、診療科までご案内してください。"
    assert primary(matcher, title="外来ガイドボランティア", description=text) == ["hospital_volunteer"]


def test_a_toys_repair_is_toy_repair(matcher: Matcher):
    assert "toy_repair" in asked(
        matcher, title="アンパンマンのタッチペンの修理", description="音が出なくなりました。"
    )
