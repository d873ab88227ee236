"""A thirty-fifth held-out set of real public wording, written blind, and like real17 … real34 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: six everyday topics a skills bank sees all the time —
施設・病院の食事の手伝い(配膳・食事介助), 視覚障害者の伴走, バザーの準備と販売, 献血の呼びかけ, 旅行・外出行事の付き添い介助,
文字起こし・字幕づくり — beside eight niche ones (活弁(活動弁士), なぎなた, ギフチョウの保護と観察会, つる細工(アケビ・葛の
つるかご), エストニア語, 干し芋づくり, 霧箱, ブロックス): 募集 posts and resident asks in the wording they are published in,
and registrant / activity introductions (体験談, 活動報告, インタビュー, 広報紙・新聞記事, ブログ) written as a person's bio.
Graded for skill fit only (areas and times are not given), like real2 … real34. No sibling set was written at the same
time.

The everyday half takes topics that the earlier sets use least (counted by program over the concept descriptions of
real/ … real34/concepts.json and the docstrings of real.py … real34.py; real34's six — 切手整理, 会食会, 雪かき, プール介助,
緩和ケア, 市民後見人 — and real33's six left aside): 食事介助 (no concept; the word only inside texts of real8 and real29;
配膳 appears in cooking concepts, not as help at a facility's table), 伴走 (no concept; inside texts of real10, real12,
real23), バザー (no concept; one docstring mention in real34, as a distractor word), 献血 (real8's concept only; docstring
mentions in real8, real16, real17), 旅行・バスハイクの付き添い (no concept; 外出の付き添い as such is common, but 日帰り旅行 /
バスハイク / 一泊旅行 never a concept), 文字起こし (in no earlier file at all; 字幕 only inside texts of real7, real9, real11,
real16). They get keys of this set's own (shokuji, bansou, bazaar, kenketsu, ryokou, mojiokoshi); only the pages and
wording are new. Tried for the everyday half and not taken: 施設の入浴後の整髪 (no pages), 交通安全の旗振り (a 見守り
variant, real14 and real30), 車いすの清掃 (real5, real7).
The niche half is new, one topic from each corner asked for (a performing art: 活弁; a sport: なぎなた; a nature activity:
ギフチョウの保護と観察会; a traditional craft: つる細工; a language: エストニア語; a food: 干し芋; a science/making hobby: 霧箱;
a game: ブロックス): none of 活弁, 活動弁士, 弁士, 無声映画, サイレント映画, silent film, benshi, katsuben; なぎなた, 薙刀, 長刀,
naginata; ギフチョウ, 岐阜蝶, カンアオイ, ヒメカンアオイ, ミヤコアオイ, luehdorfia, gifu butterfly; つるかご, ツルカゴ, アケビ,
あけび, 蔓細工, つる細工, カズラ, かずら, マタタビ, 山葡萄, 山ぶどう, ヤマブドウ, vine; エストニア, エストニア語, estonia,
estonian, eesti, タリン, tallinn; 干し芋, 干しいも, ほしいも, 干芋, 乾燥芋, 蒸切干, dried sweet potato, sweet potato; 霧箱,
cloud chamber, 放射線の飛跡, ラドン; ブロックス, blokus occurs in the data of real … real34 (bench/heldout/real*/*.jsonl and
*.json, realN_data.py and real.py … real34.py, docstrings included; checked by program, case-insensitive). Looser words do
occur elsewhere, in other topics: 蔓 (real33, weeds tangled in 茅), クズ and 葛 (real19 and real31 as a plant, real27,
real31 and real34 inside other words), 籠・かご (earlier craft texts), 放射線 (real5, real9), 霧 (several), 字幕 (see above),
くるみ (real2). Ideas checked and not taken because they occur in earlier data: 竹垣 (real6, one volunteer's 竹垣づくり;
this set first took 竹垣 and its pages — 四つ目垣, 建仁寺垣 are free — and dropped it on that hit), 箒・ほうき (箒 in real30),
蒔絵 (free itself, but 漆 in real17, real24, real29 …), 一刀彫 (free itself, but 木彫り in real19), 籐 (real20), 羽子板, 押絵,
折形, 根付, 螺鈿, 彫金, 友禅, 組子, 寄木, 切子, 桶, 提灯, 紙漉き, 畳, 刺繍, 曲げわっぱ, 風鈴, 鍛冶 (real34's free list);
安来節・どじょうすくい (real11, real33), テルミン, ハンドベル, トーンチャイム, 謡曲, 能楽, 仕舞, バグパイプ, 口笛, 皿回し,
オカリナ, 影絵, 雅楽, ベリーダンス, フラメンコ, 胡弓, 口琴; カバディ, ローンボウルズ, スラックライン, 一輪車, 綱引き,
ゲートボール, ピックルボール (pickleball in real26), パークゴルフ, ディスクゴルフ, 輪投げ, 弓道, 居合; ビーチコーミング,
漂着物, サンショウウオ, カエル, 鉱物, 貝殻, 野鳥, カタツムリ, セミ, ザリガニ, メダカ, カブトムシ, 山菜, 野草, ハクチョウ
(白鳥 in real30), タカの渡り (鷹); ウェールズ語, ヘブライ語, カタルーニャ語 (real34), アイヌ語 (real25, real32), リトアニア語
(real33), ラテン語 (latin in real15), ジョージア語 (ジョージア in real27); 納豆, ぬか漬け, ベーグル, ザワークラウト, 飾り巻き
寿司, 柚子, おやき, たくあん; ホバークラフト, からくり, 電子工作, 結晶; カロム, マンカラ, ダイヤモンドゲーム, めんこ,
おはじき, ベーゴマ, ナンジャモンジャ, カルカソンヌ. Free but not taken: アルプホルン, 都々逸, かっぽれ, ラクロス, クロッケー,
バウンドテニス, ドングリ, 杉玉, 真田紐, 印伝, バスク語, スロベニア語, マオリ語, チベット語, 切り干し大根,
凍み餅, きりたんぽ, 寒天, 分光器, スライム, 人工イクラ, クロキノール, ドブル, ガイスター.

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES). Every candidate address was
checked by program against the sources of real/ … real34/ (realset.earlier_sources("real35"); normalised: scheme, www.,
trailing dot and slash, port, percent-encoding, case) before a record was written from it; 1 candidate (a blood centre's
学生献血推進ボランティア call, a real8 source) proved to be an earlier source and was replaced. The whole list was checked
again by program at the end (and self_check() checks it once more, unnormalised). Each text here was rewritten closely from
one page: the group's self-introduction before the ask, who the help is for, what is not needed or not done (配膳、下膳の
お手伝いならできる, 初心者でも気兼ねなく, 経験の有無は問いません, no experience needed, even if you have only an hour, 有償
ボランティア, 無償で活動します) and the asides and other activities people mention. Names, phone numbers and places are
rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Some services give two
different pages: a care-helper matching service (a report on sketter.jp and one on its note.com account, two different
people) and eiljapan.org (one exchange student's report as a volunteer, another student's report as her ask before
departure). They are different pages, so allowed, but noted. Twelve asks are a resident's own (a low-vision walker who
wants to run again, a blind runner looking for guides, a ZINE maker with interview tapes, a parent of a five-year-old who
swings sticks, a parent of insect-loving boys, a couple starting a basket club, an exchange student and a traveller
wanting Estonian, two would-be 干し芋 makers, a parent with a free-research project, a parent whose child only plays phone
games), composed closely from blog pages; three asks
are in English and need an English speaker (a hospital trust's Meal Mates; a blind runner's call for guides; a church's
rummage sale). The texts are in real35_data.py (pure data). The concept list below is this set's own; its author did not
read `matching/` (code or data) nor any ranking, and the matcher was not run on the set. Grades follow from the hand-set
concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  伴走 (bansou) vs 旅行・外出行事の付き添い (ryokou) — related (1) (視覚障害・車いすの方と外に出る同行: 手引き・声かけ vs
  観光・入浴の介助; a coordinator would try one for the other second), and the marathon ask that also wants runners met at
  the station and accompanied names ryokou as its secondary ask (2);
  旅行 (ryokou) vs 食事の手伝い (shokuji) — unrelated (0) (施設・介助・食事の時間), but the 重症心身障害児 family trip that also
  wants help at meals names shokuji as its secondary ask (2);
  活弁 (katsuben) vs 文字起こし・字幕 (mojiokoshi) — unrelated (0) (字幕, 語り・声, 映像に言葉をつける);
  干し芋 (hoshiimo) vs 食事の手伝い (shokuji) — unrelated (0) (食べ物, 高齢者施設のおやつ);
  ギフチョウ (gifuchou) vs 霧箱 (kiribako) — unrelated (0) (子ども向けの観察会・自由研究);
  つる細工 (tsurukago) vs ギフチョウ — unrelated (0) (里山の手入れ, 山で採る); バザー (bazaar) vs 献血 (kenketsu) —
  unrelated (0) (社協・赤十字の行事, 街頭・会場での呼びかけ); なぎなた (naginata) vs 伴走 — unrelated (0) (スポーツ, 大会);
  ブロックス (blokus) vs 食事の手伝い — unrelated (0) (高齢者施設・デイサービスのレク); エストニア語 (estonian) vs 文字起こし
  — unrelated (0) (言葉, 聞き取り);
  languages: the English Meal Mates ask grades only the three English-speaking mealtime volunteers; the English guide-runner
  ask only the three English-speaking guide runners; the English rummage ask only the three English-speaking rummage
  volunteers. The Estonian asks are in Japanese (languages []); the five Estonian holders speak ja and et (one et, en, ja).
Words of another skill beside the ask: 家族の介護, 日本人会, 青少年赤十字, 歌, aspiring medical student, day centres (食事);
ブラインドさんとの水泳, 社会保険労務士, 福祉と防災, 同行援護のガイドヘルパー, mental health champion, columnist (伴走);
エコ・クラブ, 民生委員, チューリップの球根, 押し花しおり, 企業OB会, garage sales, quilting, Rotary (バザー); ライオンズクラブ,
着ぐるみ, 青年赤十字奉仕団, ボランティアサークル (献血); 入浴介助, 福祉車両, 服薬の声かけ, 介護家族 (旅行); 洋裁, 読書, 地理,
編み物, 音声読み上げ, ライター (文字起こし); 高齢者大学, 長寿を祝う会, 船旅, 公民館の主事, アニメ制作 (活弁); リズムなぎなた,
ねんりんピック, 日本語教育のアシスタント, 子育て (なぎなた); エッセイ, スケッチ, 着物, 山野草, 教材ビデオ, 自然体験教育
(ギフチョウ); 葛の和菓子店, こけし・木地玩具, カルチャーセンター, 森林組合, 山菜採り (つる細工); 空手, 籠編み教室, 日本舞踊,
日本語ボランティア, サウナ, バルト三国の旅 (エストニア語 — the 籠編み教室 of an Estonian learner of Japanese is a look-alike
of つる細工, unlabelled); 家庭菜園, 畑仕事, 移住, DIY・庭づくり (干し芋); 理科の教室, 放射線の学習, 学会支部, 研究機関の
アウトリーチ (霧箱); 認知症予防, テトリス, IT, ボードゲーム愛好家 (ブロックス).

Counts: 84 volunteers (14 speak a language besides Japanese or none: 9 English only; 5 Estonian speakers), 44 requests
(12 residents' own, 3 in English needing English, 2 with a secondary ask), 305 graded pairs (251 of grade 3, 12 of grade
2, 42 of grade 1), 128 source pages, 14 concepts (6 everyday, 8 niche).

usage: python bench/heldout/real35.py          (writes bench/heldout/real35/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real35.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real35_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real35"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here (real … real34).
EARLIER_SOURCES = realset.earlier_sources("real35")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first six are the
# everyday half (kinds of topic earlier sets also have), the last eight the niche half (new to real … real34).
CONCEPTS = {
    "shokuji": "施設・病院の食事の手伝い (配膳・下膳, 食事介助, 食事中の声かけと見守り, お茶出し; mealtime assistance)",
    "bansou": "視覚障害者の伴走・伴歩 (ロープを握って一緒に走る, 路面や曲がり角の声かけ, マラソン大会の伴走; guide running)",
    "bazaar": "バザーの準備と販売 (寄付品の仕分け・値付け, 当日の売り場とレジ, 福祉バザー・チャリティー; rummage sale)",
    "kenketsu": "献血の呼びかけ (街頭・献血バスでの声かけ, 会場での案内と飲み物, 献血キャンペーン・セミナー)",
    "ryokou": "障害のある方・高齢者の旅行・外出行事の付き添い介助 (日帰りバスハイク, 一泊旅行, 観光地での車いす介助, 入浴の手伝い, 駅での出迎えと同行)",
    "mojiokoshi": "文字起こし・字幕づくり (録音や動画の音声を文字にする, 講演・インタビューの起こし, 聴覚障害者向け字幕, 校正)",
    "katsuben": "活弁・活動弁士 (無声映画に語りとセリフをつける上演, 上映会, 活弁の体験指導)",
    "naginata": "なぎなたを教える (基本動作, しかけ応じ・形の演技, 防具をつけた稽古, 子ども・初心者の指導)",
    "gifuchou": "ギフチョウの保護と観察会の案内 (食草カンアオイの植え付け・調査, 卵と幼虫の調査, 生息地の下草刈り, 観察会のガイド)",
    "tsurukago": "つる細工を教える (アケビ・葛・藤・山ぶどうのつるの採取と下ごしらえ, つるかご・リース編み)",
    "estonian": "エストニア語を教える・エストニア語の手助け (挨拶と会話, 発音, 格変化と文法, 教材選び)",
    "hoshiimo": "干し芋づくりを教える (さつまいもを蒸す・皮むき・スライス・天日干し, カビを防ぐコツ, 品種選び)",
    "kiribako": "霧箱の実験を教える (ドライアイスとエタノールの霧箱づくり, 放射線の飛跡の観察, 出前授業・実験教室)",
    "blokus": "ブロックスを教える・遊ぶ会の進行 (角でつなぐ陣取りパズルゲーム, ルール説明, 高齢者や子どもとの対戦)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): none here, so the 2s come from secondary asks.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: ryokou–shokuji, katsuben–mojiokoshi,
# hoshiimo–shokuji, gifuchou–kiribako, tsurukago–gifuchou, bazaar–kenketsu, naginata–bansou, blokus–shokuji,
# estonian–mojiokoshi.
RELATED = {
    frozenset(p)
    for p in [
        # 視覚障害・車いすの方と外に出る同行: 伴走の手引き・声かけ vs 旅行・外出行事の付き添い
        ("bansou", "ryokou"),
    ]
}

VOLUNTEERS = [(f"R35V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R35Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "食事介助 ボランティア 募集 特別養護老人ホーム 配膳 昼食",
    "視覚障害者 伴走 ボランティア 募集 ランニング 伴走者",
    "霧箱 実験教室 放射線 子ども 講師 ボランティア",
    "デイサービス 昼食 配膳 下膳 お手伝い ボランティア 食事の見守り 募集",
    "食事介助ボランティア 私 施設 スプーン 利用者さん 食べてくれた 体験",
    "hospital mealtime volunteer help patients eat and drink volunteers needed",
    "I volunteer as a mealtime assistant on the ward feeding patients my experience",
    "視覚障害 走りたい 伴走してくれる人 探しています ジョギング 一人では走れない ブログ",
    "guide runner volunteers needed visually impaired runners sighted guide tether training",
    "my experience as a sighted guide runner for a blind runner tether marathon",
    "伴走ボランティア 始めて 私 ブラインドランナー ロープ 声かけ 市民ランナー フルマラソン",
    "福祉バザー ボランティア 募集 品物の仕分け 値付け 販売 社会福祉協議会",
    "チャリティーバザー 手伝い 私 値札付け 売り子 寄付された品物 ボランティア 参加しました",
    "rummage sale volunteers needed sorting pricing donations church annual sale",
    "I have volunteered at the rummage sale for years sorting and pricing donated items",
    "献血推進 ボランティア 呼びかけ 献血会場 受付 募集 学生献血推進",
    "献血の呼びかけ ボランティア 私 街頭 プラカード 献血ルーム 協力 お願いします 活動",
    "障害者 日帰り旅行 バス旅行 介助ボランティア 募集 車いす 付き添い 社会福祉協議会",
    "文字起こし ボランティア 募集 録音 テープ起こし 聴覚障害 字幕 作成",
    "文字起こしボランティア 参加 私 インタビュー音声 講演録 記録 活動 字幕ボランティア",
    "活弁 活動弁士 無声映画 上映会 公民館 語り 弁士",
    "ギフチョウ 保護 観察会 カンアオイ ボランティア 里山",
    "ブロックス ボードゲーム 高齢者 脳トレ デイサービス 子ども 遊び方",
    "なぎなた 教室 指導 子ども 会員募集 初心者 体験 なぎなた連盟",
    "エストニア語 独学 勉強 教材 難しい 格変化 始めました",
    "干し芋 作り方 手作り 失敗 カビ 干しいも 家で 初めて",
    "竹垣づくり 講習会 四つ目垣 建仁寺垣 シュロ縄 ボランティア 庭園",
    "霧箱 作ってみた 自由研究 ドライアイス エタノール 放射線が見えた 子どもと",
    "ギフチョウ 食草 ヒメカンアオイ 保全活動 会員 下草刈り 卵 産卵調査 私",
    "活弁士 になった きっかけ 私 無声映画 ボランティア 施設 慰問 活弁 披露",
    "エストニア語 話せる 通訳 エストニア 留学 住んでいた 日本語 教えている",
    "ふれあいの旅 介助ボランティア 参加 私 車いす 温泉 障害のある方 一泊旅行 感想",
    "ギフチョウ 見に行きたい 子ども 観察会 案内してくれる人 春の女神 どこで見られる",
    "なぎなた 始めて 何年 私 稽古 指導 子どもたちに 教える 段 演技",
    "干し芋づくり 体験 講師 地域 農家 教えます 子ども ワークショップ 干しいも 蒸す",
    "あけび 蔓細工 つる かご 編み 教室 講師 山でつるを採る 伝統工芸",
    "アケビのつるで かご作り 私 趣味 始めた 編んだ 手提げ 公民館",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
