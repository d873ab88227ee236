"""real13, the thirteenth blind set of real public wording (bench/heldout/real13.py, texts in real13_data.py), sealed at
its first commit: what is this set's own: its precision traps are graded as its docstring says. What every real set
from real7 on shares (its own check, byte for byte what the generator writes, its record counts, a related pair its
self_check must refuse, no page and no query of an earlier set, …) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import jsonl, load_generator, qrels, trap_pairs_capped


@pytest.fixture(scope="module")
def real13() -> ModuleType:
    return load_generator("real13", "t13")


def test_real13_precision_traps_are_graded_as_intended(real13: ModuleType) -> None:
    """Near-but-different pairs: ハンドマッサージ vs 理美容, ハンドマッサージ vs セラピードッグ, 落語 vs まち案内, バルーンアート vs
    紙芝居 / 折り紙 / 昔遊び, 書道 vs 絵画, 書道 vs 要約筆記, 除雪 vs 里山, 自転車 vs 包丁研ぎ, 語学 vs プログラミング, 語学 vs まち案内
    score 0; 落語 vs 紙芝居, 化粧 vs 理美容, 折り紙 vs 昔遊び at most 1; ハンドマッサージ vs 化粧 at most 2; a needed language
    missing is 0."""
    labels = json.loads((real13.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real13.OUT)
    traps = (
        ("handcare", "biyou", 0),
        ("biyou", "handcare", 0),
        ("handcare", "animal", 0),
        ("animal", "handcare", 0),
        ("rakugo", "machiguide", 0),
        ("machiguide", "rakugo", 0),
        ("balloon", "kamishibai", 0),
        ("kamishibai", "balloon", 0),
        ("balloon", "origami", 0),
        ("origami", "balloon", 0),
        ("balloon", "mukashi", 0),
        ("mukashi", "balloon", 0),
        ("shodo", "kaiga", 0),
        ("kaiga", "shodo", 0),
        ("shodo", "youyaku", 0),
        ("youyaku", "shodo", 0),
        ("yukikaki", "satoyama", 0),
        ("satoyama", "yukikaki", 0),
        ("jitensha", "hamono", 0),
        ("hamono", "jitensha", 0),
        ("gogaku", "programming", 0),
        ("programming", "gogaku", 0),
        ("gogaku", "machiguide", 0),
        ("machiguide", "gogaku", 0),
        ("rakugo", "kamishibai", 1),
        ("kamishibai", "rakugo", 1),
        ("makeup", "biyou", 1),
        ("biyou", "makeup", 1),
        ("origami", "mukashi", 1),
        ("mukashi", "origami", 1),
        ("handcare", "makeup", 2),
        ("makeup", "handcare", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 150
    vols = {v["external_id"]: v for v in jsonl(real13.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # ハンドマッサージ vs 化粧 are close: each one's asks grade a volunteer of the other 2; 理美容 is 0 to the hand care asks
    assert len(asks["handcare"]) >= 3 and len(asks["makeup"]) >= 2
    for rid in asks["handcare"]:
        assert only["makeup"] and all(q[(rid, v)] == 2 for v in only["makeup"])
        assert only["biyou"] and all(q.get((rid, v), 0) == 0 for v in only["biyou"])
    for rid in asks["makeup"]:
        assert only["handcare"] and all(q[(rid, v)] == 2 for v in only["handcare"])
    # 化粧 vs 理美容 related: the 理美容 asks grade a メイク volunteer 1; the お化粧隊 ask asks 顔そり second (理美容 2 there)
    assert len(asks["biyou"]) >= 4
    assert all(q[(r, v)] == 1 for r in asks["biyou"] for v in only["makeup"])
    assert labels["requests"]["R13Q012"] == {"need": ["makeup"], "also": ["biyou"]}
    assert all(q[("R13Q012", v)] == 2 for v in only["biyou"])
    assert all(q[("R13Q013", v)] == 1 for v in only["biyou"])
    # 折り紙 vs 昔遊び related; the 昔遊びの会 ask asks both; バルーンアート is 0 to both
    assert labels["requests"]["R13Q025"] == {"need": ["mukashi", "origami"], "also": []}
    assert all(q[("R13Q025", v)] == 3 for v in only["origami"] + only["mukashi"])
    assert all(q[(r, v)] == 1 for r in asks["origami"] for v in only["mukashi"])
    assert only["balloon"] and all(q.get(("R13Q025", v), 0) == 0 for v in only["balloon"])
    # the mother's プログラミング ask asks 英語 second: every 語学 volunteer is 2 there, 0 to the メンター ask
    assert labels["requests"]["R13Q050"] == {"need": ["programming"], "also": ["gogaku"]}
    assert len(only["gogaku"]) >= 6
    assert all(q[("R13Q050", v)] == 2 for v in only["gogaku"])
    assert all(q.get(("R13Q049", v), 0) == 0 for v in only["gogaku"])
    # ボッチャ relates to nothing: the ボッチャ asks grade only ボッチャ volunteers
    assert len(asks["boccia"]) >= 2
    for rid in asks["boccia"]:
        assert {v for (r, v) in q if r == rid} == {
            v for v, have in labels["volunteers"].items() if "boccia" in have
        }
    # languages: each ask in a language grades only volunteers who speak it
    for rid, lang in (
        ("R13Q020", "en"),
        ("R13Q046", "en"),
        ("R13Q047", "zh"),
        ("R13Q048", "zh"),
        ("R13Q051", "en"),
    ):
        graded = [v for (r, v) in q if r == rid]
        assert len(graded) >= 2 and all(lang in vols[v]["languages"] for v in graded), rid
    # the English guide ask: an English-speaking guide is 3, a Japanese-only guide 0
    en_guides = [v for v in only["machiguide"] if "en" in vols[v]["languages"]]
    ja_guides = [v for v in only["machiguide"] if vols[v]["languages"] == ["ja"]]
    assert len(en_guides) >= 2 and all(q[("R13Q051", v)] == 3 for v in en_guides)
    assert ja_guides and all(q.get(("R13Q051", v), 0) == 0 for v in ja_guides)
    assert all(q[("R13Q052", v)] == 3 for v in en_guides + ja_guides)
    # the English circle ask: English-speaking teachers 3, the Chinese and Korean teachers 0
    en_teachers = [v for v in only["gogaku"] if "en" in vols[v]["languages"]]
    other = [v for v in only["gogaku"] if "en" not in vols[v]["languages"]]
    assert len(en_teachers) >= 2 and all(q[("R13Q046", v)] == 3 for v in en_teachers)
    assert other and all(q.get(("R13Q046", v), 0) == 0 for v in other)
    # the Korean speakers have no ask in their language: no request needs ko
    reqs = jsonl(real13.OUT / "requests.jsonl")
    assert sum("ko" in v["languages"] for v in vols.values()) >= 3
    assert not any("ko" in r["languages"] for r in reqs)
