"""skill-v4.68: a language the title names only in brackets labels the language the helper must speak (real33's
「Sighted coaches and officials for our goalball club (English)」, real32's 「A kalimba player to perform for our
residents (English)」): it is the hard constraint, not the ask, so registrants who speak English but know nothing of
goalball no longer hold the request's main ask in full. A language the title names outside brackets stays an ask
(「英会話の相手をしてくれる方」). Found on real33's tuning half, read after its blind scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.quality import Scorer
from matching import Matcher
from matching.records import request_from_record, volunteer_from_record
from tests.unit.matching.reading import primary

HELD = Path(__file__).resolve().parents[3] / "bench" / "heldout"


@pytest.mark.parametrize(("name", "rid"), [("real33", "R33Q023"), ("real32", "R32Q017")])
def test_a_bracketed_language_is_no_ask_and_the_topics_holders_lead(areas, taxonomy, name, rid):
    vols, reqs, qrels = Scorer.load(HELD / name)
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([volunteer_from_record(v) for v in vols.values()])
    request = request_from_record(reqs[rid])
    assert request.title.endswith("(English)")
    assert "english" not in {s for s, _w, _x in m.profile(request).primary}
    first = m.rank(request, 10).candidates[0].volunteer_id
    assert qrels[rid].get(first, 0) == 3, first


def test_a_language_named_outside_brackets_is_still_asked(matcher):
    assert "english" in primary(
        matcher,
        title="英会話の相手をしてくれる方",
        description="週に一度、英語で話す練習をしたいです。",
        languages=frozenset({"en"}),
    )
    assert "english" in primary(
        matcher,
        title="英語で話し相手になってくれる方(English)",
        description="英語を忘れないように話したい。",
        languages=frozenset({"en"}),
    )
