"""Fixtures for the matcher's unit tests: the project's taxonomy and areas, and small volunteer sets."""

from __future__ import annotations

import pytest

from matching import DEFAULT_AREAS_PATH, DEFAULT_TAXONOMY_PATH, Matcher, load_areas, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy():
    return load_taxonomy(DEFAULT_TAXONOMY_PATH)


@pytest.fixture(scope="session")
def areas():
    return load_areas(DEFAULT_AREAS_PATH)


@pytest.fixture
def matcher(areas, taxonomy):
    return Matcher(areas=areas, taxonomy=taxonomy)
