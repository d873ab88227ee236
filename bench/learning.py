"""Simulation: do weights learned from staff decisions on half the requests rank the other half better?

usage: .venv/bin/python -m bench.learning [--data DIR ...] [--noise 0.1] [--seed 1]

For each graded set, the odd-numbered requests are the history: the matcher ranks them (top 10) with a starting
algorithm, and simulated staff approve a proposal when its grade is ≥ 2 and reject it otherwise (a share
`--noise` of decisions flipped, as real staff disagree with any grading). Only the factors the cards store (folded
ones missing, 4 decimals) reach the learner, as in the database. `matching.learning.train` fits and guards;
the even-numbered requests, which no decision touched, are then ranked with the starting and the learned weights
and scored with the shared tool. Two starts: the shipped weights (tuned on dev: little to gain is expected) and
a deliberately mis-set start (what a council's own judgement may differ by), to show the learner moves weights
the right way and the guard refuses what does not help.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT, Algorithm
from matching.learning import Decision, train, with_weights
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

from .quality import (
    DEFAULT_DATA,
    DEFAULT_TOOL,
    HELDOUT_DATA,
    Scorer,
    id_half,
    load_score_tool,
    matcher_rankings,
    score_rankings,
    subset_dir,
)

# A start that weighs place and the fairness lift far more, and the skill coverage more, than dev supports.
MISSET = {"skill": 0.2, "coverage": 0.8, "text": 0.3, "area": 2.5, "time": 0.4, "fairness": 1.0}


def decisions_for(
    m: Matcher,
    requests,
    algorithm: Algorithm,
    qrels: dict[str, dict[str, int]],
    noise: float,
    rng: random.Random,
) -> list[Decision]:
    """Returns simulated staff decisions on the algorithm's top 10 for each request (grades read here only, to
    play the staff; the learner sees the decisions)."""
    out = []
    for r in requests:
        for c in m.rank(r, 10, algorithm=algorithm).candidates:
            ok = qrels.get(r.id, {}).get(c.volunteer_id, 0) >= 2
            if rng.random() < noise:
                ok = not ok
            out.append(Decision(r.id, dict(c.factors), ok))
    return out


def run(data: Path, tool, noise: float, seed: int) -> list[str]:
    """Returns report lines for one graded set."""
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(volunteer_from_record(v) for v in read_jsonl(data / "volunteers.jsonl"))
    reqs = [request_from_record(r) for r in read_jsonl(data / "requests.jsonl")]
    hist = [r for r in reqs if id_half(r.id, odd=True)]
    new = [r for r in reqs if id_half(r.id, odd=False)]
    _v, _r, qrels = Scorer.load(data)
    lines = [f"## {data}  (history: {len(hist)} requests, evaluated: {len(new)})"]
    with TemporaryDirectory() as tmp:
        half = subset_dir(data, lambda rid: id_half(rid, odd=False), Path(tmp))
        for label, start in (("shipped", DEFAULT), ("mis-set", with_weights(DEFAULT, MISSET, "misset"))):
            rng = random.Random(seed)
            ds = decisions_for(m, hist, start, qrels, noise, rng)
            cmp = train(start, ds)
            learned = with_weights(start, cmp.proposed, "w1")
            before = score_rankings(tool, half, matcher_rankings(m, new, start))
            after = score_rankings(tool, half, matcher_rankings(m, new, learned))
            ws = " ".join(f"{k} {cmp.current[k]:.2f}→{cmp.proposed[k]:.2f}" for k in cmp.current)
            lines += [
                f"- start {label}: {len(ds)} decisions ({sum(d.approved for d in ds)} approved), "
                f"{cmp.train_pairs} training pairs; weights {ws}",
                f"  guard: held-out pairwise accuracy {cmp.current_heldout.accuracy:.3f} → "
                f"{cmp.proposed_heldout.accuracy:.3f} over {cmp.current_heldout.requests} requests: "
                f"{'ADOPTED' if cmp.adopt else 'kept current'} ({cmp.note})",
                f"  other half, start:   nDCG@5 {before['nDCG@5']:.3f}  P@1 {before['P@1']:.3f}  "
                f"Recall@10 {before['Recall@10']:.3f}  violations {before['violations@5']:.3f}",
                f"  other half, learned: nDCG@5 {after['nDCG@5']:.3f}  P@1 {after['P@1']:.3f}  "
                f"Recall@10 {after['Recall@10']:.3f}  violations {after['violations@5']:.3f}"
                + ("" if cmp.adopt else "  (not adopted: staff would keep the start's figures)"),
            ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Prints the simulation's figures for each graded set."""
    p = argparse.ArgumentParser(prog="bench.learning", description=__doc__.splitlines()[0])
    p.add_argument("--data", action="append", type=Path)
    p.add_argument("--noise", type=float, default=0.1)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    tool = load_score_tool(DEFAULT_TOOL)
    sets = a.data or [d for d in (DEFAULT_DATA, HELDOUT_DATA) if (d / "qrels.tsv").exists()]
    for d in sets:
        print("\n".join(run(d, tool, a.noise, a.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
