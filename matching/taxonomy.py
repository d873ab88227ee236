"""The skill taxonomy: concepts with synonyms, related skills and trap phrases, and text → concept lookup."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import add
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from . import kana, typos
from .denials import offer_clauses
from .kana import READING_MIN_LEN
from .normalize import is_katakana, latin_word_spans, normalize, normalize_pair
from .unasked import not_asked
from .variants import reading, variant

# Strength of a concept hit by where it was found; related skills are scaled by RELATED_CREDIT.
TAG_EXACT = 1.0
TAG_FUZZY = 0.85
TEXT_EXACT = 0.9
FUZZY_CUTOFF = 82.0
FUZZY_MIN_LEN = 3
# Single words an English label is split into ("My Number Card application & use", "Plant and indigo dyeing",
# "Assistance dogs (service & hearing dogs)") that alone are everyday English, not the concept: "I use a translator
# app" asks for no My Number help. They still count inside a longer phrase.
LABEL_WORDS_NAMING_NOTHING = frozenset(
    ("use", "any", "service", "updates", "plant", "safety", "board", "welfare", "toys")
    # a label's everyday word (skill-v4.71): "under the supervision of", "we play games", "making and repairing
    # boomerangs", "a performance of", "tree climbing" name no concept of their own
    + (
        "play",
        "supervision",
        "performance",
        "repair",
        "tree",
        "posting",
        "outings",
        "reception",
    )
)
# The bare form of a concept's -ing word where that form is an everyday noun ("accounting" → account, "signing" →
# sign): written bare it names nothing ("my LINE account", "sign the form"); the -ing word still names the concept.
EN_BARE_NOUNS = frozenset(("account", "sign"))
_EN_BARE_FORMS = frozenset(f for w in EN_BARE_NOUNS for f in (w, w + "s", w + "ed"))
_PROPER_NAME_RE = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*")  # one Latin word with a capital letter: a name
EN_PHRASE_MAX = 4  # longest English synonym matched word by word (stemmed)
# Katakana words that may follow a concept word inside one katakana compound without changing what it is
# (スマホアプリ, ピアノレッスン, パソコンサポート); any other glued katakana makes a different word (ラインダンス).
KATAKANA_AFFIXES = (
    "アプリ", "レッスン", "サークル", "スクール", "クラブ", "ボランティア", "サポーター", "サポート",
    "セミナー", "コーナー", "ソフト", "ケース", "ショー", "グループ", "チーム", "クラス", "サービス",
    "トレーニング", "インストラクター", "コーチ", "コンサート", "イベント", "サロン", "カフェ",
    "ワークショップ", "ヘルパー", "ガイド", "センター", "タイム", "ライフ", "ルーム", "スタッフ", "リーダー",
    "ティーチャー", "ボラ", "デビュー", "ナー", "ラー",
)  # fmt: skip


_JA_SPACE_RE = re.compile("(?<=[\u3040-\u30ff\u4e00-\u9fff々])[ \u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff々])")

_LATIN_ANY_RE = re.compile("[a-z]")


def _ascii_glued(t: str, a: int, b: int) -> bool:
    """Returns whether an ASCII term at t[a:b] is part of a longer Latin word (pc in pcr, line in online)."""
    return (a > 0 and "a" <= t[a - 1] <= "z") or (b < len(t) and "a" <= t[b] <= "z")


@dataclass(frozen=True)
class Skill:
    """One skill concept of the taxonomy."""

    id: str
    category: str
    label_ja: str
    label_en: str
    synonyms: tuple[str, ...]
    related: tuple[str, ...] = ()  # partial credit (like the same group)
    close: tuple[str, ...] = ()  # near-equivalent skills (photo ↔ video shooting): almost full credit
    similar: tuple[str, ...] = ()  # the same help on another thing (tablet ↔ smartphone): clearly below exact
    languages: tuple[str, ...] = ()  # for language skills: the ISO 639-1 codes they stand for


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept found in a text: which skill, through which word (as written), how strongly."""

    skill_id: str
    word: str
    strength: float


