"""bench.unknown reads a set's tuning half with the taxonomy of before the set was read (from git) and prints the
matcher's and a char TF-IDF's nDCG@5 (the figures the notes quote as 'topics the dictionary had not been taught')."""

import re

from bench import unknown
from matching import DEFAULT_TAXONOMY_PATH


def test_it_reads_with_the_words_of_before_and_prints_both_figures(capsys) -> None:  # type: ignore[no-untyped-def]
    assert unknown.main(["real18"]) == 0
    first, mean = capsys.readouterr().out.strip().splitlines()
    assert first.startswith("real18") and "taxonomy of 6ab83d6" in first
    ours, theirs = (float(x) for x in re.findall(r"\d\.\d{3}", first.split("):")[1]))
    assert mean == f"mean of 1 real set: matcher {ours:.3f}  char TF-IDF {theirs:.3f}"
    # the words of before lack real18's topics, which today's taxonomy has: the same code reads it better today
    today, _ref, _n = unknown.run("real18", DEFAULT_TAXONOMY_PATH)
    assert 0.0 < ours < today <= 1.0


def test_real_and_synthetic_sets_are_averaged_apart(capsys) -> None:  # type: ignore[no-untyped-def]
    assert unknown.main(["real18", "real19", "fresh6"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-2].startswith("mean of 2 real sets: ") and lines[-1].startswith("mean of 1 fresh set: ")
    matcher = [float(re.findall(r"matcher (\d\.\d{3})", x)[0]) for x in lines]
    # the real mean is of real18 and real19 alone (each printed to 3 places), the synthetic one is fresh6's
    assert abs(matcher[3] - (matcher[0] + matcher[1]) / 2) <= 0.001
    assert matcher[4] == matcher[2]
