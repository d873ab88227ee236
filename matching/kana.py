"""Words written in kana or in romaji, read as the taxonomy's words (skill-v4.53, v4.56, v4.62, v4.63).

Registrants and residents write a dictionary word in the letters they have: a tag in hiragana (かいらんばん for 回覧板,
はたふり for 旗振り), a learner of Japanese or an older writer spacing their kana (「でんしレンジ と すいはんき」), a
resident who cannot type Japanese writing romaji (「gomi no bunbetsu ga muzukashii desu」). Each is looked up by how the
taxonomy's words are read (SudachiDict's readings, taxonomy.Taxonomy._read_as). A reading turns up inside other kana
as often as not (the fifteenth session lost real23's R23Q033 reading one inside a run of text), so only whole tags and
tokens of their own (between spaces or punctuation) are looked up, and romaji only in a text that reads as romaji
Japanese. A phrase's を / が left out in speech (顔見ながら for 顔を見ながら) is spelled here too, and a short word the
taxonomy spells in hiragana (いご, うた) is matched only where the dictionary cuts a word (not the いご of けいご).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .normalize import normalize as fold_kana
from .variants import MAX_CHARS, boundaries

# A reading of at least this many kana: shorter ones are other words as often (シュワ, イゴ, サンポ are spelled out
# already where they matter).
READING_MIN_LEN = 4
KANJI_RE = re.compile("[\u4e00-\u9fff々]")
_HIRA_ANY_RE = re.compile("[\u3041-\u309e]")
# a run of kana (katakana once normalised) with no letter of any script on either side: a token of its own
_KANA_TOKEN_RE = re.compile("(?<![\\w])[\u30a1-\u30faー]+(?![\\w])")
_PARTICLE_RE = re.compile("(?<=[\u4e00-\u9fff々\u30a1-\u30fa])[をが](?=.)")
PARTICLE_DROP_MIN = 3  # the shortest particle-less spelling matched (枝切, 顔見ながら; 話聞 is too short)

Hit = tuple[str, int, int]  # (taxonomy term, start, end) in the normalised text
# a word the taxonomy spells in this many hiragana or fewer is matched only as a word of its own (skill-v4.63)
SHORT_KANA = 3
_HIRAGANA_RE = re.compile("[\u3041-\u309eー]+")


def is_hiragana(text: str) -> bool:
    """Returns whether a text is all hiragana (the long-vowel mark included)."""
    return bool(text) and _HIRAGANA_RE.fullmatch(text) is not None


def particle_spellings(words: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Yields (folded spelling, word) for each word with one を / が that follows a kanji or katakana noun left out
    (顔を見ながら → 顔見ながら), PARTICLE_DROP_MIN letters or more once folded."""
    for w in words:
        for m in _PARTICLE_RE.finditer(w):
            n = fold_kana(w[: m.start()] + w[m.end() :])
            if len(n) >= PARTICLE_DROP_MIN:
                yield n, w


def reading_table(
    terms: Mapping[str, str | None], display: Mapping[str, str], reading: Callable[[str], str]
) -> dict[str, str]:
    """Returns {reading in katakana: term} for the taxonomy's terms (term → concept, None for a trap) whose word as
    written (display) has a kanji, whose reading has READING_MIN_LEN kana or more, is no term itself, and is shared
    by no term of another concept nor a trap (then it names neither)."""
    found: dict[str, set[str | None]] = {}
    first: dict[str, str] = {}
    for term, sid in terms.items():
        word = display.get(term, term)
        if not KANJI_RE.search(word):
            continue
        r = fold_kana(reading(word))
        if len(r) >= READING_MIN_LEN and r not in terms:
            found.setdefault(r, set()).add(sid)
            first.setdefault(r, term)
    return {r: first[r] for r, sids in found.items() if len(sids) == 1 and None not in sids}


def short_hiragana_words(skills: Iterable[Any]) -> frozenset[str]:
    """Returns the folded words of SHORT_KANA hiragana or fewer the skills spell (いご, うた, さんぽ)."""
    return frozenset(
        fold_kana(w)
        for sk in skills
        for w in (sk.label_ja, *sk.synonyms)
        if 0 < len(w) <= SHORT_KANA and is_hiragana(w)
    )


def inside_hiragana_word(sc: str | None, a: int, b: int) -> bool:
    """Returns whether a short hiragana word at sc[a:b] (the text with its hiragana kept) stands inside a longer word
    of hiragana (いご in けいご, さいご; うた in うたたね): hiragana on a side where SudachiDict cuts no word (夏まつりで
    keeps its まつり: 夏 is no hiragana, and a word ends before で). False without the dictionary."""
    if sc is None or b > MAX_CHARS or not is_hiragana(sc[a:b]):
        return False
    left = a > 0 and is_hiragana(sc[a - 1])
    right = b < len(sc) and is_hiragana(sc[b])
    if not (left or right):
        return False
    cuts = boundaries(sc)
    return bool(cuts) and ((left and a not in cuts) or (right and b not in cuts))


def _free(found: list[Hit], a: int, b: int) -> bool:
    return not any(a < y and x < b for _w, x, y in found)


def kana_token_hits(t: str, sc: str, read_as: Callable[[], dict[str, str]], found: list[Hit]) -> list[Hit]:
    """Returns found with the words spelt out in kana as tokens of their own (with hiragana, READING_MIN_LEN kana or
    more, where nothing was found) added as the taxonomy word each is read as; t normalised, sc its script form."""
    if not _HIRA_ANY_RE.search(sc) or not _KANA_TOKEN_RE.search(t):
        return found
    extra = []
    for m in _KANA_TOKEN_RE.finditer(t):
        a, b = m.span()
        if b - a < READING_MIN_LEN or not _HIRA_ANY_RE.search(sc, a, b):
            continue
        term = read_as().get(m.group())
        if term is not None and _free(found, a, b):
            extra.append((term, a, b))
    return sorted([*found, *extra], key=lambda h: h[1]) if extra else found


