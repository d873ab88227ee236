"""skill-v4.71: an English label's everyday words name no concept of their own. The label "Childcare, play &
supervision" had made "under the supervision of the dry stone wallers' association" a childcare ask (real34's English
request for wall builders listed Scrabble players first), and "play", "repair", "performance", "tree", "posting",
"outings" and "reception" read likewise into any English text; the labels' longer phrases and the concepts' English
synonyms still read."""

from __future__ import annotations

import pytest

from matching import Matcher, Volunteer
from tests.unit.matching.reading import ranked, sids


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers rebuilt the walls under the supervision of the association.",
        "On Fridays we play board games at the library.",
        "I run a club making and repairing boomerangs.",
        "Our members give a performance of steel pan music.",
        "Tree climbing for children with special needs.",
        "Outings to the park are part of the camp.",
    ],
)
def test_a_labels_everyday_word_is_no_ask(taxonomy, text):
    assert not sids(taxonomy, text) & {
        "childcare_play",
        "wheelchair_care",
        "magic_performance",
        "tree_pruning",
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Someone to look after the kids (childcare) during the talk", "childcare_play"),
        ("wheelchair repair", "wheelchair_care"),
        ("a magic performance for the children", "magic_performance"),
        ("tree pruning in the garden", "tree_pruning"),
        ("video editing for our club", "video_editing"),
    ],
)
def test_the_concepts_own_english_words_still_read(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_an_english_ask_whose_text_says_supervision_finds_the_skill_not_childcare(areas, taxonomy):
    vols = [
        Volunteer("waller", skills=("Dry stone walling",), bio="I rebuild field walls.", languages=("en",)),
        Volunteer("games", skills=("Scrabble club",), bio="We play word games.", languages=("en",)),
    ]
    got = ranked(
        Matcher(areas=areas, taxonomy=taxonomy),
        vols,
        title="Volunteers to rebuild dry stone walls (English)",
        description="Rebuild the old walls under the supervision of the dry stone wallers' association.",
        languages=frozenset({"en"}),
    )
    assert got[:1] == ["waller"], got
