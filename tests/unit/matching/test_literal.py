"""skill-v4.21: a topic the dictionary lacks, named in the title (matching/literal.py). When the title names no
concept, the registrants who list the title's word as their skill are proposed — before the holders of what the
description names only as who asks — and the card says which word of the title they hold."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching import HelpRequest, Matcher, Volunteer, literal
from matching.algorithm import DEFAULT
from matching.normalize import normalize
from tests.unit.matching.reading import ranked

SOBA = HelpRequest(
    "R",
    title="燻製講座の講師をお願いします",
    description="公民館の講座で、里山の恵みを味わう会の一つとして、燻製と庭木の剪定の話をしてくださる方を探しています。",
)


def _filler(n: int) -> list[Volunteer]:
    return [Volunteer(f"F{i:02d}", skills=("書道",), bio="書道を教えています。") for i in range(n)]


def _gardeners() -> list[Volunteer]:
    # what the description names (the dictionary reads 里山 and 剪定: woodland care, tree pruning), in their bios
    return [
        Volunteer("G1", skills=("草むしり",), bio="庭木の剪定も頼まれて伺っています。"),
        Volunteer("G2", skills=("竹林の整備",), bio="里山の下草刈りをしています。"),
    ]


def _soba() -> list[Volunteer]:
    return [
        Volunteer("B1", skills=("燻製教室",), bio="市民プラザで月に四回教えています。"),
        Volunteer("B2", skills=("燻製",), bio="燻製のサークルに入っています。"),
        Volunteer("B3", skills=("陶芸",), bio="皿や器を焼いています。燻製も少しします。"),
    ]


def test_title_words_the_dictionary_lacks_not_boilerplate_nor_actions(taxonomy):
    words = [w for w, _f in literal.title_literals("燻製講座の講師をお願いします", taxonomy)]
    assert "燻製" in words and "燻製講座" in words
    assert "講師" not in words and "講座" not in words  # boilerplate of any request
    assert literal.title_literals("ひろばのボランティアスタッフ随時募集", taxonomy) == ()
    tidy = [w for w, _f in literal.title_literals("集会所物置の整理", taxonomy)]
    assert "整理" not in tidy and "物置" in tidy  # 整理 is what is done, not a topic
    assert "燻製" in [w for w, _f in literal.title_literals("子どもたちに燻製を教えてくださる方", taxonomy)]
    assert literal.title_literals("", taxonomy) == ()


def test_the_registrants_who_list_the_titles_topic_come_first_with_a_card_that_says_so(
    areas, taxonomy, monkeypatch
):
    before = Matcher(areas=areas, taxonomy=taxonomy)
    before.index([*_gardeners(), *_soba(), *_filler(40)])
    monkeypatch.setattr("matching.features.title_literals", lambda *_a, **_k: ())  # skill-v4.20's reading
    was = [c.volunteer_id for c in before.rank(SOBA).candidates]
    # only their bio names it: B3 comes, if at all, as one of the nearest texts after every holder (skill-v4.25)
    assert "B3" not in was or was.index("B3") > max(was.index("G1"), was.index("G2")), was
    monkeypatch.undo()
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_gardeners(), *_soba(), *_filler(40)])
    got = m.rank(SOBA).candidates
    ids = [c.volunteer_id for c in got]
    assert set(ids[:2]) == {"B1", "B2"}, ids  # their tags are the title's word
    assert "B3" in ids, ids  # a bio naming it, once someone lists it as a skill (with the bios of the others)
    assert {"G1", "G2"} <= set(ids), ids  # the description's concepts stay candidates, below
    said = [r for r in got[0].reasons if r.startswith("依頼の題名と同じ言葉")]
    assert said == ["依頼の題名と同じ言葉: 「燻製」(スキル辞書にない話題)"], got[0].reasons


def test_without_the_dictionarys_gap_nothing_changes(areas, taxonomy):
    """A title that names a concept keeps its reading: its words are never looked up."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_gardeners(), *_soba(), *_filler(40)])
    rq = m.profile(HelpRequest("R2", title="庭木の剪定をお願いします", description="燻製もあります。"))
    assert rq.literal == ()
    assert (
        m.rank(HelpRequest("R2", title="庭木の剪定をお願いします", description="燻製もあります。"))
        .candidates[0]
        .volunteer_id
        == "G1"
    )


