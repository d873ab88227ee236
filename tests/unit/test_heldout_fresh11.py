"""fresh11, the eleventh blind synthetic set in other phrasing (bench/heldout/fresh11.py): its precision traps, its
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

# the concepts fresh11 brought that no earlier synthetic set with concept labels (fresh2 … fresh10) had: フード
# パントリー・食品の仕分け, 紙芝居, ホームページ・SNSの更新, 防犯パトロール, ごみ分別の説明, 学校のお便り・書類の説明,
# サロンのレク・脳トレ, 家具の転倒防止, ATM・通帳・銀行, 自転車の乗り方練習, ペンキ塗り, くずし字・古文書, 助成金の申請書,
# 電話の代行, 盆踊りの指導, 空き家の見回り: the sixteen fresh11.py counts new to fresh2 … fresh10
NEW = {"food_pantry", "kamishibai", "web_update", "patrol", "bunbetsu", "school_docs", "recreation", "tentou", "atm",
       "ride_lesson", "paint", "kuzushiji", "josei", "denwa", "bon_odori", "akiya"}  # fmt: skip

# the near-but-different pairs fresh11.py's docstring promises are graded 0 for each other
TRAPS = (
    ("bicycle", "ride_lesson"),
    ("atm", "cashless"),
    ("kuzushiji", "calligraphy"),
    ("kuzushiji", "daihitsu"),
    ("bunbetsu", "gomidashi"),
    ("web_update", "chirashi"),
    ("recreation", "music"),
    ("bon_odori", "music"),
    ("paint", "calligraphy"),
    ("akiya", "watch_elder"),
    ("akiya", "patrol"),
    ("patrol", "watch_elder"),
    ("denwa", "smartphone"),
    ("school_docs", "study"),
    ("food_pantry", "cooking"),
    ("josei", "daihitsu"),
    ("tentou", "lifting"),
)
# the new concepts' RELATED neighbours (grade 1 at most)
NEW_RELATED = (
    ("escort", "atm"),
    ("listening", "recreation"),
    ("exercise", "recreation"),
    ("pc", "web_update"),
    ("pc", "josei"),
    ("interp", "denwa"),
    ("signlang", "denwa"),
    ("exercise", "bon_odori"),
    ("lifting", "food_pantry"),
    ("bousai", "tentou"),
    ("watch_child", "kamishibai"),
)
# the five CLOSE pairs (grade 2 at most): a substitute that does the job with a little less fit
CLOSE = (
    ("handyman", "tentou"),
    ("handyman", "paint"),
    ("yomikikase", "kamishibai"),
    ("interp", "school_docs"),
    ("smartphone", "cashless"),
)


@pytest.fixture(scope="module")
def fresh11() -> ModuleType:
    return load_generator("fresh11", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def _both_ways(pairs: tuple[tuple[str, str], ...], cap: int) -> tuple[tuple[str, str, int], ...]:
    return tuple((a, b, cap) for x, y in pairs for a, b in ((x, y), (y, x)))


def test_fresh11_precision_traps_are_graded_as_intended(fresh11: ModuleType) -> None:
    """Near-but-different skills: a bicycle mechanic for a riding lesson, an ATM guide for a payment app, a reader of
    くずし字 for a calligrapher or for a reader of today's letters, a sorting-rules explainer for the rubbish run, a
    web updater for a paper flyer, a レク leader or a 盆踊り teacher for the musician, a painter for a calligrapher,
    an empty-house checker for an elder's 見守り or the night patrol, the patrol for 見守り, a phone-call proxy for a
    smartphone helper, a school-letter explainer for a tutor, a food-pantry sorter for a cook, a grant-form adviser
    for a 代筆 helper, a furniture fixer for a mover (each and back) score 0; the RELATED neighbours of the new
    concepts (付き添い / ATM, 傾聴 and 体操 / レク, パソコン / ホームページ and 助成金, 通訳 and 手話 / 電話の代行, 体操 /
    盆踊り, 力仕事 / フードパントリー, 防災 / 転倒防止, 子守り / 紙芝居) at most 1; a CLOSE substitute (a handyman for
    the brackets or the paint, a picture-book reader for a 紙芝居, an interpreter for a school letter, a smartphone
    helper for a payment app, and back) at most 2."""
    labels = _labels(fresh11.OUT)
    q = _qrels(fresh11.OUT)
    traps = _both_ways(TRAPS, 0) + _both_ways(NEW_RELATED, 1) + _both_ways(CLOSE, 2)
    assert near_only_capped(labels, q, traps) > 2500


def test_fresh11_traps_are_its_own_tables(fresh11: ModuleType) -> None:
    """The near-but-different pairs are in neither table and are the generator's TRAPS; the five CLOSE pairs are the
    ones fresh11.py names, and the new concepts' RELATED neighbours are there."""
    assert_own_tables(_labels(fresh11.OUT), fresh11.TRAPS, CLOSE, TRAPS, NEW_RELATED, 19)


