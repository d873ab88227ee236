"""skill-v4.76: the topic of a title the dictionary lacks, once registrants list it, counts as the main ask's evidence
when the request's words order a list (a 浄瑠璃 troupe's puppeteer against a recorder player held by the instruments'
concept); a word eight or fewer registrants write is rare in any roster, however small (six of sixty teach 拓本); and
a hiragana noun of four letters or more can be a title's topic (こんにゃく, ろうけつ; なぎなた until v4.77 taught it)."""

from __future__ import annotations

from matching import HelpRequest, Matcher, Volunteer, literal
from tests.unit.matching.reading import ranked


def _filler(n: int) -> list[Volunteer]:
    return [Volunteer(f"F{i:02d}", skills=("書道",), bio="書道を教えています。") for i in range(n)]


def test_a_titles_topic_held_in_a_tag_is_ordered_by_the_words_beside_a_concepts_holder(areas, taxonomy):
    # The instruments' concept holds 三味線 and リコーダー alike: the recorder player's bio holds the title's concept
    # by another of its words (0.9), the puppeteer's tag holds the title's 浄瑠璃 and the bio writes of what the request
    # writes of. Until v4.76 the words could not lift the puppeteer past the recorder player: the text factor's
    # evidence was no fit of the main ask, so 0.9 was a clearly better fit than none.
    vols = [
        Volunteer(
            "joruri",
            skills=("人形浄瑠璃の保存会",),
            bio="人形浄瑠璃の保存会で、小学校の子どもたちに語りと人形遣いを指導しています。公演の前は稽古を毎週つけます。",
        ),
        Volunteer(
            "flute", skills=("学童クラブのリーダー",), bio="学童で子どもたちにリコーダーを教えています。"
        ),
        *_filler(30),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    got = ranked(
        m,
        vols,
        title="小学生に浄瑠璃の語り・三味線・人形の稽古をつけてくださる方",
        description="子どもたちが浄瑠璃の稽古に励んでいます。語り、三味線、人形の3部門に分かれて稽古し、公演をしました。"
        "今春の公演に向けて、子どもたちに稽古をつけてくださる方を探しています。",
    )
    assert got.index("joruri") < got.index("flute"), got


def _takuhon_roster() -> list[Volunteer]:
    writers = [
        Volunteer("T1", skills=("拓本体験教室の講師",), bio="文化財の会で拓本体験教室の指導をしています。"),
        Volunteer(
            "T2",
            skills=("拓本ワークショップの講師",),
            bio="拓本のワークショップで墨とタンポづくりから教えます。",
        ),
        Volunteer("T3", skills=("拓本",), bio="石碑の拓本をとっています。"),
        Volunteer(
            "T4", skills=("博物館ボランティアとしての瓦の取り扱い",), bio="研修で瓦の拓本をとりました。"
        ),
        Volunteer("T5", skills=("資料館の学習会の担当",), bio="資料館で拓本の講座をしています。"),
        Volunteer("T6", skills=("書道教室",), bio="特別講座「はじめての拓本」を開きました。"),
    ]
    others = [
        Volunteer(f"S{i:02d}", skills=("子どもの学習支援",), bio="小学生の宿題や勉強を見ています。")
        for i in range(54)
    ]
    return writers + others


def test_a_word_few_registrants_write_is_a_topic_in_a_small_roster(areas, taxonomy):
    # Six of sixty write 拓本, three in a tag: more than 8 % of the roster, so until v4.76 the word counted as everyday
    # wording (most of its writers did not list it) and was never looked up.
    vols = _takuhon_roster()
    words = (("拓本", "拓本"),)
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    held = literal.literal_rows((m._main,), words, taxonomy)[0]
    assert held is not None
    assert {m._main.ids[r] for r in held[1]} == {"T1", "T2", "T3", "T4", "T5", "T6"}
    # and a word more than eight (and more than 8 %) write, most of them not listing it, is still everyday wording
    many = [
        *vols,
        *(Volunteer(f"U{i}", skills=("園芸",), bio="拓本の展示を見に行きました。") for i in range(6)),
    ]
    m.index(many)
    assert literal.literal_rows((m._main,), words, taxonomy)[0] is None


def test_a_long_hiragana_noun_is_a_titles_topic(taxonomy):
    words = [w for w, _f in literal.title_literals("手づくりこんにゃくの作り方を子どもたちに", taxonomy)]
    assert "こんにゃく" in words, words
    # a short one is not (ひろば, こども: everyday words a title writes in kana)
    assert "ひろば" not in [w for w, _f in literal.title_literals("ひろばで遊ぶ会のお手伝い", taxonomy)]


def test_a_long_hiragana_title_topic_brings_its_registrants(areas, taxonomy):
    vols = [
        Volunteer(
            "konnyaku", skills=("こんにゃく教室の講師",), bio="こんにゃく芋から作る教室を開いています。"
        ),
        Volunteer("event", skills=("大会の運営",), bio="地域の運動会や大会の受付をしています。"),
        *_filler(30),
    ]
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(vols)
    # the title names no concept; the description's 行事 is one (event running), which the title's topic leads
    ask = HelpRequest(
        "R",
        title="収穫祭で、こんにゃくづくりを教えてくださる方",
        description="地域の会です。年間行事は総会と大会です。子どもたちに教えてくださる方を。",
    )
    got = m.rank(ask).candidates
    assert got and got[0].volunteer_id == "konnyaku", [(c.volunteer_id, c.score) for c in got]
