"""Learning the feature weights from staff decisions (pure: plain data in, weights and figures out).

Staff approve or reject proposals; each proposal keeps the factor scores it was ranked with. Within one request
an approved proposal should rank above a rejected one, so the decisions are pairs, and a pairwise logistic
regression (scikit-learn) on the factors' differences says which factors staff weigh more or less than the
algorithm does. The regression is a linear stand-in for the algorithm's own combination (a weighted mean of
the fit, the text as an alternative, place and fairness as multipliers), so its coefficients are translated into
the algorithm's weights and then *judged by the algorithm's own combination* (`Algorithm.combine`) on decisions
the fit never saw: the requests are cut into folds, weights fitted without a fold (and stepped from the current
weights only as far as helps on the decisions they were fitted on) order that fold, and the new weights are adopted
only when, over every request held out once, they order the decisions better than the current weights, by a margin
and clearly. Nothing here reads a database; the service stores weight sets.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .algorithm import WORDING, Algorithm, Feature

# A factor a card folded away had the same value for every candidate listed (algorithm.foldable), so its stored
# value is unknown; these neutral values keep it from reordering anyone when a weight set is judged.
NEUTRAL = {
    "coverage": 1.0,
    "text": 0.0,
    "fairness": 1.0,
    "area": 1.0,
    "time": 1.0,
    "skill": 0.0,
    WORDING: 0.0,
}
LOG_FLOOR = 1e-3
BLENDS = (0.25, 0.5, 0.75, 1.0)  # candidate steps from the current weights towards the fitted ones
MIN_PAIRS = 20  # fewer (approved, rejected) pairs than this in training: nothing is fitted
MIN_HELDOUT_REQUESTS = 5  # fewer requests with both outcomes held out: no verdict, nothing adopted
MARGIN = 0.005  # the held-out pairwise accuracy a new set must gain over the current one
# Bounds that keep a fitted set an algorithm a coordinator would recognise (and keep the matcher's lossless
# prefilter valid: the text alternative never weighs more than an exact skill; nor so little that the whole-text
# fallback, which needs a text weight, is switched off).
BOUNDS = {
    "fit": (0.05, 1.0),
    "alt": (0.3, 1.0),
    "place": (0.25, 3.0),
    "context": (0.0, 1.0),
    WORDING: (0.0, 2.0),
}


@dataclass(frozen=True)
class Decision:
    """One staff decision on a proposal: which request, the factors it was ranked with, approved or not."""

    request: str
    factors: Mapping[str, float]
    approved: bool


@dataclass(frozen=True)
class Evaluation:
    """How well a weight set orders past decisions: mean over requests of the share of (approved, rejected)
    pairs it puts in the right order (ties count half), with the counts it rests on."""

    accuracy: float
    requests: int
    pairs: int


@dataclass(frozen=True)
class Comparison:
    """The outcome of one training run: current and proposed weights, both judged on held-out decisions."""

    current: dict[str, float]
    proposed: dict[str, float]
    current_heldout: Evaluation
    proposed_heldout: Evaluation
    train_pairs: int
    adopt: bool
    note: str
    coefficients: dict[str, float] = field(default_factory=dict)


def weights_of(algorithm: Algorithm) -> dict[str, float]:
    """Returns the algorithm's weights by feature name, and the weight of the request's words (WORDING)."""
    return {**{f.name: float(f.weight) for f in algorithm.features}, WORDING: float(algorithm.wording)}


def with_weights(algorithm: Algorithm, weights: Mapping[str, float], tag: str = "") -> Algorithm:
    """Returns the algorithm with the given weights (unknown names ignored, missing ones kept), named
    `<name>+<tag>` so every proposal it ranks says which weights ranked it."""
    feats = tuple(
        Feature(f.name, f.func, _bounded(f.kind, weights[f.name]) if f.name in weights else f.weight, f.kind)
        for f in algorithm.features
    )
    wording = _bounded(WORDING, weights[WORDING]) if WORDING in weights else algorithm.wording
    return replace(
        algorithm, name=f"{algorithm.name}+{tag}" if tag else algorithm.name, features=feats, wording=wording
    )


def _bounded(kind: str, w: float) -> float:
    lo, hi = BOUNDS.get(kind, (0.0, 3.0))
    return float(min(max(w, lo), hi)) if math.isfinite(w) else lo


def _value(v: object, default: float) -> float:
    try:
        x = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return default
    return min(max(x, 0.0), 1.0) if math.isfinite(x) else default


def _matrix(algorithm: Algorithm, decisions: Sequence[Decision]) -> dict[str, np.ndarray]:
    cols: dict[str, np.ndarray] = {}
    for name in (*(f.name for f in algorithm.features), WORDING):
        neutral = NEUTRAL.get(name, 0.0)
        cols[name] = np.asarray(
            [_value(d.factors.get(name, neutral), neutral) for d in decisions], dtype=np.float32
        )
    return cols


def totals(algorithm: Algorithm, decisions: Sequence[Decision]) -> np.ndarray:
    """Returns the totals the algorithm gives the decisions' stored factors, as the matcher ranks a list: the
    combination of the features, the request's words added to the fit (WORDING × the stored cosine)."""
    cols = _matrix(algorithm, decisions)
    fit, combined = algorithm.combine(cols, len(decisions))
    if not algorithm.wording:
        return combined
    return algorithm.add_words(fit, combined, cols[WORDING])


