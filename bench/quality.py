"""Quality report: the current matcher vs the references on a graded set, plus an ablation.

usage: .venv/bin/python -m bench.quality [--data DIR ...] [--score-tool ../shared/tools/score.py]
Default: the dev set (../shared/data/dev), the independent held-out set (bench/heldout/data, also split into
its odd-numbered (tuning) and even-numbered (test) halves), the small fresh held-out set (bench/heldout/fresh; fresh2 … fresh12 halved, their even halves sealed) and
the sets of real public wording (bench/heldout/real, halved the same way; real2; real3 … real35, whose even halves are sealed),
then the matcher's figures on all of them side by side with each set's nDCG@5 gap to dev. Scores with the shared tool's own
logic (imported from its path) when it is there, else with `Scorer` below, which applies the same rules so
that a fresh clone (no ../shared) can still measure; qrels are read only to score.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT, WORDING, Algorithm
from matching.normalize import normalize
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "dev"
HELDOUT_DATA = REPO / "bench" / "heldout" / "data"
FRESH_DATA = REPO / "bench" / "heldout" / "fresh"  # 16 requests graded before skill-v4 saw them (fresh.py)
REAL_DATA = REPO / "bench" / "heldout" / "real"  # real public wording, skill fit only (real.py)
FRESH2_DATA = REPO / "bench" / "heldout" / "fresh2"  # 36 requests, blind until 2026-12-03 (fresh2.py)
REAL2_DATA = REPO / "bench" / "heldout" / "real2"  # 2nd real set, blind for 4 scorings, read since skill-v4.5
REAL3_DATA = REPO / "bench" / "heldout" / "real3"  # 3rd real set: odd ids tuning, even ids sealed (real3.py)
FRESH3_DATA = REPO / "bench" / "heldout" / "fresh3"  # 130 requests, 417 own volunteers, blind (fresh3.py)
FRESH4_DATA = (
    REPO / "bench" / "heldout" / "fresh4"
)  # 124 requests, 448 own volunteers: odd ids tuning, even sealed
FRESH5_DATA = REPO / "bench" / "heldout" / "fresh5"  # 5th blind synthetic set: odd ids tuning, even sealed
FRESH6_DATA = REPO / "bench" / "heldout" / "fresh6"  # 6th blind synthetic set: odd ids tuning, even sealed
FRESH7_DATA = REPO / "bench" / "heldout" / "fresh7"  # 7th blind synthetic set: odd ids tuning, even sealed
FRESH8_DATA = REPO / "bench" / "heldout" / "fresh8"  # 8th blind synthetic set: odd ids tuning, even sealed
FRESH9_DATA = REPO / "bench" / "heldout" / "fresh9"  # 9th blind synthetic set: odd ids tuning, even sealed
FRESH10_DATA = REPO / "bench" / "heldout" / "fresh10"  # 10th blind synthetic set: odd ids tuning, even sealed
FRESH11_DATA = REPO / "bench" / "heldout" / "fresh11"  # 11th blind synthetic set: odd ids tuning, even sealed
FRESH12_DATA = REPO / "bench" / "heldout" / "fresh12"  # 12th blind synthetic set: odd ids tuning, even sealed
# the 4th … 35th real sets (realN.py): odd ids tuning, even ids sealed; real17 … real35 are a month's mix
REAL_SPLIT_DATA = tuple(REPO / "bench" / "heldout" / f"real{k}" for k in range(4, 36))
SHARED_TAXONOMY = REPO.parent / "shared" / "data" / "skill-taxonomy.json"
DEFAULT_TOOL = REPO.parent / "shared" / "tools" / "score.py"
METRICS = ("nDCG@5", "P@1", "Recall@10", "violations@5", "coverage")
# As published in ../shared/data/README.md (measured with the same tool).
PUBLISHED = {
    "random (published)": (0.02, 0.02, 0.01, 0.59, None),
    "keyword (published)": (0.27, 0.09, 0.35, 0.51, None),
    "char TF-IDF (published)": (0.30, 0.16, 0.44, 0.54, None),
    "TF-IDF + rules (published)": (0.58, 0.34, 0.67, 0.00, None),
}


class Scorer:
    """The graded-set metrics inside the project: the same rules as ../shared/tools/score.py (nDCG@5 on grades,
    P@1 and Recall@10 on grade ≥ 2, violations@5: inactive, a required language missing, or slots on both sides
    with none in common; coverage), so the project's tests need nothing outside it. Checked to give the same
    numbers as the shared tool on the dev and held-out sets."""

    @staticmethod
    def load(data: str | Path) -> tuple[dict, dict, dict[str, dict[str, int]]]:
        """Returns (volunteers, requests, qrels) of a data set, keyed by external id."""
        data = Path(data)
        vols = {r["external_id"]: r for r in read_jsonl(data / "volunteers.jsonl")}
        reqs = {r["external_id"]: r for r in read_jsonl(data / "requests.jsonl")}
        qrels: dict[str, dict[str, int]] = {}
        lines = (data / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            if line:
                r, v, g = line.split("\t")
                qrels.setdefault(r, {})[v] = int(g)
        return vols, reqs, qrels

    @staticmethod
    def violates(r: dict, v: dict) -> bool:
        """Returns whether proposing v for r breaks a hard rule."""
        if not v["active"] or set(r["languages"]) - set(v["languages"]):
            return True
        return bool(r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))

    @staticmethod
    def dcg(gains: list[int]) -> float:
        """Returns the discounted cumulative gain of graded positions (2^g − 1 over log2(rank + 1))."""
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))

    @classmethod
    def score(cls, data: str | Path, ranking_path: str | Path) -> dict[str, float]:
        """Returns nDCG@5, P@1, Recall@10, violations@5 and coverage of a ranking file on a data set."""
        vols, reqs, qrels = cls.load(data)
        ranks = {
            o["request"]: [x["volunteer"] if isinstance(x, dict) else x for x in o["ranking"]]
            for o in read_jsonl(ranking_path)
        }
        ndcg = p1 = rec = viol = n_prop = 0.0
        n_rec = 0
        for rid, r in reqs.items():
            q = qrels.get(rid, {})
            ranked = ranks.get(rid, [])
            ideal = sorted(q.values(), reverse=True)[:5]
            gains = [q.get(v, 0) for v in ranked[:5]]
            ndcg += cls.dcg(gains) / cls.dcg(ideal) if ideal else (1.0 if not ranked else 0.0)
            p1 += 1.0 if ranked and q.get(ranked[0], 0) >= 2 else 0.0
            good = {v for v, g in q.items() if g >= 2}
            if good:
                n_rec += 1
                rec += len(good & set(ranked[:10])) / min(len(good), 10)
            for v in ranked[:5]:
                n_prop += 1
                viol += cls.violates(r, vols[v]) if v in vols else 1
        n = len(reqs)
        return {
            "nDCG@5": ndcg / n,
            "P@1": p1 / n,
            "Recall@10": rec / max(n_rec, 1),
            "violations@5": viol / max(n_prop, 1),
            "coverage": sum(1 for r in reqs if ranks.get(r)) / n,
        }


def load_score_tool(path: Path | None = None):
    """Returns the shared scoring module imported from its file, or the project's Scorer when there is none."""
    if path is None or not path.exists():
        return Scorer
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scoring tool at {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_rankings(tool, data: Path, rankings: dict[str, list[str]]) -> dict[str, float]:
    """Returns the tool's metrics for {request id: [volunteer ids]}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rid, vids in rankings.items():
            fh.write(json.dumps({"request": rid, "ranking": [{"volunteer": v} for v in vids]}) + "\n")
        path = fh.name
    try:
        return tool.score(str(data), path)
    finally:
        Path(path).unlink(missing_ok=True)


def matcher_rankings(m: Matcher, requests, algorithm: Algorithm) -> dict[str, list[str]]:
    """Returns the matcher's top-10 ids per request under an algorithm variant."""
    return {r.id: [c.volunteer_id for c in m.rank(r, 10, algorithm=algorithm).candidates] for r in requests}


def tfidf_rankings(vol_recs, req_recs, rules: bool) -> dict[str, list[str]]:
    """Returns the reference rankers: char 2–3-gram TF-IDF cosine, optionally with hard rules + same-area bonus."""
    vt = [normalize(" ".join(v["skills"]) + " " + v["bio"]) for v in vol_recs]
    rt = [normalize(r["title"] + " " + r["description"] + " " + " ".join(r["skills"])) for r in req_recs]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(vt + rt)
    sim = (vec.transform(rt) @ vec.transform(vt).T).toarray()
    out = {}
    for i, r in enumerate(req_recs):
        s = sim[i].copy()
        if rules:
            for j, v in enumerate(vol_recs):
                bad = (
                    not v["active"]
                    or set(r["languages"]) - set(v["languages"])
                    or (r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))
                )
                s[j] = -1 if bad else s[j] + (0.1 if v["area"] == r["area"] else 0)
        order = np.argsort(-s, kind="stable")[:10]
        out[r["external_id"]] = [vol_recs[j]["external_id"] for j in order if s[j] > 0]
    return out


