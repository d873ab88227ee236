"""skill-v4.56: a word spelt out in kana as a token of its own, between spaces or punctuation as learners of Japanese
and some older writers space their kana, is read as the taxonomy word it sounds like (「でんしレンジ と すいはんき」,
「かいらんばん を まわして」); inside a run of other kana a reading is never looked for."""

from __future__ import annotations

import pytest

from matching import variants
from tests.unit.matching.reading import primary, sids

pytestmark = pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("でんしレンジ と すいはんき、つかいかた が わからない", "appliance_help"),
        ("かいらんばん を まわして ください", "distribution_posting"),
        ("まいしゅう、けいちょう の ボランティア を しています", "listening_befriending"),
    ],
)
def test_a_word_spelt_out_in_kana_names_its_concept(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_a_reading_inside_other_kana_names_nothing(taxonomy):
    # すいはんきを is no token of its own: the particle is glued on
    assert "appliance_help" not in sids(taxonomy, "わたしはすいはんきをつかえない")
    # a katakana loanword is no spelling of a kanji word, even where it sounds like one
    assert sids(taxonomy, "カイランバン") == set()


def test_the_spelt_out_ask_is_the_main_ask(matcher):
    got = primary(
        matcher,
        title="かでん",
        description="でんしレンジ と すいはんき、にほんご だけ で つかいかた が わからない。",
    )
    assert "appliance_help" in got
