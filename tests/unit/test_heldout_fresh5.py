"""fresh5, the fifth blind synthetic set in other phrasing (bench/heldout/fresh5.py), loads in the interchange format
and passes its own checks.

These tests read the files and the generator only: they never run the matcher on a sealed set."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from schemas.models import HelpRequestBase, VolunteerBase

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "heldout"


@pytest.fixture(scope="module")
def fresh5() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_fresh5", HELDOUT / "fresh5.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _qrels(out: Path) -> dict[tuple[str, str], int]:
    lines = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {(r, v): int(g) for r, v, g in (line.split("\t") for line in lines)}


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def test_fresh5_files_load_as_interchange_records(fresh5: ModuleType) -> None:
    vols = _jsonl(fresh5.OUT / "volunteers.jsonl")
    reqs = _jsonl(fresh5.OUT / "requests.jsonl")
    assert len(reqs) >= 110 and len(vols) >= 420
    for v in vols:
        VolunteerBase.model_validate(v)  # the API's own field rules (slots, languages, lengths)
    for r in reqs:
        HelpRequestBase.model_validate(r)


def test_fresh5_self_check_passes(fresh5: ModuleType) -> None:
    fresh5.self_check(fresh5.OUT)


def test_fresh5_files_are_byte_for_byte_what_the_generator_writes(fresh5: ModuleType, tmp_path: Path) -> None:
    fresh5.write(tmp_path)
    for name in ("volunteers.jsonl", "requests.jsonl", "qrels.tsv", "concepts.json"):
        assert (tmp_path / name).read_bytes() == (fresh5.OUT / name).read_bytes(), name


def test_fresh5_every_request_has_two_good_volunteers(fresh5: ModuleType) -> None:
    q = _qrels(fresh5.OUT)
    for r in _jsonl(fresh5.OUT / "requests.jsonl"):
        assert sum(1 for (rid, _), g in q.items() if rid == r["external_id"] and g >= 2) >= 2


def test_fresh5_concepts_new_to_the_sealed_sets_are_asked_for(fresh5: ModuleType) -> None:
    labels = _labels(fresh5.OUT)
    asked = {c for need in labels["requests"].values() for c in need}
    new = {"online_app", "scam_check", "photo_data", "cashless", "tv_wifi", "pruning", "shoji", "escort", "daihitsu",
           "knitting", "camera", "haircut", "bicycle"}  # fmt: skip
    assert new <= asked and len(labels["concepts"]) >= 38


def _mutated(fresh5: ModuleType, tmp_path: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "fresh5"
    shutil.copytree(fresh5.OUT, out)
    path = out / name
    if name.endswith(".jsonl"):
        rows = _jsonl(path)
        change(rows)
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
        change(lines)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_fresh5_self_check_catches_a_wrong_grade(fresh5: ModuleType, tmp_path: Path) -> None:
    def bump(lines: list[str]) -> None:
        r, v, g = lines[1].split("\t")
        lines[1] = f"{r}\t{v}\t{1 if g != '1' else 2}"

    with pytest.raises(AssertionError):
        fresh5.self_check(_mutated(fresh5, tmp_path, "qrels.tsv", bump))


def test_fresh5_self_check_catches_a_missing_grade(fresh5: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        fresh5.self_check(_mutated(fresh5, tmp_path, "qrels.tsv", lambda lines: lines.pop()))


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("volunteers.jsonl", "area", "town_nowhere"),
        ("requests.jsonl", "area", "town_nowhere"),
        ("volunteers.jsonl", "availability", ["monday-am"]),
        ("requests.jsonl", "slots", ["sat-night"]),
        ("volunteers.jsonl", "languages", ["jpn"]),
        ("requests.jsonl", "requester_kind", "company"),
    ],
)
def test_fresh5_self_check_catches_an_invalid_field(
    fresh5: ModuleType, tmp_path: Path, name: str, field: str, value: object
) -> None:
    def change(rows: list[dict]) -> None:
        rows[0][field] = value

    with pytest.raises(AssertionError):
        fresh5.self_check(_mutated(fresh5, tmp_path, name, change))


def test_fresh5_self_check_catches_a_grader_that_forgets_missing_availability(
    fresh5: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mutant of the generator's grade() (no cap at 1 without availability) is caught by the independent check."""
    original = fresh5.grade

    def mutant(r, need, v, have, nb, related, close):  # type: ignore[no-untyped-def]
        if set(need) & have:
            v = {**v, "availability": v["availability"] or ["mon-am"]}
        return original(r, need, v, have, nb, related, close)

    monkeypatch.setattr(fresh5, "grade", mutant)
    with pytest.raises(AssertionError):
        fresh5.write(tmp_path / "mutant")


