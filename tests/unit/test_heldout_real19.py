"""real19, the nineteenth blind set of real public wording (bench/heldout/real19.py, texts in real19_data.py), what is its
own: like real17 and real18 a month's mix — nine everyday topics, none of theirs, nine niche ones new to every earlier
set —, its asks in English, and its precision traps graded as its docstring says. What every real set from real7 on
shares is in test_heldout_realsets.py; the checks of a mix are shared with real17 and real18 (heldout_files.py).

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import (
    assert_alone,
    assert_english_asks,
    assert_mix,
    assert_niche_new,
    assert_secondary_asks,
    assert_traps_capped,
    jsonl,
    load_generator,
    qrels,
)

EARLIER = ("real", *(f"real{k}" for k in range(2, 19)))
EVERYDAY = ("shuwa", "tenyaku", "onyaku", "shashin", "benri", "mimamori", "takuji", "shogi", "origami")
NICHE = ("dokusho", "petanque", "biotope", "tonbodama", "carving", "sanshin", "tole", "herbarium", "nurie")
# words that name the niche topics; none may occur in the texts of an earlier set
NICHE_WORDS = ("読書会", "ペタンク", "ビオトープ", "とんぼ玉", "木彫", "カービング", "三線", "トールペイント", "ハーバリウム",
               "塗り絵", "ぬりえ")  # fmt: skip
EN_ASKS = ("R19Q023", "R19Q029", "R19Q033")  # 将棋, 折り紙, 読書会 asked in English
LANG_ASKS = {"R19Q023": ["en"], "R19Q029": ["en"], "R19Q033": ["en"]}


@pytest.fixture(scope="module")
def real19() -> ModuleType:
    return load_generator("real19", "t19")


def test_a_mix_of_everyday_and_niche_topics(real19: ModuleType) -> None:
    assert_mix(real19, EVERYDAY, NICHE, LANG_ASKS)
    for earlier in ("real17", "real18"):  # not their everyday nine
        assert not set(EVERYDAY) & set(load_generator(earlier, "t19").CONCEPTS)


def test_the_niche_half_is_new_to_the_earlier_sets(real19: ModuleType) -> None:
    assert_niche_new(real19, EARLIER, EVERYDAY, NICHE, NICHE_WORDS)


def test_real19_precision_traps_are_graded_as_intended(real19: ModuleType) -> None:
    """Near-but-different pairs score 0: 折り紙 vs 託児, 音訳 vs 読書会, 木彫り vs トールペイント, ビオトープ vs 木彫り and vs 写真,
    とんぼ玉 vs ハーバリウム, ハーバリウム vs 塗り絵, 手話 vs 点訳. Related (at most 1): 点訳–音訳, 見守り–軽作業, トールペイント–塗り絵.
    No pair is close; every 2 is a secondary ask."""
    labels = json.loads((real19.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real19.OUT)
    zero = [
        ("origami", "takuji"),
        ("onyaku", "dokusho"),
        ("carving", "tole"),
        ("biotope", "carving"),
        ("biotope", "shashin"),
        ("tonbodama", "herbarium"),
        ("herbarium", "nurie"),
        ("shuwa", "tenyaku"),
    ]
    one = [("tenyaku", "onyaku"), ("mimamori", "benri"), ("tole", "nurie")]
    assert_traps_capped(labels, q, {0: zero, 1: one}, 250)
    assert labels["close"] == []
    vols = {v["external_id"]: v for v in jsonl(real19.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real19.OUT / "requests.jsonl")}
    assert set(assert_secondary_asks(labels, q, vols, reqs)) == {"R19Q007", "R19Q013", "R19Q019", "R19Q050"}
    # 写真 is left out: its R19Q013 asks ビオトープ second
    alone = ("shuwa", "shogi", "origami", "petanque", "tonbodama", "carving", "sanshin", "herbarium")
    assert_alone(labels, q, reqs, alone)
    assert_english_asks(labels, q, vols, reqs, EN_ASKS)