def test_a_word_many_write_is_everyday_wording_and_a_word_nobody_lists_is_no_skill(areas, taxonomy):
    # 11 of 53 write it (over 8 % and over LITERAL_FEW), most only in passing; 17 of 59 list it (over twice 8 % and
    # twice LITERAL_FEW, skill-v4.43; since skill-v4.76 seven writers of 49 are few, whatever the share)
    lists = [Volunteer(f"M{i:02d}", skills=("燻製",), bio="") for i in range(17)]
    passing = [Volunteer(f"P{i:02d}", skills=("書道",), bio="燻製も好きです。") for i in range(9)]
    for many in ([*lists[:2], *passing], lists):
        m = Matcher(areas=areas, taxonomy=taxonomy)
        m.index([*_gardeners(), *many, *_filler(40)])
        assert not any(r.startswith("依頼の題名") for c in m.rank(SOBA).candidates for r in c.reasons)
    # only bios name it: nobody lists it as a skill of theirs
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_gardeners(), Volunteer("B3", skills=("陶芸",), bio="燻製皿を焼いています。"), *_filler(40)])
    ids = [c.volunteer_id for c in m.rank(SOBA).candidates]
    assert "B3" not in ids[:2], ids


def test_the_same_ranking_whichever_segment_holds_the_topics_registrants(areas, taxonomy):
    """Whether the title's word counts is judged over every volunteer: a bio holder counts the same whether the
    registrant who lists the word is in the same segment or not, and the 8 % counts every volunteer, not a
    segment's. (The request's words, which order the best totals, weigh terms by the main segment's idf, so where a
    registrant sits may reorder those the words decide between: the same volunteers are listed either way, and with
    the words left out every score is the same too.)"""
    plain = replace(DEFAULT, wording=0.0)
    whole = Matcher(areas=areas, taxonomy=taxonomy)
    whole.index([*_gardeners(), *_soba(), *_filler(40)])
    want = {(c.volunteer_id, c.score) for c in whole.rank(SOBA, algorithm=plain).candidates}
    listed = {c.volunteer_id for c in whole.rank(SOBA).candidates}
    assert "B3" in listed  # the bio holder
    soba = {v.id: v for v in _soba()}
    for built, later in ((), ("B1", "B2", "B3")), (("B1",), ("B2", "B3")), (("B3",), ("B1", "B2")):
        m = Matcher(areas=areas, taxonomy=taxonomy)
        m.index([*_gardeners(), *(soba[b] for b in built), *_filler(40)])
        for b in later:
            m.upsert(soba[b])
        assert {(c.volunteer_id, c.score) for c in m.rank(SOBA, algorithm=plain).candidates} == want, (
            built,
            later,
        )
        assert {c.volunteer_id for c in m.rank(SOBA).candidates} == listed, (built, later)


