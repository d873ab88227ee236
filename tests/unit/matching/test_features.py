"""Each feature function on a tiny segment, with exact expected scores."""

import numpy as np
import pytest

from matching import asks, place
from matching import features as ft
from matching.types import HelpRequest, Load, Volunteer

VOLS = [
    Volunteer("V1", skills=("LINE",), area="town_nakazato", availability=frozenset({"sat-am"})),
    Volunteer("V2", skills=("タブレット",), area="town_noshio", availability=frozenset({"mon-am"})),
    Volunteer("V3", skills=("書道",), area="town_takeoka"),
    Volunteer(
        "V4",
        bio="ラインの使い方なら教えられます",
        area=None,
        languages=frozenset({"ja", "en"}),
        availability=frozenset({"sat-am", "sun-pm"}),
        load=Load(recent_proposals=4, recent_approvals=2, ever_matched=True),
    ),
    Volunteer("V5", skills=("LINE",), active=False),
    Volunteer("V6", skills=("LINE",), max_per_month=2, load=Load(month_accepted=2, ever_matched=True)),
    Volunteer("V7", skills=("電気工事士",), area="town_nakazato"),
]


@pytest.fixture
def seg_rq(matcher):
    matcher.index(VOLS)

    def make(**kw):
        req = HelpRequest("R1", **kw)
        return matcher._main, matcher.profile(req), matcher

    return make


def run(feature, rq, seg, m):
    """Calls a feature with the one signature every feature has: (context, rows, config)."""
    return feature(ft.context(rq, seg), seg, m._config)


def scores(res):
    return [round(float(x), 4) for x in res.scores]


def test_skill_taxonomy_exact_bio_related(seg_rq):
    seg, rq, m = seg_rq(title="LINEを使えるようになりたい", area="town_nakazato")
    # tag exact 1.0; tablet is related (digital group) 0.4; calligraphy 0; bio mention 0.9
    assert scores(run(ft.skill_taxonomy, rq, seg, m)) == [1.0, 0.4, 0.0, 0.9, 1.0, 1.0, 0.0]


def test_skill_close_credit(seg_rq):
    seg, rq, m = seg_rq(title="電球交換をしてほしい")
    assert [s for s, _w, _x in rq.primary] == ["electrical"]
    assert scores(run(ft.skill_taxonomy, rq, seg, m))[6] == 1.0  # 電気工事士 is the same skill
    seg, rq, m = seg_rq(title="テレビの設定をしてほしい")
    assert scores(run(ft.skill_taxonomy, rq, seg, m))[6] == pytest.approx(
        0.9
    )  # close: appliance ↔ electrical


def test_skill_coverage_second_skill(seg_rq):
    seg, rq, m = seg_rq(title="LINEを使えるようになりたい", description="あわせて書道も教えてほしい。")
    assert [s for s, _w, _x in rq.primary] == ["line_app"]
    assert [(s, w) for s, _x, w in rq.asked] == [("line_app", 1.0), ("calligraphy", ft.DESC_WEIGHT)]
    cov = scores(run(ft.skill_coverage, rq, seg, m))
    assert cov[0] == pytest.approx(round(1.0 / 1.8, 4))
    assert cov[2] == pytest.approx(round(0.8 / 1.8, 4))


def test_modifier_mention_weighs_less(seg_rq):
    seg, rq, m = seg_rq(title="イベントの写真撮影をしてほしい")
    assert [s for s, _x, _w in rq.primary] == ["photography"]
    assert {s: w for s, _x, w in rq.asked} == {
        "event_management": asks.MODIFIER_WEIGHT,
        "photography": 1.0,
    }


def test_language_need_is_a_constraint_not_a_skill(seg_rq):
    _seg, rq, m = seg_rq(
        title="LINEを教えてほしい", description="英語で説明できる方。", languages=frozenset({"en"})
    )
    assert [s for s, _w, _x in rq.asked] == ["line_app"]
    # named in the title: the language is (also) the skill asked for
    _seg, rq, m = seg_rq(title="ベトナム語で生活の相談にのってほしい", languages=frozenset({"vi"}))
    assert "vietnamese" in [s for s, _w, _x in rq.primary]
    _seg, rq, m = seg_rq(title="お話をしたい", description="ベトナム語で。", languages=frozenset({"vi"}))
    assert [s for s, _w, _x in rq.asked] == ["vietnamese"]  # nothing else asked: keep it


