"""Hashed character n-grams of texts: a request's query columns, the TF-IDF rows of volunteers' texts, and the
whole-text fallback's term ids and matrices. Stateless hashing (no vocabulary to refit when a volunteer arrives)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from .hashing import TermHasher, murmurhash3_32
from .normalize import latin_words

FloatArray = NDArray[np.float32]
IntArray = NDArray[np.intp]

TEXT_FEATURES = 2**18
# Stateless hashing keeps upserts cheap: no vocabulary to refit when a volunteer arrives.
# scikit-learn's HashingVectorizer(analyzer="char", alternate_sign=False, norm=None, lowercase=False), the same terms
# and columns without importing scikit-learn (see hashing.py).
_HASHER = TermHasher(ngram_range=(2, 3), n_features=TEXT_FEATURES)

# n-gram → its column in _HASHER's space, filled as requests are read (a burst's texts share most n-grams).
_GRAM_COLUMN: dict[str, int] = {}
_GRAM_COLUMNS_MAX = 200_000


def _columns(features: list[str], width: int) -> list[int]:
    """Returns the column a HashingVectorizer of this width (alternate_sign=False) gives each feature: a signed
    murmurhash3 of the UTF-8 bytes with seed 0, its absolute value modulo the width (hashing.TermHasher's rule)."""
    h = murmurhash3_32([f.encode("utf-8") for f in features]).astype(np.int64)
    return (np.where(h == -(2**31), 2**31 - 1 - (width - 1), np.abs(h)) % width).tolist()  # type: ignore[no-any-return]


def _column(feature: str, width: int) -> int:
    """Returns one feature's column (see _columns)."""
    return _columns([feature], width)[0]


def text_query(text: str) -> NDArray[np.int32]:
    """Returns the sorted distinct columns of a text's n-grams: `np.unique(_HASHER.transform([text]).indices)`,
    without building a sparse matrix for one row (a third of the cost: a request is read once per job); the
    n-grams not seen before are hashed in one vectorised call and remembered."""
    grams = set(_HASHER.terms(text))
    unseen = [g for g in grams if g not in _GRAM_COLUMN]
    if unseen:
        if len(_GRAM_COLUMN) + len(unseen) > _GRAM_COLUMNS_MAX:
            _GRAM_COLUMN.clear()
            unseen = list(grams)
        _GRAM_COLUMN.update(zip(unseen, _columns(unseen, TEXT_FEATURES), strict=True))
    return np.array(sorted({_GRAM_COLUMN[g] for g in grams}), dtype=np.int32)


# The whole-text fallback (when no concept is recognised): char 2–3-grams plus Latin words (light-stemmed, so
# "lessons"/"lesson" and "teaching"/"teach" meet), binary, idf-weighted cosine over an inverted index.
FALLBACK_FEATURES = 2**18
_FB_WORDS = TermHasher(
    analyzer=lambda t: [f"w:{w}" for w in latin_words(t)], n_features=FALLBACK_FEATURES, binary=True
)
_FB_BITS = 18
assert FALLBACK_FEATURES == 1 << _FB_BITS
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _char_grams(
    texts: Sequence[str], lens: NDArray[np.int64]
) -> list[tuple[NDArray[np.int64], NDArray[np.int64]]]:
    """Returns, for n = 2 and 3, (row, hashed column) of every char n-gram of the texts that lies within one text,
    vectorised over the whole batch; lens are the texts' lengths (their sum > 0)."""
    # surrogatepass: one code unit per character even for a lone surrogate, so offsets stay aligned.
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.uint64
    )
    doc = np.repeat(np.arange(len(texts), dtype=np.int64), lens)
    out = []
    for k in (2, 3):
        m = len(cps) - k + 1
        if m <= 0:
            continue
        ok = doc[:m] == doc[k - 1 :]
        h = np.full(m, np.uint64(k), dtype=np.uint64)
        for j in range(k):
            h = (h * np.uint64(1_000_003)) ^ cps[j : j + m]
        h = ((h * _MIX) >> np.uint64(64 - _FB_BITS)).astype(np.int64)
        out.append((doc[:m][ok], h[ok]))
    return out


