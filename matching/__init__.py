"""Skillbank's matcher: pure ranking of volunteers for help requests, with per-factor scores and reasons."""

from __future__ import annotations

from importlib import import_module
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .areas import Areas, load_areas
from .records import request_from_record, volunteer_from_record
from .taxonomy import Taxonomy, load_taxonomy
from .types import SLOTS, Candidate, HelpRequest, Load, RankResult, Volunteer

if TYPE_CHECKING:
    from .algorithm import Algorithm, Feature
    from .matcher import Matcher
    from .profiles import ProfileStore

    ALGORITHM_NAME: str

# The ranking machinery (numpy, scikit-learn, scipy: seconds of imports) loads on first use, not with the package:
# a web process that only normalises text or reads the data paths starts without it, and its matcher thread
# imports it in the background (issue 11: start → /health).
_LAZY = {
    "Algorithm": ".algorithm",
    "Feature": ".algorithm",
    "Matcher": ".matcher",
    "ProfileStore": ".profiles",
}


def __getattr__(name: str) -> Any:
    if name == "ALGORITHM_NAME":
        return import_module(".algorithm", __name__).DEFAULT.name
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The single place that knows where the project's data files live: package resources (matching/data), so
# they travel with the wheel. The package is installed as regular files, so the resources are real paths.
_DATA = Path(str(files("matching") / "data"))
DEFAULT_TAXONOMY_PATH = _DATA / "skill-taxonomy.json"
DEFAULT_AREAS_PATH = _DATA / "areas-kiyose.json"

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
