"""real16, the sixteenth blind set of real public wording (bench/heldout/real16.py, texts in real16_data.py): its
precision traps graded as its docstring says, and each ask in English graded only for volunteers who speak it. What
every real set from real7 on shares (its own check, byte for byte what the generator writes, ids, counts, two good
volunteers a request, no page and no query of an earlier set) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import (
    assert_alone,
    assert_english_asks,
    jsonl,
    load_generator,
    qrels,
    trap_pairs_capped,
)

EN_ASKS = ("R16Q005", "R16Q010", "R16Q044", "R16Q050", "R16Q051")


@pytest.fixture(scope="module")
def real16() -> ModuleType:
    return load_generator("real16", "t16")


def test_real16_precision_traps_are_graded_as_intended(real16: ModuleType) -> None:
    """Near-but-different pairs: 笑いヨガ vs 太極拳, 太極拳 vs 卓球, 認知症サポーター養成講座 vs 学習療法 / 回想法 / 消費生活サポーター /
    詐欺の寸劇, 段ボールコンポスト vs 養蜂 / エコクラフト, 修理 vs アマチュア無線, エコクラフト vs 写経, ベビーマッサージ vs パン作り, 福祉体験学習
    vs 音声ガイド score 0; 回想法 vs 学習療法, 認知症サポーター養成講座 vs 福祉体験学習, 段ボールコンポスト vs 修理 at most 1; 消費生活
    サポーター vs 詐欺の寸劇 at most 2; a needed language missing is 0."""
    labels = json.loads((real16.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real16.OUT)
    zero = [
        ("warai", "taikyoku"),
        ("taikyoku", "takkyu"),
        ("caravan", "noutore"),
        ("caravan", "kaisou"),
        ("caravan", "shohi"),
        ("caravan", "sagi"),
        ("compost", "youhou"),
        ("compost", "ecocraft"),
        ("repair", "musen"),
        ("ecocraft", "shakyo"),
        ("babymassage", "pan"),
        ("fukushi", "audioguide"),
    ]
    one = [("kaisou", "noutore"), ("caravan", "fukushi"), ("compost", "repair")]
    two = [("shohi", "sagi")]
    traps = tuple(
        (a, b, cap)
        for pairs, cap in ((zero, 0), (one, 1), (two, 2))
        for x, y in pairs
        for a, b in ((x, y), (y, x))
    )
    assert trap_pairs_capped(labels, q, traps) > 650
    vols = {v["external_id"]: v for v in jsonl(real16.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real16.OUT / "requests.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # 消費生活サポーター vs 詐欺の寸劇 are close: each one's asks grade a volunteer of the other 2; the サポーター who writes
    # and acts 寸劇 holds both (3 to both)
    assert len(asks["shohi"]) >= 3 and len(asks["sagi"]) >= 3
    assert all(q[(r, v)] == 2 for r in asks["shohi"] for v in only["sagi"])
    assert all(q[(r, v)] == 2 for r in asks["sagi"] for v in only["shohi"])
    both = [v for v, have in labels["volunteers"].items() if set(have) == {"shohi", "sagi"}]
    assert both and all(q[(r, v)] == 3 for r in asks["shohi"] + asks["sagi"] for v in both)
    # the 退職者の会 ask (R16Q023) asks 詐欺の寸劇 second
    assert labels["requests"]["R16Q023"] == {"need": ["shohi"], "also": ["sagi"]}
    # 回想法 and 学習療法 are related both ways (1); neither is related to 認知症サポーター養成講座 (0)
    assert all(q[(r, v)] == 1 for r in asks["kaisou"] for v in only["noutore"])
    assert all(q[(r, v)] == 1 for r in asks["noutore"] for v in only["kaisou"])
    for c in ("kaisou", "noutore", "shohi", "sagi"):
        assert all(q.get((r, v), 0) == 0 for r in asks[c] for v in only["caravan"]), c
        assert all(q.get((r, v), 0) == 0 for r in asks["caravan"] for v in only[c]), c
    # the 総合学習 ask (R16Q031) asks 認知症サポーター second: every キャラバン・メイト is 2 there, 1 to the other 福祉体験 asks
    assert labels["requests"]["R16Q031"] == {"need": ["fukushi"], "also": ["caravan"]}
    assert len(only["caravan"]) >= 5
    assert all(q[("R16Q031", v)] == 2 for v in only["caravan"])
    others = [r for r in asks["fukushi"] if r != "R16Q031"]
    assert len(others) >= 2 and all(q[(r, v)] == 1 for r in others for v in only["caravan"])
    assert all(q[(r, v)] == 1 for r in asks["caravan"] for v in only["fukushi"])
    # 段ボールコンポスト and 修理 are related (1) both ways; コンポスト is not related to 養蜂 or エコクラフト (0)
    assert all(q[(r, v)] == 1 for r in asks["compost"] for v in only["repair"])
    assert all(q[(r, v)] == 1 for r in asks["repair"] for v in only["compost"])
    assert all(q.get((r, v), 0) == 0 for r in asks["compost"] for v in only["youhou"] + only["ecocraft"])
    # the concepts that relate to nothing: their Japanese asks grade only their own holders
    alone = (
        "warai",
        "taikyoku",
        "takkyu",
        "musen",
        "ecocraft",
        "shakyo",
        "audioguide",
        "babymassage",
        "youhou",
        "pan",
    )
    assert_alone(labels, q, reqs, alone)
    # languages: each ask in English grades only volunteers who speak it
    assert_english_asks(labels, q, vols, reqs, EN_ASKS)
