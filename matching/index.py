"""Column-major arrays over volunteers (one segment), built once and scored with numpy for every request."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from .areas import Areas
from .grams import (
    FALLBACK_FEATURES,
    FloatArray,
    IntArray,
    fallback_idf,
    text_matrix,
)
from .offers import VolunteerProfile
from .taxonomy import Hit, Taxonomy
from .types import SLOTS, Volunteer

if TYPE_CHECKING:
    from .profiles import Analysed

BoolArray = NDArray[np.bool_]
# Inverted text index over a segment's rows: (indptr per n-gram, row ids, squared tf-idf weights).
Postings = tuple[NDArray[np.int32], NDArray[np.int32], FloatArray]

FALLBACK_DF_CAP = 0.05  # n-grams in more than this share of a large segment carry no signal: not posted
FALLBACK_DF_FLOOR = 2_000  # ... but small segments keep every posting
# wording() results a segment keeps (a few hundred bytes each) before it forgets them all
WORDING_MEMO = 4_096
WORDING_DIRECT_ROWS = 512  # up to this many rows wording() reads the rows' own terms; beyond, the postings

SLOT_BIT = {s: 1 << i for i, s in enumerate(SLOTS)}
NO_AVAIL_BIT = 1 << len(
    SLOTS
)  # stored for "no availability given", so one AND tests "common slot or unknown"


def slot_mask(slots: Iterable[str]) -> int:
    """Returns the bitmask of a set of slot names (0 when none given)."""
    m = 0
    for s in slots:
        m |= SLOT_BIT.get(s, 0)
    return m


class LangCodes:
    """Maps language codes to bits; a shared registry so all segments agree."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {"ja": 1}

    def mask(self, langs: Iterable[str]) -> int:
        """Returns the bits of a set of language codes (new codes get the next free bit)."""
        m = 0
        for lang in langs:
            b = self.bits.get(lang)
            if b is None:
                if len(self.bits) >= 62:
                    b = 1 << 62  # overflow bucket: rare languages share one bit (checked exactly later)
                else:
                    b = 1 << len(self.bits)
                    self.bits[lang] = b
            m |= b
        return m


@dataclass(frozen=True)
class SkillRows:
    """The taxonomy's concepts as index rows: one per skill, one per relatedness group, and each skill's close,
    related and similar skills as row arrays (the same for every segment built on one taxonomy)."""

    skill_ids: list[str]
    s_row: dict[str, int]
    groups: list[str]
    g_row: dict[str, int]
    skill_group: list[int]
    close: list[IntArray]
    related: list[IntArray]
    similar: list[IntArray]


def skill_rows(taxonomy: Taxonomy) -> SkillRows:
    """Returns the taxonomy's rows, computed once per taxonomy object (kept on it: a taxonomy is not changed
    after it is built; new synonyms make a new one)."""
    rows: SkillRows | None = taxonomy.__dict__.get("_skill_rows")
    if rows is None:
        skill_ids = taxonomy.skill_ids
        s_row = {s: i for i, s in enumerate(skill_ids)}
        groups = sorted({taxonomy.group_of(s) for s in skill_ids})
        g_row = {g: i for i, g in enumerate(groups)}

        def as_rows(attr: str) -> list[IntArray]:
            return [
                np.array([s_row[c] for c in getattr(taxonomy.skills[s], attr)], dtype=np.intp)
                for s in skill_ids
            ]

        rows = SkillRows(
            skill_ids,
            s_row,
            groups,
            g_row,
            [g_row[taxonomy.group_of(s)] for s in skill_ids],
            as_rows("close"),
            as_rows("related"),
            as_rows("similar"),
        )
        taxonomy.__dict__["_skill_rows"] = rows
    return rows


def _row_norms(values: FloatArray, indptr: NDArray[np.int64]) -> FloatArray:
    """Returns the square root of each row's sum of values (rows as indptr cuts them), 1 for an empty row."""
    sums = np.zeros(len(indptr) - 1, dtype=np.float32)
    full = np.flatnonzero(np.diff(indptr) > 0)
    if len(full):
        sums[full] = np.add.reduceat(values, indptr[full])
    out = np.sqrt(sums).astype(np.float32)
    out[out == 0] = 1.0
    return out


