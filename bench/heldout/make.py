#!/usr/bin/env python3
"""Held-out evaluation set for the Skillbank matcher.

Deterministic (seeded) generator.  Every request text and every volunteer tag / bio sentence below was
written by hand for a *concept* (a label of our own, e.g. "line", "bike"); the ground truth (qrels.tsv)
is derived only from those concept labels and the structured fields, with the grading rules of
shared/data/README.md.  Nothing here reads the matcher, its taxonomy or the dev set.

    python bench/heldout/make.py            # writes bench/heldout/data/{volunteers,requests}.jsonl, qrels.tsv
"""

import json
import random
from pathlib import Path

SEED = 20240611
HERE = Path(__file__).resolve().parent
OUT = HERE / "data"
AREAS_FILE = HERE.parent.parent / "matching" / "data" / "areas-kiyose.json"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (variants, kana, width, English,
# some typos); bio = sentences that say the skill only in running text.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "line", "videocall", "cashless", "myna", "scam", "pcdoc", "sns", "photo"}
CONCEPTS = {
    "smartphone": dict(
        tags=[
            "ｽﾏﾎ",
            "スマフォ",
            "スマートホン",
            "携帯のいろは",
            "アンドロイド端末",
            "らくらくスマホ",
            "スマホのお悩み相談",
            "iPhoneの基本",
            "けいたい電話",
            "スマホ入門",
            "タブレット端末",
            "アイパッド",
        ],
        bio=[
            "携帯ショップで販売員をしていたので、機種ごとの操作説明には慣れています。",
            "母にアンドロイドの使い方を一から教えた経験があります。",
            "携帯の文字を大きくしたり、着信音を変えたりといった設定ならお任せください。",
            "画面のタッチ操作に不慣れな方へ、ゆっくり説明するのが得意です。",
        ],
    ),
    "line": dict(
        tags=[
            "ライン",
            "Line",
            "ＬＩＮＥ",
            "LINEのトーク",
            "らいん",
            "ラインのやり方",
            "ＬＩＮＥ友だち追加",
            "LNIE",
            "ライン（アプリ）",
        ],
        bio=[
            "家族のグループLINEを作ってあげたり、スタンプの送り方を教えたりしています。",
            "ラインで写真を送ったり受け取ったりする方法なら説明できます。",
            "町内会の連絡用ライングループの管理をしています。",
        ],
    ),
    "videocall": dict(
        tags=[
            "ズーム",
            "zoom",
            "Ｚｏｏｍ",
            "テレビ電話",
            "オンライン会議の設定",
            "Google Meet",
            "Teams",
            "ウェブ会議",
            "ビデオチャット",
            "ビデオ通話",
        ],
        bio=[
            "在宅勤務でウェブ会議を毎日使っていました。",
            "遠くの家族と顔を見ながら話せるように、テレビ電話の設定をお手伝いできます。",
        ],
    ),
    "cashless": dict(
        tags=[
            "ペイペイ",
            "paypay",
            "スマホ払い",
            "電子マネー",
            "Suica",
            "バーコード決済",
            "QR決済",
            "ｷｬｯｼｭﾚｽ",
            "楽天ペイ",
            "ペイペイ払い",
            "キャッシュレス",
        ],
        bio=[
            "お店でのスマホ払いのやり方を説明するのが得意です。",
            "商店街でキャッシュレス導入のお手伝いをしていました。",
        ],
    ),
    "myna": dict(
        tags=[
            "マイナンバー",
            "マイナカード",
            "まいなぽーたる",
            "電子申請",
            "e-Tax",
            "マイナ保険証",
            "行政手続きのオンライン化",
            "マイナンバーカード手続",
            "マイナンバ－",
        ],
        bio=[
            "市役所の窓口で長く働いていたので、マイナンバー関係の手続きには詳しいです。",
            "確定申告をe-Taxで毎年しているので、オンラインの申請ならお手伝いできます。",
        ],
    ),
    "scam": dict(
        tags=[
            "セキュリティ対策",
            "詐欺SMS対策",
            "迷惑メールブロック",
            "ウイルス対策",
            "フィッシング詐欺対策",
            "ネット詐欺の相談",
            "迷惑めーる",
            "迷惑電話・メール",
            "セキュリテイ",
        ],
        bio=[
            "元警察官で、特殊詐欺やネット詐欺の手口に詳しいです。",
            "IT企業で情報セキュリティの仕事をしていました。",
        ],
    ),
    "pcdoc": dict(
        tags=[
            "ワープロ",
            "Word",
            "ｴｸｾﾙ",
            "表計算",
            "パソコン入力",
            "文書作成",
            "パワーポイント",
            "PC",
            "ぱそこん",
            "ワード・エクセル",
            "ﾊﾟｿｺﾝ",
        ],
        bio=[
            "事務職が長く、ワードで文書を作るのは毎日の仕事でした。",
            "会報やお知らせをパソコンで作るのを手伝えます。",
            "経理で表計算ソフトを二十年使ってきました。",
        ],
    ),
    "sns": dict(
        tags=[
            "インスタ",
            "Instagram",
            "フェイスブック",
            "X（旧Twitter）",
            "ホームページ更新",
            "SNS運用",
            "広報",
            "ウェブサイト制作",
            "ユーチューブ配信",
            "えすえぬえす",
        ],
        bio=[
            "広告代理店で広報の仕事をしていました。",
            "趣味でブログとインスタを続けていて、フォロワーも少しいます。",
        ],
    ),
    "photo": dict(
        tags=["写真", "撮影", "一眼レフ", "ビデオ撮影", "動画の編集", "しゃしん", "カメラマン", "記録写真"],
        bio=["写真クラブに二十年所属しています。", "子どもの運動会を毎年ビデオで撮って編集しています。"],
    ),
    "cooking": dict(
        tags=[
            "料理",
            "家庭料理",
            "和食",
            "お菓子づくり",
            "パン焼き",
            "調理師",
            "りょうり",
            "献立作り",
            "栄養士",
            "大量調理",
        ],
        bio=[
            "元給食調理員です。大鍋での調理は任せてください。",
            "調理師の免許を持っています。",
            "パンとお菓子を焼くのが趣味です。",
        ],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "ペン字", "筆耕", "しょどう", "書写指導", "賞状書き"],
        bio=["書道師範の免状を持っています。", "年賀状の宛名を筆で書くのが得意です。"],
    ),
    "music": dict(
        tags=[
            "ピアノ",
            "ギター",
            "ウクレレ",
            "バイオリン",
            "キーボード演奏",
            "ハーモニカ",
            "アコーディオン",
            "三味線",
            "電子ピアノ",
        ],
        bio=["学生時代からバンドでギターを弾いています。", "ピアノ講師をしていました。"],
    ),
    "garden": dict(
        tags=[
            "草取り",
            "草むしり",
            "植木の手入れ",
            "せん定",
            "ガーデニング",
            "家庭菜園",
            "花壇づくり",
            "庭木の剪定",
        ],
        bio=["植木屋を営んでいました。", "畑仕事と庭の手入れが好きです。"],
    ),
    "carpentry": dict(
        tags=[
            "日曜大工",
            "DIY",
            "木工",
            "棚の取り付け",
            "網戸の張り替え",
            "修繕",
            "ちょっとした修理",
            "だいく",
        ],
        bio=["元大工です。", "網戸の張り替えや棚付けなど、家のちょっとした修理ならできます。"],
    ),
    "bike": dict(
        tags=["自転車整備", "パンク修理", "自転車のメンテナンス", "チャリ修理", "じてんしゃ修理", "自転車屋"],
        bio=["自転車屋で働いていました。", "ロードバイクが趣味で、自転車の整備は自分でしています。"],
    ),
    "signlang": dict(
        tags=["手話", "しゅわ", "手話通訳士", "手話サークル", "手和"],
        bio=["手話サークルに十年通っています。", "聴覚障害のある家族がいるので手話ができます。"],
    ),
    "listening": dict(
        tags=[
            "傾聴",
            "おしゃべり相手",
            "話し相手",
            "けいちょう",
            "訪問おしゃべり",
            "電話での声かけ",
            "茶飲み友達",
        ],
        bio=[
            "人の話を聞くのが好きで、傾聴講座を修了しました。",
            "一人暮らしの方のお話し相手になれたらと思います。",
        ],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "英訳", "English", "中文", "Tiếng Việt", "通訳ボランティア"],
        bio=["翻訳会社に勤めていました。", "外国から来た方の通訳をボランティアでしています。"],
    ),
    "japanese": dict(
        tags=["日本語教師", "日本語ボランティア", "にほんご", "日本語会話の練習相手", "外国人への日本語"],
        bio=["日本語教師養成講座を修了しています。", "外国人の方に日本語を教えていました。"],
    ),
    "study": dict(
        tags=["勉強を教える", "算数", "数学", "宿題", "家庭教師", "学習サポート", "塾講師"],
        bio=["元中学校の数学教師です。", "家庭教師のアルバイトをしています。"],
    ),
    "magic": dict(
        tags=["手品", "マジック", "てじな", "マジックショー"],
        bio=["手品が趣味で、老人ホームで披露したことがあります。"],
    ),
    "sewing": dict(
        tags=["裁縫", "ミシン", "編み物", "手芸", "つくろいもの", "さいほう", "刺しゅう"],
        bio=[
            "洋裁の仕事をしていました。ミシンがけは得意です。",
            "マジックテープの付け替えや、ズボンのすそ上げならできます。",
        ],
    ),
    "driving": dict(
        tags=["車の運転", "送迎", "運転ボランティア", "ワゴン車あり", "ドライバー", "大型免許"],
        bio=["元タクシー運転手です。", "車を持っているので送り迎えができます。"],
    ),
    "lifting": dict(
        tags=["力仕事", "荷物運び", "引っ越し手伝い", "重い物の運搬", "家具の移動", "ちからしごと"],
        bio=[
            "体力には自信があります。重いものを運ぶのは任せてください。",
            "引っ越し屋でアルバイトをしていました。",
        ],
    ),
    "exercise": dict(
        tags=["体操", "ヨガ", "ストレッチ", "健康体操", "介護予防体操", "太極拳"],
        bio=["スポーツインストラクターをしています。", "太極拳を二十年続けています。"],
    ),
    "haircut": dict(
        tags=["散髪", "理容師", "美容師", "カット", "ヘアカット", "訪問理美容"],
        bio=["美容師の資格があります。", "理容室を営んでいました。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物の付き添い", "お使い", "買い出し"],
        bio=["近所のスーパーへの買い物なら、ついでにお手伝いできます。"],
    ),
}

