"""real11, the eleventh blind set of real public wording (bench/heldout/real11.py, texts in real11_data.py), sealed at
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
def real11() -> ModuleType:
    return load_generator("real11", "t11")


def test_real11_precision_traps_are_graded_as_intended(real11: ModuleType) -> None:
    """Near-but-different pairs: スマホ vs ホームページ, 読み聞かせ vs 学習支援, マジック vs 演奏, マジック vs 踊り, 手話 vs 点訳,
    体操 vs 踊り, 体操 vs 麻雀, 傾聴 vs 子育て, 花壇 vs 手芸, 花壇 vs 災害 score 0; スマホ vs パソコン, パソコン vs ホームページ,
    囲碁 vs 麻雀, 移送 vs 買い物, 災害 vs 防災, 読み聞かせ vs 子育て, 学習支援 vs 日本語, 日本語 vs 通訳, 踊り vs 演奏 at most 1;
    通訳 vs 翻訳 at most 2; a needed language missing is 0."""
    labels = json.loads((real11.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real11.OUT)
    traps = (
        ("sumaho", "web", 0),
        ("web", "sumaho", 0),
        ("yomikikase", "gakushu", 0),
        ("gakushu", "yomikikase", 0),
        ("ensou", "magic", 0),
        ("shuwa", "tenyaku", 0),
        ("tenyaku", "shuwa", 0),
        ("taiso", "buyo", 0),
        ("taiso", "majan", 0),
        ("majan", "taiso", 0),
        ("keicho", "kosodate", 0),
        ("kosodate", "keicho", 0),
        ("kadan", "shugei", 0),
        ("shugei", "kadan", 0),
        ("saigai", "kadan", 0),
        ("sumaho", "pc", 1),
        ("pc", "sumaho", 1),
        ("web", "pc", 1),
        ("pc", "web", 1),
        ("igo", "majan", 1),
        ("majan", "igo", 1),
        ("isou", "kaimono", 1),
        ("kaimono", "isou", 1),
        ("saigai", "bosai", 1),
        ("bosai", "saigai", 1),
        ("yomikikase", "kosodate", 1),
        ("kosodate", "yomikikase", 1),
        ("gakushu", "nihongo", 1),
        ("nihongo", "gakushu", 1),
        ("nihongo", "interp", 1),
        ("ensou", "buyo", 1),
        ("honyaku", "interp", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 150
    vols = {v["external_id"]: v for v in jsonl(real11.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # the LINE asks grade no ホームページ volunteer, a パソコン volunteer 1
    for rid in ("R11Q010", "R11Q011", "R11Q024", "R11Q025"):
        assert labels["requests"][rid]["need"] == ["sumaho"]
        assert only["web"] and all(q.get((rid, v), 0) == 0 for v in only["web"])
        assert only["pc"] and all(q[(rid, v)] == 1 for v in only["pc"])
    # the 誕生日会 ask asks 演奏 first, 踊り・手品 second: a マジック volunteer is 2, never 3
    assert only["magic"] and all(q[("R11Q029", v)] == 2 for v in only["magic"])
    assert only["ensou"] and all(q[("R11Q029", v)] == 3 for v in only["ensou"])
    # 手話 vs 点訳: the 点字 asks grade no 手話 volunteer, the 手話 ask no 点訳 volunteer
    assert only["shuwa"] and all(q.get((r, v), 0) == 0 for r in ("R11Q003", "R11Q004") for v in only["shuwa"])
    assert only["tenyaku"] and all(q.get(("R11Q023", v), 0) == 0 for v in only["tenyaku"])
    # 移送 vs 買い物: the 買い物 asks that ask 送迎 second grade a 送迎 volunteer 2, the 水 ask 1
    assert only["isou"] and all(q[(r, v)] == 2 for r in ("R11Q009", "R11Q041") for v in only["isou"])
    assert all(q[("R11Q042", v)] == 1 for v in only["isou"])
    # 災害 vs 防災: the 事前登録 ask grades a 防災 volunteer 2, the 浸水 片付け ask 1
    assert only["bosai"] and all(q[("R11Q020", v)] == 2 for v in only["bosai"])
    assert all(q[("R11Q040", v)] == 1 for v in only["bosai"])
    # 通訳 vs 翻訳 are close: an English-speaking interpreter is 2 for the 在宅 手紙翻訳 ask, one without English 0
    interp = [v for v in only["interp"] if "en" in vols[v]["languages"]]
    assert interp and all(q[("R11Q013", v)] == 2 for v in interp)
    no_en = [v for v in only["interp"] if "en" not in vols[v]["languages"]]
    assert no_en and all(q.get(("R11Q013", v), 0) == 0 for v in no_en)
    # languages: each interpreter, translator or 傾聴 volunteer is graded for the asks in a language they have, 0 otherwise
    for rid, lang in (("R11Q012", "ko"), ("R11Q019", "zh"), ("R11Q034", "tl"), ("R11Q035", "vi")):
        for vid, have in labels["volunteers"].items():
            if "interp" in have or "honyaku" in have:
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # the 中国語 語りかけ ask: a Chinese-speaking 傾聴 volunteer is 3, a Japanese-only one 0
    zh_keicho = [v for v in only["keicho"] if "zh" in vols[v]["languages"]]
    ja_keicho = [v for v in only["keicho"] if vols[v]["languages"] == ["ja"]]
    assert zh_keicho and all(q[("R11Q019", v)] == 3 for v in zh_keicho)
    assert ja_keicho and all(q.get(("R11Q019", v), 0) == 0 for v in ja_keicho)
    # the Portuguese speakers have no ask in their language: 0 for every language ask
    pt = [v for v in vols if "pt" in vols[v]["languages"]]
    assert pt and all(q.get((r, v), 0) == 0 for r in ("R11Q012", "R11Q019", "R11Q034", "R11Q035") for v in pt)
