"""skill-v4.42: three everyday asks of a 社協 the dictionary had no word for, found in fresh6's tuning half (read after
its blind scoring): a grave visit or a grave cleaned (墓参り, お墓の掃除), help at a mobile shop (移動販売, 出張販売) and a
hearing aid looked after (補聴器, 集音器); and a remade garment is sewing (着物のリメイク), a car park's guide an event's
staff (駐車場の誘導)."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, sids


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("お彼岸の前に、お墓をきれいにしてくれる人を探しています", "grave_visit"),
        ("遠方に住んでいて、お墓参りの代行をお願いしたい", "grave_visit"),
        ("団地に来る移動販売の手伝い", "mobile_sales"),
        ("坂の上の出張販売で品出しを", "mobile_sales"),
        ("補聴器の電池の替え方がわからない", "hearing_aid_care"),
        ("集音器の音が小さくなった", "hearing_aid_care"),
        ("母の着物のリメイクをお願いしたい", "sewing_mending"),
        ("お祭りの駐車場の誘導係", "event_management"),
    ],
)
def test_the_everyday_ask_is_read(taxonomy, text, concept):
    assert concept in sids(taxonomy, text)


def test_going_with_someone_to_a_grave_is_still_an_escort(taxonomy):
    assert "grave_visit" not in sids(taxonomy, "母のお墓参りに付き添ってください")


def test_a_grave_cleaner_leads_a_house_cleaner_for_a_grave(areas, taxonomy):
    vols = [
        Volunteer("GRAVE", skills=("墓掃除", "墓参り代行"), bio="お彼岸の前は墓掃除の依頼が多いです。"),
        Volunteer("HOUSE", skills=("掃除",), bio="一人暮らしの方のお部屋の掃除をしています。"),
        Volunteer("HEAR", skills=("補聴器の手入れ",), bio="補聴器の電池交換やお掃除を手伝います。"),
    ]
    assert_leads(
        areas, taxonomy, vols, "お墓をきれいにしたい", "腰が痛くて、お墓の掃除に行けません。", "GRAVE"
    )
    assert_leads(areas, taxonomy, vols, "補聴器の調子が悪い", "電池の替え方を教えてほしいです。", "HEAR")
