"""Feature functions: pure, named <subject>_<method>, one signature `(context, rows, config) -> FtResult`.

- `context` (Context): one request as every feature reads it: its analysis (RequestProfile: concepts asked,
  masks, n-gram query; computed once per request and cached) plus per-segment arrays computed once per request
  (text coverage, or the whole-text fallback's fit).
- `rows` (Segment or SegmentView): column arrays over the volunteers scored, all at once (numpy, no per-volunteer
  Python loop); a view is the candidate subset of one request.
- `config` (Config): the taxonomy, the areas and their adjacency.

Each returns an FtResult: `scores` in [0, 1], one per row, and a `detail` that renders the Japanese reasons
for a row when asked (only the candidates shown are). How the scores combine, the hard constraints and the
order of the reasons live on the Algorithm (see `algorithm.py`), a versioned, weighted list of these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from . import vectors
from .areas import Areas
from .index import NO_AVAIL_BIT as _NO_AVAIL_BIT
from .index import (
    BoolArray,
    FloatArray,
    IntArray,
    LangCodes,
    Postings,
    Rows,
    Segment,
    SegmentView,
    VolunteerProfile,
    fallback_terms,
    slot_mask,
    text_query,
    volunteer_profile,
)
from .normalize import normalize
from .reasons import area_reason, lang_ja, time_reason
from .taxonomy import Taxonomy
from .types import HelpRequest, Volunteer
from .variants import variant

RELATED_CREDIT = 0.4  # a related skill (same group, or listed as related) scores below the exact one
CLOSE_CREDIT = 0.9  # a near-equivalent skill (listed as close) scores just below the exact one
SIMILAR_CREDIT = 0.7  # the same help on another thing (tablet ↔ smartphone): between related and close
MODIFIER_WEIGHT = 0.35  # 「イベントの写真撮影」: イベント qualifies the skill asked for, it is not the skill
_SENTENCE_END = "。.!?！？\n"
AREA_SCORES = {"same": 1.0, "remote": 1.0, "neighbour": 0.75, "unknown": 0.75, "far": 0.45}
TIME_COMMON, TIME_FLEXIBLE, TIME_UNKNOWN = 1.0, 1.0, 0.45
TIME_FLEXIBLE_UNKNOWN = 0.8  # a flexible request, but the volunteer never said when they are free
SECONDARY_WEIGHT = (
    0.5  # below this an asked concept is a qualifier, not a need (reasons do not call it missing)
)
DESC_WEIGHT = 0.8  # a concept named only in the tags or description: a need, below the main one in the title
# Whole-text fallback (no concept recognised, or nobody holds one): relative cosine → skill-like fit in
# [FALLBACK_FIT_MIN, FALLBACK_FIT_MAX] × the text weight's inverse — always below an exact concept match.
FALLBACK_POOL = 200  # most similar rows per segment considered
FALLBACK_REL_MIN = 0.35  # share of the best cosine a row needs to be proposed
FALLBACK_COS_MIN = 0.03  # absolute floor: shared boilerplate alone is not similarity
FALLBACK_FIT_MIN, FALLBACK_FIT_MAX = 0.32, 0.6
EVIDENCE_MEMO = 64  # skill evidences kept per request profile (volunteers shown across its rankings)
TEXT_MIN = 0.5  # weighted share of a volunteer's unknown tag covered by the request text


class FtResult(NamedTuple):
    """One feature's scores for every row (in [0, 1]) and how to explain them (rendered only for shown rows)."""

    scores: FloatArray
    detail: Detail | None = None


class Detail:
    """Why a feature scored the rows as it did. Building one is O(1); the Japanese text is rendered per shown
    candidate only, so a feature stays one vectorised pass over the rows."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the reasons for one row; value is its (rounded) score, shown those of every listed candidate."""
        return []


@dataclass(frozen=True)
class Config:
    """What features read besides the request and the rows: the taxonomy, the areas and their adjacency."""

    taxonomy: Taxonomy
    areas: Areas
    neighbours: BoolArray  # [area index, area index]: True where two areas border


@dataclass
class RequestProfile:
    """What the matcher extracts from one request, computed once per request."""

    request: HelpRequest
    asked: list[tuple[str, str, float]]  # (skill_id, matched word, weight); coverage uses all of them
    primary: list[
        tuple[str, str, float]
    ]  # the main need (title, else tags, else description): the skill factor
    lang_mask: int
    rare_langs: frozenset[str]
    slot_mask: int
    area: str | None
    area_idx: int
    remote: bool
    query: NDArray[np.int32]  # sorted hashed n-gram ids present in the request text
    fb_text: str = ""  # normalised title + description + tags, for the whole-text fallback

    def fallback_query(self) -> IntArray:
        """Returns the sorted fallback term ids of the request text (computed on first use: most requests
        never need the fallback)."""
        q = self.__dict__.get("_fb_query")
        if q is None:
            q = fallback_terms(self.fb_text)
            self.__dict__["_fb_query"] = q
        return q

    excluded: frozenset[str] = field(default_factory=frozenset)
    # skill_evidence() of volunteers shown for this request, by (skills, bio); see Context.skill_evidence.
    evidence: dict[tuple[tuple[str, ...], str], SkillEvidence] = field(
        default_factory=dict, compare=False, repr=False
    )


