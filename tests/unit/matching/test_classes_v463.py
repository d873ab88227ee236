"""skill-v4.63 and v4.64: a short word the taxonomy spells in hiragana (いご, うた, さんぽ) is matched only where the dictionary
cuts a word there — 「かんじ と けいご を ならいたい」 asked for 囲碁 (け|いご), 「さいごに」 too — and correcting haiku
or calligraphy (俳句の添削) is that art, not writing help. v4.64: carrying desks and chairs (机・いす運び) is lifting. From
the tuning halves of fresh5, fresh7 and fresh8 (the latter two read after their blind scorings)."""

from __future__ import annotations

import pytest

from matching import variants
from tests.unit.matching.reading import primary, sids

needs_dictionary = pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed")


@needs_dictionary
@pytest.mark.parametrize(
    "text", ["かんじ と けいご を ならいたい", "さいごに おねがいします", "うたたねしてしまう"]
)
def test_a_short_kana_word_inside_a_longer_one_names_nothing(taxonomy, text):
    assert not sids(taxonomy, text) & {"igo", "singing_choir"}


@pytest.mark.parametrize(
    ("text", "want"),
    [("いごをうちたい", "igo"), ("わたしは いご が すき", "igo"), ("みんなでうたをうたう", "singing_choir")],
)
def test_a_short_kana_word_of_its_own_still_names_its_concept(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_correcting_haiku_is_haiku(matcher):
    assert primary(matcher, title="俳句の添削", description="俳句の添削 月に五句 郵送かメール可") == [
        "haiku_poetry"
    ]
    assert "pr_writing" in primary(
        matcher, title="作文の添削", description="子どもの作文を添削してください。"
    )


def test_carrying_desks_and_chairs_is_lifting(matcher):
    got = primary(
        matcher,
        title="【募集】机・いす運び 4名",
        description="バザー当日朝、会場設営。長机とパイプいすの搬入。",
    )
    assert got[:1] == ["heavy_lifting_moving"]
