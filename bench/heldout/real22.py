"""A twenty-second held-out set of real public wording, written blind, and like real17 … real21 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(動画の撮影・編集, チラシ・ポスター作り, ホームページ・SNSでの発信, 事務作業・データ入力, イベントの運営の手伝い, 着付け, 落語・腹話術,
フラダンス, 太極拳) beside nine niche ones from crafts, arts, music, performance, games and sports (ゴスペル, 社交ダンス,
フォークダンス, パントマイム, 刺し子・こぎん刺し, 凧づくり・凧揚げ, ゼンタングル, インディアカ, マリンバ): 募集 posts and resident asks in the
wording they are published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事)
written as a person's bio. Graded for skill fit only (areas and times are not given), like real2 … real21.

The everyday half repeats topics of earlier sets on purpose (動画, チラシ, ホームページ・SNS, 事務作業, イベント運営, 着付け, 落語・腹話術,
フラダンス and 太極拳 are concepts or texts of real7 … real16); only its pages and wording are new. The niche half is new: none
of its nine concepts is a concept of real … real21, and none of ゴスペル, gospel, クワイア, クワイヤ, choir, 聖歌, 賛美歌,
社交ダンス, ソシアル, ソーシャルダンス, ボールルーム, ballroom, 競技ダンス, ダンスパーティー, ダンス教室, タンゴ, ルンバ, チャチャ, ブルース,
フォークダンス, folk dance, マイムマイム, オクラホマ, ジェンカ, スクエアダンス, ラインダンス, サークルダンス, パントマイム, マイム, mime,
マイミスト, マイマー, 無言劇, 道化, クラウン, 刺し子, さしこ, sashiko, こぎん, 花ふきん, 刺し子糸, 凧, 凧揚げ, たこ揚げ, 凧作り, カイト, kite,
ゼンタングル, zentangle, タングル, インディアカ, indiaca, ペテカ, マリンバ, marimba, 木琴, 鉄琴, ビブラフォン or xylophone occurs in the
data of real … real21 (bench/heldout/real*/volunteers.jsonl and requests.jsonl, and realN_data.py with its addresses
stripped; checked by program). Words near them that do occur there and were not made key words: ダンス and フォーク alone
(フラダンス, a サロン's ダンス, フォークソング, a fork), ワルツ (the song 星影のワルツ in real6, real10, real18), 刺繍 (real18,
real20), フリスビー (real8).
The nearest earlier ones are other activities: フラダンス (here an everyday topic and the trap for the two dances), 盆踊り
and 民謡 (real … real17 texts), 大正琴・ハーモニカ・ウクレレ and other 楽器演奏の慰問 (real … real18; no gospel choir and no
marimba), 大道芸・ジャグリング・バルーンアート (real13 … real18) and 腹話術 (real3, real11, real21; here everyday; none of them a mime),
着付け (real10, real13, real18) and 布ぞうり (real12; not a needle and 刺し子糸), 竹とんぼ (real12, real13; not a kite), 大人の塗り絵
(real19) and 絵手紙 (real21; not a pen-and-ink tangle), ペタンク・モルック・カローリング・ボッチャ (real13 … real19; not a feathered ball
hit by hand). Ideas checked and not taken (a key word in
earlier texts): ウクレレ, 詩吟, 大正琴, 切り絵, 水墨画, パッチワーク, 藍染・草木染, 陶芸, 吹き矢, ハーモニカ, 民謡, 日本舞踊, 大道芸,
ジャグリング, バルーンアート, けん玉, 卓球, 百人一首, 箏・三味線, 南京玉すだれ, 似顔絵, 羊毛フェルト (フェルト), 水引, 吊るし雛, 竹細工,
カリグラフィー (calligraphy), フライングディスク (フリスビー), 鍵盤ハーモニカ (ハーモニカ), 篠笛; 手まり and 口笛 (too few public pages).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real21), every candidate address was checked by program against the sources of real/ … real21/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 28 of some 300
distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (2 動画, 3
チラシ, 6 ホームページ・SNS, 2 事務作業, 4 イベント, 3 着付け, 3 落語・腹話術 and 5 太極拳 pages, from real7 … real16) and none on the niche ones —
and each text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is
for, what is not needed (執行部に入るのではなく入力だけ, 特別難しいものはありません, 初めての方も安心して, 男女は問いません, 白いさらしと糸、針はこちらにあります) and the asides and
other activities people mention. Names, phone numbers and places are rewritten out. Every record names the page it
follows (`sources.json`); no page is used twice. Twenty-three asks are a resident's own (a mother whose drawer is full
of unedited home-video tapes, an officer of a 長寿会 whose newsletter is typed by a daughter-in-law in Tokyo, a working
parent pushed into the 自治会 who wants its notices online and its accounts lighter, a 町内会 treasurer who has never made a
spreadsheet, a mother planning a first street festival, an American woman who cannot put on the yukata her husband gave
her, a woman with her great-aunt's 大島紬, a man of sixty who wants to perform 落語, a working woman of fifty who wants
evening hula, an American tai-chi player lost in a Japanese class, a man of 69 whose knees gave out, a would-be gospel
singer who gave up on instruments, a former ballet dancer, a man who danced square dances as a student, an amateur
magician who wants a mime partner, a woman after a one-day mime class, two 刺し子 beginners, a father whose daughter wants
a kite that flies, a daughter who bought a Zentangle book for her father, an artist who wants a Zentangle class in
English, a PTA officer facing インディアカ, a volunteer whose 卓上木琴 sounds poor), composed closely from blog, question and
interview pages. Three asks are in English and need it (the yukata, the tai-chi class, the Zentangle class). The texts
are in real22_data.py (pure data). The concept list below is this set's own; its author did not read `matching/` (code
or data) nor any ranking, and the matcher was not run on the set. Grades follow from the hand-set concept labels alone
(`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  動画 (video) vs ホームページ・SNS (sns) — related (1) (the same 広報 volunteers shoot, edit and post; two volunteers hold both:
  R22V005, a widow who learned home pages from her husband and video editing from his manual, and the 200-member
  circle's 広報部長);
  チラシ (flyer) vs ホームページ・SNS — related (1) (one 広報 job on paper and on screen; the mountain NPO's organiser who prints
  10,000 flyers and runs the event page holds both); 社交ダンス (shakou) vs フォークダンス (folkdance) — related (1) (both pair
  and circle dancing taught at the same 公民館 and 福祉センター; a folk club dances タンゴ, ワルツ and チャチャ as round dances) —
  three RELATED pairs;
  フラダンス (hula) vs 社交ダンス / フォークダンス — unrelated (0) (ダンス, 慰問 and 衣装 on all sides; a ballroom circle dances
  マンボ and フラダンス at a デイサービス); パントマイム (mime) vs 落語・腹話術 (rakugo) — unrelated (0) (both 演芸 at 施設 and schools,
  one silent, one spoken); パントマイム vs フォークダンス — unrelated (0) (マイム in マイム・マイム); 事務作業 (jimu) vs イベント運営 (event)
  — unrelated (0) (both 裏方 with 受付 and 発送; a neighbour asked a man setting up 夏祭り tents to automate the 町内会's books);
  刺し子 (sashiko) vs 着付け (kitsuke) — unrelated (0) (着物, 和裁 and 木綿 on both sides); ゼンタングル (zentangle) vs チラシ —
  unrelated (0) (pens, patterns and design); ゴスペル (gospel) vs マリンバ (marimba) — unrelated (0) (both concerts at 施設,
  with ふるさと and クリスマス); 太極拳 (taikyoku) vs フラダンス — unrelated (0) (slow exercise for the 介護予防 of the same seniors);
  着付け vs イベント運営 — unrelated (0) (浴衣 at summer festivals; the 浴衣 town walk asks a dresser first and event help second,
  so the event holders are 2 only there); 凧 (tako) vs イベント運営 — unrelated (0) (the 放課後 kite day asks a kite
  maker first and event help second);
  事務作業, イベント運営, 着付け, 落語・腹話術, フラダンス, 太極拳, ゴスペル, パントマイム, 刺し子, 凧, ゼンタングル, インディアカ and マリンバ
  relate to nothing;
  secondary asks: the ボランティア協会's 商店街 video programme (R22Q001) asks a video editor first and an SNS poster second; the
  老人クラブ連合会's 広報部 (R22Q004) asks for its newsletter first and a home-page hand second; the 自治会 resident (R22Q010)
  asks for its home page first and its accounts second; the 浴衣 town walk (R22Q021) asks a dresser first and event help
  second; the 放課後 kite day (R22Q047) asks a kite maker first and event help second;
  languages: the English yukata ask (R22Q018), tai-chi ask (R22Q028) and Zentangle ask (R22Q051) grade only their
  English-speaking holders (2, 2 and 3 of them); the Japanese-only holders are 0 there and 3 to the Japanese asks of
  their concept (which, like real19's, need no language).
Words of another skill beside the ask: the 日本語教室's 盆踊り and 炭坑節, the 盆踊り大会's 屋台 and 救護室, the 老人ホーム's リコーダー, the
magician's マジック, the こども食堂's ホームページ, the kite day's カレーライス, the ballet dancer's バレエ, the PTA's パソコン, the marimba
volunteer's ピアニスト and 音楽療法, the star-night concert's ピアノ教室; and bios with distractors (a ballroom circle's マンボ and
フラダンス, a ballroom volunteer who edits a video, a competitive dancer invited by a 日本画 teacher, a folk dancer who keeps
the membership list on a PC and another who pastes up posters, a gospel leader on guitar and an instructor beside a
picture-book reader, a mime with a 人形劇団 and another cooking sushi rice, a 刺し子 group on a 巡礼, a Zentangle teacher who
paints cats and once worked at a children's 英会話 school, another who draws メヘンディ, a marimba player with カズー, リコーダー and
カホン, a video maker who is a ケアマネジャー, a flyer maker who runs 朗読会, a home-page volunteer at a 国際協力 NGO, a treasurer who
set up 夏祭り tents, a 落語 teller at a 朗読 circle and another who stays to prevent falls, a 腹話術 teacher who presses 反射区, a
hula teacher who is a 理学療法士, tai-chi players who do 空手, 俳句 and アコーディオン).

Counts: 122 volunteers (8 speak English: 7 with Japanese, 1 English only; 3 hold two concepts), 57 requests (23
residents' own, 3 in English and needing it, 5 with a secondary ask), 538 graded pairs (381 of grade 3, 34 of grade 2,
123 of grade 1), 179 source pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real22.py          (writes bench/heldout/real22/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real22.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real22_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real22"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here (real … real21; real23 is a sibling written at
# the same time, not an earlier set)
EARLIER_SOURCES = realset.earlier_sources("real22")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real21).
CONCEPTS = {
    "video": "動画の撮影・編集 (行事や活動紹介の動画, テロップ・BGM, ホームビデオの整理, DVDづくり)",
    "flyer": "チラシ・ポスター作り (イベント告知のチラシ, ポスター, 会報・たよりの紙面, Word・Canva)",
    "sns": "ホームページ・SNSでの発信 (団体のホームページの作成と更新, Instagram・Facebook の投稿)",
    "jimu": "事務作業・データ入力 (発送・封入, 名簿や会計のエクセル入力, 書類作成, NPOの事務局の手伝い)",
    "event": "イベントの運営の手伝い (会場設営, 受付・誘導, 屋台, 当日スタッフ, 片付け)",
    "kitsuke": "着付け (浴衣・着物を着せる, 施設での着付け, 着付けの手ほどき; 英語で教えることも)",
    "rakugo": "落語・腹話術の上演 (施設や学校での高座, 人形との掛け合い, 稽古の手ほどき)",
    "hula": "フラダンスの披露と指導 (施設への慰問, いすフラ, 初心者クラス)",
    "taikyoku": "太極拳の指導 (二十四式・練功十八法, 介護予防の教室, 公園の朝の練習; 英語で説明することも)",
    "gospel": "ゴスペルを歌う・教える (クワイアの施設訪問コンサート, 初心者の発声と英語の歌詞)",
    "shakou": "社交ダンスの指導・ボランティア (ワルツ・ブルースの基本, 施設で利用者と踊る, 男性役の相手)",
    "folkdance": "フォークダンスの指導 (世界の民族舞踊, スクエアダンス, 施設・学校・サークルで輪になって踊る)",
    "mime": "パントマイムの上演・指導 (壁・綱引きなどの演技, 施設や学校の公演, ワークショップ)",
    "sashiko": "刺し子・こぎん刺しの指導 (花ふきん, 刺し子糸と運針, 施設や子どもの手芸教室)",
    "tako": "凧づくり・凧揚げの指導 (ビニール凧・和凧, 骨組みと糸目, 子ども会や学童の凧揚げ)",
    "zentangle": "ゼンタングルの指導 (認定講師 CZT のタングル, 体験会; 英語で教えることも)",
    "indiaca": "インディアカの指導 (羽根付きボールの打ち方, ルール, 試合の進め方)",
    "marimba": "マリンバ・木琴の演奏と指導 (施設や子育てサロンでの演奏会, マレットの持ち方から)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a video editor does not
# keep a web page up, a flyer designer does not post on Instagram, a ballroom dancer does not teach the circle dances
# of a folk club), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: hula–shakou, hula–folkdance, mime–rakugo,
# mime–folkdance, jimu–event, sashiko–kitsuke, zentangle–flyer, gospel–marimba, taikyoku–hula, kitsuke–event,
# tako–event, and anything with jimu, event, kitsuke, rakugo, hula, taikyoku, gospel, mime, sashiko, tako, zentangle,
# indiaca or marimba.
RELATED = {
    frozenset(p)
    for p in [
        ("video", "sns"),  # 同じ広報ボランティアが撮って編集し、ホームページやSNSに載せる
        ("flyer", "sns"),  # 紙のチラシと画面の告知は同じ広報の仕事; チラシの人が二番手
        (
            "shakou",
            "folkdance",
        ),  # 同じ公民館・福祉センターで組んで踊る、輪になって踊る; ワルツやタンゴはどちらにも
    ]
}

VOLUNTEERS = [(f"R22V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R22Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "ゴスペル ボランティア 施設 歌 クワイア",
    "社交ダンス ボランティア 指導 高齢者",
    "パントマイム ボランティア 公演 施設",
    "刺し子 教室 講師 ボランティア",
    "フォークダンス 指導 ボランティア 高齢者 サークル",
    "ゼンタングル 教室 認定講師 高齢者 体験会",
    "凧づくり 教室 子どもたち 凧揚げ 指導 地域の方",
    "インディアカ 教室 指導 体験 地域",
    "手まり 教室 講師 地域 伝統工芸 教えています",
    "口笛 演奏 ボランティア 施設 訪問",
    "刺し子 ふきん 習いたい 教えてもらった 刺し子の会",
    "マリンバ 演奏 ボランティア コンサート 施設 訪問",
    "フライングディスク ディスクゴルフ 体験会 指導 障害者 ボランティア",
    "ゴスペルを歌ってくれる方 来てほしい クリスマス会 施設 ゴスペル 依頼",
    "ゴスペル 始めたい 初心者 習いたい 歌ってみたい 私 教えてくれる",
    "社交ダンス 歴 年 教えている 公民館 サークル 講師 定年後 私",
    "社交ダンス 習いたい 夫婦 初心者 相手がいない 教えてほしい 60代",
    "フォークダンス 講師 来ていただいて 教えていただきました デイサービス 利用者 輪になって",
    "フォークダンス 指導者 公認 リーダー 子どもたちに教える 学校 地域 私",
    "マイムマイム オクラホマミキサー 懐かしい 老人クラブ フォークダンス 踊りたい 教えてくれる人",
    "社交ダンス ボランティア 施設 車椅子 利用者さんと踊る 慰問 会員",
    "フォークダンス 講師 募集 サークル 先生 高齢 引退 後任 探しています",
    "フォークダンスクラブ 会員 体験談 世界の踊り 衣装 続けて 年 楽しさ",
    "パントマイム 趣味 始めて 老人ホーム 慰問 演じる 私 マイム 練習",
    "パントマイム ワークショップ 講師 子ども 体験 壁 綱引き 教わった",
    "刺し子 講師 教室 生徒さん 一針一針 伝統模様 教えて 年",
    "sashiko workshop Japan foreigners English teach stitching class visitors",
    "刺し子 サークル 仲間 作品展 公民館 刺し子歴 はまって 花ふきん 手仕事",
    "凧の作り方 教えてほしい 子どもと 凧揚げ 揚がらない 手作り凧 父親",
    "凧揚げ大会 子ども会 凧作り 講師 お願い 募集 正月 地域行事",
    "ゼンタングル 高齢者 デイサービス 施設 ボランティア 描く 認知症予防",
    "Zentangle class Japan English CZT teach international residents",
    "ゼンタングル 体験講座 公民館 サロン 参加者 タイル 描けた 講師 地域",
    "ゼンタングル やってみたい 絵が苦手 独学 本を買った 教室に行きたい",
    "インディアカ 始めて 楽しい 仲間 練習 体育館 羽根 私 チーム 大会",
    "インディアカ 教えてください 指導者 来てほしい 体験会 スポーツ推進委員 ニュースポーツ 地区",
    "マリンバ 木琴 習っています 大人から 趣味 発表会 ボランティア演奏 私",
    "マリンバ 演奏してくださる方 募集 子育てサロン 音楽会 依頼 楽器 運搬",
    "動画編集 ボランティア 活動紹介動画 撮影 編集 協力 団体 NPO 私",
    "動画を作ってくれる人 探しています 団体 PR動画 撮影 編集できる方 募集 ボランティア",
    "ビデオ編集 やり方 わからない 撮りためた 動画 まとめたい 両親 記念 DVD 誰か 頼みたい",
    "施設 行事 動画 撮影 編集 ボランティア 来ていただき 家族に見てもらう 動画配信",
    "チラシ作り ボランティア デザイン 団体のチラシ 作成 協力 私 パソコン イベント告知",
    "チラシを作ってくれる人 募集 ポスター デザイン できる方 お願いしたい 地域の会 手作り",
    "会員が高齢 パソコンが使える人がいない チラシ 会報 作成 手伝ってほしい サークル 困っている",
    "ポスター 描いてほしい 手書き イラスト 得意な方 子ども食堂 バザー お知らせ 掲示 協力者",
    "Canva チラシ 作成 得意 頼まれて 町内会 サークル 広報 無償で作っています 主婦",
    "SNS発信 ボランティア インスタグラム 更新 団体の広報 担当 私 投稿 フォロワー NPO",
    "ホームページ 作ってくれる方 更新できる人がいない 団体 ブログ SNS 発信 手伝ってほしい 募集",
    "外国人住民 英語で情報発信 SNS 多言語 ホームページ 翻訳 ボランティア 国際交流協会 募集",
    "Instagram 担当 ボランティアで 子ども食堂 NPO インスタ 投稿 写真 文章 考える 楽しい 大学生",
    "定年後 ホームページ作成 ボランティア 地域団体のサイト 立ち上げ 更新 Facebookページ 運営 シニア",
    "ブログとインスタで活動を発信 広報係 サークル 写真を撮って投稿 担当になって 工夫",
    "事務ボランティア データ入力 封入作業 発送 NPO 事務局 お手伝い 私 パソコン入力 できること",
    "事務作業 ボランティア 募集 名簿入力 エクセル 資料整理 発送作業 週1回 事務所",
    "会計係 引き受けた エクセル 苦手 入力 集計 手伝ってくれる人 老人会 PTA 困っています",
    "イベント運営ボランティア 当日スタッフ 受付 誘導 会場設営 参加して 私 楽しかった 体験談",
    "夏祭り 運営スタッフ 募集 浴衣 着付け ボランティア 地域 盆踊り 準備 片付け",
    "浴衣の着付け ボランティア 夏祭り 子どもたちに浴衣を着せて 着付けできる方 募集",
    "kimono dressing experience foreigners volunteer Japan wear yukata kitsuke English",
    "着付け ボランティア 高齢者施設 入居者に着物を着せて 敬老会 お正月 着付け講師 私",
    "着物を自分で着たい 着付けを習いたい 母の形見 着物 近くで教えてくれる人 初心者",
    "素人落語 ボランティア 老人ホーム 高座 慰問 落語を演じる 私 社会人落語",
    "腹話術 ボランティア 人形 施設 訪問 子どもたち 腹話術師 私 始めて",
    "腹話術を習いたい 人形 買った 独学 教室 近くにない 定年後 孫に見せたい",
    "落語を覚えたい 初心者 教えてほしい 小噺 社会人 趣味で始めたい 稽古",
    "フラダンス ボランティア 施設 慰問 踊る フラサークル 私 メンバー 笑顔",
    "フラダンス 先生 来てほしい 講師 募集 サロン 高齢者 椅子に座って フラ 教えてくれる方",
    "フラダンスを始めたい 50代 運動不足 体が硬い 近所 教室 迷っている 初心者 私",
    "tai chi class Japan English speaking instructor park morning foreigners join taichi",
    "太極拳 指導 ボランティア 公園 朝 高齢者 教えて 年 私 太極拳歴 地域の公民館",
    "太極拳 講師 来てほしい サロン 介護予防 教室 指導者がいない 探しています 太極拳を習いたい",
    "太極拳クラブ 会員 体験談 始めて 年 健康 仲間 二十四式 楽しい 定年後 私",
    "I want to learn tai chi in Japan looking for a class teacher who speaks English beginner expat",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