def request_profile(
    req: HelpRequest, *, taxonomy: Taxonomy, areas: Areas, area_index: dict[str, int], langs: LangCodes
) -> RequestProfile:
    """Returns the concepts, masks and text query of a request."""
    who = req.requester
    found: list[tuple[str, str, float, bool]] = []  # in reading order: title, tags, description
    title_ids: set[str] = set()
    for sid, w, weight, role in text_concepts(req.title, taxonomy, who, req.description):
        found.append((sid, w, weight, role))
        title_ids.add(sid)
    for tag in req.skills:
        for sid, w, _s in taxonomy.tag_hits(tag):
            found.append((sid, w, DESC_WEIGHT, False))
    for sid, w, weight, role in text_concepts(req.description, taxonomy, who, req.title):
        found.append((sid, w, weight * DESC_WEIGHT if weight >= 1.0 else weight, role))
    all_role = bool(found) and all(role for *_x, role in found)
    if VEC_REQUEST and vectors.available() and (VEC_REQUEST == "always" or not found or all_role):
        # Words no dictionary knows, by their nearest concept: only when the dictionary found no need, so a
        # vector link never competes with a real hit. A link in a phrase naming who asks or for whom is left out
        # (the dictionary's own such words stand).
        for k, text in enumerate((req.title, *req.skills, req.description)):
            for sid, w, weight, role in _vector_concepts(text, taxonomy, who, found):
                if not role:
                    found.append((sid, w, weight if k == 0 else weight * DESC_WEIGHT, False))
    # Every concept the request names is scored; none overrides another. The title is the person's main ask;
    # tags and the description add further needs and weigh a little less (DESC_WEIGHT). A concept named in
    # several places keeps its highest weight; a qualifier (「イベントの」写真撮影) keeps MODIFIER_WEIGHT and a
    # word naming who asks or for whom ROLE_WEIGHT — unless the request names nothing else.
    if all_role:  # (vector links added since are not roles and keep their weights)
        found = [
            (sid, w, 1.0 if sid in title_ids else DESC_WEIGHT, False) if role else (sid, w, x, False)
            for sid, w, x, role in found
        ]
    else:  # who asks or for whom is no need at all: it neither brings candidates in nor lowers coverage
        found = [f for f in found if not f[3]]
    asked: dict[str, tuple[str, float]] = {}
    for sid, w, x, _r in found:
        if sid not in asked or asked[sid][1] < x:
            asked[sid] = (w, x)
    # A language the helper must speak is a hard constraint, not a skill asked for — unless the title asks for
    # it or it is all there is (「ベトナム語で生活の相談にのってほしい」).
    need = set(req.languages) - {"ja"}
    lang_only = {
        s
        for s in asked
        if taxonomy.skills[s].languages and set(taxonomy.skills[s].languages) & need and s not in title_ids
    }
    if lang_only and len(lang_only) < len(asked):
        for s in lang_only:
            del asked[s]
    # Several needs: the first of the strongest is the main ask; the others count as SECOND_ASK of it, so a
    # volunteer holding only a secondary need never scores as a full match and one holding both leads.
    top_w = max((x for _w, x in asked.values()), default=0.0)
    main = next((s for s, (_w, x) in asked.items() if x >= top_w), None)
    for s, (w, x) in list(asked.items()):
        if s != main and x >= SECONDARY_WEIGHT:
            asked[s] = (w, min(x, top_w * SECOND_ASK))
    primary = {s: v for s, v in asked.items() if v[1] >= top_w}
    text = normalize(" ".join((req.title, req.description, *req.skills)))
    fb_text = normalize(" ".join((req.title, ask_sentences(req.description), *req.skills)))
    a = areas.canonical(req.area)
    known = set(langs.bits)
    return RequestProfile(
        request=req,
        asked=[(sid, w, s) for sid, (w, s) in asked.items()],
        primary=[(sid, w, s) for sid, (w, s) in primary.items()],
        lang_mask=langs.mask(req.languages),
        rare_langs=frozenset(x for x in req.languages if x not in known),
        slot_mask=slot_mask(req.slots),
        area=a,
        area_idx=area_index.get(a, -1) if a else -1,
        remote=req.remote_ok,
        query=text_query(text),
        fb_text=fb_text,
        excluded=req.excluded,
    )


