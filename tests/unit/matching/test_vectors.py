"""The optional word-vector layer (matching/vectors.py): off by default, and when on, words the taxonomy does not
know link to their nearest concept only when close and unambiguous, always below a real dictionary hit.

The layer reads GiNZA's table files; these tests write a tiny table of the same format (numpy `vectors`, msgpack
`key2row` of spaCy string hashes, own rows first) so they run without the 59 MB model. One test reads the real
model when `ja_ginza` is installed.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from matching import DEFAULT_TAXONOMY_PATH, Matcher, Volunteer, load_taxonomy, vectors
from matching.algorithm import DEFAULT
from matching.offers import volunteer_analysis
from matching.variants import available as dictionary_available

from .test_no_raise import TEXT

pytestmark = pytest.mark.skipif(not dictionary_available(), reason="SudachiDict not installed")

DIM = 8


def _unit(*pairs: tuple[int, float]) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    for i, x in pairs:
        v[i] = x
    return v / np.linalg.norm(v)


# word → vector; the taxonomy's words 雑草 (weeding), 料理 (cooking), 囲碁 (igo), 将棋 (shogi), and three it
# does not know: 野草 near 雑草, 炊飯 near 料理, 盤上 halfway between 囲碁 and 将棋 (no margin: never linked).
TABLE = {
    "雑草": _unit((0, 1)),
    "料理": _unit((1, 1)),
    "囲碁": _unit((2, 1)),
    "将棋": _unit((3, 1)),
    "野草": _unit((0, 1), (5, 0.3)),
    "盤上": _unit((2, 1), (3, 1)),
    "炊飯": _unit((1, 1), (6, 0.5)),
}
PRUNED = {"雑木": "雑草"}  # a rare word spaCy's pruning mapped onto a kept word's row


def _msgpack_uint(x: int) -> bytes:
    return bytes([x]) if x < 0x80 else b"\xcf" + struct.pack(">Q", x)


def write_model(root) -> None:
    vocab = root / "vocab"
    vocab.mkdir(parents=True)
    words = list(TABLE)
    with open(vocab / "vectors", "wb") as fh:
        np.save(fh, np.stack([TABLE[w] for w in words]))
    entries = [(vectors.murmur64a(w.encode()), i) for i, w in enumerate(words)]
    entries += [(vectors.murmur64a(p.encode()), words.index(k)) for p, k in PRUNED.items()]
    body = b"".join(_msgpack_uint(k) + _msgpack_uint(r) for k, r in entries)
    (vocab / "key2row").write_bytes(b"\xdf" + struct.pack(">I", len(entries)) + body)


@pytest.fixture
def vec_on(tmp_path, monkeypatch):
    write_model(tmp_path)
    monkeypatch.setenv("SKILLBANK_VECTORS", "on")
    monkeypatch.setenv("SKILLBANK_VECTORS_PATH", str(tmp_path))
    vectors.reset()
    yield load_taxonomy(DEFAULT_TAXONOMY_PATH)  # a fresh taxonomy: term vectors are kept on it
    monkeypatch.undo()
    vectors.reset()


def test_hash_is_spacys():
    assert vectors.murmur64a(b"apple") == 8566208034543834098  # spaCy's vocab.strings["apple"]


def test_off_by_default(monkeypatch, tmp_path, areas):
    write_model(tmp_path)
    monkeypatch.delenv("SKILLBANK_VECTORS", raising=False)
    monkeypatch.setenv("SKILLBANK_VECTORS_PATH", str(tmp_path))
    vectors.reset()
    try:
        tax = load_taxonomy(DEFAULT_TAXONOMY_PATH)
        assert not vectors.available() and vectors.links("野草の手入れ", tax) == []
        m = Matcher(areas=areas, taxonomy=tax)
        m.index([Volunteer("A", skills=("野草",))])
        assert "野草" not in [
            h.word for h in volunteer_analysis(Volunteer("A", skills=("野草",)), tax)[0].values()
        ]
        assert m.rank(HelpRequestFor("雑草を抜いてほしい")).algorithm == DEFAULT.name
    finally:
        vectors.reset()


def HelpRequestFor(title: str):  # noqa: N802 - reads like the constructor
    from matching import HelpRequest

    return HelpRequest("R1", title=title)


def test_links_near_and_unambiguous_only(vec_on):
    tax = vec_on
    assert vectors.available()
    [(sid, word, cos)] = vectors.links("野草の手入れができます", tax)
    assert (sid, word) == ("weeding_garden", "野草") and cos > 0.9
    assert vectors.links("盤上の遊び", tax) == []  # 囲碁 and 将棋 equally near: no margin, no link
    assert vectors.links("雑草", tax) == []  # a taxonomy word is the dictionary's, never a vector link
    assert vectors.links("", tax) == [] and vectors.links("abc", tax) == []


def test_pruned_rows_do_not_stand_for_a_term(vec_on):
    assert vectors.word_vector("雑木") is not None  # a pruned word reads its nearest kept row …
    assert vectors.word_vector("雑木", own=True) is None  # … but a taxonomy term never takes another's row


def test_matcher_links_below_a_dictionary_hit(vec_on, areas):
    m = Matcher(areas=areas, taxonomy=vec_on)
    m.index(
        [
            Volunteer("LINKED", skills=("野草",)),  # weeding only through the vector link
            Volunteer("WORD", skills=("草むしり",)),  # weeding through the taxonomy
            Volunteer("COOK", skills=("料理",)),
        ]
    )
    res = m.rank(HelpRequestFor("雑草を抜いてほしい"))
    assert [c.volunteer_id for c in res.candidates] == ["WORD", "LINKED"]
    assert res.candidates[0].score > res.candidates[1].score
    assert res.algorithm == f"{DEFAULT.name}+vec"
    # A request the dictionary cannot read at all: its unknown word is read through the vectors.
    res = m.rank(HelpRequestFor("炊飯をお願いしたい"))
    assert [c.volunteer_id for c in res.candidates][:1] == ["COOK"]
    assert any("炊飯" in r for r in res.candidates[0].reasons)


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(TEXT)
def test_no_text_raises(vec_on, t):
    for sid, word, cos in vectors.links(t, vec_on):
        assert sid in vec_on.skills and isinstance(word, str) and -1.0 <= cos <= 1.0001
    hits, _resid = volunteer_analysis(Volunteer("V", skills=(t,), bio=t), vec_on)
    assert all(h.skill_id in vec_on.skills for h in hits.values())


@pytest.mark.skipif(vectors._model_dir() is None, reason="ja-ginza not installed (the optional vector model)")
def test_real_model(monkeypatch):
    monkeypatch.setenv("SKILLBANK_VECTORS", "on")
    monkeypatch.delenv("SKILLBANK_VECTORS_PATH", raising=False)
    vectors.reset()
    try:
        tax = load_taxonomy(DEFAULT_TAXONOMY_PATH)
        assert [s for s, _w, _c in vectors.links("手編みのマフラーを贈りたい", tax)] == ["knitting"]
        assert vectors.links("盤上", tax) == []
    finally:
        monkeypatch.undo()
        vectors.reset()


def test_stored_analyses_follow_the_layer(vec_on, monkeypatch):
    """An analysis stored with the layer on is not reused with it off (and the other way round); with it off the
    key is the one the matcher had before the layer existed."""
    from matching.profiles import analyser_key

    on = analyser_key(vec_on)
    monkeypatch.setenv("SKILLBANK_VECTORS", "off")
    vectors.reset()
    assert analyser_key(load_taxonomy(DEFAULT_TAXONOMY_PATH)) != on
