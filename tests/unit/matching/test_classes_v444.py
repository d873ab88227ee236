"""skill-v4.44: an example of what is not needed (「手のマッサージなどの特別な技術は要りません」) is not asked, as a list's
item is (「送迎や付き添いは不要」); talking with the residents (「入居者さんとお話しして」) is befriending; hand sewing
(手縫い) is sewing, and a store room or shed sorted out (倉庫整理, 不要品の分別) is tidying. Found in fresh6's tuning
half (read after its blind scoring); fresh5's odd half gains too (不要品)."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, sids, weights


@pytest.mark.parametrize(
    "text",
    [
        "入居者さんとお話ししていただくボランティア。手のマッサージなどの特別な技術は要りません。",
        "利用者さんとお話しする会です。マッサージなどは必要ありません。",
    ],
)
def test_an_example_of_what_is_not_needed_is_not_asked(taxonomy, text):
    got = weights(taxonomy, text)
    assert "massage_beauty" not in got or got["massage_beauty"] < max(got.values())
    assert "listening_befriending" in got


def test_an_example_of_what_is_asked_still_is(taxonomy):
    assert "massage_beauty" in weights(taxonomy, "手のマッサージなどをしていただける方を探しています。")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("フロアで入居者さんとお話ししてくださる方", "listening_befriending"),
        ("古着のシャツをバッグに作り替える講座、手縫い中心です", "sewing_mending"),
        ("地域食堂の倉庫整理、不要品の分別", "housework"),
        ("物置の片付けを手伝ってほしい", "housework"),
    ],
)
def test_the_everyday_ask_is_read(taxonomy, text, concept):
    assert concept in sids(taxonomy, text)


def test_the_talker_leads_the_masseuse(areas, taxonomy):
    vols = [
        Volunteer(
            "NAIL", skills=("ネイルケア", "ハンドマッサージ"), bio="施設でハンドマッサージをしています。"
        ),
        Volunteer("TALK", skills=("話し相手",), bio="施設で入居者さんのお話を伺っています。"),
    ]
    desc = "居室やフロアで入居者さんとお話ししていただくボランティア。手のマッサージなどの特別な技術は要りません。"
    assert_leads(areas, taxonomy, vols, "お話ボランティア", desc, "TALK")
