"""An eighteenth held-out set of real public wording, written blind, and like real17 a MIX, the way a city 社協's
特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time (通院の
付き添い, 車での送迎, 配食, 外国人への日本語学習支援, 子どもの学習支援, 絵本の読み聞かせ, 手芸・編み物, 楽器演奏の慰問, 体操・
介護予防の運動の指導), none of them one of real17's nine, beside nine niche ones (しめ縄づくり, モルック, カローリング・
カーリンコン, 拡大写本, 七宝焼, 木目込み人形, チェス, 障害者乗馬, 高齢者のeスポーツ): 募集 posts and resident asks in the
wording they are published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事)
written as a person's bio. Graded for skill fit only (areas and times are not given), like real2 … real17.

The everyday half repeats topics of earlier sets on purpose (付き添い, 送迎, 配食, 日本語, 学習支援, 読み聞かせ, 手芸, 演奏 and
体操 are concepts of real3 … real11); only its pages and wording are new. The niche half is new: none of its nine concepts
is a concept of real3 … real17 (checked against their CONCEPTS), and none of しめ縄, しめ飾り, わら細工, モルック, スキットル,
カローリング, カーリンコン, カーレット, ジェットローラー, 拡大写本, 拡大教科書, 弱視, 七宝, 木目込, チェス, 乗馬, ホースセラピー,
サイドウォーカー, 引き馬, eスポーツ, 太鼓の達人 or ぷよぷよ occurs in the data of real … real17 (checked by program). The
nearest earlier ones are other activities: 昔遊び (real13; not わら), ボッチャ・障害者スポーツ (real5, real8, real13) and
グラウンド・ゴルフ (real17; not モルック or カローリング), 点訳・音訳 (real4 … real11; not 拡大写本), 陶芸 (real12; not 七宝),
手芸 (here everyday; 木目込み is only related to it), 囲碁・将棋 (real3 … real17; not チェス), 動物介在活動 (real13) and 盲導犬の
育成 (real15; not 乗馬), 学習療法・脳トレ (real16; not eスポーツ). Ideas checked and not taken: 凧 (a 昔遊び), 獅子舞 (in real16's
texts), レザークラフト (革細工 is in real13's texts), 水引・つまみ細工 (real15), 社交ダンス (踊り), 結婚相談 (縁結び is in real17's
texts), タンデム自転車 (near the earlier ガイドヘルプ), 南京玉すだれ (大道芸, real15), 刺し子・羊毛フェルト (手芸).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real3 … real17), every candidate address was checked by program against the sources of real/ … real17/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) — 49 of some 255 distinct candidate addresses checked were
earlier sources and were dropped, all of them on the everyday topics (11 送迎, 8 配食, 5 日本語, 4 学習支援, 2 読み聞かせ,
2 手芸, 10 演奏 and 7 体操 pages, from real … real12) and none on the niche ones — and each text here was rewritten closely
from one page: the group's self-introduction before the ask, who the help is for, what is not needed (乗馬の経験は全く問いま
せん, 運転はしなくても, 小学校の宿題くらいを教えられる方, 保護者でなくても, 初めての方がほとんど) and the asides and
other activities people mention. Names, phone numbers and addresses are rewritten out. Every record names the page it
follows (`sources.json`); no page is used twice. Twenty-one asks are a resident's own (a parent who must park while
the children wait at the 眼科, a niece who must leave her uncle mid-examination, a son far away who learned too late
how ill his mother is, a daughter whose father returned his licence, a daughter whose mother's 弁当屋 does not come two
days a week, a single mother whose son works only with her beside him, a mother whose housebound baby smiled at a
violin, two men making しめ縄 (a shrine rota, a late father's), a mother of a 弱視 girl and a daughter of a cataract
patient wanting large print, a 彫金 hobbyist who bought a kiln, a daughter who found her mother's 木目込み doll, two chess
beginners (a man in his thirties, a boy's mother), a father whose autistic son asked to ride again, a daughter whose
parents took to brain-training games, and four in English: two learners wanting Japanese practice, two friends near a
navy base wanting a knitting lesson, an Australian wanting chess after work), composed closely from blog, question and
interview pages; two more asks need a language: the English Story Time circle's readers (English) and a Brazilian
learning centre's homework class (Portuguese). The texts are in real18_data.py (pure data). The concept list below is
this set's own; its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the
set before it was committed. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  通院の付き添い (tsukisoi) vs 車での送迎 (sogei) — related (1), both ways (the same 外出支援 groups take both, but a driver
  who waits in the car is not an escort in the 診察室, and an escort without a car cannot drive); 日本語 (nihongo) vs
  学習支援 (gakushu) — related (1) (the 外国につながる子ども classes do both; two volunteers hold both); 手芸 (shugei) vs
  木目込み (kimekomi) — related (1) (cloth handwork; a 手芸 teacher is the second try) — three RELATED pairs;
  配食 (haishoku) vs 送迎 — unrelated (0) (both drive, but carrying a lunchbox is not carrying a person);
  体操 (taiso) vs モルック (molkky) vs カローリング (curling) — unrelated (0), all three ways (the 老人クラブ's 介護予防 exercise
  and its ニュースポーツ); チェス (chess) vs eスポーツ (esports) — unrelated (0) (both sold as 頭の体操); 楽器演奏 (ensou) vs
  eスポーツ — unrelated (0) (the 太鼓 game's rhythm); 七宝焼 (shippo) vs 木目込み, しめ縄 (shimenawa) vs 木目込み, 手芸 vs
  七宝焼 and 手芸 vs しめ縄 — unrelated (0) (季節の飾り and 和の手仕事 workshops; a 手芸 bio's 「七宝まり」 is not 七宝焼);
  拡大写本 (kakudai) vs 読み聞かせ (yomikikase) — unrelated (0) (both about books); 読み聞かせ vs 学習支援 — unrelated (0)
  (both at the 小学校; one volunteer, a 塾 teacher who reads in a 小児病棟, holds both);
  配食, 読み聞かせ, 演奏, 体操, しめ縄, モルック, カローリング, 拡大写本, 七宝焼, チェス, 障害者乗馬 and eスポーツ relate to nothing;
  secondary asks: the 移動サービス NPO (R18Q005) asks drivers first and 院内の付き添い second; the 市民活動センター's 日本語教室
  (R18Q013) asks 日本語 first and homework second; the Brazilian centre (R18Q014, Portuguese) asks homework first and its
  日本語教室 second; the デイサービス (R18Q045) asks 木目込み first and any 手芸 second; the 障害者乗馬の会 (R18Q050) asks
  horse helpers first and a driver for the rented van second (so the 付き添い holders, related to 送迎, are 1 there);
  languages: the English 日本語 asks, the English knitting ask, the English chess ask and the English Story Time ask grade
  only their English-speaking holders, and the Portuguese homework ask only its two Portuguese speakers (a holder of 学習
  支援 at 3, a 日本語 teacher at 2); the Japanese-only holders are 0 there and 3 to the Japanese asks of their concept.
Words of another skill beside the ask: the 乗馬 ask's レンタカーの運転, the 村's 買い物 experiment beside its 送迎, the 給食会's
調理ボランティア beside its 配達員, the 手芸 サロン's 雛人形 memories, the デイ's 刺繍, the 読み聞かせルーム's 紙芝居, the 足湯サロン's
脳トレ, the 介護予防サロン's 小物づくり; and bios with distractors (a しめ縄 teacher who heads a 獅子舞 保存会 and
makes わらじ, a モルック group that also does リユース工作, a カーリンコン circle beside the club's グランドゴルフ, a カーレット
club that teaches 手話 signs, a 拡大写本 volunteer in a 奉仕団 with 点訳 and 録音 部会, a 七宝焼 teacher who also teaches ちぎり絵,
another who holds her workshop in a 着物屋, a 吊るし雛 learner who made 「七宝まり」, eスポーツ high-schoolers beside 体操 and
餅つき, a 無料塾 teacher who coached 少年サッカー, an アンサンブル whose listener signs in 手話, a リー
体操 teacher learning 着付け, a 付き添い worker who shops with her client, a 配食 helper who photographs wild birds).

Counts: 117 volunteers (15 speak English, 2 of them English only; 2 Portuguese, 1 Chinese), 55 requests (21 residents'
own, 4 in English, 6 needing a language: 5 English, 1 Portuguese), 448 graded pairs (337 of grade 3, 27 of grade 2, 84 of
grade 1), 172 source pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real18.py          (writes bench/heldout/real18/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real18.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real18_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real18"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real18")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real3 … real17).
CONCEPTS = {
    "tsukisoi": "通院の付き添い (病院までの同行, 受付・待ち時間・診察室での付き添い, 家族への報告)",
    "sogei": "車での送迎 (移送サービス・送迎ボランティアの運転, 通院や買い物の送り迎え)",
    "haishoku": "配食 (お弁当の配達, 手渡しでの声かけと安否確認)",
    "nihongo": "外国人への日本語学習支援 (日本語教室, 会話の相手, 外国につながる子どもの日本語)",
    "gakushu": "子どもの学習支援 (宿題, 無料塾, 個別指導)",
    "yomikikase": "絵本の読み聞かせ (学校の朝の読み聞かせ, 図書館のおはなし会, 小児病棟; 英語の絵本も)",
    "shugei": "手芸・編み物 (編み物, 縫い物, 手芸サロンや教室の講師, 帽子などを編んで寄贈)",
    "ensou": "楽器演奏の慰問 (ハーモニカ, 大正琴, ギター, ウクレレ, ピアノ; 施設や自宅で)",
    "taiso": "体操・介護予防の運動の指導 (椅子体操, 百歳体操, ストレッチ, 健康体操のサロン)",
    "shimenawa": "しめ縄・しめ飾りづくりの指導 (わらの扱い, 縄のない方, 正月飾りの講習)",
    "molkky": "モルックの指導・体験会 (ルール, 点数の数え方, 試合の進行)",
    "curling": "カローリング・カーリンコンなど床や卓上でするカーリングの指導",
    "kakudai": "拡大写本 (弱視の人のために本や教科書を大きな文字で書き写す・作り直す)",
    "shippo": "七宝焼の指導 (釉薬ののせ方, 電気炉での焼成, 体験教室)",
    "kimekomi": "木目込み人形の指導 (干支の置き物・雛人形, 布の木目込み方)",
    "chess": "チェスの相手・指導 (子どものチェス教室, 大人の対局相手)",
    "joba": "障害者乗馬・ホースセラピーの補助 (引き馬のリーダー, サイドウォーカー, 馬の世話, 会場設営)",
    "esports": "高齢者とのeスポーツ (太鼓のゲームなどの体験会, ゲーム機の操作の手ほどき)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a driver is not an escort
# in the waiting room, an escort without a car cannot drive; a tutor is not a Japanese teacher; a knitter cannot
# carve 木目込み grooves), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: haishoku–sogei, taiso–molkky, taiso–curling,
# molkky–curling, chess–esports, ensou–esports, shippo–kimekomi, shimenawa–kimekomi, shugei–shippo, shugei–shimenawa,
# kakudai–yomikikase, yomikikase–gakushu, and anything with haishoku, yomikikase, ensou, taiso, shimenawa, molkky,
# curling, kakudai, shippo, chess, joba or esports.
RELATED = {
    frozenset(p)
    for p in [
        ("tsukisoi", "sogei"),  # 通院の付き添いと送迎は同じ外出支援の会が受ける; 運転だけ, 院内だけの人も多い
        ("nihongo", "gakushu"),  # 外国につながる子どもの日本語と宿題は同じ教室で見る
        ("shugei", "kimekomi"),  # 木目込みは布を扱う手仕事; 手芸の先生が二番手
    ]
}

VOLUNTEERS = [(f"R18V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R18Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "モルック 体験会 老人クラブ 指導 ボランティア",
    "カローリング 指導員 高齢者 ニュースポーツ 教室",
    "しめ縄づくり 講師 地域 お年寄り 教わる わら",
    "拡大写本 ボランティア 弱視 教科書 作成",
    "七宝焼 教室 講師 公民館 ボランティア 作品",
    "木目込み人形 教室 講師 公民館 趣味 教える",
    "チェス教室 子ども ボランティア 公民館 教える",
    "障害者乗馬 ボランティア サイドウォーカー 募集",
    "高齢者 eスポーツ 体験会 ボランティア 施設 太鼓の達人",
    "父が毎年作っていたしめ縄 作り方 覚えておけばよかった 教えてくれる人",
    "chess club Japan volunteer teaching kids English speaking players",
    "チェス 対局相手 いない 日本 趣味 大人 初心者 習いたい",
    "カローリング 老人クラブ 会員 楽しんでいます 用具 練習 仲間",
    "looking for chess players partner in my town Japan expat no club nearby",
    "弱視 母 本が読めなくなった 大きな文字 拡大図書 作ってほしい",
    "七宝焼 やってみたい 教えてくれる人 窯がない 初心者 趣味 始めたい",
    "木目込み 雛人形 孫のために 自分で作りたい 教室 探している",
    "自閉症 息子 馬に乗せたい 乗馬 障害児 どこで 体験 母",
    "サロン 木目込み人形 作りたい 講師 来ていただける方 募集 手作り",
    "モルック 町内会 始めたい 道具 買った ルール 教えて 子ども会",
    "デイサービス 七宝焼 レクリエーション 講師 利用者 作品 ボランティア",
    "母が遺した木目込み人形の材料 途中 完成させたい 習いたい",
    "七宝焼 子ども会 夏休み 体験 講師 お願いしたい 電気炉 借りる",
    "昔 七宝焼 習っていた 道具 押し入れ 再開したい 一緒にできる人",
    "息子 チェス やりたい 教室 近くにない 教えられない 小学生 親",
    "祖父 ゲーム 孫と一緒に 高齢 父 テレビゲーム 楽しみ 認知症予防 教えて",
    "七宝焼のブローチ 母の形見 自分でも作ってみたい 先生 探しています",
    "通院付き添いボランティア 活動報告 病院の待ち時間 一緒に 受診 帰り",
    "母の通院 付き添い 仕事を休めない 遠方 誰かに頼みたい 病院 受診 一人では不安",
    "協力会員 通院の付き添い 院内 待合室 一緒に待つ 有償ボランティア 私の活動",
    "ベトナム人 病院 付き添い ボランティア ベトナム語 技能実習生 同行 受診",
    "一人暮らしのおばあちゃん 病院まで一緒に バスで 付き添い 診察室 ボランティア 感謝",
    "社協 住民参加型サービス 通院介助 外出介助 協力会員 体験談 利用者 病院",
    "福祉有償運送 運転ボランティア 定年後 始めた 利用者さん 会話 ドライバー 私",
    "免許返納した父 通院 足がない バス停遠い 送迎してくれる人 田舎 困っている",
    "受診同行 ボランティア 先生の話をメモ 家族に伝える 一人暮らし高齢者 付き添い活動",
    "配食ボランティア お弁当を届ける 手渡し 声かけ 一人暮らし 配達 感想 私",
    "配食サービス 配達ボランティア 募集 車 お弁当 高齢者宅 届ける 週1回 社協",
    "一人暮らしの母 料理ができなくなった 夕食 お弁当 届けてもらう 顔を見て声をかけてほしい 遠くに住む娘",
    "地域の日本語教室 ボランティア 始めて 学習者さん 会話 やりがい 私 退職後",
    "I want to practice Japanese conversation looking for volunteer tutor free Japanese class city Japan beginner",
    "ブラジル人 子ども 宿題 ポルトガル語 学習支援 ボランティア 教室 日系",
    "ベトナム語が話せる 日本語ボランティア 実習生に日本語を教える 私 ベトナムに住んでいた",
    "無料の学習支援教室 ボランティア 中学生 数学 教えて 私 大学生 退職教員 居場所",
    "ひとり親 塾に通わせられない 中学生 息子 勉強を見てくれる人 宿題 分からない 相談",
    "読み聞かせボランティア 小学校 朝の読み聞かせ 絵本選び 子どもたちの反応 私 続けて",
    "英語の絵本 読み聞かせ ボランティア 図書館 おはなし会 英語で 子どもたち",
    "読み聞かせボランティア 募集 地域の方 小学校 朝読書の時間 絵本 読んでくださる方 保護者以外",
    "looking for volunteers English story time kids Japan library read picture books bilingual children mom",
    "編み物ボランティア 帽子を編んで寄贈 手芸サークル 仲間 私 毛糸",
    "knitting group Japan foreigner want to learn knitting teach me crochet English speaking stitch and bitch Tokyo",
    "サロン 手芸の日 講師 来てくださる方 編み物 針仕事 高齢者 一緒に作る 募集",
    "老人ホーム 慰問 演奏ボランティア ハーモニカ ギター 懐メロ 一緒に歌う 私たちのグループ",
    "デイサービス 演奏ボランティア 募集 楽器 弾いてくださる方 利用者さん 音楽 来てほしい",
    "在宅療養中の父 好きだった曲 生演奏を聴かせたい 自宅に来てくれる 演奏 ボランティア",
    "介護予防体操 サポーター ボランティア 指導 地域の集会所 椅子体操 私 続けて",
    "老人会 体操の先生 来てほしい サロン 健康体操 指導者 見つからない 高齢者 集まり",
    "日本語教室 ボランティア 足りない 学習者が増えて 教える人 募集 経験不問 外国人住民",
    "子どもの学習支援 ボランティア 募集 宿題を見てくれる 大学生 社会人 小学生 居場所 週1回",
    "木目込み人形 干支 講座 講師 引退 後継者 いない 続けたい 公民館 女性会",
    "病院 小児病棟 入院中の子どもたち 絵本の読み聞かせ ボランティア 来てほしい 院内学級",
    "配達ボランティア お弁当 お届け 安否 一声 高齢者宅 回る 活動して 年 感じたこと",
    "ふれあい給食 配食 ボランティアグループ 調理 配達 地区 民生委員 お弁当 月2回 活動紹介",
    "移送ボランティア 運転手 車いす 送迎 始めたきっかけ 定年 利用者 笑顔 体験談",
    "ポルトガル語 通じる 学習支援 ブラジル 子ども 放課後 教室 ボランティア 日系 私 教えて",
    "I volunteer teaching Japanese to foreign residents at community center in my city Japanese volunteer class learners from",
    "運転ボランティア 登録 送迎 通院 デイサービス 自家用車 シニア 私 やりがい 月に数回",
    "大正琴 サークル 施設訪問 演奏 童謡 唱歌 利用者さんと一緒に 毎年 慰問 会員",
    "ウクレレ ギター 弾き語り 施設 ボランティア 演奏 私 定年後 始めた 高齢者 喜んで",
    "健康体操 ボランティア講師 公民館 高齢者 ストレッチ 脳トレ体操 教えています 私 元気",
    "町内会 サロン 体操を指導してくれる人 募集 介護予防 ボランティア 週1回 集会所 高齢者 講師依頼",
    "送迎ボランティア ドライバー 買い物 通院 乗せて 地域の足 住民同士 運転している 私 話",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
