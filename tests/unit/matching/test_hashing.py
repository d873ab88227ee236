"""matching/hashing.py gives the very matrices scikit-learn's HashingVectorizer gave (the index, the saved profiles
and every ranking depend on those columns), without importing scikit-learn in the matcher."""

from __future__ import annotations

import random

import numpy as np
import pytest

from matching.grams import _FB_WORDS, _HASHER, FALLBACK_FEATURES, TEXT_FEATURES
from matching.hashing import TermHasher, char_ngrams, murmurhash3_32
from matching.normalize import latin_words

sk_text = pytest.importorskip("sklearn.feature_extraction.text")
sk_utils = pytest.importorskip("sklearn.utils")

ALPHABET = "あいうえおアイウエオ漢字書道料理ｽﾏﾎ 　\t\nabcXYZ0123é😀𠀋"


def _texts(seed: int, n: int) -> list[str]:
    rs = random.Random(seed)
    edge = ["", "a", "ab", "abc", "  ", "a  \n b", "\u3000\u3000x", "😀😀😀", "LINEの使い方 スマホ"]
    return edge + ["".join(rs.choice(ALPHABET) for _ in range(rs.randrange(0, 40))) for _ in range(n)]


def _same(a, b) -> None:
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


def test_murmurhash_is_scikit_learns_for_every_length_and_byte():
    rs = random.Random(7)
    terms = [bytes(rs.randrange(256) for _ in range(rs.randrange(0, 23))) for _ in range(5_000)]
    expected = [sk_utils.murmurhash3_32(t, seed=0) for t in terms]
    assert murmurhash3_32(terms).tolist() == expected


def test_char_grams_match_hashing_vectorizer():
    ref = sk_text.HashingVectorizer(
        analyzer="char",
        ngram_range=(2, 3),
        n_features=TEXT_FEATURES,
        alternate_sign=False,
        norm=None,
        lowercase=False,
    )
    texts = _texts(1, 2_000)
    _same(_HASHER.transform(texts), ref.transform(texts))
    assert char_ngrams("a  bc", 2, 3) == ref.build_analyzer()("a  bc")


def test_fallback_words_match_hashing_vectorizer():
    def words(t: str) -> list[str]:
        return [f"w:{w}" for w in latin_words(t)]

    ref = sk_text.HashingVectorizer(
        analyzer=words, n_features=FALLBACK_FEATURES, alternate_sign=False, norm=None, binary=True
    )
    texts = [*_texts(2, 500), "piano lessons teaching", "Excel and Word, Python lessons lessons"]
    _same(_FB_WORDS.transform(texts), ref.transform(texts))


def test_an_empty_batch_is_refused_as_before():
    for hasher in (_HASHER, TermHasher(n_features=8, analyzer=str.split)):
        with pytest.raises(ValueError):
            hasher.transform([])