# A sentence that asks (「…してくださる方を探しています」「…をお願いしたい」「…いませんか」) against one that
# introduces the writer or the setting (「サロンで活動しています。」「参加者のなかに…方がいます。」).
_ASK_RE = re.compile(
    r"ください|下さい|くださる|下さる|ほしい|欲しい|お願い|願いま|募集|探して|さがして|いませんか|おられませんか"
    r"|いただけ|頂け|もらえ|たいです|たいと思|たい。|求め|頼み|頼め|助かり|助かる|want|need|looking for|could|please"
    r"|can someone|would like",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"[^。.!?！？\n]+[。.!?！？\n]?")


def ask_sentences(text: str) -> str:
    """Returns the sentences of a description that ask for something, or the whole text when none does (the
    text fallback then compares the ask, not the writer's self-introduction, with the volunteers' words)."""
    sents = _SENTENCE_RE.findall(text or "")
    asks = [x for x in sents if _ASK_RE.search(x)]
    return "".join(asks) if asks and len(asks) < len(sents) else text


# Who asks and for whom are not what is asked (「パソコン教室からのお願い」「サロンで活動しています」「一人暮らしの方の」
# 「身体を動かしたい方」): a concept in such a phrase is read at ROLE_WEIGHT, below a qualifier, unless the request
# names nothing else. Cue phrases are matched after normalisation (hiragana → katakana).
ROLE_WEIGHT = 0.3
SECOND_ASK = 0.8  # a further need besides the main ask: a volunteer holding only it is not a full match
_WHO_AFTER = tuple(
    normalize(x)
    for x in (
        "からのお願い",
        "からの依頼",
        "からのご依頼",
        "から依頼",
        "で活動し",
        "で活動中",
        "の活動をし",
        "を運営し",
        "の運営を",
        "の運営者",
        "の運営スタッフ",
        "を主催し",
        "の主催",
        "主催の",
        "を主宰し",
        "の主宰",
        "主宰の",
        "を経営し",
        "を営ん",
        "を営む",
        "の代表",
        "のスタッフで",
        "の者です",
        "の者で",
        "に所属",
        "の会員",
        "の世話人",
        "の役員",
        "に参加して",
        "を開いて",
        "を開催して",
        "をやって",
        "をしています",
        "をしております",
        "を行って",
        "で行って",
        "を運営",
        "では毎",
        "でボランティア",
        "の担当",
        "のメンバー",
        "を立ち上げ",
        # what the writer already manages is not the ask (「スマホは毎日使っているのですが、タブレットは…」)
        "は毎日使って",
        "は毎日使いこなして",
        "は使っているのですが",
        "は使っていますが",
        "は使えるのですが",
        "は使えますが",
        "はなんとか使え",
        "とは勝手が違",  # 「スマホとは勝手が違う」: what the ask is compared with
        "とは違って",
        "と違って",
        # the people the help is done with (「子どもたちと畑を」): for whom, not the ask
        "たちと",
        "たちといっしょに",
    )
)
# The people a need is for: 「…の方の」「…たい方」「…が苦手な方」; a helper is described with 「…できる方」.
_PERSON = (
    "方",
    normalize("子ども"),  # the tail is normalised (子ドモ); the kanji entries read the same either way
    "子供",
    normalize("こども"),
    "児童",
    "人",
    "方々",
    "皆",
    "みな",
    "高齢者",
    "お年寄",
    "利用者",
    "参加者",
    "住民",
    "母",
    "父",
    "祖母",
    "祖父",
    "夫",
    "妻",
    "息子",
    "娘",
    "家族",
    "両親",
    "親",
)
# One pass over a concept's tail each instead of a startswith per cue and position (most of reading a request).
_WHO_AFTER_RE = re.compile("|".join(map(re.escape, _WHO_AFTER)))
_PERSON_RE = re.compile("|".join(map(re.escape, _PERSON)))
_FOR_LEAD = tuple(
    normalize(x)
    for x in ("たい", "ている", "ておられる", "てる", "苦手な", "不自由な", "不安な", "困って", "の")
)
_HELPER = tuple(
    normalize(x)
    for x in (
        "できる",
        "出来る",
        "得意",
        "詳しい",
        "くわしい",
        "教えられる",
        "教えて",
        "てくれる",
        "ていただける",
        "経験",
        "上手",
        "弾ける",
        "可能",
        "お持ち",
        "持って",
        "資格",
        "自信",
        "好きな",
        "慣れ",
        "わかる",
        "分かる",
        "使える",
        "ある方",
    )
)
# 「…の事務局です」「…教室です」「ヨガサークルです」: a noun phrase introducing the writer (a short noun tail, then です).
_SELF_INTRO_RE = re.compile(
    "^(?:[^ガヲニハデモトノ]{0,3}|サークル|クラブ|グループ|チーム)(?:デス|デゴザイマス)(?:[。.!！]|$)"
)
# A concept word that, with a place noun, names where the help happens (保育園で, 放課後クラブで, 料理教室で), not a need.
_VENUE_RE = re.compile(
    "(?:[\u4e00-\u9fff]{0,2}[園館所室校場]|クラブ|センター|ホーム|施設|サロン|教室)(?:デ(?!キ|ス)|ニテ|ノ中デ)"
)
_CLAUSE_END = "。.!?！？\n、,「」()()"
_ROLE_WINDOW = 14  # characters after a concept word searched for the role cue


