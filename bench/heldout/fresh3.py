#!/usr/bin/env python3
"""fresh3: a blind synthetic set in other phrasing (issue 12's first target), with a pool of its own.

Deterministic (seeded) generator and grader.  Every request text and every volunteer tag / bio sentence below
was written by hand for a *concept* (a label of our own); the grades (qrels.tsv) are derived only from those
labels and the structured fields, with the rules of shared/data/README.md as make.py states them.  Nothing here
reads or runs the matcher, its taxonomy, the dev set's grades or the other sealed sets; the only shared input is
the areas file (towns and their neighbours).

Written against wording that is NOT dev's (「…を教えてほしい」「…で活動しています」「ご都合のよい日」) nor
make.py's / fresh2.py's: new sentence patterns, new words for the same needs, and 12 concepts the earlier sets
did not have (tablet apart from smartphone, screen reader, toy repair, reading aloud, watching over elderly
people apart from children, stage acts 余興, origami, a wheelchair car, tidying, mahjong apart from go/shogi).

    python bench/heldout/fresh3.py          # writes bench/heldout/fresh3/{volunteers,requests}.jsonl,
                                            # qrels.tsv, concepts.json (labels, for diagnosis only)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20261203
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh3"
AREAS_FILE = HERE.parent.parent / "matching" / "data" / "areas-kiyose.json"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 320

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field; bio = sentences that say the skill only
# in running text.  Written for this set; where a usual word is unavoidable (手話, 書道) it appears among
# spellings the earlier sets did not use.
# --------------------------------------------------------------------------------------------------
DIGITAL = {
    "smartphone",
    "tablet",
    "line",
    "videocall",
    "cashless",
    "myna",
    "scam",
    "pcdoc",
    "screenreader",
    "sns",
    "photo",
}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマートフォン操作", "すまほ", "スマホ相談", "アンドロイド", "iPhone設定", "アイフォン",
              "携帯電話の使い方", "ガラケーからの乗り換え", "スマホの初期設定", "携帯操作サポート",
              "Smartphone", "ｽﾏｰﾄﾌｫﾝ"],
        bio=["携帯会社のコールセンターで十年、操作の問い合わせに答えてきました。",
             "家族五人分の機種変更と設定は、いつも私の役目です。",
             "アンドロイドでもアイフォンでも、電話帳の移し替えや文字の拡大ならできます。",
             "シニア向けの携帯講座で講師の補助をしています。"],
    ),
    "tablet": dict(
        tags=["タブレット", "たぶれっと", "iPad", "アイパッド操作", "Androidタブレット", "Fireタブレット",
              "ﾀﾌﾞﾚｯﾄ", "タブレット端末の設定", "タブレト"],
        bio=["小学校でタブレット授業の支援員をしていました。",
             "iPadで絵を描いたり電子書籍を読んだりしているので、大きな画面の端末には慣れています。",
             "介護施設でレク用タブレットの管理を任されていました。"],
    ),
    "line": dict(
        tags=["LINE", "ライン操作", "ＬＩＮＥ設定", "LINEグループ作成", "ラインの登録", "オープンチャット",
              "LINE通話", "らいん", "LIEN"],
        bio=["孫とのやりとりは全部ラインです。トークやスタンプの送り方なら説明できます。",
             "マンション管理組合のLINEグループを立ち上げて運営しています。",
             "緑のアプリ（LINE）の友だち追加や、機種変更のときの引き継ぎを何度も手伝ってきました。"],
    ),
    "videocall": dict(
        tags=["Zoom操作", "ズーム会議", "ビデオ通話設定", "オンライン面会", "Skype", "FaceTime", "Web会議",
              "Teams会議", "オンライン会議運営", "ｚｏｏｍ"],
        bio=["コロナの頃から、町内会の会議をオンラインで主催しています。",
             "病院のオンライン面会の受付を手伝っていたことがあります。",
             "海外にいる娘と毎週顔を見ながら話しているので、テレビ電話のつなぎ方はわかります。"],
    ),
    "cashless": dict(
        tags=["PayPay", "ペイペイ設定", "QRコード払い", "スマホ決済", "交通系IC", "nanaco", "ｷｬｯｼｭﾚｽ決済",
              "d払い", "電子マネーのチャージ", "キャシュレス"],
        bio=["商店街の会長として、お店のキャッシュレス導入を進めてきました。",
             "コンビニで十五年働き、いろいろな支払い方法を見てきました。",
             "ポイント還元やチャージの仕組みを説明するのが得意です。"],
    ),
    "myna": dict(
        tags=["マイナンバーカード", "マイナ保険証", "マイナポータル", "e-Tax申告", "電子証明書の更新",
              "オンライン手続き", "まいなんばー", "確定申告のネット提出", "マイナンバ-カード"],
        bio=["税理士事務所で働いていたので、電子申告の手順をよく知っています。",
             "区役所の臨時職員として、マイナンバーカードの交付窓口にいました。",
             "自分と両親のカードの申請も、保険証の登録も、全部スマホで済ませました。"],
    ),
    "scam": dict(
        tags=["詐欺対策", "特殊詐欺防止", "迷惑メール対策", "架空請求の相談", "ウイルス対策ソフト",
              "セキュリティ", "偽サイトの見分け方", "防犯講座", "ｾｷｭﾘﾃｨ", "詐欺SMS"],
        bio=["銀行の窓口で、振り込め詐欺の声かけをしてきました。",
             "消費生活センターの相談員をしていました。",
             "システムエンジニアとして、社内のウイルス対策を担当していました。"],
    ),
    "pcdoc": dict(
        tags=["パソコン", "Word", "Excel", "エクセル関数", "ワード文書", "パワポ", "PC操作", "パソコン入力",
              "タイピング", "表計算ソフト", "ぱそこん", "Wrod"],
        bio=["事務の仕事で、ワードとエクセルは毎日使っています。",
             "パソコン教室で講師を五年していました。",
             "町内会の名簿や会計の表をエクセルで作っています。",
             "ブラインドタッチで文字を打つのが速いです。"],
    ),
    "screenreader": dict(
        tags=["スクリーンリーダー", "画面読み上げ", "NVDA", "PC-Talker", "ボイスオーバー",
              "視覚障害者のIT支援", "音声読み上げソフト", "TalkBack", "すくりーんりーだー"],
        bio=["盲学校で情報の授業を担当していました。",
             "視覚障害のある友人のパソコンに読み上げソフトを入れて、使い方を教えています。",
             "アクセシビリティの仕事をしていて、画面を音で操作する方法に詳しいです。"],
    ),
    "sns": dict(
        tags=["Instagram", "インスタ投稿", "Facebook", "SNS発信", "ホームページ作成", "ウェブ制作", "ブログ",
              "TikTok", "広報活動", "えすえぬえす", "X(Twitter)"],
        bio=["小さなお店のSNS運用を請け負っています。",
             "NPOの広報担当として、ホームページの更新をしてきました。",
             "趣味のブログが十年続いています。"],
    ),
    "photo": dict(
        tags=["写真撮影", "カメラ", "一眼", "動画撮影", "映像編集", "記念写真", "ポートレート", "ビデオ編集",
              "しゃしん撮影", "フォトグラファー"],
        bio=["地元の写真同好会に入っています。",
             "結婚式場でカメラマンをしていました。",
             "子どもの行事の動画を撮って編集するのが趣味です。"],
    ),
    "cooking": dict(
        tags=["料理", "調理", "家庭料理", "惣菜づくり", "作り置き", "介護食", "減塩料理", "炊き出し",
              "和食の基本", "ﾘｮｳﾘ", "お料理", "調理補助"],
        bio=["特養の厨房で二十年、刻み食やとろみ食も作ってきました。",
             "料理教室の先生をしていました。",
             "毎日、家族七人分のご飯を作っています。",
             "町内の餅つきでは、大鍋での汁物づくりを毎年担当しています。"],
    ),
    "calligraphy": dict(
        tags=["書道", "毛筆", "筆文字", "習字", "筆ペン", "ペン習字", "宛名書き", "賞状の筆耕", "かな書道",
              "しょどう"],
        bio=["自宅で書道教室を開いています。",
             "役所で賞状の名入れを担当していました。",
             "ペン習字の通信講座で師範を取りました。"],
    ),
    "music": dict(
        tags=["ピアノ", "ギター演奏", "キーボード伴奏", "ウクレレ", "アコーディオン", "ハーモニカ", "三味線",
              "大正琴", "歌の伴奏", "楽器演奏", "ぴあの"],
        bio=["ピアノ教室を三十年開いていました。",
             "フォークギターで昭和の歌を弾き語りするのが好きです。",
             "オカリナとハーモニカのサークルに入っています。"],
    ),
    "garden": dict(
        tags=["草刈り", "草むしり", "庭木の手入れ", "剪定", "植木", "ガーデニング", "家庭菜園", "芝刈り",
              "除草", "くさとり", "畑仕事"],
        bio=["造園会社で働いていました。",
             "刈り払い機を持っているので、空き地の草刈りもできます。",
             "市民農園を借りて野菜を育てています。"],
    ),
    "carpentry": dict(
        tags=["大工仕事", "日曜大工", "DIY", "木工", "手すりの取り付け", "建具の調整", "家の修繕", "棚づくり",
              "だいく仕事", "ＤＩＹ"],
        bio=["工務店に四十年勤めた元大工です。",
             "ちょっとした家の修理なら、道具を持って伺えます。",
             "趣味で木の家具を作っています。"],
    ),
    "toyfix": dict(
        tags=["おもちゃ修理", "おもちゃドクター", "玩具修理", "おもちゃの病院", "電子工作", "ゼンマイ修理",
              "オモチャ修理", "玩具の修繕"],
        bio=["おもちゃ病院のドクターとして活動しています。",
             "電機メーカーの技術者でした。電池で動くおもちゃなら、たいてい直せます。",
             "壊れたおもちゃを直して子どもに返すのが生きがいです。"],
    ),
    "bike": dict(
        tags=["自転車修理", "パンク修理", "自転車整備", "チェーン調整", "ブレーキ調整", "サイクルメンテナンス",
              "じてんしゃ整備"],
        bio=["自転車店を営んでいました。",
             "通勤で毎日自転車に乗るので、簡単な整備は自分でしています。"],
    ),
    "signlang": dict(
        tags=["手話", "手話通訳", "しゅわ", "手話検定2級", "日本手話", "手話ボランティア", "手和"],
        bio=["手話通訳者として登録しています。",
             "両親がろう者で、手話が第一言語です。",
             "手話サークルで十年学んでいます。"],
    ),
    "listening": dict(
        tags=["傾聴", "話し相手", "傾聴ボランティア", "お話し相手", "相談相手", "聞き役", "けいちょう"],
        bio=["傾聴ボランティア養成講座を修了しています。",
             "人の話をじっくり聞くのが性に合っています。",
             "電話相談のボランティアを長く続けています。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "高齢者の見守り", "声かけ訪問", "見守り活動", "独居高齢者訪問",
              "みまもり"],
        bio=["民生委員として、一人暮らしの高齢者のお宅を回っています。",
             "介護ヘルパーをしていたので、お年寄りの様子の変化に気づけます。",
             "近所のお年寄りに毎朝声をかけています。"],
    ),
    "watch_child": dict(
        tags=["託児", "保育", "子守り", "ベビーシッター", "子どもの見守り", "登下校見守り", "保育士",
              "一時預かり", "たくじ"],
        bio=["保育士として十五年働いていました。",
             "三人の子を育てたので、小さい子の相手は慣れています。",
             "通学路の旗振り当番を毎朝しています。"],
    ),
    "reading": dict(
        tags=["朗読", "読み聞かせ", "音訳", "紙芝居", "絵本の読み聞かせ", "音読", "ろうどく",
              "朗読ボランティア"],
        bio=["元アナウンサーで、声に出して読むのが得意です。",
             "図書館で子どもたちに絵本を読んでいます。",
             "市報を録音する音訳の活動をしています。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "医療通訳", "通訳案内士", "コミュニティ通訳"],  # + INTERP_TAGS of the language
        bio=["医療通訳の研修を受けています。",
             "外国語と日本語の橋渡しをするのが得意です。",
             "貿易会社で翻訳をしていました。"],
    ),
    "japanese": dict(
        tags=["日本語指導", "日本語教師", "日本語支援", "にほんご教室", "日本語会話", "外国人向け日本語",
              "日本語の先生"],
        bio=["日本語教育能力検定に合格しています。",
             "外国人技能実習生に日本語を教えていました。",
             "地域の日本語教室で会話の相手をしています。"],
    ),
    "study": dict(
        tags=["学習支援", "家庭教師", "算数", "数学指導", "英語の宿題", "勉強を見る", "受験指導", "国語",
              "塾講師", "がくしゅう支援"],
        bio=["元中学校の理科の教員です。",
             "大学で教育学を学んでいて、子どもの勉強を見るのが好きです。",
             "塾で小学生に算数を教えています。"],
    ),
    "magic": dict(
        tags=["手品", "マジック", "トランプマジック", "テーブルマジック", "てじな", "マジシャン"],
        bio=["アマチュアマジシャンとして老人ホームを回っています。",
             "トランプやコインを使った手品が得意です。"],
    ),
    "stage": dict(
        tags=["落語", "腹話術", "南京玉すだれ", "バルーンアート", "大道芸", "漫談", "余興", "皿回し",
              "日本舞踊", "紙切り芸"],
        bio=["アマチュア落語家として高座に上がっています。",
             "腹話術の人形と一緒に施設を訪問しています。",
             "宴会の余興なら任せてください。"],
    ),
    "sewing": dict(
        tags=["裁縫", "ミシン", "洋裁", "和裁", "編み物", "手芸", "繕いもの", "リメイク", "刺繍", "さいほう",
              "ほつれ直し"],
        bio=["洋裁店を営んでいました。",
             "着物をほどいて服に仕立て直すのが趣味です。",
             "ボタン付けや裾上げくらいなら、すぐにできます。"],
    ),
    "origami": dict(
        tags=["折り紙", "おりがみ", "折紙", "紙工作", "切り絵", "ペーパークラフト", "折り紙講師"],
        bio=["折り紙の講師資格を持っています。",
             "季節の壁飾りを色紙で作るのが得意です。"],
    ),
    "driving": dict(
        tags=["運転", "車の運転", "送迎ボランティア", "普通免許", "自家用車あり", "移送サービス", "ドライバー",
              "うんてん"],
        bio=["元バス運転手です。",
             "軽自動車を持っていて、平日の昼間なら送り迎えができます。",
             "無事故無違反三十年です。"],
    ),
    "wheelcar": dict(
        tags=["福祉車両の運転", "車いす送迎", "リフト車運転", "スロープ車", "介護タクシー", "車椅子対応車",
              "福祉有償運送", "くるまいす送迎"],
        bio=["介護タクシーの運転手をしていました。",
             "スロープ付きの車を持っているので、車いすのまま乗っていただけます。",
             "福祉有償運送の運転者講習を修了しています。"],
    ),
    "lifting": dict(
        tags=["力仕事", "荷物運び", "家具移動", "引っ越し", "重量物運搬", "搬入作業", "ちからしごと", "運搬"],
        bio=["柔道をしていて体力には自信があります。",
             "運送会社で働いていました。",
             "重いものを運ぶのは苦になりません。"],
    ),
    "tidy": dict(
        tags=["片付け", "整理整頓", "掃除", "大掃除", "不用品の仕分け", "ハウスクリーニング", "断捨離",
              "かたづけ", "整理収納アドバイザー"],
        bio=["整理収納アドバイザーの資格を持っています。",
             "清掃の仕事をしていました。",
             "実家の片付けを一人でやり遂げました。"],
    ),
    "exercise": dict(
        tags=["体操", "ストレッチ", "ヨガ", "健康体操", "筋トレ指導", "介護予防運動", "ラジオ体操", "ピラティス",
              "たいそう", "太極拳"],
        bio=["健康運動指導士です。",
             "スポーツジムのインストラクターをしていました。",
             "公民館でヨガのクラスを教えています。"],
    ),
    "haircut": dict(
        tags=["散髪", "理容師", "美容師", "カット", "訪問美容", "ヘアカット", "理美容", "さんぱつ"],
        bio=["美容室を三十年経営していました。", "訪問理容の経験があります。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物支援", "買い物同行", "お使い", "買い出し", "買物代行"],
        bio=["スーパーに毎日行くので、ついでの買い物なら引き受けます。",
             "高齢の方の買い物に付き添う活動をしています。"],
    ),
    "mahjong": dict(
        tags=["麻雀", "マージャン", "健康麻雀", "まーじゃん", "麻雀の指導", "健康マージャン"],
        bio=["健康マージャンの指導員をしています。", "麻雀歴四十年、点数計算も教えられます。"],
    ),
    "go_shogi": dict(
        tags=["囲碁", "将棋", "碁", "しょうぎ", "囲碁指導", "将棋三段", "詰将棋", "いご"],
        bio=["囲碁は五段です。", "将棋道場に毎週通っています。", "子ども将棋教室で指導しています。"],
    ),
}  # fmt: skip

# closely related skills (grade 1 when nearby).  Deliberately NOT related: mahjong / go_shogi,
# screenreader / reading (音訳), watch_elder / watch_child, pcdoc / music (キーボード).
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "tablet"),
        ("smartphone", "line"),
        ("smartphone", "cashless"),
        ("smartphone", "myna"),
        ("line", "videocall"),
        ("tablet", "videocall"),
        ("pcdoc", "screenreader"),
        ("pcdoc", "sns"),
        ("sns", "photo"),
        ("interp", "japanese"),
        ("japanese", "study"),
        ("driving", "wheelcar"),
        ("driving", "shopping"),
        ("lifting", "tidy"),
        ("lifting", "carpentry"),
        ("garden", "carpentry"),
        ("carpentry", "toyfix"),
        ("magic", "stage"),
        ("music", "stage"),
        ("listening", "watch_elder"),
        ("watch_child", "study"),
    ]
)

# sentences that carry a trap word but NO skill; never given to a volunteer who has the concept
TRAP_FILLERS = {
    "将棋は駒の動かし方も知りません。": {"go_shogi"},
    "麻雀はやったことがありません。": {"mahjong"},
    "車は持っていません。": {"driving", "wheelcar"},
    "パソコンもスマホも家族に任せきりです。": DIGITAL,
    "料理は夫の担当です。": {"cooking"},
    "楽器は弾けませんが、歌を聴くのは好きです。": {"music"},
    "マンション暮らしで庭はありません。": {"garden"},
    "カメラを向けられると緊張します。": {"photo"},
    "読書が好きで、図書館によく行きます。": {"reading"},
    "腰を痛めているので重い物は持てません。": {"lifting"},
    "孫の送り迎えで朝は忙しいです。": {"driving", "wheelcar", "watch_child"},
    "ヨガ教室に通い始めたばかりの初心者です。": {"exercise"},
    "孫におもちゃを買ってやるのが楽しみです。": {"toyfix"},
    "タブレット型の胃薬が手放せません。": {"tablet"},
    "ラインマーカーで手帳を色分けしています。": {"line"},
}
INTROS = [
    "清瀬で生まれ育ちました。",
    "会社を早期退職して、時間ができました。",
    "三つ子の母です。",
    "看護学校の二年生です。",
    "七十八歳。足腰はまだ丈夫です。",
    "元郵便局員です。",
    "週三日、介護施設で事務をしています。",
    "夫の転勤で清瀬に越してきました。",
    "高校で社会科を教えていました。",
    "在宅で仕事をしています。",
    "町内会の役員を長く務めています。",
    "子どもが手を離れたので、何か始めたくて登録しました。",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's first language
    "en": "I moved to Kiyose three years ago for work.",
    "tl": "I moved to Kiyose from Manila last year.",
    "ko": "I moved to Kiyose from Busan last year.",
    "vi": "Tôi đến từ Việt Nam, sống ở Kiyose 5 năm.",
    "zh": "来自上海，在清瀬住了十年。",
    "pt": "Sou do Brasil, moro em Kiyose há 8 anos.",
}
CLOSINGS = [
    "どうぞよろしく。",
    "お役に立てることがあれば。",
    "無理のない範囲で続けたいです。",
    "声をかけてもらえたら嬉しいです。",
    "",
    "Feel free to contact me.",
    "平日の夜は難しいです。",
]
FAMILY = ["青木", "秋山", "荒井", "飯田", "今村", "内田", "大塚", "小川", "片岡", "菊地", "久保", "桑原",
          "小島", "坂本", "柴田", "杉山", "関口", "千葉", "土井", "徳永", "中島", "西村", "野村", "原",
          "平田", "福田", "星野", "丸山", "三浦", "村上", "矢野", "横山"]  # fmt: skip
GIVEN = ["一郎", "久美子", "拓海", "節子", "正樹", "陽菜", "文子", "剛", "真由美", "悟", "ハナ", "康介",
         "幸子", "亮", "智子", "茂", "結衣", "昭"]  # fmt: skip
FOREIGN = [
    ("Nguyen Van Tuan", ["vi", "ja"]),
    ("Pham Thi Lan", ["vi"]),
    ("张 伟", ["zh", "ja"]),
    ("刘 洋", ["zh"]),
    ("Ana Souza", ["pt", "ja"]),
    ("Carlos Oliveira", ["pt"]),
    ("Sarah Miller", ["en", "ja"]),
    ("David Park", ["en", "ko"]),
    ("Maria Reyes", ["en", "tl", "ja"]),
    ("Hoang Minh Duc", ["vi", "ja"]),
    ("Do Thi Thu", ["vi", "en"]),
    ("孙 丽娟", ["zh", "ja"]),
    ("Juliana Costa", ["pt", "ja", "en"]),
    ("James Wright", ["en"]),
]
FOREIGN_LANGS = ["en", "zh", "vi", "pt"]
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語通訳", "English interpreter", "英訳・和訳"],
    "zh": ["中国語通訳", "中文翻译", "ちゅうごく語"],
    "vi": ["ベトナム語", "ベトナム語通訳", "Tiếng Việt"],
    "pt": ["ポルトガル語", "ポルトガル語通訳", "Português"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first or
# last); area "R" / slots "R" = drawn by the seed.
# --------------------------------------------------------------------------------------------------
def Rq(need, kind, name, title, desc, slots="R", langs=("ja",), remote=False, helpers=1, area="R"):
    return dict(need=list(need), kind=kind, name=name, title=title, desc=desc,
                slots=slots if slots == "R" else list(slots), langs=list(langs), remote=remote,
                helpers=helpers, area=area)  # fmt: skip


REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "宮下 トメ", "指でなぞっても動かない",
       "この春から「すまーとふぉん」とやらを持たされましたが、指でなぞってもうまく動いてくれません。押し方が悪いのか"
       "機械が悪いのか。根気よく付き合ってくださる方がおられたら、お茶くらいはお出しします。", ["tue-am", "thu-am"]),
    Rq(["smartphone"], "resident", "荒木 翔", "ばあちゃんの新しい携帯、最初の設定だけでも",
       "うちのばあちゃん（88）が携帯を買い替えたんだけど、俺は仕事で平日行けないんで、アカウントとか文字サイズとか"
       "最初の設定をやってもらえる人がいたら頼みたいです。", ["mon-pm", "wed-pm", "fri-pm"]),
    Rq(["smartphone"], "group", "梅園シニアパソコン教室", "梅園シニアパソコン教室からのお願い",
       "梅園シニアパソコン教室からのお願いです。このごろ受講生の質問が、手のひらサイズの携帯端末（アンドロイドや"
       "アイフォーン）のことばかりで、講師だけでは回りません。毎月第二水曜の午後、受講生の携帯の相談に一緒に"
       "乗ってくださる方を二名お願いします。", ["wed-pm"], helpers=2, area="town_umezono"),
    Rq(["smartphone"], "resident", "Ana Paula Lima", "Celular do meu pai / 父の携帯",
       "Olá! Meu pai chegou do Brasil. 父の携帯を日本のSIMに替えたら、画面も設定も全部日本語になってしまいました。"
       "Alguém pode explicar em português? ポルトガル語で操作を説明してくれる人を探しています。", langs=["pt"]),
    # ---- tablet
    Rq(["tablet"], "resident", "木下 フジ", "板のような機械を置いていかれて",
       "娘が「画面が大きいから見やすいよ」と、板のような機械（アイパッドというそうです）を置いていきました。"
       "電話はできないと聞きましたが、ほかに何ができるのかも存じません。手ほどきをお願いできればと。"),
    Rq(["tablet"], "group", "デイサービスひなた", "レク用の十インチ端末",
       "デイサービスひなた（中里）です。レクリエーション用に十インチのタブレットを三台購入しました。写真の"
       "スライドショーや脳トレアプリを職員が使いこなせるよう、最初の手ほどきをしてくださる方を探しています。",
       area="town_nakazato"),
    Rq(["tablet"], "resident", "久保田 明", "スマホとは勝手が違う",
       "スマホは毎日使っているのですが、孫のお下がりのAndroidタブレットは画面の分割やらキーボードの出し方やらが"
       "違っていて戸惑っています。大きい画面ならではの使い方を知りたいです。"),
    # ---- line
    Rq(["line"], "resident", "沢田 シズ", "緑の吹き出しのマーク",
       "回覧板の代わりに、近ごろは皆さん「緑の吹き出しのマーク」でお知らせを回しているそうで、私だけ取り残されて"
       "おります。仲間に入れていただく手順を、どなたか手取り足取り。", ["fri-am"]),
    Rq(["line"], "group", "中里四丁目町内会", "防災の連絡をオープンチャットで",
       "中里四丁目町内会の運営者です。防災訓練の連絡をラインのオープンチャットでやりたいのですが、作り方も、"
       "高齢の会員さんを招き入れるやり方もわかりません。役員会（木曜の夜）に来て説明してもらえると助かります。",
       ["thu-eve"], area="town_nakazato"),
    Rq(["line"], "resident", "Vu Thi Mai", "Cách dùng LINE / 学校の連絡",
       "Xin chào. 子どもの小学校からのお知らせがLINEで来ます。でも友だちの追加や既読のことがわかりません。"
       "ベトナム語で使い方を説明してくれる方、いますか。Cảm ơn!", langs=["vi"]),
    Rq(["line"], "resident", "大谷 真理", "既読がつかないと毎晩電話が",
       "母が「既読がつかない」「スタンプってどう送るの」と毎晩電話してきます。私は遠方なので、近くで一度まとめて"
       "見てあげてくださる方がいると本当に助かります。"),
    # ---- videocall
    Rq(["videocall"], "resident", "吉岡 澄子", "施設にいる夫と画面越しに",
       "夫が施設に入って、面会が月一回になりました。施設の方が「画面でもお話しできますよ」と言うのですが、"
       "こちら側のつなぎ方がさっぱりで。"),
    Rq(["videocall"], "group", "清瀬野鳥句会", "句会を遠くの会員ともひらきたい",
       "俳句の会「清瀬野鳥句会」の世話役です。遠方の会員も加われるよう、句会をズームで開きたい。主催者側の操作"
       "（招待、画面共有、録画）を覚えたいので、教えてくださる方を。打ち合わせもオンラインで結構です。",
       ["sat-pm"], remote=True),
    Rq(["videocall"], "resident", "Grace Tanaka", "Video calls for my mother-in-law",
       "My mother-in-law (80, Japanese) lives alone in Kiyose and wants to see our new baby. I'm in Osaka. Could "
       "someone visit her and set up video calling on her phone? Japanese is fine for her — she speaks no English."),
    # ---- cashless
    Rq(["cashless"], "resident", "大西 ウメ", "「ピッとすればポイントが戻る」",
       "商店街で「携帯でピッとすればポイントが戻る」と聞きましたが、お財布から小銭を出すほうが早い気がして。"
       "一度、ちゃんと使い方を習ってみたいのです。"),
    Rq(["cashless"], "group", "竹丘日曜朝市の会", "朝市で二次元コード払いを",
       "竹丘の朝市（毎週日曜）で、出店者が二次元コードでの支払いを受けられるようにしたい。店側の登録や、読み取りの"
       "練習に付き合ってくださる方を募ります。", ["sun-am"], area="town_takeoka"),
    Rq(["cashless"], "resident", "周 丽", "想学会用手机付款",
       "我母亲从中国来日本探亲，想学会在超市用手机付款（PayPay）。母は日本語がわかりません。中国語で説明できる方を"
       "お願いします。", langs=["zh"]),
    # ---- myna
    Rq(["myna"], "resident", "長谷部 実", "病院の受付でカードをかざせと",
       "病院の受付に顔認証の機械が置いてあって、カードの保険証を使うよう言われました。暗証番号も忘れたし、"
       "どうしたらいいのやら。"),
    Rq(["myna"], "resident", "小山 典子", "医療費控除をネットで出したい",
       "昨年は入院が多く、医療費控除を申告したいのです。税務署に行かずにネットで出せると聞きました。スマホで"
       "カードを読み取るところから、一緒に見ていただけませんか。"),
    Rq(["myna"], "group", "野塩地区センター", "カードの手続き相談会の補助",
       "野塩地区センターで、電子証明書の更新やマイナポータル登録の相談会を開きます。当日、窓口の横で操作を見て"
       "くださる方を三名。", helpers=3, area="town_noshio"),
    # ---- scam
    Rq(["scam"], "resident", "東 キミ", "「当選しました」という文が毎日",
       "携帯に「あなたが当選しました、手数料を払えば受け取れます」という文が毎日届きます。うっかり押してしまいそうで"
       "怖い。止め方と見分け方を教わりたいのです。"),
    Rq(["scam"], "group", "清瀬市民生委員協議会", "研修会の講師を",
       "民生委員の研修会で、架空請求のショートメールや、宅配業者をかたる偽の通知の見分け方を話していただける講師を"
       "探しています。"),
    Rq(["scam"], "resident", "三好 弘", "パソコンに警告が出て電話しろと",
       "パソコンで動画を見ていたら、急に大きな警告音と「ウイルスに感染しました、サポートに電話を」という画面が"
       "出ました。電話しかけてやめましたが、これは本物なのでしょうか。"),
    # ---- pcdoc
    Rq(["pcdoc"], "resident", "松永 進", "自分史を冊子に",
       "手書きで書きためた自分史を、パソコンで清書して冊子にしたいと思っています。文字を打つのが遅く、段落や目次の"
       "作り方もわかりません。"),
    Rq(["pcdoc"], "group", "就労継続支援B型 あゆみ", "工賃の計算を表計算で",
       "作業所の工賃計算と請求書づくりを、表計算ソフトでできるようにしたい。関数の組み方を職員に教えてくださる方を"
       "一名お願いします。"),
    Rq(["pcdoc"], "group", "混声合唱団こだま", "楽譜の一覧表をつくりたい",
       "混声合唱団「こだま」です。団で持っている楽譜が三百曲を超え、一覧表をパソコンで作って管理したいのですが、"
       "誰も表計算が使えません。"),
    Rq(["pcdoc"], "resident", "井口 貞夫", "ローマ字入力が苦手で住所録が進まない",
       "パソコンを買ったものの、キーボードでローマ字を打つのが苦手で、年賀状の住所録づくりが一向に進みません。"),
    # ---- screenreader
    Rq(["screenreader"], "resident", "宇野 幸雄", "文字が見えなくなっても",
       "緑内障で画面の文字がほとんど読めなくなりました。画面を声で読み上げてくれるソフトがあると聞いたので、"
       "入れ方と使い方を教えてくださる方を探しています。"),
    Rq(["screenreader"], "group", "清瀬視覚障害者の会", "視覚障害者の会からのお願い",
       "清瀬視覚障害者の会からのお願いです。会員が携帯の音声読み上げ機能（ボイスオーバーやトークバック）を"
       "使えるよう、練習会の補助をしてくださる方を二名募集します。", helpers=2),
    Rq(["screenreader"], "resident", "江口 由香", "全盲の息子のパソコン",
       "全盲の息子が大学のレポートをパソコンで書いています。NVDAの読み上げの速さや辞書の設定を、一緒に見て"
       "いただける方はいらっしゃいませんか。"),
    # ---- sns
    Rq(["sns"], "group", "散歩の会てくてく", "活動報告をインスタに",
       "散歩の会「てくてく」の広報係になりました。活動報告をインスタに載せたいのですが、ハッシュタグのつけ方も"
       "写真の載せ方もさっぱり。"),
    Rq(["sns"], "group", "中清戸秋まつり実行委員会", "おまつりの告知をネットで",
       "秋まつりの情報をまとめたウェブページと、告知用のSNSアカウントを作りたいです。経験のある方、知恵を"
       "貸してください。", area="town_nakakiyoto", remote=True),
    Rq(["sns"], "resident", "玉置 かおり", "手づくりのビーズ細工を発信したい",
       "趣味のビーズ細工を、ネットで紹介してみたくなりました。投稿のやり方を若い方に教わりたいです。"),
    # ---- photo
    Rq(["photo"], "group", "ひばり保育園 保護者会", "卒園アルバムの写真を",
       "ひばり保育園の保護者会です。卒園アルバム用に、一年間の行事の写真を撮ってくださるカメラの腕のある方を"
       "探しています。"),
    Rq(["photo"], "resident", "岸 千代子", "いい顔の一枚を残したい",
       "元気なうちに、いい顔で写った写真を一枚残しておきたいと思いまして。自宅の庭で撮っていただけたら。"),
    Rq(["photo"], "group", "老人ホームやすらぎ", "合唱祭を動画に",
       "ホームの合唱祭の様子を動画に撮って、DVDにまとめていただける方を募集します。", ["sun-pm"]),
    # ---- cooking
    Rq(["cooking"], "resident", "堤 一樹", "退院した父の食事づくり",
       "父が退院し、塩分を控えた食事が必要になりました。週二回、夕方に作り置きのおかずを何品か作っていただける方は"
       "おられませんか。", ["tue-eve", "fri-eve"]),
    Rq(["cooking"], "group", "下宿自主防災会", "百食分の炊き出し",
       "防災訓練で百食分の炊き出しをします。大鍋でのご飯と汁物づくりを仕切れる方を三名。", ["sun-am"], helpers=3,
       area="town_shitajuku"),
    Rq(["cooking"], "resident", "Emma Watanabe", "Learn Japanese home cooking",
       "I just moved to Kiyose with my Japanese husband and I'd love to learn to make simple everyday dishes like miso "
       "soup and nikujaga. An English-speaking teacher would be ideal.", langs=["en"]),
    Rq(["cooking"], "resident", "根本 章", "一人暮らしの兄に温かいごはんを",
       "一人暮らしの兄が、コンビニ弁当ばかりで痩せてきました。週に一度、台所に立って温かいおかずをこしらえて"
       "くださる方がいれば。"),
    # ---- calligraphy
    Rq(["calligraphy"], "resident", "須藤 ヨネ", "喪中はがきの表書き",
       "喪中はがきを出すのですが、手が震えて宛名が書けません。筆で表書きをしてくださる方にお願いできないでしょうか。"),
    Rq(["calligraphy"], "group", "上清戸子ども会", "書き初め会の先生",
       "上清戸子ども会の書き初め会で、子どもたちに筆の持ち方から教えてくださる方を募集します。", ["sat-am"],
       area="town_kamikiyoto"),
    Rq(["calligraphy"], "resident", "浅野 玲奈", "読みやすい字が書けるように",
       "仕事で手書きの礼状を書くことが多く、ボールペンでも読みやすい、整った字を書けるようになりたいです。"),
    # ---- music
    Rq(["music"], "group", "うたごえ喫茶ひまわり", "昭和歌謡の伴奏",
       "うたごえ喫茶を月一回開いています。電子キーボードで昭和歌謡の伴奏をしてくださる方を探しています。",
       ["sat-pm"]),
    Rq(["music"], "resident", "門脇 和也", "ウクレレを一から",
       "定年後の楽しみにウクレレを始めたいのですが、コードの押さえ方すらわかりません。"),
    Rq(["music"], "group", "認知症カフェ オレンジ", "なつかしい歌の伴奏を",
       "認知症カフェで、なつかしい歌をみんなで歌う時間をつくっています。アコーディオンかハーモニカで伴奏して"
       "くださる方を。"),
    # ---- garden
    Rq(["garden"], "resident", "大森 サチ", "草ぼうぼうで玄関まで行けない",
       "入院している間に庭が草ぼうぼうになり、玄関までの道がふさがってしまいました。夏のあいだ、刈り払いを"
       "手伝ってほしいのです。"),
    Rq(["garden"], "resident", "細川 正", "柿の木が電線にかかりそう",
       "庭の柿の木が伸びすぎて、電線にかかりそうです。枝を落としてくださる方はいらっしゃいませんか。"),
    Rq(["garden"], "group", "学童クラブ 元町", "子どもたちと畑を",
       "学童クラブの子どもたちと、ミニトマトやさつまいもを育てる畑を作りたい。土づくりや苗の植え方を教えてくださる"
       "方を。", area="town_motomachi"),
    # ---- carpentry
    Rq(["carpentry"], "resident", "福本 ミヨ", "上がりかまちに手すりを",
       "玄関の上がりかまちに手すりがほしいのですが、業者に頼むほどの工事でもなく。取り付けていただける方。"),
    Rq(["carpentry"], "resident", "安藤 昇", "押し入れの引き戸が閉まらない",
       "押し入れの引き戸がレールから外れ、建て付けが悪くて、きちんと閉まりません。"),
    Rq(["carpentry"], "group", "夏休み工作教室", "のこぎりの使い方を子どもに",
       "夏休みの工作教室で、のこぎりや金づちの使い方を子どもに教えてくださる方。小さな本箱を作ります。"),
    # ---- toyfix
    Rq(["toyfix"], "resident", "矢島 美咲", "電車のおもちゃが動かない",
       "三歳の息子が毎日遊んでいた、電池で走る電車が動かなくなりました。捨てられなくて…直せる方がいたら。"),
    Rq(["toyfix"], "group", "子育てひろば ぽかぽか", "壊れたおもちゃが箱いっぱい",
       "子育てひろば「ぽかぽか」です。音の鳴る絵本や木のおもちゃが、壊れたまま箱にたまっています。直せる方に、"
       "年に数回来ていただけませんか。"),
    Rq(["toyfix"], "resident", "高野 修", "祖父の形見のブリキのロボット",
       "祖父の形見のブリキのロボット、ゼンマイを巻いても空回りします。直せる方はいないでしょうか。"),
    # ---- bike
    Rq(["bike"], "resident", "植田 恵美", "チェーンがすぐ外れる",
       "娘の通学用の自転車、坂道でチェーンが外れます。いつも手を真っ黒にして帰ってきます。"),
    Rq(["bike"], "group", "けやき団地自治会", "引き取り手のない自転車を直して譲りたい",
       "団地の自治会で、引き取り手のない自転車を整備して留学生に譲る取り組みを始めます。ブレーキやタイヤの点検が"
       "できる方。"),
    # ---- signlang
    Rq(["signlang"], "resident", "本田 隆之", "耳の聞こえない父が入院します",
       "耳の聞こえない父が入院します。先生の説明を、手の動きで父に伝えてくださる方に付き添っていただきたいのです。"),
    Rq(["signlang"], "group", "きこえの子ども会", "手で歌うクリスマス会",
       "耳の聞こえない子どもたちと、手の動きで歌を表すステージをします。振りを一緒に考えて教えてくださる方を。",
       ["sun-pm"]),
    # ---- listening
    Rq(["listening"], "resident", "西岡 律子", "介護の愚痴を聞いてほしい",
       "夫の介護が十年になります。誰かに愚痴をこぼす相手がほしい。月に一度、喫茶店で一時間ほど。"),
    Rq(["listening"], "group", "旭が丘ふれあいサロン", "来られなくなった方のお宅へ",
       "旭が丘ふれあいサロンで活動しております。サロンに来られなくなった方のお宅を訪ねて、昔話をじっくり聞いて"
       "くださる方を募集します。", area="town_asahigaoka"),
    Rq(["listening"], "resident", "黄 小明", "中国出身のおばあさんの話し相手",
       "近所に住む中国出身のおばあさん（一人暮らし）が、日本語が不自由で話す人がいないようです。中国語でおしゃべり"
       "してくれる方をお願いします。", langs=["zh"]),
    # ---- watch_elder
    Rq(["watch_elder"], "resident", "寺田 光子", "離れて暮らす母の様子を",
       "一人暮らしの母（85）が心配です。週に一、二度、玄関先で顔を見て声をかけてくださる方がいると安心です。"),
    Rq(["watch_elder"], "group", "元町二丁目町内会", "ゴミ出しの日の見回り当番",
       "元町二丁目町内会の運営者です。ゴミ出しの日に、一人暮らしの高齢者のお宅の様子を見て回る当番を、一緒に"
       "担ってくださる方を探しています。", ["mon-am", "thu-am"], area="town_motomachi"),
    Rq(["watch_elder"], "resident", "牧野 香", "夕方に外へ出てしまう父",
       "認知症の父が、夕方になると外へ出てしまいます。私が仕事から戻るまでの二時間、そばにいてくださる方。",
       ["mon-eve", "tue-eve", "wed-eve"]),
    # ---- watch_child
    Rq(["watch_child"], "group", "子育て講座 すくすく", "講座の間、子どもたちを",
       "親向けの子育て講座を開きます。講座の一時間半、別室で未就学の子どもたちを見ていてくださる方を三名。",
       helpers=3),
    Rq(["watch_child"], "group", "清瀬第八小学校PTA", "朝の交差点に立ってくださる方",
       "清瀬第八小学校PTAです。通学路の交差点で、朝の登校時に子どもたちを見守ってくださる地域の方を募集しています。",
       ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"]),
    Rq(["watch_child"], "resident", "坂口 美樹", "健診の間、上の子を",
       "双子の乳児健診の間、三歳の上の子を近くの公園で見ていてもらえたら助かります。"),
    # ---- reading
    Rq(["reading"], "group", "児童館おはなし会", "おはなし会の読み手",
       "児童館のおはなし会で、絵本や紙芝居を子どもたちに読んでくださる方を募集しています。", ["wed-pm"]),
    Rq(["reading"], "resident", "鈴村 節夫", "目の悪い母に新聞を",
       "目が見えにくくなった母が、毎朝の新聞を楽しみにしていたのに読めなくなりました。週に何回か、声に出して"
       "読んであげてくださる方はいませんか。"),
    Rq(["reading"], "group", "音訳グループ こだま", "市報を吹き込む読み手",
       "市報を音声に吹き込んで届けている音訳グループです。新しく読み手を担当してくださる方を募集します。"),
    # ---- interp
    Rq(["interp"], "resident", "Tran Thi Huong", "Phiên dịch họp phụ huynh / 三者面談",
       "Con tôi học lớp 3. 子どもの学校の三者面談で、先生の話をベトナム語に訳してくれる方を探しています。",
       langs=["vi"]),
    Rq(["interp"], "resident", "Lucas Pereira", "Intérprete no 市役所",
       "Bom dia. 市役所で国民健康保険の手続きをします。ポルトガル語と日本語の通訳をお願いできますか。",
       langs=["pt"]),
    Rq(["interp"], "group", "清瀬国際交流フェスティバル実行委員会", "来場者の英語案内",
       "国際交流フェスティバルで、来場した外国の方に英語で案内し、出店者とのやりとりを訳してくださるボランティアを"
       "五名。", ["sun-am", "sun-pm"], langs=["en"], helpers=5),
    # ---- japanese
    Rq(["japanese"], "resident", "Le Van Hung", "指示書の漢字が読めるように",
       "Tôi làm việc ở nhà máy. 工場で働いています。仕事の指示書の漢字が読めるようになりたい。週末に日本語を"
       "教えてくれる人を探しています。", ["sat-pm", "sun-pm"]),
    Rq(["japanese"], "group", "特別養護老人ホーム 清和園", "国家試験をめざす外国人職員",
       "当ホームで働くフィリピン出身の職員が、介護の国家試験に向けて勉強しています。試験問題の日本語を一緒に読み"
       "解いてくださる方を。"),
    Rq(["japanese"], "resident", "Kevin O'Brien", "Practising Japanese phone calls",
       "I can speak some Japanese, but phone calls terrify me. Could someone practise everyday Japanese phone "
       "conversations with me (booking a clinic, calling the city office)? Online is fine.", remote=True),
    # ---- study
    Rq(["study"], "resident", "水谷 里美", "九九でつまずいています",
       "小二の娘が九九でつまずいています。私が教えるとけんかになってしまうので…。"),
    Rq(["study"], "group", "学習支援の会 ひだまり", "自由研究と感想文",
       "学習支援の会「ひだまり」です。夏休みの自由研究と読書感想文に取り組む小学生を見てくださる方を募集します。"),
    Rq(["study"], "resident", "陈 静怡", "儿子的英语作业",
       "儿子在日本上初中，英语跟不上。中国語と日本語ができる方に、英語の宿題を見ていただきたいです。",
       langs=["zh"]),
    # ---- magic
    Rq(["magic"], "resident", "堀内 勇", "孫をびっくりさせたい",
       "孫にびっくりされるようなトランプの技を、一つか二つ覚えたいのです。手ほどきしてくださる方を。"),
    Rq(["magic"], "group", "小児病棟 ボランティア室", "目の前でコインが消える",
       "小児病棟で、入院中の子どもたちに、目の前でコインが消えるようなタネのある技を見せてくださる方を募集します。"),
    # ---- stage
    Rq(["stage"], "group", "竹丘老人クラブ", "新年会の出し物",
       "竹丘老人クラブの新年会で、三十分ほど場を盛り上げてくださる出し物を募集します。落語でも漫談でも大歓迎。",
       area="town_takeoka"),
    Rq(["stage"], "group", "松山児童館", "夏祭りのステージ",
       "児童館の夏祭り、ステージの空き時間を埋めてくださる方。風船で動物を作ったり、人形と掛け合いをしたり、"
       "子どもが喜ぶものなら何でも。", ["sat-pm"], area="town_matsuyama"),
    Rq(["stage"], "resident", "今野 恭子", "父の米寿のお祝いの席で",
       "父の米寿の祝いの席で、南京玉すだれか何か、めでたい芸を一つ披露してくださる方がいたらうれしいです。"),
    # ---- sewing
    Rq(["sewing"], "resident", "尾崎 敏子", "母のズボンのゴムを",
       "車いすを使う母のズボンのウエストがきつくて。ゴムを入れ替えていただけませんか。"),
    Rq(["sewing"], "group", "ひよこ保育園", "お昼寝布団のカバーを二十枚",
       "ひよこ保育園です。お昼寝用の布団カバーを二十枚、縫ってくださる方を探しています。布はこちらで用意します。"),
    Rq(["sewing"], "resident", "川端 早苗", "母の着物をワンピースに",
       "母の古い着物をほどいて、ワンピースに作り直したいのです。型紙の起こし方から教えていただけたら。"),
    # ---- origami
    Rq(["origami"], "group", "デイサービスさくら", "壁に飾る季節の飾りを",
       "デイサービスの壁面に飾る季節の飾りを、利用者さんとおり紙で作りたい。折り方を教えてくださる方。"),
    Rq(["origami"], "resident", "関 ハツ", "孫と遊べる紙の折り方",
       "孫が遊びに来たときに一緒に遊べるよう、手裏剣や紙ひこうきの折り方を覚えたいと思っております。"),
    # ---- driving
    Rq(["driving"], "resident", "守屋 栄", "免許を返してからお墓参りに行けない",
       "運転免許を返納してから、小平の霊園へのお墓参りに行けていません。お彼岸に乗せていってくださる方。"),
    Rq(["driving"], "group", "フードバンクきよせ", "食品を子ども食堂へ届ける",
       "フードバンクで集めた食品を、市内の子ども食堂五か所に車で届けてくださる方。荷物は段ボール数箱です。",
       ["fri-pm"]),
    Rq(["driving"], "resident", "Tom Wilson", "Ride to weekly hospital checkups",
       "I have weekly checkups at a hospital in the next town and no car. Could someone give me a lift? I don't "
       "speak Japanese yet, so an English speaker would be great.", ["wed-am"], langs=["en"]),
    # ---- wheelcar
    Rq(["wheelcar"], "resident", "小池 博", "電動車いすの夫の透析に",
       "夫は電動の車いすから降りられません。後ろからスロープで乗り込める車を運転して、月二回の透析に連れて行って"
       "くださる方を探しています。", ["tue-am", "fri-am"]),
    Rq(["wheelcar"], "group", "通所施設ひかり", "リフト付きの車の運転手",
       "障害者通所施設「ひかり」です。施設のリフト付き車両で、利用者さんの送迎を運転してくださる方を募集します。"
       "普通免許で運転できる車です。"),
    Rq(["wheelcar"], "resident", "野田 優子", "母に今年の桜を",
       "寝たきりに近い母に、今年の桜だけは見せてあげたい。車いすのまま乗れるワゴンをお持ちの方、運転していただけ"
       "ませんか。"),
    # ---- lifting
    Rq(["lifting"], "group", "料理教室 菜の花", "料理教室「菜の花」からのお願い",
       "料理教室「菜の花」からのお願いです。教室の移転で、調理台や食器棚を新しい部屋へ運び出す作業があります。"
       "腕っぷしに自信のある方を三名。", ["sat-am"], helpers=3),
    Rq(["lifting"], "resident", "杉浦 トシ", "灯油の缶を二階まで",
       "冬のあいだ、灯油の十八リットル缶を物置から二階まで運ぶのがつらくなりました。"),
    Rq(["lifting"], "group", "清瀬古本市の会", "本の箱を会場へ",
       "古本市の会場へ、段ボール百箱分の本を運び込む手伝いをしてくださる方。"),
    # ---- tidy
    Rq(["tidy"], "resident", "樋口 健二", "物があふれて床が見えない",
       "父の家が物であふれ、床も見えないほどです。要る物と要らない物を分けて、片付けを一緒にやっていただける方。"),
    Rq(["tidy"], "resident", "石原 ふみ", "窓ふきと換気扇の油汚れ",
       "高いところの窓ふきや換気扇の油汚れなど、年末の大掃除を手伝っていただけると助かります。"),
    Rq(["tidy"], "group", "中清戸集会所運営委員会", "倉庫に二十年分の備品",
       "集会所の倉庫に二十年分の備品がたまっています。不要品の選別と整頓を一緒にしてくださる方。",
       area="town_nakakiyoto"),
    # ---- exercise
    Rq(["exercise"], "group", "旭が丘老人会", "転ばない足腰づくり",
       "転ばないための足腰の鍛え方を、老人会の集まりで指導してくださる方を求めています。", ["tue-am"]),
    Rq(["exercise"], "resident", "北川 綾", "産後の腰痛",
       "産後、腰痛がひどくて。赤ちゃんと一緒にできる、軽いストレッチを教わりたいです。"),
    Rq(["exercise"], "group", "ベトナム人技能実習生の寮", "寮で体をほぐす時間",
       "技能実習生の寮で、週末に体をほぐす運動（ヨガなど）をベトナム語で指導してくださる方。", ["sun-am"],
       langs=["vi"]),
    # ---- haircut
    Rq(["haircut"], "resident", "遠藤 静香", "前髪と襟足だけでも",
       "車いすで美容院に行けない娘の、伸びた前髪と襟足を整えていただけませんか。"),
    Rq(["haircut"], "group", "障害者支援施設 つばさ", "月に一度の身だしなみの日",
       "利用者さんの髪を月に一度整えてくださる、理容師さん・美容師さんを探しています。"),
    # ---- shopping
    Rq(["shopping"], "resident", "佐久間 キヨ", "ネットで頼むのは苦手",
       "ネットで注文するのは苦手です。週に一度、近くのお店で食料品をまとめて買ってきていただけませんか。"),
    Rq(["shopping"], "resident", "桑田 政子", "ドラッグストアまで付き添って",
       "杖をついて歩くので、一人で店に行くのが不安です。ドラッグストアへの買い物に付き添っていただける方。"),
    # ---- mahjong
    Rq(["mahjong"], "group", "健康マージャン教室 東風", "初心者の卓について",
       "「賭けない・飲まない・吸わない」健康マージャンの教室を開いています。初心者の卓について、役や点数の数え方を"
       "教えてくださる方。", ["thu-pm"]),
    Rq(["mahjong"], "resident", "蒲田 忠", "あと二人が足りない",
       "夫婦で麻雀が好きなのですが、いつもあと二人が足りません。一緒に卓を囲んでくださる方。"),
    # ---- go_shogi
    Rq(["go_shogi"], "group", "こども囲碁教室", "石の置き方から",
       "小学生向けの囲碁教室を始めます。石の置き方から教えてくださる有段者の方を探しています。"),
    Rq(["go_shogi"], "resident", "長島 弘美", "入院中の父と一局",
       "入院中の父が将棋の相手をほしがっています。週一回、病室で一局指してくださる方。"),
    # ---- who asks is not what is asked
    Rq(["videocall"], "group", "清瀬将棋クラブ", "清瀬将棋クラブからのお願い",
       "清瀬将棋クラブからのお願いです。入院中の会員が例会に顔を出せるよう、病室と会場をビデオ通話でつなぐ設定を"
       "手伝ってくださる方を探しています。", ["sat-pm"]),
    Rq(["pcdoc"], "group", "ヨガサークル のびのび", "身体を動かしたい方の会の名簿",
       "身体を動かしたい方のためのヨガサークルです。会員名簿と会費の記録をエクセルで作りたいので、表の作り方を"
       "教えてくださる方を一名。"),
    Rq(["garden"], "group", "書道教室 墨游", "書道教室からのお願い",
       "書道教室「墨游」からのお願いです。教室の裏庭の草が伸び放題で、生徒さんが通れません。草取りを手伝って"
       "くださる方を二名。", helpers=2),
    # ---- two asks
    Rq(["tablet", "videocall"], "resident", "今井 タマ", "大きい画面で孫の顔を",
       "施設に入ってから、大きい画面の端末を持たせてもらいました。まずは電源の入れ方やアプリの開き方から。"
       "ゆくゆくは、これで孫と顔を見ながら話したいのです。"),
    Rq(["tidy", "lifting"], "resident", "岡村 茂", "部屋じゅうの片付けと、タンスの運び出し",
       "母が施設に移るので、母の部屋を空にしなくてはなりません。大きなタンスを二階から下ろす手も要りますが、"
       "いちばん困っているのは、部屋じゅうの物の仕分けと片付けです。"),
    Rq(["watch_elder", "shopping"], "resident", "Nguyen Thanh Binh", "祖母の様子見と買い物",
       "一人暮らしの祖母の様子を、週に一度見に行っていただけませんか。ついでに、お米など重い物の買い物も"
       "お願いできると助かります。"),
    Rq(["wheelcar", "shopping"], "resident", "飯島 和子", "車いすの母と大きなスーパーへ",
       "車いすの母を大きなスーパーへ車で連れて行って、店内の買い物にも付き添っていただける方を探しています。",
       ["sat-pm"]),
    Rq(["screenreader", "pcdoc"], "resident", "吉田 武", "読み上げを使ってワードで文書を",
       "視力が落ちてきたので、画面を音で読み上げるソフトを入れたパソコンで、町内会の文書をワードで作れるように"
       "なりたいのです。"),
    Rq(["go_shogi", "listening"], "resident", "片桐 昭子", "父の碁の相手を、話し相手をかねて",
       "母を亡くしてから父がふさぎこんでいます。好きな碁の相手をしながら、話し相手にもなってくださる方がいれば。"),
    Rq(["garden", "lifting"], "group", "梅園三丁目自治会", "公園の木の枝おろしと運び出し",
       "公園の大きな木の枝おろしと、切った枝を集積場まで運ぶ作業をお願いしたい。", ["sun-am"], helpers=3,
       area="town_umezono"),
    Rq(["watch_child", "reading"], "group", "保護者会 なかよし", "役員会のあいだ、子どもたちに",
       "保護者会の役員会のあいだ、子どもたちを別室で見ていてくださる方。絵本を読んであげてくださると、なお"
       "ありがたいです。"),
    Rq(["interp", "driving"], "resident", "Dang Van Khoa", "Đưa đi bệnh viện và phiên dịch",
       "妻が出産のため、隣の市の病院に通います。車で送ってくださり、病院でベトナム語の通訳もしてくださる方を"
       "探しています。", langs=["vi"]),
    Rq(["music", "stage"], "group", "下宿ふれあい会", "クリスマス会で一曲と一芸",
       "クリスマス会で、ハーモニカかギターで一曲と、できれば何か一芸も披露してくださる方。", ["sat-pm"],
       area="town_shitajuku"),
    Rq(["sns", "photo"], "group", "子ども食堂 もぐもぐ", "活動の様子を発信したい",
       "食堂の様子を写真に撮っていただけるのもありがたいのですが、いちばんは、その写真をインスタで発信する方法を"
       "私たちスタッフに教えていただきたいのです。"),
    Rq(["toyfix", "sewing"], "resident", "青山 彩", "しゃべるぬいぐるみ",
       "娘のしゃべるぬいぐるみが、声が出なくなったうえに縫い目もほつれてしまいました。中の仕掛けを直して、"
       "ほつれも繕っていただけたら。"),
    Rq(["smartphone", "cashless"], "resident", "渡部 ツヤ", "携帯の基本と、お店での支払い",
       "携帯を持って半年、電話に出るのがやっとです。基本の使い方と、できればお店での携帯払いも覚えたいです。"),
    Rq(["japanese", "study"], "group", "外国につながる子の学習会", "宿題と日本語を",
       "外国につながる子どもたちの学習会です。学校の宿題を見ながら、日本語の読み書きも支えてくださる方を募集します。",
       ["wed-eve"]),
]  # fmt: skip


# --------------------------------------------------------------------------------------------------
def load_areas(path: Path = AREAS_FILE) -> dict[str, set[str]]:
    a = json.loads(path.read_text(encoding="utf-8"))
    return {x["id"]: set(x["neighbours"]) for x in a["areas"]}


def place_grade(r: dict, v: dict, nb: dict[str, set[str]]) -> int:
    if r["remote_ok"]:
        return 3
    if r["area"] and v["area"] and r["area"] == v["area"]:
        return 3
    if r["area"] is None or v["area"] is None or v["area"] in nb[r["area"]]:
        return 2
    return 1


def grade(r: dict, need: list[str], v: dict, have: set[str], nb: dict[str, set[str]], related: set) -> int:
    """shared/data/README.md's rules from concept labels (make.py's grade(), with the related pairs passed in)."""
    if not v["active"]:
        return 0
    if set(r["languages"]) - set(v["languages"]):
        return 0
    if r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]):
        return 0
    got = set(need) & have
    if got:
        g = place_grade(r, v, nb)
        if not v["availability"]:
            g = min(g, 1)  # availability unknown
    else:
        rel = any(tuple(sorted((n, h))) in related for n in need for h in have)
        nearby = r["remote_ok"] or (
            r["area"] and v["area"] and (r["area"] == v["area"] or v["area"] in nb[r["area"]])
        )
        g = 1 if rel and nearby else 0
    if len(need) > 1 and len(got) < len(need):
        g -= 1  # a second skill asked for and missing
    return max(g, 0)


HW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def variant(tag: str, rng: random.Random) -> str:
    """Surface noise a volunteer introduces when typing a tag."""
    x = rng.random()
    if x < 0.08 and tag.isascii():
        return tag.translate(HW)  # full-width ASCII
    if x < 0.14 and len(tag) >= 4:
        i = rng.randrange(1, len(tag) - 1)
        return tag[:i] + tag[i + 1 :]  # a dropped character
    if x < 0.20 and any("\u30a1" <= c <= "\u30f6" for c in tag):
        return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in tag)  # kata -> hira
    if x < 0.22 and len(tag) >= 3:
        i = rng.randrange(1, len(tag))
        return tag[:i] + " " + tag[i:]  # a stray space
    return tag


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run."""
    rng = random.Random(SEED)
    nb = load_areas()
    area_ids = sorted(nb)
    related = set(RELATED)

    # ---- requests
    requests, needs = [], {}
    for i, q in enumerate(REQUESTS, 1):
        rid = f"F3Q{i:03d}"
        area = q["area"]
        if area == "R":
            area = rng.choice(area_ids) if rng.random() > 0.08 else None
        slots = q["slots"]
        if slots == "R":
            slots = (
                [] if rng.random() < 0.45 else sorted(rng.sample(SLOTS, rng.randint(1, 3)), key=SLOTS.index)
            )
        tags = []
        if rng.random() < 0.10:  # sometimes staff typed a tag on the form
            tags = [variant(rng.choice(CONCEPTS[q["need"][0]]["tags"]), rng).strip()]
        requests.append(
            {
                "external_id": rid,
                "requester_kind": q["kind"],
                "requester_name": q["name"],
                "title": q["title"],
                "description": q["desc"],
                "skills": tags,
                "area": area,
                "slots": slots,
                "languages": q["langs"],
                "remote_ok": q["remote"],
                "helpers_needed": q["helpers"],
            }
        )
        needs[rid] = q["need"]

    # ---- volunteers
    names = list(CONCEPTS)
    vols: list[dict] = []
    have: dict[str, list[str]] = {}

    def new_vol(concepts, area="R", avail=None, langs=None, active=None):
        vid = f"F3V{len(vols) + 1:04d}"
        fname, foreign_name = None, False
        if langs is None:
            if "interp" in concepts:
                langs = ["ja", rng.choice(FOREIGN_LANGS)]
            elif rng.random() < 0.09:
                fname, langs = rng.choice(FOREIGN)
                foreign_name = True
            else:
                langs = ["ja"] + (["en"] if rng.random() < 0.12 else [])
        if fname is None:
            if "ja" not in langs or (len(langs) > 1 and rng.random() < 0.5):
                fname = rng.choice([n for n, ls in FOREIGN if set(langs) & (set(ls) - {"ja"})])
                foreign_name = True
            else:
                fname = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        if area == "R":
            area = rng.choice(area_ids) if rng.random() > 0.09 else None
        if avail is None:
            avail = (
                [] if rng.random() < 0.10 else sorted(rng.sample(SLOTS, rng.randint(1, 7)), key=SLOTS.index)
            )
        if active is None:
            active = rng.random() > 0.07
        foreign = [x for x in langs if x != "ja"]
        intro = FOREIGN_INTROS[foreign[-1]] if foreign and foreign_name else rng.choice(INTROS)
        skills, bio = [], [intro]
        for c in concepts:
            pool = CONCEPTS[c]["tags"]
            if c == "interp":
                pool = pool + [t for x in langs if x in INTERP_TAGS for t in INTERP_TAGS[x]]
            if rng.random() < 0.68:
                for t in rng.sample(pool, rng.choice([1, 1, 2])):
                    skills.append(variant(t, rng).strip())
                if rng.random() < 0.2:
                    bio.append(rng.choice(CONCEPTS[c]["bio"]))
            else:
                bio.append(rng.choice(CONCEPTS[c]["bio"]))  # the skill only in the bio
        if rng.random() < 0.22:
            filler = rng.choice(sorted(TRAP_FILLERS))
            if not TRAP_FILLERS[filler] & set(concepts):
                bio.insert(rng.randint(1, len(bio)), filler)
        bio.append(rng.choice(CLOSINGS))
        rosters = set()
        if set(concepts) & DIGITAL:
            rosters.add("digital")
        if set(concepts) - DIGITAL or rng.random() < 0.2:
            rosters.add("skill_bank")
        n = len(vols) + 1
        vols.append(
            {
                "external_id": vid,
                "display_name": fname,
                "rosters": sorted(rosters),
                "skills": list(dict.fromkeys(skills)),
                "bio": "".join(b for b in bio if b),
                "area": area,
                "availability": avail,
                "languages": langs,
                "max_per_month": rng.choice([1, 2, 3, 4, 8]),
                "active": active,
                "contact": {"email": f"{vid.lower()}@example.jp", "phone": f"070-1000-{n:04d}"},
            }
        )
        have[vid] = list(concepts)

    for _ in range(N_RANDOM_VOLUNTEERS):
        k = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        new_vol(rng.sample(names, k))
    # pure-trap volunteers: a trap sentence first, and a concept the sentence does not deny
    for filler in sorted(TRAP_FILLERS):
        safe = [c for c in names if c not in TRAP_FILLERS[filler]]
        new_vol([rng.choice(safe)])
        vols[-1]["bio"] = filler + vols[-1]["bio"]

    # plant: every request gets at least two grade >= 2 volunteers (registrants who really fit)
    for r in requests:
        rid = r["external_id"]
        while sum(grade(r, needs[rid], v, set(have[v["external_id"]]), nb, related) >= 2 for v in vols) < 2:
            langs = sorted(set(r["languages"]) | {"ja"}) if rng.random() < 0.8 else list(r["languages"])
            area = r["area"] or rng.choice(area_ids)
            if r["area"] and rng.random() < 0.5:
                area = rng.choice(sorted(nb[r["area"]]))
            avail = sorted(set(r["slots"][:1]) | set(rng.sample(SLOTS, 2)), key=SLOTS.index)
            extra = [rng.choice(names)] if rng.random() < 0.3 else []
            concepts = list(dict.fromkeys(needs[rid] + extra))
            new_vol(concepts, area=area, avail=avail, langs=langs, active=True)

    qrels = []
    for r in requests:
        rid = r["external_id"]
        for v in vols:
            g = grade(r, needs[rid], v, set(have[v["external_id"]]), nb, related)
            if g > 0:
                qrels.append((rid, v["external_id"], g))
    concepts = {
        "note": "ground-truth labels, for diagnosis only: a matcher must never read this file nor qrels.tsv",
        "concepts": names,
        "related": [list(p) for p in RELATED],
        "requests": needs,
        "volunteers": have,
    }
    return vols, requests, qrels, concepts


