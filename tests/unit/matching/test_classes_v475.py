"""skill-v4.75: what the text says is already arranged is not asked (「ご自宅と病院の間は介護タクシーを手配済みです」: the
ride is booked, the ask is someone to go from reception to the cashier), and 「地震が起こったら…何を準備」 asks about
preparing for a disaster."""

from __future__ import annotations

from tests.unit.matching.reading import asked, sids


def test_what_is_already_arranged_is_not_asked(matcher):
    form = "退院後初回の外来受診で、受付から会計まで付き添ってくださる方を。ご自宅と病院の間は介護タクシーを手配済みです。"
    got = asked(matcher, title="退院後の外来", description=form)
    assert "escort_hospital" in got and not got & {"driving_transport", "wheelchair_vehicle"}, got
    assert "driving_transport" in asked(matcher, title="", description="病院まで車で送ってくださる方を。")


def test_what_to_prepare_if_an_earthquake_comes(taxonomy):
    assert "disaster_prevention" in sids(taxonomy, "もし地震が起こったら、何を準備すればいいか知りません。")
