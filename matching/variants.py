"""Second normalisation layer: spelling variants a dictionary knows (おり紙 → 折り紙, 車いす → 車椅子,
おもちゃ → 玩具, 子守 → 子守り), from SudachiPy with SudachiDict-core.

normalize.py makes both sides comparable character by character (NFKC, katakana, long vowels); it cannot know
that two spellings are one word. Here each noun of a text is rewritten in the dictionary's normalized form, and
the taxonomy is scanned over both the text and its variant. Only nouns are rewritten: verbs and endings keep
their surface, so the cue phrases that tell an ask from who asks (〜をお願いしたい, 〜で活動しています) survive.
Volunteers' text goes through it once, at index time; a request once per query (cached); never a request over
all volunteers.

When the dictionary is not installed the layer is a no-op (variant() returns ""), and matching falls back to
the taxonomy's hand-kept variants.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

_LOCK = threading.Lock()
_TOKENIZERS = threading.local()  # a Sudachi tokenizer is not shared between threads
_DICT: list[Any] = []  # the loaded Dictionary (one per process), or [None] when unavailable
_KEEP_PREFIX = ("御",)  # お願い → 御願い: honorific spellings are not variants worth scanning
MAX_CHARS = 2_000  # longer texts (pasted documents) are cut: variants matter in the short ones


def _dictionary() -> Any:
    if not _DICT:
        with _LOCK:
            if not _DICT:
                try:
                    from sudachipy import Dictionary  # noqa: PLC0415 - optional, loaded on first use

                    _DICT.append(Dictionary(dict="core"))
                except Exception:  # not installed, or no dictionary package: the layer is off
                    _DICT.append(None)
    return _DICT[0]


def available() -> bool:
    """Returns whether the dictionary layer is installed and working."""
    return _dictionary() is not None


def _tokenizer(slot: str = "tok", fields: frozenset[str] = frozenset({"pos", "normalized_form"})) -> Any:
    """Returns this thread's Sudachi tokenizer (mode C) reading only the given fields (about a third faster than all of
    them), one per slot, or None without the dictionary."""
    tok = getattr(_TOKENIZERS, slot, None)
    if tok is None:
        d = _dictionary()
        if d is None:
            return None
        from sudachipy import SplitMode  # noqa: PLC0415

        try:
            t = d.tokenizer(mode=SplitMode.C, fields=set(fields))
        except Exception:  # an older SudachiPy without field selection
            t = d.tokenizer(mode=SplitMode.C)
        tok = (t, SplitMode.C)
        setattr(_TOKENIZERS, slot, tok)
    return tok


_SENTENCE_RE = re.compile(r"(?<=[。！？!?\n])")


def reading(text: str) -> str:
    """Returns how a short text is read, in katakana (回覧板 → カイランバン, 旗振り → ハタフリ), or "" when the
    dictionary is not installed. Never raises."""
    tok = _tokenizer("reading", frozenset({"reading_form"})) if text and not text.isascii() else None
    if tok is None:
        return ""
    tokenizer, mode = tok
    try:
        return "".join(m.reading_form() for m in tokenizer.tokenize(text[:MAX_CHARS], mode))
    except Exception:  # malformed input the analyser refuses: no reading
        return ""


@lru_cache(maxsize=4_096)
def boundaries(text: str) -> frozenset[int]:
    """Returns the offsets in a text where its words (SudachiPy, mode C) begin or end: 「けいごをならいたい」 has
    0, 3, 4 …, so いご (1–3) is no word of it; an empty set when the dictionary is not installed. Never raises."""
    tok = _tokenizer()
    if tok is None or not text:
        return frozenset()
    tokenizer, mode = tok
    try:
        ms = tokenizer.tokenize(text[:MAX_CHARS], mode)
    except Exception:  # malformed input the analyser refuses: no words known
        return frozenset()
    out, at = {0}, 0
    for m in ms:
        at += len(m.surface())
        out.add(at)
    return frozenset(out)


def variant(text: str) -> str:
    """Returns text with each noun spelled in the dictionary's normalized form, or "" when that changes
    nothing (or the dictionary is not installed). Sentence by sentence, each remembered: bios and requests
    repeat many of theirs (「よろしくお願いします。」). Never raises."""
    if not text or text.isascii():
        return ""
    parts = [p for p in _SENTENCE_RE.split(text[:MAX_CHARS]) if p]
    out = [_variant(p) for p in parts]
    if not any(out):
        return ""
    return "".join(v or p for v, p in zip(out, parts, strict=True))


@lru_cache(maxsize=50_000)
def _variant(text: str) -> str:
    if not text or text.isascii():
        return ""
    tok = _tokenizer()
    if tok is None:
        return ""
    tokenizer, mode = tok
    try:
        morphemes = tokenizer.tokenize(text, mode)
    except Exception:  # malformed input the analyser refuses (lone surrogates …): no variant
        return ""
    out: list[str] = []
    changed = False
    for m in morphemes:
        surface = m.surface()
        norm = m.normalized_form()
        if norm != surface and not norm.startswith(_KEEP_PREFIX) and m.part_of_speech()[0] == "名詞":
            out.append(norm)
            changed = True
        else:
            out.append(surface)
    return "".join(out) if changed else ""


def nouns(text: str) -> tuple[str, ...]:
    """Returns the distinct nouns of a text (SudachiPy, mode C) of two characters or more, as written (車いす, 散歩,
    フードパントリー), in order; () when the dictionary is not installed. Never raises."""
    if not text:
        return ()
    parts = _SENTENCE_RE.split(text[:MAX_CHARS]) if len(text) > 40 else [text[:MAX_CHARS]]
    out: dict[str, None] = {}
    for p in parts:
        out.update(dict.fromkeys(_nouns(p)))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _nouns(text: str) -> tuple[str, ...]:
    tok = _tokenizer()
    if tok is None or not text.strip():
        return ()
    tokenizer, mode = tok
    try:
        morphemes = tokenizer.tokenize(text, mode)
    except Exception:  # malformed input the analyser refuses: no nouns
        return ()
    return tuple(
        m.surface() for m in morphemes if m.part_of_speech()[0] == "名詞" and len(m.surface().strip()) >= 2
    )


RUN_MAX = 6  # tokens of a noun run kept (a title's longer runs are lists, not one word)


@lru_cache(maxsize=4_096)
def noun_runs(text: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Returns the runs of adjacent nouns in a text (SudachiPy, mode C), each as its tokens (surface, whether it
    names an action: a noun that takes する, 整理 or 作業, or a verb's stem): a verb's stem followed by a noun
    belongs to the run (消し|ゴム|はんこ, 草木|染め|講師); () when the dictionary is not installed. Never raises."""
    tok = _tokenizer()
    if tok is None or not text.strip():
        return ()
    tokenizer, mode = tok
    try:
        ms = list(tokenizer.tokenize(text[:MAX_CHARS], mode))
    except Exception:  # malformed input the analyser refuses: no runs
        return ()
    pos = [m.part_of_speech() for m in ms]
    runs: list[tuple[tuple[str, bool], ...]] = []
    run: list[tuple[str, bool]] = []
    for i, m in enumerate(ms):
        verb_stem = pos[i][0] == "動詞" and pos[i][1] != "非自立可能"  # not くださる, いる
        noun = pos[i][0] == "名詞" or (verb_stem and i + 1 < len(ms) and pos[i + 1][0] == "名詞")
        if noun and m.surface().strip():
            run.append((m.surface(), verb_stem or pos[i][2] == "サ変可能"))
            continue
        if run:
            runs.append(tuple(run[:RUN_MAX]))
            run = []
    if run:
        runs.append(tuple(run[:RUN_MAX]))
    return tuple(runs)


