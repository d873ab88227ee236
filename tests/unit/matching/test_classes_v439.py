"""skill-v4.39: three ways a word of a request or registration named what it does not.

- A title's topic the dictionary lacks was looked up only as written: 「聖書ギリシア語」 found none of the registrants
  who write ギリシャ語. The lookup now tries the dictionary's spelling too (SudachiDict's normalized form).
- A product name was matched by its English stem: Microsoft "Teams" made a sea-turtle "survey team" a video-call
  helper, "Word" made "wording" word processing, "Windows" made "window" a PC. A name (a synonym written with a capital
  letter) now counts as written.
- The bare form of a concept's -ing word that is an everyday noun named the concept: "my LINE account" asked for a
  bookkeeper, "sign the form" for sign language. Written bare it names nothing; "accounting" and "signing" still do."""

from __future__ import annotations

import pytest

from matching import Matcher, Volunteer
from tests.unit.matching.reading import ranked, sids


def test_a_titles_topic_is_found_in_either_spelling(areas, taxonomy):
    vols = [
        Volunteer(
            "G1", skills=("現代ギリシャ語初級文法の講師",), bio="テッサロニキからオンラインで教えています。"
        ),
        Volunteer("G2", skills=("ギリシャ語の個人レッスン",), bio="古典も現代語も教えています。"),
        Volunteer("T1", skills=("無料の学習支援",), bio="中学生の勉強を見ています。"),
        Volunteer("T2", skills=("家庭教師",), bio="英語と数学を教えています。"),
        *[Volunteer(f"F{i:02d}", skills=("書道",), bio="書道を教えています。") for i in range(30)],
    ]
    top = ranked(
        Matcher(areas=areas, taxonomy=taxonomy),
        vols,
        title="近くで教わる場所がない、聖書ギリシア語を",
        description="新約聖書のギリシア語の勉強を始めたのですが、書店には教材がほとんどありません。",
    )
    assert set(top[:2]) == {"G1", "G2"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("nesting survey team and evening turtle walks", "video_call"),
        ("Thank you for the careful wording.", "word_processing"),
        ("Please open the window.", "pc_basics"),
        ("The camera zoomed in on the bird.", "video_call"),
        ("I forgot my LINE account password.", "accounting"),
        ("Please sign the form at the desk.", "sign_language"),
    ],
)
def test_an_everyday_english_word_is_not_the_name_nor_the_bare_noun(taxonomy, text, concept):
    assert concept not in sids(taxonomy, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("We use Teams for our meetings.", "video_call"),
        ("A Word document for the newsletter.", "word_processing"),
        ("My Windows PC is slow.", "pc_basics"),
        ("Zoom calls with my grandson.", "video_call"),
        ("Bookkeeping and accounting for our NPO.", "accounting"),
        ("I learned signing at the deaf centre.", "sign_language"),
    ],
)
def test_the_name_and_the_ing_word_still_name_the_concept(taxonomy, text, concept):
    assert concept in sids(taxonomy, text)
