"""fresh7, the seventh blind synthetic set in other phrasing (bench/heldout/fresh7.py): its precision traps and its
counts. How it loads, its own checks and what they catch are tested with the other sets built on freshset.py in
test_heldout_freshsets.py.

These tests read the files and the generator only: they never run the matcher on a sealed set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.heldout_files import jsonl as _jsonl
from tests.unit.heldout_files import load_generator, near_only_capped
from tests.unit.heldout_files import qrels as _qrels

# the concepts fresh7 brought that no earlier synthetic set with a concept list had: 家庭菜園, 窓ふき・高い所の掃除,
# 引っ越し・入所の荷造り, 布団干し・寝具の入れ替え, 洗濯・アイロンがけ, 回覧板・広報紙の配布, 家計・支払いの整理, お化粧,
# 登下校の見守り, 英会話の相手, 散歩の相手. fresh7.py counts twelve new to fresh4 … fresh6: the twelfth, 手品・余興 (magic),
# was a concept of fresh3, which keeps a list too
NEW = {"saien", "window", "nizukuri", "futon", "laundry", "kairanban", "kakeibo", "makeup", "tsugaku", "eikaiwa",
       "sanpo"}  # fmt: skip


@pytest.fixture(scope="module")
def fresh7() -> ModuleType:
    return load_generator("fresh7", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def test_fresh7_precision_traps_are_graded_as_intended(fresh7: ModuleType) -> None:
    """Near-but-different skills: a weeder for growing vegetables (and back), 布団干し for the laundry (and back), a
    child minder for the school-road flag (and back), a window wiper for 網戸 and 建て付け (and back), an English
    partner for a Japanese class (and back), ironing for 裾上げ (and back), a magician for the accompaniment (and back),
    make-up for a photographer (and back), a photographer for sorting the photos (and back), a TV / Wi-Fi hand for a
    video call (and back), a 回覧板 poster for a walking companion (and back) score 0; the RELATED neighbours of the new
    concepts (パソコン / 家計, 代筆 / 家計, 付き添い / 散歩, 体操 / 散歩, 片付け / 洗濯, 力仕事 / 荷造り, 力仕事 / 布団干し,
    回覧板 / 見守り, 通訳 / 英会話, 英会話 / 学習支援) and 草取り / 剪定, 送迎 / 付き添い at most 1; a CLOSE substitute
    (片付け for 窓ふき or 荷造り, a phone helper for LINE, 書道 for 代筆, and back) at most 2."""
    labels = _labels(fresh7.OUT)
    q = _qrels(fresh7.OUT)
    traps = (
        ("garden", "saien", 0),
        ("saien", "garden", 0),
        ("futon", "laundry", 0),
        ("laundry", "futon", 0),
        ("watch_child", "tsugaku", 0),
        ("tsugaku", "watch_child", 0),
        ("window", "handyman", 0),
        ("handyman", "window", 0),
        ("eikaiwa", "japanese", 0),
        ("japanese", "eikaiwa", 0),
        ("laundry", "sewing", 0),
        ("sewing", "laundry", 0),
        ("magic", "music", 0),
        ("music", "magic", 0),
        ("makeup", "camera", 0),
        ("camera", "makeup", 0),
        ("camera", "photo_data", 0),
        ("photo_data", "camera", 0),
        ("tv_wifi", "videocall", 0),
        ("videocall", "tv_wifi", 0),
        ("kairanban", "sanpo", 0),
        ("sanpo", "kairanban", 0),
        ("pc", "kakeibo", 1),
        ("kakeibo", "pc", 1),
        ("daihitsu", "kakeibo", 1),
        ("kakeibo", "daihitsu", 1),
        ("escort", "sanpo", 1),
        ("sanpo", "escort", 1),
        ("exercise", "sanpo", 1),
        ("sanpo", "exercise", 1),
        ("tidy", "laundry", 1),
        ("laundry", "tidy", 1),
        ("lifting", "nizukuri", 1),
        ("nizukuri", "lifting", 1),
        ("lifting", "futon", 1),
        ("futon", "lifting", 1),
        ("kairanban", "watch_elder", 1),
        ("watch_elder", "kairanban", 1),
        ("interp", "eikaiwa", 1),
        ("eikaiwa", "interp", 1),
        ("eikaiwa", "study", 1),
        ("study", "eikaiwa", 1),
        ("garden", "pruning", 1),
        ("pruning", "garden", 1),
        ("driving", "escort", 1),
        ("escort", "driving", 1),
        ("window", "tidy", 2),
        ("tidy", "window", 2),
        ("nizukuri", "tidy", 2),
        ("tidy", "nizukuri", 2),
        ("line", "smartphone", 2),
        ("smartphone", "line", 2),
        ("daihitsu", "calligraphy", 2),
        ("calligraphy", "daihitsu", 2),
    )
    assert near_only_capped(labels, q, traps) > 2000


def test_fresh7_traps_are_its_own_tables(fresh7: ModuleType) -> None:
    """The near-but-different pairs are in neither table; the four CLOSE pairs are the ones fresh7.py names, and the
    new concepts' RELATED neighbours are there."""
    labels = _labels(fresh7.OUT)
    close = {frozenset(p) for p in labels["close"]}
    related = {frozenset(p) for p in labels["related"]}
    assert close == {
        frozenset(p)
        for p in (
            ("smartphone", "line"),
            ("tidy", "window"),
            ("tidy", "nizukuri"),
            ("calligraphy", "daihitsu"),
        )
    }
    for p in (
        ("garden", "saien"),
        ("futon", "laundry"),
        ("watch_child", "tsugaku"),
        ("window", "handyman"),
        ("eikaiwa", "japanese"),
        ("laundry", "sewing"),
        ("magic", "music"),
        ("makeup", "camera"),
        ("camera", "photo_data"),
        ("tv_wifi", "videocall"),
        ("kairanban", "sanpo"),
    ):
        assert frozenset(p) not in close | related, p
    for p in (
        ("pc", "kakeibo"),
        ("daihitsu", "kakeibo"),
        ("escort", "sanpo"),
        ("exercise", "sanpo"),
        ("tidy", "laundry"),
        ("lifting", "nizukuri"),
        ("lifting", "futon"),
        ("kairanban", "watch_elder"),
        ("interp", "eikaiwa"),
        ("eikaiwa", "study"),
    ):
        assert frozenset(p) in related, p


