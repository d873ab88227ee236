"""The whole-text fallback's row norms are sums over each row's terms read straight from the flat analysis arrays
(matching/index.py `_row_norms`); they equal what a sparse matrix of the rows gives, empty rows included."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from matching import Volunteer
from matching.grams import FALLBACK_FEATURES
from matching.index import _row_norms
from matching.matcher import Matcher


def test_row_norms_are_the_square_roots_of_each_rows_sum_and_one_when_empty() -> None:
    values = np.array([1.0, 3.0, 4.0, 9.0], dtype=np.float32)
    indptr = np.array([0, 1, 1, 3, 4], dtype=np.int64)  # rows: [1], [], [3, 4], [9]
    assert _row_norms(values, indptr).tolist() == [1.0, 1.0, np.sqrt(np.float32(7.0)), 3.0]
    assert _row_norms(np.zeros(0, dtype=np.float32), np.zeros(3, dtype=np.int64)).tolist() == [1.0, 1.0]


def test_a_segments_norms_are_those_of_its_term_matrix(areas, taxonomy) -> None:
    vols = [
        Volunteer("A", skills=("スマホ",), bio="スマホの使い方を教えます。スマホ教室の講師です。"),
        Volunteer("B", skills=(), bio=""),  # no text: an empty row
        Volunteer("C", skills=("料理", "書道"), bio="子ども食堂で料理を作っています。"),
        Volunteer("D", skills=("🎍",), bio="。"),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    seg = m._main
    an = seg.analysed
    X = sparse.csr_matrix(
        (np.ones(len(an.fb_terms), dtype=np.float32), an.fb_terms, an.fb_indptr),
        shape=(len(an), FALLBACK_FEATURES),
    )
    idf2 = seg.fb_idf.astype(np.float32) ** 2
    want = np.sqrt(np.asarray(X @ idf2[:, None]).ravel())
    want[want == 0] = 1.0
    np.testing.assert_allclose(seg.fb_norm, want, rtol=1e-6)
    X.data = an.fb_counts.astype(np.float32)
    lex = np.sqrt(np.asarray(X.multiply(X) @ idf2[:, None]).ravel())
    lex[lex == 0] = 1.0
    np.testing.assert_allclose(seg.lex_norm, lex, rtol=1e-6)
    assert seg.fb_norm[1] == 1.0 and seg.lex_norm[1] == 1.0
