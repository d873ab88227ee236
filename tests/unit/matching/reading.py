"""How the matcher's unit tests read a request or a volunteer: the concepts asked (and their weights), the main
ask, the concepts a text or a bio offers, and the order of a small volunteer set."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer


def profile(matcher: Matcher, **kw) -> dict[str, float]:
    """The concepts a request asks for, with their weights."""
    return {s: w for s, _x, w in matcher.profile(HelpRequest("R", **kw)).asked}


def asked(matcher: Matcher, **kw) -> set[str]:
    return {s for s, _x, _w in matcher.profile(HelpRequest("R", **kw)).asked}


def primary(matcher: Matcher, **kw) -> list[str]:
    """The request's main ask (the skill factor's concepts)."""
    return [s for s, _x, _w in matcher.profile(HelpRequest("R", **kw)).primary]


def sids(taxonomy, text: str) -> set[str]:
    """Every concept a text mentions (the dictionary's scan, no reading of roles)."""
    return {s for s, _w in taxonomy.text_hits(text)}


def offered(taxonomy, bio: str) -> set[str]:
    """The concepts a volunteer's bio offers (clauses denying a skill skipped)."""
    return set(taxonomy.concepts([], bio))


def ranked(matcher: Matcher, vols: list[Volunteer], **kw) -> list[str]:
    """The volunteers' ids in the order the matcher ranks them for one request."""
    matcher.index(vols)
    return [c.volunteer_id for c in matcher.rank(HelpRequest("R", **kw)).candidates]
