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


@pytest.fixture(autouse=True)
def _vector_layer_off(monkeypatch):
    """The matcher's tests and golden rankings are of the shipped default: the optional word-vector layer off,
    whatever the shell sets (test_vectors.py switches it on where it tests it)."""
    from matching import vectors

    monkeypatch.setenv("SKILLBANK_VECTORS", "off")
    vectors.reset()
    yield
    vectors.reset()
