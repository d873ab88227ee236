"""A twenty-fifth held-out set of real public wording, written blind, and like real17 … real23 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(スマホ・タブレットの使い方, パソコンの操作(文書作成・表計算), 外国人住民の日本語学習支援, 通訳・翻訳, 絵本の読み聞かせ, 草取り・庭の手入れ,
体操・健康づくり, 施設での楽器演奏(慰問), 傾聴・話し相手(訪問)) beside nine niche ones (練り切り, 瞑想・坐禅, アラビア語, 鳴く虫の観察,
ろうけつ染め, ウォーキングフットボール, ちんどん, 森林セラピー, 組子細工): 募集 posts and resident asks in the wording they are
published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ) written as a person's
bio. Graded for skill fit only (areas and times are not given), like real2 … real23. Written at the same time as real24 (a
sibling, by another hand); neither is earlier than the other.

The everyday half repeats topics of earlier sets on purpose (スマホ, パソコン, 日本語, 通訳, 読み聞かせ, 草取り, 体操, 演奏 and 傾聴 are
concepts or texts of real2 … real18), under keys no earlier mix uses for its everyday nine (smartphone, pc_office, japanese,
interp, ehon, niwa, exercise, music, listening; all but pc_office are keys of real3 … real12); only its pages and wording are
new. The niche half is new, one topic from each corner asked for (a sweet: 練り切り; a mind practice: 瞑想・坐禅; a language and
script: アラビア語; insects in the field: 鳴く虫; a dyeing craft: ろうけつ染め; a ball sport for older people: ウォーキング
フットボール; a folk percussion: ちんどん; a forest activity: 森林セラピー; a woodworking craft: 組子): none of its nine concepts is a
concept of real … real23, and none of 練り切り, 練切, ねりきり, 煉り切り, 上生菓子, 生菓子, nerikiri, 白あん, 白餡, 求肥, 包餡; 瞑想,
めいそう, 坐禅, 座禅, 黙想, meditation, zazen, 経行, 警策; アラビア, Arabic, アラブ, アッサラーム, シュクラン, フスハー, アーンミーヤ; 鳴く虫,
鳴き虫, 虫の音, 虫の声, スズムシ, 鈴虫, コオロギ, マツムシ, キリギリス, ウマオイ, カネタタキ; ろうけつ, ロウケツ, 蝋纈, ろう染, 蝋染,
バティック, batik; ウォーキングフットボール, ウォーキングサッカー, ウオーキングサッカー, 歩くサッカー, 走らないサッカー, walking football;
ちんどん, チンドン, chindon, ゴロス, 鉦; 森林セラピー, 森林浴, セラピーロード, 森林セラピスト, 森林療法, forest bathing, 森のガイド,
森の案内人; 組子, kumiko, くみこ, 欄間, らんま, 麻の葉 occurs in the data of real … real23 (bench/heldout/real*/volunteers.jsonl and
requests.jsonl, realN_data.py and real.py … real23.py, docstrings included; checked by program). Looser words do occur
elsewhere, in other topics: 和菓子 (real7, real21), 禅 (real17, real18, real22; マインドフルネス once, in real17's 苔玉), 呼吸法
(real15, real16), 昆虫 and 虫 (real14 … real23), 太鼓, 三味線 and ハーモニカ (many sets), 南京玉すだれ (real7 … real22), 草木染め,
絞り and 染め (real9 … real23), サッカー (real7 … real23) and フットサル (real22), 森林 (real6 … real21) and 樹木 (real12, real23),
建具, 木工 and 障子 (many sets), 鍋敷き (real19). The nearest earlier concepts are other activities: パン (real16) and 郷土料理・
料理教室 (real14, real21; not 和菓子), 写経 and 笑いヨガ (real16; not sitting meditation), エスペラント and 語学講座 (real13, real21;
not Arabic), 自然観察 and ホタル (real14; not insect song), 草木染め・藍染め (real15; dyeing with plants, not wax resist), グラウンド・
ゴルフ, ペタンク, モルック, インディアカ (real17 … real22; not football), 和太鼓 and ドラムサークル (real17, real20; not a ちんどん troupe),
里山の保全 (real13; cutting, not guiding), 木工・木彫 (real14, real19; not 組子). Ideas checked and not taken: アイヌ語 (clean, but
few registrant pages), ソフトバレーボール (few pages beyond a federation officer's diary), バードウォッチング (real19's texts),
オカリナ, 篠笛, ハンドベル and カホン (earlier texts), 彫金 (real18), ゲートボール and パークゴルフ (real11 … real20).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real23), every candidate address was checked by program against the sources of real/ … real23/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 83 of the 352 distinct
candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (from real … real22;
one, a harmonica club's page, was caught only by the final program check of every source and replaced) and none on the
niche ones — and against the pages of real24 as far as they were written (none shared). Each text here was rewritten
closely from one page: the group's self-introduction before the ask, who the help is for, what is not needed (介護保険では
頼めない, 読み書きより会話から, 資格は要りません, 言語を問わず, 一人でもできましたが, サッカー経験は問いません) and the asides and other
activities people mention. Names, phone numbers and places are rewritten out. Every record names the page it follows
(`sources.json`); no page is used twice. Twenty asks are a resident's own (a daughter whose mother of 70 forgets every
lesson, a daughter abroad whose parent cannot pass an app's identity check, a bilingual daughter whose mother of 77 taps
e-mails on an iPhone, a retired teacher made 自治会 総務, a man in his seventies with a 団地 ledger and an iPad, a woman of
fifty doing her 確定申告 by pencil, a former company head who cannot open his predecessor's files, a wife whose Arab husband
gave up reading and writing, a wife whose American husband has been here two months, a woman of sixty whose mother of 88
gave up weeding, a daughter whose father's tiny garden is full of stones, a man in his eighties who weeded six hours in
two days, a woman of sixty in the 里山 an hour from any class, a blind man of 81 in a home who asks his 自治会's harmonica
group back, a woman whose first 練り切り came out a poisonous green, a mother whose daughter's 練り切り was "a rout", a
former panic-disorder sufferer who cannot keep sitting alone, an office worker once posted to Riyadh looking for evening
intermediate Arabic, a student who lost his stamina and wants walking football, a mother with a 組子 coaster kit), composed
closely from blog, question and interview pages; two asks are in English (the iPhone daughter, an island's bilingual
storytime) and a third needs English (a primary school whose families came from English-speaking countries). The texts
are in real25_data.py (pure data). The concept list below is this set's own; its author did not read `matching/` (code or
data) nor any ranking, and the matcher was not run on the set. Grades follow from the hand-set concept labels alone
(`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  スマホ (smartphone) vs パソコン (pc_office) — related (1) (the same シニア教室 teaches both; one volunteer, R25V005, holds both);
  日本語 (japanese) vs 通訳・翻訳 (interp) — related (1) (a ward recruits 日本語講師 and 通訳 on one page);
  楽器演奏 (music) vs ちんどん (chindon) — related (1) (both visit homes with 懐かしい歌; one volunteer, R25V104, holds both) — three
  RELATED pairs;
  瞑想 (meiso) vs 体操 (exercise) — unrelated (0) (both breathe and stretch in 介護予防 rooms; one volunteer, R25V066, holds both);
  瞑想 vs 傾聴 (listening) — unrelated (0) (both sit quietly and 聴く); 瞑想 vs 森林セラピー (shinrin) — unrelated (0) (forest
  guides breathe and sit in the woods); 森林セラピー vs 鳴く虫 (mushi) — unrelated (0) (both walk outdoors and listen with
  五感); 森林セラピー vs 草取り (niwa) — unrelated (0) (both trees and grass); ウォーキングフットボール (wfoot) vs 体操 — unrelated
  (0) (both 介護予防 for people over sixty, with warm-ups and コグニサイズ); ろうけつ染め (rokechi) vs 組子 (kumiko) — unrelated (0)
  (both 伝統工芸 体験 for school children); アラビア語 (arabic) vs 日本語 — unrelated (0) (both language lessons for or with
  foreign residents); 読み聞かせ (ehon) vs 日本語 — unrelated (0) (both read aloud to children of foreign families); 読み聞かせ vs
  傾聴 — unrelated (0) (one volunteer, R25V050, holds both);
  ehon, niwa, exercise, listening, nerikiri, meiso, arabic, mushi, rokechi, wfoot, shinrin and kumiko relate to nothing;
  secondary asks: the 団地 man (R25Q005) asks パソコン first and his iPad second; the ward (R25Q011) asks 日本語講師 first and
  通訳 second; the man of 81 (R25Q024) asks a harmonica group first and someone to talk with over tea second;
  languages: the English iPhone ask (R25Q003), the English-needing school (R25Q012) and the English storytime (R25Q015)
  grade only their English-speaking holders (5, 4 and 3 of them); the Japanese-only holders are 0 there and 3 to the
  Japanese asks of their concept.
Words of another skill beside the ask: the 団地 man's iPad, the ward's 日本語講師 and 通訳, the home's 抹茶 and 桜の葉, the
NPO's コグニサイズ, the デイサービス's カホン, the group home's ソプラノリコーダー and 三線, the 公民館's 人とのつながり, the school's
紙芝居, the お寺's 浴衣 and 暖簾, the school's 給食のアレルギー and 下敷き, the 建具 school's 穴あけ; and bios with distractors (a
student who installs a 防災無線 app, a daughter who chose a phone with big icons, an adult educator who draws the cellular
network, a teen who teaches two-factor authentication, a PC teacher whose students cannot press the power switch, a
Japanese-teaching teacher whose students say their weekends are lonely, hospital English volunteers who call the
サービスカー, a Thai 医療通訳 at a baby's first visit, a jazz singer who reads 関西弁 picture books, a weeding student who
learns the names of plants, a 便利屋 who mows lawns, a ちょこっと助け隊 sorting 梅の実, a 協力隊 member who runs a football
club and 百歳体操, an 84-year-old harmonica player who practises in the bath, a 傾聴 volunteer who was an English assistant
teacher, a 練り切り teacher who teaches アイシングクッキー, a meditation teacher who teaches 気功, a 禅センター worker who calls
坐禅 生活の句読点, a Syrian tutor who writes poetry, a belly dancer who teaches Arabic names, a museum man who catches frogs, a
スズムシ keeper worried about complaints, a physiotherapist who teaches ろうけつ, ちんどん troupes with 南京玉すだれ and 似顔絵,
a forest guide who was a teacher, a 組子 maker who talks about 杉の花粉症, a football referee among walking footballers).

Counts: 118 volunteers (17 speak a language besides Japanese or none: 14 English, 7 of them English only; 3 Arabic, 2 of
them not Japanese; 1 Chinese; 1 Thai; 4 hold two concepts), 56 requests (20 residents' own, 2 in English, 1 more needing
English, 3 with a secondary ask), 484 graded pairs (374 of grade 3, 21 of grade 2, 89 of grade 1), 174 source pages, 18
concepts (9 everyday, 9 niche).

usage: python bench/heldout/real25.py          (writes bench/heldout/real25/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real25.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real25_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real25"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real24 is written at the same time as this set
# (a sibling, not an earlier set), so the list stops at real23: earlier_sources(name) lists the sets before `name`,
# and "real24" is the name whose predecessors are real … real23. The two siblings were checked against each other by
# program when both were written.
EARLIER_SOURCES = realset.earlier_sources("real24")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real23).
CONCEPTS = {
    "smartphone": "スマホ・タブレットの使い方 (シニアのスマホ講座・相談, LINE・アプリ・QRコード, 家族に代わって根気よく教える; 英語で教えることも)",
    "pc_office": "パソコンの操作(文書作成・表計算) (ワード・エクセルの手ほどき, 自治会や町内会の名簿・会計・案内状, パソコン教室の講師)",
    "japanese": "外国人住民の日本語学習支援 (地域の日本語教室, 会話の練習相手, 技能実習生や外国人配偶者の日本語)",
    "interp": "通訳・翻訳 (学校・病院・役所の通訳, お便りの翻訳, 医療通訳; 言語はリクエストの languages が決める)",
    "ehon": "絵本の読み聞かせ (学校の朝の読み聞かせ, 図書館のおはなし会; 英語の絵本も)",
    "niwa": "草取り・庭の手入れ (高齢者宅の草むしり・草刈り, 庭木の枝切り, ちょっとした庭の困りごと)",
    "exercise": "体操・健康づくり (百歳体操・椅子体操・ストレッチの指導, 介護予防の教室のサポーター)",
    "music": "施設での楽器演奏(慰問) (ハーモニカ・ピアノ・ウクレレなどで高齢者施設を訪ね, 懐かしい歌を一緒に歌う)",
    "listening": "傾聴・話し相手(訪問) (高齢者施設や個人宅を訪ねて話をじっくり聴く, 傾聴ボランティア)",
    "nerikiri": "練り切り(和菓子)づくりの指導 (白あんの練り切り餡, 包餡と成形, 施設や子どもの和菓子体験)",
    "meiso": "瞑想・坐禅の指導 (呼吸と姿勢, 椅子坐禅, 初心者の瞑想会・坐禅会)",
    "arabic": "アラビア語・アラビア文字を教える (挨拶と会話, 右から左に書く28文字, 子どもの母語教育)",
    "mushi": "鳴く虫の観察の案内 (スズムシ・コオロギ・カネタタキなどの声の聞き分け, 夜の観察会, 飼育)",
    "rokechi": "ろうけつ染めの指導 (溶かした蝋で描いて染める, 手ぬぐい・ハンカチ・タペストリー, 体験教室)",
    "wfoot": "ウォーキングフットボールの指導 (走らない・接触しないサッカー, シニアの体験会とゲームの進行)",
    "chindon": "ちんどんの演奏 (チンドン太鼓・鉦・ゴロス, 施設や祭りを練り歩く一座, ちんどん慰問)",
    "shinrin": "森林セラピーの案内 (森林セラピーガイド・森林セラピスト, 五感で森を歩く, セラピーロードの案内)",
    "kumiko": "組子細工の指導 (釘を使わず木を組む建具の技, 麻の葉などのコースター, 学校の体験授業)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a smartphone helper is not
# the one who builds a 自治会's Excel ledger, a Japanese tutor does not interpret at a parents' meeting, a ちんどん troupe
# is not a pianist), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: meiso–exercise, meiso–listening,
# meiso–shinrin, shinrin–mushi, shinrin–niwa, wfoot–exercise, rokechi–kumiko, arabic–japanese, ehon–japanese,
# ehon–listening, and anything with ehon, niwa, exercise, listening, nerikiri, meiso, arabic, mushi, rokechi, wfoot,
# shinrin or kumiko.
RELATED = {
    frozenset(p)
    for p in [
        ("smartphone", "pc_office"),  # シニアのデジタルの相談; 同じ教室がスマホとパソコンを両方教える
        ("japanese", "interp"),  # 外国人住民の支援; 国際交流協会が日本語の講師と通訳を一緒に募る
        ("music", "chindon"),  # 施設を訪ねて懐かしい歌を鳴り物で演奏する慰問; ちんどん一座が演奏会の二番手
    ]
}

VOLUNTEERS = [(f"R25V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R25Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "練り切り 和菓子作り 体験 講師 ボランティア 高齢者施設",
    "ろうけつ染め 教室 講師 公民館 体験",
    "組子細工 体験 教室 職人 子どもたち コースター",
    "森林セラピー ガイド ボランティア 森林浴 案内",
    "アイヌ語教室 講師 学ぶ 地域 アイヌ語を教える",
    "アラビア語 講座 講師 アラビア文字 教える 公民館 国際交流",
    "鳴く虫 観察会 虫の音を聴く会 スズムシ コオロギ 案内",
    "ちんどん ボランティア 施設 慰問 ちんどん太鼓 演奏",
    "練り切り 教室 講師 私 教えています 和菓子 手作り 生徒さん",
    "練り切り 初めて作ってみた 難しい 形にならない 白あん 失敗 ブログ",
    "ソフトバレーボール シルバー 高齢者 指導 ボランティア 審判 教室",
    "瞑想 教室 講師 公民館 高齢者 呼吸 坐禅会 地域",
    "瞑想を始めたい 一人ではうまくできない 雑念 教えてくれる人 初心者 悩み",
    "瞑想 ボランティア 講師 高齢者施設 デイサービス 介護予防 呼吸瞑想 指導",
    "ウォーキングフットボール 高齢者 体験会 シニア 走らないサッカー",
    "ウォーキングフットボール 始めた 60代 私 仲間 膝 サッカー経験なし 楽しい",
    "ウォーキングサッカー 老人クラブ 地域 教えてほしい 始めたい 指導者 募集",
    "坐禅 やってみたい 近くに座禅会がない 教えてくれる人 母 眠れない 心を落ち着けたい",
    "アラビア語 教えています 講師 エジプト出身 日本在住 アラビア書道 教室",
    "ろうけつ染め 体験 ろうで模様を描く 子どもたち 障害者施設 作品 講師",
    "ちんどん屋 始めた 私 鉦 チンドン太鼓 練習 老人ホーム 笑顔",
    "森林セラピーガイド 私 資格 森を歩く 参加者 五感 案内して",
    "アラビア語 ボランティア 教える 日本人 子ども 地域 モスク 教室 アラビア文字 名前",
    "ろうけつ染め 作家 教室 主宰 蝋 筆 染める 生徒 作品展",
    "組子 趣味 定年後 作り始めた 教室 教えて 麻の葉 私",
    "鳴く虫 聞き分け 私 飼育 スズムシ 観察 教えている 虫の音 趣味",
    "組子 建具職人 出前授業 小学校 組子体験 伝統技術 伝えたい",
    "シニア スマホ教室 ボランティア講師 私 高齢者に教える 大学生 スマホサポーター",
    "母 スマホの使い方がわからない 何度教えても 教えてくれる人 タブレット 高齢 親",
    "I volunteer teaching seniors how to use their smartphones and iPads tech help older adults",
    "foreign resident Japan elderly parent smartphone help in English need someone to show how to use phone settings Japanese apps",
    "volunteer reading English picture books storytime library children Japan bilingual read aloud",
    "パソコン ボランティア ワード エクセル 教える シニア 退職後 私 講座 表計算",
    "エクセルが使えない 町内会 会計 表計算 教えてほしい 高齢 役員 ワード 文書作成 困った",
    "日本語教室 ボランティア 外国人 私 始めた 学習者 会話 地域日本語教室 体験談",
    "語学ボランティア 通訳 翻訳 登録 国際交流協会 私 活動 ベトナム語 英語 中国語 役所",
    "日本語ボランティア 始めて 年 技能実習生 ベトナム 話し相手 教えるのが楽しい 私の活動 新聞",
    "医療通訳ボランティア 私 病院 付き添い 外国人患者 中国語 英語 体験 活動して",
    "庭の草取り ボランティア 高齢者宅 草むしり 手伝い 一人暮らし 庭木 活動 私たち",
    "高齢者施設 演奏ボランティア ハーモニカ 大正琴 ギター 慰問 私 続けて 年 仲間",
    "通訳ボランティア 募集 小学校 外国籍 保護者 個人面談 英語 通訳してくれる方",
    "傾聴ボランティア 訪問 一人暮らし 高齢者宅 話を聴く 私 活動 続けて 傾聴講座",
    "いきいき百歳体操 サポーター 体操 指導 ボランティア 地域 サロン 私 健康づくり推進員",
    "外国人の妻 日本語を教えてくれる人 探している 夫 会話 練習 近くの日本語教室",
    "読み聞かせボランティア 小学校 朝 絵本 私 始めて 年 子どもたちの反応 おはなし会",
    "庭の草が伸び放題 高齢の親 草むしりできない 誰かに頼みたい 腰が痛い 夏の草取り 困っている",
    "シニア体操 ボランティア 講師 公民館 椅子体操 教えて 年 元気 私 健康運動 自主グループ",
    "演奏ボランティア 募集 老人ホーム 楽器 弾いてくださる方 施設 来てほしい ピアノ 歌",
    "話し相手ボランティア 募集 施設 入居者 お話を聞いてくださる方 傾聴 訪問 来てほしい",
    "体操の先生 来てほしい サロン 高齢者 体を動かす 講師を探しています 地域の集まり 自治会 健康体操",
    "傾聴ボランティア 体験談 私 訪問先のおばあちゃん 話を聴く 学んだ 養成講座を受けて",
    "デイサービス 音楽ボランティア 募集 演奏 慰問 来ていただける方 楽器 利用者 楽しみ",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
