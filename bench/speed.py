"""Speed and scale: synthetic volunteers from the dev set's vocabulary at 10k / 100k / 1M.

usage: .venv/bin/python -m bench.speed [--sizes 10000 100000 1000000] [--data ../shared/data/dev]
(--data defaults to ../shared/data/dev, or bench/heldout/data when that is absent)
Reports medians: one request (everything included: constraints, taxonomy, text, reasons for the top 10)
against the bare TF-IDF full scan + top-10 reference on the same data, 1,000 requests in one batch (cold, re-scored,
and re-scored after a tenth of the volunteers shown and as many others changed), upsert latency, full rebuild, and
index bytes per volunteer.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import dataclasses
import gc
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, SLOTS, Matcher, load_areas, load_taxonomy
from matching.normalize import normalize
from matching.profiles import ProfileStore
from matching.rank import read_jsonl
from matching.records import request_from_record
from matching.types import Load, Volunteer

REPO = Path(__file__).resolve().parent.parent
SHARED_DEV = REPO.parent / "shared" / "data" / "dev"
# A fresh clone has no ../shared: synthesise from the project's own held-out vocabulary instead.
DEFAULT_DATA = (
    SHARED_DEV if (SHARED_DEV / "volunteers.jsonl").exists() else REPO / "bench" / "heldout" / "data"
)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(len(word))
    return word[:i] + word[i + 1 :]


def synth_volunteers(n: int, data: Path, seed: int = 7) -> list[Volunteer]:
    """Returns n varied volunteers built from the dev set's tags, bio sentences, areas and habits."""
    rng = random.Random(seed)
    recs = list(read_jsonl(data / "volunteers.jsonl"))
    tags = sorted({t for r in recs for t in r["skills"]})
    sentences = sorted({s + "。" for r in recs for s in r["bio"].split("。") if s})
    areas = sorted({r["area"] for r in recs if r["area"]})
    out = []
    # Equal slot and language sets share one object, as the service's records do (its to_matching_volunteer
    # interns them): the records' memory is then what a worker holds, not an artefact of this generator.
    shared: dict[frozenset[str], frozenset[str]] = {}
    for i in range(n):
        k = rng.choice((1, 1, 2, 2, 3, 4))
        vt = [rng.choice(tags) for _ in range(k)]
        if rng.random() < 0.05:
            vt[0] = _typo(rng, vt[0])
        bio = "".join(rng.sample(sentences, rng.choice((1, 2, 3))))
        avail = frozenset(rng.sample(SLOTS, rng.randrange(0, 7))) if rng.random() > 0.1 else frozenset()
        langs = {"ja"} | ({rng.choice(("en", "zh", "vi", "ko"))} if rng.random() < 0.15 else set())
        out.append(
            Volunteer(
                id=f"S{i:07d}",
                skills=tuple(vt),
                bio=bio,
                area=rng.choice(areas) if rng.random() > 0.07 else None,
                availability=shared.setdefault(avail, avail),
                languages=shared.setdefault(frozenset(langs), frozenset(langs)),
                max_per_month=rng.choice((2, 4, 6)),
                active=rng.random() > 0.05,
                load=Load(recent_proposals=rng.choice((0, 0, 0, 1, 3)), ever_matched=rng.random() < 0.3),
            )
        )
    return out


