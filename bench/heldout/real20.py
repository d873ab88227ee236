"""A twentieth held-out set of real public wording, written blind, and like real17 … real19 a MIX, the way a city 社協's
特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time (LINEの使い方,
マイナンバーカード・オンライン申請の手伝い, 大工仕事・日曜大工の修繕, 裁縫・ミシンがけ, 手品・マジックの披露, 合唱・歌の伴奏(ピアノ),
英会話の相手・英語を教える, 生け花, 訪問理美容・散髪), none of them one of real19's nine, beside nine niche ones from crafts, arts,
music, performance, games and sports (二胡, ドラムサークル, 殺陣, パステルアート, 版画, カルトナージュ, ダーツ, ビリヤード,
スポーツチャンバラ): 募集 posts and resident asks in the wording they are published in, and registrant / activity
introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's bio. Graded for skill fit only (areas and
times are not given), like real2 … real19.

The everyday half repeats topics of earlier sets on purpose (LINE and スマホ in real2 … real9, real11 and real17, デジタル手続き
in real9, 大工・修繕 in real2, real7, real9 and real12, 裁縫 in real4, real6, real8 and real9, 手品 in real2, real3, real6, real9 and
real11, 演奏・歌・伴奏 in real2 … real12 and real18, 英会話 in real13, 生け花 in real7 and real12, 訪問理美容 in real9 and real13); only its pages and
wording are new. The niche half is new: none of its nine concepts is a concept of real … real19 (checked against their
CONCEPTS), and none of 二胡, 胡弓, erhu, ドラムサークル, drum circle, ジャンベ, ジェンベ, パーカッション, 殺陣, チャンバラ, 立ち回り,
斬られ役, パステル, pastel, 版画, 木版, 銅版, 版木, はんが, woodblock, カルトナージュ, cartonnage, ダーツ, darts, ビリヤード,
billiard, 四つ球, 四つ玉, スリークッション, スポーツチャンバラ, スポチャン or エアーソフト occurs in the data of real … real19
(checked by program). The nearest earlier ones are other activities: 楽器演奏の慰問 (real3 … real11, real18; 二胡 is not among
their instruments), 和太鼓 (real17; drums played in a facilitated circle with hand drums and shakers are not a taiko group;
real12's texts have a ハンドドラム once), 落語・演芸と大道芸 (real7, real13, real15; not stage swordplay), 絵画・絵手紙・塗り絵
(real10, real13, real19; not pastel powder rubbed on with a finger), 消しゴムはんこ (real15) and 木彫り (real19; not cutting and
printing a block), 手芸 and エコクラフト (real2 … real18; not cardboard boxes covered in cloth), スポーツ吹矢 (real15), モルック
(real18) and ペタンク (real19; not darts or billiards), 子どものスポーツ指導 (real15; football and baseball coaches, not
soft-sword fencing). Ideas checked and not taken: 社交ダンス and フォークダンス (踊り is a concept of real2, real3 and real11), 羊毛
フェルト and 手まり (手芸), 凧 (a 昔遊び, real13), パントマイム (大道芸, real15), ゴスペル (合唱, real12 and this set's 伴奏), 刺し子 and
さをり織り (刺子 and さおり織り are in real6's texts), レザークラフト (革細工 in real13's texts), インディアカ, 籐工芸, ペーパー
クイリング and 口笛 (too few volunteer pages).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real19), every candidate address was checked by program against the sources of real/ … real19/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 43 of some 450
distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (6 LINE,
6 マイナンバー and スマホ相談, 9 大工・修繕, 4 裁縫, 5 手品, 1 伴奏, 5 生け花, 6 理美容, from real2 … real13) but one, an お絵かき
volunteer's blog (a real10 source) that a パステルアート query brought up; none was a 二胡, ドラムサークル, 殺陣, 版画,
カルトナージュ, ダーツ, ビリヤード or スポーツチャンバラ page — and each text here was rewritten closely from one page: the group's
self-introduction before the ask, who the help is for, what is not needed (花を切る係は私がします, 30分でも1時間でもかまいません,
針も糸も使わずボンドで貼っていくだけ, 中国語で話しながら, キューの持ち方から付き合って) and the asides and other activities
people mention. Names, phone numbers and places are rewritten out. Every record names the page it follows
(`sources.json`); no page is used twice. Twenty-three asks are a resident's own (a daughter abroad whose mother of 80 can
read LINE but not answer it, a son-in-law whose mother-in-law's home allows no visits, a daughter whose parents cannot set
their card PINs, a son stuck on his mother's マイナポイント, a woman of 72 with a steep staircase and no handrail, a mother
and daughter of 94 and 69 whose window sash has jammed, a mother told that every kindergarten bag must be home-made who
has no sewing machine, a grandchild facing a disabled grandmother's endless mending, a singer who cannot enter the town's
music festival without an accompanist, a woman in her sixties who wants an English conversation partner, a new retiree
who wants to keep speaking English for his cruises, a man with a frozen shoulder who once gave up the violin and wants
an erhu teacher, a woman from Taiwan who wants to relearn the erhu in Chinese, a printmaker who cannot cut fine lines, a
cartonnage lover let down by a careless teacher, a wheelchair darts player who lost a final on nerves, an adult with no
hobby who wants to try billiards once before dying, a daughter-in-law whose mother-in-law can no longer use her right
hand for ikebana, a daughter whose mother of 90 wants her bob kept, a son whose father has stopped going to the barber,
and, in English, a foreign resident who wants her My Number Card application explained, parents planning an
English-speaking children's party, and a learner who wants ikebana explained in English), composed closely from blog, question and
interview pages. The texts are in real20_data.py (pure data). The concept list below is this set's own; its author did
not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set. Grades follow from the
hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  LINE (line) vs マイナンバー (mynumber) — related (1) (the same スマホ相談 volunteers take both; one volunteer, R20V014, a
  デジタル推進委員 with a smartphone course, holds both); 伴奏 (piano) vs 二胡 (erhu) — related (1) (both bring music for a
  facility to sing along to; the 特養's party asks an erhu group first and a sing-along accompanist second); 殺陣 (tate) vs
  スポーツチャンバラ (spochan) — related (1) (sword play for children with soft or toy swords: a 殺陣師 runs a 「楽しいチャンバラ!」
  workshop) — three RELATED pairs;
  ダーツ (darts) vs ビリヤード (billiards) — unrelated (0) (the same 介護予防 pitch of 3000 steps a game and a busy brain; a darts
  pro's café has billiard tables); 裁縫 (sewing) vs カルトナージュ (cartonnage) — unrelated (0) (cloth and 入園グッズ-like boxes, but
  glue and no needle); パステルアート (pastel) vs 版画 (hanga) — unrelated (0) (both picture classes at 公民館 and cards); 手品
  (magic) vs 殺陣 — unrelated (0) (both 慰問 and 敬老会 entertainments); ドラムサークル (drumcircle) vs 伴奏 — unrelated (0) (音楽療法
  words on both sides); 英会話 (eikaiwa) vs the English asks of other concepts — unrelated (0) (teaching English is not doing
  a My Number application, a magic show or an ikebana lesson in English);
  大工, 裁縫, 手品, 英会話, 生け花, 理美容, ドラムサークル, パステルアート, 版画, カルトナージュ, ダーツ and ビリヤード relate to nothing;
  secondary asks: the 特養's party (R20Q030) asks 二胡 first and a sing-along accompanist second; the 国際交流会館's ikebana
  day for 35 students (R20Q024) asks ikebana first and someone to explain in English second;
  languages: the English My Number ask, the English party magic ask and the English ikebana ask grade only their
  English-speaking holders (2, 3 and 4 of them); the Chinese erhu ask grades only the three erhu holders who speak
  Chinese; the three English conversation asks need English, which every 英会話 holder speaks; the Japanese-only holders
  are 0 there and 3 to the Japanese asks of their concept.
Words of another skill beside the ask: the 介護予防クラブ's 金管クラブ, the デイ・ホーム's
日本舞踊, the 児童センター's 体育館・図書館・畑・音楽スタジオ, the 保育園's sports project, the シルバー人材センター's レースのリボン and
小花, the 自立生活センター's 囲碁・将棋・マージャン, 送迎 and 草取り, the 合唱団's 指揮の先生のソロ, the 社協 LINE course's 釣り,
the children's party's balloons; and bios with distractors (an erhu teacher who played ピアノ and クラリネット, another from お琴,
one who runs a 中国語教室, a drum circle in a 障害者支援施設 with its 音楽療法士, 殺陣 actors who lead the 時代劇 theme song, a
スポチャン teacher whose フリースクール and 子ども食堂 did not work, a pastel teacher with 書道 behind her, a former
美術教諭 who prints, a cartonnage teacher who weaves and embroiders, another who runs a ビーズ shop, a darts pro whose café has
ビリヤード tables, a darts class born from a パークゴルフ venue and 流鏑馬, a billiards centre owner who played 卓球 and バスケット, a
LINE class given by サッカービジネス students, a magician whose partner plays the keyboard for a 歌集, a magician who once meant
to be a 翻訳家, a sewing volunteer who reads for 音訳 and does ヨガ, another in a 演劇 group, an 英会話 teacher who does 英語劇, an
ikebana teacher who now teaches お箏, a barber with a ホームヘルパー licence).

Counts: 119 volunteers (19 speak a language besides Japanese: 16 English, 2 of them English only; 3 Chinese; 2 hold two
concepts), 54 requests (23 residents' own, 3 in English, 3 needing English, 1 needing Chinese, 2 with a secondary ask),
457 graded pairs (346 of grade 3, 14 of grade 2, 97 of grade 1), 173 source pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real20.py          (writes bench/heldout/real20/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real20.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real20_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real20"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real20")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real19).
CONCEPTS = {
    "line": "LINEの使い方 (トーク・スタンプ・写真や動画の送り方, ビデオ通話, 友だち追加; スマホ教室でLINEを教える)",
    "mynumber": "マイナンバーカード・オンライン申請の手伝い (スマホでの申請と顔写真, 暗証番号, マイナポイント・健康保険証の登録)",
    "diy": "大工仕事・日曜大工の修繕 (手すりの取り付け, 建具・網戸・戸車・サッシの修理, 棚やベンチづくり, 水回りの小修理)",
    "sewing": "裁縫・ミシンがけ (繕い物・裾上げ・ボタン付け, 入園グッズや介護用品を縫う, 学校のミシン授業の補助)",
    "magic": "手品・マジックの披露 (施設の慰問, 子ども会・子ども食堂のショー, 簡単なマジックを教える; 英語で演じることも)",
    "piano": "合唱・歌の伴奏 (ピアノ・キーボードで合唱団や歌の会を伴奏する, 施設でみんなで歌う会の弾き歌い)",
    "eikaiwa": "英会話の相手・英語を教える (大人の英会話サークル, 学び直しの英語教室, 子どもの英語; 言語は英語)",
    "ikebana": "生け花の指導 (華道・フラワーアレンジメント, 施設の生け花教室, 外国人への体験; 英語で教えることも)",
    "biyou": "訪問理美容・散髪 (施設や自宅に出向くカット・顔そり, 理美容ボランティア)",
    "erhu": "二胡の演奏・指導 (施設でのボランティア演奏, 初心者への手ほどき; 中国語で教えることも)",
    "drumcircle": "ドラムサークルの進行 (ファシリテーター; 施設や障がいのある人・子どもの場で太鼓やパーカッションを輪になって叩く)",
    "tate": "殺陣の披露・体験指導 (時代劇の立ち回り, 施設での殺陣ショー, 子どものサムライ体験)",
    "pastel": "パステルアートの指導 (パステルを削った粉を指で描く, 型紙の使い方, 施設・公民館の講座)",
    "hanga": "版画の指導 (木版画・銅版画, 下絵の転写・彫り・摺り, 年賀状の版画講座)",
    "cartonnage": "カルトナージュの指導 (厚紙で箱を組み立てて布や紙を貼る, 牛乳パックの小物入れ)",
    "darts": "ダーツの指導 (投げ方と得点の数え方, 介護予防・障がいのある人のダーツ教室, ゲームの進め方)",
    "billiards": "ビリヤードの指導 (キューの持ち方とフォーム, 高齢者の住まいや老人福祉センターの台での教室)",
    "spochan": "スポーツチャンバラの指導 (エアーソフト剣での対戦・合戦, 礼法, 子ども会や園の体験会)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a LINE teacher does not
# fill in card applications as a matter of course, a pianist does not play the erhu, a stage swordsman is not a
# スポチャン referee), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: darts–billiards, sewing–cartonnage,
# pastel–hanga, magic–tate, drumcircle–piano, eikaiwa–anything, and anything with diy, sewing, magic, eikaiwa, ikebana,
# biyou, drumcircle, pastel, hanga, cartonnage, darts or billiards.
RELATED = {
    frozenset(p)
    for p in [
        ("line", "mynumber"),  # スマホ相談会で両方を頼まれる; 推進委員が講座も手続きも見る
        ("piano", "erhu"),  # どちらも施設の歌の会に音楽を届ける; 伴奏者が見つからないとき二胡の会が二番手
        ("tate", "spochan"),  # 子どもに柔らかい刀の扱いを教える; 殺陣師はスポチャンの二番手
    ]
}

VOLUNTEERS = [(f"R20V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R20Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "二胡 演奏 ボランティア 高齢者施設 慰問",
    "社交ダンス ボランティア 高齢者施設 ダンス 披露 踊る",
    "フォークダンス 指導 高齢者 サークル 講師 ボランティア",
    "羊毛フェルト 教室 講師 ボランティア 施設 作り方を教える",
    "手まり 教室 講師 てまり作り 地域 ボランティア",
    "パントマイム ボランティア 施設 公演 パフォーマー 子ども",
    "版画 教室 講師 木版画 彫って刷る 公民館 ボランティア",
    "凧作り 教室 子ども 講師 凧揚げ 地域 和凧",
    "ゴスペル クワイア ボランティア 施設 歌 披露 慰問",
    "パステルアート 講師 ボランティア 高齢者 サロン 指で描く",
    "ダーツ 高齢者 介護予防 デイサービス ボランティア 教える",
    "インディアカ 教室 指導者 地域 ボランティア 初心者",
    "口笛 演奏 ボランティア 施設 口笛奏者",
    "ドラムサークル ファシリテーター 施設 高齢者 障がい者 太鼓を叩く",
    "籐工芸 籐かご 教室 講師 公民館 編む",
    "カルトナージュ 教室 講師 ボランティア 作り方 箱",
    "スポーツチャンバラ 教室 子ども 指導 ボランティア 地域",
    "殺陣 披露 老人ホーム 慰問 ボランティア チャンバラ 時代劇",
    "ペーパークイリング 教室 講師 高齢者 ボランティア",
    "版画 ボランティア 施設 年賀状 教える 版画家 子ども",
    "インディアカ 体験会 教えてもらった 羽根のついたボール 地区 ふれあい",
    "ビリヤード 高齢者 介護予防 シニア 教室 ボランティア",
    "二胡を始めたい 独学 音が出ない 教えてほしい 買ってしまった",
    "二胡 中国出身 先生 教室 日本在住 中国語 二胡講師",
    "ドラムサークル 初めて参加 体験 楽しかった 地域 親子 ファシリテーター 募集",
    "ドラムサークル 導入したい デイサービス 放課後等デイサービス 打楽器 レクリエーション",
    "殺陣 ワークショップ 子ども 体験 殺陣師 教える 地域 イベント",
    "殺陣 チーム 施設訪問 立ち回り 剣劇 高齢者 喜んで 出張公演",
    "パステル和アート インストラクター 資格 取得 地域 ボランティア 教室 開きました",
    "パステルアート 体験 サロン 講座 参加者 好評 また開催 講師 依頼",
    "今年は版画で年賀状を作りたい 彫刻刀 ばれん 久しぶり 自分で 教わりたい",
    "カルトナージュ 高齢者 サロン デイサービス 小物入れ 作りました 講師",
    "カルトナージュやってみたい 厚紙 布 箱作り 習いたい 近くに教室がない",
    "ダーツ教室 老人クラブ 公民館 ダーツ 指導員 月1回 投げ方 得点計算",
    "障がい者 ダーツ 車いす ボランティア 教える ダーツ大会 交流",
    "老人福祉センター ビリヤード台 利用者 ビリヤード同好会 指導 ボランティア",
    "定年後 ビリヤード 始めたい 若い頃 四つ玉 もう一度 教わりたい シニア",
    "スポーツチャンバラ 高齢者 介護予防 シニア 座ったまま エアーソフト剣 体験",
    "スポチャン 息子 習わせたい 近くに道場がない 体験 子ども会 行事で",
    "LINEの使い方 高齢者 スマホ教室 ボランティア講師 スタンプ 友だち追加 教えた",
    "母にLINEを覚えてほしい 孫の写真 ビデオ通話 使い方がわからない 誰か教えて",
    "foreigner in Japan LINE app setup help phone number verification Japanese only confused everyone uses LINE",
    "留学生 スマホ教室 高齢者 LINE 教える ボランティア 英語も 交流",
    "国際交流協会 外国人住民 スマホ 設定 サポート 英語で LINE 登録 手伝う ボランティア",
    "スマホ講師 英語 外国人にも教える LINE 使い方 シニア向け 教室 帰国子女 英語で説明",
    "smartphone class for foreign residents Japan volunteers teach LINE app Japanese apps help in English community center",
    "マイナンバーカード スマホで申請 手伝い 高齢者 サポート デジタル推進委員 顔写真 撮影 ボランティア",
    "父のマイナンバーカード オンライン申請 やってみた 顔写真 QRコード 暗証番号 難しい 高齢の親",
    "My Number card application help English foreign resident Japan confusing form photo online application volunteer",
    "マイナポイント 申請 手伝い 相談会 シニア 地域 ボランティア スマホ マイナンバーカード 読み取り できた",
    "スマホ相談会 マイナンバーカード 申請サポート LINEの使い方 高齢者 サロン ボランティア 協力者 募集",
    "一人暮らしの母 マイナンバーカード 更新 電子証明書 市役所に行けない 代わりに手続き 相談",
    "スマホ教室 高齢者 質問が多かったのは LINE と マイナポイント マイナンバーカード 申請 地域 民生委員",
    "マイナ保険証 登録 手伝ってほしい 高齢者サロン 老人クラブ 会員 カード読み取り 暗証番号 支援 お願い",
    "日曜大工が得意 定年後 ボランティア 高齢者宅の修繕 棚の取り付け 戸の建て付け 直す 喜ばれた",
    "大工さんに頼むほどでもない 小さな修理 玄関の踏み台 ぐらぐら 直してほしい 一人暮らし 高齢 誰に頼めば",
    "日曜大工ボランティア 会員募集 高齢者 障がい者宅 小修理 手すり 網戸張り替え 材料費実費 グループ",
    "木工が趣味 施設の棚や踏み台を作って寄贈 網戸の張り替え 修繕ボランティア 元大工 シニア 活動",
    "家庭科 ミシン学習 補助 ボランティア 募集 地域の方 小学校 ミシンの糸かけ",
    "入園グッズ 手作り指定 ミシンがない 裁縫が苦手 どうしよう 作ってくれる人 母親",
    "洋裁 得意 ミシン 縫製ボランティア 施設の繕い物 ズボンの裾上げ 雑巾 寄贈 シニア 活動",
    "ズボンの裾上げ 自分でできない 目が見えにくく 針に糸が通らない 繕い物 頼める人 高齢",
    "定年後に手品を習い 施設でマジックボランティア 披露 利用者さんの笑顔 タネ 練習",
    "敬老会 余興 マジックを披露してくださる方 募集 ボランティア 手品 来ていただける方 施設",
    "孫に手品を見せたい 簡単なマジックを覚えたい 教えてくれる人 祖父 不器用",
    "子ども食堂 夏休みイベント マジックショー 来てくれる方 募集 手品 子どもたちに見せたい",
    "magician who can perform in English kids birthday party Japan international families magic show bilingual",
    "合唱団 ピアノ伴奏者 募集 ボランティア シニアコーラス 練習日 伴奏をお願いできる方",
    "ピアノ伴奏 ボランティア 高齢者施設 みんなで歌う 歌の会 童謡 唱歌 弾いて 私",
    "歌声サロン 立ち上げ ピアノを弾いてくれる人 探しています 伴奏者 見つからない 地域",
    "英会話サークル 公民館 シニア 講師 ボランティア 元英語教師 教えています 楽しく",
    "海外旅行の前に 英会話 練習相手がほしい 定年後 独学 話す機会がない シニア 英語",
    "外国人に生け花を英語で教える 華道 師範 国際交流 ikebana 体験 ボランティア",
    "華道 師範 ボランティア 施設 季節の花を生ける 入居者さんと一緒に 生け花教室",
    "want to learn ikebana living in Japan expat English speaking teacher lessons hard to find flower arrangement class",
    "生け花を習いたい 母が残した花器 剣山 自己流 教室に通う時間がない 教えてほしい",
    "散髪ボランティア 理容師 美容師 施設 入居者のカット 月に一度 喜ばれる 私",
    "寝たきりの母の髪を切ってあげたい 美容院に連れて行けない 自宅で散髪 訪問 頼めるところ",
    "散髪ボランティア 募集 障害者施設 グループホーム 利用者の髪を切ってくださる方 理美容師 資格",
    "美容師 資格 活かして 訪問カット ボランティア 子育て中 施設 定期的 高齢者 笑顔 私の活動",
    "デイサービス 利用者さんの散髪 職員では難しい 訪問カット 来てくれる理容師さん 探しています 施設",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