def _postings(keys: IntArray, rows: IntArray, n_keys: int) -> list[IntArray]:
    """Returns, per key 0..n_keys-1, the sorted distinct rows paired with it."""
    if not len(keys):
        return [np.zeros(0, dtype=np.intp) for _ in range(n_keys)]
    order = np.lexsort((rows, keys))
    k, r = keys[order], rows[order]
    first = np.ones(len(k), dtype=bool)
    first[1:] = (k[1:] != k[:-1]) | (r[1:] != r[:-1])
    k, r = k[first], r[first].astype(np.intp)
    bounds = np.searchsorted(k, np.arange(n_keys + 1))
    return [r[bounds[i] : bounds[i + 1]] for i in range(n_keys)]


def fallback_postings(
    terms: NDArray[np.int32], indptr: NDArray[np.int64], n: int
) -> tuple[NDArray[np.int64], NDArray[np.int32]]:
    """Returns the fallback's inverted index (per term: indptr into the sorted rows holding it) from rows' sorted
    term ids, without the terms in more than the cap's share of rows. scipy's linear-time transpose of a one-byte
    boolean matrix, its data dropped at once: the float32 matrix and its filtered copies this replaced were the
    build's peak at 1M volunteers (about 30 transient bytes per stored term; now about 10)."""
    if len(terms) < 2**31 - 1:  # both index arrays int32, or scipy would copy the term ids to int64
        indptr = indptr.astype(np.int32)
    X = sparse.csr_matrix((np.ones(len(terms), dtype=np.bool_), terms, indptr), shape=(n, FALLBACK_FEATURES))
    Xc = X.tocsc()
    del X
    out_indptr = Xc.indptr.astype(np.int64)
    rows = Xc.indices.astype(np.int32, copy=False)
    del Xc
    counts = np.diff(out_indptr)
    cap = max(FALLBACK_DF_FLOOR, int(FALLBACK_DF_CAP * n))
    if (counts > cap).any():  # drop stop n-grams (です, ます…): no signal, most of the cost
        keep = counts <= cap
        rows = rows[np.repeat(keep, counts)]
        out_indptr = np.zeros(FALLBACK_FEATURES + 1, dtype=np.int64)
        np.cumsum(np.where(keep, counts, 0), out=out_indptr[1:])
    return out_indptr, rows


class SortedRows:
    """The row of each id of a segment whose ids are in strictly increasing order (an index build's main segment,
    a delta): a binary search over the segment's own list of ids, in place of a dict (a dict entry and an int
    object per volunteer, 6.5 MB at 100k, for a lookup per write)."""

    __slots__ = ("ids",)

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def get(self, vid: str, default: int | None = None) -> int | None:
        """Returns the row of vid, or default when the segment has no such id."""
        i = bisect_left(self.ids, vid)
        return i if i < len(self.ids) and self.ids[i] == vid else default

    def __contains__(self, vid: object) -> bool:
        return isinstance(vid, str) and self.get(vid) is not None

    def __getitem__(self, vid: str) -> int:
        i = self.get(vid)
        if i is None:
            raise KeyError(vid)
        return i

    def __len__(self) -> int:
        return len(self.ids)


