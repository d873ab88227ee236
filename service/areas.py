"""Reads the areas file once per path; the set of valid area ids and their Japanese names."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def area_names(path: Path) -> dict[str, str]:
    """Returns {area id: Japanese name} for the towns and school districts in the areas file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = {a["id"]: a.get("name_ja", a["id"]) for a in data.get("areas", [])}
    names.update({d["id"]: d.get("name_ja", d["id"]) for d in data.get("school_districts", [])})
    return names
