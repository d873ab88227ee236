"""skill-v4.55: a note on the language to use with the requester is no ask (「Japanese is fine for talking with us」),
"play guitar" is music and not a child's play, what a registrant always forgets is no offer (「回覧板は、いつも次の家に
回すのを忘れてしまいます」), a partner to practise a language other than Japanese is no Japanese teaching (the language
is the topic), and words for needs the taxonomy missed: 傘の柄 (umbrella repair), テレビの入力切替 (appliances), 歩く
練習 (a walking partner), ファイナンシャルプランナー and 引き落とし (money management). From the tuning halves of fresh6,
fresh7, real24 and real29."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, offered, primary, sids


def test_the_language_to_talk_with_us_in_is_no_ask(matcher):
    got = primary(
        matcher,
        title="Guitar for our sing-along",
        description="Could someone play guitar for a sing-along? Japanese is fine for talking with us.",
    )
    assert got == ["guitar_ukulele"]
    assert "listening_befriending" not in sids(matcher.taxonomy, "Japanese is fine for talking with us.")
    assert "listening_befriending" in sids(matcher.taxonomy, "I would like someone to talk with.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("play the piano", "piano_keyboard"),
        ("play guitar", "guitar_ukulele"),
        ("play with my son", "childcare_play"),
    ],
)
def test_playing_an_instrument_is_music(taxonomy, text, want):
    assert sids(taxonomy, text) == {want}


def test_what_a_registrant_always_forgets_is_no_offer(taxonomy):
    assert "distribution_posting" not in offered(
        taxonomy, "回覧板は、いつも次の家に回すのを忘れてしまいます。"
    )
    assert "distribution_posting" in offered(taxonomy, "班の回覧板を毎月届けています。")


def test_a_partner_for_another_language_is_no_japanese_teaching(matcher):
    desc = "昨年からトルコ語を学んでいます。週に一度、会話の練習相手になってくださる方を探しています。"
    assert "japanese_teaching" not in primary(matcher, title="入門のトルコ語の練習", description=desc)
    ja = "日本語を勉強しています。会話の練習相手になってくださる方を探しています。"
    assert "japanese_teaching" in primary(matcher, title="", description=ja)


def test_the_turkish_teacher_leads_the_japanese_teacher_in_turkey(areas, taxonomy):
    vols = [
        Volunteer("JA", skills=("トルコでの日本語講師",), bio="トルコで日本語を教えていました。"),
        Volunteer("TR", skills=("トルコ語の個人レッスン",), bio="トルコ語を教えています。"),
    ]
    desc = "昨年3月からトルコ語を学んでいます。週1回、会話の練習相手になってくださる方を探しています。"
    assert_leads(areas, taxonomy, vols, "入門のトルコ語、会話の練習相手になってくださる方を", desc, "TR")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("お気に入りの傘の柄を取り替えたい", "umbrella_repair"),
        ("テレビの入力切替が分からなくて何も映らない", "appliance_help"),
        ("リハビリ中なので歩く練習の相手がほしい", "walking_hiking"),
        ("ファイナンシャルプランナーの資格があります", "money_management"),
        ("何がいつ引き落とされているのか分からない", "money_management"),
    ],
)
def test_words_for_needs_the_taxonomy_missed(taxonomy, text, want):
    assert want in sids(taxonomy, text)
