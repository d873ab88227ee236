"""real10, the tenth blind set of real public wording (bench/heldout/real10.py, texts in real10_data.py), sealed at its
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
def real10() -> ModuleType:
    return load_generator("real10", "t10")


def test_real10_precision_traps_are_graded_as_intended(real10: ModuleType) -> None:
    """Near-but-different pairs: 配食 vs 料理, 家事 vs 困りごと, ごみ出し vs 清掃, 困りごと vs おもちゃ, 農作業 vs 清掃, 茶道 vs
    着付け, 絵手紙 vs 茶道, 点訳 vs 図書館, 病院 vs 図書館, 事務 vs イベント, Zoom vs 事務 score 0; 配食 vs 見守り, 家事 vs ごみ出し,
    ごみ出し vs 困りごと, 歌声 vs 民謡, 音訳 vs 点訳, 音訳 vs 図書館, 生活相談 vs 通訳 at most 1; 見守り vs 電話 at most 2; a needed
    language missing is 0."""
    labels = json.loads((real10.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real10.OUT)
    traps = (
        ("haishoku", "ryori", 0),
        ("ryori", "haishoku", 0),
        ("gomi", "bika", 0),
        ("bika", "gomi", 0),
        ("benri", "omocha", 0),
        ("omocha", "benri", 0),
        ("nosagyo", "bika", 0),
        ("bika", "nosagyo", 0),
        ("sado", "kitsuke", 0),
        ("kitsuke", "sado", 0),
        ("egami", "sado", 0),
        ("sado", "egami", 0),
        ("toshokan", "tenyaku", 0),
        ("byoin", "toshokan", 0),
        ("toshokan", "byoin", 0),
        ("jimu", "event", 0),
        ("event", "jimu", 0),
        ("zoom", "jimu", 0),
        ("futoko", "jimu", 0),
        ("haishoku", "mimamori", 1),
        ("mimamori", "haishoku", 1),
        ("kaji", "gomi", 1),
        ("gomi", "kaji", 1),
        ("gomi", "benri", 1),
        ("benri", "gomi", 1),
        ("utagoe", "minyo", 1),
        ("minyo", "utagoe", 1),
        ("toshokan", "onyaku", 1),
        ("seikatsu", "interp", 1),
        ("mimamori", "denwa", 2),
        ("denwa", "mimamori", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 150
    vols = {v["external_id"]: v for v in jsonl(real10.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # 見守り vs 電話 are close: a 電話 volunteer is 2 for the 友愛訪問 ask, a 見守り volunteer 2 for the 電話 ask
    assert only["denwa"] and all(q[("R10Q012", v)] == 2 for v in only["denwa"])
    assert only["mimamori"] and all(q[("R10Q016", v)] == 2 for v in only["mimamori"])
    # the お弁当の配達 ask whose cooking is covered grades no 料理 volunteer; a 見守り volunteer is 1
    assert only["ryori"] and all(q.get(("R10Q002", v), 0) == 0 for v in only["ryori"])
    assert all(q[("R10Q002", v)] == 1 for v in only["mimamori"])
    # ごみ出し vs 清掃: the ゴミ出し asks grade no 清掃 volunteer, the ごみ拾い asks no ごみ出し volunteer
    assert only["bika"] and all(q.get((r, v), 0) == 0 for r in ("R10Q006", "R10Q007") for v in only["bika"])
    assert only["gomi"] and all(q.get(("R10Q032", v), 0) == 0 for v in only["gomi"])
    # the 家事支援 ask asks ごみ出し second: a ごみ出し volunteer is 2; the 家事援助 ask grades a 困りごと volunteer 0
    assert all(q[("R10Q003", v)] == 2 for v in only["gomi"])
    assert only["benri"] and all(q.get(("R10Q005", v), 0) == 0 for v in only["benri"])
    # the こども病院 ask asks こども図書館 second: a 図書館 volunteer is 2; the 外来ガイド ask grades a 図書館 volunteer 0
    assert only["toshokan"] and all(q[("R10Q038", v)] == 2 for v in only["toshokan"])
    assert all(q.get(("R10Q037", v), 0) == 0 for v in only["toshokan"])
    # the 図書館 ask grades an 音訳 volunteer 1 and the 点訳 volunteer 0
    assert only["onyaku"] and all(q[("R10Q039", v)] == 1 for v in only["onyaku"])
    assert only["tenyaku"] and all(q.get(("R10Q039", v), 0) == 0 for v in only["tenyaku"])
    # languages: each interpreter or 生活相談 volunteer is graded for the asks in a language they have, and 0 otherwise
    for rid, lang in (
        ("R10Q043", "tl"),
        ("R10Q044", "en"),
        ("R10Q046", "en"),
        ("R10Q047", "zh"),
        ("R10Q048", "zh"),
    ):
        for vid, have in labels["volunteers"].items():
            if "interp" in have or "seikatsu" in have:
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # the English-speaking 着付け volunteer is 0 for the 英語 asks
    en_kitsuke = [v for v in only["kitsuke"] if "en" in vols[v]["languages"]]
    assert en_kitsuke and all(q.get((r, v), 0) == 0 for r in ("R10Q044", "R10Q046") for v in en_kitsuke)
    # the 書類 ask needs no language: every 生活相談 volunteer is 3, a pure interpreter 1
    assert all(q[("R10Q045", v)] == 3 for v, have in labels["volunteers"].items() if "seikatsu" in have)
    assert only["interp"] and all(q[("R10Q045", v)] == 1 for v in only["interp"])
