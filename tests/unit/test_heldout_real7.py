"""real7, the seventh blind set of real public wording (bench/heldout/real7.py, texts in real7_data.py), sealed at its
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
def real7() -> ModuleType:
    return load_generator("real7", "t7")


def test_real7_precision_traps_are_graded_as_intended(real7: ModuleType) -> None:
    """Near-but-different pairs: 茶道 vs 演奏, 編み物 vs 子ども食堂, スマホ vs ホームページ・買い物, 洗濯物 vs 清掃,
    傾聴 vs 演奏, 読み聞かせ vs 運転, イベント vs ごみ拾い score 0; 図書館 vs 読み聞かせ, 花壇 vs ごみ拾い, 車いす vs 大工,
    手話 vs 要約筆記, 日本語 vs 通訳・学習支援, 料理教室 vs 子ども食堂, 運転 vs 買い物, 病院 vs イベント at most 1;
    通訳 vs 翻訳 and 見守り vs 傾聴 exactly 2; a needed language missing is 0."""
    labels = json.loads((real7.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real7.OUT)
    traps = (
        ("sado_kado", "music", 0),
        ("knitting", "kshokudo", 0),
        ("digital", "web", 0),
        ("digital", "shopping", 0),
        ("laundry", "cleanup", 0),
        ("listening", "music", 0),
        ("ehon", "driving", 0),
        ("event_staff", "cleanup", 0),
        ("shodo", "sado_kado", 0),
        ("library", "ehon", 1),
        ("garden", "cleanup", 1),
        ("cleanup", "garden", 1),
        ("wheelchair", "diy", 1),
        ("shuwa", "yoyaku", 1),
        ("yoyaku", "shuwa", 1),
        ("nihongo", "interp", 1),
        ("nihongo", "study", 1),
        ("cooking_class", "kshokudo", 1),
        ("kshokudo", "cooking_class", 1),
        ("driving", "shopping", 1),
        ("shopping", "driving", 1),
        ("hospital", "event_staff", 1),
        ("engei", "music", 1),
        ("music", "engei", 1),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 80
    vols = {v["external_id"]: v for v in jsonl(real7.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # the 本のおなおし隊 ask that names 読み聞かせ・紙芝居: a reader is 1, a 紙芝居 performer 0
    assert only["ehon"] and all(q[("R7Q001", v)] == 1 for v in only["ehon"])
    assert only["engei"] and all(q.get(("R7Q001", v), 0) == 0 for v in only["engei"])
    # the 草取り ask that names シーツ交換: no laundry volunteer is graded
    assert only["laundry"] and all(q.get(("R7Q002", v), 0) == 0 for v in only["laundry"])
    # the 車椅子清掃 ask that names 絵本読み: no reader is graded
    assert all(q.get(("R7Q003", v), 0) == 0 for v in only["ehon"])
    # the 日本語教室 ask that needs no foreign language: an interpreter is 1
    assert only["interp"] and all(q[("R7Q007", v)] == 1 for v in only["interp"])
    # the お茶会 ask that names the お琴: no musician is graded
    assert only["music"] and all(q.get(("R7Q014", v), 0) == 0 for v in only["music"])
    # the 毛糸 ask written by a 子ども食堂: no cook is graded
    assert only["kshokudo"] and all(q.get(("R7Q017", v), 0) == 0 for v in only["kshokudo"])
    # the 見守り asks grade a listener 2; the 傾聴 ask of a singing group grades a musician 0
    assert only["listening"] and all(q[(r, v)] == 2 for r in ("R7Q024", "R7Q025") for v in only["listening"])
    assert all(q.get(("R7Q048", v), 0) == 0 for v in only["music"])
    # the まつり ask whose ごみ拾い is another post: no cleanup volunteer is graded; the フェスタ ask asks it second
    assert only["cleanup"] and all(q.get(("R7Q033", v), 0) == 0 for v in only["cleanup"])
    assert all(q[("R7Q035", v)] == 2 for v in only["cleanup"])
    # the スマホ asks that name LINE and 買い物: no web or shopping volunteer is graded
    assert only["web"] and only["shopping"]
    assert all(q.get((r, v), 0) == 0 for r in ("R7Q038", "R7Q039") for v in only["web"] + only["shopping"])
    # the キャラバン ask that asks no driving: no driver is graded; the 付き添い ask that asks none grades a driver 1
    assert only["driving"] and all(q.get(("R7Q036", v), 0) == 0 for v in only["driving"])
    assert all(q[("R7Q043", v)] == 1 for v in only["driving"])
    # languages: each interpreter or translator is graded for the asks in a language they have, and 0 otherwise
    for rid, lang in (("R7Q008", "vi"), ("R7Q020", "vi"), ("R7Q021", "vi"), ("R7Q009", "zh"), ("R7Q010", "zh"),
                      ("R7Q011", "zh"), ("R7Q012", "en")):  # fmt: skip
        for vid, have in labels["volunteers"].items():
            if {"interp", "honyaku"} & set(have):
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # 通訳 vs 翻訳 is close: the Chinese translation ask grades a Chinese interpreter 2
    zh = [v for v in only["interp"] if "zh" in vols[v]["languages"]]
    assert zh and all(q[("R7Q011", v)] == 2 for v in zh)
