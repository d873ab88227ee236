#!/usr/bin/env python3
"""fresh5: a fifth blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh4.py.  Every request text and every volunteer tag /
bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv) are derived
only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py applies them
(CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's grades or the other
sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh4:
  * registers: 丁寧語, a resident's casual voice, 方言 (広島・関西・東北), terse notice-board posts (【募集】…), a
    grandchild or a son / daughter writing for a parent, a foreign resident's simple Japanese (ひらがな多め), English,
    Portuguese, Chinese, Vietnamese and Tagalog mixed in;
  * needs named by their effect or a situation (「画面が真っ暗のまま」「孫の顔を見ながら話したい」「庭の木が隣の家に
    はみ出して」「レジでピッができない」), the ask late or only in the title, who-asks phrases that name another skill
    (「編み物サークルです」「写真クラブですが」「書道同好会の会報」), requests that say what they do NOT need
    (「撮影ではなく取り出すほう」「車は要りません」「床屋さんではなく」);
  * 41 concepts, 13 of them new to the sealed sets (オンライン申請・ネット予約, 詐欺メールの見分け, スマホの写真整理,
    キャッシュレス決済, テレビ・ネット機器の接続, 剪定, 障子・ふすま張り, 外出・通院の付き添い, 代読・代筆, 編み物,
    記録写真の撮影, 訪問散髪, 自転車の修理), and splits of near concepts (庭の草取り | 剪定, 裁縫 | 編み物, 送迎 |
    付き添い, 音訳 | 代読・代筆, スマホ操作 | 写真整理 | 撮影);
  * near-but-different traps: 撮影 (camera) / 写真整理 (photo_data), 剪定の「刈り込み」/ 散髪の「カット」, テレビの配線
    (tv_wifi) / テレビ電話 (videocall), 自転車の修理 / 車の送迎 — graded 0 for each other;
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0).

Grades (make.py's grade() with fresh4's CLOSE addition):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a 書道 teacher for 代筆) = the place grade
  minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh5.py          # writes bench/heldout/fresh5/{volunteers,requests}.jsonl,
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
from freshset import (  # noqa: E402  (the generator and grader code shared with fresh4 / fresh5)
    build as build_set,
)

SEED = 20270305
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh5"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 230

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana included);
# bio = sentences that say the skill only in running text, several of them naming ANOTHER activity in passing
# (「編み物の会のあとで皆さんの携帯を」「将棋会館の掲示物をエクセルで」) — the volunteer has the sentence's concept.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "line", "videocall", "pc", "myna", "online_app", "scam_check", "photo_data", "cashless",
           "tv_wifi"}  # fmt: skip
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホの使い方", "スマートフォン操作", "スマホ教室の補助", "携帯の操作", "アンドロイド", "iPhone",
              "アイフォン", "ｽﾏｰﾄﾌｫﾝ", "すまほ", "スマホ相談員", "ケータイ", "スマホの設定"],
        bio=["編み物の会のあとで、皆さんの携帯の困りごとを聞くのが半ば恒例になりました。",
             "家電量販店の携帯売り場に八年立っていました。",
             "母のスマホの文字の大きさや着信音を、帰省のたびに整えています。",
             "地区センターのスマホ相談の日に、机の横で画面を一緒にのぞいています。"],
    ),
    "line": dict(
        tags=["LINE", "ライン", "LINEグループ作成", "LINEの設定", "ＬＩＮＥ", "ラインの使い方", "LINE通知",
              "LINEのトーク", "らいんアプリ", "LIEN"],
        bio=["子ども会の連絡を、プリント配りからLINEのグループに移した張本人です。",
             "実家の両親とは毎日ラインでスタンプを送り合っています。",
             "友だち追加のやり方を、シニアクラブで何十回と説明してきました。"],
    ),
    "videocall": dict(
        tags=["ビデオ通話", "Zoom操作", "ズーム", "テレビ電話", "オンライン面会", "LINEビデオ", "FaceTime",
              "Google Meet", "ｚｏｏｍ", "びでお通話", "Skype", "オンライン会議"],
        bio=["在宅勤務で、毎日何時間も画面越しの会議に出ています。",
             "病棟で、家族と患者さんを画面でつなぐ面会の立ち会いをしていました。",
             "ブラジルの叔母とは、毎週日曜にスマホの画面で顔を合わせています。"],
    ),
    "pc": dict(
        tags=["パソコン", "PC操作", "Word", "Excel", "ワード・エクセル", "パソコン入力", "Windows11", "Mac",
              "ﾊﾟｿｺﾝ", "ぱそこん指導", "パワーポイント", "表計算ソフト"],
        bio=["将棋会館の掲示物を、エクセルで作る係をしています。",
             "会社ではずっとシステム部門にいました。",
             "パソコン教室で、マウスの持ち方から教えるアシスタントをしています。",
             "町内会の名簿をワードとエクセルで管理しています。"],
    ),
    "myna": dict(
        tags=["マイナンバーカード", "マイナ保険証", "マイナポータル", "マイナカード", "まいなんばー",
              "マイナ保険証の利用登録", "暗証番号の再設定", "公金受取口座"],
        bio=["薬局で、受付の顔認証の機械の前に立ってご案内していました。",
             "市の臨時窓口で、カードの交付の手伝いをしていました。",
             "両親のマイナ保険証の登録を、スマホで読み取って済ませました。"],
    ),
    "online_app": dict(
        tags=["オンライン申請", "ネット予約", "電子申請", "Web予約", "ワクチン予約", "図書館のネット予約",
              "ネットでの手続き", "おんらいん申請", "ネット申し込み", "予約サイトの操作"],
        bio=["市のワクチン予約の時期に、地区センターで予約画面の入力を手伝いました。",
             "役所のホームページからの手続きは、ほとんど自分で済ませています。",
             "図書館の本はいつもネットで予約して、受け取るだけにしています。"],
    ),
    "scam_check": dict(
        tags=["詐欺メール対策", "迷惑メール", "迷惑SMS", "フィッシング詐欺", "セキュリティ設定", "迷惑電話対策",
              "詐欺の見分け方", "さぎメール", "ウイルス警告の対処", "迷惑ﾒｰﾙ"],
        bio=["警察の防犯ボランティアで、特殊詐欺の手口の紙芝居をしています。",
             "情報セキュリティの会社に勤めています。",
             "偽の宅配通知や偽のウイルス警告の見分け方を、老人会で話したことがあります。"],
    ),
    "photo_data": dict(
        tags=["写真の整理", "スマホ写真のバックアップ", "写真のプリント", "Googleフォト", "iCloud", "写真データ",
              "アルバム作り", "しゃしんの整理", "容量不足の解消", "写真の取り出し"],
        bio=["たまったスマホの写真を、年ごとにフォルダへ分けるのが好きです。",
             "コンビニのプリント機で、携帯の写真を印刷するやり方を人によく聞かれます。",
             "亡くなった祖父の携帯から写真を取り出して、家族アルバムを作りました。"],
    ),
    "cashless": dict(
        tags=["キャッシュレス決済", "PayPay", "ペイペイ", "スマホ決済", "Suica", "電子マネー", "QRコード決済",
              "ポイントカード", "キャッシュレス", "ﾍﾟｲﾍﾟｲ"],
        bio=["スーパーのレジで、スマホ払いのお客さんのお手伝いをしていました。",
             "財布を持たずに、支払いは全部スマホで済ませています。",
             "商店街のキャッシュレス導入のとき、お店の方への説明役をしました。"],
    ),
    "tv_wifi": dict(
        tags=["テレビの配線", "Wi-Fi設定", "ルーターの設定", "レコーダー", "録画予約", "アンテナ線", "家電の接続",
              "ワイファイ", "てれびの設定", "HDMI接続", "ネット回線"],
        bio=["電器店で、テレビやレコーダーの取り付けに回っていました。",
             "家じゅうの無線ランを自分で組んでいます。",
             "近所のお年寄りに頼まれて、録画予約のやり方を紙に書いて渡しています。"],
    ),
    "interp": dict(
        tags=["通訳", "通訳ボランティア", "医療通訳", "行政手続きの通訳", "付き添い通訳"],  # + INTERP_TAGS
        bio=["国際交流センターの窓口で、言葉の橋渡しをしています。",
             "二つの言葉で育ったので、どちらにも自然に言い換えられます。",
             "学校の面談で、保護者さんと先生の間に入ったことが何度もあります。"],
    ),
    "japanese": dict(
        tags=["日本語教室", "日本語支援", "やさしい日本語", "にほんご", "日本語会話", "漢字の読み書き",
              "日本語教師養成講座修了", "JLPT", "敬語の練習"],
        bio=["地区センターの日本語教室で、火曜の夜にボランティアをしています。",
             "日本語教師として、ベトナムの技能実習生に教えていました。",
             "外国出身のお母さんたちと、回覧板や学校のお知らせを一緒に読んでいます。"],
    ),
    "study": dict(
        tags=["学習支援", "宿題サポート", "算数", "数学", "英語（中学）", "国語", "受験対策", "家庭教師経験",
              "がくしゅう支援", "理科・社会"],
        bio=["中学校の数学の教員でした。",
             "教育学部の学生で、個別指導塾でも教えています。",
             "子ども食堂で、食後に宿題を一緒に解いています。"],
    ),
    "garden": dict(
        tags=["草取り", "草むしり", "草刈り", "除草", "花壇の手入れ", "芝刈り", "庭掃除", "くさとり",
              "落ち葉拾い", "家庭菜園"],
        bio=["畑を借りて、春から秋は毎朝草と格闘しています。",
             "刈払機の安全講習を受けました。",
             "公園の花壇ボランティアを十年続けています。"],
    ),
    "pruning": dict(
        tags=["剪定", "植木の剪定", "枝切り", "生垣の刈り込み", "松の手入れ", "せんてい", "高枝切り", "庭木の手入れ",
              "植木屋", "剪定士"],
        bio=["造園会社で、松やツツジの手入れを三十年やってきました。",
             "脚立と高枝ばさみを車に積んで、頼まれた家の木を整えています。",
             "シルバー人材センターで植木の仕事を受けています。"],
    ),
    "handyman": dict(
        tags=["簡単な修理", "日曜大工", "電球交換", "水回りの修理", "建付け調整", "手すり取付", "DIY", "修繕",
              "しゅうり", "便利屋", "工具あり"],
        bio=["大工を定年で辞めましたが、道具はひととおり残してあります。",
             "蛇口のパッキンや、閉まりの悪い戸の調整くらいなら直せます。",
             "マンションの管理人をしていたので、電球や換気扇の交換は慣れています。"],
    ),
    "shoji": dict(
        tags=["障子の張り替え", "ふすまの張り替え", "障子張り", "襖", "しょうじ張り", "表具", "障子紙",
              "ふすま紙", "障子の張替"],
        bio=["表具店の娘で、障子やふすまの張り替えは見よう見まねで覚えました。",
             "年末には自宅の障子を全部張り替えます。",
             "お寺の本堂のふすまの張り替えを手伝ったことがあります。"],
    ),
    "tidy": dict(
        tags=["片付け", "整理整頓", "掃除", "断捨離", "部屋の整理", "ゴミの分別", "大掃除", "かたづけ",
              "整理収納アドバイザー", "ｿｳｼﾞ"],
        bio=["整理収納アドバイザーの資格を持っています。",
             "実家じまいを経験したので、捨てる物と残す物の決め方を知っています。",
             "ビルの清掃の仕事をしていました。"],
    ),
    "lifting": dict(
        tags=["力仕事", "荷物運び", "家具の移動", "搬出入", "引っ越し手伝い", "運搬", "ちからしごと", "重量物",
              "体力あり"],
        bio=["陸上部で砲丸投げをしている高校生です。",
             "引越し屋でアルバイトを四年していました。",
             "軽トラックを持っていて、重い物も運べます。"],
    ),
    "cooking": dict(
        tags=["料理", "調理", "家庭料理", "料理教室", "献立づくり", "減塩食", "りょうり", "和食", "お菓子作り",
              "調理師"],
        bio=["給食センターで二十年、大鍋を振ってきました。",
             "地区センターの男の料理教室で、講師の手伝いをしています。",
             "祖母に習った煮物と漬物なら、誰にも負けません。",
             "囲碁会の新年会では、毎年おせちを詰めています。"],
    ),
    "listening": dict(
        tags=["話し相手", "傾聴", "おしゃべり", "傾聴ボランティア", "電話の話し相手", "聞き役", "けいちょう",
              "お茶飲み相手"],
        bio=["傾聴ボランティアの講座を修了し、施設に通っています。",
             "人の昔話を聞くのが何より好きです。",
             "美容院で三十年、お客さんの話に相づちを打ってきました。"],
    ),
    "watch_elder": dict(
        tags=["高齢者見守り", "安否確認", "見守り訪問", "独居高齢者の見守り", "声掛け", "みまもり", "見回り活動"],
        bio=["民生委員をしています。",
             "郵便配達の道すがら、ひとり暮らしのお宅の様子を気にかけています。",
             "介護職をしていたので、お年寄りの顔色の変化に気づけます。"],
    ),
    "watch_child": dict(
        tags=["子どもの預かり", "託児", "子守", "保育補助", "ベビーシッター", "一時預かり", "こどもの見守り",
              "保育士", "学童"],
        bio=["保育士として十五年働きました。",
             "三人の子を育て上げ、いまは孫守りの毎日です。",
             "児童館で、放課後の子どもたちと遊んでいます。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物同行", "お買い物支援", "買い出し", "おつかい", "かいもの", "日用品の買い物"],
        bio=["毎朝、駅前のスーパーに寄ってから出勤します。",
             "足の弱った近所の方の買い物に、カートを押して付き合っています。"],
    ),
    "driving": dict(
        tags=["送迎", "車の運転", "運転ボランティア", "通院送迎", "普通免許", "ワゴン車あり", "おくりむかえ",
              "ドライバー"],
        bio=["バスの運転手を定年まで勤めました。",
             "七人乗りの車があり、平日の昼なら乗せていけます。",
             "福祉有償運送の運転講習を受けています。"],
    ),
    "escort": dict(
        tags=["外出の付き添い", "通院の付き添い", "車いす介助", "車椅子の介助", "外出支援", "つきそい",
              "病院内の付き添い", "ガイドヘルパー", "歩行介助"],
        bio=["ガイドヘルパーの資格があり、車いすを押しての外出に慣れています。",
             "大きな病院で、受付から会計までの案内ボランティアをしています。",
             "母の通院に長年付き添ったので、待ち時間のつらさも分かります。"],
    ),
    "signlang": dict(
        tags=["手話", "手話通訳", "しゅわ", "手話サークル", "手話検定", "ろう者との会話"],
        bio=["手話サークルに入って十年になります。",
             "ろうの両親のもとで育ち、手話が第一言語です。"],
    ),
    "onyaku": dict(
        tags=["音訳", "朗読", "録音図書", "音訳ボランティア", "おんやく", "デイジー録音", "声の広報", "朗読ボランティア"],
        bio=["図書館の録音室で、雑誌を声で吹き込んでいます。",
             "朗読の会で、発声と間の取り方を学んでいます。",
             "アナウンス学校を出て、司会の仕事をしていました。"],
    ),
    "daihitsu": dict(
        tags=["代読", "代筆", "代読・代筆", "書類の記入の手伝い", "手紙の読み上げ", "だいひつ", "郵便物の確認",
              "申請書の記入補助"],
        bio=["目の不自由な方のお宅で、届いた郵便物を読み上げる活動をしています。",
             "役所の窓口で、申請書の書き方を案内していました。",
             "手の不自由な祖母の代わりに、ずっと手紙や書類を書いてきました。"],
    ),
    "yomikikase": dict(
        tags=["読み聞かせ", "絵本の読み聞かせ", "紙芝居", "おはなし会", "よみきかせ", "えほん", "ストーリーテリング"],
        bio=["小学校の朝の読み聞かせに、毎週通っています。",
             "紙芝居の舞台を自転車に積んで、児童館を回っています。",
             "図書館のおはなし会で、手遊びと絵本を担当しています。"],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "筆ペン", "しょどう", "書道教室", "書写", "かな書道", "書道師範"],
        bio=["書道の師範で、自宅で子ども教室を開いています。",
             "書き初め展の審査員を何度か務めました。"],
    ),
    "music": dict(
        tags=["ピアノ", "キーボード伴奏", "ギター", "ウクレレ", "ハーモニカ", "歌の伴奏", "アコーディオン", "楽器演奏",
              "ﾋﾟｱﾉ", "大正琴"],
        bio=["ウクレレ教室で、コードの押さえ方から教えています。",
             "音大を出て、ピアノの先生をしていました。",
             "施設の歌の会で、アコーディオンを弾いています。"],
    ),
    "origami": dict(
        tags=["折り紙", "おりがみ", "折紙", "季節の壁飾り", "紙工作", "ユニット折り紙", "ｵﾘｶﾞﾐ"],
        bio=["デイサービスで、季節の壁飾りを利用者さんと折っています。",
             "鶴もくす玉も、本を見ずに折れます。"],
    ),
    "igo": dict(
        tags=["囲碁", "碁", "いご", "囲碁の対局相手", "囲碁指導", "九路盤", "囲碁三段"],
        bio=["碁会所の常連で、週に四局は打っています。",
             "市民大会の囲碁の部で優勝したことがあります。"],
    ),
    "shogi": dict(
        tags=["将棋", "しょうぎ", "将棋指導", "詰将棋", "将棋の相手", "将棋二段", "子ども将棋教室"],
        bio=["将棋はアマ四段、子ども教室も手伝っています。",
             "駒の動かし方から定跡まで、根気よく付き合えます。"],
    ),
    "exercise": dict(
        tags=["体操", "健康体操", "椅子体操", "ストレッチ", "筋トレ", "転倒予防", "たいそう", "ヨガ", "介護予防体操",
              "ウォーキング指導"],
        bio=["理学療法士として、病院でリハビリを担当していました。",
             "介護予防体操のリーダー講習を受けました。",
             "スポーツクラブでヨガを教えています。"],
    ),
    "sewing": dict(
        tags=["裁縫", "縫い物", "ミシン", "すそ上げ", "ボタン付け", "お直し", "手芸", "さいほう", "入園グッズ作り"],
        bio=["洋裁学校を出て、ずっと仕立ての仕事をしていました。",
             "子どもの体操服のゼッケン付けなら、片手間でできます。",
             "ミシンで袋物を縫って、バザーに出しています。"],
    ),
    "knitting": dict(
        tags=["編み物", "あみもの", "棒針編み", "かぎ針編み", "毛糸", "手編み", "ニット", "編み物教室", "あみぐるみ"],
        bio=["毎冬、家族のセーターを編んでいます。",
             "手芸店の編み物教室で、かぎ針の講師をしています。",
             "地区センターの喫茶コーナーで、毛糸を持ち寄る会を開いています。"],
    ),
    "camera": dict(
        tags=["写真撮影", "カメラ", "一眼レフ", "記録写真", "ポートレート撮影", "イベント撮影", "しゃしん撮影",
              "撮影ボランティア"],
        bio=["写真館に勤めていて、人物の撮影が専門です。",
             "地域のお祭りや運動会の記録写真を撮っています。",
             "一眼レフを担いで、野鳥や人の笑顔を撮り歩いています。"],
    ),
    "haircut": dict(
        tags=["散髪", "カット", "訪問理容", "訪問美容", "理容師", "美容師免許", "ヘアカット", "さんぱつ"],
        bio=["理容師を四十年。いまは施設に出向いて散髪をしています。",
             "美容師で、寝たままの方のカットもしたことがあります。"],
    ),
    "bicycle": dict(
        tags=["自転車修理", "パンク修理", "じてんしゃ修理", "自転車の整備", "チェーン調整", "ブレーキ調整",
              "自転車技士", "ママチャリ整備"],
        bio=["自転車屋で十年働いていました。",
             "パンク修理の道具一式を持っていて、家族の自転車は全部自分で直しています。",
             "サイクリングが趣味で、チェーンやブレーキの調整は自分でします。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("daihitsu", "calligraphy"),  # a 書道 teacher can write the form for someone
        ("garden", "pruning"),  # a gardener can weed, a weeder can cut a low branch
        ("shoji", "handyman"),  # a DIY hand can paste the paper
        ("photo_data", "smartphone"),  # a phone helper can move the photos
        ("bicycle", "handyman"),  # a handyman can patch a tyre
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps): camera / photo_data,
# pruning / haircut (刈り込み / カット), tv_wifi / videocall (テレビ / テレビ電話), bicycle / driving,
# signlang / interp, onyaku / calligraphy.
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "line"),
        ("smartphone", "myna"),
        ("smartphone", "cashless"),
        ("smartphone", "scam_check"),
        ("smartphone", "online_app"),
        ("line", "videocall"),
        ("videocall", "pc"),
        ("pc", "online_app"),
        ("pc", "tv_wifi"),
        ("myna", "online_app"),
        ("interp", "japanese"),
        ("japanese", "study"),
        ("study", "watch_child"),
        ("garden", "handyman"),
        ("lifting", "tidy"),
        ("lifting", "pruning"),
        ("sewing", "knitting"),
        ("cooking", "shopping"),
        ("shopping", "driving"),
        ("driving", "escort"),
        ("escort", "watch_elder"),
        ("listening", "watch_elder"),
        ("yomikikase", "watch_child"),
        ("onyaku", "yomikikase"),
        ("onyaku", "daihitsu"),
        ("igo", "shogi"),
    ]
)

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "カットといえば、近所の美容院に月に一度行くくらいです。": {"haircut", "pruning"},
    "カメラは押し入れにしまったきり、十年は触っていません。": {"camera", "photo_data"},
    "自転車には乗れないので、どこへ行くのも歩きです。": {"bicycle"},
    "テレビはつけっぱなしにしているだけで、裏の配線はさっぱりです。": {"tv_wifi"},
    "編み物は母の趣味で、私は毛糸玉を巻く係でした。": {"knitting"},
    "車いすは、足を骨折したときに自分が乗せてもらったきりです。": {"escort"},
    "電子マネーはどうも怖くて、いまだに現金払いです。": {"cashless"},
    "怪しいメールが来たら、いつも息子に見てもらっています。": DIGITAL,
    "写真は撮られるほうが好きです。": {"camera", "photo_data"},
    "うちの障子は孫が破るので、もう張らずにあります。": {"shoji", "handyman"},
    "字に自信がないので、手紙はいつも家族に頼んでいます。": {"daihitsu", "calligraphy"},
    "将棋も囲碁も、駒や石の並べ方すら知りません。": {"shogi", "igo"},
    "免許はありますが、二十年来のペーパードライバーです。": {"driving"},
    "台所は夫の持ち場で、私は食べる専門です。": {"cooking"},
    "庭木の手入れは毎年業者さんに頼んでいます。": {"pruning", "garden"},
    "歌うのは好きですが、楽器はからきしです。": {"music"},
    "パソコンは職場で触るだけで、人に教えるほどではありません。": DIGITAL,
    "体操教室は三日で行かなくなりました。": {"exercise"},
    "ミシンは嫁入り道具でしたが、一度も使っていません。": {"sewing", "knitting"},
}
INTROS = [
    "清瀬に住んで三十年、ひまわりフェスティバルは毎年見に行きます。",
    "去年、会社を早期退職しました。",
    "小学生と保育園児の母です。",
    "看護学校に通っています。",
    "七十五歳、毎朝の散歩が日課です。",
    "元は区役所の職員でした。",
    "平日はスーパーでパートをしています。",
    "夫の転勤で清瀬に越してきました。",
    "自治会の班長を今年引き受けました。",
    "定年後、何か地域の役に立ちたいと思っていました。",
    "孫の送り迎え以外は時間があります。",
    "大学で社会福祉を学んでいます。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's first language
    "en": "I moved to Kiyose from Manchester for work and love the quiet here.",
    "tl": "Taga-Batangas ako at tatlong taon na akong nakatira sa Kiyose.",
    "ko": "부산 출신이고 기요세에 산 지 오 년이 됐습니다.",
    "vi": "Tôi đến từ Đà Nẵng, sống ở Kiyose được 5 năm rồi.",
    "zh": "我来自成都，在清濑住了八年。",
    "pt": "Sou de Londrina e vivo em Kiyose há seis anos.",
}
CLOSINGS = [
    "お声がけをお待ちしています。",
    "無理のない範囲で続けたいと思います。",
    "平日の夕方以降が動きやすいです。",
    "近所でしたら自転車で伺います。",
    "",
    "",
    "Feel free to ask!",
    "体調によってはお断りすることもあります。",
]
FAMILY = ["青木", "荒井", "今井", "内田", "遠藤", "小川", "加藤", "菊地", "工藤", "小林", "坂本", "清水",
          "杉山", "関口", "田中", "千葉", "土屋", "中野", "西村", "野村", "橋本", "平野", "福田", "星野",
          "増田", "三浦", "村上", "望月", "安田", "横山", "渡辺", "矢島"]  # fmt: skip
GIVEN = ["健一", "幸子", "蓮", "ミツ", "隆", "由美", "チヨ", "拓海", "洋子", "進", "ひかり", "徹",
         "静江", "颯太", "節子", "勇", "結衣", "稔"]  # fmt: skip
FOREIGN = [
    ("Nguyen Van Hieu", ["vi", "ja"]),
    ("Dang Thi Thu", ["vi"]),
    ("刘 洋", ["zh", "ja"]),
    ("黄 丽", ["zh"]),
    ("Gabriel Suzuki", ["pt", "ja"]),
    ("Fernanda Costa", ["pt"]),
    ("Oliver Hughes", ["en", "ja"]),
    ("Hannah Wright", ["en"]),
    ("Maricel Dela Cruz", ["tl", "en", "ja"]),
    ("Jomar Bautista", ["tl", "en"]),
    ("Kim Min-seo", ["ko", "ja"]),
    ("Pham Minh Khoa", ["vi", "en"]),
    ("孙 婷", ["zh", "ja", "en"]),
    ("Thiago Oliveira", ["pt", "ja", "en"]),
    ("Ravi Kumar", ["en", "ja"]),
]
FOREIGN_LANGS = ["en", "zh", "vi", "pt", "tl"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語通訳", "English interpreter", "えいご"],
    "zh": ["中国語通訳", "中文翻译", "ちゅうごくご"],
    "vi": ["ベトナム語", "thông dịch tiếng Việt", "ベトナム語通訳"],
    "pt": ["ポルトガル語", "tradutor português", "ポルトガル語通訳"],
    "tl": ["タガログ語", "Tagalog interpreter", "フィリピノ語通訳"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "野口 すみ", "画面が真っ暗のまま",
       "朝から携帯の画面が真っ暗のままで、横のボタンを押しても何も映りません。充電の線はつないであります。"
       "壊れたのか、私の押し方が悪いのか、それすら分からないのです。どなたか見ていただけませんか。",
       ["tue-am", "thu-am"]),
    Rq(["smartphone"], "resident", "Maria Santos", "Cellphone help po / けいたい",
       "Hello po! Bago po ang cellphone ko, Android. わたし にほんご すこし。でんわ の おと が ちいさい、"
       "メール の じ も ちいさい。Pwede po ba ako turuan? English OK po.", langs=["en"]),
    Rq(["smartphone"], "group", "野塩こもれび編み物サークル", "【募集】例会で携帯相談 1名",
       "編み物サークル例会（第2火曜・午後）にて、会員の携帯の困りごと相談。毛糸・編み針のご心得は不要。"
       "お茶あり。", ["tue-pm"], area="town_noshio", decoy=["knitting"]),
    Rq(["smartphone"], "resident", "関 ひなた", "ばあちゃんが電話に出られない",
       "孫です、ばあちゃんの代わりに書いてます。スマホに変えてから、かかってきた電話を取ろうとするたびに"
       "切っちゃうみたいで、すっかり落ち込んでて。指を横にすべらせるのが難しいらしいです。私は部活で平日"
       "行けないので、近所で教えてくれる人がいたら本当に助かります！"),
    # ---- line
    Rq(["line"], "resident", "金子 トヨ", "なんべん送っても届かんのよ",
       "孫に送ったつもりの写真が、なんべん送っても届いとらんみたいなんよ。緑の四角いやつ、あれ何いうたかね、"
       "ラインいうんかね。あれの使い方を、いっぺんちゃんと教えてもらえんじゃろか。"),
    Rq(["line"], "resident", "Pham Van Duc", "ともだち ついか が できない",
       "こんにちは。ベトナム から きました。ほいくえん の せんせい が LINE で れんらく します。QRコード で "
       "ともだち に なる、どう やる？ やさしい にほんご で おしえて ください。Cảm ơn nhiều.",
       ["sat-am", "sun-am"]),
    Rq(["line"], "group", "中清戸三丁目町会", "回覧板を紙で回すのをやめたい",
       "役員一同七十代。お知らせを一軒ずつ紙で回すのが負担になってきました。スマホのグループで一斉に"
       "届くようにしたいので、グループの作り方と招待の仕方から教えてくださる方を探しています。",
       ["sun-pm"], area="town_nakakiyoto"),
    # ---- videocall
    Rq(["videocall"], "resident", "原田 シゲ子", "孫の顔を見ながら話したい",
       "札幌にいる孫に赤ちゃんが生まれました。電話では声しか聞けないので、ひ孫の顔を見ながら話せたらと。"
       "孫のほうはもう準備ができているそうで、こちらの機械の支度をお願いしたいのです。"),
    Rq(["videocall"], "group", "特別養護老人ホーム けやき苑", "【募集】画面越し面会の立ち会い",
       "ご家族と入居者さんの画面越しの面会。端末の準備、つなぐ操作、ご本人の横での声かけ。水・土 午後。",
       ["wed-pm", "sat-pm"], helpers=2),
    Rq(["videocall"], "resident", "Grace Villanueva", "Seeing Mama in Manila",
       "My mother in Manila wants to see her grandkids, but every time we try a video call the picture freezes "
       "and she can't hear us. Could someone help me set it up properly on my laptop and phone? Salamat po!",
       langs=["en"]),
    # ---- pc
    Rq(["pc"], "group", "清瀬書道同好会", "会報づくりで困っています",
       "書道同好会です。筆のことではなく、会報をパソコンで作るところでつまずいています。表を入れると字が"
       "ずれる、写真がうまく入らない…。ワープロソフトの使い方を教えてくださる方を。",
       ["thu-pm"], decoy=["calligraphy"]),
    Rq(["pc"], "resident", "杉浦 正治", "字を打っても出てこない",
       "電源は入るのに、キーを押しても画面に字が出てきません。線が抜けているのか、設定の問題なのか。"
       "メールを打つくらいしか使いませんので、難しいことは要りません。"),
    Rq(["pc"], "resident", "刘 静", "町内会の会計、表をつくりたい",
       "我想学Excel。町内会 の 会計 を たのまれました。家計簿 みたい な 表 を 作りたい です。"
       "数字 を いれる と 合計 が でる ように したい。日本語 で だいじょうぶ です。"),
    # ---- myna
    Rq(["myna"], "resident", "石黒 ヨネ", "病院の受付の機械にはねられる",
       "病院の受付に、カードを置いて顔を映す機械ができました。何度やっても『使えません』と出てしまい、結局"
       "紙の保険証を出しています。保険証の代わりになる登録が、ちゃんとできているのか確かめたいのです。"),
    Rq(["myna"], "resident", "水野 孝雄", "カードの番号を三回間違えて",
       "役所でもらったカードの暗証番号を三回間違えて、使えなくなってしまいました。何を持ってどこへ行けば"
       "元に戻せるのか、私には説明書が難しくて。"),
    Rq(["myna"], "group", "元町地域包括支援センター", "【募集】保険証切り替え相談会 スタッフ3名",
       "紙の保険証からの切り替えに関する相談会。スマホでの利用登録の補助。月曜午前、センター会議室。",
       ["mon-am"], helpers=3, area="town_motomachi"),
    # ---- online_app
    Rq(["online_app"], "resident", "森本 キミ", "電話がつながらないと言われて",
       "市の接種の予約をしようと電話をかけ続けましたが、つながらず、インターネットからと言われました。"
       "日にちを選ぶ画面で先へ進めません。予約が取れるところまで、横で見ていていただきたいのです。"),
    Rq(["online_app"], "resident", "村田 昭", "本を家から取り置きしたい",
       "図書館の本を家から取り置きできると聞きましたが、番号とパスワードを入れる画面で止まってしまいます。"
       "読みたい本の名前は決まっているのですが。"),
    Rq(["online_app"], "resident", "Nguyen Thi Lan", "ほいくえん の もうしこみ",
       "ほいくえん の もうしこみ、インターネット で します。にほんご の がめん、むずかしい です。"
       "ベトナムご で いっしょに やって くれる ひと、いますか。Xin cảm ơn.", langs=["vi"]),
    # ---- scam_check
    Rq(["scam_check"], "resident", "大槻 初江", "頼んでない荷物のお知らせ",
       "宅配を頼んだ覚えもないのに『お届けできませんでした』と携帯に何通も来ます。押していいものか分からず"
       "そのままにしてあります。こういうものの見分け方と、来なくする手立てを教わりたいのです。"),
    Rq(["scam_check"], "resident", "岡田 涼", "父がパソコンの警告で電話しかけた",
       "実家の父（79）のパソコンに『ウイルスに感染しました』と大きく出て、書いてある番号に電話しかけたそう"
       "です。止めたのでよかったのですが、また出たらと思うと。父の横で、こういう画面の見分け方を話して"
       "くださる方はいませんか。"),
    Rq(["scam_check"], "group", "下宿シニアクラブ", "【講座】怪しいショートメール、どう見分ける？",
       "シニアクラブ月例講座の講師募集。テーマ：携帯に届く偽の通知・偽の請求の見分け方、迷惑な着信を"
       "止める設定。木曜午前、30人程度。", ["thu-am"], area="town_shitajuku"),
    # ---- photo_data
    Rq(["photo_data"], "resident", "内藤 由紀子", "運動会で一枚も撮れなかった",
       "孫の運動会で撮ろうとしたら『ストレージがいっぱい』と出て、一枚も撮れませんでした。何千枚もたまった"
       "写真を消さずにどこかへ移して、大事なのだけ印刷しておきたいのです。"),
    Rq(["photo_data"], "resident", "堀 三枝子", "主人の携帯に残ったもの",
       "亡くなった主人の携帯に、二人で行った旅行の写真がたくさん残っています。解約する前に写真だけ取り出して"
       "アルバムにしたいのです。撮影ではなく、取り出すほうのお願いです。", decoy=["camera"]),
    Rq(["photo_data"], "group", "清瀬フォトクラブ", "写真クラブですが、今回は撮らない話",
       "写真クラブです。撮り方は自分たちでやれますが、会員の多くが撮った写真を携帯の中で探せなくなって"
       "います。フォルダ分けやバックアップのやり方を例会で教えてください。", ["sat-pm"],
       decoy=["camera"]),
    # ---- cashless
    Rq(["cashless"], "resident", "白石 イネ", "レジで「ピッ」ができない",
       "スーパーのレジで、若い人は携帯をかざして払っています。娘に入れてもらったのですが、いざレジに立つと"
       "どこを開けばいいのか慌ててしまって。買い物を代わりにしてほしいのではなく、払い方を覚えたいのです。",
       decoy=["shopping"]),
    Rq(["cashless"], "resident", "宇野 誠一", "市のポイント還元、乗り遅れた",
       "市でスマホ払いのポイント還元をやっていると聞きました。その支払いのアプリを入れるところから分かり"
       "ません。銀行とつなぐのが不安で。"),
    Rq(["cashless"], "resident", "Júlio Okamoto", "Pagamento pelo celular / スマホで はらう",
       "Olá! Quero usar PayPay e Suica no celular. わたし にほんご すこし。ポルトガルご で おしえて "
       "ください。Obrigado!", langs=["pt"]),
    # ---- tv_wifi
    Rq(["tv_wifi"], "resident", "宮下 勝", "動かしたら映らなくなった",
       "模様替えでテレビ台を動かしたら、画面が真っ暗のまま『信号がありません』と出ます。後ろの線を抜いたり"
       "差したりしたのがいけなかったようです。孫とのテレビ電話のことではなく、普通のテレビです。",
       decoy=["videocall"]),
    Rq(["tv_wifi"], "resident", "本田 芳江", "箱のランプが赤く点滅",
       "部屋の隅にあるインターネットの箱のランプが赤く点滅して、家の機械がどれもつながりません。"
       "業者さんを呼ぶ前に、見ていただける方がいたら。"),
    Rq(["tv_wifi"], "resident", "大森 正", "相撲が録れていない",
       "相撲を録画して夜に見るのが楽しみなのに、予約したはずが録れていません。箱の時計がずれているのかも"
       "しれません。"),
    # ---- interp
    Rq(["interp"], "resident", "Ana Paula Souza", "Intérprete no hospital / びょういん",
       "Preciso de intérprete de português no hospital. らいしゅう もくようび の ごぜん、こども の けんさ "
       "です。ポルトガルご の つうやく、おねがい します。", ["thu-am"], langs=["pt"]),
    Rq(["interp"], "group", "市内小学校 5年担任", "保護者面談に言葉の橋渡しを",
       "保護者面談に、ベトナム語で間に入ってくださる方をお願いしたい。お子さんの様子と、来年度の手続きに"
       "ついて30分ほど話します。", ["wed-pm"], langs=["vi"]),
    Rq(["interp"], "resident", "陈 美", "市役所 の 保険 の 手続き",
       "我需要中文翻译，去市役所办国民健康保险的手续。しやくしょ で ほけん の てつづき。ちゅうごくご の "
       "つうやく、おねがい します。", ["mon-am", "tue-am"], langs=["zh"]),
    Rq(["interp"], "resident", "Lorna Reyes", "Tagalog po, school meeting",
       "Kailangan ko po ng interpreter sa Tagalog para sa meeting sa school ng anak ko. がっこう の めんだん、"
       "タガログご の つうやく さがして います。", langs=["tl"]),
    # ---- japanese
    Rq(["japanese"], "resident", "Tran Van Minh", "かいらんばん が よめない",
       "かいらんばん が よめません。かんじ が むずかしい。しごと は レストラン の キッチン です。"
       "にほんご を べんきょう したい。しゅう 1かい、よる。", ["tue-eve", "thu-eve"], decoy=["cooking"]),
    Rq(["japanese"], "group", "清瀬国際交流の会", "【募集】にほんご おしゃべり会 パートナー 3名",
       "外国出身住民とのおしゃべり会。日本語の教え方の資格は問いません。ゆっくり、短く話せる方。日曜午後。",
       ["sun-pm"], helpers=3),
    Rq(["japanese"], "resident", "Michael O'Brien", "Japanese for my care-home job",
       "I work at a care home in Kiyose and have to write daily reports in Japanese. Looking for someone to "
       "practise keigo and kanji with me in the evenings.", ["mon-eve", "wed-eve"], langs=["en"]),
    # ---- study
    Rq(["study"], "resident", "中川 真理", "分数の割り算で止まったまま",
       "小5の息子が、分数の割り算のところでずっと止まっています。私が教えるとけんかになるので、週に一度"
       "宿題を見てくださる方がいたら。"),
    Rq(["study"], "group", "竹丘こども学習室", "【募集】中学生の数学・英語 2名",
       "火・金の夜、公民館の一室で中学生の自習を見ていただく。教員経験不問。", ["tue-eve", "fri-eve"],
       helpers=2, area="town_takeoka"),
    Rq(["study"], "resident", "井上 恵", "英語の長文が苦手で",
       "中3の娘が受験を控えていますが、英語の長文と英作文が苦手です。塾に通う余裕がなく、家で見て"
       "いただける方はいないでしょうか。"),
    # ---- garden
    Rq(["garden"], "resident", "佐野 ケン", "庭がジャングル",
       "夏の間ほっといたら、庭がもうジャングルでさ。ひざが悪くてしゃがめないんで、地面の草をむしるのだけ"
       "手伝ってくれる人いないかな。木のほうはいじらなくて大丈夫。"),
    Rq(["garden"], "group", "梅園花いっぱいの会", "【募集】公園花壇の草取り 4名",
       "梅園の公園花壇、月1回の草取り。軍手・道具は会で用意。土曜朝9時〜。", ["sat-am"], helpers=4,
       area="town_umezono"),
    Rq(["garden"], "resident", "飯田 喜美子", "芝生が伸び放題",
       "主人が元気なころは芝生をきれいにしていたのですが、芝刈りの機械も壊れたまま、伸び放題になっています。"),
    # ---- pruning
    Rq(["pruning"], "resident", "坂井 澄子", "庭の木が隣の家にはみ出して",
       "庭の柿の木の枝が、隣のお宅の屋根にかかってしまいました。お隣から言われて困っています。はしごに"
       "乗るのはもう怖くて。伸びた枝を落としていただけないでしょうか。"),
    Rq(["pruning"], "resident", "丸山 徹", "通る人の傘に引っかかる",
       "道路側の生け垣が伸びて、通る人の傘に枝が引っかかるそうです。形を整えて刈り込んでいただけると。"),
    Rq(["pruning"], "resident", "長尾 富子", "床屋さんではなく、松のこと",
       "前に『カットしてくれる方』と書いたら床屋さんから電話が来てしまったので書き直します。頼みたいのは"
       "庭の松の枝の手入れです。", decoy=["haircut"]),
    # ---- handyman
    Rq(["handyman"], "resident", "松尾 ツネ", "トイレの水がちょろちょろ",
       "トイレのタンクの水が、ちょろちょろといつまでも止まりません。水道代も気になりますし、夜は音が"
       "気になって眠れないのです。"),
    Rq(["handyman"], "resident", "根本 利夫", "玄関の戸が閉まりきらない",
       "玄関の引き戸が最後まで閉まらず、すき間から風が入ります。鍵もかけにくくなりました。"),
    Rq(["handyman"], "resident", "富田 ハル", "廊下がひと月真っ暗",
       "廊下の天井が高くて、踏み台に乗っても手が届きません。球が切れたまま、もうひと月も真っ暗です。"),
    # ---- shoji
    Rq(["shoji"], "resident", "北村 フサ", "猫が障子をびりびりに",
       "飼い猫が障子を破ってしまい、桟だけになった部屋があります。張り替えを手伝っていただけませんか。"),
    Rq(["shoji"], "resident", "吉川 和枝", "孫が走り回って、穴が三つ",
       "お盆に来た孫たちが走り回って、ふすまに穴が三つ開きました。紙を替えてきれいにしたいのです。"),
    Rq(["shoji"], "resident", "谷口 よし", "年越す前に",
       "年越す前に障子を張り替えときたいんやけど、この手ぇではもう糊がうまいこと塗れへんのです。"
       "手伝うてもろたら助かります。"),
    # ---- tidy
    Rq(["tidy"], "resident", "三宅 誠", "母の家で足の踏み場がない",
       "実家の母の家に行くと、新聞と紙袋で足の踏み場がありません。捨てるか残すかを母と相談しながら"
       "片付けてくださる方を探しています。私は遠方でなかなか通えません。"),
    Rq(["tidy"], "group", "松山三丁目自治会", "【募集】集会所物置の整理 3名",
       "集会所の物置の整理。古い備品の仕分けと不要品の分別。日曜午前。", ["sun-am"], helpers=3,
       area="town_matsuyama"),
    Rq(["tidy"], "resident", "浅野 君代", "薬と書類がどこへ行ったか",
       "引き出しの中がぐちゃぐちゃで、薬や大事な書類がどこにあるか分からなくなります。使いやすいように"
       "一緒に分けていただけたら。"),
    # ---- lifting
    Rq(["lifting"], "resident", "原 良一", "冷蔵庫を一階へ",
       "二階に置いていた古い冷蔵庫を一階へ下ろしたい。階段が急で、一人ではとても無理です。片付けはもう"
       "済んでいます。", decoy=["tidy"]),
    Rq(["lifting"], "resident", "小島 タケ", "畳を上げて干したい",
       "梅雨の前に、六畳間の畳を上げて干したいのですが、もう持ち上げる力がありません。"),
    Rq(["lifting"], "group", "野塩地域バザー実行委員会", "【募集】机・いす運び 4名",
       "バザー当日朝、会場設営。長机とパイプいすの搬入。", ["sat-am"], helpers=4, area="town_noshio"),
    # ---- cooking
    Rq(["cooking"], "resident", "藤井 繁", "毎日コンビニ",
       "妻に先立たれて半年、毎日コンビニの弁当です。簡単な汁物と煮物くらい、自分で作れるようになりたい。"),
    Rq(["cooking"], "group", "ひまわり子ども食堂", "【募集】調理スタッフ 3名",
       "金曜夕方、子ども食堂の調理。30食程度。食後の読み聞かせは別の方が担当します。", ["fri-pm"],
       helpers=3, decoy=["yomikikase"]),
    Rq(["cooking"], "resident", "Hannah Lee", "Simple Japanese home cooking",
       "I'd love to learn a few simple Japanese dishes — miso soup, nikujaga, tamagoyaki — to put in my kids' "
       "lunch boxes. Easy Japanese is fine too!"),
    # ---- listening
    Rq(["listening"], "resident", "岩田 タマ", "誰とも口をきかない日が続いて",
       "一人になって、誰とも口をきかない日が続きます。将棋の相手などではなく、お茶を飲みながら昔話を"
       "聞いてくれる人がいたら。", decoy=["shogi"]),
    Rq(["listening"], "resident", "川村 俊夫", "電話でいいので",
       "足が悪く、家からほとんど出られません。週に一度、電話で三十分ほど世間話の相手をしていただけませんか。",
       remote=True),
    Rq(["listening"], "resident", "奥田 葵", "祖母の話を聞いてくれる人",
       "祖母（88）は話すのが大好きなのに、家族はみんな忙しくてゆっくり聞いてあげられません。孫の私から"
       "お願いです。祖母のところへおしゃべりしに行ってくれる方、いませんか。"),
    # ---- watch_elder
    Rq(["watch_elder"], "resident", "福島 直子", "一人暮らしの父が心配で",
       "父が清瀬で一人暮らしをしています。朝の体操には自分で出かけているのですが、週に一、二度家を"
       "のぞいて、変わりがないか知らせていただけると安心です。", decoy=["exercise"]),
    Rq(["watch_elder"], "group", "社協 地域見守りネットワーク", "【募集】見守り訪問員 5名",
       "ひとり暮らし高齢者宅への定期訪問（月2回）。玄関先での声かけと様子の報告。", helpers=5),
    Rq(["watch_elder"], "resident", "西田 キヨ", "倒れても誰も気づかんのでは",
       "一人暮らしで、家の中で倒れたら誰も気づかんのではと思うと、夜も眠れません。時々のぞいて声を"
       "かけてもらえんでしょうか。"),
    # ---- watch_child
    Rq(["watch_child"], "resident", "長谷川 美紀", "下の子の通院の間だけ",
       "下の子の通院に付き添う二時間ほど、上の子（4歳）を見ていていただける方を探しています。"),
    Rq(["watch_child"], "group", "子育てサロンくるみ", "【募集】勉強会中の託児 2名",
       "ママの勉強会（水曜午前・90分）の間、別室で子どもたちと遊んでいただく係。", ["wed-am"], helpers=2),
    Rq(["watch_child"], "resident", "李 娜", "がくどう の あと 1じかん",
       "しごと で かえり が おそく なります。がくどう の あと、1じかん こども を みて ください。"
       "こども は 7さい です。", ["mon-eve", "wed-eve", "fri-eve"]),
    # ---- shopping
    Rq(["shopping"], "resident", "高木 スエ", "お米と水が重くて",
       "お米と水をスーパーから持って帰るのが、もうきつくて。週に一度、買い物に一緒に行っていただけたら。"),
    Rq(["shopping"], "resident", "平田 敏子", "メモを渡すので",
       "外に出るのがおっくうになりました。欲しい物をメモにして渡すので、代わりに買ってきていただけませんか。"),
    # ---- driving
    Rq(["driving"], "resident", "野田 幸三", "透析の帰りがつらくて",
       "週に三回、病院で透析を受けています。帰りはぐったりして、バスを待つ元気がありません。車で家まで"
       "乗せていっていただける方を。", ["mon-pm", "wed-pm", "fri-pm"]),
    Rq(["driving"], "group", "デイサービスしもきよと", "【募集】送迎ドライバー 2名",
       "利用者さんの朝の送迎。事業所の車を使用。普通免許必須。", ["mon-am", "thu-am"], helpers=2,
       area="town_shimokiyoto"),
    Rq(["driving"], "resident", "佐藤 ハツ", "お彼岸に墓参りさ",
       "お彼岸に、じいさまの墓参りさ行きてえんだども、バスだと乗り換えが多くて遠くてなあ。車で"
       "乗せていってけねべか。"),
    # ---- escort
    Rq(["escort"], "resident", "戸田 文江", "車いすで桜を見に",
       "車いすを押して、近くの公園まで桜を見に連れて行っていただけませんか。車は要りません、歩いて十分"
       "ほどです。", ["tue-pm", "wed-pm"], decoy=["driving"]),
    Rq(["escort"], "resident", "木下 信夫", "大きな病院の中で迷ってしまう",
       "大きな病院の受付から検査、会計まで、一緒に回っていただける方を。行き帰りはバスで自分で行けますが、"
       "中で迷ってしまうのです。"),
    Rq(["escort"], "resident", "村井 亜紀", "母の眼科に",
       "母の眼科の日に、私が仕事で行けません。目薬をさしたあとは足元が見えにくいので、家から病院まで"
       "歩いて付き添っていただけると。"),
    # ---- signlang
    Rq(["signlang"], "resident", "古田 啓介", "ろうの父とケアマネさんの面談",
       "耳の聞こえない父と、ケアマネジャーさんとの面談があります。手で話す言葉で、間に入ってくださる方を。"),
    Rq(["signlang"], "group", "清瀬聴覚障害者の会", "【募集】交流会のサポート 2名",
       "聞こえる人・聞こえない人の交流会。手話での会話の橋渡しと受付。", ["sat-pm"], helpers=2),
    # ---- onyaku
    Rq(["onyaku"], "group", "清瀬声の広報の会", "【募集】市報の吹き込み",
       "市報を録音して、目の不自由な方へお届けしています。吹き込み担当を募集。火曜午前、録音室。",
       ["tue-am"]),
    Rq(["onyaku"], "resident", "安藤 正子", "目が悪くなった母に町内の会報を",
       "目が悪くなった母が、毎月の町内の会報を楽しみにしていたのに読めなくなりました。会報を声で録音して、"
       "母が何度でも聞けるようにしていただけないでしょうか。"),
    # ---- daihitsu
    Rq(["daihitsu"], "resident", "矢野 ウメ", "手が震えて字が書けない",
       "手が震えて、役所に出す書類の字がうまく書けません。書くところを代わりに書いていただき、私は判子を"
       "押す、という形でお願いしたいのです。"),
    Rq(["daihitsu"], "resident", "島田 清", "たまった郵便を読んでほしい",
       "目が悪くなり、役所や銀行から届く手紙が読めません。月に一度、たまった郵便物を読み上げて、どれが"
       "大事か教えてくださる方を。"),
    Rq(["daihitsu"], "resident", "Tom Walker", "Letters I can't read",
       "Letters from the city office arrive in Japanese only. Could someone read them with me, explain what "
       "they ask for in English, and help me fill in the reply forms?", langs=["en"]),
    # ---- yomikikase
    Rq(["yomikikase"], "group", "清瀬市立図書館 児童室", "【募集】土曜おはなし会の読み手",
       "土曜朝のおはなし会で、絵本を読んでくださる方。ひと月に一回でも。折り紙の時間は職員が担当します。",
       ["sat-am"], decoy=["origami"]),
    Rq(["yomikikase"], "group", "地域の縁側 ほっこり", "共働き家庭の子の集まりで",
       "放課後に近所の子が集まる縁側です。おやつのあとに、絵本や紙芝居を読んでくださる方がいたら、"
       "子どもたちがきっと喜びます。", ["wed-pm", "thu-pm"]),
    # ---- calligraphy
    Rq(["calligraphy"], "resident", "松本 亮", "書き初めの宿題、親子で全滅",
       "冬休みの書き初めの宿題、筆の持ち方から親子そろってさっぱりで…。一度コツを教えていただけたら。"),
    Rq(["calligraphy"], "group", "旭が丘老人憩の家", "【募集】筆で書く教室の先生",
       "月2回、利用者さんと筆で字を書く教室を開きたい。道具は揃っています。", ["fri-am"],
       area="town_asahigaoka"),
    Rq(["calligraphy"], "resident", "今村 知子", "表札を手書きの文字で",
       "新しい家の表札を、手書きの筆の文字にしたいのです。板に書く前に、紙に何枚か書いていただけたら。"),
    # ---- music
    Rq(["music"], "group", "歌声喫茶のしお", "歌の会に伴奏を",
       "喫茶といっても料理は出ません、コーヒーだけの歌の会です。懐かしい歌の伴奏をしてくださる方を。",
       ["thu-pm"], area="town_noshio", decoy=["cooking"]),
    Rq(["music"], "resident", "新田 幸雄", "孫の前でウクレレを",
       "ウクレレを買ったものの、コードが押さえられません。正月に孫の前で一曲弾けるようになりたい。"),
    # ---- origami
    Rq(["origami"], "group", "デイサービスすみれ", "秋の壁飾りを一緒に",
       "利用者さんと一緒に、紅葉やどんぐりを色紙で折って壁に飾りたいのです。折り方を教えてくださる方。",
       ["tue-pm"]),
    Rq(["origami"], "resident", "Sofia Tanaka", "おりがみ を こども と",
       "むすめ が がっこう で おりがみ を ならいました。わたし も いっしょに おりたい。つる の おりかた "
       "おしえて ください。"),
    # ---- igo / shogi
    Rq(["igo"], "resident", "早川 正義", "碁会所が閉まって",
       "通っていた碁会所が閉まり、打つ相手がいなくなりました。家まで打ちに来ていただける方。将棋では"
       "なく碁のほうです。", decoy=["shogi"]),
    Rq(["igo"], "group", "清瀬市民センター", "【募集】九路盤で始める入門教室 講師",
       "まったくの初心者向け。石の置き方からゆっくり。日曜午後。", ["sun-pm"]),
    Rq(["shogi"], "resident", "上田 勝", "孫に負けっぱなし",
       "小学生の孫に負けっぱなしで悔しくて。駒の動かし方は分かるので、勝ち方を教えてほしいのです。"),
    Rq(["shogi"], "group", "中里児童館", "【募集】将棋クラブの指導",
       "囲碁クラブと部屋を分け合っていますが、将棋のほうの指導者がいません。小学生10人ほど。", ["sat-pm"],
       area="town_nakazato", decoy=["igo"]),
    # ---- exercise
    Rq(["exercise"], "group", "上清戸いきいきサロン", "【募集】座ってできる体操の先生",
       "サロンの最初の30分、椅子に座ったままの体操を。伴奏はCDで足ります。", ["wed-am"],
       area="town_kamikiyoto", decoy=["music"]),
    Rq(["exercise"], "resident", "吉田 綾", "立つとふらつく",
       "最近、椅子から立つときにふらつくようになりました。家でできる足腰の運動を教えていただけたら。"),
    # ---- sewing
    Rq(["sewing"], "resident", "菅野 敏", "ズボンの丈が長すぎて",
       "通販で買ったズボンの丈が長すぎて、引きずってしまいます。裾を上げていただけないでしょうか。"),
    Rq(["sewing"], "resident", "Camila Ito", "ほいくえん の バッグ",
       "ほいくえん の バッグ と うわばき いれ、ぬう ひと さがして います。ミシン ありません。"
       "ぬの は かいました。"),
    Rq(["sewing"], "group", "野塩こもれび編み物サークル", "編み物の会ですが、今回は縫い物",
       "編み物サークルの者です。バザーに出す巾着袋を作りたいのですが、ミシンを扱える会員がいません。",
       ["tue-pm"], decoy=["knitting"]),
    # ---- knitting
    Rq(["knitting"], "resident", "大川 ミヨ", "孫にマフラーを",
       "孫にマフラーを編んでやりたいのですが、目の作り方をすっかり忘れてしまって。"),
    Rq(["knitting"], "group", "旭が丘カフェ毛糸玉", "【募集】毛糸の会の先生",
       "毛糸を持ち寄る会。かぎ針・棒針の基本を教えていただける方。縫い物の会ではありません。", ["wed-pm"],
       area="town_asahigaoka", decoy=["sewing"]),
    Rq(["knitting"], "resident", "Sarah Kim", "A beanie for my baby",
       "I want to make a little hat for my baby before winter. Is there anyone who could teach me basic "
       "crochet? I bought the yarn already.", langs=["en"]),
    # ---- camera
    Rq(["camera"], "group", "清瀬市シニア運動会実行委員会", "【募集】当日の記録係 2名",
       "競技の様子を撮影し、会報用に数枚選んでいただける方。カメラ持参の方。", ["sun-am"], helpers=2),
    Rq(["camera"], "resident", "桑原 トミ", "元気なうちに一枚",
       "元気なうちに、きちんとした写真を一枚撮っておきたいのです。写真館は気後れするので、家の縁側で"
       "撮っていただけたら。"),
    Rq(["camera"], "group", "下宿夏まつり実行委員会", "夏まつりの写真係",
       "夏まつりの写真係をお願いしたい。撮った写真はこちらで整理しますので、携帯の中の整理などは不要です。",
       ["sat-eve"], area="town_shitajuku", decoy=["photo_data"]),
    # ---- haircut
    Rq(["haircut"], "resident", "星 直美", "床屋へ行けない父の髪",
       "寝たきりの父の髪が伸びて、耳にかかってうっとうしそうです。家で切っていただける方。庭木の手入れは"
       "業者さんに頼んでいるので、髪のほうだけです。", decoy=["pruning"]),
    Rq(["haircut"], "group", "グループホーム なかさと", "【募集】月1回の散髪",
       "入居者さん6名の散髪。居間で。火曜午後。", ["tue-pm"], area="town_nakazato"),
    # ---- bicycle
    Rq(["bicycle"], "resident", "野村 和子", "後ろのタイヤがぺちゃんこ",
       "買い物に使う自転車の後ろのタイヤがぺちゃんこで、空気を入れてもすぐ抜けてしまいます。"
       "車での送り迎えではなく、自転車を直していただきたいのです。", decoy=["driving"]),
    Rq(["bicycle"], "resident", "Nguyen Huu Tai", "じてんしゃ の チェーン",
       "じてんしゃ の チェーン が はずれました。しごと に いけません。Xe đạp bị tuột xích. たすけて "
       "ください。", ["sun-am", "sun-pm"]),
    Rq(["bicycle"], "resident", "杉本 弘", "ブレーキがキーキー鳴る",
       "ブレーキをかけるたびにキーキーと大きな音がして、近所迷惑です。効きも悪くなった気がします。"),
    # ---- two asks (main first)
    Rq(["smartphone", "line"], "resident", "今泉 タケ子", "新しい電話と、家族の集まり",
       "らくらくな電話から、普通の携帯に替えました。まず基本の使い方を。それと、娘たちが作った家族の"
       "グループに入れてもらいたいのです。"),
    Rq(["videocall", "pc"], "resident", "安部 修", "同窓会を画面で",
       "中学の同窓会を、遠方の者も参加できるよう画面越しで開きたい。幹事の私のパソコンで会の開き方と、"
       "そもそものパソコンの基本も教えていただきたい。", remote=True),
    Rq(["online_app", "myna"], "resident", "柴田 隆", "家から住民票の手続きを",
       "役所へ行かずに家から手続きを済ませたいのです。カードをスマホで読み取って申請するところまで、"
       "一緒にやっていただけたら。"),
    Rq(["pruning", "lifting"], "resident", "大野 稔", "切った枝の山",
       "庭の木を切っていただきたいのと、切った枝を束ねて集積所まで運ぶのも手伝っていただきたいのです。"
       "枝の山が重くて。", ["sat-am", "sun-am"]),
    Rq(["tidy", "lifting"], "resident", "遠山 美穂", "実家じまい",
       "空き家になった実家を片付けています。まずは物の仕分けと処分、それから箪笥やベッドを運び出す"
       "人手が要ります。", ["sat-am", "sat-pm"], helpers=2),
    Rq(["escort", "shopping"], "resident", "今野 ミチ", "車いすで駅前まで",
       "車いすを押して駅前のお店まで連れて行っていただき、店の中で品物を選ぶのも手伝っていただけたら。"),
    Rq(["interp", "escort"], "resident", "王 芳", "病院 つきそい と ちゅうごくご",
       "我妈妈要去医院看病。はは の びょういん に いっしょに いって、ちゅうごくご で つうやく して "
       "ください。はは は あるく の が おそい です。", langs=["zh"]),
    Rq(["japanese", "study"], "group", "外国につながる中学生の教室", "教科の言葉がわからない",
       "日本語の会話はできても、数学や理科の教科書の言葉でつまずく中学生たちです。宿題を見ながら、"
       "その言葉の意味も一緒に教えてくださる方を。", ["thu-eve"]),
    Rq(["cooking", "listening"], "resident", "宮本 フミ", "一緒に台所に立って",
       "週に一度、一緒に台所に立って夕飯のおかずを作っていただけたら。ついでにおしゃべりもできたら"
       "言うことなしです。"),
    Rq(["camera", "photo_data"], "group", "中清戸敬老会", "撮って、配れるように",
       "敬老会の当日の写真を撮っていただき、参加者がそれぞれの携帯で見られるよう共有するところまで"
       "お願いしたい。", ["sun-pm"], area="town_nakakiyoto"),
    Rq(["scam_check", "smartphone"], "resident", "高野 久子", "変な電話と変なメール",
       "知らない番号からの電話と、当選しましたというメールがひっきりなしです。止め方を教えていただきたい"
       "のと、ついでに携帯のふだんの使い方も少し。"),
    Rq(["tv_wifi", "videocall"], "resident", "岸 律子", "家にネットを通して、孫と話したい",
       "家にインターネットを引いたのですが、機械がつながりません。つながったら、孫と顔を見て話せるように"
       "してほしいのです。"),
    Rq(["haircut", "listening"], "group", "ケアハウスきよせ", "散髪しながらおしゃべり",
       "入居者さんの散髪をお願いしたい。切りながら、ゆっくり話を聞いていただけるとなお嬉しいです。",
       ["thu-pm"]),
    Rq(["signlang", "listening"], "resident", "森 千尋", "手話でおしゃべりを",
       "ろうの母が、話し相手がいないと寂しがっています。手話でおしゃべりに付き合ってくださる方を。"),
    Rq(["cashless", "shopping"], "resident", "井口 シズ", "一緒に行って、払い方も",
       "近くのスーパーへの買い物に付き添っていただき、レジで携帯で払うやり方もその場で教えていただけたら。",
       ["tue-am", "fri-am"]),
    Rq(["yomikikase", "music"], "group", "松山保育園", "歌と絵本の会",
       "年長さん向けに、絵本を読んでいただき、最後にピアノかギターで一緒に歌う会を考えています。",
       ["fri-am"], area="town_matsuyama"),
    Rq(["shoji", "tidy"], "resident", "金田 清子", "大掃除と障子",
       "年末の大掃除を手伝っていただきたいのと、最後に障子の張り替えもできたらうれしいです。"),
    Rq(["knitting", "sewing"], "group", "元町手しごとの会", "編み物と、ちょっとした縫い物",
       "毛糸の帽子を編む会を開きます。編み方の先生と、仕上げの布のタグ縫い付けもできる方なら最高です。",
       ["mon-pm"], area="town_motomachi"),
    Rq(["daihitsu", "escort"], "resident", "萩原 トシ", "役所で書類を書いてほしい",
       "役所の窓口まで付き添っていただき、そこで出す書類を代わりに書いていただけませんか。手が震えるのです。",
       ["mon-am", "tue-am"]),
]  # fmt: skip


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data)."""
    return build_set(SimpleNamespace(**globals()), "F5")


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F5 ids)."""
    check_files(out, areas_file, "F5")


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


if __name__ == "__main__":
    write()
