"""skill-v4.4: classes of miss read from fresh3's tuning half, each tested on sentences written for these tests
(not taken from any evaluation set): needs named by their effect, concepts split finer (a car a wheelchair fits
in, screen readers), what the writer already uses or compares with, the people the help is done with, and
boilerplate that is no skill."""

import pytest

from matching import Volunteer, asks
from tests.unit.matching.reading import primary, profile, ranked, sids

# -- needs named by their effect -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("ペン字で美文字を目指したい", "calligraphy"),
        ("のし袋の表書きをお願いしたい", "calligraphy"),
        ("ふすまの建て付けが悪くてガタガタします", "home_repairs"),
        ("勝手口の引き戸が重くて", "home_repairs"),
        ("私が買い物に出る一時間、母のそばにいてほしい", "watching_over"),
        ("ゼンマイ仕掛けの人形が止まったまま", "toy_repair"),
        ("息子のおもちゃが動かなくなった", "toy_repair"),
        ("確定申告で医療費控除を受けたい", "online_gov_procedures"),
        ("運動会の写真をフォトグラファーに頼みたい", "photography"),
        ("桜の木の枝おろしを頼みたい", "tree_pruning"),
        ("毎朝、横断歩道で旗振りをしてくれる方", "school_route_watch"),  # v4.12: its own concept
        ("手の動きで気持ちを伝える方法を習いたい", "sign_language"),
        ("レジでピッとするだけの支払いがわからない", "cashless_payment"),
        ("Cần người phiên dịch ở bệnh viện", "interpreting"),
    ],
)
def test_effect_words(taxonomy, text, wanted):
    assert wanted in sids(taxonomy, text)


@pytest.mark.parametrize(
    "text",
    [
        "スマホの画面に「ウイルスに感染しました」と出て止まらない",
        "タブレットに「当選しました」と出るのは本物ですか",
    ],
)
def test_fake_warning_or_prize_on_a_device_is_a_scam_question(taxonomy, text):
    got = sids(taxonomy, text)
    assert "online_safety" in got
    assert not got & {"smartphone_basics", "tablet_basics"}


def test_device_without_a_warning_stays_the_device(taxonomy):
    assert "smartphone_basics" in sids(taxonomy, "スマホの画面を大きくしたい")


# -- concepts split finer ---------------------------------------------------------------------------------


def test_wheelchair_vehicle_is_its_own_ask(matcher):
    assert primary(matcher, title="リフト付きの車の運転をお願いしたい") == ["wheelchair_vehicle"]
    vols = [
        Volunteer("D", skills=("車の運転",)),
        Volunteer("W", skills=("介護タクシーの運転",)),
        Volunteer("X", skills=("書道",)),
    ]
    assert ranked(matcher, vols, title="福祉車両で通所の送迎") == ["W", "D"]


def test_a_wheelchair_driver_still_drives(matcher):
    vols = [Volunteer("W", skills=("リフト車の運転",)), Volunteer("X", skills=("書道",))]
    assert ranked(matcher, vols, title="駅まで車で送ってほしい") == ["W"]


def test_screen_reader_is_not_plain_pc_help(matcher):
    vols = [
        Volunteer("P", skills=("パソコン",)),
        Volunteer("S", skills=("ボイスオーバー",)),
        Volunteer("A", skills=("音訳",)),
    ]
    got = ranked(matcher, vols, title="トークバックの練習相手がほしい")
    assert got[0] == "S" and "A" not in got


def test_tablet_keyboard_is_tablet_help(taxonomy):
    got = sids(taxonomy, "タブレットでキーボードが出てこない")
    assert "tablet_basics" in got and "pc_basics" not in got


# -- the writer's own situation, comparison and companions are not the ask -------------------------------


def test_what_the_writer_already_uses_is_not_the_ask(matcher):
    kw = dict(
        title="タブレットを覚えたい",
        description="スマホは毎日使っているのですが、タブレットは設定からわかりません。",
    )
    assert primary(matcher, **kw) == ["tablet_basics"]
    assert "smartphone_basics" not in profile(matcher, **kw)


def test_what_the_ask_is_compared_with_is_not_the_ask(matcher):
    assert primary(matcher, title="パソコンとは勝手が違うタブレット") == ["tablet_basics"]


def test_people_the_help_is_done_with_are_for_whom(matcher):
    got = profile(matcher, title="子どもたちと花壇の手入れを")
    assert "flower_gardening" in got and "childcare_play" not in got
    got = profile(matcher, description="学童クラブの子どもたちに囲碁を教えてください")
    assert "igo" in got and "childcare_play" not in got


def test_group_noun_before_desu_is_who_asks(matcher):
    kw = dict(title="名簿づくり", description="太極拳サークルです。会員名簿をエクセルで作りたい。")
    assert primary(matcher, **kw) == ["spreadsheet"]
    # …but a wish ending in です is not a self-introduction
    assert "line_app" in profile(matcher, title="俳句の会", description="会の案内をLINEで送りたいです。")


def test_kind_of_ask_before_no_is_the_ask(taxonomy):
    got = {s: w for s, _x, w, _r in asks.text_concepts("リフト付きの車の運転", taxonomy)}
    assert got["wheelchair_vehicle"] == 1.0
    got = {s: w for s, _x, w, _r in asks.text_concepts("イベントの写真撮影", taxonomy)}
    assert got["event_management"] == asks.MODIFIER_WEIGHT  # an occasion still only qualifies


# -- boilerplate and word boundaries -------------------------------------------------------------------


def test_foreign_language_is_not_japanese_as_a_school_subject(taxonomy):
    assert "study_support" not in sids(taxonomy, "外国語が話せます")
    assert "study_support" in sids(taxonomy, "国語の宿題を見てほしい")


def test_contact_me_is_not_phone_contacts(taxonomy):
    assert "phone_calls_contacts" not in sids(taxonomy, "Feel free to contact me.")


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("自治会のオープンチャットを作りたい", "line_app"),
        ("我想学习用手机支付", "cashless_payment"),
        ("近所の父の様子見をお願いしたい", "watching_over"),
        ("ゼンマイのロボットが動かない", "toy_repair"),
    ],
)
def test_more_effect_words(taxonomy, text, wanted):
    assert wanted in sids(taxonomy, text)


def test_hospitality_and_furniture_are_no_skill(taxonomy):
    assert "tea_ceremony" not in sids(taxonomy, "来ていただけたらお茶くらいはお出しします")
    assert "cooking" not in sids(taxonomy, "調理台を運んでほしい")


def test_group_name_in_quotes_then_who_cue(matcher):
    kw = dict(title="書道サークル「白梅」からのお願い", description="会場の机を運ぶ力仕事をお願いします。")
    assert primary(matcher, **kw) == ["heavy_lifting_moving"]
    assert "calligraphy" not in profile(matcher, **kw)
