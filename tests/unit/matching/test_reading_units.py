"""The units an index build reads text in, which make it cheap without changing what it reads: the dictionary layer
reads sentence by sentence whatever a text's length (a sentence many registrants write is read once), and a tag as
written is looked up once per taxonomy."""

from __future__ import annotations

import pytest

from matching import variants
from matching.taxonomy import Taxonomy


@pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed: the variant layer is off")
@pytest.mark.parametrize(
    "text",
    [
        "おり紙を教えます。車いすを押します。",  # short: 18 characters, two sentences
        "子守をします。よろしくお願いします！おもちゃを直します",
        "おり紙が得意です。" * 6,  # long
    ],
)
def test_a_text_reads_as_its_sentences_do(text: str) -> None:
    sentences = [s for s in variants._SENTENCE_RE.split(text) if s]
    assert len(sentences) > 1
    assert variants.variant(text) == "".join(variants.variant(s) or s for s in sentences)


@pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed: the variant layer is off")
def test_a_short_texts_sentences_are_remembered_one_by_one() -> None:
    variants._variant.cache_clear()
    variants.variant("おり紙を教えます。車いすを押します。")
    variants.variant("車いすを押します。おり紙を教えます。")
    info = variants._variant.cache_info()
    assert (info.misses, info.hits) == (2, 2)


def test_a_tag_is_looked_up_once(taxonomy: Taxonomy) -> None:
    first = taxonomy.tag_hits("おり紙教室")
    assert first and taxonomy.tag_hits("おり紙教室") is first
    assert taxonomy.tag_hits("ＬＩＮＥ") == taxonomy.tag_hits("LINE")
