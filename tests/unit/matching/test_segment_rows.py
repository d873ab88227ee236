"""A segment built in id order (every index build's main segment, every delta) finds an id's row by a binary search
over its own ids, not through a dict of every volunteer (6.5 MB at 100k); writes and rankings see the same rows."""

from __future__ import annotations

import pytest

from matching import HelpRequest, Volunteer
from matching.index import LangCodes, Segment, SortedRows


def _vols(n: int) -> list[Volunteer]:
    return [
        Volunteer(
            id=str(i), skills=("スマホの使い方",) if i % 2 else ("料理",), availability=frozenset({"sat-am"})
        )
        for i in range(n)
    ]


def test_sorted_rows_answer_like_the_dict_they_replace():
    ids = sorted(str(i) for i in range(1, 300))
    rows, ref = SortedRows(ids), {vid: i for i, vid in enumerate(ids)}
    for vid in [*ids, "0", "3000", "", "abc", "99x"]:
        assert rows.get(vid) == ref.get(vid)
        assert (vid in rows) == (vid in ref)
        if vid in ref:
            assert rows[vid] == ref[vid]
        else:
            with pytest.raises(KeyError):
                rows[vid]
    assert len(rows) == len(ref) and 5 not in rows


def test_the_main_segment_holds_no_dict_of_rows_and_writes_still_find_theirs(matcher):
    matcher.index(_vols(500))
    assert isinstance(matcher._main.row, SortedRows)
    ask = HelpRequest(id="r", title="スマホの使い方を教えてほしい", slots=frozenset({"sat-am"}))
    before = [c.volunteer_id for c in matcher.rank(ask).candidates]
    assert before
    matcher.remove(before[0])  # a tombstone found through the sorted rows
    assert before[0] not in [c.volunteer_id for c in matcher.rank(ask).candidates]
    matcher.upsert(Volunteer(id=before[0], skills=("スマホの使い方",), availability=frozenset({"sat-am"})))
    assert [c.volunteer_id for c in matcher.rank(ask).candidates] == before
    assert isinstance(matcher._delta.row, SortedRows)


def test_a_segment_given_ids_out_of_order_keeps_a_dict(areas, taxonomy):
    vols = list(reversed(_vols(5)))
    s = Segment(vols, taxonomy=taxonomy, areas=areas, area_index={}, langs=LangCodes(), idf=None)
    assert isinstance(s.row, dict) and s.row["4"] == 0 and s.row["0"] == 4
