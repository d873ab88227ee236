"""skill-v4.70: a title that asks for a concept may name, beside it, a topic the dictionary lacks (「小学生に浄瑠璃の
語り・三味線の稽古を」「始めたデンマーク語を見てほしい」); the registrants who list that word stand beside the concept's
holders (as a description's repeated word does since v4.33), and the request's words order them. Only a word that is
not part of the concept's own word (写真 of 写真を撮って) is looked up, and 福祉 — the field every request of a 社協 is in
— is never a topic."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer, literal
from tests.unit.matching.reading import ranked


def _filler(n: int) -> list[Volunteer]:
    return [Volunteer(f"F{i:02d}", skills=("書道",), bio="書道を教えています。") for i in range(n)]


def test_a_titles_topic_beside_its_concept_brings_its_registrants(areas, taxonomy):
    vols = [
        Volunteer("joruri", skills=("人形浄瑠璃", "人形遣い"), bio="保存会で子どもたちに教えています。"),
        Volunteer("flute", skills=("リコーダー",), bio="学童でリコーダーを教えています。"),
        Volunteer("koto", skills=("大正琴",), bio="公民館の大正琴サークルにいます。"),
        *_filler(30),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    got = m.rank(HelpRequest("R", title="小学生に浄瑠璃の語り・三味線の稽古をつけてくださる方")).candidates
    card = next((c for c in got if c.volunteer_id == "joruri"), None)
    assert card is not None, [c.volunteer_id for c in got]  # beside the instruments' holders, not after them
    assert "依頼の題名と同じ言葉: 「浄瑠璃」(スキル辞書にない話題)" in card.reasons, card.reasons
    # beside them: about the score of the instruments' holders (the request's words order them), not below it
    assert card.score >= min(c.score for c in got if c.volunteer_id in ("flute", "koto")) - 0.01


def test_a_language_the_dictionary_lacks_beside_a_study_ask(areas, taxonomy):
    vols = [
        Volunteer("danish", skills=("デンマーク語の講師",), bio="コペンハーゲンに十年住みました。"),
        Volunteer("math", skills=("数学を教える",), bio="元中学校の数学教師です。勉強を見ます。"),
        *_filler(30),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    got = ranked(m, vols, title="独学で始めたデンマーク語の勉強を見てほしい", description="")
    assert got[:1] == ["danish"], got


def test_the_concepts_own_word_and_the_field_are_no_topic(matcher, taxonomy):
    beside = matcher.profile(HelpRequest("R", title="元気なうちに写真を撮っておきたい")).desc_literal
    assert "写真" not in [w for w, _f in beside]
    assert "福祉" not in [w for w, _f in literal.title_literals("見守りネットワークの福祉推進員を", taxonomy)]