# Romaji: a text reads as romaji Japanese when it has one of these endings and one of these particles as words.
_ROMAJI_ENDINGS = frozenset((
    "desu", "masu", "kudasai", "onegai", "onegaishimasu", "shimasu", "shitai", "dekimasen", "dekinai", "wakarimasen",
    "wakaranai", "kuremasen", "kuremasenka", "arimasen", "imasu", "hoshii", "tetsudatte", "oshiete", "tasukete",
))  # fmt: skip
_ROMAJI_PARTICLES = frozenset(["wo", "ga", "no", "ni", "de", "wa", "to", "mo"])
_LATIN_TOKEN_RE = re.compile("(?<![a-z'])[a-z]+(?![a-z'])")
ROMAJI_JOIN = 3  # the most words read as one (gomi no hi → ごみの日)
_V = {"a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ"}
_ROWS = {
    "k": "カキクケコ", "s": "サシスセソ", "t": "タチツテト", "n": "ナニヌネノ", "h": "ハヒフヘホ", "m": "マミムメモ",
    "y": "ヤイユエヨ", "r": "ラリルレロ", "w": "ワイウエヲ", "g": "ガギグゲゴ", "z": "ザジズゼゾ", "d": "ダヂヅデド",
    "b": "バビブベボ", "p": "パピプペポ", "f": "ファフィフフェフォ", "j": "ジャジジュジェジョ", "v": "バビブベボ",
}  # fmt: skip
_SPECIAL = {"shi": "シ", "chi": "チ", "tsu": "ツ", "fu": "フ", "ji": "ジ", "sha": "シャ", "shu": "シュ",
            "sho": "ショ", "she": "シェ", "cha": "チャ", "chu": "チュ", "cho": "チョ", "che": "チェ", "ja": "ジャ",
            "ju": "ジュ", "jo": "ジョ", "je": "ジェ", "fa": "ファ", "fi": "フィ", "fe": "フェ", "fo": "フォ",
            "ti": "ティ", "di": "ディ", "du": "ドゥ", "tu": "ツ", "si": "シ", "zi": "ジ", "hu": "フ"}  # fmt: skip
_SMALL = {"a": "ャ", "u": "ュ", "o": "ョ"}
_I_STEM = {"k": "キ", "g": "ギ", "n": "ニ", "h": "ヒ", "b": "ビ", "p": "ピ", "m": "ミ", "r": "リ", "z": "ジ"}


def to_kana(word: str) -> str | None:
    """Returns a romaji word in katakana (sumaho → スマホ, bunbetsu → ブンベツ, kitte → キッテ), or None when it is no
    romaji (help, street)."""
    out, i, n = [], 0, len(word)
    while i < n:
        c = word[i]
        if c in _V:
            out.append(_V[c])
            i += 1
            continue
        if c == "n" and (i + 1 == n or word[i + 1] not in "aiueoy"):
            out.append("ン")
            i += 1
            continue
        if i + 1 < n and word[i + 1] == c and c not in "aiueon":
            out.append("ッ")  # a doubled consonant (kitte, motto)
            i += 1
            continue
        for size in (3, 2):
            if word[i : i + size] in _SPECIAL:
                out.append(_SPECIAL[word[i : i + size]])
                i += size
                break
        else:
            if c in _I_STEM and i + 2 < n and word[i + 1] == "y" and word[i + 2] in _SMALL:
                out.append(_I_STEM[c] + _SMALL[word[i + 2]])  # kya, ryo, nyu
                i += 3
            elif c in _ROWS and c not in "fj" and i + 1 < n and word[i + 1] in _V:
                out.append(_ROWS[c]["aiueo".index(word[i + 1])])
                i += 2
            else:
                return None
    return "".join(out)


def romaji_hits(
    t: str, read_as: Callable[[], dict[str, str]], kata_terms: frozenset[str], found: list[Hit]
) -> list[Hit]:
    """Returns found with the romaji words of a text that reads as romaji Japanese added as the taxonomy words they
    spell: read as one of its words (gomi no bunbetsu → ゴミの分別), or a katakana word itself (sumaho → スマホ), up to
    ROMAJI_JOIN words together, the longest first."""
    tokens = [(m.group(), m.start(), m.end()) for m in _LATIN_TOKEN_RE.finditer(t)]
    words = {w for w, _a, _b in tokens}
    if not (words & _ROMAJI_ENDINGS and words & _ROMAJI_PARTICLES):
        return found
    kana = [to_kana(w) for w, _a, _b in tokens]
    extra: list[Hit] = []
    i = 0
    while i < len(tokens):
        for k in range(min(ROMAJI_JOIN, len(tokens) - i), 0, -1):
            parts = kana[i : i + k]
            if any(p is None for p in parts):
                continue
            spelled = "".join(p for p in parts if p is not None)
            a, b = tokens[i][1], tokens[i + k - 1][2]
            term = read_as().get(spelled) if len(spelled) >= READING_MIN_LEN else None
            if term is None and len(spelled) >= 3 and spelled in kata_terms:
                term = spelled
            if term is not None and _free(found, a, b):
                extra.append((term, a, b))
                i += k
                break
        else:
            i += 1
    return sorted([*found, *extra], key=lambda h: h[1]) if extra else found
