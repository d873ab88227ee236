"""skill-v4.9: the reading rules added with probes_v49 (see matching/HISTORY.md), each pinned on sentences written
for these tests (not taken from any evaluation set) — what a concept word does in its sentence, not which word it
is: a group or class that asks, a place or occasion, a device as the means, a gift's recipient, what is already done
or not needed, a cleft naming the ask, and a bio's boast in the negative."""

import pytest

from matching import Volunteer
from matching.asks import text_concepts
from tests.unit.matching.reading import asked, offered, primary, ranked


@pytest.mark.parametrize(
    "description, wanted, not_wanted",
    [
        # a group or class named first qualifies what it asks, even in a later sentence
        (
            "コーラスサークルの定期演奏会があります。当日の受付をお願いします。",
            "event_management",
            "singing_choir",
        ),
        ("将棋クラブの会計をしてくださる方を探しています。", "accounting", "shogi"),
        # a day facility or an occasion is where the help happens
        ("デイサービスで、書道を教えてくださる方を募集しています。", "calligraphy", "care_assistance"),
        (
            "地域の防災訓練に参加する外国人のために、英語で説明してくださる方。",
            "english",
            "disaster_prevention",
        ),
        # a concept word before ごとの qualifies the later one (「イベントごとの写真」)
        ("自治会のイベントごとの写真を撮ってくださる方を探しています。", "photography", "event_management"),
        # a device before で/に is the means of the one need the sentence names
        ("パソコンで孫にメールを送れるようになりたい。", "email", "pc_basics"),
        ("タブレットでユーチューブを見られるようにしてほしい。", "video_streaming", "tablet_basics"),
    ],
)
def test_a_concept_word_that_only_says_who_where_or_how_is_not_the_ask(
    matcher, description, wanted, not_wanted
):
    got = primary(matcher, title="", description=description)
    assert wanted in got and not_wanted not in got


def test_a_gifts_recipient_is_for_whom_not_an_ask(matcher):
    text = "雑巾を縫って、近くの保育園に寄付しています。一緒に縫ってくださる方を募集します。"
    assert primary(matcher, title="", description=text) == ["sewing_mending"]
    assert "childcare_play" not in asked(matcher, title="", description=text)


def test_a_device_stays_the_ask_when_the_sentence_names_several_uses(matcher):
    text = "スマホで写真を撮ったり、メールを送ったりできるようになりたいです。"
    assert primary(matcher, title="", description=text) == ["smartphone_basics"]


@pytest.mark.parametrize(
    "description, not_asked",
    [
        ("送迎は家族がします。司会は役員で決めていますので、会場の設営をお願いします。", "mc_announcing"),
        ("パソコンの知識は不要です。封筒詰めを手伝ってください。", "pc_basics"),
        ("ピアノは弾かなくて大丈夫です。合唱の練習の譜めくりをお願いします。", "piano_keyboard"),
        ("運転は私がしますので、車いすを押してくださる方を探しています。", "driving_transport"),
    ],
)
def test_what_is_already_done_or_not_needed_is_not_asked(matcher, description, not_asked):
    assert not_asked not in asked(matcher, title="", description=description)


def test_a_cleft_names_the_ask_not_the_writer(matcher):
    """「…の事務局です」 introduces the writer; 「困っているのは…手続きです」 has the same tail and names the ask."""
    text = "困っているのはマイナンバーカードの申請手続きです。"
    assert [(s, w, role) for s, _x, w, role in text_concepts(text, matcher.taxonomy)] == [
        ("mynumber_card", 1.0, False)
    ]
    intro = "わたしたちは清瀬のパソコンクラブです。"
    assert all(role for *_x, role in text_concepts(intro, matcher.taxonomy))


@pytest.mark.parametrize(
    "bio, offers",
    [
        ("掃除と片付けなら誰にも負けません。", "housework"),
        ("草むしりは少しも苦になりません。", "weeding_garden"),
    ],
)
def test_a_boast_in_the_negative_still_offers(matcher, bio, offers):
    assert offers in offered(matcher.taxonomy, bio)


def test_a_real_denial_still_denies(matcher):
    assert "pc_basics" not in offered(matcher.taxonomy, "パソコンは使えません。料理なら得意です。")


def test_an_everyday_helper_comes_after_the_specialist_and_before_the_unrelated(matcher):
    """住民参加型 help (お助け隊, ささえあい, ちょっとした困りごと) covers chores: a light bulb, carrying, weeding — at
    the similar tier, below a volunteer who names the chore itself."""
    vols = [
        Volunteer("bulbs", skills=("電球交換",), bio="電気工事の仕事をしていました。"),
        Volunteer(
            "helper", skills=(), bio="ささえあいのサポーター会員です。ちょっとした困りごとに伺います。"
        ),
        Volunteer("cook", skills=("料理",), bio="子ども食堂で調理をしています。"),
    ]
    ask = {"title": "電球の交換", "description": "台所の電球が切れました。交換してくださる方を探しています。"}
    assert ranked(matcher, vols, **ask)[:2] == ["bulbs", "helper"]
    assert "odd_jobs_support" in offered(
        matcher.taxonomy, "10分100円のお助け隊で、ゴミ出しや雨戸閉めに伺います。"
    )


def test_clearing_up_after_an_event_is_event_help_not_housework(matcher):
    event = "地域の敬老会の会場設営と後片付けをお願いします。"
    assert "event_management" in asked(matcher, title="", description=event)
    assert "housework" not in asked(matcher, title="", description=event)
    home = "一人暮らしの母の部屋の片付けを手伝ってほしい。"
    assert primary(matcher, title="", description=home) == ["housework"]
