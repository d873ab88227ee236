"""real18, the eighteenth blind set of real public wording (bench/heldout/real18.py, texts in real18_data.py), what is its
own: like real17 a month's mix — nine everyday topics none of real17's, nine niche ones new to every earlier set —, its
asks in other languages, and its precision traps graded as its docstring says. What every real set from real7 on shares
is in test_heldout_realsets.py; the checks of a mix are shared with real17 (heldout_files.py).

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

EARLIER = ("real", *(f"real{k}" for k in range(2, 18)))
EVERYDAY = ("tsukisoi", "sogei", "haishoku", "nihongo", "gakushu", "yomikikase", "shugei", "ensou", "taiso")
NICHE = ("shimenawa", "molkky", "curling", "kakudai", "shippo", "kimekomi", "chess", "joba", "esports")
# words that name the niche topics; none may occur in the texts of an earlier set
NICHE_WORDS = ("しめ縄", "モルック", "カローリング", "カーリンコン", "拡大写本", "七宝", "木目込", "チェス", "乗馬",
               "ホースセラピー", "eスポーツ")  # fmt: skip
EN_ASKS = ("R18Q011", "R18Q012", "R18Q021", "R18Q048")  # 日本語 (twice), 編み物, チェス asked in English
LANG_ASKS = {"R18Q011": ["en"], "R18Q012": ["en"], "R18Q014": ["pt"], "R18Q017": ["en"], "R18Q021": ["en"],
             "R18Q048": ["en"]}  # fmt: skip


@pytest.fixture(scope="module")
def real18() -> ModuleType:
    return load_generator("real18", "t18")


def test_a_mix_of_everyday_and_niche_topics(real18: ModuleType) -> None:
    assert_mix(real18, EVERYDAY, NICHE, LANG_ASKS)
    assert not set(EVERYDAY) & set(load_generator("real17", "t18").CONCEPTS)  # not real17's everyday nine


def test_the_niche_half_is_new_to_the_earlier_sets(real18: ModuleType) -> None:
    assert_niche_new(real18, EARLIER, EVERYDAY, NICHE, NICHE_WORDS)


def test_real18_precision_traps_are_graded_as_intended(real18: ModuleType) -> None:
    """Near-but-different pairs score 0: 配食 vs 送迎; 体操, モルック and カローリング among themselves; チェス vs eスポーツ;
    演奏 vs eスポーツ; 七宝 and しめ縄 vs 木目込み; 手芸 vs 七宝 and しめ縄; 拡大写本 vs 読み聞かせ; 読み聞かせ vs 学習支援. Related
    (at most 1): 付き添い–送迎, 日本語–学習支援, 手芸–木目込み. No pair is close; every 2 is a secondary ask."""
    labels = json.loads((real18.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real18.OUT)
    zero = [
        ("haishoku", "sogei"),
        ("taiso", "molkky"),
        ("taiso", "curling"),
        ("molkky", "curling"),
        ("chess", "esports"),
        ("ensou", "esports"),
        ("shippo", "kimekomi"),
        ("shimenawa", "kimekomi"),
        ("shugei", "shippo"),
        ("shugei", "shimenawa"),
        ("kakudai", "yomikikase"),
        ("yomikikase", "gakushu"),
    ]
    one = [("tsukisoi", "sogei"), ("nihongo", "gakushu"), ("shugei", "kimekomi")]
    assert_traps_capped(labels, q, {0: zero, 1: one}, 300)
    assert labels["close"] == []
    vols = {v["external_id"]: v for v in jsonl(real18.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real18.OUT / "requests.jsonl")}
    assert len(assert_secondary_asks(labels, q, vols, reqs)) == 5
    # concepts that relate to nothing grade only their holders (joba's ask wants a van driver second: left out)
    alone = (
        "haishoku",
        "yomikikase",
        "ensou",
        "taiso",
        "shimenawa",
        "molkky",
        "curling",
        "kakudai",
        "shippo",
    )
    assert_alone(labels, q, reqs, alone)
    assert_english_asks(labels, q, vols, reqs, EN_ASKS)
    # the Portuguese homework class: only Portuguese speakers can be good
    assert all("pt" in vols[v]["languages"] for (r, v), g in q.items() if r == "R18Q014" and g > 0)
