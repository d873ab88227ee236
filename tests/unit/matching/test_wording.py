"""skill-v4.8: candidates with equal totals are told apart by how close their own words are to the request's (the
whole-text cosine of the fallback's terms), not by their ids; the order does not depend on which segment holds a
volunteer, nor on how many rows are tied."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching import HelpRequest, Matcher, Volunteer
from matching import index as index_module
from matching.algorithm import DEFAULT

ASK = {
    "title": "子ども食堂の調理ボランティア",
    "description": "毎週土曜の子ども食堂で、カレーの下ごしらえと盛り付けを手伝ってくださる方を探しています。",
}


def _vols() -> list[Volunteer]:
    # the same skill, town and (unknown) times: equal totals; only the bios' wording differs, and the id order
    # ("A…" first) is the opposite of the wording order
    return [
        Volunteer("A-far", skills=("料理",), bio="家庭料理が得意です。"),
        Volunteer("Z-near", skills=("料理",), bio="子ども食堂でカレーの下ごしらえや盛り付けをしています。"),
    ]


def _rank(m: Matcher) -> list[tuple[str, float]]:
    return [(c.volunteer_id, c.score) for c in m.rank(HelpRequest("R", **ASK)).candidates]


def test_equal_totals_go_to_the_volunteer_whose_words_are_nearest_the_request(areas, taxonomy):
    """With the wording score off (Algorithm.wording 0) the totals tie and the tie-break alone orders them."""
    m = Matcher(areas=areas, taxonomy=taxonomy, algorithm=replace(DEFAULT, wording=0.0))
    m.index(_vols())
    got = _rank(m)
    assert [v for v, _s in got] == ["Z-near", "A-far"]
    assert (
        got[0][1] == got[1][1]
    )  # the totals are equal: the tie-break only orders, it adds nothing to a score


def test_the_requests_words_add_to_the_total_of_the_volunteer_who_writes_them(areas, taxonomy):
    """skill-v4.18: the words a volunteer shares with the request (TF-IDF of term counts) add to the total, show
    as 言葉の近さ, and the card names the rare ones the request uses too (not ボランティア, which everyone writes)."""
    filler = [
        Volunteer(f"F{i:02d}", skills=("書道",), bio="書道ボランティアをしています。") for i in range(30)
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_vols(), *filler])
    got = m.rank(HelpRequest("R", **ASK)).candidates
    assert [c.volunteer_id for c in got] == ["Z-near", "A-far"]
    assert got[0].score > got[1].score
    assert got[0].factors["wording"] > got[1].factors["wording"]
    said = [r for r in got[0].reasons if r.startswith("依頼文と同じ言葉")]
    assert said and "カレー" in said[0] and "ボランティア" not in said[0], got[0].reasons


def test_the_order_is_the_same_when_a_volunteer_arrives_after_the_build(areas, taxonomy):
    """A volunteer held in the delta segment is ordered as in a fresh index (the delta scores with the main
    segment's idf until the next fold, so the scores may differ in the last places, never the order)."""
    full = Matcher(areas=areas, taxonomy=taxonomy)
    full.index(_vols())
    later = Matcher(areas=areas, taxonomy=taxonomy)
    later.index([_vols()[0]])
    later.upsert(_vols()[1])  # held in the delta segment
    assert [v for v, _s in _rank(later)] == [v for v, _s in _rank(full)] == ["Z-near", "A-far"]


def test_a_large_tie_read_through_the_postings_orders_as_the_rows_own_terms(areas, taxonomy, monkeypatch):
    vols = [Volunteer(f"V{i:03d}", skills=("料理",), bio="料理が好きです。") for i in range(30)] + _vols()
    direct = Matcher(areas=areas, taxonomy=taxonomy)
    direct.index(vols)
    want = _rank(direct)
    monkeypatch.setattr(index_module, "WORDING_DIRECT_ROWS", 0)
    postings = Matcher(areas=areas, taxonomy=taxonomy)
    postings.index(vols)
    assert _rank(postings) == want
    assert want[0][0] == "Z-near"


@pytest.mark.parametrize("description", ["", "🙂", "a", "。。。"])
def test_requests_without_usable_words_still_rank(areas, taxonomy, description):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(_vols())
    m.rank(HelpRequest("R", title="料理", description=description))


def test_the_wording_score_is_the_tfidf_cosine_of_the_texts_term_counts(areas, taxonomy):
    """Segment.lexical is scikit-learn's TfidfVectorizer (char 2–3-grams, raw counts, smooth idf, l2) fitted on the
    volunteers' texts and applied to the whole request text, read through the index's hashed terms: a term the
    request repeats counts as often, and one no volunteer wrote neither adds nor shrinks a cosine."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from matching.normalize import normalize_pair

    bios = [
        "車いすを押して散歩に行きます。車いすの点検もします。",
        "視覚障害の方のガイドヘルプをしています。",
        "子ども食堂でカレーを作っています。",
        "フードパントリーで食品の仕分けと配布をしています。",
        "家庭料理が得意です。",
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([Volunteer(f"V{i}", bio=b) for i, b in enumerate(bios)])
    rq = m.profile(
        HelpRequest("R", title="車いす散歩", description="車いすを押して一緒に散歩してくださる方。ζ")
    )
    seg = m._main
    rows = np.asarray([seg.row[f"V{i}"] for i in range(len(bios))])
    got = seg.lexical(*rq.lexical_query(), rows)
    texts = [normalize_pair(b)[0] for b in bios]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), lowercase=False).fit(texts)
    want = (vec.transform([rq.lexical_text()]) @ vec.transform(texts).T).toarray()[0]
    assert np.allclose(got, want, atol=1e-5), (got, want)
    assert got.argmax() == 0 and got[4] == 0.0


def test_words_never_lift_a_candidate_above_a_better_fit_that_was_ahead():
    """below_better_fits: a lower skill factor's candidate stays below every better fit that led it without the
    words, settled tier by tier (a lowered candidate bounds the tiers below it); within a tier the words decide."""
    import numpy as np

    from matching.wording import below_better_fits

    total = np.asarray([0.70, 0.66, 0.55, 0.50], dtype=np.float32)
    skill = np.asarray([1.0, 1.0, 0.8, 0.6], dtype=np.float32)
    vals = np.asarray([0.70, 0.90, 0.95, 0.99])  # with the words: every lower fit would overtake
    out = below_better_fits(vals, total, skill)
    assert out[1] > out[0]  # the same fit: the words reorder
    assert out[2] < out[0] and out[2] < out[1]  # 0.8 stays below both full fits that led it
    assert out[3] < out[2]  # 0.6 stays below the lowered 0.8 as well
    same = below_better_fits(np.asarray([0.5, 0.9]), total[:2], np.asarray([1.0, 0.8], dtype=np.float32))
    assert same[1] < same[0] == 0.5  # a lower fit that was behind cannot pass, however near its words
    ahead = below_better_fits(
        np.asarray([0.6, 0.8]),
        np.asarray([0.5, 0.7], dtype=np.float32),
        np.asarray([1.0, 0.8], dtype=np.float32),
    )
    assert ahead.tolist() == [0.6, 0.8]  # a lower fit that was already ahead keeps its place
    near = below_better_fits(
        np.asarray([0.7, 0.8]),
        np.asarray([0.7, 0.65], dtype=np.float32),
        np.asarray([1.0, 0.95], dtype=np.float32),
    )
    assert near.tolist() == [0.7, 0.8]  # a fit within GUARD_MARGIN of the better one: the words decide


def test_the_card_names_a_shared_word_the_dictionary_cuts_whole(areas, taxonomy):
    """The words a card names are the request's nouns as the dictionary cuts them, so a word that mixes kanji
    and kana (車いす) is named whole, and a kana-only noun (ふだん) or a word everyone writes is not."""
    filler = [
        Volunteer(f"F{i:02d}", skills=("書道",), bio="ふだんは書道ボランティアをしています。")
        for i in range(30)
    ]
    vols = [
        Volunteer("PUSH", skills=("車いす介助",), bio="ふだんから車いすを押して散歩に出かけています。"),
        Volunteer("GUIDE", skills=("ガイドヘルプ",), bio="視覚障害の方の外出に付き添っています。"),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*vols, *filler])
    got = m.rank(
        HelpRequest(
            "R", title="車いす散歩のボランティア", description="ふだん車いすを押して散歩してくださる方"
        )
    ).candidates
    assert got[0].volunteer_id == "PUSH", got
    said = [r for r in got[0].reasons if r.startswith("依頼文と同じ言葉")]
    assert said and "車いす" in said[0] and "ふだん" not in said[0] and "ボランティア" not in said[0], said
