"""skill-v4.66 (taxonomy): supporting parents with young children (子育てボランティア, ファミリーサポート, 一時預かり) is
childcare; a 子育てひろば is where the help is given, or who asks (dev's 「【募集】子育てひろばより：迷惑メールの止め方を
…」), and names no concept. From real32's tuning half, read after its blind scoring."""

from __future__ import annotations

from tests.unit.matching.reading import primary, sids


def test_supporting_parents_is_childcare(matcher):
    desc = "子育て支援センターで、ひろばでの子どもとの遊びや親子への寄り添いをしてくださる方。"
    assert "childcare_play" in primary(
        matcher, title="子育てひろばで親子に寄り添う子育てボランティアを", description=desc
    )
    assert "childcare_play" in sids(matcher.taxonomy, "ファミリーサポートの預かり会員です")


def test_the_place_of_a_parents_group_is_no_ask(matcher):
    desc = "【募集】子育てひろばより：迷惑メールの止め方を教えてほしい。"
    assert "childcare_play" not in primary(
        matcher, title="迷惑メールの止め方を教えてほしい", description=desc
    )