def _groups(decisions: Sequence[Decision]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, d in enumerate(decisions):
        out.setdefault(d.request, []).append(i)
    return out


def evaluate(algorithm: Algorithm, decisions: Sequence[Decision]) -> Evaluation:
    """Returns how well the algorithm's combination orders the decisions' approved above their rejected
    proposals, request by request (requests with only one outcome say nothing and are skipped)."""
    accs, pairs = per_request(algorithm, decisions)
    return Evaluation(float(np.mean(accs)) if accs else 0.0, len(accs), pairs)


def per_request(algorithm: Algorithm, decisions: Sequence[Decision]) -> tuple[list[float], int]:
    """Returns the share of (approved, rejected) pairs in the right order for each request with both outcomes
    (in first-seen order), and the number of pairs."""
    decisions = list(decisions)
    if not decisions:
        return [], 0
    total = np.round(totals(algorithm, decisions).astype(np.float64), 4)  # proposals store 4 decimals
    accs: list[float] = []
    pairs = 0
    for idx in _groups(decisions).values():
        pos = [total[i] for i in idx if decisions[i].approved]
        neg = [total[i] for i in idx if not decisions[i].approved]
        if not pos or not neg:
            continue
        p = np.asarray(pos)[:, None]
        n = np.asarray(neg)[None, :]
        accs.append(float(((p > n).sum() + 0.5 * (p == n).sum()) / (p.size * n.size)))
        pairs += p.size * n.size
    return accs, pairs


def _features(algorithm: Algorithm, decisions: Sequence[Decision]) -> tuple[np.ndarray, list[str]]:
    """The regression's inputs: fit and alternative factors as they are, multipliers in log space (the
    algorithm raises them to their weight, so the weight is a coefficient of the logarithm)."""
    cols = _matrix(algorithm, decisions)
    names, xs = [], []
    for f in algorithm.features:
        x = cols[f.name].astype(np.float64)
        if f.kind in ("place", "context"):
            x = np.log(np.maximum(x, LOG_FLOOR))
        names.append(f.name)
        xs.append(x)
    names.append(WORDING)  # added to the fit as it is, like a fit factor
    xs.append(cols[WORDING].astype(np.float64))
    return np.stack(xs, axis=1), names


def pairs_of(x: np.ndarray, decisions: Sequence[Decision]) -> np.ndarray:
    """Returns the (approved − rejected) feature differences of every pair within a request."""
    diffs = [
        x[i] - x[j]
        for idx in _groups(decisions).values()
        for i in idx
        if decisions[i].approved
        for j in idx
        if not decisions[j].approved
    ]
    return np.asarray(diffs, dtype=np.float64).reshape(-1, x.shape[1])


def fit_weights(
    algorithm: Algorithm, decisions: Sequence[Decision], *, c: float = 1.0
) -> tuple[dict[str, float], dict[str, float]] | None:
    """Returns (weights, regression coefficients) fitted to the decisions by a pairwise logistic regression, or
    None when there are too few pairs that differ on any factor. A factor that never differs within a pair
    carries no evidence and keeps its current weight."""
    from sklearn.linear_model import LogisticRegression  # training only: ranking never needs it

    decisions = list(decisions)
    x, names = _features(algorithm, decisions)
    d = pairs_of(x, decisions)
    d = d[np.abs(d).sum(axis=1) > 1e-9]  # pairs equal on every factor say nothing about weights
    if len(d) < MIN_PAIRS or not x.shape[1]:
        return None
    seen = np.abs(d).max(axis=0) > 1e-9
    # Symmetric pairs (d → 1, −d → 0) make a model without intercept; the factors' scales differ (logs of
    # multipliers reach −7), so they are standardised by their spread and the coefficients scaled back.
    scale = np.maximum(np.abs(d).std(axis=0) + np.abs(d).mean(axis=0), 1e-6)
    xs = np.vstack([d / scale, -d / scale])
    ys = np.concatenate([np.ones(len(d)), np.zeros(len(d))])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=1000)
    model.fit(xs, ys)
    coef = {n: float(v) for n, v in zip(names, model.coef_[0] / scale, strict=True)}
    unseen = {n for n, ok in zip(names, seen, strict=True) if not ok}
    return _translate(algorithm, decisions, coef, unseen), coef