def test_a_short_list_is_filled_with_the_nearest_texts_after_the_holders(areas, taxonomy):
    """skill-v4.25: when fewer than ten hold what is asked (one registrant lists the title's word), the list goes on
    with the volunteers whose whole text is nearest the request's (the fallback's reading), after every holder; a
    text that shares nothing with the request is not proposed."""
    soba = HelpRequest(
        "R3",
        title="燻製を習いたい",
        description="年越しに手打ちの蕎麦を家族で打ってみたいと思っています。",
    )
    vols = [
        Volunteer("K1", skills=("燻製",), bio="燻製のサークルに入っています。"),
        Volunteer("K2", skills=("手打ちうどん",), bio="手打ちの蕎麦やうどんを打つ会を開いています。"),
        Volunteer("K3", skills=("和食",), bio="年越しの蕎麦も打ちます。"),
        *_filler(40),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    got = m.rank(soba).candidates
    ids = [c.volunteer_id for c in got]
    assert ids[0] == "K1" and "K2" in ids, ids  # the holder first; the nearest text after, no longer left out
    assert not any(i.startswith("F") for i in ids), ids  # 書道 shares nothing with it
    assert got[0].score > max(c.score for c in got[1:])
    filled = got[ids.index("K2")]
    # its card names the words both texts share, not a skill it does not hold
    assert any(r.startswith("依頼文と登録内容に同じ言葉") for r in filled.reasons), filled.reasons
    assert not any(r.startswith(("スキル一致", "依頼の題名と同じ言葉")) for r in filled.reasons), (
        filled.reasons
    )


def test_a_text_near_only_by_boilerplate_is_not_filled_in(areas, taxonomy):
    """skill-v4.28, v4.30: on a small roster the スマホ helper shares only 手伝 and ます with a 料理 ask (on two texts
    even those weigh: TF-IDF cosine 0.13): the list stays the one cook instead of proposing them with a card that can
    name no rare word both write."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(
        [
            Volunteer("COOK", skills=("料理",), bio="料理が得意です。"),
            Volunteer(
                "PHONE",
                skills=("スマホの使い方", "LINE"),
                bio="元小学校教員です。スマホの操作をゆっくり教えます。",
            ),
        ]
    )
    ask = HelpRequest("R", title="料理を手伝ってほしい", description="子ども食堂で料理を作ります。")
    assert [c.volunteer_id for c in m.rank(ask).candidates] == ["COOK"]


def test_the_fill_reads_the_whole_request_and_names_the_words(areas, taxonomy):
    """skill-v4.30: the fill looks for the texts nearest the whole request, who asks and why included (信州の在来種の
    そば粉 is said before the ask), and proposes one only when its card can name a rare word both write; the 書道
    teachers, who share only 教えて with the ask, are no longer proposed."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(
        [
            Volunteer("K1", skills=("燻製",), bio="燻製のサークルに入っています。"),
            Volunteer("K2", skills=("手打ち",), bio="信州の在来種のそば粉で、毎週末に手打ちをしています。"),
            Volunteer("K3", skills=("和食",), bio="煮物と焼き魚が得意です。"),
            *_filler(40),
        ]
    )
    ask = HelpRequest(
        "R",
        title="燻製を習いたい",
        description="信州の在来種のそば粉が手に入りました。年越しに家族で打ってみたいので、教えてくださる方を探しています。",
    )
    got = m.rank(ask).candidates
    assert [c.volunteer_id for c in got] == ["K1", "K2"], [(c.volunteer_id, c.score) for c in got]
    assert got[1].reasons[0] == "依頼文と登録内容に同じ言葉: 「在来種・信州」(スキル辞書では未判定)", got[
        1
    ].reasons


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30), st.text(max_size=12))
def test_any_title_and_tag(areas, taxonomy, title, tag):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([Volunteer("T", skills=(tag,), bio=title), *_filler(20)])
    m.rank(HelpRequest("R", title=title, description=""))


# skill-v4.31 ---------------------------------------------------------------------------------------------------------

TEA = HelpRequest(
    "R",
    title="お客様に出す紅茶、これで合っているのか",
    description="来客が多く、お茶の淹れ方がいつも自己流です。一度見ていただけませんか。",
)


def _tea_ceremony() -> list[Volunteer]:
    return [
        Volunteer("C1", skills=("茶道教室",), bio="お茶の点前を教えています。"),
        Volunteer("C2", skills=("茶道",), bio="サロンでお茶会を開いています。"),
    ]


def _black_tea() -> list[Volunteer]:
    # each tag says more than the word (教室, 講師, づくり): the word is still what the tag is about
    return [
        Volunteer("K1", skills=("紅茶教室の講師",), bio="紅茶のおいしい淹れ方を教えています。"),
        Volunteer("K2", skills=("紅茶のシリーズ講座",), bio="カルチャー教室で紅茶の講座を持っています。"),
    ]


def test_a_tag_is_mostly_the_word_once_its_frame_is_set_aside(taxonomy):
    assert literal._tag_holds("燻製", "燻製づくりの講師")
    assert literal._tag_holds(normalize("紅茶"), "紅茶教室の講師")
    assert not literal._tag_holds(normalize("紅茶"), "紅茶店のアルバイトと接客の研修")  # a word among others
    assert literal._in_concept_word(
        normalize("運び"), "荷運び", taxonomy
    )  # part of a word the dictionary reads
    assert not literal._in_concept_word("燻製", "燻製づくりの講師", taxonomy)


