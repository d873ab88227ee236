"""skill-v4.18 through the service: of two registrants with the same skill, town and times, the one who writes about
what the request asks is proposed first, its card says 言葉の近さ and names the rare words both use, and the staff
page shows the factor under its label (the matcher's words' score reaching a coordinator, not only a benchmark)."""

from __future__ import annotations

from tests.conftest import login, make_staff, settled
from tests.factories import help_request, volunteer

ASK = help_request(
    title="子ども食堂の調理ボランティア",
    description="毎週土曜の子ども食堂で、カレーの下ごしらえと盛り付けを手伝ってくださる方を探しています。",
)


def test_the_registrant_who_writes_about_the_ask_leads_and_the_card_says_why(client, engine):
    make_staff(engine)
    for i in range(24):  # registrants of another skill: the words they all write are not rare
        client.post(
            "/api/volunteers",
            json=volunteer(display_name=f"書道 {i}", skills=["書道"], bio="書道のボランティアをしています。"),
        )
    plain = client.post(
        "/api/volunteers", json=volunteer(display_name="青木 一", skills=["料理"], bio="家庭料理が得意です。")
    ).json()["id"]
    near = client.post(
        "/api/volunteers",
        json=volunteer(
            display_name="渡辺 二",
            skills=["料理"],
            bio="子ども食堂でカレーの下ごしらえや盛り付けをしています。",
        ),
    ).json()["id"]
    token = login(client)  # the session cookie stays: the staff page below reads it
    headers = {"Authorization": f"Bearer {token}"}
    rid = client.post("/api/requests", json=ASK).json()["id"]
    settled(client, headers, rid)
    shown = client.get(f"/api/requests/{rid}/proposals", headers=headers).json()
    by_id = {p["volunteer_id"]: p for p in shown}
    assert shown[0]["volunteer_id"] == near, shown
    assert by_id[near]["factors"]["wording"] > by_id[plain]["factors"]["wording"]
    said = [r for r in by_id[near]["reasons"] if r.startswith("依頼文と同じ言葉")]
    assert said and "カレー" in said[0] and "ボランティア" not in said[0], by_id[near]["reasons"]
    page = client.get(f"/staff/requests/{rid}").text
    assert "言葉の近さ" in page and "依頼文と同じ言葉" in page
