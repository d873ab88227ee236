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
# _HIRA_TO_KATA then _VU in one table (ゔ → ヴ → ブ): one pass over a text instead of two.
_HIRA_TO_KATA_VU = _HIRA_TO_KATA | {0x3094: ord("ブ"), ord("ヴ"): ord("ブ")}
_VU_PAIRS = (("ブァ", "バ"), ("ブィ", "ビ"), ("ブェ", "ベ"), ("ブォ", "ボ"))
# A lone surrogate (JSON allows "\ud800") cannot be encoded, so the n-gram hashers would raise on it: U+FFFD.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Entries kept per cache: requests and tags repeat; each bio is read once per build (a cache of every bio held
# hundreds of megabytes at 100k volunteers).
NORMALIZE_CACHE = 30_000


@lru_cache(maxsize=NORMALIZE_CACHE)
def normalize(text: str) -> str:
    """Returns text in the matcher's canonical form: NFKC, casefold, katakana, one long-vowel mark, single spaces."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", _SURROGATE_RE.sub("\ufffd", text)).casefold()
    t = t.translate(_HIRA_TO_KATA_VU)
    return _SPACE_RE.sub(" ", _vu_and_dashes(t)).strip()


def _vu_and_dashes(t: str) -> str:
    """Folds ヴ-syllables (ブァ → バ …) and dash variants into ー, dropping an ASCII hyphen after one; each pass
    runs only when it can change something (every pair starts with ブ): an import folds many texts."""
    if "ブ" in t:
        for a, b in _VU_PAIRS:
            t = t.replace(a, b)
    t = _DASH_RE.sub("ー", t)
    if "ー" in t:
        t = _ASCII_DASH_RE.sub("", t)
    return t


def normalize_unspaced(text: str, sep: str = "\x00") -> str:
    """Returns normalize(text) with every space removed (a search key), quicker on a long text of many parts.

    The text is taken as parts separated by `sep` (a character that NFKC leaves alone and that composes with
    nothing, such as NUL): NFKC runs only on the parts not already in NFKC (most of a roster is: Unicode's
    quick check says so in C), and the kana, ヴ and dash maps run as one table. The result is the same string as
    normalize(text).replace(" ", ""): each step is normalize's, and dropping every whitespace run at the end
    is what collapsing the runs, stripping and removing the spaces did.
    """
    if not text:
        return ""
    t = _SURROGATE_RE.sub("\ufffd", text)
    if not unicodedata.is_normalized("NFKC", t):
        t = sep.join(
            [
                p if unicodedata.is_normalized("NFKC", p) else unicodedata.normalize("NFKC", p)
                for p in t.split(sep)
            ]
        )
    # the dashes become ー in the same table lookup as the kana (a run of them then one ー, as _DASH_RE makes it)
    t = t.casefold().translate(_UNSPACED_TABLE)
    if "ブ" in t:
        for a, b in _VU_PAIRS:
            t = t.replace(a, b)
    if "ー" in t:
        if "ーー" in t:
            t = _LONG_RUN_RE.sub("ー", t)
        t = _ASCII_DASH_RE.sub("", t)
    # str.split() cuts at the characters \s matches (both ask Py_UNICODE_ISSPACE), quicker than the regex
    return "".join(t.split())


def _unspaced_table() -> list[int]:
    """normalize's kana and ヴ map with every dash mapped to ー, as a list indexed by code point: str.translate finds
    a character in a list by its index, in a dict by a lookup and a KeyError when it is not there (twice as quick
    on Japanese text); a character past the list is left as it is, as a dict's miss leaves it."""
    table = list(range(0x10000))
    for code, to in _HIRA_TO_KATA_VU.items():
        table[code] = to
    for dash in _DASHES:
        table[ord(dash)] = ord("ー")
    return table


_UNSPACED_TABLE = _unspaced_table()
_LONG_RUN_RE = re.compile("ー{2,}")


@lru_cache(maxsize=NORMALIZE_CACHE)
def normalize_pair(text: str) -> tuple[str, str]:
    """Returns (normalize(text), the same with hiragana kept as hiragana) in one pass. The second tells where a
    katakana word begins and ends, which the katakana-folded form cannot (スマホを vs スマホアプリ); the two
    have the same length except for rare hiragana ゔ-sequences."""
    if not text:
        return "", ""
    # .replace: _VU's one mapping, without translate's lookup of every character
    t = unicodedata.normalize("NFKC", _SURROGATE_RE.sub("\ufffd", text)).casefold().replace("ヴ", "ブ")
    sc = _SPACE_RE.sub(" ", _vu_and_dashes(t)).strip()
    if not _HIRA_RE.search(sc):
        return sc, sc
    if "ゔ" in sc:
        return normalize(text), sc
    return sc.translate(_HIRA_TO_KATA), sc


_HIRA_RE = re.compile("[\u3041-\u309e]")


def normalize_script(text: str) -> str:
    """Returns normalize(text) with hiragana kept as hiragana (see normalize_pair)."""
    return normalize_pair(text)[1]


def is_katakana(ch: str) -> bool:
    """Returns whether ch is a katakana letter or the long-vowel mark (not the ・ separator)."""
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー"


_LATIN_RE = re.compile(r"[a-z][a-z']*[a-z]")


@lru_cache(maxsize=NORMALIZE_CACHE)  # a text's words repeat across texts: a lookup, not the suffix loop
def stem_en(w: str) -> str:
    """Returns a light English stem (plural, -ing, -ed, -ly, final e dropped) so inflected forms meet."""
    for suf in ("ies", "ing", "ed", "ly", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith("ss"):
            w = w[: -len(suf)] + ("y" if suf == "ies" else "")
            break
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def latin_word_spans(norm_text: str) -> list[tuple[str, int, int]]:
    """Returns (stem, start, end) for each Latin word (2+ letters) of a normalised text."""
    return [(stem_en(m.group().replace("'", "")), m.start(), m.end()) for m in _LATIN_RE.finditer(norm_text)]


def latin_words(norm_text: str) -> list[str]:
    """Returns the light-stemmed Latin words (3+ letters) of a normalised text."""
    return [w for w, a, b in latin_word_spans(norm_text) if b - a >= 3]


# English function words: in a pool written mostly in Japanese they are rare, so any two English texts would share
# them at a high idf ("Could", "about", "my": a kintsugi teacher's English bio near every English request). The
# request's own words (the wording score) leave them out.
EN_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "if",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "onto",
        "to",
        "with",
        "without",
        "about",
        "over",
        "under",
        "up",
        "down",
        "out",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "one",
        "each",
        "every",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "very",
        "just",
        "also",
        "too",
        "than",
        "then",
        "only",
        "really",
        "please",
        "thank",
        "thanks",
        "hi",
        "hello",
        "dear",
        "would",
        "like",
        "want",
        "wants",
        "need",
        "needs",
        "looking",
        "look",
        "help",
        "get",
        "got",
        "make",
        "made",
        "let",
        "lot",
        "lots",
        "much",
        "many",
        "more",
        "most",
        "other",
        "others",
        "such",
        "own",
        "same",
        "again",
        "once",
        "while",
        "because",
        "before",
        "after",
        "during",
        "until",
        "since",
    ]
)


def without_en_function_words(norm_text: str) -> str:
    """Returns a normalised text with its English function words blanked out (Japanese untouched)."""
    if not _LATIN_RE.search(norm_text):
        return norm_text
    return _LATIN_RE.sub(lambda m: " " if m.group() in EN_FUNCTION_WORDS else m.group(), norm_text)
