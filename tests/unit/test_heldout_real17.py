"""real17, the seventeenth blind set of real public wording (bench/heldout/real17.py, texts in real17_data.py), what is its
own: its precision traps graded as its docstring says, in detail. What it holds as a month's mix (everyday and niche
halves, the niche half new to the earlier sets, its asks in other languages) is in test_heldout_mixes.py with those of
real18 … real23; what every real set from real7 on shares (its own check, byte for byte what the generator writes, ids,
counts, two good volunteers a request, no page and no query of an earlier set) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import (
    assert_alone,
    assert_english_asks,
    assert_traps_capped,
    jsonl,
    load_generator,
    qrels,
)

EN_ASKS = ("R17Q021", "R17Q024", "R17Q036")  # 書道, 囲碁, 金継ぎ asked in English


@pytest.fixture(scope="module")
def real17() -> ModuleType:
    return load_generator("real17", "t17")


def test_real17_precision_traps_are_graded_as_intended(real17: ModuleType) -> None:
    """Near-but-different pairs: パソコン vs 家系図, 傾聴 vs 家系図, 書道 vs そろばん, 囲碁 vs そろばん, 草取り vs 苔玉,
    ノルディック vs グラウンド・ゴルフ, 金継ぎ vs 篆刻 / 苔玉 score 0; 書道 vs 篆刻, 傾聴 vs 買い物支援 at most 1; スマホ vs パソコン
    at most 2; a needed language missing is 0."""
    labels = json.loads((real17.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real17.OUT)
    zero = [
        ("pc", "kakeizu"),
        ("keicho", "kakeizu"),
        ("shodo", "soroban"),
        ("igo", "soroban"),
        ("kusatori", "kokedama"),
        ("nordic", "gg"),
        ("kintsugi", "tenkoku"),
        ("kintsugi", "kokedama"),
    ]
    one = [("shodo", "tenkoku"), ("keicho", "kaimono")]
    two = [("sumaho", "pc")]
    assert_traps_capped(labels, q, {0: zero, 1: one, 2: two}, 300)
    vols = {v["external_id"]: v for v in jsonl(real17.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real17.OUT / "requests.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # スマホ vs パソコン are close: each one's asks grade a volunteer of the other 2; the ITリーダー holds both (3 to both)
    assert len(asks["sumaho"]) >= 3 and len(asks["pc"]) >= 2
    assert all(q[(r, v)] == 2 for r in asks["sumaho"] for v in only["pc"])
    assert all(q[(r, v)] == 2 for r in asks["pc"] for v in only["sumaho"])
    both = [v for v, have in labels["volunteers"].items() if set(have) == {"sumaho", "pc"}]
    assert both and all(q[(r, v)] == 3 for r in asks["sumaho"] + asks["pc"] for v in both)
    # 書道 and 篆刻 are related both ways (1) where no language is needed; the festival ask (R17Q052) asks 書道 second
    assert labels["requests"]["R17Q052"] == {"need": ["tenkoku"], "also": ["shodo"]}
    assert all(q[("R17Q052", v)] == 2 for v in only["shodo"])
    ja_shodo = [r for r in asks["shodo"] if reqs[r]["languages"] == []]
    assert len(ja_shodo) >= 2 and all(q[(r, v)] == 1 for r in ja_shodo for v in only["tenkoku"])
    others = [
        r for r in labels["requests"] if labels["requests"][r]["need"] == ["tenkoku"] and r != "R17Q052"
    ]
    assert len(others) >= 2 and all(q[(r, v)] == 1 for r in others for v in only["shodo"])
    # 傾聴 and 買い物支援 are related both ways (1); the blind man's ask (R17Q013) asks a 話し相手 second
    assert labels["requests"]["R17Q013"] == {"need": ["kaimono"], "also": ["keicho"]}
    assert all(q[("R17Q013", v)] == 2 for v in only["keicho"])
    rest = [r for r in asks["kaimono"] if r != "R17Q013"]
    assert len(rest) >= 2 and all(q[(r, v)] == 1 for r in rest for v in only["keicho"])
    assert all(q[(r, v)] == 1 for r in asks["keicho"] for v in only["kaimono"])
    # 家系図 is neither パソコン nor 傾聴; そろばん is neither 書道 nor 囲碁 (0 both ways)
    for a, b in (("kakeizu", "pc"), ("kakeizu", "keicho"), ("soroban", "shodo"), ("soroban", "igo")):
        assert only[a] and only[b], (a, b)
        assert all(q.get((r, v), 0) == 0 for r in asks[a] for v in only[b]), (a, b)
        assert all(q.get((r, v), 0) == 0 for r in asks[b] for v in only[a]), (a, b)
    # the concepts that relate to nothing: their Japanese asks grade only their own holders
    alone = (
        "shokudo",
        "igo",
        "kakeizu",
        "hojoken",
        "kintsugi",
        "taiko",
        "nordic",
        "gg",
        "kokedama",
        "soroban",
    )
    assert_alone(labels, q, reqs, alone)
    # languages: each ask in English grades only volunteers who speak it
    assert_english_asks(labels, q, vols, reqs, EN_ASKS)
    # 通訳: the request's language decides — holders who lack it are 0, whatever else they speak
    interpreters = [v for v, have in labels["volunteers"].items() if "tsuyaku" in have]
    for rid in asks["tsuyaku"]:
        (lang,) = reqs[rid]["languages"]
        speak = [v for v in interpreters if lang in vols[v]["languages"]]
        lack = [v for v in interpreters if lang not in vols[v]["languages"]]
        assert len(speak) >= 2 and len(lack) >= 2, rid
        assert all(q[(rid, v)] == 3 for v in speak)
        assert all(q.get((rid, v), 0) == 0 for v in lack)
