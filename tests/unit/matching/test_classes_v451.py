"""skill-v4.51: staying beside someone on the way to or through a hospital is an escort, not watching over
(「眼科の予約があり…そばについていてくださる方」; a context rule), and someone to do a thing with (相手: しゃべる相手, 練習
相手) names no title's topic. From fresh7's tuning half (read after its blind scoring); real18's and real26's tuning
halves gain too (each one request)."""

from __future__ import annotations

import pytest

from matching import Volunteer, literal
from tests.unit.matching.reading import assert_leads, sids


@pytest.mark.parametrize(
    "text",
    [
        "来月、大学病院の眼科の予約があり、そばについていてくださる方がいると心強いです",
        "母の通院の日、そばにいてくれる人を探しています",
    ],
)
def test_beside_someone_at_a_hospital_is_an_escort(taxonomy, text):
    got = sids(taxonomy, text)
    assert "escort_hospital" in got and "watching_over" not in got


def test_beside_someone_at_home_is_still_watching_over(taxonomy):
    assert "watching_over" in sids(taxonomy, "夜、父のそばにいてくれる人がいると安心です")


def test_a_partner_names_no_topic(taxonomy):
    words = [w for w, _f in literal.title_literals("しゃべる相手がおらんねん", taxonomy, lone_doings=True)]
    assert "相手" not in words


def test_the_escort_leads_the_watcher(areas, taxonomy):
    vols = [
        Volunteer("WATCH", skills=("見守り訪問",), bio="一人暮らしの方のお宅に伺っています。"),
        Volunteer("ESC", skills=("通院の付き添い",), bio="病院の受付から会計までご一緒します。"),
    ]
    desc = "駅の階段が怖いのです。来月、大学病院の眼科の予約があり、そばについていてくださる方がいると心強いです。"
    assert_leads(areas, taxonomy, vols, "足元がおぼつかなくて", desc, "ESC")
