"""fresh9, the ninth blind synthetic set in other phrasing (bench/heldout/fresh9.py): its precision traps, its
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

# the concepts fresh9 brought that no earlier synthetic set with a concept list (fresh3 … fresh8) had: 携帯の契約・
# 料金の相談, 動画・スライドショー作り, チラシ・ポスター作り, 包丁研ぎ, 落ち葉掃き・雨どい掃除, 衣替え, 献立の相談,
# 将棋以外の遊び相手 (オセロ・トランプ・花札), 救命講習・AED, 学童の宿題見守り, 外国ルーツの子の学習支援, 写経, 絵手紙,
# 履歴書・面接の相談: the fourteen fresh9.py counts new to fresh4 … fresh8, none of them in fresh3 either
NEW = {"keiyaku", "douga", "chirashi", "hamono", "ochiba", "koromogae", "kondate", "boardgame", "kyumei", "gakudo",
       "kids_jp", "shakyo", "etegami", "rirekisho"}  # fmt: skip

# the near-but-different pairs fresh9.py's docstring promises are graded 0 for each other
TRAPS = (
    ("boardgame", "shogi"),
    ("keiyaku", "smartphone"),
    ("shakyo", "etegami"),
    ("gakudo", "watch_elder"),
    ("koromogae", "sewing"),
    ("ochiba", "tidy"),
    ("hamono", "handyman"),
    ("hamono", "cooking"),
    ("kids_jp", "interp"),
    ("douga", "tv_wifi"),
    ("rirekisho", "calligraphy"),
)
# the new concepts' RELATED neighbours (grade 1 at most)
NEW_RELATED = (
    ("listening", "boardgame"),
    ("bousai", "kyumei"),
    ("calligraphy", "etegami"),
    ("douga", "chirashi"),
    ("pc", "douga"),
    ("cooking", "kondate"),
    ("gakudo", "yomikikase"),
    ("japanese", "kids_jp"),
    ("japanese", "rirekisho"),
    ("lifting", "koromogae"),
)
# the seven CLOSE pairs (grade 2 at most): a substitute that does the job with a little less fit
CLOSE = (
    ("calligraphy", "shakyo"),
    ("study", "kids_jp"),
    ("study", "gakudo"),
    ("handyman", "shoji"),
    ("pc", "chirashi"),
    ("tidy", "koromogae"),
    ("garden", "ochiba"),
)


@pytest.fixture(scope="module")
def fresh9() -> ModuleType:
    return load_generator("fresh9", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def _both_ways(pairs: tuple[tuple[str, str], ...], cap: int) -> tuple[tuple[str, str, int], ...]:
    return tuple((a, b, cap) for x, y in pairs for a, b in ((x, y), (y, x)))


def test_fresh9_precision_traps_are_graded_as_intended(fresh9: ModuleType) -> None:
    """Near-but-different skills: オセロ・花札 for 将棋, a phone contract adviser for a phone-operation helper, 写経 for
    絵手紙, a 学童 homework watcher for an elder's 見守り, 衣替え for 裾上げ, sweeping the leaves for tidying the room,
    a knife sharpener for a handyman or a cook, a foreign-rooted child's tutor for an interpreter, a video maker for
    the TV and Wi-Fi, a 履歴書 adviser for a calligrapher (each and back) score 0; the RELATED neighbours of the new
    concepts (傾聴 / ゲーム, 防災 / 救命講習, 書道 / 絵手紙, チラシ and パソコン / 動画, 料理 / 献立, 読み聞かせ / 学童,
    日本語 / 外国ルーツの子 and 履歴書, 力仕事 / 衣替え) at most 1; a CLOSE substitute (a 書道 teacher for 写経, a
    tutor for a foreign-rooted child or the 学童 homework, a handyman for 障子, a PC helper for a flyer, a tidier for
    衣替え, a weeder for the leaves, and back) at most 2."""
    labels = _labels(fresh9.OUT)
    q = _qrels(fresh9.OUT)
    traps = _both_ways(TRAPS, 0) + _both_ways(NEW_RELATED, 1) + _both_ways(CLOSE, 2)
    assert near_only_capped(labels, q, traps) > 2500


def test_fresh9_traps_are_its_own_tables(fresh9: ModuleType) -> None:
    """The near-but-different pairs are in neither table and are the generator's TRAPS; the seven CLOSE pairs are the
    ones fresh9.py names, and the new concepts' RELATED neighbours are there."""
    assert_own_tables(_labels(fresh9.OUT), fresh9.TRAPS, CLOSE, TRAPS, NEW_RELATED, 21)


