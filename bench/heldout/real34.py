"""A thirty-fourth held-out set of real public wording, written blind, and like real17 … real33 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: six everyday topics a skills bank sees all the time —
使用済み切手の整理, ふれあい会食会の調理, 雪かき・除雪, 障害児・者のプール介助, 緩和ケア病棟のボランティア, 市民後見人 — beside
eight niche ones (人形浄瑠璃, ブラインドサッカー, ウミホタルの観察会, 空石積み, アイスランド語, らっきょう漬け, シャボン玉,
スクラブル): 募集 posts and resident asks in the wording they are published in, and registrant / activity introductions
(体験談, 活動報告, インタビュー, 広報紙・新聞記事, ブログ) written as a person's bio. Graded for skill fit only (areas and times
are not given), like real2 … real33. No sibling set was written at the same time.

The everyday half takes topics that the earlier sets use least (counted by program over the concept descriptions of
real/ … real33/concepts.json and the docstrings of real.py … real33.py; real33's six — 認知症カフェ, 福祉体験学習, 街頭募金,
代読・代筆, 聞き書き, 防犯パトロール — left aside): 使用済み切手の整理 (only as "切手整理" inside real3's 軽作業 concept),
ふれあい会食会 (no concept; "会食" only inside other texts), 雪かき (real13's concept, and 除雪 inside real19's 軽作業),
プール・水泳の介助 (only "プール" inside real4's 障害児の余暇支援), 緩和ケア病棟 (no concept; one docstring mention in real5),
市民後見人 (real15 only). They get keys of this set's own (kitte, kaishoku, yuki, pool, kanwa, kouken); only the pages and
wording are new. Two more least-used topics were tried and dropped: 施設の洗濯物たたみ・シーツ交換 (real7 only) — five of
its first candidates were real7 sources and too few fresh asks were left — and 日常生活自立支援事業の生活支援員 (real15 only),
for want of pages (it survives inside the 市民後見人 asks, as the step before 選任).
The niche half is new, one topic from each corner asked for (a performing art: 人形浄瑠璃; a sport: ブラインドサッカー; a
nature activity: ウミホタルの観察会; a traditional craft: 空石積み(石積みの修復); a language: アイスランド語; a food:
らっきょう漬け; a science/making hobby: シャボン玉(巨大シャボン玉と液の科学); a game: スクラブル): none of 人形浄瑠璃, 浄瑠璃,
文楽, 義太夫, 文弥, 人形芝居, 人形遣い, 木偶, bunraku, joruri; ブラインドサッカー, ブラサカ, ブラインドフットボール, blind
football, blind soccer; ウミホタル, 海ホタル, 海ほたる, 夜光虫, ヤコウチュウ, umihotaru, sea firefly; 石積, 空石積, 野面, 石工,
ぐり石, dry stone, stone wall, walling; アイスランド, アイスランド語, iceland, icelandic, íslensk, islensk, レイキャビク, reykjav;
らっきょう, ラッキョウ, ラッキョ, 辣韮, rakkyo; シャボン, シャボン玉, しゃぼん, シャボン液, bubble, 界面活性剤; スクラブル,
scrabble, ワードゲーム, word game, クロスワード occurs in the data of real … real33 (bench/heldout/real*/*.jsonl and *.json,
realN_data.py and real.py … real33.py, docstrings included; checked by program, case-insensitive). Looser words do occur
elsewhere, in other topics: 石垣 (real28, lichens on a shrine's stone wall; the texts here say 石積み throughout), 三味線 and
人形劇 (earlier 慰問 and 人形劇 texts), アイマスク (real12, real16, real33), ホタル (real14), 梅干し・漬物 (earlier food texts),
ノルウェー語 and デンマーク語 (real18, real33), オセロ and 麻雀 (earlier game texts). Ideas checked and not taken because they
occur in earlier data: 南京玉すだれ, 銭太鼓, 琵琶, 獅子舞, 神楽, 浪曲, アカペラ, 剣舞, 篠笛, カホン; セパタクロー, フライング
ディスク, ソフトバレー, シッティングバレー; キノコ, 干潟, 海藻, 水生生物, トンボ, ムササビ, ヤモリ; 水引, つまみ細工, 手まり,
張り子, 組紐, こけし, 江戸切子, ちりめん, 墨流し, 左官, つるし雛; ウクライナ語, ポーランド語, チェコ語, スウェーデン語,
ペルシャ語, モンゴル語, ハワイ語, ネパール語; 豆腐, 甘酒, 麹, ちまき, キムチ, 餃子, 燻製; 万華鏡, 紙飛行機, ドローン,
鉄道模型; 花札, オセロ, 連珠, ドミノ, 数独, 人狼, すごろく. Free but not taken: ボイスパーカッション, ローンボウルズ,
スナッグゴルフ, サンショウウオ, スノーシュー, コウモリ (the English "bats" occurs in real33), 曲げわっぱ, 風鈴, 鍛冶, 和傘 (its
repair is near real24's 傘の修理), ヘブライ語, カタルーニャ語, ウェールズ語, ザワークラウト, ベーグル, ホバークラフト, ジオラマ,
チェッカー, タングラム.

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES). Every candidate address was
checked by program against the sources of real/ … real33/ (realset.earlier_sources("real34"); normalised: scheme, www.,
trailing dot and slash, port, percent-encoding, case) before a record was written from it; 16 candidates (all of the
everyday half: 会食会 5, 洗濯物たたみ・シーツ交換 5, 雪かき 5, 切手整理 1, and none of the niche half) proved to be earlier
sources and were not used. The whole list was checked again by program at the end (and self_check() checks it once more,
unnormalised). Each text here was rewritten closely from one page: the group's self-introduction before the ask, who the
help is for, what is not needed or not done (未経験の方も大歓迎, 特別な資格は不要, 屋根の雪下ろしは行いません, 年齢・性別・
障害の有無は問いません, 初心者でもできる作業です, all ability levels welcome) and the asides and other activities people mention.
Names, phone numbers and places are rewritten out. Every record names the page it follows (`sources.json`); no page is
used twice. Some sites give two different pages: pool-npo.or.jp (the volunteer call, a request, and a volunteer's interview)
and mykoho.jp (three cities' 市民後見人 portraits); one hospital's 緩和ケア病棟 also appears twice, as a request on
t-heiwa.com and a volunteer's note on eggblog.t-heiwa.com. They are different pages, so allowed, but noted. Thirteen asks are a
resident's own (an old woman living alone after a snowstorm, two mothers of disabled children who love the pool, a parent
who wants to catch ウミホタル with the children, three Icelandic learners, three first-time or returning らっきょう picklers, a
parent who wants giant bubbles, two Scrabble beginners), composed closely from blog pages; three asks are in English and
need an English speaker (a city's Snow Angels snow-clearing call; a canal trust's dry stone walling days; a library's new
drop-in Scrabble club). The texts are in real34_data.py (pure data). The concept list below is this set's own; its
author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set. Grades follow from
the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  プール介助 (pool) vs ブラインドサッカー (blindsoccer) — related (1) (障害者スポーツを支えるボランティア: 水の中の付き添い vs
  ガイド・大会運営; a coordinator would try one for the other second);
  緩和ケア病棟 (kanwa) vs 会食会 (kaishoku) — unrelated (0) (お茶を出す, 季節の食事, 高齢の方と話す), but the hospice ask that
  plans monthly お食事会 and おやつ作り with the nurses names kaishoku as its secondary ask (2);
  雪かき (yuki) vs 石積み (ishizumi) — unrelated (0) (棚田, スコップ, 外の力仕事, 集落の保全), but the 棚田の雪庇落とし ask, done
  so that the snow does not push the 石積み down, names ishizumi as its secondary ask (2);
  ウミホタル (umihotaru) vs シャボン玉 (bubble) — unrelated (0) (子ども向けの夏の科学体験, ペットボトルの仕掛け vs 液の配合);
  切手整理 (kitte) vs 会食会 — unrelated (0) (社協・地区社協, 高齢者のサロン); 市民後見人 (kouken) vs 雪かき / 会食会 / 緩和ケア —
  unrelated (0) (一人暮らしの高齢者, 訪問, 寄り添い); らっきょう漬け (rakkyo) vs 会食会 — unrelated (0) (台所仕事, 地域の料理);
  スクラブル (scrabble) vs アイスランド語 (icelandic) — unrelated (0) (単語, 辞書, 語学); 人形浄瑠璃 (joruri) vs 緩和ケア —
  unrelated (0) (施設での慰問・演奏); プール vs 雪かき — unrelated (0) (障害のある方の暮らしを支える);
  languages: the English snow ask grades only the three English-speaking snow shovellers; the English walling ask only the
  three English-speaking wallers; the English Scrabble ask only the three English-speaking Scrabble players. The
  Icelandic asks are in Japanese (languages []); the four Icelandic holders speak ja and is.
Words of another skill beside the ask: 園芸ボランティア, 書き損じはがき (切手整理); 健康麻雀, バザー, 民生委員, 配食, 脳トレ,
二胡の演奏 (会食会); 展望台・カーブミラーの清掃, かんじき, 屋根の雪下ろし (雪かき); シッティングバレーボール, スキューバダイビング,
水上安全法, 着替え (プール); ピアノ・ハープの演奏, ハンドマッサージ, リフレクソロジー, 車いすの整備, 園芸 (緩和ケア); 手話サークル,
生活支援員 (市民後見人); 三味線, 木偶づくり, 鬼太鼓 (人形浄瑠璃); ウォーキングフットボール, デフサッカー, スプリント (ブラインド
サッカー); アマモ, 橋のライトアップ (ウミホタル); ブルーベリー畑, 自然栽培, イノシシ (石積み); ノルウェー語, ドイツ語, 化学論文
(アイスランド語); 梅干し, 梅酒, 水耕栽培, 助産師 (らっきょう漬け); 保育, 洗濯のり (シャボン玉); オセロ, 麻雀, TOEIC, 市議会議員
(スクラブル).

Counts: 78 volunteers (13 speak a language besides Japanese or none: 9 English only; 4 Icelandic speakers), 43 requests
(13 residents' own, 3 in English needing English, 2 with a secondary ask), 274 graded pairs (229 of grade 3, 12 of grade
2, 33 of grade 1), 121 source pages, 14 concepts (6 everyday, 8 niche).

usage: python bench/heldout/real34.py          (writes bench/heldout/real34/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real34.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real34_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real34"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here (real … real33).
EARLIER_SOURCES = realset.earlier_sources("real34")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first six are the
# everyday half (kinds of topic earlier sets also have), the last eight the niche half (new to real … real33).
CONCEPTS = {
    "kitte": "使用済み切手の整理 (切手の周りを切りそろえる, 水につけてはがす・乾かす, 金種・国別の仕分け, 収集ボランティア)",
    "kaishoku": "高齢者の会食会・食事会の調理と配膳 (ふれあい会食会, 一人暮らし高齢者の昼食会, 献立・買い出し・盛り付け・お茶出し)",
    "yuki": "雪かき・除雪ボランティア (玄関から道路までの通路, 窓や排気口まわり, 高齢者・障害者の世帯; 屋根の雪下ろしはしない)",
    "pool": "障害児・者の水泳とプールの介助 (マンツーマンの水泳指導, 水中での付き添い, 着替えの手伝い, 障害児の水泳教室)",
    "kanwa": "緩和ケア病棟・ホスピスのボランティア (ティーサービス, 季節の行事, 花の手入れ・飾り付け, 患者と家族のそばで過ごす)",
    "kouken": "市民後見人・法人後見支援員 (判断能力が十分でない方の身上保護と財産管理, 定期的な訪問, 家庭裁判所への報告)",
    "joruri": "人形浄瑠璃を演じる・教える (人形遣い(主遣い・左遣い・足遣い), 太夫の語り, 三味線, 保存会の公演, 子どもへの指導)",
    "blindsoccer": "ブラインドサッカーの支援 (ガイド, 晴眼者のゴールキーパー, 大会運営, 体験会, 練習のサポート)",
    "umihotaru": "ウミホタルの観察会の案内 (採集装置の作り方と仕掛け方, 発光の仕組みの解説, 夜の海岸での安全管理)",
    "ishizumi": "空石積み・石積みの修復 (棚田や段々畑の崩れた石積みの積み直し, 石運び, ぐり石詰め; dry stone walling)",
    "icelandic": "アイスランド語を教える・アイスランド語の手助け (発音, 文法と活用, 会話, 教材選び)",
    "rakkyo": "らっきょう漬けを教える (泥付きらっきょうの下処理, 塩漬け・塩抜き, 甘酢漬け, 瓶の消毒, 保存)",
    "bubble": "シャボン玉・巨大シャボン玉を教える (割れにくい液の配合, 針金ハンガーやひもの枠, 界面活性剤の科学, 実験教室)",
    "scrabble": "スクラブルを教える・遊ぶ会の進行 (英単語のタイルを並べるボードゲーム, ルールと点数, クラブの運営)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): none here, so the 2s come from secondary asks.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: kanwa–kaishoku, yuki–ishizumi,
# umihotaru–bubble, kitte–kaishoku, kouken–yuki, kouken–kaishoku, kouken–kanwa, rakkyo–kaishoku, scrabble–icelandic,
# joruri–kanwa, pool–yuki.
RELATED = {
    frozenset(p)
    for p in [
        # 障害者スポーツを支えるボランティア: プールでの付き添い・水泳指導 vs ガイド・大会運営・体験会
        ("pool", "blindsoccer"),
    ]
}

VOLUNTEERS = [(f"R34V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R34Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "使用済み切手 整理 ボランティア 募集 社会福祉協議会",
    "ふれあい会食会 ボランティア 調理 配膳 一人暮らし高齢者 募集",
    "施設 洗濯物たたみ シーツ交換 ボランティア 募集",
    "切手整理ボランティア 参加しました 私 切り取り 仕分け 楽しい",
    "会食会 調理ボランティア 私 毎月 高齢者 お昼ごはん 作って 感想",
    "特養 シーツ交換ボランティア 私 参加 ベッドメイク 洗濯物たたみ",
    "雪かきボランティア 募集 高齢者宅 除雪 社協 スコップ",
    "障害児 水泳教室 プール 介助ボランティア 募集",
    "緩和ケア病棟 ボランティア 募集 お茶 季節の行事 患者さん",
    "緩和ケア病棟 ボランティアを始めて 私 ティーサービス 患者さんとの会話 体験談",
    "プールボランティア 私 障害のある子 マンツーマン 泳げるようになった 感想",
    "除雪ボランティア 参加しました 私 雪かき 一人暮らしのお年寄り 玄関 感謝",
    "介護施設 洗濯物をたたむ タオルたたみ ボランティア 募集 短時間 どなたでも",
    "リネン交換 ボランティア 病院 シーツ 布団カバー 婦人会 毎月",
    "生活支援員 募集 日常生活自立支援事業 社会福祉協議会 金銭管理 訪問 定年退職",
    "シーツ交換ボランティア募集 特別養護老人ホーム 週1回 2人1組",
    "ボランティア募集 洗濯物たたみ 高齢者施設 手伝っていただける方 午後 1時間",
    "市民後見人 活動 インタビュー 私 被後見人 訪問 やりがい",
    "市民後見人 養成講座 受講者募集 社会福祉協議会 法人後見支援員",
    "人形浄瑠璃 保存会 後継者 募集 人形遣い 子ども 指導",
    "ブラインドサッカー ボランティア 募集 大会運営 体験会",
    "ウミホタル 観察会 子ども 採集 講師",
    "らっきょう漬け 初めて 作り方 教えてほしい 失敗 下処理 大変",
    "シャボン玉 巨大シャボン玉 ワークショップ 子ども 講師 科学 シャボン液",
    "スクラブル 教室 クラブ 英単語 ボードゲーム 初心者 教えます",
    "アイスランド語 独学 教材がない 発音 難しい 勉強中",
    "ヘブライ語 独学 始めました 文字 読めない 教えてくれる人",
    "カタルーニャ語 勉強 始めた 独学 バルセロナ 留学 教材",
    "和傘 修理 張り替え ワークショップ 職人 後継者 体験",
    "祖母の番傘 蛇の目傘 破れた 直したい 和傘 修理 どこに頼めば",
    "番傘 和傘 張り替え 手伝って 保存会 祭り 傷んだ 地元 ボランティア",
    "和傘づくりを習いたい 作ってみたい 教えてくれる人 趣味 和傘 骨 竹",
    "石積み学校 空石積み 棚田 修復 ワークショップ 参加者募集 積み直し",
    "dry stone walling volunteers needed conservation project learn to rebuild walls",
    "blind football volunteer guide caller club sighted volunteers needed sessions",
    "Scrabble club library volunteer run weekly sessions seniors word game players welcome",
    "ブラインドサッカー ガイド 始めたきっかけ 私 晴眼者 チーム 練習 声 体験談",
    '"blind football" volunteer coach guide goalkeeper club looking for volunteers',
    "ふれあい会食会 ボランティア募集 地区社協 調理 配膳 盛り付け 片付け 高齢者 月1回",
    "人形浄瑠璃 座員 私 人形を遣う 稽古 始めた 三人遣い 足遣い 楽しさ",
    "Snow Angels volunteers shovel snow for seniors and people with disabilities sign up",
    "ウミホタル 採集 家族 子ども 初めて 光った 感動 夜の海 やってみた",
    "らっきょう漬け講習会 講師 公民館 JA女性部 漬け方 教える",
    "volunteer snow shoveller story I shovel for seniors every snowfall neighbour grateful Snow Angel volunteer profile",
    "らっきょう 毎年 漬けて 母から教わった 我が家のらっきょう漬け 塩漬け 甘酢 何十年",
    "障害のある子 プール 水泳 習わせたい 一緒に入ってくれる人 親 悩み 水が好き",
    "スクラブル 買ったけど 一緒に遊ぶ相手がいない ルールがよくわからない 英語苦手 家族",
    "大きなシャボン玉 作りたい 子どもと うまくできない 割れる シャボン液 作り方 失敗",
    "ボランティア募集 会食会の調理 使用済み切手の整理 地区社協 できることから",
    "ウミホタル観察会 シャボン玉 夏休み 子ども会 イベント 自然体験 科学遊び ボランティア",
    "一人暮らし高齢者 会食会 調理ボランティア 私 参加して 楽しい 地域の仲間 献立",
    "地区社協 ボランティア募集 ふれあい会食会 除雪 雪かき 高齢者世帯 お手伝い",
    "障害者スポーツセンター ボランティア募集 プール 水泳の介助 ブラインドサッカー",
    "社協 ボランティア募集一覧 除雪ボランティア 使用済み切手整理 収集 冬の活動",
    "パラスポーツ体験 イベント ボランティア募集 ブラインドサッカー 水泳 障害者水泳 補助 スタッフ",
    "アイスランド語 勉強したい アイスランド旅行 オーロラ 挨拶 覚えたい 独学 始めたばかり",
    "盲学校 ボランティア募集 水泳の授業 プール 付き添い ブラインドサッカー 部活動 サポート",
    "科学教室 講師 募集 シャボン玉 ウミホタル 光る生き物 実験 子ども 夏休み プログラム",
    "食生活改善推進員 らっきょう漬け 講習 会食会 一人暮らし高齢者 調理 協議会 活動",
    "放課後等デイサービス 夏休み プール活動 シャボン玉遊び ボランティア 手伝い 子どもたち",
    "ヒダスケ 種蔵 雪かき 棚田 石積み 集落 お手伝い オカエシ",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