def test_the_titles_own_topic_leads_the_descriptions_concepts(areas, taxonomy, monkeypatch):
    """The title names a topic the dictionary lacks (紅茶) and registrants list it; the description's お茶 is read
    as tea ceremony. The title is the main ask: the description's concepts count as a further need, so the
    registrants of the title's topic come first — before skill-v4.31 its holders came after every tea-ceremony
    teacher — and the tea-ceremony teachers stay candidates."""
    vols = [*_tea_ceremony(), *_black_tea(), *_filler(40)]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    assert [s for s, _w, _x in m.profile(TEA).primary] == ["tea_ceremony"]
    got = m.rank(TEA).candidates
    ids = [c.volunteer_id for c in got]
    assert set(ids[:2]) == {"K1", "K2"}, ids
    assert {"C1", "C2"} <= set(ids), ids
    assert got[ids.index("C1")].factors["skill"] == pytest.approx(0.8 * 0.8)  # a further need's (SECOND_ASK)
    monkeypatch.setattr(
        "matching.features.SECOND_ASK", 1.0
    )  # the description's concept as a full match again
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    ids = [c.volunteer_id for c in m.rank(TEA, algorithm=replace(DEFAULT, wording=0.0)).candidates]
    assert set(ids[:2]) == {"C1", "C2"}, ids  # (the request's words may order them, skill-v4.76)


def test_without_registrants_of_the_titles_topic_the_descriptions_concepts_are_the_ask(areas, taxonomy):
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_tea_ceremony(), *_filler(40)])
    got = m.rank(TEA).candidates
    assert [c.volunteer_id for c in got[:2]] and {c.volunteer_id for c in got[:2]} == {"C1", "C2"}
    assert got[0].factors["skill"] == pytest.approx(0.8)  # the description's weight, not a further need's


# skill-v4.32 ---------------------------------------------------------------------------------------------------------


def _literals(title: str, taxonomy) -> list[str]:
    return [w for w, _f in literal.title_literals(title, taxonomy)]


def test_a_noun_of_doing_before_another_word_is_a_topic_the_head_is_the_doing(taxonomy):
    assert "化石" in _literals(
        "近くの川で、化石探しを案内してくれる方", taxonomy
    )  # 化石|探し: what is looked for
    assert "作業" not in _literals(
        "倉庫作業のボランティアを募集しています", taxonomy
    )  # the head: what is done
    assert "整理" not in _literals("集会所物置の整理", taxonomy)
    assert "届け" not in _literals("お昼のお届け係", taxonomy)  # a verb's stem is a doing wherever it stands


def test_a_titles_noun_of_doing_alone_is_its_topic(taxonomy):
    """skill-v4.38: 坐禅 (a noun that takes する) standing alone in a title is what the title asks for; a description's
    is not looked up so (it names what is done around the ask), and the head of a run stays a doing."""
    for title in (
        "一人では続かない坐禅、一緒に坐って教えてくれる人を",
        "心のもやもやを坐禅で解消する講座、講師を",
    ):
        assert "坐禅" in [w for w, _f in literal.title_literals(title, taxonomy, lone_doings=True)]
        assert "坐禅" not in _literals(title, taxonomy)
    assert "作業" not in [
        w
        for w, _f in literal.title_literals(
            "倉庫作業のボランティアを募集しています", taxonomy, lone_doings=True
        )
    ]
    assert "届け" not in [w for w, _f in literal.title_literals("お昼のお届け係", taxonomy, lone_doings=True)]


def test_the_registrants_of_a_titles_practice_lead(areas, taxonomy):
    vols = [
        Volunteer("Z1", skills=("坐禅会の世話役",), bio="お寺で月に一度、初心者の坐禅会を開いています。"),
        Volunteer(
            "Z2",
            skills=("自宅でできる坐禅の手ほどき",),
            bio="禅センターで、初めての方の坐禅の補佐をしています。",
        ),
        Volunteer(
            "S1",
            skills=("ストレッチ体操の講師",),
            bio="運動が苦手な方にも、心と体をほぐす体操を教えています。",
        ),
        Volunteer("S2", skills=("ヨガ教室",), bio="呼吸を大切にしたヨガを教えています。"),
        *_filler(30),
    ]
    top = ranked(
        Matcher(areas=areas, taxonomy=taxonomy),
        vols,
        title="心のもやもやを坐禅で解消する講座、講師を",
        description="ストレスが増えている今、趣味や運動で発散している方も多いと思いますが、心と体を落ち着ける講座を開きます。",
    )
    assert set(top[:2]) == {"Z1", "Z2"}


