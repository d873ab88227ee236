"""What a request's text says is NOT asked of the helper: a concept it says is not wanted or not needed, is done
already or done by others (「手話は使われません」「点字の知識は不要です」「障子の張り替えは済みました」「修理はおもちゃ
ドクターが行います」), a qualification that is not required (「資格は問いません」), and the introduction of a notice before
its field of what is asked (「【募集内容】」). Pure: cue phrases over the normalised text (hiragana as katakana)."""

from __future__ import annotations

import re

from .normalize import normalize


def _cues(*words: str) -> str:
    """Returns an alternation of the words as they read after normalisation (hiragana as katakana)."""
    return "|".join(re.escape(normalize(x)) for x in words)


# What a cue may reach over between a concept word and itself: no sentence end, comma or bullet (■◆●【】 start
# another field of a notice).
_SPAN = "[^。、,.!?！？\n■◆●◇□【】]"

# A concept the writer says is not wanted or not needed (「手話は使われません」「パソコンはできなくても大丈夫」
# 「お裁縫が苦手でも大丈夫」「車は不要です」): no need at all.
NOT_ASKED_RE = re.compile(
    _cues(
        "は使われません",
        "は使われない",
        "は使いません",
        "は使わない",
        "は必要ありません",
        "は必要ない",
        "は必要ございません",
        "はできなくても",
        "ができなくても",
        "は出来なくても",
        "が出来なくても",
        "が苦手でも",
        "は苦手でも",
        "が苦手な方でも",
        "が苦手な方も",
        "ではないお願い",  # 「（楽器ではないお願い）」
        # what the writers can already do, conceded (「ピアノの鍵盤は弾けても、パソコンは…」)
        "は弾けても",
        "は弾けるけど",
        "はできても",
        "は使えても",
        "ではありませんが",
        "の話ではありません",  # 「確定申告の話ではありません」
        "の話ではない",
        "のことではありません",
        "のお願いではありません",
        # what the writer or the group already does (「運転は私がします」「会計は役員でやっています」「看護師は
        # 常駐しています」「ホームページは業者に頼んでいます」「スマホは使いこなしています」)
        "は自分ででき",
        "は自分でし",
        "は自分で使",
        "は自分でや",
        "は私が",
        "はわたしが",
        "はスタッフで",
        "は職員で",
        "は専門の",
        "は常駐",
        "は使いこなして",
        "は使えています",  # 「LINEは孫が入れてくれて使えています」
        "は使わず",  # 「e-Taxは使わずに紙で」
        "でできています",  # 「会計報告はExcelでできています」
        "は使えますが",  # 「パソコンは使えますが、…」
        "は使えるので",
        "はできるように",  # 「ネットで注文はできるようになりましたが」
        "はできたので",  # 「チラシはできたのですが」
        "はできました",
        "でやってくれる",  # 「飾りつけは子ども会が折り紙でやってくれるそうです」
    )
)
# The same said directly or a few characters on (「点字の知識は不要です」「囲碁の相手は足りています」「歌わなくて
# 大丈夫です」「踊る必要はありません」「花壇の手入れは会員で行います」): a short stretch of the clause, then the words
# that say it is not needed or already done by others.
NOT_NEEDED_LATER_RE = re.compile(
    # a short stretch, a list (「材料の買い出しと会場の準備はサークルで」「送迎や付き添いは不要」) or an example of what is not
    # needed (「手のマッサージなどの特別な技術は要りません」, skill-v4.44)
    f"(?:{_SPAN}{{0,5}}?|[{normalize('とや')}]{_SPAN}{{1,10}}?|{normalize('など')}{_SPAN}{{0,10}}?)(?:"
    + _cues(
        "は不要",
        "はいりません",
        "は要りません",
        "は必要ありません",  # 「マッサージなどは必要ありません」
        # not the help asked (「学童や預かり保育の手伝いではありません」「料理の担当ではありません」)
        "の手伝いではありません",
        "のお手伝いではありません",
        "の担当ではありません",
        "の係ではありません",
        "の仕事ではありません",
        "必要はありません",
        "必要はない",
        "必要もありません",
        "必要もない",
        "必要はございません",
        "なくて大丈夫",
        "なくても大丈夫",
        "なくてもかまいません",
        "なくても構いません",
        "なくて結構",
        "は会員で",
        "は役員で",
        "は職員で",  # 「給食の配膳や掃除は職員で回せている」 (a list before it included)
        "は家族が",  # 「電車は家族が一緒に乗ります」
        "ができるので",  # 「ピアノ伴奏は会員ができるので」
        "ができますので",
        "は来ているので",  # 「お弁当の配達は来ているのですが」
        "は来ていますが",
        "は来ているのですが",
        "は来てくれて",
        # 「材料の買い出しと会場の準備はサークルで分担します」「楽譜はこちらで用意します」
        "はサークルで",
        "はグループで",
        "はこちらで",
        "は当方で",
        "は事務局で",
        "は主催者で",
        "は参加者で",
        "はスタッフが",
        "は職員が",
        "は業者に",
        "は町会で",
        "は自治会で",
        "なくて構いません",
        "なくてかまいません",
        "は業者が",
        "は家族で",
        "は私たち",
        "はわたしたち",
        "はプロの",
        "は先生が",
        "は会長が",
        "は役員が",
        "は自治会の",
        "はヘルパー",
        "は別の",
        "は別に",
        "は別途",
        "はすでに",
        "は既に",
        "はできますので",
        "はできるので",
        "はできますが",
        "サービスを使って",
        "サービスを利用して",
        "を使っているので",
        "を利用しているので",
        "を頼んでいるので",
        "が来てくれています",
        "が来てくれます",
        "は問いません",
        "を問いません",
        "は不問",
        "していただきません",
        "していただく必要は",
        "していただかなくて",
        "ていただく必要はありません",
        "には参加でき",
        "は参加でき",
    )
    + ")"
)
# What the request says outright it does not ask for (「送迎の運転をお願いするものではありません」「お店への送迎や買い物の
# 代行をお願いするものではありません」「司会はお願いしません」): it reaches over the whole clause, a list of things included.
NOT_REQUESTED_RE = re.compile(
    _SPAN
    + "{0,20}?(?:"
    + _cues(
        "をお願いするものでは",
        "をお願いするわけでは",
        "をお願いすることはありません",
        "するものではありません",  # after a word that ends in お願い (介助をお願い)
        "するわけではありません",
        "はお願いしません",
        "はお願いしていません",
        "はお願いいたしません",
    )
    + ")"
)
# What the text says is done or covered, a clause on (「障子の張り替えは済みました」「剪定は植木屋さんが済ませました」
# 「花壇の植え替えをするボランティアは足りています」); not 「足りていません」, which asks.
ALREADY_DONE_RE = re.compile(
    "{span}{{0,15}}?(?:{done}|{wa}{span}{{0,8}}?(?:{covered}))".format(
        span=_SPAN,
        done=_cues(
            "済ませました",
            "済みました",
            "済んでいます",
            "終わりました",
            "終わっています",
            "終えました",
            "できあがりました",  # 「チラシのデザインはもうできあがりました」
            "出来上がりました",
            "できあがっています",
            "完成しました",
            "完成しています",
            "頼みました",  # 「庭木の剪定は植木屋さんに頼みました」
            "頼んであります",
            "でやってもらいました",  # 「エアコンの設定は家電屋さんでやってもらいました」
            "にやってもらいました",
            "があるので大丈夫",  # 「送迎は病院のバスがあるので大丈夫です」
            "手配済み",  # 「ご自宅と病院の間は介護タクシーを手配済みです」
            "手配済",
            "手配しました",
            "手配してあります",
            "確保済み",
            "確保してあります",
        ),
        wa=normalize("は"),
        covered="|".join(
            (
                _cues("できています", "できている", "決まって"),  # 「講師はもう決まっています」
                # 「通院の付き添いは娘がしてくれます」「出し物は地域のサークルが出てくれることに」
                # (not 「タブレットは息子が用意してくれました」: a thing provided is still what the help is with)
                normalize("が")
                + "(?:"
                + _cues("してくれ")
                + "|"
                + _SPAN
                + "{0,8}?(?:"
                + _cues("やってくれ", "出てくれ")
                + "))",
                # 「修理はおもちゃドクターが行います」「講師は大学生が務めます」「電話かけは別のボランティアが行います」
                normalize("が")
                + "(?:"
                + _cues("行います", "担当します", "務めます", "指導します", "教えます", "披露します")
                + ")",
                _cues("足りて") + "(?!" + normalize("いな|いません") + ")",
                _cues("間に合って") + "(?!" + normalize("いな|いません") + ")",
            )
        ),
    )
)


