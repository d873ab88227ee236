"""A tag typed with one character missing (skill-v4.67): 歩行助 for 歩行介助, 応急当普及員 for 応急手当普及員, 蛍光の交換 for
蛍光灯の交換, Zom接続 for Zoom接続.

Edit distance over a whole short tag (taxonomy.FUZZY_CUTOFF) misses these: one character gone from a word of four is
a ratio of 86 against that word alone, but of 60 or less against the tag around it (応急当普及員 ~ 応急手当 60), and a
particle the dictionary word has (歩行の介助) costs as much again. Here every taxonomy word of at least DELETE_MIN_TERM
characters, particles set aside, is indexed under each spelling with one inner character deleted (a symmetric-delete
table, as spelling correctors keep); a tag the dictionary does not read is looked up for the longest run of it that is
such a spelling. A spelling two concepts' words share names neither. The table is built once per taxonomy, and looked
up only for the few tags the dictionary leaves unread (cached by tag): never per query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .kana import KANJI_RE
from .normalize import is_katakana

DELETE_MIN_TERM = 4  # a word shorter than this, less one character, is too short to be told from other words
DELETE_MIN_SPELLING = 3  # ... and no run of a tag shorter than this is looked up
# nor one longer than this (the longest words, less one), and no tag past DELETE_MAX_TAG characters: a tag is a few
# words, and pasted text must not cost its length squared
DELETE_MAX_SPELLING = 24
DELETE_MAX_TAG = 64
_SLIGHT = frozenset(
    "ーッャュョァィゥェォ"
)  # what a loanword typed in a hurry loses (スクルガード, ボーゲーム)
# の / を / が between words, as normalize() writes them (歩行ノ介助): a tag often leaves them out (歩行介助)
_PARTICLE = re.compile("(?<=[^\u30a1-\u30fa\u30fc])[ノヲガ](?=[^\u30a1-\u30fa\u30fc])")


def bare(text: str) -> str:
    """Returns a normalised text without the particles between its words (歩行ノ介助 → 歩行介助)."""
    return _PARTICLE.sub("", text)


def deletion_table(terms: Mapping[str, str | None]) -> dict[str, str]:
    """Returns {a word's spelling with one character inside it deleted: the word} over the taxonomy's words of at
    least DELETE_MIN_TERM characters (particles set aside), leaving out a spelling that is itself a word, or that two
    concepts' words share (None-valued words, read only in context, are skipped)."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    known = {bare(t) for t in terms}
    for term, sid in terms.items():
        if sid is None:
            continue
        b = bare(term)
        if len(b) < DELETE_MIN_TERM:
            continue
        katakana = all(is_katakana(c) for c in b)
        # inside it: without its first or last character, a word is part of other words (畑ノ手伝イ less 畑: 手伝イ)
        for i in range(1, len(b) - 1):
            if katakana and b[i] not in _SLIGHT:
                continue  # コーラス less ラ is コース: a loanword loses only a mark or a small letter (リバシ)
            d = b[:i] + b[i + 1 :]
            if (
                not DELETE_MIN_SPELLING <= len(d) <= DELETE_MAX_SPELLING
                or d in known
                or (d.isascii() and not b.isascii())
            ):
                continue
            held = out.get(d)
            if held is not None and terms[held] != sid:
                clash.add(d)
            out.setdefault(d, term)
    for d in clash:
        del out[d]
    return out


def one_missing(norm_tag: str, table: Mapping[str, str]) -> str | None:
    """Returns the taxonomy word a normalised tag holds with one character missing (the longest such run of the
    tag, leftmost first), or None. A run starts where no kanji or kana word goes on into it on the left (天体教室 is
    no 体操教室 less 操, nor 紅茶教室 a 茶道教室) and ends where no katakana word goes on (リバシ of リバシティ); a
    Latin run counts only as a whole word (zom of zom接続, not lin of linen). Only the few places a word can start are
    tried, each for at most DELETE_MAX_SPELLING characters: an index build reads many unread tags."""
    t = bare(norm_tag)
    if len(t) > DELETE_MAX_TAG:
        return None
    best: tuple[int, str] | None = None  # (length, word): the first longest run wins
    for a in range(len(t) - DELETE_MIN_SPELLING + 1):
        if a > 0 and (
            is_katakana(t[a - 1])
            or KANJI_RE.match(t[a - 1])
            or (t[a].isascii() and t[a - 1].isascii() and t[a - 1].isalnum())
        ):
            continue
        for b in range(min(len(t), a + DELETE_MAX_SPELLING), a + DELETE_MIN_SPELLING - 1, -1):
            if best is not None and b - a <= best[0]:
                break
            term = table.get(t[a:b])
            if term is None:
                continue
            if t[b - 1].isascii() and b < len(t) and t[b].isascii() and t[b].isalnum():
                continue
            if is_katakana(t[b - 1]) and b < len(t) and is_katakana(t[b]):
                continue
            best = (b - a, term)
            break
    return best[1] if best is not None else None
