"""A worker re-scores the same open requests again and again: the reasons of a candidate shown before and the
wording tie-break of the same rows are remembered, never at the price of a stale card."""

import numpy as np

from matching import HelpRequest, Load, Matcher, Volunteer
from matching import index as index_mod

REQ = HelpRequest("R1", title="スマホの使い方を教えてほしい", area="town_nakazato")


def _cards(m: Matcher, req: HelpRequest = REQ) -> list[tuple[str, float, tuple[str, ...]]]:
    return [(c.volunteer_id, c.score, c.reasons) for c in m.rank(req).candidates]


def test_ranking_again_gives_the_same_cards(matcher: Matcher):
    matcher.index(
        [
            Volunteer("V1", skills=("スマホ",), bio="スマホの使い方を教えます", area="town_nakazato"),
            Volunteer("V2", skills=("スマホ", "LINE"), area="town_noshio"),
        ]
    )
    first = _cards(matcher)
    assert matcher.profile(REQ).reasons  # remembered
    assert _cards(matcher) == first


def test_a_changed_volunteer_gets_a_new_card_not_the_remembered_one(matcher: Matcher):
    matcher.index([Volunteer("V1", skills=("スマホ",), area="town_nakazato")])
    before = _cards(matcher)[0][2]
    assert any(r.startswith("同じ町") for r in before)
    # the same id, score factors that may round alike: the card must follow the record (area, load, text)
    matcher.upsert(Volunteer("V1", skills=("スマホ",), area="town_noshio"))
    moved = _cards(matcher)[0][2]
    assert not any(r.startswith("同じ町") for r in moved) and moved != before
    matcher.upsert(
        Volunteer(
            "V1", skills=("スマホ",), area="town_noshio", load=Load(recent_proposals=9, recent_approvals=1)
        )
    )
    loaded = _cards(matcher)[0][2]
    assert any(r.startswith("最近の紹介が多め") for r in loaded)


def test_wording_is_remembered_exactly_and_forgotten_when_full(matcher: Matcher, monkeypatch):
    matcher.index([Volunteer(f"V{i}", skills=("スマホ",), bio=f"スマホ教室 {i} 回目") for i in range(8)])
    seg = matcher._main
    q = matcher.profile(REQ).fallback_query()
    rows = np.arange(8)
    got = seg.wording(q, rows)
    assert np.array_equal(got, seg._wording(q, rows)) and not got.flags.writeable
    assert seg.wording(q, rows) is got
    monkeypatch.setattr(index_mod, "WORDING_MEMO", 2)
    for k in range(1, 5):
        seg.wording(q, rows[:k])
    assert len(seg.wording_memo) <= 2
