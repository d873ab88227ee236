"""A twenty-ninth held-out set of real public wording, written blind, and like real17 … real27 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(傾聴・話し相手, 草取り・庭の手入れ, 絵本の読み聞かせ, パソコン(Word・Excel), 日本語教室, 車いすの介助・外出, 介護施設の
レクリエーション, 楽器演奏・歌の慰問, 料理教室) beside nine niche ones (ジビエ料理, マクラメ, トルコ語, ダブルダッチ, アサギマダラの
マーキング, タップダンス, TRPG, ミニ四駆, 投扇興): 募集 posts and resident asks in the wording they are published in, and registrant /
activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ) written as a person's bio. Graded for skill fit
only (areas and times are not given), like real2 … real27. Written at the same time as real28 (a sibling, by another
hand); neither is earlier than the other.

The everyday half repeats topics of earlier sets on purpose (傾聴, 庭の手入れ, 読み聞かせ, パソコン, 日本語教室, 車いす, レク,
演奏の慰問 and 料理教室 are concepts or texts of earlier sets), under keys of this set's own (keicho, niwa, yomikikase, pc,
nihongo, kurumaisu, rec, ongaku, ryori); only its pages and wording are new. The niche half is new, one topic from each
corner asked for (a food: ジビエ料理; a craft: マクラメ; a language: トルコ語; a sport: ダブルダッチ; a nature activity:
アサギマダラのマーキング調査; a performing art: タップダンス; a game: TRPG (テーブルトークRPG); a science/technology hobby:
ミニ四駆; a traditional practice: 投扇興): none of ジビエ, 鹿肉, シカ肉, 猪肉, イノシシ, 猟師; マクラメ, macrame, 平結び; トルコ語,
Turkish; ダブルダッチ, double dutch; アサギマダラ, マーキング; タップダンス, tap dance; TRPG, テーブルトーク, ゲームマスター,
role-playing, Dungeons; ミニ四駆, タミヤ; 投扇興 occurs in the data of real … real27 (bench/heldout/real*/volunteers.jsonl and
requests.jsonl, realN_data.py and real.py … real27.py, docstrings included; checked by program with grep, case-insensitive).
Looser words do occur elsewhere, in other topics: 狩猟 (real19: a bird carver's decoys), フジバカマ (real17: a 苔玉 ask), トルコ
(2 files: a magician's トルコ帽), タップ (smartphone texts: "tap" on a screen), ダイス and サイコロ (board-game texts), 扇子
(12 files: 日本舞踊, 落語 …). The nearest earlier concepts are other activities: 料理教室 and 郷土料理 (not game meat), 手芸・編み物
(not knotting), the language concepts of earlier sets (not Turkish), 縄跳び and ニュースポーツ (not double dutch), 自然観察・野鳥
(not butterfly marking), 日本舞踊・フラダンス (not tap), ボードゲーム・囲碁・将棋 (not role-playing), プログラミング・電子工作
(not mini 4WD), 百人一首・かるた (not 投扇興). Ideas checked and not taken because they occur in earlier data: パン作り, 燻製,
とんぼ玉, 藍染, つまみ細工, ベトナム語, 韓国語, インディアカ, ホタル, ビオトープ, 玉すだれ, 大正琴, 手品, けん玉, ボードゲーム, 電子工作,
ドローン, 組紐, 鉄道模型, 弓道, 風呂敷. The sibling real28 wrote its nine niche topics to /work/blind/real28.topics at the same
minute as this set's file; its first list shared four topics with these nine and it replaced them (五平餅, ポーセラーツ, スワヒリ語,
シャッフルボード, 地衣類, 阿波踊り, シャンチー, 真空管アンプ, 和綴じ); none of those is the same as or close to one of these nine.

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES), every candidate address was
checked by program against the sources of real/ … real27/ (normalised: scheme, www., trailing dot and slash, port,
percent-encoding) before anything was written from it: about 75 of the about 215 candidate addresses were earlier
sources and were dropped, nearly all on the everyday topics (草取り, 読み聞かせ, パソコン, 車いす, 演奏の慰問, 料理教室 pages had
been mined hard) and none on the niche ones. The whole list was checked again by program at the end, against the earlier
sets and against the sibling's sources as far as they were written. Each text here was rewritten closely from one page:
the group's self-introduction before the ask, who the help is for, what is not needed (資格は持っていません, 初心者ばかり,
手先の器用さは関係なく, 経験者でも初心者でも) and the asides and other activities people mention. Names, phone numbers and places
are rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Twenty-five asks are
a resident's own (a woman back from a 鹿肉 butchering course, a new settler given 2 kg of venison by a neighbour, a share
house whose friend wants a hunting licence, a daughter whose mother's salon might play 投扇興, a mother who once played
TRPG, an exchange student looking for a D&D group, an announcer who saw marked butterflies, a tap pupil of two months,
three macramé learners, three Turkish learners (a man at a 1-to-1 school, a woman with a Turkish partner, a mother whose
daughter thinks Turkish is Spanish), two children of lonely mothers, a daughter with fifty trees, an 80-year-old 組長 with
an Excel 名簿, a retired lecturer writing a blog, four wheelchair outings, two daughters of fathers who cannot cook),
composed closely from blog, question and interview pages; two asks are in English and need an English speaker (the
exchange student's TRPG ask; a volunteer-run bookstore's English story session) and one more needs Turkish (an online
Japanese class for Kurdish women that wants its notices put into Turkish). The texts are in real29_data.py (pure data).
The concept list below is this set's own; its author did not read `matching/` (code or data) nor any ranking, and the
matcher was not run on the set. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  介護施設のレクリエーション (rec) vs 投扇興 (tosenkyo) — related (1) (投扇興 is played at 社協 salons as recreation);
  楽器演奏・歌の慰問 (ongaku) vs タップダンス (tapdance) — related (1) (both are staged for residents of care homes; the
  music ask mentions a サルサ dance group);
  料理教室 (ryori) vs ジビエ料理 (gibier) — related (1) (a cook is asked second for game meat) — three RELATED pairs;
  タップダンス vs ダブルダッチ (doubledutch) — unrelated (0) (one double dutch school also teaches dance; both "rhythm");
  TRPG (trpg) vs 絵本の読み聞かせ (yomikikase) — unrelated (0) (both tell stories to children);
  TRPG vs 傾聴 (keicho) — unrelated (0) (both are "会話" and listening);
  トルコ語 (turkish) vs 日本語教室 (nihongo) — unrelated (0) (a Turkish ask comes from a Japanese class for Kurdish women;
  a nihongo volunteer who taught Japanese in Turkey speaks Turkish but holds no turkish concept);
  アサギマダラ (asagimadara) vs 草取り・庭 (niwa) — unrelated (0) (フジバカマ is planted and weeded; 草刈り);
  ミニ四駆 (mini4wd) vs パソコン (pc) — unrelated (0) (both "ものづくり"/machines taught to beginners);
  ジビエ vs 草取り — unrelated (0) (獣害, 畑, 柵); マクラメ (macrame) vs レク — unrelated (0) (手芸 at salons);
  ダブルダッチ vs レク — unrelated (0) (縄, 体操); 車いす (kurumaisu) vs 傾聴 — unrelated as concepts (one ask holds both);
  secondary asks: the 老健 day service (tapdance first, rec second) and the daughter whose mother's wheelchair stuck on a
  slope (kurumaisu first, keicho second);
  languages: the Turkish-needing ask grades only Turkish speakers holding turkish (all five); the English TRPG ask grades
  only the two English-speaking TRPG holders; the English story-session ask only the two English-speaking readers.
Words of another skill beside the ask: キャンプ用品, 発酵ワークショップ, 猫 (ジビエ); 囲碁, 薬剤師, 箔アート, 茶道, 将棋, 和菓子
(投扇興); LARP, ロードス島戦記, スヌーズレン, 学習支援 (TRPG); LEGO, お寺の法事, 青年会 (ミニ四駆); スマホ, 表計算, フリーマーケット
(アサギマダラ); サルサ, 介護職, ダンスセラピー, 和太鼓 (タップ); 田植え, 芋掘り, 体操教室 (ダブルダッチ); ヘンプ, 料理,
パズル, 編み物 (マクラメ); キルギス語, カフェ, クルド料理, 書類の代筆 (トルコ語); ウォーキング, ピアノ (傾聴); 自主防災, 蜂 (庭);
折り紙, Doraemon balloons (読み聞かせ); 麻雀講座, 年賀状, 小説 (パソコン); 鬼ごっこ (日本語); 鹿せんべい, 駅弁 (車いす);
相撲, ボール釣り (レク); マジック, エレクトーン, ピアノ調律 (演奏); さんまの三枚おろし, 介護 (料理).

Counts: 84 volunteers (12 speak a language besides Japanese or none: 6 Turkish, 6 English, 1 of them English only),
48 requests (25 residents' own, 2 in English needing English, 1 more needing Turkish, 2 with a secondary ask), 306 graded
pairs (228 of grade 3, 6 of grade 2, 72 of grade 1), 132 source pages, 18 concepts (9 everyday, 9 niche). Fewer than the 100–120 volunteers and 50–56 requests aimed at:
the everyday pages had largely been used by earlier sets (草取り, 料理教室 and 傾聴 kept two or three volunteers each).

usage: python bench/heldout/real29.py          (writes bench/heldout/real29/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real29.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real29_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real29"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real28 is written at the same time as this set
# (a sibling, not an earlier set), so the list stops at real27: earlier_sources(name) lists the sets before `name`,
# and "real28" is the name whose predecessors are real … real27. The two siblings were checked against each other by
# program as far as both were written.
EARLIER_SOURCES = realset.earlier_sources("real28")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real27).
CONCEPTS = {
    "keicho": "傾聴・話し相手 (施設や一人暮らしの高齢者宅を訪ねて話を聴く, 寂しさに寄り添う)",
    "niwa": "草取り・庭の手入れ (高齢者宅や地域花壇の草取り, 庭木の剪定, 空き地の除草)",
    "yomikikase": "絵本の読み聞かせ (学校・図書館・施設での読み聞かせ, 絵本選び; 英語絵本も)",
    "pc": "パソコン(Word・Excel)を教える (シニアのパソコン教室, 名簿や表づくり, 年賀状, 困ったときの相談)",
    "nihongo": "日本語教室 (地域の日本語教室で外国人に日本語を教える, 外国につながる子の学習支援)",
    "kurumaisu": "車いすの介助・外出の付き添い (車いすを押す, 花見や買い物への外出介助, 段差の介助)",
    "rec": "介護施設のレクリエーション (ゲーム・体操・風船バレー・クイズの進行)",
    "ongaku": "楽器演奏・歌の慰問 (施設での演奏会, 懐メロを一緒に歌う, ギター・オカリナ・アコーディオン)",
    "ryori": "料理を教える (男の料理教室, 一人暮らしの高齢者に簡単な料理を教える)",
    "gibier": "ジビエ料理を教える (鹿・猪肉の下処理と調理, 解体, ジビエ料理教室)",
    "macrame": "マクラメを教える (平結び・四つ組編み, タペストリー・プラントハンガー・アクセサリー)",
    "turkish": "トルコ語を教える・トルコ語の通訳 (会話, 入門, 家族のことば; 言語はリクエストの languages が決める)",
    "doubledutch": "ダブルダッチの指導 (2本の縄の回し方と入り方, 学校・児童クラブの体験会, 競技)",
    "asagimadara": "アサギマダラのマーキング調査 (捕まえ方と翅への記入, 観察会の案内, 再捕獲の記録)",
    "tapdance": "タップダンス (施設での披露, 椅子タップ, 大人初心者への指導)",
    "trpg": "TRPG(テーブルトークRPG)の進行 (ゲームマスター, 発達障害のある子の余暇活動, 初心者の卓)",
    "mini4wd": "ミニ四駆の指導 (組み立てと改造, 親子教室, コースとレースの運営)",
    "tosenkyo": "投扇興を教える (扇の投げ方, 銘定と点数, 体験会・サロンでの指導)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways, so the 2s come from
# secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: tapdance–doubledutch, trpg–yomikikase,
# trpg–keicho, turkish–nihongo, asagimadara–niwa, mini4wd–pc, gibier–niwa, macrame–rec, doubledutch–rec,
# kurumaisu–keicho.
RELATED = {
    frozenset(p)
    for p in [
        ("rec", "tosenkyo"),  # 投扇興はサロンや施設のレクとして遊ばれる; レクの人は投扇興の先生の次に当たる
        ("ongaku", "tapdance"),  # どちらも施設の慰問の出し物; タップの人が見つからなければ演奏の人に
        ("ryori", "gibier"),  # 料理を教える人はジビエの先生の次に当たる
    ]
}

VOLUNTEERS = [(f"R29V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R29Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "投扇興 体験 教える 会 高齢者 サロン",
    "ジビエ料理 教室 講師 猟師 鹿肉 さばき方",
    "TRPG 子ども 療育 放課後 ゲームマスター ボランティア",
    "ミニ四駆 教室 子ども 地域 高齢者 デイサービス",
    "マクラメ編み 教室 講師 教えています 作品",
    "トルコ語 教えます 講師 トルコ人 日本在住 教室",
    "ダブルダッチ 教室 子ども 指導 体験会 地域",
    "アサギマダラ マーキング 調査 ボランティア 観察会 フジバカマ",
    "タップダンス ボランティア 施設 慰問 踊る 私",
    "投扇興 教室 体験 指導 会 子ども 伝統",
    "トルコ人 家族 学校 通訳 困っている トルコ語 話せる方 ボランティア",
    "ダブルダッチ 教えてくれる人 娘 縄跳び 練習 児童館 講師 依頼",
    "鹿肉 もらった 調理法 わからない 猟師 おすそ分け 困った",
    "タップダンス 習いたい 大人 初心者 始めた 私 教室",
    "傾聴ボランティア 私 話し相手 高齢者 訪問 活動 感じたこと",
    "庭の草取り 手伝ってほしい 高齢 親 草むしり 庭木 剪定 困っている",
    "草取りボランティア 庭の手入れ 高齢者宅 剪定 活動しています 私",
    "絵本の読み聞かせボランティア 私 小学校 図書館 続けて 子どもたち 反応",
    "パソコンボランティア Word Excel 教える シニア 私 パソコン教室 講師",
    "日本語教室 ボランティア 私 外国人 教えて 地域 学習者 感じた",
    "車いす 介助 ボランティア 外出 散歩 付き添い 私 施設 押して",
    "介護施設 レクリエーション ボランティア 私 ゲーム 体操 利用者さん 盛り上がった",
    "男の料理教室 ボランティア講師 私 高齢者 公民館 教えて 包丁",
    "老人ホーム 慰問 演奏 ボランティア 私 ギター 歌 懐メロ 一緒に歌って",
    "父 パソコン エクセル 教えてほしい 退職後 町内会 名簿 作りたい 誰か",
    "母 車椅子 外出 手伝ってくれる人 桜 見せたい 一人では 押せない",
    "looking for volunteer in Japan English speaking tabletop RPG game master kids or tap dance teacher",
    "一人暮らしの母 話し相手 寂しい 来てくれる人 傾聴 頼みたい 遠方 娘",
    "English storytime volunteers library Japan read picture books in English to children",
    "夫 トルコ人 子ども トルコ語 話せない 教えたい 日本育ち 母語",
    "マクラメ 講師 ボランティア 高齢者 サロン デイサービス 作品づくり 教える",
    "車いす 外出 介助ボランティア 登録 活動報告 美術館 付き添い 大学生",
    "デイサービス 歌謡ショー アコーディオン ボランティア 訪問演奏 ブログ 演奏してきました",
    "シルバー パソコンサロン 講師 ボランティア エクセル 家計簿 年賀状 教えた 記",
    "お助け隊 草刈り 植木 剪定 ボランティア 高齢者世帯 作業報告 町内",
    "妻に先立たれた父 料理ができない 教えてくれる人 一人暮らし 自炊 心配 娘",
    "I read English picture books to kids at a Japanese kindergarten volunteer mom blog",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
