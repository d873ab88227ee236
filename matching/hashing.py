"""Hashed term counts, the same matrices as scikit-learn's HashingVectorizer gave, without importing scikit-learn.

The matcher used two HashingVectorizers (char 2–3-grams, and the fallback's Latin words). Importing
`sklearn.feature_extraction.text` loads most of scikit-learn and scipy.stats: 65 MB of every matcher
process's memory and about a second of CPU at each start, for one hash function. This module hashes the same
terms with the same function (MurmurHash3 x86 32-bit, seed 0, over each term's UTF-8 bytes), vectorised with
numpy, and keeps the same column rule (|h| mod n_features) and the same canonical CSR output (float64 counts,
duplicates summed, indices sorted), so the index, the saved profiles and every ranking are unchanged
(tests/unit/test_hashing.py compares both on many texts when scikit-learn is installed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's char analyzer folds runs of white space first
_C1, _C2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)


def _rotl(x: NDArray[np.uint32], r: int) -> NDArray[np.uint32]:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _mix_k(k: NDArray[np.uint32]) -> NDArray[np.uint32]:
    return _rotl(k * _C1, 15) * _C2


def murmurhash3_32(terms: Sequence[bytes]) -> NDArray[np.int32]:
    """Returns the signed MurmurHash3 x86 32-bit hash (seed 0) of each byte string, as scikit-learn's
    `murmurhash3_32(term, seed=0, positive=False)`."""
    lens = np.fromiter((len(t) for t in terms), dtype=np.int64, count=len(terms))
    starts = np.zeros(len(terms), dtype=np.int64)
    if len(terms) > 1:
        np.cumsum(lens[:-1], out=starts[1:])
    return _murmur_spans(np.frombuffer(b"".join(terms), dtype=np.uint8), starts, lens)


def _murmur_spans(
    data: NDArray[np.uint8], starts: NDArray[np.int64], lens: NDArray[np.int64]
) -> NDArray[np.int32]:
    """Returns the hash of each span data[starts[i] : starts[i] + lens[i]]."""
    n = len(starts)
    buf = np.concatenate((data, np.zeros(4, dtype=np.uint8))).astype(np.uint32)
    h = np.zeros(n, dtype=np.uint32)
    blocks = lens // 4
    for j in range(int(blocks.max()) if n else 0):
        at = np.flatnonzero(blocks > j)
        p = starts[at] + 4 * j
        k = (
            buf[p]
            | (buf[p + 1] << np.uint32(8))
            | (buf[p + 2] << np.uint32(16))
            | (buf[p + 3] << np.uint32(24))
        )
        x = h[at] ^ _mix_k(k)
        h[at] = _rotl(x, 13) * np.uint32(5) + np.uint32(0xE6546B64)
    tail = lens & 3
    at = np.flatnonzero(tail)
    if len(at):
        p, t = starts[at] + 4 * blocks[at], tail[at]
        k = buf[p].copy()
        k |= np.where(t >= 2, buf[p + 1] << np.uint32(8), np.uint32(0))
        k |= np.where(t >= 3, buf[p + 2] << np.uint32(16), np.uint32(0))
        h[at] ^= _mix_k(k)
    h ^= lens.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h.view(np.int32)


def _char_gram_hashes(
    texts: Sequence[str], min_n: int, max_n: int
) -> tuple[NDArray[np.int32], NDArray[np.int64]]:
    """Returns (hash of each char n-gram, row of each) for texts, n-grams as `char_ngrams` gives (any order):
    the UTF-8 of all texts is encoded once and each n-gram hashed as a span of it."""
    folded = [_WHITE_SPACES.sub(" ", t) for t in texts]
    n = len(folded)
    chars = np.fromiter((len(t) for t in folded), dtype=np.int64, count=n)
    joined = "".join(folded)
    data = np.frombuffer(
        joined.encode("utf-8"), dtype=np.uint8
    )  # a lone surrogate raises, as in scikit-learn
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    width = 1 + (cps >= 0x80) + (cps >= 0x800) + (cps >= 0x10000)
    off = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum(width, out=off[1:])
    doc = np.repeat(np.arange(n, dtype=np.int64), chars)
    starts, lens, rows = [], [], []
    for k in range(max(min_n, 1), max_n + 1):
        m = len(cps) - k + 1
        if m <= 0:
            continue
        at = np.flatnonzero(doc[:m] == doc[k - 1 :])
        starts.append(off[at])
        lens.append(off[at + k] - off[at])
        rows.append(doc[at])
    if not starts:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
    return _murmur_spans(data, np.concatenate(starts), np.concatenate(lens)), np.concatenate(rows)


def char_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """Returns the char n-grams of a text in scikit-learn's order (`analyzer="char"`)."""
    text = _WHITE_SPACES.sub(" ", text)
    n_chars = len(text)
    return [
        text[i : i + k] for k in range(min_n, min(max_n + 1, n_chars + 1)) for i in range(n_chars - k + 1)
    ]


class TermHasher:
    """The parts of `HashingVectorizer(alternate_sign=False, norm=None, lowercase=False)` the matcher used:
    `analyzer` either `"char"` with `ngram_range`, or a callable returning a text's terms; `binary` or counts."""

    def __init__(
        self,
        *,
        n_features: int,
        ngram_range: tuple[int, int] = (1, 1),
        analyzer: Callable[[str], Iterable[str]] | None = None,
        binary: bool = False,
    ) -> None:
        self.n_features = n_features
        self.ngram_range = ngram_range
        self.analyzer = analyzer
        self.binary = binary

    def terms(self, text: str) -> Iterable[str]:
        """Returns the terms hashed for a text."""
        if self.analyzer is not None:
            return self.analyzer(text)
        return char_ngrams(text, *self.ngram_range)

    def transform(self, texts: Iterable[str]) -> sparse.csr_matrix:
        """Returns the (n_texts, n_features) float64 CSR matrix of hashed term counts (1.0 each if binary)."""
        if isinstance(texts, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        if self.analyzer is None:
            texts = list(texts)
            if not texts:
                raise ValueError("Cannot vectorize empty sequence.")
            hashes, rows = _char_gram_hashes(texts, *self.ngram_range)
            counts = np.bincount(rows, minlength=len(texts))
            indptr = np.zeros(len(texts) + 1, dtype=np.int64)
            np.cumsum(counts, out=indptr[1:])
            order = np.argsort(rows, kind="stable")
            return self._matrix(hashes[order], indptr)
        bounds = [0]
        flat: list[bytes] = []
        for text in texts:
            flat.extend(t.encode("utf-8") for t in self.terms(text))
            bounds.append(len(flat))
        if len(bounds) == 1:
            raise ValueError("Cannot vectorize empty sequence.")
        return self._matrix(murmurhash3_32(flat), np.asarray(bounds, dtype=np.int64))

    def _matrix(self, hashes: NDArray[np.int32], indptr: NDArray[np.int64]) -> sparse.csr_matrix:
        """Returns the CSR matrix of rows indptr over the hashed terms, as scikit-learn's FeatureHasher."""
        h = hashes.astype(np.int64)
        cols = np.where(h == -(2**31), (2**31 - 1 - (self.n_features - 1)), np.abs(h)) % self.n_features
        X = sparse.csr_matrix(
            (np.ones(len(h), dtype=np.float64), cols.astype(np.int32), indptr),
            shape=(len(indptr) - 1, self.n_features),
        )
        X.sum_duplicates()  # also sorts the indices
        if self.binary:
            X.data.fill(1)
        return X