def test_fresh9_language_asks_are_hard_constraints(fresh9: ModuleType) -> None:
    """25 requests need a language other than Japanese, each one language alone (Spanish 7, Burmese 6, French 5,
    Sinhala 4, English 3): every volunteer graded above 0 for one speaks it, and at least two of them are graded 2 or
    more. Six foreign writers (in Spanish, French and simple Japanese with romaji) say Japanese will do (「にほんご で
    OK です」「にほんご で いい です」「にほんご すこし だいじょうぶ です」「… なら わかります」) and need Japanese alone:
    a volunteer who holds the ask and speaks Japanese and nothing else is graded 2 or 3 there."""
    labels = _labels(fresh9.OUT)
    q = _qrels(fresh9.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh9.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh9.OUT / "volunteers.jsonl")}
    foreign = {rid: r["languages"] for rid, r in reqs.items() if r["languages"] != ["ja"]}
    assert all(len(langs) == 1 for langs in foreign.values())
    assert Counter(lang for (lang,) in foreign.values()) == {"es": 7, "my": 6, "fr": 5, "si": 4, "en": 3}
    for rid, (lang,) in foreign.items():
        graded = {vid: g for (r, vid), g in q.items() if r == rid and g > 0}
        assert all(lang in vols[vid]["languages"] for vid in graded), rid
        assert sum(g >= 2 for g in graded.values()) >= 2, rid
    fine = ("にほんご で OK", "にほんご で いい", "にほんご すこし だいじょうぶ", "なら わかります")
    said = [rid for rid, r in reqs.items() if any(s in r["description"] for s in fine)]
    assert len(said) == 6
    for rid in said:
        assert reqs[rid]["languages"] == ["ja"], rid
        need = labels["requests"][rid]
        ja_only = [v for v, have in labels["volunteers"].items() if set(need) <= set(have)
                   and vols[v]["languages"] == ["ja"]]  # fmt: skip
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid


def test_fresh9_has_the_counts_it_was_written_with(fresh9: ModuleType) -> None:
    """136 requests (20 with two asks, 26 naming a decoy skill, 25 needing a language other than Japanese: Spanish 7,
    Burmese 6, French 5, Sinhala 4, English 3), 453 volunteers (200 random, 21 pure-trap fillers, 26 decoys, 41
    inactive), 40 concepts (the fourteen of NEW new to fresh3 … fresh8), 1,298 graded pairs (196 of grade 3, 304 of
    grade 2, 798 of grade 1). (fresh9.py gives "about 450" volunteers and leaves the exact figures to the run: these
    are the written files'.)"""
    labels = _labels(fresh9.OUT)
    reqs = _jsonl(fresh9.OUT / "requests.jsonl")
    vols = _jsonl(fresh9.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 136
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 20
    assert len(labels["request_decoys"]) == 26
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"es": 7, "my": 6, "fr": 5, "si": 4, "en": 3}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 25
    assert len(vols) == 453 and fresh9.N_RANDOM_VOLUNTEERS == 200 and len(fresh9.TRAP_FILLERS) == 21
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 26
    assert sum(not v["active"] for v in vols) == 41
    assert len(labels["concepts"]) == len(fresh9.CONCEPTS) == 40
    earlier: set[str] = set()  # the concepts of the synthetic sets that keep a list (fresh3 … fresh8)
    for name in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"):
        earlier |= set(_labels(fresh9.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW and len(NEW) == 14
    assert Counter(_qrels(fresh9.OUT).values()) == {3: 196, 2: 304, 1: 798}
