"""The algorithm as data: a versioned, weighted list of features. The NAME is stored on every proposal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import features as ft


@dataclass(frozen=True)
class Feature:
    """A named feature function and its weight in the total score."""

    name: str
    func: Callable[..., ft.FtResult]
    weight: float


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted features plus the gates that make someone a candidate."""

    name: str
    features: tuple[Feature, ...]
    min_skill: float = 0.3  # below this a volunteer is not a candidate at all (unless the text matched)

    def without(self, factor: str) -> Algorithm:
        """Returns a copy with one factor switched off (for ablations)."""
        return Algorithm(
            name=f"{self.name}-no-{factor}",
            features=tuple(f if f.name != factor else Feature(f.name, f.func, 0.0) for f in self.features),
            min_skill=self.min_skill,
        )


SKILL_V2 = Algorithm(
    name="skill-v2",
    features=(
        Feature("skill", ft.skill_taxonomy, 0.40),
        Feature("coverage", ft.skill_coverage, 0.12),
        Feature("text", ft.text_tfidf, 0.08),
        Feature("area", ft.area_relation, 0.20),
        Feature("time", ft.time_overlap, 0.16),
        Feature("fairness", ft.fairness_load, 0.04),
    ),
)

DEFAULT = SKILL_V2
