"""A twenty-fourth held-out set of real public wording, written blind, and like real17 … real23 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(子ども食堂の調理・配膳, 小中学生の学習支援, 高齢者サロンの運営補助, 買い物の付き添い・代行, 配食(お弁当の配達), 編み物・手芸, 書道,
写真撮影(行事の記録), 囲碁・将棋) beside nine niche ones (干し柿づくり, 真向法体操, 講談, 日時計づくり, 一閑張り, バックギャモン, ケーナ,
磯の生き物観察, 傘の修理): 募集 posts and resident asks in the wording they are published in, and registrant / activity
introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ) written as a person's bio. Graded for skill fit only (areas
and times are not given), like real2 … real23.

The everyday half repeats topics of earlier sets on purpose (子ども食堂, 学習支援, サロン, 買い物, 配食, 編み物, 書道, 写真, 囲碁・将棋
are concepts or texts of real3 … real23; its concept ids kshokudo, study, salon, shopping, meal_delivery, knitting,
calligraphy, photo are ids of real3 … real7, goshogi is new, and none is an everyday id of the mixes real17 … real23);
only its pages and wording are new. The niche half is new, one topic from each corner of the allowed domains (a preserved
food: 干し柿; a bodywork practice: 真向法; a traditional performing art: 講談; astronomy: 日時計; a paper craft: 一閑張り; a board
game: バックギャモン; a wind instrument: ケーナ; a sea activity: 磯の生き物観察; a repair craft: 傘の修理): none of its nine concepts is
a concept of real … real23, and none of 干し柿, 干柿, ほしがき, 吊るし柿, 吊し柿, 枯露柿, ころ柿, あんぽ柿, 柿すだれ, 渋柿, hoshigaki,
persimmon; 真向法, まっこうほう, 真向会, 割座, 楽座, makkoho; 講談, 講談師, 講釈, 張り扇, 張扇, 釈台, 話芸, 三方ヶ原, kodan; 日時計, ひどけい,
sundial, 日晷, 指時針, ノーモン, gnomon, 均時差; 一閑張, いっかんばり, 一関張り, 柿渋, ikkanbari; バックギャモン, backgammon, ギャモン,
盤双六, 双六, ダイスカップ, ダブリングキューブ; ケーナ, quena, フォルクローレ, チャランゴ, 歌口; 磯観察, 磯遊び, 磯の観察会, 磯の生, 潮だまり,
タイドプール, tide pool; 傘の修理, 傘修理, 傘の骨, 親骨, 受け骨, 受骨, つゆ先, ツユ先, 石突, umbrella occurs in the data of real … real23
(bench/heldout/real*/volunteers.jsonl and requests.jsonl, and every realN.py and realN_data.py; checked by program).
Looser words do occur elsewhere: 開脚前屈 and 前屈 (real22, so they are not in the list although 真向法's texts use them), 柿
(real18, real19, real21), 和紙 (real10, real13, real15), 時計 (real16's clock repair, real19), 磯 (real3), 傘 (real7 … real23:
傘入れ, 傘回し, 折り紙の傘, 日傘), 尺八 and 篠笛 (real3, real10, real22; a ケーナ is "尺八の仲間"), サンポーニャ (real9's harmonica
player), すごろく (real9), 落語 (real7 … real22), ストレッチ (real3 … real23). The nearest earlier ones are other activities:
天体観望・星空観察 (real14's tentai: telescopes at night, not a sundial's shadow), 詩吟・落語・人形劇 (real11 … real22; not 講談's
釈台 and 張り扇), 切り絵・折り紙・カルトナージュ・エコクラフト (real13 … real20; not paper and 柿渋 over a basket), 囲碁・将棋・チェス・麻雀
(not a backgammon board), 二胡・三線・マリンバ・ハーモニカ (not a ケーナ), 釣り・ビーチクリーン (real6, real14; not tide-pool guiding),
おもちゃ病院・修繕・リペアカフェ (real10 … real16; not umbrella ribs), 梅干し・燻製・こんにゃく (real16, real21, real23; not 干し柿),
笑いヨガ・太極拳・ふまねっと (not 真向法). Ideas checked and not taken: 自彊術 (in real's texts), ピラティス (clean, fewer pages),
水引・ちぎり絵・紙すき (earlier texts), 張り子 (clean, few pages), カロム and 花札 (clean; カロム's pages are mostly 彦根's
tournaments), 尺八・オカリナ・ハーモニカ・大正琴・ウクレレ (earlier texts), カヤック (カヌー is in real23's rocket history), 地引網 (clean,
few helpers' pages), 時計修理 (real16), 甘酒・ジャム (clean, few pages).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real3 … real23), every candidate address was checked by program against the sources of real/ … real23/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) and against real25/ (the sibling: absent while the pages were
chosen, checked again by program when done; no page and no query is shared) before anything was written from it — 89 of the 376 distinct candidate addresses checked were
earlier sources and were dropped, all of them on the everyday topics (子ども食堂, 学習支援, サロン, 買い物, 配食, 編み物, 書道, 写真, 囲碁・将棋
pages of real … real19) and none on the niche ones; a few sites recur with other pages (a city's 公民館 site that real23 also
read, a news site's other articles) — and each text here was rewritten closely from one page: the group's
self-introduction before the ask, who the help is for, what is not needed (毎回でなくてかまいません, 補助だけの役割はない, 道具は
なくても大丈夫, 内容はお任せしたい, 当日は体一つで) and the asides and other activities people mention. Names, phone numbers and
places are rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Twenty-three
asks are a resident's own (a daughter who cannot leave her mother alone, a child of a parent who gave up driving, a
mother of two girls with homework, a working mother whose daughter asked "ここどういう意味?", a single mother, a woman whose
snood stopped at the lesson, a 棒針 knitter who cannot read かぎ針 charts, a student from abroad who wants calligraphy
lessons with conversation, a pensioner whose 老人会's brush teacher moved away, an exchange student losing at shogi, a
parent made 卒アル係, two 干し柿 makers beaten by mould and by the white bloom, a man with a bad back trying 真向法 alone,
a sixth-grader who wants a こども講談教室 in his town, a mother with a 100-yen sundial kit, a man who fixes broken baskets, a
former clarinettist whose ケーナ will not sound, a mother of a five-year-old at the tide pools, a commuter whose folding
umbrella lost its ハトメ, a husband seeking a new handle for his wife's umbrella, a mother whose daughter fell on the
parasol, a mother whose child's umbrella lost its tip), composed closely from blog, question and interview pages; two
asks are in English (the calligraphy student, the shogi student) and a third needs English (a Japanese class for foreign
residents asking a calligraphy teacher). The texts are in real24_data.py (pure data). The concept list below is this
set's own; its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set.
Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  子ども食堂 (kshokudo) vs 配食 (meal_delivery) — related (1) (the same kitchens cook for children and box lunches for the old);
  子ども食堂 vs 学習支援 (study) — related (1) (学習支援付きの子ども食堂; one volunteer, R24V008, holds both);
  買い物 (shopping) vs 配食 — related (1) (both keep a housebound old person fed) — three RELATED pairs;
  干し柿 (hoshigaki) vs 一閑張り (ikkanbari) — unrelated (0) (渋柿 and 柿渋: both 柿, both 昔ながらの手仕事 with elders);
  一閑張り vs 傘の修理 (kasa) — unrelated (0) (一閑張り began as a way to mend household things); 一閑張り vs 書道 (calligraphy) —
  unrelated (0) (和紙, 画仙紙 and calligraphy sheets pasted on a basket); バックギャモン (backgammon) vs 囲碁・将棋 (goshogi) —
  unrelated (0) (board-game clubs, 盤双六, 囲碁 and 将棋 beside the backgammon board); 講談 (kodan) vs ケーナ (quena) — unrelated (0)
  (both 慰問 at デイサービス and 介護施設); 講談 vs サロン (salon) — unrelated (0); 真向法 (makkoho) vs サロン — unrelated (0) (体操 at
  老人会 and サロン); 日時計 (hidokei) vs 磯 (iso) — unrelated (0) (both children's science and nature days); 編み物 (knitting) vs
  傘の修理 — unrelated (0) (a リサイクルプラザ asks umbrella repair first and 手芸 second, so the knitters are 2 only there);
  バックギャモン vs 学習支援 — unrelated (0) (a school uses backgammon for 算数);
  salon, knitting, calligraphy, photo, goshogi, hoshigaki, makkoho, kodan, hidokei, ikkanbari, backgammon, quena, iso and
  kasa relate to nothing;
  secondary asks: the 生涯大学's こども食堂 (R24Q003) asks 昼食作り first and 学習支援 second; the 喫茶店's 弁当配達 (R24Q014) asks
  配達 first and スーパーへの付き添い second; the リサイクルプラザ (R24Q051) asks 傘の修理 first and 手芸 second; the 海の環境を学ぶ会
  (R24Q048) asks 磯の観察会 guides first and a photographer second;
  languages: the English calligraphy ask (R24Q018), the Japanese class's calligraphy ask needing English (R24Q019) and the
  English shogi ask (R24Q023) grade only their English-speaking holders (2, 2 and 4 of them); the Japanese-only holders
  are 0 there and 3 to the Japanese asks of their concept.
Words of another skill beside the ask: the こども食堂's ハロウィン工作 and フードドライブ, the はなまる塾's おやつ, the 放課後子ども教室's
切り絵・英語・昔遊び, the サロン's 映画 and かるた, the 配食's スーパーへの送迎, the リサイクルプラザ's 古布, the 日本語教室's 色紙,
the デイサービス's 鎖ことば, the 総合学習 and ケーナ教室's オカリナ・フルート, the 観察会's ゴミ拾い and 動画;
and bios with distractors (a 干し柿 maker who writes 俳句, a 真向法 runner and an early-morning tennis player, a 講談 reader who
does バルーンアート, a karate man and a ケアマネジャー, a sundial maker's 人間日時計 and a PTA mother's れんが積み, an 一閑張り maker who
writes a Chinese poem, a backgammon player in a 夫婦の楽団 and one who also plays 囲碁・将棋, ケーナ players with 篠笛 and a
竹灯籠, a tide-pool guide who teaches 水辺の安全, umbrella menders with ラジオペンチ and コーキング, a 子ども食堂 cook in a rice
company, retired teachers' あいさつ and 礼儀, a サロン helper who is a 主任児童委員, a shopping helper's 手作り喫茶 and ふすま張り, a
配食 driver whose colleague of 89 delivers by bicycle, a knitter abroad, a calligrapher who teaches ペン字, a go professional in Europe, a folk singer
who teaches shogi, a photographer of a 身障者施設 who enters photo contests).

Counts: 116 volunteers (6 speak a language besides Japanese or none: 6 English, 2 of them English only; 2 hold two
concepts), 55 requests (23 residents' own, 2 in English, 1 more needing English, 4 with a secondary ask), 491 graded pairs
(360 of grade 3, 24 of grade 2, 107 of grade 1), 171 source pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real24.py          (writes bench/heldout/real24/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real24.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real24_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real24"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real25 was written at the same time as this
# set (a sibling, not an earlier set), so the list stops at real23; the two sets' sources were checked against each other
# by program when both existed.
EARLIER_SOURCES = realset.earlier_sources("real24")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real23).
CONCEPTS = {
    "kshokudo": "子ども食堂の調理・配膳 (献立・調理・盛り付け・配膳・洗い物, 子どもとの食事と遊び)",
    "study": "小中学生の学習支援 (宿題や算数・漢字のプリントを見る, 無料塾・学習会の講師, 放課後の自習の見守り)",
    "salon": "高齢者サロンの運営補助 (会場の準備・受付・お茶出し, 喫茶サロンの給仕と話し相手, 進行の手伝い)",
    "shopping": "買い物の付き添い・代行 (スーパーへの同行, 荷物運び, メモを預かっての買い物代行)",
    "meal_delivery": "配食(お弁当の配達) (一人暮らしの高齢者への弁当の手渡し, 安否確認, 調理と配達の当番)",
    "knitting": "編み物・手芸 (棒針・かぎ針編みを教える, 手編みの寄付, 古布から小物を作る)",
    "calligraphy": "書道 (毛筆・書き初めの指導, 施設や日本語教室での書道, お手本書き; 英語で教えることも)",
    "photo": "写真撮影(行事の記録) (園や施設の行事・式典の撮影, 記録写真・アルバム, 撮った写真を届ける)",
    "goshogi": "囲碁・将棋 (対局の相手, 子ども将棋教室・囲碁の指導; 英語で教えることも)",
    "hoshigaki": "干し柿づくり (渋柿の皮むき・吊るし・揉み, カビを防ぐこつ, 子どもや施設の体験の指導)",
    "makkoho": "真向法体操の指導 (4つの体操, 股関節を柔らかくする呼吸と前屈, 教室の指導士)",
    "kodan": "講談 (釈台と張り扇で読む話芸の口演, 施設への慰問, 子どもや大人に講談を教える)",
    "hidokei": "日時計づくりの指導 (影で時刻を読む仕組み, 緯度と方位の合わせ方, 工作教室・校庭の日時計)",
    "ikkanbari": "一閑張りの指導 (竹かごや箱に和紙を貼り柿渋を塗る, 講座・サークルの講師)",
    "backgammon": "バックギャモンを教える (ルールと初期配置, ダイスと戦略, 体験会・学校の授業のインストラクター)",
    "quena": "ケーナの演奏・指導 (アンデスの縦笛の吹き方, ケーナ作り, 施設での演奏)",
    "iso": "磯の生き物観察の案内 (潮だまりの生き物探しと解説, 危険生物と安全, 観察会の引率)",
    "kasa": "傘の修理 (折れた骨の補強, 親骨・受け骨・ハトメ・つゆ先の交換, 持ち込まれた傘を直す)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a 子ども食堂 cook is not a
# tutor, a driver of lunch boxes is not a shopping companion, a 干し柿 maker does not paste paper on baskets), so the 2s
# come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: hoshigaki–ikkanbari, ikkanbari–kasa,
# ikkanbari–calligraphy, backgammon–goshogi, kodan–quena, kodan–salon, makkoho–salon, hidokei–iso, knitting–kasa,
# backgammon–study, and anything with salon, knitting, calligraphy, photo, goshogi or a niche concept.
RELATED = {
    frozenset(p)
    for p in [
        ("kshokudo", "meal_delivery"),  # 子ども食堂の台所が高齢者の弁当も作る; 配食の会が子ども食堂も構想する
        ("kshokudo", "study"),  # 学習支援付きの子ども食堂; 食事の前に宿題を見る
        ("shopping", "meal_delivery"),  # 配食と買い物の付き添いは家にこもりがちな高齢者の食を支える二本の手
    ]
}

VOLUNTEERS = [(f"R24V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R24Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "干し柿作り 体験 ボランティア 高齢者 施設 一緒に皮むき",
    "真向法 体操 教室 公民館 仲間 続けて 体が柔らかく",
    "講談 ボランティア 公演 高齢者施設 社会人講談 張り扇",
    "日時計 作り 工作教室 子ども 太陽の影 講師",
    "一閑張り 教室 講師 公民館 柿渋 和紙 かご 作品",
    "ケーナ 演奏 ボランティア 施設 訪問 フォルクローレ コンドルは飛んでいく",
    "磯観察会 子ども 潮だまり 生き物 ガイド ボランティア 海岸",
    "傘の修理 ボランティア 無料 傘の骨 直します イベント",
    "カロム 高齢者 サロン 介護予防 ボランティア 指導 ゲーム盤",
    "バックギャモン 教室 ボランティア 高齢者 認知症予防 教える",
    "花札 デイサービス 利用者 こいこい 職員 教わる 高齢者",
    "カロム 彦根 大会 子ども 体験会 教える 盤 はじく",
    "バックギャモン 体験会 初心者 教えます 公民館 サークル 仲間",
    "干し柿 毎年 作っています 渋柿 皮をむいて 吊るす 揉む 祖母に教わった ブログ",
    "干し柿作り 小学校 地域の方 講師 子どもたち 教わる 柿の皮むき 体験学習",
    "庭の渋柿 干し柿にしたい 作り方 教えて カビ 初めて 失敗",
    "真向法 体が硬い 前屈 できない 始めたい 教えてくれる人 開脚",
    "真向法 指導 地域 サロン 老人クラブ 出前 講師 依頼 高齢者 4つの体操",
    "講談 習いたい 教室 初心者 社会人 講談を始めた 釈台 張扇 稽古",
    "講談 子ども 学校 出前授業 講談師 歴史 話芸 地域 公民館 講談会",
    "日時計 校庭 設置 学校 記念 卒業制作 地域の方 協力",
    "日時計 自由研究 子ども 作ったけど 時刻がずれる 方位 緯度 わからない",
    "一閑張り やってみたい 古いかご 段ボール 和紙 貼って 柿渋 初めて 教えてほしい",
    "一閑張り ボランティア 高齢者 デイサービス 作品づくり 指導 地域の方",
    "バックギャモン 始めたい ルールがわからない 一緒に遊べる人 いない 覚えたい ボードを買った",
    "バックギャモン 子ども 放課後 学童 児童館 算数 サイコロ 教室 講師",
    "ケーナ 吹けるようになりたい 音が出ない 独学 習いたい 教室 初心者",
    "ケーナ 講師 公民館 講座 竹 手作りケーナ 吹き方 定年後 サークル",
    "磯の生き物 観察 案内 ボランティア 私 自然観察指導員 海辺 子どもたちに教える ヤドカリ ウミウシ",
    "子ども会 磯遊び 引率 危ない 潮の時間 詳しい人 生き物の名前 教えてほしい",
    "傘修理 ボランティア 環境フェア リサイクル 修理コーナー 骨を直す 市民 持ち込み",
    "傘の修理 定年後 趣味 近所の人の傘を直す 修理屋 無料 ありがとう 受骨 親骨 交換",
    "子ども食堂 ボランティア 調理 配膳 参加して 私 感想 子どもたちの笑顔 体験談",
    "子ども食堂 調理ボランティア 募集 配膳 片付け 月1回 できる範囲で",
    "学習支援 ボランティア 中学生 勉強を教える 大学生 私 体験 無料塾",
    "学習支援教室 ボランティア募集 小中学生 宿題 見守り 教員経験 不問",
    "ひとり親 仕事で 子どもの宿題を見てあげられない 勉強を見てくれる人 近所 相談",
    "退職教員 地域 学習教室 算数 つまずき 小学生 公民館 週1回 教えて 年目",
    "こども食堂 調理スタッフ 足りない 手伝ってくれる方 カレー 40食 地域の公民館 お願い",
    "子ども食堂を始めたい 一人で 調理を手伝ってくれる人 仲間集め 主婦 自宅 地域",
    "子ども食堂と学習支援 ボランティア 募集 調理 ごはんの前に宿題 見てくれる 大学生 地域",
    "大学生 学習支援 公民館 小学生 宿題 つきそい 私 気づいた 子どもが「わかった」",
    "ふれあいいきいきサロン 世話人 ボランティア お茶出し 受付 準備 片付け 高齢者 楽しみに 私",
    "サロン スタッフ 担い手不足 世話役 高齢化 手伝ってくれる人 募集 お茶 会場準備",
    "買い物支援 ボランティア 高齢者 付き添い スーパー 一緒に 荷物を持つ 私 活動",
    "配食サービス ボランティア お弁当を届ける 安否確認 一人暮らし 高齢者 声かけ 配達 私",
    "母 買い物に行けない 足が悪い スーパーまで付き添ってくれる人 代わりに買ってきて 頼める人 遠方",
    "買い物代行 有償ボランティア 協力会員 メモを預かって 届ける 喜ばれる 定年後 続けて",
    "お弁当の配達ボランティア 車 週1回 年続けて 玄関で 顔を見て 元気 続けている 男性",
    "地区のサロン 手伝い 始めた 体操 歌 茶話会 準備 ボランティア 70代 私の楽しみ",
    "配食ボランティア 配達 募集 車をお持ちの方 昼食 お弁当 お届け 月2回 地区社協",
    "編み物 ボランティア 教える 高齢者 施設 編み物教室 毛糸 寄付 ニット帽 私",
    "Japanese calligraphy lesson volunteer teach foreigners shodo English community center experience",
    "playing go in Japan volunteer teach English speaking go club beginners igo shogi foreigners",
    "I want to learn shogi or go in Japan looking for someone to teach me in English beginner expat",
    "囲碁ボランティア 高齢者施設 対局 入居者 碁盤 将棋 相手 訪問 私",
    "行事の写真撮影 ボランティア カメラ 記録 運動会 地域のお祭り 撮影 写真が趣味 私",
    "編み物を教えてほしい 初心者 かぎ針 棒針 近所 習いたい 母の毛糸 残っている",
    "写真撮影ボランティア 募集 行事の記録 撮影してくださる方 敬老会 地域の催し カメラ",
    "書道ボランティア 書き初め 指導 子ども 高齢者施設 書道教室 元教員 筆 私",
    "将棋 ボランティア 子ども将棋教室 公民館 指導 初段 定年後 駒の動かし方から",
    "書道 師範 地域 公民館 大人の書道教室 ボランティア講師 楷書 臨書 仲間 年続けて",
    "配食 お弁当の配達をお願いできる方 ボランティア不足 運転 地域の皆さま 高齢化 後継者",
    "子ども会 行事 写真係 撮影 ボランティア カメラマン 卒業アルバム 記録 保護者 頼みたい",
    "写真ボランティア 施設の行事 撮影 写真を届ける 定年後 カメラ歴 喜ばれる 私は",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