def rss_bytes(field: str = "VmRSS") -> int:
    """Returns this process's resident set size (Linux; field="VmHWM": its peak so far)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    return 0


def release_freed_heap() -> None:
    """Returns the heap the build freed to the system (glibc's malloc_trim), as the service does after a build."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def median_ms(fn, items, repeat: int = 1) -> float:
    """Returns the median wall time of fn(item) in milliseconds."""
    times = []
    for _ in range(repeat):
        for it in items:
            t0 = time.perf_counter()
            fn(it)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(n: int, data: Path, reqs, batch: int) -> dict:
    """Returns the figures for one size."""
    rss0 = rss_bytes()
    vols = synth_volunteers(n, data)
    m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
    gc.collect()
    rss_vols = rss_bytes()
    store = ProfileStore("")
    t0 = time.perf_counter()
    m.index(vols, store)
    build_cold = time.perf_counter() - t0
    gc.collect()
    release_freed_heap()  # as the service does after a build (service.matching_jobs.cache)
    rss_built = rss_bytes()
    peak_built = rss_bytes("VmHWM")  # before the reference below fits its own TF-IDF over every text
    # a large build reads text in forked children too (profiles.analyse): the largest one's peak, in KiB on Linux
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store.save(Path(tmp) / "profiles.bin")
        save_s = time.perf_counter() - t0
        del store
        # A restart or another worker: a new process's matcher (fresh taxonomy) from the saved profiles.
        m = Matcher(areas=load_areas(DEFAULT_AREAS_PATH), taxonomy=load_taxonomy(DEFAULT_TAXONOMY_PATH))
        gc.collect()
        t0 = time.perf_counter()
        store = ProfileStore.load(Path(tmp) / "profiles.bin", m.taxonomy)
        m.index(vols, store)
        build_warm = time.perf_counter() - t0
        assert m.last_analysed == 0
        del store
    m.rank(reqs[0])  # warm-up
    # Fresh ids: every call extracts the request's concepts again (no profile-cache hit).
    fresh = [dataclasses.replace(r, id=f"{r.id}-{k}") for k in range(2) for r in reqs]
    one = median_ms(lambda r: m.rank(r, 10), fresh)

    # Reference: bare char 2–3-gram TF-IDF over full volunteer text, full scan + top-10.
    texts = [normalize(" ".join(v.skills) + " " + v.bio) for v in vols]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), dtype=np.float32).fit(texts)
    X = vec.transform(texts).tocsr()
    del texts

    def bare(r):
        q = vec.transform([normalize(r.title + " " + r.description)])
        s = (X @ q.T).toarray().ravel()
        top = np.argpartition(-s, 10)[:10]
        return top[np.argsort(-s[top])]

    bare(reqs[0])
    ref = median_ms(bare, reqs, repeat=2)
    X = vec = None  # free the reference matrix before the next measurements

    out = {
        "n": n,
        "build_s": round(build_cold, 2),
        "profiles_save_s": round(save_s, 2),
        "build_from_profiles_s": round(build_warm, 2),
        # process RSS after the build over n (the volunteers' records included, as a worker holds them), and
        # what the build added to the records alone
        "rss_kb_per_volunteer": round(rss_built / n / 1024, 2),
        "build_rss_kb_per_volunteer": round((rss_built - rss_vols) / n / 1024, 2),
        "records_kb_per_volunteer": round((rss_vols - rss0) / n / 1024, 2),
        "peak_rss_to_build_gib": round(peak_built / 2**30, 2),
        "peak_rss_child_gib": round(peak_child / 2**30, 2),
        "rank_p50_ms": round(one, 2),
        "tfidf_scan_p50_ms": round(ref, 2),
        "ratio": round(one / ref, 2),
        "bytes_per_volunteer": round(m.nbytes() / n, 1),
    }
    if batch:
        # Distinct requests (own id, area and slots vary) so nothing is served from the profile cache on the
        # first pass; the second pass is the worker re-scoring the same open requests after volunteer changes.
        rng = random.Random(3)
        areas = sorted(m.areas.names)
        many = [
            dataclasses.replace(
                reqs[i % len(reqs)],
                id=f"B{i:04d}",
                area=rng.choice(areas),
                slots=frozenset(rng.sample(SLOTS, rng.randrange(0, 3))),
            )
            for i in range(batch)
        ]
        t0 = time.perf_counter()
        m.rank_many(many, 10)
        out[f"batch_{batch}_cold_s"] = round(time.perf_counter() - t0, 2)
        t0 = time.perf_counter()
        shown = m.rank_many(many, 10)
        out[f"batch_{batch}_warm_s"] = round(time.perf_counter() - t0, 2)
        # The same after volunteers changed (a busier week): a tenth of those shown and as many others, each
        # moved to the delta segment, so their main rows leave the requests' remembered pools (matching/pool.py).
        ids = sorted({c.volunteer_id for r in shown for c in r.candidates})
        changed = rng.sample(ids, len(ids) // 10) + [vols[i].id for i in rng.sample(range(n), len(ids) // 10)]
        by_id = {v.id: v for v in vols}
        for vid in changed:
            m.upsert(dataclasses.replace(by_id[vid], load=Load(recent_proposals=2)))
        m.rank(reqs[0], 10)  # builds the delta segment: the upserts' cost, measured below
        t0 = time.perf_counter()
        m.rank_many(many, 10)
        out[f"batch_{batch}_changed_s"] = round(time.perf_counter() - t0, 2)
        out["changed_volunteers"] = len(changed)
    rng = random.Random(1)
    ups = []
    for i in range(20):
        v = vols[rng.randrange(n)]
        v2 = Volunteer(
            v.id,
            skills=(*v.skills, "スマホ"),
            bio=v.bio,
            area=v.area,
            availability=v.availability,
            languages=v.languages,
            active=(i % 3 != 0),
        )
        t0 = time.perf_counter()
        m.upsert(v2)
        m.rank(reqs[i % len(reqs)], 10)  # scoreable: the next rank sees it
        ups.append((time.perf_counter() - t0) * 1000)
    out["upsert_then_rank_p50_ms"] = round(statistics.median(ups), 2)
    # A refresh after many changes (an import, a busy hour): 3,000 upserts, then the rank that sees them all.
    batch_ids = rng.sample(range(n), min(3000, n))
    t0 = time.perf_counter()
    for i in batch_ids:
        m.upsert(dataclasses.replace(vols[i], load=Load(recent_proposals=1)))
    m.rank(reqs[0], 10)
    out["upserts_3000_then_rank_s"] = round(time.perf_counter() - t0, 2)
    return out


def main(argv: list[str] | None = None) -> int:
    """Prints one JSON line of figures per size, then a table."""
    p = argparse.ArgumentParser(prog="bench.speed", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--batch", type=int, default=1000, help="requests re-scored in one batch (0 = skip)")
    a = p.parse_args(argv)
    reqs = [request_from_record(r) for r in read_jsonl(a.data / "requests.jsonl")][:50]
    rows = []
    for n in a.sizes:
        r = run(n, a.data, reqs, a.batch if n <= 100_000 else 0)
        print(json.dumps(r), flush=True)
        rows.append(r)
    keys = list(rows[0])
    print("\n" + " | ".join(f"{k:>12s}" for k in keys))
    for r in rows:
        print(" | ".join(f"{r.get(k, ''):>12}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