def _translate(
    algorithm: Algorithm, decisions: Sequence[Decision], coef: Mapping[str, float], unseen: set[str]
) -> dict[str, float]:
    """Turns regression coefficients into the algorithm's weights. The fit factors' coefficients are k × their
    weight (weights summing to the current sum); the alternative's is k × its weight; a multiplier's exponent
    is its coefficient over the coefficient of log fit, which is k times the mean fit of the decisions. The
    request's words add WORDING × their cosine to the fit, so their coefficient is k × that weight too."""
    feats = algorithm.features
    fit_names = [f.name for f in feats if f.kind == "fit" and f.weight]
    cur = weights_of(algorithm)
    k = sum(max(coef.get(n, 0.0), 0.0) for n in fit_names)
    out = dict(cur)
    if k <= 1e-9:
        return out  # staff decisions do not rise with the skill fit: keep the weights, the guard will say
    wsum = sum(cur[n] for n in fit_names)
    for n in fit_names:
        out[n] = wsum * max(coef.get(n, 0.0), 0.0) / k
    cols = _matrix(algorithm, decisions)
    fit, _total = algorithm.combine(cols, len(decisions))
    mean_fit = float(np.mean(fit)) if len(fit) else 1.0
    k_log = k * max(mean_fit, 0.05)
    for f in feats:
        if f.name in unseen and f.kind != "fit":
            continue
        if f.kind == "alt":
            out[f.name] = coef.get(f.name, 0.0) / k
        elif f.kind in ("place", "context"):
            out[f.name] = coef.get(f.name, 0.0) / k_log
    if WORDING not in unseen:
        out[WORDING] = coef.get(WORDING, 0.0) / k
    return {
        **{f.name: _bounded(f.kind, out[f.name]) for f in feats},
        WORDING: _bounded(WORDING, out[WORDING]),
    }


def blend(a: Mapping[str, float], b: Mapping[str, float], t: float) -> dict[str, float]:
    """Returns the weights t of the way from a to b."""
    return {k: float((1 - t) * a[k] + t * b.get(k, a[k])) for k in a}


