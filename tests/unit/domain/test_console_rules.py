"""Pure console rules: the undo offered after a pause or withdrawal, and the synonyms a search word stands for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from matching import load_taxonomy
from service.search import search_key, synonym_keys
from service.settings import DEFAULT_TAXONOMY_PATH
from service.volunteers.rules import UNDO_WINDOW, undo_offer

NOW = datetime(2026, 12, 3, 6, 0, tzinfo=UTC)


def _change(minutes_ago: float, status: str, previous: str | None) -> tuple[datetime, str, dict[str, str]]:
    detail = {"status": status} | ({"previous": previous} if previous else {})
    return NOW - timedelta(minutes=minutes_ago), "volunteer_status", detail


def test_undo_is_offered_for_a_recent_pause_or_withdrawal_only():
    offer = undo_offer([_change(5, "withdrawn", "active")], "withdrawn", NOW)
    assert (
        offer is not None and offer.to == "active" and offer.until == NOW - timedelta(minutes=5) + UNDO_WINDOW
    )
    assert undo_offer([_change(31, "withdrawn", "active")], "withdrawn", NOW) is None  # too late
    assert undo_offer([_change(5, "active", "paused")], "active", NOW) is None  # a resume needs no undo
    assert undo_offer([_change(5, "paused", "active")], "active", NOW) is None  # no longer in force
    assert (
        undo_offer([_change(5, "paused", None)], "paused", NOW) is None
    )  # recorded before `previous` existed
    # only the latest status change counts; other audit rows (views of the contact) are skipped
    events = [(NOW, "view_contact", {}), _change(2, "paused", "active"), _change(3, "withdrawn", "active")]
    assert undo_offer(events, "paused", NOW).to == "active"  # type: ignore[union-attr]
    naive = [
        (
            NOW.replace(tzinfo=None) - timedelta(minutes=1),
            "volunteer_status",
            {"status": "paused", "previous": "active"},
        )
    ]
    assert undo_offer(naive, "paused", NOW) is not None  # stored times are naive UTC on SQLite


def test_a_search_word_stands_for_its_concepts_spellings():
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY_PATH)
    keys = synonym_keys(taxonomy, "しょどう")
    assert keys[0] == search_key("しょどう") and search_key("書道") in keys and search_key("習字") in keys
    assert synonym_keys(taxonomy, "やまだ") == [search_key("やまだ")]  # a name is only itself
    assert synonym_keys(taxonomy, "  ") == []
    # a word staff added to a skill (POST /api/taxonomy/synonyms) finds that skill's spellings too
    extra = {"calligraphy": ["ふでもじきょうしつ"]}
    assert search_key("書道") in synonym_keys(taxonomy, "フデモジキョウシツ", extra)
    assert search_key("ふでもじきょうしつ") in synonym_keys(taxonomy, "しょどう", extra)
