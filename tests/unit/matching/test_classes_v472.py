"""skill-v4.72 (taxonomy): fresh11's new everyday topics, read from its tuning half after its blind scoring — an ATM,
a passbook or a transfer; checks on an empty house while someone is in hospital; phoning on someone's behalf; the
letters a school or a nursery sends home; learning to ride a bicycle — and the words its registrants wrote for known
ones (てんとう防止, 炭坑節, カゴの取り付け, 古い手紙の解読). A translation app the writer used is how the text was
written, not an ask (「【翻訳アプリ】…」「I use a translator app for the handouts」), and a letter a grandparent left is
hard to read for its hand, not for the reader's eyes."""

from __future__ import annotations

import pytest

from tests.unit.matching.reading import asked, primary, sids


@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ("ATMの使い方", "banking_atm"),
        ("通帳記入", "banking_atm"),
        ("海外送金の手続き", "banking_atm"),
        ("空き家管理", "vacant_house_check"),
        ("郵便受けの確認", "vacant_house_check"),
        ("電話の代行", "phone_proxy"),
        ("電話リレー", "phone_proxy"),
        ("プリントの読み解き", "school_letters"),
        ("就学の手続き", "school_letters"),
        ("のりかた練習", "bike_riding"),
        ("補助輪外し", "bike_riding"),
        ("てんとう防止", "disaster_prevention"),
        ("火の用心の夜回り", "disaster_prevention"),
        ("炭坑節", "dance"),
        ("カゴの取り付け", "bicycle_repair"),
        ("古い手紙の解読", "old_documents"),
        ("賞味期限チェック", "food_bank"),
    ],
)
def test_the_new_topics_and_words(taxonomy, tag, want):
    assert want in sids(taxonomy, tag)


def test_asks_in_everyday_words(matcher):
    stay = (
        "三か月入院します。その間、家がからっぽなので、ときどき見に行って郵便をとって、窓をあけてほしいです。"
    )
    assert primary(matcher, title="入院のあいだ", description=stay) == ["vacant_house_check"]
    assert primary(
        matcher, title="【質問】50代で自転車に乗れません", description="自転車の乗り方を練習したいです。"
    ) == ["bike_riding"]
    assert primary(matcher, title="", description="【質問】祖父が遺した手紙が読めません") == ["old_documents"]
    # the same words where the reader cannot see stay reading aloud (代読)
    assert primary(matcher, title="", description="目が見えにくく、届いた手紙が読めません。") == [
        "audio_reading"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "【翻訳アプリ】もし地震が起こったら、私は何を準備する必要があるかを知りません。",
        "（翻訳アプリを使って書いています）よろしくお願いします。",
        "I use a translator app for the handouts.",
    ],
)
def test_the_writers_translation_app_is_no_ask(taxonomy, text):
    assert not sids(taxonomy, text) & {"translation", "apps_install"}


def test_an_ask_about_a_translation_app_is_still_one(matcher):
    assert "apps_install" in asked(matcher, title="翻訳アプリの使い方を教えてほしい")


def test_a_school_letter_read_for_a_japanese_lesson_stays_one(matcher):
    desc = "子どもの学校からのお便りの漢字がむずかしいです。漢字の読み方を教えてくれる人、さがしています。"
    assert primary(matcher, title="学校からのお便りが読めるようになりたい", description=desc) == [
        "japanese_teaching"
    ]