# closely related skills (grade 1 when nearby)
RELATED = {
    frozenset(p)
    for p in [
        ("smartphone", "line"),
        ("smartphone", "cashless"),
        ("smartphone", "myna"),
        ("line", "videocall"),
        ("pcdoc", "sns"),
        ("sns", "photo"),
        ("interp", "japanese"),
        ("japanese", "study"),
        ("driving", "shopping"),
        ("lifting", "carpentry"),
        ("garden", "carpentry"),
    ]
}

# sentences that carry a trap word but NO skill (negations, homonyms)
TRAP_FILLERS = {  # sentence -> concepts it would contradict (never given to such a volunteer)
    "趣味はラインダンスです。": {"line"},
    "運動会ではいつもライン引きを担当していました。": {"line"},
    "スマホは持っていません。": DIGITAL,
    "パソコンは苦手です。": {"pcdoc", "sns"},
    "子ども食堂に毎月寄付をしています。": {"cooking"},
    "カメラを向けられるのは苦手です。": {"photo"},
    "料理はまったくできません。": {"cooking"},
    "マジックテープの靴を愛用しています。": {"magic"},
    "写真を見るのは好きです。": {"photo"},
    "車の免許は返納しました。": {"driving"},
}
INTROS = [
    "定年まで市役所に勤めていました。",
    "二児の母です。",
    "大学三年生です！",
    "七十五歳、まだまだ元気です。",
    "清瀬に住んで四十年になります。",
    "会社員です。休日だけ活動できます。",
    "看護師をしています。",
    "元小学校の先生です。",
    "パートの合間に活動しています。",
    "昨年リタイアしました。",
    "主婦歴三十年。",
    "Hi, I'm an English teacher living in Kiyose.",
    "ベトナムから来て五年になります。",
    "中国出身の会社員です。",
    "福祉の専門学校に通っています。",
    "自営業（八百屋）をしています。",
]
CLOSINGS = [
    "よろしくお願いします。",
    "お気軽に声をかけてください！",
    "できる範囲でお手伝いします。",
    "",
    "地域のお役に立てれば嬉しいです。",
    "遠慮なくどうぞ。",
    "Nice to meet you!",
]
FAMILY = [
    "佐々木",
    "高橋",
    "田中",
    "渡辺",
    "伊藤",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山口",
    "松本",
    "井上",
    "木村",
    "林",
    "清水",
    "山崎",
    "森",
    "阿部",
    "池田",
    "橋本",
    "石川",
    "前田",
    "藤田",
    "岡田",
    "長谷川",
]
GIVEN = [
    "健一",
    "恵子",
    "翔太",
    "美穂",
    "勝",
    "和子",
    "大輔",
    "さくら",
    "浩",
    "由美",
    "蓮",
    "千代",
    "隆",
    "明美",
    "悠斗",
    "トシ子",
    "誠",
    "直美",
]
FOREIGN = [
    ("Nguyen Thi Hoa", ["vi", "ja"]),
    ("Tran Van Minh", ["vi", "ja"]),
    ("王 芳", ["zh", "ja"]),
    ("李 明", ["zh", "ja"]),
    ("Emily Carter", ["en", "ja"]),
    ("John Okafor", ["en"]),
    ("Maria Santos", ["en", "ja"]),
    ("Le Thu", ["vi"]),
    ("陈 静", ["zh", "ja", "en"]),
]


