"""fresh4, the fourth blind synthetic set in other phrasing (bench/heldout/fresh4.py): its precision traps. How it loads,
its own checks and what they catch are tested with the other sets built on freshset.py in test_heldout_freshsets.py.

These tests read the files and the generator only: they never run the matcher on a sealed set."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.heldout_files import load_generator
from tests.unit.heldout_files import qrels as _qrels


@pytest.fixture(scope="module")
def fresh4() -> ModuleType:
    return load_generator("fresh4", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def test_fresh4_precision_traps_are_graded_as_intended(fresh4: ModuleType) -> None:
    """Near-but-different skills: 囲碁/将棋 at a 麻雀 table, 音訳 for 点訳 (and back), school-crossing 見守り for an elderly
    person's (and back), a キーボード player for PC help (and back) score 0; スマホ for a tablet ask, 囲碁 for 将棋, 調理
    for お弁当の配達 at most 1; a CLOSE substitute (書道 for 宛名書き, 便利屋 for 家具の組み立て, a driver for 配食) at most 2."""
    labels = _labels(fresh4.OUT)
    q = _qrels(fresh4.OUT)
    checked = 0
    for ask, near, cap in (
        ("mahjong", "igo", 0),
        ("igo", "mahjong", 0),
        ("mahjong", "shogi", 0),
        ("tenyaku", "onyaku", 0),
        ("onyaku", "tenyaku", 0),
        ("watch_elder", "watch_child", 0),
        ("watch_child", "watch_elder", 0),
        ("pc", "music", 0),
        ("music", "pc", 0),
        ("tablet", "smartphone", 1),
        ("shogi", "igo", 1),
        ("bento", "cooking", 1),
        ("nengajo", "calligraphy", 2),
        ("furniture", "handyman", 2),
        ("bento", "driving", 2),
    ):
        for rid, need in labels["requests"].items():
            if need != [ask]:
                continue
            for vid, have in labels["volunteers"].items():
                if near in have and ask not in have:
                    assert q.get((rid, vid), 0) <= cap, (rid, vid)
                    checked += 1
    assert checked > 400