@lru_cache(maxsize=4_096)
def says_when_or_how_many(word: str) -> bool:
    """Returns whether a word is only a time, an amount or a count (SudachiPy, mode C): nouns that can stand as
    adverbs (以上, 一度, 今回, 来月, 一人) and numbers with their counters (10台, 3名, 1時間) — never what a request is
    about. False without the dictionary. Never raises."""
    tok = _tokenizer()
    if tok is None or not word.strip():
        return False
    tokenizer, mode = tok
    try:
        pos = [m.part_of_speech() for m in tokenizer.tokenize(word[:MAX_CHARS], mode)]
    except Exception:  # malformed input the analyser refuses: say nothing about it
        return False
    number = any(p[1] == "数詞" for p in pos)
    return bool(pos) and all(
        p[0] == "名詞" and (p[1] == "数詞" or p[2] == "副詞可能" or (number and p[2] == "助数詞可能"))
        for p in pos
    )


_FUNCTION_POS = frozenset({"助詞", "助動詞", "補助記号", "空白"})


# remembered: a ranking reads the tags of every holder of a title's word, and registrants share tags
@lru_cache(maxsize=30_000)
def content_words(text: str) -> tuple[str, ...]:
    """Returns the words of a short text (SudachiPy, mode C) that are not particles, endings or symbols (画面|読み上げ,
    燻製|づくり|講師); () when the dictionary is not installed. Never raises."""
    tok = _tokenizer()
    if tok is None or not text.strip():
        return ()
    tokenizer, mode = tok
    try:
        ms = tokenizer.tokenize(text[:MAX_CHARS], mode)
    except Exception:  # malformed input the analyser refuses: no words
        return ()
    return tuple(
        m.surface() for m in ms if m.part_of_speech()[0] not in _FUNCTION_POS and m.surface().strip()
    )


MADV_DONTNEED = 4  # Linux


def release_pages() -> int:
    """Forgets what reading many texts left resident: the remembered sentences of an index build (requests are
    what is read again, not volunteers' sentences), and the dictionary file's pages mapped into this process
    (SudachiPy maps the whole file read-only: loading it and reading texts leaves ~80–100 MB of it in the process's
    RSS). The pages stay in the kernel's page cache, shared by every process; the few a later text reads are
    mapped again on touch. Returns the bytes of mappings released (0 where nothing is mapped, or not on Linux).
    Never raises."""
    _variant.cache_clear()
    _nouns.cache_clear()
    noun_runs.cache_clear()
    content_words.cache_clear()
    released = 0
    try:
        with open("/proc/self/maps", encoding="utf-8") as f:
            spans = []
            for line in f:
                parts = line.split(maxsplit=5)
                # only read-only mappings of a Sudachi dictionary file: dropping them loses nothing
                if (
                    len(parts) == 6
                    and "sudachidict" in parts[5]
                    and parts[5].rstrip().endswith(".dic")
                    and "w" not in parts[1]
                ):
                    lo, hi = (int(x, 16) for x in parts[0].split("-"))
                    spans.append((lo, hi - lo))
        if not spans:
            return 0
        import ctypes  # noqa: PLC0415 - only when something is mapped

        libc = ctypes.CDLL(None, use_errno=True)
        libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
        for lo, size in spans:
            if libc.madvise(lo, size, MADV_DONTNEED) == 0:
                released += size
    except (OSError, AttributeError, ValueError):
        return released
    return released
