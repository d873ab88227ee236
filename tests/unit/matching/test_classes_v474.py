"""skill-v4.74: an English title's topic the dictionary lacks is looked up as a Japanese title's nouns are
(「Volunteers to teach floorball to children (English)」: floorball; 「…a flying squirrel guide…」: squirrel), function
words, request boilerplate and venues aside; an English tag holds the word when it is one of its words, and a bio
when it is a whole word of it (no "stone" in "milestone"). And a language the title names only in brackets is never
the ask, even where nothing else is read: every English speaker had held "(English)" as a full skill match."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer, literal


def _filler(n: int) -> list[Volunteer]:  # the title's word is rare among them all (literal.LITERAL_SHARE)
    return [Volunteer(f"F{i:02d}", skills=("書道",), bio="書道を教えています。") for i in range(n)]


FLOORBALL = HelpRequest(
    "R",
    title="Volunteers to teach floorball to children (English)",
    description="The base of the sport is classes for young players. We need coaches who can run a first practice.",
    languages=frozenset({"en"}),
)


def test_an_english_titles_topic_words(taxonomy):
    assert literal.english_topics(FLOORBALL.title, taxonomy) == ["floorball"]
    assert literal.english_topics("Someone to come with me to the school PTA meeting", taxonomy) == []
    assert literal.english_topics("Someone for our weekly storytime at the library", taxonomy) == []
    assert "squirrel" in literal.english_topics("Looking for a flying squirrel guide", taxonomy)


def test_the_registrants_who_list_it_lead_the_english_speakers(areas, taxonomy):
    en = ("en",)
    vols = [
        Volunteer(
            "romanian", skills=("ルーマニア語の日常会話",), bio="英語も話せます。", languages=("ja", "en")
        ),
        Volunteer(
            "kalimba",
            skills=("Teaching kalimba to groups of children",),
            bio="I teach kalimba.",
            languages=en,
        ),
        Volunteer(
            "coach", skills=("Coaching young floorball players",), bio="I coach on Saturdays.", languages=en
        ),
        Volunteer("walls", skills=("Stone walling",), bio="A milestone in my life.", languages=en),
        *_filler(30),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    assert not m.profile(FLOORBALL).asked  # "(English)" labels the language needed, it is not the ask
    m.index(vols)
    got = m.rank(FLOORBALL).candidates
    assert [c.volunteer_id for c in got][:1] == ["coach"], [(c.volunteer_id, c.score) for c in got]
    assert "依頼の題名と同じ言葉: 「floorball」(スキル辞書にない話題)" in got[0].reasons


def test_an_english_word_is_held_as_a_whole_word(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    vols = [
        Volunteer("tag", skills=("Dry stone walling",), bio="", languages=("en",)),
        Volunteer("bio", skills=("Gardening",), bio="I rebuilt a stone wall once.", languages=("en",)),
        Volunteer("mile", skills=("Running",), bio="Every milestone counts.", languages=("en",)),
        *_filler(30),
    ]
    m.index(vols)
    ask = HelpRequest("R", title="Help to rebuild our stone walls (English)", languages=frozenset({"en"}))
    ids = [c.volunteer_id for c in m.rank(ask).candidates]
    assert ids[:1] == ["tag"] and "mile" not in ids[:2], ids