def char_gram_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """Returns binary hashed char 2- and 3-gram rows for texts, vectorised over the whole batch (the same
    terms as a char (2, 3) HashingVectorizer would give, hashed differently; several times faster)."""
    n = len(texts)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    if not n or not lens.sum():
        return sparse.csr_matrix((n, FALLBACK_FEATURES), dtype=np.float32)
    grams = _char_grams(texts, lens)
    keys, docs = [h for _d, h in grams], [d for d, _h in grams]
    if not keys:  # one character in all (「犬」, an emoji): no 2-gram, an all-empty matrix
        return sparse.csr_matrix((n, FALLBACK_FEATURES), dtype=np.float32)
    rows, cols = np.concatenate(docs), np.concatenate(keys)
    X = sparse.coo_matrix(
        (np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(n, FALLBACK_FEATURES)
    ).tocsr()  # linear-time; sums repeated n-grams of a text, made binary below
    X.sum_duplicates()
    X.data[:] = 1.0
    return X


def fallback_terms(text: str) -> IntArray:
    """Returns the sorted distinct columns of fallback_matrix_uncached([text]) (char_gram_matrix's and _FB_WORDS's,
    all positive: their sum drops none) without building, adding and sorting sparse matrices for one row."""
    return fallback_term_counts(text)[0]


def fallback_term_counts(text: str) -> tuple[IntArray, NDArray[np.float32]]:
    """Returns (the sorted distinct fallback term ids of a text, how often each occurs in it): the request's side of
    the wording score (fallback_rows gives the volunteers' side)."""
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    keys = []
    for k in (2, 3):
        m = len(cps) - k + 1
        if m <= 0:
            continue
        h = np.full(m, np.uint64(k), dtype=np.uint64)
        for j in range(k):
            h = (h * np.uint64(1_000_003)) ^ cps[j : j + m]
        keys.append(((h * _MIX) >> np.uint64(64 - _FB_BITS)).astype(np.int64))
    words = [_column(f"w:{w}", FALLBACK_FEATURES) for w in latin_words(text)]
    keys.append(np.array(words, dtype=np.int64))
    terms, counts = np.unique(np.concatenate(keys), return_counts=True)
    return terms.astype(np.intp), counts.astype(np.float32)


_FB_CACHE: dict[str, np.ndarray] = {}  # normalised text → its sorted term ids (content-keyed, so never stale)
FB_CACHE_MAX = 300_000


def fallback_matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    """Returns binary hashed char n-gram + word rows for normalised texts (the fallback's terms). Each distinct
    text is hashed once and remembered, so rebuilds and repeated texts cost a lookup."""
    missing = [t for t in dict.fromkeys(texts) if t not in _FB_CACHE]
    if missing:
        if len(_FB_CACHE) + len(missing) > FB_CACHE_MAX:
            _FB_CACHE.clear()
        X = sparse.csr_matrix(char_gram_matrix(missing) + _FB_WORDS.transform(missing))
        X.sort_indices()
        for i, t in enumerate(missing):
            _FB_CACHE[t] = X.indices[X.indptr[i] : X.indptr[i + 1]].astype(np.int32)
    got = [_FB_CACHE.get(t) for t in texts]
    rows = [r for r in got if r is not None]
    if len(rows) < len(got):  # evicted by a concurrent build: hash what is missing directly
        return fallback_matrix_uncached(texts)
    lens = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    indptr = np.concatenate(([0], np.cumsum(lens)))
    indices = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(texts), FALLBACK_FEATURES))


def fallback_matrix_uncached(texts: Sequence[str]) -> sparse.csr_matrix:
    """Returns the fallback rows without the cache (same result)."""
    if not texts:  # no rows: an empty matrix of the right width
        return sparse.csr_matrix((0, FALLBACK_FEATURES), dtype=np.float32)
    X = sparse.csr_matrix(char_gram_matrix(texts) + _FB_WORDS.transform(texts), dtype=np.float32)
    X.sort_indices()
    X.data[:] = 1.0
    return X


