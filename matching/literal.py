"""A topic the dictionary lacks, named in the title (skill-v4.21): 「盆栽講座の講師をお願いします」「子どもたちに消しゴムはんこを
教えてくださる方」「エンディングノートが途中で止まっています」.

When the title names no concept, the matcher used to take the main ask from the description, where on real pages it
often finds who asks (学童クラブでは…), who advised (ケアマネジャーさんに言われて) or an aside (折り紙タイム), and the
registrants who list the very word of the title as their skill (消しゴムはんこ教室, 盆栽指導員) were never proposed.
Here such a title's nouns that no taxonomy word covers are looked up in the registrants' own words: a registrant
whose tag is mostly that word (it makes up at least LITERAL_TAG_COVER of the tag: 写経 in 写経の講話) holds it as a skill — LITERAL_TAG, like a
concept in a tag — and, once some registrant lists it so, one whose bio names it holds it a little less
(LITERAL_BIO, like a concept in a bio). It enters the ranking as the text factor's evidence (the text factor is
the evidence of an ask the dictionary does not know), so its holders become candidates and compete with the
description's concepts on fit; the request's words (wording.py) then order them.

Only words few registrants write count (LITERAL_SHARE of all volunteers): a word many write is everyday wording,
not a topic. Recruitment boilerplate (募集, ボランティア, スタッフ …) is never a topic. The lookup goes through the
whole-text fallback's inverted postings (the rows holding every posted n-gram of the word), then checks the
few rows found: its cost is that of the word's postings, never a scan of every volunteer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from . import variants
from .grams import FloatArray, fallback_terms
from .normalize import normalize

if TYPE_CHECKING:
    from .index import Segment
    from .taxonomy import Taxonomy

LITERAL_TAG = 1.0  # a registrant's tag that is mostly the title's word
LITERAL_BIO = 0.9  # a bio that names it, when some registrant lists it as a skill
LITERAL_TAG_COVER = 0.4  # the share of a tag's characters the word must make up (写経 in 写経の講話)
LITERAL_SHARE = 0.08  # a word more of the volunteers than this write is everyday wording, not a topic
_HIRAGANA_ONLY = re.compile(r"[\u3041-\u309f\u30fc]+")  # ひろば, くださる: not a topic's name
# Recruitment boilerplate: words of any request for helpers, never its topic.
GENERIC = frozenset(
    normalize(w)
    for w in (
        "募集",
        "募集中",
        "随時",
        "当日",
        "ボランティア",
        "スタッフ",
        "メンバー",
        "サポーター",
        "お手伝い",
        "手伝い",
        "協力",
        "支援",
        "活動",
        "参加",
        "一緒",
        "お願い",
        "方",
        "方々",
        "人",
        "皆さん",
        "皆様",
        "仲間",
        "会員",
        "教室",
        "講座",
        "講師",
        "先生",
        "担当",
        "地域",
        "施設",
    )
)


def title_literals(title: str, taxonomy: Taxonomy) -> tuple[tuple[str, str], ...]:
    """Returns (as written, normalised) for each run of the title's nouns (a verb's stem inside a compound counts:
    消しゴム, 草木染め) and each part of such a run, longest first, that no taxonomy word covers and that is not only
    boilerplate or actions (整理, 作業: what is done, not a topic). () without the dictionary. Never raises."""
    out: dict[str, str] = {}
    for run in variants.noun_runs(title):
        for i in range(len(run)):
            for j in range(len(run), i, -1):
                parts = run[i:j]
                if all(normalize(p) in GENERIC or action for p, action in parts):
                    continue
                word = "".join(p for p, _a in parts)
                folded = normalize(word)
                if (
                    len(folded) < 2
                    or folded.isascii()
                    or _HIRAGANA_ONLY.fullmatch(word)
                    or folded in out
                    or taxonomy.text_hits(word)
                ):
                    continue
                out[folded] = word
    return tuple(sorted(((w, f) for f, w in out.items()), key=lambda x: -len(x[1])))


def literal_rows(
    seg: Segment, words: tuple[tuple[str, str], ...], population: int
) -> tuple[FloatArray, dict[int, str]] | None:
    """Returns, for a segment, each row's evidence of holding one of the title's words (LITERAL_TAG, LITERAL_BIO or
    0) and the word (as the title writes it) each holding row holds; None when no row holds one. A word held
    by a longer word already found, held by more than LITERAL_SHARE of the `population` (the volunteers of
    every segment), or listed in nobody's tag is skipped."""
    indptr, indices = seg.fb_indptr, seg.fb_indices
    if indptr is None or indices is None or not words:
        return None
    out = np.zeros(len(seg), dtype=np.float32)
    held: dict[int, str] = {}
    found: list[str] = []
    for written, folded in words:
        if any(folded in longer for longer in found):
            continue
        rows = _rows_with_terms(indptr, indices, fallback_terms(folded))
        if rows is None or len(rows) > 2 * LITERAL_SHARE * population:
            continue  # everyday wording: its n-grams alone are in too many texts to read them all
        got = []
        for r in rows.tolist():
            v = seg.volunteer(r)
            if any(
                folded in t and len(folded) >= LITERAL_TAG_COVER * len(t) for t in map(normalize, v.skills)
            ):
                got.append((r, LITERAL_TAG))
            elif folded in normalize(v.bio):
                got.append((r, LITERAL_BIO))
        if not got or len(got) > LITERAL_SHARE * population or all(x < LITERAL_TAG for _r, x in got):
            continue
        found.append(folded)
        for r, x in got:
            if x > out[r]:
                out[r] = x
                held[r] = written
    return (out, held) if held else None


def _rows_with_terms(indptr: np.ndarray, indices: np.ndarray, terms: np.ndarray) -> np.ndarray | None:
    """Returns the rows whose postings hold every posted term (a superset of the rows whose text holds the word),
    or None when none of the terms is posted (each is too common to be: the word is everyday wording)."""
    lists = [indices[indptr[t] : indptr[t + 1]] for t in terms.tolist() if indptr[t + 1] > indptr[t]]
    if not lists:
        return None
    lists.sort(key=len)
    rows = lists[0]
    for x in lists[1:]:
        rows = np.intersect1d(rows, x, assume_unique=True)
        if not len(rows):
            break
    return rows
