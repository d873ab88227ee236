"""skill-v4.50 (taxonomy): a camera in a medical or security word is no photography (胃カメラ, 防犯カメラ), and walking
beside someone through a hospital is an escort (ついて歩く, 院内介助, 検査の付き添い). Found in fresh6's tuning half
(read after its blind scoring)."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, sids


@pytest.mark.parametrize("text", ["来月、大きな病院で胃カメラの検査を受けます", "玄関に防犯カメラを付けたい"])
def test_a_camera_that_takes_no_pictures_is_no_photography(taxonomy, text):
    assert "photography" not in sids(taxonomy, text)


def test_a_camera_is_still_photography(taxonomy):
    assert "photography" in sids(taxonomy, "運動会でカメラを持って撮影してくださる方")


@pytest.mark.parametrize(
    "text",
    [
        "検査が終わるまで、そばについて歩いていただける方を",
        "院内介助のボランティア",
        "母の検査に付き添ってほしい",
    ],
)
def test_walking_beside_someone_in_hospital_is_an_escort(taxonomy, text):
    assert "escort_hospital" in sids(taxonomy, text)


def test_the_escort_leads_the_photographer(areas, taxonomy):
    vols = [
        Volunteer("CAM", skills=("一眼レフ撮影",), bio="行事の記念撮影をしています。"),
        Volunteer("ESC", skills=("院内介助",), bio="病院の受付から会計までご一緒します。"),
    ]
    desc = (
        "大きな病院で胃カメラの検査を受けます。検査が終わって家に戻るまで、そばについて歩いていただける方を。"
    )
    assert_leads(areas, taxonomy, vols, "検査の日、ひとりで病院を回るのが不安", desc, "ESC")