QUOTE_MIN = 10  # a quotation this long is someone's words (「携帯を替えた、この番号を登録して」), not the ask
_QUOTE_RE = re.compile("「([^「」]*)」")


def _quoted(t: str) -> tuple[tuple[int, int], ...]:
    """Returns the spans of long quotations (reported speech) in a normalised text."""
    return tuple((m.start(), m.end()) for m in _QUOTE_RE.finditer(t) if len(m.group(1)) >= QUOTE_MIN)


def _role(t: str, end: int, requester: tuple[tuple[int, int], ...], start: int) -> bool:
    """Returns whether a concept word at t[start:end] names who asks or whom the need is for, or sits in
    someone's quoted words, rather than the need."""
    if any(a <= start and end <= b for a, b in requester):
        return True
    tail = t[end : end + _ROLE_WINDOW]
    # A group's own name in quotes (料理教室「菜の花」からのお願い, 書道サークル「白梅」の): read past it.
    q = tail.find("「", 0, 6)
    if q >= 0:
        j = t.find("」", end + q, end + _ROLE_WINDOW)
        if j > 0:
            tail = tail[:q] + t[j + 1 : j + 1 + _ROLE_WINDOW]
    for i, ch in enumerate(tail):
        if ch in _CLAUSE_END:
            tail = tail[:i]
            break
    # a cue within the first six characters (the leftmost match of the alternation starts there if any does)
    who = _WHO_AFTER_RE.search(tail)
    if (who is not None and who.start() < 6) or _SELF_INTRO_RE.match(tail):
        return True
    if _VENUE_RE.match(tail):  # 「保育園で紙芝居を」「放課後クラブで」: where the help happens
        return True
    # the first position holding a person word, and at it the first of _PERSON in order (as the alternation tries)
    person = _PERSON_RE.search(tail)
    if person is not None:
        k, p = person.start(), person.group()
        lead = tail[:k]
        # the word itself may carry the cue (「手話ができる」方)
        if p in ("方", "人") and any(h in t[start:end] + lead for h in _HELPER):
            return False  # 「…ができる方」: the helper sought, so the ask
        return k == 0 or lead.endswith(_FOR_LEAD) or lead.endswith("ナ")  # 好きな, 元気な
    return False


# Words that on their own say the writer's situation or the manner of help, not a help (「一人暮らしで食事が偏り
# がち」「…について相談にのってください」「パンクの修理」): read like who asks — a need only when the request names
# nothing else (「一人暮らしの母が心配」 is a watching-over request; 「詐欺の電話…相談にのって」 asks about scams).
_BACKGROUND = frozenset(
    normalize(x)
    for x in (
        "一人暮らし",
        "ひとり暮らし",
        "独り暮らし",
        "独居",
        "相談にのって",
        "相談に乗って",
        "相談にのる",
        "相談に乗る",
        "修理",  # 「パンクの修理」「ぬいぐるみの修理」: what is repaired is the ask
        "修繕",
        "補修",
        "repair",
        "fix",
    )
)


# A concept word, then at most a short kanji noun (用, 大会, 教室, 体験会), then の: it names the kind of thing or
# occasion a later concept of the same sentence is asked for (「カラオケ大会の司会」 asks for an MC).
_QUALIFIER_RE = re.compile("[\u4e00-\u9fff々]{0,3}ノ")


def _requester_spans(t: str, requester: str) -> tuple[tuple[int, int], ...]:
    """Returns where the requester's own name occurs in the normalised text."""
    r = normalize(requester)
    if len(r) < 2:
        return ()
    out, i = [], t.find(r)
    while i >= 0:
        out.append((i, i + len(r)))
        i = t.find(r, i + 1)
    return tuple(out)


def text_concepts(
    text: str, taxonomy: Taxonomy, requester: str = "", context: str = ""
) -> list[tuple[str, str, float, bool]]:
    """Returns (skill_id, word, weight, role) per concept mention: a mention that only qualifies a later one in
    the same sentence (followed by の) gets MODIFIER_WEIGHT; one naming who asks or whom it is for (role) gets
    ROLE_WEIGHT. Context rules read `context` (the request's other fields) beside the text."""
    out = _text_concepts(text, taxonomy, requester, context)
    v = variant(text)  # the dictionary's spellings (おり紙 → 折り紙): concepts only they show
    if v:
        seen = {sid for sid, *_x in out}
        out.extend(h for h in _text_concepts(v, taxonomy, requester, context) if h[0] not in seen)
    return out


