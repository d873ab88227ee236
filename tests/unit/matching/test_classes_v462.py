"""skill-v4.62: a request in romaji Japanese (「gomi no bunbetsu ga muzukashii desu」「pasokon no tsukaikata wo oshiete
kudasai」) is read as the taxonomy words it spells, by the words' readings as v4.53 reads a kana tag; only in a text that
reads as romaji Japanese (an ending such as desu / kudasai and a particle such as no / wo), so that English is never
read as romaji (rain is no LINE). The kana readings moved from taxonomy.py to matching/kana.py. From fresh8's tuning
half, read after its blind scoring."""

from __future__ import annotations

import pytest

from matching import variants
from matching.kana import to_kana
from tests.unit.matching.reading import primary, sids

needs_dictionary = pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed")


@pytest.mark.parametrize(
    ("word", "kana"),
    [("sumaho", "スマホ"), ("bunbetsu", "ブンベツ"), ("kitte", "キッテ"), ("nyuuin", "ニュウイン"),
     ("chotto", "チョット"), ("shinsei", "シンセイ"), ("help", None), ("street", None), ("card", None)],
)  # fmt: skip
def test_romaji_is_spelt_in_kana(word, kana):
    assert to_kana(word) == kana


@needs_dictionary
def test_a_romaji_request_names_its_concepts(matcher):
    got = primary(
        matcher,
        title="gomi no hi",
        description="gomi no bunbetsu ga muzukashii desu. issho ni kakunin shite kuremasen ka.",
    )
    assert got == ["garbage_disposal"]
    assert "pc_basics" in sids(matcher.taxonomy, "pasokon no tsukaikata wo oshiete kudasai")
    assert "smartphone_basics" in sids(matcher.taxonomy, "Mynumber card no shinsei wo sumaho de shitai desu.")


def test_english_is_never_read_as_romaji(taxonomy):
    assert "line_app" not in sids(taxonomy, "Could someone fix the rain gutter? I do not speak Japanese.")
    # without an ending of romaji Japanese, no word is spelt in kana: 'sumaho' alone names nothing
    assert sids(taxonomy, "sumaho") == set()
