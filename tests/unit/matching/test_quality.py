"""The dev-set quality floor: a later change cannot silently break matching (reads qrels only to score)."""

from pathlib import Path

import pytest

from bench.quality import DEFAULT_TOOL, load_score_tool, matcher_rankings, score_rankings
from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from matching.algorithm import DEFAULT
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "dev"


@pytest.mark.skipif(not (DATA / "qrels.tsv").exists(), reason="dev set not present")
def test_dev_ndcg_floor():
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(volunteer_from_record(v) for v in read_jsonl(DATA / "volunteers.jsonl"))
    reqs = [request_from_record(r) for r in read_jsonl(DATA / "requests.jsonl")]
    metrics = score_rankings(load_score_tool(DEFAULT_TOOL), DATA, matcher_rankings(m, reqs, DEFAULT))
    assert metrics["violations@5"] == 0.0
    assert metrics["nDCG@5"] >= 0.85
    assert metrics["Recall@10"] >= 0.85
