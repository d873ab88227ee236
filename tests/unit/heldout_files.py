"""What the held-out sets' tests read of a written set, shared by them: its generator loaded from its path, its JSON
lines, its grades, and the check that a precision trap's near concept is graded no higher than intended."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "heldout"


def load_generator(name: str, tag: str) -> ModuleType:
    """bench/heldout/<name>.py loaded from its path as module heldout_<name>_<tag> (the tag keeps each test module's
    copy apart, as the generators are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"heldout_{name}_{tag}", HELDOUT / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def qrels(out: Path) -> dict[tuple[str, str], int]:
    rows = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {(r, v): int(g) for r, v, g in (line.split("\t") for line in rows)}


def trap_pairs_capped(labels: dict, q: dict, traps: tuple[tuple[str, str, int], ...]) -> int:
    """Asserts, for each (ask, near concept, cap), that every volunteer holding only the near concept is graded at
    most cap for every request whose only main ask is ask (a secondary ask near the near concept may lift it: such a
    request is not this trap); returns how many pairs were checked."""
    tables = [set(p) for p in labels["related"] + labels["close"]]
    checked = 0
    for ask, near, cap in traps:
        for rid, lab in labels["requests"].items():
            if lab["need"] != [ask] or any({a, near} in tables or a == near for a in lab["also"]):
                continue
            for vid, have in labels["volunteers"].items():
                if set(have) == {near}:  # the near concept alone: nothing else may lift the grade
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    return checked
