"""fresh6, the sixth blind synthetic set in other phrasing (bench/heldout/fresh6.py): its precision traps and its
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

# the concepts fresh6 brought that no earlier synthetic set with a concept list had: プリンター・宛名印刷, 移動販売, 墓参り・
# 墓掃除, ごみ出し, ハンドケア, 補聴器の手入れ, 介護保険の書類, 古着・着物のリメイク, 着付け, イベント運営
NEW = {"printer", "idou_hanbai", "haka", "gomidashi", "handcare", "hearing_aid", "kaigo_forms", "remake", "kitsuke",
       "event_staff"}  # fmt: skip


@pytest.fixture(scope="module")
def fresh6() -> ModuleType:
    return load_generator("fresh6", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def test_fresh6_precision_traps_are_graded_as_intended(fresh6: ModuleType) -> None:
    """Near-but-different skills: a photographer for sorting old photos (and back), 宛名印刷 for a brush (and back),
    着付け for a kimono remake (and back), a hearing-aid hand for 手話 (and back), a TV / Wi-Fi hand for a video call (and
    back), a 移動販売 helper for a lift by car (and back), a 粗大ごみ carrier for ごみ出し (and back), an event
    photographer for its 受付 (and back), 手話 for an interpreter (and back) score 0; the RELATED neighbours of the new
    concepts (買い物 / 移動販売, 片付け / ごみ出し, ごみ出し / 見守り, 傾聴 / ハンドケア, 付き添い / 墓参り, 草取り / 墓掃除,
    力仕事 / 受付・誘導) and 裁縫 / 編み物, 代筆 / 書道, 送迎 / 付き添い at most 1; a CLOSE substitute (パソコン for the
    printer, 裁縫 for a remake, 代読・代筆 for the care-insurance form, a phone helper for the photos, and back) at most
    2."""
    labels = _labels(fresh6.OUT)
    q = _qrels(fresh6.OUT)
    traps = (
        ("camera", "photo_data", 0),
        ("photo_data", "camera", 0),
        ("printer", "calligraphy", 0),
        ("calligraphy", "printer", 0),
        ("kitsuke", "remake", 0),
        ("remake", "kitsuke", 0),
        ("hearing_aid", "signlang", 0),
        ("signlang", "hearing_aid", 0),
        ("tv_wifi", "videocall", 0),
        ("videocall", "tv_wifi", 0),
        ("idou_hanbai", "driving", 0),
        ("driving", "idou_hanbai", 0),
        ("lifting", "gomidashi", 0),
        ("gomidashi", "lifting", 0),
        ("camera", "event_staff", 0),
        ("event_staff", "camera", 0),
        ("signlang", "interp", 0),
        ("interp", "signlang", 0),
        ("shopping", "idou_hanbai", 1),
        ("idou_hanbai", "shopping", 1),
        ("tidy", "gomidashi", 1),
        ("gomidashi", "tidy", 1),
        ("gomidashi", "watch_elder", 1),
        ("watch_elder", "gomidashi", 1),
        ("listening", "handcare", 1),
        ("handcare", "listening", 1),
        ("escort", "haka", 1),
        ("haka", "escort", 1),
        ("garden", "haka", 1),
        ("haka", "garden", 1),
        ("lifting", "event_staff", 1),
        ("event_staff", "lifting", 1),
        ("sewing", "knitting", 1),
        ("knitting", "sewing", 1),
        ("daihitsu", "calligraphy", 1),
        ("calligraphy", "daihitsu", 1),
        ("driving", "escort", 1),
        ("escort", "driving", 1),
        ("printer", "pc", 2),
        ("pc", "printer", 2),
        ("remake", "sewing", 2),
        ("sewing", "remake", 2),
        ("kaigo_forms", "daihitsu", 2),
        ("daihitsu", "kaigo_forms", 2),
        ("photo_data", "smartphone", 2),
        ("smartphone", "photo_data", 2),
    )
    assert near_only_capped(labels, q, traps) > 1800


def test_fresh6_traps_are_its_own_tables(fresh6: ModuleType) -> None:
    """The near-but-different pairs are in neither table; the four CLOSE pairs are the ones fresh6.py names, and the
    new concepts' RELATED neighbours are there."""
    labels = _labels(fresh6.OUT)
    close = {frozenset(p) for p in labels["close"]}
    related = {frozenset(p) for p in labels["related"]}
    assert close == {
        frozenset(p)
        for p in (
            ("pc", "printer"),
            ("remake", "sewing"),
            ("kaigo_forms", "daihitsu"),
            ("photo_data", "smartphone"),
        )
    }
    for p in (
        ("camera", "photo_data"),
        ("printer", "calligraphy"),
        ("kitsuke", "remake"),
        ("hearing_aid", "signlang"),
        ("tv_wifi", "videocall"),
        ("idou_hanbai", "driving"),
        ("lifting", "gomidashi"),
        ("camera", "event_staff"),
        ("signlang", "interp"),
    ):
        assert frozenset(p) not in close | related, p
    for p in (
        ("shopping", "idou_hanbai"),
        ("escort", "haka"),
        ("garden", "haka"),
        ("tidy", "gomidashi"),
        ("gomidashi", "watch_elder"),
        ("lifting", "event_staff"),
        ("listening", "handcare"),
    ):
        assert frozenset(p) in related, p


def test_fresh6_has_the_counts_it_was_written_with(fresh6: ModuleType) -> None:
    """133 requests (22 with two asks, 41 naming a decoy skill, 17 needing a language other than Japanese: Korean 5,
    English 5, Indonesian 3, Nepali 3, Chinese 1), 473 volunteers (215 random, 42 decoys, 43 inactive), 44 concepts
    (the ten of NEW new to fresh3 … fresh5), 1,430 graded pairs (168 of grade 3, 305 of grade 2, 957 of grade 1)."""
    labels = _labels(fresh6.OUT)
    reqs = _jsonl(fresh6.OUT / "requests.jsonl")
    vols = _jsonl(fresh6.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 133
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 22
    assert len(labels["request_decoys"]) == 41
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"ko": 5, "en": 5, "id": 3, "ne": 3, "zh": 1}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 17
    assert len(vols) == 473 and fresh6.N_RANDOM_VOLUNTEERS == 215
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 42
    assert sum(not v["active"] for v in vols) == 43
    assert len(labels["concepts"]) == len(fresh6.CONCEPTS) == 44
    earlier: set[str] = set()  # the concepts of the synthetic sets that keep a list (fresh3 … fresh5)
    for name in ("fresh3", "fresh4", "fresh5"):
        earlier |= set(_labels(fresh6.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW
    assert Counter(_qrels(fresh6.OUT).values()) == {3: 168, 2: 305, 1: 957}
