"""A re-score scores only the main segment's rows a request's last ranking kept near its top (matching/pool.py):
every ranking must be what scoring the whole candidate view gives, whichever volunteers changed meanwhile."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest

from bench.speed import synth_volunteers
from matching import HelpRequest, Load, Matcher, RankResult, Volunteer
from matching import pool as pool_mod
from matching.rank import read_jsonl
from matching.records import request_from_record

DATA = Path(__file__).resolve().parents[3] / "bench" / "heldout" / "data"


def _fresh(m: Matcher, reqs) -> list[RankResult]:
    """Rankings with no pool: request profiles made again, so every view is scored whole."""
    m._profiles.clear()
    return [m.rank(r) for r in reqs]


@pytest.fixture(scope="module")
def world(areas, taxonomy):
    vols = synth_volunteers(3000, DATA, seed=11)
    reqs = [request_from_record(r) for r in read_jsonl(DATA / "requests.jsonl")]
    return vols, reqs


def test_rescoring_from_the_pool_ranks_as_scoring_everything(areas, taxonomy, world, monkeypatch):
    vols, reqs = world
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    reused = []
    real = pool_mod.reuse

    def counting(*args, **kw):
        ok = real(*args, **kw)
        reused.append(ok)
        return ok

    monkeypatch.setattr(pool_mod, "reuse", counting)
    rng = random.Random(5)
    by_id = {v.id: v for v in vols}
    first = [m.rank(r) for r in reqs]
    assert sum(len(r.candidates) for r in first) > 0
    shown = [c.volunteer_id for r in first for c in r.candidates]
    # Rounds of change: some shown volunteers get busier or move, some leave, others change at random; the last
    # round changes every volunteer some pool keeps, so pools run out and must be scored whole again.
    rounds = [rng.sample(shown, 40), rng.sample(sorted(by_id), 200), None]
    for k, changed in enumerate(rounds):
        if changed is None:
            main = m._main
            changed = sorted(
                {main.ids[r] for q in reqs for p in m.profile(q).pools.values() for r in p.view.idx.tolist()}
            )
        for vid in changed:
            v = by_id[vid]
            if rng.random() < 0.2:
                m.remove(vid)
                continue
            v = dataclasses.replace(
                v,
                load=Load(recent_proposals=rng.randrange(0, 6)),
                area=rng.choice(sorted(areas.names)) if rng.random() < 0.3 else v.area,
            )
            by_id[vid] = v
            m.upsert(v)
        reused.clear()
        again = [m.rank(r) for r in reqs]
        assert any(reused), f"round {k}: no ranking came from its pool"
        if k == len(rounds) - 1:
            assert not all(reused), "changing every shown volunteer must send some rankings back to the view"
        assert again == _fresh(m, reqs), f"round {k}"
        for r in reqs:  # profiles again, with pools for the next round
            m.rank(r)


def test_a_compaction_starts_new_pools(areas, taxonomy, world, monkeypatch):
    vols, reqs = world
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    req = next(r for r in reqs if m.rank(r).candidates)
    old = m._main
    monkeypatch.setattr("matching.matcher.DELTA_MAX", 5)
    for v in vols[:10]:
        m.upsert(dataclasses.replace(v, load=Load(recent_proposals=1)))
    assert m._main is not old  # compacted
    got = m.rank(req)
    assert all(p.seg is m._main for p in m.profile(req).pools.values())
    assert got == _fresh(m, [req])[0]


def test_a_pool_whose_prefilter_no_longer_holds_is_scored_whole(matcher: Matcher):
    """Twelve holders near and free fill the top, so holders of a related skill were never scored; when most of the
    twelve leave, a related holder nearby outranks a far holder of the skill, as scoring everything says."""
    req = HelpRequest("R1", title="スマホの使い方", area="town_nakazato", slots=frozenset({"mon_am"}))
    near = [
        Volunteer(f"A{i:02d}", skills=("スマホ",), area="town_nakazato", availability=frozenset({"mon_am"}))
        for i in range(12)
    ]
    far = [
        Volunteer(
            f"F{i}",
            skills=("スマホ",),
            area="town_noshio",
            availability=frozenset({"mon_am"}),
            load=Load(recent_proposals=9, recent_approvals=3),
        )
        for i in range(3)
    ]
    related = [
        Volunteer(f"W{i}", skills=("Wi-Fi接続",), area="town_nakazato", availability=frozenset({"mon_am"}))
        for i in range(3)
    ]
    matcher.index(near + far + related)
    first = matcher.rank(req)
    assert {c.volunteer_id[0] for c in first.candidates} == {"A"}
    (p,) = matcher.profile(req).pools.values()
    assert (
        p.prefiltered and p.ceiling == -np.inf and not {"W0", "W1", "W2"} & {p.seg.ids[r] for r in p.view.idx}
    )
    for v in near[:6]:
        matcher.remove(v.id)
    again = matcher.rank(req)
    assert again == _fresh(matcher, [req])[0]
    assert any(c.volunteer_id.startswith("W") for c in again.candidates), again.candidates