# --------------------------------------------------------------------------------------------------
# Requests: each written by hand.  need = concept labels (1 or 2); area "R" = drawn by the seed.
# --------------------------------------------------------------------------------------------------
def Rq(need, kind, name, title, desc, slots=(), langs=("ja",), remote=False, helpers=1, area="R"):
    return dict(
        need=list(need),
        kind=kind,
        name=name,
        title=title,
        desc=desc,
        slots=list(slots),
        langs=list(langs),
        remote=remote,
        helpers=helpers,
        area=area,
    )


REQUESTS = [
    # smartphone
    Rq(
        ["smartphone"],
        "resident",
        "大川 キヨ",
        "携帯の画面がよくわからない",
        "八十を過ぎてから、携帯の画面を見てもどこを押せばよいのやら、さっぱりわからなくなりました。息子が買ってくれたものですが、"
        "電話のかけ方からゆっくり教えていただけたらありがたく存じます。午前中でしたら家におります。",
        ["mon-am", "wed-am", "fri-am"],
    ),
    Rq(
        ["smartphone"],
        "resident",
        "村田 庄司",
        "電話機の文字を大きくしたい",
        "目が悪くて、電話機の字が小さくて読めないんです。大きくする方法を誰か見てくれませんか。火曜か木曜の昼過ぎだと助かります。",
        ["tue-pm", "thu-pm"],
    ),
    Rq(
        ["smartphone"],
        "resident",
        "長田 由紀",
        "父が新しい機種に替えたばかりで",
        "離れて暮らす父（82）が、ガラケーからアンドロイドに乗り換えたのですが、電源の入れ方もおぼつかない様子です。私が行けないので、"
        "近所の方に一度様子を見ていただけないでしょうか。日時はそちらに合わせます。",
    ),
    Rq(
        ["smartphone"],
        "group",
        "いきいきサロン竹丘",
        "◆シニア向け『はじめてのタッチ操作』講座 お手伝い募集◆",
        "いきいきサロン竹丘だより 第12号より──この秋、画面を指でさわる操作に慣れる会を開きます。「スワイプって何？」というところからの"
        "スタートです。当日、参加者の隣に座って手元を見てくださる方を三人ほどお願いしたく。日曜の昼下がり、一時間半ほどです。",
        ["sun-pm"],
        helpers=3,
    ),
    Rq(
        ["smartphone"],
        "resident",
        "藤井 ハル",
        "iPadもらったけど使えない",
        "孫からアイパッドのお下がりもらったんだけど、どう使ったらいいかわかんなくてさ。ちょっと触り方だけでも教えてもらえたら嬉しいな。"
        "いつでもいいよ。",
        area=None,
    ),
    # line
    Rq(
        ["line"],
        "resident",
        "堀 ミツ",
        "孫から送られてくる写真を見たい",
        "大阪にいる孫が「写真を送ったよ」と言うのですが、どこを開けば見られるのかわかりません。緑色のアイコンのやつです。"
        "家族とのやりとりができるようになりたいです。水曜日の午後、お待ちしています。",
        ["wed-pm"],
    ),
    Rq(
        ["line"],
        "resident",
        "小野寺 澄江",
        "家族とのメッセージのやりとり",
        "主人が亡くなってから、娘たちとの連絡は電話だけでした。みんなはトークで連絡を取り合っているようで、私も仲間に入れてもらいたいのです。"
        "友だち登録のやり方から教えていただけますか。",
        ["sat-am", "sun-am"],
    ),
    Rq(
        ["line"],
        "resident",
        "Daniel Brooks",
        "Need help with the LINE app",
        "Hello! My neighbourhood association sends notices through the ライン app, but my phone menu is in English and "
        "I can't join the group. Could someone who speaks English show me how? Weekday evenings are best for me.",
        ["mon-eve", "tue-eve", "wed-eve", "thu-eve", "fri-eve"],
        langs=["en"],
    ),
    Rq(
        ["line"],
        "group",
        "下宿三丁目自治会",
        "役員の連絡網をスマホで",
        "下宿三丁目自治会です。回覧板に代えて、役員同士の連絡をアプリのグループトークでやろうという話になりました。ところが役員の平均年齢は"
        "七十五歳。グループへの招待の受け方を説明してくださる方、どなたかいらっしゃいませんか。土曜の午後、集会所にて。",
        ["sat-pm"],
        helpers=2,
        area="town_shitajuku",
    ),
    # videocall
    Rq(
        ["videocall"],
        "resident",
        "石田 フミ",
        "遠くの孫と顔を見て話したい",
        "九州に住む孫の顔を、画面越しでいいから見ながら話してみたいと思っております。テレビ電話というのでしょうか。どうやったらできるのか、"
        "教えてくださる方を探しております。",
        ["thu-am"],
    ),
    Rq(
        ["videocall"],
        "group",
        "NPO法人きよせ子育てネット",
        "オンラインで理事会を開く準備",
        "NPO法人きよせ子育てネットの事務局です。来月から理事会をウェブ会議にします。招待URLの作り方、画面共有、ミュートの説明など、"
        "事前の設定を手伝っていただける方を募集します。打ち合わせはオンラインでも可。",
        ["tue-eve", "thu-eve"],
        remote=True,
    ),
    Rq(
        ["photo"],
        "resident",
        "野口 辰夫",
        "写真を撮るとき、遠くのものが大きく写らない",
        "デジカメのズームの使い方がいまいちわからず、鳥の写真がいつも小さくなってしまいます。撮り方のコツを教えてくれる方はいませんか。"
        "週末の朝、公園で一緒に歩いてもらえると最高です。",
        ["sat-am", "sun-am"],
    ),
    # cashless
    Rq(
        ["cashless"],
        "resident",
        "川口 喜代子",
        "お店のバーコード払いがこわい",
        "レジで「ペイペイですか」と聞かれるたびにドキドキします。現金しか使ったことがなくて。チャージの仕方や、支払いの画面の出し方を、"
        "ゆっくり教えてもらえないかしら。金曜の午前なら大丈夫です。",
        ["fri-am"],
    ),
    Rq(
        ["cashless"],
        "resident",
        "Pham Thi Lan",
        "Cách thanh toán bằng điện thoại",
        "Xin chào. Tôi là sinh viên người Việt. スーパーでスマホで払う方法を知りたいです。Tôi muốn học cách nạp tiền và trả "
        "tiền bằng mã QR. ベトナム語で説明できる方、お願いします。日曜の午後がいいです。",
        ["sun-pm"],
        langs=["vi"],
    ),
    Rq(
        ["cashless"],
        "group",
        "松山地区夏祭り実行委員会",
        "模擬店で現金以外の支払いも受けたい",
        "松山地区の夏祭り実行委員会です。今年の模擬店では、現金のほかにQRコードでの支払いも受けたいと考えています。店側の準備"
        "（アカウント作成、読み取り用QRの掲示など）に詳しい方のお知恵を拝借できればと。",
        remote=True,
        area="town_matsuyama",
    ),
    # myna
    Rq(
        ["myna"],
        "resident",
        "宮本 静子",
        "保険証がカードに変わると聞いて",
        "病院で、これからは保険証がマイナのカードになると言われました。どうやって紐付けるのか、ひとりでは心細くて。役所の手続きに詳しい方に、"
        "一緒にやっていただけないでしょうか。月曜か水曜の午前。",
        ["mon-am", "wed-am"],
    ),
    Rq(
        ["myna"],
        "resident",
        "岡本 正雄",
        "確定申告を家から済ませたい",
        "今年こそは税務署に並ばずに、家から申告を済ませたいと考えています。国税庁のサイトで迷子になってしまうので、横で見ていてもらえると"
        "心強いです。夜でも構いません。",
        ["tue-eve", "wed-eve"],
    ),
    Rq(
        ["myna"],
        "resident",
        "张 伟",
        "个人编号卡的申请",
        "您好，我是住在清瀬的中国人。市役所から届いた書類が難しくて、个人编号卡（マイナンバーカード）的申请方法不太明白。"
        "能用中文说明的人，请帮帮我。土曜日の午前中お願いします。",
        ["sat-am"],
        langs=["zh"],
    ),
    # scam
    Rq(
        ["scam"],
        "resident",
        "杉山 道子",
        "変なショートメールが毎日くる",
        "「荷物をお届けにあがりましたが不在のため…」という知らせが毎日のように届きます。宅配なんて頼んでいないのに。押しても大丈夫なのか、"
        "止める方法はあるのか、詳しい方に見ていただきたいです。",
    ),
    Rq(
        ["scam"],
        "resident",
        "内田 勲",
        "息子を名乗るメッセージ",
        "先日、息子から「携帯を替えた、この番号を登録して」と届きましたが、どうも様子が変です。だまされないための設定や、怪しいものの"
        "見分け方を教わりたいと思います。木曜日の午後にお願いできますか。",
        ["thu-pm"],
    ),
    Rq(
        ["scam"],
        "group",
        "ふれあいシニアクラブ",
        "十月の例会 講師役のお願い",
        "【ふれあいシニアクラブ 十月の例会】近ごろ会員の間で「ウイルスに感染しました」と画面に出て慌てた、という話をよく聞きます。"
        "偽の警告にだまされないための、短いお話をしてくださる講師役の方を一名お迎えしたいです。水曜午後。",
        ["wed-pm"],
    ),
    # pcdoc
    Rq(
        ["pcdoc"],
        "resident",
        "菅原 徹",
        "お知らせの文書をきれいに印刷したい",
        "自治会の回覧で出すお知らせを、手書きではなくきれいに印刷したいのです。字の大きさや表の入れ方がわからず…パソコンに詳しい方、"
        "お手すきの時に見ていただけませんか。",
    ),
    Rq(
        ["pcdoc"],
        "group",
        "中清戸老人会",
        "会計の表を整理したい",
        "老人会の会計を引き継ぎました。前任者が残した表計算のファイルに、合計の式を入れたり、月ごとにまとめたりしたいのですが、さっぱりです。"
        "土曜か日曜の午後、集会所で。",
        ["sat-pm", "sun-pm"],
        area="town_nakakiyoto",
    ),
    Rq(
        ["pcdoc"],
        "resident",
        "酒井 良子",
        "キーボードで文字が打てるようになりたい",
        "パソコン教室に通い始めたのですが、キーボードのローマ字入力が遅くて授業についていけません。家で練習に付き合ってくださる方がいると"
        "嬉しいです。",
        ["mon-pm", "fri-pm"],
    ),
    # sns
    Rq(
        ["sns"],
        "group",
        "みんなの食卓 中里",
        "子ども食堂の活動を発信したい",
        "私たち『みんなの食卓 中里』は月二回の子ども食堂をやっています。活動の様子を写真付きで発信して、寄付やボランティアを集めたいのですが、"
        "スタッフに詳しい人がいません。インスタのアカウント作りから手伝ってくださる方を募集します。遠隔でのやりとりもOKです。",
        remote=True,
        area="town_nakazato",
    ),
    Rq(
        ["sns"],
        "group",
        "清瀬文化協会",
        "団体のホームページが古いまま",
        "文化協会のホームページ、五年前から更新が止まっています。催し物の案内を載せ替えたいので、サイトの更新ができる方に手を貸して"
        "いただけたら。メールでのやりとりも可。",
        remote=True,
    ),
    Rq(
        ["sns"],
        "resident",
        "森下 あや",
        "ワークショップの告知をネットで",
        "手作り市を企画しています。チラシは作ったので、あとはネットで広めたい！フェイスブックとかXとか、投稿のコツを教えてくれる人、"
        "いたらぜひ🙏",
        ["sat-eve", "sun-eve"],
    ),
    # photo
    Rq(
        ["photo"],
        "group",
        "清瀬第六小学校区 地域運動会実行委員会",
        "当日の記録係",
        "地域運動会実行委員会より。当日の様子を写真とビデオで残してくださる方を二名募集。撮ったものは後日、簡単に一本にまとめてもらえると"
        "助かります。",
        ["sun-am"],
        helpers=2,
        area="town_umezono",
    ),
    Rq(
        ["photo"],
        "resident",
        "柴田 トメ",
        "元気なうちに写真を撮っておきたい",
        "元気なうちに、ちゃんとした写真を撮っておきたいと思いまして。いわゆる生前写真です。カメラの腕に覚えのある方、自宅まで来て"
        "いただけますか。",
        ["tue-am", "thu-am"],
    ),
    # cooking
    Rq(
        ["cooking"],
        "resident",
        "坂本 和代",
        "献立づくりに悩んでいます",
        "夫が糖尿病と診断され、毎日の献立に頭を抱えています。塩分や糖分をおさえた家庭のおかずを、一緒に考えてくださる方がいたら心強いです。",
        ["wed-am"],
    ),
    Rq(
        ["cooking"],
        "group",
        "子ども食堂ひまわり",
        "台所仕事の助っ人求む！",
        "子ども食堂『ひまわり』です。毎週金曜の夕方、五十食ぶんのカレーや煮物をつくっています。台所仕事に慣れた方、野菜を切るだけでも"
        "大歓迎です。",
        ["fri-eve"],
        helpers=3,
    ),
    Rq(
        ["cooking"],
        "group",
        "おやじの会",
        "包丁の持ち方から教えてください",
        "定年退職した男性ばかりの集まりです。味噌汁も作ったことがない者ばかりで、包丁の持ち方から教えてくださる先生を探しております。"
        "月曜の午前、公民館の調理室で。",
        ["mon-am"],
    ),
    Rq(
        ["cooking"],
        "resident",
        "Grace Dela Cruz",
        "Learning Japanese home food",
        "Hi! I'm from the Philippines and my husband is Japanese. I want to learn to cook simple dishes like miso soup "
        "and nikujaga. Someone who can explain in English would be great. Saturday afternoon?",
        ["sat-pm"],
        langs=["en"],
    ),
    # calligraphy
    Rq(
        ["calligraphy"],
        "resident",
        "吉川 順",
        "年賀状の宛名を筆で",
        "今年は年賀状の宛名を筆で書いてみたいのですが、どうにも字がふにゃふにゃになってしまいます。ひと通りコツを教わりたいです。"
        "十二月の土曜の午前など。",
        ["sat-am"],
    ),
    Rq(
        ["calligraphy"],
        "group",
        "学童クラブどんぐり",
        "子ども書き初め教室の先生",
        "学童クラブのお正月イベントで、子どもたちと書き初めをします。墨のすり方、筆の持ち方を指導してくださる方、二名お願いします。",
        ["sat-pm"],
        helpers=2,
    ),
    Rq(
        ["calligraphy"],
        "group",
        "グラウンドゴルフ愛好会",
        "賞状の名前を書いてほしい",
        "町内のグラウンドゴルフ大会で賞状を出します。名前の部分をきれいな毛筆で書いてくださる方はいらっしゃいませんか。家で書いて"
        "いただいて、後日お届けでも大丈夫です。",
        remote=True,
    ),
    # music
    Rq(
        ["music"],
        "group",
        "歌声喫茶ぽっぽ",
        "歌声喫茶の伴奏",
        "月に一度、歌声喫茶をしています。懐かしい歌をみんなで歌うので、鍵盤で伴奏をしてくださる方を探しています。楽譜が読める方だと"
        "助かります。第二木曜の午後です。",
        ["thu-pm"],
    ),
    Rq(
        ["music"],
        "resident",
        "大西 真理",
        "息子がギターを始めたいと言っていて",
        "中学生の息子がギターをやりたいと言い出しました。親はまったく弾けないので、最初の手ほどきをしていただける方はいないでしょうか。"
        "土日の夕方なら家族も家にいます。",
        ["sat-eve", "sun-eve"],
    ),
    Rq(
        ["music"],
        "group",
        "特別養護老人ホーム清風園",
        "クリスマス会で演奏を",
        "クリスマス会で、何か楽器を演奏していただける方を募集しています。ジャンルは問いません。入居者さんと一緒に楽しんでいただけたら"
        "嬉しいです。",
        ["sun-pm"],
        helpers=2,
    ),
    # garden
    Rq(
        ["garden"],
        "resident",
        "須藤 かね",
        "庭が草ぼうぼうで",
        "腰を痛めてから、庭の手入れがまったくできておりません。夏の間に雑草が膝の高さまで伸びてしまい、ご近所にも申し訳なく…。抜いて"
        "いただける方がいましたら、お礼はわずかですがお茶とお菓子を用意します。",
        ["tue-am", "sat-am"],
    ),
    Rq(
        ["garden"],
        "resident",
        "上野 節子",
        "伸びすぎた松の枝",
        "亡くなった主人が大事にしていた松の木、枝が伸び放題です。切り方がわかる方に見ていただきたい。",
    ),
    Rq(
        ["garden"],
        "group",
        "駅前グリーンクラブ",
        "花壇の植え替えボランティア",
        "駅前花壇を管理しているグリーンクラブです。春の植え替えに、土づくりや苗の植え付けを手伝ってくださる方を募ります。スコップ等は"
        "こちらで用意します。日曜午前。",
        ["sun-am"],
        helpers=4,
    ),
    # carpentry
    Rq(
        ["carpentry"],
        "resident",
        "田村 亜希",
        "網戸が破れた",
        "猫が網戸をびりびりにしてしまいました。張り替えの道具は買ってきたのですが、やり方がわからなくて。手先の器用な方、助けてください。",
        ["wed-pm", "thu-pm"],
    ),
    Rq(
        ["carpentry"],
        "resident",
        "北村 源三",
        "玄関に手すりを付けたい",
        "段差でつまずくことが増えました。玄関に簡単な手すりを取り付けたいのですが、ねじ止めなど自分でできる自信がなく…。",
    ),
    Rq(
        ["carpentry"],
        "group",
        "にじいろキッチン",
        "絵本の棚を手づくりしたい",
        "子ども食堂『にじいろキッチン』です。絵本を置く棚を手づくりしたいと思っています。木材を切ったり組み立てたりできる方、週末に"
        "一日お付き合いいただけませんか。",
        ["sat-am", "sat-pm"],
    ),
    # bike
    Rq(
        ["bike"],
        "resident",
        "近藤 陸",
        "タイヤがパンクしてしまった",
        "通勤に使っている自転車の後ろのタイヤがパンクしました。お店が遠いので、直し方を教えてもらえるか、直していただけると助かります。"
        "夜なら家にいます。",
        ["mon-eve", "tue-eve"],
    ),
    Rq(
        ["bike"],
        "resident",
        "横山 春江",
        "孫の自転車のブレーキ",
        "孫が遊びに来たときに乗る自転車のブレーキが、キーキー鳴って利きも悪いです。調整できる方いらっしゃいますか。",
        ["sun-am"],
    ),
    # signlang
    Rq(
        ["signlang"],
        "resident",
        "平野 早苗",
        "耳の聞こえない友人と話したい",
        "最近知り合った友人が耳が聞こえません。筆談でやりとりしていますが、簡単な挨拶くらいは手で伝えられるようになりたい。教えてくれる方"
        "いませんか。",
        ["fri-pm"],
    ),
    Rq(
        ["signlang"],
        "group",
        "清瀬市民福祉講演会実行委員会",
        "講演会に通訳をつけたい（聴覚障害の方向け）",
        "福祉講演会を開催します。聴覚に障害のある方も参加されるため、講師の話を手の動きで伝えてくださる方を二名お願いいたします。",
        ["sat-pm"],
        helpers=2,
    ),
    Rq(
        ["signlang"],
        "resident",
        "松井 健",
        "ろう者の母の通院に付き添ってほしい",
        "ろう者の母が病院に行くとき、先生の説明を手話で通訳してくださる方がいると安心です。平日の午前中です。",
        ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"],
    ),
    # listening
    Rq(
        ["listening"],
        "resident",
        "原田 茂",
        "一人暮らしで話す相手がいない",
        "妻に先立たれてから、一日誰とも口をきかない日があります。月に一、二度でいいので、世間話につきあってくださる方がいたら…。",
    ),
    Rq(
        ["listening"],
        "resident",
        "安藤 美和",
        "母の昔話を聞いてあげてほしい",
        "認知症が始まった母が、同じ昔話を何度もします。私は仕事で忙しく、ゆっくり聞いてあげられません。母のおしゃべりに付き合ってくださる方、"
        "週に一度来ていただけませんか。",
        ["wed-pm"],
    ),
    Rq(
        ["listening"],
        "group",
        "民生委員協議会",
        "週一回のお電話",
        "外出がむずかしい会員さんに、週一回お電話で様子をうかがうボランティアを募集しています。ご自宅からの電話で構いません。",
        ["mon-am", "thu-am"],
        remote=True,
        helpers=3,
    ),
    # interp
    Rq(
        ["interp"],
        "resident",
        "Sarah Kim",
        "Interpreter for a school meeting",
        "My daughter goes to an elementary school in Kiyose. There is a parent-teacher meeting (個人面談) next month and I "
        "don't understand Japanese well. I'm looking for someone to interpret between me and the teacher. Weekday afternoon.",
        ["wed-pm", "thu-pm"],
        langs=["en", "ja"],
    ),
    Rq(
        ["interp"],
        "resident",
        "刘 洋",
        "病院で中国語の通訳を",
        "我母亲从中国来日本看病。病院の受付や先生の説明を中国語に訳してくれる方を探しています。请帮忙！",
        ["tue-am"],
        langs=["zh", "ja"],
    ),
    Rq(
        ["interp"],
        "group",
        "野塩地区防災会",
        "防災訓練でベトナム語の橋渡し役",
        "地域の防災訓練に、ベトナムから来た技能実習生の方々も参加します。避難の流れを伝えるため、ベトナム語ができる方に来ていただきたいです。",
        ["sun-am"],
        langs=["vi", "ja"],
        helpers=2,
        area="town_noshio",
    ),
    # japanese
    Rq(
        ["japanese"],
        "resident",
        "Arjun Mehta",
        "Japanese conversation practice",
        "I'm working at a care facility in Kiyose. I can read hiragana but speaking is hard. I'd like a conversation "
        "partner to practise with, maybe at a cafe. Saturday mornings.",
        ["sat-am"],
    ),
    Rq(
        ["japanese"],
        "group",
        "にほんごひろば清瀬",
        "サポーター募集中",
        "毎週火曜の夜、市民センターで外国人向けの『にほんごひろば』を開いています。ひらがなの読み書きから、ゴミの出し方の会話まで、"
        "一緒に学んでくださる市民サポーターを募集中です。経験不問。",
        ["tue-eve"],
        helpers=3,
    ),
    Rq(
        ["japanese"],
        "resident",
        "Vu Thi Mai",
        "学校からのお便りが読めるようになりたい",
        "Xin chào. ベトナムから来て三年になります。子どもの学校からのお便りの漢字がむずかしいです。漢字の読み方を教えてくれる人、"
        "さがしています。",
    ),
    # study
    Rq(
        ["study"],
        "resident",
        "西田 恭子",
        "小4の娘が割り算でつまずいて",
        "小学四年生の娘が割り算でつまずいています。共働きで見てあげる時間がなく、週一回でいいので宿題を一緒に見ていただける方は"
        "いないでしょうか。",
        ["thu-eve"],
    ),
    Rq(
        ["study"],
        "group",
        "ひとり親家庭支援の会",
        "無料学習会の学生ボランティア",
        "ひとり親家庭の中学生を対象に無料の学習会を開いています。英語と数学を中心に、問題の解き方をそばで教えてくださる方を募集します。"
        "土曜の午後、二時間ほど。",
        ["sat-pm"],
        helpers=3,
    ),
    Rq(
        ["study"],
        "resident",
        "中島 大地",
        "夏休みの自由研究どうしよう",
        "夏休みの自由研究、何をやったらいいか息子と途方に暮れています…。理科の好きな方に、テーマ選びとまとめ方を教えてもらえたら嬉しいです！",
    ),
    # magic / sewing
    Rq(
        ["magic"],
        "group",
        "旭が丘敬老会",
        "敬老会の余興",
        "敬老会で、皆さんが「おおっ」と驚くような出し物をしてくれる方を探しています。トランプやロープを使った不思議な芸など、大歓迎！",
        ["sun-am"],
        area="town_asahigaoka",
    ),
    Rq(
        ["sewing"],
        "resident",
        "青木 亮",
        "上履きのマジックテープがはがれた",
        "子どもの上履きのマジックテープがはがれてしまいました。縫い付けてくださる方、どなたかいませんか。お裁縫が苦手な父親より。",
    ),
    Rq(
        ["sewing"],
        "resident",
        "菊地 里美",
        "学校に持っていく雑巾",
        "新学期に学校へ雑巾を二枚持っていくことになりました。ミシンがなく、手縫いも自信がありません。どなたか縫っていただけませんか"
        "（布はこちらで用意します）。",
        remote=True,
    ),
    Rq(
        ["sewing"],
        "group",
        "冬のぬくもり会",
        "手編みのマフラーづくり",
        "冬に向けて、手編みのマフラーづくりの会をひらきます。棒針の基本を教えてくださる方を一名。金曜午後。",
        ["fri-pm"],
    ),
    # driving / lifting
    Rq(
        ["driving"],
        "resident",
        "今井 サダ",
        "通院の送り迎え",
        "月に一度、駅の近くの眼科に通っています。バスの乗り継ぎがつらくなってきたので、車で送り迎えしていただける方がいると本当に"
        "助かります。",
        ["tue-am"],
    ),
    Rq(
        ["driving", "lifting"],
        "group",
        "福祉バザー実行委員会",
        "バザー品の回収に車を",
        "福祉バザーの品物を、会員のお宅から集めて回ります。ワゴン車かそれに近い車で回ってくださる運転手さんを募集。重い品物の積み下ろしも"
        "お願いすることになります。",
        ["sat-am"],
    ),
    Rq(
        ["lifting"],
        "resident",
        "永井 孝",
        "タンスを二階へ",
        "娘の部屋のタンスを一階から二階に上げたいのですが、夫婦ふたりでは到底無理。力持ちの方、二人ほど手伝っていただけませんか。",
        ["sun-pm"],
        helpers=2,
    ),
    Rq(
        ["lifting"],
        "group",
        "元町一丁目町内会",
        "運動会のライン引きとテント張り",
        "町内会の運動会の前日、グラウンドに白線を引いたり、テントを立てたりする準備の人手が足りません。体力に自信のある方、お願いします！",
        ["sat-am"],
        helpers=4,
        area="town_motomachi",
    ),
    # exercise / haircut / shopping
    Rq(
        ["exercise"],
        "group",
        "朝の公園体操の会",
        "体の動かし方を教えてほしい",
        "毎朝の公園での体操、参加者が増えてきました。腰や膝に負担のかからない体の動かし方を教えてくださる方を探しています。",
        ["mon-am", "wed-am", "fri-am"],
    ),
    Rq(
        ["exercise"],
        "group",
        "デイサービスあおぞら",
        "椅子に座ったままできる運動",
        "レクリエーションの時間に、椅子に座ったままできる運動を指導していただける方を探しています。",
        ["thu-pm"],
    ),
    Rq(
        ["exercise"],
        "group",
        "International Mums Kiyose",
        "Gentle stretching in the park",
        "We are a small group of mothers from different countries. We'd like someone to lead a gentle stretching or yoga "
        "session in English in the park. Friday mornings.",
        ["fri-am"],
        langs=["en"],
    ),
    Rq(
        ["haircut"],
        "resident",
        "山下 洋子",
        "寝たきりの父の髪を切ってほしい",
        "寝たきりの父の髪がだいぶ伸びてしまいました。床屋さんに連れて行けないので、家まで来て切ってくださる方を探しています。",
    ),
    Rq(
        ["haircut"],
        "group",
        "グループホームけやき",
        "入居者さんの髪を整えてほしい",
        "入居者さんの髪を整えてくださる、理美容の資格をお持ちの方、月一回お願いできませんか。",
        ["wed-am"],
    ),
    Rq(
        ["shopping"],
        "resident",
        "服部 きよ",
        "スーパーまで行くのがつらい",
        "足を悪くして、重い物を持って帰るのが大変になりました。週一回、近くのスーパーで米や牛乳などを買ってきていただけると助かります。",
        ["fri-pm"],
    ),
    Rq(
        ["shopping"],
        "resident",
        "Hoang Thi Thu",
        "Nhờ đi chợ giúp",
        "Tôi đang mang thai. 妊娠中で重い物が持てません。スーパーの買い物を手伝ってくれる人、いませんか。ベトナム語ができる人だと"
        "うれしいです。",
        ["sat-am"],
        langs=["vi"],
    ),
    # two needs
    Rq(
        ["smartphone", "line"],
        "resident",
        "岩崎 ツル",
        "スマホデビューしたばかり",
        "先月はじめてスマホを持ちました。電話のかけ方もまだあやふやなのですが、ゆくゆくは孫とラインでやりとりしたいと思っています。"
        "両方まとめて教えてくださる方がいればありがたいです。",
        ["thu-am", "fri-am"],
    ),
    Rq(
        ["pcdoc", "photo"],
        "group",
        "地域づくりの会 けやき通り",
        "写真入りの会報をつくりたい",
        "会報に今年から写真を入れたいと思っています。イベント当日に写真を撮ってくださり、それをパソコンで紙面に入れるところまで手伝って"
        "いただける方を探しています。",
        ["sun-pm"],
    ),
    Rq(
        ["cooking", "listening"],
        "resident",
        "清水 浩二",
        "父と一緒に台所に立ってくれる方",
        "一人暮らしの父のところへ、週一回、一緒に台所に立ってくれて、ついでにおしゃべりもしてくれる方がいたら…と思っています。",
        ["wed-am"],
    ),
    Rq(
        ["driving", "interp"],
        "resident",
        "Michael Turner",
        "Drive my father to hospital and interpret",
        "My father (78) needs to go to the hospital in Kiyose. We need someone who can drive him there and also interpret "
        "in English for the doctor. Tuesday morning.",
        ["tue-am"],
        langs=["en", "ja"],
    ),
    Rq(
        ["carpentry", "lifting"],
        "resident",
        "小松 英樹",
        "物置の組み立て",
        "通販で物置を買いました。部品が重く、組み立ても複雑そうです。組み立てが得意で、重い物を運ぶのもいとわない方を二名。",
        ["sat-pm"],
        helpers=2,
    ),
    Rq(
        ["myna", "smartphone"],
        "resident",
        "土屋 フサ",
        "スマホで役所の手続きを",
        "スマホで役所の手続きができると聞きましたが、そもそもスマホの操作がおぼつきません。基本から、カードの申請まで通しで見ていただけない"
        "でしょうか。",
    ),
    Rq(
        ["magic"],
        "resident",
        "佐野 めぐみ",
        "子どもの誕生会で",
        "息子の7歳の誕生日会に、ちょっとした不思議な芸を見せてくれるお兄さん・お姉さんがいたら子どもたち大喜びだと思います！",
        ["sun-pm"],
    ),
]


