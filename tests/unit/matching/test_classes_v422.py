"""skill-v4.22: skills a skills bank lists that the dictionary lacked, read on real15's tuning half after its blind
scoring — bonsai, plant and indigo dyeing, shigin, eraser stamps, everyday money management and citizen
guardians (close to each other), end-of-life planning and life-story writing (related), home visiting for families
with a new baby, guide-dog puppy raising, zoo guides, sports fukiya and cloth picture books — each apart from the
nearest concept it used to be read as (gardening, care work, singing, crafts, befriending, animal care)."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads

VOLS = [
    Volunteer("BONSAI", skills=("盆栽指導員",), bio="市民プラザで盆栽を教えています。"),
    Volunteer("GARDEN", skills=("庭木の剪定",), bio="庭木の手入れをしています。"),
    Volunteer("DYE", skills=("藍染め体験",), bio="藍がめで藍染めを教えています。"),
    Volunteer("SEW", skills=("裁縫",), bio="雑巾を縫っています。"),
    Volunteer("SHIGIN", skills=("詩吟",), bio="吟詠の会で詩吟を教えています。"),
    Volunteer("CHOIR", skills=("合唱",), bio="コーラスの指導をしています。"),
    Volunteer("STAMP", skills=("消しゴムはんこ教室",), bio="消しゴムはんこを彫っています。"),
    Volunteer("CRAFT", skills=("工作",), bio="子どもと工作をしています。"),
    Volunteer(
        "MONEY", skills=("生活支援員",), bio="お金の管理を手伝うため、利用者さんのお宅を訪ねています。"
    ),
    Volunteer("GUARD", skills=("市民後見人",), bio="市民後見人として施設の方を担当しています。"),
    Volunteer("CARE", skills=("介護",), bio="デイサービスで介護の補助をしています。"),
    Volunteer("NOTE", skills=("終活講座の講師",), bio="エンディングノートの書き方をお話ししています。"),
    Volunteer("STORY", skills=("聞き書き",), bio="お年寄りの話を聞き書きして冊子にしています。"),
    Volunteer("LISTEN", skills=("傾聴",), bio="施設で話し相手をしています。"),
    Volunteer(
        "VISIT", skills=("ホームビジター",), bio="赤ちゃんのいる家庭を訪ねて、ママの話を聞いています。"
    ),
    Volunteer("PLAY", skills=("子どもと遊ぶ",), bio="児童館で子どもと遊んでいます。"),
    Volunteer("PUPPY", skills=("パピーウォーカー",), bio="盲導犬候補の子犬を一年預かりました。"),
    Volunteer("PETS", skills=("保護猫の世話",), bio="保護猫の預かりをしています。"),
    Volunteer("ZOO", skills=("動物園のガイド",), bio="動物園で来園者に動物解説をしています。"),
    Volunteer("FUKIYA", skills=("スポーツ吹矢",), bio="公民館で吹矢の教室を開いています。"),
    Volunteer("GYM", skills=("体操",), bio="高齢者の体操教室を手伝っています。"),
    Volunteer("CLOTH", skills=("布絵本づくり",), bio="図書館で布絵本を作っています。"),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("盆栽の手入れを教えてください", "父の残した盆栽が枯れそうです。", "BONSAI"),
        ("草木染め講座の講師を", "手ぬぐいを草木染めにする教室です。", "DYE"),
        ("詩吟を習いたい", "吟詠を基本から教えてくださる方を探しています。", "SHIGIN"),
        ("子どもたちに消しゴムはんこを教えてくださる方", "学童クラブで毎年クラフトをしています。", "STAMP"),
        ("叔母の通帳を預かって生活費を届けてくれる方", "毎月の生活費の管理を手伝ってほしいです。", "MONEY"),
        ("母の市民後見人をお願いできる方", "後見人として見守ってくださる方を探しています。", "GUARD"),
        (
            "エンディングノートが途中で止まっています",
            "書き方の相談に乗ってくださる方を探しています。",
            "NOTE",
        ),
        ("聞き書きの聞き手さんを募集しています", "お年寄りのお話を本にしています。", "STORY"),
        ("産後のママを訪ねてくださる方", "ホームスタートの家庭訪問ボランティアです。", "VISIT"),
        (
            "パピーウォーカーを募集しています",
            "盲導犬候補の子犬を育ててくださるご家庭を探しています。",
            "PUPPY",
        ),
        ("園内で動物解説をしてくださる方", "動物園のガイドボランティアです。", "ZOO"),
        ("スポーツ吹矢の体験会のお手伝い", "吹矢の指導ができる方を探しています。", "FUKIYA"),
        ("布絵本を一緒に作りませんか", "乳幼児向けの布の絵本を作る会です。", "CLOTH"),
    ],
)
def test_the_new_skills_lead_their_own_asks(areas, taxonomy, title, description, want):
    assert_leads(areas, taxonomy, VOLS, title, description, want)


def test_money_management_and_citizen_guardians_are_close_and_explaining_the_system_stays_legal_advice(
    taxonomy,
):
    ms, cg = taxonomy.skills["money_management"], taxonomy.skills["citizen_guardian"]
    assert "citizen_guardian" in ms.close and "money_management" in cg.close
    assert {s for s, _w in taxonomy.text_hits("成年後見制度の説明")} == {"legal_advice"}