def fallback_rows(
    texts: Sequence[str],
) -> tuple[NDArray[np.int64], NDArray[np.int32], NDArray[np.uint8]]:
    """Returns (indptr, sorted distinct term ids per row, how often each occurs in its text, at most 255) of
    fallback_matrix_uncached(texts), without its sparse matrices: each n-gram's and word's (row, column) as one int64
    key, sorted once and deduplicated (an index build reads 10,000 texts at a time; the COO → CSR conversion,
    per-row sorts and matrix sum cost twice as much)."""
    n = len(texts)
    indptr = np.zeros(n + 1, dtype=np.int64)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    keys = []
    if n and lens.sum():
        keys = [(d << _FB_BITS) | h for d, h in _char_grams(texts, lens)]
    words: list[str] = []
    word_rows: list[int] = []
    for i, t in enumerate(texts):  # as _FB_WORDS
        if _LATIN_ANY.search(t):
            ws = [f"w:{w}" for w in latin_words(t)]
            words.extend(ws)
            word_rows.extend([i] * len(ws))
    if words:
        cols = np.asarray(_columns(words, FALLBACK_FEATURES), dtype=np.int64)
        keys.append((np.asarray(word_rows, dtype=np.int64) << _FB_BITS) | cols)
    if not keys:
        return indptr, np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint8)
    u = np.sort(np.concatenate(keys))
    # distinct keys, as np.unique gives them (its hashing path is many times slower on these arrays)
    first = np.flatnonzero(np.concatenate((np.ones(min(len(u), 1), dtype=bool), u[1:] != u[:-1])))
    counts = np.minimum(np.diff(np.append(first, len(u))), 255).astype(np.uint8)
    u = u[first]
    np.cumsum(np.bincount(u >> _FB_BITS, minlength=n), out=indptr[1:])
    return indptr, (u & (FALLBACK_FEATURES - 1)).astype(np.int32), counts


_LATIN_ANY = re.compile("[a-z]")  # latin_words finds no word in a text without a Latin letter


def fallback_idf(terms: NDArray[np.integer[Any]], n: int) -> FloatArray:
    """Returns smoothed idf weights over the fallback's hashed terms, from n rows' distinct term ids."""
    df = np.bincount(terms, minlength=FALLBACK_FEATURES)
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def text_matrix(texts: Sequence[str], idf: np.ndarray | None) -> sparse.csr_matrix:
    """Returns L2-normalised char 2–3-gram TF-IDF rows (hashed) for texts."""
    if not texts:  # no rows: an empty matrix of the right width
        return sparse.csr_matrix((0, TEXT_FEATURES), dtype=np.float32)
    X = sparse.csr_matrix(_HASHER.transform(texts), dtype=np.float32)
    X.sum_duplicates()
    # In place over the stored entries (O(entries)): a product with a diagonal of all 2^18 features cost a
    # small delta segment's build more than everything else in it.
    if idf is not None:
        X.data *= idf.astype(np.float32, copy=False)[X.indices]
    counts = np.diff(X.indptr)
    sq = np.zeros(len(texts), dtype=np.float32)
    nz = counts > 0
    if nz.any():
        sq[nz] = np.add.reduceat(X.data * X.data, X.indptr[:-1][nz])
    norms = np.sqrt(sq)
    norms[norms == 0] = 1.0
    X.data *= np.repeat((1.0 / norms).astype(np.float32), counts)
    return X


def fit_idf(texts: Sequence[str]) -> np.ndarray:
    """Returns smoothed idf weights over hashed n-grams of a corpus."""
    n = len(texts)
    if n == 0:
        return np.ones(TEXT_FEATURES, dtype=np.float32)
    X = _HASHER.transform(texts)
    df = np.bincount(X.indices, minlength=TEXT_FEATURES)
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


# a word as shared_phrases reads it: a run of kanji, katakana or Latin letters and digits (no kana)
_WORD_RUN_RE = re.compile(r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff々a-z0-9]{2,}")
_KANJI_RE = re.compile(r"[\u4e00-\u9fff々]{2,}")


def shared_phrases(query: str, text: str, shown: str = "", k: int = 3) -> list[str]:
    """Returns up to k of the longest words of text (normalised) that the query also holds, as the whole-text
    cosine sees them (every char 2-gram of the word occurs in the query): whole runs of kanji, katakana or Latin
    letters (hiragana ends a run: particles and endings such as です are everywhere), or two or more kanji inside
    a longer run (病院 of 総合病院; a piece of a katakana or Latin word is no word). shown: text in the form to
    display and to find the runs in (normalize_pair's hiragana-kept twin, same length; the folded text has no
    hiragana left to tell)."""
    grams = {query[i : i + 2] for i in range(len(query) - 1)}
    src = shown if len(shown) == len(text) else text
    found: list[tuple[int, int, str]] = []  # (-length, start, word)
    for m in _WORD_RUN_RE.finditer(src):
        i = m.start()
        while i < m.end() - 1:
            j = i
            while j < m.end() - 1 and text[j : j + 2] in grams:
                j += 1
            word = src[i : j + 1]
            if j > i and ((i, j + 1) == m.span() or _KANJI_RE.fullmatch(word)):
                found.append((i - j - 1, i, word))
            i = j + 1
    out: list[str] = []
    for _n, _i, word in sorted(found):
        if word not in out:
            out.append(word)
        if len(out) == k:
            break
    return out
