"""The held-out set's top-5 per request, pinned: a refactor that changes any ranking fails here, loudly.

A deliberate ranking change comes with a new algorithm version (`matching/algorithm.py`, name stored on every
proposal). Then regenerate the golden file and commit it with the version bump, saying why the rankings moved:

    .venv/bin/python -m tests.unit.matching.test_golden --write

Relevance labels are never read: this pins what the matcher does, not whether it is right (test_quality does).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

HELDOUT = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "data"
GOLDEN = Path(__file__).resolve().parent / "golden_heldout_top5.json"
TOP = 5


def current() -> dict[str, object]:
    """Returns the algorithm name and each held-out request's top-5 as [volunteer id, score rounded to 4]."""
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(volunteer_from_record(v) for v in read_jsonl(HELDOUT / "volunteers.jsonl"))
    rankings = {}
    for rec in read_jsonl(HELDOUT / "requests.jsonl"):
        res = m.rank(request_from_record(rec), TOP)
        rankings[res.request_id] = [[c.volunteer_id, round(c.score, 4)] for c in res.candidates]
    return {"algorithm": DEFAULT.name, "top": TOP, "rankings": rankings}


def test_rankings_match_golden():
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = current()
    assert now["algorithm"] == golden["algorithm"], (
        f"algorithm is {now['algorithm']}, golden file pins {golden['algorithm']}: regenerate it deliberately "
        "(see this module's docstring)"
    )
    assert now["rankings"].keys() == golden["rankings"].keys()
    changed = [rid for rid in golden["rankings"] if now["rankings"][rid] != golden["rankings"][rid]]
    detail = "\n".join(f"{r}: {golden['rankings'][r]} -> {now['rankings'][r]}" for r in changed[:10])
    assert not changed, (
        f"{len(changed)} held-out rankings changed under unchanged version {golden['algorithm']}:\n{detail}"
    )


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(
            "usage: python -m tests.unit.matching.test_golden --write  (after bumping the algorithm version)"
        )
    now = current()
    lines = [
        f"  {json.dumps(rid)}: {json.dumps(top)}" for rid, top in now["rankings"].items()
    ]  # one per line
    head = f'{{"algorithm": {json.dumps(now["algorithm"])}, "top": {now["top"]}, "rankings": {{\n'
    GOLDEN.write_text(head + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