def test_constraints_hard(seg_rq):
    seg, rq, m = seg_rq(title="LINE", slots=frozenset({"sat-am"}), languages=frozenset({"ja"}))
    # V2 has only mon-am; V5 inactive; V6 at monthly capacity; V3 and V7 gave no availability (allowed)
    assert scores(run(ft.constraints_hard, rq, seg, m)) == [1, 0, 1, 1, 0, 0, 1]
    seg, rq, m = seg_rq(title="LINE", languages=frozenset({"en"}))
    assert scores(run(ft.constraints_hard, rq, seg, m)) == [0, 0, 0, 1, 0, 0, 0]
    seg, rq, m = seg_rq(title="LINE", excluded=frozenset({"V1"}))
    assert scores(run(ft.constraints_hard, rq, seg, m))[0] == 0


def test_area_relation(seg_rq):
    seg, rq, m = seg_rq(title="LINE", area="town_nakazato")
    # same, neighbour (野塩 borders 中里), far (竹丘), unknown
    assert scores(run(place.area_relation, rq, seg, m))[:4] == [1.0, 0.75, 0.45, 0.75]
    seg, rq, m = seg_rq(title="LINE", area="town_nakazato", remote_ok=True)
    assert set(scores(run(place.area_relation, rq, seg, m))) == {1.0}
    seg, rq, m = seg_rq(title="LINE")
    assert set(scores(run(place.area_relation, rq, seg, m))) == {0.75}


def test_time_overlap(seg_rq):
    seg, rq, m = seg_rq(title="LINE", slots=frozenset({"sat-am"}))
    assert scores(run(place.time_overlap, rq, seg, m))[:4] == [1.0, 0.0, 0.45, 1.0]
    seg, rq, m = seg_rq(title="LINE")
    flexible = scores(run(place.time_overlap, rq, seg, m))
    # A flexible request: everyone fits, but one who never said when they are free (row 2) is less sure.
    assert flexible[:4] == [1.0, 1.0, place.TIME_FLEXIBLE_UNKNOWN, 1.0]
    assert place.TIME_FLEXIBLE_UNKNOWN < 1.0


def test_fairness_load(seg_rq):
    seg, rq, m = seg_rq(title="LINE")
    s = scores(run(place.fairness_load, rq, seg, m))
    assert s[0] == 1.0  # never matched
    assert s[3] == pytest.approx(round(0.6 / (1 + 0.15 * 4 + 0.35 * 2), 4))
    assert s[5] == 0.6  # matched before, no recent load


def test_text_fallback(matcher):
    matcher.index([Volunteer("V1", skills=("墨流し",)), Volunteer("V2", skills=("書道",))])
    rq = matcher.profile(HelpRequest("R", title="墨流しの体験会を開きたい"))
    s = run(ft.text_tfidf, rq, matcher._main, matcher).scores
    assert s[0] == pytest.approx(1.0, abs=1e-5) and s[1] == 0.0
    assert np.all((s >= 0) & (s <= 1 + 1e-6))


def test_bio_offers_feed_fuzzy_and_text_fallback(matcher, taxonomy):
    from matching.offers import bio_offers_raw, volunteer_profile

    assert bio_offers_raw("元大工です。瓦の修理が得意です。趣味は盆栽の経験があります。") == [
        "瓦の修理",
        "盆栽",
    ]
    prof = volunteer_profile(Volunteer("V", bio="キャッシュレ決済ならお手伝いできます。"), taxonomy)
    assert prof.hits["cashless_payment"].strength == 0.8  # a typo in the bio, matched by edit distance
    matcher.index([Volunteer("V1", bio="燻製の経験があります。"), Volunteer("V2", skills=("書道",))])
    res = matcher.rank(HelpRequest("R", title="燻製の手ほどきをしてほしい"))
    assert [c.volunteer_id for c in res.candidates] == ["V1"]
    assert any(r.startswith("文章が類似") for r in res.candidates[0].reasons)


def test_reasons_come_from_feature_details(matcher):
    """A feature added to the algorithm's data brings its own reason; the matcher knows nothing about it."""
    from dataclasses import replace

    from matching.algorithm import DEFAULT, Feature

    class Note(ft.Detail):
        def reasons(self, row, value, shown):
            return [f"メモ{value}"]

    def note(ctx, rows, cfg):
        return ft.FtResult(np.ones(len(rows), dtype=np.float32), Note())

    algo = replace(
        DEFAULT,
        features=(*DEFAULT.features, Feature("note", note, 0.0, kind="context")),
        reason_order=(*DEFAULT.reason_order, "note"),
    )
    matcher.index(VOLS)
    req = HelpRequest("R", title="LINEを使えるようになりたい", area="town_nakazato")
    plain = matcher.rank(req).candidates[0]
    noted = matcher.rank(req, algorithm=algo).candidates[0]
    assert noted.reasons == (*plain.reasons, "メモ1.0") and noted.score == plain.score
    assert noted.factors == {**plain.factors, "note": 1.0}


