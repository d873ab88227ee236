"""bench.lexical runs on a readable set and prints one line per lambda (the experiment the notes quote)."""

import re

from bench import lexical
from matching import DEFAULT_TAXONOMY_PATH


def test_lexical_prints_the_figures_of_each_lambda(capsys) -> None:  # type: ignore[no-untyped-def]
    lexical.run("fresh", [0.0, 0.2], DEFAULT_TAXONOMY_PATH, candidates_only=False)
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[2] for line in lines] == ["0.00", "0.20"]
    for line in lines:
        figures = [float(x) for x in re.findall(r"\d\.\d{3}", line.split("lambda")[1])]
        assert len(figures) == 4 and all(0.0 <= x <= 1.0 for x in figures)
        assert figures[3] == 0.0  # the hard rules hold: no violation in the top 5
