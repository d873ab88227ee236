"""skill-v4.73: a language the request requires is spoken by every candidate, so holding it is no near-equivalent of
the skill asked, only a related one — an English speaker who teaches kintsugi "in English" is no interpreter for an
English-speaking parent's PTA meeting, while one who lists ベトナム語 still comes before a stranger to the language for
a Vietnamese interpreting ask. And English function words ("could", "about", "my") are not the request's own words:
in a pool written mostly in Japanese they are rare, so any two English texts shared them at a high idf."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer
from matching.normalize import normalize, without_en_function_words

PTA = HelpRequest(
    "R",
    title="Someone to come with me to the school PTA meeting",
    description=(
        "My son started junior high this spring. I can talk a little with his teacher, but I am worried about the"
        " meeting. Could someone who speaks English come with me and help me follow the meeting?"
    ),
    languages=frozenset({"en"}),
)


def test_an_english_speaker_is_no_interpreter_for_an_english_ask(areas, taxonomy):
    vols = [
        Volunteer(
            "interp",
            skills=("通訳ボランティア",),
            bio="学校の面談で通訳をしています。",
            languages=("ja", "en"),
        ),
        Volunteer(
            "kintsugi",
            skills=("kintsugi classes in English",),
            bio="I teach kintsugi in English to my students. I can talk about my work for hours.",
            languages=("en",),
        ),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    got = m.rank(PTA).candidates
    assert [c.volunteer_id for c in got][:1] == ["interp"], [(c.volunteer_id, c.score) for c in got]
    assert not any(r.startswith("近いスキル") for c in got for r in c.reasons if c.volunteer_id == "kintsugi")


def test_a_lister_of_the_language_still_comes_before_a_stranger_to_it(areas, taxonomy):
    vols = [
        Volunteer("vi", skills=("ベトナム語",), bio="", languages=("ja", "vi")),
        Volunteer("jp", skills=("日本語教室",), bio="", languages=("ja", "vi")),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    ask = HelpRequest(
        "R",
        title="保護者面談の通訳",
        description="ベトナム語しか話せない保護者の面談に同席して、通訳してくださる方を。",
        languages=frozenset({"vi"}),
    )
    got = m.rank(ask).candidates
    assert [c.volunteer_id for c in got][:1] == ["vi"], [(c.volunteer_id, c.score) for c in got]
    assert any(r.startswith("関連スキル: ベトナム語") for r in got[0].reasons), got[0].reasons


def test_english_function_words_are_not_the_requests_own_words():
    text = normalize("Could someone help me with my garden? 庭の草取りをお願いします")
    kept = without_en_function_words(text)
    assert "garden" in kept and normalize("庭の草取りをお願いします") in kept
    assert not any(w in kept.split() for w in ("could", "someone", "help", "me", "with", "my"))
    assert without_en_function_words("庭の草取り") == "庭の草取り"  # Japanese alone is left as it is
