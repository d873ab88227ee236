"""Reading one volunteer: the concepts their tags and bio offer, and the residual words the taxonomy did not read
(for the text fallback). Index builds read every volunteer through `profiles.analyse`; `volunteer_profile` serves
the few a ranking shows."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from . import vectors
from .denials import offer_clauses
from .normalize import normalize, normalize_pair
from .taxonomy import TEXT_EXACT, Hit, Taxonomy
from .types import Volunteer


@dataclass(frozen=True)
class VolunteerProfile:
    """What the matcher extracts from one volunteer's free text, cached by content."""

    hits: dict[str, Hit]
    residual: str  # tags the taxonomy did not understand, for the text-similarity fallback


BIO_FUZZY = 0.8  # a bio phrase matched only by edit distance
TEXT_EXACT_FOR_VECTORS = 1.0  # a vector link's strength is VEC_CREDIT of this
# Which volunteer text the vector layer reads: "tags" (the skills they listed), "offers" (tags and the bio's
# 「Xが得意」 phrases), "bio" (tags and every offering clause of the bio), "" (none).
VEC_VOLUNTEER = "tags"

# What people write after the thing they can do: 「筆耕が得意です」「電気工事の経験があります」「Xならお手伝いできます」.
_OFFER_CUES = r"(?:が得意|の経験があ|ならお手伝い|を長年|ができます|を教えられ|の資格)"
_OFFER_RE = re.compile(r"([^。、,.!?！？\s]{2,16}?)" + _OFFER_CUES)
# Most bios have no cue at all: one quick search for the cues alone spares them the scan above, which tries every
# start and length (no match can be found without a cue, so the result is the same).
_OFFER_CUE_RE = re.compile(_OFFER_CUES)
_OFFER_LEAD_RE = re.compile(r"^.*(?:は|、)")


def bio_offers_raw(bio: str) -> list[str]:
    """Returns what a bio says its writer can do (「Xが得意です」→ X), as written."""
    if not bio or not _OFFER_CUE_RE.search(bio):
        return []
    out = []
    for m in _OFFER_RE.finditer(bio):
        x = _OFFER_LEAD_RE.sub("", m.group(1))  # 「趣味は写真」→ 写真
        if len(x) >= 2:
            out.append(x)
    return out


# A bio names where and with what its writer does something else: 「保育園で英語を教えています」「保育園に寄付」「パソコン
# で点字を打っています」. A concept the bio names only so reads BIO_SETTING, below any mention of what they do.
BIO_SETTING = 0.6
_PLACE_RE = re.compile(
    "(?:[\u4e00-\u9fff]{0,2}[園館所校場]|施設|ホーム)(?:デ(?!キ|ス)|ニテ|ノ中デ|[ニヘ](?:寄付|寄贈|オ贈リ|贈))"
)
# What must follow a place or a device somewhere in the text for either rule to read a setting: most bios have
# none of it, and are spared the search for each concept word (the result is the same).
_SETTING_CUE_RE = re.compile("デ(?!キ|ス)|ニテ|ノ中デ|[ニヘ](?:寄付|寄贈|オ贈リ|贈)")
_TOOL_CATEGORIES = frozenset({"digital_device", "pc_office"})
# An occasion is a setting the same way (「イベントでの手話通訳」「行事で写真を撮っています」).
_OCCASIONS = frozenset({"event_management"})
# 「パソコンで点字を打つ」 uses the device; 「パソコンで困っている方に教えています」 helps with it, and 「まつりでボランティ
# アを」 works the occasion
_TOOL_RE = re.compile(
    "デ(?!キ|ス)(?![^。、]{0,12}"
    + normalize("(?:教え|手伝|サポート|相談|支援|講師|指導|お助け|ボランティア|スタッフ|運営|係|困)")
    + ")"
)