def _fit_and_step(
    algorithm: Algorithm, decisions: Sequence[Decision]
) -> tuple[dict[str, float], dict[str, float]] | None:
    """Returns (weights, coefficients): the fitted weights, taken only as far from the current ones as helps
    on the same decisions (a step in BLENDS, or none), or None when nothing can be fitted."""
    fitted = fit_weights(algorithm, decisions)
    if fitted is None:
        return None
    target, coef = fitted
    current = weights_of(algorithm)
    best, best_acc = current, evaluate(algorithm, decisions).accuracy
    for t in BLENDS:
        w = blend(current, target, t)
        acc = evaluate(with_weights(algorithm, w), decisions).accuracy
        if acc > best_acc + 1e-9:
            best, best_acc = w, acc
    return best, coef


def train(
    algorithm: Algorithm, decisions: Sequence[Decision], *, folds: int = 5, margin: float = MARGIN
) -> Comparison:
    """Fits weights to past decisions and judges them on decisions the fit did not see: the requests are cut
    into folds, weights fitted without a fold rank that fold, and the pooled held-out ordering is compared with
    the current weights' on the same decisions. `adopt` is true only when the fitted weights order the held-out
    decisions better by `margin`, and clearly (the per-request gains' 95 % lower bound above zero); the proposed
    weights are then the fit on every decision."""
    decisions = list(decisions)
    current = weights_of(algorithm)
    by_fold: list[list[Decision]] = [[] for _ in range(folds)]
    for d in decisions:
        by_fold[_bucket(d.request, folds)].append(d)
    accs_cur: list[float] = []
    accs_new: list[float] = []
    n_pairs = 0
    for k in range(folds):
        held = by_fold[k]
        rest = [d for j in range(folds) if j != k for d in by_fold[j]]
        cur, pairs = per_request(algorithm, held)
        if not cur:
            continue
        got = _fit_and_step(algorithm, rest)
        new = per_request(with_weights(algorithm, got[0]), held)[0] if got else cur
        accs_cur += cur
        accs_new += new
        n_pairs += pairs
    n_req = len(accs_cur)
    cur_ev = Evaluation(float(np.mean(accs_cur)) if n_req else 0.0, n_req, n_pairs)
    new_ev = Evaluation(float(np.mean(accs_new)) if n_req else 0.0, n_req, n_pairs)
    # The gain must be clear, not luck of which requests were decided: the per-request differences' one-sided
    # 95 % lower bound must be above zero, besides the mean gain reaching the margin.
    diff = np.asarray(accs_new) - np.asarray(accs_cur)
    lower = float(diff.mean() - 1.645 * diff.std(ddof=1) / math.sqrt(n_req)) if n_req > 1 else 0.0
    final = _fit_and_step(algorithm, decisions)
    train_pairs = len(pairs_of(_features(algorithm, decisions)[0], decisions))
    if final is None:
        return Comparison(
            current, current, cur_ev, new_ev, train_pairs, False, "too few decided pairs to learn from"
        )
    proposed, coef = final
    proposed = {k: round(v, 4) for k, v in proposed.items()}
    if n_req < MIN_HELDOUT_REQUESTS:
        note, adopt = f"too few requests with both outcomes ({n_req} < {MIN_HELDOUT_REQUESTS})", False
    elif proposed == {k: round(v, 4) for k, v in current.items()}:
        note, adopt = "the decisions do not move the weights: keep the current ones", False
    elif new_ev.accuracy >= cur_ev.accuracy + margin and lower > 0:
        note, adopt = "held-out decisions ordered better: adopt", True
    else:
        note, adopt = "no better than the current weights on held-out decisions: keep the current ones", False
    return Comparison(current, proposed, cur_ev, new_ev, train_pairs, adopt, note, coef)


def _bucket(request: str, n: int) -> int:
    h = hashlib.sha256(request.encode("utf-8", "replace")).digest()
    return int.from_bytes(h[:8], "big") % n
