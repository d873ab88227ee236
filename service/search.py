"""Kana-insensitive search keys stored on volunteer and help_request rows, so the console searches in SQL.

A row's keys are its searchable text folded by ``search_key`` (NFKC, case, hiragana → katakana, no spaces);
a query matches when its own key is a substring of the row's key. Two keys per row, as the console searches:

- ``search_key`` (the words box): a volunteer's name, kana reading, bio and skills; a request's requester name,
  title, description and skills;
- ``skill_key`` (the skill box): a volunteer's skills and bio; a request's title, description and skills.

The keys are recomputed on every ORM insert and update of those rows (the mapper events below), so every
writer keeps them: the use-cases, the roster import's reading (``name_kana``), the CLI import, and a fix typed
into a Python shell. Only a Core ``UPDATE`` of the searched columns would bypass them; none exists. Migration
0007 added the columns and filled them for the rows already stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import event

from matching.normalize import normalize, normalize_unspaced
from schemas.models import HelpRequest, Volunteer


def search_key(text: str) -> str:
    """Returns text folded for search: NFKC, case, hiragana → katakana, no spaces (kana-insensitive)."""
    return normalize(text).replace(" ", "")


# A word naming a concept with more spellings than this is searched by its own key and the first ones only.
MAX_SYNONYM_KEYS = 40


def synonym_keys(taxonomy: Any, word: str, extra: Mapping[str, Iterable[str]] | None = None) -> list[str]:
    """Returns the folded keys a search word stands for: its own, then every spelling of the taxonomy concepts it
    names exactly (しょどう → 書道, 習字, 毛筆 …), staff-added synonyms (`extra`, {skill_id: words}) included."""
    own = search_key(word)
    if not own:
        return []
    from matching.taxonomy import TAG_EXACT

    keys = [own]
    named = [sid for sid, _w, strength in taxonomy.tag_hits(word) if strength >= TAG_EXACT]
    named += [sid for sid, words in (extra or {}).items() if any(search_key(w) == own for w in words)]
    for sid in dict.fromkeys(named):
        if sid not in taxonomy.skills:
            continue
        skill = taxonomy.skills[sid]
        # staff's own words first: the cap must never cut what a coordinator added by hand
        for spelling in (skill.label_ja, *(extra or {}).get(sid, ()), *skill.synonyms):
            key = search_key(spelling)
            if len(key) > 1 and key not in keys:
                keys.append(key)
    return keys[:MAX_SYNONYM_KEYS]


def joined_key(parts: Iterable[str]) -> str:
    """Returns search_key(" ".join(parts)), folding each part alone (a part seen before comes from a cache).

    The same string: NFKC, case folding and the kana and ヴ maps act within a part (a space is a starter that
    composes with nothing and blocks reordering, and no ヴ-pair or dash pattern contains one), a dash after a
    space is never a hyphen, and every space is dropped at the end. tests/unit/test_search_keys.py checks it on
    generated text. Skills and bio sentences repeat across a roster, so an import folds each once, and a
    volunteer's bio and skills are folded once for both keys.
    """
    return "".join(map(_part_key, parts))


@lru_cache(maxsize=8192)
def _part_key(text: str) -> str:
    # normalize's own cache is the matcher's (requests, tags): an import's names and bios are not put in it
    return normalize.__wrapped__(text).replace(" ", "")


def fold_many(texts: list[str]) -> list[str]:
    """Returns [search_key(t) for t in texts], folding them as ONE text joined by NUL (the regular expressions and
    NFKC run once over it in C instead of a dozen calls per text; NFKC only on the texts not already in NFKC).

    The same keys: NUL is a starter that composes with nothing, is no space, dash, letter or digit, so every step
    of the fold stops at it as at the end of a text; a text that contains NUL itself is folded alone.
    tests/unit/test_search_keys.py checks it on generated text.
    """
    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [_part_key(t) for t in texts]
    return normalize_unspaced(joined, "\x00").split("\x00")


def volunteer_keys_many(rows: list[tuple[str, str | None, str, list[str]]]) -> list[tuple[str, str]]:
    """Returns volunteer_keys(*row) for each (display_name, name_kana, bio, skills) (volunteer_key_columns)."""
    if not rows:
        return []
    names, kanas, bios, skills = map(list, zip(*rows, strict=True))
    return list(zip(*volunteer_key_columns(names, kanas, bios, skills), strict=True))


def volunteer_key_columns(
    names: list[str], kanas: list[str | None], bios: list[str], skills: list[list[str]]
) -> tuple[list[str], list[str]]:
    """Returns the (search_key, skill_key) columns of volunteers given column by column: volunteer_keys of each
    row, each column folded in one pass (fold_many) and each distinct text once (a roster repeats its bios and
    its sets of skills). A row's skills are folded as one text, " ".join(skills): its key is the parts' keys
    joined (joined_key)."""
    name_keys = _fold_distinct(names)
    kana_keys = _fold_distinct(["" if k is None else k for k in kanas])
    bio_keys = _fold_distinct(bios)
    skill_keys = _fold_distinct(list(map(" ".join, skills)))
    return (
        list(map("".join, zip(name_keys, kana_keys, bio_keys, skill_keys, strict=True))),
        list(map(str.__add__, skill_keys, bio_keys)),
    )


def _fold_distinct(texts: list[str]) -> list[str]:
    """fold_many(texts), folding each distinct text once."""
    distinct = dict.fromkeys(texts)
    if len(distinct) == len(texts):
        return fold_many(texts)
    keys = dict(zip(distinct, fold_many(list(distinct)), strict=True))
    return list(map(keys.__getitem__, texts))


def volunteer_keys(display_name: str, name_kana: str | None, bio: str, skills: list[str]) -> tuple[str, str]:
    """Returns a volunteer's (search_key, skill_key)."""
    bio_key, skill_keys = _part_key(bio), "".join(map(_part_key, skills))
    return (
        _part_key(display_name) + _part_key(name_kana or "") + bio_key + skill_keys,
        skill_keys + bio_key,
    )


def request_keys(requester_name: str, title: str, description: str, skills: list[str]) -> tuple[str, str]:
    """Returns a help request's (search_key, skill_key)."""
    return (
        search_key(" ".join([requester_name, title, description, *skills])),
        search_key(" ".join([title, description, *skills])),
    )


def refresh_keys(row: Volunteer | HelpRequest) -> None:
    """Sets the row's search_key and skill_key from its current text."""
    if isinstance(row, Volunteer):
        row.search_key, row.skill_key = volunteer_keys(
            row.display_name, row.name_kana, row.bio or "", list(row.skills or [])
        )
    else:
        row.search_key, row.skill_key = request_keys(
            row.requester_name, row.title or "", row.description, list(row.skills or [])
        )


@event.listens_for(Volunteer, "before_insert")
@event.listens_for(Volunteer, "before_update")
@event.listens_for(HelpRequest, "before_insert")
@event.listens_for(HelpRequest, "before_update")
def _keep_keys(_mapper: Any, _connection: Any, row: Volunteer | HelpRequest) -> None:
    refresh_keys(row)
