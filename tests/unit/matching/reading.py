"""How the matcher's unit tests read a request or a volunteer: the concepts asked (and their weights), the main
ask, the concepts a text or a bio offers, the order of a small volunteer set and who leads it."""

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


def weights(taxonomy, text: str) -> dict[str, float]:
    """The weight of each concept a text asks for, as the request's reading of roles and qualifiers gives it."""
    from matching.asks import text_concepts  # noqa: PLC0415

    return {sid: w for sid, _word, w, _role in text_concepts(text, taxonomy)}


def offered(taxonomy, bio: str) -> set[str]:
    """The concepts a volunteer's bio offers (clauses denying a skill skipped)."""
    return set(taxonomy.concepts([], bio))


def ranked(matcher: Matcher, vols: list[Volunteer], **kw) -> list[str]:
    """The volunteers' ids in the order the matcher ranks them for one request."""
    matcher.index(vols)
    return [c.volunteer_id for c in matcher.rank(HelpRequest("R", **kw)).candidates]


def assert_leads(  # type: ignore[no-untyped-def]
    areas,
    taxonomy,
    vols: list[Volunteer],
    title: str,
    description: str,
    want: str,
    languages: frozenset[str] = frozenset(),
) -> None:
    """Asserts that `want` comes first among `vols` for a request, with the list in the message."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    got = m.rank(HelpRequest("R", title=title, description=description, languages=languages)).candidates
    assert got and got[0].volunteer_id == want, [(c.volunteer_id, c.score) for c in got]
