"""The algorithm as data: a versioned, weighted list of features, how they combine, and the hard constraints.

Every feature has one signature, `(context, rows, config) -> FtResult` (see features.py): it scores all rows of
a segment or candidate view for one request in one vectorised pass, and its detail explains any row in Japanese.
The NAME is stored on every proposal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace

import numpy as np

from . import features as ft
from . import place
from .grams import FloatArray
from .index import BoolArray, Rows

FeatureFunc = Callable[[ft.Context, Rows, ft.Config], ft.FtResult]
CONSTRAINTS = "constraints"  # the name the hard constraints' reasons go by in `reason_order`
WORDING = "wording"  # the factor the request's own words add among the best totals (Algorithm.wording)


@dataclass(frozen=True)
class Feature:
    """A named feature function, its weight and how it enters the total.

    kind "fit": weighted mean of how well the skills fit; "alt": other evidence for the skill (the skill
    factor becomes max(skill, weight × alt)); "place": area and time, the weaker of them (raised to `weight`)
    scales the fit down; "context": any other multiplier raised to `weight` (fairness).
    """

    name: str
    func: FeatureFunc
    weight: float
    kind: str = "fit"


@dataclass(frozen=True)
class Scores:
    """Every feature's result on some rows, the hard constraints and the combined total."""

    results: dict[str, ft.FtResult]  # by feature name, in the algorithm's order
    hard: ft.FtResult  # > 0 where no hard constraint fails
    total: FloatArray
    candidate: BoolArray  # passes the hard constraints and the fit gate (min_skill)
    fit: FloatArray  # the skill fit the total is made of (total = fit × where, when and load)

    @property
    def factors(self) -> dict[str, FloatArray]:
        """Returns each feature's scores by name."""
        return {k: r.scores for k, r in self.results.items()}


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted features, the hard constraints and the gate that makes someone a
    candidate; it combines the features' scores and lists their reasons."""

    name: str
    features: tuple[Feature, ...]
    min_skill: float = 0.3  # below this fit a volunteer is not a candidate at all
    constraints: FeatureFunc = ft.constraints_hard  # a row it scores 0 is never proposed, whatever its fit
    # The order a coordinator reads the reasons in: the skill first, then where, when, languages and load.
    reason_order: tuple[str, ...] = ("skill", "coverage", "text", "area", "time", CONSTRAINTS, "fairness")
    # Factors a candidate card leaves out when every candidate listed has the same value (文章 0.00 and 公平 1.00
    # on every card tell staff nothing); skill, area and time are always shown.
    foldable: tuple[str, ...] = ("coverage", "text", "fairness", WORDING)
    # The request's own words beside the dictionary: among the `wording_pool` best totals, a candidate's fit gains
    # `wording` × the TF-IDF cosine of its whole text with the request's (nearest.picks; 0 switches it off). Real
    # pages share words between an ask and the registrant who fits it (車いす散歩 / 車いすを押して…) that a concept
    # shared by several kinds of help does not tell apart.
    wording: float = 1.0
    wording_pool: int = 10

    def __hash__(self) -> int:
        # Remembered: an algorithm keys the reasons and pools of every ranking (its features' tuple, hashed anew
        # each time, was 5 % of a re-score). Frozen, so the hash never changes; equality stays field by field.
        h: int | None = self.__dict__.get("_hash")
        if h is None:
            h = self.__dict__["_hash"] = hash(tuple(getattr(self, f.name) for f in fields(self)))
        return h

    def __getstate__(self) -> dict[str, object]:
        # a string's hash differs from process to process: a copy or pickle computes its own
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def shown_factors(self, shown: Mapping[str, Sequence[float]]) -> frozenset[str]:
        """Returns the factors worth showing on the cards: those that separate the candidates listed, plus every
        factor that is not foldable."""
        return frozenset(k for k, vs in shown.items() if k not in self.foldable or len(set(vs)) > 1)

    def without(self, factor: str) -> Algorithm:
        """Returns a copy with one factor switched off (for ablations)."""
        if factor == WORDING:
            return replace(self, name=f"{self.name}-no-{factor}", wording=0.0)
        return replace(
            self,
            name=f"{self.name}-no-{factor}",
            features=tuple(
                f if f.name != factor else Feature(f.name, f.func, 0.0, f.kind) for f in self.features
            ),
        )

    def score(self, ctx: ft.Context, rows: Rows, cfg: ft.Config) -> Scores:
        """Returns every feature's result on the rows and the combined total (float32, vectorised)."""
        hard = self.constraints(ctx, rows, cfg)
        results = {f.name: f.func(ctx, rows, cfg) for f in self.features}
        fit, total = self.combine({k: r.scores for k, r in results.items()}, len(rows))
        relevant = fit >= self.min_skill
        return Scores(results, hard, total, (hard.scores > 0) & relevant, fit)

    def combine(self, scores: Mapping[str, FloatArray], n: int) -> tuple[FloatArray, FloatArray]:
        """Returns (fit, total) of n rows from each feature's scores by name: the one place the weights act, so
        weights learned from staff decisions are judged on stored factors exactly as they will rank."""
        fit = np.zeros(n, dtype=np.float32)
        wsum = 0.0
        alts: list[tuple[float, FloatArray]] = []
        context = np.ones(n, dtype=np.float32)
        place: list[FloatArray] = []
        for f in self.features:
            s = scores[f.name]
            if not f.weight:
                continue
            if f.kind == "fit":
                fit += np.float32(f.weight) * s
                wsum += f.weight
            elif f.kind == "alt":
                alts.append((f.weight, s))
            elif f.kind == "place":
                place.append(s if f.weight == 1.0 else np.power(s, np.float32(f.weight)))
            else:
                context *= s if f.weight == 1.0 else np.power(s, np.float32(f.weight))
        if place:
            # Where and when combine like a coordinator's grade: the weaker one decides, the other nudges.
            lo = np.minimum.reduce(place)
            prod = np.multiply.reduce(place)
            context *= np.float32(0.95) * lo + np.float32(0.05) * prod
        if wsum:
            fit /= np.float32(wsum)
        for w, s in alts:
            fit = np.maximum(fit, np.float32(w) * s)
        return fit, fit * context

    def add_words(self, fit: FloatArray, total: FloatArray, lexical: FloatArray) -> FloatArray:
        """Returns totals with the request's words added to the fit: (fit + wording × lexical) × the rest of the
        total (where, when and load: total ÷ fit) — as the matcher orders its best candidates (matching/wording.py)
        and as learned weights are judged (matching/learning.py)."""
        context = np.divide(total, fit, out=np.zeros(len(fit), dtype=np.float32), where=fit > 0)
        out: FloatArray = ((fit + np.float32(self.wording) * lexical) * context).astype(np.float32)
        return out

    def reasons(
        self, scores: Scores, row: int, factors: Mapping[str, float], shown: Mapping[str, Sequence[float]]
    ) -> tuple[str, ...]:
        """Returns the Japanese reasons for one row from each feature's detail, in `reason_order`; factors are
        the row's rounded factors, shown each factor's values over every candidate listed (a factor may be
        worth saying only when it differs among them)."""
        out: list[str] = []
        for name in self.reason_order:
            if name == CONSTRAINTS:
                res, value = scores.hard, 1.0  # only rows passing every constraint are listed
            else:
                got = scores.results.get(name)
                if got is None:
                    continue
                res, value = got, factors[name]
            if res.detail is not None:
                out.extend(res.detail.reasons(row, value, shown.get(name, ())))
        return tuple(out)


