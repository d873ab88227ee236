"""fresh12, the twelfth blind synthetic set in other phrasing (bench/heldout/fresh12.py): its precision traps, its
language asks, its trap fillers and its counts. How it loads, its own checks and what they catch are tested with the
other sets built on freshset.py in test_heldout_freshsets.py.

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

# the concepts fresh12 brought that no earlier synthetic set with concept labels (fresh2 … fresh11) had: 歌唱・合唱の
# 指導, 絵本・本の修理, ボッチャ, 水槽・熱帯魚の世話, 地域のごみ拾い, 灯油の給油, 入院中の洗濯物・届け物, 餅つき, 足湯,
# 雛人形の飾り付け, フリマアプリの出品, タイヤ交換・洗車, ビデオテープのダビング, 茶道, 星空観察: the fifteen fresh12.py
# counts new to fresh2 … fresh11
NEW = {"uta", "ehon_shuri", "boccia", "suisou", "gomihiroi", "touyu", "nyuin", "mochitsuki", "ashiyu", "hina",
       "furima", "car_care", "dubbing", "chado", "hoshi"}  # fmt: skip

# the near-but-different pairs fresh12.py's docstring promises are graded 0 for each other
TRAPS = (
    ("mochitsuki", "cooking"),
    ("ehon_shuri", "yomikikase"),
    ("uta", "music"),
    ("suisou", "pet"),
    ("ashiyu", "exercise"),
    ("chado", "listening"),
    ("hina", "tidy"),
    ("furima", "shopping"),
    ("gomihiroi", "gomidashi"),
    ("car_care", "driving"),
    ("nyuin", "escort"),
    ("hoshi", "study"),
    ("dubbing", "smartphone"),
    ("car_care", "shopping"),
)
# the new concepts' RELATED neighbours (grade 1 at most)
NEW_RELATED = (
    ("listening", "ashiyu"),
    ("lifting", "mochitsuki"),
    ("lifting", "hina"),
    ("touyu", "driving"),
    ("nyuin", "shopping"),
    ("garden", "gomihiroi"),
    ("tidy", "furima"),
)
# the four CLOSE pairs (grade 2 at most): a substitute that does the job with a little less fit
CLOSE = (
    ("smartphone", "furima"),
    ("exercise", "boccia"),
    ("lifting", "touyu"),
    ("pc", "dubbing"),
)
# the children living abroad who write Japanese with English mixed in (「マムのスマホ、アップデートしたらhome screenが…」)
# for a parent in Kiyose: NY, London, Singapore, Dubai, Toronto, Sydney
ABROAD = ("F12Q001", "F12Q038", "F12Q067", "F12Q081", "F12Q093", "F12Q126")


@pytest.fixture(scope="module")
def fresh12() -> ModuleType:
    return load_generator("fresh12", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def _both_ways(pairs: tuple[tuple[str, str], ...], cap: int) -> tuple[tuple[str, str, int], ...]:
    return tuple((a, b, cap) for x, y in pairs for a, b in ((x, y), (y, x)))


def test_fresh12_precision_traps_are_graded_as_intended(fresh12: ModuleType) -> None:
    """Near-but-different skills: a 餅つき helper for a cook, a mender of picture books for a reader of them, a singing
    leader for an accompanist, an aquarium keeper for a dog or cat minder, a 足湯 helper for an exercise leader, a
    tea-ceremony host for someone to chat over tea with, a 雛人形 dresser for a room tidier, a flea-market-app seller
    for a shopper, a litter picker for the rubbish run, a tyre changer for a driver or a shopper, a hospital-laundry
    runner for an escort to the clinic, a star-gazing guide for a tutor, a videotape dubber for a smartphone helper
    (each and back) score 0; the RELATED neighbours of the new concepts (傾聴 / 足湯, 力仕事 / 餅つき and 雛人形, 灯油 /
    送迎, 入院中の届け物 / 買い物, 庭 / ごみ拾い, 片付け / フリマ) at most 1; a CLOSE substitute (a smartphone helper for
    the flea-market app, an exercise leader for ボッチャ, a strong helper for the kerosene, a PC helper for the
    dubbing, and back) at most 2."""
    labels = _labels(fresh12.OUT)
    q = _qrels(fresh12.OUT)
    traps = _both_ways(TRAPS, 0) + _both_ways(NEW_RELATED, 1) + _both_ways(CLOSE, 2)
    assert near_only_capped(labels, q, traps) > 2200


def test_fresh12_traps_are_its_own_tables(fresh12: ModuleType) -> None:
    """The near-but-different pairs are in neither table and are the generator's TRAPS; the four CLOSE pairs are the
    ones fresh12.py names, and the new concepts' RELATED neighbours are there."""
    assert_own_tables(_labels(fresh12.OUT), fresh12.TRAPS, CLOSE, TRAPS, NEW_RELATED, 16)


