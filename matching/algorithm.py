"""The algorithm as data: a versioned, weighted list of features, how they combine, and the hard constraints.

Every feature has one signature, `(context, rows, config) -> FtResult` (see features.py): it scores all rows of
a segment or candidate view for one request in one vectorised pass, and its detail explains any row in Japanese.
The NAME is stored on every proposal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace

import numpy as np

from . import features as ft
from . import place
from .grams import FloatArray
from .index import BoolArray, Rows

FeatureFunc = Callable[[ft.Context, Rows, ft.Config], ft.FtResult]
CONSTRAINTS = "constraints"  # the name the hard constraints' reasons go by in `reason_order`
WORDING = "wording"  # the factor the request's own words add among the best totals (Algorithm.wording)


@dataclass(frozen=True)
class Feature:
    """A named feature function, its weight and how it enters the total.

    kind "fit": weighted mean of how well the skills fit; "alt": other evidence for the skill (the skill
    factor becomes max(skill, weight × alt)); "place": area and time, the weaker of them (raised to `weight`)
    scales the fit down; "context": any other multiplier raised to `weight` (fairness).
    """

    name: str
    func: FeatureFunc
    weight: float
    kind: str = "fit"


@dataclass(frozen=True)
class Scores:
    """Every feature's result on some rows, the hard constraints and the combined total."""

    results: dict[str, ft.FtResult]  # by feature name, in the algorithm's order
    hard: ft.FtResult  # > 0 where no hard constraint fails
    total: FloatArray
    candidate: BoolArray  # passes the hard constraints and the fit gate (min_skill)
    fit: FloatArray  # the skill fit the total is made of (total = fit × where, when and load)

    @property
    def factors(self) -> dict[str, FloatArray]:
        """Returns each feature's scores by name."""
        return {k: r.scores for k, r in self.results.items()}


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted features, the hard constraints and the gate that makes someone a
    candidate; it combines the features' scores and lists their reasons."""

    name: str
    features: tuple[Feature, ...]
    min_skill: float = 0.3  # below this fit a volunteer is not a candidate at all
    constraints: FeatureFunc = ft.constraints_hard  # a row it scores 0 is never proposed, whatever its fit
    # The order a coordinator reads the reasons in: the skill first, then where, when, languages and load.
    reason_order: tuple[str, ...] = ("skill", "coverage", "text", "area", "time", CONSTRAINTS, "fairness")
    # Factors a candidate card leaves out when every candidate listed has the same value (文章 0.00 and 公平 1.00
    # on every card tell staff nothing); skill, area and time are always shown.
    foldable: tuple[str, ...] = ("coverage", "text", "fairness", WORDING)
    # The request's own words beside the dictionary: among the `wording_pool` best totals, a candidate's fit gains
    # `wording` × the TF-IDF cosine of its whole text with the request's (nearest.picks; 0 switches it off). Real
    # pages share words between an ask and the registrant who fits it (車いす散歩 / 車いすを押して…) that a concept
    # shared by several kinds of help does not tell apart.
    wording: float = 1.0
    wording_pool: int = 10

    def __hash__(self) -> int:
        # Remembered: an algorithm keys the reasons and pools of every ranking (its features' tuple, hashed anew
        # each time, was 5 % of a re-score). Frozen, so the hash never changes; equality stays field by field.
        h: int | None = self.__dict__.get("_hash")
        if h is None:
            h = self.__dict__["_hash"] = hash(tuple(getattr(self, f.name) for f in fields(self)))
        return h

    def __getstate__(self) -> dict[str, object]:
        # a string's hash differs from process to process: a copy or pickle computes its own
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def shown_factors(self, shown: Mapping[str, Sequence[float]]) -> frozenset[str]:
        """Returns the factors worth showing on the cards: those that separate the candidates listed, plus every
        factor that is not foldable."""
        return frozenset(k for k, vs in shown.items() if k not in self.foldable or len(set(vs)) > 1)

    def without(self, factor: str) -> Algorithm:
        """Returns a copy with one factor switched off (for ablations)."""
        if factor == WORDING:
            return replace(self, name=f"{self.name}-no-{factor}", wording=0.0)
        return replace(
            self,
            name=f"{self.name}-no-{factor}",
            features=tuple(
                f if f.name != factor else Feature(f.name, f.func, 0.0, f.kind) for f in self.features
            ),
        )

    def score(self, ctx: ft.Context, rows: Rows, cfg: ft.Config) -> Scores:
        """Returns every feature's result on the rows and the combined total (float32, vectorised)."""
        hard = self.constraints(ctx, rows, cfg)
        results = {f.name: f.func(ctx, rows, cfg) for f in self.features}
        fit, total = self.combine({k: r.scores for k, r in results.items()}, len(rows))
        relevant = fit >= self.min_skill
        return Scores(results, hard, total, (hard.scores > 0) & relevant, fit)

    def combine(self, scores: Mapping[str, FloatArray], n: int) -> tuple[FloatArray, FloatArray]:
        """Returns (fit, total) of n rows from each feature's scores by name: the one place the weights act, so
        weights learned from staff decisions are judged on stored factors exactly as they will rank."""
        fit = np.zeros(n, dtype=np.float32)
        wsum = 0.0
        alts: list[tuple[float, FloatArray]] = []
        context = np.ones(n, dtype=np.float32)
        place: list[FloatArray] = []
        for f in self.features:
            s = scores[f.name]
            if not f.weight:
                continue
            if f.kind == "fit":
                fit += np.float32(f.weight) * s
                wsum += f.weight
            elif f.kind == "alt":
                alts.append((f.weight, s))
            elif f.kind == "place":
                place.append(s if f.weight == 1.0 else np.power(s, np.float32(f.weight)))
            else:
                context *= s if f.weight == 1.0 else np.power(s, np.float32(f.weight))
        if place:
            # Where and when combine like a coordinator's grade: the weaker one decides, the other nudges.
            lo = np.minimum.reduce(place)
            prod = np.multiply.reduce(place)
            context *= np.float32(0.95) * lo + np.float32(0.05) * prod
        if wsum:
            fit /= np.float32(wsum)
        for w, s in alts:
            fit = np.maximum(fit, np.float32(w) * s)
        return fit, fit * context

    def add_words(self, fit: FloatArray, total: FloatArray, lexical: FloatArray) -> FloatArray:
        """Returns totals with the request's words added to the fit: (fit + wording × lexical) × the rest of the
        total (where, when and load: total ÷ fit) — as the matcher orders its best candidates (matching/wording.py)
        and as learned weights are judged (matching/learning.py)."""
        context = np.divide(total, fit, out=np.zeros(len(fit), dtype=np.float32), where=fit > 0)
        out: FloatArray = ((fit + np.float32(self.wording) * lexical) * context).astype(np.float32)
        return out

    def reasons(
        self, scores: Scores, row: int, factors: Mapping[str, float], shown: Mapping[str, Sequence[float]]
    ) -> tuple[str, ...]:
        """Returns the Japanese reasons for one row from each feature's detail, in `reason_order`; factors are
        the row's rounded factors, shown each factor's values over every candidate listed (a factor may be
        worth saying only when it differs among them)."""
        out: list[str] = []
        for name in self.reason_order:
            if name == CONSTRAINTS:
                res, value = scores.hard, 1.0  # only rows passing every constraint are listed
            else:
                got = scores.results.get(name)
                if got is None:
                    continue
                res, value = got, factors[name]
            if res.detail is not None:
                out.extend(res.detail.reasons(row, value, shown.get(name, ())))
        return tuple(out)


# What each version changed and measured: matching/HISTORY.md (newest first).
SKILL_V4 = Algorithm(
    name="skill-v4.78",
    features=(
        Feature("skill", ft.skill_taxonomy, 0.6),
        Feature("coverage", ft.skill_coverage, 0.4),
        Feature("text", ft.text_tfidf, 0.8, kind="alt"),
        Feature("area", place.area_relation, 1.0, kind="place"),
        Feature("time", place.time_overlap, 1.0, kind="place"),
        Feature("fairness", place.fairness_load, 0.08, kind="context"),
    ),
)

DEFAULT = SKILL_V4
