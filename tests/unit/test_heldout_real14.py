"""real14, the fourteenth blind set of real public wording (bench/heldout/real14.py, texts in real14_data.py), sealed at
its first commit: what is this set's own: its precision traps are graded as its docstring says. What every real set
from real7 on shares (its own check, byte for byte what the generator writes, its record counts, a related pair its
self_check must refuse, no page and no query of an earlier set, …) is in test_heldout_realsets.py.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from tests.unit.heldout_files import jsonl, load_generator, qrels, trap_pairs_capped


@pytest.fixture(scope="module")
def real14() -> ModuleType:
    return load_generator("real14", "t14")


def test_real14_precision_traps_are_graded_as_intended(real14: ModuleType) -> None:
    """Near-but-different pairs: ホタル vs 天体, おもちゃ病院 vs 木工, 木工 vs 科学実験, 着物リメイク vs 木工, 古文書 vs 民話 / 戦争体験 /
    かるた, かるた vs 民話, 人形劇 vs 民話, 犬猫の世話 vs ホタル / 自然観察, 釣り vs ホタル / 自然観察, プレーパーク vs 見守り, 救命講習 vs
    防犯 score 0; 民話 vs 戦争体験, 科学実験 vs 天体, 自然観察 vs 天体, 自然観察 vs ホタル, おもちゃ病院 vs 科学実験, 木工 vs プレーパーク at
    most 1; 見守り vs 防犯 at most 2; a needed language missing is 0."""
    labels = json.loads((real14.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real14.OUT)
    traps = (
        ("hotaru", "tentai", 0),
        ("tentai", "hotaru", 0),
        ("toy", "mokkou", 0),
        ("mokkou", "toy", 0),
        ("mokkou", "rika", 0),
        ("rika", "mokkou", 0),
        ("kimono", "mokkou", 0),
        ("mokkou", "kimono", 0),
        ("komonjo", "minwa", 0),
        ("minwa", "komonjo", 0),
        ("komonjo", "sensou", 0),
        ("sensou", "komonjo", 0),
        ("komonjo", "karuta", 0),
        ("karuta", "komonjo", 0),
        ("karuta", "minwa", 0),
        ("minwa", "karuta", 0),
        ("ningyogeki", "minwa", 0),
        ("minwa", "ningyogeki", 0),
        ("hogo", "hotaru", 0),
        ("hotaru", "hogo", 0),
        ("hogo", "shizen", 0),
        ("shizen", "hogo", 0),
        ("tsuri", "hotaru", 0),
        ("hotaru", "tsuri", 0),
        ("tsuri", "shizen", 0),
        ("shizen", "tsuri", 0),
        ("playpark", "mimamori", 0),
        ("mimamori", "playpark", 0),
        ("kyumei", "bouhan", 0),
        ("bouhan", "kyumei", 0),
        ("minwa", "sensou", 1),
        ("sensou", "minwa", 1),
        ("rika", "tentai", 1),
        ("tentai", "rika", 1),
        ("shizen", "tentai", 1),
        ("tentai", "shizen", 1),
        ("shizen", "hotaru", 1),
        ("hotaru", "shizen", 1),
        ("toy", "rika", 1),
        ("rika", "toy", 1),
        ("mokkou", "playpark", 1),
        ("playpark", "mokkou", 1),
        ("mimamori", "bouhan", 2),
        ("bouhan", "mimamori", 2),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 250
    vols = {v["external_id"]: v for v in jsonl(real14.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in labels["concepts"]}
    # 見守り vs 防犯 are close: each one's asks grade a volunteer of the other 2; the みまもり隊 volunteer holds both (3 to both)
    assert len(asks["mimamori"]) >= 3 and len(asks["bouhan"]) >= 2
    for rid in asks["mimamori"]:
        assert only["bouhan"] and all(q[(rid, v)] == 2 for v in only["bouhan"])
    for rid in asks["bouhan"]:
        assert only["mimamori"] and all(q[(rid, v)] == 2 for v in only["mimamori"])
    both = [v for v, have in labels["volunteers"].items() if set(have) == {"mimamori", "bouhan"}]
    assert both and all(q[(r, v)] == 3 for r in asks["mimamori"] + asks["bouhan"] for v in both)
    # ホタル and 天体 are each related to 自然観察 only: a 自然観察 volunteer is 1 to both, a ホタル volunteer 0 to a 天体 ask
    assert all(q[(r, v)] == 1 for r in asks["tentai"] + asks["hotaru"] for v in only["shizen"])
    assert all(q.get((r, v), 0) == 0 for r in asks["tentai"] for v in only["hotaru"])
    # the 科学館サポーター ask asks 星空観望会 second: every 天体 volunteer is 2 there, 1 to the 理科実験室 ask
    assert labels["requests"]["R14Q005"] == {"need": ["rika"], "also": ["tentai"]}
    assert len(only["tentai"]) >= 5
    assert all(q[("R14Q005", v)] == 2 for v in only["tentai"])
    assert all(q[("R14Q006", v)] == 1 for v in only["tentai"])
    # the volunteer of both 科学 and 天体 is 3 to both kinds of ask
    sci_star = [v for v, have in labels["volunteers"].items() if set(have) == {"rika", "tentai"}]
    assert sci_star and all(q[(r, v)] == 3 for r in asks["tentai"] + asks["rika"] for v in sci_star)
    # 郷土料理 relates to nothing: the Japanese 料理 asks grade only 料理 volunteers
    kyodo_ja = [
        r for r in asks["kyodo"] if labels["requests"][r]["also"] == [] and r not in ("R14Q047", "R14Q048")
    ]
    assert len(kyodo_ja) >= 2
    for rid in kyodo_ja:
        assert {v for (r, v) in q if r == rid} == {
            v for v, have in labels["volunteers"].items() if "kyodo" in have
        }
    # languages: each ask in English grades only volunteers who speak it
    for rid in ("R14Q039", "R14Q040", "R14Q041", "R14Q047", "R14Q048"):
        graded = [v for (r, v) in q if r == rid]
        assert len(graded) >= 2 and all("en" in vols[v]["languages"] for v in graded), rid
    # the English cat asks: English-speaking shelter volunteers 3, the Japanese-only 保護猫 volunteers 0 (3 to the Japanese asks)
    en_cat = [v for v in only["hogo"] if "en" in vols[v]["languages"]]
    ja_cat = [v for v in only["hogo"] if vols[v]["languages"] == ["ja"]]
    assert len(en_cat) >= 4 and len(ja_cat) >= 2
    assert all(q[(r, v)] == 3 for r in ("R14Q039", "R14Q040", "R14Q041") for v in en_cat)
    assert all(q.get((r, v), 0) == 0 for r in ("R14Q039", "R14Q040", "R14Q041") for v in ja_cat)
    ja_cat_asks = [r for r in asks["hogo"] if r not in ("R14Q039", "R14Q040", "R14Q041")]
    assert len(ja_cat_asks) >= 3 and all(q[(r, v)] == 3 for r in ja_cat_asks for v in en_cat + ja_cat)
    # the English cooking asks: the four English-speaking cooks 3, the Japanese-only cooks 0
    en_cooks = [v for v in only["kyodo"] if "en" in vols[v]["languages"]]
    ja_cooks = [v for v in only["kyodo"] if vols[v]["languages"] == ["ja"]]
    assert len(en_cooks) >= 4 and ja_cooks
    assert all(q[(r, v)] == 3 for r in ("R14Q047", "R14Q048") for v in en_cooks)
    assert all(q.get((r, v), 0) == 0 for r in ("R14Q047", "R14Q048") for v in ja_cooks)
    # the English-speaking nature guides and 救急法 instructor have no ask in English
    reqs = {r["external_id"]: r for r in jsonl(real14.OUT / "requests.jsonl")}
    assert any("en" in vols[v]["languages"] for v in only["shizen"] + only["kyumei"])
    assert not any("en" in reqs[r]["languages"] for r in asks["shizen"] + asks["kyumei"])
