"""Skillbank's matcher: pure ranking of volunteers for help requests, with per-factor scores and reasons."""

from __future__ import annotations

from importlib import import_module
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm import Algorithm, Feature
    from .areas import Areas, load_areas
    from .matcher import Matcher
    from .profiles import ProfileStore
    from .records import request_from_record, volunteer_from_record
    from .taxonomy import Taxonomy, load_taxonomy
    from .types import SLOTS, Candidate, HelpRequest, Load, RankResult, Volunteer

    ALGORITHM_NAME: str

# The single place that knows where the project's data files live: package resources (matching/data), so
# they travel with the wheel. The package is installed as regular files, so the resources are real paths.
_DATA = Path(str(files("matching") / "data"))
DEFAULT_TAXONOMY_PATH = _DATA / "skill-taxonomy.json"
DEFAULT_AREAS_PATH = _DATA / "areas-kiyose.json"

# Where each name lives, imported on first use: a process that only folds text (`matching.normalize`: the
# search keys of every write, the CLI's import) or reads the data paths does not load numpy, scipy and
# scikit-learn (two to four seconds of CPU at every start of a command).
_LAZY = {
    "Algorithm": "algorithm",
    "Feature": "algorithm",
    "Areas": "areas",
    "load_areas": "areas",
    "Matcher": "matcher",
    "ProfileStore": "profiles",
    "request_from_record": "records",
    "volunteer_from_record": "records",
    "Taxonomy": "taxonomy",
    "load_taxonomy": "taxonomy",
    "SLOTS": "types",
    "Candidate": "types",
    "HelpRequest": "types",
    "Load": "types",
    "RankResult": "types",
    "Volunteer": "types",
}


def __getattr__(name: str) -> Any:
    if name == "ALGORITHM_NAME":
        value: Any = import_module(".algorithm", __name__).DEFAULT.name
    elif name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "ALGORITHM_NAME",
    "DEFAULT_AREAS_PATH",
    "DEFAULT_TAXONOMY_PATH",
    "SLOTS",
    "Algorithm",
    "Areas",
    "Candidate",
    "Feature",
    "HelpRequest",
    "Load",
    "Matcher",
    "ProfileStore",
    "RankResult",
    "Taxonomy",
    "Volunteer",
    "load_areas",
    "load_taxonomy",
    "request_from_record",
    "volunteer_from_record",
]
