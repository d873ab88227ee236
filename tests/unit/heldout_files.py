"""What the held-out sets' tests read of a written set, shared by them: its generator loaded from its path, its JSON
lines, its grades, the check that a precision trap's near concept is graded no higher than intended (pair by pair, or
from lists of pairs by cap), and the checks of concepts that relate to nothing, of secondary asks and of asks in
English (or in another language, counted holder by holder) that the later real sets share, and the checks of a
month's mix (real17 … real35): everyday topics beside niche ones that are new to every earlier set."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "heldout"


def load_generator(name: str, tag: str) -> ModuleType:
    """bench/heldout/<name>.py loaded from its path as module heldout_<name>_<tag> (the tag keeps each test module's
    copy apart, as the generators are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"heldout_{name}_{tag}", HELDOUT / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def qrels(out: Path) -> dict[tuple[str, str], int]:
    rows = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {(r, v): int(g) for r, v, g in (line.split("\t") for line in rows)}


def trap_pairs_capped(labels: dict, q: dict, traps: tuple[tuple[str, str, int], ...]) -> int:
    """Asserts, for each (ask, near concept, cap), that every volunteer holding only the near concept is graded at
    most cap for every request whose only main ask is ask (a secondary ask near the near concept may lift it: such a
    request is not this trap); returns how many pairs were checked."""
    tables = [set(p) for p in labels["related"] + labels["close"]]
    checked = 0
    for ask, near, cap in traps:
        for rid, lab in labels["requests"].items():
            if lab["need"] != [ask] or any({a, near} in tables or a == near for a in lab["also"]):
                continue
            for vid, have in labels["volunteers"].items():
                if set(have) == {near}:  # the near concept alone: nothing else may lift the grade
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    return checked


def near_only_capped(labels: dict, q: dict, traps: tuple[tuple[str, str, int], ...]) -> int:
    """Asserts, for each (ask, near concept, cap), that every volunteer who holds the near concept but not the ask,
    and nothing else linked (RELATED or CLOSE) to the ask, is graded at most cap for every request whose only ask is
    ask: only the near concept can lift the grade there (the synthetic sets' traps); returns how many pairs were
    checked."""
    linked = {frozenset(p) for p in labels["related"] + labels["close"]}
    checked = 0
    for ask, near, cap in traps:
        for rid, need in labels["requests"].items():
            if need != [ask]:
                continue
            for vid, have in labels["volunteers"].items():
                others = [h for h in have if h != near and frozenset((ask, h)) in linked]
                if near in have and ask not in have and not others:
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    return checked


def assert_traps_capped(labels: dict, q: dict, caps: dict[int, list[tuple[str, str]]], at_least: int) -> None:
    """Asserts trap_pairs_capped for each pair of caps[cap], both ways, and that more than at_least pairs were
    checked."""
    traps = tuple((a, b, cap) for cap, pairs in caps.items() for x, y in pairs for a, b in ((x, y), (y, x)))
    assert trap_pairs_capped(labels, q, traps) > at_least


def assert_own_tables(
    labels: dict,
    generator_traps: Iterable[Iterable[str]],
    close: tuple[tuple[str, str], ...],
    traps: tuple[tuple[str, str], ...],
    new_related: tuple[tuple[str, str], ...],
    n_related: int,
) -> None:
    """Asserts a synthetic set's trap tables (fresh8 … fresh12): its CLOSE table is exactly `close`, the generator's
    TRAPS are `traps` and in neither table, the new concepts' RELATED neighbours are in the RELATED table, which
    holds `n_related` pairs."""
    have_close = {frozenset(p) for p in labels["close"]}
    related = {frozenset(p) for p in labels["related"]}
    assert have_close == {frozenset(p) for p in close}
    assert {frozenset(p) for p in generator_traps} == {frozenset(p) for p in traps}
    for p in traps:
        assert frozenset(p) not in have_close | related, p
    for p in new_related:
        assert frozenset(p) in related, p
    assert len(related) == n_related


def assert_secondary_asks(labels: dict, q: dict, vols: dict, reqs: dict) -> dict[str, list[str]]:
    """Asserts that each request's secondary ask grades its holders (of it alone, who speak the request's languages)
    2; returns the secondary asks by request."""
    secondary = {r: lab["also"] for r, lab in labels["requests"].items() if lab["also"]}
    only = {c: [v for v, have in labels["volunteers"].items() if have == [c]] for c in labels["concepts"]}
    for rid, also in secondary.items():
        (c,) = also
        speak = [v for v in only[c] if set(reqs[rid]["languages"]) <= set(vols[v]["languages"])]
        assert speak and all(q[(rid, v)] == 2 for v in speak), rid
    return secondary


def assert_alone(labels: dict, q: dict, reqs: dict, concepts: tuple[str, ...]) -> None:
    """Asserts that each concept relating to nothing has at least two Japanese asks of its own, and that each grades
    exactly the volunteers holding the concept."""
    asks = {c: [r for r, lab in labels["requests"].items() if lab["need"] == [c]] for c in concepts}
    for c in concepts:
        ja = [r for r in asks[c] if reqs[r]["languages"] == []]
        assert len(ja) >= 2, c
        for rid in ja:
            assert {v for (r, v) in q if r == rid} == {
                v for v, have in labels["volunteers"].items() if c in have
            }


def assert_english_asks(labels: dict, q: dict, vols: dict, reqs: dict, en_asks: tuple[str, ...]) -> None:
    """Asserts that each ask in English grades only volunteers who speak it: its concept's English-speaking holders 3,
    its Japanese-only holders 0 (and 3 to the Japanese asks of the concept), at least two of each."""
    for rid in en_asks:
        (c,) = labels["requests"][rid]["need"]
        only = [v for v, have in labels["volunteers"].items() if have == [c]]
        en = [v for v in only if "en" in vols[v]["languages"]]
        ja = [v for v in only if vols[v]["languages"] == ["ja"]]
        assert len(en) >= 2 and len(ja) >= 2, rid
        assert all(q[(rid, v)] == 3 for v in en)
        assert all(q.get((rid, v), 0) == 0 for v in ja)
        assert all("en" in vols[v]["languages"] for (r, v) in q if r == rid)
        ja_asks = [
            r for r, lab in labels["requests"].items() if lab["need"] == [c] and reqs[r]["languages"] == []
        ]
        assert ja_asks and all(q[(r, v)] == 3 for r in ja_asks for v in en + ja)


def assert_speakers_only(
    labels: dict, q: dict, vols: dict, reqs: dict, asks: dict[str, tuple[int, int]]
) -> None:
    """Asserts, for each ask needing another language (rid → (speakers, holders)), that its main ask has so many
    holders, so many of whom speak every language it needs; that those are graded 3 and the others 0, every volunteer
    it grades speaking them; and that the Japanese asks of the same concept, if any, grade every holder 3. (The check
    of assert_english_asks for a concept without two Japanese-only holders or without Japanese asks of its own.)"""
    for rid, (n_speak, n_hold) in asks.items():
        (c,) = labels["requests"][rid]["need"]
        langs = set(reqs[rid]["languages"])
        assert langs - {"ja"}, rid
        holders = [v for v, have in labels["volunteers"].items() if c in have]
        speak = [v for v in holders if langs <= set(vols[v]["languages"])]
        assert (len(speak), len(holders)) == (n_speak, n_hold), rid
        assert all(q[(rid, v)] == 3 for v in speak), rid
        assert all(q.get((rid, v), 0) == 0 for v in holders if v not in speak), rid
        assert all(langs <= set(vols[v]["languages"]) for (r, v) in q if r == rid), rid
        ja_asks = [
            r for r, lab in labels["requests"].items() if lab["need"] == [c] and reqs[r]["languages"] == []
        ]
        assert all(q[(r, v)] == 3 for r in ja_asks for v in holders), rid


def assert_mix(
    gen: ModuleType,
    everyday: tuple[str, ...],
    niche: tuple[str, ...],
    lang_asks: dict,
    thin: dict[str, tuple[int, int]] | None = None,
) -> None:
    """Asserts that a mix's concepts are its everyday and niche halves, each with at least five holders and two asks
    of its own, and that its asks in another language are the ones listed. A concept in `thin` (a set short of fresh
    pages: real26 … real34) has fewer, exactly its (holders, asks) there."""
    thin = thin or {}
    assert set(gen.CONCEPTS) == set(everyday) | set(niche)
    assert set(thin) <= set(gen.CONCEPTS)
    reqs = jsonl(gen.OUT / "requests.jsonl")
    assert {r["external_id"]: r["languages"] for r in reqs if r["languages"] not in ([], ["ja"])} == lang_asks
    labels = json.loads((gen.OUT / "concepts.json").read_text(encoding="utf-8"))
    for c in everyday + niche:
        holders = [v for v, have in labels["volunteers"].items() if c in have]
        asks = [r for r, lab in labels["requests"].items() if lab["need"] == [c]]
        if c in thin:
            assert (len(holders), len(asks)) == thin[c], c
            # thin indeed: the rule is never waived for a concept that meets it
            assert len(holders) < 5 or len(asks) < 2, c
        else:
            assert len(holders) >= 5 and len(asks) >= 2, c


def assert_niche_new(
    gen: ModuleType,
    earlier: tuple[str, ...],
    everyday: tuple[str, ...],
    niche: tuple[str, ...],
    words: tuple[str, ...],
    everyday_keys_new: bool = False,
) -> None:
    """Asserts that a mix's niche half is new: none of its concepts is a concept of the earlier sets from real3 on,
    and none of the words naming them occurs in the texts of any earlier set (its everyday half does repeat earlier
    concepts, on purpose, under an earlier key; with `everyday_keys_new`, a set whose everyday topics are under keys
    of its own (real35), under none); `words` are checked absent before it, and the first of them present in it."""
    earlier_concepts: set[str] = set()
    for d in earlier[2:]:
        earlier_concepts |= set(load_generator(d, f"new_{gen.OUT.name}").CONCEPTS)
    assert not set(niche) & earlier_concepts
    if everyday_keys_new:
        assert not set(everyday) & earlier_concepts
    else:
        assert set(everyday) & earlier_concepts
    for d in earlier:
        text = "".join(
            (HELDOUT / d / f).read_text(encoding="utf-8") for f in ("volunteers.jsonl", "requests.jsonl")
        )
        assert not [w for w in words if w in text], d
    mine = "".join((gen.OUT / f).read_text(encoding="utf-8") for f in ("volunteers.jsonl", "requests.jsonl"))
    assert sum(w in mine for w in words) >= len(niche)