def test_fresh11_language_asks_are_hard_constraints(fresh11: ModuleType) -> None:
    """25 requests need a language other than Japanese, each one language alone (Russian 6, Bengali 5, Persian 5,
    Uzbek 5, English 4; none needs Japanese beside it): every volunteer graded above 0 for one speaks it, and at least
    two of them are graded 2 or more. Five foreign writers (in Bengali, Russian and Persian, through a translation
    app) say Japanese will do (「日本語で大丈夫です」「簡単な日本語で教えてくれれば大丈夫です」「ロシア語は話さなくても
    大丈夫です」) and need Japanese alone: a volunteer who holds the ask and speaks Japanese and nothing else is graded
    2 or 3 there."""
    labels = _labels(fresh11.OUT)
    q = _qrels(fresh11.OUT)
    reqs = {r["external_id"]: r for r in _jsonl(fresh11.OUT / "requests.jsonl")}
    vols = {v["external_id"]: v for v in _jsonl(fresh11.OUT / "volunteers.jsonl")}
    foreign = {rid: r["languages"] for rid, r in reqs.items() if r["languages"] != ["ja"]}
    assert all(len(langs) == 1 for langs in foreign.values())
    assert Counter(lang for (lang,) in foreign.values()) == {"ru": 6, "bn": 5, "fa": 5, "uz": 5, "en": 4}
    for rid, (lang,) in foreign.items():
        graded = {vid: g for (r, vid), g in q.items() if r == rid and g > 0}
        assert all(lang in vols[vid]["languages"] for vid in graded), rid
        assert sum(g >= 2 for g in graded.values()) >= 2, rid
    fine = ("日本語で大丈夫", "簡単な日本語で教えてくれれば大丈夫", "ロシア語は話さなくても大丈夫")
    said = [rid for rid, r in reqs.items() if any(s in r["description"] for s in fine)]
    assert len(said) == 5
    for rid in said:
        assert reqs[rid]["languages"] == ["ja"], rid
        need = labels["requests"][rid]
        ja_only = [v for v, have in labels["volunteers"].items() if set(need) <= set(have)
                   and vols[v]["languages"] == ["ja"]]  # fmt: skip
        assert any(q.get((rid, v), 0) >= 2 for v in ja_only), rid


def test_fresh11_has_the_counts_it_was_written_with(fresh11: ModuleType) -> None:
    """130 requests (19 with two asks, 28 naming a decoy skill, 25 needing a language other than Japanese: Russian 6,
    Bengali 5, Persian 5, Uzbek 5, English 4), 448 volunteers (195 random, 22 pure-trap fillers, 28 decoys, 36
    inactive), 42 concepts (the sixteen of NEW new to fresh2 … fresh10), 1,046 graded pairs (202 of grade 3, 223 of
    grade 2, 621 of grade 1), its ids F11Q001… and F11V0001… (built under a two-character prefix and renamed).
    (fresh11.py gives "about 450" volunteers and leaves the exact figures to the run: these are the written files'.)"""
    labels = _labels(fresh11.OUT)
    reqs = _jsonl(fresh11.OUT / "requests.jsonl")
    vols = _jsonl(fresh11.OUT / "volunteers.jsonl")
    assert len(reqs) == len(labels["requests"]) == 130
    assert sum(len(need) == 2 for need in labels["requests"].values()) == 19
    assert len(labels["request_decoys"]) == 28
    langs = Counter(lang for r in reqs for lang in r["languages"] if lang != "ja")
    assert langs == {"ru": 6, "bn": 5, "fa": 5, "uz": 5, "en": 4}
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) == 25
    assert len(vols) == 448 and fresh11.N_RANDOM_VOLUNTEERS == 195 and len(fresh11.TRAP_FILLERS) == 22
    assert sum(len(vids) for vids in labels["decoy_volunteers"].values()) == 28
    assert sum(not v["active"] for v in vols) == 36
    assert [r["external_id"] for r in reqs] == [f"F11Q{i:03d}" for i in range(1, 131)]
    assert [v["external_id"] for v in vols] == [f"F11V{i:04d}" for i in range(1, 449)]
    assert all(v["contact"]["email"].startswith(v["external_id"].lower() + "@") for v in vols)
    assert len(labels["concepts"]) == len(fresh11.CONCEPTS) == 42
    # the concepts of the earlier synthetic sets with labels: fresh2 labels its requests only, fresh3 … fresh10 keep a
    # concept list
    earlier = {c for need in _labels(fresh11.OUT.parent / "fresh2")["requests"].values() for c in need}
    for name in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10"):
        earlier |= set(_labels(fresh11.OUT.parent / name)["concepts"])
    assert set(labels["concepts"]) - earlier == NEW and len(NEW) == 16
    assert Counter(_qrels(fresh11.OUT).values()) == {3: 202, 2: 223, 1: 621}