def test_a_loanword_names_a_thing_unless_it_is_boilerplate(taxonomy):
    assert "タッピングタッチ" in _literals("子どもとのかかわりに、タッピングタッチをもっと学びたい", taxonomy)
    assert "サポート" not in _literals("馬好きの仲間、サポートに来てください", taxonomy)
    assert "ボランティアスタッフ" not in _literals("子どもたちに星を見せるボランティアスタッフを", taxonomy)


def test_whom_it_is_for_is_not_a_topic(taxonomy):
    words = _literals("健康麻将の初心者グループに、教えてくださる方を", taxonomy)
    assert "健康麻将" in words
    assert not {"初心者", "グループ", "初心者グループ"} & set(words)


def test_a_title_that_names_only_who_asks_may_still_name_the_topic(areas, taxonomy):
    """「終活カフェで」 names who asks (a role), not an ask: the title's 薬膳 is looked up in the registrants' words."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    rq = m.profile(
        HelpRequest(
            "R",
            title="終活カフェで「薬膳茶セミナー」をもう一度",
            description="終活のセミナーは相続や遺言の話が多いのですが、秋に薬膳の先生をお招きしたら好評でした。",
        )
    )
    assert "薬膳" in [w for w, _f in rq.literal]


# skill-v4.33 ---------------------------------------------------------------------------------------------------------

ESPERANTO = HelpRequest(
    "R",
    title="平均年齢60歳の勉強会は入りづらくて",
    description=(
        "大学のとき挫折したエスペラントを、もう一度勉強したいと思っています。本屋には参考書があまりなく、"
        "エスペラントの会館まで行って冊子を買いましたが、古い本ばかりでした。実際の言葉を聞きながら学びたいです。"
    ),
)


def _esperanto() -> list[Volunteer]:
    return [
        Volunteer("E1", skills=("エスペラント講習会の講師",), bio="土曜日の朝に講習会を開いています。"),
        Volunteer("E2", skills=("エスペラント",), bio="国際共通語の会の会員です。"),
    ]


def _study() -> list[Volunteer]:
    return [Volunteer(f"S{i}", skills=("学習支援",), bio="子どもの勉強を見ています。") for i in range(3)]


def test_a_topic_the_description_repeats_is_looked_up_when_no_title_word_is_held(
    areas, taxonomy, monkeypatch
):
    """The registrants of a word the description repeats stand beside the holders of the description's concepts (学習
    支援 for its 勉強), not below them: unlike the title's, such a word is not the main ask, so without the request's
    words they score as the concept's holders do; since skill-v4.76 the words order them as they order two holders
    of one concept (the registrants who write of Esperanto come first)."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_esperanto(), *_study(), *_filler(40)])
    rq = m.profile(ESPERANTO)
    assert "エスペラント" in [w for w, _f in rq.desc_literal]
    assert "会館" not in [w for w, _f in rq.desc_literal]  # said once
    plain = {c.volunteer_id: c for c in m.rank(ESPERANTO, algorithm=replace(DEFAULT, wording=0.0)).candidates}
    got = {c.volunteer_id: c for c in m.rank(ESPERANTO).candidates}
    assert {"E1", "E2", "S0"} <= set(got), list(got)
    for e in ("E1", "E2"):
        assert got[e].reasons[0] == "依頼文が繰り返す言葉: 「エスペラント」(スキル辞書にない話題)", got[
            e
        ].reasons
        assert plain[e].score >= plain["S0"].score - 0.1  # beside, not below (0.9 × 0.8 against 0.8)
        assert got[e].score > got["S0"].score
    monkeypatch.setattr(
        "matching.features.DESC_LITERAL_REPEAT", 99
    )  # skill-v4.32: the description not looked up
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_esperanto(), *_study(), *_filler(40)])
    before = {c.volunteer_id: c.score for c in m.rank(ESPERANTO).candidates}
    assert before.get("E1", 0.0) < before["S0"] - 0.2, before  # its tag is more than the word: no evidence


