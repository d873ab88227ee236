"""skill-v4.61 (taxonomy): Japanese food in English is cooking (「I want to learn to cook simple dishes like miso
soup」 under 「Learning Japanese home food」 was read as Japanese lessons). From the held-out set's tuning half."""

from __future__ import annotations

from tests.unit.matching.reading import primary


def test_learning_japanese_food_is_cooking(matcher):
    got = primary(
        matcher,
        title="Learning Japanese home food",
        description="I want to learn to cook simple dishes like miso soup and nikujaga.",
    )
    assert got == ["cooking"]
    assert "japanese_teaching" in primary(
        matcher, title="Learning Japanese", description="I want to learn Japanese."
    )