def test_a_request_text_query_is_the_hashing_vectorizers_columns_exactly():
    """text_query reads the columns _HASHER would give (the volunteers' postings are built with _HASHER): random
    texts over kana, kanji, Latin, digits, spaces and emoji, with the n-gram memo cold, warm and cleared midway."""
    import random

    from matching import grams

    rng = random.Random(7)
    alphabet = "あいうえおかきくけこスマホライン教室料理書道写真 \u3000\tABCabc123!?。、🙂𠮷é"
    texts = ["", " ", "a", "ab", "スマホの使い方を教えてほしい", "LINE  で\n写真を送りたい"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(300)]
    for memo_max in (grams._GRAM_COLUMNS_MAX, 50):
        grams._GRAM_COLUMN.clear()
        grams._GRAM_COLUMNS_MAX, saved = memo_max, grams._GRAM_COLUMNS_MAX
        try:
            for _ in range(2):  # cold, then warm
                for text in texts:
                    want = np.unique(grams._HASHER.transform([text]).indices)
                    got = grams.text_query(text)
                    assert got.dtype == want.dtype and got.tolist() == want.tolist(), text
        finally:
            grams._GRAM_COLUMNS_MAX = saved


def test_a_request_fallback_query_is_the_fallback_matrix_columns_exactly():
    """fallback_terms (one text, no sparse matrices) gives the columns fallback_matrix_uncached gives: random
    texts over kana, kanji, Latin words (upper case, accents, stems), digits, spaces and emoji."""
    import random

    from matching import grams

    rng = random.Random(5)
    words = ["lesson", "Lessons", "teaching", "PC", "café", "iPhone", "zoom", "wifi", "LINE", "a", "x1"]
    chars = list("あいうスマホ教室料理 \u3000\t123!?。🙂𠮷")
    texts = ["", " ", "a", "犬", "🙂", "ab", "スマホ lessons を teaching"]
    for _ in range(300):
        texts.append(
            "".join(rng.choice(words + chars) + rng.choice(["", " "]) for _ in range(rng.randint(0, 30)))
        )
    for text in texts:
        want = np.unique(grams.fallback_matrix_uncached([text]).indices).astype(np.intp)
        got = grams.fallback_terms(text)
        assert got.dtype == want.dtype and got.tolist() == want.tolist(), text


def test_an_index_builds_fallback_rows_are_the_fallback_matrix_exactly():
    """fallback_rows (one sort of int64 keys, no sparse matrices: what an index build reads 10,000 texts at a time
    with) gives fallback_matrix_uncached's indptr and sorted column ids, empty and one-character texts included, and
    each term's count in its text as fallback_term_counts (the request's side of the wording score) counts it."""
    import random

    from matching import grams

    rng = random.Random(11)
    words = ["lesson", "Lessons", "teaching", "PC", "café", "iPhone", "zoom", "wifi", "LINE", "a", "x1"]
    chars = list("あいうスマホ教室料理 \u3000\t123!?。🙂𠮷")
    texts = ["", " ", "a", "犬", "🙂", "ab", "スマホ lessons を teaching"]
    for _ in range(300):
        texts.append(
            "".join(rng.choice(words + chars) + rng.choice(["", " "]) for _ in range(rng.randint(0, 30)))
        )
    for batch in (texts, texts[:1], texts[3:5], [""] * 3, [], texts[::-1]):
        want = grams.fallback_matrix_uncached(batch)
        indptr, terms, counts = grams.fallback_rows(batch)
        assert indptr.dtype == np.int64 and terms.dtype == np.int32 and counts.dtype == np.uint8
        assert indptr.tolist() == want.indptr.tolist() and terms.tolist() == want.indices.tolist(), batch
        for i, text in enumerate(batch):
            one, many = grams.fallback_term_counts(text)
            assert one.tolist() == terms[indptr[i] : indptr[i + 1]].tolist(), text
            assert np.minimum(many, 255).tolist() == counts[indptr[i] : indptr[i + 1]].tolist(), text
    assert grams.fallback_term_counts("ab ab ab")[1].max() == 3  # 「ab」 three times
