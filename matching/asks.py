"""Reading a request's text: which concepts it asks for, and which of its concept words only name who asks, for
whom, where, how, or what is not wanted (sentence roles, cue phrases, the request's own fields). Pure; the
features (`features.py`) score the volunteers against what this returns."""

from __future__ import annotations

import re

from . import vectors
from .normalize import normalize
from .qualifiers import BACKGROUND, SENTENCE_END, qualifies
from .taxonomy import Taxonomy
from .unasked import ASK_FIELD_RE, not_asked, qualification_only, unasked_everywhere
from .variants import variant
from .venues import group_venue

MODIFIER_WEIGHT = 0.35  # 「イベントの写真撮影」: イベント qualifies the skill asked for, it is not the skill


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
        "サークルに入って",
        "クラブに入って",
        "の会に入って",
        "活動をしている",
        "活動している",
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
        "の世話人",
        "の役員",
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
        "の会です",
        "の会でございます",
        "の会では",
        "を立ち上げ",
        # where something comes from (「農家から送ってもらう米袋」「孫から届いた写真」): the source, not the ask
        "から送",
        "から届",
        "からもら",
        "からいただ",
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
_WHO_AFTER_RE = re.compile(
    "|".join(map(re.escape, _WHO_AFTER))
    # 「…に参加している者です」 says who asks; 「ゴミ拾いに参加してくださる方」 asks
    # 「…の会員です」 says who asks; 「観光ガイドの会員募集」 recruits (the ask is to join and do it)
    + "|(?:"
    + normalize("の会員|のメンバー")
    + ")(?!(?:"
    + normalize("を|を大|大")
    + ")?"
    + normalize("募集(?!の)|になって|になりませんか|を募|を求め")
    + ")"
    + "|"
    + normalize("に参加して")
    + "(?!"
    + normalize("くださ|下さ|いただ|頂|もらえ|ほし")
    + ")"
)
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
# 「…の事務局です」「…教室です」「写真クラブですが、」: a noun phrase introducing the writer (a short noun tail, then です).
# A concept word that itself ends in wanting (訳してほしい, 習いたい): before です it asks, it does not introduce.
_WANT_END = tuple(normalize(x) for x in ("ほしい", "欲しい", "たい"))
_SELF_INTRO_RE = re.compile(
    "^(?:[^ガヲニハデモトノ]{0,3}|サークル|クラブ|グループ|チーム)(?:デス|デゴザイマス)(?:ガ|ケド)?(?:[。.!！]|$)"
)
# A concept word that, with a place noun, names where the help happens (保育園で, 放課後クラブで, 料理教室で), not a need.
_VENUE_RE = re.compile(
    "(?:[\u4e00-\u9fff]{0,2}[園館所室校場]|クラブ|センター|ホーム|施設|サロン|教室)(?:デ(?!キ|ス)|ニテ|ノ中デ)"
)
# The one a gift goes to (「雑巾を縫って保育園に寄付しています」): for whom, not the ask.
_RECIPIENT_RE = re.compile(
    "(?:[\u4e00-\u9fff]{0,2}[園館所室校場]|センター|ホーム|施設|食堂)?[ニヘ](?:寄付|寄贈|オ贈リ|贈)"
)
# 「おもちゃや絵本のあるひろば」「ピアノがある部屋」: the concept furnishes a place; 「経験のある方」 is the helper.
_FURNISHES_RE = re.compile("[ノガ]アル(?![方人]|オ方)")
# A helper already there, spoken of as someone (「ヘルパーさんが来ない日」「看護師さんは常駐」「床屋さんから電話が」),
# is not the help asked for; 「通訳さんを探しています」「ヘルパーさんに来てほしい」 ask.
_THIRD_PARTY_RE = re.compile("サン(?:[ガハトモ]|カラ)")
_CLAUSE_END = "。.!?！？\n、,「」()()"
_CLEFT = (normalize("のは"), normalize("のは、"))
_ROLE_WINDOW = 14  # characters after a concept word searched for the role cue


QUOTE_MIN = 10  # a quotation this long is someone's words (「携帯を替えた、この番号を登録して」), not the ask
_QUOTE_RE = re.compile("「([^「」]*)」")


# A quotation that is the need voiced (「『スマホの使い方が分からない』という声が多く」「…という相談」) is the ask.
_VOICED_NEED_RE = re.compile(
    "(?:"
    + "|".join(re.escape(normalize(x)) for x in ("という", "との", "などの"))
    + ")(?:"
    + "|".join(re.escape(normalize(x)) for x in ("声", "相談", "悩み", "お悩み", "質問", "要望", "ご要望"))
    + ")"
)


