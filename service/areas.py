"""Reads the areas file once per path; the set of valid area ids and their Japanese names."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from service.errors import InputError


@lru_cache(maxsize=8)
def area_names(path: Path) -> dict[str, str]:
    """Returns {area id: Japanese name} for the towns and school districts in the areas file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = {a["id"]: a.get("name_ja", a["id"]) for a in data.get("areas", [])}
    names.update({d["id"]: d.get("name_ja", d["id"]) for d in data.get("school_districts", [])})
    return names


@lru_cache(maxsize=8)
def area_names_in(path: Path, lang: str) -> dict[str, str]:
    """Returns {area id: name} in lang: the areas file's name_en for English (else the Japanese name)."""
    if lang != "en":
        return area_names(path)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    names = dict(area_names(path))
    for a in [*data.get("areas", []), *data.get("school_districts", [])]:
        if a.get("name_en"):
            names[a["id"]] = a["name_en"]
    return names


def check_area(area: str | None, areas_path: Path) -> None:
    if area is not None and area not in area_names(areas_path):
        raise InputError(
            f"地域コード「{area}」は登録されていません。",
            f"Unknown area code {area!r}; use an id from the areas file.",
            field="area",
        )
