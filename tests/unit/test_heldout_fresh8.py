"""fresh8, the eighth blind synthetic set in other phrasing (bench/heldout/fresh8.py): its precision traps, its
language asks and its counts. How it loads, its own checks and what they catch are tested with the other sets built on
freshset.py in test_heldout_freshsets.py.

These tests read the files and the generator only: they never run the matcher on a sealed set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.heldout_files import assert_own_tables, load_generator, near_only_capped
from tests.unit.heldout_files import jsonl as _jsonl
from tests.unit.heldout_files import qrels as _qrels

# the concepts fresh8 brought that no earlier synthetic set with a concept list (fresh3 … fresh7) had: ネット通販の
# 使い方, 家電の使い方, 電球・蛍光灯の交換, 水回りの小修理, 粗大ごみ, 雪かき, 役所の手続き同行, 犬の散歩, 料理の作り置き,
# 服薬の確認, 郵便物・書類の仕分け, エンディングノート, 俳句・川柳, 生け花, 楽器の指導: the fifteen fresh8.py counts new
# to fresh4 … fresh7, none of them in fresh3 either
NEW = {"net_shopping", "kaden", "denkyu", "mizumawari", "sodaigomi", "yukikaki", "yakusho", "dog_walk", "tsukurioki",
       "kusuri", "yubin", "endingnote", "haiku", "ikebana", "gakki_lesson"}  # fmt: skip

# the near-but-different pairs fresh8.py's docstring promises are graded 0 for each other
TRAPS = (
    ("igo", "shogi"),
    ("denkyu", "mizumawari"),
    ("denkyu", "kaden"),
    ("net_shopping", "shopping"),
    ("yubin", "tidy"),
    ("haiku", "ikebana"),
    ("ikebana", "garden"),
    ("nengajo", "daihitsu"),
    ("signlang", "interp"),
    ("yakusho", "driving"),
    ("kusuri", "listening"),
)
# the new concepts' RELATED neighbours (grade 1 at most)
NEW_RELATED = (
    ("smartphone", "net_shopping"),
    ("pc", "net_shopping"),
    ("kaden", "tv_wifi"),
    ("gomidashi", "sodaigomi"),
    ("sodaigomi", "tidy"),
    ("lifting", "yukikaki"),
    ("garden", "yukikaki"),
    ("shopping", "tsukurioki"),
    ("escort", "yakusho"),
    ("daihitsu", "yakusho"),
    ("kusuri", "watch_elder"),
    ("daihitsu", "endingnote"),
    ("yubin", "endingnote"),
)
# the eight CLOSE pairs (grade 2 at most): a substitute that does the job with a little less fit
CLOSE = (
    ("smartphone", "line"),
    ("handyman", "denkyu"),
    ("handyman", "mizumawari"),
    ("lifting", "sodaigomi"),
    ("music", "gakki_lesson"),
    ("daihitsu", "yubin"),
    ("pet", "dog_walk"),
    ("pc", "nengajo"),
)


@pytest.fixture(scope="module")
def fresh8() -> ModuleType:
    return load_generator("fresh8", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def _both_ways(pairs: tuple[tuple[str, str], ...], cap: int) -> tuple[tuple[str, str, int], ...]:
    return tuple((a, b, cap) for x, y in pairs for a, b in ((x, y), (y, x)))


def test_fresh8_precision_traps_are_graded_as_intended(fresh8: ModuleType) -> None:
    """Near-but-different skills: 囲碁 for 将棋, a bulb changer for a dripping tap or a home appliance, online shopping
    for a shopping companion, sorting the mail for tidying the room, 俳句 for 生け花, 生け花 for weeding, New Year cards
    made on a PC for a hand-written 代筆, sign language for a foreign-language interpreter, a town-hall companion for a
    driver, a medication check for a listener (each and back) score 0; the RELATED neighbours of the new concepts
    (スマホ / パソコン and ネット通販, 家電 / テレビ・Wi-Fi, ごみ出し and 片付け / 粗大ごみ, 力仕事 and 草取り / 雪かき,
    買い物 / 作り置き, 付き添い and 代筆 / 役所, 見守り / 服薬確認, 代筆 and 郵便物 / エンディングノート) at most 1; a
    CLOSE substitute (a phone helper for LINE, a handyman for 電球 or 水回り, 力仕事 for 粗大ごみ, a player for 楽器の
    指導, 代読・代筆 for the mail, a pet-sitter for the dog's walk, a PC helper for 年賀状, and back) at most 2."""
    labels = _labels(fresh8.OUT)
    q = _qrels(fresh8.OUT)
    traps = _both_ways(TRAPS, 0) + _both_ways(NEW_RELATED, 1) + _both_ways(CLOSE, 2)
    assert near_only_capped(labels, q, traps) > 2400


def test_fresh8_traps_are_its_own_tables(fresh8: ModuleType) -> None:
    """The near-but-different pairs are in neither table and are the generator's TRAPS; the eight CLOSE pairs are the
    ones fresh8.py names, and the new concepts' RELATED neighbours are there."""
    assert_own_tables(_labels(fresh8.OUT), fresh8.TRAPS, CLOSE, TRAPS, NEW_RELATED, 27)


def test_fresh8_language_asks_are_hard_constraints(fresh8: ModuleType) -> None:
    """25 requests need a language other than Japanese, each one language alone (Thai 6, Korean 5, Nepali 5, English
    5, Indonesian 4): every volunteer graded above 0 for one speaks it, and at least two of them are graded 2 or more.
    Five foreign writers (in Korean, Indonesian, English and romaji) say Japanese is fine (「にほんご で だいじょうぶ
    です」, "so Japanese is fine", "nihongo de daijoubu desu") and need Japanese alone: a volunteer who holds the ask and
    speaks Japanese and nothing else is graded 2 or 3 there."""
    labels = _labels(fresh8.OUT)
    q = _qrels(fresh8.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh8.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh8.OUT / "volunteers.jsonl")}
    foreign = {rid: r["languages"] for rid, r in reqs.items() if r["languages"] != ["ja"]}
    assert all(len(langs) == 1 for langs in foreign.values())
    assert Counter(lang for (lang,) in foreign.values()) == {"th": 6, "ko": 5, "ne": 5, "en": 5, "id": 4}
    for rid, (lang,) in foreign.items():
        graded = {vid: g for (r, vid), g in q.items() if r == rid and g > 0}
        assert all(lang in vols[vid]["languages"] for vid in graded), rid
        assert sum(g >= 2 for g in graded.values()) >= 2, rid
    fine = ("にほんご で だいじょうぶ", "Japanese is fine", "nihongo de daijoubu")
    said = [rid for rid, r in reqs.items() if any(s in r["description"] for s in fine)]
    assert len(said) == 5
    for rid in said:
        assert reqs[rid]["languages"] == ["ja"], rid
        need = labels["requests"][rid]
        ja_only = [v for v, have in labels["volunteers"].items() if set(need) <= set(have)
                   and vols[v]["languages"] == ["ja"]]  # fmt: skip
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid


