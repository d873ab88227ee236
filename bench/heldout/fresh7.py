#!/usr/bin/env python3
"""fresh7: a seventh blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh6.py on freshset.py.  Every request text and every
volunteer tag / bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv)
are derived only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py -
fresh6.py apply them (CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's
grades or the other sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh4 - fresh6:
  * registers: 方言 (関西・広島・東北・鹿児島), a grandchild writing for a grandparent (「（孫）」), office memos
    (件名: / 用件: / 日時: / 備考:) from 自治会・PTA・a care manager・社協 staff, LINE-message style with emoji and
    絵文字 (!!, 笑, 😭, 🙏), long rambling first-person stories whose ask comes only at the end, bullet lists of several
    small asks (・…), euphemism and politeness that hide the ask (「お手すきの方がいらっしゃれば」「ご教示いただける
    方が」), katakana loanwords (「ファシリテーター」「ポスティングスタッフ」「クリーニング」), typos and missing
    particles (「パソコン電源は入るけど そのあと何もできない」), Vietnamese, Tagalog, Portuguese, Chinese and
    English mixed in — the languages volunteers speak here (vi, tl, pt, zh, en) and some requests require;
  * needs named by their effect or a situation (「画面が真っ暗で何も映らない」「足元がおぼつかなくて」「ストレージが
    いっぱい」「手が震えて字にならない」「台所の上のほうがベタベタ」「緑色のあれで送る」), the ask late or only in the
    title, who-asks phrases that name another skill (「グラウンドゴルフ同好会」「ハイキングの会」「歌の時間の後です」),
    requests that say what they do NOT need (「車はいらん」「草むしりのお手伝いではなく、育て方」「通訳してほしいので
    はなく、自分で話したい」「布団は業者に頼んでおります」「体操を教えてほしいわけではありません」);
  * 42 concepts, 12 of them new to fresh4 - fresh6 (家庭菜園, 窓ふき・高い所の掃除, 引っ越し・入所の荷造り, 布団干し・
    寝具の入れ替え, 洗濯・アイロンがけ, 回覧板・広報紙の配布, 家計・支払いの整理, お化粧, 登下校の見守り, 英会話の
    相手, 手品・余興, 散歩の相手; 手品 was in fresh3), and splits of near concepts (草取り | 剪定 | 家庭菜園,
    片付け | 窓ふき | 荷造り | 力仕事, 布団干し | 洗濯, 付き添い | 送迎 | 散歩, 見守り | 回覧板, 代読・代筆 | 家計の
    整理, 子守り | 登下校の見守り, 日本語 | 通訳 | 英会話, 音楽 | 手品);
  * near-but-different traps, graded 0 for each other: 草取り (garden) / 野菜づくり (saien), 布団干し (futon) / 洗濯
    (laundry), 託児 (watch_child) / 旗振り (tsugaku), 窓ふき (window) / 建て付け・網戸の修理 (handyman), 英会話
    (eikaiwa) / 日本語教室 (japanese), アイロン (laundry) / 裾上げ (sewing), 手品 (magic) / 伴奏 (music), お化粧
    (makeup) / 撮影 (camera), 撮影 (camera) / 写真整理 (photo_data), テレビの配線 (tv_wifi) / テレビ電話
    (videocall), ポスティング (kairanban) / 散歩 (sanpo);
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0).

Counts: 135 requests (118 with one ask, 17 with two), about 450 volunteers (200 drawn at random, 21 pure-trap
fillers, one decoy per named-but-not-asked skill, a constraint trap on every third request, and planted fits so that
every request has two volunteers of grade >= 2); the run prints the exact figures.

Grades (freshset.grade(), as fresh4 - fresh6):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a 片付け helper for 窓ふき) = the place
  grade minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh7.py          # writes bench/heldout/fresh7/{volunteers,requests}.jsonl,
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
from freshset import (  # noqa: E402  (the generator and grader code shared with fresh4 - fresh6)
    build as build_set,
)

SEED = 20270601
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh7"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 200
WEEKDAY_AM = ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"]
WEEKDAY_PM = ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]
WEEKDAY_EVE = ["mon-eve", "tue-eve", "wed-eve", "thu-eve", "fri-eve"]

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana included);
# bio = sentences that say the skill only in running text, several of them naming ANOTHER activity in passing
# (「ゲートボール仲間の間では、スマホの困りごと係」「卓球クラブの合宿写真を…共有アルバムに」「毎朝の散歩のついでに、
# ご近所の雨戸が開いているか」) — the volunteer has the sentence's concept, not the word's.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "line", "videocall", "pc", "tv_wifi", "scam", "photo_data"}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホの操作", "スマートフォン相談", "iPhoneの使い方", "アンドロイド設定", "スマホ初心者サポート",
              "ｽﾏｰﾄﾌｫﾝ", "すまほ相談", "携帯の操作説明", "文字入力の練習", "スマホの困りごと", "シニアスマホ"],
        bio=["携帯ショップで五年、シニアのお客様の初期設定を担当していました。",
             "ゲートボール仲間の間では、スマホの困りごと係と呼ばれています。",
             "老人ホームに入った父に、毎週スマホの使い方を教えに通っていました。",
             "スマホ教室の助手として、文字の打ち方から一緒に練習しています。"],
    ),
    "line": dict(
        tags=["LINE", "ライン操作", "LINEのトーク", "LINEスタンプ", "ＬＩＮＥ設定", "ラインの友だち登録",
              "LINEアカウント移行", "らいんの使い方", "LINEグループ作成", "LINEアルバム"],
        bio=["民謡の会の連絡をLINEグループに切り替えたのは私です。",
             "母のスマホを替えたとき、LINEの引き継ぎを自分でやりました。",
             "職場でLINE公式アカウントの運用担当をしています。"],
    ),
    "videocall": dict(
        tags=["Zoom操作", "ビデオ会議", "オンライン面会", "LINEビデオ", "Google Meet", "ﾋﾞﾃﾞｵ通話", "テレビ電話",
              "オンライン会議の設定", "FaceTime", "画面越しの通話"],
        bio=["コロナの頃、施設のオンライン面会の段取りをしていました。",
             "在宅勤務で毎日ビデオ会議をしているので、つなぎ方なら説明できます。",
             "海外に住む娘と毎週画面越しに話すので、その準備には慣れています。"],
    ),
    "pc": dict(
        tags=["パソコン全般", "ワード・エクセル", "PC操作指導", "ノートパソコン", "パソコンの初期設定", "ぱそこん教室",
              "Windows", "メールの設定", "文書づくり", "ｴｸｾﾙ", "キーボード入力"],
        bio=["商社で三十年、毎日エクセルと格闘してきました。",
             "シルバー人材センターのパソコン教室で助手をしています。",
             "大学で情報工学を学んでいます。",
             "囲碁クラブの会報を、毎月パソコンで作っています。"],
    ),
    "tv_wifi": dict(
        tags=["テレビの配線", "Wi-Fi設定", "ルーター設定", "ネット回線の接続", "地デジ・BSの設定", "レコーダー録画予約",
              "ワイファイ", "テレビのチャンネル設定", "家電の接続", "無線ＬＡＮ"],
        bio=["電器屋を四十年営んでいました。",
             "ケーブルテレビ会社で宅内工事をしています。",
             "実家のテレビとレコーダーの配線は、いつも私の担当です。"],
    ),
    "scam": dict(
        tags=["詐欺被害防止", "振り込め詐欺対策", "悪質商法の相談", "怪しいメールの見分け", "架空請求", "防犯の話",
              "さぎ防止", "迷惑ＳＭＳ", "訪問販売トラブル", "消費者相談"],
        bio=["元銀行員で、高額の振り込みを窓口で止めたことが何度もあります。",
             "消費生活相談員をしていました。",
             "防犯協会で、お年寄り向けに電話詐欺の寸劇をしています。"],
    ),
    "photo_data": dict(
        tags=["写真の整理", "スマホ写真の保存", "写真のバックアップ", "デジカメ写真の取り込み", "アルバムづくり",
              "写真データ化", "クラウド保存", "しゃしんのせいり", "写真の移行", "USBに保存"],
        bio=["家族の古いネガを全部デジタルにしました。",
             "卓球クラブの合宿写真を、毎回まとめて共有アルバムにしています。",
             "写真店で、プリントとデータの取り込みの仕事をしていました。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物の同行", "お使い", "スーパーの買い出し", "買いもの支援", "日用品の代理購入",
              "かいもの", "重い買い物の手伝い", "買い物サポート"],
        bio=["週二回、近所の方に頼まれた物をまとめて買ってきます。",
             "スーパーのレジを十年打っていたので、店の中はよく分かります。",
             "足の悪い祖母の買い物に、毎週付き合っていました。"],
    ),
    "escort": dict(
        tags=["通院介助", "受診の付き添い", "外出の付き添い", "車椅子の介助", "病院付添", "つきそい", "通院同行",
              "ガイドヘルパー", "介護職員初任者研修"],
        bio=["ガイドヘルパーの資格を持っています。",
             "介護職として、利用者さんの受診に何度も同行してきました。",
             "総合病院の案内係ボランティアで、車椅子を押しています。"],
    ),
    "driving": dict(
        tags=["送迎ドライバー", "運転", "車出せます", "自家用車で送迎", "ワゴン車あり", "運転歴40年", "そうげい",
              "送迎サービス", "普通免許", "車での移動支援"],
        bio=["路線バスの運転士を定年まで勤めました。",
             "七人乗りの車があるので、何人か一緒でも大丈夫です。",
             "福祉有償運送の講習を受けています。"],
    ),
    "sanpo": dict(
        tags=["散歩の付き添い", "ウォーキング", "さんぽ", "散歩仲間", "歩く練習の相手", "散歩のお供", "ウォーキング同行",
              "公園散歩", "歩行の見守り"],
        bio=["毎朝、金山緑地公園を一時間歩いています。",
             "山歩きの会に入っていて、ゆっくり歩く人に合わせるのは慣れています。",
             "リハビリ中の父と毎日近所を歩いていたので、歩く練習に付き合うのは得意です。"],
    ),
    "garden": dict(
        tags=["草むしり", "庭の草取り", "除草", "草刈り", "庭掃除", "くさとり", "雑草の処理", "刈払機", "落ち葉掃き",
              "庭の手入れ"],
        bio=["休みの日は、空き家の庭の草刈りを請け負っています。",
             "造園会社で下草刈りのアルバイトをしていました。",
             "団地の花壇当番で、毎月草を抜いています。"],
    ),
    "pruning": dict(
        tags=["剪定", "植木の剪定", "せんてい", "生け垣の刈り込み", "庭木の手入れ", "枝おろし", "高枝切り", "植木屋",
              "松の手入れ"],
        bio=["造園業を三十五年やってきました。",
             "盆栽歴が長く、松の枝ぶりを整えるのが好きです。",
             "実家の生け垣の刈り込みは毎年私の仕事です。"],
    ),
    "saien": dict(
        tags=["家庭菜園", "野菜づくり", "プランター菜園", "畑仕事", "やさいづくり", "市民農園", "土づくり", "ベランダ菜園",
              "苗の植え付け", "農業指導"],
        bio=["定年後、市民農園で野菜を十種類ほど育てています。",
             "農家の生まれで、畑のことなら一通り分かります。",
             "ベランダのプランターでミニトマトとナスを作っています。"],
    ),
    "handyman": dict(
        tags=["小修理", "電球の交換", "建て付け調整", "蛇口のパッキン交換", "棚づけ", "大工仕事", "しゅうり",
              "ドアノブの交換", "DIY全般", "簡単な修繕", "工具あり", "網戸の張り替え"],
        bio=["大工を四十年やってきました。",
             "ビルの設備管理の仕事で、水回りや照明の修理をしています。",
             "自治会館の椅子や机のがたつきを、いつも直しています。"],
    ),
    "tidy": dict(
        tags=["お片付け", "部屋の掃除", "整理整頓", "片付けサポート", "生前整理", "掃除全般", "おかたづけ", "断捨離",
              "物の仕分け", "清掃"],
        bio=["整理収納アドバイザーの資格を持っています。",
             "ビル清掃の仕事を二十年しています。",
             "父の家を片付けたとき、物の仕分けの大変さを知りました。"],
    ),
    "window": dict(
        tags=["窓ふき", "窓拭き", "高い所の掃除", "換気扇の掃除", "まどふき", "照明カバーの掃除", "エアコンフィルター掃除",
              "網戸の掃除", "脚立作業", "サッシの掃除"],
        bio=["ビルの窓ガラス清掃の仕事をしていました。",
             "背が高いので、脚立なしでも天井の照明カバーに届きます。",
             "年末は毎年、実家の換気扇と窓を磨きに帰っています。"],
    ),
    "nizukuri": dict(
        tags=["荷造り", "引っ越しの荷造り", "荷ほどき", "箱詰め", "にづくり", "梱包", "引越し準備", "施設入所の準備",
              "荷物の梱包"],
        bio=["引っ越し会社で梱包の仕事をしていました。",
             "転勤が多く、十回以上の引っ越しで箱詰めは得意になりました。",
             "母の施設入所のとき、持っていく物をまとめて箱に詰めました。"],
    ),
    "lifting": dict(
        tags=["力仕事", "重い物の運搬", "家具の移動", "運び出し", "搬入・搬出", "ちからしごと", "重量物", "体力あります",
              "トラックあり"],
        bio=["消防団で鍛えているので、体力には自信があります。",
             "倉庫で荷物の積み下ろしをしています。",
             "柔道部の大学生です。"],
    ),
    "futon": dict(
        tags=["布団干し", "布団の取り込み", "ふとん干し", "布団乾燥", "寝具の入れ替え", "布団の上げ下ろし", "シーツ交換",
              "ベッドメイク"],
        bio=["ホテルの客室係で、毎日シーツを替えていました。",
             "晴れた日には、隣のおばあちゃんの布団もベランダに干しています。",
             "介護施設で寝具の交換を担当していました。"],
    ),
    "laundry": dict(
        tags=["アイロンがけ", "洗濯", "せんたく", "洗濯物たたみ", "シャツのアイロン", "洗濯物干し", "手洗い洗濯",
              "衣類のお手入れ", "あいろん"],
        bio=["クリーニング店で、ワイシャツのアイロンを毎日何十枚もかけていました。",
             "季節の変わり目には、母の服をまとめて洗っています。",
             "家事代行の仕事で、洗濯とアイロンを担当しています。"],
    ),
    "cooking": dict(
        tags=["料理", "調理ボランティア", "おかず作り", "食事作り", "家庭料理", "りょうり", "介護食", "糖尿病食", "お弁当",
              "子ども食堂の調理"],
        bio=["子ども食堂で月二回、カレーを作っています。",
             "社員食堂の調理師を二十五年しました。",
             "やわらかい介護食の作り方を講習で習いました。"],
    ),
    "listening": dict(
        tags=["話し相手", "傾聴", "けいちょう", "お話相手", "電話の話し相手", "おしゃべり", "傾聴講座修了", "聞き役"],
        bio=["傾聴ボランティアの講座を修了し、施設に通っています。",
             "美容師をしていたので、お客さんの話を聞くのは慣れっこです。",
             "いのちの電話の相談員をしていました。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "声かけ", "訪問見守り", "みまもり", "高齢者の見守り", "見守り訪問",
              "ひとり暮らしの方の訪問"],
        bio=["民生委員を二期務めました。",
             "毎朝の散歩のついでに、ご近所の雨戸が開いているか見ています。",
             "地域包括支援センターの見守りサポーターです。"],
    ),
    "kairanban": dict(
        tags=["回覧板", "広報紙の配布", "チラシ配り", "ポスティング", "かいらんばん", "町内会報の配布", "配布物の仕分け",
              "回覧板まわし"],
        bio=["自治会の班長として、月二回の配布物を各戸に届けています。",
             "新聞配達を長くやっていたので、地区の家は頭に入っています。",
             "市報を配るアルバイトをしていました。"],
    ),
    "daihitsu": dict(
        tags=["代筆", "代読", "手紙の代読", "書類の記入補助", "だいひつ", "読み上げ", "文書の代読", "記入サポート"],
        bio=["視覚障害者協会で、郵便物を読む手伝いをしています。",
             "役所の窓口で、申請書の書き方をご案内していました。",
             "字を書くのが好きで、祖母の手紙はいつも私が書いていました。"],
    ),
    "kakeibo": dict(
        tags=["家計簿", "お金の管理", "支払いの整理", "通帳の整理", "かけいぼ", "公共料金の支払い", "レシート整理",
              "家計の相談", "ファイナンシャルプランナー", "請求書の確認"],
        bio=["経理事務を三十年してきました。",
             "ファイナンシャルプランナーの資格があり、家計の見直しの相談を受けています。",
             "一人暮らしの叔母の支払いを、月に一度一緒に確かめています。"],
    ),
    "makeup": dict(
        tags=["メイク", "お化粧", "メイクボランティア", "けしょう", "化粧療法", "ヘアメイク", "美容部員",
              "おしゃれの手伝い", "眉の手入れ"],
        bio=["化粧品会社の美容部員をしていました。",
             "施設のおしゃれの日に、口紅や眉を整える活動をしています。",
             "ブライダルのヘアメイクをしています。"],
    ),
    "study": dict(
        tags=["学習支援", "宿題の手伝い", "算数", "数学", "英語の勉強", "がくしゅう", "受験勉強", "小学生の勉強", "国語",
              "家庭教師"],
        bio=["中学校で数学を教えていました。",
             "塾講師のアルバイトをしている大学生です。",
             "学習支援教室で、小学生の算数を見ています。"],
    ),
    "watch_child": dict(
        tags=["子守り", "託児", "子どもの見守り", "一時預かり", "保育", "こもり", "保育士", "ファミリーサポート",
              "子育てサポート", "ベビーシッター"],
        bio=["保育園で二十年働いていました。",
             "孫が三人いて、小さい子の相手には慣れています。",
             "子育てひろばで、お母さんが講座を受けている間の託児をしています。"],
    ),
    "tsugaku": dict(
        tags=["登下校の見守り", "旗振り", "通学路の見守り", "交通安全指導", "はたふり", "見守り隊", "横断歩道の誘導",
              "スクールガード", "下校パトロール"],
        bio=["朝は毎日、小学校の前の横断歩道で旗を持って立っています。",
             "交通指導員を十年していました。",
             "孫の下校時刻に合わせて、通学路を犬と歩いて見回っています。"],
    ),
    "yomikikase": dict(
        tags=["読み聞かせ", "絵本の読み聞かせ", "紙芝居", "おはなし会", "よみきかせ", "ストーリーテリング", "えほん",
              "手遊び歌"],
        bio=["図書館のおはなし会で、毎月絵本を読んでいます。",
             "小学校の朝の読書タイムに、読み聞かせに行っています。",
             "紙芝居屋さんのまねごとを、老人ホームでもしています。"],
    ),
    "japanese": dict(
        tags=["日本語指導", "日本語の先生", "にほんごきょうしつ", "日本語会話", "外国人への日本語", "ひらがな指導",
              "日本語教育能力検定", "JLPT対策", "やさしい日本語"],
        bio=["日本語学校で十年教えてきました。",
             "公民館の日本語教室で、ベトナムの方と会話の練習をしています。",
             "技能実習生の日本語の勉強を見ていました。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "通訳・翻訳", "医療通訳", "つうやく", "ほんやく", "書類翻訳", "コミュニティ通訳"],
        bio=["国際交流協会で通訳ボランティアをしています。",
             "旅行会社で、外国からのお客様の通訳をしていました。",
             "病院で外国人患者さんの通訳をした経験があります。"],
    ),  # + INTERP_TAGS
    "eikaiwa": dict(
        tags=["英会話", "えいかいわ", "英会話の相手", "English conversation", "英語で雑談", "英会話講師", "旅行英会話",
              "フリートーク", "英語の発音"],
        bio=["英会話スクールで講師をしています。",
             "商社で海外駐在が長く、英語で話すのは日常でした。",
             "英語のおしゃべりサークルを主宰しています。"],
    ),
    "signlang": dict(
        tags=["手話", "しゅわ", "手話通訳", "手話サークル", "手話での会話", "手話検定", "ろう者との会話", "指文字"],
        bio=["手話サークルに通って十年になります。",
             "ろうの両親のもとで育ち、手話は第一言語のようなものです。"],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "筆耕", "しょどう", "書道師範", "筆文字", "かな書道", "ペン字"],
        bio=["書道の師範免状を持っています。",
             "賞状や看板の筆耕を請け負っていました。",
             "公民館の習字教室で子どもたちに教えています。"],
    ),
    "sewing": dict(
        tags=["裁縫", "ミシンがけ", "お直し", "裾上げ", "ボタンつけ", "さいほう", "縫い物", "手縫い", "名前つけ", "洋裁"],
        bio=["洋服のお直し屋を営んでいました。",
             "ミシンで孫の通園バッグや上履き入れを縫っています。",
             "被服の教員をしていました。"],
    ),
    "exercise": dict(
        tags=["体操", "健康体操", "ストレッチ", "いきいき体操", "転倒予防", "たいそう", "ヨガ", "筋トレ指導",
              "介護予防体操", "ラジオ体操"],
        bio=["健康運動指導士の資格を持っています。",
             "スポーツクラブでシニア向けのストレッチ教室を担当しています。",
             "地域のいきいき体操のリーダーを五年務めています。"],
    ),
    "music": dict(
        tags=["楽器演奏", "ピアノ", "ギター伴奏", "歌", "うた", "アコーディオン", "キーボード", "童謡", "合唱指導",
              "ウクレレ", "ハーモニカ"],
        bio=["ピアノ教室を開いて二十年になります。",
             "施設でギターを弾きながら、昭和の歌をみんなで歌っています。",
             "ウクレレのサークルに入っています。"],
    ),
    "magic": dict(
        tags=["手品", "マジック", "てじな", "マジックショー", "バルーンアート", "腹話術", "大道芸", "慰問の出し物",
              "テーブルマジック"],
        bio=["アマチュアマジシャンの会に入っています。",
             "老人ホームの慰問で、手品と腹話術を披露しています。",
             "子ども会のお楽しみ会で、風船で動物を作っています。"],
    ),
    "camera": dict(
        tags=["写真撮影", "カメラ", "撮影ボランティア", "しゃしん撮影", "記録撮影", "ポートレート撮影", "一眼レフ",
              "ビデオ撮影", "集合写真"],
        bio=["写真館でカメラマンをしていました。",
             "鉄道写真が趣味で、週末はいつもカメラを持って出かけています。",
             "地域の行事を撮って、自治会の会報に載せています。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "line"),  # a phone helper can sort out the LINE app
        ("tidy", "window"),  # a cleaner can wipe the windows and the fan, with less reach
        ("tidy", "nizukuri"),  # a sorting-and-tidying helper can pack the boxes
        ("calligraphy", "daihitsu"),  # a calligrapher can write the letter for someone
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps): garden / saien, futon /
# laundry, watch_child / tsugaku, window / handyman, eikaiwa / japanese, laundry / sewing, magic / music,
# makeup / camera, camera / photo_data, tv_wifi / videocall, kairanban / sanpo.
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "videocall"),
        ("smartphone", "scam"),
        ("smartphone", "photo_data"),
        ("line", "videocall"),
        ("pc", "videocall"),
        ("pc", "tv_wifi"),
        ("pc", "photo_data"),
        ("pc", "kakeibo"),
        ("shopping", "cooking"),
        ("shopping", "driving"),
        ("driving", "escort"),
        ("escort", "watch_elder"),
        ("escort", "sanpo"),
        ("exercise", "sanpo"),
        ("garden", "pruning"),
        ("tidy", "lifting"),
        ("tidy", "laundry"),
        ("lifting", "nizukuri"),
        ("lifting", "futon"),
        ("listening", "watch_elder"),
        ("kairanban", "watch_elder"),
        ("daihitsu", "kakeibo"),
        ("interp", "japanese"),
        ("interp", "eikaiwa"),
        ("eikaiwa", "study"),
        ("japanese", "study"),
        ("study", "watch_child"),
        ("watch_child", "yomikikase"),
    ]
)

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "窓ふきは年末に業者さんに頼んでいます。": {"window", "tidy"},
    "布団は最近、乾燥機に任せきりです。": {"futon", "laundry"},
    "アイロンはここ十年、押し入れから出していません。": {"laundry", "sewing"},
    "家計簿は三日坊主で終わりました。": {"kakeibo"},
    "手品は見るのが好きで、種はさっぱり分かりません。": {"magic"},
    "お化粧は冠婚葬祭のときくらいしかしません。": {"makeup"},
    "英語は旅行で「サンキュー」と言うくらいです。": {"eikaiwa", "interp", "study", "japanese"},
    "回覧板は、いつも次の家に回すのを忘れてしまいます。": {"kairanban"},
    "ベランダのトマトは、毎年枯らしてしまいます。": {"saien", "garden"},
    "引っ越しは業者さんのおまかせパックで済ませました。": {"nizukuri", "lifting", "tidy"},
    "旗振りの当番は、腰を痛めてから外してもらっています。": {"tsugaku"},
    "カメラは持っていますが、オートでしか撮れません。": {"camera", "photo_data"},
    "スマホは電話とメールだけで精一杯です。": DIGITAL,
    "パソコンは孫に譲ってしまいました。": DIGITAL | {"kakeibo"},
    "運転はペーパードライバーです。": {"driving"},
    "歌は音痴なので聞く専門です。": {"music"},
    "犬の散歩は家族に任せています。": {"sanpo"},
    "子どもの勉強は、もう見てあげられる自信がありません。": {"study", "watch_child", "tsugaku", "yomikikase"},
    "体が硬くて、前屈で床に手が届きません。": {"exercise"},
    "字が汚いのが昔からの悩みです。": {"calligraphy", "daihitsu"},
    "草木の名前はさっぱり覚えられません。": {"garden", "pruning", "saien"},
}
INTROS = [
    "清瀬に住んで二十年、柳瀬川沿いの桜が自慢です。",
    "末の子が就職して、やっと手が空きました。",
    "週四日、コンビニで夜勤をしています。",
    "七十五歳、足腰はまだ丈夫です。",
    "保健師を定年で辞めたところです。",
    "在宅で翻訳とは関係のない事務仕事をしています。",
    "看護学校の二年生です。",
    "共働きで、土日に時間が取れます。",
    "駅前で花屋を営んでいます。",
    "午前中は母の介護、午後は比較的空いています。",
    "郵便局を退職して一年目です。",
    "小学生の娘が一人います。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's home language
    "en": "I moved here from Leeds six years ago and teach at a university near Kiyose.",
    "zh": "我从沈阳来，在清濑住了七年，在医院做护工。",
    "vi": "Tôi đến từ Hải Phòng, đã sống ở Kiyose bốn năm.",
    "tl": "Taga-Cebu ako at limang taon na akong nakatira sa Kiyose.",
    "pt": "Sou de Curitiba e moro em Kiyose há três anos.",
}
CLOSINGS = [
    "お役に立てればうれしいです。",
    "平日の夕方以降なら動けます。",
    "できることは限られますが、よろしくお願いします。",
    "自転車で行ける範囲でお願いします。",
    "",
    "",
    "Feel free to contact me.",
    "冬場は体調と相談しながらになります。",
]
FAMILY = ["青木", "荒木", "池田", "内田", "遠藤", "大野", "小川", "加藤", "川村", "菊池", "工藤", "小山", "斉藤",
          "杉山", "関口", "千葉", "土屋", "中野", "西田", "野村", "橋本", "服部", "平井", "福田", "古川", "前田",
          "松田", "三上", "村田", "安田", "山下", "渡部"]  # fmt: skip
GIVEN = ["拓也", "節子", "亮", "ハツ", "智子", "隆", "美穂", "悠真", "千代", "勝", "結衣", "誠", "良子", "蓮",
         "道子", "進", "葵", "昭"]  # fmt: skip
FOREIGN = [
    ("Nguyen Thi Lan", ["vi", "ja"]),
    ("Tran Van Duc", ["vi"]),
    ("Pham Minh Chau", ["vi", "en", "ja"]),
    ("Le Thu Ha", ["vi", "ja"]),
    ("Maria Santos", ["tl", "en", "ja"]),
    ("Jose Reyes", ["tl", "en"]),
    ("Ana Dela Cruz", ["tl", "ja"]),
    ("Ricardo Oliveira", ["pt", "ja"]),
    ("Fernanda Souza", ["pt"]),
    ("Lucas Nakamura Silva", ["pt", "ja", "en"]),
    ("Sarah Mitchell", ["en", "ja"]),
    ("Tom Becker", ["en"]),
    ("刘 建国", ["zh", "ja"]),
    ("周 美玲", ["zh"]),
    ("杨 晓东", ["zh", "en", "ja"]),
]
FOREIGN_LANGS = ["en", "zh", "vi", "tl", "pt"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語通訳", "English interpreter", "えいご通訳"],
    "zh": ["中国語通訳", "中文翻译", "ちゅうごくご"],
    "vi": ["ベトナム語通訳", "phiên dịch tiếng Việt", "ベトナム語"],
    "tl": ["タガログ語通訳", "Tagalog interpreter", "タガログ語"],
    "pt": ["ポルトガル語通訳", "intérprete de português", "ポルトガル語"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "西村 カズエ", "画面がくるくる回ってしもて",
       "寝転んで見とったら画面が横になったり縦になったり、勝手にくるくる回るんよ。字ぃも小そうてよう読めへんし、"
       "どこ触ったらええんかさっぱりや。いっぺん横で見てくれはる人おらへんやろか。"),
    Rq(["smartphone"], "resident", "森 悠斗（孫）", "祖母のことで",
       "大学の寮から書いています。祖母（84）がガラケーから替えたのですが、僕が帰省できるのは年末だけで、電話口で"
       "説明しても『どのボタン？』となってしまいます。電話の取り方と、文字を大きくする設定だけでもいいので、家まで"
       "行って教えてくださる方はいませんか。祖母は清瀬で一人暮らしです。"),
    Rq(["smartphone"], "resident", "Rosalinda Garcia", "Tulong sa cellphone / スマホ の つかいかた",
       "Bagong cellphone po ito galing sa anak ko. あたらしい スマホ、せってい ぜんぶ にほんご で わからない。"
       "Tagalog po sana ang magturo. おねがい します 🙏", langs=["tl"]),
    # ---- line
    Rq(["line"], "resident", "りえ", "ママ友グループに入れない😭",
       "引っ越してきたばっかでママ友さんに招待してもらったのに、参加ボタン押しても何も起きない…笑 QRコード?って"
       "やつも読み込めなくて😂 スマホ自体は普通に使えてるんですけどラインだけ謎です!! 詳しい方助けてください🙏🙏"),
    Rq(["line"], "group", "下宿三丁目自治会 総務部", "件名: 役員連絡網の移行について",
       "件名: 役員連絡網の移行について\n用件: 役員12名の電話連絡網をLINEグループに移行したく、操作説明をお願い"
       "できる方を募集します。\n日時: 次回役員会（水曜夜）終了後 30分程度\n備考: 会員の大半が70代です。",
       ["wed-eve"], helpers=2, area="town_shitajuku"),
    Rq(["line"], "resident", "桐島 静江", "お手すきの折にでも",
       "突然のお便り失礼いたします。遠方の娘から、写真は緑色のあれで送るから、と言われておりますが、何のことやら"
       "分かりかねております。もしお手すきの方がいらっしゃれば、その緑色の四角い印の…娘の申しますところのトーク"
       "とやらを、少し見ていただけないものかと存じまして。"),
    # ---- videocall
    Rq(["videocall"], "resident", "菅野 トメ", "孫の顔ば画面で見てえ",
       "仙台さいる孫がよ、『ばあちゃん、画面で顔見ながらしゃべっぺ』って言うんだけんど、なじょすればいいんだか、"
       "おらさっぱりわがんねぇのっしゃ。電話ではしゃべれっけど、顔の映るやつは初めてだべ。教えでけらいん。"),
    Rq(["videocall"], "group", "清瀬パーキンソン病友の会", "件名: オンライン例会の接続サポート",
       "用件: 外出が難しい会員が自宅からオンライン例会に参加できるよう、事前の接続練習に付き添っていただける方。\n"
       "日時: 第2土曜 午前\n備考: 端末は各自のタブレット。カメラの映し方、マイクの入れ方まで。", ["sat-am"],
       helpers=2),
    Rq(["videocall"], "resident", "Sandra Yamada", "Chamada de vídeo com minha mãe no Brasil",
       "Minha mãe mora em Londrina e quer me ver pela câmera. ブラジル の はは と、かお を みて はなしたい。"
       "はは の ほう は いとこ が やります。こっち の タブレット の せってい を ポルトガルご で おしえて ください。",
       langs=["pt"]),
    # ---- pc
    Rq(["pc"], "resident", "大川 茂", "パソコン 電源 入るけど",
       "パソコン電源は入るけど そのあと何もできない。町内会 議事録 書きたい 字の打ちかた 忘れた。ワード とかいうの"
       " 開き方から。来てくれる人 いたら たのむ。"),
    Rq(["pc"], "resident", "浜田 久美子", "主人の遺したもの",
       "主人が亡くなって一年になります。几帳面な人で、親戚の住所録から町内会の会計まで、全部書斎の機械の中に入れて"
       "いました。私は一度も触ったことがなく、この一年、書斎の扉を開けるのも辛くて、そのままにしておりました。"
       "先日、三回忌の案内を出そうと思い立ったのですが、住所録がどこにあるのかも分かりません。娘は『電源を入れて"
       "ファイルを開くだけ』と言いますが、その『だけ』が分からないのです。中身を一緒に探して、開いて、印刷できる"
       "ところまで付き合ってくださる方はいらっしゃらないでしょうか。"),
    Rq(["pc"], "group", "中里グラウンドゴルフ同好会", "スコア表のエクセル化 ヘルプ求む",
       "グラウンドゴルフのスコアをエクセルで集計してランキング表にしたい。テンプレートの作り方、関数(SUMとか)の"
       "入れ方をレクチャーしていただけるサポーターを募集。プレーのコーチや準備体操の指導は不要です。", ["fri-pm"],
       area="town_nakazato", decoy=["exercise"]),
    # ---- tv_wifi
    Rq(["tv_wifi"], "resident", "宮本 ハル", "画面が真っ暗で何も映らない",
       "掃除のときに後ろの線を抜いてしまったらしく、真っ暗で何も映りません。『入力を切り替えてください』と字だけ"
       "出ます。どの線をどこに挿すのか分かる方、来ていただけませんか。孫とのテレビ電話は普段どおりスマホでできて"
       "いますので、そちらは大丈夫です。", decoy=["videocall"]),
    Rq(["tv_wifi"], "resident", "東郷 ヨシ", "ネットがつながらんごつなった",
       "息子が送ってくれたタブレットが、家のネットにつながらんごつなったとです。箱（ルーター？）の光がずっと赤か"
       "とよ。だいか見てくいやる人はおらんじゃろかい。"),
    Rq(["tv_wifi"], "resident", "Nguyen Van Hai", "Wi-Fi trong phòng / へや の Wi-Fi",
       "Tôi mới chuyển đến căn hộ mới. あたらしい アパート に ひっこし しました。インターネット の きかい が"
       " とどいた けど、つなぎかた が わからない。Tiếng Việt được không ạ?", langs=["vi"]),
    # ---- scam
    Rq(["scam"], "resident", "ゆかりん", "母に変なSMSが…😱",
       "実家の母（72）のスマホに『荷物お届けできませんでした』ってSMSが毎日来てるらしくて😱 一回リンク押しちゃった"
       "っぽい…!! 私が遠くて行けないので、母の横で何が危ないのか説明してくれる方いませんか🙏 お礼はお菓子くらいしか"
       "できませんが笑"),
    Rq(["scam"], "group", "竹丘老人クラブ", "件名: 例会の15分講話のお願い",
       "用件: 最近の電話・訪問による手口と断り方について、15分程度お話しいただける方。\n日時: 毎月第1火曜 午後\n"
       "備考: 歌の時間の後です。伴奏は会員がいます。", ["tue-pm"], area="town_takeoka", decoy=["music"]),
    Rq(["scam"], "resident", "篠田 文子", "ご相談までに",
       "お恥ずかしい話でございますが、先日、市役所の者と名乗るお電話があり、お金が戻るのでATMへ、と言われました。"
       "その時は娘に止められ事なきを得ましたが、また掛かってきたらと思うと電話に出るのも怖く…。どういう話に気を"
       "つければよいのか、ご教示いただける方がいらっしゃれば。"),
    # ---- photo_data
    Rq(["photo_data"], "resident", "小林 陽介", "ストレージがいっぱいで撮れない",
       "『ストレージがいっぱいです』と出て、孫の運動会なのにシャッターが押せなかった。中の写真は消したくない。"
       "どこかに逃がしておく方法を教えてほしい。撮り方はわかってます。", decoy=["camera"]),
    Rq(["photo_data"], "resident", "李 秀英", "老照片 / むかし の しゃしん",
       "我有很多旧照片想存到手机里。むかし の しゃしん を スマホ に いれたい。ちゅうごく の かぞく に おくりたい"
       " です。中文说明最好。", langs=["zh"]),
    Rq(["photo_data"], "group", "野塩ハイキングの会", "20年分の写真、どうにかしたい",
       "会の20年分の写真がプリントとCDとデジカメのカードでバラバラ。ひとつのところにまとめて、会員が見られるように"
       "したい。山行で新しく撮る係は足りています。", ["sat-pm"], area="town_noshio", decoy=["camera"]),
    # ---- shopping
    Rq(["shopping"], "resident", "岡田 シズ", "米が重うて持って帰れんけぇ",
       "膝が悪うなって、スーパーから米や醤油を持って帰るんがえらいんじゃ。ついて来てくれて、重いもんを持ってくれる"
       "人がおってじゃったら助かるんじゃがのう。車はいらん、歩いて五分じゃけぇ。", decoy=["driving"]),
    Rq(["shopping"], "resident", "永田 澄子", "退院後しばらくのお願い",
       "退院して二週間は外出を控えるように言われました。次のものを届けていただける方を探しています。\n"
       "・牛乳、パン、卵（週2回）\n・トイレットペーパーなど日用品（週1回）\n・薬局の湿布（お金は先にお渡しします）\n"
       "料理は自分でできます。", decoy=["cooking"]),
    Rq(["shopping"], "resident", "Joao Kobayashi", "Compras para meu pai / ちち の かいもの",
       "Meu pai tem 80 anos e não fala bem japonês. ちち は にほんご が すこし。スーパー に いっしょ に いって、"
       "しなもの を さがす の を てつだって ほしい。ポルトガルご が できる ひと。", langs=["pt"]),
    # ---- escort
    Rq(["escort"], "resident", "松下 テル子", "足元がおぼつかなくて",
       "このところ足元がおぼつかなくて、駅の階段が怖いのです。来月、大学病院の眼科の予約があり、電車で二駅ですが、"
       "そばについていてくださる方がいると心強いです。車でなくて構いません。", decoy=["driving"]),
    Rq(["escort"], "resident", "大西 ヨシエ", "病院まで一緒に歩いてくれへん？",
       "うち、去年こけてから一人で出かけるんが怖なってしもてな。病院までは歩いて十五分やけど、横についててくれはっ"
       "たら安心やねん。待合でも一緒におってくれたらうれしいわ。"),
    Rq(["escort"], "resident", "居宅介護支援事業所たんぽぽ 佐伯", "件名: 受診同行のご依頼",
       "件名: 受診同行のご依頼\n用件: 独居の利用者様（79歳・男性）の整形外科受診への同行。院内の移動と会計の見守り。"
       "\n日時: 毎月第3木曜 午前\n備考: 病院までは介護タクシーを手配済み。", ["thu-am"], decoy=["driving"]),
    # ---- driving
    Rq(["driving"], "resident", "上田 勝", "免許返したけど",
       "去年、免許を返納しました。それはいいのですが、月に一度、隣の市の整形外科でリハビリがあり、バスを二本乗り"
       "継ぐと半日がかりです。車を出してくださる方がいれば。病院の中は自分で歩けます。", decoy=["escort"]),
    Rq(["driving"], "group", "清瀬グラウンドゴルフ連盟", "大会の足、求む!!",
       "市民大会の日、会場まで乗せていってくださる方募集です!! 会員の高齢化で自分でハンドルを握れない人が増えて"
       "きました。往復1回ずつ、3名くらい乗せてもらえると◎", ["sun-am"], helpers=3),
    Rq(["driving"], "resident", "佐々木 キヨ", "大っきい病院さ行ぐ足がねえ",
       "大っきい病院さ行ぐのに、タクシー代もばかになんねぇし、娘は仕事だし。車さ乗せでってけるひと、いねぇべか。"
       "帰りはバスでもいいがら。"),
    # ---- sanpo
    Rq(["sanpo"], "resident", "石原 和夫", "相棒募集",
       "医者に毎日歩けと言われたが、一人だと三日と続かない。柳瀬川の土手を一時間ほど、しゃべりながら歩いてくれる"
       "相棒がほしい。病院の付き添いとかではない、ただの散歩。", decoy=["escort"]),
    Rq(["sanpo"], "resident", "藤井 ひなた（孫）", "祖父が家にこもりがちで",
       "高校生です。祖父が退院してから『外は危ない』と家にこもりがちで、脚がどんどん弱っています。お医者さんには"
       "歩くのが一番と言われました。家族は平日仕事と学校なので、近所をゆっくり一周するのに付き合ってくださる方が"
       "いたら嬉しいです。体操を教えてほしいわけではありません。", decoy=["exercise"]),
    Rq(["sanpo"], "resident", "Helen Brooks", "Walking buddy",
       "I'm 70, recently widowed, and my doctor wants me walking every morning. I'd love a walking companion for "
       "the park near Kiyose station. English or Japanese is fine, I manage both.", ["mon-am", "wed-am", "fri-am"]),
    # ---- garden
    Rq(["garden"], "resident", "河野 トシエ", "ぼうぼうでどうにもならんのよ",
       "主人が入院してから庭の手入れをする者がおらんけぇ、草がぼうぼうで膝の高さまで伸びとるんよ。蚊もようけ出る"
       "し、ご近所にも申し訳のうて。草だけ取ってもらえりゃええんじゃ。木はそのままでええけぇ。", decoy=["pruning"]),
    Rq(["garden"], "group", "梅園二丁目自治会", "件名: 公園清掃デーの人手",
       "用件: 児童遊園の除草と落ち葉集め。\n日時: 第4日曜 9:00〜11:00\n備考: 鎌・軍手・ごみ袋は自治会で用意。",
       ["sun-am"], helpers=6, area="town_umezono"),
    Rq(["garden"], "resident", "田島 勇", "くさとり おねがい",
       "庭 くさ すごい。腰いたくて しゃがめない。くさとり だけ たのみたい。やさい の畑 ではない ただの庭。",
       decoy=["saien"]),
    # ---- pruning
    Rq(["pruning"], "resident", "坂本 ミツ", "お隣から枝のことで言われまして",
       "庭の柿の木の枝がお隣の屋根にかかって、落ち葉が雨どいに詰まると言われてしまいました。高いところは私には"
       "とても。切っていただける方はいらっしゃいますでしょうか。"),
    Rq(["pruning"], "resident", "西郷 タケ", "生け垣がのさん",
       "うっとこの生け垣が伸び放題で、道にはみ出しちょっとです。あたいはもう脚立に上がるっとがのさんでな。刈り込ん"
       "でくるっ人はおらんどかい。"),
    # ---- saien
    Rq(["saien"], "resident", "吉田 まゆみ", "ベランダでミニトマトを、と思ったのですが",
       "ベランダでミニトマトを育て始めたのですが、葉ばかり茂って実がなりません。土のこと、肥料のこと、わき芽?の"
       "こと、まったく分からないので教えていただける方を探しています。草むしりのお手伝いではなく、育て方です。",
       decoy=["garden"]),
    Rq(["saien"], "group", "学童クラブ たけのこ", "＊子どもたちと畑を＊",
       "学童の裏の小さな畑で、子どもたちとジャガイモとサツマイモを育てたいです。植え付けから収穫まで、月2回ほど"
       "指導してくださる方。", ["wed-pm"], area="town_takeoka"),
    Rq(["saien"], "resident", "Tran Thi Mai", "Trồng rau Việt Nam / ベトナム の やさい",
       "Tôi muốn trồng rau thơm Việt Nam. ベトナム の ハーブ を にわ で そだてたい。つち の つくりかた を"
       " おしえて ほしい。にほんご で だいじょうぶ、ゆっくり はなして ください。"),
    # ---- handyman
    Rq(["handyman"], "resident", "中川 キヌ", "家のこまごました不具合",
       "一人暮らしで、こまごました不具合がたまってしまいました。\n・トイレの電球が切れたまま\n・台所の戸棚の扉が"
       "斜めに下がっている\n・洗面所の蛇口がポタポタ\nどれも急ぎではありませんが、まとめて見ていただける方がいれば。"),
    Rq(["handyman"], "resident", "今井 ハツ", "戸ぉがガタガタいうて閉まらへん",
       "玄関の引き戸がガタガタいうて、最後まで閉まらへんのよ。冬は隙間風が入ってかなわんわ。ちょっと見てもろて、"
       "直せるもんなら直してほしいねん。"),
    Rq(["handyman"], "group", "旭が丘ふれあいサロン", "サロンの椅子と棚",
       "サロンで使っている木の椅子の脚がぐらつき、本棚も傾いてきました。修繕していただける方。掃除と片付けの当番は"
       "足りています。", ["mon-am"], area="town_asahigaoka", decoy=["tidy"]),
    # ---- tidy
    Rq(["tidy"], "resident", "森下 昭", "足の踏み場がない",
       "妻が施設に入って三年、男一人の暮らしで、気づけば新聞や通販の箱が積み上がり、居間の足の踏み場もなくなり"
       "ました。先日、訪ねてきた民生委員さんがつまずきかけて、さすがにこれはいかんと。捨てるのは自分で決めたいので、"
       "何を残して何を出すか、横で一緒に仕分けてくださる方を探しています。"),
    Rq(["tidy"], "resident", "まりこ", "実家の片付け手伝ってほしい…！",
       "母が一人で住んでる実家がモノ屋敷状態です💦 私も週末しか行けなくて全然進まない…笑 母と一緒に、いるものと"
       "いらないものを分けるの手伝ってくれる方いたら!! 重いタンスとかは運び出さないです〜", decoy=["lifting"]),
    Rq(["tidy"], "resident", "Marites Cruz", "Paglilinis ng bahay / いえ の そうじ",
       "Nabali ang braso ko. うで を けが しました。いえ の そうじ と かたづけ、いっしゅうかん に 1かい"
       " てつだって ください。Tagalog po sana.", langs=["tl"]),
    # ---- window
    Rq(["window"], "resident", "大塚 フミ", "台所の上のほうがベタベタで",
       "台所の換気扇と窓の上のほうが油でベタベタになってしまいました。椅子に乗るのは怖いし、腕も上がりません。"
       "高いところだけ拭いていただける方がいれば。床の掃除は自分でできます。"),
    Rq(["window"], "group", "清瀬市立 中央児童館", "件名: 年末の窓拭きボランティア",
       "用件: ホール・遊戯室の窓ガラス清掃（脚立使用）。\n日時: 12月第2土曜 午前\n備考: 窓の建て付けの修理は業者"
       "手配済みです。", ["sat-am"], helpers=4, decoy=["handyman"]),
    Rq(["window"], "resident", "ミセス・ヒロコ", "ガラスのクリーニング",
       "リビングのガラスのクリーニングとサッシのレールのお掃除、ワンシーズンに一回ほどお願いできるサポーターさんを"
       "探しています。エアコンのフィルターもついでにできたらハッピーです。"),
    # ---- nizukuri
    Rq(["nizukuri"], "resident", "岩田 ふみ", "施設に入ることになりまして",
       "来月、特養に入ることになりました。持っていける物は段ボール三つまで。何を持って行くか選んで、箱に詰めるのを"
       "手伝っていただけませんか。運ぶのは施設の車が来てくれます。", decoy=["lifting"]),
    Rq(["nizukuri"], "resident", "王 磊", "搬家打包 / ひっこし の じゅんび",
       "下个月要搬家。らいげつ ひっこし します。にもつ を はこ に つめる の を てつだって ください。日本語 少し"
       " できます。"),
    Rq(["nizukuri"], "resident", "さとみ", "段ボール、間に合わない😭",
       "来週引っ越しなのに、まだ段ボール一箱も詰めてない😭😭 子ども2人いて夜しか作業できないし…! 食器とか割れ物の"
       "包み方わかる方、夜ちょっとだけ来てもらえたら神です🙏 運ぶのは業者さん頼んでます",
       ["tue-eve", "wed-eve", "thu-eve"], decoy=["lifting"]),
    # ---- lifting
    Rq(["lifting"], "resident", "菊地 清", "二階のタンスを下ろしたい",
       "二階の寝室を一階に移すことになり、タンスと本棚を下ろしたいのです。男手が二人いれば。", helpers=2),
    Rq(["lifting"], "resident", "水野 タツ", "冷蔵庫を動かしたいんじゃが",
       "新しい冷蔵庫が来るけぇ、古いのを玄関まで出しとかにゃいけんのじゃ。わしと家内じゃびくともせん。力のある人、"
       "ちいと手を貸してくれんかのう。"),
    Rq(["lifting"], "group", "下清戸フードパントリー", "件名: 寄付食品の搬入",
       "用件: 倉庫から会場への米袋・段ボール箱の運搬（約50箱）。\n日時: 毎月最終土曜 8:30〜\n備考: 配布の受付は"
       "別のボランティアで足りています。", ["sat-am"], helpers=3, area="town_shimokiyoto"),
    # ---- futon
    Rq(["futon"], "resident", "吉川 ナミ", "晴れた日に",
       "腰を痛めてから、布団を二階のベランダまで持って上がれなくなりました。ずっと敷きっぱなしで、湿っぽくて寝苦しい"
       "のです。晴れた日に干して、夕方取り込んでいただける方はいらっしゃいませんか。"),
    Rq(["futon"], "resident", "荒井 さくら（孫）", "祖母の寝具の入れ替え",
       "清瀬に住む祖母のことでご相談です。季節の変わり目に、押し入れの冬布団と夏の肌掛けを入れ替えるのが、祖母には"
       "もう重くてできません。シーツの交換もあわせてお願いできれば。私は大阪にいてすぐには行けません。"),
    Rq(["futon"], "resident", "Ana Paula Sato", "Futon pesado / ふとん が おもい",
       "Estou grávida de 8 meses. にんしん 8かげつ です。ふとん を ほす の が おもくて できない。しゅう 1かい、"
       "てつだって ください。日本語 だいじょうぶ。"),
    # ---- laundry
    Rq(["laundry"], "resident", "野口 健一", "ワイシャツがしわくちゃ",
       "妻に先立たれて半年、ワイシャツのアイロンがうまくかけられません。再雇用で週三日勤めているので、しわくちゃでは"
       "行けない。かけ方を教えてもらえるか、週末にまとめてかけてもらえたら。ボタンはついています。",
       decoy=["sewing"]),
    Rq(["laundry"], "resident", "高橋 ミヨ", "洗濯物ば干すのがおっかねぇ",
       "物干し竿が高ぐで、腕が上がんねぐなってがら洗濯物ば干せねぇのす。洗濯機は回せっから、干すのと取り込むのを"
       "頼めねぇべが。"),
    Rq(["laundry"], "resident", "御厨 節子", "衣類のことで少々",
       "家のことは大概自分でいたしますが、主人の礼服や肌着など、手洗いの要るものが溜まっておりまして。お手すきの方が"
       "いらっしゃれば、お洗濯と畳むところまでお願いできれば、と。布団は業者に頼んでおります。", decoy=["futon"]),
    # ---- cooking
    Rq(["cooking"], "resident", "村上 達也", "作り置きのおかず",
       "妻が入院中で、中学生の息子と二人です。週一回、次のようなことをお願いできる方を。\n・三、四日分のおかずの"
       "作り置き\n・冷凍できるものだと助かります\n買い物は私が済ませておきます。", decoy=["shopping"]),
    Rq(["cooking"], "resident", "有村 キク", "やわらかかもんば作ってくいやい",
       "歯が悪なって、かたかもんが食べられんごつなったとです。やわらこう煮たもんやら、つくってくるっ人はおらんどかい。"),
    Rq(["cooking"], "group", "こども食堂 のしお", "◎調理スタッフ募集◎",
       "月2回、40食分の夕食づくり。献立は決まっています。宿題タイムの先生は別にいます。", ["thu-pm"], helpers=3,
       area="town_noshio", decoy=["study"]),
    # ---- listening
    Rq(["listening"], "resident", "沢田 ハナ", "お茶の相手を",
       "主人を見送って二年、息子たちはそれぞれ家庭を持ち、年に一度来るかどうかです。この頃、一日誰とも口をきかずに"
       "終わる日があって、夜になると声の出し方を忘れたような気がします。庭の花の話や、昔の清瀬の話を、ただ聞いて"
       "いただけたら。週に一度、お茶を飲みながら一時間ほど。"),
    Rq(["listening"], "resident", "北村 サダ", "しゃべる相手がおらんねん",
       "大阪から息子のとこに越してきたんやけど、こっちは知り合いがおらへんでな。話す相手がおらんと、口が錆びついて"
       "しまいそうや。電話でもかまへんさかい、ちょいちょいしゃべってくれはる人おらんやろか。", remote=True),
    Rq(["listening"], "resident", "刘 淑芬", "想找人聊天 / はなし あいて",
       "我来日本照顾孙子，白天很孤单。まご の せわ で にほん に きました。ひる は ひとり で さびしい。中文聊天的人，"
       "一周一次就好。", langs=["zh"]),
    # ---- watch_elder
    Rq(["watch_elder"], "group", "中清戸地区 民生委員協議会", "件名: 協力員の募集",
       "用件: 一人暮らし高齢者宅の週1回の訪問・声かけ（玄関先で5分程度）。\n日時: 平日 午前中のご都合のよい時間\n"
       "備考: 回覧物の配布とは別の活動です。", WEEKDAY_AM, helpers=5, area="town_nakakiyoto",
       decoy=["kairanban"]),
    Rq(["watch_elder"], "resident", "Kenji Ito", "Checking on my father in Kiyose",
       "I live in Singapore for work. My father (88) lives alone in Kiyose and won't hear of a care home. Could "
       "someone drop by once a week, just to see he's all right and let me know? He speaks only Japanese; a short "
       "email to me in Japanese is fine."),
    # ---- kairanban
    Rq(["kairanban"], "group", "松山一丁目自治会", "班の配りもの",
       "班の高齢化で、回覧板を次の家に回したり、広報紙を配ったりするのが難しい班が出てきました。月2回、班内の20軒"
       "ほどに配っていただける方。", helpers=2, area="town_matsuyama"),
    Rq(["kairanban"], "group", "清瀬シニアネットワーク", "ニュースレターのポスティングスタッフ",
       "月刊ニュースレターのポスティングスタッフ募集。旭が丘エリア約150部。ウォーキングがてらのペースでOK。",
       area="town_asahigaoka", decoy=["sanpo"]),
    Rq(["kairanban"], "resident", "斎藤 ウメ", "班長の番が回ってきたども",
       "今年、班長の番が回ってきたんだども、足悪くて配りものさ歩げねぇのす。月二回、班の家さ回覧板ど広報ば届けで"
       "けねべが。"),
    # ---- daihitsu
    Rq(["daihitsu"], "resident", "木村 ヨシノ", "手が震えて字にならない",
       "手の震えがひどくなり、役所に出す書類の自分の名前さえ字になりません。私が言うとおりに書き込んでいただける方、"
       "月に一度くらい来ていただけたら。"),
    Rq(["daihitsu"], "resident", "三宅 ハルヨ", "目が見えにくうて",
       "緑内障で字がかすんでしもうて、郵便が来ても何が書いてあるんか分からんのよ。読んで聞かせてもろうて、返事が要る"
       "もんは代わりに書いてもらえたらありがたいんじゃが。"),
    Rq(["daihitsu"], "resident", "平野 道子", "喪中はがき、手で書いていただけませんか",
       "夫の喪中はがきを二十枚ほど。私は字が震えてしまい、印刷は味気ないと思いまして、ペンで丁寧に代わりに書いて"
       "いただける方を。筆でなくてかまいません。"),
    # ---- kakeibo
    Rq(["kakeibo"], "resident", "工藤 正子", "通帳と請求書がごちゃごちゃ",
       "夫がお金のことを全部していたので、亡くなってから何がいつ引き落とされているのか分かりません。通帳と請求書を"
       "一緒に見て、毎月の出入りを一枚の表にしていただけたら。"),
    Rq(["kakeibo"], "resident", "あやか", "やりくり一緒に見てくれる人いませんか?笑",
       "シングルで子ども2人、毎月なぜかお金が足りない…笑 家計簿アプリ入れたけど三日で挫折😇 一緒にレシート見ながら、"
       "何にいくら使ってるか整理してくれる方いたら嬉しいです!! 夜ならいつでも🙏", WEEKDAY_EVE),
    Rq(["kakeibo"], "resident", "清瀬市社協 生活支援係 原", "件名: 金銭管理サポートのお願い",
       "件名: 金銭管理サポートのお願い\n用件: 軽度の物忘れがある独居の方（76歳）の、月1回の支払い確認（公共料金・"
       "家賃の引き落とし確認、現金の残高の記録）。\n日時: 毎月上旬 平日午後\n備考: 書類の代筆は不要です。",
       WEEKDAY_PM, decoy=["daihitsu"]),
    # ---- makeup
    Rq(["makeup"], "group", "特別養護老人ホーム 清瀬の郷", "「おしゃれの日」に",
       "月に一度の「おしゃれの日」に、入居者の女性に口紅や頬紅をさしていただける方。写真撮影は職員がします。",
       ["fri-pm"], helpers=2, decoy=["camera"]),
    Rq(["makeup"], "resident", "長谷川 トキ", "同窓会に出るにあたって",
       "六十年ぶりの女学校の同窓会に出ることになりました。ところがこの頃は目がかすんで、眉も口紅もうまく引けず、"
       "鏡を見てはため息ばかり。当日の朝、少しだけ整えていただけたら…と申すのもお恥ずかしいのですが。"),
    Rq(["makeup"], "resident", "今村 あおい（孫）", "祖母の米寿のお祝いの日に",
       "祖母の米寿のお祝いで家族写真を撮りに行きます。昔はおしゃれが好きだった祖母に、当日きれいにメイクしてあげ"
       "たいけど、私は不器用で…。得意な方、当日の朝だけお願いできませんか。写真館は予約済みです。", ["sun-am"],
       decoy=["camera"]),
    # ---- study
    Rq(["study"], "resident", "Cristina Alves", "Dever de casa do meu filho / しゅくだい",
       "Meu filho está no 5º ano. むすこ は 5ねんせい。さんすう の しゅくだい を みて ほしい。わたし は にほんご"
       " の もじ が よめない。ポルトガルご が できる と うれしい。", langs=["pt"]),
    Rq(["study"], "resident", "上村 さゆり", "中2の娘の数学、もうお手上げやねん",
       "中2の娘が数学でつまずいてしもて、うちが見たろう思たけど、連立方程式とか全然覚えてへんねん。週一でええから"
       "見てくれはる人おらんやろか。塾は高うて無理やねん。"),
    Rq(["study"], "group", "学習支援教室 きよせルーム", "件名: 中学生の学習サポーター",
       "用件: 生活困窮世帯の中学生への学習支援（英語・数学）。\n日時: 毎週水曜 18:30〜20:00\n備考: 軽食の調理は"
       "別担当です。", ["wed-eve"], helpers=3, decoy=["cooking"]),
    # ---- watch_child
    Rq(["watch_child"], "resident", "なつみ", "美容院のあいだだけ…笑",
       "1歳の娘がいて、もう半年美容院に行けてません笑😂 2時間くらい娘を見てもらえたら…!! 家に来てもらっても、"
       "こっちから連れて行っても大丈夫です🙏"),
    Rq(["watch_child"], "resident", "Le Thi Hoa", "Trông con / こども を みて",
       "Tôi phải đi khám bệnh. びょういん に いきます。3さい の こども を 2じかん みて ください。Chồng tôi đi"
       " làm.", ["tue-am", "wed-am"], langs=["vi"]),
    Rq(["watch_child"], "group", "清瀬ひとり親の会", "件名: 勉強会中の託児",
       "用件: 勉強会（90分）の間、未就学児5名ほどの見守り。\n日時: 第2日曜 午前\n備考: 絵本の読み聞かせなどは不要。"
       "遊び相手をお願いします。", ["sun-am"], helpers=3, decoy=["yomikikase"]),
    # ---- tsugaku
    Rq(["tsugaku"], "group", "清瀬第八小学校PTA", "朝の横断歩道に立ってくださる方",
       "通学路の交差点で、朝7時半から8時まで子どもたちの横断を見守っていただける方を。学童や預かり保育の手伝いでは"
       "ありません。", WEEKDAY_AM, helpers=4, decoy=["watch_child"]),
    Rq(["tsugaku"], "resident", "竹下 ヨシオ", "下校の道がぶちあぶないけぇ",
       "うちの前の道は抜け道で、車がぶち飛ばすんじゃ。下校の時間に子どもらが通るけぇ、ひやひやしとる。黄色い旗持っ"
       "て立ってくれる人、わしと交代でやってくれんかのう。", WEEKDAY_PM),
    Rq(["tsugaku"], "group", "Kiyose International School parents", "School route safety volunteers",
       "Our kids walk to the bus stop along a busy road. We're looking for volunteers to stand at the crossing in "
       "the morning (旗振り, as the Japanese schools call it). Japanese is fine for talking with us.",
       ["mon-am", "thu-am"], helpers=2),
    # ---- yomikikase
    Rq(["yomikikase"], "group", "竹丘図書室", "＊おはなし会の読み手＊",
       "土曜の午前、幼児向けのおはなし会で絵本を読んでくださる方。紙芝居もあります。", ["sat-am"],
       area="town_takeoka"),
    Rq(["yomikikase"], "group", "Filipino Community Kiyose", "Pagbasa ng kwento / えほん",
       "Buwanang pagtitipon ng mga batang Pilipino. フィリピン に ルーツ の ある こども の あつまり。タガログご"
       " の えほん を よんで くれる ひと。", ["sun-pm"], langs=["tl"]),
    # ---- japanese
    Rq(["japanese"], "resident", "Nguyen Duc Anh", "Học tiếng Nhật / にほんご の べんきょう",
       "Tôi làm ở nhà máy. こうじょう で はたらいて います。かいわ を れんしゅう したい。やすみ は にちようび。",
       ["sun-am", "sun-pm"]),
    Rq(["japanese"], "resident", "Carlos Higa", "Aprender japonês / かんじ と けいご",
       "Sou descendente de japoneses mas não falo bem japonês. かんじ と けいご を ならいたい。Prefiro explicação "
       "em português.", langs=["pt"]),
    Rq(["japanese"], "group", "清瀬日本語ひろば", "件名: ボランティア（会話練習）",
       "用件: 在住外国人との日本語会話練習（1対1）。\n日時: 毎週土曜 10:00〜11:30\n備考: 通訳の技術は要りません。"
       "やさしい日本語で話せる方。", ["sat-am"], helpers=4, decoy=["interp"]),
    # ---- interp
    Rq(["interp"], "resident", "Lorna Bautista", "Sulat mula sa city hall / しやくしょ の てがみ",
       "May dumating na sulat galing city hall, puro kanji. しやくしょ から てがみ が きた。よめない。Pakibasa po"
       " at ipaliwanag sa Tagalog.", langs=["tl"]),
    Rq(["interp"], "resident", "Pham Van Long", "Phiên dịch ở bệnh viện / びょういん",
       "Vợ tôi sắp sinh. つま が もうすぐ あかちゃん を うみます。びょういん の せつめい を ベトナムご に して"
       " ほしい。", ["thu-am"], langs=["vi"]),
    Rq(["interp"], "group", "清瀬第四中学校", "件名: 三者面談",
       "件名: 三者面談\n用件: 中国から来日した生徒の保護者との面談で、日本語⇔中国語の橋渡し。\n日時: 12月中旬 平日"
       "午後（30分×1回）\n備考: 生徒の日本語指導とは別件です。", ["tue-pm", "wed-pm", "thu-pm"], langs=["zh"],
       decoy=["japanese"]),
    # ---- eikaiwa
    Rq(["eikaiwa"], "resident", "市川 雅子", "ハワイに行く前に",
       "夏に孫の結婚式でハワイに行きます。空港やお店でひと言ふた言、英語で話せるようになりたいのです。通訳してほしい"
       "のではなく、自分で話したいので、練習相手になってくださる方を。", decoy=["interp"]),
    Rq(["eikaiwa"], "group", "元町シニア・イングリッシュクラブ", "イングリッシュ・カフェのファシリテーター",
       "月2回のイングリッシュ・カフェで、フリートークのファシリテーターをしてくださる方。メンバーはビギナー中心、"
       "文法のレッスンではありません。", ["thu-am"], area="town_motomachi"),
    Rq(["eikaiwa"], "resident", "永山 隆", "英語でしゃべってみたか",
       "退職して時間のでけたで、英語でしゃべってみたかとよ。中学で習ったきりじゃっどん、テストのための勉強じゃなか、"
       "しゃべる練習がしたか。相手してくいやる人はおらんどかい。", decoy=["study"]),
    # ---- signlang
    Rq(["signlang"], "resident", "小島 由美", "ろうの母と、町内会の集まりに",
       "ろうの母が町内会の集まりに出たいと言っています。会の中身を手話で母に伝えてくださる方。母は集まりの場所まで"
       "一人で行けます。", decoy=["escort"]),
    Rq(["signlang"], "group", "清瀬市社会福祉協議会 地域福祉係", "件名: 福祉講座の情報保障",
       "用件: 福祉講座（2時間）での手話通訳。ろう者の受講者2名。\n日時: 第3金曜 午後\n備考: 要約筆記は別に手配済み。",
       ["fri-pm"], helpers=2),
    # ---- calligraphy
    Rq(["calligraphy"], "group", "下宿地区センター", "看板と案内表示",
       "地区センターの夏祭りの看板と、会場の案内表示を筆で書いてくださる方。印刷物の手配は済んでいます。",
       ["sat-pm"], area="town_shitajuku"),
    Rq(["calligraphy"], "resident", "Daniel Wright", "Learn Japanese calligraphy",
       "I'd love to learn shodo while I'm in Kiyose: brush, ink, the basic strokes. My Japanese is basic, so "
       "English would help.", langs=["en"]),
    # ---- sewing
    Rq(["sewing"], "resident", "三浦 みどり", "入園グッズ、ミシンがなくて",
       "来春から娘が幼稚園です。手さげ袋と上履き入れを『手作りで』と言われましたが、家にミシンがなく、家庭科以来"
       "針も持っていません。作り方を教えていただけるか、一緒に作っていただけたら。"),
    Rq(["sewing"], "resident", "阿部 フミ", "ズボンの裾がなげぇんだ",
       "孫が置いでったズボン、裾がなげぇがら詰めでぇんだども、目ぇ悪くて針さ糸も通らねぇ。縫ってけるひといねぇべか。"
       "洗濯だのアイロンだのはいらね。", decoy=["laundry"]),
    Rq(["sewing"], "group", "清瀬手芸の会", "件名: 施設へ贈る雑巾",
       "用件: 施設へ寄付する雑巾100枚を縫う作業。\n日時: 第1月曜 午後、集会所\n備考: ミシン3台あり。", ["mon-pm"],
       helpers=4),
    # ---- exercise
    Rq(["exercise"], "group", "下清戸ふれあい会", "座ったままできるものを",
       "参加者は80代中心。座ったままできる体操を30分。歌の時間は別の方にお願いしています。", ["wed-am"],
       area="town_shimokiyoto", decoy=["music"]),
    Rq(["exercise"], "resident", "根本 房江", "転んでから",
       "去年の冬、玄関で転んで手首を折りました。それ以来、また転ぶのが怖くて家にこもりがちになり、脚もすっかり細く"
       "なってしまいました。整形外科のリハビリは終わってしまい、あとは自分で、と言われましたが、何をどうすればいい"
       "のか。家の中でできる脚の運動を教えていただける方はいませんか。"),
    # ---- music
    Rq(["music"], "group", "グループホーム なかざと", "童謡を一緒に",
       "入居者さんと童謡や唱歌を歌う時間に、ギターかキーボードで伴奏していただける方。手品などの出し物は別の方が"
       "来られます。", ["sat-pm"], area="town_nakazato", decoy=["magic"]),
    Rq(["music"], "resident", "金子 昭二", "押入れから出てきたもの",
       "押入れから学生時代のハーモニカが出てきた。音は出るが、曲にならない。『ふるさと』一曲でいいから吹けるように"
       "なりたい。"),
    # ---- magic
    Rq(["magic"], "group", "デイサービス ひだまり", "クリスマス会の出し物",
       "クリスマス会で、手品や風船の出し物をしていただける方を探しています。歌の伴奏は職員がします。", ["fri-pm"],
       decoy=["music"]),
    Rq(["magic"], "resident", "けんた", "息子の誕生日会に🎩",
       "息子7歳の誕生日会に、手品を見せてくれる人いませんか!! 友達10人くらい来ます🎉 謝礼はお菓子とジュース程度"
       "ですが笑", ["sun-pm"]),
    Rq(["magic"], "group", "梅園老人クラブ", "新年会の余興につきまして",
       "毎年の新年会、会員の歌と踊りばかりでマンネリ気味でございます。目先の変わった余興、たとえばトランプや紐を"
       "使った不思議な芸など、披露していただける方がいらっしゃればと。", ["sun-am"], area="town_umezono"),
    # ---- camera
    Rq(["camera"], "group", "松山地区社協", "敬老会の記念に",
       "敬老会で、参加者一人ひとりの写真と集合写真を撮っていただける方。データの整理は事務局でします。", ["sun-am"],
       area="town_matsuyama", decoy=["photo_data"]),
    Rq(["camera"], "resident", "大森 幸子", "元気なうちの家族写真",
       "夫の病気が分かり、元気なうちに家族写真を撮っておきたいのです。写真館に行く体力がないので、家の庭で撮って"
       "いただけたら。お化粧は娘がしてくれます。", decoy=["makeup"]),
    # ---- two asks (main first)
    Rq(["smartphone", "scam"], "resident", "本田 ミチ", "いくつか教えてほしいこと",
       "先月スマホにしました。教えていただきたいことを書き出してみました。\n・電話帳に名前を入れるやり方\n・文字を"
       "大きくするやり方\n・知らない番号や、お金の話のメッセージが来たときの見分け方と、鳴らさない設定\n一度に全部"
       "でなくてかまいません。"),
    Rq(["line", "photo_data"], "resident", "ちえ", "アルバムが消える前に💦",
       "ママ友グループのLINEアルバムに子どもの写真が何百枚もあって、保存期限?があるって聞いて焦ってます💦 LINEから"
       "写真をまとめて保存して、スマホがいっぱいにならないようにしたい…!! 両方わかる方いたらお願いします🙏"),
    Rq(["kakeibo", "pc"], "resident", "村井 俊夫", "家計簿をパソコンで",
       "年金暮らしになって、毎月の出入りを把握したいと思いました。紙の家計簿は続かなかったので、エクセルで表を"
       "作って、通帳の記録をつけていけるようにしたい。お金の分け方と、表の作り方の両方を。"),
    Rq(["escort", "shopping"], "resident", "遠藤 キミ", "病院の帰りにスーパーさ寄りでぇ",
       "月一回の病院さ一人で行ぐのがおっかねぐて。帰りに駅前のスーパーさ寄って、買い物も手伝ってけだら、なんぼ"
       "助かるか。", ["mon-am", "tue-am"]),
    Rq(["garden", "saien"], "resident", "片桐 修", "裏の空き地を畑に",
       "家の裏の空き地が草だらけです。まず草を取って、そのあとに小さな畑を作って野菜を育ててみたい。草取りと、"
       "野菜の育て方の両方を手伝ってもらえる人。"),
    Rq(["tidy", "window"], "group", "ふれあいの家 上清戸", "件名: 年末大掃除のお手伝い",
       "用件: 交流スペースの大掃除（床・棚の整理、窓ガラスと照明器具の拭き掃除）。\n日時: 12月第3土曜 9:00〜12:00"
       "\n備考: 脚立あり。", ["sat-am"], helpers=5, area="town_kamikiyoto"),
    Rq(["nizukuri", "lifting"], "resident", "松本 トシ", "娘のとこに引っ越すねん",
       "娘の近所に引っ越すことになってな。食器やら服やら箱に詰めなあかんし、タンスも玄関まで出さなあかん。箱詰めと"
       "運び出し、どっちも手伝うてくれる人おらんやろか。", helpers=2),
    Rq(["futon", "laundry"], "resident", "平田 キヨ", "干すんがえらいんよ",
       "腰を悪うしてから、布団を干すんも、洗濯物を干すんもえらいんじゃ。天気のええ日に、両方まとめて頼めんじゃろうか。"),
    Rq(["cooking", "listening"], "resident", "島田 弘", "一人の夕飯",
       "妻を亡くしてから、夕飯はコンビニ弁当ばかりです。作っていただけたら一番ありがたいのですが、実のところ、誰か"
       "と話しながら食べたいというのもあります。週に一度、夕飯を作って、少し話し相手になっていただける方はいない"
       "でしょうか。", ["tue-eve", "fri-eve"]),
    Rq(["kairanban", "watch_elder"], "group", "旭が丘三丁目 班長会", "配りものついでの声かけ",
       "広報紙と回覧板を一人暮らしのお宅に届けるとき、玄関で様子を見て声をかけていただける方。", helpers=2,
       area="town_asahigaoka"),
    Rq(["daihitsu", "kakeibo"], "resident", "飯田 スエ", "郵便とお金のこと",
       "目が悪くなって、郵便物の字が読めません。請求書なのか、お知らせなのかも分からないまま、引き出しにためています。"
       "読んでいただいて、払うものは払い、控えを整理するところまで手伝っていただけませんか。"),
    Rq(["makeup", "camera"], "group", "ケアハウス けやき", "「自分らしい一枚」の日",
       "入居者さんが希望された『自分らしい写真』の撮影会。当日、お化粧をしてくださる方と、写真を撮ってくださる方を"
       "探しています。両方できる方だと理想です。", ["sat-pm"], helpers=2),
    Rq(["interp", "escort"], "resident", "Marcos Pereira", "Acompanhar ao hospital / びょういん",
       "Minha esposa vai fazer exame no hospital. つま の けんさ、びょういん に いっしょ に いって、ポルトガルご で"
       " つうやく して ください。つま は あるく の が おそい です。", ["wed-am"], langs=["pt"]),
    Rq(["magic", "music"], "group", "ボランティア連絡会 清瀬", "件名: 施設慰問チームの募集",
       "用件: 高齢者施設への慰問（手品・楽器演奏）。\n日時: 第4土曜 午後\n備考: 手品が主、演奏もできるとなお可。",
       ["sat-pm"], helpers=3),
    Rq(["sanpo", "listening"], "resident", "土屋 節", "歩きながら、おしゃべりを",
       "退職してから人と話す機会がめっきり減りました。医者には歩けと言われています。一緒に公園を歩きながら、世間話の"
       "相手をしていただける方がいたら、一石二鳥なのですが。"),
    Rq(["japanese", "watch_child"], "group", "にほんご教室 のしお", "件名: 講師と託児",
       "用件: 子育て中の外国人ママ向け日本語教室。日本語を教える方と、教室の間に子どもを見る方。\n日時: 毎週火曜"
       " 10:00〜11:30", ["tue-am"], helpers=3, area="town_noshio"),
    Rq(["handyman", "window"], "resident", "柴田 ヨネ", "網戸と窓のこと",
       "・網戸が破れて、虫が入ってきます（張り替え）\n・ついでに窓ガラスの高いところも拭いていただけたら\n夏までに"
       "お願いできればうれしいです。"),
]  # fmt: skip


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data)."""
    return build_set(SimpleNamespace(**globals()), "F7")


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F7 ids), and when this set's own data breaks its promises
    (a decoy CLOSE to its request's ask, a pair both CLOSE and RELATED, a concept no request asks for)."""
    check_files(out, areas_file, "F7")
    close, rel = set(CLOSE), set(RELATED)
    assert not close & rel, "a pair is both CLOSE and RELATED"
    asked = {c for q in REQUESTS for c in q["need"]}
    assert asked == set(CONCEPTS), f"concepts no request asks for: {set(CONCEPTS) - asked}"
    for q in REQUESTS:
        for d in q["decoy"]:
            assert d in CONCEPTS and d not in q["need"], (q["title"], d)
            assert all(tuple(sorted((n, d))) not in close for n in q["need"]), (q["title"], d)


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


if __name__ == "__main__":
    write()
