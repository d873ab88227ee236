"""A topic the dictionary lacks, named in the title (skill-v4.21): 「盆栽講座の講師をお願いします」「子どもたちに消しゴムはんこを
教えてくださる方」「エンディングノートが途中で止まっています」.

When the title names no concept, the matcher used to take the main ask from the description, where on real pages it
often finds who asks (学童クラブでは…), who advised (ケアマネジャーさんに言われて) or an aside (折り紙タイム), and the
registrants who list the very word of the title as their skill (消しゴムはんこ教室, 盆栽指導員) were never proposed.
Here such a title's nouns that no taxonomy word covers are looked up in the registrants' own words: a registrant
whose tag is mostly that word (it makes up at least LITERAL_TAG_COVER of the tag: 写経 in 写経の講話) holds it as a skill — LITERAL_TAG, like a
concept in a tag — and, once some registrant lists it so, one whose bio names it holds it a little less
(LITERAL_BIO, like a concept in a bio). It enters the ranking as the text factor's evidence (the text factor is
the evidence of an ask the dictionary does not know), so its holders become candidates and compete with the
description's concepts on fit; the request's words (wording.py) then order them.

Since skill-v4.31 the title's topic, once registrants list it, is the main ask: the concepts (all read from the
description, since the title names none) count as a further need (SECOND_ASK), so a description's お茶 no longer puts
every tea-ceremony teacher before the registrants of the title's 紅茶. A tag holds the word when the word is most of
it once the tag's frame (TAG_FRAME: 講師, 教室, づくり …) is set aside — 燻製づくりの講師 holds 燻製 — and not when the
word is part of a word the dictionary reads in the tag (運び in 荷運び: that registrant lists a known concept).

Since skill-v4.32 a noun of doing counts as a topic where it modifies the word after it (化石 in 化石探し; the head
of a compound, 倉庫作業's 作業, names the doing), as does a loanword (タッピングタッチ) unless it is boilerplate, never
whom the help is for (初心者, 親子); and a title naming a concept only as who asks (終活カフェで…) is looked up too.

Since skill-v4.33, when no registrant lists a word of the title, the description's such words that it repeats (at
least twice: エスペラント under 「平均年齢60歳の勉強会は入りづらくて」) are looked up the same way; their holders stand
beside the description's concepts' (they do not lead them as a title's topic does), and the card says 「依頼文が繰り返す言葉」.

Since skill-v4.35 a title that names a concept is looked up for a narrower topic inside the concept's word (椅子ヨガ,
介助犬: title_compounds), which leads the concept as a title's topic does once registrants list it; a part of a title's
word counts as well as the whole (ミツロウ of ミツロウラップ), and a word that is only a tag's frame (作り, 体験) is none.
Since skill-v4.47 a title that names a concept is also looked up for the word the concept is done on or about (真空管
アンプの組み立て, ヒンディー語を一緒に勉強: title_objects), which leads the concept once registrants list it.
Since skill-v4.38 a title's noun of doing standing alone is its topic (坐禅); since v4.39 a word is looked up in its
dictionary spelling too (ギリシア語 and ギリシャ語; since v4.46 a loanword without its final long vowel too: 3Dプリンタ);
since v4.40 a tag's aside or list item holds a word as a whole tag does, and a time, an amount or a count (以上, 10台)
is no topic; since v4.41 neither is how the help is given (少人数).
Since skill-v4.70 a title that asks for a concept is looked up for its other such words too (浄瑠璃 beside 三味線の稽古,
デンマーク語 beside 勉強を見てほしい), not a part of the concept's own word (写真 of 写真を撮って); their holders stand beside
the concept's, as the description's repeated words do. 福祉, the field every 社協 request is in, is no topic.
Only words few registrants write count (LITERAL_SHARE of all volunteers): a word many write is everyday wording,
not a topic — unless most of those who write it list it as their skill (since skill-v4.43: ブリッジ, in a small city's
roster, five tags of seven writers), up to twice that share. Recruitment boilerplate (募集, ボランティア, スタッフ …) is
never a topic. The lookup goes through the whole-text fallback's inverted postings (the rows holding every posted n-gram of the word), then checks the
few rows found: its cost is that of the word's postings, never a scan of every volunteer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import variants
from .grams import FloatArray, fallback_terms
from .normalize import EN_FUNCTION_WORDS, latin_words, normalize, stem_en

if TYPE_CHECKING:
    from .index import Segment
    from .taxonomy import Taxonomy

LITERAL_TAG = 1.0  # a registrant's tag that is mostly the title's word
LITERAL_BIO = 0.9  # a bio that names it, when some registrant lists it as a skill
LITERAL_TAG_COVER = 0.4  # the share of a tag's characters the word must make up (写経 in 写経の講話)
EN_TAG_WORDS = 8  # an English tag longer than this is a sentence, not a skill's name
LITERAL_SHARE = 0.08  # a word more of the volunteers than this write is everyday wording, not a topic
# ... but a word this few write is rare in any roster (skill-v4.76): in a small one (60 registrants, six of them
# teaching 拓本) the share alone made a topic several registrants share everyday wording
LITERAL_FEW = 8
# a loanword names a thing even where Japanese can do it (タッピング|タッチ), unless it is boilerplate (サポート)
_LOANWORD = re.compile(r"[\u30a1-\u30fa\u30fc]{4,}")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_HIRAGANA_ONLY = re.compile(r"[\u3041-\u309f\u30fc]+")  # ひろば, くださる: not a topic's name
# ... unless the dictionary reads it as one noun this long (skill-v4.76: なぎなた, こんにゃく, ろうけつ, かんじき); the
# rarity rules below keep out the long everyday ones (きっかけ, ふれあい)
HIRAGANA_WORD = 4
# Recruitment boilerplate: words of any request for helpers, never its topic.
GENERIC = frozenset(
    normalize(w)
    for w in (
        "募集",
        "募集中",
        "随時",
        "当日",
        "ボランティア",
        "スタッフ",
        "メンバー",
        "サポーター",
        "お手伝い",
        "手伝い",
        "協力",
        "支援",
        "活動",
        "参加",
        "一緒",
        "お願い",
        "方",
        "方々",
        "人",
        "皆さん",
        "皆様",
        "仲間",
        "相手",  # 練習相手, しゃべる相手: someone to do it with, not what
        "会員",
        "教室",
        "講座",
        "講師",
        "先生",
        "担当",
        "地域",
        "施設",
        "福祉",  # the field every request of a 社協 is in (福祉推進員, 福祉施設)
        "サポート",
        "サービス",
        "アシスタント",
        "フォロー",
        # whom it is for, not what is asked (初心者グループ, 親子向け)
        "初心者",
        "入門者",
        "高齢者",
        "シニア",
        "子ども",
        "子供",
        "親子",
        "大人",
        "女性",
        "男性",
        "グループ",
        # how the help is given, not what (少人数で教えて, 個別に)
        "少人数",
        "大人数",
        "個別",
        "マンツーマン",
        "一対一",
        "対面",
        "単発",
    )
)


# What a tag says around its topic (燻製づくりの講師, 紅茶教室の先生, ペタンク指導): boilerplate, making and teaching. Not
# every action: in 画面読み上げ the reading is the skill.
TAG_FRAME = GENERIC | frozenset(
    normalize(w)
    for w in ("づくり", "作り", "作成", "制作", "指導", "指導員", "体験", "経験", "会", "サークル")
)


def title_literals(title: str, taxonomy: Taxonomy, lone_doings: bool = False) -> tuple[tuple[str, str], ...]:
    """Returns (as written, normalised) for each run of the title's nouns (a verb's stem inside a compound counts:
    消しゴム, 草木染め) and each part of such a run, longest first, that no taxonomy word covers and that is not only
    boilerplate, whom it is for or doings (倉庫作業's 作業: what is done, not a topic; but 化石 of 化石探し, and a
    loanword such as タッピングタッチ, name things). With lone_doings (a title, since skill-v4.38), a noun of doing that
    stands alone is a topic too (「一人では続かない坐禅、…」「心のもやもやを坐禅で解消する講座」): a title names what it
    asks for. () without the dictionary. Never raises."""
    out: dict[str, str] = {}
    for found in variants.noun_runs(title):
        # a noun of doing that modifies the word after it names what is done's object, a topic (化石|探し); the head,
        # last, names the doing (倉庫|作業), and a verb's stem does wherever it stands (届け|係); a title's noun of
        # doing alone is what the title asks for (坐禅), when it is written in kanji or katakana (not a verb's stem)
        run = [
            (p, a and (k == len(found) - 1 or found[k + 1][1] or _HIRAGANA.search(p) is not None))
            for k, (p, a) in enumerate(found)
        ]
        if lone_doings and len(found) == 1 and not _HIRAGANA.search(found[0][0]):
            run = [(found[0][0], False)]
        for i in range(len(run)):
            for j in range(len(run), i, -1):
                parts = run[i:j]
                word = "".join(p for p, _a in parts)
                if all(normalize(p) in TAG_FRAME or action for p, action in parts) and not (
                    _LOANWORD.fullmatch(word) and not any(normalize(p) in GENERIC for p, _a in parts)
                ):
                    continue
                folded = normalize(word)
                if (
                    len(folded) < 2
                    or folded.isascii()
                    or (_HIRAGANA_ONLY.fullmatch(word) and len(word) < HIRAGANA_WORD)
                    or folded in out
                    or variants.says_when_or_how_many(word)
                    or taxonomy.text_hits(word)
                ):
                    continue
                out[folded] = word
    for w in english_topics(title, taxonomy):
        out.setdefault(w, w)
    return tuple(sorted(((w, f) for f, w in out.items()), key=lambda x: -len(x[1])))


# English words of any request for helpers (skill-v4.74): who, whom for, how and where, never a topic
EN_GENERIC = frozenset(
    stem_en(w)
    for w in [
        "volunteer",
        "volunteers",
        "looking",
        "teach",
        "teaching",
        "teacher",
        "children",
        "child",
        "kids",
        "kid",
        "people",
        "person",
        "someone",
        "helper",
        "helpers",
        "helping",
        "english",
        "japanese",
        "class",
        "classes",
        "group",
        "groups",
        "event",
        "events",
        "program",
        "programme",
        "session",
        "sessions",
        "staff",
        "support",
        "explain",
        "things",
        "thing",
        "start",
        "join",
        "find",
        "come",
        "wanted",
        "needed",
        "local",
        "city",
        "community",
        "school",
        "home",
        "guide",
        "guides",
        "work",
        "club",
        "young",
        "youth",
        "adult",
        "adults",
        "beginner",
        "beginners",
        "year",
        "years",
        "time",
        "times",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "friendly",
        "free",
        "together",
        "learn",
        "learning",
        "play",
        "playing",
        "lesson",
        "lessons",
        "ask",
        "asking",
        "meeting",
        "meetings",
        "weekly",
        "monthly",
        "daily",
        "library",
        "center",
        "centre",
        "hall",
        "hospital",
        "museum",
        "office",
        "station",
        "house",
        "room",
    ]
)


def english_topics(title: str, taxonomy: Taxonomy) -> list[str]:
    """Returns an English title's content words that no concept covers (floorball, squirrel, tabletop): a topic the
    dictionary lacks, looked up as a Japanese title's nouns are (skill-v4.74). Function words, request boilerplate
    (EN_GENERIC) and words of four letters or fewer are not."""
    out = []
    for m in re.finditer(r"[a-z][a-z'\-]*[a-z]", normalize(title)):
        w = m.group()
        if len(w) < 5 or w in EN_FUNCTION_WORDS or stem_en(w) in EN_GENERIC or taxonomy.text_hits(w):
            continue
        out.append(w)
    return out


def title_compounds(title: str, taxonomy: Taxonomy) -> tuple[tuple[str, str], ...]:
    """Returns (as written, normalised) for each run of the title's nouns, and each part of such a run, that holds a
    concept's word and says more than it (笑いヨガ ⊃ ヨガ, 介助犬 ⊃ 介助): a narrower topic the dictionary reads only as
    the broad concept inside it, longest first. Besides the concept's words it must name a thing: more than a tag's
    frame (ヨガ教室, 太極拳指導) or whom it is for, not only a doing (パソコン作業). () without the dictionary. Never
    raises."""
    out: dict[str, str] = {}
    for found in variants.noun_runs(title):
        for i in range(len(found)):
            for j in range(len(found), i, -1):
                parts = found[i:j]
                word = "".join(p for p, _a in parts)
                folded = normalize(word)
                hits = [w for _sid, w in taxonomy.text_hits(word)]
                if not hits or folded in out:
                    continue
                left = folded
                for w in sorted(hits, key=len, reverse=True):
                    left = left.replace(w, "")
                for p, _a in parts:
                    if normalize(p) in TAG_FRAME:
                        left = left.replace(normalize(p), "")
                doing = "".join(normalize(p) for p, a in parts if a)
                if left != folded and any(c not in doing for c in left):
                    out[folded] = word
    return tuple(sorted(((w, f) for f, w in out.items()), key=lambda x: -len(x[1])))


# A word the title names right before a concept's word with の (真空管アンプの組み立て), or as the object of its doing a
# few characters before it (ヒンディー語を一緒に勉強, 論語を読み聞かせ): what the concept is done on or about
_OBJECT_GAP = 8
# What a title asks of a teacher (投扇興の指導を, キンボールを教えてくださる方): the word before is the topic taught, even
# where a concept's word in the title names only the occasion (伝統文化フェスティバルの…コーナーで)
_TEACHING = tuple(normalize(x) for x in ("指導", "講師", "先生", "教え", "手ほどき", "練習", "習い"))
_HOW_TO = normalize("方")  # 使い方, 読み方: how a thing is done, not a topic


def title_objects(title: str, taxonomy: Taxonomy) -> tuple[tuple[str, str], ...]:
    """Returns (as written, normalised) for each of the title's words no concept covers (title_literals) that narrows
    a concept's word of the title: right before it with の (「真空管アンプの組み立てキット」「鳴く虫の観察会」) or its
    object, を and at most _OBJECT_GAP characters of the same clause before it (「ヒンディー語を一緒に勉強」); or that a
    teacher is asked for in the same way (「…コーナーで、投扇興の指導を」「キンボールを教えてくださる方」, skill-v4.48).
    The registrants who list that word are who the title asks for, more than the broad concept's. Never raises."""
    t = normalize(title)
    words = {w for _sid, w in taxonomy.text_hits(title)}
    whole = {normalize("".join(p for p, _a in run)) for run in variants.noun_runs(title)}
    out = []
    for written, folded in title_literals(title, taxonomy, lone_doings=True):
        # a teacher asked for: the word a whole run of nouns (not クラブ of ウォーキングクラブ), not how a thing is done
        taught = folded in whole and not folded.endswith(_HOW_TO)
        if any(_narrows(t, folded, w) for w in words) or (
            taught and any(_narrows(t, folded, f) for f in _TEACHING)
        ):
            out.append((written, folded))
    return tuple(out)