def test_fresh8_has_the_counts_it_was_written_with(fresh8: ModuleType) -> None:
    """130 requests (20 with two asks, 37 naming a decoy skill, 25 needing a language other than Japanese: Thai 6,
    Korean 5, Nepali 5, English 5, Indonesian 4), 449 volunteers (200 random, 22 pure-trap fillers, 38 decoys, 40
    inactive), 42 concepts (the fifteen of NEW new to fresh3 … fresh7), 1,300 graded pairs (199 of grade 3, 272 of
    grade 2, 829 of grade 1). (fresh8.py gives "about 450" volunteers and leaves the exact figures to the run: these
    are the written files'.)"""
    labels = _labels(fresh8.OUT)
    reqs = _jsonl(fresh8.OUT / "requests.jsonl")
    vols = _jsonl(fresh8.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 130
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 20
    assert len(labels["request_decoys"]) == 37
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"th": 6, "ko": 5, "ne": 5, "en": 5, "id": 4}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 25
    assert len(vols) == 449 and fresh8.N_RANDOM_VOLUNTEERS == 200 and len(fresh8.TRAP_FILLERS) == 22
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 38
    assert sum(not v["active"] for v in vols) == 40
    assert len(labels["concepts"]) == len(fresh8.CONCEPTS) == 42
    earlier: set[str] = set()  # the concepts of the synthetic sets that keep a list (fresh3 … fresh7)
    for name in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7"):
        earlier |= set(_labels(fresh8.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW and len(NEW) == 15
    assert Counter(_qrels(fresh8.OUT).values()) == {3: 199, 2: 272, 1: 829}
