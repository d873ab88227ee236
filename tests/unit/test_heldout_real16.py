"""real16, the sixteenth blind set of real public wording (bench/heldout/real16.py, texts in real16_data.py), sealed at
its first commit: its own check, byte for byte what the generator writes, its ids and record counts, every request
with a grade-3 volunteer and two of grade ≥ 2, no page and no query of an earlier set, and its precision traps graded
as its docstring says. (What every real set from real7 on shares is also in test_heldout_realsets.py once real16 is
listed there.)

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote, urlsplit

import pytest

from schemas.models import HelpRequestBase, VolunteerBase
from tests.unit.heldout_files import HELDOUT, jsonl, load_generator, qrels, trap_pairs_capped

FILES = ("volunteers.jsonl", "requests.jsonl", "qrels.tsv", "concepts.json", "sources.json")
EARLIER = ("real", *(f"real{k}" for k in range(2, 16)))
EN_ASKS = ("R16Q005", "R16Q010", "R16Q044", "R16Q050", "R16Q051")


@pytest.fixture(scope="module")
def real16() -> ModuleType:
    return load_generator("real16", "t16")


def _norm(url: str) -> str:
    """An address without scheme, www., port, trailing slash or percent-encoding: two spellings of one page match."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    query = unquote(parts.query)
    return host + unquote(parts.path).rstrip("/") + ("?" + query if query else "")


def test_self_check_passes_and_the_files_are_what_the_generator_writes(
    real16: ModuleType, tmp_path: Path
) -> None:
    real16.self_check(real16.OUT)
    real16.write(tmp_path)
    for f in FILES:
        assert (tmp_path / f).read_bytes() == (real16.OUT / f).read_bytes(), f


def test_ids_counts_and_interchange_records(real16: ModuleType) -> None:
    vols = jsonl(real16.OUT / "volunteers.jsonl")
    reqs = jsonl(real16.OUT / "requests.jsonl")
    assert [v["external_id"] for v in vols] == [f"R16V{i:03d}" for i in range(1, len(vols) + 1)]
    assert [r["external_id"] for r in reqs] == [f"R16Q{i:03d}" for i in range(1, len(reqs) + 1)]
    assert len(vols) >= 110 and len(reqs) >= 55 and len(real16.CONCEPTS) == 18
    for v in vols:
        VolunteerBase.model_validate(v)
    for r in reqs:
        HelpRequestBase.model_validate(r)
    assert sum(r["requester_kind"] == "resident" for r in reqs) >= 15
    assert [r["external_id"] for r in reqs if r["languages"] not in ([], ["ja"])] == list(EN_ASKS)


def test_every_request_has_a_main_holder_and_two_good_volunteers(real16: ModuleType) -> None:
    q = qrels(real16.OUT)
    for r in jsonl(real16.OUT / "requests.jsonl"):
        grades = [g for (rid, _v), g in q.items() if rid == r["external_id"]]
        assert 3 in grades and sum(g >= 2 for g in grades) >= 2, r["external_id"]


def test_uses_no_page_and_no_query_of_an_earlier_set(real16: ModuleType) -> None:
    pages: set[str] = set()
    for d in EARLIER:
        data = json.loads((HELDOUT / d / "sources.json").read_text(encoding="utf-8"))
        pages |= {_norm(u) for u in [*data["requests"].values(), *data["volunteers"].values()]}
    mine = json.loads((real16.OUT / "sources.json").read_text(encoding="utf-8"))
    used = [*mine["requests"].values(), *mine["volunteers"].values()]
    assert not {_norm(u) for u in used} & pages
    assert len({_norm(u) for u in used}) == len(used)  # no page is used twice, however spelled
    queries: set[str] = set()
    for d in EARLIER[2:]:  # real and real2 keep no QUERIES list
        queries |= set(load_generator(d, "t16").QUERIES)
    assert real16.QUERIES and not set(real16.QUERIES) & queries
    assert len(set(real16.QUERIES)) == len(real16.QUERIES)
    for file in ("real16.py", "real16_data.py"):
        source = (HELDOUT / file).read_text(encoding="utf-8")
        assert "import matching" not in source and "from matching" not in source, file


