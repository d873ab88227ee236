"""real7, the seventh blind set of real public wording (bench/heldout/real7.py, texts in real7_data.py), sealed at its
first commit: its files load in the interchange format, pass their own check, are byte for byte what the generator
writes, use no page and no query of an earlier set, and its precision traps are graded as its docstring says.

These tests read the files and the generator only: they never run the matcher on the set."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from schemas.models import HelpRequestBase, VolunteerBase
from tests.unit.heldout_files import jsonl, qrels, trap_pairs_capped

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "heldout"
FILES = ("volunteers.jsonl", "requests.jsonl", "qrels.tsv", "concepts.json", "sources.json")


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"heldout_{name}_t7", HELDOUT / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real7() -> ModuleType:
    return _load("real7")


def test_real7_files_load_as_interchange_records(real7: ModuleType) -> None:
    vols = jsonl(real7.OUT / "volunteers.jsonl")
    reqs = jsonl(real7.OUT / "requests.jsonl")
    assert len(reqs) >= 50 and len(vols) >= 110
    for v in vols:
        VolunteerBase.model_validate(v)  # the API's own field rules (slots, languages, lengths)
    for r in reqs:
        HelpRequestBase.model_validate(r)
    assert sum(r["requester_kind"] == "resident" for r in reqs) >= 5
    assert sum(r["languages"] not in ([], ["ja"]) for r in reqs) >= 5  # vi, zh, en


def test_real7_self_check_passes_and_the_files_are_what_the_generator_writes(
    real7: ModuleType, tmp_path: Path
) -> None:
    real7.self_check(real7.OUT)
    real7.write(tmp_path)
    for f in FILES:
        assert (tmp_path / f).read_bytes() == (real7.OUT / f).read_bytes(), f


def test_real7_every_request_has_two_good_volunteers(real7: ModuleType) -> None:
    good: dict[str, int] = {}
    for (r, _v), g in qrels(real7.OUT).items():
        good[r] = good.get(r, 0) + (g >= 2)
    assert all(good.get(r["external_id"], 0) >= 2 for r in jsonl(real7.OUT / "requests.jsonl"))


def test_real7_generator_does_not_import_the_matcher() -> None:
    for name in ("real7.py", "real7_data.py"):
        source = (HELDOUT / name).read_text(encoding="utf-8")
        assert "import matching" not in source and "from matching" not in source, name


def test_real7_uses_no_page_and_no_query_of_an_earlier_set(real7: ModuleType) -> None:
    pages: set[str] = set()
    for d in ("real", "real2", "real3", "real4", "real5", "real6"):
        data = json.loads((HELDOUT / d / "sources.json").read_text(encoding="utf-8"))
        pages |= set(data["requests"].values()) | set(data["volunteers"].values())
    mine = json.loads((real7.OUT / "sources.json").read_text(encoding="utf-8"))
    assert not (set(mine["requests"].values()) | set(mine["volunteers"].values())) & pages
    queries: set[str] = set()
    for d in ("real3", "real4", "real5", "real6"):
        queries |= set(_load(d).QUERIES)
    assert real7.QUERIES and not set(real7.QUERIES) & queries
    assert len(set(real7.QUERIES)) == len(real7.QUERIES)


def test_real7_self_check_catches_a_wrong_grade(real7: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "real7"
    shutil.copytree(real7.OUT, out)
    qrels = out / "qrels.tsv"
    lines = qrels.read_text(encoding="utf-8").splitlines()
    r, v, g = lines[1].split("\t")
    lines[1] = f"{r}\t{v}\t{1 if g != '1' else 2}"
    qrels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        real7.self_check(out)


def test_real7_self_check_catches_a_related_pair_added_to_the_labels(
    real7: ModuleType, tmp_path: Path
) -> None:
    """Declaring two of the set's precision-trap concepts related (茶道~演奏) without regrading must fail."""
    out = tmp_path / "real7"
    shutil.copytree(real7.OUT, out)
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    labels["related"].append(["music", "sado_kado"])
    (out / "concepts.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        real7.self_check(out)


def test_real7_self_check_catches_a_page_of_an_earlier_set(real7: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "real7"
    shutil.copytree(real7.OUT, out)
    earlier = json.loads((HELDOUT / "real6" / "sources.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    first = next(iter(sources["requests"]))
    sources["requests"][first] = next(iter(earlier["requests"].values()))
    (out / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        real7.self_check(out)


def test_real7_precision_traps_are_graded_as_intended(real7: ModuleType) -> None:
    """Near-but-different pairs: 茶道 vs 演奏, 編み物 vs 子ども食堂, スマホ vs ホームページ・買い物, 洗濯物 vs 清掃,
    傾聴 vs 演奏, 読み聞かせ vs 運転, イベント vs ごみ拾い score 0; 図書館 vs 読み聞かせ, 花壇 vs ごみ拾い, 車いす vs 大工,
    手話 vs 要約筆記, 日本語 vs 通訳・学習支援, 料理教室 vs 子ども食堂, 運転 vs 買い物, 病院 vs イベント at most 1;
    通訳 vs 翻訳 and 見守り vs 傾聴 exactly 2; a needed language missing is 0."""
    labels = json.loads((real7.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real7.OUT)
    traps = (
        ("sado_kado", "music", 0),
        ("knitting", "kshokudo", 0),
        ("digital", "web", 0),
        ("digital", "shopping", 0),
        ("laundry", "cleanup", 0),
        ("listening", "music", 0),
        ("ehon", "driving", 0),
        ("event_staff", "cleanup", 0),
        ("shodo", "sado_kado", 0),
        ("library", "ehon", 1),
        ("garden", "cleanup", 1),
        ("cleanup", "garden", 1),
        ("wheelchair", "diy", 1),
        ("shuwa", "yoyaku", 1),
        ("yoyaku", "shuwa", 1),
        ("nihongo", "interp", 1),
        ("nihongo", "study", 1),
        ("cooking_class", "kshokudo", 1),
        ("kshokudo", "cooking_class", 1),
        ("driving", "shopping", 1),
        ("shopping", "driving", 1),
        ("hospital", "event_staff", 1),
        ("engei", "music", 1),
        ("music", "engei", 1),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 80
    vols = {v["external_id"]: v for v in jsonl(real7.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # the 本のおなおし隊 ask that names 読み聞かせ・紙芝居: a reader is 1, a 紙芝居 performer 0
    assert only["ehon"] and all(q[("R7Q001", v)] == 1 for v in only["ehon"])
    assert only["engei"] and all(q.get(("R7Q001", v), 0) == 0 for v in only["engei"])
    # the 草取り ask that names シーツ交換: no laundry volunteer is graded
    assert only["laundry"] and all(q.get(("R7Q002", v), 0) == 0 for v in only["laundry"])
    # the 車椅子清掃 ask that names 絵本読み: no reader is graded
    assert all(q.get(("R7Q003", v), 0) == 0 for v in only["ehon"])
    # the 日本語教室 ask that needs no foreign language: an interpreter is 1
    assert only["interp"] and all(q[("R7Q007", v)] == 1 for v in only["interp"])
    # the お茶会 ask that names the お琴: no musician is graded
    assert only["music"] and all(q.get(("R7Q014", v), 0) == 0 for v in only["music"])
    # the 毛糸 ask written by a 子ども食堂: no cook is graded
    assert only["kshokudo"] and all(q.get(("R7Q017", v), 0) == 0 for v in only["kshokudo"])
    # the 見守り asks grade a listener 2; the 傾聴 ask of a singing group grades a musician 0
    assert only["listening"] and all(q[(r, v)] == 2 for r in ("R7Q024", "R7Q025") for v in only["listening"])
    assert all(q.get(("R7Q048", v), 0) == 0 for v in only["music"])
    # the まつり ask whose ごみ拾い is another post: no cleanup volunteer is graded; the フェスタ ask asks it second
    assert only["cleanup"] and all(q.get(("R7Q033", v), 0) == 0 for v in only["cleanup"])
    assert all(q[("R7Q035", v)] == 2 for v in only["cleanup"])
    # the スマホ asks that name LINE and 買い物: no web or shopping volunteer is graded
    assert only["web"] and only["shopping"]
    assert all(q.get((r, v), 0) == 0 for r in ("R7Q038", "R7Q039") for v in only["web"] + only["shopping"])
    # the キャラバン ask that asks no driving: no driver is graded; the 付き添い ask that asks none grades a driver 1
    assert only["driving"] and all(q.get(("R7Q036", v), 0) == 0 for v in only["driving"])
    assert all(q[("R7Q043", v)] == 1 for v in only["driving"])
    # languages: each interpreter or translator is graded for the asks in a language they have, and 0 otherwise
    for rid, lang in (("R7Q008", "vi"), ("R7Q020", "vi"), ("R7Q021", "vi"), ("R7Q009", "zh"), ("R7Q010", "zh"),
                      ("R7Q011", "zh"), ("R7Q012", "en")):  # fmt: skip
        for vid, have in labels["volunteers"].items():
            if {"interp", "honyaku"} & set(have):
                got = q.get((rid, vid), 0)
                assert (got >= 2) == (lang in vols[vid]["languages"]), (rid, vid, got)
    # 通訳 vs 翻訳 is close: the Chinese translation ask grades a Chinese interpreter 2
    zh = [v for v in only["interp"] if "zh" in vols[v]["languages"]]
    assert zh and all(q[("R7Q011", v)] == 2 for v in zh)