# "fallback": a request's words are read through the vectors only when the dictionary found no need in it (or only
# who asks); "always": beside its concepts too (measured worse: held-out −0.017, fresh −0.067); "": never.
VEC_REQUEST = "fallback"


def _vector_concepts(
    text: str, taxonomy: Taxonomy, requester: str, found: list[tuple[str, str, float, bool]]
) -> list[tuple[str, str, float, bool]]:
    """Returns concept mentions from words the taxonomy does not know (vectors.links), weighted VEC_CREDIT of a
    taxonomy word, with whether each names who asks or for whom (read by the same cues as a taxonomy word)."""
    seen = {sid for sid, *_x in found}
    t = normalize(text)
    req_spans = (_requester_spans(t, requester) if requester else ()) + _quoted(t)
    out = []
    for sid, word, _cos in vectors.links(text, taxonomy, vectors.VEC_MIN_REQUEST):
        if sid in seen:
            continue
        w = normalize(word)
        start = t.find(w)
        role = start >= 0 and _role(t, start + len(w), req_spans, start)
        out.append((sid, w, vectors.VEC_CREDIT * (ROLE_WEIGHT if role else 1.0), role))
    return out


# A concept the writer says is not wanted or not needed (「手話は使われません」「パソコンはできなくても大丈夫」
# 「車は不要です」「スマホではなく」): no need at all.
_NOT_ASKED_RE = re.compile(
    "|".join(
        re.escape(normalize(x))
        for x in (
            "は使われません",
            "は使われない",
            "は使いません",
            "は使わない",
            "は不要",
            "はいりません",
            "は要りません",
            "は必要ありません",
            "は必要ない",
            "は必要ございません",
            "はできなくても",
            "ができなくても",
            "は出来なくても",
            "が出来なくても",
            "ではなく",
            "じゃなく",
            "でなくて",
        )
    )
)


# A concept followed by 「(を)(し)ながら」 says how the help is done, not what is asked (「おしゃべりしながら一緒に
# 作って」 asks for crafts; 「歌いながら体操」 for exercise): weighed like a qualifier.
_MANNER_RE = re.compile(f"(?:{normalize('を')})?(?:{normalize('し')})?{normalize('ながら')}")


def _style_of_next(
    taxonomy: Taxonomy, sid: str, t: str, end: int, nxt: list[tuple[str, str, int, int]]
) -> bool:
    """Returns whether a language word written as an English adjective directly before another concept names its
    style, not a language asked for (「learn Japanese home cooking」「Chinese calligraphy」)."""
    if not nxt or taxonomy.skills[sid].category != "language" or not t[end - 1 : end].isascii():
        return False
    sid2, _w2, start2, _e2 = nxt[0]
    return sid2 != sid and start2 - end <= 1 and not t[end:start2].strip()


def _text_concepts(
    text: str, taxonomy: Taxonomy, requester: str, context: str = ""
) -> list[tuple[str, str, float, bool]]:
    spans = taxonomy.text_spans(text, context)
    t = normalize(text)
    req_spans = (_requester_spans(t, requester) if requester else ()) + _quoted(t)
    out = []
    for i, (sid, w, start, end) in enumerate(spans):
        if _NOT_ASKED_RE.match(t, end):
            continue
        weight = 1.0
        if w in _BACKGROUND or _role(t, end, req_spans, start):
            out.append((sid, w, ROLE_WEIGHT, True))
            continue
        if _MANNER_RE.match(t, end) or _style_of_next(taxonomy, sid, t, end, spans[i + 1 : i + 2]):
            weight = MODIFIER_WEIGHT
        elif _QUALIFIER_RE.match(t, end):  # の (katakana after normalisation), 用の, 大会の, 教室の
            for sid2, w2, start2, _e2 in spans[i + 1 :]:
                if any(ch in _SENTENCE_END for ch in t[end:start2]):
                    break
                if sid2 != sid and w2 not in _BACKGROUND:  # 「パンクの修理」: the thing repaired is the ask
                    # 「リフト付きの車の運転」: a kind of the later ask, the same help on a special thing, is the ask
                    if sid2 not in taxonomy.skills[sid].similar:
                        weight = MODIFIER_WEIGHT
                    break
        out.append((sid, w, weight, False))
    return out