def _settings_only(tax: Taxonomy, bio: str, hits: dict[str, Hit]) -> set[str]:
    """Returns the concepts a bio names only as the place or the tool of something else: every occurrence of every
    word it was read through stands before a place's で/に寄付 or, for a device, before a で that does something
    else. The words come from the scan `concepts()` made (cached); a word only the dictionary's spelling showed is
    not in the text, so it never weakens its concept."""
    cand = {sid for sid, h in hits.items() if h.strength == TEXT_EXACT}
    if not cand:
        return set()
    text = offer_clauses(bio)
    t = normalize_pair(text)[0]  # the cached pair text_hits reads
    if not _SETTING_CUE_RE.search(t):
        return set()
    setting: set[str] = set()
    plain: set[str] = set()
    for sid, term in tax.text_hits(text):
        if sid not in cand or sid in plain:
            continue
        tool = tax.skills[sid].category in _TOOL_CATEGORIES or sid in _OCCASIONS
        i = t.find(term)
        while i >= 0:
            tail = t[i + len(term) : i + len(term) + 16]
            (setting if _PLACE_RE.match(tail) or (tool and _TOOL_RE.match(tail)) else plain).add(sid)
            i = t.find(term, i + 1)
    return setting - plain


# A registrant who tagged what they offer and, in the bio, names another kind of help only in passing (「中国語」 with
# 「保育園のお便りの翻訳もします」, 「英語通訳」 with 「イベントや区役所の窓口で英語の通訳をします」): that help reads BIO_ASIDE, below
# a tag or a bio that says they do it. Kept at TEXT_EXACT: the tags' own kind (category, group or a listed link) and
# any help the bio says they do or can do (a doing word in its clause within a few characters after it).
BIO_ASIDE = 0.75
_DOES_RE = re.compile(
    "|".join(
        map(
            normalize,
            (
                "教え",
                "指導",
                "講師",
                "担当",
                "手伝",
                "サポート",
                "補助",
                "リーダー",
                "してい",
                "しま",
                "できま",
                "わかりま",
                "得意",
                "使え",
                "ボランティア",
                "経験",
                "やって",
                "続け",
                "参加",
                "趣味",
                "披露",
                "資格",
                "免許",
                "長年",
            ),
        )
    )
)
_DOES_REACH = 6  # characters after the concept's word, in its clause, where a doing word counts
_CLAUSE_END_RE = re.compile("[。、,.!?！？\\s]")


def _kind(tax: Taxonomy, sid: str) -> frozenset[str]:
    """Returns the concepts of one kind with sid: the same category or group, or listed as related, close or similar
    either way (computed once per concept, remembered on the taxonomy)."""
    memo: dict[str, frozenset[str]] = tax.__dict__.setdefault("_kind", {})
    kind = memo.get(sid)
    if kind is None:
        me = tax.skills[sid]
        kind = memo[sid] = frozenset(
            o.id
            for o in tax.skills.values()
            if o.category == me.category
            or tax.group_of(o.id) == tax.group_of(sid)
            or o.id in me.related + me.close + me.similar
            or sid in o.related + o.close + o.similar
        )
    return kind


def _asides(
    tax: Taxonomy, v: Volunteer, hits: dict[str, Hit], tag_hits: dict[str, tuple[tuple[str, str, float], ...]]
) -> set[str]:
    """Returns the concepts a tagged registrant's bio names only in passing (see BIO_ASIDE); tag_hits: each tag's
    tax.tag_hits."""
    tagged = {sid for got in tag_hits.values() for sid, _w, _s in got}
    if not tagged:
        return set()
    cand = {sid for sid, h in hits.items() if h.strength == TEXT_EXACT and _kind(tax, sid).isdisjoint(tagged)}
    if not cand:
        return set()
    text = offer_clauses(v.bio)
    t = normalize_pair(text)[0]  # the cached pair text_hits reads
    does = [m.start() for m in _DOES_RE.finditer(t)]  # where the doing words start, in one pass
    ends = [m.start() for m in _CLAUSE_END_RE.finditer(t)]
    for sid, term in tax.text_hits(text):
        if sid not in cand:
            continue
        i = t.find(term)
        while i >= 0:
            end = i + len(term)
            k = bisect_right(does, i)  # the first doing word after the word's first character
            if k < len(does) and does[k] <= end + _DOES_REACH + 1:
                stop = bisect_left(ends, end)  # … and before its clause ends
                if stop == len(ends) or does[k] < ends[stop]:
                    cand.discard(sid)  # the word itself may hold the doing word (料理を教)
                    break
            i = t.find(term, i + 1)
    return cand


PROFILE_CACHE_MAX = 20_000  # volunteers' profiles kept for reasons (shown candidates), by content


