"""The search keys folded part by part (and cached) are the keys of the joined text, as stored before."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from matching.normalize import normalize, normalize_unspaced
from service.search import (
    fold_many,
    joined_key,
    request_keys,
    search_key,
    volunteer_keys,
    volunteer_keys_many,
)

# Characters where folding the parts alone could differ from folding the joined text: combining marks
# (the voiced sound mark composes with a kana before it), dashes and tildes (a run becomes one ー; after a
# Latin letter it is dropped), ヴ and small vowels (ヴァ → バ), spaces of every kind, width and case variants,
# NFKC expansions that contain a space (゛ → space + mark), and a lone surrogate.
TRICKY = "かカｶ\u3099\u309a\u309b\u309cヴゔァィぁ-‐ー～~ｰ\u3000 \t\n\u00a0\u2002aAＡ1１ßﬁ①㍻\ud800书道"
parts = st.lists(st.text(alphabet=st.sampled_from(TRICKY), max_size=8) | st.text(max_size=6), max_size=6)


@settings(max_examples=800, deadline=None)
@given(parts)
@example(["カ", "\u3099"])  # the mark would compose with カ if the space did not stand between
@example(["ブ", "ァ"])  # ブァ → バ only within a part
@example(["a", "-b"])  # a hyphen after a Latin letter is dropped, not after a space
@example(["ー", "ー"])  # two runs of dashes stay two ー
@example(["゛", "か"])
def test_joined_key_is_the_key_of_the_joined_text(texts: list[str]) -> None:
    assert joined_key(texts) == search_key(" ".join(texts))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(TRICKY), max_size=10),
    st.none() | st.text(alphabet=st.sampled_from(TRICKY), max_size=10),
    st.text(max_size=20),
    st.lists(st.text(alphabet=st.sampled_from(TRICKY), max_size=6), max_size=4),
)
def test_volunteer_keys_are_those_of_the_joined_text(
    name: str, kana: str | None, bio: str, skills: list[str]
) -> None:
    assert volunteer_keys(name, kana, bio, skills) == (
        search_key(" ".join([name, kana or "", bio, *skills])),
        search_key(" ".join([*skills, bio])),
    )


def test_request_keys_unchanged() -> None:
    assert request_keys("山田", "スマホ", "らいんの使い方", ["LINE"]) == (
        search_key("山田 スマホ らいんの使い方 LINE"),
        search_key("スマホ らいんの使い方 LINE"),
    )


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(TRICKY + "\x00"), max_size=8) | st.text(max_size=6), max_size=8)
)
@example(["a", "-b", "カ", "\u3099", " ", ""])
@example(["ブ", "ァ", "\x00ー"])  # a text with NUL in it is folded alone
def test_folding_many_texts_at_once_gives_each_texts_key(texts: list[str]) -> None:
    assert fold_many(texts) == [search_key(t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.sampled_from(TRICKY), max_size=6),
            st.none() | st.text(alphabet=st.sampled_from(TRICKY), max_size=4),
            st.text(max_size=10),
            st.lists(st.text(alphabet=st.sampled_from(TRICKY), max_size=5), max_size=3),
        ),
        max_size=6,
    )
)
@example(
    [("すまほ", None, "ブ", ["すまほ", "ァ"]), ("ｽﾏﾎ", "", "ブ", ["すまほ"])]
)  # repeated texts: folded once
def test_volunteer_keys_of_many_rows_are_each_rows_keys(
    rows: list[tuple[str, str | None, str, list[str]]],
) -> None:
    assert volunteer_keys_many(rows) == [volunteer_keys(*row) for row in rows]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY + "\x00"), max_size=24) | st.text(max_size=24))
@example("ｌｉｎｅ\x00すまほ\x00ブ\x00ァ")  # NFKC on the parts that need it only, ヴ pairs within a part
@example("カ\x00\u3099")  # NUL stands between: the mark does not compose
@example("\u3000 a-\x1c\x00 ")
@example("a-～ーb\x00ー\x00-ー")  # a run of dashes of every kind is one ー; after a Latin letter, none
@example("ヴァー\x00ブ\x00ァ")
def test_the_unspaced_fold_is_normalize_without_spaces(text: str) -> None:
    assert normalize_unspaced(text) == normalize(text).replace(" ", "")
    assert normalize_unspaced(text, "\x00") == normalize(text).replace(" ", "")
