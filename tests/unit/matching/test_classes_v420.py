"""skill-v4.20: skills a skills bank lists that the dictionary lacked — wartime storytelling apart from folk
tales, old documents, stargazing, adventure playgrounds — and pet sitting asked in English."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads

VOLS = [
    Volunteer("FOLK", skills=("民話の語り",), bio="ふるさとの民話を子どもたちに語っています。"),
    Volunteer("WAR", skills=("平和学習の語り継ぎ",), bio="小学校で空襲の体験を話しています。"),
    Volunteer("DOCS", skills=("くずし字の解読",), bio="江戸時代の古文書を読む会に入っています。"),
    Volunteer("READ", skills=("音訳",), bio="広報を読み上げて録音しています。"),
    Volunteer("STARS", skills=("天体観望会",), bio="望遠鏡を持って小学校で星の観察会をしています。"),
    Volunteer("WOOD", skills=("木工教室",), bio="子ども向けの木工教室のスタッフです。"),
    Volunteer("PARK", skills=("冒険遊び場の運営",), bio="プレイパークで子どもと遊んでいます。"),
    Volunteer("KIDS", skills=("学童の見守り",), bio="放課後の子どもを見守っています。"),
    Volunteer("CAT", skills=("猫の世話",), bio="保護猫の一時預かりをしています。 I can look after cats."),
    Volunteer("NURSE", skills=("看護",), bio="元看護師です。 medical support."),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("子どもたちに戦争体験を伝える語り部を", "学校で平和学習の講話をしてくださる方。", "WAR"),
        ("古文書を読める方", "蔵から出てきた古い文書のくずし字が読めません。", "DOCS"),
        ("子どもたちに星を見せるボランティア", "天体望遠鏡で月と星を見る会を開きます。", "STARS"),
        ("プレーパークの世話人を募集", "子どもの自由な遊び場を運営しています。", "PARK"),
        (
            "Cat sitter while we travel",
            "We need someone to look after our cat; medical expenses are paid.",
            "CAT",
        ),
    ],
)
def test_the_new_skills_lead_their_own_asks(areas, taxonomy, title, description, want):
    assert_leads(areas, taxonomy, VOLS, title, description, want)
