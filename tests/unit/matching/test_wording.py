"""skill-v4.8: candidates with equal totals are told apart by how close their own words are to the request's (the
whole-text cosine of the fallback's terms), not by their ids; the order does not depend on which segment holds a
volunteer, nor on how many rows are tied."""

from __future__ import annotations

import pytest

from matching import HelpRequest, Matcher, Volunteer
from matching import index as index_module

ASK = {
    "title": "子ども食堂の調理ボランティア",
    "description": "毎週土曜の子ども食堂で、カレーの下ごしらえと盛り付けを手伝ってくださる方を探しています。",
}


def _vols() -> list[Volunteer]:
    # the same skill, town and (unknown) times: equal totals; only the bios' wording differs, and the id order
    # ("A…" first) is the opposite of the wording order
    return [
        Volunteer("A-far", skills=("料理",), bio="家庭料理が得意です。"),
        Volunteer("Z-near", skills=("料理",), bio="子ども食堂でカレーの下ごしらえや盛り付けをしています。"),
    ]


def _rank(m: Matcher) -> list[tuple[str, float]]:
    return [(c.volunteer_id, c.score) for c in m.rank(HelpRequest("R", **ASK)).candidates]


def test_equal_totals_go_to_the_volunteer_whose_words_are_nearest_the_request(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(_vols())
    got = _rank(m)
    assert [v for v, _s in got] == ["Z-near", "A-far"]
    assert got[0][1] == got[1][1]  # the totals are equal: wording only orders, it adds nothing to a score


def test_the_order_is_the_same_when_a_volunteer_arrives_after_the_build(areas, taxonomy):
    full = Matcher(areas=areas, taxonomy=taxonomy)
    full.index(_vols())
    later = Matcher(areas=areas, taxonomy=taxonomy)
    later.index([_vols()[0]])
    later.upsert(_vols()[1])  # held in the delta segment
    assert _rank(later) == _rank(full)


def test_a_large_tie_read_through_the_postings_orders_as_the_rows_own_terms(areas, taxonomy, monkeypatch):
    vols = [Volunteer(f"V{i:03d}", skills=("料理",), bio="料理が好きです。") for i in range(30)] + _vols()
    direct = Matcher(areas=areas, taxonomy=taxonomy)
    direct.index(vols)
    want = _rank(direct)
    monkeypatch.setattr(index_module, "WORDING_DIRECT_ROWS", 0)
    postings = Matcher(areas=areas, taxonomy=taxonomy)
    postings.index(vols)
    assert _rank(postings) == want
    assert want[0][0] == "Z-near"


@pytest.mark.parametrize("description", ["", "🙂", "a", "。。。"])
def test_requests_without_usable_words_still_rank(areas, taxonomy, description):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(_vols())
    m.rank(HelpRequest("R", title="料理", description=description))
