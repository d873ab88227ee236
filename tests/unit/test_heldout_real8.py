"""real8, the eighth blind set of real public wording (bench/heldout/real8.py, texts in real8_data.py), sealed at its
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
def real8() -> ModuleType:
    return load_generator("real8", "t8")


def test_real8_precision_traps_are_graded_as_intended(real8: ModuleType) -> None:
    """Near-but-different pairs: おもちゃ vs 困りごと, スマホ vs 電話, 囲碁 vs 電話, 家事 vs 配食, 着付け vs 裁縫, 点訳 vs
    パソコン, 保護犬 vs 困りごと, 学習支援 vs 通訳 score 0; 点訳 vs 音訳, 音訳 vs 代読, 援農 vs 竹林, パソコン vs スマホ,
    電話 vs 配食, 家事 vs 困りごと, 絵手紙 vs 裁縫, 託児 vs 学童, 学童 vs 学習支援, 日本語 vs 通訳 at most 1; a needed
    language missing is 0."""
    labels = json.loads((real8.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real8.OUT)
    traps = (
        ("toy", "chotto", 0),
        ("chotto", "toy", 0),
        ("sumaho", "phone", 0),
        ("igo", "phone", 0),
        ("kaji", "haishoku", 0),
        ("haishoku", "kaji", 0),
        ("kitsuke", "sewing", 0),
        ("tenyaku", "pc", 0),
        ("dog", "chotto", 0),
        ("kitsuke", "interp", 0),
        ("phone", "pc", 0),
        ("tenyaku", "onyaku", 1),
        ("daihitsu", "onyaku", 1),
        ("farm", "satoyama", 1),
        ("satoyama", "farm", 1),
        ("pc", "sumaho", 1),
        ("sumaho", "pc", 1),
        ("haishoku", "phone", 1),
        ("phone", "haishoku", 1),
        ("kaji", "chotto", 1),
        ("chotto", "kaji", 1),
        ("craft", "sewing", 1),
        ("takuji", "gakudo", 1),
        ("gakudo", "takuji", 1),
        ("gakudo", "kids_gaikoku", 1),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 80
    vols = {v["external_id"]: v for v in jsonl(real8.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # the ドクター・ナース ask asks ぬいぐるみの縫い直し second: a sewer is 2, a お助け隊 member 0
    assert only["sewing"] and all(q[("R8Q001", v)] == 2 for v in only["sewing"])
    assert only["chotto"] and all(q.get(("R8Q001", v), 0) == 0 for v in only["chotto"])
    # the LINE ask that names 電話代: no telephone volunteer is graded; a pc volunteer is 1
    assert only["phone"] and all(q.get(("R8Q032", v), 0) == 0 for v in only["phone"])
    assert only["pc"] and all(q[("R8Q032", v)] == 1 for v in only["pc"])
    # the リスナー ask done with a パソコン: no pc volunteer is graded
    assert all(q.get(("R8Q007", v), 0) == 0 for v in only["pc"])
    # the 囲碁 ask whose resident valued a 話し相手: no telephone listener is graded
    assert all(q.get(("R8Q035", v), 0) == 0 for v in only["phone"])
    # the 着物 ask that collects 浴衣: no sewer; the 浴衣 ask that needs no language: no interpreter
    assert all(q.get(("R8Q016", v), 0) == 0 for v in only["sewing"])
    assert only["interp"] and all(q.get(("R8Q015", v), 0) == 0 for v in only["interp"])
    # 点訳 vs 音訳: the 点訳 講習会 grades a reader 1, the 点訳・音訳 講習会 asks 音訳 second (2)
    assert only["onyaku"] and all(q[("R8Q036", v)] == 1 for v in only["onyaku"])
    assert all(q[("R8Q034", v)] == 2 for v in only["onyaku"])
    assert only["tenyaku"] and all(q[("R8Q037", v)] == 2 for v in only["tenyaku"])
    # 音訳 vs 代読: a reader is 1 for the 代読 asks
    assert all(q[(r, v)] == 1 for r in ("R8Q029", "R8Q030") for v in only["onyaku"])
    # the 土曜 クラス ask asks 日本語 second: a Japanese teacher is 2, a 学童 volunteer 1
    assert only["nihongo"] and all(q[("R8Q020", v)] == 2 for v in only["nihongo"])
    assert only["gakudo"] and all(q[("R8Q020", v)] == 1 for v in only["gakudo"])
    # the お助け隊 member who once walked a dog is 0 for the 預かり asks
    assert all(q.get((r, v), 0) == 0 for r in ("R8Q026", "R8Q050", "R8Q051") for v in only["chotto"])
    # languages: each interpreter or translator is graded for the asks in a language they have, and 0 otherwise
    for rid, lang in (
        ("R8Q018", "tl"),
        ("R8Q048", "tl"),
        ("R8Q019", "ne"),
        ("R8Q046", "ko"),
        ("R8Q047", "en"),
    ):
        for vid, have in labels["volunteers"].items():
            if {"interp", "honyaku"} & set(have):
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # the 日本語教師 without ネパール語 is 0 for the ネパール語 ask
    assert all(q.get(("R8Q019", v), 0) == 0 for v in only["nihongo"] if "ne" not in vols[v]["languages"])