def id_half(rid: str, odd: bool) -> bool:
    """Returns whether a request id (H001…) falls in the odd (tuning) or even (test) half."""
    digits = "".join(c for c in rid if c.isdigit())
    return bool(digits) and (int(digits) % 2 == 1) == odd


def subset_dir(data: Path, keep, tmp: Path) -> Path:
    """Returns a copy of a data set holding only the requests (and their qrels) for which keep(id) is true."""
    out = tmp / f"{data.name}-{len(list(tmp.iterdir()))}"
    out.mkdir()
    (out / "volunteers.jsonl").write_text(
        (data / "volunteers.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    reqs = [ln for ln in (data / "requests.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    reqs = [ln for ln in reqs if keep(json.loads(ln)["external_id"])]
    (out / "requests.jsonl").write_text("\n".join(reqs) + "\n", encoding="utf-8")
    q = (data / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    (out / "qrels.tsv").write_text(
        "\n".join([q[0], *[ln for ln in q[1:] if ln and keep(ln.split("\t")[0])]]) + "\n", encoding="utf-8"
    )
    return out


def fmt(v) -> str:
    return "   —  " if v is None else f"{v:6.3f}"


def report(a, tool, data: Path, halves: bool) -> dict:
    """Prints the quality table and ablation for one data set; returns the figures."""
    vol_recs = list(read_jsonl(data / "volunteers.jsonl"))
    req_recs = list(read_jsonl(data / "requests.jsonl"))
    t0 = time.perf_counter()
    m = Matcher(areas=load_areas(a.areas), taxonomy=load_taxonomy(a.taxonomy))
    m.index(volunteer_from_record(v) for v in vol_recs)
    reqs = [request_from_record(r) for r in req_recs]
    rows: dict[str, dict[str, float] | tuple] = {}
    ours = matcher_rankings(m, reqs, DEFAULT)
    rows[f"matcher {DEFAULT.name}"] = score_rankings(tool, data, ours)
    elapsed = time.perf_counter() - t0
    if halves:
        with tempfile.TemporaryDirectory() as tmp:
            for label, odd in (("odd ids (tuning half)", True), ("even ids (test half)", False)):
                sub = subset_dir(data, lambda rid, odd=odd: id_half(rid, odd), Path(tmp))
                part = {k: v for k, v in ours.items() if id_half(k, odd)}
                rows[f"  {label}"] = score_rankings(tool, sub, part)
    rows["char TF-IDF (this run)"] = score_rankings(tool, data, tfidf_rankings(vol_recs, req_recs, False))
    rows["TF-IDF + rules (this run)"] = score_rankings(tool, data, tfidf_rankings(vol_recs, req_recs, True))
    if data.resolve() == DEFAULT_DATA.resolve():
        rows.update(PUBLISHED)
    ablation = {}
    for name in (*(f.name for f in DEFAULT.features), WORDING):
        ablation[f"without {name}"] = score_rankings(
            tool, data, matcher_rankings(m, reqs, DEFAULT.without(name))
        )
    if SHARED_TAXONOMY.exists():  # what the project's taxonomy work (synonyms, links, traps) earns
        m0 = Matcher(areas=load_areas(a.areas), taxonomy=load_taxonomy(SHARED_TAXONOMY))
        m0.index(volunteer_from_record(v) for v in vol_recs)
        ablation["with the shared v1 taxonomy"] = score_rankings(
            tool, data, matcher_rankings(m0, reqs, DEFAULT)
        )
    _vols, _reqs, qrels = tool.load(str(data))
    ceiling = sum(1 for r in _reqs if any(g >= 2 for g in qrels.get(r, {}).values())) / len(_reqs)

    def table(title: str, rs) -> None:
        print(f"\n{title}")
        print(f"{'ranker':32s} " + " ".join(f"{k:>12s}" for k in METRICS))
        for name, r in rs.items():
            vals = [r.get(k) for k in METRICS] if isinstance(r, dict) else list(r)
            print(f"{name:32s} " + " ".join(f"{fmt(v):>12s}" for v in vals))

    print(
        f"\n=== data: {data}  ({len(vol_recs)} volunteers, {len(req_recs)} requests; matcher index+rank {elapsed:.2f}s)"
    )
    table("quality", rows)
    base = rows[f"matcher {DEFAULT.name}"]
    table("ablation (each factor switched off in turn)", {f"matcher {DEFAULT.name}": base, **ablation})
    print(f"\nP@1 ceiling on this set: {ceiling:.2f} (requests with at least one grade ≥ 2 volunteer)")
    print(
        "Δ nDCG@5 when switched off: "
        + ", ".join(
            f"{k.removeprefix('without ')} {v['nDCG@5'] - base['nDCG@5']:+.3f}"
            for k, v in ablation.items()
            if k.startswith("without")
        )
    )
    return {"quality": {k: v for k, v in rows.items() if isinstance(v, dict)}, "ablation": ablation}


def main(argv: list[str] | None = None) -> int:
    """Prints the quality table and the ablation for each data set (default: dev and held-out)."""
    p = argparse.ArgumentParser(prog="bench.quality", description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, action="append", help="a graded data set (repeatable)")
    p.add_argument(
        "--score-tool", type=Path, default=DEFAULT_TOOL, help="(default: the project's Scorer if absent)"
    )
    p.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY_PATH)
    p.add_argument("--areas", type=Path, default=DEFAULT_AREAS_PATH)
    p.add_argument("--json", action="store_true", help="print the figures as JSON too")
    a = p.parse_args(argv)
    tool = load_score_tool(a.score_tool)
    sets = a.data or [
        d
        for d in (
            DEFAULT_DATA,
            HELDOUT_DATA,
            FRESH_DATA,
            FRESH2_DATA,
            FRESH3_DATA,
            FRESH4_DATA,
            FRESH5_DATA,
            FRESH6_DATA,
            FRESH7_DATA,
            FRESH8_DATA,
            FRESH9_DATA,
            FRESH10_DATA,
            FRESH11_DATA,
            FRESH12_DATA,
            REAL_DATA,
            REAL2_DATA,
            REAL3_DATA,
            *REAL_SPLIT_DATA,
        )
        if (d / "qrels.tsv").exists()
    ]
    # the sets whose even halves are sealed: scored whole and by halves
    split = {
        d.resolve()
        for d in (
            HELDOUT_DATA,
            FRESH2_DATA,
            FRESH3_DATA,
            FRESH4_DATA,
            FRESH5_DATA,
            FRESH6_DATA,
            FRESH7_DATA,
            FRESH8_DATA,
            FRESH9_DATA,
            FRESH10_DATA,
            FRESH11_DATA,
            FRESH12_DATA,
            REAL_DATA,
            REAL3_DATA,
            *REAL_SPLIT_DATA,
        )
    }
    out = {}
    for data in sets:
        halves = data.resolve() in split
        out[str(data)] = report(a, tool, data, halves=halves)
    # Side by side: the matcher on every set, and each set's gap to the first (dev when it is there).
    key = f"matcher {DEFAULT.name}"
    figs: dict[str, dict[str, float]] = {}
    for k, v in out.items():
        name = Path(k).name if Path(k).name != "data" else "held-out"
        figs[name] = v["quality"][key]
        for label, short in (("odd ids (tuning half)", "odd"), ("even ids (test half)", "even")):
            if f"  {label}" in v["quality"]:
                figs[f" {name} {short}"] = v["quality"][f"  {label}"]
    if len(figs) > 1:
        first = next(iter(figs.values()))
        print(f"\nside by side ({DEFAULT.name})")
        print(f"{'set':16s} " + " ".join(f"{k:>12s}" for k in METRICS) + f" {'Δ nDCG@5':>12s}")
        for name, r in figs.items():
            gap = r["nDCG@5"] - first["nDCG@5"]
            print(f"{name:16s} " + " ".join(f"{fmt(r.get(k)):>12s}" for k in METRICS) + f" {gap:+12.3f}")
    if a.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
