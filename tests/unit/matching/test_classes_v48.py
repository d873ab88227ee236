"""skill-v4.8: classes of miss read from real4's tuning half (odd ids; the even half stays sealed), each tested on
sentences written for these tests (not taken from any evaluation set): woodland and bamboo-grove work is its own
concept, a food pantry is food support, play with children said as a verb (and children's day services) is child
care, crafts named by what is made, and a skill the request says one may be bad at is not asked."""

import pytest

from matching import Volunteer
from tests.unit.matching.reading import asked, offered, primary, ranked


@pytest.mark.parametrize(
    "description, wanted",
    [
        ("裏山の竹林が荒れ放題です。竹の伐採を手伝ってくださる方を募集します。", "satoyama_forest"),
        ("森づくりの会です。冬の間伐と夏の下刈りに参加してくださる方を探しています。", "satoyama_forest"),
        ("月に一度のフードパントリーで、食品の仕分けとお渡しを手伝ってください。", "food_bank"),
        ("障害のある小学生たちと、公園で思いっきり遊んでくれる学生さんを募集します。", "childcare_play"),
    ],
)
def test_asks_named_by_the_work(matcher, description, wanted):
    assert primary(matcher, title="ボランティア募集", description=description) == [wanted]


@pytest.mark.parametrize(
    "bio, wanted",
    [
        ("森林ボランティアの会で、枝打ちや間伐をしています。", "satoyama_forest"),
        ("放課後等デイサービスで、子どもたちの遊びに加わっています。", "childcare_play"),
        ("端切れで小さな人形を作るのが趣味です。", "crafts_making"),
        ("フードバンクで食料品の検品をしています。", "food_bank"),
    ],
)
def test_bios_that_describe_the_work(matcher, bio, wanted):
    assert wanted in offered(matcher.taxonomy, bio)


def test_woodland_work_goes_to_woodland_volunteers_before_gardeners(matcher):
    ask = {"title": "竹林の整備", "description": "放置竹林の竹を切って、林を明るくする作業です。"}
    vols = [
        Volunteer("garden", skills=("草取り",), bio="ご近所の庭の草取りをしています。"),
        Volunteer("woods", skills=(), bio="里山の会で竹林整備と下刈りをしています。"),
    ]
    assert ranked(matcher, vols, **ask)[0] == "woods"


@pytest.mark.parametrize(
    "description",
    [
        "サロンで布の小物を一緒に作ってくださる方。お裁縫が苦手でも大丈夫です。",
        "サロンで布の小物を一緒に作ってくださる方。裁縫は苦手でも構いません。",
    ],
)
def test_a_skill_one_may_be_bad_at_is_not_asked(matcher, description):
    got = asked(matcher, title="小物づくりのお手伝い", description=description)
    assert "sewing_mending" not in got and "crafts_making" in got
