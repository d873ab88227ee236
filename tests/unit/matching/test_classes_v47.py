"""skill-v4.7: classes of miss read from real3's and fresh3's tuning halves (odd ids; the even halves stay sealed),
each tested on sentences written for these tests (not taken from any evaluation set): the manner of the help
(「…しながら」) is not the ask, a negation that modifies a noun does not deny a bio's clause, a language written as
an English adjective names a style, and effect or verb forms of known asks."""

import pytest

from matching import Volunteer
from tests.unit.matching.reading import offered, primary, ranked


def test_the_manner_of_the_help_is_not_the_ask(matcher):
    ask = {
        "title": "お手伝いの募集",
        "description": "施設の余暇活動で、おしゃべりしながら一緒に小物づくりをしてくださる方",
    }
    assert primary(matcher, **ask) == ["crafts_making"]
    vols = [
        Volunteer("talk", skills=("傾聴",), bio="お話を聴くボランティアです。"),
        Volunteer("craft", skills=("小物づくり",), bio="布の小物を作っています。"),
    ]
    assert ranked(matcher, vols, **ask)[0] == "craft"


@pytest.mark.parametrize(
    "bio, wanted",
    [
        ("囲碁サロンで、わからないことに答えるスタッフをしています。", "igo"),
        ("スマホが使えない方のお手伝いをしています。", "smartphone_basics"),
    ],
)
def test_a_negation_modifying_a_noun_does_not_deny_the_clause(matcher, bio, wanted):
    assert wanted in offered(matcher.taxonomy, bio)


@pytest.mark.parametrize(
    "bio, denied",
    [
        ("スマホは苦手です。料理が得意です。", "smartphone_basics"),
        ("パソコンは使えないので、力仕事なら。", "pc_basics"),
    ],
)
def test_a_real_denial_still_denies(matcher, bio, denied):
    assert denied not in offered(matcher.taxonomy, bio)


def test_a_language_as_an_english_adjective_is_a_style(matcher):
    assert primary(matcher, title="Learn Japanese home cooking", description="") == ["cooking"]
    assert primary(matcher, title="I want to learn Japanese", description="") == ["japanese_teaching"]


@pytest.mark.parametrize(
    "bio, wanted",
    [
        ("朝の横断歩道で、小学生が渡るのを見守っています。", "school_route_watch"),  # v4.12: its own concept
        ("自分の車で病院まで送っています。", "driving_transport"),
        ("病院で院内の案内をしています。", "hospital_volunteer"),
        ("給食サービスのグループで配達にも回ります。", "meal_delivery_foodbank"),
        ("子ども食堂で、食後は子どもたちと遊んでいます。", "childcare_play"),
    ],
)
def test_verb_and_effect_forms_of_known_offers(matcher, bio, wanted):
    assert wanted in offered(matcher.taxonomy, bio)


@pytest.mark.parametrize(
    "title, wanted",
    [
        ("転ばないための足腰の鍛え方を教えて", "exercise_stretch"),
        (
            "ゴミを集積所まで出していただけると助かります",
            "garbage_disposal",
        ),  # its own concept since skill-v4.58
    ],
)
def test_needs_named_by_their_effect(matcher, title, wanted):
    assert wanted in primary(matcher, title=title, description="")
