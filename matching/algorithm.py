"""The algorithm as data: a versioned, weighted list of features. The NAME is stored on every proposal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import features as ft


@dataclass(frozen=True)
class Feature:
    """A named feature function, its weight and how it enters the total.

    kind "fit": weighted mean of how well the skills fit; "alt": other evidence for the skill (the skill
    factor becomes max(skill, weight × alt)); "place": area and time, the weaker of them (raised to `weight`)
    scales the fit down; "context": any other multiplier raised to `weight` (fairness).
    """

    name: str
    func: Callable[..., ft.FtResult]
    weight: float
    kind: str = "fit"


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted features plus the gate that makes someone a candidate."""

    name: str
    features: tuple[Feature, ...]
    min_skill: float = 0.3  # below this fit a volunteer is not a candidate at all

    def without(self, factor: str) -> Algorithm:
        """Returns a copy with one factor switched off (for ablations)."""
        return Algorithm(
            name=f"{self.name}-no-{factor}",
            features=tuple(
                f if f.name != factor else Feature(f.name, f.func, 0.0, f.kind) for f in self.features
            ),
            min_skill=self.min_skill,
        )


# skill-v3.1: the title is the main ask (tags weigh like the description). skill-v3: every asked concept scored (title no longer overrides the description), whole-text fallback when
# nobody holds an asked concept, katakana word boundaries, English stems, negated bio clauses skipped.
SKILL_V3 = Algorithm(
    name="skill-v3.1",
    features=(
        Feature("skill", ft.skill_taxonomy, 0.6),
        Feature("coverage", ft.skill_coverage, 0.4),
        Feature("text", ft.text_tfidf, 0.8, kind="alt"),
        Feature("area", ft.area_relation, 1.0, kind="place"),
        Feature("time", ft.time_overlap, 1.0, kind="place"),
        Feature("fairness", ft.fairness_load, 0.08, kind="context"),
    ),
)

DEFAULT = SKILL_V3
