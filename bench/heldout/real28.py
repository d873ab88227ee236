"""A twenty-eighth held-out set of real public wording, written blind, and like real17 … real27 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(楽器演奏・歌の慰問, 傾聴・話し相手, 草取り・庭木の手入れ, 家具の移動・電球交換, パソコン(Word・Excel), 絵本の読み聞かせ, 日本語教室,
子育てサロン・講座の託児, 車いすの介助・外出) beside nine niche ones (五平餅づくり, ポーセラーツ, スワヒリ語, シャッフルボード
(シャフルボード), 地衣類の観察, 阿波踊り, シャンチー(中国象棋), 真空管アンプ・ラジオの自作と修理, 和綴じ): 募集 posts and resident asks in
the wording they are published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ)
written as a person's bio. Graded for skill fit only (areas and times are not given), like real2 … real27. Written at
the same time as real29 (a sibling, by another hand); neither is earlier than the other.

The everyday half repeats topics of earlier sets on purpose (音楽の慰問, 傾聴, 庭の手入れ, 電球交換などの困りごと, パソコン, 読み聞かせ,
日本語, 託児, 車いすの介助 are concepts or texts of real2 … real27), under keys of this set's own (ongaku, keicho, niwa, benri, pc,
yomikikase, nihongo, takuji, kurumaisu); only its pages and wording are new. The niche half is new, one topic from each
corner asked for (a food: 五平餅; a craft: ポーセラーツ; a language: スワヒリ語; a sport: シャッフルボード; a nature activity:
地衣類の観察; a performing art: 阿波踊り; a game: シャンチー; a science/technology hobby: 真空管アンプ; a traditional practice: 和綴じ):
none of its nine concepts is a concept of real … real27, and none of 五平餅, 五平もち, ごへい餅; ポーセラーツ, ポーセリンアート, 転写紙,
porcelarts; スワヒリ, Swahili, Kiswahili, ケニア, タンザニア, sw (as a language code); シャッフルボード, シャフルボード, shuffleboard;
地衣, 地衣類, ウメノキゴケ, lichen; 阿波踊り, 阿波おどり, 阿波; シャンチー, 象棋, 中国将棋, xiangqi; 真空管; 和綴, 和とじ, 和本, 四つ目綴じ,
四ツ目綴じ, 糸綴じ, 折形 occurs in the data of real … real27 (bench/heldout/real*/volunteers.jsonl and requests.jsonl,
realN_data.py and real.py … real27.py, docstrings included; checked by program with grep before choosing). Looser words do
occur elsewhere, in other topics: 郷土料理 and おやつ (many sets), 陶芸, 絵付け, ハーバリウム and レジン (several sets; not
ポーセラーツ), the language concepts of real8 … real27 (Nepali, Tagalog, Hindi, Greek …; not Swahili), ニュースポーツ, カーリング
and ビリヤード (several sets; カローリング and ペタンク are earlier concepts, not シャッフルボード), コケ, 苔 and 顕微鏡 (real14 … real27;
変形菌 is real27's concept, not 地衣類), 盆踊り, よさこい, 民謡 and 三味線 (many sets; not 阿波踊り), 将棋, 囲碁, チェス and
麻雀 (earlier concepts; not シャンチー), ラジオ, ハンダ/はんだ and 電子工作 (several sets; アマチュア無線 is an earlier concept, not
真空管), 製本 and 図書館 (many sets; not 和綴じ). 篳篥 occurs in one real6 music bio (its record in two files); 雅楽 was therefore not taken.
The first choice of niche topics (ジビエ料理, マクラメ編み, トルコ語, タップダンス, 人狼ゲーム …) was written to
/work/blind/real28.topics a few seconds after the sibling's /work/blind/real29.topics, which had ジビエ料理, マクラメ編み, トルコ語,
ダブルダッチ, アサギマダラ, タップダンス, TRPG, ミニ四駆 and 投扇興; the four shared topics and 人狼ゲーム (close to TRPG) were
replaced at once, before anything was written, by 五平餅, ポーセラーツ, スワヒリ語, 阿波踊り and シャンチー. None of the nine here is
the same as or close to a real29 topic (真空管アンプ vs ミニ四駆 are both ものづくり hobbies but not the same skill).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES), every candidate address
was checked by program against the sources of real/ … real27/ and the addresses in real*_data.py (normalised: scheme,
www., trailing dot and slash, port, percent-encoding) before anything was written from it. About 60 of the roughly 230
candidate addresses checked were earlier sources and were dropped, nearly all on the everyday topics (傾聴, 庭, パソコン,
日本語, 託児, 車いす and 便利屋 pages had been mined hard by real … real27) and none on the niche ones. The sibling's
real29_data.py appeared while this set was being written; the check then found 9 pages shared with it (all everyday:
a band's 公演, a パソコン教室, a 読み聞かせ blog, a 日本語 volunteer, a 敬老会, an Excel 組長, an English lounge page, a
外出企画 and a 車椅子 Q&A) plus 2 more earlier-set pages; those 11 records were deleted and partly replaced by records from
other, checked pages. Each text here was rewritten closely from one page: the group's self-introduction before the ask,
who the help is for, what is not needed (プロでなくてかまいません, 資格はなく, 素人集団なので, 初心者やルールから), and the asides and
other activities people mention. Names, phone numbers and places are rewritten out. Every record names the page it
follows (`sources.json`); no page is used twice. Nineteen asks are a resident's own (a daughter whose mother of about
60 is depressed after nursing her own mother, a child whose lonely mother might fall for a salesman, two children of
parents with overgrown gardens, an Excel-shy housewife, a daughter pushing her mother's wheelchair under the cherry
trees, a mother of two who found ポーセラーツ in a free paper, a host waiting for a Tanzanian friend, a woman re-learning
Swahili "polepole", an English-speaking newcomer moving to Tanzania, three people puzzled by lichens, a father whose
family wants to play シャンチー without books, a self-taught シャンチー player, an architect facing a valve amp kit, a café
owner with a dead amplifier, a tea merchant with a family valve radio, a woman who tied her 四つ目綴じ too loosely),
composed closely from blog, question and interview pages; two asks are in English (a parent needing a Japanese tutor
who speaks English, the newcomer wanting Swahili taught in English) and two more need Swahili (a Tanzanian community
meeting, the Tanzanian guest). The texts are in real28_data.py (pure data). The concept list below is this set's own;
its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set. Grades
follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  草取り・庭木 (niwa) vs 電球交換・家具移動 (benri) — related (1) (the same お助け隊 and 有償ボランティア groups do both; one
  volunteer, the leader of a 町内のお助けたい, holds both);
  子育てサロンの託児 (takuji) vs 絵本の読み聞かせ (yomikikase) — related (1) (both with small children in サロン and 講座; a
  coordinator short of a 託児 volunteer would ask a 読み聞かせ volunteer second) — two RELATED pairs;
  楽器演奏・歌の慰問 (ongaku) vs 阿波踊り (awaodori) — unrelated (0) (both 慰問 performances at 施設 with 三味線, 笛 and 太鼓;
  one 施設 asks 阿波踊り first and 歌や演奏 second, so there ongaku volunteers are 2 by the secondary ask, not by relation);
  シャッフルボード (shuffle) vs シャンチー (xiangqi) — unrelated (0) (both 脳トレ games for seniors, 戦略, ビリヤード/将棋 comparisons);
  パソコン (pc) vs 真空管アンプ (tube) — unrelated (0) (both machines and electronics; the amp ask mentions a self-built PC);
  地衣類 (chii) vs 草取り・庭木 (niwa) — unrelated (0) (both about trees, bark, 梅の木 and 桜の幹);
  和綴じ (watoji) vs 読み聞かせ (yomikikase) — unrelated (0) (both books, 図書館 and 司書);
  ポーセラーツ (porcelarts) vs 和綴じ — unrelated (0) (both hand crafts taught as 体験);
  スワヒリ語 (swahili) vs 日本語教室 (nihongo) — unrelated (0) (both language teaching and 通訳);
  傾聴 (keicho) vs 日本語教室 — unrelated (0) (both conversation partners);
  五平餅 (gohei) vs 託児 — unrelated (0) (both with 園児 and 保育園);
  車いすの介助 (kurumaisu) vs 傾聴 — unrelated (0) (both with the same elderly people; one daughter asks 車いす first and
  話し相手 second, so there keicho volunteers are 2 by the secondary ask);
  ongaku, keicho, pc, nihongo, kurumaisu and all nine niche concepts relate to nothing;
  secondary asks: the 子育て NPO (預かり保育 first, 絵本の読み手 second), the daughter (車いす first, 話し相手 second), the 介護施設
  (阿波踊りの連 first, 歌や演奏 second);
  languages: the two Swahili-needing asks grade only Swahili speakers (all seven swahili holders speak it); the English
  日本語 ask grades only English speakers (all four nihongo holders speak English) and the English Swahili ask only the
  three Swahili holders who also speak English (the other four are 0 there and 3 to the Japanese Swahili asks).
Words of another skill beside the ask: the デイサービス's 美顔エステ, お茶会 and フラダンス, the ガレージセール of the お助け隊, the
寄り合いどころ's 体操 and 手芸, the 施設's おやつ会, the NPO's シルバーサロン and 家事支援, the シャンチー father's マークルック, the amp
asker's 自作PC, the lichen walker's 野鳥, コケ and 花; and bios with distractors (a 傾聴 volunteer who sings with a ハーモニカ
player, a 車椅子 helper who runs a リラクゼーションサロン, a ポーセラーツ teacher who also teaches レジン and ハーバリウム, a 阿波踊り
teacher who works at a 保育園 and runs a 子育て支援カフェ, a 和綴じ teacher who also teaches 水引き, a 真空管 hobbyist who did
アマチュア無線 and 空手, an 日本語 teacher who teaches 日本料理, a swahili speaker who talks of サッカー).

Counts: 84 volunteers (12 speak a language besides Japanese: 7 Swahili, 3 of them also English; 4 English (the
日本語 teachers); 1 Chinese; 1 holds two concepts), 44 requests (19 residents' own, 2 in English, 2 more needing Swahili,
3 with a secondary ask), 247 graded pairs (222 of grade 3, 12 of grade 2, 13 of grade 1), 128 source pages, 18 concepts
(9 everyday, 9 niche). Fewer than the 100–120 volunteers and 50–56 requests aimed at: the everyday topics kept few fresh pages after
the earlier and the sibling's sources were dropped (草取り 2 holders, 託児 2, 楽器演奏 1 ask).

usage: python bench/heldout/real28.py          (writes bench/heldout/real28/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real28.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real28_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real28"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here (real … real27). real29 is written at the same
# time (a sibling, not an earlier set); the two were checked against each other by program as far as both were written.
EARLIER_SOURCES = realset.earlier_sources("real28")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real27).
CONCEPTS = {
    "ongaku": "楽器演奏・歌の慰問 (ギター・バンド・尺八などで施設を訪問, 懐メロや童謡を利用者と一緒に歌う)",
    "keicho": "傾聴・話し相手 (高齢者施設や一人暮らしの家を訪ねて話を聴く, 養成講座修了の傾聴ボランティア)",
    "niwa": "草取り・庭木の手入れ (高齢者宅の草むしり・草刈り・植木の剪定, 剪定枝の処理)",
    "benri": "家具の移動・電球交換などのちょっとした困りごと (高所の電球・照明, 家具の移動・搬出, 網戸や簡単な大工仕事)",
    "pc": "パソコン(Word・Excel)を教える (シニアのパソコン教室, 表計算・名簿・はがき作り)",
    "yomikikase": "絵本の読み聞かせ (小学校の朝の読み聞かせ, 図書館や子育てサロンのおはなし会)",
    "nihongo": "日本語を教える (地域の日本語教室, 外国人住民・研修生・子どもへの日本語支援; 言語はリクエストの languages が決める)",
    "takuji": "子育てサロン・講座の託児 (講座やイベントの間の子どもの一時預かり, 保育ボランティア)",
    "kurumaisu": "車いすの介助・外出の付き添い (車椅子を押しての散歩・花見・外出, 段差や坂の介助)",
    "gohei": "五平餅づくりの指導 (ご飯をつぶして串に付け, クルミやえごまのみそだれで焼く郷土料理を教える)",
    "porcelarts": "ポーセラーツの指導 (白磁に転写紙を貼って焼き付ける食器づくり, 施設や教室での体験)",
    "swahili": "スワヒリ語 (教える・通訳する; タンザニア・ケニアの言葉と暮らし; 言語はリクエストの languages が決める)",
    "shuffle": "シャッフルボード(シャフルボード)の指導 (ディスクをキューで押すニュースポーツ, ルールと得点, 講習会)",
    "chii": "地衣類の観察の案内 (ウメノキゴケなどの見分け方, ルーペ・顕微鏡での観察会, 大気汚染の指標)",
    "awaodori": "阿波踊りの披露と指導 (連での施設訪問, 男踊り・女踊り・鳴り物の指導)",
    "xiangqi": "シャンチー(中国象棋)を教える・指す相手 (ルール入門, 対局, クラブ)",
    "tube": "真空管アンプ・ラジオの自作と修理 (キット製作の手ほどき, はんだ付けと回路, 古い真空管ラジオの修理)",
    "watoji": "和綴じの指導 (四つ目綴じ・袋綴じの和本づくり, 折り本, 図書館や学校のワークショップ)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): none here. No two of these concepts stand in for
# each other both ways (a 草取り volunteer does not replace an electrician's 電球交換, a 託児 volunteer is not a 読み手), so the
# 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: ongaku–awaodori, shuffle–xiangqi, pc–tube,
# chii–niwa, watoji–yomikikase, porcelarts–watoji, swahili–nihongo, keicho–nihongo, gohei–takuji, kurumaisu–keicho, and
# anything with ongaku, keicho, pc, nihongo, kurumaisu or a niche concept.
RELATED = {
    frozenset(p)
    for p in [
        ("niwa", "benri"),  # 生活のちょっとした困りごと; 同じお助け隊が庭木と電球替えを引き受ける
        ("takuji", "yomikikase"),  # 小さな子どもと過ごす; 託児の人が見つからなければ読み聞かせの人に聞く
    ]
}

VOLUNTEERS = [(f"R28V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R28Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "ユニカール 体験 高齢者 サロン ボランティア",
    "地衣類 観察会 講師 自然観察",
    "雅楽 演奏 施設 訪問 ボランティア 龍笛 笙",
    "人狼ゲーム 子ども 地域 イベント 進行役 ボランティア",
    "和綴じ 本づくり 講座 講師 公民館",
    "真空管アンプ 自作 趣味 教える 工作教室",
    "タップダンス 老人ホーム 慰問 ボランティア 披露",
    "シャッフルボード 体験 高齢者 地域 普及 指導",
    "ジビエ料理 教室 講師 鹿肉 猪肉 地域",
    "トルコ語 通訳 ボランティア クルド 支援",
    "五平餅づくり 体験 地域 ボランティア 子どもたち 教える",
    "ポーセラーツ 講師 ボランティア 施設 体験 教える",
    "スワヒリ語 教える 講座 講師 ケニア タンザニア 日本",
    "阿波踊り 連 高齢者施設 慰問 踊り 披露 ボランティア",
    "シャンチー 中国象棋 教室 教える 初心者",
    "五平餅 焼き方 教えて 地域のおばあちゃん 伝統 受け継ぐ 会",
    "ポーセラーツ 高齢者 デイサービス レクリエーション 転写紙 マグカップ",
    "スワヒリ語 話せる 青年海外協力隊 帰国 ケニア 日本 子どもたち 国際理解",
    "シャフルボード 老人クラブ 大会 練習 楽しさ 会長",
    "地衣類 好き 観察 ルーペ 散歩 趣味 ブログ ウメノキゴケ",
    "和綴じ 教える 講師 体験 和本 四つ目綴じ 子ども",
    "阿波踊り 教えてくれる 連 練習 初心者 鳴り物 子ども 指導",
    "シャンチー 例会 初心者歓迎 クラブ 指す 相手 探している",
    "真空管ラジオ 修理 ボランティア 高齢者 思い出 直す",
    "スワヒリ語 通訳 タンザニア人 ケニア人 日本で暮らす 家族 支援 困った",
    "ポーセラーツ インストラクター 私 始めたきっかけ 教室 主宰 子育て",
    "地衣類 観察会 ガイド ボランティア 自然観察指導員 地衣 ウメノキゴケ 大気汚染 指標",
    "傾聴ボランティア 私 活動 高齢者 話を聴く 訪問 感想 養成講座",
    "草取り 庭木の剪定 ボランティア 高齢者宅 シルバー 生活支援 私 活動",
    "パソコン ボランティア シニア Word Excel 教える 講師 私 パソコンクラブ",
    "読み聞かせボランティア 私 絵本 小学校 図書館 おはなし会 続けて",
    "日本語教室 ボランティア 私 外国人 教える 地域 日本語 楽しい 学習者",
    "託児ボランティア 子育て講座 保育 預かる 私 子育てサロン 活動",
    "車いす 介助 ボランティア 外出 散歩 押す 私 活動 施設 お花見",
    "電球交換 家具の移動 ちょっとした困りごと ボランティア 高齢者 依頼 助かった",
    "ギター 歌 施設 慰問 ボランティア 演奏 私 懐メロ 一緒に歌う",
    "I want to learn Japanese volunteer tutor English speaking city international association looking for",
    "一人暮らしの母 話し相手 寂しい 誰か 訪問 してくれる 探している",
    "エクセル 教えてほしい 町内会 名簿 作りたい 70代 パソコン 苦手",
    "傾聴 話し相手 ボランティア 定年後 始めた 施設 入居者 昔話 聞く 月2回",
    "庭の草取り 頼みたい 親 高齢 実家 雑草 困っている 誰に頼めば",
    "シニア パソコン教室 講師 ボランティア ワード 年賀状 教えて 公民館 私 退職",
    "日本語ボランティア 始めた 私 技能実習生 会話 教室 楽しい 毎週",
    "車椅子 押してくれる人 母 外出 ボランティア 探し 花見 連れて行きたい",
    "託児ボランティア 募集 講座 子ども 見守り 子育て経験 資格不問",
    "お助け隊 ボランティア 蛍光灯交換 網戸張替え 家具移動 会員 私 活動 感謝",
    "車いす介助ボランティア 講習 受けて 私 病院 付き添い 散歩 押し方 段差",
    "読み聞かせ ボランティア募集 小学校 朝の読書 保護者 地域の方 絵本 お願い",
    "volunteer Japanese teacher experience I teach Japanese to foreign residents community class English",
    "learning Swahili in Japan looking for tutor conversation partner Kiswahili",
    "日本語ボランティア 英語で説明 帰国子女 海外生活 外国人 日本語 教える 私 経験",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
