"""The matcher's reasons in English: every reason and explanation the matcher writes for the held-out set is of
a form the catalogue knows (service/reasons_i18n.py FORMS), so a new wording in matching/ fails here until its
form is added; Japanese stays exactly as the matcher wrote it."""

from __future__ import annotations

import re

from matching import (
    DEFAULT_AREAS_PATH,
    DEFAULT_TAXONOMY_PATH,
    HelpRequest,
    Matcher,
    load_areas,
    load_taxonomy,
)
from matching.rank import read_jsonl
from matching.records import request_from_record, volunteer_from_record
from service.reasons_i18n import translate_reason
from tests.unit.matching.test_golden import HELDOUT

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
QUOTED = re.compile(r"“[^”]*”")  # the request's or the registration's own words, shown as written


def _english(text: str) -> str:
    return translate_reason(text, "en", DEFAULT_TAXONOMY_PATH, DEFAULT_AREAS_PATH)


def test_every_reason_of_the_held_out_set_reads_in_english():
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(volunteer_from_record(v) for v in read_jsonl(HELDOUT / "volunteers.jsonl"))
    lines: set[str] = set()
    for rec in read_jsonl(HELDOUT / "requests.jsonl"):
        res = m.rank(request_from_record(rec), 5)
        lines.update(r for c in res.candidates for r in c.reasons)
        lines.update(res.explanation)
    # and the explanations of an empty list: nothing read, nobody with the skill, everyone excluded by a rule
    for req in (
        HelpRequest(id="X1", title="", description="ふわふわ", slots=frozenset({"sat-am"})),
        HelpRequest(id="X2", title="書道", description="書道を教えてほしい", languages=frozenset({"ne"})),
    ):
        lines.update(m.rank(req, 5).explanation)
    assert len(lines) > 50
    left = {line: _english(line) for line in lines if JAPANESE.search(QUOTED.sub("", _english(line)))}
    assert left == {}
    assert all(translate_reason(line, "ja") == line for line in lines)


def test_the_fallbacks_shared_words_read_in_english_and_stay_as_written():
    line = "依頼文と登録内容に同じ言葉: 「ベルマーク・古切手・集計」(スキル辞書では未判定)"
    assert _english(line) == (
        "the same words in the request and the registration: “ベルマーク, 古切手, 集計” (not found in the skill dictionary)"
    )


def test_a_titles_topic_the_dictionary_lacks_reads_in_english_with_the_word_as_written():
    """skill-v4.21 (matching/literal.py): the card line of a registrant who lists the title's word."""
    from matching.types import Volunteer

    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    filler = [Volunteer(id=f"f{i}", skills=("書道",), bio="書道を教えています。") for i in range(20)]
    m.index([Volunteer(id="v", skills=("ステンシル教室",), bio=""), *filler])
    res = m.rank(HelpRequest(id="r", title="ステンシル講座の講師をお願いします", description=""), 5)
    line = next(r for r in res.candidates[0].reasons if r.startswith("依頼の題名"))
    assert _english(line) == (
        "the request's title names what they list: “ステンシル” (a topic the skill dictionary lacks)"
    )
    assert translate_reason(line, "ja") == line


def test_a_match_the_bio_only_names_in_passing_says_so_in_both_languages():
    from matching.types import Volunteer

    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    m.index(
        [
            Volunteer(
                id="v", skills=("中国語",), bio="中国語の通訳をしています。保育園のお知らせの翻訳もします。"
            )
        ]
    )
    res = m.rank(
        HelpRequest(id="r", title="子育てサロンで子どもを見てくださる方", description="保育のお手伝い"), 5
    )
    reasons = res.candidates[0].reasons
    line = "子どもの遊び・見守り・保育は登録で触れている程度"
    assert line in reasons
    english = _english(line)
    assert english.endswith(": only mentioned in passing in the registration") and not JAPANESE.search(
        english
    )


def test_the_words_a_request_and_a_registrant_share_read_in_english_and_stay_as_written():
    """skill-v4.18's wording reason (the rare words of the request a volunteer's text uses too)."""
    assert _english("依頼文と同じ言葉: 「カレー・食堂」") == "words the request uses too: “カレー, 食堂”"
    assert (
        translate_reason("依頼文と同じ言葉: 「カレー・食堂」", "ja") == "依頼文と同じ言葉: 「カレー・食堂」"
    )
