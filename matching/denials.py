"""A volunteer's bio, less what it says its writer cannot or does not do: the clauses whose concept words are not
offers (「スマホは持っていません」「パソコンは苦手です」「AEDは、駅の壁にあるのを見たことがあるだけです」). Taxonomy.concepts
reads the rest; moved here from taxonomy.py (skill-v4.67), unchanged but for v4.67's clauses."""

from __future__ import annotations

import re
from functools import lru_cache

# A bio clause that says what its writer cannot or does not do (「スマホは持っていません」「パソコンは苦手です」)
# is not an offer: its concept words are not read as skills.
_CLAUSE_SPLIT_RE = re.compile(r"[。．.!?！？\n]|が、|けど|けれど|ですが|ものの")
_CONTRAST = frozenset({"が、", "けど", "けれど", "ですが", "ものの"})
_NO_USE_RE = re.compile("一度も|しか|ほとんど|全く|全然|まったく")
# A negation that modifies a noun (「わからないことに答える」「スマホが使えない方のお手伝い」) describes whom or what the
# writer helps with, not what they cannot do: it does not deny the clause. Nor does a boast in the negative
# (「掃除なら誰にも負けません」「草むしりは苦になりません」「手間は惜しみません」「力仕事も厭いません」).
_NEGATION_RE = re.compile(
    r"(?:苦手|不得意|(?<!負け)(?<!苦になり)(?<!問題あり)(?<!支障あり)(?<!惜しみ)(?<!厭い)(?<!いとい)(?<!構い)(?<!かまい)ません|ではない|じゃない|できない|出来ない|使えない|持っていない|わからない|分からない|知らない"
    # what the writer leaves to others or is new to (「パソコンもスマホも家族に任せきり」「ヨガは初心者です」)
    r"|任せきり|任せっきり|まかせきり|まかせっきり|任せてい|まかせてい|任せです|まかせです|さん任せ|飾ってあるだけ|置いてあるだけ|しまってあるだけ|勉強を始め|勉強中です|頼りっぱなし|頼りきり|頼りっきり"
    r"|にやってもらって|うとい|疎い|からっきし|ちんぷんかんぷん|不慣れ(?!な)|初心者(?=です|で|なので)|ことがない|経験がない|経験はない|未経験"
    # someone else's charge, the writer's own busy schedule or nerves, a listener of music (「料理は夫の担当です」
    # 「孫の送り迎えで朝は忙しい」「カメラを向けられると緊張します」「歌を聴くのは好き」)
    r"|(?:夫|妻|主人|家内|家族|娘|息子|嫁|孫)の担当|忙しい|忙しく|緊張|(?:歌|音楽|曲|演奏|CD)(?:を|は)(?:聴|聞)く"
    # what the writer gave up, is afraid of, or has no idea of, and someone else's hobby (「体操教室は三日で行かなく
    # なりました」「電子マネーは怖くて」「配線はさっぱりです」「編み物は母の趣味で」)
    r"|(?:行か|通わ|続か|やら)なくな|怖くて|こわくて|はさっぱり|(?:母|父|祖母|祖父|夫|妻|主人|娘|息子)の趣味"
    # what the writer always forgets (「回覧板は、いつも次の家に回すのを忘れてしまいます」)
    r"|忘れてしまいます|忘れてしまって|忘れがちです|忘れてばかり"
    # what the writer has only seen, still gets wrong or puts off, leaves to a parent or does only a little of
    # (「AEDは、駅の壁にあるのを見たことがあるだけです」「エアコンのリモコンは、いまだに冷房と暖房を間違えます」「終活と
    # いう言葉は、まだ自分には早い気がしています」「歌は音痴なので聞く専門です」「家計簿は三日坊主で終わりました」)
    r"|ことがある(?:だけ|程度|くらい)|見かける(?:だけ|程度|くらい)|(?:祖母|祖父|母|父)に(?:頼ん|任せ|やってもら)"
    r"|いまだに[^。、]{0,16}(?:間違え|叱られ|迷)|まだ(?:自分には|私には)?早い|(?:買った|もらった|習った)きり"
    r"|(?:聞く|聴く|見る|読む|食べる)専門|のが精一杯|三日坊主|遅れます|遅れがち|放ってあ|放ったまま|ためだけの"
    # what family do for the writer, what the writer only watches, a licence handed back (「怪しいメールは息子に見て
    # もらっています」「フェスティバルは毎年見に行きます」「運転免許は返納しました」)
    r"|(?:息子|娘|夫|妻|主人|家族|孫|子ども|子供)(?:に(?:見て|やって|頼ん|任せ|設定して|譲)|を呼ん)|[見観]に行|返納|からきし)"
    r"(?!こと|事|方|かた|人|ところ|所|子|もの|点|場合|とき|時|高齢|お年寄り|利用者)"
    # what the writer's free time leaves out (「孫の送り迎え以外は時間があります」「料理以外は何でも」; 「平日以外は…を教えて
    # います」 names its help after it)
    r"|以外は(?=時間|暇|ひま|空い|あい|家に|大丈夫|動け|都合|いつでも|何でも|なんでも)|not |n't|never "
)


# one volunteer's reading asks for it several times in a row (concepts, settings, asides)
@lru_cache(maxsize=256)
def offer_clauses(bio: str) -> str:
    """Returns the bio without the clauses that deny a skill (negated or 'not good at'), joined by 。. A clause
    saying only how little or never the thing is used (「…一度も使っていません」「電話にしか使っていません」, no topic of
    its own) denies the clause it stands in contrast to too (「ミシンは嫁入り道具でしたが、」「スマホは持っていますが、」)."""
    if not bio or not _NEGATION_RE.search(bio):
        return bio
    parts, pos = [], 0  # (clause, the delimiter after it)
    for m in _CLAUSE_SPLIT_RE.finditer(bio):
        parts.append((bio[pos : m.start()], m.group()))
        pos = m.end()
    parts.append((bio[pos:], ""))
    keep = [bool(c) and not _NEGATION_RE.search(c) for c, _d in parts]
    for i in range(1, len(parts)):
        c = parts[i][0]
        if not keep[i] and c and _NO_USE_RE.search(c) and "は" not in c and parts[i - 1][1] in _CONTRAST:
            keep[i - 1] = False
    return "。".join(c for (c, _d), k in zip(parts, keep, strict=True) if k)