@dataclass(frozen=True)
class ContextRule:
    """A word whose concept depends on the rest of the text: when the text names any of `if_any` and none of
    `unless_any`, a hit through one of `terms` stands for `skill` (None: no concept) instead of its own
    (「見守り」 near 「子ども」 is child care; 「キーボード」 near 「演奏」 is the instrument). All normalised."""

    terms: frozenset[str]
    if_any: tuple[str, ...]
    unless_any: tuple[str, ...]
    skill: str | None
    # A volunteer who does it this way does both (「自家用車で通院に付き添っています」 drives and escorts): in a
    # registration the word keeps its own concept beside the rule's; a request still asks for the rule's alone.
    keeps: bool = False


@dataclass
class Taxonomy:
    """Skills, categories and the compiled matcher for Japanese free text."""

    skills: dict[str, Skill]
    categories: dict[str, str]  # category id -> label_ja
    groups: dict[str, str]  # category id -> relatedness group id (broader than a category)
    traps: tuple[str, ...] = ()
    contexts: tuple[ContextRule, ...] = ()
    _term_skill: dict[str, str | None] = field(default_factory=dict, repr=False)
    _fuzzy_terms: list[str] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        terms: dict[str, str | None] = {}
        self._display: dict[str, str] = {}
        # normalised words of two letters written in katakana (ウノ, ヨガ), and the other short ones
        kata: set[str] = set()
        other: set[str] = set()
        for sk in self.skills.values():
            for w in (sk.label_ja, *sk.synonyms):
                n = normalize(w)
                self._display.setdefault(n, w)
                if n and n not in terms:
                    terms[n] = sk.id
                if len(n) <= 2:
                    (kata if w and all(is_katakana(c) for c in w) else other).add(n)
        # A two-letter loanword matches only as katakana: ウノ is not the うの of 「通うの」, nor ナビ the なび of 並び.
        self._kata_only = frozenset(kata - other)
        for t in self.traps:
            n = normalize(t)
            if n:
                terms[n] = None  # a trap masks its span and yields no concept
            nv = normalize(variant(t))  # a trap stays a trap in the dictionary's spelling (子供食堂)
            if nv and nv not in terms:
                terms[nv] = None
        # a phrase's を / が left out in speech (顔見ながら), where that spelling is no word of its own
        for sk in self.skills.values():
            for n, w in kana.particle_spellings(sk.synonyms):
                if n not in terms:
                    terms[n] = sk.id
                    self._display.setdefault(n, w)
        # A word only a context rule reads (ガイド at a sight or a hospital, ドクター of a toy hospital, 直して beside a
        # toy) is scanned too, but stands in a text only where one of its rules applies (else it neither yields a
        # concept nor hides a word of the dictionary): `_scan` checks it against the text's context.
        self._ctx_only = frozenset(t for rule in self.contexts for t in rule.terms if t not in terms)
        for t in self._ctx_only:
            terms[t] = None
        self._term_skill = terms
        # First-character index: leftmost-longest scan, much faster than one alternation regex of every term.
        by_two: dict[str, list[str]] = {}  # terms of 2+ characters by their first two, longest first
        singles: set[str] = set()  # one-character terms (歌, 碁, 畑)
        for t in sorted(terms, key=lambda x: (-len(x), x)):
            if len(t) >= 2:
                by_two.setdefault(t[:2], []).append(t)
            else:
                singles.add(t)
        self._by_two, self._singles = by_two, singles
        self._singles_re = re.compile("|".join(map(re.escape, sorted(singles)))) if singles else None
        self._fuzzy_terms = [t for t, s in terms.items() if s is not None and len(t) >= FUZZY_MIN_LEN]
        # English synonyms and labels, word by word and light-stemmed ("japanese lessons" meets "lesson in
        # japanese"? no — but "Japanese lesson", "sewing" ~ "sew", "interpreters" ~ "interpreter" do).
        en: dict[tuple[str, ...], str | None] = {}  # None: a trap phrase (masks, yields no concept)
        for sk in self.skills.values():
            # a proper name (Teams, Windows, Word, Zoom) is matched as written, not by its English stem: a survey
            # "team" is no Microsoft Teams, "wording" no Word
            phrases = [normalize(w) for w in sk.synonyms if not _PROPER_NAME_RE.fullmatch(w)]
            for part in re.split(r"[&/(),・]| and ", normalize(sk.label_en)):
                if part.strip() not in LABEL_WORDS_NAMING_NOTHING:
                    phrases.append(part.strip())
            for ph in phrases:
                if not ph or not re.fullmatch(r"[a-z0-9' .\-]+", ph):
                    continue
                key = tuple(w for w, _a, _b in latin_word_spans(ph))
                if (
                    key
                    and len(key) <= EN_PHRASE_MAX
                    and key not in en
                    and not (len(key) == 1 and len(key[0]) < 3)
                ):
                    en[key] = sk.id
        for t in self.traps:
            key = tuple(w for w, _a, _b in latin_word_spans(normalize(t)))
            if key and normalize(t).isascii():
                en[key] = None
        self._en_phrases = en
        self._en_first = {k[0] for k in en}
        self._kata_terms = frozenset(t for t in terms if t and all(is_katakana(c) for c in t))
        self._short_kana = kana.short_hiragana_words(self.skills.values())  # いご, うた: see kana.py
        self._ctx_terms = frozenset(t for rule in self.contexts for t in rule.terms)
        self._keeps_terms = frozenset(t for rule in self.contexts if rule.keeps for t in rule.terms)
        self._cache_clear()

    def _cache_clear(self) -> None:
        self.__dict__.pop("_readings", None)
        self._text_hits = lru_cache(maxsize=30_000)(self._text_hits_uncached)
        self._tag_hits = lru_cache(maxsize=30_000)(self._tag_hits_uncached)
        # one text's hits, variant included: a volunteer's reading asks for its bio's several times in a row
        self._recent_hits = lru_cache(maxsize=256)(self._hits_with_variant)
        # a tag as written: registrants share most tags (スマホ, 料理), and a reading looks each up more than once
        self._tag_memo = lru_cache(maxsize=30_000)(self._tag_hits_raw)

    def display(self, norm_word: str) -> str:
        """Returns a matched (normalised) word as the taxonomy spells it (line → LINE), for reasons and the UI."""
        return self._display.get(norm_word, norm_word)

    @property
    def skill_ids(self) -> list[str]:
        """Returns skill ids in a stable order (the index's row order)."""
        return list(self.skills)

    def group_of(self, skill_id: str) -> str:
        """Returns the relatedness group of a skill."""
        cat = self.skills[skill_id].category
        g = self.groups.get(cat)
        return g if g else f"skill:{skill_id}"  # no group: related only through explicit links

    def _kata_glued(self, t: str, sc: str | None, a: int, b: int) -> bool:
        """Returns whether a katakana term at t[a:b] is only part of a longer katakana word (ライン in
        ラインダンス, ダンス in ラインダンス): the original script (sc, hiragana kept) shows katakana on a side,
        and what follows is not a harmless affix (スマホアプリ) nor a word of the same concept (ラインスタンプ)."""
        if sc is None or t[a:b] not in self._kata_terms:
            return False
        if t[a:b] in self._kata_only and not all(is_katakana(c) for c in sc[a:b]):
            return True
        if a > 0 and is_katakana(sc[a - 1]):
            j = a - 1
            while j > 0 and is_katakana(sc[j - 1]):
                j -= 1
            head = self._term_skill.get(t[j:a])
            if t[j:a] not in KATAKANA_AFFIXES and (head is None or head != self._term_skill.get(t[a:b])):
                return True
        if b < len(sc) and is_katakana(sc[b]):
            if t.startswith(KATAKANA_AFFIXES, b):
                return False
            sid = self._term_skill.get(t[a:b])
            for term in self._by_two.get(t[b : b + 2], ()):
                if t.startswith(term, b) and self._term_skill.get(term) == sid:
                    return False
            return True
        return False

    def _scan(self, t: str, sc: str | None = None, ctx: str | None = None) -> list[tuple[str, int, int]]:
        """Returns (term, start, end) for leftmost-longest, non-overlapping term occurrences (traps included),
        plus English synonyms matched word by word on light stems. sc: the text with hiragana kept (same
        length as t), used to require a word boundary around katakana terms; ctx: the text context rules read
        (a word only a rule reads counts only where one applies)."""
        if sc is not None and len(sc) != len(t):
            sc = None
        out = []
        by_two, singles, ctx_only = self._by_two, self._singles, self._ctx_only
        # The terms that may start at each position, looked up for every position's two characters at C speed
        # (map over the text's bigrams), then the leftmost-longest walk in Python over only the positions that
        # have any (about a fifth of a text's characters): the same hits as trying every position in turn.
        cands = list(map(by_two.get, map(add, t, t[1:])))
        starts: Iterable[int] = compress(count(), cands)
        if self._singles_re is not None and self._singles_re.search(t):
            starts = sorted({*starts, *(m.start() for m in self._singles_re.finditer(t))})
        i = 0
        for p in starts:
            if p < i:
                continue
            hit = None
            for term in (cands[p] if p < len(cands) else None) or ():
                if (
                    t.startswith(term, p)
                    and not (term.isascii() and _ascii_glued(t, p, p + len(term)))
                    and not self._kata_glued(t, sc, p, p + len(term))
                    and not (term in self._short_kana and kana.inside_hiragana_word(sc, p, p + len(term)))
                    and (
                        term not in ctx_only
                        or self._in_context(term, None, t if ctx is None else ctx) is not None
                    )
                ):
                    hit = term
                    break
            if (
                hit is None
                and t[p] in singles
                and not (t[p].isascii() and _ascii_glued(t, p, p + 1))
                and (
                    t[p] not in ctx_only
                    or self._in_context(t[p], None, t if ctx is None else ctx) is not None
                )
            ):
                hit = t[p]
            if hit is None:
                continue
            out.append((hit, p, p + len(hit)))
            i = p + len(hit)
        if sc is not None:
            out = kana.kana_token_hits(t, sc, self._read_as, out)
        if _LATIN_ANY_RE.search(t):
            out = kana.romaji_hits(t, self._read_as, self._kata_terms, out)
            if self._en_phrases:
                out = self._scan_en(t, out)
        return out

    def _scan_en(self, t: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Adds English phrases matched on stems (longest first) where no exact term was found."""
        words = latin_word_spans(t)
        taken = [(a, b) for _t, a, b in found]
        extra = []
        i = 0
        first = self._en_first
        while i < len(words):
            if words[i][0] not in first:
                i += 1
                continue
            for k in range(min(EN_PHRASE_MAX, len(words) - i), 0, -1):
                key = tuple(w for w, _a, _b in words[i : i + k])
                if key in self._en_phrases and not (
                    k == 1 and t[words[i][1] : words[i][2]] in _EN_BARE_FORMS
                ):
                    a, b = words[i][1], words[i + k - 1][2]
                    if not any(a < y and x < b for x, y in taken):
                        extra.append((" ".join(key), a, b))
                    i += k
                    break
            else:
                i += 1
        if not extra:
            return found
        return sorted([*found, *extra], key=lambda h: h[1])

    def _term(self, term: str) -> str | None:
        """Returns the skill of a scanned term (exact or an English stem phrase); None for a trap."""
        sid = self._term_skill.get(term)
        if sid is None and term not in self._term_skill:
            sid = self._en_phrases.get(tuple(term.split(" ")))
        return sid

    def _in_context(self, term: str, sid: str | None, norm_text: str) -> str | None:
        """Returns the concept a scanned term stands for in this text (a context rule may change it)."""
        if term not in self._ctx_terms:
            return sid
        for rule in self.contexts:
            if (
                term in rule.terms
                and any(_said(w, norm_text) for w in rule.if_any)
                and not any(w in norm_text for w in rule.unless_any)
            ):
                return rule.skill
        return sid

    def _text_hits_uncached(self, norm_text: str, script: str | None = None) -> tuple[tuple[str, str], ...]:
        if not norm_text:
            return ()
        out = []
        for term, _a, _b in self._scan(norm_text, script):
            sid = self._in_context(term, self._term(term), norm_text)
            if sid is not None:
                out.append((sid, term))
        return tuple(out)

    def text_spans(self, text: str, context: str = "") -> list[tuple[str, str, int, int]]:
        """Returns (skill_id, word, start, end) in the normalised text for every concept mention; a context rule
        also reads `context` (the rest of the request: a title's 余興 spelt out in the description as 歌)."""
        t, sc = normalize_pair(text)
        ctx = f"{t} {normalize(context)}" if context else t
        out = []
        for term, a, b in self._scan(t, sc, ctx):
            sid = self._in_context(term, self._term(term), ctx)
            if sid is not None:
                out.append((sid, term, a, b))
        return out

    def text_hits(self, text: str) -> tuple[tuple[str, str], ...]:
        """Returns (skill_id, matched normalised word) for every concept mention, longest match first; then the
        concepts only the text's dictionary variant shows (おり紙 → 折り紙)."""
        return self._recent_hits(text)

    def _hits_with_variant(self, text: str) -> tuple[tuple[str, str], ...]:
        hits = self._text_hits(*normalize_pair(text))
        v = variant(text)
        if not v:
            return hits
        seen = {s for s, _w in hits}
        extra = tuple(h for h in self._text_hits(*normalize_pair(v)) if h[0] not in seen)
        return (*hits, *extra) if extra else hits

    def _tag_hits_uncached(
        self, norm_tag: str, script: str | None = None
    ) -> tuple[tuple[str, str, float], ...]:
        exact = tuple((s, w, TAG_EXACT) for s, w in self._text_hits(norm_tag, script))
        covered = sum(len(w) for _s, w, _x in exact)
        # A tag fully explained by taxonomy words needs no fuzzy pass; a partly explained one (電訪問 ⊃ 訪問)
        # may be a typo of a longer word.
        if exact and covered >= 0.7 * len(norm_tag):
            return exact
        if len(norm_tag) < FUZZY_MIN_LEN or not self._fuzzy_terms:
            return exact
        # Typos and partial forms of short tags (マインバーカード申請, LIN登録, 救命習).
        best = process.extractOne(norm_tag, self._fuzzy_terms, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None and len(norm_tag) >= 5:
            # A part of the tag close to a longer word, whose head the tag has: 「書類の記入の手伝い」 shares only
            # 「の手伝い」 with 「畑の手伝い」, and the field is what that word is about.
            best = process.extractOne(
                norm_tag,
                [t for t in self._fuzzy_terms if len(t) >= 4 and t[0] in norm_tag],
                scorer=fuzz.partial_ratio,
                score_cutoff=88.0,
            )
        term = best[0] if best is not None else typos.one_missing(norm_tag, self._deletions())
        if term is None:
            return exact
        sid = self._term_skill[term]
        assert sid is not None
        if any(s == sid for s, _w, _x in exact):
            return exact
        # The typo's fragment (編集 in 動編集 → 動画編集) is not a separate skill.
        kept = tuple(h for h in exact if h[1] not in term)
        return (*kept, (sid, term, TAG_FUZZY))

    def _read_as(self) -> dict[str, str]:
        """Returns {reading in katakana: the taxonomy word so read} (kana.reading_table), built on first use: most
        rosters need it for a handful of tags."""
        table = self.__dict__.get("_readings")
        if table is None:
            table = self.__dict__["_readings"] = kana.reading_table(self._term_skill, self._display, reading)
        return table

    def _deletions(self) -> dict[str, str]:
        """Returns the words' spellings with one character missing (typos.deletion_table), built on first use."""
        table = self.__dict__.get("_deleted")
        if table is None:
            table = self.__dict__["_deleted"] = typos.deletion_table(self._term_skill)
        return table

    def tag_hits(self, tag: str) -> tuple[tuple[str, str, float], ...]:
        """Returns concepts of one short tag: exact taxonomy words (in the tag or its dictionary variant), else
        the closest word by edit distance."""
        return self._tag_memo(tag)

    def _tag_hits_raw(self, tag: str) -> tuple[tuple[str, str, float], ...]:
        if " " in tag or "\u3000" in tag:
            tag = _JA_SPACE_RE.sub("", tag)  # a stray space inside a Japanese word (くさ とり, 太 極拳)
        norm, script = normalize_pair(tag)
        hits = self._tag_hits(norm, script)
        if not any(x >= TAG_EXACT for _s, _w, x in hits) and len(norm) >= READING_MIN_LEN:
            term = self._read_as().get(norm) if all(is_katakana(c) for c in norm) else None
            if term is not None:
                return ((self._term_skill[term] or "", term, TAG_EXACT),)
        if hits and all(x >= TAG_EXACT for _s, _w, x in hits):
            return hits
        v = variant(tag)
        if not v:
            return hits
        exact = tuple((s, w, TAG_EXACT) for s, w in self._text_hits(*normalize_pair(v)))
        if not exact:
            return hits
        seen = {s for s, _w, _x in exact}
        return (*exact, *(h for h in hits if h[0] not in seen and h[2] >= TAG_EXACT))

    def concepts(self, tags: Iterable[str], text: str) -> dict[str, Hit]:
        """Returns the strongest hit per skill from tags (exact or fuzzy) and free text (a volunteer's bio:
        clauses denying a skill are skipped). A bare tag a context rule reads (キーボード, 見守り) is read in the
        context of the whole registration: the tag キーボード beside 「電子キーボードで伴奏」 is the instrument."""
        best: dict[str, Hit] = {}
        tags = tuple(tags)
        whole: str | None = None  # every tag and the bio, normalised once, when a tag needs its context
        for tag in tags:
            for sid, w, s in self.tag_hits(tag):
                if w in self._ctx_terms and sid == self._term(w):
                    if whole is None:
                        whole = normalize(" ".join((*tags, text)))
                    sid = self._in_context(w, sid, whole) or sid
                for k in (sid, *self._kept(w, sid)):
                    if k not in best or best[k].strength < s:
                        best[k] = Hit(k, w, s)
        for sid, w in self.text_hits(offer_clauses(text)):
            for k in (sid, *self._kept(w, sid)):
                if k not in best or best[k].strength < TEXT_EXACT:
                    best[k] = Hit(k, w, TEXT_EXACT)
        return best

    def _kept(self, word: str, sid: str) -> tuple[str, ...]:
        """Returns the word's own concept when a `keeps` rule read it as `sid` (a registration holds both)."""
        if word not in self._keeps_terms:
            return ()
        own = self._term(word)
        if own is None or own == sid:
            return ()
        return (own,) if any(r.keeps and r.skill == sid and word in r.terms for r in self.contexts) else ()

    def taxonomy_concepts(self, text: str) -> list[tuple[str, str, str]]:
        """Returns (skill_id, label_ja, matched word) for concept mentions in text, for UI highlighting."""
        return [(sid, self.skills[sid].label_ja, self.display(w)) for sid, w in self.text_hits(text)]


def _said(word: str, norm_text: str) -> bool:
    """Returns whether the text names a context word other than as what it says is not asked (「送迎の運転をお願い
    するものではありません」 names no driving for a rule to read)."""
    at = norm_text.find(word)
    while at >= 0:
        if not not_asked(norm_text, at + len(word)):
            return True
        at = norm_text.find(word, at + 1)
    return False


def load_taxonomy(path: str | Path, extra_synonyms: Mapping[str, Iterable[str]] | None = None) -> Taxonomy:
    """Returns the taxonomy from a JSON file, merged with staff-added synonyms {skill_id: [words]}."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return taxonomy_from_dict(raw, extra_synonyms)


def taxonomy_from_dict(
    raw: Mapping[str, Any], extra_synonyms: Mapping[str, Iterable[str]] | None = None
) -> Taxonomy:
    """Returns a taxonomy from its JSON structure (see data/skill-taxonomy.json)."""
    extra = {k: list(v) for k, v in (extra_synonyms or {}).items()}
    skills: dict[str, Skill] = {}
    for s in raw["skills"]:
        syn = tuple(dict.fromkeys([*s.get("synonyms", []), *extra.pop(s["id"], [])]))
        skills[s["id"]] = Skill(
            id=s["id"],
            category=s["category"],
            label_ja=s["label_ja"],
            label_en=s.get("label_en", ""),
            synonyms=syn,
            related=tuple(s.get("related", [])),
            close=tuple(s.get("close", [])),
            similar=tuple(s.get("similar", [])),
            languages=tuple(s.get("languages", [])),
        )
    for sk in skills.values():
        for ref in (*sk.related, *sk.close, *sk.similar):
            if ref not in skills:
                raise ValueError(f"skill {sk.id} refers to unknown skill {ref}")
    unknown = sorted(extra)
    if unknown:
        raise ValueError(f"extra synonyms for unknown skills: {', '.join(unknown)}")
    cats = {c["id"]: c["label_ja"] for c in raw.get("categories", [])}
    groups = {c["id"]: c.get("group") for c in raw.get("categories", [])}
    traps = tuple(t["text"] if isinstance(t, dict) else t for t in raw.get("traps", []))
    contexts = []
    for c in raw.get("contexts", []):
        if c.get("skill") is not None and c["skill"] not in skills:
            raise ValueError(f"context rule refers to unknown skill {c['skill']}")
        contexts.append(
            ContextRule(
                terms=frozenset(normalize(t) for t in c["terms"]),
                if_any=tuple(normalize(w) for w in c.get("if_any", ())),
                unless_any=tuple(normalize(w) for w in c.get("unless_any", ())),
                skill=c.get("skill"),
                keeps=bool(c.get("keeps", False)),
            )
        )
    return Taxonomy(skills=skills, categories=cats, groups=groups, traps=traps, contexts=tuple(contexts))


RELATED_LABEL = "関連スキル"
