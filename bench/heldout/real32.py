"""A thirty-second held-out set of real public wording, written blind, and like real17 … real31 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: six everyday topics a skills bank sees all the time —
外国につながる子どもの学習支援, サロンの運営, 移動販売・買い物支援, 防災訓練の手伝い, 子育て支援 (ひろば・託児), 施設行事の
手伝い — beside seven niche ones (カリンバ, ユニホック・フロアボール, タンポポ調査, 拓本, ルーマニア語, 石窯ピザ, 昆虫標本):
募集 posts and resident asks in the wording they are published in, and registrant / activity introductions (体験談, 活動
報告, インタビュー, 新聞記事, ブログ) written as a person's bio. Graded for skill fit only (areas and times are not given),
like real2 … real31. No sibling set was written at the same time.

The everyday half takes topics that the concepts.json of real … real31 use least (counted by program over the concept
lists): 外国につながる子どもの学習支援 (real6, real8, real12), サロン・居場所の運営 (real3, real4, real7, real9, real24),
移動販売・買い物支援 (買い物支援 only; 移動販売 as such in no concept), 防災訓練の手伝い (real5, real7, real11, real23),
子育て支援・託児 (real5, real9, real11, real19, real28), 福祉施設の行事の手伝い (real6 only). They are concepts of earlier
sets under keys of this set's own (gaikoku, salon, kaimono, bosai, kosodate, gyoji); only the pages and wording are new.
These topics had been mined hard: of the candidate addresses the search returned for them, 34 were already sources of
earlier sets and were not used, so 子育て支援 keeps one request and サロン, 移動販売 and 外国につながる子ども two each; a
seventh everyday topic was not attempted.
The niche half is new, one topic from each corner asked for except a game (a performing art: カリンバ; a sport: ユニホック・
フロアボール; a nature activity: タンポポ調査 (在来種・外来種の見分け); a traditional practice: 拓本 (and 魚拓); a language:
ルーマニア語; a food: 石窯ピザ; a science hobby: 昆虫標本づくり): none of カリンバ, kalimba, mbira; ユニホック, ユニホッケー,
ユニバーサルホッケー, フロアボール, floorball, unihoc; タンポポ, たんぽぽ, dandelion, 総苞; 拓本, 魚拓, 採拓; ルーマニア,
romanian, romania; 石窯, ピザ窯, ピザ釜; 昆虫標本, 展翅 occurs in the data of real … real31 (bench/heldout/real*/ *.jsonl
and *.json, realN_data.py and real.py … real31.py, docstrings included; checked by program, case-insensitive). Looser
words do occur elsewhere, in other topics: ピザ (real16), 昆虫 and 標本 (nature and museum texts of real14, real15, real19,
real21, real27); ホッケー itself occurs nowhere. Ideas checked and not taken because they occur in earlier data: 花札,
人狼, 数独, 糸かけ, 飾り巻き, 水引, 琵琶, 口笛, ハンドベル, 影絵, ベリーダンス, ちまき, 麹, ステンドグラス, ポーランド語,
スウェーデン語, アイヌ語, ネパール語, タイ語, dutch (ダブルダッチ), 篠笛, 箏, 能面, 茶摘み, 神楽; free but not taken for want of
pages or time: テルミン, 蹴鞠, 貝合わせ, カバディ, セパタクロー, 江戸切子, 螺鈿, こけし, デコパージュ, ナンプレ, ドミノ.
No game topic was taken: the games free of earlier data (ドミノ, カルカソンヌ, ダイヤモンドゲーム) had too few pages.

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES). Every candidate address was
checked by program against the sources of real/ … real31/ (realset.earlier_sources("real32"); normalised: scheme, www.,
trailing dot and slash, port, percent-encoding, case) BEFORE a record was written from it; 34 candidates (all of the
everyday half) proved to be earlier sources and were not used. The whole list was checked again by program at the end (and self_check() checks it
once more, unnormalised). Each text here was rewritten closely from one page: the group's self-introduction before the
ask, who the help is for, what is not needed (英語は必須ではありません, 参加費は無料) and the asides and other activities
people mention. Names, phone numbers and places are rewritten out. Every record names the page it follows
(`sources.json`); no page is used twice. Two pairs of pages come from one site each (floorballguru.com: a coach's
class report as a volunteer, his call for teachers as the English request; kalimbamagic.com: a teacher's classroom
method as a volunteer, his account of a care centre's invitation as the other English request); they are different
pages, so allowed, but noted. Ten asks are a resident's own (a daughter whose parents live far from any shop, three
kalimba beginners, a calligraphy learner and a man who grew up beside a temple for 拓本, two people with Romanian
families, a mother and a parent of a first-grader for insect specimens), composed closely from blog, magazine and news
pages; two asks are in English and need an English speaker (a care centre's kalimba performance; a youth floorball
programme's teachers). The texts are in real32_data.py (pure data). The concept list below is this set's own; its author
did not read `matching/` (code or data, except the areas file, which this set does not use) nor any ranking, and the
matcher was not run on the set. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  サロン (salon) vs 移動販売・買い物支援 (kaimono) — related (1) (社協の居場所と買い物の場, 移動販売がサロン会場に来る);
  防災訓練 (bosai) vs 施設行事 (gyoji) — related (1) (both a day's event work: 受付, 会場設営, 炊き出し・模擬店, 片付け);
  タンポポ調査 (tanpopo) vs 昆虫標本 (konchu) — unrelated (0) (自然観察, 夏休み・子ども, 採集, 封筒・記録);
  拓本 (takuhon) vs 昆虫標本 — unrelated (0) (博物館・資料館, 標本・拓本, 残す・記録);
  石窯ピザ (ishigama) vs 防災訓練 — unrelated (0) (火おこし, かまど・炊き出し, 薪); 石窯 vs 施設行事 — unrelated (0)
  (模擬店, 焼きそば・焼く);
  カリンバ (kalimba) vs 施設行事 / サロン — unrelated (0) (施設で演奏, 夏祭りの太鼓, サロンのピアノ演奏);
  ユニホック (unihoc) vs 子育て支援 (kosodate) / 外国につながる子ども (gaikoku) — unrelated (0) (子ども, 放課後, 居場所);
  ルーマニア語 (romanian) vs 外国につながる子ども — unrelated (0) (外国, 言語, 日本語教師, 留学);
  子育て支援 vs 外国につながる子ども — unrelated (0) (子ども, 見守り, 居場所);
  secondary asks: the 社協's 移動販売 at サロン会場 (kaimono first, salon second);
  languages: the English kalimba ask grades only the three English-speaking kalimba holders; the English floorball ask
  only the three English-speaking floorball coaches.
Words of another skill beside the ask: カリンバ, サックス (a 防災講座 lecturer: bosai only); ボランティアグループ「たんぽぽ」,
焼きそば (施設行事); 運転ボランティア (カリンバ); 塩ビ管, アイスホッケー (ユニホック); 博物館, 書道 (拓本); マラソン, 英語
(ルーマニア語); 里山, 左官 (石窯); セミの抜け殻, 博物館 (昆虫標本); 脳トレ (サロン); ネットスーパー (買い物).

Counts: 62 volunteers (10 speak a language besides Japanese or none: 4 Romanian (1 native), 2 of them also English; 6
English only or with German or Chinese), 34 requests (10 residents' own, 2 in English needing English, 1 with a
secondary ask), 203 graded pairs (167 of grade 3, 3 of grade 2, 33 of grade 1), 96 source pages, 13 concepts (6
everyday, 7 niche). Fewer than the 36–44 requests aimed at, for the reason above (the
everyday pages had been used by earlier sets).

usage: python bench/heldout/real32.py          (writes bench/heldout/real32/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real32.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real32_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real32"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here (real … real31).
EARLIER_SOURCES = realset.earlier_sources("real32")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first six are the
# everyday half (kinds of topic earlier sets also have), the last seven the niche half (new to real … real31).
CONCEPTS = {
    "gaikoku": "外国につながる子どもの学習支援 (宿題・教科・日本語を一緒に, 受験の相談, 学校での個別支援)",
    "salon": "サロン・居場所の運営 (お茶出し, 受付, 会場の準備, 声かけ, 企画, お店番)",
    "kaimono": "移動販売・買い物支援 (移動販売の手伝い, 買い物の付き添い・代行, 見守りを兼ねた巡回)",
    "bosai": "防災訓練の手伝い (避難所運営訓練, 災害ボランティアセンター設置訓練の受付・運営, 炊き出し訓練)",
    "kosodate": "子育て支援 (子育てひろばでの見守り, 講座中の託児・一時保育, ファミリーサポート)",
    "gyoji": "福祉施設の行事の手伝い (夏祭りの設営・模擬店・ゲーム, 利用者の付き添い, 片付け)",
    "kalimba": "カリンバを教える・演奏する (持ち方, 音の並び, カリンバ用の楽譜, 講座・教室, 施設での演奏)",
    "unihoc": "ユニホック・フロアボールの指導 (スティックの持ち方, パス・シュート, ミニゲームの進行)",
    "tanpopo": "タンポポ調査の案内 (在来種と外来種の見分け, 総苞外片, 調査用紙と花の採集, 調査説明会)",
    "takuhon": "拓本(魚拓)のとり方を教える (湿拓・乾拓, 画仙紙, タンポと墨, 石碑・瓦・土器片)",
    "romanian": "ルーマニア語を教える・ルーマニア語の手助け (会話, 発音, 文法; 言語はリクエストの languages が決める)",
    "ishigama": "石窯(ピザ窯)づくりとピザ焼きを教える (窯の築造, 薪の火入れ, 生地づくり, 焼き方)",
    "konchu": "昆虫標本づくりを教える (展翅・展足, 昆虫針, 採集の記録とラベル, 夏休みの教室)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): none here, so the 2s come from a secondary ask.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: tanpopo–konchu, takuhon–konchu,
# ishigama–bosai, ishigama–gyoji, kalimba–gyoji, kalimba–salon, unihoc–kosodate, unihoc–gaikoku, romanian–gaikoku,
# kosodate–gaikoku.
RELATED = {
    frozenset(p)
    for p in [
        (
            "salon",
            "kaimono",
        ),  # 社協の居場所と買い物の場; 移動販売がサロン会場に来る, 買い物ツアーのおしゃべり
        ("bosai", "gyoji"),  # どちらも一日の行事の運営: 受付, 会場設営, 炊き出し・模擬店, 片付け
    ]
}

VOLUNTEERS = [(f"R32V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R32Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "カリンバ 演奏 ボランティア 施設 教室 講師",
    "カリンバ 習いたい 始めたい 弾き方 初心者 教えて",
    "kalimba workshop teach beginners care home volunteer I play kalimba",
    "ユニホック フロアボール 指導 子ども 体験会 教える",
    "ユニホック 地域 クラブ 指導 ボランティア 小学生 練習 私",
    "floorball volunteer coach kids club I started coaching",
    "my first season volunteering floorball coach school club kids learned",
    "タンポポ調査 在来種 外来種 観察会 子ども 案内",
    "タンポポ調査 参加 私 見分け方 総苞 観察 散歩 ブログ",
    "拓本 魚拓 体験 教える 講座 取り方",
    "ルーマニア語 教えて 勉強 講師 ルーマニア人",
    "ルーマニア人の夫 義母 ルーマニア語 話せるようになりたい 勉強中",
    "ルーマニア出身 日本在住 ルーマニア語 教室 教えています 自己紹介",
    "石窯 ピザ 焼き方 教える 地域 手作り 窯 ボランティア イベント",
    "昆虫標本 作り方 教室 講師 夏休み 子ども 指導",
    "外国につながる子ども 学習支援 ボランティア 私 宿題 日本語 教室 感想",
    "外国ルーツの子ども 学習支援教室 ボランティア募集 小中学生 宿題 教科",
    "外国人の子ども 勉強を見てくれる ボランティアさん 募集しています 教室 中学生 高校受験",
    "ふれあいいきいきサロン 運営 ボランティア お茶出し 世話人 私",
    "サロン 世話役 ボランティア 手伝ってくれる人 募集 集会所 茶話会 担い手不足",
    "移動販売 買い物支援 ボランティア 高齢者 買い物弱者 付き添い 手伝い",
    "買い物 付き添い ボランティア 始めました 一人暮らし 高齢者 スーパー 荷物 私",
    "移動販売車 来る日 見守り 声かけ ボランティア 商品 運ぶ 高齢者 集落",
    "免許返納 買い物に行けない 母 重い荷物 付き添ってくれる人 困っています",
    "防災訓練 手伝い ボランティア 避難所運営 炊き出し 地域 参加 私 防災士",
    "防災訓練 運営 ボランティア 募集 受付 会場設営 誘導 市民 お手伝い",
    "子育てひろば ボランティア 託児 親子 見守り 私 活動 乳幼児",
    "託児ボランティア 講座の間 子どもを預かる 登録 私 やってみて 子育て支援",
    "子育て支援センター ボランティア募集 親子ひろば 絵本 遊び 見守り 子育て経験 不問",
    "特養 夏祭り ボランティア 募集 行事 手伝い 模擬店 車いす 誘導",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
