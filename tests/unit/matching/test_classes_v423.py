"""skill-v4.23: skills a skills bank lists that the dictionary lacked, read on real16's tuning half after its blind
scoring — laughter yoga (apart from yoga and tai chi), reminiscence sessions, learning therapy and brain-health
classes, dementia supporter training, consumer protection and fraud-prevention skits (close to each other), welfare
experience lessons in schools, amateur radio, composting, paper band baskets, sutra copying, audio description for
films, baby massage and beekeeping."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads

VOLS = [
    Volunteer("LAUGH", skills=("笑いヨガリーダー",), bio="デイサービスで笑いヨガをしています。"),
    Volunteer("TAICHI", skills=("太極拳",), bio="公園で太極拳を教えています。"),
    Volunteer("REMIND", skills=("グループ回想法",), bio="昔の写真を見ながら思い出を語る会を開いています。"),
    Volunteer("BRAIN", skills=("脳の健康教室サポーター",), bio="読み書き計算の教室を手伝っています。"),
    Volunteer(
        "CARAVAN", skills=("キャラバン・メイト",), bio="小学校で認知症サポーター養成講座の講師をしています。"
    ),
    Volunteer("CONSUMER", skills=("消費生活サポーター",), bio="老人会で消費者トラブルの話をしています。"),
    Volunteer("SKIT", skills=("詐欺コント",), bio="シニア劇団で防犯劇を演じています。"),
    Volunteer("SCHOOL", skills=("福祉体験学習",), bio="小学校の車いす体験とアイマスク体験を手伝っています。"),
    Volunteer("RADIO", skills=("アマチュア無線",), bio="災害時の非常通信の訓練をしています。"),
    Volunteer("COMPOST", skills=("段ボールコンポストアドバイザー",), bio="生ごみの堆肥化を教えています。"),
    Volunteer("BAND", skills=("エコクラフト講師",), bio="紙バンドでかご編みを教えています。"),
    Volunteer("SUTRA", skills=("写経の講話",), bio="お寺で写経の会を開いています。"),
    Volunteer("AUDIO", skills=("音声ガイドの制作",), bio="バリアフリー映画の副音声を作っています。"),
    Volunteer("BABY", skills=("ベビーマッサージ",), bio="子育て広場で赤ちゃんのマッサージを教えています。"),
    Volunteer("BEES", skills=("養蜂",), bio="屋上でミツバチを育てています。"),
    Volunteer("GARDEN", skills=("園芸",), bio="花壇の手入れをしています。"),
    Volunteer("CALLIG", skills=("書道",), bio="書道を教えています。"),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("サロンで笑いヨガを", "笑って体を動かす時間をつくりたいです。", "LAUGH"),
        ("回想法の聞き手を募集", "昔の写真を見ながらお話しする会です。", "REMIND"),
        ("学習療法サポーターを募集しています", "読み書き計算の教室のお手伝いです。", "BRAIN"),
        ("認知症サポーター養成講座の講師を", "中学校で講座を開きたいです。", "CARAVAN"),
        ("消費者トラブルの講座をお願いします", "老人会で悪質商法の話をしてほしいです。", "CONSUMER"),
        ("福祉体験学習のお手伝い", "小学校の車いす体験を手伝ってくださる方。", "SCHOOL"),
        ("アマチュア無線で非常通信の訓練を", "防災訓練で無線を担当してくださる方。", "RADIO"),
        ("段ボールコンポストの相談に乗ってください", "生ごみの堆肥がうまくいきません。", "COMPOST"),
        ("クラフトバンドのかご編みを習いたい", "紙バンドでかごを作ってみたいです。", "BAND"),
        ("写経の時間の講師", "公民館で写経の講座を開きます。", "SUTRA"),
        ("映画の場面説明をするガイドの担い手を", "バリアフリー映画の音声ガイドを作っています。", "AUDIO"),
        ("ベビーマッサージの教室を", "赤ちゃんとママのための会です。", "BABY"),
        ("ミツバチの世話を手伝ってください", "養蜂の経験がある方を探しています。", "BEES"),
    ],
)
def test_the_new_skills_lead_their_own_asks(areas, taxonomy, title, description, want):
    assert_leads(areas, taxonomy, VOLS, title, description, want)


def test_laughter_yoga_is_not_tai_chi_and_consumer_talks_are_close_to_fraud_skits(taxonomy):
    assert "yoga_taichi" in taxonomy.skills["laughter_yoga"].related
    assert "fraud_skits" in taxonomy.skills["consumer_protection"].close
    assert "laughter_yoga" in {s for s, _w in taxonomy.text_hits("笑いヨガ")}