class Segment:
    """Arrays for a list of volunteers; only `alive` is flipped in place (tombstones)."""

    def __init__(
        self,
        volunteers: Sequence[Volunteer],
        *,
        taxonomy: Taxonomy,
        areas: Areas,
        area_index: dict[str, int],
        langs: LangCodes,
        idf: np.ndarray | None,
        fb_idf: np.ndarray | None = None,
        analysed: Analysed | None = None,
    ) -> None:
        n = len(volunteers)
        rows = skill_rows(taxonomy)
        skill_ids, s_row, groups, g_row, skill_group = (
            rows.skill_ids,
            rows.s_row,
            rows.groups,
            rows.g_row,
            rows.skill_group,
        )
        self.volunteers = list(volunteers)
        self.ids = [v.id for v in volunteers]
        # wording() by (query, rows): a worker re-scores the same open requests, whose top rows change rarely;
        # the terms and idf it reads never change in a segment (writes build a new delta segment)
        self.wording_memo: dict[tuple[bytes, bytes], FloatArray] = {}
        # lexical() by (query, counts, rows), for the same reason
        self.lexical_memo: dict[tuple[bytes, bytes, bytes], FloatArray] = {}
        self.row: SortedRows | dict[str, int] = (
            SortedRows(self.ids)
            if all(a < b for a, b in zip(self.ids, self.ids[1:], strict=False))
            else {vid: i for i, vid in enumerate(self.ids)}
        )
        self.eligible = np.zeros(n, dtype=bool)  # active and below monthly capacity
        self.alive = np.ones(
            n, dtype=bool
        )  # False once replaced or removed (tombstone; the only in-place write)
        self.lang = np.zeros(n, dtype=np.int64)
        self.avail = np.zeros(n, dtype=np.int32)
        self.area = np.full(n, -1, dtype=np.int16)
        self.load_proposals = np.zeros(n, dtype=np.float32)
        self.load_approvals = np.zeros(n, dtype=np.float32)
        self.never_matched = np.zeros(n, dtype=bool)
        # registrants share a few slot and language sets (the service interns them): each set's bits made once
        lang_bits: dict[frozenset[str], int] = {}
        slot_bits: dict[frozenset[str], int] = {}
        for i, v in enumerate(volunteers):
            self.eligible[i] = v.active and v.load.month_accepted < v.max_per_month
            lb = lang_bits.get(v.languages)
            if lb is None:
                lb = lang_bits[v.languages] = langs.mask(v.languages)
            self.lang[i] = lb
            sb = slot_bits.get(v.availability)
            if sb is None:
                sb = slot_bits[v.availability] = slot_mask(v.availability) or NO_AVAIL_BIT
            self.avail[i] = sb
            a = areas.canonical(v.area)
            self.area[i] = area_index.get(a, -1) if a else -1
            self.load_proposals[i] = v.load.recent_proposals
            self.load_approvals[i] = v.load.recent_approvals
            self.never_matched[i] = not v.load.ever_matched
        if analysed is None:
            from .profiles import analyse  # noqa: PLC0415 - profiles builds on this module

            analysed = analyse(self.volunteers, taxonomy)
        if len(analysed) != n:
            raise ValueError("analysed rows do not match the volunteers")
        self.analysed = analysed  # kept: the reasons of a shown volunteer read their concepts' words from it
        self.skill_ids = skill_ids
        # Concept strengths take a handful of distinct values: stored as one-byte codes into a sorted table
        # (exact float32 on read), skill-major, 1 B per skill and volunteer instead of 4.
        table = np.unique(np.concatenate(([np.float32(0)], analysed.hit_strength.astype(np.float32))))
        code_t = np.uint8 if len(table) <= 256 else np.uint16
        self.strengths: FloatArray = table.astype(np.float32)
        hit_rows = np.repeat(np.arange(n, dtype=np.intp), np.diff(analysed.hit_indptr))
        codes: NDArray[Any] = np.searchsorted(table, analysed.hit_strength).astype(code_t)
        sk = analysed.hit_skill.astype(np.intp)
        self.C_codes = np.zeros((len(skill_ids), n), dtype=code_t)  # concept strength code, skill-major
        self.C_codes[sk, hit_rows] = codes
        self.G_codes = np.zeros((len(groups), n), dtype=code_t)  # best strength within a related group
        if len(sk):
            np.maximum.at(self.G_codes, (np.asarray(skill_group, dtype=np.intp)[sk], hit_rows), codes)
        self.C = _RowGather(self.C_codes, None, self.strengths)
        self.G = _RowGather(self.G_codes, None, self.strengths)
        self.text = sparse.csc_matrix(text_matrix(analysed.residual, idf)) if n else None
        # Inverted text index: per hashed n-gram, the rows and squared weights (a row's squares sum to 1).
        self.postings = None
        if self.text is not None:
            self.postings = (self.text.indptr, self.text.indices, (self.text.data**2).astype(np.float32))
        self._build_fallback(analysed, fb_idf)
        damp = 1.0 / (1.0 + 0.15 * self.load_proposals + 0.35 * self.load_approvals)
        self.fairness = np.where(self.never_matched, 1.0, 0.6 * damp).astype(
            np.float32
        )  # request-independent
        self.skill_row = s_row
        self.group_row = g_row
        self.skill_group = skill_group
        self.close_rows, self.related_rows, self.similar_rows = rows.close, rows.related, rows.similar

        # Postings (rows holding a skill / a group) let a request score only the volunteers it could match:
        # cut from the hits sorted by concept (O(hits), not a scan of every concept's row of n).
        held = codes > 0
        self.skill_posting = _postings(sk[held], hit_rows[held], len(skill_ids))
        grp = np.asarray(skill_group, dtype=np.intp)[sk[held]] if len(sk) else sk
        self.group_posting = _postings(grp, hit_rows[held], len(groups))

    def _build_fallback(self, analysed: Analysed, fb_idf: np.ndarray | None) -> None:
        """Builds the whole-text inverted index (term → rows) and each row's idf norm for the fallback."""
        self.fb_idf = fb_idf
        self.fb_indptr: NDArray[np.int64] | None = None
        self.fb_indices: NDArray[np.int32] | None = None
        self.fb_norm: FloatArray | None = None
        self.lex_norm: FloatArray | None = None
        self.fb_idf_unseen = np.float32(np.inf)  # the idf of a term no volunteer's text holds (the largest)
        n = len(analysed)
        if not n:
            return
        terms = analysed.fb_terms
        if self.fb_idf is None:  # the main segment fits idf; delta segments reuse it
            self.fb_idf = fallback_idf(terms, n)
        self.fb_idf_unseen = np.float32(self.fb_idf.max())
        idf2 = self.fb_idf.astype(np.float32) ** 2
        # Each row's idf norm, and the wording score's (each term's count in the text times idf: the count of a
        # term its text repeats is what tells a registrant who writes about 車いす from one who names it once), as
        # sums over the row's terms read straight from the flat arrays (no sparse matrix of n × 2^20).
        g = idf2[terms]
        self.fb_norm = _row_norms(g, analysed.fb_indptr)
        counts = analysed.fb_counts.astype(np.float32)
        g *= counts * counts
        self.lex_norm = _row_norms(g, analysed.fb_indptr)
        del g, counts
        self.fb_indptr, self.fb_indices = fallback_postings(analysed.fb_terms, analysed.fb_indptr, n)

    def fallback_scores(self, query: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
        """Returns (rows, cosine) of up to `top` rows whose whole text is most similar to the query terms
        (cost ∝ the postings of the query's terms, never a scan of every row)."""
        indptr, indices, norm, idf = self.fb_indptr, self.fb_indices, self.fb_norm, self.fb_idf
        if indptr is None or indices is None or norm is None or idf is None or not len(query):
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        starts, ends = indptr[query], indptr[query + 1]
        live = ends > starts
        if not live.any():
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        idf2 = idf[query] ** 2
        rows = np.concatenate([indices[a:b] for a, b in zip(starts[live], ends[live], strict=True)])
        w = np.repeat(idf2[live], (ends - starts)[live])
        uniq, inv = np.unique(rows, return_inverse=True)
        acc = np.bincount(inv, weights=w).astype(np.float32)
        qn = np.float32(np.sqrt(idf2.sum())) or np.float32(1.0)
        cos = acc / (norm[uniq] * qn)
        if len(cos) > top:
            keep = np.argpartition(-cos, top - 1)[:top]
            uniq, cos = uniq[keep], cos[keep]
        return uniq.astype(np.intp), cos

    def wording(self, query: np.ndarray, rows: np.ndarray) -> FloatArray:
        """Returns the whole-text cosine of the given rows with the query terms, on the fallback's terms and
        weights (fallback_scores' figure for those rows): read from each row's own terms when the rows are few,
        through the postings when they are many (never a scan of every row)."""
        out = np.zeros(len(rows), dtype=np.float32)
        indptr, indices, norm, idf = self.fb_indptr, self.fb_indices, self.fb_norm, self.fb_idf
        if indptr is None or indices is None or norm is None or idf is None:
            return out
        if not len(query) or not len(rows):
            return out
        key = (query.tobytes(), rows.tobytes())
        got = self.wording_memo.get(key)
        if got is None:
            got = self._wording(query, rows)
            got.flags.writeable = False  # shared by later calls
            if len(self.wording_memo) >= WORDING_MEMO:
                self.wording_memo.clear()
            self.wording_memo[key] = got
        return got

    def lexical(self, query: np.ndarray, counts: np.ndarray, rows: np.ndarray) -> FloatArray:
        """Returns the TF-IDF cosine of the given rows' whole texts with the request's (terms with their counts in
        each text, the fallback's idf), read from each row's own terms: meant for the few rows a ranking's top is
        chosen among (nearest.picks), never for a scan."""
        norm, idf = self.lex_norm, self.fb_idf
        if norm is None or idf is None or not len(query) or not len(rows):
            return np.zeros(len(rows), dtype=np.float32)
        key = (query.tobytes(), counts.tobytes(), rows.tobytes())
        got = self.lexical_memo.get(key)
        if got is None:
            got = self._lexical(query, counts, rows)
            got.flags.writeable = False  # shared by later calls
            if len(self.lexical_memo) >= WORDING_MEMO:
                self.lexical_memo.clear()
            self.lexical_memo[key] = got
        return got

    def _lexical(self, query: np.ndarray, counts: np.ndarray, rows: np.ndarray) -> FloatArray:
        """lexical() computed (query and rows not empty, the fallback arrays built)."""
        norm, idf = self.lex_norm, self.fb_idf
        assert norm is not None and idf is not None
        qw = (counts * idf[query]).astype(np.float32)  # the request's tf-idf weights
        # The request's norm counts only the terms some volunteer of the main segment wrote (as a vectorizer fitted
        # on the volunteers reads it: a term nobody wrote would only shrink every cosine); a delta row's own new
        # terms still count in its product.
        seen = idf[query] < self.fb_idf_unseen
        qn = np.float32(np.sqrt(np.square(qw[seen]).sum())) or np.float32(1.0)
        owner, pos, at = self._row_hits(query, rows)
        w = self.analysed.fb_counts[at].astype(np.float32) * qw[pos] * idf[query[pos]]
        acc = np.bincount(owner, weights=w, minlength=len(rows)).astype(np.float32)
        cos: FloatArray = np.minimum(acc / (norm[rows] * qn), np.float32(1.0)).astype(np.float32)
        return cos

    def _row_hits(self, query: np.ndarray, rows: np.ndarray) -> tuple[IntArray, IntArray, IntArray]:
        """Returns, for each of the given rows' own fallback terms that the (sorted) query holds: the row's place
        in `rows`, the term's place in the query and its place in the analysis's term arrays (fb_terms, fb_counts):
        what wording() and lexical() read, from the rows' terms alone."""
        a = self.analysed
        starts, ends = a.fb_indptr[rows], a.fb_indptr[rows + 1]
        lens = ends - starts
        at = np.arange(int(lens.sum()), dtype=np.intp) - np.repeat(np.cumsum(lens) - lens - starts, lens)
        terms = np.asarray(a.fb_terms[at])
        owner = np.repeat(np.arange(len(rows)), lens)
        pos = np.minimum(np.searchsorted(query, terms), len(query) - 1)
        hit = query[pos] == terms
        return owner[hit], pos[hit], at[hit]

    def _wording(self, query: np.ndarray, rows: np.ndarray) -> FloatArray:
        """wording() computed (query and rows not empty, the fallback arrays built)."""
        indptr, indices, norm, idf = self.fb_indptr, self.fb_indices, self.fb_norm, self.fb_idf
        assert indptr is not None and indices is not None and norm is not None and idf is not None
        idf2 = (idf[query] ** 2).astype(np.float32)
        qn = np.float32(np.sqrt(idf2.sum())) or np.float32(1.0)
        if len(rows) <= WORDING_DIRECT_ROWS:  # exact, and the same in any segment (a delta or the main one)
            owner, pos, _at = self._row_hits(query, rows)
            acc = np.bincount(owner, weights=idf2[pos], minlength=len(rows)).astype(np.float32)
        else:  # a large tie: the postings, without the terms too common to be posted (cost ∝ their postings)
            full = np.zeros(len(self), dtype=np.float32)
            for s, e, w in zip(
                indptr[query].tolist(), indptr[query + 1].tolist(), idf2.tolist(), strict=True
            ):
                full[indices[s:e]] += np.float32(w)
            acc = full[rows]
        cos: FloatArray = (acc / (norm[rows] * qn)).astype(np.float32)
        return cos

    def __len__(self) -> int:
        return len(self.ids)

    def volunteer(self, i: int) -> Volunteer:
        """Returns the volunteer of row i."""
        return self.volunteers[i]

    def profile(self, i: int) -> VolunteerProfile:
        """Returns the concepts (with the words they were read through) and residual text of row i, from the
        analysis the segment was built from: no text is read again to explain a ranking."""
        a = self.analysed
        hits = {}
        for k in range(int(a.hit_indptr[i]), int(a.hit_indptr[i + 1])):
            sid = self.skill_ids[int(a.hit_skill[k])]
            hits[sid] = Hit(sid, a.words[int(a.hit_word[k])], float(a.hit_strength[k]))
        return VolunteerProfile(hits=hits, residual=a.residual[i])

    def positions(self, ids: Iterable[str]) -> IntArray:
        """Returns the rows of the given volunteer ids present in this segment."""
        return np.array([self.row[i] for i in ids if i in self.row], dtype=np.intp)

    def view(
        self, idx: np.ndarray, prefiltered: bool = False, text_cov: np.ndarray | None = None
    ) -> SegmentView:
        """Returns the rows idx of this segment, with the same attributes the features read."""
        return SegmentView(self, idx, prefiltered, text_cov)

    def nbytes(self) -> int:
        """Returns the bytes held by the numeric arrays of this segment."""
        arrs = [
            self.fairness,
            self.eligible,
            self.alive,
            self.lang,
            self.avail,
            self.area,
            self.load_proposals,
            self.load_approvals,
            self.never_matched,
            self.C_codes,
            self.G_codes,
        ]
        total = sum(a.nbytes for a in arrs)
        if self.text is not None:
            total += self.text.data.nbytes + self.text.indices.nbytes + self.text.indptr.nbytes
        for fb in (self.fb_indices, self.fb_indptr, self.fb_norm, self.lex_norm):
            if fb is not None:
                total += fb.nbytes
        return total


class _RowGather:
    """seg.C[r]: one skill row (of strength codes, read as float32 strengths) at all rows or a view's."""

    def __init__(self, mat: NDArray[Any], idx: IntArray | None, table: FloatArray) -> None:
        self.mat, self.idx, self.table = mat, idx, table

    def _row(self, r: int | np.integer[Any]) -> FloatArray:
        codes = self.mat[r] if self.idx is None else self.mat[r].take(self.idx)
        row: FloatArray = self.table.take(codes)
        return row

    def __getitem__(self, r: int | np.integer[Any] | IntArray) -> FloatArray:
        """Returns skill row r (or rows r, stacked) at the rows."""
        if isinstance(r, (int, np.integer)):
            return self._row(r)
        return np.stack([self._row(x) for x in r])


class SegmentView:
    """A subset of a segment's rows (the candidates of one request), read by the same feature functions."""

    _GATHERED = (
        "eligible",
        "alive",
        "lang",
        "avail",
        "area",
        "load_proposals",
        "load_approvals",
        "never_matched",
    )

    def __init__(
        self, seg: Segment, idx: np.ndarray, prefiltered: bool = False, text_cov: np.ndarray | None = None
    ) -> None:
        self.parent = seg
        self.idx = idx
        self.text_cov_full = text_cov  # the request's text coverage over the whole segment, if computed
        self.memo: dict[str, np.ndarray] = {}  # request-independent results on this view (see Matcher)
        self.prefiltered = prefiltered  # every row already passed the hard constraints
        self.dead_seen = 0  # the parent's tombstones applied to a gathered `alive` (see Matcher._patch)
        self.C = _RowGather(seg.C_codes, idx, seg.strengths)
        self.G = _RowGather(seg.G_codes, idx, seg.strengths)
        self.skill_row, self.skill_group = seg.skill_row, seg.skill_group
        self.close_rows, self.related_rows = seg.close_rows, seg.related_rows
        self.similar_rows = seg.similar_rows
        self.text = seg.text
        self.postings = seg.postings

    # Per-volunteer arrays of the parent, gathered at `idx` on first read (see __getattr__).
    eligible: BoolArray
    alive: BoolArray
    lang: NDArray[np.int64]
    avail: NDArray[np.int32]
    area: NDArray[np.int16]
    load_proposals: FloatArray
    load_approvals: FloatArray
    never_matched: BoolArray
    fairness: FloatArray

    def __getattr__(self, name: str) -> NDArray[Any]:
        # Gather a per-volunteer array lazily, only if a feature reads it.
        if name in self._GATHERED or name == "fairness":
            arr: NDArray[Any] = getattr(self.parent, name).take(self.idx)
            setattr(self, name, arr)
            return arr
        raise AttributeError(name)

    def __len__(self) -> int:
        return len(self.idx)

    def volunteer(self, i: int) -> Volunteer:
        """Returns the volunteer at position i of this view."""
        v: Volunteer = self.parent.volunteers[self.idx[i]]
        return v

    def profile(self, i: int) -> VolunteerProfile:
        """Returns the analysed profile of the volunteer at position i of this view."""
        return self.parent.profile(int(self.idx[i]))

    def positions(self, ids: Iterable[str]) -> IntArray:
        """Returns positions in this view of the given volunteer ids."""
        rows = self.parent.positions(ids)
        return np.flatnonzero(np.isin(self.idx, rows)) if len(rows) else rows


# What a feature scores: a whole segment, or the candidate rows of one request.
Rows = Segment | SegmentView
