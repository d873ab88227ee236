"""Skillbank's matcher: pure ranking of volunteers for help requests, with per-factor scores and reasons."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .algorithm import DEFAULT, Algorithm, Feature
from .areas import Areas, load_areas
from .matcher import Matcher
from .profiles import ProfileStore
from .records import request_from_record, volunteer_from_record
from .taxonomy import Taxonomy, load_taxonomy
from .types import SLOTS, Candidate, HelpRequest, Load, RankResult, Volunteer

ALGORITHM_NAME: str = DEFAULT.name
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