@dataclass(frozen=True)
class Context:
    """One request as every feature reads it while scoring one segment: the request's analysis (cached across
    rankings) plus what is computed once per request and segment (text coverage over all its rows)."""

    profile: RequestProfile
    text_cov: FloatArray | None = None  # text factor over every row of the segment; None: not computed
    fallback: bool = False  # text_cov holds the whole-text fallback's fit (no concept matched anyone)

    def skill_evidence(
        self, v: Volunteer, tax: Taxonomy, prof: Callable[[], VolunteerProfile] | None = None
    ) -> SkillEvidence:
        """Returns skill_evidence() for a volunteer, remembered on the request's profile: the skill and coverage
        reasons share it, and open requests are re-ranked often with mostly the same volunteers shown."""
        memo = self.profile.evidence
        key = (v.skills, v.bio)  # all it reads of the volunteer (through volunteer_profile)
        ev = memo.get(key)
        if ev is None:
            if len(memo) >= EVIDENCE_MEMO:
                memo.clear()
            ev = memo[key] = skill_evidence(self.profile, v, tax, prof() if prof else None)
        return ev


def context(profile: RequestProfile, seg: Segment, *, text: bool = True) -> Context:
    """Returns the scoring context of a request on a segment (text: compute the text coverage, one pass over
    the postings of the request's n-grams)."""
    cov = None
    if text and seg.text is not None and len(profile.query):
        cov = text_coverage(profile, seg.postings, len(seg))
    return Context(profile, cov)


class _RowsDetail(Detail):
    """A detail that reads the request, the rows' volunteers and the config when asked for a row's reasons
    (a plain slotted class: one is built per feature per scoring, on the hot path)."""

    __slots__ = ("cfg", "ctx", "rows")

    def __init__(self, ctx: Context, rows: Rows, cfg: Config) -> None:
        self.ctx, self.rows, self.cfg = ctx, rows, cfg

    def volunteer(self, row: int) -> Volunteer:
        """Returns the volunteer of a row."""
        return self.rows.volunteer(row)

    def profile(self, row: int) -> VolunteerProfile:
        """Returns the analysed profile (concepts, residual text) of a row's volunteer."""
        return self.rows.profile(row)


class ConstraintsDetail(_RowsDetail):
    """Reasons of the hard constraints: each non-Japanese language asked is spoken."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns 「英語対応可」 for each language the request needs besides Japanese."""
        return [f"{lang_ja(lang)}対応可" for lang in sorted(self.ctx.profile.request.languages - {"ja"})]