_DIGITAL_CATEGORIES = frozenset({"digital_device", "digital_comm", "digital_admin", "pc_office"})


def _tag_tools(
    tax: Taxonomy, tag_hits: dict[str, tuple[tuple[str, str, float], ...]], hits: dict[str, Hit]
) -> set[str]:
    """Returns the device concepts the tags name only as the tool of a help of another kind written right after it
    (「パソコン点訳」「スマホ撮影」「タブレット脳トレ」; 「スマホLINE」「スマホ決済」 are still digital help): every tag naming
    the device does so."""
    tool: set[str] = set()
    plain: set[str] = set()
    for tag, got in tag_hits.items():
        if len(got) < 2:
            plain.update(s for s, _w, _x in got)
            continue
        t = normalize(tag)
        for sid, w, _x in got:
            if tax.skills[sid].category in _TOOL_CATEGORIES and t.startswith(w):
                rest = t[len(w) :]
                if any(
                    rest.startswith(w2) and tax.skills[s2].category not in _DIGITAL_CATEGORIES
                    for s2, w2, _x2 in got
                ):
                    tool.add(sid)
                    continue
            plain.add(sid)
    return {s for s in tool - plain if s in hits}


def volunteer_analysis(v: Volunteer, tax: Taxonomy) -> tuple[dict[str, Hit], str]:
    """Returns the concepts of a volunteer's tags and bio and the residual text the taxonomy did not read."""
    hits = tax.concepts(v.skills, v.bio)
    tag_hits = {t: tax.tag_hits(t) for t in v.skills}  # each tag looked up once here (asides, tools, unknown)
    for sid in _settings_only(tax, v.bio, hits):
        hits[sid] = Hit(sid, hits[sid].word, BIO_SETTING)
    for sid in _asides(tax, v, hits, tag_hits):
        hits[sid] = Hit(sid, hits[sid].word, BIO_ASIDE)
    for sid in _tag_tools(tax, tag_hits, hits):
        bio = tax.concepts((), v.bio).get(sid)
        hits[sid] = Hit(sid, hits[sid].word, max(BIO_SETTING, bio.strength if bio else 0.0))
    unknown = [normalize(t) for t, got in tag_hits.items() if not got]
    for raw in bio_offers_raw(v.bio):
        # read as written: normalised first, a particle before a katakana word (洋服のリフォーム) turns katakana
        # and the word reads as glued to it
        if tax.text_hits(raw):
            continue  # already understood from the bio text
        fuzzy = tax.tag_hits(raw)  # a typo in the bio (キャッシュレ決済): as for tags, a bit weaker
        for sid, w, _st in fuzzy:
            if sid not in hits:
                hits[sid] = Hit(sid, w, BIO_FUZZY)
        if not fuzzy:
            unknown.append(normalize(raw))
    if vectors.available():  # words no dictionary knows, by their nearest concept (weaker than any word hit)
        strength = round(vectors.VEC_CREDIT * TEXT_EXACT_FOR_VECTORS, 3)
        texts = list(v.skills) if VEC_VOLUNTEER else []
        if VEC_VOLUNTEER == "bio":
            texts.append(offer_clauses(v.bio))
        elif VEC_VOLUNTEER == "offers":
            texts.extend(bio_offers_raw(v.bio))
        for text in texts:
            for sid, w, _cos in vectors.links(text, tax):
                if sid not in hits:
                    hits[sid] = Hit(sid, normalize(w), strength)
    return hits, " ".join(dict.fromkeys(unknown))


def volunteer_profile(v: Volunteer, tax: Taxonomy) -> VolunteerProfile:
    """Returns the concepts and residual text of a volunteer (cached by content on the taxonomy). Index builds
    read text through `profiles.analyse` into flat arrays; this is for the few volunteers a ranking shows, so
    the cache is small (a cache of every volunteer cost kilobytes each)."""
    cache: dict[tuple[tuple[str, ...], str], VolunteerProfile] = tax.__dict__.setdefault("_profiles", {})
    key = (v.skills, v.bio)
    prof = cache.get(key)
    if prof is None:
        hits, residual = volunteer_analysis(v, tax)
        prof = VolunteerProfile(hits=hits, residual=residual)
        if len(cache) >= PROFILE_CACHE_MAX:
            cache.clear()
        cache[key] = prof
    return prof
