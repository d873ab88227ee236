"""Analysed volunteer text, column by column, and a store of it that outlives the process.

Building the index is mostly reading volunteers' text (normalisation, the taxonomy scan, the dictionary's
variants, the fallback's n-gram hashing): about 85 % of a cold build. What that reading yields per volunteer
is small — the concepts found (skill, strength), the residual tags the taxonomy did not understand, the
fallback's hashed term ids — and depends only on the volunteer's tags and bio and on the analyser (taxonomy,
staff synonyms, dictionary layer, code version). `Analysed` holds it as flat arrays; `ProfileStore` keeps it
per volunteer id with a digest of the text it was read from and the analyser's key, and saves to / loads from
one file, so a restart or another worker process reads only the volunteers whose text changed.

A row is reused only when the volunteer's (tags, bio) digest and the analyser key both match: any edit, any
taxonomy or synonym change, a dictionary installed or removed, or a new ANALYSER_VERSION invalidates it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import pickle
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from . import offers, variants, vectors
from .grams import FALLBACK_FEATURES, fallback_rows
from .normalize import normalize_pair
from .offers import volunteer_analysis
from .taxonomy import Taxonomy
from .types import Volunteer

# Bump when the analysis itself changes (normalisation, offers, residual rules, fallback hashing).
ANALYSER_VERSION = "8"  # 8: the dictionary layer reads a short text sentence by sentence too; 7: a tag's partial likeness shares the word's head (v4.17); 6: a device tag as a tool
_FORMAT = "skillbank-profiles-3"  # 3: fb_counts


def _canonical(x: object) -> str:
    """Returns a text of a value that is the same in every process: a set's repr follows string hashing, which
    is salted per process (PYTHONHASHSEED), so a key made from it never matched a file another process saved."""
    if isinstance(x, (set, frozenset)):
        return "{" + ",".join(sorted(_canonical(v) for v in x)) + "}"
    if isinstance(x, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in x.items())) + "}"
    if isinstance(x, (list, tuple)):
        return "(" + ",".join(_canonical(v) for v in x) + ")"
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        fields = (f"{f.name}={_canonical(getattr(x, f.name))}" for f in dataclasses.fields(x) if f.repr)
        return f"{type(x).__name__}(" + ",".join(fields) + ")"
    return repr(x)


def analyser_key(tax: Taxonomy) -> str:
    """Returns what the analysis of a volunteer depends on besides their text: the taxonomy as loaded (with
    staff synonyms), whether the dictionary layer is on, the code version."""
    h = hashlib.blake2b(digest_size=16)
    for part in (
        ANALYSER_VERSION,
        str(FALLBACK_FEATURES),
        str(variants.available()),
        # the vector layer only when on: with it off the key (and so a stored file) is the same as without it
        *((vectors.analyser_tag(), offers.VEC_VOLUNTEER) if vectors.available() else ()),
        _canonical(sorted(tax.skills.items())),
        _canonical(sorted(tax.categories.items())),
        _canonical(sorted(tax.groups.items())),
        _canonical(tax.traps),
        _canonical(tax.contexts),
    ):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def text_digest(v: Volunteer) -> int:
    """Returns a 64-bit digest of everything of a volunteer the analysis reads (tags and bio)."""
    h = hashlib.blake2b(digest_size=8)
    for s in v.skills:
        h.update(s.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    h.update(b"\x1e")
    h.update(v.bio.encode("utf-8", "surrogatepass"))
    return int.from_bytes(h.digest(), "little")


@dataclass
class Analysed:
    """The analysis of n volunteers as flat arrays (row i is the i-th volunteer given)."""

    digest: NDArray[np.uint64]  # text_digest per row
    hit_indptr: NDArray[
        np.int64
    ]  # row i's concepts are hit_skill/hit_strength[hit_indptr[i]:hit_indptr[i+1]]
    hit_skill: NDArray[np.int16]  # index into the taxonomy's skill_ids
    hit_strength: NDArray[np.float32]
    hit_word: NDArray[np.int32]  # index into words: the word the concept was read through (for reasons)
    words: list[str]
    residual: list[str]  # tags (and bio offers) the taxonomy did not understand, for the text factor
    fb_indptr: NDArray[np.int64]  # row i's fallback term ids are fb_terms[fb_indptr[i]:fb_indptr[i+1]]
    fb_terms: NDArray[np.int32]  # sorted per row
    fb_counts: NDArray[np.uint8]  # each fb_terms' count in its row's text (at most 255): the wording score

    def __len__(self) -> int:
        return len(self.digest)

    def take(self, rows: NDArray[np.intp]) -> Analysed:
        """Returns the rows given, in that order."""
        rows = np.asarray(rows, dtype=np.intp)
        hi, hs = _take_ragged(self.hit_indptr, rows)
        fi, fs = _take_ragged(self.fb_indptr, rows)
        return Analysed(
            digest=self.digest[rows],
            hit_indptr=hi,
            hit_skill=self.hit_skill[hs],
            hit_strength=self.hit_strength[hs],
            hit_word=self.hit_word[hs],
            words=self.words,
            residual=[self.residual[i] for i in rows.tolist()],
            fb_indptr=fi,
            fb_terms=self.fb_terms[fs],
            fb_counts=self.fb_counts[fs],
        )


def _take_ragged(
    indptr: NDArray[np.int64], rows: NDArray[np.intp]
) -> tuple[NDArray[np.int64], NDArray[np.intp]]:
    """Returns (new indptr, positions into the old values) of ragged rows taken in the given order."""
    starts, ends = indptr[rows], indptr[rows + 1]
    lens = ends - starts
    new = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lens, out=new[1:])
    total = int(new[-1])
    if not total:
        return new, np.zeros(0, dtype=np.intp)
    # position k of the output belongs to row r: starts[r] + (k - new[r])
    pos = np.arange(total, dtype=np.intp) - np.repeat(new[:-1] - starts, lens)
    return new, pos


def concat(parts: Sequence[Analysed]) -> Analysed:
    """Returns the rows of several analyses, one after the other."""
    parts = [p for p in parts if len(p)] or list(parts[:1])
    if not parts:
        return empty()
    if len(parts) == 1:
        return parts[0]

    def stack(ptrs: list[NDArray[np.int64]]) -> NDArray[np.int64]:
        offs = np.cumsum([0] + [int(p[-1]) for p in ptrs[:-1]])
        return np.concatenate([ptrs[0][:1]] + [p[1:] + o for p, o in zip(ptrs, offs, strict=True)])

    vocab: dict[str, int] = {}
    by_list: dict[int, NDArray[np.int32]] = {}  # rows taken from one analysis share its word list: remap once
    remaps = []
    for p in parts:
        r = by_list.get(id(p.words))
        if r is None:
            r = by_list[id(p.words)] = np.array(
                [vocab.setdefault(w, len(vocab)) for w in p.words], dtype=np.int32
            ).reshape(-1)
        remaps.append(r)
    words = list(vocab)
    return Analysed(
        digest=np.concatenate([p.digest for p in parts]),
        hit_indptr=stack([p.hit_indptr for p in parts]),
        hit_skill=np.concatenate([p.hit_skill for p in parts]),
        hit_strength=np.concatenate([p.hit_strength for p in parts]),
        hit_word=np.concatenate([remap[p.hit_word] for remap, p in zip(remaps, parts, strict=True)]),
        words=words,
        residual=[r for p in parts for r in p.residual],
        fb_indptr=stack([p.fb_indptr for p in parts]),
        fb_terms=np.concatenate([p.fb_terms for p in parts]),
        fb_counts=np.concatenate([p.fb_counts for p in parts]),
    )


def empty() -> Analysed:
    """Returns the analysis of no volunteer."""
    z = np.zeros(1, dtype=np.int64)
    return Analysed(
        np.zeros(0, dtype=np.uint64),
        z,
        np.zeros(0, dtype=np.int16),
        np.zeros(0, dtype=np.float32),
        np.zeros(0, dtype=np.int32),
        [],
        [],
        z.copy(),
        np.zeros(0, dtype=np.int32),
        np.zeros(0, dtype=np.uint8),
    )


# Volunteers read per block: a block's temporaries (normalised texts, Python lists, the n-gram hashing's arrays
# of every character) are freed before the next, so a build's peak and the heap it leaves behind grow with the
# block, not with n (all at once, the temporaries peaked at ~4 KB per volunteer and glibc kept the heap).
ANALYSE_BLOCK = 10_000


# A read of at least this many volunteers is shared between processes (see _analyse_forked): below it a fork,
# and the copy-on-write pages it touches, would not pay.
PARALLEL_MIN = 50_000
MAX_WORKERS = 4


def _workers(n: int, workers: int | None) -> int:
    """Returns how many processes read n volunteers' text: as asked, else one per CPU this process may use
    (at most MAX_WORKERS) for a large read where fork exists and this is the process's only thread, else one."""
    if workers is not None:
        return max(1, workers)
    if n < PARALLEL_MIN or not hasattr(os, "fork") or threading.active_count() > 1:
        # a process running other threads is never forked: a lock another thread holds (the logging module's,
        # a database driver's) would stay held forever in the child; the service's builds run serially
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def analyse(
    volunteers: Sequence[Volunteer], tax: Taxonomy, block: int = ANALYSE_BLOCK, workers: int | None = None
) -> Analysed:
    """Reads the text of every volunteer given (the expensive part of an index build), block by block (the
    result is the same as in one go), the blocks shared between `workers` processes (None: see _workers)."""
    if len(volunteers) <= block:
        return _analyse_block(volunteers, tax)
    spans = [(k, min(k + block, len(volunteers))) for k in range(0, len(volunteers), block)]
    w = min(_workers(len(volunteers), workers), len(spans) - 1)
    if w <= 1:
        return concat([_analyse_block(volunteers[a:b], tax) for a, b in spans])
    return concat(_analyse_forked(volunteers, tax, spans, w))


