"""fresh5, the fifth blind synthetic set in other phrasing (bench/heldout/fresh5.py): its precision traps. How it loads,
its own checks and what they catch are tested with the other sets built on freshset.py in test_heldout_freshsets.py.

These tests read the files and the generator only: they never run the matcher on a sealed set."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.unit.heldout_files import load_generator, near_only_capped
from tests.unit.heldout_files import qrels as _qrels


@pytest.fixture(scope="module")
def fresh5() -> ModuleType:
    return load_generator("fresh5", "traps")


def _labels(out: Path) -> dict:
    return json.loads((out / "concepts.json").read_text(encoding="utf-8"))


def test_fresh5_precision_traps_are_graded_as_intended(fresh5: ModuleType) -> None:
    """Near-but-different skills: a photographer for sorting the photos on a phone (and back), a barber for 刈り込み
    (and back), a TV / router hand for a video call (and back), a bicycle mender for a lift by car (and back) score 0;
    囲碁 for 将棋, 裁縫 for 編み物, a driver for an 付き添い at most 1; a CLOSE substitute (書道 for 代筆, 草取り for
    剪定, 便利屋 for 障子 or a flat tyre, a phone helper for the photos) at most 2."""
    labels = _labels(fresh5.OUT)
    q = _qrels(fresh5.OUT)
    traps = (
        ("camera", "photo_data", 0),
        ("photo_data", "camera", 0),
        ("pruning", "haircut", 0),
        ("haircut", "pruning", 0),
        ("videocall", "tv_wifi", 0),
        ("tv_wifi", "videocall", 0),
        ("bicycle", "driving", 0),
        ("driving", "bicycle", 0),
        ("interp", "signlang", 0),
        ("signlang", "interp", 0),
        ("shogi", "igo", 1),
        ("knitting", "sewing", 1),
        ("escort", "driving", 1),
        ("daihitsu", "onyaku", 1),
        ("daihitsu", "calligraphy", 2),
        ("pruning", "garden", 2),
        ("shoji", "handyman", 2),
        ("bicycle", "handyman", 2),
        ("photo_data", "smartphone", 2),
    )
    assert near_only_capped(labels, q, traps) > 400