def test_the_description_is_not_looked_up_when_the_title_has_a_topic(areas, taxonomy):
    """A title word registrants hold is the topic; the description's words are not looked up beside it, and a title
    that asks for a concept looks up neither."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_soba(), *_esperanto(), *_filler(40)])
    both = HelpRequest("R", title=SOBA.title, description=ESPERANTO.description)
    reasons = [r for c in m.rank(both).candidates for r in c.reasons]
    assert "依頼の題名と同じ言葉: 「燻製」(スキル辞書にない話題)" in reasons
    assert not any(r.startswith("依頼文が繰り返す言葉") for r in reasons), reasons
    assert (
        m.profile(
            HelpRequest("R", title="書道を教えてください", description=ESPERANTO.description)
        ).desc_literal
        == ()
    )


# skill-v4.35: a narrower topic inside a concept's word, a part of a title's word, a frame is no topic


def test_a_compound_that_says_more_than_its_concept_is_a_topic_a_framed_concept_is_not(taxonomy):
    assert [w for w, _f in literal.title_compounds("椅子ヨガの講師をお願いします", taxonomy)] == ["椅子ヨガ"]
    assert (
        literal.title_compounds("ヨガ教室の講師をお願いします", taxonomy) == ()
    )  # the concept and a tag's frame
    assert literal.title_compounds("太極拳指導のボランティア", taxonomy) == ()
    assert literal.title_compounds("パソコン作業の手伝い", taxonomy) == ()  # a doing, not a thing
    assert literal.title_compounds("", taxonomy) == ()


def test_the_registrants_of_a_narrower_topic_lead_the_broad_concepts_holders(matcher: Matcher):
    req = HelpRequest("R", title="椅子ヨガの講師をお願いします", description="座ったままできる体操の会です。")
    matcher.index(
        [
            Volunteer("Y1", skills=("ヨガ",), bio="公民館でヨガを教えています。"),
            Volunteer("Y2", skills=("ヨガインストラクター",), bio="ホットヨガのスタジオで教えています。"),
            Volunteer("C1", skills=("椅子ヨガ",), bio="デイサービスで月に二回教えています。"),
            *_filler(20),
        ]
    )
    got = matcher.rank(req).candidates
    assert got[0].volunteer_id == "C1"
    assert any("依頼の題名と同じ言葉: 「椅子ヨガ」" in r for r in got[0].reasons)
    assert {"Y1", "Y2"} <= {c.volunteer_id for c in got}  # the concept's holders stay, after


def test_a_part_of_the_titles_word_finds_its_registrants_too(matcher: Matcher, taxonomy):
    req = HelpRequest(
        "R", title="ミツロウラップ作りの講師", description="エコの講座で教えてくださる方を探しています。"
    )
    words = [w for w, _f in literal.title_literals(req.title, taxonomy)]
    assert "ミツロウ" in words and "作り" not in words  # a tag's frame alone is no topic
    matcher.index(
        [
            Volunteer("W1", skills=("ミツロウラップ",), bio="手作りの布ラップを教えています。"),
            Volunteer("W2", skills=("ミツロウキャンドル",), bio="キャンドルづくりの講座をしています。"),
            Volunteer("K1", skills=("お菓子作り",), bio="お菓子作りの教室をしています。"),
            *_filler(40),  # two holders of 43 is a topic, not everyday wording (LITERAL_SHARE)
        ]
    )
    got = matcher.rank(req).candidates
    assert [c.volunteer_id for c in got[:2]] == ["W1", "W2"]
    assert not any("「作り」" in r for c in got for r in c.reasons)  # お菓子作り holds no topic of the title
    # W2 holds the part as a skill, not only through the whole text's likeness
    assert any("依頼の題名と同じ言葉: 「ミツロウ」" in r for r in got[1].reasons), got[1].reasons


# skill-v4.40 ---------------------------------------------------------------------------------------------------------


def test_a_statement_of_a_tag_may_hold_the_word(taxonomy):
    """An aside in brackets or an item of a list is a statement of its own: 寄木 is most of 寄木職人, whatever the
    aside says; a word among others in one statement still is not."""
    assert literal._tag_holds(normalize("寄木"), "寄木職人(伝統工芸士の工房)")
    assert not literal._holds_word(normalize("寄木"), "寄木職人(伝統工芸士の工房)")
    assert literal._tag_holds(normalize("ボード"), "バックギャモンの普及(手作りボード)")
    assert not literal._tag_holds(normalize("紅茶"), "紅茶店のアルバイトと接客の研修")


@pytest.mark.parametrize("word", ["以上", "一度", "今回", "10台", "3名", "1時間", "一人"])
def test_a_time_an_amount_or_a_count_is_no_topic(taxonomy, word):
    words = [w for w, _f in literal.title_literals(f"{word}、寄木細工の先生を", taxonomy, lone_doings=True)]
    assert "寄木細工" in words
    assert word not in words


# skill-v4.41 ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["少人数", "マンツーマン", "個別", "対面"])
def test_how_the_help_is_given_is_no_topic(taxonomy, word):
    words = [w for w, _f in literal.title_literals(f"聞香を{word}で教えていただける方を", taxonomy)]
    assert "聞香" in words
    assert word not in words


# skill-v4.43 ---------------------------------------------------------------------------------------------------------


def _bridge_players(n_tags: int, n_bios: int) -> list[Volunteer]:
    return [
        Volunteer(f"B{i}", skills=("ブリッジサークル",), bio="毎月集まっています。") for i in range(n_tags)
    ] + [Volunteer(f"M{i}", skills=("書道",), bio="昔はブリッジもしました。") for i in range(n_bios)]


@pytest.mark.parametrize(
    ("n_tags", "n_bios", "topic"),
    [
        (
            6,
            3,
            True,
        ),  # 9 of 50 write it (over LITERAL_SHARE and LITERAL_FEW), six list it: a topic several teach
        (2, 8, False),  # 10 of 50, most only mention it: everyday wording
        (2, 5, True),  # 7 of 50, most only mention it: few write it (LITERAL_FEW, skill-v4.76)
        (1, 1, True),  # few write it: a topic, as before
        (17, 0, False),  # past twice LITERAL_FEW: everyday wording, however it is written
    ],
)
def test_a_word_many_list_as_their_skill_is_still_a_topic(matcher: Matcher, n_tags, n_bios, topic):
    req = HelpRequest(
        "R", title="ブリッジを習いたい、教えてくださる方を", description="4人でやるゲームです。"
    )
    vols = _bridge_players(n_tags, n_bios)
    matcher.index([*vols, *_filler(50 - len(vols))])
    got = matcher.rank(req).candidates
    said = any("依頼の題名と同じ言葉: 「ブリッジ」" in r for c in got for r in c.reasons)
    assert said is topic
    if topic and n_tags > n_bios:  # (where most only mention it, the request's words decide who leads)
        assert got[0].volunteer_id.startswith("B")


# skill-v4.46 ---------------------------------------------------------------------------------------------------------


def test_a_narrower_topic_counts_when_the_titles_concepts_only_name_the_occasion(matcher: Matcher, taxonomy):
    """「子ども講座「3Dプリンターの実演とものづくりの話」の講師を」: the concepts sit in the course's name, so the title
    asks for none of them; its narrower topic (3Dプリンター inside the printer concept's word) is still looked up."""
    title = "春休みの子ども講座「3Dプリンターの実演とものづくりの話」の講師を"
    assert "3Dプリンター" in [w for w, _f in matcher.profile(HelpRequest("R", title=title)).literal]
    matcher.index(
        [
            Volunteer("P1", skills=("3Dプリンタ工房の代表",), bio="自助具を作っています。"),
            Volunteer("P2", skills=("3Dプリンター講座",), bio="ものづくりの交流場で教えています。"),
            Volunteer("W1", skills=("寄木コースター手作り体験",), bio="夏休みのものづくり体験の講師です。"),
            Volunteer("S1", skills=("プリンターの設定",), bio="家庭のプリンターの接続を手伝います。"),
            *_filler(40),
        ]
    )
    got = [
        c.volunteer_id
        for c in matcher.rank(HelpRequest("R", title=title, description="親子20人ほどです。")).candidates
    ]
    assert set(got[:2]) == {"P1", "P2"}, got


def test_a_loanwords_final_long_vowel_may_be_left_out():
    assert ("3Dプリンター", normalize("3Dプリンタ")) in literal._with_spellings(
        (("3Dプリンター", normalize("3Dプリンター")),)
    )
    assert literal._with_spellings((("ゲーム", normalize("ゲーム")),)) == [("ゲーム", normalize("ゲーム"))]


# skill-v4.47 ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("真空管アンプの組み立てキット、回路図を教えてくれる方", "真空管アンプ"),
        ("ヒンディー語を一緒に勉強してくれる方、大募集", "ヒンディー語"),
        ("音読の宿題に、論語を読み聞かせてくださる方を", "論語"),
    ],
)
def test_the_word_a_titles_concept_is_done_on_is_looked_up(taxonomy, title, word):
    assert word in [w for w, _f in literal.title_objects(title, taxonomy)]