# The field that says what is asked in a notice (「【募集内容】」「◆活動内容：」「■内容：」): what the notice names before
# it is its introduction — the group, its activities, the people it serves — and is weighed like a qualifier.
ASK_FIELD_RE = re.compile(
    _cues(
        "募集内容",
        "活動内容",
        "依頼内容",
        "お願いしたいこと",
        "お願いしたい内容",
        "◆内容",
        "■内容",
        "●内容",
        "【内容】",
    )
)


# 「日本語教師の資格は不要です」「書道の経験は問いません」「楽器は問いません」 say who may help or that any kind will do,
# not that the skill is not the task: only the mention they follow is left out, the concept's other mentions stay, and
# it comes back when nothing else is asked (「保育の資格は問いません」 in a request for someone to watch the babies).
QUALIFICATION_RE = re.compile(
    _SPAN
    + "{0,3}?(?:"
    + _cues("経験", "資格", "知識", "腕前", "技術", "心得", "免許", "種類", "ジャンル", "年齢", "国籍")
    + "|"
    + _cues("は問いません", "を問いません", "は不問")
    + ")"
)


# A contrast, said at once or a few characters on (「スマホではなく」「床屋さんではなく、松のこと」「将棋の相手などでは
# なく」「テレビ電話のことではなく」): this mention is not the ask (another mention of the same concept may be). Not
# 「勉強だけでなく」 (not only: it is asked, and more).
NOT_THIS_RE = re.compile(
    _SPAN
    + "{0,6}?"
    + "".join(f"(?<!{normalize(x)})" for x in ("だけ", "のみ", "ばかり"))
    + "(?:"
    + _cues("ではなく", "じゃなく", "でなく")
    + ")"
)


