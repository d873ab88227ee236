"""Offline ranking: interchange JSONL in, one JSON line per request out.

usage: python -m matching.rank --volunteers V.jsonl --requests R.jsonl --areas A.json [--taxonomy T.json] [--top 10]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy
from .records import request_from_record, volunteer_from_record
from .types import RankResult


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yields the records of a JSON Lines file, skipping blank lines."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def result_to_json(res: RankResult) -> dict[str, Any]:
    """Returns the interchange ranking line for one result."""
    return {
        "request": res.request_id,
        "algorithm": res.algorithm,
        "ranking": [
            {"volunteer": c.volunteer_id, "score": c.score, "factors": c.factors, "reasons": list(c.reasons)}
            for c in res.candidates
        ],
        "explanation": list(res.explanation),
    }


def json_line(obj: object) -> str:
    """Returns one JSON line, readable UTF-8; with \\u escapes instead when the data holds a lone surrogate
    (JSON input may: "\\ud800"), which UTF-8 cannot encode."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj)
    return line + "\n"


def main(argv: list[str] | None = None) -> int:
    """Ranks every request of a file against the volunteers of another; prints JSON lines."""
    p = argparse.ArgumentParser(prog="matching.rank", description=__doc__.splitlines()[0])
    p.add_argument("--volunteers", required=True)
    p.add_argument("--requests", required=True)
    p.add_argument("--areas", default=str(DEFAULT_AREAS_PATH))
    p.add_argument("--taxonomy", default=str(DEFAULT_TAXONOMY_PATH))
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--output", "-o", help="write to this file instead of stdout")
    a = p.parse_args(argv)
    m = Matcher(areas=load_areas(a.areas), taxonomy=load_taxonomy(a.taxonomy))
    m.index(volunteer_from_record(r) for r in read_jsonl(a.volunteers))
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for rec in read_jsonl(a.requests):
            res = m.rank(request_from_record(rec), a.top)
            out.write(json_line(result_to_json(res)))
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
