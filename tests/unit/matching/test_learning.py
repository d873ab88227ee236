"""Learning weights from staff decisions (matching/learning.py), on synthetic decisions whose staff rule is known.

Each synthetic request lists eight candidates with random factors; "staff" approve the ones their own utility
ranks highest. When staff weigh place much more than the shipped weights do, the learner must raise the area
exponent, order held-out decisions better and be adopted; when staff decide as the shipped weights already
rank, or at random, the guard must refuse a change. These are real checks: a learner that ignores the data, or
a guard that always says yes, fails them.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching.algorithm import DEFAULT
from matching.learning import (
    Decision,
    blend,
    evaluate,
    fit_weights,
    train,
    weights_of,
    with_weights,
)


def synthetic(
    n_requests: int, utility, *, seed: int = 7, per: int = 8, approve: int = 3, noise: float = 0.0
) -> list[Decision]:
    """Returns decisions on n requests: the `approve` candidates with the highest staff utility are approved."""
    rng = random.Random(seed)
    out: list[Decision] = []
    for r in range(n_requests):
        cands = []
        for _ in range(per):
            f = {
                "skill": rng.choice([1.0, 1.0, 0.85, 0.7, 0.5]),
                "coverage": rng.choice([1.0, 1.0, 0.5]),
                "area": rng.choice([1.0, 0.8, 0.6, 0.4]),
                "time": rng.choice([1.0, 1.0, 0.7]),
                "fairness": 1.0,
                "text": 0.0,
            }
            cands.append((utility(f) + rng.gauss(0, noise), f))
        cands.sort(key=lambda c: -c[0])
        for i, (_u, f) in enumerate(cands):
            out.append(Decision(f"R{r:04d}", f, i < approve))
    return out


def place_minded(f) -> float:
    """Staff who weigh the distance far more than the shipped weights (area cubed)."""
    return (0.6 * f["skill"] + 0.4 * f["coverage"]) * f["area"] ** 3 * f["time"]


def shipped(f) -> float:
    """Staff who decide exactly as the shipped weights rank."""
    cols = {k: np.asarray([v], dtype=np.float32) for k, v in f.items()}
    return float(DEFAULT.combine(cols, 1)[1][0])


def test_place_minded_staff_raise_the_area_weight_and_are_adopted():
    ds = synthetic(120, place_minded)
    cmp = train(DEFAULT, ds)
    assert cmp.adopt, cmp
    assert cmp.proposed["area"] > 1.5 > cmp.current["area"]
    assert cmp.proposed_heldout.accuracy > cmp.current_heldout.accuracy + 0.02
    assert cmp.current_heldout.requests >= 100  # every request held out once (cross-validation)
    # the adopted weights order fresh decisions from the same staff better too
    fresh = synthetic(60, place_minded, seed=99)
    new = with_weights(DEFAULT, cmp.proposed, "w1")
    assert new.name == "skill-v4.2+w1" or new.name == f"{DEFAULT.name}+w1"
    assert evaluate(new, fresh).accuracy > evaluate(DEFAULT, fresh).accuracy + 0.02


def test_staff_who_agree_with_the_shipped_weights_change_nothing():
    cmp = train(DEFAULT, synthetic(120, shipped))
    assert not cmp.adopt, cmp
    assert cmp.current_heldout.accuracy > 0.95


def test_random_decisions_are_refused_by_the_guard():
    rng = random.Random(3)
    ds = [Decision(d.request, d.factors, rng.random() < 0.4) for d in synthetic(120, shipped)]
    cmp = train(DEFAULT, ds)
    assert not cmp.adopt, cmp


def test_too_few_decisions_fit_nothing():
    ds = synthetic(2, place_minded, per=3, approve=1)
    assert fit_weights(DEFAULT, ds) is None
    cmp = train(DEFAULT, ds)
    assert not cmp.adopt and cmp.proposed == weights_of(DEFAULT)


def test_a_factor_that_never_differs_keeps_its_weight():
    # fairness and text are the same for every candidate (cards fold them): no evidence, weight unchanged
    fitted = fit_weights(DEFAULT, synthetic(80, place_minded))
    assert fitted is not None
    weights, _coef = fitted
    assert weights["fairness"] == pytest.approx(0.08) and weights["text"] == pytest.approx(0.8)
    assert weights["wording"] == pytest.approx(DEFAULT.wording)  # proposals before skill-v4.18 have no words


def test_staff_who_weigh_the_requests_words_more_raise_their_weight_and_are_adopted():
    """The request's words (stored as the factor `wording`) are learned like a fit factor: staff who add twice
    the shipped weight of them to the fit raise it, the guard adopts the set, and the algorithm it names ranks
    with the learned weight."""
    rng = random.Random(5)

    def word_minded(f) -> float:
        return (
            (0.6 * f["skill"] + 0.4 * f["coverage"] + 2 * DEFAULT.wording * f["wording"])
            * f["area"]
            * f["time"]
        )

    ds = []
    for r in range(150):
        cands = []
        for _ in range(8):
            f = {
                "skill": rng.choice([1.0, 1.0, 0.85, 0.7]),
                "coverage": rng.choice([1.0, 0.5]),
                "area": rng.choice([1.0, 0.8]),
                "time": 1.0,
                "fairness": 1.0,
                "text": 0.0,
                "wording": rng.choice([0.0, 0.05, 0.1, 0.2, 0.3]),
            }
            cands.append((word_minded(f), f))
        cands.sort(key=lambda c: -c[0])
        ds += [Decision(f"R{r:04d}", f, i < 3) for i, (_u, f) in enumerate(cands)]
    cmp = train(DEFAULT, ds)
    assert cmp.adopt, cmp
    assert cmp.proposed["wording"] > 1.3 * DEFAULT.wording, cmp.proposed
    assert with_weights(DEFAULT, cmp.proposed, "w2").wording == pytest.approx(cmp.proposed["wording"])


def test_folded_factors_are_neutral_and_weights_stay_in_bounds():
    ds = [Decision("R1", {"skill": 1.0}, True), Decision("R1", {"skill": 0.5}, False)]
    assert evaluate(DEFAULT, ds).accuracy == 1.0
    odd = with_weights(DEFAULT, {"text": 9.0, "area": -1.0, "skill": float("nan"), "nope": 1.0}, "w9")
    w = weights_of(odd)
    assert w["text"] == 1.0 and w["area"] == 0.25 and w["skill"] == 0.05 and "nope" not in w


FACTOR = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**400), 10**400),
    st.none(),
    st.text(max_size=3),
)
DECISION = st.builds(
    Decision,
    st.text(max_size=4),
    st.dictionaries(
        st.sampled_from(["skill", "coverage", "text", "area", "time", "fairness", "x", ""]), FACTOR
    ),
    st.booleans(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DECISION, max_size=40))
def test_no_decisions_make_training_raise(ds):
    fit_weights(DEFAULT, ds)
    cmp = train(DEFAULT, ds)
    assert 0.0 <= cmp.current_heldout.accuracy <= 1.0
    assert all(np.isfinite(v) for v in cmp.proposed.values())
    evaluate(DEFAULT, ds)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.text(max_size=10), st.floats(allow_nan=True, allow_infinity=True)),
    st.text(max_size=20),
    st.floats(allow_nan=True, allow_infinity=True),
)
def test_any_weights_make_a_valid_algorithm(weights, tag, t):
    algo = with_weights(DEFAULT, weights, tag)
    assert all(np.isfinite(f.weight) and f.weight >= 0 for f in algo.features)
    w = blend(weights_of(DEFAULT), weights_of(algo), t)
    evaluate(with_weights(DEFAULT, w), synthetic(3, shipped, per=3, approve=1))