# --------------------------------------------------------------------------------------------------
def load_areas():
    a = json.load(open(AREAS_FILE, encoding="utf-8"))
    return {x["id"]: set(x["neighbours"]) for x in a["areas"]}


def place_grade(r, v, nb):
    if r["remote_ok"]:
        return 3
    if r["area"] and v["area"] and r["area"] == v["area"]:
        return 3
    if r["area"] is None or v["area"] is None or v["area"] in nb[r["area"]]:
        return 2
    return 1


def grade(r, need, v, have, nb):
    """data/README.md rules, from concept labels."""
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
        related = any(frozenset((n, h)) in RELATED for n in need for h in have)
        nearby = r["remote_ok"] or (
            r["area"] and v["area"] and (r["area"] == v["area"] or v["area"] in nb[r["area"]])
        )
        g = 1 if related and nearby else 0
    if len(need) > 1 and len(got) < len(need):
        g -= 1  # a second skill asked for and missing
    return max(g, 0)


def grade_check(r, need, v, have, nb):
    """Independent restatement of the rules as a table, used only for the self-check."""
    hard_fail = (
        (not v["active"])
        or any(lang not in v["languages"] for lang in r["languages"])
        or (
            len(r["slots"]) > 0
            and len(v["availability"]) > 0
            and len(set(r["slots"]).intersection(v["availability"])) == 0
        )
    )
    if hard_fail:
        return 0
    n_have = sum(1 for n in need if n in have)
    penalty = 1 if (len(need) == 2 and n_have == 1) or (len(need) == 2 and n_have == 0) else 0
    if n_have:
        if r["remote_ok"] or (r["area"] is not None and r["area"] == v["area"]):
            base = 3
        elif r["area"] is None or v["area"] is None or v["area"] in nb[r["area"]]:
            base = 2
        else:
            base = 1
        if v["availability"] == []:
            base = 1 if base >= 1 else base
    else:
        rel = [(a, b) for a in need for b in have if frozenset((a, b)) in RELATED]
        if not rel:
            base = 0
        elif r["remote_ok"] or (
            r["area"] is not None
            and v["area"] is not None
            and (v["area"] == r["area"] or v["area"] in nb[r["area"]])
        ):
            base = 1
        else:
            base = 0
    return max(0, base - penalty)