def _analyse_forked(
    volunteers: Sequence[Volunteer], tax: Taxonomy, spans: list[tuple[int, int]], w: int
) -> list[Analysed]:
    """Returns the blocks of `spans` read by this process and w - 1 forked children (contiguous shares; each
    child pickles its blocks back through a pipe), in order: the same blocks as one process reads, so the same
    analysis. The first block is read here before forking, so the children inherit what reading loads (the
    dictionary, lazy imports, warm caches) instead of each loading it. A child that fails, or whose answer is cut
    short, costs only time: its blocks are read here."""
    parts = [_analyse_block(volunteers[spans[0][0] : spans[0][1]], tax)]
    rest = spans[1:]
    shares = [rest[i * len(rest) // w : (i + 1) * len(rest) // w] for i in range(w)]
    children: list[tuple[int, Any, list[tuple[int, int]]]] = []  # (pid, read end, its share)
    gc.freeze()  # the children's collections then leave the inherited objects (and their pages) alone
    try:
        for share in shares[1:]:
            r, wr = os.pipe()
            try:
                pid = os.fork()
            except OSError:
                os.close(r)
                os.close(wr)
                break
            if pid == 0:  # the child: read its share, send it, exit without returning into the caller
                code = 1
                try:
                    os.close(r)
                    for _pid, fh, _s in children:
                        fh.close()
                    out = [_analyse_block(volunteers[a:b], tax) for a, b in share]
                    with os.fdopen(wr, "wb") as fw:
                        pickle.dump(out, fw, protocol=5)
                    code = 0
                finally:
                    os._exit(code)
            os.close(wr)
            children.append((pid, os.fdopen(r, "rb"), share))
    finally:
        gc.unfreeze()
    try:
        parts.extend(_analyse_block(volunteers[a:b], tax) for a, b in shares[0])
        for _pid, fh, share in children:
            got = _receive(fh, len(share))
            parts.extend(got if got is not None else [_analyse_block(volunteers[a:b], tax) for a, b in share])
        for share in shares[1 + len(children) :]:  # a fork that failed: read here
            parts.extend(_analyse_block(volunteers[a:b], tax) for a, b in share)
    finally:
        for pid, fh, _s in children:
            fh.close()  # a child still writing (this process failed) gets a broken pipe and exits
            with contextlib.suppress(ChildProcessError):  # reaped already (a SIGCHLD handler)
                os.waitpid(pid, 0)
    return parts


def _receive(fh: Any, count: int) -> list[Analysed] | None:
    """Returns the blocks a child sent, or None when it sent no complete answer."""
    try:
        got = pickle.load(fh)  # noqa: S301 - our own child, through our own pipe
    except Exception:  # the child died or failed: nothing, or a cut-off pickle
        return None
    if not isinstance(got, list) or len(got) != count or not all(isinstance(a, Analysed) for a in got):
        return None
    for a in got:  # equal residuals share one string in this process too
        a.residual = [sys.intern(r) for r in a.residual]
    return got


def _analyse_block(volunteers: Sequence[Volunteer], tax: Taxonomy) -> Analysed:
    if not volunteers:
        return empty()
    s_idx = {s: i for i, s in enumerate(tax.skill_ids)}
    n = len(volunteers)
    digest = np.fromiter((text_digest(v) for v in volunteers), dtype=np.uint64, count=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    skills: list[int] = []
    strengths: list[float] = []
    hit_words: list[int] = []
    vocab: dict[str, int] = {}
    residual: list[str] = []
    full: list[str] = []
    for i, v in enumerate(volunteers):
        hits, resid = volunteer_analysis(v, tax)
        for h in hits.values():
            skills.append(s_idx[h.skill_id])
            strengths.append(h.strength)
            hit_words.append(vocab.setdefault(h.word, len(vocab)))
        indptr[i + 1] = len(skills)
        residual.append(sys.intern(resid))  # many volunteers share one residual (a tag, or none)
        full.append(" ".join(normalize_pair(x)[0] for x in (*v.skills, v.bio) if x))
    fb_indptr, fb_terms, fb_counts = fallback_rows(full)
    return Analysed(
        digest=digest,
        hit_indptr=indptr,
        hit_skill=np.asarray(skills, dtype=np.int16),
        hit_strength=np.asarray(strengths, dtype=np.float32),
        hit_word=np.asarray(hit_words, dtype=np.int32),
        words=list(vocab),
        residual=residual,
        fb_indptr=fb_indptr,
        fb_terms=fb_terms,
        fb_counts=fb_counts,
    )


class ProfileStore:
    """Analysed rows by volunteer id, for one analyser key; saved to and loaded from one file."""

    def __init__(self, key: str, ids: Sequence[str] = (), analysed: Analysed | None = None) -> None:
        self.key = key
        self.ids = list(ids)
        self.analysed = analysed if analysed is not None else empty()
        self._row = {vid: i for i, vid in enumerate(self.ids)}
        self.changed = False

    def __len__(self) -> int:
        return len(self.ids)

    def analyse(self, volunteers: Sequence[Volunteer], tax: Taxonomy) -> tuple[Analysed, int]:
        """Returns the analysis of volunteers (in their order), reading only those whose text or the analyser
        changed since stored, and how many were read; the store then holds exactly these volunteers."""
        if self.key != analyser_key(tax):
            self.key, self.ids, self.analysed, self._row = analyser_key(tax), [], empty(), {}
        n = len(volunteers)
        digest = np.fromiter((text_digest(v) for v in volunteers), dtype=np.uint64, count=n)
        slot = np.fromiter((self._row.get(v.id, -1) for v in volunteers), dtype=np.intp, count=n)
        hit = slot >= 0
        hit[hit] = self.analysed.digest[slot[hit]] == digest[hit]
        fresh = np.flatnonzero(~hit)
        kept = self.analysed.take(slot[hit])
        read = analyse([volunteers[i] for i in fresh.tolist()], tax)
        both = concat([kept, read])
        # both holds the reused rows then the fresh ones: put them back in the volunteers' order
        order = np.empty(n, dtype=np.intp)
        order[np.flatnonzero(hit)] = np.arange(int(hit.sum()), dtype=np.intp)
        order[fresh] = np.arange(int(hit.sum()), n, dtype=np.intp)
        if not n:
            out = empty()
        elif hit.all() or not hit.any():  # already in the volunteers' order: no second copy of every row
            out = both
        else:
            out = both.take(order)
        ids = [v.id for v in volunteers]
        self.changed = bool(len(fresh)) or ids != self.ids  # worth saving: new text, or someone gone or added
        self.ids = ids
        self._row = {vid: i for i, vid in enumerate(self.ids)}
        self.analysed = out
        return out, len(fresh)

    def without(self, ids: set[str]) -> ProfileStore:
        """Returns the store without the given volunteers (deleted people leave the file too)."""
        keep = np.array([i for i, vid in enumerate(self.ids) if vid not in ids], dtype=np.intp)
        return ProfileStore(self.key, [self.ids[i] for i in keep.tolist()], self.analysed.take(keep))

    def save(self, path: str | Path) -> None:
        """Writes the store atomically (a temporary file renamed over the old one)."""
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        a = self.analysed
        payload = {
            "format": _FORMAT,
            "key": self.key,
            "ids": self.ids,
            "digest": a.digest,
            "hit_indptr": a.hit_indptr,
            "hit_skill": a.hit_skill,
            "hit_strength": a.hit_strength,
            "hit_word": a.hit_word,
            "words": a.words,
            "residual": a.residual,
            "fb_indptr": a.fb_indptr,
            "fb_terms": np.asarray(a.fb_terms),  # a plain array even when mapped (spill_terms)
            "fb_counts": np.asarray(a.fb_counts),
        }
        with open(tmp, "wb") as fh:
            pickle.dump(payload, fh, protocol=5)
        os.replace(tmp, p)

    @classmethod
    def load(cls, path: str | Path, tax: Taxonomy) -> ProfileStore:
        """Returns the stored analysis if the file exists, is readable and was made by this analyser; else an
        empty store for it (never raises on a missing, stale or damaged file: the rows are read again)."""
        key = analyser_key(tax)
        try:
            with open(path, "rb") as fh:
                d: dict[str, Any] = pickle.load(fh)  # noqa: S301 - our own file in the service's var dir
            if d.get("format") != _FORMAT or d.get("key") != key:
                return cls(key)
            a = Analysed(
                digest=np.asarray(d["digest"], dtype=np.uint64),
                hit_indptr=np.asarray(d["hit_indptr"], dtype=np.int64),
                hit_skill=np.asarray(d["hit_skill"], dtype=np.int16),
                hit_strength=np.asarray(d["hit_strength"], dtype=np.float32),
                hit_word=np.asarray(d["hit_word"], dtype=np.int32),
                words=list(d["words"]),
                residual=[sys.intern(r) for r in d["residual"]],
                fb_indptr=np.asarray(d["fb_indptr"], dtype=np.int64),
                fb_terms=np.asarray(d["fb_terms"], dtype=np.int32),
                fb_counts=np.asarray(d["fb_counts"], dtype=np.uint8),
            )
            ids = list(d["ids"])
            if not (
                len(ids) == len(a.digest) == len(a.residual) == len(a.hit_indptr) - 1 == len(a.fb_indptr) - 1
                and int(a.hit_indptr[-1]) == len(a.hit_skill) == len(a.hit_strength) == len(a.hit_word)
                and (
                    not len(a.hit_word) or 0 <= int(a.hit_word.min()) <= int(a.hit_word.max()) < len(a.words)
                )
                and int(a.fb_indptr[-1]) == len(a.fb_terms) == len(a.fb_counts)
                and (not len(a.hit_skill) or int(a.hit_skill.max()) < len(tax.skill_ids))
            ):
                return cls(key)
            return cls(key, ids, a)
        except Exception:  # missing, truncated, another format: start empty
            return cls(key)


SPILL_MIN_BYTES = 1 << 20  # smaller term arrays stay in memory: a file per build would not pay


def spill_terms(an: Analysed, directory: Path) -> bool:
    """Moves an analysis's fallback term ids and counts (its largest arrays, ~0.45 + 0.11 KB per volunteer, read
    again for the few rows a request's wording is scored on, or when the index is folded or a volunteer re-enters
    the delta) out of the process's private memory (see spill). Returns whether the ids moved (not on a full or
    read-only disk, where they stay)."""
    if isinstance(an.fb_terms, np.memmap):
        return False
    mapped = spill(an.fb_terms, directory)
    if mapped is an.fb_terms:
        return False
    an.fb_terms = mapped
    an.fb_counts = spill(an.fb_counts, directory)
    return True


def spill(arr: NDArray[Any], directory: Path) -> NDArray[Any]:
    """Returns a read-only copy of an array written to a file in `directory`, mapped, and the file unlinked at once
    (the mapping outlives the name; nothing is left on disk after the process): its pages are then the kernel's
    page cache, evictable, and resident in this process only while read. Returns the array itself when it is
    small (SPILL_MIN_BYTES: a file per build would not pay), mapped already, or cannot be written (a full or
    read-only disk)."""
    if arr.nbytes < SPILL_MIN_BYTES or isinstance(arr, np.memmap):
        return arr
    path = directory / f".spill-{os.getpid()}-{id(arr)}.npy"
    try:
        np.save(path, arr)
        try:
            mapped: NDArray[Any] = np.load(path, mmap_mode="r")
        finally:
            path.unlink(missing_ok=True)
    except (OSError, ValueError):
        return arr
    return mapped
