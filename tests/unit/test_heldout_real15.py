"""real15, the fifteenth blind set of real public wording (bench/heldout/real15.py, texts in real15_data.py): its
precision traps graded as its docstring says, and each ask in English graded only for volunteers who speak it. What
every real set from real7 on shares (its own check, byte for byte what the generator writes, ids, counts, two good
volunteers a request, no page and no query of an earlier set) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import (
    assert_alone,
    assert_english_asks,
    jsonl,
    load_generator,
    qrels,
    trap_pairs_capped,
)

EN_ASKS = ("R15Q029", "R15Q033", "R15Q034", "R15Q038", "R15Q042")


@pytest.fixture(scope="module")
def real15() -> ModuleType:
    return load_generator("real15", "t15")


def test_real15_precision_traps_are_graded_as_intended(real15: ModuleType) -> None:
    """Near-but-different pairs: 切り絵 vs 押し花 / 似顔絵, 押し花 vs 盆栽 / 草木染め, 草木染め vs 布絵本, 布絵本 vs 家庭訪問 / 消しゴム
    はんこ, 金銭管理 vs 終活, 市民後見人 vs 聞き書き, パピーウォーカー vs 動物園, 子どものスポーツ vs 吹矢, 詩吟 vs ジャグリング score
    0; 終活 vs 市民後見人, 終活 vs 聞き書き, 切り絵 vs 消しゴムはんこ, ジャグリング vs 似顔絵 at most 1; 市民後見人 vs 金銭管理 at
    most 2; a needed language missing is 0."""
    labels = json.loads((real15.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real15.OUT)
    zero = [
        ("kirie", "oshibana"),
        ("oshibana", "bonsai"),
        ("oshibana", "someru"),
        ("someru", "nunoehon"),
        ("nunoehon", "homestart"),
        ("nunoehon", "hanko"),
        ("kinsen", "shukatsu"),
        ("kouken", "kikigaki"),
        ("puppy", "zoo"),
        ("sport", "fukiya"),
        ("shigin", "juggling"),
        ("kirie", "nigaoe"),
    ]
    one = [("shukatsu", "kouken"), ("shukatsu", "kikigaki"), ("kirie", "hanko"), ("juggling", "nigaoe")]
    two = [("kouken", "kinsen")]
    traps = tuple(
        (a, b, cap)
        for pairs, cap in ((zero, 0), (one, 1), (two, 2))
        for x, y in pairs
        for a, b in ((x, y), (y, x))
    )
    assert trap_pairs_capped(labels, q, traps) > 600
    vols = {v["external_id"]: v for v in jsonl(real15.OUT / "volunteers.jsonl")}
    reqs = {r["external_id"]: r for r in jsonl(real15.OUT / "requests.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # 市民後見人 vs 金銭管理 are close: each one's asks grade a volunteer of the other 2; the 生活支援員 who became a
    # 市民後見人 holds both (3 to both)
    assert len(asks["kouken"]) >= 3 and len(asks["kinsen"]) >= 3
    assert all(q[(r, v)] == 2 for r in asks["kouken"] for v in only["kinsen"])
    assert all(q[(r, v)] == 2 for r in asks["kinsen"] for v in only["kouken"])
    both = [v for v, have in labels["volunteers"].items() if set(have) == {"kouken", "kinsen"}]
    assert both and all(q[(r, v)] == 3 for r in asks["kouken"] + asks["kinsen"] for v in both)
    # 終活 is related to 市民後見人 and to 聞き書き but not to 金銭管理: a 終活 volunteer is 1 to a 後見 ask, 0 to a 金銭 ask
    assert all(q[(r, v)] == 1 for r in asks["kouken"] + asks["kikigaki"] for v in only["shukatsu"])
    assert all(q.get((r, v), 0) == 0 for r in asks["kinsen"] for v in only["shukatsu"])
    # the セミナー ask (R15Q022) asks 聞き書き second: every 聞き書き volunteer is 2 there, 1 to the other 終活 asks
    assert labels["requests"]["R15Q022"] == {"need": ["shukatsu"], "also": ["kikigaki"]}
    assert len(only["kikigaki"]) >= 4
    assert all(q[("R15Q022", v)] == 2 for v in only["kikigaki"])
    others = [r for r in asks["shukatsu"] if r != "R15Q022"]
    assert len(others) >= 3 and all(q[(r, v)] == 1 for r in others for v in only["kikigaki"])
    # the volunteers of 終活 and 自分史 are 3 to both kinds of ask
    life = [v for v, have in labels["volunteers"].items() if set(have) == {"shukatsu", "kikigaki"}]
    assert len(life) >= 2 and all(q[(r, v)] == 3 for r in asks["shukatsu"] + asks["kikigaki"] for v in life)
    # the 似顔絵師 who also carves 消しゴムはんこ: 3 to both, 1 to 切り絵 (via はんこ) and to ジャグリング (via 似顔絵)
    carver = [v for v, have in labels["volunteers"].items() if set(have) == {"nigaoe", "hanko"}]
    assert carver and all(q[(r, v)] == 3 for r in asks["nigaoe"] + asks["hanko"] for v in carver)
    assert all(q[(r, v)] == 1 for r in asks["kirie"] + asks["juggling"] for v in carver)
    # 動物園, パピーウォーカー and 盆栽 relate to nothing: their Japanese asks grade only their own holders
    assert_alone(labels, q, reqs, ("zoo", "puppy", "bonsai"))
    # languages: each ask in English grades only volunteers who speak it
    assert_english_asks(labels, q, vols, reqs, EN_ASKS)
