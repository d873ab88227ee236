"""skill-v4.77 (taxonomy): everyday help the dictionary had no concept for — refilling a kerosene heater, laundry and
deliveries for someone in hospital, 餅つき, setting out ひな人形, digitising videotapes, a fish tank's care, vine
basketry — and one bag split in three: nature observation, science experiments and coding were one concept, so a
cloud-chamber experimenter was "exact" for a butterfly walk."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import asked, ranked, sids


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("冬のあいだ、週一回ほどストーブに灯油を入れていただける方", "kerosene_heating"),
        ("灯油の配達と給油", "kerosene_heating"),
        ("入院中の洗濯物を受け取って、着替えを届けてくださる方", "hospital_errands"),
        ("年末の餅つき大会で杵と臼を扱える方", "mochitsuki"),
        ("ひな人形を飾るのを手伝ってほしい", "seasonal_decorations"),
        ("昔のビデオテープをDVDにダビングしたい", "media_digitizing"),
        ("水槽の掃除と金魚の世話", "aquarium_care"),
        ("アケビのつる細工を教えてくださる方", "vine_basketry"),
        ("川の生き物や虫を観察する会の案内役", "nature_observation"),
        ("子ども向けのプログラミング教室の講師", "programming_kids"),
        ("手作り霧箱の実験", "science_experiments"),
    ],
)
def test_everyday_help_the_dictionary_lacked(taxonomy, text, concept):
    assert concept in sids(taxonomy, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("夏祭りの金魚すくいの係", "aquarium_care"),  # a stall game
        ("【ラジオのおたより】足湯ボランティア", "appliance_help"),  # a letter to a radio programme
        ("米や灯油など重いものの買い物を代わりにお願いしたい。", "kerosene_heating"),  # the shopping's object
        ("川の生き物や虫を観察する会の案内役", "science_experiments"),  # observing is not an experiment
        ("手作り霧箱の実験", "nature_observation"),
    ],
)
def test_near_words_that_are_not_the_help(taxonomy, text, concept):
    assert concept not in sids(taxonomy, text)


def test_kerosene_is_what_a_heater_refill_asks_for(matcher):
    got = asked(
        matcher, title="母の冬", description="週一回、ストーブに灯油を入れていただける方を探しています。"
    )
    assert got == {"kerosene_heating"}, got


def test_a_butterfly_walk_asks_the_nature_guide_not_the_experimenter(matcher):
    vols = [
        Volunteer("lab", skills=("手作り霧箱の実験教室",), bio="放射線を観察できる霧箱を子どもと作ります。"),
        Volunteer("walk", skills=("自然観察会のガイド",), bio="里山で蝶や野鳥の観察会を案内しています。"),
    ]
    got = ranked(matcher, vols, title="春の里山で、蝶の観察会を一緒にしてくださる方", description="")
    assert got[:1] == ["walk"], got