_NO, _WO = normalize("の"), normalize("を")


def _narrows(t: str, folded: str, w: str) -> bool:
    """Returns whether the normalised title t names the word right before w with の, or as the object of w (を and at
    most _OBJECT_GAP characters of the same clause)."""
    return (
        folded + _NO + w in t
        or re.search(f"{re.escape(folded)}{_WO}[^、。,.!?！？]{{0,{_OBJECT_GAP}}}{re.escape(w)}", t)
        is not None
    )


def literal_rows(
    segs: Sequence[Segment], words: tuple[tuple[str, str], ...], taxonomy: Taxonomy
) -> list[tuple[FloatArray, dict[int, str]] | None]:
    """Returns, for each segment (the main one first), each row's evidence of holding one of the words given (the
    title's, or the description's it repeats: LITERAL_TAG, LITERAL_BIO or 0) and the word (as the request writes it)
    each holding row holds, or None when no
    row of it holds one. Whether a word counts is judged over every segment's volunteers together, so which
    segment holds a registrant never changes it: a word in nobody's tag is skipped, and so is one held by more than
    LITERAL_SHARE of all the volunteers (and more than LITERAL_FEW), unless most of its holders hold it in a tag
    (then up to twice that). A part of a longer word counts too (コンポスト of 段ボールコンポスト finds
    ダンボールコンポスト's adviser; skill-v4.35), at the same evidence: a row keeps the longest word it holds."""
    population = sum(len(seg) for seg in segs)
    many_at = max(LITERAL_SHARE * population, LITERAL_FEW)  # more writers than this: everyday wording
    out = [np.zeros(len(seg), dtype=np.float32) for seg in segs]
    held: list[dict[int, str]] = [{} for _seg in segs]
    for written, folded in _with_spellings(words):
        terms = fallback_terms(folded)
        got: list[tuple[int, int, float]] = []  # (segment, row, evidence)
        for k, seg in enumerate(segs):
            rows = _rows_with_terms(seg, terms, main=k == 0)
            if rows is None or len(rows) > 2 * many_at:
                got = []  # everyday wording: its n-grams alone are in too many texts to read them all
                break
            for r in rows.tolist():
                v = seg.volunteer(r)
                if any(_tag_holds(folded, t) and not _in_concept_word(folded, t, taxonomy) for t in v.skills):
                    got.append((k, r, LITERAL_TAG))
                elif folded in normalize(v.bio) and (
                    not folded.isascii() or stem_en(folded) in latin_words(normalize(v.bio))
                ):
                    got.append((k, r, LITERAL_BIO))
        tags = sum(1 for _k, _r, x in got if x >= LITERAL_TAG)
        # many who write it make it everyday wording (学校, 日本語 in bios), unless most of them list it as their skill
        # (ブリッジ in 87 registrants, five of seven in a tag: a topic several teach); never past twice the share
        many = len(got) > many_at
        if not tags or (many and (2 * tags <= len(got) or len(got) > 2 * many_at)):
            continue
        for k, r, x in got:
            if x > out[k][r]:
                out[k][r] = x
                held[k][r] = written
    return [(o, h) if h else None for o, h in zip(out, held, strict=True)]


