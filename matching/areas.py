"""Areas and their neighbours, read from a city's areas file (data, not code)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

SAME, NEIGHBOUR, FAR, UNKNOWN, REMOTE = "same", "neighbour", "far", "unknown", "remote"


@dataclass(frozen=True)
class Areas:
    """Area ids, Japanese names and a symmetric neighbour relation."""

    names: dict[str, str]
    neighbours: dict[str, frozenset[str]]
    parent: dict[str, str]  # sub-area (丁目 / school district alias) -> area id

    def canonical(self, area: str | None) -> str | None:
        """Returns the area id an id or name refers to, or None when unknown."""
        if not area:
            return None
        if area in self.names:
            return area
        return self.parent.get(area)

    def relation(self, a: str | None, b: str | None) -> str:
        """Returns same / neighbour / far / unknown for two areas."""
        a, b = self.canonical(a), self.canonical(b)
        if a is None or b is None:
            return UNKNOWN
        if a == b:
            return SAME
        if b in self.neighbours.get(a, ()):
            return NEIGHBOUR
        return FAR

    def name(self, area: str | None) -> str:
        """Returns the Japanese name of an area (or the id when it has none)."""
        a = self.canonical(area)
        return self.names.get(a, area or "") if a else (area or "")


def load_areas(path: str | Path) -> Areas:
    """Returns the areas of a city file; neighbours are made symmetric (a border has two sides)."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    nb: dict[str, set[str]] = {}
    parent: dict[str, str] = {}
    for a in raw.get("areas", []):
        names[a["id"]] = a.get("name_ja", a["id"])
        nb.setdefault(a["id"], set()).update(a.get("neighbours", []))
        parent[a.get("name_ja", a["id"])] = a["id"]
        for c in a.get("chome", []):
            parent[c] = a["id"]
    for a, ns in list(nb.items()):
        for n in ns:
            if n in names:
                nb.setdefault(n, set()).add(a)
    return Areas(names=names, neighbours={k: frozenset(v) for k, v in nb.items()}, parent=parent)
