"""skill-v4.36: two everyday words real24's and real25's tuning halves (read after their blind scoring) found the
dictionary lacking — a 日本語講師 is a Japanese teacher as a 日本語教師 is, and a 塾 (はなまる塾, 学習塾, a 塾講師) is study
support — so a title that asks for them leads with their holders, not with after-school care or interpreters; and words
that name the field rather than the skill (多文化共生, 外国籍, 外国人支援) no longer make an interpreter a Japanese teacher."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, offered, weights

VOLS = [
    Volunteer(
        "NIHONGO", skills=("日本語教室のボランティア",), bio="公民館で外国の方に日本語を教えています。"
    ),
    Volunteer("INTERP", skills=("通訳ボランティア(英語)",), bio="病院で英語の通訳をしています。"),
    Volunteer("TUTOR", skills=("無料の学習教室",), bio="元教員で、中学生の勉強を見ています。"),
    Volunteer("AFTER", skills=("放課後の子どもの見守り",), bio="学童クラブで子どもたちと遊んでいます。"),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("日本語講師ボランティアを募集します", "区に住む外国人の方への支援です。", "NIHONGO"),
        ("放課後の「はなまる塾」、講師を募集しています", "町内会館で小学生に教えています。", "TUTOR"),
    ],
)
def test_the_words_lead_their_own_asks(areas, taxonomy, title, description, want):
    assert_leads(areas, taxonomy, VOLS, title, description, want)


def test_an_interpreter_of_the_multicultural_field_is_no_japanese_teacher(taxonomy):
    assert "japanese_teaching" not in offered(
        taxonomy, "国際交流協会の多文化共生サポーターとして、外国籍の方の通訳をしています。"
    )
    assert "japanese_teaching" in offered(taxonomy, "公民館で外国籍の方に日本語を教えています。")


def test_the_words_read_as_their_concepts(taxonomy):
    assert weights(taxonomy, "日本語講師")["japanese_teaching"] == 1.0
    assert weights(taxonomy, "学習塾の塾講師")["study_support"] == 1.0
