"""Topics the dictionary had not been taught: the matcher on the tuning (odd) halves of the blind real sets whose
topics were then added to the taxonomy (and of real21 and real23, whose topics were not), read with the taxonomy as it was before
each set was read (from git), beside
a plain char TF-IDF on the same requests. The code is today's; only the words are as they were. It measures what a
set of new topics does to the matcher before anyone teaches it their words — what a blind set measures once — as
often as needed, on requests that are readable anyway. Since the nineteenth session it reads every halved set from
real15 on (real24 … real34 with the taxonomy of the commit that wired each in) and the synthetic fresh6 … fresh11
(whose grades read places and times too, so the char TF-IDF is no reference there), and prints the real and the
synthetic means apart.

    .venv/bin/python -m bench.unknown [SET ...]

Needs the repository's history (a clone, not an exported tree). Prints nDCG@5 per set and the mean.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from bench.quality import REPO, Scorer, id_half, tfidf_rankings
from matching import DEFAULT_AREAS_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT
from matching.records import request_from_record, volunteer_from_record

HELD = REPO / "bench" / "heldout"
# each set, and the commit whose taxonomy was the last before the set's tuning half was read
BEFORE = {
    "real15": "ad3a772",  # skill-v4.20
    "real16": "ad3a772",
    "real17": "ad3a772",
    "real18": "6ab83d6",  # skill-v4.24
    "real19": "0bc885a",  # skill-v4.28
    "real21": "242dc9b",  # skill-v4.30 (its topics not taught yet: the taxonomy of today)
    "real23": "242dc9b",  # read at skill-v4.33, its topics not taught either (the taxonomy is v4.30's)
    # since: the taxonomy of the commit that wired the set in, before its tuning half was read
    "real24": "27d0f0d",  # skill-v4.35
    "real25": "27d0f0d",
    "real26": "25b0887",  # skill-v4.38
    "real27": "25b0887",
    "real28": "485e619",  # skill-v4.44
    "real29": "485e619",
    "real30": "5a63be6",  # skill-v4.50
    "real31": "bec7323",  # skill-v4.58
    "real32": "24de100",  # skill-v4.66
    "real33": "f710bdd",  # skill-v4.67
    "real34": "a4b34b5",  # skill-v4.69
    "real35": "88d3861",  # skill-v4.75
    # the synthetic sets likewise (their grades read places and times too, so char TF-IDF is no reference there)
    "fresh6": "25b0887",  # skill-v4.38
    "fresh7": "0c35d7f",  # skill-v4.50
    "fresh8": "d53860d",  # skill-v4.54
    "fresh9": "e565041",  # skill-v4.65
    "fresh10": "f710bdd",  # skill-v4.67
    "fresh11": "a4b34b5",  # skill-v4.69
    "fresh12": "88d3861",  # skill-v4.75
}
TAXONOMY_IN_GIT = "matching/data/skill-taxonomy.json"


def ndcg5(ranked: list[str], grades: dict[str, int]) -> float:
    """Returns nDCG@5 of a ranking against a request's grades (Scorer's rule)."""
    ideal = sorted(grades.values(), reverse=True)[:5]
    if not ideal:
        return 1.0 if not ranked else 0.0
    return Scorer.dcg([grades.get(v, 0) for v in ranked[:5]]) / Scorer.dcg(ideal)


def run(name: str, taxonomy_path: Path) -> tuple[float, float, int]:
    """Returns the matcher's and the char TF-IDF's mean nDCG@5 on a set's odd half, and how many requests."""
    vols, reqs, qrels = Scorer.load(HELD / name)
    odd = [r for rid, r in reqs.items() if id_half(rid, True)]
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(taxonomy_path))
    m.index([volunteer_from_record(v) for v in vols.values()])
    ref = tfidf_rankings(list(vols.values()), odd, rules=False)
    ours = theirs = 0.0
    for r in odd:
        grades = qrels.get(r["external_id"], {})
        ranked = [c.volunteer_id for c in m.rank(request_from_record(r), 10, algorithm=DEFAULT).candidates]
        ours += ndcg5(ranked, grades)
        theirs += ndcg5(ref[r["external_id"]], grades)
    return ours / len(odd), theirs / len(odd), len(odd)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.unknown", description=__doc__.splitlines()[0])
    p.add_argument("sets", nargs="*", default=list(BEFORE))
    a = p.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets:
            commit = BEFORE[name]
            path = Path(tmp) / f"{commit}.json"
            if not path.exists():
                shown = subprocess.run(
                    ["git", "-C", str(REPO), "show", f"{commit}:{TAXONOMY_IN_GIT}"],
                    check=True,
                    capture_output=True,
                )
                path.write_bytes(shown.stdout)
            ours, theirs, n = run(name, path)
            rows.append((ours, theirs))
            print(
                f"{name:8s} ({n} requests, taxonomy of {commit}): matcher {ours:.3f}  char TF-IDF {theirs:.3f}"
            )
    for kind in ("real", "fresh"):
        mine = [r for name, r in zip(a.sets, rows, strict=True) if name.startswith(kind)]
        if mine:
            ours = sum(r[0] for r in mine) / len(mine)
            theirs = sum(r[1] for r in mine) / len(mine)
            print(
                f"mean of {len(mine)} {kind} set{'s' * (len(mine) != 1)}: matcher {ours:.3f}  char TF-IDF {theirs:.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
