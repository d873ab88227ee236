"""real9, the ninth blind set of real public wording (bench/heldout/real9.py, texts in real9_data.py), sealed at its
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
def real9() -> ModuleType:
    return load_generator("real9", "t9")


def test_real9_precision_traps_are_graded_as_intended(real9: ModuleType) -> None:
    """Near-but-different pairs: パソコン vs デジタル手続き, パソコン vs 広報, 傾聴 vs 付き添い, 傾聴 vs 子育て, 送迎 vs 車いす,
    庭 vs 修繕, 書道 vs 手芸, 演奏 vs 体操, 理美容 vs マジック, 子ども食堂 vs 学習支援 score 0; スマホ vs パソコン, 傾聴 vs サロン,
    付き添い vs 送迎, 付き添い vs 車いす, 車いす vs 余暇, 手話 vs 要約筆記, 読み聞かせ vs 子育て, 学習支援 vs 日本語, 日本語 vs
    通訳, 写真 vs 広報 at most 1; スマホ vs デジタル手続き at most 2; a needed language missing is 0."""
    labels = json.loads((real9.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real9.OUT)
    traps = (
        ("digital", "pc", 0),
        ("pc", "digital", 0),
        ("koho", "pc", 0),
        ("keicho", "tsukisoi", 0),
        ("keicho", "kosodate", 0),
        ("kosodate", "keicho", 0),
        ("sogei", "kurumaisu", 0),
        ("kurumaisu", "sogei", 0),
        ("niwa", "shuzen", 0),
        ("shuzen", "niwa", 0),
        ("shodo", "shugei", 0),
        ("shugei", "shodo", 0),
        ("music", "taiso", 0),
        ("taiso", "music", 0),
        ("biyo", "magic", 0),
        ("magic", "biyo", 0),
        ("shokudo", "gakushu", 0),
        ("gakushu", "shokudo", 0),
        ("sumaho", "pc", 1),
        ("pc", "sumaho", 1),
        ("keicho", "salon", 1),
        ("salon", "keicho", 1),
        ("sogei", "tsukisoi", 1),
        ("kurumaisu", "yoka", 1),
        ("yoka", "kurumaisu", 1),
        ("shuwa", "yoyaku", 1),
        ("yoyaku", "shuwa", 1),
        ("yomikikase", "kosodate", 1),
        ("kosodate", "yomikikase", 1),
        ("yomikikase", "gakushu", 1),
        ("gakushu", "nihongo", 1),
        ("nihongo", "gakushu", 1),
        ("koho", "photo", 1),
        ("photo", "koho", 1),
        ("sumaho", "digital", 2),
        ("digital", "sumaho", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 150
    vols = {v["external_id"]: v for v in jsonl(real9.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # スマホ vs デジタル手続き are close: a スマホ helper is 2 for the オンライン予約 ask, a パソコン helper 0
    assert only["sumaho"] and all(q[("R9Q006", v)] == 2 for v in only["sumaho"])
    assert only["pc"] and all(q.get(("R9Q006", v), 0) == 0 for v in only["pc"])
    # the 編集員 ask that needs ワード入力: no pc-only volunteer is graded
    assert all(q.get(("R9Q048", v), 0) == 0 for v in only["pc"])
    # the 通院付き添い ask asks 話し相手 second: a 傾聴 volunteer is 2, a 送迎 volunteer 1
    assert only["keicho"] and all(q[("R9Q010", v)] == 2 for v in only["keicho"])
    assert only["sogei"] and all(q[("R9Q010", v)] == 1 for v in only["sogei"])
    # 庭 vs 修繕: the 手すり ask grades no 剪定 volunteer, the 草刈り ask no 大工 volunteer
    assert only["niwa"] and all(q.get(("R9Q015", v), 0) == 0 for v in only["niwa"])
    assert only["shuzen"] and all(q.get(("R9Q014", v), 0) == 0 for v in only["shuzen"])
    # the 中途難聴 ask asks 要約筆記 second: a 要約筆記 volunteer is 2; the 要約筆記 ask grades a 手話 volunteer 1
    assert only["yoyaku"] and all(q[("R9Q038", v)] == 2 for v in only["yoyaku"])
    assert only["shuwa"] and all(q[("R9Q039", v)] == 1 for v in only["shuwa"])
    # the 楽リエーション ask asks ピアノ second: a musician is 2, a 体操 volunteer 0
    assert only["music"] and all(q[("R9Q043", v)] == 2 for v in only["music"])
    assert only["taiso"] and all(q.get(("R9Q043", v), 0) == 0 for v in only["taiso"])
    # languages: each interpreter is graded for the asks in a language they have, and 0 otherwise
    for rid, lang in (
        ("R9Q027", "vi"),
        ("R9Q028", "vi"),
        ("R9Q029", "en"),
        ("R9Q030", "en"),
        ("R9Q031", "zh"),
        ("R9Q032", "zh"),
        ("R9Q033", "pt"),
    ):
        for vid, have in labels["volunteers"].items():
            if "interp" in have:
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # the Chinese-speaking student who only photographs is 0 for the 中国語 asks
    assert only["photo"] and all(q.get((r, v), 0) == 0 for r in ("R9Q031", "R9Q032") for v in only["photo"])
    # a 日本語 teacher without ベトナム語 is 0 for the ベトナム語 日本語教室 ask
    assert only["nihongo"] and all(
        q.get(("R9Q027", v), 0) == 0 for v in only["nihongo"] if "vi" not in vols[v]["languages"]
    )
