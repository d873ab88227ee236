"""fresh10, the tenth blind synthetic set in other phrasing (bench/heldout/fresh10.py): its precision traps, its
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

# the concepts fresh10 brought that no earlier synthetic set with a concept list (fresh3 … fresh9) had: 車いすの点検・
# 修理, 視覚障害者のガイドヘルプ, 要約筆記, 議事録・書記, 団体の会計, 司会・進行, 音響・マイクの設営, 自分史・聞き書き,
# 昔遊び, 子ども向けプログラミング, 作文・読書感想文, 漬物・梅干し・味噌, 留守中の水やり, 遺品整理, エアコン・換気扇の
# 掃除: the fifteen fresh10.py counts new to fresh4 … fresh9, none of them in fresh3 either
NEW = {"kurumaisu", "gaido", "youyaku", "shoki", "kaikei", "shikai", "onkyo", "jibunshi", "mukashi_asobi",
       "programming", "sakubun", "tsukemono", "mizuyari", "ihin", "aircon"}  # fmt: skip

# the near-but-different pairs fresh10.py's docstring promises are graded 0 for each other
TRAPS = (
    ("boardgame", "mukashi_asobi"),
    ("programming", "boardgame"),
    ("aircon", "kaden"),
    ("ihin", "haka"),
    ("tsukemono", "pruning"),
    ("sakubun", "calligraphy"),
    ("gaido", "onyaku"),
    ("kurumaisu", "escort"),
    ("signlang", "youyaku"),
    ("onkyo", "music"),
    ("shikai", "music"),
    ("mizuyari", "pet"),
    ("kakeibo", "kaikei"),
)
# the new concepts' RELATED neighbours (grade 1 at most)
NEW_RELATED = (
    ("escort", "gaido"),
    ("listening", "jibunshi"),
    ("pc", "programming"),
    ("pc", "shoki"),
    ("pc", "kaikei"),
    ("youyaku", "shoki"),
    ("shikai", "onkyo"),
    ("cooking", "tsukemono"),
    ("lifting", "ihin"),
    ("tidy", "aircon"),
    ("jibunshi", "sakubun"),
)
# the five CLOSE pairs (grade 2 at most): a substitute that does the job with a little less fit
CLOSE = (
    ("bicycle", "kurumaisu"),
    ("tidy", "ihin"),
    ("study", "sakubun"),
    ("garden", "mizuyari"),
    ("garden", "pruning"),
)


@pytest.fixture(scope="module")
def fresh10() -> ModuleType:
    return load_generator("fresh10", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def _both_ways(pairs: tuple[tuple[str, str], ...], cap: int) -> tuple[tuple[str, str, int], ...]:
    return tuple((a, b, cap) for x, y in pairs for a, b in ((x, y), (y, x)))


def test_fresh10_precision_traps_are_graded_as_intended(fresh10: ModuleType) -> None:
    """Near-but-different skills: けん玉・こま for オセロ・トランプ, a game programmer for a game partner, an air
    conditioner cleaner for the remote control, 遺品整理 for the grave, pickling the plums for pruning the plum tree,
    a composition tutor for a calligrapher, a guide helper for a reader onto tape, a wheelchair mender for a
    wheelchair pusher, 手話 for 要約筆記, the sound desk or the MC for the musician, watering the pots for feeding the
    pets, a household budget for a club's accounts (each and back) score 0; the RELATED neighbours of the new concepts
    (付き添い / ガイドヘルプ, 傾聴 / 自分史, パソコン / プログラミング, 書記 and 会計, 要約筆記 / 書記, 司会 / 音響, 料理 /
    漬物, 力仕事 / 遺品整理, 片付け / エアコン掃除, 自分史 / 作文) at most 1; a CLOSE substitute (a bicycle mechanic for
    a wheelchair, a tidier for a late relative's things, a tutor for a composition, a gardener for the watering or a
    hedge, and back) at most 2."""
    labels = _labels(fresh10.OUT)
    q = _qrels(fresh10.OUT)
    traps = _both_ways(TRAPS, 0) + _both_ways(NEW_RELATED, 1) + _both_ways(CLOSE, 2)
    assert near_only_capped(labels, q, traps) > 2500


def test_fresh10_traps_are_its_own_tables(fresh10: ModuleType) -> None:
    """The near-but-different pairs are in neither table and are the generator's TRAPS; the five CLOSE pairs are the
    ones fresh10.py names, and the new concepts' RELATED neighbours are there."""
    assert_own_tables(_labels(fresh10.OUT), fresh10.TRAPS, CLOSE, TRAPS, NEW_RELATED, 20)


