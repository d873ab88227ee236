"""A ninth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that スマホ
相談サロン and デジタル相談員, キャッシュレス決済 and オンライン申請 helpers, パソコンボランティア, 子ども食堂, 傾聴, 通院・買い物の
付き添い, 移送サービス (送迎), 車いすの散歩, 庭の手入れ (剪定・草取り), 日曜大工 (手すり・修繕), 書道, 編み物・裁縫, ハーモニカの
慰問, 体操, 読み聞かせ, 子育てひろば (抱っこ・見守り), 無料塾, 日本語教室, 通訳 (英語・中国語・ベトナム語・ポルトガル語),
訪問理美容・ネイル, マジック, サロン・茶話会, 手話, 要約筆記, 障害者の余暇支援, 防災士, 写真 and 広報 (チラシ・会報) publish, and
registrant / activity introductions (体験談, 会員の声, 活動報告, サークル紹介, インタビュー) written as a person's bio.
Graded for skill fit only (areas and times are not given), like real2 … real8.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real8), every candidate address was checked by program against the sources of real/ … real8/
before any text was written from it, and each text here was rewritten closely from one page: the group's
self-introduction before the ask, bullet fields (◆内容 / ◆日時), 敬語, the people the help is for, what is not needed
and what staff do, and the asides and other activities people mention. Names, phone numbers and addresses are
rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Eleven asks are a
resident's own (a daughter for her father's スマホ決済, an elderly woman's garden and stair rail, a far-away only child,
a hard-of-hearing woman, a Brazilian family), composed closely from resident-question and consultation pages. The
texts are in real9_data.py (pure data). The concept list below is this set's own; its author did not read
`matching/` (code or data) nor any ranking, and the matcher was not run on the set before it was committed. Grades
follow from the hand-set concept labels alone (`grade()`). 翻訳 is not a concept of its own here: the translators
found also interpret and are labelled interp; イベント運営 and 清掃 were left out (too few unused pages were found).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  スマホ (sumaho) vs デジタル手続き (digital: キャッシュレス決済, オンライン申請・予約, マイナンバーカード) — close (2), both ways;
  スマホ vs パソコン (pc) — related (1), both ways; パソコン vs デジタル手続き — unrelated (0): the オンライン予約 ask of a
  resident who has neither (R9Q006) grades a pc volunteer 0;
  パソコン vs 広報 (koho) — unrelated (0): the 情報誌 編集員 ask that needs ワード入力 (R9Q048) grades a pc volunteer 0;
  傾聴 (keicho) vs 付き添い (tsukisoi) — unrelated (0); the 通院付き添い ask of an only child (R9Q010) asks 話し相手 second
  (keicho 2); 傾聴 vs サロン (salon) — related (1); 傾聴 vs 子育て (kosodate) — unrelated (0);
  付き添い vs 送迎 (sogei) — related (1), both ways; 付き添い vs 車いす (kurumaisu) — related (1); 送迎 vs 車いす — unrelated (0),
  but the 移動サービス ask (R9Q050) asks 乗降介助 second (kurumaisu 2);
  車いす vs 障害者の余暇 (yoka) — related (1);
  庭 (niwa) vs 修繕 (shuzen) — unrelated (0), though お助け隊 do both: the 手すり ask (R9Q015) grades a 剪定 volunteer 0 and
  the 草刈り ask (R9Q014) grades a 大工 volunteer 0;
  書道 (shodo) vs 手芸 (shugei) — unrelated (0); 演奏 (music) vs 体操 (taiso) — unrelated (0) (the 体操 volunteer who plays the
  keyboard holds both); 理美容 (biyo) vs マジック (magic) — unrelated (0), but the 訪問美容 同行 ask
  (R9Q049), which wants ネイル and says no カット by volunteers, asks 演奏 and 手品 second (2);
  子ども食堂 (shokudo) vs 学習支援 (gakushu) — unrelated (0);
  読み聞かせ (yomikikase) vs 子育て — related (1); 読み聞かせ vs 学習支援 — related (1);
  学習支援 vs 日本語 (nihongo) — related (1); 日本語 vs 通訳 (interp) — related (1);
  手話 (shuwa) vs 要約筆記 (yoyaku) — related (1), both ways; the 中途難聴 ask (R9Q038) asks 要約筆記 second (2);
  写真 (photo) vs 広報 — related (1);
  languages: the ベトナム語 asks (R9Q027, R9Q028) grade only the three Vietnamese speakers; the 英語 asks (R9Q029,
  R9Q030) only the three English speakers; the 中国語 asks (R9Q031, R9Q032) the two Chinese interpreters and not the
  Chinese-speaking student who only photographs; the ポルトガル語 ask (R9Q033) the two Portuguese interpreters (3) and the
  two Portuguese-speaking Japanese teachers (1); a 日本語 teacher in Hanoi who speaks no Vietnamese is 0 for R9Q027.
Words of another skill beside the ask: the 付き添い ask's マイカー, the おでかけ ask's 買い物の付き添い, the スマホ決済 ask's
顔認証, the 習字 ask's 職員の声かけ, the 手芸 ask's 着物の糸ほどき, the 余暇 ask's 食事ボランティアのカレー, the 楽リエーション ask's
ピアノ, the 写真 ask's ヘアメイク and ドライバー, the 編集員 ask's ワード; and bios with distractors (a 傾聴 volunteer who went with
a 手話サークル friend, a 剪定 group that sows morning glories and delivers meals, a スマホ教室 teacher who also cleans and
parks bicycles, a 手すり NPO that cuts weeds and teaches パソコン, a 読み聞かせ group with a ブックスタート, a 公民館だより
editor who learned パソコン, a 要約筆記 circle that holds a 補聴器相談会, a 防災士 who cares for her mother).

usage: python bench/heldout/real9.py          (writes bench/heldout/real9/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real9.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real9_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real9"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real9")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "sumaho": "スマホ・LINE の相談と教室の補助 (操作, アプリ, 写真, LINE)",
    "digital": "デジタル手続きの手伝い (キャッシュレス決済, オンライン申請・予約, マイナンバーカードの申請)",
    "pc": "パソコン講座の講師・補助とパソコン相談 (Word, Excel, 年賀状, メール)",
    "shokudo": "子ども食堂の調理・配膳・片付け",
    "keicho": "傾聴・話し相手 (施設や自宅を訪ねて話を聴く)",
    "tsukisoi": "買い物・通院・外出の付き添い (歩いて同行)",
    "sogei": "送迎・運転 (移送サービス, 買い物便, ドライブ外出)",
    "kurumaisu": "車いすの介助 (散歩で押す, 乗り降りの手伝い)",
    "niwa": "庭の手入れ (草取り, 草刈り, 庭木の剪定)",
    "shuzen": "大工・修繕 (手すり付け, 屋根・建具の修理, 小さなリフォーム)",
    "shodo": "書道・習字の指導",
    "shugei": "手芸 (編み物, 裁縫, パッチワーク, クラフト) の講師と補助",
    "music": "楽器演奏・歌の慰問 (ハーモニカ, 伴奏)",
    "taiso": "体操・健康づくりの指導と補助",
    "yomikikase": "読み聞かせ (絵本, 紙芝居)",
    "kosodate": "子育てひろば・親子の見守り (赤ちゃんの抱っこ, 一時保育)",
    "gakushu": "子どもの学習支援 (無料塾, 宿題)",
    "nihongo": "日本語教室の講師・会話パートナー",
    "interp": "通訳 (窓口・学校・病院・観光案内; 言語はリクエストの languages が決める)",
    "photo": "写真撮影・記録",
    "koho": "広報 (チラシ・パンフレットのデザイン, 会報・情報誌の編集)",
    "biyo": "訪問理美容・ネイルケア (散髪, ハンドケア)",
    "magic": "マジック・余興の披露",
    "salon": "サロン・茶話会の運営 (準備, お茶出し, 進行)",
    "shuwa": "手話 (手話での会話, 手話通訳)",
    "yoyaku": "要約筆記 (パソコン・手書き, ノートテイク)",
    "yoka": "障害者の余暇支援 (レクリエーション, 外出, 一緒に遊ぶ)",
    "bosai": "防災 (防災士の講話, 訓練の指導, 避難の備え)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("sumaho", "digital"),  # スマホ決済もオンライン申請もスマホでする; the スマホ相談 helpers take both
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: pc–digital, pc–koho, keicho–tsukisoi,
# keicho–kosodate, sogei–kurumaisu, niwa–shuzen, shodo–shugei, music–taiso, biyo–magic, shokudo–gakushu.
RELATED = {
    frozenset(p)
    for p in [
        ("sumaho", "pc"),
        ("keicho", "salon"),
        ("tsukisoi", "sogei"),
        ("tsukisoi", "kurumaisu"),
        ("kurumaisu", "yoka"),
        ("shuwa", "yoyaku"),
        ("yomikikase", "kosodate"),
        ("yomikikase", "gakushu"),
        ("gakushu", "nihongo"),
        ("nihongo", "interp"),
        ("photo", "koho"),
    ]
}

VOLUNTEERS = [(f"R9V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R9Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "スマホ相談会 ボランティア 募集 LINE 使い方 シニア 社協 サポーター",
    "子ども食堂 調理ボランティア 募集 食材 盛り付け 配膳 片付け",
    "傾聴ボランティア 活動 私 お話を聴く 施設訪問 感想 養成講座を受けて",
    "通院付き添いボランティア 募集 病院 受診 同行 高齢者 買い物 付き添い",
    "移送サービス 運転ボランティア 募集 送迎 福祉有償運送 ドライバー",
    "庭の草取り 剪定 高齢者宅 ボランティア 草むしり 依頼 社協",
    "日曜大工 ボランティア 修繕 網戸 棚 手すり 高齢者 お手伝い 退職",
    "書道 ボランティア 講師 施設 高齢者 習字 教える",
    "手芸ボランティア 編み物 施設 利用者さんと一緒に 作品づくり 教えています",
    "老人ホーム 慰問演奏 ボランティア 募集 楽器 歌 ハーモニカ 大正琴 演奏してくださる方",
    "健康体操 ボランティア 指導 サロン 高齢者 ストレッチ 体操リーダー 活動報告",
    "読み聞かせボランティア 小学校 朝の読書 絵本 保護者 活動 感想",
    "無料塾 学習支援ボランティア 中学生 数学 英語 教える 大学生 社会人 募集",
    "ベトナム語 通訳ボランティア ベトナム人 技能実習生 相談 支援",
    "中国語 通訳 ボランティア 中国帰国者 病院 学校 通訳 登録者",
    "ポルトガル語 ブラジル人 保護者 学校 通訳 手伝い 日系",
    "訪問理美容 ボランティア 散髪 高齢者施設 カット ネイルケア ハンドマッサージ",
    "マジック ボランティア 施設 訪問 手品 披露 子ども会 老人会 大道芸 バルーンアート",
    "手話サークル 会員 活動 聴覚障害者 手話を学んで 通訳 依頼 体験",
    "要約筆記 ボランティア 難聴者 講演会 パソコン筆記 OHC 派遣",
    "ふれあいいきいきサロン 運営ボランティア お茶 おしゃべり 地区 高齢者 集い 手伝い",
    "車いす 押す ボランティア 散歩 病院 施設 外出 介助 花見",
    "知的障害 余暇活動 ボランティア 休日 レクリエーション 一緒に遊ぶ 募集 ガイドヘルプ",
    "子育てひろば ボランティア 乳幼児 親子 見守り 遊び 保育 サポート 募集",
    "高齢の親 スマホ キャッシュレス決済 PayPay 使い方 教えてくれる所 相談 知恵袋",
    "マイナンバーカード オンライン申請 手伝い ボランティア 高齢者 マイナポータル サポート 窓口",
    "一人暮らし 母 通院 付き添い 頼める人 いない 家族 遠方 どうすれば 相談",
    "パソコンボランティア シニア パソコン教室 サポート 会員 活動紹介 Excel 年賀状",
    "防災ボランティア 防災士 地域 避難訓練 講話 出前講座 活動 自主防災",
    "写真撮影ボランティア イベント 記録 カメラ 撮影 募集 NPO 団体 広報誌",
    "チラシ作成 デザイン プロボノ ボランティア NPO 広報 手伝ってくれる方 募集",
    "日本語を勉強したい ベトナム人 妻 日本語教室 どこ 無料 ボランティア 探しています",
    "英語 通訳ボランティア 登録 外国人観光客 病院 私 留学経験 活かして 活動しています",
    "ベトナム出身 日本語 上手 ボランティア 通訳 同胞 手伝い 市役所 病院 ベトナム語",
    "中国出身 ボランティア 通訳 中国語 日本語 両方 地域 外国人 支援 活動 私",
    "ベトナム語ができる日本人 ボランティア 日本語教室 ベトナム人実習生 教えている 留学していた",
    "ブラジル出身 ポルトガル語 通訳 ボランティア 学校 市役所 支援 日系 日本語教室",
    "スマホサポーター 私 活動 高齢者に教えて 感じたこと 定年後 スマホ教室 講師補助",
    "デジタル活用支援 ボランティア マイナ保険証 オンライン手続き キャッシュレス 教える 地域 シニア 支援員",
    "外出支援ボランティア 買い物同行 通院介助 活動している 私 利用者さん 一緒に歩いて",
    "子育て支援ボランティア 私 ひろばで 赤ちゃん 抱っこ お母さんの話 聞く 孫のような 楽しい",
    "広報ボランティア 会報 編集 チラシ 作っています 私 パソコンで デザイン 社協 ボランティアグループ",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
