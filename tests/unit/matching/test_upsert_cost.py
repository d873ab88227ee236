"""Matcher.upsert is O(changes): a burst of upserts builds the delta segment once, and ranks as before."""

from __future__ import annotations

import dataclasses
import random

from matching import SLOTS, Matcher
from matching.types import HelpRequest, Load, Volunteer

TAGS = ["LINE", "スマホ", "書道", "料理", "パソコン", "英会話", "写真", "ピアノ", "大工仕事", "Zoom"]
AREAS = ["town_nakazato", "town_noshio", "town_matsuyama", None]


def _volunteers(n: int) -> list[Volunteer]:
    rng = random.Random(3)
    return [
        Volunteer(
            f"V{i:05d}",
            skills=tuple(rng.sample(TAGS, rng.randint(1, 3))),
            bio=rng.choice(["", "料理が得意です。", "スマホの操作を教えます。"]),
            area=rng.choice(AREAS),
            availability=frozenset(rng.sample(SLOTS, rng.randint(0, 4))),
            load=Load(recent_proposals=rng.randint(0, 3), ever_matched=rng.random() < 0.5),
        )
        for i in range(n)
    ]


REQUESTS = [
    HelpRequest(
        f"R{i}", title=f"{tag}を教えてください", description=f"{tag}について手伝ってほしい。", area=area
    )
    for i, (tag, area) in enumerate(zip(TAGS, AREAS * 3, strict=False))
]


def _changed(vols: list[Volunteer], k: int) -> list[Volunteer]:
    rng = random.Random(9)
    return [
        dataclasses.replace(
            v, load=Load(recent_proposals=v.load.recent_proposals + 2), active=rng.random() > 0.2
        )
        for v in rng.sample(vols, k)
    ]


def _ranked(m: Matcher) -> list[list[tuple[str, float]]]:
    return [[(c.volunteer_id, c.score) for c in m.rank(r, 10).candidates] for r in REQUESTS]


def test_a_burst_of_upserts_builds_the_delta_segment_once(areas, taxonomy, monkeypatch):
    vols = _volunteers(3000)
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    built: list[int] = []
    segment = Matcher._segment
    monkeypatch.setattr(
        Matcher,
        "_segment",
        lambda self, v, **kw: built.append(len(v)) or segment(self, v, **kw),
    )
    for v in _changed(vols, 1000):
        m.upsert(v)
    assert (
        built == []
    )  # nothing built per upsert (it used to rebuild the whole delta each time: 1,000 builds)
    m.rank(REQUESTS[0], 10)
    m.rank(REQUESTS[1], 10)
    assert built == [1000]  # once, by the first read


def test_lazy_delta_ranks_exactly_as_a_delta_rebuilt_after_every_upsert(areas, taxonomy):
    vols = _volunteers(2000)
    changes = _changed(vols, 400)
    lazy, eager = Matcher(areas=areas, taxonomy=taxonomy), Matcher(areas=areas, taxonomy=taxonomy)
    lazy.index(vols)
    eager.index(vols)
    for v in changes:
        lazy.upsert(v)
        eager.upsert(v)
        eager.rank(REQUESTS[0], 10)  # a read after each write: the delta is built every time, as before
    lazy.remove(changes[0].id)
    eager.remove(changes[0].id)
    assert _ranked(lazy) == _ranked(eager)
    assert any(_ranked(lazy))


def test_views_kept_across_writes_rank_as_views_built_afresh(areas, taxonomy):
    """A write keeps the main segment's cached candidate views (patching who is alive in them): every rank
    after it equals a rank over views gathered afresh, and a volunteer paused after being ranked is gone."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(_volunteers(2000))
    before = _ranked(m)  # every request's views are now cached
    views = dict(m._views)
    for ranked in before[:5]:
        top = m.get(ranked[0][0])
        assert top is not None
        m.upsert(dataclasses.replace(top, active=False))
    assert any(m._views.get(k) is v for k, v in views.items()), "the main segment's views were dropped"
    kept = _ranked(m)
    paused = {ranked[0][0] for ranked in before[:5]}
    assert not paused & {vid for ranked in kept for vid, _s in ranked}
    m._views = {}  # the oracle: the same matcher gathering every view afresh
    assert kept == _ranked(m)


def test_a_delta_past_its_bound_folds_into_the_main_segment_without_reading_a_text(
    areas, taxonomy, monkeypatch
):
    """Past DELTA_MAX distinct changes the delta and the main segment become one new main segment, built from the
    analyses held (no text read again: it used to re-read every volunteer's text, ~30 s at 100k, inside a write),
    and it ranks exactly as a matcher indexed afresh with the same volunteers."""
    import matching.matcher as mm

    monkeypatch.setattr(mm, "DELTA_MAX", 300)
    vols = _volunteers(2000)
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    changes = _changed(vols, 600)
    for v in changes[:250]:
        m.upsert(v)
    m.rank(REQUESTS[0], 10)  # the delta's analyses exist (the fold reuses them)
    m.remove(vols[5].id)
    read: list[int] = []
    analyse = mm.analyse
    monkeypatch.setattr(mm, "analyse", lambda vs, tax: read.append(len(vs)) or analyse(vs, tax))
    for v in changes[250:]:
        m.upsert(v)
    assert len(m._delta_vols) < 300  # folded
    m.rank(REQUESTS[0], 10)
    assert sum(read) <= 350  # only the texts of the changes not yet analysed, never the 2,000
    fresh = Matcher(areas=areas, taxonomy=taxonomy)
    final = {v.id: v for v in vols} | {v.id: v for v in changes}
    final.pop(vols[5].id)
    fresh.index(final.values())
    m._views = {}
    assert _ranked(m) == _ranked(fresh)
