"""skill-v4.21 through the service: a resident asks, in the title, for a topic the dictionary lacks (ステンシル), and
the description names other things (the 公民館 course, 剪定); the registrant who lists that topic as a skill is
proposed first, the card says 「依頼の題名と同じ言葉: 「ステンシル」(スキル辞書にない話題)」, and the staff page shows it
in Japanese and in English."""

from __future__ import annotations

import html

from tests.conftest import login, make_staff, settled
from tests.factories import help_request, volunteer

ASK = help_request(
    title="ステンシル講座の講師をお願いします",
    description="公民館の講座で、里山の恵みを味わう会の一つとして、ステンシルと庭木の剪定の話をしてくださる方を探しています。",
)


def test_the_registrant_who_lists_the_titles_topic_is_proposed_and_the_card_says_why(client, engine):
    make_staff(engine)
    for i in range(24):  # registrants of another skill: the title's word is rare among them all
        client.post(
            "/api/volunteers",
            json=volunteer(display_name=f"書道 {i}", skills=["書道"], bio="書道のボランティアをしています。"),
        )
    pruner = client.post(
        "/api/volunteers",
        json=volunteer(display_name="青木 一", skills=["草むしり"], bio="庭木の剪定も頼まれて伺っています。"),
    ).json()["id"]
    soba = client.post(
        "/api/volunteers",
        json=volunteer(
            display_name="渡辺 二", skills=["ステンシル教室"], bio="市民プラザで月に四回教えています。"
        ),
    ).json()["id"]
    token = login(client)  # the session cookie stays: the staff page below reads it
    headers = {"Authorization": f"Bearer {token}"}
    rid = client.post("/api/requests", json=ASK).json()["id"]
    settled(client, headers, rid)
    shown = client.get(f"/api/requests/{rid}/proposals", headers=headers).json()
    ids = [p["volunteer_id"] for p in shown]
    assert ids[0] == soba and pruner in ids, shown
    said = "依頼の題名と同じ言葉: 「ステンシル」(スキル辞書にない話題)"
    assert said in shown[0]["reasons"], shown[0]["reasons"]
    assert said in client.get(f"/staff/requests/{rid}").text
    english = html.unescape(client.get(f"/staff/requests/{rid}?lang=en").text)
    assert (
        "the request's title names what they list: “ステンシル” (a topic the skill dictionary lacks)"
        in english
    )
