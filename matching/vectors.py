"""Optional third layer: words the taxonomy does not know, linked to its nearest concept by word vectors.

The taxonomy (hand-kept words) and variants.py (a dictionary's spellings) recognise only words someone wrote
down. Here a content word of a text that neither recognises (a noun or verb from SudachiPy, not a stop word) is
compared, by cosine similarity of word vectors, with every Japanese term of the taxonomy; when its best concept
is close enough (VEC_MIN) and clearly ahead of the second one (VEC_MARGIN), the word stands for that concept at a
discounted credit (always below a real dictionary hit). The vectors are GiNZA's (`ja-ginza` on PyPI: a 20k-row ×
300 float32 table, ~480k word hashes mapped onto its rows), read straight from the installed package's files with
numpy: spaCy is never imported and nothing is loaded from a hub. Work is over the taxonomy's few thousand terms,
once per process (term vectors) and per text (its words), never per query over volunteers.

Off unless the model files are found (the `ja_ginza` package, or SKILLBANK_VECTORS_PATH naming its `vocab`
folder's parent) and SKILLBANK_VECTORS is not "off"/"0"; then `links()` returns nothing and matching is exactly
as without this module.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from .normalize import normalize
from .variants import _dictionary

if TYPE_CHECKING:
    from .taxonomy import Taxonomy

VEC_MIN = 0.55  # cosine a word needs with a concept's term to stand for the concept
VEC_MARGIN = 0.05  # ... and its best concept must lead the second by this much (囲碁 ~ 将棋 ~ 麻雀 do not)
VEC_MIN_REQUEST = 0.55  # the same for a request's words (its links replace the whole-text fallback)
VEC_CREDIT = 0.6  # a vector link counts this share of a taxonomy word (volunteer strength, request weight)
MAX_WORDS = 60  # content words read per text (long bios: the first ones)
MIN_CHARS = 2

_LOCK = threading.Lock()
_MODEL: list[Any] = []  # [(unit vectors, sorted keys, rows)] or [None] when unavailable


def _model_dir() -> Path | None:
    explicit = os.environ.get("SKILLBANK_VECTORS_PATH")
    if explicit:
        p = Path(explicit)
        return p if (p / "vocab" / "vectors").exists() else None
    try:
        spec = importlib.util.find_spec("ja_ginza")  # finds the package without importing it (no spaCy)
    except Exception:
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        for d in sorted(Path(loc).glob("ja_ginza-*")):
            if (d / "vocab" / "vectors").exists() and (d / "vocab" / "key2row").exists():
                return d
    return None


def enabled_by_setting() -> bool:
    """Returns whether the layer is switched on (SKILLBANK_VECTORS=on; off by default: it measured no clear
    gain, see bench/heldout/README.md)."""
    return os.environ.get("SKILLBANK_VECTORS", "off").strip().lower() in ("on", "1", "true", "yes")


_UINT = rb"(?:([\x00-\x7f])|\xcc(.)|\xcd(..)|\xce(....)|\xcf(.{8}))"  # msgpack's unsigned integers
_ENTRY_RE = re.compile(_UINT + _UINT, re.S)


def _read_key2row(buf: bytes) -> tuple[NDArray[np.uint64], NDArray[np.int32]]:
    """Returns (sorted keys, rows: the row, or -1 - row for a pruned word) of spaCy's key2row file (a msgpack map
    of uint64 hash → row)."""
    if len(buf) < 5 or buf[0] not in (0xDE, 0xDF):
        raise ValueError("not a msgpack map")
    start = 5 if buf[0] == 0xDF else 3
    count = int.from_bytes(buf[1:start], "big")
    entries = _ENTRY_RE.findall(buf, start)  # one pass in C; groups: key as 5 widths, then the row as 5
    if len(entries) != count:
        raise ValueError("key2row entries do not match the map's count")
    keys = np.fromiter(
        (int.from_bytes(g[4] or g[3] or g[2] or g[1] or g[0], "big") for g in entries), np.uint64, count
    )
    rows = np.fromiter(
        (int.from_bytes(g[9] or g[8] or g[7] or g[6] or g[5], "big") for g in entries), np.int64, count
    )
    k, r = keys, rows.astype(np.int32)
    # spaCy writes the kept words first, in row order, then the pruned words mapped onto a kept row: a key is a
    # row's own word when it is the first key written for that row.
    _u, first = np.unique(r, return_index=True)
    own = np.zeros(len(r), dtype=bool)
    own[first] = True
    order = np.argsort(k)
    return k[order], np.where(own[order], r[order], -1 - r[order]).astype(np.int32)


def _model() -> Any:
    if not _MODEL:
        with _LOCK:
            if not _MODEL:
                got = None
                try:
                    d = _model_dir() if enabled_by_setting() else None
                    if d is not None and _dictionary() is not None:
                        vecs = np.load(d / "vocab" / "vectors").astype(np.float32)
                        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
                        norms[norms == 0] = 1.0
                        keys, rows = _read_key2row((d / "vocab" / "key2row").read_bytes())
                        if len(rows) and int(np.maximum(rows, -1 - rows).max()) >= len(vecs):
                            raise ValueError("key2row names a row the table does not have")
                        got = (vecs / norms, keys, rows)
                except Exception:  # damaged or another format: the layer is off
                    got = None
                _MODEL.append(got)
    return _MODEL[0]


def reset() -> None:
    """Forgets the loaded table (the settings are read again on next use; for tests and a changed setting). A
    taxonomy keeps the term vectors it was given: load a new one after switching."""
    with _LOCK:
        _MODEL.clear()


def available() -> bool:
    """Returns whether the vector layer is installed, allowed and working."""
    return _model() is not None


_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1


def murmur64a(data: bytes, seed: int = 1) -> int:
    """Returns MurmurHash64A of data (spaCy's string hash, seed 1)."""
    n = len(data)
    h = (seed ^ (n * _M)) & _MASK
    nb = n // 8
    for (k,) in struct.iter_unpack("<Q", data[: nb * 8]):
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    tail = data[nb * 8 :]
    if tail:
        for i in range(len(tail) - 1, -1, -1):
            h ^= tail[i] << (8 * i)
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def _row(word: str) -> tuple[int, bool]:
    """Returns (vector row of a word or -1, whether the row is the word's own rather than a pruned word's
    nearest kept row)."""
    m = _model()
    if m is None or not word:
        return -1, False
    _v, keys, rows = m
    h = np.uint64(murmur64a(word.encode("utf-8", "surrogatepass")))
    i = int(np.searchsorted(keys, h))
    if i < len(keys) and keys[i] == h:
        r = int(rows[i])
        return (r, True) if r >= 0 else (-1 - r, False)
    return -1, False


def word_vector(word: str, own: bool = False) -> NDArray[np.float32] | None:
    """Returns the unit vector of a word (as written), or None (also when own and the word was pruned onto
    another word's row)."""
    r, is_own = _row(word)
    if r < 0 or (own and not is_own):
        return None
    vec: NDArray[np.float32] = _model()[0][r]
    return vec


# Morphemes read as content: common nouns and verbs (not pronouns, numbers, suffixes, auxiliaries).
_CONTENT_POS = (("名詞", "普通名詞"), ("名詞", "固有名詞"), ("動詞", "一般"))
# Words of any request or bio that say nothing of the help (お願い, 募集, 方, 活動 …): never linked.
_STOP_WORDS = """お願い 願い 募集 方 人 者 活動 手伝い 手伝う 助け 助ける 支援 サポート ボランティア 参加 希望 予定 今回
    今度 最近 毎週 毎月 時間 曜日 午前 午後 土曜 日曜 平日 自宅 地域 近所 一緒 自分 皆さん 皆様 様 さん 事 こと
    もの 物 為 ため 所 ところ 場合 方法 必要 経験 得意 趣味 仕事 定年 退職 以前 現在 昔 頃 年 月 日 回 度 家 家族
    母 父 祖母 祖父 息子 娘 妻 夫 子 子ども 子供 高齢 高齢者 お年寄り 利用 利用者 参加者 会 教室 市 町 清瀬 する
    できる 出来る 居る いる 有る ある 成る なる 思う 考える 言う 行う 来る 行く 見る 使う 教える 分かる 知る 困る
    下さる くださる 頂く いただく 貰う もらう 呉れる くれる 持つ 出る 入る 頼む 探す 求める 集まる 始める 続ける
    よろしく 宜しく 気軽 連絡 問い合わせ 相談 対応 担当 内容 様子 大丈夫 不安 心配 困りごと 用事 用 件 等 など
    一人 二人 方々 みんな 皆 先生 講師 お手伝い 手 目 気 話 声 力 名 歳 代 前 後 中 上 下 内 外 間 感じ 好き"""
_STOP = frozenset(_STOP_WORDS.split())
# When, not what: weekdays (水曜), times of day (夕方), dates and counts.
_TIME_RE = re.compile(
    "[月火水木金土日]曜|曜日|夕方|午前|午後|毎日|毎朝|週末|[0-9０-９〇一二三四五六七八九十]+[時日月年回]"
)
_KANA_ONLY_RE = re.compile("^[\u3040-\u309f]+$")
_JA_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
VEC_VERBS = False
VEC_ONE_KANJI = False  # verbs (運ぶ, 縫う) are linked too
_KANJI_RE = re.compile("^[\u4e00-\u9fff]$")


def _tokenizer() -> Any:
    from .variants import _tokenizer as tok  # noqa: PLC0415 - one Sudachi tokenizer per thread, shared

    return tok()


@lru_cache(maxsize=50_000)
def content_words(text: str) -> tuple[tuple[str, str], ...]:
    """Returns (surface, normalized form) of the content words of a text, in order, at most MAX_WORDS."""
    if not text or text.isascii():
        return ()
    tok = _tokenizer()
    if tok is None:
        return ()
    tokenizer, mode = tok
    try:
        morphemes = tokenizer.tokenize(text[:2_000], mode)
    except Exception:  # malformed input the analyser refuses
        return ()
    out: list[tuple[str, str]] = []
    for m in morphemes:
        pos = m.part_of_speech()
        if (pos[0], pos[1]) not in _CONTENT_POS:
            continue
        s, nf = m.surface(), m.normalized_form()
        if not _JA_RE.search(s) or (pos[0] == "動詞" and not VEC_VERBS):
            continue
        if s in _STOP or nf in _STOP or _TIME_RE.search(s) or (_KANA_ONLY_RE.match(s) and len(s) < 3):
            continue
        if len(s) < MIN_CHARS and not (
            VEC_ONE_KANJI and _KANJI_RE.match(s)
        ):  # one kanji (草, 畑) may be a word
            continue
        out.append((s, nf))
        if len(out) >= MAX_WORDS:
            break
    return tuple(out)


def _all_words(text: str) -> list[tuple[str, str]]:
    """Returns (surface, normalized form) of every noun, verb or adjective of a short term."""
    tok = _tokenizer()
    if tok is None:
        return []
    tokenizer, mode = tok
    try:
        ms = tokenizer.tokenize(text, mode)
    except Exception:
        return []
    return [
        (m.surface(), m.normalized_form())
        for m in ms
        if m.part_of_speech()[0] in ("名詞", "動詞", "形容詞") and m.part_of_speech()[1] != "数詞"
    ]


class ConceptVectors:
    """The taxonomy's Japanese terms as unit vectors, each with its concept (computed once per taxonomy)."""

    def __init__(self, tax: Taxonomy) -> None:
        vecs: list[NDArray[np.float32]] = []
        owner: list[int] = []
        self.skill_ids = tax.skill_ids
        self.known: set[str] = set()  # normalised taxonomy terms: a word that is one is never linked
        for k, sid in enumerate(self.skill_ids):
            sk = tax.skills[sid]
            for term in dict.fromkeys((sk.label_ja, *sk.synonyms)):
                self.known.add(normalize(term))
                if term.isascii():
                    continue
                v = self._term_vector(term)
                if v is not None:
                    vecs.append(v)
                    owner.append(k)
        self.T = np.stack(vecs) if vecs else np.zeros((0, 300), dtype=np.float32)
        self.owner = np.asarray(owner, dtype=np.intp)

    @staticmethod
    def _term_vector(term: str) -> NDArray[np.float32] | None:
        # Only words' own rows: a rare term pruned onto a frequent word's row (日本語指導 → 日本語) would make that
        # word look identical to the concept.
        words = _all_words(term)
        if len(words) == 1:
            v = word_vector(words[0][1], own=True)
            return v if v is not None else word_vector(words[0][0], own=True)
        v = word_vector(term, own=True)
        if v is not None:
            return v
        parts = [
            word_vector(nf, own=True) if word_vector(nf, own=True) is not None else word_vector(s, own=True)
            for s, nf in words
        ]
        got = [p for p in parts if p is not None]
        if not got or len(got) < len(parts):
            return None  # a multi-word term is represented only when all its words are
        mean = np.mean(got, axis=0)
        n = float(np.linalg.norm(mean))
        return (mean / n).astype(np.float32) if n else None

    def nearest(self, v: NDArray[np.float32]) -> tuple[str, float, float]:
        """Returns (best concept, its cosine, the second concept's cosine) for a unit word vector."""
        if not len(self.T):
            return "", 0.0, 0.0
        sims = self.T @ v
        per = np.full(len(self.skill_ids), -1.0, dtype=np.float32)
        np.maximum.at(per, self.owner, sims)
        top = np.argpartition(-per, 1)[:2] if len(per) > 1 else np.array([0])
        top = top[np.argsort(-per[top])]
        s1 = float(per[top[0]])
        s2 = float(per[top[1]]) if len(top) > 1 else -1.0
        return self.skill_ids[int(top[0])], s1, s2


def concept_vectors(tax: Taxonomy) -> ConceptVectors | None:
    """Returns the taxonomy's term vectors (kept on the taxonomy object), or None when the layer is off."""
    if not available():
        return None
    cv: ConceptVectors | None = tax.__dict__.get("_concept_vectors")
    if cv is None:
        with _LOCK:
            cv = tax.__dict__.get("_concept_vectors")
            if cv is None:
                cv = ConceptVectors(tax)
                tax.__dict__["_concept_vectors"] = cv
    return cv


def links(text: str, tax: Taxonomy, min_cos: float | None = None) -> list[tuple[str, str, float]]:
    """Returns (skill_id, word, cosine) for each word of the text the taxonomy does not know whose vector is near
    one concept (min_cos, default VEC_MIN; VEC_MARGIN); the best link per concept, in reading order. Never
    raises."""
    try:
        cv = concept_vectors(tax)
        if cv is None or not text:
            return []
        lo = VEC_MIN if min_cos is None else min_cos
        return [x for x in _links(text, tax, cv) if x[2] >= lo]
    except Exception:  # a word the analyser or the table refuses: no link
        return []


def _links(text: str, tax: Taxonomy, cv: ConceptVectors) -> tuple[tuple[str, str, float], ...]:
    key = text
    memo: dict[str, tuple[tuple[str, str, float], ...]] = tax.__dict__.setdefault("_vec_links", {})
    got = memo.get(key)
    if got is not None:
        return got
    best: dict[str, tuple[str, float]] = {}
    order: list[str] = []
    t = normalize(text)
    spans = [(a, b) for _sid, _w, a, b in tax.text_spans(text)]
    cursor = 0
    for s, nf in content_words(text):
        ns = normalize(s)
        at = t.find(ns, cursor) if ns else -1
        if at >= 0:
            cursor = at + len(ns)
            if any(a < at + len(ns) and at < b for a, b in spans):
                continue  # part of a word the taxonomy read (申請 in マイナンバーカード申請)
        if ns in cv.known or normalize(nf) in cv.known or tax.text_hits(s):
            continue
        v = word_vector(nf)  # GiNZA's table is keyed by Sudachi's normalized form (御飯, 玩具, 箪笥)
        if v is None:
            v = word_vector(s)
        if v is None:
            continue
        sid, s1, s2 = cv.nearest(v)
        if sid and s1 >= min(VEC_MIN, VEC_MIN_REQUEST) and s1 - s2 >= VEC_MARGIN:
            if sid not in best:
                order.append(sid)
            if sid not in best or best[sid][1] < s1:
                best[sid] = (s, s1)
    out = tuple((sid, best[sid][0], best[sid][1]) for sid in order)
    if len(memo) > 50_000:
        memo.clear()
    memo[key] = out
    return out


def analyser_tag() -> str:
    """Returns what stored volunteer analyses depend on in this layer: on or off, and its thresholds."""
    return f"vectors={available()}:{VEC_MIN}:{VEC_MIN_REQUEST}:{VEC_MARGIN}:{VEC_CREDIT}:{MAX_WORDS}:{VEC_VERBS}:{MIN_CHARS}"


def SUFFIX() -> str:  # noqa: N802
    """Returns the algorithm-name suffix saying the vector layer took part in a ranking ("+vec"), or ""."""
    return "+vec" if available() else ""
