"""skill-v4.52: what a request says is not the help asked (「学童や預かり保育の手伝いではありません」「料理の担当ではあり
ません」) is not asked, a list's items included. From fresh7's tuning half (read after its blind scoring)."""

from __future__ import annotations

import pytest

from tests.unit.matching.reading import weights


@pytest.mark.parametrize(
    ("text", "not_asked", "asked"),
    [
        (
            "通学路の交差点で、朝、子どもたちの横断を見守っていただける方を。学童や預かり保育の手伝いではありません。",
            "childcare_play",
            "school_route_watch",
        ),
        ("地域食堂の倉庫整理。食器と備品の仕分け。料理の担当ではありません。", "cooking", "housework"),
    ],
)
def test_what_is_not_the_help_asked_is_not_asked(taxonomy, text, not_asked, asked):
    got = weights(taxonomy, text)
    assert asked in got
    assert not_asked not in got


def test_the_help_asked_is_still_asked(taxonomy):
    assert "childcare_play" in weights(taxonomy, "学童の手伝いをしてくださる方を探しています。")
