"""No input may raise: every public function of matching/ on arbitrary Unicode text (property-based).

People type anything into the public forms and staff import anything from spreadsheets: empty text, one
character, emoji only, NUL and control characters, combining marks with nothing to combine with, whitespace
only, very long text, and lone surrogates (valid as JSON escapes such as "\\ud800", so they reach us).
Example counts stay modest so the whole of tests/unit/matching runs in well under a minute.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from matching import (
    SLOTS,
    HelpRequest,
    Load,
    Matcher,
    Volunteer,
    asks,
    grams,
    index,
    normalize,
    offers,
    reasons,
    typos,
)
from matching.denials import offer_clauses
from matching.rank import main as rank_main
from matching.rank import result_to_json
from matching.records import request_from_record, volunteer_from_record

# The matcher's own words, so that arbitrary text also hits the taxonomy, traps and katakana boundaries.
WORDS = (
    "LINE", "ライン", "らいん", "スマホ", "アプリ", "ダンス", "写真", "撮影", "イベント", "の", "を", "は",
    "英語", "english", "lessons", "pc", "。", "、", "!", "ー", "-", "~", "ヴ", "ゔ", "\u3099", "\u0301",
    "が得意です", "の経験があります", "ません", "not ", "書道", "盆栽", "手話", "ｽﾏﾎ", "ＬＩＮＥ", " ", "\n",
    "かいらんばん", "すいはんき", "顔見ながら", "歩行助", "応急当", "zom", "いまだに", "見かける",
)  # fmt: skip
SPECIAL = (
    "", "a", "あ", "😀", "😀😀", "👨‍👩‍👧", "\x00", "\x00\x00", "e\u0301", "\u0301", "\u3099", "   ", "\t\n",
    "\u3000", "\ud800", "a\udfffb", "ー", "ゔ", "\ufeff", "\u200b",
)  # fmt: skip
ANY_CHAR = st.characters(exclude_categories=())  # every code point, surrogates included
TEXT = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(ANY_CHAR, max_size=40),
    st.lists(st.sampled_from(WORDS + SPECIAL), max_size=12).map("".join),
    st.builds(lambda s, n: s * n, st.text(ANY_CHAR, min_size=1, max_size=4), st.integers(500, 3000)),
)
SLOT_TEXT = st.one_of(st.sampled_from(SLOTS), TEXT)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
DELETIONS = typos.deletion_table(
    {"歩行ノ介助": "guide_help", "応急手当": "medical_nursing", "zoom": "video_call"}
)
LONG = "写真撮影😀\x00e\u0301 " * 2000


@FAST
@given(TEXT)
@example("")
@example(LONG)
def test_normalisation(t):
    n = normalize.normalize(t)
    folded, script = normalize.normalize_pair(t)
    for x in (n, folded, script, normalize.normalize_script(t)):
        assert not any("\ud800" <= c <= "\udfff" for c in x)  # nothing downstream can encode a lone surrogate
    normalize.stem_en(t)
    normalize.latin_words(n)
    for w, a, b in normalize.latin_word_spans(n):
        assert 0 <= a < b <= len(n) and isinstance(w, str)
    for ch in t[:50]:
        normalize.is_katakana(ch)


@FAST
@given(TEXT)
@example(LONG)
def test_taxonomy_lookup(taxonomy, t):
    for sid, _word, a, b in taxonomy.text_spans(t):
        assert sid in taxonomy.skills and 0 <= a <= b
    assert all(sid in taxonomy.skills for sid, _w in taxonomy.text_hits(t))
    assert all(sid in taxonomy.skills and 0 < s <= 1 for sid, _w, s in taxonomy.tag_hits(t))
    assert all(0 < h.strength <= 1 for h in taxonomy.concepts([t, t[:3]], t).values())
    taxonomy.taxonomy_concepts(t)
    taxonomy.display(t)
    offer_clauses(t)
    assert typos.one_missing(normalize.normalize(t), DELETIONS) in (None, *DELETIONS.values())
    assert all(0 < w <= 1 for _s, _w, w, _r in asks.text_concepts(t, taxonomy, t[:4]))


@FAST
@given(TEXT, TEXT)
def test_areas(areas, a, b):
    areas.canonical(a)
    assert areas.relation(a, b) in ("same", "neighbour", "far", "unknown")
    assert isinstance(areas.name(a), str)


@FAST
@given(TEXT, st.lists(SLOT_TEXT, max_size=4), st.lists(TEXT, max_size=3))
def test_reason_helpers(t, slots, langs):
    reasons.slot_ja(t)
    reasons.slots_ja(slots)
    reasons.days_ja(slots)
    reasons.lang_ja(t)
    reasons.availability_summary([frozenset(slots), frozenset()])
    index.slot_mask(slots)
    index.LangCodes().mask([*langs, t])


@FAST
@given(st.lists(TEXT, max_size=4))
@example([])
@example(["a"])
@example(["😀"])
@example(["", " ", "a"])
def test_text_matrices(texts):
    norm = [normalize.normalize(t) for t in texts]
    for X in (
        grams.char_gram_matrix(norm),
        grams.fallback_matrix(norm),
        grams.fallback_matrix_uncached(norm),
    ):
        assert X.shape == (len(texts), grams.FALLBACK_FEATURES)
    assert grams.text_matrix(norm, None).shape[0] == len(texts)
    assert np.isfinite(grams.fit_idf(norm)).all()
    for t in texts:
        offers.bio_offers_raw(t)
    for a, b in zip(texts, texts[1:], strict=False):  # the words a fallback card names: any text, either side
        pair = normalize.normalize_pair(b)
        words = grams.shared_phrases(normalize.normalize(a), *pair)
        assert len(words) <= 3 and all(w in pair[1] for w in words)


@FAST
@given(TEXT, st.lists(TEXT, max_size=3), TEXT, st.lists(SLOT_TEXT, max_size=3), st.lists(TEXT, max_size=2))
def test_records(t, tags, area, slots, langs):
    v = volunteer_from_record(
        {"external_id": t, "skills": tags, "bio": t, "area": area, "availability": slots, "languages": langs}
    )
    assert v.availability <= set(SLOTS) and v.languages
    r = request_from_record(
        {
            "id": t,
            "title": t,
            "description": t,
            "skills": tags,
            "area": area,
            "slots": slots,
            "languages": langs,
        }
    )
    assert r.slots <= set(SLOTS)


def _volunteer(i, tags, bio, area, slots, langs):
    return Volunteer(
        f"X{i}",
        skills=tuple(tags),
        bio=bio,
        area=area,
        availability=frozenset(slots),
        languages=frozenset(langs) | {"ja"},
        load=Load(recent_proposals=i % 3, ever_matched=bool(i % 2)),
    )


FIXED = [
    Volunteer("V1", skills=("LINE",), area="town_nakazato", availability=frozenset({"sat-am"})),
    Volunteer("V2", bio="盆栽の経験があります。", area="town_noshio"),
    Volunteer("V3", skills=("写真",), languages=frozenset({"ja", "en"})),
]
VOL = st.tuples(
    st.lists(TEXT, max_size=3),
    TEXT,
    st.one_of(st.none(), st.sampled_from(["town_nakazato", "town_noshio"]), TEXT),
    st.lists(SLOT_TEXT, max_size=3),
    st.lists(st.one_of(st.sampled_from(["ja", "en"]), TEXT), max_size=2),
)


def _request(title, desc, tags, area, slots, langs, remote):
    return HelpRequest(
        "R",
        title=title,
        description=desc,
        skills=tuple(tags),
        area=area,
        slots=frozenset(slots),
        languages=frozenset(langs),
        remote_ok=remote,
        excluded=frozenset({"V1", title}),
    )


def _check(res, m, req):
    assert res.request_id == req.id
    for c in res.candidates:
        v = m.get(c.volunteer_id)
        assert v is not None and v.active and c.volunteer_id not in req.excluded
        assert req.languages <= v.languages
        assert 0.0 <= c.score <= 1.0 and c.reasons
    assert res.candidates or res.explanation
    json.dumps(result_to_json(res), ensure_ascii=False)


@SLOW
@given(
    st.lists(VOL, max_size=4),
    st.tuples(TEXT, TEXT, st.lists(TEXT, max_size=2), st.one_of(st.none(), TEXT)),
    st.lists(SLOT_TEXT, max_size=2),
    st.lists(st.one_of(st.sampled_from(["ja", "en"]), TEXT), max_size=2),
    st.booleans(),
)
@example([([LONG], LONG, None, [], [])], (LONG, LONG, [LONG], None), [], [], False)
@example([(["😀"], "😀", None, [], [])], ("😀", "", [], None), [], [], False)
@example([([" "], " ", None, [], [])], ("a", "a", ["a"], None), [], [], False)
def test_matcher_index_rank(areas, taxonomy, vols, text, slots, langs, remote):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*FIXED, *(_volunteer(i, *v) for i, v in enumerate(vols))])
    req = _request(*text, slots, langs, remote)
    res = m.rank(req)
    _check(res, m, req)
    assert m.rank(req) == res  # deterministic
    for v in FIXED:
        m.affects(v, req)
    m.taxonomy_concepts(text[0])
    assert m.rank_many([req, req], top=3)[0] == m.rank(req, 3)


@SLOW
@given(st.lists(VOL, min_size=1, max_size=3), st.tuples(TEXT, TEXT, st.lists(TEXT, max_size=2), st.none()))
@example([([" "], " ", None, [], [])], ("LINE", "", [], None))
@example([(["a"], "😀", "\ud800", ["\x00"], ["\udfff"])], ("盆栽", "", [], None))
def test_matcher_upsert_remove(areas, taxonomy, vols, text):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(FIXED)
    req = _request(*text, [], [], False)
    for i, v in enumerate(vols):
        vol = _volunteer(i, *v)
        m.upsert(vol)
        m.affects(vol, req)
        _check(m.rank(req), m, req)
    m.remove("X0")
    m.remove(text[0])  # an id nobody has
    res = m.rank(req)
    _check(res, m, req)
    assert "X0" not in [c.volunteer_id for c in res.candidates]


@pytest.mark.parametrize("text", ["", "a", "😀", "\x00", "e\u0301", "   ", "\ud800", LONG])
def test_cli_round_trips_any_text(tmp_path, capsys, text):
    """The offline ranker writes valid UTF-8 JSON lines whatever the records hold (lone surrogates escaped)."""
    from matching import DEFAULT_AREAS_PATH

    vol = {"external_id": text or "V", "skills": [text, "LINE"], "bio": text, "area": text, "active": True}
    req = {"external_id": text or "R", "title": text + "LINE", "description": text, "skills": [text]}
    (tmp_path / "v.jsonl").write_text(json.dumps(vol) + "\n", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps(req) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["--volunteers", str(tmp_path / "v.jsonl"), "--requests", str(tmp_path / "r.jsonl")]
    assert rank_main([*args, "--areas", str(DEFAULT_AREAS_PATH), "-o", str(out)]) == 0
    line = json.loads(out.read_bytes().decode("utf-8"))
    assert line["request"] == (text or "R")
    assert [x["volunteer"] for x in line["ranking"]] == [text or "V"]


@FAST
@given(TEXT, TEXT, st.lists(SLOT_TEXT, max_size=4), st.lists(SLOT_TEXT, max_size=4))
@example(LONG, "", [], [])
def test_dictionary_variants_and_reasons(areas, taxonomy, t, area, slots, avail):
    """The dictionary layer, the title's topic words and narrower topics (literal.py) and the place/time reasons,
    whatever the text, area and slots hold."""
    from matching import literal, variants

    assert isinstance(variants.variant(t), str)
    assert all(isinstance(w, str) and len(w.strip()) >= 2 for w in variants.nouns(t))
    assert all(isinstance(s, str) and isinstance(a, bool) for run in variants.noun_runs(t) for s, a in run)
    assert isinstance(variants.says_when_or_how_many(t), bool)
    assert isinstance(variants.reading(t), str)
    assert all(len(f) >= 2 for _w, f in literal.title_literals(t, taxonomy))
    assert all(len(f) >= 2 for _w, f in literal.title_literals(t, taxonomy, lone_doings=True))
    assert isinstance(literal._tag_holds(normalize.normalize(t), t + "(" + t + ")"), bool)
    assert all(
        taxonomy.text_hits(w) for w, _f in literal.title_compounds(t, taxonomy)
    )  # each holds a concept
    v = Volunteer("V1", area=area, availability=frozenset(avail))
    for rel in ("same", "neighbour", "far", "unknown", "remote"):
        assert isinstance(reasons.area_reason(rel, areas, v), str)
    reasons.time_reason(HelpRequest("R1", slots=frozenset(slots)), v)


@SLOW
@given(st.lists(st.tuples(st.lists(TEXT, max_size=3), TEXT), min_size=1, max_size=3))
@example([([LONG], LONG)])
@example([(["\ud800"], "😀"), ([""], "")])
def test_profiles_any_text(tmp_path_factory, taxonomy, vols):
    """The analysis of volunteers' text and its store (digest, analyse, save, load, without) on any text."""
    from matching import profiles
    from matching.offers import volunteer_analysis, volunteer_profile

    people = [Volunteer(f"P{i}", skills=tuple(tags), bio=bio) for i, (tags, bio) in enumerate(vols)]
    for v in people:
        assert isinstance(profiles.text_digest(v), int)
        hits, resid = volunteer_analysis(v, taxonomy)
        assert all(h.skill_id in taxonomy.skills for h in hits.values()) and isinstance(resid, str)
        volunteer_profile(v, taxonomy)
    store = profiles.ProfileStore(profiles.analyser_key(taxonomy))
    a, read = store.analyse(people, taxonomy)
    assert len(a) == len(people) == read
    path = tmp_path_factory.mktemp("profiles") / "p.pkl"
    store.save(path)
    again = profiles.ProfileStore.load(path, taxonomy)
    b, read = again.analyse(people, taxonomy)
    assert read == 0 and b.words == a.words and (b.hit_skill == a.hit_skill).all()
    assert len(again.without({people[0].id})) == len(people) - 1


@SLOW
@given(st.lists(TEXT, min_size=1, max_size=3), TEXT)
@example(["\ud800", ""], "LINE")
@example([LONG], LONG)
@example(["の", "ー", " "], "の")
def test_staff_synonyms_any_text(areas, synonyms, t):
    """Staff add synonyms through the API (any text): the taxonomy still builds, reads text and ranks."""
    from matching import DEFAULT_TAXONOMY_PATH, load_taxonomy

    tax = load_taxonomy(DEFAULT_TAXONOMY_PATH, {"line_app": synonyms, "calligraphy": [t]})
    assert all(sid in tax.skills for sid, _w in tax.text_hits(t))
    assert all(sid in tax.skills for sid, _w, _s in tax.tag_hits(t))
    m = Matcher(areas=areas, taxonomy=tax)
    m.index([*FIXED, Volunteer("S1", skills=tuple(synonyms), bio=t)])
    req = _request(t, "".join(synonyms), synonyms[:1], None, [], [], False)
    _check(m.rank(req), m, req)
