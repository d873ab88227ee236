"""The readable sets, request by request: what a ranking change is measured on before it is kept.

    .venv/bin/python -m bench.tuning [--only SET ...] [--dump FILE] [--diff OLD.json] [--tfidf]

Scores the current matcher on the sets whose requests may be read: dev, fresh and real2 whole, and only the
odd-numbered (tuning) half of every halved set — the even halves stay sealed and are scored in aggregate by
`bench.quality` alone. Prints each set's mean nDCG@5 and P@1 and three means: the 28 "readable" sets the
sessions since skill-v4.30 report, the late real24/real25 tuning halves, and the later tuning halves
(real26 …, fresh6 …). `--dump` writes {set: {request: nDCG@5}}; `--diff` lists the requests that moved against
such a dump (the way a change is read before it is kept); `--tfidf` prints the char TF-IDF beside each set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.quality import DEFAULT_DATA, REPO, Scorer, id_half, tfidf_rankings
from bench.unknown import ndcg5
from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT
from matching.records import request_from_record, volunteer_from_record

HELD = REPO / "bench" / "heldout"
WHOLE = {"dev": DEFAULT_DATA, "fresh": HELD / "fresh", "real2": HELD / "real2"}
READABLE_HALVES = (
    "data",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "real",
    *(f"real{k}" for k in range(3, 20)),
)
READABLE = (*WHOLE, *READABLE_HALVES, "real21", "real23")
LATE = ("real24", "real25")


def later_sets() -> tuple[str, ...]:
    """Returns the tuning halves after the late pair: real26 … and fresh6 …, as many as are on disk."""
    real = [f"real{k}" for k in range(26, 100) if (HELD / f"real{k}" / "qrels.tsv").exists()]
    fresh = [f"fresh{k}" for k in range(6, 100) if (HELD / f"fresh{k}" / "qrels.tsv").exists()]
    return (*real, *fresh)


def path_of(name: str) -> Path:
    return WHOLE.get(name, HELD / name)


def score_set(name: str, tfidf: bool) -> dict:
    """Returns {request: (nDCG@5, P@1)} for the set's readable requests, and the TF-IDF mean when asked."""
    vols, reqs, qrels = Scorer.load(path_of(name))
    keep = [r for rid, r in reqs.items() if name in WHOLE or id_half(rid, True)]
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index([volunteer_from_record(v) for v in vols.values()])
    out: dict = {"requests": {}}
    for r in keep:
        grades = qrels.get(r["external_id"], {})
        ranked = [c.volunteer_id for c in m.rank(request_from_record(r), 10, algorithm=DEFAULT).candidates]
        p1 = 1.0 if ranked and grades.get(ranked[0], 0) >= 2 else 0.0
        out["requests"][r["external_id"]] = (ndcg5(ranked, grades), p1)
    if tfidf:
        ref = tfidf_rankings(list(vols.values()), keep, rules=False)
        out["tfidf"] = sum(ndcg5(ref[r["external_id"]], qrels.get(r["external_id"], {})) for r in keep) / len(
            keep
        )
    return out


def mean(xs) -> float:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.tuning", description=__doc__.splitlines()[0])
    p.add_argument("--only", nargs="+", help="score only these sets")
    p.add_argument("--dump", type=Path, help="write {set: {request: nDCG@5}} here")
    p.add_argument("--diff", type=Path, help="list the requests that moved against this dump")
    p.add_argument("--tfidf", action="store_true", help="print the char TF-IDF mean beside each set")
    a = p.parse_args(argv)
    groups = {"readable28": READABLE, "late": LATE, "later": later_sets()}
    names = a.only or [n for g in groups.values() for n in g]
    figs: dict[str, dict] = {}
    print(f"matcher {DEFAULT.name}")
    for name in names:
        figs[name] = score_set(name, a.tfidf)
        reqs = figs[name]["requests"]
        extra = f"  char TF-IDF {figs[name]['tfidf']:.3f}" if a.tfidf else ""
        nd, p1 = mean(v[0] for v in reqs.values()), mean(v[1] for v in reqs.values())
        print(f"{name:8s} {len(reqs):4d}  nDCG@5 {nd:.4f}  P@1 {p1:.3f}{extra}", flush=True)
    for label, group in groups.items():
        got = [mean(v[0] for v in figs[n]["requests"].values()) for n in group if n in figs]
        if got:
            print(f"{label}: mean of {len(got)} sets {mean(got):.4f}")
    dump = {n: {rid: v[0] for rid, v in f["requests"].items()} for n, f in figs.items()}
    if a.dump:
        a.dump.write_text(json.dumps(dump, indent=0), encoding="utf-8")
    if a.diff:
        old = json.loads(a.diff.read_text(encoding="utf-8"))
        moved = [
            (dump[n][rid] - old[n][rid], n, rid)
            for n in dump
            if n in old
            for rid in dump[n]
            if rid in old[n] and abs(dump[n][rid] - old[n][rid]) > 1e-9
        ]
        for delta, n, rid in sorted(moved):
            print(f"{delta:+.3f}  {n:8s} {rid}  {old[n][rid]:.3f} → {dump[n][rid]:.3f}")
        up = sum(1 for d, *_ in moved if d > 0)
        print(f"{up} up, {len(moved) - up} down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
