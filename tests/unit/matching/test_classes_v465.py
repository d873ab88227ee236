"""skill-v4.65 (taxonomy): help looking for work (履歴書, 面接練習, キャリア相談) is a concept of its own
(job_support), a knife that no longer cuts (包丁の切れ味) asks for sharpening, and a home's readiness for an earthquake
(非常食, タンスが倒れないように) is disaster prevention. From fresh9's tuning half, read after its blind scoring."""

from __future__ import annotations

import pytest

from tests.unit.matching.reading import primary, sids


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("履歴書の空白の期間をどう書けばいいのか分かりません", "job_support"),
        ("会社の人事部で採用面接官をしていたので、面接練習ができます", "job_support"),
        ("寄付でいただいた包丁十五本の切れ味がひどく落ちています", "knife_sharpening"),
        ("押し入れの非常食、期限が切れていないか心配です", "disaster_prevention"),
    ],
)
def test_needs_the_dictionary_had_no_word_for(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_a_blunt_knife_asks_for_sharpening_not_cooking(matcher):
    desc = "子ども食堂です。調理スタッフは十分おりますが、寄付でいただいた包丁の切れ味がひどく落ちています。"
    assert "knife_sharpening" in primary(matcher, title="包丁が切れなくて", description=desc)