def _with_spellings(words: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Returns the words, each followed by its dictionary spelling when that differs (ギリシア語 → ギリシャ語, ヴァイオリン
    → バイオリン): registrants write either, and the lookup reads their words as written."""
    out: list[tuple[str, str]] = []
    for written, folded in words:
        out.append((written, folded))
        spelled = normalize(variants.variant(written))
        if spelled and spelled != folded:
            out.append((written, spelled))
        short = _LONG_END_RE.sub("", folded)
        if short != folded:
            out.append((written, short))
    return out


# A loanword's final long vowel, written or left out (プリンター, プリンタ; JIS Z 8301): the word without it finds both
_LONG_END_RE = re.compile(r"(?<=[\u30a1-\u30fa]{3})\u30fc$")


# What separates a tag's statements: an aside in brackets, a list (寄木職人(伝統工芸士の工房), 手作りボード・ダイス)
_TAG_PARTS_RE = re.compile(r"[(（)）「」『』・、/]")


def _tag_holds(folded: str, tag: str) -> bool:
    """Returns whether a tag, or one of its statements (an aside in brackets, an item of a list: skill-v4.40), is
    mostly the word (_holds_word): 寄木 in 寄木職人(伝統工芸士の工房), where the aside outweighed the word."""
    if _holds_word(folded, tag):
        return True
    parts = [p for p in _TAG_PARTS_RE.split(tag) if p.strip()]
    return len(parts) > 1 and any(_holds_word(folded, p) for p in parts)


def _holds_word(folded: str, tag: str) -> bool:
    """Returns whether a tag is mostly the word: the word makes up LITERAL_TAG_COVER of the tag's characters, not
    counting what frames a tag's topic (TAG_FRAME) (燻製 in 燻製づくりの講師, 紅茶 in 紅茶教室の講師)."""
    t = normalize(tag)
    if folded not in t:
        return False
    if (
        folded.isascii()
    ):  # an English word: one of a short tag's words (floorball in "Coaching young floorball players")
        words = latin_words(t)
        return stem_en(folded) in words and len(words) <= EN_TAG_WORDS
    if len(folded) >= LITERAL_TAG_COVER * len(t):
        return True
    content = sum(len(f) for w in variants.content_words(tag) if (f := normalize(w)) not in TAG_FRAME)
    return len(folded) >= LITERAL_TAG_COVER * content


def _in_concept_word(folded: str, tag: str, taxonomy: Taxonomy) -> bool:
    """Returns whether the word is part of a word the dictionary reads in the tag (運び in 荷運び): the registrant
    lists a concept the dictionary knows, not the title's unknown topic."""
    return any(folded in w for _s, w, _x in taxonomy.tag_hits(tag))


def _rows_with_terms(seg: Segment, terms: np.ndarray, main: bool) -> np.ndarray | None:
    """Returns the rows of a segment whose postings hold every posted term of a word (a superset of the rows whose
    text holds it), or none. None, for the main segment (whose texts the idf was fitted on), when its texts hold
    the word's n-grams but none is posted: each is in too many of them, and the word is everyday wording. (A delta
    segment is too small for any n-gram to go unposted.)"""
    indptr, indices, idf = seg.fb_indptr, seg.fb_indices, seg.fb_idf
    if indptr is None or indices is None or not len(terms):
        return np.zeros(0, dtype=np.intp)
    lists = [indices[indptr[t] : indptr[t + 1]] for t in terms.tolist() if indptr[t + 1] > indptr[t]]
    if not lists:
        written = main and idf is not None and bool((idf[terms] < seg.fb_idf_unseen).any())
        return None if written else np.zeros(0, dtype=np.intp)
    lists.sort(key=len)
    rows = lists[0]
    for x in lists[1:]:
        rows = np.intersect1d(rows, x, assume_unique=True)
        if not len(rows):
            break
    return rows