def not_asked(t: str, end: int) -> bool:
    """Returns whether the words after a concept word say it is not needed, not wanted or already done."""
    return bool(
        NOT_ASKED_RE.match(t, end)
        or NOT_THIS_RE.match(t, end)
        or NOT_NEEDED_LATER_RE.match(t, end)
        or NOT_REQUESTED_RE.match(t, end)
        or ALREADY_DONE_RE.match(t, end)
    )


def unasked_everywhere(t: str, end: int) -> bool:
    """Returns whether the words after a concept word say it is not needed or done (by others) in a way that covers
    every mention of the concept (「囲碁クラブの例会の受付を…。囲碁を打っていただく必要はありません」), not only this one:
    not a contrast (「英語の絵本ではなく日本語の絵本を」), nor a qualification (「日本語教師の資格は不要」)."""
    return bool(
        (NOT_NEEDED_LATER_RE.match(t, end) or NOT_REQUESTED_RE.match(t, end) or ALREADY_DONE_RE.match(t, end))
        and not QUALIFICATION_RE.match(t, end)
    )


def qualification_only(t: str, end: int) -> bool:
    """Returns whether what follows a concept word only says a qualification or a kind is not required
    (「保育の資格は問いません」「楽器は問いません」): the skill may still be the task."""
    return QUALIFICATION_RE.match(t, end) is not None
