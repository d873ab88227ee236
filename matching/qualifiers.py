"""Whether a concept word of a request qualifies another rather than being asked itself: the occasion or thing a
later help is for (「イベントの写真撮影」「ケアマネ研修で「カローリング」を」), the device it is done on (「スマホで電車を調べる」),
where a ride goes, how the help is done (「話を聞いて家系図を」), a language translated into, the time a help fills
(「通院の間」), what a thing is used for (「買い物に使う自転車」), a で-clause modifying the ask (「介護保険ではできない草抜き」),
what came before (「ボッチャの次はペタンクを」), what the ask is for (「書道の勉強のために拓本を」); and not the の-phrase an
event is about (「塗り絵の…を伝えるイベント」). Pure; `asks.py` reads the roles and weighs what this says."""

from __future__ import annotations

import re

from .normalize import normalize
from .taxonomy import Taxonomy
from .unasked import not_asked
from .venues import group_of

SENTENCE_END = "。.!?！？\n"  # (asks.py reads sentences by the same ends)

# Words that on their own say the writer's situation or the manner of help, not a help (「一人暮らしで食事が偏り
# がち」「…について相談にのってください」「パンクの修理」): read like who asks — a need only when the request names
# nothing else (「一人暮らしの母が心配」 is a watching-over request; 「詐欺の電話…相談にのって」 asks about scams).
BACKGROUND = frozenset(
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
# A help named by what it is of (「書き初めの宿題」「工作の宿題」): the thing before の is the ask, not its qualifier.
_OF_WHAT = tuple(normalize(x) for x in ("宿題",))  # and longer words beginning so (宿題を見て)
# A concept word, then at most a short kanji noun (用, 大会, 教室, 体験会), then の: it names the kind of thing or
# occasion a later concept of the same sentence is asked for (「カラオケ大会の司会」 asks for an MC).
_QUALIFIER_RE = re.compile("(?:[\u4e00-\u9fff々]{0,3}|ゴト)ノ")
# A concept word, then a short kanji noun of an occasion and で (研修で, 大会で, 教室で): the occasion a later concept of
# the same sentence is asked at (「ケアマネ研修で「カローリング」を体験したい」 asks for floor curling).
_OCCASION_RE = re.compile(f"[\u4e00-\u9fff々]{{1,3}}{normalize('で')}(?!{normalize('き')})")


# Where a ride goes (「スーパーまで乗せていって」「病院まで送って」) is not the ask: the ride is.
_MADE = normalize("まで")
_DESTINATION_RE = re.compile(normalize("まで(?:車で)?(?:乗せ|のせ|送っ|送り届|連れて)"))
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


# The device a later need is done on (「パソコンでメールを」「スマホで電車を調べる」「携帯に番号を登録」「パソコンに
# 取り込みたいのですが、スキャナーの」): the means, not the ask, when the sentence names that need.
DEVICES = frozenset(("smartphone_basics", "tablet_basics", "pc_basics"))
_NOT_MEANS = (
    "つい",
    "関",
    "詳",
    "くわし",
    "慣",
    "なれ",
    "強",
    "弱",
    "興味",
    "自信",
    "困",
    "不慣",
)  # 「スマホに詳しい」
_MEANS_RE = re.compile(
    normalize("で") + "(?![キスシモハゴ])|" + normalize("に") + f"(?!{'|'.join(map(normalize, _NOT_MEANS))})"
)


# A medium a help is given through (「Google Meetで、子どもの自習を見守る」「スカイプで日本語を教える」): the means when the
# sentence then names a need that is not itself digital, whatever their number (a study helper online is a study
# helper; the call is how). Digital needs after it (「Zoomで会議の資料を共有」) leave it to the device rule.
MEDIA = frozenset(("video_call",))
_DIGITAL = frozenset(("digital_device", "digital_comm", "digital_admin", "pc_office"))


def _through(taxonomy: Taxonomy, sid: str, t: str, end: int, later: list[tuple[str, str, int, int]]) -> bool:
    """Returns whether a medium's word followed by で is how a later, not digital, need of the sentence is given."""
    if sid not in MEDIA or not t.startswith(normalize("で"), end):
        return False
    stop = next(
        (k for k, x in enumerate(later) if any(ch in SENTENCE_END for ch in t[end : x[2]])), len(later)
    )
    return any(
        taxonomy.skills[s2].category not in _DIGITAL for s2 in _other_needs(taxonomy, sid, later[:stop])
    )


def _other_needs(taxonomy: Taxonomy, sid: str, later: list[tuple[str, str, int, int]]) -> set[str]:
    """Returns the concepts among later mentions that are other needs: not this concept, not its similar kind,
    not a background word."""
    similar = taxonomy.skills[sid].similar
    return {s2 for s2, w2, _a, _b in later if s2 != sid and w2 not in BACKGROUND and s2 not in similar}


def _one_use(taxonomy: Taxonomy, sid: str, t: str, end: int, later: list[tuple[str, str, int, int]]) -> bool:
    """Returns whether the rest of the sentence names exactly one other need (several, 「スマホで乗り換えを調べたり、
    病院の予約をしたり」, make the device itself the ask: a helper with it covers them all)."""
    stop = next(
        (k for k, x in enumerate(later) if any(ch in SENTENCE_END for ch in t[end : x[2]])), len(later)
    )
    return len(_other_needs(taxonomy, sid, later[:stop])) == 1


_TRANSLATING = frozenset(("translation", "interpreting"))
_INTO = tuple(normalize(x) for x in ("に", "へ", "・", "、", "や", "と"))


def _translated(
    taxonomy: Taxonomy, sid: str, t: str, end: int, later: list[tuple[str, str, int, int]]
) -> bool:
    """Returns whether the concept is the thing to be translated (its word followed by を) or the language it is
    translated into (followed by に, or listed), and the next need of the sentence, past the languages named, is
    translating (「案内文を英語に訳して」「パンフレットを英語・ベトナム語に翻訳」)."""
    if sid in _TRANSLATING:
        return False
    if taxonomy.skills[sid].category == "language" and t.startswith(_INTO, end):
        pass  # 「英語に訳して」: the language translated into qualifies the translating
    elif not t.startswith(normalize("を"), end):
        return False
    for sid2, _w2, start2, _e2 in later:
        if any(ch in SENTENCE_END for ch in t[end:start2]):
            return False
        if sid2 in _TRANSLATING:
            return True
        if taxonomy.skills[sid2].category != "language":
            return False
    return False


def _one_before(
    taxonomy: Taxonomy,
    sid: str,
    t: str,
    start: int,
    earlier: list[tuple[str, str, int, int]],
    later: list[tuple[str, str, int, int]],
) -> bool:
    """Returns whether the sentence named exactly one other need before the device and names none after it
    (「バスの乗り換えをスマホで調べたい」: the device is how, the transfer is what)."""
    # (any other concept later in the sentence, one need or several, leaves it to _one_use or the device the ask)
    if any(not any(ch in SENTENCE_END for ch in t[start : x[2]]) and x[0] != sid for x in later):
        return False
    same = [x for x in earlier if not any(ch in SENTENCE_END for ch in t[x[3] : start])]
    return len(_other_needs(taxonomy, sid, same)) == 1


def _later_other(taxonomy: Taxonomy, sid: str, later: list[tuple[str, str, int, int]]) -> bool:
    """Returns whether the text names, anywhere later, another need that is not this concept's kind."""
    return bool(_other_needs(taxonomy, sid, later))


# The time another help fills is not the ask (「下の子の通院の間だけ、上の子を見て」「買い物に行く間、預かって」).
_DURING_RE = re.compile(
    "(?:"
    + "|".join(map(normalize, ("の", "に行く", "へ行く", "く", "する", "している", "してる", "いる")))
    + ")"
    + normalize("間")
    + "(?:"
    + "|".join(map(normalize, ("だけ", "に", "、", "は", "中", "も")))
    + ")"
)


def _other(taxonomy: Taxonomy, sid: str, sid2: str) -> bool:
    """Returns whether sid2 is another help than sid: not the same concept, not the same help on another thing."""
    return sid2 != sid and sid2 not in taxonomy.skills[sid].similar


# A help done as the means of a later one in the same sentence, in the て form: 「母の話を聞いて家系図を残したい」.
_TE = tuple(map(normalize, ("て", "んで", "いで")))  # a verb's て form, not the particle で (手話で)
_OBJECT = normalize("を")


def _means_of_later(
    taxonomy: Taxonomy, sid: str, w: str, t: str, end: int, later: list[tuple[str, str, int, int]]
) -> bool:
    """Returns whether a concept word in the て form (話を聞いて) is followed in the same phrase (no comma between:
    「お電話をして、体調や困りごとを伺う」 is one help) by another need that is the object of what is asked (家系図を): the
    first is how, the second what."""
    if not w.endswith(_TE):
        return False
    for sid2, _w2, start2, e2 in later:
        if any(ch in SENTENCE_END or ch == "、" for ch in t[end:start2]):
            return False
        if _other(taxonomy, sid, sid2) and t.startswith(_OBJECT, e2):
            return True
    return False


# A concept with で (the means, the setting or a limit), then a short verb or adjective ending as a noun's modifier
# (た, だ, る, い), then the next concept: the clause modifies that concept, the ask — 「YouTubeで予習した折り紙の花」
# asks for origami, 「介護保険ではできない庭の草抜き」 for weeding. (を, が: the clause's object or subject is the content
# of the ask — 「戦争体験を伝える語り部」 — and is left alone.)
_RELATIVE_RE = re.compile(
    f"(?:{normalize('では')}|{normalize('には')}|{normalize('で')})[^、。 ]{{1,10}}?[タダルイ]"
)


def _in_relative_clause(
    taxonomy: Taxonomy, sid: str, t: str, end: int, later: list[tuple[str, str, int, int]]
) -> bool:
    """Returns whether the concept word ending at `end` sits in a で-clause that modifies the next concept."""
    if not later:
        return False
    sid2, _w2, start2, _e2 = later[0]
    return _other(taxonomy, sid, sid2) and bool(_RELATIVE_RE.fullmatch(t, end, start2))


# 「塗り絵の「上手な塗り方」を伝えるイベント」: the の-phrase is the object of a clause modifying a later occasion (an
# event about it): it is what is asked, not the event's kind.
_OBJECT_CLAUSE_RE = re.compile(
    f"[^、。{normalize('にではがを')}]{{0,10}}{normalize('を')}[^、。{normalize('を')}]{{1,8}}?[ルタイ]"
)
# Concepts that are the occasion of another, not a product of their own: what such an event is about is asked (a
# video or a flyer about something is still a video or a flyer).
_OCCASIONS = frozenset(("event_management",))


# What came before is not the ask: 「グラウンドゴルフ、ボッチャの次はペタンクを」 asks for pétanque (a list before
# の次は is all before).
_NEXT_RE = re.compile(
    "(?:" + "|".join(map(normalize, ("の次は", "の次に", "の後は", "のあとは", "に続いて"))) + ")"
)


def _before_next(t: str, end: int, later: list[tuple[str, str, int, int]]) -> bool:
    """Returns whether the concept word ending at `end` (or the list it heads, 「A、B」) is followed by の次は."""
    for _sid2, _w2, start2, e2 in later:
        if _NEXT_RE.match(t, end):
            return True
        if t[end:start2] not in ("、", normalize("や"), normalize("と")):
            return False
        end = e2
    return bool(_NEXT_RE.match(t, end))


# What a thing is used for qualifies it (「買い物に使う自転車」「畑仕事に使っている道具」).
_USED_FOR_RE = re.compile(normalize("に使") + "[ウッエイ]")
# 「手話での会話の橋渡しと受付」「パソコンのサポートと会場の受付」: a concept qualifying a help noun no concept names
# (橋渡し, サポート), which is then listed beside a later concept, qualifies that noun: it is a need of its own.
_HELP_NOUN_RE = re.compile(
    "(?:"
    + "|".join(map(normalize, ("橋渡し", "支援", "手伝い", "お手伝い", "サポート", "補助", "担当", "係")))
    + ")(?:"
    + "|".join(map(normalize, ("と", "や", "、")))
    + ")"
)


# What a later ask is for (skill-v4.78): 「書道の勉強のために拓本のとり方を教わりたい」 asks for 拓本, not for study; 「石積みを
# 守るための棚田の雪庇落とし」 for clearing snow. A purpose clause that ends its sentence (「勉強のために。」) leaves the ask.
_PURPOSE_RE = re.compile(normalize("(?:の)?(?:ために|ための|為に|に向けて|に向けた)"))
_PURPOSE_REST = 4  # characters of the sentence that must follow: the ask itself


def _purpose(t: str, end: int) -> bool:
    """Returns whether the concept word ending at `end` is followed by a purpose clause (〜のために, 〜に向けて) and
    the sentence goes on to say what is asked."""
    m = _PURPOSE_RE.match(t, end)
    if m is None:
        return False
    rest = t[m.end() : m.end() + 64]
    cut = min((rest.find(ch) for ch in SENTENCE_END if ch in rest), default=len(rest))
    return cut >= _PURPOSE_REST


def qualifies(
    taxonomy: Taxonomy, spans: list[tuple[str, str, int, int]], i: int, t: str, unasked: set[str]
) -> bool:
    """Returns whether the concept word spans[i] of the normalised text t qualifies another need of the request
    rather than being one (its weight is then a qualifier's)."""
    sid, w, start, end = spans[i]
    later = spans[i + 1 :]
    if (
        _MANNER_RE.match(t, end)
        or _DESTINATION_RE.match(t, end - 2 if w.endswith(_MADE) else end)
        or _style_of_next(taxonomy, sid, t, end, later[:1])
        or (group_of(w, t, end) and _later_other(taxonomy, sid, later))
        or (  # the device a need of the sentence is done on
            sid in DEVICES
            and _MEANS_RE.match(t, end) is not None
            and (
                _one_use(taxonomy, sid, t, end, later)
                or _one_before(taxonomy, sid, t, start, spans[:i], later)
            )
        )
        or _translated(taxonomy, sid, t, end, later)
        or _through(taxonomy, sid, t, end, later)
        or _DURING_RE.match(t, end)
        or _USED_FOR_RE.match(t, end)
        or _means_of_later(taxonomy, sid, w, t, end, later)
        or _in_relative_clause(taxonomy, sid, t, end, later)
        or _before_next(t, end, later)
        or _purpose(t, end)
    ):
        return True
    # の (katakana after normalisation), 用の, 大会の; 研修で
    q = _QUALIFIER_RE.match(t, end) or _OCCASION_RE.match(t, end)
    if q is None:
        return False
    for sid2, w2, start2, e2 in later:
        if any(ch in SENTENCE_END for ch in t[end:start2]):
            return False
        if sid2 in unasked or not_asked(t, e2):  # 「調理の手順を…(材料の買い出しはサークルで)」
            continue
        # 「パンクの修理」「書き初めの宿題」: the thing repaired, the subject of the homework, is the ask
        if sid2 != sid and w2 not in BACKGROUND and not w2.startswith(_OF_WHAT):
            # 「リフト付きの車の運転」: a kind of the later ask, the same help on a special thing, is the ask
            return (
                sid2 not in taxonomy.skills[sid].similar
                and not _HELP_NOUN_RE.fullmatch(t, q.end(), start2)
                and not (sid2 in _OCCASIONS and _OBJECT_CLAUSE_RE.fullmatch(t, q.end(), start2))
            )
    return False
