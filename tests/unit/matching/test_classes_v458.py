"""skill-v4.58 (taxonomy): taking the rubbish out and sorting it (ゴミ出し, 分別, 集積所まで) is a concept of its own,
related to housework but no longer the same as tidying or cleaning a room: a request for it leads with those who take
rubbish out. A fridge to be moved is lifting, not help with the appliance, and feeding a cat is pet care. From
fresh8's tuning half, read after its blind scoring."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, primary


@pytest.mark.parametrize("tag", ["ゴミ出し代行", "ごみだし", "ペットボトルの分別", "ごみ集積所まで"])
def test_taking_out_the_rubbish_is_its_own_concept(taxonomy, tag):
    assert [s for s, _w, _x in taxonomy.tag_hits(tag)] == ["garbage_disposal"]


def test_it_is_related_to_housework(taxonomy):
    assert "housework" in taxonomy.skills["garbage_disposal"].related


def test_the_rubbish_helper_leads_the_tidier(areas, taxonomy):
    vols = [
        Volunteer("TIDY", skills=("片付け", "掃除"), bio="整理収納アドバイザーです。"),
        Volunteer("BINS", skills=("ゴミ出し",), bio="隣のおじいさんの分まで、燃えるごみを毎週出しています。"),
    ]
    desc = (
        "朝の集積所までが遠くて、ごみの日に出せない週が続いています。部屋がにおうようになってしまいました。"
    )
    assert_leads(areas, taxonomy, vols, "ごみの日に出せなくて", desc, "BINS")


def test_a_fridge_to_be_moved_is_lifting(matcher):
    got = primary(matcher, title="冷蔵庫 移動", description="冷蔵庫を台所の反対側へ 男手2人 日曜午前 30分")
    assert "heavy_lifting_moving" in got and "appliance_help" not in got
    assert "appliance_help" in primary(matcher, title="冷蔵庫", description="冷蔵庫の設定が分かりません。")


def test_feeding_the_cat_is_pet_care(taxonomy):
    assert "animal_welfare" in {s for s, _w in taxonomy.text_hits("朝夕のえさやりと猫のトイレの掃除")}
