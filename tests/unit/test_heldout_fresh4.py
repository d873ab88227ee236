"""fresh4, the fourth blind synthetic set in other phrasing (bench/heldout/fresh4.py), loads in the interchange format
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
def fresh4() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_fresh4", HELDOUT / "fresh4.py")
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


def test_fresh4_files_load_as_interchange_records(fresh4: ModuleType) -> None:
    vols = _jsonl(fresh4.OUT / "volunteers.jsonl")
    reqs = _jsonl(fresh4.OUT / "requests.jsonl")
    assert len(reqs) >= 110 and len(vols) >= 420
    for v in vols:
        VolunteerBase.model_validate(v)  # the API's own field rules (slots, languages, lengths)
    for r in reqs:
        HelpRequestBase.model_validate(r)


def test_fresh4_self_check_passes(fresh4: ModuleType) -> None:
    fresh4.self_check(fresh4.OUT)


def test_fresh4_files_are_byte_for_byte_what_the_generator_writes(fresh4: ModuleType, tmp_path: Path) -> None:
    fresh4.write(tmp_path)
    for name in ("volunteers.jsonl", "requests.jsonl", "qrels.tsv", "concepts.json"):
        assert (tmp_path / name).read_bytes() == (fresh4.OUT / name).read_bytes(), name


def test_fresh4_every_request_has_two_good_volunteers(fresh4: ModuleType) -> None:
    q = _qrels(fresh4.OUT)
    for r in _jsonl(fresh4.OUT / "requests.jsonl"):
        assert sum(1 for (rid, _), g in q.items() if rid == r["external_id"] and g >= 2) >= 2


def test_fresh4_concepts_new_to_the_sealed_sets_are_asked_for(fresh4: ModuleType) -> None:
    labels = _labels(fresh4.OUT)
    asked = {c for need in labels["requests"].values() for c in need}
    new = {"tax_return", "letter_en", "furniture", "amido", "kasa", "bento", "pet", "tenyaku", "nengajo",
           "oshibana", "bousai"}  # fmt: skip
    assert new <= asked and len(labels["concepts"]) >= 38


def _mutated(fresh4: ModuleType, tmp_path: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "fresh4"
    shutil.copytree(fresh4.OUT, out)
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


def test_fresh4_self_check_catches_a_wrong_grade(fresh4: ModuleType, tmp_path: Path) -> None:
    def bump(lines: list[str]) -> None:
        r, v, g = lines[1].split("\t")
        lines[1] = f"{r}\t{v}\t{1 if g != '1' else 2}"

    with pytest.raises(AssertionError):
        fresh4.self_check(_mutated(fresh4, tmp_path, "qrels.tsv", bump))


def test_fresh4_self_check_catches_a_missing_grade(fresh4: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        fresh4.self_check(_mutated(fresh4, tmp_path, "qrels.tsv", lambda lines: lines.pop()))


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
def test_fresh4_self_check_catches_an_invalid_field(
    fresh4: ModuleType, tmp_path: Path, name: str, field: str, value: object
) -> None:
    def change(rows: list[dict]) -> None:
        rows[0][field] = value

    with pytest.raises(AssertionError):
        fresh4.self_check(_mutated(fresh4, tmp_path, name, change))


def test_fresh4_self_check_catches_a_grader_that_forgets_missing_availability(
    fresh4: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mutant of the generator's grade() (no cap at 1 without availability) is caught by the independent check."""
    original = fresh4.grade

    def mutant(r, need, v, have, nb, related, close):  # type: ignore[no-untyped-def]
        if set(need) & have:
            v = {**v, "availability": v["availability"] or ["mon-am"]}
        return original(r, need, v, have, nb, related, close)

    monkeypatch.setattr(fresh4, "grade", mutant)
    with pytest.raises(AssertionError):
        fresh4.write(tmp_path / "mutant")


def test_fresh4_self_check_catches_a_grader_that_ignores_close_substitutes(
    fresh4: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = fresh4.grade

    def mutant(r, need, v, have, nb, related, close):  # type: ignore[no-untyped-def]
        return original(r, need, v, have, nb, related | close, set())

    monkeypatch.setattr(fresh4, "grade", mutant)
    with pytest.raises(AssertionError):
        fresh4.write(tmp_path / "mutant")


def test_fresh4_precision_traps_are_graded_as_intended(fresh4: ModuleType) -> None:
    """Near-but-different skills: 囲碁/将棋 at a 麻雀 table, 音訳 for 点訳 (and back), school-crossing 見守り for an elderly
    person's (and back), a キーボード player for PC help (and back) score 0; スマホ for a tablet ask, 囲碁 for 将棋, 調理
    for お弁当の配達 at most 1; a CLOSE substitute (書道 for 宛名書き, 便利屋 for 家具の組み立て, a driver for 配食) at most 2."""
    labels = _labels(fresh4.OUT)
    q = _qrels(fresh4.OUT)
    checked = 0
    for ask, near, cap in (
        ("mahjong", "igo", 0),
        ("igo", "mahjong", 0),
        ("mahjong", "shogi", 0),
        ("tenyaku", "onyaku", 0),
        ("onyaku", "tenyaku", 0),
        ("watch_elder", "watch_child", 0),
        ("watch_child", "watch_elder", 0),
        ("pc", "music", 0),
        ("music", "pc", 0),
        ("tablet", "smartphone", 1),
        ("shogi", "igo", 1),
        ("bento", "cooking", 1),
        ("nengajo", "calligraphy", 2),
        ("furniture", "handyman", 2),
        ("bento", "driving", 2),
    ):
        for rid, need in labels["requests"].items():
            if need != [ask]:
                continue
            for vid, have in labels["volunteers"].items():
                if near in have and ask not in have:
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    assert checked > 400


def test_fresh4_decoys_and_constraint_traps_score_low(fresh4: ModuleType) -> None:
    """A registrant with the skill a request's text names but does not ask for (「書道会です」「料理好きの母のために」)
    sits in the request's town at its time and still scores at most 1."""
    labels = _labels(fresh4.OUT)
    q = _qrels(fresh4.OUT)
    assert len(labels["decoy_volunteers"]) >= 20
    for rid, vids in labels["decoy_volunteers"].items():
        for vid in vids:
            assert q.get((rid, vid), 0) <= 1, (rid, vid)
    vols = {v["external_id"]: v for v in _jsonl(fresh4.OUT / "volunteers.jsonl")}
    inactive_with_skill = [
        (rid, vid)
        for rid, need in labels["requests"].items()
        for vid, have in labels["volunteers"].items()
        if set(need) & set(have) and not vols[vid]["active"]
    ]
    assert len(inactive_with_skill) >= 30 and all(q.get(p, 0) == 0 for p in inactive_with_skill)


def test_fresh4_generator_does_not_import_the_matcher() -> None:
    source = (HELDOUT / "fresh4.py").read_text(encoding="utf-8")
    assert "import matching" not in source and "from matching" not in source