def test_fresh7_english_conversation_asks_need_no_english(fresh7: ModuleType) -> None:
    """Unlike an ask in English, the three 英会話 asks are Japanese speakers who want to practise (「通訳してほしいの
    ではなく、自分で話したい」): they need no language but Japanese, so a holder of eikaiwa who lists Japanese alone is
    graded like any other fit (2 or 3 where place and time agree). Only one request of the set needs English (書道,
    asked in English)."""
    labels = _labels(fresh7.OUT)
    q = _qrels(fresh7.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh7.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh7.OUT / "volunteers.jsonl")}
    asks = [rid for rid, need in labels["requests"].items() if need == ["eikaiwa"]]
    ja_only = [
        v for v, have in labels["volunteers"].items() if "eikaiwa" in have and vols[v]["languages"] == ["ja"]
    ]
    assert len(asks) == 3 and ja_only
    for rid in asks:
        assert reqs[rid]["languages"] == ["ja"], rid
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid
    (en,) = [rid for rid, r in reqs.items() if "en" in r["languages"]]
    assert labels["requests"][en] == ["calligraphy"]


def test_fresh7_has_the_counts_it_was_written_with(fresh7: ModuleType) -> None:
    """135 requests (17 with two asks, 43 naming a decoy skill, 16 needing a language other than Japanese: Portuguese
    5, Tagalog 4, Vietnamese 3, Chinese 3, English 1), 452 volunteers (200 random, 21 pure-trap fillers, 43 decoys, 36
    inactive), 42 concepts (the eleven of NEW new to fresh3 … fresh6), 1,263 graded pairs (171 of grade 3, 278 of
    grade 2, 814 of grade 1). (fresh7.py gives "about 450" volunteers and leaves the exact figures to the run: these
    are the written files'.)"""
    labels = _labels(fresh7.OUT)
    reqs = _jsonl(fresh7.OUT / "requests.jsonl")
    vols = _jsonl(fresh7.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 135
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 17
    assert len(labels["request_decoys"]) == 43
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"pt": 5, "tl": 4, "vi": 3, "zh": 3, "en": 1}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 16
    assert len(vols) == 452 and fresh7.N_RANDOM_VOLUNTEERS == 200 and len(fresh7.TRAP_FILLERS) == 21
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 43
    assert sum(not v["active"] for v in vols) == 36
    assert len(labels["concepts"]) == len(fresh7.CONCEPTS) == 42
    earlier: set[str] = set()  # the concepts of the synthetic sets that keep a list (fresh3 … fresh6)
    for name in ("fresh3", "fresh4", "fresh5", "fresh6"):
        earlier |= set(_labels(fresh7.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW
    assert "magic" in _labels(fresh7.OUT.parent / "fresh3")["concepts"]  # the twelfth of fresh7.py's count
    assert Counter(_qrels(fresh7.OUT).values()) == {3: 171, 2: 278, 1: 814}
