"""skill-v4.24: skills a skills bank lists that the dictionary lacked, read on real17's tuning half after its blind
scoring — family trees, assistance dogs (service and hearing dogs, apart from raising guide-dog puppies), kintsugi,
taiko (from the other instruments), nordic walking, ground golf (from sports coaching), seal carving and the abacus;
and 書道 and 囲碁 asked in English as shodo or go."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads

VOLS = [
    Volunteer(
        "TREE", skills=("家系図を作る会の講師",), bio="戸籍をたどって家系図を作るお手伝いをしています。"
    ),
    Volunteer("LISTEN", skills=("傾聴",), bio="施設で話し相手をしています。"),
    Volunteer("DOGS", skills=("補助犬の啓発",), bio="介助犬や聴導犬のことを学校でお話ししています。"),
    Volunteer("PUPPY", skills=("パピーウォーカー",), bio="盲導犬候補の子犬を預かりました。"),
    Volunteer("KINTSUGI", skills=("金継ぎ教室",), bio="割れた器を漆で継いでいます。"),
    Volunteer("CRAFT", skills=("工作",), bio="子どもと工作をしています。"),
    Volunteer("TAIKO", skills=("和太鼓",), bio="和太鼓の演奏で施設を慰問しています。"),
    Volunteer("SHAMI", skills=("三味線",), bio="三味線を弾いています。"),
    Volunteer(
        "NORDIC", skills=("ノルディックウォーキングのインストラクター",), bio="ポールを使って歩く教室です。"
    ),
    Volunteer("WALK", skills=("ウォーキング",), bio="毎朝歩いています。"),
    Volunteer("GG", skills=("グラウンド・ゴルフ",), bio="老人クラブでグラウンドゴルフをしています。"),
    Volunteer("BASEBALL", skills=("少年野球のコーチ",), bio="少年団で野球を教えています。"),
    Volunteer("SEAL", skills=("篆刻教室の講師",), bio="落款印の彫り方を教えています。"),
    Volunteer(
        "SHODO",
        skills=("書道",),
        bio="書道教室を開いています。 I teach shodo in English too.",
        languages=frozenset({"ja", "en"}),
    ),
    Volunteer("ABACUS", skills=("珠算教室",), bio="小学校でそろばんを教えています。"),
    Volunteer("TUTOR", skills=("学習支援",), bio="算数の宿題を見ています。"),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("家系図を残したい", "母に聞いたご先祖のことを家系図にまとめたいです。", "TREE"),
        ("例会で聴導犬のデモと体験談を", "補助犬のことを知ってもらう会です。", "DOGS"),
        ("金継ぎ教室の講師を", "割れた器を直す教室を開きたいです。", "KINTSUGI"),
        ("和太鼓の演奏をお願いします", "夏祭りで太鼓をたたいてくださる方。", "TAIKO"),
        ("ノルディック・ウォーク講習会の講師", "ポールを使った歩き方を教えてください。", "NORDIC"),
        ("グラウンド・ゴルフの審判を", "老人クラブの大会です。", "GG"),
        ("落款印を自分で彫れるようになりたい", "篆刻を教えてくださる方を探しています。", "SEAL"),
        ("小学校のそろばん出前授業の講師", "3年生にそろばんを教えてください。", "ABACUS"),
        ("More shodo lessons before I leave Japan", "I would like to practise brush calligraphy.", "SHODO"),
    ],
)
def test_the_new_skills_lead_their_own_asks(areas, taxonomy, title, description, want):
    english = frozenset({"en"}) if title.isascii() else frozenset()  # asked in English: needs the language
    assert_leads(areas, taxonomy, VOLS, title, description, want, english)