# The writer's own earlier wording, quoted to correct it (「前に『カットしてくれる方』と書いたら床屋さんから…」), at any length.
_EARLIER_RE = re.compile(
    "[「『]([^「」『』]*)[」』]"
    + normalize("と")
    + "(?:"
    + "|".join(map(normalize, ("書い", "頼ん", "出し", "載せ")))
    + ")"
)


def _quoted(t: str) -> tuple[tuple[int, int], ...]:
    """Returns the spans of long quotations (reported speech) in a normalised text, but for a need voiced, and of
    the writer's own earlier wording quoted."""
    return tuple(
        (m.start(), m.end())
        for m in _QUOTE_RE.finditer(t)
        if len(m.group(1)) >= QUOTE_MIN and not _VOICED_NEED_RE.match(t, m.end())
    ) + tuple((m.start(), m.end()) for m in _EARLIER_RE.finditer(t))


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
    if who is not None and who.start() < 6:
        return True
    # 「…の事務局です」 introduces the writer; 「困っているのは…手続きです」 names the ask
    if (
        _SELF_INTRO_RE.match(tail)
        and not t.endswith(_CLEFT, max(0, start - 4), start)
        and not t.endswith(_WANT_END, start, end)  # 「訳してほしいです」 asks
    ):
        return True
    if _VENUE_RE.match(tail) or _RECIPIENT_RE.match(
        tail
    ):  # 「保育園で紙芝居を」「保育園に寄付」: where, to whom
        return True
    if _FURNISHES_RE.match(tail):  # 「絵本のある『ひろば』」: what a place has, not the ask
        return True
    if _THIRD_PARTY_RE.match(tail):  # 「ヘルパーさんが来ない日」「保育士さんと一緒に」: someone already there
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


# An escort is of what is escorted: a bare escort word (「付添ボランティア」) reads like the words above when the request
# names a kind of escort of another concept (「買い物の付き添い」), unless a concept qualifies it right before
# (「外出レクリエーションの同行」 asks for the escort).
_ESCORT = frozenset(normalize(x) for x in ("付き添い", "付添", "同行", "付き添う", "つきそい"))


def _escort_of_something_else(
    taxonomy: Taxonomy, spans: list[tuple[str, str, int, int]], i: int, t: str, context: str
) -> bool:
    """Returns whether the bare escort word spans[i] yields to a kind of escort named elsewhere in the request."""
    sid, _w, start, _e = spans[i]
    if i and spans[i - 1][3] == start - 1 and t[start - 1] == "ノ":
        return False
    named = [*spans, *(taxonomy.text_spans(context) if context else ())]
    return any(s != sid and w not in _ESCORT and any(e in w for e in _ESCORT) for s, w, *_x in named)


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
    # Concepts the text names, kept or not: a later reading adds only what it alone shows (a mention the text says is
    # not asked — 「介助をお願いするものではありません」 — does not come back through the dictionary's spelling).
    seen: set[str] = set()
    out = _text_concepts(text, taxonomy, requester, context, seen)
    v = variant(text)  # the dictionary's spellings (おり紙 → 折り紙): concepts only they show
    if v:
        out.extend(h for h in _text_concepts(v, taxonomy, requester, context) if h[0] not in seen)
        seen.update(sid for sid, *_x in out)
    # 「子ども（小学生）を見て」: the phrase the aside interrupts; 「かんじが よめません」: words spaced apart
    bare = _JA_GAP_RE.sub("", _ASIDE_RE.sub("", text))
    if bare != text:
        out.extend(h for h in _text_concepts(bare, taxonomy, requester, context) if h[0] not in seen)
    return out


_ASIDE_RE = re.compile(r"[（(][^（）()]{1,12}[）)]")
_JA_GAP_RE = re.compile("(?<=[\u3040-\u30ff\u4e00-\u9fff々])[ \u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff々])")


# "fallback": a request's words are read through the vectors only when the dictionary found no need in it (or only
# who asks); "always": beside its concepts too (measured worse: held-out −0.017, fresh −0.067); "": never.
VEC_REQUEST = "fallback"