def test_fresh5_self_check_catches_a_grader_that_ignores_close_substitutes(
    fresh5: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = fresh5.grade

    def mutant(r, need, v, have, nb, related, close):  # type: ignore[no-untyped-def]
        return original(r, need, v, have, nb, related | close, set())

    monkeypatch.setattr(fresh5, "grade", mutant)
    with pytest.raises(AssertionError):
        fresh5.write(tmp_path / "mutant")


def test_fresh5_precision_traps_are_graded_as_intended(fresh5: ModuleType) -> None:
    """Near-but-different skills: a photographer for sorting the photos on a phone (and back), a barber for 刈り込み
    (and back), a TV / router hand for a video call (and back), a bicycle mender for a lift by car (and back) score 0;
    囲碁 for 将棋, 裁縫 for 編み物, a driver for an 付き添い at most 1; a CLOSE substitute (書道 for 代筆, 草取り for
    剪定, 便利屋 for 障子 or a flat tyre, a phone helper for the photos) at most 2."""
    labels = _labels(fresh5.OUT)
    q = _qrels(fresh5.OUT)
    linked = {frozenset(p) for p in labels["related"] + labels["close"]}
    checked = 0
    for ask, near, cap in (
        ("camera", "photo_data", 0),
        ("photo_data", "camera", 0),
        ("pruning", "haircut", 0),
        ("haircut", "pruning", 0),
        ("videocall", "tv_wifi", 0),
        ("tv_wifi", "videocall", 0),
        ("bicycle", "driving", 0),
        ("driving", "bicycle", 0),
        ("interp", "signlang", 0),
        ("signlang", "interp", 0),
        ("shogi", "igo", 1),
        ("knitting", "sewing", 1),
        ("escort", "driving", 1),
        ("daihitsu", "onyaku", 1),
        ("daihitsu", "calligraphy", 2),
        ("pruning", "garden", 2),
        ("shoji", "handyman", 2),
        ("bicycle", "handyman", 2),
        ("photo_data", "smartphone", 2),
    ):
        for rid, need in labels["requests"].items():
            if need != [ask]:
                continue
            for vid, have in labels["volunteers"].items():
                others = [h for h in have if h != near and frozenset((ask, h)) in linked]
                if near in have and ask not in have and not others:  # only the near skill can lift the grade
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    assert checked > 400


def test_fresh5_close_substitutes_reach_grade_two_somewhere(fresh5: ModuleType) -> None:
    """CLOSE is not RELATED: some substitute in the request's town with a common slot is graded 2, never 3."""
    labels = _labels(fresh5.OUT)
    q = _qrels(fresh5.OUT)
    close = {frozenset(p) for p in labels["close"]}
    seen = []
    for rid, need in labels["requests"].items():
        if len(need) != 1:
            continue
        for vid, have in labels["volunteers"].items():
            if need[0] not in have and any(frozenset((need[0], h)) in close for h in have):
                assert q.get((rid, vid), 0) <= 2, (rid, vid)
                seen.append(q.get((rid, vid), 0))
    assert 2 in seen


def test_fresh5_decoys_and_constraint_traps_score_low(fresh5: ModuleType) -> None:
    """A registrant with the skill a request's text names but does not ask for (「編み物サークルです」「撮影ではなく」
    「床屋さんではなく」) sits in the request's town at its time and still scores at most 1."""
    labels = _labels(fresh5.OUT)
    q = _qrels(fresh5.OUT)
    assert len(labels["decoy_volunteers"]) >= 20
    for rid, vids in labels["decoy_volunteers"].items():
        for vid in vids:
            assert q.get((rid, vid), 0) <= 1, (rid, vid)
    vols = {v["external_id"]: v for v in _jsonl(fresh5.OUT / "volunteers.jsonl")}
    inactive_with_skill = [
        (rid, vid)
        for rid, need in labels["requests"].items()
        for vid, have in labels["volunteers"].items()
        if set(need) & set(have) and not vols[vid]["active"]
    ]
    assert len(inactive_with_skill) >= 30 and all(q.get(p, 0) == 0 for p in inactive_with_skill)


def test_fresh5_generator_does_not_import_the_matcher() -> None:
    source = (HELDOUT / "fresh5.py").read_text(encoding="utf-8")
    assert "import matching" not in source and "from matching" not in source
