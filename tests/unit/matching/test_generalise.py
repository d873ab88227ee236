"""Regression tests for the skill-v3 mechanisms that make the matcher generalise beyond the dev wording:
whole-text fallback, every asked concept scored, English requests, katakana word boundaries, negated bios."""

from matching import HelpRequest, Matcher, Volunteer


def ids(res):
    return [c.volunteer_id for c in res.candidates]


def test_fallback_proposes_when_no_concept_is_recognised(matcher: Matcher, taxonomy):
    req = HelpRequest(
        "R1",
        title="こんにゃくの作り方を知りたい",
        description="祖母のこんにゃくの味を受け継ぎたいのです。",
        area="town_nakazato",
    )
    assert taxonomy.text_hits(req.title + req.description) == ()  # no concept: only the fallback can help
    matcher.index(
        [
            Volunteer(
                "V1", bio="こんにゃく芋をすりおろして、こんにゃくを毎年作っています。", area="town_nakazato"
            ),
            Volunteer("V2", skills=("書道",), area="town_nakazato"),
            Volunteer(
                "V3", skills=(), bio="こんにゃくなら毎年作っています。", area="town_noshio", active=False
            ),
        ]
    )
    res = matcher.rank(req)
    assert ids(res) == ["V1"]  # the inactive V3 is never proposed, the unrelated V2 not at all
    assert any("言葉が近い" in r for r in res.candidates[0].reasons)
    assert res.candidates[0].factors["skill"] == 0.0
    # below an exact concept match: a text-similar volunteer never outranks a skill holder
    assert res.candidates[0].score < 0.61


def test_fallback_does_not_fire_when_holders_exist_but_fail_constraints(matcher: Matcher):
    matcher.index(
        [Volunteer("V1", skills=("書道",), active=False), Volunteer("V2", bio="筆と墨の本を読むのが好き")]
    )
    res = matcher.rank(HelpRequest("R1", title="書道を教えてほしい"))
    assert not res.candidates and res.explanation  # the explanation says why, rather than a text guess


def test_english_only_request(matcher: Matcher, taxonomy):
    assert "japanese_teaching" in {s for s, _w in taxonomy.text_hits("I'd like Japanese lessons")}
    assert "interpreting" in {s for s, _w in taxonomy.text_hits("We need interpreters at the clinic")}
    matcher.index(
        [
            Volunteer("V1", skills=("日本語教師",)),
            Volunteer("V2", skills=("料理",)),
        ]
    )
    res = matcher.rank(
        HelpRequest("R1", title="Japanese conversation practice", description="I want to learn Japanese.")
    )
    assert ids(res)[:1] == ["V1"]


def test_two_concepts_both_scored(matcher: Matcher):
    # the title names one need, the description another explicitly: holders of either are found, both first
    matcher.index(
        [
            Volunteer("V1", skills=("付き添い",)),
            Volunteer("V2", skills=("手話通訳",)),
            Volunteer("V3", skills=("付き添い", "手話")),
            Volunteer("V4", skills=("書道",)),
        ]
    )
    res = matcher.rank(
        HelpRequest("R1", title="通院の付き添いをお願いしたい", description="手話で通訳もしていただける方。")
    )
    assert ids(res)[0] == "V3"
    assert set(ids(res)) == {"V1", "V2", "V3"}


def test_title_word_does_not_empty_the_ranking(matcher: Matcher):
    matcher.index([Volunteer("V1", skills=("キャッシュレス決済",))])
    res = matcher.rank(
        HelpRequest("R1", title="模擬店の準備", description="QRコードでの支払いを受けられるようにしたい。")
    )
    assert ids(res) == ["V1"]


def test_katakana_word_boundary(taxonomy):
    def sids(text):
        return {s for s, _w in taxonomy.text_hits(text)}

    assert "line_app" not in sids("趣味はラインダンスです")
    assert "line_app" not in sids("ラインマーカーで線を引く")
    assert "massage_beauty" not in sids("カットソーを着ています")
    assert "haircut" not in sids("カットソーを着ています")
    # a concept word followed by particles (hiragana) or a harmless affix still counts
    assert "smartphone_basics" in sids("スマホを使いたい")
    assert "smartphone_basics" in sids("らくらくスマホ")
    assert "smartphone_basics" in sids("スマホアプリの入れ方")
    assert "piano_keyboard" in sids("ピアノレッスン")
    assert "line_app" in sids("グループトークで連絡")


def test_negated_bio_clause_is_not_a_skill(taxonomy):
    hits = taxonomy.concepts((), "スマホは持っていません。書道を教えています。")
    assert "smartphone_basics" not in hits and "calligraphy" in hits
    hits = taxonomy.concepts((), "パソコンは苦手ですが、料理ならできます。")
    assert "pc_basics" not in hits and "cooking" in hits
    # tags are what they say, and a request's 「使えない」 is the need, not a denial
    assert "smartphone_basics" in taxonomy.concepts(("スマホ",), "")
    assert "smartphone_basics" in {s for s, _w in taxonomy.text_hits("スマホが使えない")}


def test_bio_mention_counts_less_than_a_tag_but_counts(matcher: Matcher):
    matcher.index([Volunteer("V1", skills=("書道",)), Volunteer("V2", bio="書道を三十年続けています。")])
    res = matcher.rank(HelpRequest("R1", title="書道を教えてほしい"))
    assert ids(res) == ["V1", "V2"]
    assert res.candidates[0].score > res.candidates[1].score


def test_affects_is_conservative_for_fallback_requests(matcher: Matcher):
    req = HelpRequest("R1", title="こんにゃくの作り方を知りたい")
    assert matcher.affects(Volunteer("V1", bio="干し柿を毎年吊るしています。"), req)


def test_the_main_ask_in_the_title_outweighs_a_secondary_need_held_nearer(matcher: Matcher, areas):
    """A volunteer who holds only the tagged second need, in the same town, ranks below one who holds the
    main need of the title and the second one, a town away (grades: 1 against 2)."""
    req = HelpRequest(
        "R1",
        title="迷惑メールの止め方を教えてほしい",
        description="あわせてビデオ通話のつなぎ方も教えてほしいです。",
        skills=("ビデオ通話",),
        area="town_nakazato",
    )
    matcher.index(
        [
            Volunteer("SECOND_ONLY", skills=("ビデオ通話",), area="town_nakazato"),
            Volunteer("BOTH", skills=("迷惑メール対策", "ビデオ通話"), area="town_noshio"),
        ]
    )
    assert areas.relation("town_nakazato", "town_noshio") == "neighbour"
    res = matcher.rank(req)
    assert ids(res)[0] == "BOTH", [(c.volunteer_id, c.score, c.factors) for c in res.candidates]