def vector_concepts(
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


# 「子どもたちは本を読んだり、ピアノを弾いたりして過ごしています」: what the people served do there, in a sentence
# that asks nothing, is the setting, not a help wanted.
_SERVED_TOPIC_RE = re.compile(
    "(?:"
    + "|".join(
        re.escape(normalize(x))
        for x in (
            "子ども",
            "子供",
            "こども",
            "児童",
            "生徒",
            "利用者",
            "参加者",
            "入居者",
            "入所者",
            "皆さん",
            "お年寄り",
            "高齢者",
            "患者",
        )
    )
    + ")[^。、]{0,4}?ハ(?!イ)"
)
_ASK_NORM_RE = re.compile(normalize(_ASK_RE.pattern), re.IGNORECASE)  # the same cues, read in normalised text


def _served_do(t: str, start: int, end: int) -> bool:
    """Returns whether the concept word at t[start:end] is what the people served do, in a sentence asking nothing."""
    a = max((t.rfind(ch, 0, start) for ch in SENTENCE_END), default=-1) + 1
    b = min((k for k in (t.find(ch, end) for ch in SENTENCE_END) if k >= 0), default=len(t))
    return _SERVED_TOPIC_RE.search(t, a, start) is not None and _ASK_NORM_RE.search(t, a, b) is None


def _text_concepts(
    text: str, taxonomy: Taxonomy, requester: str, context: str = "", mentioned: set[str] | None = None
) -> list[tuple[str, str, float, bool]]:
    """text_concepts of one reading of the text; `mentioned` collects every concept it names, kept or not."""
    spans = taxonomy.text_spans(text, context)
    if mentioned is not None:
        mentioned.update(sid for sid, *_x in spans)
    t = normalize(text)
    req_spans = (_requester_spans(t, requester) if requester else ()) + _quoted(t)
    field = ASK_FIELD_RE.search(t)
    intro_end = field.start() if field and any(a >= field.end() for _s, _w, a, _b in spans) else -1
    # A concept the text says, at any of its mentions, is not needed or done is not asked at any of them.
    unasked = {sid for sid, _w, _a, end in spans if unasked_everywhere(t, end)}
    out = []
    # 「保育の資格は問いません」: left out unless nothing else is asked
    qualification: list[tuple[str, str]] = []
    for i, (sid, w, start, end) in enumerate(spans):
        if sid in unasked:
            continue
        if not_asked(t, end):
            if qualification_only(t, end):
                qualification.append((sid, w))
            continue
        weight = 1.0
        if (
            w in BACKGROUND
            or (w in _ESCORT and _escort_of_something_else(taxonomy, spans, i, t, context))
            or _role(t, end, req_spans, start)
            or group_venue(w, t, end)
            or _served_do(t, start, end)
        ):
            out.append((sid, w, ROLE_WEIGHT, True))
            continue
        if end <= intro_end:  # the notice's introduction, before its field of what is asked
            out.append((sid, w, MODIFIER_WEIGHT, False))
            continue
        if qualifies(taxonomy, spans, i, t, unasked):
            weight = MODIFIER_WEIGHT
        out.append((sid, w, weight, False))
    if qualification and all(role for *_x, role in out):
        out.extend((sid, w, 1.0, False) for sid, w in qualification)
    return out


def as_written_in_full(
    found: list[tuple[str, str, float, bool]], taxonomy: Taxonomy
) -> list[tuple[str, str, float, bool]]:
    """Returns the request's concept mentions with a short word read as the longer word it stands for elsewhere in the
    same request (skill-v4.49): 「タップの練習を見て」 beside 「タップダンス教室に通い始めて」 is tap dance, not a screen's
    tap; 「パソコン」 beside 「パソコン要約筆記」 is captioning. The longer word must begin with the short one and the rest
    of it must name its own concept (ダンス, 要約筆記), so a compound that only adds a frame or another matter (木工教室,
    介護保険, 認知症サポーター) changes nothing."""
    words = {w: sid for sid, w, _x, _r in found}
    out = []
    for sid, w, x, role in found:
        to = next(
            (
                s2
                for w2, s2 in words.items()
                if s2 != sid
                and len(w2) > len(w)
                and w2.startswith(w)
                and any(h == s2 for h, _hw in taxonomy.text_hits(w2[len(w) :]))
            ),
            None,
        )
        out.append((to or sid, w, x, role))
    return out


_BRACKETED = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]")


def drop_required_languages(
    asked: dict[str, tuple[str, float]], title: str, need: set[str], title_ids: set[str], taxonomy: Taxonomy
) -> bool:
    """Removes from `asked` the languages the helper must speak (the request's required languages other than
    Japanese): a hard constraint, not a skill asked for — unless the title asks for it or it is all there is
    (「ベトナム語で生活の相談にのってほしい」). A language the title names only in brackets labels the language needed
    (「…coaches for our goalball club (English)」「書道を教えてくださる方を(英語で)」) and is never the ask, even where
    nothing else is read (skill-v4.74: 「Volunteers to teach floorball to children (English)」 asks for floorball, a
    topic the dictionary lacks). Returns whether any was removed."""
    said = {sid for sid, _w in taxonomy.text_hits(_BRACKETED.sub(" ", title))} if need else set()
    lang_only = {
        s
        for s in asked
        if taxonomy.skills[s].languages and set(taxonomy.skills[s].languages) & need and s not in said
    }
    bracketed = {s for s in lang_only if s in title_ids}
    if not lang_only or (len(lang_only) >= len(asked) and not bracketed):
        return False
    for s in lang_only if len(lang_only) < len(asked) else bracketed:
        del asked[s]
    return True
