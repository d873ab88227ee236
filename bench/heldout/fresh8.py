#!/usr/bin/env python3
"""fresh8: an eighth blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh7.py on freshset.py.  Every request text and every
volunteer tag / bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv)
are derived only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py -
fresh7.py apply them (CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's
grades or the other sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh4 - fresh7:
  * registers: voice-input transcripts (音声入力: no punctuation at all, homophone slips such as 「経口投」for 蛍光灯,
    「機会」for 機械, 「変わりに」「介護保健」「木の選定」, a spoken 「丸」 at the end), staff and care-manager 申し送り
    notes written about someone else (【申し送り】K様（81歳・女性）…), form-like text (■希望内容： / □・■ check boxes
    / 【内容】【日時】【備考】 headings), very terse one-liners (「草むしり　土曜午前　1時間」「冷蔵庫を台所の反対側へ
    男手2人」), all-hiragana writing (an elderly writer, a learner of Japanese), romaji Japanese ("gomi no bunbetsu ga
    muzukashii desu"), children's and teenagers' writing (小3, 小5, 中2, 高1 …), 敬語 so heavy the ask is buried
    (拝啓 … 幸甚に存じます, 僭越ながら … 望外の幸せ), requests that quote what someone else said (「獣医さんに『この子は
    太りすぎ』」「会長いわく『…』」), and on the volunteer side bios written by a family member in the third person
    (「父は元配管工で…」「祖母は草月流の先生で…」) and bios that say what the volunteer cannot do beside what they can
    (「水道のことは分かりませんが、電球や蛍光灯を替えるくらいなら」「碁は打てませんが、将棋なら」);
  * languages: Korean, Nepali, Indonesian and Thai (Thai new to the sealed sets) as well as English — the languages
    volunteers speak here (ko, ne, id, th, en) and 25 requests require (the language field is a hard constraint);
    some foreign writers say Japanese is fine and require nothing;
  * needs named by their effect or a situation (「居間の電気がチカチカして」「ごみの日に出せなくて…部屋がにおう」
    「夜中にポタン、ポタンと」「冬なのに冷たい風ばかり」「薬が余ったり足りなかったり」「大事な封筒がどこかに」「玄関
    から出られない朝」), the ask late or only in the title, who-asks phrases that name another skill (「清瀬囲碁同好会」
    「清瀬生け花クラブ」「清瀬将棋同好会」「清瀬ガーデニング愛好会」「清瀬カラオケ同好会」「ふれあい食堂」), requests
    that say what they do NOT need (「買い物に連れていってもらうんじゃなくて自分で頼めるように」「将棋ではなく、碁です」
    「代わりに手で書いてもらうのではなく」「部屋全体の片付けは求めていません」「通訳ではなく、本人が読めるように」);
  * 42 concepts, 15 of them new to fresh4 - fresh7 (ネット通販の使い方, 家電の使い方, 電球・蛍光灯の交換, 水回りの
    小修理, 粗大ごみ, 雪かき, 役所の手続き同行, 犬の散歩, 料理の作り置き, 服薬の確認, 郵便物・書類の仕分け,
    エンディングノート, 俳句・川柳, 生け花, 楽器の指導), and splits of near concepts (小修理 | 電球 | 水回り, ごみ出し |
    粗大ごみ | 力仕事, 買い物の同行 | ネット通販, 家電 | テレビ・ネット, 代読・代筆 | 郵便物の仕分け | エンディング
    ノート, 付き添い | 役所の同行, ペットの世話 | 犬の散歩, 演奏 | 楽器の指導, パソコン | 年賀状作成, 見守り | 服薬確認);
  * near-but-different traps, graded 0 for each other: 囲碁 (igo) / 将棋 (shogi), 電球 (denkyu) / 水回り
    (mizumawari), 電気 (denkyu) / 家電 (kaden), ネット通販 (net_shopping) / 買い物の同行 (shopping), 郵便物の仕分け
    (yubin) / 部屋の片付け (tidy), 俳句 (haiku) / 生け花 (ikebana), 生け花 (ikebana) / 庭の草取り (garden), PCの年賀状
    (nengajo) / 手書きの代筆 (daihitsu), 手話 (signlang) / 外国語の通訳 (interp), 役所の同行 (yakusho) / 送迎 (driving),
    服薬確認 (kusuri) / 話し相手 (listening);
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0).

Counts: 130 requests (110 with one ask, 20 with two), about 450 volunteers (200 drawn at random, 22 pure-trap
fillers, one decoy per named-but-not-asked skill, a constraint trap on every third request, and planted fits so that
every request has two volunteers of grade >= 2); the run prints the exact figures.

Grades (freshset.grade(), as fresh4 - fresh7):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a 日曜大工 helper for 電球の交換) = the place
  grade minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh8.py          # writes bench/heldout/fresh8/{volunteers,requests}.jsonl,
                                            # qrels.tsv, concepts.json (labels, for diagnosis only)
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
from freshset import (
    AREAS_FILE,
    Rq,
    check_files,
    grade,  # noqa: F401  (build_set grades through this module's data: a test swaps it)
    noisy,
    write_set,
)
from freshset import (  # noqa: E402  (the generator and grader code shared with fresh4 - fresh7)
    build as build_set,
)

SEED = 20270719
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh8"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 200
WEEKDAY_AM = ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"]
WEEKDAY_PM = ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]
WEEKDAY_EVE = ["mon-eve", "tue-eve", "wed-eve", "thu-eve", "fri-eve"]
EVERY_AM = WEEKDAY_AM + ["sat-am", "sun-am"]

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana, variants);
# bio = sentences that imply the skill through experience (「…を三十年」「…係」), some written by a family member
# in the third person (「父は…」「祖母は…」), some naming what the volunteer can NOT do beside what they can
# (「水道のことは分かりませんが、電球や蛍光灯を替えるくらいなら」) — the volunteer has the sentence's concept, never
# the denied one's.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "line", "videocall", "pc", "nengajo", "tv_wifi", "scam", "net_shopping"}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホ操作の説明", "スマートホン", "スマホ設定", "携帯電話の使い方", "アイフォン", "Android", "すまほ",
              "ｽﾏﾎ教室", "スマホのお悩み相談", "らくらくホン", "文字の大きさ設定"],
        bio=["携帯電話の販売店で八年、契約と初期設定の窓口に立っていました。",
             "母（八十二）のスマホ係を五年やっていて、電話がかかってくるたびに説明しています。",
             "父は元電機メーカーの技術者で、近所の人のスマホの相談に毎日のように乗っています。",
             "力仕事は無理ですが、スマホの設定ならゆっくり一緒にできます。"],
    ),
    "line": dict(
        tags=["LINEの使い方", "ライン", "LINE登録", "ＬＩＮＥ", "LINE通話", "ラインのグループ", "LINEの機種変引き継ぎ",
              "LINEの友達追加", "らいん"],
        bio=["町内のシニアサークルで、LINEの友だち追加を三十人以上手伝いました。",
             "孫とのやりとりのために覚えたLINEを、今では老人会で教える側になりました。",
             "母はLINEのグループを三つまとめていて、友だちの追加も機種変更の引き継ぎも一人でこなします。"],
    ),
    "videocall": dict(
        tags=["ビデオ通話", "Zoomの設定", "オンライン面会の手伝い", "ズーム", "LINEビデオ通話", "テレビ電話のつなぎ方",
              "Teams", "画面越しの帰省", "びでお通話"],
        bio=["病院の事務で、入院患者さんとご家族のオンライン面会をつないでいました。",
             "読書会の例会を三年間Zoomで開いてきたので、つなぎ方の説明は慣れています。",
             "祖父は毎晩、福岡の孫と画面越しに話していて、つなぎ方を近所の友達にも教えています。"],
    ),
    "pc": dict(
        tags=["パソコン操作", "PCサポート", "エクセル", "ワード", "ぱそこん", "パソコンの使いかた", "Excel・Word",
              "ﾊﾟｿｺﾝ", "タイピング", "メール設定", "パソコン相談"],
        bio=["役所の情報システム課に三十年勤めました。",
             "パソコン教室のインストラクターを十年していました。",
             "父は定年まで経理でパソコン漬けだったので、エクセルのことなら何でも聞いてと言っています。",
             "料理や掃除はからきしですが、パソコンのことなら家族で一番頼られています。"],
    ),
    "nengajo": dict(
        tags=["年賀状作成", "年賀状ソフト", "はがき印刷", "宛名印刷", "ねんがじょう", "筆まめ", "はがきデザインキット",
              "年賀状のパソコン作成", "喪中はがき印刷", "年賀状つくり"],
        bio=["毎年、親戚三十軒分の年賀状を、パソコンで裏も宛名も作って刷っています。",
             "町内会の暑中見舞いはがきを、ソフトで作って印刷する係です。",
             "字は下手ですが、年賀状はソフトを使えば見栄えよく作れます。"],
    ),
    "tv_wifi": dict(
        tags=["テレビの接続", "Wi-Fiの設定", "ルーターの交換", "ネット接続", "BS・CS設定", "録画機の配線",
              "ワイファイ設定", "光回線", "テレビのアンテナ", "ﾙｰﾀｰ"],
        bio=["家電量販店で配送と取り付けの仕事を十五年しています。",
             "兄は元アンテナ工事の職人で、テレビとネットの配線はお手の物です。",
             "インターネットの回線工事の会社に勤めていました。"],
    ),
    "scam": dict(
        tags=["詐欺対策", "特殊詐欺の予防", "オレオレ詐欺", "不審電話の相談", "消費者トラブル", "架空請求メール",
              "さぎ対策", "防犯講話", "悪質商法"],
        bio=["警察署の生活安全課に長く勤めていました。",
             "信用金庫の窓口で、詐欺を疑う振り込みをいくつも止めてきました。",
             "消費者センターの相談窓口で、悪質な訪問販売の相談を受けていました。"],
    ),
    "net_shopping": dict(
        tags=["ネット通販", "ネットショッピング", "Amazonの注文", "アマゾン", "楽天市場", "ネットスーパー",
              "ネット通版", "ねっと通販", "フリマアプリ", "オンライン注文"],
        bio=["足の悪い母に代わって、日用品はすべてネットスーパーで頼んでいます。",
             "通販会社のお客様窓口で、注文の仕方の案内をしていました。",
             "父は八十歳ですが、アマゾンで何でも買うので、近所の人に注文のやり方を教えています。"],
    ),
    "kaden": dict(
        tags=["家電の使い方", "エアコンのリモコン", "電子レンジの操作", "洗濯機の使い方", "家電説明", "かでん",
              "給湯器の設定", "炊飯器", "取扱説明書の読み解き"],
        bio=["家電メーカーのお客様相談室で、電話で使い方を説明する仕事をしていました。",
             "実家の新しいエアコンや炊飯器の設定は全部私がやって、手順を紙に書いて貼っています。",
             "電器店の店員として、買ったお客様のお宅に使い方の説明に伺っていました。"],
    ),
    "denkyu": dict(
        tags=["電球交換", "蛍光灯の交換", "LED照明の取り付け", "でんきゅう", "照明の交換", "蛍光燈", "シーリングライト取付",
              "けい光灯交換", "電気の付け替え", "グロー球"],
        bio=["マンションの管理人をしていて、共用部の蛍光灯の交換は私の仕事です。",
             "背が百八十五センチあるので、脚立なしで天井の電球に手が届きます。",
             "夫は電気屋を四十年やっていて、ご近所の照明の付け替えを今も頼まれています。",
             "水道のことは分かりませんが、電球や蛍光灯を替えるくらいなら喜んで。"],
    ),
    "mizumawari": dict(
        tags=["水回りの修理", "蛇口の水漏れ", "トイレのつまり", "パッキン交換", "排水口の詰まり", "みずまわり", "水道修理",
              "シャワーヘッド交換", "水栓の交換"],
        bio=["水道設備の会社で三十年、配管の仕事をしてきました。",
             "アパートの大家をしていて、蛇口のパッキンくらいは自分で替えます。",
             "父は元配管工で、台所やトイレの水漏れなら道具を持って飛んでいきます。"],
    ),
    "handyman": dict(
        tags=["日曜大工", "大工仕事", "建具の調整", "棚の取り付け", "ドアの修理", "家具の修理", "簡単な修繕", "DIY",
              "にちようだいく", "戸の建て付け", "工具持参"],
        bio=["工務店で大工を三十五年やってきました。",
             "学校の用務員として、机や戸の修理を引き受けていました。",
             "祖父は今でも物置で木工をしていて、ご近所の壊れた椅子を直してあげています。",
             "ペンキ塗りは苦手ですが、棚づけや建て付けの調整なら任せてください。"],
    ),
    "gomidashi": dict(
        tags=["ゴミ出し", "ごみ出し支援", "ゴミの分別", "資源ごみ", "ごみ集積所まで", "ごみだし", "ゴミ捨て", "分別のお手伝い",
              "ペットボトルの分別"],
        bio=["集合住宅の清掃員で、毎朝ごみ置き場の整理をしています。",
             "市の分別推進員として、ごみの出し方の説明会をしていました。",
             "隣の一人暮らしのおじいさんの分まで、燃えるごみを毎週出しています。"],
    ),
    "sodaigomi": dict(
        tags=["粗大ごみ", "粗大ゴミの搬出", "粗大ごみの申込み", "そだいごみ", "大型ごみ", "家具の処分", "粗大ごみシール",
              "不用品の処分", "家電リサイクル"],
        bio=["リサイクルショップで、不用品の引き取りと搬出をしていました。",
             "実家を空けたとき、粗大ごみの申し込みから運び出しまで二十点以上やりました。",
             "市の清掃事業所で粗大ごみの収集をしていました。"],
    ),
    "lifting": dict(
        tags=["力仕事", "重い物の持ち運び", "家具の移動", "模様替え", "運搬", "ちからしごと", "軽トラあり", "体力に自信あり",
              "搬出"],
        bio=["大学のラグビー部でフォワードをしています。",
             "運送会社で二十年、冷蔵庫やタンスを運んできました。",
             "息子は消防士で、休みの日に重い物を運んでほしいと頼まれると喜んで出かけていきます。"],
    ),
    "tidy": dict(
        tags=["片付け", "整理整頓", "部屋の片付け", "掃除", "お掃除", "かたづけ", "生前整理", "整理収納", "ハウスクリーニング",
              "清掃"],
        bio=["家事代行の会社で、掃除と片付けの担当を十年しています。",
             "整理収納アドバイザー1級を持っています。",
             "母は元旅館の仲居で、どんなに散らかった部屋でも半日で見違えるようにします。"],
    ),
    "yukikaki": dict(
        tags=["雪かき", "除雪", "ゆきかき", "雪下ろし", "玄関前の雪かき", "スコップあり", "凍結対策", "融雪剤まき",
              "雪かき手伝い"],
        bio=["新潟の豪雪地帯で育ったので、雪かきは子どもの頃から毎冬していました。",
             "大雪の日は、アパートの前の道をいつも一番に除雪しています。",
             "スキー場でリフト周りの除雪のアルバイトをしていました。"],
    ),
    "garden": dict(
        tags=["草むしり", "草取り", "除草作業", "庭の手入れ", "草刈機", "くさむしり", "芝刈り", "庭仕事", "雑草取り",
              "落ち葉拾い"],
        bio=["シルバー人材センターで、庭の草刈りの仕事をしています。",
             "ゴルフ場で芝の管理をしていました。",
             "父は毎朝、自分の庭だけでなく隣の空き家の草まで抜いています。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物付き添い", "買い物同行", "お買物サポート", "スーパーへの同行", "かいもの", "日用品の買い出し",
              "買い物のお手伝い", "お使い"],
        bio=["毎週、近所のおばあさんとスーパーに一緒に行って、重い袋を持っています。",
             "生協の配達を十年していたので、買い物の困りごとには詳しいです。",
             "車は持っていませんが、歩いて行けるお店への買い物なら付き添えます。"],
    ),
    "escort": dict(
        tags=["通院付き添い", "病院の付き添い", "外出介助", "車いす介助", "受診同行", "つきそい", "付添い", "介護福祉士",
              "歩行介助"],
        bio=["介護福祉士として、デイサービスで十五年働いています。",
             "母の通院に毎月付き添って、診察のメモを取っています。",
             "病院のボランティアで、受付から診察室までの案内と車椅子の介助をしています。"],
    ),
    "driving": dict(
        tags=["送迎", "車の運転", "運転手", "車出し", "送り迎え", "そうげい", "自家用車あり", "福祉車両", "ドライバー",
              "ミニバン"],
        bio=["タクシー運転手を二十五年しました。",
             "幼稚園バスの運転手をしていました。",
             "父は元運送会社のドライバーで、今でも毎日ハンドルを握っています。"],
    ),
    "yakusho": dict(
        tags=["役所の手続き", "市役所同行", "申請手続きのサポート", "窓口への同行", "行政手続き", "やくしょ", "転入届",
              "年金の手続き", "介護保険の申請同行", "住民票"],
        bio=["市役所の市民課で三十年、窓口の仕事をしていました。",
             "行政書士の事務所で、手続きの書類をそろえる仕事をしています。",
             "父の介護保険や年金の申請で、何度も窓口に一緒に行きました。"],
    ),
    "dog_walk": dict(
        tags=["犬の散歩", "散歩代行", "ドッグウォーカー", "いぬの散歩", "大型犬OK", "愛犬の散歩", "犬散歩",
              "わんちゃんの散歩", "ドックウォーカー"],
        bio=["柴犬を三頭見送ってきて、毎朝の犬の散歩は生活の一部です。",
             "ドッグトレーナーの専門学校に通っています。",
             "母は犬好きで、近所の方が入院している間、その家の犬を毎日散歩させていました。"],
    ),
    "pet": dict(
        tags=["ペットの世話", "ペットシッター", "猫の世話", "えさやり", "留守中の世話", "ペットシッタ", "うさぎ・小鳥の世話",
              "ねこの世話", "猫のトイレ掃除", "動物病院勤務"],
        bio=["動物病院で看護師をしています。",
             "旅行中の友人の猫に、毎日ごはんをあげに通っていました。",
             "料理は苦手ですが、猫や小鳥の餌やりとトイレの掃除ならできます。"],
    ),
    "tsukurioki": dict(
        tags=["作り置き", "おかずの作り置き", "料理代行", "常備菜", "つくりおき", "食事づくり", "冷凍おかず", "調理", "煮物",
              "減塩料理"],
        bio=["学校給食の調理員を二十年勤めました。",
             "家事代行で、一週間分のおかずをまとめて作る仕事をしています。",
             "母は料理上手で、近所の一人暮らしの方に煮物や佃煮をよく作って届けています。",
             "掃除は苦手ですが、冷凍できるおかずを何品か作るのは得意です。"],
    ),
    "listening": dict(
        tags=["話し相手", "傾聴ボランテイア", "お茶のみ友達", "電話で話し相手", "はなしあいて", "おしゃべり相手", "傾聴",
              "聞き上手"],
        bio=["傾聴講座を受けて、老人ホームで話し相手をしています。",
             "スナックを三十年やっていたので、人の話を聞くのは苦になりません。",
             "祖母は聞き上手で、近所の人が毎日のように縁側に話しに来ます。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "声かけの訪問", "見守り活動", "みまもり", "一人暮らしの方の安否見守り", "定期訪問",
              "見守りサポーター"],
        bio=["民生委員を三期務めています。",
             "新聞販売店で、配達のついでに独り暮らしの方の様子を確かめる役をしていました。",
             "乳酸菌飲料の配達で、毎日お年寄りのお宅を回っています。"],
    ),
    "kusuri": dict(
        tags=["服薬確認", "薬の飲み忘れ防止", "お薬カレンダー", "薬の管理", "くすりの確認", "服薬支援", "薬の仕分け",
              "お薬手帳の整理", "薬剤師"],
        bio=["調剤薬局で薬剤師をしています。",
             "看護師として、病棟で毎日お薬の配薬をしていました。",
             "義父の薬を一週間分ずつ仕分けて、飲んだかどうか毎晩電話で確かめています。"],
    ),
    "daihitsu": dict(
        tags=["代筆", "代読", "書類を読み上げます", "手紙の代筆", "だいひつ", "申込書の記入手伝い", "文字の読み上げ",
              "書類記入サポート", "代書"],
        bio=["盲学校で教えていたので、文字を読み上げて伝えるのは慣れています。",
             "郵便局の窓口で、書けない方の代わりに伝票を書いていました。",
             "祖父の目が悪くなってからは、届いた手紙を読んで返事を書くのが私の役目です。"],
    ),
    "yubin": dict(
        tags=["郵便物の仕分け", "書類整理", "書類の仕分け", "ゆうびん物整理", "ファイリング", "書類のファイル整理",
              "DMの仕分け", "郵便の整理", "書類の保管"],
        bio=["会社の総務で、毎日届く郵便物の仕分けと保管をしていました。",
             "司法書士事務所で、書類のファイリングを担当しています。",
             "叔母の家の郵便物を月に一度見て、要るものと捨てるものに分けています。"],
    ),
    "endingnote": dict(
        tags=["エンディングノート", "終活", "終活相談", "えんでぃんぐのーと", "終活アドバイザー", "身辺整理の相談",
              "終活ノートの書き方", "エンディングノ－ト"],
        bio=["終活アドバイザーの資格を取り、公民館でエンディングノートの講座をしています。",
             "葬儀社に勤めていて、生前のご相談を受けることが多いです。",
             "父と一緒にエンディングノートを書き上げた経験を、周りの人にも話しています。"],
    ),
    "igo": dict(
        tags=["囲碁", "いご", "碁の相手", "囲碁初段", "囲碁教室", "碁会所", "詰碁", "囲碁 五段"],
        bio=["碁会所に四十年通っています。",
             "囲碁では県代表になったこともあります。",
             "父は囲碁アマ四段で、相手がいないと毎日つまらなそうにしています。",
             "将棋は駒の動かし方しか知りませんが、碁なら何時間でも打てます。"],
    ),
    "shogi": dict(
        tags=["将棋", "しょうぎ", "将棋の相手", "将棋三段", "将棋教室", "詰将棋", "将棋道場", "将棋（子ども向け）"],
        bio=["将棋道場で子どもたちに教えています。",
             "将棋はアマ三段で、老人ホームで対局の相手をしています。",
             "祖父は元高校将棋部の顧問で、今も毎晩詰将棋を解いています。",
             "碁は打てませんが、将棋なら初心者の方とも楽しく指せます。"],
    ),
    "haiku": dict(
        tags=["俳句", "川柳", "短歌", "はいく", "俳句の添作", "句会", "季語", "俳句指導", "せんりゅう"],
        bio=["句会を主宰して十五年になります。",
             "新聞の川柳欄に毎月のように投稿しています。",
             "母は短歌の結社に五十年いて、人の歌を直すのが何よりの楽しみです。"],
    ),
    "ikebana": dict(
        tags=["生け花", "華道", "いけばな", "フラワーアレンジメント", "池坊", "草月流", "花の生け方", "華道師範",
              "アレンジメント"],
        bio=["華道の師範で、自宅で教室を開いています。",
             "花屋で十年、アレンジメントを作っていました。",
             "祖母は草月流の先生で、今も月に一度、公民館の玄関の花を生けています。"],
    ),
    "music": dict(
        tags=["楽器演奏", "ピアノ伴奏", "ギター弾き語り", "演奏ボランティア", "大正琴", "オカリナ", "歌の伴奏", "えんそう",
              "バイオリン", "キーボード演奏"],
        bio=["老人ホームで月に一度、ギターを弾いて昭和歌謡を歌っています。",
             "ジャズバンドでサックスを吹いて三十年になります。",
             "教会でオルガンを弾いています。"],
    ),
    "gakki_lesson": dict(
        tags=["楽器の指導", "ピアノの先生", "ギター教えます", "ウクレレ講師", "楽器レッスン", "がっき指導",
              "ハーモニカの教え方", "三味線指導", "初心者に楽器を教える"],
        bio=["ピアノ講師を二十五年しています。",
             "音楽大学で学び、子ども向けのギター教室を開いています。",
             "父は元中学校の音楽教師で、リコーダーや鍵盤ハーモニカを教えるのが上手です。"],
    ),
    "exercise": dict(
        tags=["体操指導", "健康体操", "ストレッチ", "介護予防", "いす体操", "たいそう", "ヨガ講師", "シニアの筋トレ",
              "ラジオ体操", "転ばない体操"],
        bio=["理学療法士として、病院でリハビリを担当しています。",
             "スポーツジムでシニア向けの体操教室を受け持っています。",
             "町内のラジオ体操会で二十年、前に立って号令をかけています。"],
    ),
    "study": dict(
        tags=["学習支援", "勉強を教える", "宿題サポート", "算数", "数学", "英語", "べんきょう", "受験指導", "家庭教師",
              "国語"],
        bio=["高校で英語を教えていました。",
             "教育学部の三年生で、放課後学習室でボランティアをしています。",
             "塾で小中学生の算数と数学を十年教えています。"],
    ),
    "japanese": dict(
        tags=["日本語教室", "日本語の先生", "日本語会話練習", "にほんご", "日本語ボランティア", "外国人に日本語",
              "やさしい日本語", "日本語教師", "JLPT"],
        bio=["日本語教師養成講座を修了し、公民館の日本語教室で教えています。",
             "ネパールから来た留学生の日本語を、三年間見てきました。",
             "インドネシアで日本語を教えていたことがあります。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "通訳ボランティア", "つうやく", "ほんやく", "医療通訳", "書類の翻訳", "生活通訳"],
        bio=["国際交流協会に通訳ボランティアとして登録しています。",
             "貿易会社で通訳と翻訳をしていました。",
             "市役所の外国人窓口で通訳をした経験があります。"],
    ),  # + INTERP_TAGS
    "signlang": dict(
        tags=["手話", "しゅわ", "手話通訳", "手話サークル", "手話技能検定3級", "手話での会話", "ろう者支援", "指文字"],
        bio=["手話サークルに十五年通っています。",
             "手話通訳者として市に登録しています。",
             "姉は耳が聞こえないので、小さい頃から家では手話で話してきました。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "line"),  # a phone helper can sort out the LINE app
        ("handyman", "denkyu"),  # a handyman can swap a bulb or a tube
        ("handyman", "mizumawari"),  # and change a tap washer, with less know-how than a plumber
        ("lifting", "sodaigomi"),  # a strong pair of arms can haul the bulky rubbish out
        ("music", "gakki_lesson"),  # a player can show a beginner the first steps
        ("daihitsu", "yubin"),  # a reader-for-others can sort the mail
        ("pet", "dog_walk"),  # a pet-sitter can walk the dog
        ("pc", "nengajo"),  # a PC helper can make the New Year cards on the PC
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps): igo / shogi, denkyu /
# mizumawari, denkyu / kaden, net_shopping / shopping, yubin / tidy, haiku / ikebana, ikebana / garden, nengajo /
# daihitsu, signlang / interp, yakusho / driving, kusuri / listening.
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "videocall"),
        ("smartphone", "scam"),
        ("smartphone", "net_shopping"),
        ("line", "videocall"),
        ("pc", "videocall"),
        ("pc", "tv_wifi"),
        ("pc", "net_shopping"),
        ("kaden", "tv_wifi"),
        ("gomidashi", "sodaigomi"),
        ("gomidashi", "tidy"),
        ("sodaigomi", "tidy"),
        ("lifting", "tidy"),
        ("lifting", "yukikaki"),
        ("garden", "yukikaki"),
        ("shopping", "driving"),
        ("shopping", "escort"),
        ("shopping", "tsukurioki"),
        ("escort", "driving"),
        ("escort", "yakusho"),
        ("daihitsu", "yakusho"),
        ("escort", "watch_elder"),
        ("listening", "watch_elder"),
        ("kusuri", "watch_elder"),
        ("daihitsu", "endingnote"),
        ("yubin", "endingnote"),
        ("study", "japanese"),
        ("interp", "japanese"),
    ]
)

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "電球ひとつ替えるのにも、娘を呼んでいます。": {"denkyu", "handyman"},
    "囲碁も将棋も、ルールを覚えられずにあきらめました。": {"igo", "shogi"},
    "ネット通販は、カード番号を入れるのが怖くて使っていません。": {"net_shopping", "pc", "smartphone"},
    "俳句は教科書で読んだきりです。": {"haiku"},
    "生け花は母の趣味で、私は花瓶の水を替える係でした。": {"ikebana"},
    "犬は好きですが、アレルギーで飼えません。": {"dog_walk", "pet"},
    "粗大ごみの出し方は、いまだに市のホームページを見ないと分かりません。": {"sodaigomi", "gomidashi"},
    "雪が降ると、家から一歩も出ません。": {"yukikaki"},
    "楽器は小学校のリコーダーで止まっています。": {"music", "gakki_lesson"},
    "蛇口の水漏れは、いつも業者さんを呼んでいます。": {"mizumawari", "handyman"},
    "薬は自分の分でさえ、よく飲み忘れます。": {"kusuri"},
    "終活という言葉は、まだ自分には早い気がしています。": {"endingnote"},
    "役所の手続きは、いつも夫に任せきりでした。": {"yakusho", "daihitsu"},
    "手話は「ありがとう」だけ覚えました。": {"signlang"},
    "料理といえば、冷凍食品を温めるくらいです。": {"tsukurioki", "kaden"},
    "エアコンのリモコンは、いまだに冷房と暖房を間違えます。": {"kaden", "tv_wifi"},
    "スマホは、孫からの電話に出るためだけの物になっています。": DIGITAL,
    "年賀状は、数年前にやめてしまいました。": {"nengajo", "daihitsu", "pc"},
    "家の中は、人様に見せられないほど散らかっています。": {"tidy", "yubin", "gomidashi", "sodaigomi"},
    "免許は持っていますが、もう十年ハンドルを握っていません。": {"driving"},
    "郵便受けは、チラシでいつもいっぱいです。": {"yubin"},
    "草むしりは、腰を痛めてから家族に頼んでいます。": {"garden"},
}
INTROS = [
    "金山緑地の近くに住んでいます。",
    "定年して三年目、時間を持て余しています。",
    "高校二年生です。部活のない日に活動したいです。",
    "（家族が代わりに入力しています）",
    "夫婦で登録しています。",
    "平日は都内に通勤しています。",
    "パートの合間に動けます。",
    "七十八歳、元気だけが取り柄です。",
    "看護師で、夜勤明けの日が空いています。",
    "子どもが小学校に上がり、少し時間ができました。",
    "息子に勧められて登録しました。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's home language
    "en": "I came over from Auckland five years ago and work from home as a software tester.",
    "ko": "부산에서 왔고, 남편과 함께 기요세에서 육 년째 살고 있어요.",
    "ne": "म चितवनबाट आएको हुँ, कियोसेको एउटा रेस्टुरेन्टमा काम गर्छु।",
    "id": "Saya berasal dari Bandung, bekerja di panti jompo di Kiyose sejak dua tahun lalu.",
    "th": "ฉันมาจากเชียงใหม่ อยู่ที่คิโยเซะมาสามปีแล้วค่ะ",
}
CLOSINGS = [
    "ご連絡お待ちしています。",
    "どちらかといえば土日が動きやすいです。",
    "",
    "",
    "雨の日はお休みさせてください。",
    "Glad to lend a hand.",
    "最初は一回だけのお試しでも大丈夫です。",
    "夏場の外の作業は控えめにしています。",
]
FAMILY = ["浅野", "石田", "岩崎", "植村", "大久保", "奥村", "片山", "川島", "北野", "久保", "黒田", "小松", "坂口",
          "佐藤", "島崎", "菅原", "高木", "竹内", "谷口", "堤", "中島", "長野", "畑中", "浜口", "樋口", "藤原", "星野",
          "丸山", "水野", "森本", "矢野", "若林"]  # fmt: skip
GIVEN = ["和也", "京子", "翔", "タケ", "直美", "修", "さおり", "大和", "キミ", "茂", "陽菜", "浩", "恵子", "湊",
         "幸子", "実", "楓", "正"]  # fmt: skip
FOREIGN = [
    ("Choi Min-seo", ["ko", "ja"]),
    ("Jung Dae-ho", ["ko"]),
    ("Han Yu-na", ["ko", "en", "ja"]),
    ("Adhikari Ramesh", ["ne", "ja"]),
    ("Tamang Sabina", ["ne", "en"]),
    ("Karki Dipesh", ["ne", "ja", "en"]),
    ("Siti Rahmawati", ["id", "ja"]),
    ("Budi Santoso", ["id"]),
    ("Rina Kusuma", ["id", "en", "ja"]),
    ("Somchai Wongsa", ["th", "ja"]),
    ("Nattaya Srisuk", ["th"]),
    ("Kanokwan Chaiyo", ["th", "en", "ja"]),
    ("Oliver Hughes", ["en", "ja"]),
    ("Megan Ross", ["en"]),
    ("Lim Soo-jin", ["ko", "ja"]),
    ("Pradhan Nisha", ["ne", "ja"]),
]
FOREIGN_LANGS = ["en", "ko", "ne", "id", "th"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語の通訳", "English interpreting", "えいご"],
    "ko": ["韓国語の通訳", "한국어 통역 가능", "ハングル"],
    "ne": ["ネパール語の通訳", "नेपाली अनुवाद", "ねぱーるご"],
    "id": ["インドネシア語の通訳", "juru bahasa Indonesia", "インドネシアご"],
    "th": ["タイ語通訳", "ล่ามภาษาไทย", "たいご"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "岡本 シゲル", "スマホ",
       "えーとスマホの画面が急に白黒になってしまって色が戻らないんですけど誰か見てもらえませんか孫に聞いたら設定の"
       "どこかを触ったんだろうって言われたんですがどこを触ったのか自分でもわからなくてですねあと字も小さいので大きく"
       "する方法も知りたいです丸"),
    Rq(["smartphone"], "resident", "Aiko Tanaka-Brown", "sumaho no settei",
       "hajimemashite. nihon ni kaette kita bakari de, kanji ga amari yomemasen. atarashii sumaho wo katta kedo, "
       "settei ga zenbu nihongo de wakaranai desu. issho ni settei shite kureru hito, onegai shimasu. yukkuri "
       "hanashite moraereba nihongo de daijoubu desu."),
    Rq(["smartphone"], "resident", "Yoon Mi-kyung", "스마트폰 설정 / スマホ",
       "일본 휴대폰으로 바꿨는데 메뉴가 다 일본어라서 잘 모르겠어요. にほん の スマホ に かえました。かんこくご で"
       " せつめい して くれる かた を さがして います。", langs=["ko"]),
    # ---- line
    Rq(["line"], "resident", "ゆうと（小5）", "おばあちゃんにラインを",
       "ぼくのおばあちゃんは、ラインのスタンプのおくりかたがわかりません。ぼくはサッカーのれんしゅうがあって、毎日は"
       "おしえられません。だれかおしえてあげてください。おばあちゃんはスマホでゲームはできます。"),
    Rq(["line"], "resident", "二階堂 貴美子", "ご無理のない範囲で",
       "拝啓 時下ますますご清祥のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。さて、"
       "誠に恐縮ながら、先般より親族間の連絡がすべて例の無料の連絡の仕組み（孫が申すには「ライン」）に移りまして、"
       "わたくしのみ取り残されておる次第にございます。つきましては、ご多用中まことに恐れ入りますが、その仲間に加えて"
       "いただく手順を、お手すきの折にご指南賜りますれば幸甚に存じます。敬具"),
    # ---- videocall
    Rq(["videocall"], "resident", "居宅介護支援センターひまわり 担当CM 松井", "申し送り：K様 ご家族とのビデオ通話",
       "【申し送り】K様（81歳・女性、下宿在住）。長男様が海外赴任中で、月1回のビデオ通話を希望されている。端末"
       "（タブレット）は長男様が送付済み、ご本人は操作不可。通話の開始まで横で手伝ってくださるボランティアを探して"
       "います。通話中の同席は不要、接続できたら退室で構いません。", area="town_shitajuku"),
    Rq(["videocall"], "resident", "Pimchanok Sato", "วิดีโอคอลกับแม่ที่ไทย / タイのははと",
       "อยากวิดีโอคอลกับแม่ที่อุดรธานี แต่ตั้งค่าแท็บเล็ตไม่เป็น タイ の はは と かお を みて はなしたい。"
       "タブレット の せってい、タイご で おしえて ください。", langs=["th"]),
    Rq(["videocall"], "group", "清瀬囲碁同好会", "例会の様子を病室へ",
       "会長いわく『入院中の田村さんにも例会の様子を見せてやりたい、画面越しにしゃべれるようにできんか』とのこと。"
       "病室のタブレットと会場のノートパソコンをつないで、顔を見て話せるようにしてくださる方を探しています。碁の指導"
       "は要りません。", ["sat-pm"], decoy=["igo"]),
    # ---- pc
    Rq(["pc"], "resident", "北村 一郎", "■パソコン指導希望",
       "■希望内容：パソコンの基本操作（電源の切り方、ファイルの保存、メール）\n■ご自宅訪問：□可 ■不可（公民館"
       "希望）\n■回数：週1回×4回程度\n■備考：ノートパソコン持参します。ワードで町内の囲碁会の案内を作れるように"
       "なりたい。", decoy=["igo"]),
    Rq(["pc"], "resident", "さくら（中2）", "パソコン教えてください",
       "中学でレポートをパソコンで出すことになったんですけど、家にパソコンがあっても親も使えなくて、キーボードで"
       "打つのもめっちゃ遅いです。表とかグラフも入れなきゃいけなくて、正直ピンチです…。教えてくれる人いませんか。"
       "勉強の中身は大丈夫です！", decoy=["study"]),
    Rq(["pc"], "resident", "小池 達夫", "パソコン",
       "パソコンでメールを送ろうとしたら添付というのがうまくできなくて写真を付けて送りたいんですがいつもエラーに"
       "なるんです息子に聞いても電話じゃわからないと言われて誰か機会に詳しい方に来てもらえればと思います"),
    # ---- nengajo
    Rq(["nengajo"], "resident", "加納", "年賀状 パソコンで 50枚",
       "年賀状　パソコンで作って印刷したい　50枚　宛名も　12月初旬"),
    Rq(["nengajo"], "resident", "宮下 和代", "今年は印刷で",
       "毎年筆で書いていた年賀状ですが、手首を痛めまして。娘に『もうパソコンで作ったら？ソフトがあれば宛名も一発よ』"
       "と言われたものの、そのソフトの使い方が分かりません。代わりに手で書いてもらうのではなく、自分で作れるように"
       "なりたいのです。", decoy=["daihitsu"]),
    # ---- tv_wifi
    Rq(["tv_wifi"], "resident", "すずき はな", "てれびが うつらない",
       "かみなりの あとから てれびが うつりません。「じゅしんできません」と でます。うしろの せんが いっぱいで "
       "わたしには わかりません。みに きて ください。"),
    Rq(["tv_wifi"], "group", "Komunitas Muslim Indonesia Kiyose", "Wi-Fi di tempat pengajian / へや の Wi-Fi",
       "Kami menyewa ruangan kecil untuk pengajian. Router baru sudah datang tapi belum bisa tersambung. へや の"
       " Wi-Fi が つながりません。ルーター の せってい を、インドネシアご で せつめい できる ひと が いい です。",
       ["fri-eve", "sat-pm"], langs=["id"]),
    # ---- scam
    Rq(["scam"], "resident", "地域包括支援センター 野塩 社会福祉士 石井", "申し送り（Y様・電話勧誘）",
       "Y様（85歳・独居）宅に、ここ二週間で『屋根の無料点検』『未払いの料金』の電話が複数回。ご本人はすでに一度、"
       "業者を家に上げかけた。ご家族は遠方。固定電話の対策と、怪しい話の断り方を、ご本人に分かる言葉で繰り返し伝え"
       "てくれる方を。屋根の修理は必要ありません。", area="town_noshio", decoy=["handyman"]),
    Rq(["scam"], "resident", "はると（高1）", "じいちゃんのスマホに変なメッセージ",
       "じいちゃんのスマホに『当選しました、手数料を払ってください』みたいなメッセージが毎日来てて、本気にしかけて"
       "ます。俺が言っても『お前は何も分かっとらん』って聞かないので、大人の人から説明してもらえると助かります。"),
    # ---- net_shopping
    Rq(["net_shopping"], "resident", "宇野 ミヨ", "通販",
       "足が悪くてお店に行けなくなったのでネットで注文するやり方を教えてほしいんですけど娘はアマゾンで頼めばいいって"
       "言うんですがそのアマゾンの入り方もわからないので一から教えてもらえる方いませんか買い物に連れていってもらう"
       "んじゃなくて自分で頼めるようになりたいです", decoy=["shopping"]),
    Rq(["net_shopping"], "resident", "Gurung Bimala", "अनलाइन किनमेल / ネット の かいもの",
       "मलाई अनलाइनबाट सामान अर्डर गर्न सिक्न मन छ। ネット で かいもの を したい。ちゅうもん の しかた を"
       " ネパールご で おしえて ください。", langs=["ne"]),
    Rq(["net_shopping"], "group", "中清戸シニアクラブ", "【講座講師募集】ネットで買い物・はじめの一歩",
       "【内容】スマホでネットスーパー・通販を使う方法（会員登録、カートに入れる、支払い方法の選び方）\n【対象】"
       "会員15名\n【日時】第2水曜 13:30〜15:00\n【備考】実際の買い物代行ではありません。", ["wed-pm"], helpers=2,
       area="town_nakakiyoto", decoy=["shopping"]),
    # ---- kaden
    Rq(["kaden"], "resident", "野口 サダ", "冬なのに冷たい風ばかり",
       "冬なのに、エアコンから冷たい風ばかり出てきます。リモコンに絵がたくさんあって、どれが暖房なのか分かりません。"
       "壊れてはいないと思うのですが、使い方を教えてください。"),
    Rq(["kaden"], "resident", "たかはし とみ", "せんたくきが あたらしく なって",
       "せんたくきを あたらしく かいかえました。ぼたんが たくさん あって どれを おせば いいか わかりません。"
       "つかいかたを おしえて くれる ひと おねがいします。"),
    Rq(["kaden"], "resident", "Suda Kimura", "ใช้เครื่องใช้ไฟฟ้าไม่เป็น / かでん",
       "ไมโครเวฟกับหม้อหุงข้าวมีแต่ภาษาญี่ปุ่น でんしレンジ と すいはんき、にほんご だけ で つかいかた が"
       " わからない。タイご で おしえて ほしい です。", langs=["th"]),
    # ---- denkyu
    Rq(["denkyu"], "resident", "石川 ツル", "居間の電気がチカチカして",
       "居間の電気がチカチカして、夜は本も読めないほど暗くなりました。天井が高くて、私には手が届きません。替えの"
       "蛍光灯は買ってあります。"),
    Rq(["denkyu"], "resident", "H", "電球交換", "トイレと廊下の電球交換　2か所　脚立なし　平日夕方", WEEKDAY_EVE),
    Rq(["denkyu"], "resident", "川口 澄江", "台所のでんき",
       "台所の天井の電気がつかなくなって経口投を買ってきたんですけど付け方がわからないのと椅子に乗るのが怖いので"
       "変わりにやってもらえる方いたらお願いしたいです水道の方は大丈夫です", decoy=["mizumawari"]),
    # ---- mizumawari
    Rq(["mizumawari"], "resident", "新井 トシ子", "夜中にポタン、ポタンと",
       "夜中に台所からポタン、ポタンと音がして眠れません。締めても締めても止まらないのです。水道屋さんを呼ぶほどの"
       "ことか分からず、見ていただける方がいればと思いまして。"),
    Rq(["mizumawari"], "resident", "Kang Ji-won", "화장실이 막혔어요 / トイレ",
       "화장실 물이 잘 안 내려가요. トイレ の みず が ながれにくい です。かんこくご が できる かた、みて"
       " もらえますか。", langs=["ko"]),
    Rq(["mizumawari"], "resident", "清瀬市社協 生活支援コーディネーター 宮崎", "申し送り：T様宅 洗面所",
       "T様（78歳・男性、松山在住）。洗面所の排水が詰まり気味で、ご本人がパイプ用洗剤を何本も流している。業者への"
       "依頼には抵抗があり、『近所の人に見てもらうなら』とのこと。排水口の掃除・詰まりの解消をお願いできる方。部屋の"
       "片付けは別途ヘルパーが入っています。", area="town_matsuyama", decoy=["tidy"]),
    # ---- handyman
    Rq(["handyman"], "resident", "大橋 ヨシ子", "□ 修理のご依頼",
       "【困っていること】\n□ 押し入れのふすまが外れる\n■ 玄関の靴箱の扉が閉まらない\n■ 物干し竿をかける金具が"
       "ぐらぐら\n【希望】チェックしたものだけで結構です。"),
    Rq(["handyman"], "resident", "佐野 智美", "母の家の手すり",
       "母が『トイレで立ち上がるとき、つかまるところがあればねえ』と言うので、壁に手すりを付けてあげたいのです。"
       "ホームセンターで部品は買えますが、下地がどこにあるのか、ネジをどう留めるのか、私には分かりません。取り付けを"
       "お願いできる方はいませんか。"),
    Rq(["handyman"], "group", "清瀬第三中学校 美術部", "美術部の棚がこわれてて",
       "美術部です。部室の作品用の木の棚が、板が外れてナナメになってます。先生も忙しくて直せないので、直してくれる"
       "人を探してます。絵を教えてほしいとかじゃないです！", ["wed-pm", "fri-pm"]),
    # ---- gomidashi
    Rq(["gomidashi"], "resident", "秋山 キヨ", "ごみの日に出せなくて",
       "朝の集積所までが遠くて、ごみの日に出せない週が続いています。ベランダにも台所にも袋がたまって、部屋がにおう"
       "ようになってしまいました。週二回、集積所まで持っていってくださる方はいませんか。"),
    Rq(["gomidashi"], "resident", "Shrestha Kamal", "फोहोर फाल्ने नियम / ごみ の だしかた",
       "यहाँ फोहोर छुट्याउने नियम बुझिनँ। ごみ の ぶんべつ が わからない。もえる ごみ、プラスチック、びん。"
       "ネパールご で おしえて ください。アパート の みんな に つたえたい。", langs=["ne"]),
    Rq(["gomidashi"], "resident", "Lukas Weber", "gomi no hi",
       "gomi no bunbetsu ga muzukashii desu. nanyoubi ni nani wo dasu ka, issho ni kakunin shite kuremasen ka. "
       "kaisha ga isogashikute, asa dasu no mo ma ni aimasen. shuu 1-kai, shuushuujo made tetsudatte hoshii desu."),
    # ---- sodaigomi
    Rq(["sodaigomi"], "resident", "坂井 正", "■粗大ごみの件",
       "■出したいもの：古いタンス1、壊れた扇風機、自転車\n■困っていること：申し込みのやり方、シールの買い方、"
       "家の前まで出せない\n■その他：部屋の片付けは済んでいます。", decoy=["tidy"]),
    Rq(["sodaigomi"], "resident", "森田 ユキエ", "粗大ごみの出し方と運び出し",
       "夫が使っていたベッドのマットレスと、壊れたこたつが廊下をふさいでいて、夜中にトイレへ行くのにつまずきそうに"
       "なります。一人では持ち上がりもしません。"),
    Rq(["sodaigomi"], "resident", "訪問介護ステーション すずらん サ責 大石", "申し送り（N様・転居前）",
       "N様（90歳）、来月サ高住へ転居。不要家具（食器棚・座卓・ソファ）の処分の申し込みと、収集日に家の前まで出す"
       "作業が必要。箱詰めはご家族が行います。"),
    # ---- lifting
    Rq(["lifting"], "resident", "吉村", "冷蔵庫 移動", "冷蔵庫を台所の反対側へ　男手2人　日曜午前　30分",
       ["sun-am"], helpers=2),
    Rq(["lifting"], "group", "梅園ふれあい食堂", "机と椅子の出し入れ",
       "代表いわく『料理はみんなでできるけど、会議室の長机を運ぶのがもう無理』。月1回の食堂の日、朝と夕方に長机"
       "10台と椅子40脚を倉庫から出し入れしてくださる方。調理の手伝いは足りています。", ["sat-am", "sat-pm"],
       helpers=3, area="town_umezono", decoy=["tsukurioki"]),
    Rq(["lifting"], "resident", "Andi Saputra", "Pindahan lemari / たんす",
       "Saya mau pindah kamar di apartemen yang sama. おなじ アパート の 1かい から 2かい へ ひっこし。たんす と"
       " れいぞうこ を はこぶ の を てつだって ください。", ["sun-pm"], helpers=2),
    # ---- tidy
    Rq(["tidy"], "resident", "Ni Made Ayu", "へや の そうじ",
       "あかちゃん が うまれました。へや が ちらかって います。そうじ と かたづけ を てつだって ほしい です。"
       "にほんご すこし わかります。"),
    Rq(["tidy"], "resident", "鷹司 房子", "折り入ってのお願い",
       "まことに申し上げにくいことながら、主人の書斎にございます蔵書やら雑誌やらが長年の間に山をなしまして、"
       "わたくし一人の手にはとても負えぬ有様となっております。つきましては、大変恐縮ではございますが、お力添えを賜り、"
       "少しずつでも棚に収め、部屋を人の通れる状態に整えていただけますれば、この上ない幸いに存じます。郵便物や書類の"
       "類いはわたくしが見ますので、どうぞお気遣いなく。", decoy=["yubin"]),
    # ---- yukikaki
    Rq(["yukikaki"], "resident", "古田 マサ", "玄関から出られない朝",
       "大雪の予報が出るたびに不安になります。前の冬は玄関から道まで雪がつもって、三日間外に出られませんでした。"
       "雪の日の翌朝、玄関先だけでもかいていただける方を登録しておきたいのです。", EVERY_AM),
    Rq(["yukikaki"], "group", "竹丘団地自治会", "【冬季】除雪協力者の事前登録",
       "【内容】降雪時、団地内の通路・階段の除雪\n【持ち物】スコップは自治会で貸し出し\n【備考】植え込みの草取り・"
       "手入れは業者に依頼済みです。", helpers=6, area="town_takeoka", decoy=["garden"]),
    # ---- garden
    Rq(["garden"], "resident", "田代", "草むしり", "草むしり　土曜午前　1時間　庭10坪ほど", ["sat-am"]),
    Rq(["garden"], "resident", "佐久間 ハル", "庭",
       "庭の草がすごいことになっていて隣の家からも言われてしまったんですが腰が痛くてしゃがめないので草を抜いて"
       "もらえる人いないでしょうか木の選定はいりません草だけです"),
    Rq(["garden"], "group", "清瀬生け花クラブ", "会場の庭の草取り",
       "生け花クラブです。展示会の会場に借りている古民家の庭が草だらけで、お客様を迎えられません。花を生けるのは"
       "会員がやりますので、草取りだけ手伝っていただける方を。", ["sun-am"], helpers=3, decoy=["ikebana"]),
    # ---- shopping
    Rq(["shopping"], "resident", "福島 ヨネ", "冷蔵庫がからっぽ",
       "膝の手術のあと、一人でスーパーへ行けなくなりました。冷蔵庫がからっぽに近いです。週に一回、一緒にスーパーへ"
       "行って、かごを持ってくださる方がいれば。ネットで頼むのはどうも性に合いません。", decoy=["net_shopping"]),
    Rq(["shopping"], "resident", "Malee Suzuki", "ไปซื้อของด้วยกัน / いっしょに かいもの",
       "เพิ่งย้ายมา ยังไม่รู้ว่าซื้อของที่ไหน ひっこして きた ばかり。スーパー と ドラッグストア に いっしょ に"
       " いって ほしい。タイご が できる ひと。", langs=["th"]),
    Rq(["shopping"], "resident", "ケアプランセンター清瀬 CM 吉岡", "申し送り：買い物同行",
       "S様（83歳・女性）。杖歩行、近所のスーパーまで徒歩5分。荷物が持てず買い物を控えるようになり、食事量が減って"
       "いる。週1回の買い物同行（品物選びはご本人、荷物持ちと見守り）をお願いしたい。送迎は不要。",
       ["tue-am", "thu-am"], decoy=["driving"]),
    # ---- escort
    Rq(["escort"], "resident", "柳田 悦子", "父の眼科に",
       "父が『白内障の手術のあとは、目が見えにくいから誰かに付いてきてもらえと言われた』と言っています。私は平日"
       "仕事で休めません。駅から病院まで、診察が終わるまで、横についていてくださる方を探しています。", ["wed-am"]),
    Rq(["escort"], "resident", "Grace Kim-Patterson", "Someone to come with me to my check-ups",
       "I'm eight months pregnant and my husband is away on business until the spring. I'd like someone to come with "
       "me to my check-ups at the hospital in case something happens on the way. I speak only a little Japanese, so "
       "someone who speaks English would put me at ease.", langs=["en"]),
    Rq(["escort"], "resident", "山中 ミツ", "【付き添い希望】",
       "【行き先】清瀬駅から二つ先の駅の大学病院（整形外科）\n【頻度】月1回\n【内容】電車の乗り降りと院内の移動に"
       "付き添い\n【その他】□車での送迎　■歩き・電車でOK", decoy=["driving"]),
    # ---- driving
    Rq(["driving"], "resident", "りん（小4）", "おじいちゃんを病院に",
       "おじいちゃんは足がわるくて、バスにのるのがたいへんです。おかあさんはしごとで車をつかいます。おじいちゃんを"
       "車で病院につれていってくれる人はいませんか。"),
    Rq(["driving"], "group", "Persatuan Pelajar Indonesia Kiyose", "Antar jemput ke acara / くるま で おくって",
       "Kami mengadakan acara budaya di Kiyose. Beberapa tamu lansia perlu diantar dari stasiun. えき から かいじょう"
       " まで、くるま で おくって くれる ひと。にほんご で だいじょうぶ です。", ["sun-am", "sun-pm"], helpers=2),
    # ---- yakusho
    Rq(["yakusho"], "resident", "醍醐 和子", "ご相談",
       "いつもお世話になっております。突然このようなお願いを申し上げますご無礼、何卒ご容赦くださいませ。夫が他界い"
       "たしまして以来、年金やら名義やら、あちらこちらの窓口に参らねばならぬと伺っておりますが、何をどの順に、どちら"
       "へ伺えばよいものやら見当もつかず。大変厚かましいお願いではございますが、市役所の窓口までご一緒いただき、"
       "手続きの段取りをお教えいただける方がいらっしゃいましたら、これに勝る喜びはございません。", WEEKDAY_AM),
    Rq(["yakusho"], "resident", "Bhattarai Sujan", "नगरपालिकामा जानुपर्ने / しやくしょ の てつづき",
       "मेरो श्रीमती र बच्चा नेपालबाट आउँदैछन्। かぞく が ネパール から きます。じゅうみんひょう と こくみん"
       "けんこうほけん の てつづき、しやくしょ に いっしょ に いって ほしい。ネパールご が できる ひと。",
       langs=["ne"]),
    Rq(["yakusho"], "resident", "関 良夫", "市役所",
       "介護保健の申請っていうのを市役所でしないといけないらしいんですけど窓口がどこかもわからないし何を持っていけば"
       "いいかもわからないので一緒に行ってもらえる人いませんか書類を書くのは自分でできます", decoy=["daihitsu"]),
    # ---- dog_walk
    Rq(["dog_walk"], "resident", "I", "犬の散歩代行", "柴犬（10kg）　朝の散歩　入院中の2週間　旭が丘", EVERY_AM,
       area="town_asahigaoka"),
    Rq(["dog_walk"], "resident", "みお（中3）", "受験勉強中で…",
       "うちの犬（ゴールデン、けっこう力強いです）の夕方の散歩、いつも私の担当なんですが、受験で塾に行くようになって"
       "行けなくなりました。親も帰りが遅いです。受験が終わる2月まで、代わりに散歩してくれる人いませんか。勉強はみて"
       "もらわなくて大丈夫です笑", WEEKDAY_EVE, decoy=["study"]),
    Rq(["dog_walk"], "resident", "大野 昭三", "獣医に言われまして",
       "獣医さんに『この子は太りすぎ、毎日三十分は歩かせなさい』と言われましたが、私が膝を痛めておりまして。うちの"
       "犬を連れて近所を歩いていただける方はいませんか。"),
    # ---- pet
    Rq(["pet"], "resident", "桑原 直子", "【ペットのお世話】入院中",
       "■動物：猫2匹（室内飼い）\n■期間：入院する10日間\n■お願い：朝夕のごはん、水の交換、トイレの掃除\n■鍵："
       "お預けします"),
    Rq(["pet"], "resident", "Oh Seung-hee", "고양이 돌봐 주실 분 / ねこ の せわ",
       "한국에 일주일 다녀와야 해요. かんこく に 1しゅうかん かえります。ねこ に ごはん と みず を あげて ほしい。"
       "にほんご で だいじょうぶ です。"),
    # ---- tsukurioki
    Rq(["tsukurioki"], "resident", "西川 勇", "毎日カップ麺",
       "妻が入院して一か月、毎日カップ麺とコンビニのおにぎりです。医者に塩分を控えろと言われているのに。週に一度、"
       "何日か分のおかずを作って冷蔵庫に入れておいてもらえたら、温めるくらいは自分でできます。"),
    Rq(["tsukurioki"], "resident", "清瀬市 高齢支援課 保健師 小田", "申し送り：M様 食事",
       "M様（74歳・男性）。糖尿病で通院中、独居。調理経験がほとんどなく、配食は『味が合わない』と中止。週1回、数日"
       "分の副菜を作り置きしていただける方を探しています。買い物はご本人が済ませておく予定。", decoy=["shopping"]),
    Rq(["tsukurioki"], "resident", "Wulan Sari", "Masak untuk ibu mertua / ごはん を つくって",
       "Ibu mertua saya sakit, saya harus kerja. しゅうとめ が びょうき です。わたし は しごと。しゅうとめ の"
       " ごはん を つくりおき して くれる ひと。にほん の りょうり で おねがい します。"),
    # ---- listening
    Rq(["listening"], "resident", "前川 トミ", "話し相手",
       "一人になってから誰とも口をきかない日が続いてテレビに返事をしている自分に気がつきましたたまにでいいのでお茶"
       "でも飲みながら話を聞いてもらえる人がいたらうれしいです電話でもいいです", remote=True),
    Rq(["listening"], "resident", "Margaret O'Neill", "Just someone to chat with",
       "My husband passed away last spring and my children are back in Ireland. I'd love someone to have a cup of "
       "tea with now and then, in English — my Japanese never got past the shops.", langs=["en"]),
    Rq(["listening"], "resident", "Moon Jung-ja", "한국어로 이야기할 사람 / はなしあいて",
       "일본에 온 지 40년이 됐는데, 나이가 드니 한국말이 그리워요. にほん に きて 40ねん。かんこくご で"
       " おしゃべり できる ひと、でんわ でも いい です。", langs=["ko"], remote=True),
    # ---- watch_elder
    Rq(["watch_elder"], "resident", "根岸 由紀", "母の様子を",
       "母から『最近、夜になると誰も来ないのが心細い』と電話がありました。私は神奈川に住んでいて、週末しか行けません。"
       "平日に一度、顔を見て声をかけていただける方がいれば。長話の相手までは求めていません、元気かどうかを見ていた"
       "だければ十分です。", decoy=["listening"]),
    Rq(["watch_elder"], "group", "下清戸町会 福祉部", "【見守り協力員】募集",
       "【活動】一人暮らし高齢者宅の訪問（週1回・5分程度の安否確認）\n【区域】下清戸一〜二丁目\n【備考】ゴミ出しの"
       "手伝いはお願いしていません。", helpers=4, area="town_shimokiyoto", decoy=["gomidashi"]),
    # ---- kusuri
    Rq(["kusuri"], "resident", "小野寺 ケイ", "薬が余ったり足りなかったり",
       "病院から出ている薬が七種類もあって、朝の分を飲んだのかどうか、いつも分からなくなります。袋を開けると余って"
       "いたり、足りなかったり。毎日でなくていいので、飲み忘れがないか一緒に確かめてくださる方を。"),
    Rq(["kusuri"], "resident", "訪問看護ステーションきよせ 看護師 田中", "申し送り：服薬の確認",
       "U様（80歳・女性）、軽度認知症。服薬カレンダーを導入済みだが、夕方の分の飲み忘れが続く。夕方に訪問し、"
       "カレンダーの薬が飲まれているかの確認と声かけをしてくださる方。会話の相手は娘様が電話でされています。",
       WEEKDAY_EVE, decoy=["listening"]),
    Rq(["kusuri"], "resident", "あおい（小6）", "おばあちゃんのおくすり",
       "おばあちゃんは、おくすりをのむのをよくわすれます。わたしは学校があるので、ひるのおくすりを見てあげられ"
       "ません。おひるに、おばあちゃんがおくすりをのんだか見にきてくれる人をさがしています。", WEEKDAY_PM),
    # ---- daihitsu
    Rq(["daihitsu"], "resident", "ふじた たけ", "てがみを よんで",
       "めが よく みえなく なりました。とどいた てがみや はがきを よんで もらいたい。へんじも かいて もらいたい。"),
    Rq(["daihitsu"], "resident", "内藤 清", "右手がきかなくなって",
       "脳梗塞のあと右手がきかなくなり、リハビリは続けていますが、まだ字は書けません。銀行や保険の用紙、町内会の出欠"
       "の返事など、書かねばならないものが月に何枚かあります。私が口で言うことを、そのまま書いていただける方を探して"
       "います。"),
    # ---- yubin
    Rq(["yubin"], "resident", "吉川 サト", "大事な封筒がどこかに",
       "郵便受けから取ったものを、とりあえず食卓に置いているうちに山になってしまいました。市から届いた大事な封筒も、"
       "その中に埋もれているらしいのです。要るもの、捨てていいもの、期限のあるものに分けて、どこに何があるか分かる"
       "ようにしていただきたいのです。部屋全体の片付けは求めていません。", decoy=["tidy"]),
    Rq(["yubin"], "resident", "東條 政子", "書類の件にて",
       "ご多忙の折、誠に恐れ入ります。亡夫の代より保管しております書類が、保険、年金、税金、銀行と、箱にして五つ"
       "ほどございます。いずれを残し、いずれを処分してよいものか、わたくしには皆目見当がつかず、日々気を揉んで"
       "おります。もし差し支えなければ、それらを種類ごとにお分けいただき、ファイルに綴じるところまでお手伝い願え"
       "ませんでしょうか。"),
    Rq(["yubin"], "resident", "David Lin", "Sorting a pile of Japanese mail",
       "I've lived here two years and I have a drawer full of letters from the city, the bank and the pension "
       "office. I can't tell bills from ads. Could someone help me sort them into 'important / can throw away / need "
       "to reply', explaining in English?", langs=["en"]),
    # ---- endingnote
    Rq(["endingnote"], "resident", "鈴木 ミサヲ", "息子に言われて",
       "息子に『母さん、もしものときに困るから、何か書き残しておいて』と言われ、本屋でエンディングノートというのを"
       "買ってきました。ところが開いてみると、何をどう書けばよいのか。一緒にページをめくりながら、書き方を教えて"
       "くださる方はいませんか。代わりに書いてもらうのではなく、自分の字で書きたいと思います。", decoy=["daihitsu"]),
    Rq(["endingnote"], "group", "旭が丘女性の会", "【講座】これからのことを書いておこう",
       "【内容】エンディングノートの書き方講座（60分）と個別相談\n【対象】会員20名\n【日時】第3木曜 午後\n【備考】"
       "会場の生け花は会員が用意します。", ["thu-pm"], area="town_asahigaoka", decoy=["ikebana"]),
    # ---- igo
    Rq(["igo"], "resident", "荻野", "囲碁の相手", "囲碁　打ち相手　初段くらい　平日午後　公民館か自宅", WEEKDAY_PM),
    Rq(["igo"], "resident", "そうた（小3）", "いごをおしえて",
       "学校のクラブで、いごをはじめました。おとうさんはしょうぎしかできません。いごをおしえてくれる人、土よう日に"
       "きてください。", ["sat-am", "sat-pm"], decoy=["shogi"]),
    Rq(["igo"], "resident", "三田 加代子", "夫の碁の相手を",
       "夫は脳梗塞で倒れる前、碁会所に通うのが生きがいでした。今は車椅子で通えません。先日『誰か打ちに来てくれんか"
       "なあ』とつぶやいていました。週に一度、自宅で碁の相手をしていただける方はいませんか。将棋ではなく、碁です。",
       decoy=["shogi"]),
    # ---- shogi
    Rq(["shogi"], "group", "デイサービス 清瀬のぞみ", "■将棋ボランティア募集",
       "■内容：利用者さん（男性中心）の将棋の対局相手\n■日時：毎週月曜 14:00〜15:30\n■レベル：初心者〜有段者まで"
       "様々\n■備考：囲碁盤もありますが、囲碁を打つ方はいません。", ["mon-pm"], decoy=["igo"]),
    Rq(["shogi"], "resident", "Ethan Cole", "A shogi opponent for my son",
       "My 10-year-old son got hooked on shogi from an anime and wants a real opponent. Could someone play with him "
       "on weekends? He reads hiragana, so Japanese is fine.", ["sat-pm", "sun-pm"]),
    Rq(["shogi"], "resident", "寺田 源", "将棋",
       "将棋の相手がいなくなって困っています前は隣の人と指していたんですが引っ越してしまって週に一回でいいので"
       "指しに来てくれる人いませんか腕前はアマの三段くらいです碁は打てません", decoy=["igo"]),
    # ---- haiku
    Rq(["haiku"], "resident", "久我 静香", "拙句につきまして",
       "まことに僭越ながら、齢八十を過ぎ、日々のよしなしごとを五七五に託すことを覚えました。されど独学ゆえ、季語の"
       "扱いも定かならず、己の句の良し悪しも分かりかねております。もしお差し支えなければ、拙い句をご覧いただき、"
       "ご教示賜れます方がおられましたら、望外の幸せに存じます。", remote=True),
    Rq(["haiku"], "group", "清瀬将棋同好会", "会報に載せる川柳の選者",
       "将棋同好会の会報に、会員の川柳コーナーを作りました。毎月集まる二十句ほどを読んで、いいものを選び、ひと言"
       "添えていただける方。将棋の相手は足りています。", remote=True, decoy=["shogi"]),
    Rq(["haiku"], "resident", "N", "俳句の添削", "俳句の添削　月に五句　郵送かメール可", remote=True),
    # ---- ikebana
    Rq(["ikebana"], "group", "清瀬ガーデニング愛好会", "花を生ける基本を",
       "ガーデニング愛好会です。庭で育てた花を、家の中でもきれいに飾りたいという声が多く、生け花の基本を教えて"
       "いただける方を探しています。庭仕事の手伝いは不要です。", ["thu-am"], decoy=["garden"]),
    Rq(["ikebana"], "resident", "Sophie Laurent", "Ikebana lessons in English?",
       "I'm in Kiyose for one year with my husband's job and would love to learn ikebana. Is there a teacher who "
       "could explain in English? I can bring my own flowers.", langs=["en"]),
    # ---- music
    Rq(["music"], "group", "特別養護老人ホーム 清瀬の森", "【演奏ボランティア】",
       "【内容】ロビーコンサート（30分）での楽器演奏\n【日時】第4日曜 14:00\n【楽器】ピアノあり、持ち込み可\n"
       "【備考】聴いて楽しむ会です。", ["sun-pm"]),
    Rq(["music"], "group", "中里子ども会", "夏祭りの盆踊りに",
       "会長『今年は生の演奏で盆踊りをやりたい！』。太鼓か三味線、笛など、盆踊りの曲を演奏してくださる方を募集"
       "します。", ["sat-eve"], helpers=2, area="town_nakazato"),
    # ---- gakki_lesson
    Rq(["gakki_lesson"], "resident", "Mateo Fernandez", "guitar wo naraitai",
       "guitar wo kaimashita. demo hiki-kata ga wakarimasen. kantan na kyoku wo hikeru you ni naritai desu. shuu "
       "1-kai, oshiete kuremasen ka. nihongo de daijoubu desu.", ["sat-pm", "sun-pm"]),
    Rq(["gakki_lesson"], "resident", "堀 フサ", "大正琴を",
       "若いころ大正琴を少しだけ習っていました。嫁いでからは子育てと家業でそれどころではなく、すっかり忘れてしまい"
       "ました。先日、物置を整理していたら琴が出てきまして、もう一度弾けるようになりたいと思ったのです。弾き方を"
       "一から教えてくださる方はいらっしゃいませんか。"),
    Rq(["gakki_lesson"], "resident", "Seo Ha-eun", "피아노 레슨 / ピアノ",
       "딸(7살)에게 피아노를 가르쳐 주실 분을 찾아요. むすめ（7さい）に ピアノ を おしえて ください。かんこくご が"
       " できる せんせい が いい です。", langs=["ko"]),
    # ---- exercise
    Rq(["exercise"], "resident", "長尾 和子", "体操",
       "膝が痛くて病院のリハビリが終わったあと家でできる体操を教えてくれる人を探しています先生には筋肉をつけなさいと"
       "言われたんですがどうやったらいいかわからなくて一人だと続かないのでたまに見てもらえたら"),
    Rq(["exercise"], "group", "清瀬カラオケ同好会", "歌う前のストレッチ",
       "カラオケ同好会です。会員が高齢になり、長時間座っていると腰が固まるという声が。例会の最初の15分、座って"
       "できる体操やストレッチを指導してくださる方。伴奏や歌の指導は要りません。", ["tue-pm"], decoy=["music"]),
    # ---- study
    Rq(["study"], "resident", "Poudel Saraswati", "छोराको गृहकार्य / しゅくだい",
       "मेरो छोरा कक्षा ४ मा पढ्छ। むすこ は 4ねんせい。さんすう と こくご の しゅくだい を みて ほしい。"
       "わたし は にほんご が よめない。ネパールご が できる ひと。", langs=["ne"]),
    Rq(["study"], "resident", "かいと（高2）", "数学やばいです",
       "高2です。数Bのベクトルが全然わかりません。塾は部活で行けないので、週1くらいで教えてくれる人いたら助かり"
       "ます。夜なら大丈夫です。", WEEKDAY_EVE),
    # ---- japanese
    Rq(["japanese"], "resident", "Dimas Pratama", "Belajar bahasa Jepang / にほんご",
       "Saya kerja di pabrik makanan. しょくひん こうじょう で はたらいて います。しごと の ことば と けいご を"
       " べんきょう したい。せつめい は インドネシアご だと うれしい。", ["sun-am"], langs=["id"]),
    Rq(["japanese"], "resident", "Wanida Inoue", "เรียนภาษาญี่ปุ่น / ひらがな",
       "แต่งงานกับคนญี่ปุ่น แต่ยังอ่านภาษาญี่ปุ่นไม่ได้ けっこん して にほん に きました。ひらがな から"
       " べんきょう したい。タイご で せつめい して ください。", langs=["th"]),
    Rq(["japanese"], "group", "清瀬市 国際交流係 担当 森", "申し送り：日本語学習の個別支援",
       "来日半年のネパール出身女性（30代）。子の保育園の連絡帳が読めず困っている。通訳ではなく、本人が読めるように"
       "なるための日本語の個別学習（週1回）を担当してくださる方。ネパール語は不要、やさしい日本語で。",
       decoy=["interp"]),
    # ---- interp
    Rq(["interp"], "resident", "Bae Soo-jin", "병원 통역 / びょういん の つうやく",
       "아이가 수술을 받아야 해요. こども が しゅじゅつ を します。いしゃ の せつめい を かんこくご に つうやく"
       " して ください。", ["fri-am"], langs=["ko"]),
    Rq(["interp"], "group", "清瀬市立 第六小学校", "【個人面談の通訳】",
       "【内容】インドネシア出身の保護者との個人面談（20分）での通訳\n【日時】来週 火〜木の午後\n【備考】児童の"
       "日本語指導とは別の依頼です。", ["tue-pm", "wed-pm", "thu-pm"], langs=["id"], decoy=["japanese"]),
    Rq(["interp"], "resident", "Araya Tanaka", "แปลจดหมายประกัน / しょるい",
       "ได้รับจดหมายจากบริษัทประกัน อ่านไม่เข้าใจ ほけん の かいしゃ から てがみ が きました。タイご に"
       " ほんやく して ください。", langs=["th"], remote=True),
    # ---- signlang
    Rq(["signlang"], "resident", "木下 千尋", "父と話したい",
       "父は数年前から耳がほとんど聞こえなくなりました。先日、筆談の紙に『みんなと話したいが、話についていけない』と"
       "書いていました。私も手話を習い始めましたが、父の家に来て手話で話してくださる方がいたら、父の励みになると"
       "思います。英語などの通訳ではありません。", decoy=["interp"]),
    Rq(["signlang"], "group", "清瀬市老人クラブ連合会", "【手話のできる方】",
       "【内容】総会（2時間）での手話通訳\n【人数】ろう者の会員3名\n【日時】4月第2金曜 午前\n【備考】受付や会場"
       "設営の人手は足りています。", ["fri-am"], helpers=2),
    # ---- two asks (main first)
    Rq(["denkyu", "kaden"], "resident", "岩田 ハナ", "電気と、リモコンのこと",
       "二つあります。\n・玄関の電気がチカチカして、夜は足元が見えません（替えの球は買ってあります）\n・買い替えた"
       "エアコンのリモコンで、暖房とタイマーの入れ方が分かりません\n一度に見ていただける方だとありがたいです。"),
    Rq(["mizumawari", "denkyu"], "resident", "松尾 トシオ", "風呂場",
       "風呂場のシャワーの根元から水がじわじわ漏れているのとついでに風呂場の電気も切れてしまって暗い中で入っている"
       "のでどっちも見てもらえたら助かります部品はまだ買ってないので何を買えばいいかも教えてほしいです"),
    Rq(["gomidashi", "sodaigomi"], "resident", "清瀬市社協 地域福祉コーディネーター 藤本", "申し送り：W様 ごみ関係",
       "W様（88歳・女性、中里在住）。①週2回の可燃ごみを集積所まで運ぶ支援、②壊れた電子レンジと座椅子の粗大ごみ"
       "申し込み・搬出。②は一度きり、①は継続。ご本人は分別まではできます。", area="town_nakazato"),
    Rq(["tsukurioki", "shopping"], "resident", "ひかり（高3）", "祖父のごはん",
       "祖母が亡くなってから、祖父がちゃんとご飯を食べていないみたいです。私は受験で週末しか行けません。祖父と"
       "スーパーに行って材料を買って、何日か分のおかずを作っておいてくれる人はいませんか。祖父は料理が一切できません。"),
    Rq(["yakusho", "interp"], "resident", "Magar Hemanta", "वडा कार्यालय / しやくしょ と つうやく",
       "म जापानी राम्रोसँग बोल्न सक्दिनँ। にほんご が あまり はなせません。しやくしょ で こどもてあて の"
       " てつづき が あります。いっしょ に いって、ネパールご で つうやく して ほしい。", WEEKDAY_AM, langs=["ne"]),
    Rq(["escort", "interp"], "resident", "Ratana Yoshida", "ไปโรงพยาบาลด้วยกัน / びょういん",
       "สามีทำงาน ไม่มีใครไปโรงพยาบาลด้วย おっと は しごと。びょういん に いっしょ に いって、いしゃ の"
       " はなし を タイご に して ほしい。わたし は ひざ が いたくて、ゆっくり しか あるけません。", ["mon-am", "thu-am"], langs=["th"]),
    Rq(["yubin", "endingnote"], "resident", "大塚 信子", "身の回りの書類とノート",
       "娘が申しますには『お母さんの書類、どこに何があるか分からないと後で困る』と。もっともなことで、まずは箪笥に"
       "しまい込んだ通知や契約書の類いを仕分けし、そのうえで、エンディングノートに口座や保険の在りかを書き出して"
       "おきたいのです。どちらもご相談に乗っていただける方を。"),
    Rq(["kusuri", "watch_elder"], "group", "清瀬市 地域包括支援センター きよせ", "【見守り＋服薬確認】",
       "【対象】独居の男性（82歳）\n【内容】週2回の訪問で、①お変わりないかの確認 ②お薬カレンダーの飲み忘れ"
       "チェック\n【時間】午前中 15分程度\n【備考】調理・買い物の支援は不要。", WEEKDAY_AM,
       decoy=["tsukurioki", "shopping"]),
    Rq(["dog_walk", "pet"], "resident", "まなみ", "旅行中のわんこと猫🐶🐱",
       "5日間家をあけるので、その間の犬の散歩（朝夕）と、猫のごはん・トイレをお願いできる方いませんか🙏 鍵は"
       "お預けします。どっちもOKな方だと最高です！"),
    Rq(["igo", "listening"], "resident", "柏木 冬美", "父の碁とおしゃべり",
       "父はデイサービスに行くのを嫌がり、家で一日テレビを見ています。『碁でも打てれば話も弾むんだが』と言うので、"
       "週に一度、碁を打ちながら父の昔話に付き合ってくださる方を探しています。"),
    Rq(["garden", "yukikaki"], "resident", "宮城", "通年の外まわり",
       "夏は庭の草取り、冬は雪の日の玄関前の雪かき。年間を通してお願いできる方。一人暮らし、八十五歳。"),
    Rq(["lifting", "tidy"], "resident", "三浦 清子", "部屋の入れ替え",
       "介護用のベッドが入ることになったので寝室のタンスと本棚を隣の部屋に動かさないといけないんですがその前に中の"
       "ものを片付けないと動かせなくてどちらも一人では無理なので手伝ってもらえる方いませんか", helpers=2),
    Rq(["smartphone", "net_shopping"], "resident", "れん（中1）", "ばあちゃんのスマホ",
       "ばあちゃんがスマホにしたけど、電話のかけ方もまだあやしいです。ばあちゃんは本当はネットスーパーで重いお米とか"
       "頼めるようになりたいらしいです。スマホの使い方と、ネットスーパーの頼み方を教えてくれる人いませんか。"),
    Rq(["line", "videocall"], "resident", "Fitri Handayani", "LINE dan video call / ライン と ビデオつうわ",
       "Saya baru punya HP Jepang. あたらしい スマホ に ライン を いれて、インドネシア の かぞく と ビデオつうわ"
       " したい。インドネシアご で おしえて ください。", langs=["id"]),
    Rq(["haiku", "pc"], "group", "清瀬川柳の会", "句集づくり",
       "会の二十周年に合同句集を作ります。会員の句を読んで選句の助言をくださる方と、それをパソコンで組んで印刷用の"
       "原稿にしてくださる方。両方できる方がいれば大歓迎です。", helpers=2),
    Rq(["exercise", "music"], "group", "元町いきいきサロン", "【音楽体操】",
       "【内容】懐メロに合わせて体を動かす体操の時間\n【お願い】体操の指導と、キーボードかギターでの生伴奏\n【日時】"
       "第1・第3火曜 午前", ["tue-am"], area="town_motomachi"),
    Rq(["study", "japanese"], "resident", "Amanda Reyes-Clark", "Homework help for my kids + Japanese for me",
       "We just moved here from Manila by way of Texas. My kids (9 and 11) need help with their school homework, and "
       "I'd like to learn basic Japanese myself. Someone who can explain in English would be ideal.", langs=["en"]),
    Rq(["tv_wifi", "scam"], "resident", "金井 敏子", "ネットとメールのこと",
       "業者さんから『ルーターを交換してください』という手紙が来て新しい機械が届きましたが、つなぎ方が分かりません。"
       "それと、最近『料金未払い』というメールが来ます。本物かどうかの見分け方も、あわせて教えていただければ。"),
    Rq(["driving", "yakusho"], "resident", "宮内 ツヤ", "市役所まで",
       "障害者手帳の更新で市役所に行かねばなりません。バス停までも歩けないので、車に乗せていっていただき、窓口での"
       "手続きも一緒に聞いていただけると心強いです。", WEEKDAY_AM),
    Rq(["ikebana", "haiku"], "group", "清瀬たしなみの会", "【講師募集】花と句の会",
       "【内容】季節の花を生けて、それを題に一句詠む会\n【お願い】生け花の指導と、俳句の講評\n【日時】第2土曜 午後"
       "\n【備考】お一人で両方でも、お二人でも", ["sat-pm"], helpers=2),
]  # fmt: skip


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data)."""
    return build_set(SimpleNamespace(**globals()), "F8")


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F8 ids), and when this set's own data breaks its promises
    (a decoy CLOSE to its request's ask, a pair both CLOSE and RELATED, a concept no request asks for, a trap pair
    declared CLOSE or RELATED, a foreign language no name speaks)."""
    check_files(out, areas_file, "F8")
    close, rel = set(CLOSE), set(RELATED)
    assert not close & rel, "a pair is both CLOSE and RELATED"
    asked = {c for q in REQUESTS for c in q["need"]}
    assert asked == set(CONCEPTS), f"concepts no request asks for: {set(CONCEPTS) - asked}"
    for q in REQUESTS:
        for d in q["decoy"]:
            assert d in CONCEPTS and d not in q["need"], (q["title"], d)
            assert all(tuple(sorted((n, d))) not in close for n in q["need"]), (q["title"], d)
    for p in TRAPS:
        assert tuple(sorted(p)) not in close | rel, p
    spoken = {x for _, ls in FOREIGN for x in ls}
    assert set(FOREIGN_LANGS) <= spoken and set(FOREIGN_INTROS) >= set(HOME_LANG.values())
    assert {x for q in REQUESTS for x in q["langs"]} <= spoken | {"ja"}


# near-but-different pairs the docstring promises are graded 0 for each other (checked in self_check)
TRAPS = [("igo", "shogi"), ("denkyu", "mizumawari"), ("denkyu", "kaden"), ("net_shopping", "shopping"),
         ("yubin", "tidy"), ("haiku", "ikebana"), ("ikebana", "garden"), ("nengajo", "daihitsu"),
         ("signlang", "interp"), ("yakusho", "driving"), ("kusuri", "listening")]  # fmt: skip


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


if __name__ == "__main__":
    write()