HW = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def variant(tag, rng):
    """Surface noise a volunteer introduces when typing a tag."""
    x = rng.random()
    if x < 0.10 and tag.isascii():
        return tag.translate(HW)  # full-width ASCII
    if x < 0.18 and len(tag) >= 4:
        i = rng.randrange(1, len(tag) - 1)
        return tag[:i] + tag[i + 1 :]  # a dropped character
    if x < 0.24 and any("\u30a1" <= c <= "\u30f6" for c in tag):
        return "".join(
            chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in tag
        )  # katakana -> hiragana
    return tag


def make():
    rng = random.Random(SEED)
    nb = load_areas()
    area_ids = sorted(nb)

    # ---- requests
    requests, needs = [], {}
    for i, q in enumerate(REQUESTS, 1):
        rid = f"H{i:03d}"
        area = q["area"]
        if area == "R":
            area = rng.choice(area_ids) if rng.random() > 0.08 else None
        tags = []
        if rng.random() < 0.15:  # sometimes staff typed a tag; written unlike dev's labels
            tags = [variant(rng.choice(CONCEPTS[q["need"][0]]["tags"]), rng)]
        requests.append(
            {
                "external_id": rid,
                "requester_kind": q["kind"],
                "requester_name": q["name"],
                "title": q["title"],
                "description": q["desc"],
                "skills": tags,
                "area": area,
                "slots": q["slots"],
                "languages": q["langs"],
                "remote_ok": q["remote"],
                "helpers_needed": q["helpers"],
            }
        )
        needs[rid] = q["need"]

    # ---- volunteers
    names = list(CONCEPTS)
    vols, have = [], {}

    def new_vol(concepts, area=None, avail=None, langs=None, active=None, force_tag=False):
        vid = f"W{len(vols) + 1:04d}"
        fname = None
        if langs is None:
            if rng.random() < 0.08 or "interp" in concepts:
                fname, langs = rng.choice(FOREIGN)
                if "interp" in concepts and langs == ["ja"]:
                    langs = ["ja", "en"]
            else:
                langs = ["ja"] + (["en"] if rng.random() < 0.12 else [])
        if fname is None:
            fname = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        if area is None:
            area = rng.choice(area_ids) if rng.random() > 0.08 else None
        elif area == "none":
            area = None
        if avail is None:
            avail = (
                [] if rng.random() < 0.10 else sorted(rng.sample(SLOTS, rng.randint(1, 6)), key=SLOTS.index)
            )
        if active is None:
            active = rng.random() > 0.07
        skills, bio = [], [rng.choice(INTROS)]
        for c in concepts:
            if force_tag or rng.random() < 0.72:
                for t in rng.sample(CONCEPTS[c]["tags"], rng.choice([1, 1, 2])):
                    skills.append(variant(t, rng))
                if rng.random() < 0.25:
                    bio.append(rng.choice(CONCEPTS[c]["bio"]))
            else:
                bio.append(rng.choice(CONCEPTS[c]["bio"]))  # skill only in the bio
        if rng.random() < 0.2:
            filler = rng.choice(sorted(TRAP_FILLERS))
            if not TRAP_FILLERS[filler] & set(concepts):
                bio.append(filler)
        bio.append(rng.choice(CLOSINGS))
        rosters = set()
        if set(concepts) & DIGITAL:
            rosters.add("digital")
        if set(concepts) - DIGITAL or rng.random() < 0.2:
            rosters.add("skill_bank")
        vols.append(
            {
                "external_id": vid,
                "display_name": fname,
                "rosters": sorted(rosters),
                "skills": skills,
                "bio": "".join(b for b in bio if b),
                "area": area,
                "availability": avail,
                "languages": langs,
                "max_per_month": rng.choice([1, 2, 4, 8]),
                "active": active,
                "contact": {"email": f"{vid.lower()}@example.jp", "phone": f"080-0000-{len(vols) + 1:04d}"},
            }
        )
        have[vid] = set(concepts)

    for _ in range(285):
        k = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        new_vol(rng.sample(names, k))
    # a few pure-trap volunteers: trap word in bio, no real skill asked anywhere
    for filler in [
        "趣味はラインダンスです。",
        "運動会ではいつもライン引きを担当していました。",
        "マジックテープの靴を愛用しています。",
        "スマホは持っていません。",
        "子ども食堂に毎月寄付をしています。",
    ]:
        new_vol(["exercise"] if "ダンス" in filler else ["shopping"])
        vols[-1]["bio"] = filler + vols[-1]["bio"]

    # plant: every request gets at least one grade >= 2 volunteer (a real registrant who fits)
    for r in requests:
        rid = r["external_id"]
        if any(grade(r, needs[rid], v, have[v["external_id"]], nb) >= 2 for v in vols):
            continue
        langs = (
            sorted(set(r["languages"]) | {"ja"})
            if "ja" in r["languages"] or rng.random() < 0.7
            else list(r["languages"])
        )
        area = r["area"] or rng.choice(area_ids)
        if rng.random() < 0.5 and r["area"]:
            area = rng.choice(sorted(nb[r["area"]]))
        avail = sorted(set(r["slots"][:1]) | set(rng.sample(SLOTS, 2)), key=SLOTS.index)
        new_vol(list(needs[rid]), area=area, avail=avail, langs=langs, active=True)

    # ---- qrels
    qrels = []
    for r in requests:
        rid = r["external_id"]
        for v in vols:
            g = grade(r, needs[rid], v, have[v["external_id"]], nb)
            if g > 0:
                qrels.append((rid, v["external_id"], g))

    self_check(requests, vols, needs, have, qrels, nb)

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "volunteers.jsonl", "w", encoding="utf-8") as f:
        for v in vols:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    with open(OUT / "requests.jsonl", "w", encoding="utf-8") as f:
        for r in requests:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(OUT / "qrels.tsv", "w", encoding="utf-8") as f:
        f.write("request\tvolunteer\tgrade\n")
        for row in qrels:
            f.write("\t".join(map(str, row)) + "\n")
    with open(OUT / "concepts.json", "w", encoding="utf-8") as f:  # labels, for diagnosis only
        json.dump(
            {"requests": needs, "volunteers": {k: sorted(s) for k, s in have.items()}},
            f,
            ensure_ascii=False,
            indent=0,
        )
    print(
        f"{len(vols)} volunteers, {len(requests)} requests, {len(qrels)} graded pairs "
        f"({sum(1 for q in qrels if q[2] >= 2)} with grade >= 2)"
    )


