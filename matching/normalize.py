"""Japanese text normalisation shared by volunteers, requests and the taxonomy (both sides the same way)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Hiragana U+3041..U+3096 map to katakana by a fixed offset; ゝゞ too.
_HIRA_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)} | {0x309D: 0x30FD, 0x309E: 0x30FE}
# Dashes and tildes people type for the long vowel mark (after NFKC); unified to ー.
_DASHES = "\u002d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\u2500\u2501\u301c\u007e\uff5e"
_DASH_RE = re.compile(f"[{re.escape(_DASHES)}]+")
_SPACE_RE = re.compile(r"\s+")
# A dash after a Latin letter or digit is a hyphen (Wi-Fi, e-Tax), not a long vowel: dropped.
_ASCII_DASH_RE = re.compile(r"(?<=[a-z0-9])ー")
# Small kana people type as full size and vice versa are left alone; ヴ-row is folded to バ-row.
_VU = str.maketrans({"ヴ": "ブ"})
_VU_PAIRS = (("ブァ", "バ"), ("ブィ", "ビ"), ("ブェ", "ベ"), ("ブォ", "ボ"))


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Returns text in the matcher's canonical form: NFKC, casefold, katakana, one long-vowel mark, single spaces."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = t.translate(_HIRA_TO_KATA).translate(_VU)
    for a, b in _VU_PAIRS:
        t = t.replace(a, b)
    t = _DASH_RE.sub("ー", t)
    t = _ASCII_DASH_RE.sub("", t)
    t = _SPACE_RE.sub(" ", t).strip()
    return t