def test_fresh12_language_asks_are_hard_constraints(fresh12: ModuleType) -> None:
    """25 requests need a language other than Japanese, each one language alone (English 7, Arabic 5, Hindi 5, German
    4, Khmer 4; none needs Japanese beside it): every volunteer graded above 0 for one speaks it, and at least two of
    them are graded 2 or more. Six children living abroad (NY, London, Singapore, Dubai, Toronto, Sydney) write for a
    parent here in Japanese with English mixed in (「home screen」「safety check」「laundry」「tank」) and need Japanese
    alone: a volunteer who holds the ask and speaks Japanese and nothing else is graded 2 or 3 there."""
    labels = _labels(fresh12.OUT)
    q = _qrels(fresh12.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh12.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh12.OUT / "volunteers.jsonl")}
    foreign = {rid: r["languages"] for rid, r in reqs.items() if r["languages"] != ["ja"]}
    assert all(len(langs) == 1 for langs in foreign.values())
    assert Counter(lang for (lang,) in foreign.values()) == {"en": 7, "ar": 5, "hi": 5, "de": 4, "km": 4}
    for rid, (lang,) in foreign.items():
        graded = {vid: g for (r, vid), g in q.items() if r == rid and g > 0}
        assert all(lang in vols[vid]["languages"] for vid in graded), rid
        assert sum(g >= 2 for g in graded.values()) >= 2, rid
    abroad = [rid for rid, r in reqs.items() if "在住）" in r["requester_name"]]
    assert tuple(abroad) == ABROAD
    for rid in abroad:
        assert reqs[rid]["languages"] == ["ja"], rid
        need = labels["requests"][rid]
        ja_only = [v for v, have in labels["volunteers"].items() if set(need) <= set(have)
                   and vols[v]["languages"] == ["ja"]]  # fmt: skip
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid


def test_fresh12_trap_fillers_name_no_skill_of_their_volunteer(fresh12: ModuleType) -> None:
    """The filler sentences that carry a trap word but no skill (「お餅は、毎年スーパーで買っています。」「ビデオデッキ
    は、とっくに処分してしまいました。」) are in volunteers' bios, never one's who has a concept the sentence names."""
    labels = _labels(fresh12.OUT)
    vols = _jsonl(fresh12.OUT / "volunteers.jsonl")
    seen = 0
    for v in vols:
        have = set(labels["volunteers"][v["external_id"]])
        for sentence, named in fresh12.TRAP_FILLERS.items():
            if sentence in v["bio"]:
                assert not set(named) & have, (v["external_id"], sentence)
                seen += 1
    assert seen > 80


def test_fresh12_has_the_counts_it_was_written_with(fresh12: ModuleType) -> None:
    """130 requests (18 with two asks, 22 naming a decoy skill, 25 needing a language other than Japanese: English 7,
    Arabic 5, Hindi 5, German 4, Khmer 4), 447 volunteers (195 random, 22 pure-trap fillers, 24 decoys, 36 inactive),
    40 concepts (the fifteen of NEW new to fresh2 … fresh11), 1,105 graded pairs (177 of grade 3, 247 of grade 2, 681
    of grade 1), its ids F12Q001… and F12V0001… (built under a two-character prefix and renamed).
    (fresh12.py gives "about 450" volunteers and leaves the exact figures to the run: these are the written files'.)"""
    labels = _labels(fresh12.OUT)
    reqs = _jsonl(fresh12.OUT / "requests.jsonl")
    vols = _jsonl(fresh12.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 130
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 18
    assert len(labels["request_decoys"]) == 22
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"en": 7, "ar": 5, "hi": 5, "de": 4, "km": 4}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 25
    assert len(vols) == 447 and fresh12.N_RANDOM_VOLUNTEERS == 195 and len(fresh12.TRAP_FILLERS) == 22
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 24
    assert sum(not v["active"] for v in vols) == 36
    assert [r["external_id"] for r in reqs] == [f"F12Q{i:03d}" for i in range(1, 131)]
    assert [v["external_id"] for v in vols] == [f"F12V{i:04d}" for i in range(1, 448)]
    assert all(v["contact"]["email"].startswith(v["external_id"].lower() + "@") for v in vols)
    assert len(labels["concepts"]) == len(fresh12.CONCEPTS) == 40
    # the concepts of the earlier synthetic sets with labels: fresh2 labels its requests only, fresh3 … fresh11 keep a
    # concept list
    earlier = {c for need in _labels(fresh12.OUT.parent / "fresh2")["requests"].values() for c in need}
    for name in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11"):
        earlier |= set(_labels(fresh12.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW and len(NEW) == 15
    assert Counter(_qrels(fresh12.OUT).values()) == {3: 177, 2: 247, 1: 681}