@pytest.mark.parametrize(
    "title",
    [
        "公民館で、子どもたちの勉強を見てくださる方",  # 公民館 is where, not what is studied
        "ヒンディー語の本を読みます。週末に勉強会をする仲間を",  # another clause
    ],
)
def test_a_word_elsewhere_in_the_title_is_not(taxonomy, title):
    assert not [w for w, _f in literal.title_objects(title, taxonomy) if w in ("公民館", "ヒンディー語")]


def test_the_registrants_of_what_is_studied_lead_the_tutors(matcher: Matcher):
    vols = [
        Volunteer("H1", skills=("ヒンディー語教室の主宰",), bio="初級クラスと体験授業をしています。"),
        Volunteer("H2", skills=("ヒンディー語講師",), bio="インド出身です。"),
        Volunteer("T1", skills=("学習支援",), bio="無料塾で中学生の勉強を見ています。"),
        Volunteer("T2", skills=("家庭教師",), bio="勉強が苦手な子に教えています。"),
        *_filler(40),
    ]
    got = ranked(
        matcher,
        vols,
        title="ヒンディー語を一緒に勉強してくれる方",
        description="文字と発音から教えてください。",
    )
    assert set(got[:2]) == {"H1", "H2"}, got
    assert {"T1", "T2"} <= set(got)  # the concept's holders stay, after


