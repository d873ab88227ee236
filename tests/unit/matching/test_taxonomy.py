import pytest

from matching import DEFAULT_TAXONOMY_PATH, load_taxonomy


def ids(hits):
    return {h[0] for h in hits}


def test_synonyms_map_to_one_concept(taxonomy):
    for word in ("スマホ", "スマートフォン", "iPhone", "らくらくホン", "すまほ"):
        assert "smartphone_basics" in ids(taxonomy.text_hits(word)), word
    assert ids(taxonomy.text_hits("ライン")) == {"line_app"}
    assert ids(taxonomy.text_hits("ＬＩＮＥで孫と話したい")) == {"line_app"}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("運動会のライン引きを手伝ってほしい", "line_app"),
        ("オンラインで参加します", "line_app"),
        ("マジックテープの靴", "magic_performance"),
        ("マジックペンで名前を書く", "magic_performance"),
        ("子ども食堂で活動しています", "childcare_play"),
        ("子ども食堂で活動しています", "cooking"),
        ("イベント企画のガイドライン", "line_app"),
        ("ラインダンスを教えてほしい", "line_app"),
        ("オフラインでも使える", "line_app"),
        ("マジックハンドで拾う", "magic_performance"),
    ],
)
def test_traps(taxonomy, text, absent):
    assert absent not in ids(taxonomy.text_hits(text))


def test_longest_match_wins(taxonomy):
    assert ids(taxonomy.text_hits("オンライン申請")) == {"online_gov_procedures"}
    assert ids(taxonomy.text_hits("LINEビデオ通話")) == {"video_call"}


def test_fuzzy_tags(taxonomy):
    assert taxonomy.tag_hits("マインバーカード申請")[0][0] == "mynumber_card"
    assert taxonomy.tag_hits("LIN登録") == (("line_app", "line登録", 0.85),)
    assert taxonomy.tag_hits("インスグラム")[0][0] == "sns"
    # a typo's fragment is not a second skill (編集 in 動編集)
    assert ids(taxonomy.tag_hits("動編集")) == {"video_editing"}
    assert taxonomy.tag_hits("ab") == ()


def test_exact_tag_strength(taxonomy):
    assert taxonomy.tag_hits("書道") == (("calligraphy", "書道", 1.0),)


def test_extra_synonyms_without_code_change():
    tax = load_taxonomy(DEFAULT_TAXONOMY_PATH, {"calligraphy": ["墨絵の字"]})
    assert ids(tax.text_hits("墨絵の字を教えて")) == {"calligraphy"}
    with pytest.raises(ValueError):
        load_taxonomy(DEFAULT_TAXONOMY_PATH, {"no_such_skill": ["x"]})


def test_taxonomy_concepts_for_highlighting(taxonomy):
    out = taxonomy.taxonomy_concepts("母がラインを使えるようになりたい")
    assert out == [("line_app", "LINEの使い方", "ライン")]


def test_groups_and_links(taxonomy):
    assert taxonomy.group_of("smartphone_basics") == taxonomy.group_of("tablet_basics") == "digital"
    assert taxonomy.group_of("calligraphy") == "skill:calligraphy"
    assert "video_editing" in taxonomy.skills["photography"].close


def test_group_names_are_not_the_skill(matcher):
    from matching import HelpRequest

    rq = matcher.profile(
        HelpRequest("R", title="子ども食堂で調理ボランティア募集", description="子ども食堂で活動しています。")
    )
    assert [s for s, _w, _x in rq.asked] == ["cooking"]
    rq = matcher.profile(HelpRequest("R", title="子ども会で手品を見せてほしい"))
    assert [s for s, _w, _x in rq.asked] == ["magic_performance"]


def test_every_context_rule_word_can_fire(taxonomy):
    """A context rule reads a word in the presence of another: each of its words must be scanned, dictionary word
    or not (ガイド, ドクター and 直して were in rules but in no concept's list, so those rules never applied)."""
    dead = []
    for rule in taxonomy.contexts:
        cue = sorted(rule.if_any)[0]
        for term in rule.terms:
            spans = [(s, w) for s, w, a, _b in taxonomy.text_spans(f"{term}。{cue}") if a == 0]
            fired = spans == [] if rule.skill is None else spans and spans[0][1] == term
            if not fired:
                dead.append((term, cue, spans))
    assert dead == []


def test_a_word_only_a_rule_reads_hides_nothing_elsewhere(taxonomy):
    # ガイド at a sight is a tour guide; with no rule's context it yields nothing and takes no other word's place
    assert "tour_guide" in {s for s, _w in taxonomy.text_hits("観光施設でガイドをしています")}
    assert taxonomy.text_hits("ガイドの仕事です") == ()
    assert "guide_help" in {s for s, _w in taxonomy.text_hits("視覚障害の方のガイドヘルパーです")}