def self_check(requests, vols, needs, have, qrels, nb):
    ids = [v["external_id"] for v in vols]
    assert len(ids) == len(set(ids))
    q = {(r, v): g for r, v, g in qrels}
    vmap = {v["external_id"]: v for v in vols}
    for r in requests:
        assert r["area"] is None or r["area"] in nb, r
        assert all(s in SLOTS for s in r["slots"]) and set(needs[r["external_id"]]) <= set(CONCEPTS)
        best = 0
        for v in vols:
            g = q.get((r["external_id"], v["external_id"]), 0)
            assert g == grade_check(r, needs[r["external_id"]], v, have[v["external_id"]], nb), (r, v)
            if g:  # a graded volunteer never breaks a hard constraint (what score.py counts as a violation)
                assert v["active"] and not set(r["languages"]) - set(v["languages"])
                assert not (r["slots"] and v["availability"] and not set(r["slots"]) & set(v["availability"]))
            best = max(best, g)
        assert best >= 2, f"{r['external_id']} has no grade>=2 volunteer"
    for v in vols:
        assert v["area"] is None or v["area"] in nb
        assert all(s in SLOTS for s in v["availability"])
    for _rid, vid, g in qrels:
        assert g in (1, 2, 3) and vmap[vid]


if __name__ == "__main__":
    make()
