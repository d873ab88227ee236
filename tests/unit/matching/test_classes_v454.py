"""skill-v4.54: when few hold what a request asks and the request needs a language other than Japanese, the list goes
on with those who speak it and whose text is near the request's, though no rare word of theirs is the request's
(real28's Swahili guide: everyone who speaks Swahili writes スワヒリ語, so the word is not rare there)."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer


def _roster() -> list[Volunteer]:
    sw = frozenset({"ja", "sw"})
    vols = [
        Volunteer("GUIDE", skills=("外出の付き添い",), bio="東京の名所を案内しています。", languages=sw),
        Volunteer(
            "SW1", skills=("東アフリカ交流団体",), bio="スワヒリ語の勉強会を開いています。", languages=sw
        ),
        Volunteer("SW2", skills=(), bio="協力隊でタンザニアに行き、スワヒリ語を学びました。", languages=sw),
        Volunteer("JA", skills=("料理",), bio="タンザニアの料理を作るのが好きです。"),
    ]
    # a roster where スワヒリ語 is a common word: a fifth of the registrants write it
    vols += [
        Volunteer(
            f"O{i}", skills=("書道",), bio="スワヒリ語を少し話します。" if i < 3 else "よろしくお願いします。"
        )
        for i in range(12)
    ]
    return vols


def test_speakers_of_the_needed_language_follow_the_holders(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(_roster())
    req = HelpRequest(
        "R",
        title="タンザニアから来る友人の東京案内に、スワヒリ語で付き添ってくださる方",
        description="友人は日本語も英語も少しです。スワヒリ語で東京を案内してくださる方を探しています。",
        languages=frozenset({"sw"}),
    )
    got = [c.volunteer_id for c in m.rank(req).candidates]
    assert got[0] == "GUIDE" and {"SW1", "SW2"} <= set(got), got
    assert "JA" not in got  # a hard constraint: who does not speak it is never listed


def test_without_a_needed_language_a_shared_word_is_still_required(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    vols = [v for v in _roster() if v.id != "JA"]
    m.index([Volunteer(v.id, skills=v.skills, bio=v.bio) for v in vols])
    req = HelpRequest("R", title="東京案内をしてくださる方", description="東京の名所を一緒に回ってください。")
    got = [c.volunteer_id for c in m.rank(req).candidates]
    assert got[:1] == ["GUIDE"] and "SW2" not in got, got
