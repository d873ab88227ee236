"""`skillbank import` reads each line as json.loads reads it (the reader calls json's C scanner straight)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli_data import read_jsonl

LINES = [
    '{"external_id": "A1", "display_name": "ボランティア", "skills": ["書道", "スマホ"]}',
    "{}",
    ' {"a": 1}',  # blanks around: json.loads skips them
    '{"a": 1}\t',
    '{"a": 1}}',  # extra data
    '{"a": 1}, {"b": 2}',  # two records on one line
    '{"a": }',
    '{"a": NaN, "b": Infinity}',
    '{"a": 1e999, "b": -0.0, "c": 12345678901234567890}',
    '{"a": 1, "a": 2}',  # a repeated key: the last one
    '{"a": "\\ud800", "b": "\\u0000", "c": "tab\\there"}',
    '{"a": "unterminated}',
    '{"nested": {"x": [1, {"y": null}]}, "t": true, "f": false}',
    "{not json}",
    "{",
    "}",
    '["a list"]',
    '"a string"',
    "42",
    "null",
    "",
    "   ",
]


def _as_json_loads_reads(lines: list[str]) -> list[tuple[int, object, object]]:
    """The reader as it was: json.loads per non-blank line, its error's column and message, a non-object refused."""
    out: list[tuple[int, object, object]] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((n, None, (exc.colno, exc.msg)))
            continue
        out.append((n, rec, None) if isinstance(rec, dict) else (n, None, "not a record"))
    return out


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_each_line_is_read_as_json_loads_reads_it(tmp_path: Path, bom: str) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(bom + "\n".join(LINES) + "\n", encoding="utf-8")
    got = [(n, rec, None if problem is None else problem[1]) for n, rec, problem in read_jsonl(path)]
    want = _as_json_loads_reads(LINES)
    assert [n for n, _, _ in got] == [n for n, _, _ in want]
    for (n, rec, problem), (_, want_rec, want_problem) in zip(got, want, strict=True):
        # NaN is not equal to itself: compare the JSON text of what was read
        assert json.dumps(rec) == json.dumps(want_rec), n
        if want_problem is None:
            assert problem is None, n
        elif want_problem == "not a record":
            assert problem == "not a record ({…})", n
        else:
            colno, msg = want_problem  # type: ignore[misc]
            assert problem == f"not JSON (column {colno}: {msg})", n
    assert sum(problem is None for _, _, problem in got) == 9  # the test is not vacuous: records were read


def test_a_line_ends_only_at_a_newline_not_at_unicode_separators(tmp_path: Path) -> None:
    """json.dumps(ensure_ascii=False) leaves U+2028, U+2029 and U+0085 unescaped inside a string: such a record
    stays one record (str.splitlines cut it in two and refused both halves); CRLF files read as before, with the
    same line numbers."""
    bios = ["前\u2028後", "前\u2029後", "前\x85後"]
    records = [{"external_id": f"U{i}", "bio": bio} for i, bio in enumerate(bios)]
    path = tmp_path / "separators.jsonl"
    path.write_text(
        "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n", encoding="utf-8"
    )
    got = list(read_jsonl(path))
    assert [(n, rec) for n, rec, _ in got] == [(i + 1, r) for i, r in enumerate(records)]
    assert all(problem is None for _, _, problem in got)