# skill-v4.66 (taxonomy): supporting parents with young children (子育てボランティア, 子育て応援, ファミリーサポート, 一時
# 預かり) is childcare. real32 odd (read since its blind scoring) 0.770 → 0.821, fresh6 and fresh7 one request up each;
# fresh5's 「ほいくえん の バッグ」 −0.229 (its 保育園 is read as the ask, and 一時預かり registrants now join the nursery
# ones). Measured and not shipped: 子育てひろば and つどいの広場 as childcare (dev's 「子育てひろばより」, who asks:
# −0.076), and 勉強 no longer naming study support (real32's 「書道の勉強のために拓本を」 +0.295, but real5 −0.256 and
# real12 −0.165; readable −0.0002).
# skill-v4.65 (taxonomy): help looking for work (履歴書, 面接練習, キャリア相談, ハローワーク) is a concept of its own
# (job_support, related to youth mentoring, writing and welfare consultation), a knife that no longer cuts (切れ味,
# 包丁が切れない) asks for sharpening, and a home's readiness for an earthquake (非常食, タンスが倒れ) is disaster
# prevention. fresh9 odd (read since its blind scoring) 0.787 → 0.821; every other set and dev unchanged.
# skill-v4.64 (taxonomy): carrying desks and chairs (机・いす運び, いす運び, パイプいすの搬入) is lifting, not the bazaar
# it is for: fresh5's F5Q059 0.377 → 0.653; nothing else moved. Measured and not shipped: 手口と断り方 as consumer
# protection (fresh6's 防犯サロン lost its 詐欺 speaker, 0.920 → 0).
# skill-v4.63: a short word the taxonomy spells in hiragana (いご, うた, さんぽ: three letters or fewer) is matched only
# where the dictionary cuts a word there (variants.boundaries) when hiragana stands beside it — 「かんじ と けいご を
# ならいたい」 asked for 囲碁 (け|いご) — and correcting haiku or calligraphy (俳句の添削) is that art, not writing help
# (a context rule). fresh5's F5Q005 +0.349, fresh7's F7Q095 0 → 0.416, fresh8's 俳句の添削 0 → 1, fresh6 +0.060; none
# down; dev unchanged.
# skill-v4.62: a request in romaji Japanese is read as the taxonomy words it spells (「gomi no bunbetsu ga muzukashii
# desu」 → ゴミの分別, 「sumaho」 → スマホ; matching/kana.py: up to three words read as one, by the words' readings as
# v4.53 reads a kana tag, or a katakana word itself), only in a text with an ending such as desu / kudasai and a
# particle such as no / wo, so that English is never read as romaji. The kana readings of v4.53 and v4.56 and the
# dropped particles moved from taxonomy.py into the same module. fresh8 odd (read since its blind scoring) 0.814 →
# 0.830 (its romaji 「gomi no hi」 0 → 1); nothing else moved; dev unchanged.
# skill-v4.61 (taxonomy): Japanese food in English is cooking (learn japanese cooking / food / dishes / home, japanese
# cuisine: 「Learning Japanese home food」 was read as Japanese lessons). The held-out set's H033 0.509 → 1; readable
# 0.9392 → 0.9397; nothing else moved.
# skill-v4.60 (taxonomy): the reader at a karuta game is part of the game (a context rule: 読み手 beside かるた,
# 百人一首), old handwriting nobody can read asks for a reader of old documents (手紙が読めません beside 掛け軸, 古文書,
# くずし字, 幕末 …), not for reading aloud, 患者案内 is hospital volunteering, and 食品の配布 and 冷凍食品の小分け are a
# food bank's work. Readable 0.9357 → 0.9392 (real14's 掛け軸 0.170 → 1 and かるた 0.339 → 1, real23's 外来の患者案内
# 0.131 → 0.869, real12's フードパントリー 0.470 → 1); none down; dev unchanged. Measured and not shipped: 勉強部屋 and
# 勉強の見守り as study support (real27's 居場所 request 0.390 → 0.195: its volunteers' 勉強の見守り left the
# 見守り the request reads).
# skill-v4.59 (taxonomy): spending free time with people with disabilities is leisure support (障がいのある方と,
# 障害のある子の余暇: 「知的障がいのある方と1対1で休日を過ごす学生スタッフを」 named nothing). real31 odd (read since its
# blind scoring) 0.900 → 0.928, real29's TRPG request +0.146; none down; dev unchanged. Measured and not shipped: a
# concept of its own for disability support (real31 odd 0.966, but five readable requests down where 障害者施設 or
# 余暇活動 names only where or for whom: a 囲碁 visit, ビーズ細工), 余暇活動 as leisure support (real3's ビーズ −0.131),
# and the literal lookup of a title's word with a kanji token spelt in kana (柿の葉すし: fresh5 −0.300, real31 nothing).
# skill-v4.58 (taxonomy): taking the rubbish out and sorting it (ゴミ出し, 分別, ごみの日, 集積所まで, ゴミ捨て) is a
# concept of its own (garbage_disposal, related to housework), no longer the same as tidying or cleaning a room: a
# request for it leads with those who take rubbish out. A fridge, a washing machine or a タンス to be moved is lifting
# (a context rule: 移動, 運び, 男手 …, unless 使い方 or 故障), and えさやり and 猫のトイレ are pet care (fresh7 odd +0.006,
# fresh8 odd +0.005, fresh4 odd +0.001, none down). Readable 0.9353 → 0.9357 (real23's 「ゴミ出し」 request 0.526 →
# 1, fresh5 odd +0.014), fresh6 odd 0.850 → 0.854, fresh8 odd 0.805 → 0.810; 15 requests up and 7 down (real19's
# 協力会員 −0.144, real10's and real3's cleaning asks −0.049 and −0.044, dev's R0067 −0.002); dev 0.9757 → 0.9756.
# skill-v4.57 (taxonomy): needs named by what the writer sees or cannot do — 水道屋 and a tap that will not stop
# (repairs), 一緒にスーパーへ行って and かごを持って (shopping), 車で病院に (driving), 飲み忘れ and 飲んだかどうか (watching
# over), 字は書けません (a writer), check-ups in English (an escort; "come with me" alone was tried and lost real17's PTA
# interpreter, 0.637 → 0). fresh8 odd 0.745 → 0.805, fresh7 odd 0.770 → 0.773, fresh6 odd +0.0003; eight requests
# up, one down (fresh8's 「母の様子を」: a registrant checking pills now counts as watching over, −0.158); readable
# and dev unchanged.
# skill-v4.56: a word spelt out in kana as a token of its own (between spaces or punctuation, as learners of Japanese
# and some older writers space their kana: 「でんしレンジ と すいはんき」) is read as the taxonomy word it sounds like, as
# v4.53 reads a whole tag; never inside a run of other kana, and never a katakana loanword. Readable 0.9348 → 0.9353
# (fresh5's F5Q019 0 → 1), fresh6 odd 0.836 → 0.849, fresh7 odd 0.767 → 0.770, fresh8 odd (read since its blind
# scoring) 0.736 → 0.745; six requests up, none down; dev unchanged.
# skill-v4.55: a note on the language to use with the requester is no ask (traps: 「Japanese is fine for talking with
# us」 was befriending), "play guitar / the piano / music" is music and not a child's play, what a registrant always
# forgets is no offer (「回覧板は、いつも次の家に回すのを忘れてしまいます」), a 会話の練習相手 in a language other than
# Japanese is no Japanese teaching (a context rule: the language is the title's topic), and words for needs the taxonomy
# missed: 傘の柄 and 傘屋 (umbrella repair), 入力切替 and 何も映らない (appliances), 歩く練習 and 散歩の相手 (walking),
# ファイナンシャルプランナー and 引き落とし (money management). real24 odd 0.874 → 0.910 (傘の柄: 0 → 1), real29 odd 0.920
# → 0.947 (トルコ語: 0.345 → 1), fresh7 odd 0.742 → 0.767, fresh6 odd 0.834 → 0.836; one fresh7 request down (−0.055);
# readable unchanged, dev unchanged.
# skill-v4.54: when few hold what a request asks and it needs a language other than Japanese, the list goes on with
# its speakers whose text is near the request's (nearest.fill), without asking for a rare word both write: the language
# narrows the list, and all its speakers write of it (real28's スワヒリ語 guide: 0.723 → 1.000; real3's R3Q41 +0.042);
# nothing else moved, dev unchanged.
# skill-v4.53: a tag written wholly in kana (four kana or more) is read as the taxonomy word it sounds like when no
# word matches it as written (かいらんばん 回覧板, はたふり 旗振り, だいひつ 代筆; SudachiDict's readings, a reading two
# concepts share naming neither); whole tags only, never inside a text. A phrase's を / が after a noun may be left out
# (顔見ながら, スマホ使え, お電話して; three letters or more left). Taxonomy: handing round the 回覧板 and the 広報紙
# (チラシ配り, ポスティング) is a concept of its own (distribution_posting), not a flyer's design; 家計簿 and the sorting of
# bills are money management, but 家計簿 beside a computer or an app asks for the tool (a context rule); ビデオ会議,
# 画面越し and 画面で参加 are video calls; いのちの電話 is listening; イングリッシュ is English; リメイク and 作り替え are
# sewing, and so is a kimono made into something else (a context rule); 健康運動指導士 leads exercise; ごみの日 is
# housework. From fresh6's and fresh7's tuning halves: fresh7 odd 0.658 → 0.742, fresh6 odd 0.805 → 0.834, fresh4 and
# fresh5 odd up; readable 0.9342 → 0.9347; 29 requests up and 6 down, the largest real2's 「回覧板をLINEで」 (−0.021)
# and real25's walking-football 健康運動指導士 (−0.015); dev unchanged. Measured and not shipped: 荷造り as moving help
# and 布団を干 as housework (an example list's 布団を干せない, a 荷造りは済んでいます that then struck the whole concept).
# skill-v4.52: what a request says is not the help asked is not asked (「学童や預かり保育の手伝いではありません」「料理の
# 担当ではありません」: の手伝い / の担当 / の係 / の仕事 ではありません, a list's items included). fresh7 odd +0.001 (one
# request); every other set and dev unchanged. Measured and not shipped: a dictionary word's kana reading as a synonym
# (代筆 → だいひつ, 旗振り → はたふり; readings of four kana or more): fresh6 odd +0.013 and fresh7 odd +0.020, but 14
# requests down across the sets (real23's R23Q033 to 0) against 16 up; with three kana, 28 down.
# skill-v4.51: staying beside someone on the way to or through a hospital is an escort, not watching over (a context
# rule on そばにいて / そばについて / 一緒にいて with 病院, 通院, 眼科 …), and 相手 (しゃべる相手) names no title's topic.
# From fresh7's tuning half (0.647 → 0.657); real18 odd and real26 odd gain a request each (readable 0.9339 → 0.9342,
# real26 odd 0.900 → 0.905); none down; dev unchanged. Measured and not shipped: a memo's 用件 field read as the ask's
# and its 備考 as remarks (right readings; fresh7's odd half −0.005, one memo losing a lucky order).
# skill-v4.50 (taxonomy): a camera that takes no pictures is no photography (traps 胃カメラ, 大腸カメラ, 防犯カメラ,
# 監視カメラ), and walking beside someone through a hospital is an escort (ついて歩く, そばについて歩く, 院内介助, 検査の
# 付き添い). From fresh6's tuning half: fresh6 odd 0.792 → 0.805; every other readable set and dev unchanged.
# skill-v4.49: a short word stands for the longer one the same request writes in full (asks.as_written_in_full:
# 「タップの練習を見て」 beside 「タップダンス教室」 is dance, not a screen's tap) when the rest of the longer word names its
# own concept (ダンス, 要約筆記); 木工教室, 介護保険, 認知症サポーター change nothing. real29 odd 0.913 → 0.920, real9 odd
# +0.005 (パソコン beside パソコン要約筆記); none down; dev unchanged. Without that last condition, real14, real16 and
# real17 each lost a request.
# skill-v4.48: the topic a teacher is asked for in the title (「…コーナーで、投扇興の指導を」「キンボールを教えてくださる
# 方」: X の 指導/講師/先生, X を … 教え/習い/練習/手ほどき) is looked up like the word a concept is done on, even where
# the title's concept only names the occasion; a part of a noun run (クラブ of ウォーキングクラブ) and how a thing is done
# (使い方, 読み方) are not. real29 odd 0.871 → 0.913 (投扇興), real27 odd 0.933 → 0.940 (キンボール); none down;
# topics-unknown 0.875; dev unchanged. Measured and not shipped: such a title's concept weighed as a mere further need
# (its holders below the topic's): readable −0.0006 … −0.0010 (real17's ノルディック・ウォーク講習会).
# skill-v4.47: a title that names a concept is also looked up for the word the concept is done on or about
# (literal.title_objects: 「真空管アンプの組み立てキット」 X の concept, 「ヒンディー語を一緒に勉強」 X を and ≤ 8 characters
# of the clause before it), which leads the concept once registrants list it. Readable 0.9333 → 0.9337 (real23's 論語を
# 読み聞かせ), late odd halves 0.8935 → 0.8984 (real25's 鳴く虫の観察会), real27 odd 0.915 → 0.933 (ヒンディー語), real28
# odd 0.854 → 0.864 (真空管アンプ); none down; topics-unknown 0.872 → 0.875; dev unchanged. (Last session's variants —
# any title word, or the last object before を — lost on the readable sets.)
# skill-v4.46: a title whose concepts only name the occasion (「子ども講座「3Dプリンターの実演とものづくりの話」の講師を」:
# the course's name) is looked up for a narrower topic inside a concept's word too (title_compounds beside
# title_literals), and a loanword is looked up without its final long vowel as well (3Dプリンタ, コンピュータ). real27 odd
# 0.896 → 0.915 (one request); every other readable set, topics-unknown and dev unchanged.
# skill-v4.45: a medium a help is given through (video_call: 「自宅からGoogle Meetで、子どもの自習を見守るボランティアを」)
# is the means when its sentence then names a need that is not digital, however many (qualifiers._through; the
# device rule wants exactly one), and 自習 is study support. real26 odd 0.872 → 0.900 (one request); every other
# readable set, topics-unknown and dev unchanged.
# skill-v4.44: an example of what is not needed is not asked (「手のマッサージなどの特別な技術は要りません」: など and up to
# ten characters before the cue, as a list's item is; 「…などは必要ありません」), talking with the residents (「入居者さんと
# お話しして」) is befriending, hand sewing (手縫い, 針仕事) sewing, a store room or shed sorted (倉庫整理, 物置の片付け,
# 不要品) tidying. From fresh6's tuning half: fresh6 odd 0.764 → 0.792, fresh5 odd 0.845 → 0.850 (不要品, unread for
# this); every real set, topics-unknown (0.872) and dev unchanged.
# skill-v4.43: a title's word more than LITERAL_SHARE of the registrants write is still its topic when most of those who
# write it list it as a skill (literal.literal_rows): 「ブリッジを習いたい…」 in real27 (seven of 87 write ブリッジ, five in
# a tag) lost its bridge players to the description's ゲーム; 学校, 学生, 日本語, mostly in bios, stay everyday wording.
# real27 odd 0.861 → 0.896 (one request); every other readable set, topics-unknown (0.872) and dev unchanged.
# skill-v4.42 (taxonomy): three everyday asks fresh6's tuning half (read after its blind scoring) found without a word —
# a grave cleaned or visited by proxy (grave_visit; going with someone to a grave stays an escort), help at a mobile
# shop (mobile_sales), a hearing aid looked after (hearing_aid_care) — and リメイク of clothes is sewing, 駐車場の誘導 an
# event's staff. fresh6 odd 0.735 → 0.764 (taught: its own topics); the other readable sets unchanged (with the bare
# 墓参り as the concept, real12's 「お墓参りとパソコン教室に付き添って」 lost its escorts); topics-unknown unchanged.
# skill-v4.41: how the help is given (少人数, 個別, マンツーマン, 一対一, 対面, 単発) is no title's topic, like whom it is for
# (literal.GENERIC): 「聞香を…少人数で教えていただける方を」 put a 3D-printer class "for small groups" first. Readable
# sets unchanged; real27's odd half R27Q047 0.49 → 0.66.
# skill-v4.40: a tag's statement holds a title's topic as the whole tag does (寄木 is most of 寄木職人 in 寄木職人(伝統工芸士
# の工房), an aside or a list item being a statement of its own: literal._tag_holds), and a time, an amount or a count
# (以上, 一度, 10台, 3名: variants.says_when_or_how_many) is never a title's topic. Readable sets 0.9330 → 0.9331 (real23's
# R23Q017 up, real24's R24Q043 down: the title's ボード now held, so the description's バックギャモン is not looked up);
# the new sets' odd halves real26 0.862 → 0.872, real27 0.825 → 0.854 (寄木, 裂き織り); topics-unknown 0.871 → 0.872.
# skill-v4.39: a title's topic the dictionary lacks is looked up in its dictionary spelling too (聖書ギリシア語 finds
# ギリシャ語's registrants: literal._with_spellings); a product name (a synonym with a capital letter: Teams, Word,
# Windows, Zoom) is matched as written, not by its English stem (a survey "team" is no video call); the bare form of a
# concept's -ing word that is an everyday noun (account, sign: taxonomy.EN_BARE_NOUNS) names nothing. Readable sets
# 0.9328 → 0.9330 (real9's R9Q043 up, none down); the new sets' odd halves (read after their blind scoring) real26
# 0.8311 → 0.8622 (R26Q029, R26Q011); topics-unknown unchanged.
# skill-v4.38: a title's noun of doing that stands alone is its topic (「一人では続かない坐禅、…」「心のもやもやを坐禅で
# 解消する講座」: literal.title_literals(lone_doings)), looked up in the registrants' words like any title's topic;
# inside a run the head stays a doing (倉庫作業), and a description's is not looked up so. Readable sets 0.9323 →
# 0.9328 (4 requests up, 1 down: fresh5's 「物置の整理」, where 整理 became the topic); topics-unknown 0.866 → 0.871.
# skill-v4.37: an English label's part that alone is everyday English (use, any, service, updates, plant, nature,
# safety, board, welfare, toys: taxonomy.LABEL_WORDS_NAMING_NOTHING) no longer names the concept: "I use a translator
# app" asked for My Number Card help. Readable sets one request up (real17's R17Q025), none down; dev unchanged.
# skill-v4.36: two everyday words real24's and real25's tuning halves found missing after their blind scoring (日本語講師
# is teaching Japanese; 塾, 学習塾, 塾講師 are study support), and three that named a field rather than the skill no longer
# read as teaching Japanese (多文化共生, 外国籍, 外国人支援: an interpreter's bio says them as often); their odd halves
# 0.8738 → 0.8926, the other readable sets two requests up and one down (real11's R11Q033, order among teachers);
# topics-unknown and dev unchanged.
# skill-v4.35: a title's topic the dictionary reads only as the broad concept inside it (椅子ヨガ ⊃ ヨガ, 介助犬 ⊃ 介助:
# literal.title_compounds) is looked up as a title's topic, and leads the concept once registrants list it; a part of a
# title's word counts as well as the whole (コンポスト of 段ボールコンポスト finds the ダンボールコンポスト adviser), and a
# word that is only a tag's frame (作り, 体験, 指導) is no topic. Topics-unknown (bench.unknown, now with real23's odd
# half) 0.859 → 0.866 against a char TF-IDF's 0.840; readable sets 0.9308 → 0.9318 (3 requests up, none down); dev
# unchanged.
# skill-v4.34: the request's own words weigh twice what they did among the best totals (wording 0.5 → 1.0; staff
# learning may now fit it up to 2). Chosen on the readable sets (0.9333 → 0.9343; 48 requests up, 40 down), real21's
# and real23's odd halves (0.910 → 0.928, 0.833 → 0.842) and topics-unknown (0.845 → 0.862); dev 0.978 → 0.976; then
# real20 and real22, both unread, 0.905 → 0.916 and 0.777 → 0.789. The words weigh terms by the main segment's idf,
# so where a new registrant sits can reorder those the words decide between (a compaction settles it).
# skill-v4.33: when no registrant lists a word of the title, a word the description repeats (at least twice) and that
# no concept covers may be the topic, looked up the same way (エスペラント under 「平均年齢60歳の勉強会は入りづらくて」) and
# standing beside the description's concepts (a title's topic leads them; a description's word does not); the card
# says 「依頼文が繰り返す言葉」. real20, never read, 0.872 → 0.905 (P@1 0.907 → 0.944; char TF-IDF 0.879 / 0.963);
# real21 odd 0.890 → 0.910, even (sealed) 0.837 → 0.844; topics-unknown 0.842 → 0.845; readable unchanged; the eleven
# sealed real halves unchanged. Measured and not shipped: the description's word leading its concepts like a title's
# (real20 0.908, but sealed real11 even −0.020 and real16 even −0.016).
# skill-v4.32: more of a title's words can be its topic (literal.py): a noun of doing before another word names what is
# done's object (化石|探し; the head, 倉庫|作業, stays a doing), a loanword names a thing (タッピングタッチ) unless it is
# boilerplate (サポート), whom it is for never is (初心者, 親子), and a title that names only who asks (終活カフェで…)
# no longer hides its topic (薬膳茶セミナー). real21's odd half 0.811 → 0.890; topics-unknown 0.829 → 0.832; readable
# 0.9333 → 0.9333 (no request moved); real20, still unread, 0.875 → 0.872.
# skill-v4.31: the title's own topic, which the dictionary lacks, is the main ask once registrants list it
# (literal.py): the concepts, all read from the description, then count as a further need (SECOND_ASK) instead of
# outranking its registrants (紅茶 in the title, お茶 in the description: 紅茶 teachers before tea-ceremony ones).
# A tag holds the word when the word is most of it once its frame is set aside (燻製づくりの講師, 紅茶教室の講師), and
# not when the word is part of a word the dictionary reads in it (運び in 荷運び). Topics-unknown (real15 … real19's
# odd halves, taxonomy of before each was read) 0.813 → 0.829, against 0.830 for a char TF-IDF; readable sets
# 0.9333 → 0.9333; real21's odd half 0.750 → 0.811; real20, scored blind before and after (never read), 0.812 → 0.875.
# skill-v4.30: a short list's fill reads the whole request (nearest.fill): the texts nearest it through the
# fallback's postings over every term of the request, who asks and why included, ordered by their TF-IDF cosine with
# it (≥ 0.05), and only those whose card can name a rare word both write (wording_words) — which also keeps out the
# texts near only by boilerplate that skill-v4.28's floor let through (教えて). The fallback's card names the words of
# the whole request too. Topics the dictionary had not been taught (real15 … real19's odd halves, each read with the
# taxonomy of before it was read) 0.805 → 0.813; readable sets 0.9325 → 0.9333, four requests up, none down.
# skill-v4.29: nine skills real19's tuning half (opened after its blind scoring: 0.825 against a char TF-IDF's 0.885)
# found missing or folded into a coarser one — book clubs, pétanque, biotopes, glass beads (とんぼ玉), herbaria, wood and
# bird carving, the sanshin (close to any instrument played), tole painting, colouring for adults — and three readings
# of what stands before a concept (qualifiers.py): a で-clause modifying the next concept is not the ask (「YouTubeで予習
# した折り紙の花」; it replaces skill-v4.27's 「ではできない」 rule, which reads the same), an の-phrase that is the object of
# a clause before an event is the ask (「塗り絵の「上手な塗り方」を伝えるイベント」), and what came before 「の次は」 is not
# (「グラウンドゴルフ、ボッチャの次はペタンクを」). real19 odd 0.783 → 0.944 (the first two rules: one request each); no other
# readable request moved.
# skill-v4.28: a short list is filled only with texts that share more than boilerplate with the request (whole-text
# cosine ≥ nearest.FILL_COS_MIN, 0.05): on a small roster skill-v4.25 proposed a スマホ helper for a 料理 ask on 手伝 and
# ます alone, with a card that could name no shared word. Readable sets 0.9266 → 0.9263 (26 sets, real19's odd half
# included).
# skill-v4.27: a title's first concept that is only the means or what another help cannot cover no longer leads the
# ask (qualifiers._means_of_later; the second rule is read by _in_relative_clause since skill-v4.29): 「母の話を聞いて家系図を残したい」 (a help in the て form, then the
# object of what is asked) asks for a family tree, 「介護保険ではできない庭の草抜き」 for weeding. The particle で (手話で,
# ワードで) is not a て form. Readable sets 0.9299 → 0.9323: the two requests named, no other moved.
# skill-v4.26: nine skills a skills bank lists that real18's tuning half (opened after its blind scoring: 0.764 against
# a char TF-IDF's 0.763, P@1 0.818 against 0.891) found missing or folded into a coarser one — しめ縄 and straw craft,
# cloisonné (both from handicrafts), mölkky (from sports coaching), floor curling, large-print transcription, kimekomi
# dolls, chess (from board games, asked in English too), therapeutic riding, esports with seniors — and the occasion
# a later ask is made at: a concept word, a short occasion noun and で (「ケアマネ研修で「カローリング」を」) qualifies
# it (qualifiers._OCCASION_RE). real18 odd 0.792 → 0.957; no other readable request moved.
# skill-v4.25: a short list goes on with the nearest texts (nearest.fill): when fewer than ten hold what is asked
# (one registrant lists the title's word, かご編み), the volunteers whose whole text is nearest the request's come
# after every holder, their totals below the last holder's, instead of a list of one. Readable sets 0.9278 → 0.9288
# (five requests up, none down); real15–17's tuning halves read with skill-v4.20's dictionary (topics it lacks)
# 0.7805 → 0.7991. Merged by score instead, they passed holders of the main ask: 0.9244.
# skill-v4.24: eight concepts a skills bank lists that real17's tuning half (opened after its blind scoring) found
# missing — family trees, assistance dogs (service and hearing dogs; 介助犬 and 補助犬 moved from the guide-dog puppies),
# kintsugi, taiko (和太鼓 and 太鼓 moved from the other instruments, now related), nordic walking, ground golf (moved
# from sports coaching; park golf left out), seal carving, the abacus — and shodo and go asked in English. real17 odd
# 0.767 → 0.873; no other readable request moved. Still misread there: a title's first concept that is the means
# (「母の話を聞いて家系図を」: listening) or a qualifier (「介護保険ではできない庭の草抜き」: care insurance) leads the ask.
# skill-v4.23: from real16's tuning half (opened after its blind scoring: 0.662 against a char TF-IDF's 0.838): a tag
# the title's word makes up at least 40 % of holds it (写経 in 写経の講話; 50 % had been chosen before actions were
# left out), and fourteen concepts the dictionary lacked — laughter yoga (related to yoga and tai chi), reminiscence,
# learning therapy and brain-health classes, dementia supporter training, consumer protection and fraud-prevention
# skits (close), welfare experience lessons in schools, amateur radio, composting, paper band baskets, sutra copying,
# audio description for films, baby massage, beekeeping. real16 odd 0.689 → 0.936 (0.731 with the 40 % alone);
# fresh5 −0.002 (one request), no other readable request moved.
# skill-v4.22: thirteen concepts a skills bank lists that real15's tuning half (opened after its blind scoring) found
# missing: bonsai, plant and indigo dyeing, shigin (詩吟, from singing), eraser stamps, everyday money management
# (生活支援員) and citizen guardians (市民後見人; close to each other — explaining the guardianship system stays legal
# advice), end-of-life planning (終活, エンディングノート) and life-story writing (聞き書き, 自分史, from haiku and
# poetry; related), home visiting for families with a new baby (ホームスタート), guide-dog puppy raising, zoo and
# aquarium guides, sports fukiya and cloth picture books. real15 odd 0.834 → 0.939; no other readable request moved.
# skill-v4.21: a topic the dictionary lacks, named in the title (matching/literal.py): when the title names no concept,
# its nouns no taxonomy word covers (消しゴムはんこ, 盆栽, エンディングノート, 草木染め; not boilerplate such as 募集 or
# スタッフ, nor actions such as 整理 or 作業) are looked up in the registrants' words — a tag that is mostly the word
# holds it (1.0), and once someone lists it so, a bio naming it holds it too (0.9), among words under 8 % of the
# volunteers write — and its holders enter as the text factor's evidence, beside the description's concepts (which on
# real pages were often who asks: 学童クラブでは…, ケアマネジャーさんに言われ…). From real15's tuning half, opened after its
# blind scoring (0.672 against a char TF-IDF's 0.903): real15 odd 0.725 → 0.834, real14 odd 0.900 → 0.911, the
# other readable sets unchanged but held-out −0.001 and fresh5 +0.0001 (readable mean of 22 0.9197 → 0.9252); with the
# shared v1 taxonomy (as if the words were unseen) 0.6793 → 0.6953. Measured and not taken: a bio holder alone (no
# tag lists the word: fresh5's 整理 and real6's 作業 came in), a bio at 0.7 or 0.8, no boilerplate list (0.9238).
# skill-v4.20: concepts a skills bank lists that real14's tuning half (opened after its blind scoring) found missing:
# telling wartime experience (戦争体験の語り部, 平和学習; apart from folk-tale telling), reading old documents (古文書,
# くずし字), stargazing (天体観望, 望遠鏡), adventure playgrounds (プレーパーク); かるた会 / 競技かるた as games, and pet
# sitting in English (cat sitter, foster family) as animal care. real14 odd 0.751 → 0.900; no other readable request moved.
# skill-v4.19: two concepts a skills bank lists that the dictionary lacked, read on real13's tuning half (opened after
# its blind scoring): therapy-dog visits (セラピードッグ, 動物介在活動; related to animal welfare) and knife sharpening
# (包丁研ぎ, 刃物の研磨; its event had read as event management). No other readable request moved. And the wording
# guard keeps a candidate below a fit of the main ask only when that fit is better by more than 0.1 (a tag against
# a bio's sentence no longer outweighs the request's words; a secondary ask's holder still never leads).
# skill-v4.18: the request's own words as a score, not only a tie-break: among the 10 best totals a candidate's fit
# gains 0.5 × the TF-IDF cosine (term counts, idf over the volunteers) of its whole text with the request's whole
# text, so that of several holders of one concept the one who writes about what is asked leads (車いす散歩: the
# registrant who pushes wheelchairs, not the guide for the blind; フードパントリー). Chosen on the readable sets
# (mean 0.9234 → 0.9279: real sets' tuning halves +0.010, synthetic −0.005), then scored once on the sealed
# halves: real4 … real12 +0.001 to +0.043, synthetic ±0.01 (bench/heldout/README.md).
# skill-v4.17: what a homework is of is the ask (「書き初めの宿題」: calligraphy), the time another help fills is not
# (「通院の間だけ」), nor what a thing is used for (「買い物に使う自転車」); a concept qualifying a help noun listed beside
# a later concept (「手話での会話の橋渡しと受付」) is a need of its own; the writer's own earlier wording quoted (「『カット
# してくれる方』と書いたら」), a third party who called (「床屋さんから電話が」) and a group introducing itself mid-sentence
# (「写真クラブですが、」) are not the ask; a tag's partial likeness to a dictionary word must share that word's head
# (「書類の記入の手伝い」 is no longer 「畑の手伝い」); needs named by their effect (庭の木を切って, 枝の手入れ, こどもを みて,
# ブレーキがキーキー, 接種の予約, 足腰の運動, ぬう, グループの作り方 on a phone, 書類の記入 and 代筆). fresh5 odd 0.740 → 0.855,
# every other readable set unchanged or up (readable mean 0.9170 → 0.9232).
# skill-v4.16: a bio's closing invitation (「お声がけをお待ちしています」「お気軽にお声かけください」) no longer offers
# watching over, nor the way its writer gets there (「近所でしたら自転車で伺います」) bicycle repair (traps); a bio clause
# saying what its writer gave up, fears or has no idea of, someone else's hobby, or what their free time leaves out
# (「体操教室は三日で行かなくなりました」「電子マネーは怖くて」「配線はさっぱり」「編み物は母の趣味で」「孫の送り迎え以外は」)
# is not an offer; a letter its reader cannot read (「通知が読めません」「何が書いてあるのかわかりません」) asks for it to be
# read aloud, or translated where the text names Japanese, a country or another language (real10 odd 0.844 → 0.880,
# fresh5 odd 0.718 → 0.737; every other readable set within ±0.005). Then: what family do for the writer (「息子に見て
# もらっています」), what the writer only goes to watch, a licence handed back (返納) and からきし deny their clause, and a
# clause of never or hardly using the thing, with no topic of its own (「…が、一度も使っていません」「…が、電話にしか使って
# いません」), denies the clause it contrasts with; 点字ブロック is tactile paving (readable mean 0.9127 → 0.9129).
# From real11's tuning half (after its blind scoring): Japanese for someone (「妻に日本語を」) or to speak with the people
# around is Japanese teaching (real11 odd 0.913 → 0.939). A device tag naming the tool of a help of another kind
# (「パソコン点訳」「タブレット脳トレ」「スマホ撮影」) holds the device at BIO_SETTING, unless another tag or the bio offers it
# (real2 +0.002, real4 odd +0.001; 「スマホLINE」「スマホ決済」 are digital help and keep it). Measured and not shipped:
# needs listed as examples of one (「演奏や踊り、手品など」) each at the main ask's weight (mean −0.0011). A bare escort
# word (「付添ボランティア」) yields to a kind of escort the request names (「買い物の付き添い」) unless a concept qualifies it
# right before (「外出レクリエーションの同行」); a ride's destination (「スーパーまで乗せて」「病院まで送って」) is not the ask,
# the ride is; a name left on a phone line (電話して名前を吹き込む) is not audio reading; 本棚に戻す is shelving (real7 odd
# +0.018, real3 odd +0.001, real8 odd +0.033; readable mean 0.9145 → 0.9175). A word only a context rule reads
# (ガイド, ドクター, 直して, 会話, 居場所, 棚 …: 18 words of 10 rules that were in no concept's list, so those rules never
# applied) is scanned and stands only where its rule applies; a guide at sights is a tour guide; お子さんと遊ぶ, 手工芸,
# ボッチャ (a para sport), 病院へ送る, 「スマホの使い方でお困りの方」 read from the tuning halves (readable mean 0.9175 →
# 0.9188: real2 +0.006, real3 odd +0.003, real5 odd +0.007, real8 odd +0.009). From real12's tuning half (after its
# blind scoring): an escort for someone who cannot see (網膜, 白杖, 目が見えにくい …) is a guide helper, and a registrant
# who escorts the visually impaired keeps the escort too; a wheelchair walk (車いす散歩) is wheelchair help (real12 odd
# 0.876 → 0.886, nothing else moved).
# skill-v4.15: a registrant who tagged what they offer and names another kind of help in the bio only in passing
# (「中国語」 with 「保育園のお便りの翻訳もします」, 「英語通訳」 with 「イベントや区役所の窓口で英語の通訳をします」) holds that help at
# BIO_ASIDE (0.75), below a tag (1.0) or a bio that says they do it (0.9): the tags' own kind, and any help the bio
# says they do, teach or can do, keep the bio's strength (offers.BIO_ASIDE). Measured on every readable set (odd halves
# of the split ones): mean nDCG@5 0.9303 → 0.9335, the real sets' tuning halves +0.00 to +0.010, fresh3 −0.004.
# From real8's tuning half (odd ids; its even half sealed): street collections and blood drives (街頭募金, 赤い羽根,
# 歳末たすけあい, 献血の呼びかけ) are a concept of their own, no longer grant writing's 募金 (a grant the group received,
# 共同募金の助成, is a trap), the ドクター and ナース of a toy hospital repair toys, a greeting card made on a computer
# (ワープロソフトで暑中見舞いを) is word processing, お電話する is the phone befriending service, and the secretariat
# and an office (事務局, 事務所) are places, not clerical work, and para sports are named by their names (アンプティ
# サッカー, 車いすラグビー, ゴールボール …) (real8 odd 0.800 → 0.847, real6 odd +0.006). A loanword of two letters
# written in katakana in the dictionary (ウノ, ヨガ, ナビ, フラ, レク, ロゴ) matches only katakana: 「言うのですが」「思うの」
# asked for UNO, 「ふらっと」 for hula (held-out scores rise where the false second ask lowered coverage). From
# real9's tuning half (odd ids; even sealed): studying Japanese (日本語を…勉強) is Japanese teaching, a mobility
# scheme that asks for drivers (移動支援 beside 運転, 車両) is driving, and leisure support (余暇支援) is recreation
# for adults and play for children, a house's リフォーム is carpentry (a garment's is sewing) (real9 odd 0.864 → 0.916).
# A bio's offer phrase (「…が得意です」) is read as written, not normalised first (a particle turned katakana glued
# itself to the katakana word after it, and an edit-distance pass read something else into the phrase). A contrast a
# few characters on (「床屋さんではなく」「将棋の相手などではなく」) says that mention is not the ask; 「だけでなく」 (not
# only) still asks; and words from the same half (九路盤, 表札を筆で, 画面越しの面会, タイヤがぺちゃんこ, 冷蔵庫を一階へ,
# 映らなくなった) (fresh5 odd 0.642 → 0.718). From real10's tuning half: 見守り beside elderly people is not child care
# even when children are named too, a 勉強会 (workshop) asks for its topic, a hospital's 外来ガイド is its volunteer
# desk, and the repair of a toy (アンパンマン, プラレール, タッチペン …) is toy repair as well (real10 odd 0.781 → 0.844).
# skill-v4.14: ~1,050 words a helper wrote from its own knowledge of how residents, notices and registrants name each
# need (digital help, languages, arts, cooking, crafts, repairs, garden, …; no evaluation set opened), kept only where
# no readable set fell; 14 of them dropped again because they broke blind probes (電話番 inside 電話番号, 外国籍の方 and
# 外国人住民 naming whom it is for, トング, 保全活動, 写真の撮り方, 荷造り, 盤上 …). Then: what a request says it is not asking for (「送迎の運転をお願いするものではありません」「司会はお願いしません」)
# stays out of every reading: the dictionary's spelling of the text no longer brings such a concept back, and a context
# rule no longer reads its word (a driving word said not asked makes no escort a drive); a companion on a shopping
# trip (買い物の付き添い) is shopping help, like 買い物同行; 「…をお願いするものではありません」 reaches over the whole
# clause (「送迎や買い物の代行を…」), and 「…する必要もありません」 is 必要はありません. From real7's tuning half (odd ids;
# its even half sealed): a facility's linen chores (タオルたたみ, シーツ・リネン交換, 布団カバーの交換) are housework, a
# hospital's 総合案内 and 再来機 its volunteers' desk, 通いの場 / ふれあいの場 / たまり場 salons, repairing library books
# (本を修理, 本の補修) library help, a stamp rally event help. What the group does itself (「…はサークルで分担します」
# 「楽譜はこちらで用意します」), a list included (「材料の買い出しと会場の準備は…」), is not asked, and a concept before の
# qualifies only a later one that is asked (「調理の手順を…(材料の買い出しは…)」 asks for cooking). A device named after
# the one need of its sentence is the means too (「何番線の電車か、スマホで調べたい」); 調理室 is a room. What is to be
# translated and the language it goes into qualify the translating (「案内文を英語に訳して」 asks for translation), and a
# concept word that ends in wanting (訳してほしい) before です asks rather than introduces the writer. More ways a request
# says a need is met already or by others (できあがりました, 植木屋さんに頼みました, 家電屋さんでやってもらいました,
# 会員ができるので, お弁当の配達は来ている, Excelでできています, e-Taxは使わず, バスがあるので大丈夫, 講師は決まって
# います, 娘がしてくれます — not a thing provided: 息子が用意してくれました), read from a new set of blind probes.
# skill-v4.13: a helper already there, spoken of as someone (「ヘルパーさんが来ない日」「保育士さんと一緒に」), is not
# the ask; a salon's staff and its meal gatherings (サロンのスタッフ, 会食会, 茶話会) are salon running; LINE named by its
# green icon; a QR code read to apply or book is the phone's camera, not a payment; a device for someone who cannot
# see is screen-reader help (a registrant who gives it keeps the device too); an event a bio names only as where another
# skill is done (「イベントでの手話通訳」) reads as weakly as a place; relief in a stricken area (disaster_relief: 被災地,
# がれき撤去, 泥出し) is its own concept, related to preparedness (a drill for a disaster centre stays prevention).
# From real6's tuning half: animal welfare (保護犬・保護猫, 譲渡会, ペットの世話) is a concept; a food bank or pantry
# (food_bank) is apart from meal delivery (配食), related; a beach clean-up is community clean-up; a place to be (居場所)
# names no help by itself — read as youth support beside 不登校, child care beside 子ども, a venue before で; what the
# people served do there, in a sentence asking nothing (「子どもたちはピアノを弾いたりして過ごしています」), is the
# setting. A bio's place or tool is read from the words the cached scan found (index build +12–20 %, bench.speed).
# From fresh4's tuning half: 押し花 as crafts, umbrella repair and paper tax returns (tax_return, close to the online
# procedure) as concepts, non-offers in bios (「税理士さん任せ」), 「◯◯ではないお願い」「◯◯の話ではありません」 as not
# asked, where a thing comes from (「農家から送ってもらう」) as not the ask, 頭の体操 as no exercise, and the request read
# once more without its short asides and with words written apart joined (「子ども（小学生）を見て」「かんじが よめ
# ません」). fresh4 odd 0.729 → 0.900; the other readable sets unchanged or up.
# Then: a wheelchair cleaned, checked or mended is the chair's care (wheelchair_care), not help for its user; learning
# a device (「パソコンとスマホの学習支援」) is not school study; the writer's own studies (「勉強を始めました」), a thing kept
# for show (「飾ってあるだけ」) and what the writers can already do (「鍵盤は弾けても」) are no offer and no ask.
# Small repairs and electrical jobs are similar help (a faucet fixer is a fair second for a dead bulb).
# skill-v4.12: classes of misreading from the tuning halves (real5, real3, real4 odd ids): a registrant who accompanies
# by car holds escort as well as driving (context rules may `keep` the word's own concept in a registration); a
# hospital's 受付 and 会計 are outpatient desks (not event reception, not bookkeeping); 「◯◯の会員募集」 recruits
# (the ask) while 「◯◯の会員です」 introduces the writer; what a place has (「絵本のあるひろば」) is the setting; the
# school-route watch (登下校の見守り, 旗振り, スクールガード) is its own concept, related to child care; a place or a tool
# a bio names only as where or with what its writer does something else (「保育園で英語を」「パソコンで点字を」) reads
# BIO_SETTING; デジタルボランティア and デジタル活用支援員 are smartphone help. Readable sets: mean nDCG@5 0.928 → 0.934
# (real5 odd 0.799 → 0.843, real3 odd 0.901 → 0.918, real4 odd 0.892 → 0.897; real2 0.937 → 0.936, fresh3 odd
# 0.937 → 0.935: their graders put the school-route watch with child care); see bench/heldout/README.md.
# skill-v4.11: kinds of help real pages ask for that the dictionary had no word for, read from real5's tuning half
# (odd ids; its even half sealed): tourist and heritage guides (tour_guide: 観光ボランティアガイド, まち歩きガイド,
# 文化財ガイド — apart from guide help for the blind), support for disabled players (parasports_support: パラスポーツ,
# 障がい者スポーツ), outpatient help named otherwise (外来ボランティア, 患者さんをご案内, 外来支援), 昼食づくり as cooking,
# マラソン大会 and 大会ボランティア as event help. real5 odd 0.723 → 0.799 nDCG@5; every other readable set unchanged.
# skill-v4.10: a bio's clause that leaves the skill to someone else (「家族に任せきり」「夫の担当です」), says the writer
# is new to it (初心者です, 疎い, 不慣れ, したことがない), speaks of their own busy days or nerves (忙しい, 緊張), or of
# music they only listen to (歌を聴く) offers nothing — read from the trap sentences of fresh3's volunteer pool,
# which both its halves share; work named by what is made or done (家具づくり, 言葉の橋渡し, 無事故, 壁飾り).
# A stray space inside a Japanese word of a tag (くさ とり) is typing noise. From 314 asks, 152 bios and 62 not-asked
# texts a helper wrote for tests/unit/matching/probes_v410.py seeing only the concept list: what a request says is
# done or covered, up to a clause on (障子の張り替えは済みました, 植木屋さんが済ませました, ボランティアは足りて
# います — not 足りていません), handled by others (は業者が, は家族で, は別のグループが, ヘルパーさんが来てくれて
# います) or only the setting (a place noun after the word: 認知症カフェで; a facility before の: 子育て支援センター
# の; an occasion that is over: 盆踊り大会が終わった後; a club the writer belongs to: 写真サークルに入っていて) is not
# the ask; a quotation followed by という声 voices the need; phone befriending and listening are similar (the same
# help by another channel); vocabulary for needs named by their effect (複合機, 凧揚げ, 給水所, 自撮り, 椅子がガタガタ)
# and context rules (a letter to translate is translation; font size in a Word document is word processing). From
# 254 asks, 151 bios and 62 not-asked texts in the style of real notice pages (probes_v410_pages.py, written blind): a
# notice's introduction, before its field of what is asked (【募集内容】, ◆活動内容, ■内容), is the setting; what a later
# clause says is not needed, done or done by others (していただく必要はありません, 修理はおもちゃドクターが行います)
# covers every mention of the concept, but a qualification not required (資格は不要, 経験は問いません, 楽器は問いません)
# only the mention it follows — and the skill comes back when nothing else is asked; a bullet ends the stretch these
# cues reach over; a quotation followed by という声 / との声 voices the need.
# Tried and dropped: a bio's concept before で as the place or means of a later one (介護施設で事務,
# パソコンで点字): real pages name the activity that way too (日本語教室で教える, お助け隊で草取り, 英語で通訳);
# the main ask as the concept nearest the asking words instead of the first strongest (real4 odd −0.028), or the first
# one named in an asking sentence (real2 −0.003, real3 odd −0.006, real4 odd −0.007); a compound's first half as a
# qualifier (ギター伴奏 asks for guitar); 相談員 as welfare consultation (it names staff); the request's whole-text
# similarity admitting volunteers beside the holders or raising their totals (bench/heldout/README.md, bench.lexical).
# skill-v4.9: read from 404 probe sentences written for tests/unit/matching/probes_v49.py by a helper who saw only
# the concept list (not the matcher, its vocabulary or any evaluation set). A concept the request says is already
# handled (「運転は私がします」「会計は役員でやっています」「ホームページは業者に頼んでいます」) or, a few characters
# on, not needed (「点字の知識は不要」「歌わなくて大丈夫」「踊る必要はありません」) is not asked; a group or class
# named by a concept (手話サークルの, 囲碁クラブの会費, ピアノ教室の発表会が…。当日の受付) qualifies whatever else the
# text asks, even in a later sentence, and an occasion or day facility (デイサービスで, 学童で, 防災訓練に参加,
# バザーに出す) is where, not what; a smartphone, tablet or PC followed by で/に is the means when the sentence names
# exactly one other need (パソコンでメールを; several, …たり…たり, leave the device the ask); 「困っているのは…です」
# names the ask, not the writer; a boast in the negative (負けません, 苦になりません) no longer denies a bio's clause;
# vocabulary for needs named by their activity (壁画, 句会, 振袖, 掛け算, 茶飲み話, 元気か確かめ, ポイ捨て, …) and
# "引っ越して" as a situation (a trap), not moving help. From real4's tuning half: a gift's recipient
# (「雑巾を縫って保育園に寄付」) is for whom, and an occasion introduced as the setting (「定期演奏会があります」) is when.
# From real3's and real4's tuning halves: everyday help at home as its own concept (odd_jobs_support: お助け隊,
# ささえあい, ちょっとした困りごと, 協力会員, 家事援助 — 社協's 住民参加型 services), at the similar tier of housework,
# small repairs, light bulbs, carrying, weeding and shopping: the real pages grade such helpers fit for those chores.
# 片付け beside a venue or an event (会場設営と後片付け, 敬老会の準備や片付け) is event help, not housework (a context rule). Origins (ベトナム出身) were tried as languages offered and
# dropped: the graded sets do not count them, and a request's 出身 names who asks.
# skill-v4.8: (1) candidates with equal totals (to the 4 places shown) are ordered by how close their own words (tags
# and bio) are to the request's — the whole-text fallback's idf-weighted cosine, read for the rows near the top
# only — instead of by id: among holders of the same skill in the same town, the one who describes the same work
# comes first; scores are unchanged (found on real4, a new blind set of real wording: a char TF-IDF beside it had
# P@1 0.927 to the matcher's 0.836). (2) Classes read from real4's tuning half: woodland and bamboo-grove work is a
# concept (satoyama_forest), a food pantry's sorting is food support, play with children said as a verb and
# children's day services are child care, crafts named by what is made, a skill one may be bad at
# (「お裁縫が苦手でも大丈夫」) is not asked. (3) Vocabulary broadened from probe sentences written for
# tests/unit/matching/test_paraphrase.py (not from any evaluation set): needs named by their effect or in casual
# and elderly wording (写真でいっぱい, 水漏れ, 天井の電気が切れた, 愚痴を聞いて, 新聞がたまって, 肩をもんで, 泥かき),
# group-notice wording (会場準備, テントを立てる, お茶を出す) and bios that describe the activity (野菜を育てて,
# 子と遊ぶ, ごみを拾って); ネット beside a fake warning is the scam.
# skill-v4.7: more classes from real3's tuning half and fresh3's: a concept followed by 「(し)ながら」 is the manner of
# the help, not the ask (おしゃべりしながら一緒に作って asks for crafts); a bio's negation that modifies a noun
# (わからないことに答える, スマホが使えない方の) no longer denies its clause; a language written as an English adjective
# before another concept is its style (learn Japanese home cooking); effect and verb forms of known asks (見守って,
# 自分の車で, 院内の案内, 給食サービス, 足腰を鍛える, ゴミを出す).
# skill-v4.6: classes of miss read from real3's tuning half (odd ids; the even half stays sealed): concepts split
# where real pages name different work (hospital and library volunteers, salon running, light chores, homestay hosts,
# street and park clean-ups, flower beds apart from weeding); interpreting into text (要約筆記, 文字で通訳) is
# captioning, not sign language; a child's 話し相手 is childcare; a concept the request says it does not need
# (手話は使いません, パソコンは不要, …ではなく) leaves the ask; bare 手作り and ビーズ no longer mean crafts.
# skill-v4.5: classes of miss read from real2 (real public wording, opened after four blind scorings; real3 is the
# new sealed set): a bare volunteer tag a context rule reads (キーボード, 見守り) is read in the context of the whole
# registration; a request's context rules read its other fields (a title's 余興 spelt out in the description as
# 歌 or 楽器の演奏 is music); whom the help is for is no skill on the volunteer's side either (目の不自由 ≠ 点訳);
# Japanese named beside another taught subject (日本語と、宿題を教えて); needs named by a gesture or an effect
# (耳を傾けて, ドクダミ, 庭に手が回らない, 枝を払う, 仕込み, 連鶴, 声の広報, 水引, 読んで聞かせる); the text fallback
# compares only the sentences that ask, not the writer's introduction.
# skill-v4.4: classes of miss read from fresh3's odd half: needs named by their effect (a fake virus warning or a prize
# message on a device is a scam question, neat handwriting is calligraphy, a sliding door that will not close is a
# repair, staying beside someone is watching over, tin and clockwork toys, e-Tax and 医療費控除, 旗振り …); a car a
# wheelchair fits in is its own concept (wheelchair_vehicle) and a qualifier that is a special kind of the later ask
# (リフト付きの車の運転) is the ask; what the writer already uses or compares with (スマホは毎日使っているのですが,
# スマホとは勝手が違う) and the people the help is done with (子どもたちと) are not the ask; 外国語 is not 国語 and
# 'contact me' is not phone contacts (traps); words for interpreting in Vietnamese, Portuguese and Chinese.
# skill-v4.3: a flexible request still prefers a volunteer who said when they are free (TIME_FLEXIBLE_UNKNOWN:
# availability unknown is weaker evidence, as coordinators grade it); words of the writer's situation or of the
# manner of help (一人暮らし, 相談にのって) and more organiser verbs (主宰, 経営, 営む) read as who asks; music on any
# instrument (楽器, 演奏) is its own concept, close to every instrument; タンス voiced in compounds (和ダンス) is furniture;
# mending clothes (裾上げ, ボタン付け) split from needlecraft (刺しゅう), each the other's similar skill; a concept with a
# short noun before の (カラオケ大会の司会) qualifies the later ask like one directly before の; a bare 修理 beside the
# thing repaired (パンクの修理) leaves the ask to that thing; a concept word made a place (保育園で, 放課後クラブで) says
# where the help happens; an escort by car (通院…車で) asks for a driver.
# skill-v4.2: words naming who asks or for whom leave the asked concepts altogether (they no longer bring their
# holders in as candidates nor lower everyone's coverage), unless they are all the request names.
# skill-v4.1: haircut split from massage, a "similar" tier (tablet ↔ smartphone at SIMILAR_CREDIT 0.7), English
# as a school subject is study support, 主宰/集まり as who-cues, helper cues inside the matched word, 用の qualifier.
# skill-v4: the ask is separated from who asks and for whom (cue phrases, the requester's name, quotations);
# the first strongest concept is the main ask and further ones count SECOND_ASK of it; games split, tablet and
# smartphone related not equal, context rules (見守り of children, キーボード in music, 文字を打つ in Word …),
# a dictionary variant layer (SudachiDict) and situational vocabulary; cards fold non-separating factors.
# skill-v3.1: the title is the main ask (tags weigh like the description). skill-v3: every asked concept scored (title no longer overrides the description), whole-text fallback when
# nobody holds an asked concept, katakana word boundaries, English stems, negated bio clauses skipped.
SKILL_V4 = Algorithm(
    name="skill-v4.66",
    features=(
        Feature("skill", ft.skill_taxonomy, 0.6),
        Feature("coverage", ft.skill_coverage, 0.4),
        Feature("text", ft.text_tfidf, 0.8, kind="alt"),
        Feature("area", place.area_relation, 1.0, kind="place"),
        Feature("time", place.time_overlap, 1.0, kind="place"),
        Feature("fairness", place.fairness_load, 0.08, kind="context"),
    ),
)

DEFAULT = SKILL_V4