def constraints_hard(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 where no hard constraint fails (active, capacity, languages, a common slot), else 0."""
    rq = ctx.profile
    detail = ConstraintsDetail(ctx, rows, cfg)
    if isinstance(rows, SegmentView) and rows.prefiltered:
        return FtResult(np.ones(len(rows), dtype=np.float32), detail)
    ok = rows.eligible & rows.alive
    if rq.lang_mask & ~1:  # Japanese alone is assumed of everyone who registered without languages
        ok &= (rows.lang & rq.lang_mask) == rq.lang_mask
    elif rq.lang_mask:
        ok &= (rows.lang & 1) == 1
    if rq.slot_mask:
        avail = rows.avail
        ok &= (avail & (rq.slot_mask | _NO_AVAIL_BIT)) != 0
    if rq.excluded:
        ok[rows.positions(rq.excluded)] = False
    return FtResult(ok.astype(np.float32), detail)


def _skill_scores(asked: list[tuple[str, str, float]], rows: Rows, weighted: bool) -> list[FloatArray]:
    out = []
    for sid, _w, weight in asked:
        r = rows.skill_row[sid]
        rel = rows.G[rows.skill_group[r]]
        if len(rows.related_rows[r]):
            rel = np.maximum(rel, rows.C[rows.related_rows[r]].max(axis=0))
        s = np.maximum(rows.C[r], np.float32(RELATED_CREDIT) * rel)
        if len(rows.close_rows[r]):
            s = np.maximum(s, np.float32(CLOSE_CREDIT) * rows.C[rows.close_rows[r]].max(axis=0))
        if len(rows.similar_rows[r]):
            s = np.maximum(s, np.float32(SIMILAR_CREDIT) * rows.C[rows.similar_rows[r]].max(axis=0))
        out.append(s * np.float32(weight) if weighted and weight != 1.0 else s)
    return out


def _memo(rows: Rows, key: str, compute: Callable[[], FloatArray]) -> FloatArray:
    """Returns compute(), remembered on a cached candidate view. Only for results that depend on nothing but the
    concepts asked (with their weights), which the view is keyed by: requests asking the same share them."""
    if not isinstance(rows, SegmentView):
        return compute()
    s = rows.memo.get(key)
    if s is None:
        s = rows.memo[key] = compute()
    return s


@dataclass(frozen=True)
class SkillEvidence:
    """How a volunteer's skills meet each concept asked: (is main need, line) exact, (is main need, rank, line)
    close or related, and the labels of needs not shown at all."""

    exact: list[tuple[bool, str]]
    near: list[tuple[bool, int, str]]
    missing: list[str]


def skill_evidence(
    rq: RequestProfile, v: Volunteer, tax: Taxonomy, prof: VolunteerProfile | None = None
) -> SkillEvidence:
    """Returns how a volunteer's skills meet each concept the request asks for (for the reasons); prof is the
    volunteer's analysed profile when the caller has it (else their text is read)."""
    hits = (prof if prof is not None else volunteer_profile(v, tax)).hits
    primary = {sid for sid, _w, _x in rq.primary}
    exact: list[tuple[bool, str]] = []
    near: list[tuple[bool, int, str]] = []
    missing: list[str] = []
    for sid, word, weight in rq.asked:
        label = tax.skills[sid].label_ja
        h = hits.get(sid)
        if h is not None:
            # Both sides: the request's words and the volunteer's (「依頼『草ぼうぼう』/登録『草むしり』」).
            asked_w, held_w = tax.display(word), tax.display(h.word)
            nl = normalize(label)
            sides = [f"依頼「{asked_w}」" if word != nl else "", f"登録「{held_w}」" if h.word != nl else ""]
            src = f"({'・'.join(x for x in sides if x)})" if any(sides) else ""
            exact.append((sid in primary, f"スキル一致: {label}{src}"))
            continue
        close = [x for x in hits.values() if x.skill_id in (*tax.skills[sid].close, *tax.skills[sid].similar)]
        if close:
            best = max(close, key=lambda x: (x.strength, x.skill_id))
            near.append(
                (sid in primary, 0, f"近いスキル: {tax.skills[best.skill_id].label_ja}(依頼は{label})")
            )
            continue
        grp = tax.group_of(sid)
        rel = [
            x
            for x in hits.values()
            if tax.group_of(x.skill_id) == grp or x.skill_id in tax.skills[sid].related
        ]
        if rel:
            best = max(rel, key=lambda x: (x.strength, x.skill_id))
            near.append(
                (sid in primary, 1, f"関連スキル: {tax.skills[best.skill_id].label_ja}(依頼は{label})")
            )
        if weight >= SECONDARY_WEIGHT:  # a qualifier (「イベントの」写真撮影) is not a missing skill
            missing.append(label)
    return SkillEvidence(exact, near, missing)


class SkillDetail(_RowsDetail):
    """Reasons of the skill factor: the exact matches, else the best close or related skill."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns exact matches (main need first), or one near match when the main need has no exact one."""
        ev = self.ctx.skill_evidence(self.volunteer(row), self.cfg.taxonomy, lambda: self.profile(row))
        out = [t for _p, t in sorted(ev.exact, key=lambda e: not e[0])]
        if not any(p for p, _t in ev.exact) and ev.near:
            out.append(sorted(ev.near, key=lambda e: (not e[0], e[1]))[0][2])
        return out


def skill_taxonomy(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns the best weighted match over every concept asked (title and tags 1, description DESC_WEIGHT,
    qualifier MODIFIER_WEIGHT): exact skill by strength, close or related skill at reduced credit."""
    asked = ctx.profile.asked

    def compute() -> FloatArray:
        per = _skill_scores(asked, rows, weighted=True)
        if not per:
            return np.zeros(len(rows), dtype=np.float32)
        return np.maximum.reduce(per) if len(per) > 1 else per[0]

    return FtResult(_memo(rows, "skill_taxonomy", compute), SkillDetail(ctx, rows, cfg))


class CoverageDetail(_RowsDetail):
    """Reasons of the coverage factor: the needs asked that the volunteer does not show."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns 「X・Yは未確認」 when the volunteer matches some need of several but not these."""
        rq = self.ctx.profile
        ev = self.ctx.skill_evidence(self.volunteer(row), self.cfg.taxonomy, lambda: self.profile(row))
        if ev.missing and (ev.exact or ev.near) and len(rq.asked) > 1:
            return [f"{'・'.join(ev.missing[:2])}は未確認"]
        return []


def skill_coverage(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns the weighted mean match over every skill asked for (a second skill missing lowers it)."""
    asked = ctx.profile.asked

    def compute() -> FloatArray:
        per = _skill_scores(asked, rows, weighted=False)
        if not per:
            return np.zeros(len(rows), dtype=np.float32)
        if len(per) == 1:
            return per[0]
        ws = [w for _s, _x, w in asked]
        acc = np.zeros(len(rows), dtype=np.float32)
        for w, p in zip(ws, per, strict=True):
            acc += np.float32(w) * p
        return acc / np.float32(sum(ws))

    return FtResult(_memo(rows, "skill_coverage", compute), CoverageDetail(ctx, rows, cfg))


class TextDetail(_RowsDetail):
    """Reasons of the text factor: the volunteer's own words the request echoes, or the whole-text fallback."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the fallback's line, or the start of the residual tags the request text covers."""
        if self.ctx.fallback:
            return ["依頼文と登録内容(タグ・自己紹介)の言葉が近い(スキル辞書では未判定)"]
        if value > 0:
            resid = self.profile(row).residual
            return [f"文章が類似: 「{resid[:20]}」"]
        return []


def text_tfidf(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns how much of a volunteer's unrecognised tags (char n-grams, idf-weighted) the request text covers
    (or, in the fallback, the whole-text fit): the context's per-segment coverage, taken at the rows."""
    detail = TextDetail(ctx, rows, cfg)
    cov = ctx.text_cov
    if cov is None:
        return FtResult(np.zeros(len(rows), dtype=np.float32), detail)
    return FtResult(cov.take(rows.idx) if isinstance(rows, SegmentView) else cov, detail)


def text_coverage(rq: RequestProfile, postings: Postings | None, n: int) -> FloatArray:
    """Returns text coverage for every row (inverted index over residual tags: cost ∝ matching postings)."""
    out = np.zeros(n, dtype=np.float32)
    if postings is None or not len(rq.query):
        return out
    indptr, indices, sq = postings
    # An n-gram's posting holds each row once, so adding posting by posting in query order is np.add.at over their
    # concatenation, addition for addition in float32 (the same sums to the bit), without the concatenation.
    for a, b in zip(indptr[rq.query].tolist(), indptr[rq.query + 1].tolist(), strict=True):
        if b > a:
            out[indices[a:b]] += sq[a:b]
    out[out < TEXT_MIN] = 0.0
    return out


class AreaDetail(_RowsDetail):
    """Reasons of the area factor: same, neighbouring, far or unknown town, or a remote request."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the area line (同じ町(中里) …)."""
        rq, v = self.ctx.profile, self.volunteer(row)
        rel = "remote" if rq.remote else self.cfg.areas.relation(rq.request.area, v.area)
        return [area_reason(rel, self.cfg.areas, v)]


def area_relation(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 same area or remote request, 0.75 neighbouring or unknown, 0.45 far."""
    rq = ctx.profile
    n = len(rows)
    detail = AreaDetail(ctx, rows, cfg)
    if rq.remote:
        return FtResult(np.full(n, AREA_SCORES["remote"], dtype=np.float32), detail)
    if rq.area_idx < 0:
        return FtResult(np.full(n, AREA_SCORES["unknown"], dtype=np.float32), detail)
    # One lookup table per request: slot 0 is "area unknown", slot k+1 is area k.
    table = np.where(cfg.neighbours[rq.area_idx], AREA_SCORES["neighbour"], AREA_SCORES["far"]).astype(
        np.float32
    )
    table[rq.area_idx] = AREA_SCORES["same"]
    table = np.concatenate(([np.float32(AREA_SCORES["unknown"])], table))
    return FtResult(table.take(rows.area.astype(np.intp) + 1), detail)


class TimeDetail(_RowsDetail):
    """Reasons of the time factor: the common slots, or that the volunteer's availability is unknown."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the time line, if the request names slots."""
        t = time_reason(self.ctx.profile.request, self.volunteer(row))
        return [t] if t else []


def time_overlap(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 with a common slot (or a flexible request), 0.45 when the volunteer gave no availability
    (TIME_FLEXIBLE_UNKNOWN for a flexible request: free at some time, but not said when)."""
    rq = ctx.profile
    detail = TimeDetail(ctx, rows, cfg)
    avail = rows.avail
    if not rq.slot_mask:
        s0 = np.where(avail == _NO_AVAIL_BIT, TIME_FLEXIBLE_UNKNOWN, TIME_FLEXIBLE)
        return FtResult(s0.astype(np.float32), detail)
    s = np.where(
        avail == _NO_AVAIL_BIT, TIME_UNKNOWN, np.where((avail & rq.slot_mask) != 0, TIME_COMMON, 0.0)
    )
    return FtResult(s.astype(np.float32), detail)


class FairnessDetail(_RowsDetail):
    """Reasons of the fairness factor: a recent load, or the never-matched lift when it set someone apart."""

    __slots__ = ()

    def reasons(self, row: int, value: float, shown: Sequence[float]) -> list[str]:
        """Returns the load line, or the never-matched line when fairness differs among those listed."""
        v = self.volunteer(row)
        if v.load.recent_proposals or v.load.recent_approvals:
            return [f"最近の紹介が多め(紹介{v.load.recent_proposals}件・承認{v.load.recent_approvals}件)"]
        # The never-matched lift is worth saying only when it set someone apart from the others listed.
        if not v.load.ever_matched and value >= 1.0 and len(set(shown)) > 1:
            return ["まだ活動につながっていない登録者(優先)"]
        return []


def fairness_load(ctx: Context, rows: Rows, cfg: Config) -> FtResult:
    """Returns 1 for never-matched registrants, lower the more proposals and approvals they had recently."""
    return FtResult(rows.fairness, FairnessDetail(ctx, rows, cfg))
