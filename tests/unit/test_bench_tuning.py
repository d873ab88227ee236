"""bench.tuning scores the readable requests only (whole dev, fresh and real2; the odd half of every halved set), dumps
them by request and lists what moved against an earlier dump: the way a ranking change is read before it is kept."""

import json
import re

from bench import tuning


def test_only_the_tuning_half_of_a_halved_set_is_scored(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    dump = tmp_path / "d.json"
    assert tuning.main(["--only", "real18", "fresh", "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    got = json.loads(dump.read_text(encoding="utf-8"))
    assert set(got) == {"real18", "fresh"}
    assert got["real18"] and all(
        int(re.sub(r"\D", "", rid)) % 2 == 1 for rid in got["real18"]
    )  # no sealed id
    assert len(got["fresh"]) == 16  # a whole set is whole
    assert all(0.0 <= v <= 1.0 for s in got.values() for v in s.values())
    mean = sum(got["real18"].values()) / len(got["real18"])
    assert f"real18     {len(got['real18'])}  nDCG@5 {mean:.4f}" in out


def test_a_diff_lists_each_request_that_moved(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    now = tmp_path / "now.json"
    tuning.main(["--only", "real18", "--dump", str(now)])
    old = json.loads(now.read_text(encoding="utf-8"))
    rid = sorted(old["real18"])[0]
    old["real18"][rid] = 0.0 if old["real18"][rid] > 0 else 1.0
    was = tmp_path / "was.json"
    was.write_text(json.dumps(old), encoding="utf-8")
    capsys.readouterr()
    tuning.main(["--only", "real18", "--diff", str(was)])
    lines = capsys.readouterr().out.splitlines()
    assert any(rid in line for line in lines)
    assert lines[-1] in ("1 up, 0 down", "0 up, 1 down")