def write(out: Path = OUT) -> None:
    vols, requests, qrels, concepts = build()
    out.mkdir(parents=True, exist_ok=True)
    (out / "volunteers.jsonl").write_text(
        "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in vols), encoding="utf-8"
    )
    (out / "requests.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8"
    )
    (out / "qrels.tsv").write_text(
        "request\tvolunteer\tgrade\n" + "".join(f"{r}\t{v}\t{g}\n" for r, v, g in qrels), encoding="utf-8"
    )
    (out / "concepts.json").write_text(
        json.dumps(concepts, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    self_check(out)
    bio_only = sum(
        1
        for v in vols
        for c in concepts["volunteers"][v["external_id"]]
        if not any(_tag_is(c, t) for t in v["skills"])
    )
    pairs = sum(len(c) for c in concepts["volunteers"].values())
    print(
        f"wrote {out}: {len(vols)} volunteers, {len(requests)} requests, {len(qrels)} graded pairs "
        f"({sum(1 for q in qrels if q[2] >= 2)} with grade >= 2); skill only in the bio for {bio_only}/{pairs} "
        f"(volunteer, skill) pairs"
    )


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(_noisy(t, typed) for t in tags)


def _noisy(tag: str, typed: str) -> bool:
    if typed in (tag, tag.translate(HW), tag.replace(" ", "")) or typed.replace(" ", "") == tag:
        return True
    hira = "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in tag)
    if typed == hira:
        return True
    return len(typed) == len(tag) - 1 and any(tag[:i] + tag[i + 1 :] == typed for i in range(len(tag)))


# --------------------------------------------------------------------------------------------------
# Self-check: reads the written files only, validates them against the interchange format and the areas file,
# and recomputes every (request, volunteer) grade with a second, table-style statement of the rules.
# --------------------------------------------------------------------------------------------------
_SLOT = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
_LANG = re.compile(r"^[a-z]{2}$")
_VOL_KEYS = {"external_id", "display_name", "rosters", "skills", "bio", "area", "availability", "languages",
             "max_per_month", "active", "contact"}  # fmt: skip
_REQ_KEYS = {"external_id", "requester_kind", "requester_name", "title", "description", "skills", "area", "slots",
             "languages", "remote_ok", "helpers_needed"}  # fmt: skip


def _check_grade(
    r: dict, need: list[str], v: dict, have: list[str], nb: dict[str, set[str]], rel: set
) -> int:
    # 1. hard constraints
    if v["active"] is not True:
        return 0
    for lang in r["languages"]:
        if lang not in v["languages"]:
            return 0
    both = len(r["slots"]) > 0 and len(v["availability"]) > 0
    if both and not [s for s in r["slots"] if s in v["availability"]]:
        return 0
    # 2. where
    if r["remote_ok"] or (r["area"] is not None and v["area"] == r["area"]):
        where = "same"
    elif r["area"] is None or v["area"] is None:
        where = "unknown"
    elif v["area"] in nb[r["area"]]:
        where = "near"
    else:
        where = "far"
    # 3. skill
    matched = [n for n in need if n in have]
    if matched:
        base = {"same": 3, "near": 2, "unknown": 2, "far": 1}[where]
        if len(v["availability"]) == 0:
            base = min(base, 1)
    else:
        close = [(n, h) for n in need for h in have if frozenset((n, h)) in rel]
        base = 1 if close and where in ("same", "near") else 0
    missing = len(need) - len(matched)
    if len(need) >= 2 and missing >= 1:
        base = base - 1
    return base if base > 0 else 0


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules."""
    nb = load_areas(areas_file)
    vols = [json.loads(x) for x in (out / "volunteers.jsonl").read_text(encoding="utf-8").splitlines()]
    reqs = [json.loads(x) for x in (out / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    lines = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    known = set(labels["concepts"])
    rel = {frozenset(p) for p in labels["related"]}
    assert all(len(p) == 2 and set(p) <= known for p in labels["related"])

    vids = [v["external_id"] for v in vols]
    rids = [r["external_id"] for r in reqs]
    assert len(vids) == len(set(vids)) and len(rids) == len(set(rids)), "duplicate ids"
    for v in vols:
        assert set(v) == _VOL_KEYS, v["external_id"]
        assert re.fullmatch(r"F3V\d{4}", v["external_id"]) and 1 <= len(v["display_name"]) <= 100
        assert v["rosters"] and set(v["rosters"]) <= {"skill_bank", "digital"}
        assert len(v["skills"]) <= 30 and all(
            isinstance(s, str) and 1 <= len(s.strip()) <= 60 for s in v["skills"]
        )
        assert len(v["skills"]) == len(set(v["skills"])) and len(v["bio"]) <= 2000
        assert v["area"] is None or v["area"] in nb, f"{v['external_id']}: unknown area {v['area']}"
        assert all(_SLOT.match(s) for s in v["availability"]) and len(set(v["availability"])) == len(
            v["availability"]
        )
        assert v["languages"] and all(_LANG.match(x) for x in v["languages"])
        assert isinstance(v["max_per_month"], int) and 1 <= v["max_per_month"] <= 31
        assert isinstance(v["active"], bool)
        assert set(labels["volunteers"][v["external_id"]]) <= known
    assert set(labels["volunteers"]) == set(vids)
    for r in reqs:
        assert set(r) == _REQ_KEYS, r["external_id"]
        assert re.fullmatch(r"F3Q\d{3}", r["external_id"]) and r["requester_kind"] in ("resident", "group")
        assert (
            1 <= len(r["requester_name"]) <= 100
            and len(r["title"]) <= 200
            and 1 <= len(r["description"]) <= 4000
        )
        assert r["area"] is None or r["area"] in nb, f"{r['external_id']}: unknown area {r['area']}"
        assert all(_SLOT.match(s) for s in r["slots"]) and len(set(r["slots"])) == len(r["slots"])
        assert all(_LANG.match(x) for x in r["languages"]) and isinstance(r["remote_ok"], bool)
        assert isinstance(r["helpers_needed"], int) and 1 <= r["helpers_needed"] <= 20
        need = labels["requests"][r["external_id"]]
        assert 1 <= len(need) <= 2 and set(need) <= known
    assert set(labels["requests"]) == set(rids)

    assert lines[0] == "request\tvolunteer\tgrade"
    written: dict[tuple[str, str], int] = {}
    for line in lines[1:]:
        rid, vid, g = line.split("\t")
        assert rid in labels["requests"] and vid in labels["volunteers"] and g in ("1", "2", "3"), line
        assert (rid, vid) not in written, line
        written[(rid, vid)] = int(g)
    for r in reqs:
        rid = r["external_id"]
        good = 0
        for v in vols:
            vid = v["external_id"]
            g = _check_grade(r, labels["requests"][rid], v, labels["volunteers"][vid], nb, rel)
            assert written.get((rid, vid), 0) == g, (
                f"{rid} {vid}: written {written.get((rid, vid), 0)}, rules {g}"
            )
            if g:  # a graded volunteer never breaks a constraint score.py counts as a violation
                assert v["active"] and set(r["languages"]) <= set(v["languages"])
                assert not (r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))
            good += g >= 2
        assert good >= 2, f"{rid} has {good} volunteers of grade >= 2"


if __name__ == "__main__":
    write()