# skill-v4.48 ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("伝統文化フェスティバルの無料体験コーナーで、投扇興の指導を", "投扇興"),
        ("山の研修施設での親子レク、キンボールを教えてくださる方を", "キンボール"),
    ],
)
def test_the_topic_a_teacher_is_asked_for_is_looked_up(taxonomy, title, word):
    assert word in [w for w, _f in literal.title_objects(title, taxonomy)]


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("子どもの天体望遠鏡、使い方を教えてほしい", "使い方"),  # how a thing is done
        ("ウォーキングクラブの先生", "クラブ"),  # part of a run the dictionary reads
    ],
)
def test_how_to_and_a_part_of_a_concepts_run_are_no_topic_taught(taxonomy, title, word):
    assert word not in [w for w, _f in literal.title_objects(title, taxonomy)]


def test_the_teachers_of_the_titles_topic_are_proposed_beside_the_occasions_staff(matcher: Matcher):
    """They compete with the concept the title names as its occasion (the event's staff, a full concept match, may
    stay first: making such a concept a mere further need lost on the readable sets); before, they were not proposed
    at all."""
    vols = [
        Volunteer("T1", skills=("投扇興の会の師範",), bio="扇を投げて的を落とす遊びを教えています。"),
        Volunteer("T2", skills=("投扇興",), bio="お座敷遊びの体験会をしています。"),
        Volunteer("E1", skills=("イベントの受付",), bio="お祭りやフェスティバルの運営を手伝っています。"),
        *_filler(40),
    ]
    matcher.index(vols)
    req = HelpRequest(
        "R",
        title="伝統文化フェスティバルの無料体験コーナーで、投扇興の指導を",
        description="子どもたちが体験します。",
    )
    got = matcher.rank(req).candidates
    teachers = [c for c in got[:3] if c.volunteer_id in ("T1", "T2")]
    assert len(teachers) == 2, [c.volunteer_id for c in got]
    # as the title's topic (the skill they list), not only through the request's words
    assert all(any("依頼の題名と同じ言葉: 「投扇興」" in r for r in c.reasons) for c in teachers)


def test_the_holders_are_read_once_per_request_until_a_registrant_changes(areas, taxonomy, monkeypatch):
    """Re-scoring open requests reads the registrants' words once (the matcher remembers literal_rows on the request's
    profile while the segments are the same); a new registrant makes a new delta, and is read."""
    import matching.matcher as mm  # noqa: PLC0415

    calls = []
    real = mm.literal_rows
    monkeypatch.setattr(mm, "literal_rows", lambda *a: calls.append(1) or real(*a))
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index([*_gardeners(), *_soba(), *_filler(40)])
    first = [c.volunteer_id for c in m.rank(SOBA).candidates]
    n = len(calls)
    assert n and [c.volunteer_id for c in m.rank(SOBA).candidates] == first and len(calls) == n
    m.upsert(Volunteer("B4", skills=("燻製",), bio="燻製を教えています。"))
    again = [c.volunteer_id for c in m.rank(SOBA).candidates]
    assert len(calls) > n and "B4" in again, again
