"""skill-v4.69 (taxonomy): everyday skills-bank topics the dictionary had no concept for — a hall's microphones and
speakers (音響), pickles and miso (漬物・味噌), soba and udon making, fishing, camping — checked by a coverage pass over
a list of what residents register and ask for, not over any set; 連絡帳 is a phone's contacts only beside a phone
word (a care home's or a school's notebook otherwise); and someone who cannot see asking to have a paper read to
them asks for 代読."""

from __future__ import annotations

import pytest

from matching import Matcher, Volunteer
from tests.unit.matching.reading import asked, primary, ranked, sids


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("音響機材の設営", "av_equipment"),
        ("ミキサー操作", "av_equipment"),
        ("PA機材の操作", "av_equipment"),
        ("ぬか漬け", "preserves_pickling"),
        ("味噌づくり", "preserves_pickling"),
        ("梅干し", "preserves_pickling"),
        ("手打ちうどん", "soba_udon"),
        ("そば打ち", "soba_udon"),
        ("釣り教室", "fishing"),
        ("キャンプリーダー", "outdoor_camping"),
        ("飯ごう炊さん", "outdoor_camping"),
        ("マラソンの伴走", "parasports_support"),
        ("ガイドランナー", "parasports_support"),
        ("遺品の仕分け", "housework"),
        ("登山", "walking_hiking"),
        ("バードウォッチング", "nature_observation"),
        ("弓道", "sports_coaching"),
        ("鍼灸師", "massage_beauty"),
        ("凧作り", "traditional_play"),
        ("堆肥づくり", "composting"),
    ],
)
def test_everyday_topics_have_a_concept(taxonomy, text, want):
    assert want in sids(taxonomy, text)


@pytest.mark.parametrize(
    "text",
    [
        "That sounds good to me.",  # an English label's word ("sound") is no ask
        "I want to learn to cook simple dishes like miso soup.",  # miso soup is cooking, not miso making
        "子ども会のキャンプ場まで車で送迎してくださる方",  # the camp site is where, not what
    ],
)
def test_a_new_concepts_words_do_not_read_into_other_texts(taxonomy, text):
    got = sids(taxonomy, text)
    assert not got & {"av_equipment", "preserves_pickling", "outdoor_camping"}, got


def test_a_halls_sound_is_asked_for_and_its_crew_lead(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    desc = (
        "演奏は会員でします。借りたスピーカーとマイクのつなぎ方と、音量の合わせ方が分かる方をお願いします。"
    )
    assert primary(m, title="発表会の音のこと", description=desc) == ["av_equipment"]
    assert primary(
        m, title="Sound for our party", description="Someone to set up the speakers and mics."
    ) == ["av_equipment"]
    vols = [
        Volunteer("crew", skills=("音響機材",), bio="祭りのやぐらのスピーカーを組むのが毎年の役目です。"),
        Volunteer("host", skills=("司会",), bio="行事の司会をしています。"),
        Volunteer("singer", skills=("コーラス",), bio="発表会で歌っています。"),
    ]
    assert ranked(m, vols, title="発表会の音のこと", description=desc)[:1] == ["crew"]


def test_a_care_homes_notebook_is_no_phone_ask(matcher):
    note = "【連絡帳】施設より：来週の歯科受診の行き帰りだけ、車で送ってくださる方をお願いしております。"
    assert "phone_calls_contacts" not in asked(matcher, title="歯科の行き帰り", description=note)
    assert "driving_transport" in asked(matcher, title="歯科の行き帰り", description=note)
    assert "phone_calls_contacts" in asked(matcher, title="スマホの連絡帳に娘の番号を入れたい")


def test_someone_who_cannot_see_asking_to_have_a_paper_read_asks_for_reading_aloud(matcher):
    desc = "弱視で文字を読むことに不便を感じています。届いた書類を読んでくれる方はいませんか。"
    assert primary(matcher, title="書類のこと", description=desc) == ["audio_reading"]
    # a paper read by the members themselves once it is in braille stays braille
    braille = "目の見えない会員にも読んでもらえるよう、町内会のお知らせを点字にしてくださる方を探しています。"
    assert primary(matcher, title="", description=braille) == ["braille"]