def test_real16_precision_traps_are_graded_as_intended(real16: ModuleType) -> None:
    """Near-but-different pairs: 笑いヨガ vs 太極拳, 太極拳 vs 卓球, 認知症サポーター養成講座 vs 学習療法 / 回想法 / 消費生活サポーター /
    詐欺の寸劇, 段ボールコンポスト vs 養蜂 / エコクラフト, 修理 vs アマチュア無線, エコクラフト vs 写経, ベビーマッサージ vs パン作り, 福祉体験学習
    vs 音声ガイド score 0; 回想法 vs 学習療法, 認知症サポーター養成講座 vs 福祉体験学習, 段ボールコンポスト vs 修理 at most 1; 消費生活
    サポーター vs 詐欺の寸劇 at most 2; a needed language missing is 0."""
    labels = json.loads((real16.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real16.OUT)
    zero = [
        ("warai", "taikyoku"),
        ("taikyoku", "takkyu"),
        ("caravan", "noutore"),
        ("caravan", "kaisou"),
        ("caravan", "shohi"),
        ("caravan", "sagi"),
        ("compost", "youhou"),
        ("compost", "ecocraft"),
        ("repair", "musen"),
        ("ecocraft", "shakyo"),
        ("babymassage", "pan"),
        ("fukushi", "audioguide"),
    ]
    one = [("kaisou", "noutore"), ("caravan", "fukushi"), ("compost", "repair")]
    two = [("shohi", "sagi")]
    traps = tuple(
        (a, b, cap)
        for pairs, cap in ((zero, 0), (one, 1), (two, 2))
        for x, y in pairs
        for a, b in ((x, y), (y, x))
    )
    assert trap_pairs_capped(labels, q, traps) > 650
    vols = {v["external_id"]: v for v in jsonl(real16.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real16.OUT / "requests.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # 消費生活サポーター vs 詐欺の寸劇 are close: each one's asks grade a volunteer of the other 2; the サポーター who writes
    # and acts 寸劇 holds both (3 to both)
    assert len(asks["shohi"]) >= 3 and len(asks["sagi"]) >= 3
    assert all(q[(r, v)] == 2 for r in asks["shohi"] for v in only["sagi"])
    assert all(q[(r, v)] == 2 for r in asks["sagi"] for v in only["shohi"])
    both = [v for v, have in labels["volunteers"].items() if set(have) == {"shohi", "sagi"}]
    assert both and all(q[(r, v)] == 3 for r in asks["shohi"] + asks["sagi"] for v in both)
    # the 退職者の会 ask (R16Q023) asks 詐欺の寸劇 second
    assert labels["requests"]["R16Q023"] == {"need": ["shohi"], "also": ["sagi"]}
    # 回想法 and 学習療法 are related both ways (1); neither is related to 認知症サポーター養成講座 (0)
    assert all(q[(r, v)] == 1 for r in asks["kaisou"] for v in only["noutore"])
    assert all(q[(r, v)] == 1 for r in asks["noutore"] for v in only["kaisou"])
    for c in ("kaisou", "noutore", "shohi", "sagi"):
        assert all(q.get((r, v), 0) == 0 for r in asks[c] for v in only["caravan"]), c
        assert all(q.get((r, v), 0) == 0 for r in asks["caravan"] for v in only[c]), c
    # the 総合学習 ask (R16Q031) asks 認知症サポーター second: every キャラバン・メイト is 2 there, 1 to the other 福祉体験 asks
    assert labels["requests"]["R16Q031"] == {"need": ["fukushi"], "also": ["caravan"]}
    assert len(only["caravan"]) >= 5
    assert all(q[("R16Q031", v)] == 2 for v in only["caravan"])
    others = [r for r in asks["fukushi"] if r != "R16Q031"]
    assert len(others) >= 2 and all(q[(r, v)] == 1 for r in others for v in only["caravan"])
    assert all(q[(r, v)] == 1 for r in asks["caravan"] for v in only["fukushi"])
    # 段ボールコンポスト and 修理 are related (1) both ways; コンポスト is not related to 養蜂 or エコクラフト (0)
    assert all(q[(r, v)] == 1 for r in asks["compost"] for v in only["repair"])
    assert all(q[(r, v)] == 1 for r in asks["repair"] for v in only["compost"])
    assert all(q.get((r, v), 0) == 0 for r in asks["compost"] for v in only["youhou"] + only["ecocraft"])
    # the concepts that relate to nothing: their Japanese asks grade only their own holders
    alone = (
        "warai",
        "taikyoku",
        "takkyu",
        "musen",
        "ecocraft",
        "shakyo",
        "audioguide",
        "babymassage",
        "youhou",
        "pan",
    )
    for c in alone:
        ja = [r for r in asks[c] if reqs[r]["languages"] == []]
        assert len(ja) >= 2, c
        for rid in ja:
            assert {v for (r, v) in q if r == rid} == {
                v for v, have in labels["volunteers"].items() if c in have
            }
    # languages: each ask in English grades only volunteers who speak it; the Japanese-only holders of its concept are
    # 0 there and 3 to the Japanese asks of the concept
    for rid in EN_ASKS:
        (c,) = labels["requests"][rid]["need"]
        en = [v for v in only[c] if "en" in vols[v]["languages"]]
        ja = [v for v in only[c] if vols[v]["languages"] == ["ja"]]
        assert len(en) >= 2 and len(ja) >= 2, rid
        assert all(q[(rid, v)] == 3 for v in en)
        assert all(q.get((rid, v), 0) == 0 for v in ja)
        assert all("en" in vols[v]["languages"] for (r, v) in q if r == rid)
        ja_asks = [r for r in asks[c] if reqs[r]["languages"] == []]
        assert ja_asks and all(q[(r, v)] == 3 for r in ja_asks for v in en + ja)
