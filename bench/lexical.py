"""How much a request's own words would add beside the dictionary: the matcher's ranking (its top 50) plus
LAMBDA × a char 2–3-gram TF-IDF cosine fitted on the set (bench.quality's reference), the hard rules applied, on the
readable sets only (odd halves of the split sets; the sealed halves are never ranked here). With
`--taxonomy ../shared/data/skill-taxonomy.json` (the shared v1 taxonomy, far fewer words) the same run stands in for
wording the dictionary has not seen, which is what a blind set of real pages is.

    .venv/bin/python -m bench.lexical [--lambdas 0 0.2 0.5] [--candidates-only] [--taxonomy FILE] [SET ...]

Prints nDCG@5 / P@1 / Recall@10 per set and lambda. At lambda 0 the order is the matcher's totals with ties in
volunteer order (the matcher's own wording tie-break is not applied), so compare lambdas with each other.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.quality import REPO, Scorer, id_half, score_rankings, subset_dir
from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.normalize import normalize
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

HELD = REPO / "bench" / "heldout"
# (directory, whether only the odd (tuning) half is readable)
SETS = {
    "dev": (REPO.parent / "shared" / "data" / "dev", False),
    "held-out": (HELD / "data", False),
    "fresh": (HELD / "fresh", False),
    "fresh2-odd": (HELD / "fresh2", True),
    "fresh3-odd": (HELD / "fresh3", True),
    "fresh4-odd": (HELD / "fresh4", True),
    "fresh5-odd": (HELD / "fresh5", True),
    "fresh6-odd": (HELD / "fresh6", True),
    "fresh7-odd": (HELD / "fresh7", True),
    "fresh8-odd": (HELD / "fresh8", True),
    "fresh9-odd": (HELD / "fresh9", True),
    "fresh10-odd": (HELD / "fresh10", True),
    "fresh11-odd": (HELD / "fresh11", True),
    "fresh12-odd": (HELD / "fresh12", True),
    "real": (HELD / "real", False),
    "real2": (HELD / "real2", False),
    "real3-odd": (HELD / "real3", True),
    "real4-odd": (HELD / "real4", True),
    "real5-odd": (HELD / "real5", True),
    "real6-odd": (HELD / "real6", True),
    "real7-odd": (HELD / "real7", True),
    "real8-odd": (HELD / "real8", True),
    "real9-odd": (HELD / "real9", True),
    "real10-odd": (HELD / "real10", True),
    "real11-odd": (HELD / "real11", True),
    "real12-odd": (HELD / "real12", True),
    "real13-odd": (HELD / "real13", True),
    "real14-odd": (HELD / "real14", True),
    "real15-odd": (HELD / "real15", True),
    "real16-odd": (HELD / "real16", True),
    "real17-odd": (HELD / "real17", True),
    "real18-odd": (HELD / "real18", True),
    "real19-odd": (HELD / "real19", True),
    "real20-odd": (HELD / "real20", True),
    "real21-odd": (HELD / "real21", True),
    "real22-odd": (HELD / "real22", True),
    "real23-odd": (HELD / "real23", True),
    "real24-odd": (HELD / "real24", True),
    "real25-odd": (HELD / "real25", True),
    "real26-odd": (HELD / "real26", True),
    "real27-odd": (HELD / "real27", True),
    "real28-odd": (HELD / "real28", True),
    "real29-odd": (HELD / "real29", True),
    "real30-odd": (HELD / "real30", True),
    "real31-odd": (HELD / "real31", True),
    "real32-odd": (HELD / "real32", True),
    "real33-odd": (HELD / "real33", True),
    "real34-odd": (HELD / "real34", True),
    "real35-odd": (HELD / "real35", True),
}


def violates(r: dict, v: dict) -> bool:
    return bool(
        not v["active"]
        or set(r["languages"]) - set(v["languages"])
        or (r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))
    )


def run(name: str, lambdas: list[float], taxonomy: Path, candidates_only: bool) -> None:
    data, odd = SETS[name]
    if not (data / "qrels.tsv").exists():
        return
    vols = list(read_jsonl(data / "volunteers.jsonl"))
    every = list(read_jsonl(data / "requests.jsonl"))
    reqs = [r for r in every if not odd or id_half(r["external_id"], True)]
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(taxonomy))
    m.index(volunteer_from_record(v) for v in vols)
    vt = [normalize(" ".join(v["skills"]) + " " + v["bio"]) for v in vols]
    rt = [normalize(r["title"] + " " + r["description"] + " " + " ".join(r["skills"])) for r in reqs]
    fit_on = vt + [normalize(r["title"] + " " + r["description"]) for r in every]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(fit_on)
    sim = (vec.transform(rt) @ vec.transform(vt).T).toarray()
    row = {v["external_id"]: j for j, v in enumerate(vols)}
    ranked = [m.rank(request_from_record(r), 50).candidates for r in reqs]
    for lam in lambdas:
        out = {}
        for i, r in enumerate(reqs):
            s = np.array([-1.0 if violates(r, v) else lam * sim[i, j] for j, v in enumerate(vols)])
            if candidates_only:
                keep = np.full(len(vols), False)
                keep[[row[c.volunteer_id] for c in ranked[i]]] = True
                s[~keep] = -1.0
            for c in ranked[i]:
                s[row[c.volunteer_id]] += c.score
            order = np.argsort(-s, kind="stable")[:10]
            out[r["external_id"]] = [vols[j]["external_id"] for j in order if s[j] > 0]
        with tempfile.TemporaryDirectory() as tmp:
            scored = subset_dir(data, lambda rid: id_half(rid, True), Path(tmp)) if odd else data
            f = score_rankings(Scorer, scored, out)
        print(
            f"{name:12s} lambda {lam:4.2f}  nDCG@5 {f['nDCG@5']:.3f}  P@1 {f['P@1']:.3f}  "
            f"Recall@10 {f['Recall@10']:.3f}  violations@5 {f['violations@5']:.3f}",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.lexical", description=__doc__.splitlines()[0])
    p.add_argument("sets", nargs="*", choices=[*SETS, []], help="(default: every readable set)")
    p.add_argument("--lambdas", type=float, nargs="+", default=[0.0, 0.2, 0.5])
    p.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY_PATH)
    p.add_argument("--candidates-only", action="store_true", help="re-order the matcher's candidates only")
    a = p.parse_args(argv)
    for name in a.sets or list(SETS):
        run(name, a.lambdas, a.taxonomy, a.candidates_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
