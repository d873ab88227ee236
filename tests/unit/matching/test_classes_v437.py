"""skill-v4.37: an English concept label is split into its parts ("Plant and indigo dyeing" → plant, indigo dyeing),
and a part that alone is everyday English (use, any, service, updates, plant, nature, safety, board, welfare, toys)
named the concept wherever an English text used the word: "I use a translator app" asked for My Number Card help and
put a kintsugi teacher who wrote "I use urushi" first for a parent's PTA meeting. Such words no longer name a concept
alone; the labels' longer parts and the synonyms still do."""

from __future__ import annotations

import re

import pytest

from matching import Volunteer
from matching.taxonomy import LABEL_WORDS_NAMING_NOTHING
from tests.unit.matching.reading import assert_leads, sids


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I use a translator app for the handouts.", "mynumber_card"),
        ("Any help is welcome.", "instrument_any"),
        ("Is there a service like this in the city?", "assistance_dogs"),
        ("We plant flowers by the station.", "dyeing"),
        ("I love nature and long walks.", "nature_observation"),
        ("Safety first, please.", "disaster_prevention"),
        ("The notice board at the community hall.", "board_games"),
        ("I worked in welfare for years.", "welfare_consultation"),
        ("She keeps her toys in a box.", "cloth_picture_books"),
        ("Thank you for the updates.", "website"),
    ],
)
def test_an_everyday_english_word_names_no_concept(taxonomy, text, concept):
    assert concept not in sids(taxonomy, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Can you help me with my My Number Card application?", "mynumber_card"),
        ("I teach indigo dyeing.", "dyeing"),
        ("We raise hearing dogs.", "assistance_dogs"),
        ("Disaster prevention workshops for families.", "disaster_prevention"),
    ],
)
def test_the_labels_longer_parts_still_name_it(taxonomy, text, concept):
    assert concept in sids(taxonomy, text)


def test_every_word_left_out_is_a_part_of_some_label(taxonomy):
    parts = {
        p.strip().lower() for s in taxonomy.skills.values() for p in re.split(r"[&/(),・]| and ", s.label_en)
    }
    assert parts >= LABEL_WORDS_NAMING_NOTHING


def test_a_parent_asking_for_an_interpreter_at_school_gets_one(areas, taxonomy):
    vols = [
        Volunteer(
            "KINTSUGI",
            skills=("Kintsugi class", "urushi"),
            bio="I use urushi lacquer and teach in English.",
            languages=("en", "ja"),
        ),
        Volunteer(
            "INTERP",
            skills=("通訳ボランティア(英語)",),
            bio="学校の面談で英語の通訳をしています。",
            languages=("en", "ja"),
        ),
    ]
    assert_leads(
        areas,
        taxonomy,
        vols,
        "Someone to come with me to the school PTA meeting",
        "I use a translator app for the handouts. Could someone who speaks English come with me and interpret?",
        "INTERP",
    )
