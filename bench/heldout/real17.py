"""A seventeenth held-out set of real public wording, written blind, and unlike real14 … real16 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(スマホの使い方の相談, パソコンの使い方, 傾聴, 子ども食堂の調理, 買い物支援, 庭の草取り・草刈り, 書道, 囲碁, 通訳) beside nine
niche ones (家系図づくり, 補助犬 (介助犬・聴導犬) の啓発, 金継ぎ, 和太鼓, ノルディックウォーキング, グラウンド・ゴルフ, 苔玉づくり,
篆刻, そろばん): 募集 posts and resident asks in the wording they are published in, and registrant / activity introductions
(体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's bio. Graded for skill fit only (areas and times are
not given), like real2 … real16.

The everyday half repeats topics of earlier sets on purpose (スマホ, パソコン, 傾聴, 子ども食堂, 買い物, 庭, 書道, 囲碁 and 通訳
are concepts of real3 … real16); only its pages and wording are new. The niche half is new: none of its nine concepts is a
concept of real3 … real16 (checked against their CONCEPTS), and none of 家系図, 補助犬, 介助犬, 聴導犬, 金継ぎ, 和太鼓,
ノルディック, グラウンド・ゴルフ, グラウンドゴルフ, 苔玉, 篆刻, そろばん or 珠算 occurs in the data of real … real16 (checked by
program). The nearest earlier ones are other activities: 楽器演奏の慰問 (real3 … real11; not teaching a 太鼓 group), 体操・
介護予防の運動 (real3 … real11; not poles), ボッチャ・スポーツ吹矢 (real13, real15; not グラウンド・ゴルフ), 園芸・盆栽 (real12,
real15; not 苔玉), 消しゴムはんこ (real15; not 篆刻), 学習療法 (real16; not そろばん), 盲導犬の育成 (real15; not the 介助犬・
聴導犬 users' talks), 家電・日用品の修理 (real16; not 器), 聞き書き・自分史 (real15; not 戸籍). Ideas checked and not taken:
社交ダンス (踊り is a concept of real3 and real11), 視覚障害者の登山サポート (near the earlier ガイドヘルプ), 骨髄バンクの説明員
(near 献血の呼びかけ, real8).

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real16), every candidate address was checked by program against the sources of real/ … real16/
(normalised: scheme, www., trailing dot and slash, port, percent-encoding) — 67 of some 250 distinct candidate
addresses checked were earlier sources and were dropped, all of them on the everyday topics (12 スマホ, 10 パソコン, 5 傾聴,
6 子ども食堂, 6 買い物, 5 庭, 6 書道, 5 囲碁 and 12 通訳 pages, from real … real13) and none on the niche ones — and each
text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is for, what is
not needed (特別な能力や経験は必要ありません, 指導というより一緒に楽しむ, うまくなる、強くなるための教室ではなく, うまくいかな
くても, a short session is fine) and the asides and other activities people mention. Names, phone numbers and addresses
are rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Twenty-three asks are
a resident's own (two daughters whose mothers took up a smartphone, a retired woman and a widow stuck with a computer, a
son far from his mother, a blind man shopping with his half-paralysed mother, a daughter whose mother needs company to
the supermarket, a neighbour tending a lonely woman's garden, an old person whose front door is lost in weeds, two men
tracing their family through 戸籍, a man who broke his 急須, a care worker who wants a drum group for disabled friends and
a man moved by a 和太鼓 show, a child buying poles for a parent who keeps falling, a man watching the 老人会 play
グラウンド・ゴルフ, a woman whose 苔玉 is dying, a 書道 learner who must carve his own 落款, a woman retired at 60 who wants
そろばん, and four in English: an American who wants more 書道, two visiting go players, a mother from abroad who needs an
interpreter at the PTA, and two hostel staff who want 金継ぎ), composed closely from blog, question and interview pages;
two more asks need a language other than Japanese (a clinic's Vietnamese and a family's Chinese interpreting).
The texts are in real17_data.py (pure data). The concept list below is this set's own; its author did not read
`matching/` (code or data) nor any ranking, and the matcher was not run on the set before it was committed. Grades
follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  スマホの使い方 (sumaho) vs パソコンの使い方 (pc) — close (2), both ways: the same サポーター groups answer both, and a 老人会
  asking for one takes the other almost as readily; one volunteer (an ITリーダー who teaches パソコン and スマホ) holds both;
  書道 (shodo) vs 篆刻 (tenkoku) — related (1) (篆刻 is 書道の一分野, the 落款 on a 書); 傾聴 (keicho) vs 買い物支援 (kaimono)
  — related (1) (both visit old people living alone, and the shopping helper is the week's company); both ways — two
  RELATED pairs;
  パソコン vs 家系図 (kakeizu) and 傾聴 vs 家系図 — unrelated (0) (家系図 pages talk of 家系図ソフト and エクセル, and of hearing
  the old family stories, but neither helper reads a 明治の戸籍); 書道 vs そろばん (soroban) — unrelated (0) (読み書きそろばん,
  both 子どもの習い事の先生); 囲碁 (igo) vs そろばん — unrelated (0) (both sold as 認知症予防の脳トレ); 庭の草取り (kusatori) vs
  苔玉 (kokedama) — unrelated (0) (plants); ノルディックウォーキング (nordic) vs グラウンド・ゴルフ (gg) — unrelated (0) (both the
  老人クラブ's outdoor exercise); 金継ぎ (kintsugi) vs 篆刻 and vs 苔玉 — unrelated (0) (和の手仕事 workshops);
  通訳 (tsuyaku): the request's language decides — the English, Vietnamese and Chinese 通訳 asks grade only the holders
  who speak it (the Portuguese, Chinese and Vietnamese interpreters are 0 to the English ask, and so on);
  子ども食堂, 囲碁, 家系図, 補助犬, 金継ぎ, 和太鼓, ノルディック, グラウンド・ゴルフ, 苔玉 and そろばん relate to nothing;
  secondary asks: the 伝統文化体験フェスティバル ask (R17Q052) asks 篆刻 first and 書道 second (its 書道 holders are 2 there, 1
  to the other 篆刻 asks), and the blind man's ask (R17Q013) asks 買い物 first and a 話し相手 second (its 傾聴 holders are 2
  there, 1 to the other 買い物 asks);
  languages: the English 書道, 囲碁 and 金継ぎ asks grade only their English-speaking holders (2 or 3 of each concept); the
  Japanese-only holders of those concepts are 0 there and 3 to the Japanese asks of their concept.
Words of another skill beside the ask: the 長寿会 ask's 健康麻雀, the 認知症カフェ that hosts a スマホ教室, the 音訳 group behind
a widow's broken computer, the ヘルパー who may not weed, the 和太鼓 ask's 音楽教室, the 老人クラブ's ゲートボール, the まろんカフェ's
ヘッドマッサージ; and bios with distractors (a high-school club that also clears snow and plays with children, a 四弦 musician
who untangles a senior's computer, an ITリーダー who first signed up to clean a park toilet, one who plays golf and 将棋, a
傾聴 volunteer who does 手話, 俳句 and 色えんぴつ画, a 子ども食堂 cook who interprets for a living, a 書道 teacher at a
こども文化食堂, a 草刈り crew that is a 踊り circle, a 草刈り man who is a カメラマン, a 庭園管理士 who grows ゴーヤー and バラ, a
グラウンドゴルフ player who painted in oils and played 卓球, a 囲碁 teacher from a 手話サークル, a 移動スーパー whose founder does
手話通訳, a 介護施設 go teacher whose players mistake go for オセロ, a はんこ maker who faults 書道教室 for ignoring 落款).

Counts: 118 volunteers (11 speak English, 4 Vietnamese, 2 Chinese, 1 Portuguese), 55 requests (23 residents' own, 4 in
English, 6 needing a language), 438 graded pairs (336 of grade 3, 48 of grade 2, 54 of grade 1), 173 source pages, 18
concepts (9 everyday, 9 niche).

usage: python bench/heldout/real17.py          (writes bench/heldout/real17/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real17.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real17_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real17"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real17")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real3 … real16).
CONCEPTS = {
    "sumaho": "スマホの使い方の相談・教室 (LINE, 電話のかけ方, アプリ, 写真の送り方)",
    "pc": "パソコンの使い方の手ほどき・相談 (ワード, エクセル, メール, 年賀状, 困りごと相談)",
    "keicho": "傾聴・話し相手 (自宅や施設を訪ねて話をじっくり聴く)",
    "shokudo": "子ども食堂の調理 (献立, 大量調理, 盛り付け, 配膳)",
    "kaimono": "買い物支援 (スーパーへの付き添い, 買い物代行, 重い荷物を運ぶ)",
    "kusatori": "個人宅の庭の草取り・草刈り・庭木の手入れ",
    "shodo": "書道・習字の指導 (施設や教室で筆と硬筆を教える)",
    "igo": "囲碁の相手・指導 (施設や家庭での対局, 囲碁教室)",
    "tsuyaku": "通訳 (学校・病院・役所への付き添い; 言語はリクエストの languages が決める)",
    "kakeizu": "家系図づくりの手伝い (戸籍の取り方と読み方, 家系図の書き方, 家系図講座)",
    "hojoken": "補助犬 (介助犬・聴導犬) の啓発 (ユーザーの講演, デモンストレーション, 受け入れの説明)",
    "kintsugi": "金継ぎの指導 (割れた・欠けた器を漆で直す教室)",
    "taiko": "和太鼓の指導 (子どもや障害のある人の太鼓の会, 体験会, 祭りの太鼓)",
    "nordic": "ノルディックウォーキング・ポールウォーキングの指導 (ポールの使い方, 歩き方の講習)",
    "gg": "グラウンド・ゴルフの指導 (ルールとマナー, 初心者教室, 普及指導員)",
    "kokedama": "苔玉づくりの指導 (苔玉・苔テラリウムの講座, 手入れの仕方)",
    "tenkoku": "篆刻の指導 (石の印を彫る, 落款印づくり, 篆刻体験)",
    "soroban": "そろばんの指導 (小学校の出前授業, 高齢者の脳トレそろばん)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("sumaho", "pc"),  # 同じサポーターがスマホもパソコンも教える; 老人会はどちらの先生でも迎える
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: pc–kakeizu, keicho–kakeizu, shodo–soroban,
# igo–soroban, kusatori–kokedama, nordic–gg, kintsugi–tenkoku, kintsugi–kokedama, and anything with shokudo, igo,
# kakeizu, hojoken, kintsugi, taiko, nordic, gg, kokedama or soroban.
RELATED = {
    frozenset(p)
    for p in [
        ("shodo", "tenkoku"),  # 篆刻は書道の一分野, 書に押す落款
        ("keicho", "kaimono"),  # どちらも一人暮らしの高齢者を訪ね, 買い物の道中は話し相手になる
    ]
}

VOLUNTEERS = [(f"R17V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R17Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "金継ぎ 教室 講師 ボランティア 公民館",
    "家系図づくり 講座 講師 ボランティア 戸籍 シニア",
    "介助犬 聴導犬 補助犬 デモンストレーション ボランティア 小学校 講演",
    "ノルディックウォーキング 指導員 ボランティア 高齢者 教室 社協",
    "グラウンド・ゴルフ 指導 老人クラブ ボランティア 初心者 教える",
    "篆刻 教室 講師 公民館 落款 印 彫る 体験",
    "社交ダンス ボランティア 高齢者施設 慰問 踊る デイサービス",
    "苔玉づくり 講座 講師 サロン 高齢者 ボランティア",
    "和太鼓 指導 ボランティア 子ども 障害者施設 太鼓クラブ",
    "そろばん ボランティア 教える 高齢者 脳トレ 元珠算 先生 公民館",
    "視覚障害者 登山 サポート ボランティア 山岳会 ハイキング 同行",
    "割れた茶碗 母の形見 金継ぎ 直したい 自分で できるか 教えてほしい",
    "金継ぎ ワークショップ 地域 講師 器を直す 公民館 講座 募集 受講生の声",
    "kintsugi workshop Japan English teacher foreigners repair broken pottery class",
    "家系図を作りたい 祖父 古い戸籍 読めない 手伝ってほしい 相談",
    "公民館 家系図講座 開催 参加者 ご先祖 自分史 講師 生涯学習",
    "父が亡くなり 相続で戸籍を集めたら 先祖 興味 家系図 作ってみたい 明治の戸籍 読み方",
    "聴導犬 ユーザー 講演 体験 話す 補助犬の理解 啓発 活動 私",
    "補助犬 同伴 お店 受け入れ 分からない 研修 講師 来てほしい 従業員",
    "ポールウォーキング 始めたい 膝が痛い 母 歩き方 教えてくれる 初心者 ポール",
    "ノルディックウォーキング 講習会 サロン 町内会 依頼 講師 ポール貸出 参加者募集 介護予防",
    "グラウンドゴルフ 始めたい ルール 分からない 仲間に入りたい 教えてもらえる 定年",
    "グラウンド・ゴルフ 指導員 資格 普及 子ども 小学校 交流 教える ボランティア 協会",
    "老人クラブ 健康づくり グラウンドゴルフ ノルディックウォーク 両方 活動 講習 会員 増やしたい",
    "落款印 自分で彫りたい 書道 作品 篆刻 初心者 教わりたい 雅印",
    "篆刻 サークル 会員 指導 年賀状 干支 はんこ 教える 地域 文化祭 展示",
    "小学校 3年生 そろばん 授業 地域ボランティア 珠算 指導 補助 来ていただきました",
    "そろばん 習いたい 大人 昔やっていた 忘れた 母 認知症予防 教室 近く ない",
    "和太鼓 習いたい 大人 初心者 近くで 教えてくれる 団体 見つからない 叩いてみたい",
    "夏祭り 子ども太鼓 指導者 募集 地域 保存会 教えてくださる方 子ども会",
    "苔玉 作り方 教えています 私 趣味 山野草 苔 教室 ボランティア 施設 デイサービス",
    "苔玉 枯れてしまった 茶色 水やり 分からない 買った 育て方 教えて",
    "スマホ相談会 ボランティア 高齢者 LINE 教える 私 シニア 地域 活動 感想",
    "母 スマホに替えた 使い方 分からない 電話のかけ方 LINE 教えに来てほしい 一人暮らし",
    "スマホサポーター 養成講座 修了 ボランティア 活動 高齢者 操作 教える 喜び 定年",
    "サロン 利用者 スマホ 使い方 分からない 声 教えてくれる人 募集 自治会 デジタル",
    "パソコンボランティア グループ 会員 シニア パソコン教室 ワード エクセル 個別指導 年賀状作り 公民館",
    "父 パソコン 買ったけど 使えない メール 印刷 教えてほしい 定年後 独学 挫折",
    "シニアネット 会員 パソコン相談 出張サポート 自宅訪問 プリンター設定 メール トラブル 無償",
    "ITサポーター ボランティア 定年退職 エンジニア パソコン スマホ 両方 教える 地域 高齢者 相談員",
    "傾聴ボランティア 始めて 何年 訪問 利用者さん 話を聴く 難しさ 沈黙 私が学んだこと",
    "一人暮らしの父 話し相手がいない 寂しい 誰かと話したい 訪問して話を聞いてくれる人 探しています",
    "傾聴の会 会員 特別養護老人ホーム 月2回 お部屋を訪ねて 昔の話 聴かせていただく 養成講座 受講",
    "傾聴ボランティアをしています 90歳 おばあちゃん 戦争の話 毎回 同じ話 でも 笑顔 帰り際 また来てね",
    "子ども食堂 調理ボランティア 私 献立 大量調理 カレー 100食 仕込み 元調理師 感想",
    "こども食堂 調理スタッフ 足りない 募集 包丁 盛り付け 土曜日 ボランティア 子ども食堂を始めたい",
    "管理栄養士 ボランティア 子ども食堂 調理担当 月1回 定年後 料理好き 手伝い 始めました",
    "買い物支援 ボランティア 付き添い スーパー 高齢者 車いす 押して 買い物同行 私 活動",
    "足が悪くなって 買い物に行けない 重い荷物 お米 一緒に行ってくれる人 母 近所 スーパー遠い",
    "買い物代行 ボランティア 登録 住民参加型 協力会員 週1回 利用者宅 メモ 預かり 買ってくる 私",
    "移動スーパー 買い物 サポーター 高齢者 荷物を家まで運ぶ 声かけ ボランティア 団地 活動紹介",
    "庭の草取り 困っている 高齢 一人暮らし 草が伸び放題 近所迷惑 手伝ってくれる人 草むしり",
    "草刈り隊 ボランティア 高齢者宅 空き家 草刈機 剪定 有償 シルバー 地域 活動 男性",
    "剪定ボランティア 高齢者宅 庭木 植木 元植木職人 定年後 技術を生かして 地域貢献 社協 登録",
    "書道 ボランティア 高齢者施設 書き初め 指導 筆 デイサービス 訪問 書道教室の先生",
    "Japanese calligraphy lesson shodo English foreigner want to learn brush kanji teacher Japan community",
    "書道師範 子ども 習字 地域 公民館 教えて 年 定年後 筆耕 毛筆 ボランティア 私の書",
    "囲碁ボランティア 高齢者施設 対局 認知症予防 碁会所 訪問 打つ 囲碁の相手 私",
    "go baduk weiqi player Japan looking for opponent English speaking go club foreigner play games",
    "I teach go in English in Japan volunteer beginners international go club Tokyo teaching foreigners igo",
    "囲碁 相手がいない 父 施設入所 碁を打ちたい 対局してくれる人 来てほしい 家族",
    "通訳ボランティア 登録 中国語 学校 面談 保護者 役所 窓口 同行 私 活動 外国人住民",
    "ベトナム語 通訳 ボランティア 技能実習生 病院 付き添い 地域 国際交流協会 登録",
    "ベトナム出身 日本で暮らす 私 同じベトナム人 困っている 通訳 手伝い ボランティア 病院 役所",
    "中国出身 日本在住 母親 通訳ボランティア 学校 保護者会 中国語 子ども 来日したばかり 手伝う 私",
    "I need an interpreter Japanese hospital appointment English volunteer city office help foreign resident can't speak Japanese",
    "中国語 通訳 できる方 探しています 小学校 転入 保護者 日本語が話せない 面談 懇談会 手伝って",
    "foreign parent Japan school letters only Japanese PTA meeting need someone translate English help kindergarten mom blog",
    "ベトナム人実習生 体調不良 病院 連れて行った 言葉が通じない 通訳がいなくて 困った 会社 受け入れ 地域",
    "中国語ボランティア 帰国者 中国残留邦人 二世 通訳 付き添い 病院 役所 私 地域 日本語教室",
    "老人クラブ 定例会 スマホ講座 講師を招いて LINEの使い方 写真の送り方 会員 次回も 開催したい",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
