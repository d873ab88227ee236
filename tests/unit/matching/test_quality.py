"""Quality floors on the project's own held-out set (reads qrels only to score): a later change cannot silently
break matching. Everything read lives in the repository, so a fresh clone runs it."""

from pathlib import Path

from bench.quality import Scorer, id_half, matcher_rankings, score_rankings, subset_dir
from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

HELDOUT = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "data"
REAL = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "real"
FRESH3 = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "fresh3"
REAL2 = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "real2"
REAL3 = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "real3"
REAL4 = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "real4"


def _figures(data: Path) -> dict[str, float]:
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(volunteer_from_record(v) for v in read_jsonl(data / "volunteers.jsonl"))
    reqs = [request_from_record(r) for r in read_jsonl(data / "requests.jsonl")]
    return score_rankings(Scorer, data, matcher_rankings(m, reqs, DEFAULT))


def _above(
    metrics: dict[str, float], *, ndcg: float, p_at_1: float, recall: float = 0.0, coverage: float = 0.0
):
    """No violation, and every figure at or above its floor."""
    assert metrics["violations@5"] == 0.0
    assert metrics["nDCG@5"] >= ndcg, metrics
    assert metrics["P@1"] >= p_at_1, metrics
    assert metrics["Recall@10"] >= recall, metrics
    assert metrics["coverage"] >= coverage, metrics


def test_heldout_quality_floors():
    """skill-v4.3 and skill-v4.4 on all 84 held-out requests (other words and sentence patterns than the tuning
    data): nDCG@5 0.935, P@1 0.917, Recall@10 0.972, violations@5 0, coverage 1.000 (skill-v4.2: 0.927, 0.893, 0.965;
    skill-v3.1: 0.828, 0.810, 0.864, 0.976). The floors sit just below, so any real loss fails; raise them when
    the figures improve."""
    metrics = _figures(HELDOUT)
    _above(metrics, ndcg=0.925, p_at_1=0.90, recall=0.96, coverage=0.99)


def test_real_wording_quality_floors():
    """skill-v4.3 on the 32 requests of real public wording (skill fit only; bench/heldout/real): nDCG@5 0.915,
    P@1 0.969 (skill-v4.2: 0.900, 0.938). One request moves nDCG@5 by about 0.03, hence the wider margin."""
    metrics = _figures(REAL)
    _above(metrics, ndcg=0.89, p_at_1=0.90)


def test_real2_quality_floors():
    """skill-v4.5 on real2's 63 requests of real public wording (a tuning set since skill-v4.5; blind, skill-v4.4
    scored 0.857 / 0.937 / 0.876): nDCG@5 0.940, P@1 1.000, Recall@10 0.961. Floors sit just below."""
    metrics = _figures(REAL2)
    _above(metrics, ndcg=0.925, p_at_1=0.95, recall=0.95)


def test_fresh3_tuning_half_quality_floor(tmp_path):
    """skill-v4.7 on fresh3's odd ids only (the tuning half; the even half is sealed and never ranked here):
    nDCG@5 0.910, P@1 0.954, Recall@10 0.924 (skill-v4.4: 0.901, 0.938, 0.924; skill-v4.3: 0.671, 0.646, 0.711).
    Floors sit just below."""
    data = subset_dir(FRESH3, lambda rid: id_half(rid, True), tmp_path)
    metrics = _figures(data)
    _above(metrics, ndcg=0.895, p_at_1=0.92, recall=0.91)


def test_real3_tuning_half_quality_floor(tmp_path):
    """skill-v4.8 and skill-v4.9 on real3's odd ids only (real public wording; the tuning half since scoring #2, the even half is
    sealed and never ranked here): nDCG@5 0.888, P@1 1.000, Recall@10 0.872 (skill-v4.7: 0.881, 0.974, 0.875; skill-v4.6: 0.853, 0.974, 0.840;
    skill-v4.5: 0.726, 0.821, 0.710). 39 requests, so one request moves nDCG@5 by about 0.025: floors sit below."""
    data = subset_dir(REAL3, lambda rid: id_half(rid, True), tmp_path)
    metrics = _figures(data)
    _above(metrics, ndcg=0.865, p_at_1=0.94, recall=0.86)


def test_real4_tuning_half_quality_floor(tmp_path):
    """skill-v4.9 on real4's odd ids only (real public wording; the tuning half since its blind scoring #1, the even
    half is sealed and never ranked here): nDCG@5 0.881, P@1 0.964, Recall@10 0.861 (skill-v4.8: 0.881, 0.964,
    0.866; skill-v4.7, blind: 0.764, 0.857, 0.778). 28 requests, so one request moves nDCG@5 by about 0.035: floors sit below."""
    data = subset_dir(REAL4, lambda rid: id_half(rid, True), tmp_path)
    metrics = _figures(data)
    _above(metrics, ndcg=0.85, p_at_1=0.92, recall=0.85)


def test_scorer_rules(tmp_path):
    """The project's scorer on a tiny hand-computed set: grades, ideal order, violations, coverage."""
    import json
    import math

    vols = [
        {"external_id": "A", "active": True, "languages": ["ja"], "availability": []},
        {"external_id": "B", "active": False, "languages": ["ja"], "availability": []},
        {"external_id": "C", "active": True, "languages": ["ja"], "availability": ["mon-am"]},
    ]
    reqs = [
        {"external_id": "R1", "languages": ["ja"], "slots": ["sat-am"]},
        {"external_id": "R2", "languages": ["ja"], "slots": []},
    ]
    (tmp_path / "volunteers.jsonl").write_text("\n".join(json.dumps(v) for v in vols) + "\n")
    (tmp_path / "requests.jsonl").write_text("\n".join(json.dumps(r) for r in reqs) + "\n")
    (tmp_path / "qrels.tsv").write_text("request\tvolunteer\tgrade\nR1\tA\t3\nR1\tC\t1\n")
    ranking = tmp_path / "out.jsonl"
    ranking.write_text(json.dumps({"request": "R1", "ranking": [{"volunteer": "C"}, "B", "A"]}) + "\n")
    m = Scorer.score(tmp_path, ranking)
    ideal = 7 + 1 / math.log2(3)
    assert math.isclose(m["nDCG@5"], ((1 + 7 / 2) / ideal + 1.0) / 2)  # R2: nothing graded, nothing ranked
    assert m["P@1"] == 0.0 and m["Recall@10"] == 1.0
    assert m["violations@5"] == 2 / 3  # B inactive, C no common slot
    assert m["coverage"] == 0.5
