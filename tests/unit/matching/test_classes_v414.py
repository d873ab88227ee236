"""skill-v4.14: what a request says it is not asking for stays out of every reading, and more of the ways residents
and notices name a need (each worded apart from the sets' own sentences)."""

import pytest

from matching import Matcher
from tests.unit.matching.reading import asked, primary


@pytest.mark.parametrize(
    "text, concept",
    [
        ("乾いたタオルをたたむ作業です。入居者の介助をお願いするものではありません。", "care_assistance"),
        ("買い物の付き添いをお願いします。車の運転をお願いするわけではありません。", "driving_transport"),
        ("会場の受付を手伝ってください。司会はお願いしません。", "mc_announcing"),
    ],
)
def test_what_the_request_says_it_does_not_ask_is_not_asked(matcher: Matcher, text: str, concept: str):
    assert concept not in asked(matcher, title="", description=text)


def test_a_context_rule_does_not_read_a_word_the_request_says_is_not_asked(matcher: Matcher):
    # 付き添い beside driving words asks for a driver — unless the text says the driving is not asked
    by_car = "病院への付き添いをお願いします。送迎の運転もお願いできれば助かります。"
    on_foot = "病院への付き添いをお願いします。送迎の運転をお願いするものではありません。"
    assert "driving_transport" in asked(matcher, title="", description=by_car)
    assert "driving_transport" not in asked(matcher, title="", description=on_foot)
    assert primary(matcher, title="", description=on_foot) == ["escort_hospital"]


def test_a_concept_said_not_asked_does_not_come_back_through_another_spelling(matcher: Matcher):
    # the dictionary's spelling of the text (a second reading) used to bring back what the first one left out
    text = "洗濯物をたたんでくださる方。入居者の介助をお願いするものではありません。"
    assert asked(matcher, title="", description=text) == {"housework"}


@pytest.mark.parametrize(
    "text", ["週に一度、買い物の付き添いをしてくださる方", "スーパーでの買い物に付き添ってほしい"]
)
def test_a_companion_on_a_shopping_trip_is_shopping_help(matcher: Matcher, text: str):
    assert primary(matcher, title="", description=text) == ["shopping_errands"]
