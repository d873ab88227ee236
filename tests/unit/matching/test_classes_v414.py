"""skill-v4.14: what a request says it is not asking for stays out of every reading, and more of the ways residents
and notices name a need (each worded apart from the sets' own sentences)."""

import pytest

from matching import Matcher
from tests.unit.matching.reading import asked, primary, profile


@pytest.mark.parametrize(
    "text, concept",
    [
        ("乾いたタオルをたたむ作業です。入居者の介助をお願いするものではありません。", "care_assistance"),
        ("買い物の付き添いをお願いします。車の運転をお願いするわけではありません。", "driving_transport"),
        ("会場の受付を手伝ってください。司会はお願いしません。", "mc_announcing"),
    ],
)
def test_what_the_request_says_it_does_not_ask_is_not_asked(matcher: Matcher, text: str, concept: str):
    assert concept not in asked(matcher, title="", description=text)


def test_a_context_rule_does_not_read_a_word_the_request_says_is_not_asked(matcher: Matcher):
    # 付き添い beside driving words asks for a driver — unless the text says the driving is not asked
    by_car = "病院への付き添いをお願いします。送迎の運転もお願いできれば助かります。"
    on_foot = "病院への付き添いをお願いします。送迎の運転をお願いするものではありません。"
    assert "driving_transport" in asked(matcher, title="", description=by_car)
    assert "driving_transport" not in asked(matcher, title="", description=on_foot)
    assert primary(matcher, title="", description=on_foot) == ["escort_hospital"]


def test_a_concept_said_not_asked_does_not_come_back_through_another_spelling(matcher: Matcher):
    # the dictionary's spelling of the text (a second reading) used to bring back what the first one left out
    text = "洗濯物をたたんでくださる方。入居者の介助をお願いするものではありません。"
    assert asked(matcher, title="", description=text) == {"housework"}


@pytest.mark.parametrize(
    "text", ["週に一度、買い物の付き添いをしてくださる方", "スーパーでの買い物に付き添ってほしい"]
)
def test_a_companion_on_a_shopping_trip_is_shopping_help(matcher: Matcher, text: str):
    assert primary(matcher, title="", description=text) == ["shopping_errands"]


def test_everything_listed_before_the_words_not_asking_is_not_asked(matcher: Matcher):
    text = "スマホの使い方を教えてください。病院への送迎や買い物の代行をお願いするものではありません。"
    got = asked(matcher, title="", description=text)
    assert "smartphone_basics" in got
    assert not got & {"driving_transport", "shopping_errands"}


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("毎月、老人ホームでシーツ交換とタオルたたみのボランティアをしています。", "housework"),
        ("女性部の仲間と、施設の布団カバーの交換に伺っています。", "housework"),
        ("総合病院の総合案内で、再来機の使い方をご説明しています。", "hospital_volunteer"),
        ("地域のお祭りでスタンプラリーの係をしました。", "event_management"),
        (
            "図書館で、破れた本を補修したり外れたページを直したりしています。本の補修講座も受けました。",
            "library_support",
        ),
    ],
)
def test_facility_and_event_chores_named_by_the_task_are_offered(matcher: Matcher, bio: str, concept: str):
    assert concept in matcher.taxonomy.concepts([], bio)


@pytest.mark.parametrize(
    "text, concept",
    [
        ("集会所で月1回開いている『ふれあいの場』を一緒に運営してくださる方", "salon_support"),
        ("介護予防の通いの場で、お茶の準備や受付をしてくださる方", "salon_support"),
        ("特養の洗濯物たたみを手伝ってくださる方を募集しています", "housework"),
        ("図書室の本を修理するお手伝いをお願いします。読み聞かせをする必要もありません。", "library_support"),
    ],
)
def test_needs_named_by_the_place_or_the_task_are_read(matcher: Matcher, text: str, concept: str):
    assert primary(matcher, title="", description=text) == [concept]


def test_what_the_group_does_itself_is_not_asked_even_in_a_list(matcher: Matcher):
    text = "月1回、調理の手順を教えていただきます(材料の買い出しと会場の準備はサークルで分担します)。"
    # the list is the circle's own job, and 調理の手順 is not a qualifier of it
    assert asked(matcher, title="", description=text) == {"cooking"}
    assert primary(matcher, title="", description="楽譜はこちらで用意します。ピアノで伴奏してくださる方") == [
        "piano_keyboard"
    ]


def test_a_device_named_after_the_one_need_of_its_sentence_is_the_means(matcher: Matcher):
    # 「…をスマホで調べる」: the transfer asked comes first, the phone that finds it after
    got = profile(matcher, title="", description="何番線の電車に乗ればいいか、スマホで調べる方法を覚えたい。")
    assert got["maps_transport_apps"] >= got["smartphone_basics"]
    # several needs before it leave the device the ask (a helper with the phone covers them all)
    text = "乗り換え案内の使い方と、病院の予約のしかたを、スマホで覚えたい。"
    assert "smartphone_basics" in primary(matcher, title="", description=text)


@pytest.mark.parametrize(
    "text",
    [
        "町内会のお知らせを英語に訳してほしいです。",
        "避難所の案内チラシをベトナム語に翻訳してくださる方を探しています。",
        "学校からの手紙を中国語に翻訳していただけませんか。",
    ],
)
def test_the_thing_translated_and_the_language_it_goes_into_qualify_the_translating(
    matcher: Matcher, text: str
):
    assert primary(matcher, title="", description=text) == ["translation"]


@pytest.mark.parametrize(
    "text, concept",
    [
        (
            "チラシのデザインはもうできあがりました。名簿をパソコンに打ち込む作業をお願いします。",
            "flyer_design",
        ),
        ("庭木の剪定は植木屋さんに頼みました。草むしりをお願いしたいです。", "tree_pruning"),
        ("エアコンの設定は家電屋さんでやってもらいました。廊下の電球を替えてほしいです。", "appliance_help"),
        ("ピアノ伴奏は会員ができるので、歌の指導をしてくださる先生を探しています。", "piano_keyboard"),
        ("お弁当の配達は来ているのですが、週末に一緒に料理を作ってくださる方を。", "meal_delivery_foodbank"),
        ("会計報告はExcelでできていますが、案内文をWordで作るのが苦手です。", "spreadsheet"),
    ],
)
def test_what_is_done_already_or_by_others_is_not_the_ask(matcher: Matcher, text: str, concept: str):
    assert concept not in primary(matcher, title="", description=text)


@pytest.mark.parametrize(
    "text, concept",
    [
        (
            "送迎は病院のバスがあるので大丈夫です。院内で受付から検査室まで一緒に回ってくれる方を。",
            "driving_transport",
        ),
        (
            "体操の講師はもう決まっています。サロン当日のお茶出しと片付けをお願いできる方。",
            "exercise_stretch",
        ),
        ("通院の付き添いは娘がしてくれますが、留守中の犬の散歩をお願いしたいです。", "escort_hospital"),
    ],
)
def test_what_someone_else_covers_is_not_the_ask(matcher: Matcher, text: str, concept: str):
    assert concept not in primary(matcher, title="", description=text)


def test_a_thing_someone_provided_is_still_what_the_help_is_with(matcher: Matcher):
    text = "タブレットは息子が用意してくれましたが、使い方がわかりません。"
    assert "tablet_basics" in primary(matcher, title="", description=text)
