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


OBJECT_LINES = [
    '{"external_id": "A1", "display_name": "ボランティア", "skills": ["書道", "スマホ"]}',
    "{}",
    '{"a": 1, "a": 2}',
    '{"nested": {"x": [1, {"y": null}]}, "t": true, "f": false, "s": "}\\n{"}',
    '{"a": -0.0, "b": 12345678901234567890, "c": "\\u0000\\t\u2028"}',
]


@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("end", ["", "\n"])
def test_a_file_of_objects_is_read_in_one_call_as_line_by_line(tmp_path: Path, bom: str, end: str) -> None:
    from service import cli_data

    path = tmp_path / "objects.jsonl"
    path.write_text(bom + "\n".join(OBJECT_LINES) + end, encoding="utf-8")
    assert cli_data._read_objects(path.read_bytes()) is not None
    got = read_jsonl(path)
    assert got == [(n, json.loads(line), None) for n, line in enumerate(OBJECT_LINES, start=1)]


@pytest.mark.parametrize(
    "body",
    [
        '{"a": 1}\n\n{"b": 2}\n',  # a blank line
        '{"a": 1}\n{"b": 2}\n\n',  # a blank last line
        '{"a": 1}\r\n{"b": 2}\r\n',  # CRLF
        '{"a": 1} {"b": 2}\n{"c": 3}',  # two objects on a line
        '{"a":\n1}\n{"b": 2}',  # one object over two lines
        '{"a": {"b": 1}\n{"c": 2}}',  # "}\n{" inside an object: not JSON
        '{"a": NaN}\n{"b": 2}',  # msgspec refuses it, json.loads reads it
        '{"a": "\\ud800"}\n{"b": 2}',  # a lone surrogate: the same
        '{"a": 1}\n[1]',  # a line that is no object
        ' {"a": 1}\n{"b": 2}',  # blanks around a line
        "",
    ],
)
def test_any_other_file_is_read_line_by_line(tmp_path: Path, body: str) -> None:
    from service import cli_data

    path = tmp_path / "other.jsonl"
    path.write_text(body, encoding="utf-8", newline="")
    assert cli_data._read_objects(path.read_bytes()) is None
    assert json.dumps(read_jsonl(path)) == json.dumps(_line_by_line(body))  # NaN is not equal to itself


def _line_by_line(body: str) -> list[tuple[int, object, object]]:
    """read_jsonl's line-by-line reading (the one-call reading turned off)."""
    from service import cli_data

    text = body.replace("\r\n", "\n").replace("\r", "\n")
    out: list[tuple[int, object, object]] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if line[:1] == "{" and line[-1:] == "}":
            try:
                out.append((n, cli_data._DECODE(line), None))
                continue
            except cli_data._REFUSED:
                pass
        if line.strip():
            out.append(cli_data._read_line(n, line))
    return out


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize(
    "bad", [b"\xff", b"\x80", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe3\x81", b"\x82\xa0"]
)
def test_a_file_of_object_lines_not_in_utf8_is_refused_at_its_byte(tmp_path, bom, bad):
    """A file of one object a line is read by msgspec without decoding it first (msgspec decodes each string with
    CPython's UTF-8 decoder): bytes that are not UTF-8 inside a string, or in a key, are refused as before,
    naming the first bad byte of the file."""
    from service.cli import CommandError

    good = '{"external_id": "A1", "display_name": "山田"}\n'.encode()
    for body in (
        b'{"external_id": "A2", "display_name": "' + bad + b'"}\n',
        b'{"k' + bad + b'": 1}\n',
    ):
        path = tmp_path / "v.jsonl"
        path.write_bytes(bom + good + body + good)
        try:
            (bom + good + body + good).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            at = exc.start + len(bom)
        with pytest.raises(CommandError) as refused:
            read_jsonl(path)
        assert refused.value.en == f"{path} is not UTF-8 (byte {at}): save it as UTF-8."
    path.write_bytes(bom + good + good)
    assert [rec for _, rec, _ in read_jsonl(path)] == [json.loads(good)] * 2
