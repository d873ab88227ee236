"""real6, the sixth blind set of real public wording (bench/heldout/real6.py), sealed at its first commit: its files
load in the interchange format, pass their own check, are byte for byte what the generator writes, and its
precision traps are graded as its docstring says.

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
    spec = importlib.util.spec_from_file_location(f"heldout_{name}_t6", HELDOUT / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real6() -> ModuleType:
    return _load("real6")


def test_real6_files_load_as_interchange_records(real6: ModuleType) -> None:
    vols = jsonl(real6.OUT / "volunteers.jsonl")
    reqs = jsonl(real6.OUT / "requests.jsonl")
    assert len(reqs) >= 50 and len(vols) >= 110
    for v in vols:
        VolunteerBase.model_validate(v)  # the API's own field rules (slots, languages, lengths)
    for r in reqs:
        HelpRequestBase.model_validate(r)
    assert sum(r["requester_kind"] == "resident" for r in reqs) >= 5
    assert sum(r["languages"] != [] for r in reqs) >= 2


def test_real6_self_check_passes_and_the_files_are_what_the_generator_writes(
    real6: ModuleType, tmp_path: Path
) -> None:
    real6.self_check(real6.OUT)
    real6.write(tmp_path)
    for f in FILES:
        assert (tmp_path / f).read_bytes() == (real6.OUT / f).read_bytes(), f


def test_real6_every_request_has_two_good_volunteers(real6: ModuleType) -> None:
    good: dict[str, int] = {}
    for (r, _v), g in qrels(real6.OUT).items():
        good[r] = good.get(r, 0) + (g >= 2)
    assert all(good.get(r["external_id"], 0) >= 2 for r in jsonl(real6.OUT / "requests.jsonl"))


def test_real6_generator_does_not_import_the_matcher() -> None:
    source = (HELDOUT / "real6.py").read_text(encoding="utf-8")
    assert "import matching" not in source and "from matching" not in source


def test_real6_self_check_catches_a_wrong_grade(real6: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "real6"
    shutil.copytree(real6.OUT, out)
    qrels = out / "qrels.tsv"
    lines = qrels.read_text(encoding="utf-8").splitlines()
    r, v, g = lines[1].split("\t")
    lines[1] = f"{r}\t{v}\t{1 if g != '1' else 2}"
    qrels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError):
        real6.self_check(out)


def test_real6_self_check_catches_a_related_pair_added_to_the_labels(
    real6: ModuleType, tmp_path: Path
) -> None:
    """Declaring two of the set's precision-trap concepts related (施設の行事~演奏) without regrading must fail."""
    out = tmp_path / "real6"
    shutil.copytree(real6.OUT, out)
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    labels["related"].append(["facility_event", "music"])
    (out / "concepts.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        real6.self_check(out)


def test_real6_self_check_catches_a_page_of_an_earlier_set(real6: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "real6"
    shutil.copytree(real6.OUT, out)
    earlier = json.loads((HELDOUT / "real5" / "sources.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    first = next(iter(sources["volunteers"]))
    sources["volunteers"][first] = next(iter(earlier["volunteers"].values()))
    (out / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError):
        real6.self_check(out)


def test_real6_precision_traps_are_graded_as_intended(real6: ModuleType) -> None:
    """Near-but-different pairs: 行事 vs 演奏, フードバンク vs パソコン / 調理, パソコン vs 写真, 軽作業 vs 送迎,
    演奏 vs 傾聴, 保護猫 vs 作業所 score 0; 演奏 vs マジック, 点訳 vs 音訳, 配達 vs 調理 / 送迎, 囲碁 vs 将棋,
    作業所 vs 手芸, 居場所 vs 学習支援, 里山 vs 海岸, スマホ vs パソコン, 付き添い vs 送迎 at most 1; 写真 vs 広報 and
    外国につながる子ども vs 学習支援 exactly 2."""
    labels = json.loads((real6.OUT / "concepts.json").read_text(encoding="utf-8"))
    q = qrels(real6.OUT)
    traps = (
        ("facility_event", "music", 0),
        ("foodbank", "pc", 0),
        ("foodbank", "cooking", 0),
        ("pc", "photo", 0),
        ("light_work", "driving", 0),
        ("music", "listening", 0),
        ("animal", "sagyosho", 0),
        ("music", "magic", 1),
        ("magic", "music", 1),
        ("braille", "onyaku", 1),
        ("onyaku", "braille", 1),
        ("meal_delivery", "cooking", 1),
        ("meal_delivery", "driving", 1),
        ("go", "shogi", 1),
        ("shogi", "go", 1),
        ("sagyosho", "handicraft", 1),
        ("ibasho", "study", 1),
        ("satoyama", "beach", 1),
        ("beach", "satoyama", 1),
        ("smartphone", "pc", 1),
        ("pc", "smartphone", 1),
        ("escort", "driving", 1),
    )
    checked = trap_pairs_capped(labels, q, traps)
    assert checked > 80
    vols = {v["external_id"]: v for v in jsonl(real6.OUT / "volunteers.jsonl")}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    # the 夏祭り ask that names the 合唱部 on its stage: no musician is graded
    assert only["music"] and all(q.get(("R6Q003", v), 0) == 0 for v in only["music"])
    # the フードバンク 倉庫 ask that types donations into a パソコン: no pc volunteer is graded
    assert only["pc"] and all(q.get(("R6Q013", v), 0) == 0 for v in only["pc"])
    # the Excel 講座 that names 写真の編集: no photographer is graded; the 広報誌 ask grades a photographer 2
    assert only["photo"] and all(q.get(("R6Q033", v), 0) == 0 for v in only["photo"])
    assert all(q[("R6Q035", v)] == 2 for v in only["photo"])
    # the 家具 ask that names the カーボランティア: no driver is graded
    assert only["driving"] and all(q.get(("R6Q046", v), 0) == 0 for v in only["driving"])
    # the 点訳 ask that names 録音図書: a reader is 1; the 宿題 ask that needs no foreign language: a tutor is 2
    assert only["onyaku"] and all(q[("R6Q015", v)] == 1 for v in only["onyaku"])
    assert only["study"] and all(q[("R6Q018", v)] == 2 for v in only["study"])
    # a 囲碁 bio that says he gave up 将棋 is a go player: 1 for the 将棋 asks
    gave_up = [v for v in only["go"] if "将棋" in vols[v]["bio"]]
    assert gave_up and all(q[("R6Q039", v)] == 1 for v in gave_up)
    # the Portuguese asks: the English-speaking interpreter is graded 0, the Portuguese ones 3
    en = [v for v in only["interp"] if "pt" not in vols[v]["languages"]]
    pt = [v for v in only["interp"] if "pt" in vols[v]["languages"]]
    assert en and pt
    for rid in ("R6Q052", "R6Q053"):
        assert all(q.get((rid, v), 0) == 0 for v in en) and all(q[(rid, v)] == 3 for v in pt)