def test_fresh10_language_asks_are_hard_constraints(fresh10: ModuleType) -> None:
    """33 requests need a language other than Japanese (Ukrainian 8, Urdu 8, Mongolian 7, Turkish 7, English 3), each
    one such language; one of them, a Turkish association's festival MC, needs Japanese beside Turkish: every volunteer
    graded above 0 for one speaks all it needs, and at least two of them are graded 2 or more. Two Mongolian writers,
    in simple Japanese, say Japanese will do (「にほんご で いい です」「にほんご で だいじょうぶ です」) and need
    Japanese alone: a volunteer who holds the ask and speaks Japanese and nothing else is graded 2 or 3 there."""
    labels = _labels(fresh10.OUT)
    q = _qrels(fresh10.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh10.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh10.OUT / "volunteers.jsonl")}
    foreign = {rid: r["languages"] for rid, r in reqs.items() if r["languages"] != ["ja"]}
    assert all(len(set(langs) - {"ja"}) == 1 for langs in foreign.values())
    assert [rid for rid, langs in foreign.items() if "ja" in langs] == ["F10Q048"]
    assert Counter(x for langs in foreign.values() for x in langs if x != "ja") == {
        "uk": 8,
        "ur": 8,
        "mn": 7,
        "tr": 7,
        "en": 3,
    }
    for rid, langs in foreign.items():
        graded = {vid: g for (r, vid), g in q.items() if r == rid and g > 0}
        assert all(set(langs) <= set(vols[vid]["languages"]) for vid in graded), rid
        assert sum(g >= 2 for g in graded.values()) >= 2, rid
    fine = ("にほんご で いい", "にほんご で だいじょうぶ")
    said = [rid for rid, r in reqs.items() if any(s in r["description"] for s in fine)]
    assert len(said) == 2
    for rid in said:
        assert reqs[rid]["languages"] == ["ja"], rid
        need = labels["requests"][rid]
        ja_only = [v for v, have in labels["volunteers"].items() if set(need) <= set(have)
                   and vols[v]["languages"] == ["ja"]]  # fmt: skip
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid


def test_fresh10_has_the_counts_it_was_written_with(fresh10: ModuleType) -> None:
    """135 requests (18 with two asks, 41 naming a decoy skill, 33 needing a language other than Japanese: Ukrainian 8,
    Urdu 8, Mongolian 7, Turkish 7, English 3), 451 volunteers (175 random, 23 pure-trap fillers, 41 decoys, 34
    inactive), 40 concepts (the fifteen of NEW new to fresh3 … fresh9), 1,134 graded pairs (184 of grade 3, 260 of
    grade 2, 690 of grade 1), its ids F10Q001… and F10V0001… (built under a two-character prefix and renamed).
    (fresh10.py gives "about 450" volunteers and leaves the exact figures to the run: these are the written files'.)"""
    labels = _labels(fresh10.OUT)
    reqs = _jsonl(fresh10.OUT / "requests.jsonl")
    vols = _jsonl(fresh10.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 135
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 18
    assert len(labels["request_decoys"]) == 41
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"uk": 8, "ur": 8, "mn": 7, "tr": 7, "en": 3}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 33
    assert len(vols) == 451 and fresh10.N_RANDOM_VOLUNTEERS == 175 and len(fresh10.TRAP_FILLERS) == 23
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 41
    assert sum(not v["active"] for v in vols) == 34
    assert [r["external_id"] for r in reqs] == [f"F10Q{i:03d}" for i in range(1, 136)]
    assert [v["external_id"] for v in vols] == [f"F10V{i:04d}" for i in range(1, 452)]
    assert all(v["contact"]["email"].startswith(v["external_id"].lower() + "@") for v in vols)
    assert len(labels["concepts"]) == len(fresh10.CONCEPTS) == 40
    earlier: set[str] = set()  # the concepts of the synthetic sets that keep a list (fresh3 … fresh9)
    for name in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9"):
        earlier |= set(_labels(fresh10.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW and len(NEW) == 15
    assert Counter(_qrels(fresh10.OUT).values()) == {3: 184, 2: 260, 1: 690}
