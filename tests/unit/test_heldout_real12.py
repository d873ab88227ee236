"""real12, the twelfth blind set of real public wording (bench/heldout/real12.py, texts in real12_data.py), sealed at its
first commit: what is this set's own: its precision traps are graded as its docstring says. What every real set from
real7 on shares (its own check, byte for byte what the generator writes, its record counts, a related pair its
self_check must refuse, no page and no query of an earlier set, …) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import jsonl, load_generator, qrels, trap_pairs_capped


@pytest.fixture(scope="module")
def real12() -> ModuleType:
    return load_generator("real12", "t12")


def test_real12_precision_traps_are_graded_as_intended(real12: ModuleType) -> None:
    """Near-but-different pairs: 園芸療法 vs 生け花, 庭 vs 家具の転倒防止, そば打ち vs 陶芸, 竹細工 vs 布ぞうり, 布ぞうり vs 生け花,
    ガイドヘルプ vs 朗読, 俳句 vs 朗読, 歌 vs 朗読, レク vs 車いす score 0; 園芸療法 vs 庭, 子ども食堂 vs パントリー, そば打ち vs
    子ども食堂, 陶芸 vs 竹細工, ガイド vs 車いす, レク vs 歌, 子どもの日本語 vs 通訳, 写真 vs デザイン at most 1; 障子 vs 家具の転倒防止
    at most 2; a needed language missing is 0."""
    labels = json.loads((real12.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real12.OUT)
    traps = (
        ("engei", "ikebana", 0),
        ("ikebana", "engei", 0),
        ("niwa", "tentou", 0),
        ("tentou", "niwa", 0),
        ("soba", "tougei", 0),
        ("tougei", "soba", 0),
        ("takezaiku", "zouri", 0),
        ("zouri", "takezaiku", 0),
        ("zouri", "ikebana", 0),
        ("ikebana", "zouri", 0),
        ("guide", "roudoku", 0),
        ("roudoku", "guide", 0),
        ("haiku", "roudoku", 0),
        ("roudoku", "haiku", 0),
        ("gassho", "roudoku", 0),
        ("roudoku", "gassho", 0),
        ("rec", "kurumaisu", 0),
        ("kurumaisu", "rec", 0),
        ("engei", "niwa", 1),
        ("niwa", "engei", 1),
        ("shokudo", "pantry", 1),
        ("pantry", "shokudo", 1),
        ("soba", "shokudo", 1),
        ("shokudo", "soba", 1),
        ("tougei", "takezaiku", 1),
        ("takezaiku", "tougei", 1),
        ("guide", "kurumaisu", 1),
        ("kurumaisu", "guide", 1),
        ("rec", "gassho", 1),
        ("gassho", "rec", 1),
        ("gaikoku", "interp", 1),
        ("design", "photo", 1),
        ("shoji", "tentou", 2),
        ("tentou", "shoji", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 150
    vols = {v["external_id"]: v for v in jsonl(real12.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # 障子 vs 家具の転倒防止 are close: the 障子 asks grade a 転倒防止 volunteer 2, the 転倒防止 asks a 障子 volunteer 2
    for rid in ("R12Q016", "R12Q017", "R12Q018"):
        assert labels["requests"][rid]["need"] == ["shoji"]
        assert only["tentou"] and all(q[(rid, v)] == 2 for v in only["tentou"])
    for rid in ("R12Q014", "R12Q015"):
        assert labels["requests"][rid]["need"] == ["tentou"]
        assert only["shoji"] and all(q[(rid, v)] == 2 for v in only["shoji"])
    # 園芸療法 vs 生け花: the 園芸体験 ask asks ミニアレンジメント second (生け花 2); the 生け花 ask grades no 園芸 volunteer
    assert labels["requests"]["R12Q011"] == {"need": ["engei"], "also": ["ikebana"]}
    assert only["ikebana"] and all(q[("R12Q011", v)] == 2 for v in only["ikebana"])
    assert only["engei"] and all(q.get(("R12Q008", v), 0) == 0 for v in only["engei"])
    # 庭 vs 園芸療法 related, 庭 vs 家具 unrelated: the 庭 asks grade an 園芸 volunteer 1, a 転倒防止 volunteer 0
    for rid in ("R12Q012", "R12Q013"):
        assert all(q[(rid, v)] == 1 for v in only["engei"])
        assert all(q.get((rid, v), 0) == 0 for v in only["tentou"])
    # ガイドヘルプ vs 朗読: the guide asks grade no 朗読 volunteer, the 朗読 asks no guide volunteer; 車いす is 1
    guide_asks = [r for r, lab in labels["requests"].items() if lab["need"] == ["guide"]]
    assert len(guide_asks) >= 6
    assert only["roudoku"] and all(q.get((r, v), 0) == 0 for r in guide_asks for v in only["roudoku"])
    assert only["kurumaisu"] and all(q[(r, v)] == 1 for r in guide_asks for v in only["kurumaisu"])
    assert only["guide"] and all(q.get(("R12Q022", v), 0) == 0 for v in only["guide"])
    # 写真 has no main ask: the チラシ ask grades a 写真 volunteer 2, never 3
    assert not [r for r, lab in labels["requests"].items() if "photo" in lab["need"]]
    assert only["photo"] and all(q[("R12Q048", v)] == 2 for v in only["photo"])
    # 確定申告 relates to nothing: the 申告 asks grade only 申告 volunteers
    for rid, lab in labels["requests"].items():
        if lab["need"] == ["shinkoku"]:
            assert {v for (r, v), g in q.items() if r == rid} == {
                v for v, have in labels["volunteers"].items() if "shinkoku" in have
            }
    # languages: each ask in a language grades only volunteers who speak it
    for rid, lang in (
        ("R12Q041", "es"),
        ("R12Q042", "en"),
        ("R12Q045", "pt"),
        ("R12Q046", "en"),
        ("R12Q047", "es"),
    ):
        for (r, v), g in q.items():
            if r == rid:
                assert lang in vols[v]["languages"], (rid, v, g)
    # the スペイン語 child ask: a Spanish-speaking 子ども支援 volunteer is 3, a Japanese-only one 0
    es_kids = [v for v in only["gaikoku"] if "es" in vols[v]["languages"]]
    ja_kids = [v for v in only["gaikoku"] if vols[v]["languages"] == ["ja"]]
    assert len(es_kids) >= 2 and all(q[("R12Q041", v)] == 3 for v in es_kids)
    assert ja_kids and all(q.get(("R12Q041", v), 0) == 0 for v in ja_kids)
    # the ポルトガル語 通訳 ask asks 子どもの支援 second: a Portuguese-speaking 子ども支援 volunteer is 2, an English interpreter 0
    pt_kids = [v for v in only["gaikoku"] if "pt" in vols[v]["languages"]]
    en_interp = [v for v in only["interp"] if vols[v]["languages"] == ["ja", "en"]]
    assert pt_kids and all(q[("R12Q045", v)] == 2 for v in pt_kids)
    assert en_interp and all(q.get(("R12Q045", v), 0) == 0 for v in en_interp)
    assert all(q[("R12Q046", v)] == 3 for v in en_interp)
    # the Chinese and Nepali speakers have no ask in their language: no request needs zh or ne
    reqs = jsonl(real12.OUT / "requests.jsonl")
    assert any({"zh", "ne"} & set(v["languages"]) for v in vols.values())
    assert not any({"zh", "ne"} & set(r["languages"]) for r in reqs)
