"""skill-v4.19: therapy-dog visits and knife sharpening are skills of their own (a skills bank lists both; the
dictionary had neither, so a facility asking for a dog's visit got its 行事 read as event management)."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer


def _first(areas, taxonomy, vols, title, description=""):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    return m.rank(HelpRequest("R", title=title, description=description)).candidates[0]


def test_a_therapy_dog_visit_goes_to_the_handler_not_to_an_event_helper(areas, taxonomy):
    vols = [
        Volunteer("EVENT", skills=("イベント運営",), bio="地域の行事の準備と受付をしています。"),
        Volunteer("DOG", skills=("ドッグセラピー",), bio="しつけをした愛犬と一緒に施設を訪問しています。"),
        Volunteer("PET", skills=("保護犬の世話",), bio="保護犬の散歩をしています。"),
    ]
    got = _first(
        areas,
        taxonomy,
        vols,
        "月1回、セラピー犬に来てほしい",
        "施設の行事として、動物介在活動の訪問をお願いしたいです。",
    )
    assert got.volunteer_id == "DOG", got


def test_a_knife_sharpening_day_goes_to_a_sharpener(areas, taxonomy):
    vols = [
        Volunteer("EVENT", skills=("イベントの企画",), bio="町内のイベントを手伝っています。"),
        Volunteer("COOK", skills=("料理",), bio="包丁さばきには自信があります。"),
        Volunteer("EDGE", skills=("刃物の研磨",), bio="砥石をそろえて、包丁やはさみを研いでいます。"),
    ]
    got = _first(
        areas, taxonomy, vols, "包丁研ぎの会で研いでくださる方", "町会のイベントで包丁を研いでもらいます。"
    )
    assert got.volunteer_id == "EDGE", got
