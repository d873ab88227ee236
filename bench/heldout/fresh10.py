#!/usr/bin/env python3
"""fresh10: a tenth blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh9.py on freshset.py.  Every request text and every
volunteer tag / bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv)
are derived only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py -
fresh9.py apply them (CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's
grades or the other sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh4 - fresh9:
  * registers: LINE-style chat logs with the stickers described in text (「母：[スタンプ：汗をかいているパンダ]」
    「（既読がつかないまま夕方）」), a 民生委員's visit notes (【訪問記録】対象：… 状況：… 所見：… 依頼事項：…), a care
    facility's or 学童's 連絡帳 (【連絡帳】ご家族様へ　本日のご様子：… 施設より：…), voicemail transcriptions full of
    fillers (【留守番電話の書き起こし】えーと、もしもし、あのー、…), 町内会・自治会 総会 / 役員会 minutes excerpts (議案
    第5号 … 質疑 … 決議：…), postcards (拝啓 … 敬具, 前略 … 草々), requests written by children of 8 - 11 (mostly
    hiragana with spaces: 「ぼくの　じてんしゃの　うしろの　タイヤが　ぺちゃんこです」), family members quoting a parent
    in 東北弁 (「病院さ一人で行ぐのは、もうおっかねぐって」); on the volunteer side bios in heavy 関西弁 (「なんぼでも
    教えたるで」「任しとき」) or 東北弁 (「任せでけろ」「得意だべ」), bios copy-pasted from a résumé (【職歴】1985年4月
    清瀬サイクル 入社（修理担当）\\n【資格】自転車技士), and bios mostly about the writer's life with the skill in one
    clause (「…市民農園もはや八年、今年は里芋が豊作でした。若い頃に自転車屋でアルバイトをしていたので、パンク修理
    ぐらいなら…」);
  * languages: Mongolian, Urdu, Ukrainian and Turkish (none of them named by fresh8's or fresh9's docstrings, which
    list the languages of the latest sets), and English — the languages volunteers speak here (mn, ur, uk, tr, en)
    and 33 requests require (the language field is a hard constraint); some foreign writers say Japanese is fine
    and require nothing;
  * needs named by their effect or a situation (「車いすが左へ左へと曲がっていく」「皆さんが笑うところで一人だけ取り
    残されて」「エアコンつけたら　すっぱいにおい」「通帳残高と帳簿の合計が三千二百円合わない」「前回何を決めたか誰も
    覚えていない」「年金が入って二十日もすると財布が空っぽ」「二階の窓に当たって…ガリガリ」「夕方には萎れる鉢植え」),
    the ask late or only in the title, who-asks phrases that name another skill (「清瀬けん玉クラブ」「清瀬お手玉の会」
    「清瀬こま回し保存会」「清瀬梅干しの会」「清瀬手話サークル」「清瀬音訳グループ」「清瀬ハーモニカ同好会」), requests that
    say what they do NOT need (「手話は覚えていないので、手話通訳では分かりません」「押していただくのは私がやります
    ので、付き添いは要りません」「演奏のお手伝いは要りません」「本や冊子にまとめてほしいというのではありません」「猫は
    娘が預かって」「ご家庭の家計簿の相談ではなく」「リモコンの操作は父もできます」「お墓のことは菩提寺と石屋さんに」);
  * 40 concepts, 15 of them new to fresh4 - fresh9 (車いすの点検・修理, 視覚障害者のガイドヘルプ, 要約筆記, 議事録・書記,
    団体の会計, 司会・進行, 音響・マイクの設営, 自分史・聞き書き, 昔遊び, 子ども向けプログラミング, 作文・読書感想文,
    漬物・梅干し・味噌, 留守中の水やり, 遺品整理, エアコン・換気扇の掃除), and splits of near concepts (自転車 | 車いすの
    点検 | 付き添い, 付き添い | ガイドヘルプ | 音訳, 手話 | 要約筆記 | 議事録, 家計簿 | 団体の会計, 演奏 | 音響 | 司会,
    話し相手 | 自分史, オセロ・花札 | 昔遊び | プログラミング, 料理 | 漬物, 草取り | 剪定 | 水やり, ペット | 水やり,
    片付け | 遺品整理 | 力仕事, 家電の使い方 | エアコン掃除, 学習支援 | 作文 | 書道);
  * near-but-different traps, graded 0 for each other: オセロ・トランプ (boardgame) / けん玉・こま (mukashi_asobi),
    ゲームを作る (programming) / ゲームの相手 (boardgame), エアコンの掃除 (aircon) / エアコンのリモコン (kaden), 遺品整理
    (ihin) / お墓 (haka), 梅を漬ける (tsukemono) / 梅の木の剪定 (pruning), 作文 (sakubun) / 書道 (calligraphy), 手引き
    (gaido) / 音訳 (onyaku), 車いすを直す (kurumaisu) / 車いすを押す (escort), 手話 (signlang) / 要約筆記 (youyaku),
    音響 (onkyo) / 演奏 (music), 司会 (shikai) / 演奏 (music), 留守中の水やり (mizuyari) / 留守中のペット (pet), 家計簿
    (kakeibo) / 団体の会計 (kaikei);
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0);
  * bios with fillers that mention skills the volunteer does not offer (「けん玉は、一回も皿に乗ったことがありません。」
    「梅干しは、スーパーで買うものだと思っています。」), never given to a volunteer who has the named skill.

Counts: 135 requests (117 with one ask, 18 with two), about 450 volunteers (175 drawn at random, 23 pure-trap
fillers, one decoy per named-but-not-asked skill, a constraint trap on every third request, and planted fits so that
every request has two volunteers of grade >= 2); the run prints the exact figures.

Grades (freshset.grade(), as fresh4 - fresh9):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a 自転車 mechanic for a 車いす's tyres) = the
  place grade minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh10.py         # writes bench/heldout/fresh10/{volunteers,requests}.jsonl,
                                            # qrels.tsv, concepts.json (labels, for diagnosis only)
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
from freshset import (  # noqa: E402  (the generator and grader code shared with fresh4 - fresh9)
    AREAS_FILE,
    Rq,
    build_renamed,
    check_files,
    grade,  # noqa: F401  (build_renamed grades through this module's data: a test swaps it)
    noisy,
    write_set,
)

SEED = 20271015
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh10"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 175
WEEKDAY_AM = ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"]
WEEKDAY_PM = ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]
WEEKDAY_EVE = ["mon-eve", "tue-eve", "wed-eve", "thu-eve", "fri-eve"]
WEEKEND = ["sat-am", "sat-pm", "sun-am", "sun-pm"]

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana, variants);
# bio = sentences that imply the skill through experience: some copy-pasted from a résumé (【職歴】…【資格】…), some in
# heavy 関西弁 or 東北弁, some mostly about the writer's life with the skill in one clause, some naming what the
# volunteer can NOT do beside what they can (「エアコンの分解掃除はできませんが、リモコンの設定なら」) — the volunteer
# has the sentence's concept, never the denied one's.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "pc", "kaden", "programming"}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホの使い方", "スマホ操作", "すまほ相談", "アイフォンの設定", "Android操作", "スマホの文字入力",
              "ｽﾏﾎ教室", "スマホのカメラ", "LINEの使い方", "スマホ初心者サポート"],
        bio=["ワシな、携帯屋で十年スマホ売っとってん。設定やったら何でも聞いてや。",
             "【職歴】2008年4月 株式会社清瀬モバイル 入社（販売・初期設定担当）\n2020年3月 同社 退職\n【資格】"
             "スマートフォン・ケータイ安全教室講師\n",
             "夫を亡くしてから一人で暮らし、娘のいる仙台と清瀬を行き来する生活も十年になりました。その間に覚えた"
             "スマホの使い方を、今では老人会の仲間に教えています。毎日の散歩と、庭の小さな菜園が楽しみです。",
             "スマホさわんのは得意だども、パソコンはさっぱりだ。"],
    ),
    "pc": dict(
        tags=["パソコン指導", "PC操作", "ワード", "エクセル", "ぱそこん相談", "Windows", "ﾊﾟｿｺﾝ", "パソコンの初期設定",
              "PCのトラブル対応", "メールの設定"],
        bio=["【職歴】1988年4月 清瀬電機株式会社 入社（情報システム部）\n2023年3月 定年退職\n【資格】ITパスポート、"
             "MOS Excel\n",
             "会社でずっとパソコン係やってたんで、ワードやエクセルならなんぼでも教えたるで。",
             "息子たちが独立し、妻と二人で犬を連れて柳瀬川沿いを歩くのが日課です。若いころから機械いじりが好きで、"
             "パソコンの設定や操作なら人に説明できます。冬は信州のスキー場で過ごすこともあります。",
             "パソコン教室の講師、七年やってきたんだ。"],
    ),
    "kaden": dict(
        tags=["家電の使い方", "リモコンの設定", "電子レンジの使い方", "洗濯機の操作", "かでん相談", "エアコンのリモコン",
              "炊飯器の設定", "給湯器のパネル", "家電の初期設定"],
        bio=["家電量販店で二十年、売り場で使い方の説明をしてきました。",
             "【職歴】1990年4月 清瀬電器商会 入社（配達・設置・操作説明）\n2022年 閉店に伴い退職\n",
             "新しい洗濯機やレンジのボタン、取説読んで分かるように説明すんの、わし得意やねん。",
             "エアコンの分解掃除はできませんが、リモコンの設定や予約の仕方ならお教えできます。"],
    ),
    "programming": dict(
        tags=["プログラミング教室", "Scratch", "スクラッチ", "ぷろぐらみんぐ", "micro:bit", "子ども向けプログラミング",
              "ゲーム制作", "Python", "ロボット教室", "マイクラでプログラミング"],
        bio=["ソフトウェア会社でエンジニアをしています。週末は子ども向けのプログラミング道場のメンターです。",
             "【職歴】2012年4月 株式会社きよせシステムズ 入社（プログラマー）\n現在に至る\n【資格】基本情報技術者\n",
             "大学の情報学部の三年です。スクラッチでゲームを作る講座を手伝ったことがあります。",
             "オセロやトランプの相手は苦手ですが、ゲームを自分で作るプログラミングなら教えられます。"],
    ),
    "handyman": dict(
        tags=["日曜大工", "修繕", "ちょっとした修理", "棚の取り付け", "DIY", "にちようだいく", "戸の建て付け調整",
              "手すりの取付", "工具あり", "蝶番の交換"],
        bio=["大工を四十年やっとりました。棚でも戸でも、ちょっとしたもんなら直したるで。",
             "【職歴】1979年4月 清瀬工務店 入社（大工）\n2019年3月 退職\n【資格】二級建築大工技能士\n",
             "岩手の生まれで、家のこたぁ何でも自分でやってきたがら、修理ごとは任せでけろ。",
             "マンションの管理組合で、共用部の小さな修理を引き受けています。"],
    ),
    "bicycle": dict(
        tags=["自転車修理", "パンク修理", "じてんしゃ整備", "チューブ交換", "ブレーキ調整", "チェーンの注油",
              "ママチャリ点検", "空気入れ", "自転車の整備士"],
        bio=["【職歴】1985年4月 清瀬サイクル 入社（修理担当）\n2020年3月 退職\n【資格】自転車技士\n",
             "パンク修理やったら任しとき。うちの子三人の自転車、全部わしが直してきてん。",
             "週末はロードバイクで秩父まで走ります。整備は自分でやります。",
             "定年後、妻と始めた市民農園もはや八年、今年は里芋が豊作でした。若い頃に自転車屋でアルバイトをしていた"
             "ので、パンク修理ぐらいならいまでも手が覚えています。孫が遊びに来るのが何よりの楽しみです。"],
    ),
    "kurumaisu": dict(
        tags=["車いすの点検", "車椅子の修理", "くるまいす整備", "車いすのタイヤの空気", "車いすのブレーキ調整",
              "福祉用具の点検", "車いすメンテナンス", "福祉用具専門相談員"],
        bio=["福祉用具のレンタル会社で、車いすの点検と修理を担当してきました。",
             "【職歴】2005年4月 株式会社清瀬福祉用具サービス 入社（メンテナンス担当）\n2024年3月 退職\n【資格】"
             "福祉用具専門相談員\n",
             "車いすを押すのは慣れておりませんが、空気入れやブレーキの調整なら道具を持って伺えます。",
             "病院の営繕係で、外来用の車いす四十台の整備を毎月しとったんだ。"],
    ),
    "escort": dict(
        tags=["通院付き添い", "外出の付き添い", "車いす介助", "病院付き添い", "つきそい", "歩行介助", "介護福祉士",
              "受診の同行", "ヘルパー"],
        bio=["介護の仕事して十年になります。車いす押して病院行くんも慣れてるよって。",
             "【職歴】2010年4月 社会福祉法人清瀬福祉会 入職（訪問介護員）\n現在に至る\n【資格】介護福祉士\n",
             "母の通院に毎週付き添って、待合室で何時間も過ごしてきました。",
             "病院のボランティアで、外来の車椅子さ押してだんだ。"],
    ),
    "gaido": dict(
        tags=["ガイドヘルパー", "同行援護", "視覚障害者の外出支援", "がいどへるぷ", "手引き歩行", "移動支援",
              "目の不自由な方の付き添い", "同行援護従業者"],
        bio=["同行援護従業者の研修を修了し、目の不自由な方の外出のお供をしています。",
             "【資格】同行援護従業者養成研修（一般課程・応用課程）修了\n【活動歴】2016年〜 視覚障害者の外出支援\n",
             "音訳の吹き込みはしたことがありませんが、手引きで一緒に歩くことならできます。",
             "盲学校の寄宿舎指導員ばやってたがら、手引きして歩ぐのは慣れでっぺ。"],
    ),
    "onyaku": dict(
        tags=["音訳", "朗読ボランティア", "対面朗読", "おんやく", "録音図書", "デイジー図書", "広報の音訳", "声の広報"],
        bio=["図書館の音訳グループで、市報を録音しています。",
             "【資格】音訳ボランティア養成講座修了\n【活動歴】2014年〜 録音図書の製作\n",
             "元アナウンサーで、本や手紙を声に出して読むことならお手伝いできます。",
             "手引きで外を歩くのは自信がありませんが、書類や手紙を声に出して読むことならできます。"],
    ),
    "signlang": dict(
        tags=["手話", "手話通訳", "しゅわ", "手話サークル", "手話通訳士", "手話で会話", "手話奉仕員"],
        bio=["手話サークルに入って十五年になります。",
             "【資格】手話通訳者（東京都登録）\n【活動歴】2009年〜 手話サークル所属\n",
             "両親がろう者で、手話は生まれた時からの言葉やねん。"],
    ),
    "youyaku": dict(
        tags=["要約筆記", "ようやく筆記", "パソコン要約筆記", "ノートテイク", "ノートテイカー", "手書き要約筆記",
              "OHC要約筆記", "文字通訳"],
        bio=["要約筆記サークルで、講演会の話をスクリーンに文字で映す活動をしています。",
             "【資格】要約筆記者（全国統一要約筆記者認定試験 合格）\n【活動歴】2015年〜 パソコン要約筆記\n",
             "手話はできませんが、話をその場で要約して書き、耳の聞こえにくい方に見ていただくことはできます。",
             "大学では聴覚障害のある学生のノートテイクをやってました。"],
    ),
    "shoki": dict(
        tags=["議事録作成", "書記", "ぎじろく", "会議の記録", "議事録のまとめ", "テープ起こし", "文字起こし",
              "会報の記録係"],
        bio=["会社で二十年、役員会の議事録をとってきました。",
             "【職歴】1992年4月 清瀬信用金庫 入庫（総務部 文書課）\n2024年3月 退職\n",
             "PTAの書記を三年やったんで、会議の記録まとめるんは慣れとるで。",
             "町内会の書記を長年務めでっから、総会の記録は任せでけさい。"],
    ),
    "kaikei": dict(
        tags=["会計", "帳簿付け", "かいけい", "会計報告", "決算書の作成", "簿記2級", "経理", "会計監査", "収支報告書"],
        bio=["経理の仕事を三十年しました。町会やサークルの会計帳簿なら見られます。",
             "【職歴】1987年4月 株式会社清瀬商事 入社（経理部）\n2022年3月 退職\n【資格】日商簿記検定2級\n",
             "家計簿の節約相談みたいなことはようせんけど、団体の帳簿つけて決算書にまとめるんはできるで。",
             "農協で経理やってたがら、帳簿さ付げるのは得意だ。"],
    ),
    "kakeibo": dict(
        tags=["家計簿の付け方", "家計相談", "かけいぼ", "節約アドバイス", "家計の見直し", "ファイナンシャルプランナー",
              "FP", "やりくり相談"],
        bio=["ファイナンシャルプランナーとして、家計の見直しの相談を受けています。",
             "【資格】2級ファイナンシャル・プランニング技能士\n【職歴】2001年4月 清瀬生命保険代理店 入社\n",
             "子ども四人を育てながら、家計簿だけは三十年一日も欠かさずつけてきました。",
             "うちのやりくりは鬼やで。家計の見直しやったら一緒に考えたるわ。"],
    ),
    "shikai": dict(
        tags=["司会", "しかい", "MC", "進行役", "イベントの司会", "結婚式の司会", "アナウンス", "ナレーション",
              "司会進行"],
        bio=["結婚式の司会を二百組以上務めてきました。",
             "【職歴】1995年4月 ブライダル清瀬 専属司会者\n2020年 フリーランス\n",
             "マイク持ったら止まらへんねん。盆踊りの司会も毎年やってんで。",
             "音響の機械のことはまったく分かりませんが、マイクの前で会を進めるのは得意です。"],
    ),
    "onkyo": dict(
        tags=["音響", "PA", "おんきょう", "マイクの設営", "音響機材", "ミキサー操作", "スピーカーの設置",
              "音響オペレーター", "ワイヤレスマイク"],
        bio=["ライブハウスで音響のオペレーターをしていました。",
             "【職歴】2000年4月 株式会社清瀬音響 入社（PAエンジニア）\n現在に至る\n",
             "楽器はひとつも弾けませんが、スピーカーとマイクをつないで音を整えるのは任せてください。",
             "地区の祭りで、やぐらのスピーカーば組むのは毎年おらの役目だ。"],
    ),
    "music": dict(
        tags=["ピアノ演奏", "ギター", "歌の伴奏", "えんそう", "アコーディオン", "キーボード", "合唱の伴奏", "ハーモニカ",
              "楽器演奏"],
        bio=["老人ホームで、月に一度ピアノを弾いています。",
             "【資格】ヤマハ演奏グレード5級\n【活動歴】1998年〜 合唱団の伴奏者\n",
             "ギター一本で昭和の歌謡曲やったら何でも弾けるで。",
             "アコーディオンさ弾いで、みんなで歌うのが好ぎなんだ。"],
    ),
    "listening": dict(
        tags=["話し相手", "傾聴", "おしゃべり相手", "けいちょう", "お話し相手", "電話の話し相手", "聞き役",
              "茶飲み友達"],
        bio=["傾聴ボランティアの講座を修了し、施設を訪問しています。",
             "人の話聞くの好きやねん。なんぼでも付き合うで。",
             "美容師を三十年、椅子に座ったお客様の話を聞き続けてまいりました。",
             "聞き書きして本にまとめるような大層なことはできませんが、お茶を飲みながら昔話をうかがうのは好きです。"],
    ),
    "jibunshi": dict(
        tags=["自分史の作成", "聞き書き", "じぶんし", "自分史づくり", "ライフストーリーの記録", "思い出の記録",
              "回想録", "聞き書きボランティア"],
        bio=["聞き書きボランティアとして、お年寄りの人生の話をうかがい、冊子にまとめてきました。",
             "【職歴】1984年4月 清瀬新聞社 入社（記者）\n2019年3月 退職\n",
             "地方紙の記者を長くやったんで、人の話を聞いて文章にまとめんのは得意やで。",
             "元編集者です。自分史の本づくりを手伝っています。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "見守り訪問", "みまもり", "声かけ", "高齢者の見守り", "一人暮らしの見守り",
              "定期訪問"],
        bio=["民生委員を二期務め、町内のお年寄りのお宅を回っています。",
             "ご近所の一人暮らしの方に、毎朝声かけてんねん。",
             "町内のひとり暮らしのお年寄りの家さ、週に一回は顔出してんだ。"],
    ),
    "boardgame": dict(
        tags=["オセロ", "トランプ", "花札", "ボードゲーム", "カードゲーム", "すごろく", "UNO", "ゲームの相手",
              "ぼーどげーむ"],
        bio=["デイサービスで、利用者さんとオセロや花札をして過ごす時間を受け持っていました。",
             "花札のこいこいやったら負けへんで。",
             "ボードゲームカフェの常連です。ルール説明が得意です。",
             "けん玉やこまは全然できませんが、トランプや花札ならお相手できます。"],
    ),
    "mukashi_asobi": dict(
        tags=["昔遊び", "けん玉", "こま回し", "お手玉", "竹とんぼ", "むかしあそび", "あやとり", "めんこ", "昔遊びの先生"],
        bio=["学童で、こま回しとけん玉を教えています。",
             "【資格】日本けん玉協会 けん玉三段\n【活動歴】2012年〜 小学校の昔遊び授業の講師\n",
             "竹とんぼ作って飛ばすのは、子どもの頃から得意だったべ。",
             "オセロやトランプの相手はさっぱりですが、お手玉とあやとりなら子どもたちに教えられます。"],
    ),
    "study": dict(
        tags=["学習支援", "勉強を教えます", "算数", "数学", "英語", "家庭教師", "がくしゅう支援", "受験勉強", "理科",
              "塾講師"],
        bio=["【職歴】1982年4月 清瀬市立第二中学校 教諭（数学）\n2020年3月 定年退職\n",
             "元塾講師です。小中学生の算数・数学を教えられます。",
             "大学で教育学を学んでる学生で、子どもに勉強教えるん好きやねん。"],
    ),
    "sakubun": dict(
        tags=["作文指導", "読書感想文", "さくぶん", "文章の書き方", "作文教室", "小論文指導", "国語の作文",
              "感想文の書き方"],
        bio=["作文教室を開いて十年、子どもたちの文章を見てきました。",
             "【職歴】1980年4月 清瀬市立第五小学校 教諭（国語）\n2018年3月 退職\n",
             "字はお世辞にもきれいとは言えませんが、文章の組み立て方なら教えられます。",
             "子どもの作文さ読むのが好ぎで、感想文の書ぎ方ば教えでだんだ。"],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "しょどう", "書道師範", "筆ペン", "硬筆", "お習字", "書写"],
        bio=["自宅で書道教室を開いて三十年になります。",
             "【資格】書道師範（日本習字教育財団）\n",
             "筆持ったら背筋がしゃんとすんねん。習字なら教えたるで。"],
    ),
    "japanese": dict(
        tags=["日本語教室", "日本語の先生", "にほんご", "日本語会話", "日本語教師", "やさしい日本語",
              "ひらがな・カタカナ", "日本語能力試験"],
        bio=["日本語教師の資格を持ち、専門学校で留学生に教えていました。",
             "【資格】日本語教育能力検定試験 合格\n",
             "外国から来た人に日本語教えるん、ほんまに楽しいで。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "通訳ボランティア", "つうやく", "医療通訳", "書類の翻訳", "生活通訳", "同行通訳"],
        bio=["市の国際交流協会に登録して、病院や学校の通訳に出かけています。",
             "【職歴】2003年4月 株式会社清瀬トランスレーション 入社（翻訳・通訳）\n現在に至る\n",
             "通訳の仕事ばしてたがら、病院でも役所でも付いでいげるよ。"],
    ),  # + INTERP_TAGS
    "cooking": dict(
        tags=["料理", "調理", "おかず作り", "りょうり", "家庭料理", "食事作り", "調理師", "お弁当作り", "和食"],
        bio=["【職歴】1978年4月 割烹清瀬 入店（板前）\n2015年 独立、定食屋を開業\n【資格】調理師\n",
             "子ども食堂で、毎週カレーば百人分作ってっぺ。",
             "料理ならまかせてや。家庭料理やったら何でも作れるで。",
             "漬物や梅干しは漬けたことがありませんが、毎日の食事作りなら得意です。"],
    ),
    "tsukemono": dict(
        tags=["梅干し作り", "漬物", "ぬか漬け", "つけもの", "味噌の仕込み", "らっきょう漬け", "白菜漬け",
              "梅酒・梅シロップ", "保存食づくり"],
        bio=["毎年六月には梅を十キロ漬けます。",
             "ばあちゃんから教わったぬか床、四十年守ってんだ。漬物のごどなら何でも聞いでけろ。",
             "公民館で、手前味噌の仕込み教室の講師をしています。",
             "山形の農家に生まれ育ち、二十で上京してからは町工場の事務一筋、子ども二人を育て上げて、いまは夫と二人の"
             "静かな暮らしです。冬の白菜漬けと夏の梅干しだけは母に教わった通りに毎年欠かさず漬けていて、今年も近所に"
             "配りました。"],
    ),
    "garden": dict(
        tags=["草取り", "草むしり", "除草", "庭の手入れ", "くさとり", "草刈り機あり", "花壇の手入れ", "雑草の処理",
              "芝刈り"],
        bio=["造園会社で草刈りと植栽の管理をしていました。",
             "夏の草むしりは汗かいて気持ちええねん。",
             "市民農園を十年借りてるので、雑草との付き合いは長いです。"],
    ),
    "pruning": dict(
        tags=["剪定", "せんてい", "植木の剪定", "庭木の手入れ", "生け垣の刈り込み", "枝切り", "高枝切りばさみ",
              "植木屋", "果樹の剪定"],
        bio=["【職歴】1981年4月 清瀬植木 入社（植木職人）\n2021年 引退\n【資格】一級造園技能士\n",
             "庭木の枝落とすのは得意だべ。脚立も持ってっから。",
             "梅や柿の木の剪定を、近所の家から毎年頼まれています。",
             "梅干しを漬けたことはありませんが、梅の木の枝ぶりを整えるのは得意です。"],
    ),
    "mizuyari": dict(
        tags=["水やり", "みずやり", "留守中の水やり", "鉢植えの世話", "観葉植物の世話", "植物の水やり代行",
              "ベランダの植木の水やり", "花の世話"],
        bio=["園芸店で働いていたので、鉢植えの世話には慣れています。",
             "ご近所が旅行に行くとき、ベランダの鉢植えの水やりを頼まれることが多いです。",
             "動物は苦手やけど、植木の水やりくらいやったら毎日行ったるで。",
             "家を空けでる人の鉢植えさ水やりに通うの、もう五年やってっぺ。"],
    ),
    "pet": dict(
        tags=["ペットの世話", "犬の散歩", "猫の世話", "ぺっとシッター", "留守中のペットの世話", "えさやり",
              "ペットシッター", "小動物の世話"],
        bio=["動物病院で看護師として働いていました。",
             "【資格】愛玩動物飼養管理士1級\n【職歴】2010年〜 ペットシッター\n",
             "植木の世話はからきしですが、犬や猫の世話なら任せてください。",
             "うちにも猫が三匹おるねん。留守中のえさやりやったら行ったるで。"],
    ),
    "tidy": dict(
        tags=["片付け", "お部屋の整理", "掃除", "整理整頓", "かたづけ", "家事代行", "清掃", "断捨離サポート", "おそうじ"],
        bio=["ビルの清掃の仕事を十二年やっています。",
             "片付けは大好きやねん。散らかった部屋見たら燃えるわ。",
             "【資格】整理収納アドバイザー1級\n",
             "三人の子を育て、舅姑を見送り、いまは夫と柴犬と暮らしています。四十年主婦をしてきて、片付けと掃除だけは"
             "人に褒められます。週に一度のコーラスが生きがいです。"],
    ),
    "ihin": dict(
        tags=["遺品整理", "いひん整理", "遺品の仕分け", "生前整理", "形見分けの手伝い", "遺品整理士",
              "故人の部屋の片付け"],
        bio=["【資格】遺品整理士（一般社団法人遺品整理士認定協会）\n【職歴】2015年〜 遺品整理会社勤務\n",
             "両親と叔母を見送るたびに、遺品の整理を一人でやってきました。",
             "お墓のことはよう分からんけど、亡くなった人の荷物を家族と一緒に仕分けるのは、何軒もやってきたで。"],
    ),
    "lifting": dict(
        tags=["力仕事", "重いものの運搬", "家具移動", "運搬作業", "ちからしごと", "引っ越しの手伝い", "力持ち",
              "軽トラあり", "搬入搬出"],
        bio=["引っ越し屋のアルバイトを大学の四年間続けました。",
             "体力には自信あるで。元ラグビー部や。",
             "米屋で三十キロの袋ば担いでたがら、腕っぷしは今も衰えでねえ。"],
    ),
    "haka": dict(
        tags=["お墓の掃除", "墓参りの同行", "墓参り代行", "はかそうじ", "墓石の清掃", "霊園の掃除", "墓所の手入れ"],
        bio=["石材店に勤め、墓石の据え付けと清掃をしていました。",
             "お彼岸には、遠方の親戚の分までお墓を掃除して回っています。",
             "霊園の管理事務所で働いとったんや。"],
    ),
    "aircon": dict(
        tags=["エアコンクリーニング", "エアコンの掃除", "換気扇の掃除", "えあこん掃除", "フィルター掃除",
              "レンジフードの掃除", "エアコン洗浄", "エアコン分解洗浄"],
        bio=["ハウスクリーニングの会社で、エアコンの分解洗浄を担当していました。",
             "【職歴】2006年4月 株式会社クリーンきよせ 入社（エアコン洗浄・換気扇清掃）\n2023年3月 退職\n",
             "リモコンの設定はよう分からんけど、エアコンばらして洗うんは得意やで。",
             "換気扇の油汚れば落とすのは、おらの特技だ。"],
    ),
    "driving": dict(
        tags=["送迎", "車の運転", "運転ボランティア", "自家用車あり", "そうげい", "ワゴン車", "送り迎え", "普通免許",
              "運転歴30年"],
        bio=["路線バスの運転手を三十年勤めました。",
             "【職歴】1985年4月 清瀬交通株式会社 入社（バス運転士）\n2020年3月 退職\n【資格】大型二種免許\n",
             "車あるさかい、送り迎えやったらいつでも言うてや。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("bicycle", "kurumaisu"),  # a bicycle mechanic can pump a wheelchair's tyres and adjust its brakes
        ("tidy", "ihin"),  # a tidier can help sort a late relative's things, with less care for the keepsakes
        ("study", "sakubun"),  # a tutor can help with a composition
        ("garden", "mizuyari"),  # a gardener can water the pots
        ("garden", "pruning"),  # a weeder can trim a hedge
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps, see TRAPS).
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("escort", "driving"),
        ("escort", "gaido"),
        ("escort", "haka"),
        ("listening", "jibunshi"),
        ("listening", "watch_elder"),
        ("listening", "boardgame"),
        ("pc", "programming"),
        ("pc", "shoki"),
        ("pc", "kaikei"),
        ("youyaku", "shoki"),
        ("shikai", "onkyo"),
        ("cooking", "tsukemono"),
        ("lifting", "tidy"),
        ("lifting", "ihin"),
        ("handyman", "bicycle"),
        ("tidy", "aircon"),
        ("study", "japanese"),
        ("interp", "japanese"),
        ("smartphone", "kaden"),
        ("jibunshi", "sakubun"),
    ]
)
# near-but-different pairs the docstring promises are graded 0 for each other (checked in self_check)
TRAPS = [("boardgame", "mukashi_asobi"), ("programming", "boardgame"), ("aircon", "kaden"), ("ihin", "haka"),
         ("tsukemono", "pruning"), ("sakubun", "calligraphy"), ("gaido", "onyaku"), ("kurumaisu", "escort"),
         ("signlang", "youyaku"), ("onkyo", "music"), ("shikai", "music"), ("mizuyari", "pet"),
         ("kakeibo", "kaikei")]  # fmt: skip

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "けん玉は、一回も皿に乗ったことがありません。": {"mukashi_asobi"},
    "オセロは、孫にいつも負けています。": {"boardgame"},
    "うちのエアコンは、つけっぱなしで掃除もしていません。": {"aircon", "tidy"},
    "家電のリモコンは、いまだにボタンが多すぎて分かりません。": {"kaden", "smartphone"},
    "梅干しは、スーパーで買うものだと思っています。": {"tsukemono", "cooking"},
    "庭の梅の木は、伸び放題になっています。": {"pruning", "garden"},
    "作文は、小学生のころから大の苦手でした。": {"sakubun", "jibunshi"},
    "習字の時間は、いつも墨で手を真っ黒にしていました。": {"calligraphy"},
    "手話は、テレビのニュースで見かけるくらいです。": {"signlang", "youyaku"},
    "会議では、いつも記録係を逃げ回っています。": {"shoki", "youyaku"},
    "家計簿は、三日坊主で終わりました。": {"kakeibo", "kaikei"},
    "カラオケのマイクを握ると、緊張して声が出ません。": {"shikai", "onkyo", "music"},
    "楽器は、リコーダー以来さわっていません。": {"music"},
    "鉢植えは、なぜかすぐ枯らしてしまいます。": {"mizuyari", "garden"},
    "動物は、小さいころ犬にかまれてから苦手です。": {"pet"},
    "自転車は、空気を入れるのもお店任せです。": {"bicycle", "kurumaisu"},
    "車いすに乗った方を見かけても、どう声をかけてよいか分かりません。": {"escort", "gaido", "kurumaisu"},
    "プログラミングという言葉は、孫から聞いて初めて知りました。": {"programming", "pc"},
    "亡くなった父の部屋は、まだ手つかずのままです。": {"ihin", "tidy"},
    "お墓参りは、お盆に一度行くのがやっとです。": {"haka"},
    "自分の昔話をすると、家族にまた始まったと言われます。": {"jibunshi"},
    "外国語は、あいさつ程度しか話せません。": {"interp", "japanese"},
    "朗読は、学芸会で台詞を忘れて以来こりごりです。": {"onyaku"},
}
INTROS = [
    "まいど！梅園に住んで三十年のおっちゃんです。",
    "おら、秋田がら出てきて四十年になるべ。",
    "【履歴書より転記】\n",
    "【学歴】1975年3月 都立高等学校 卒業\n",
    "会社員です。週末だけ動けます。",
    "大学二年生です。",
    "夫を見送ってから一人暮らしです。",
    "定年退職して三年、地域のお役に立ちたくて登録しました。",
    "（孫が代わりに入力しました）",
    "七十八歳、毎朝のラジオ体操は欠かしません。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's home language
    "en": "I'm from Leeds and have lived in Kiyose for six years; I teach at an international school nearby.",
    "mn": "Би Улаанбаатараас ирсэн. Киёсэд гурван жил амьдарч байна.",
    "ur": "میں لاہور سے ہوں اور پانچ سال سے کیوسے میں رہتا ہوں۔",
    "uk": "Я з Харкова, живу в Кійосе з 2022 року разом із донькою.",
    "tr": "İstanbul'dan geldim, dört yıldır Kiyose'de yaşıyorum.",
}
CLOSINGS = [
    "よろしゅう頼んます。",
    "よろしくお願いいたします。",
    "",
    "",
    "月に二回くらいが無理のないペースです。",
    "遠慮なぐ声かけでけろ。",
    "以上",
    "Happy to help whenever I can.",
    "車がないので、近場だと助かります。",
]
FAMILY = ["青木", "石井", "上野", "大塚", "岡本", "加藤", "川口", "北村", "久保", "小山", "坂口", "佐野", "高木",
          "竹内", "辻", "中島", "永田", "西川", "長谷部", "樋口", "藤本", "堀", "前田", "増田", "宮崎", "森田", "安田",
          "山崎", "若林", "菅原"]  # fmt: skip
GIVEN = ["翔太", "恵子", "大輔", "ミツ", "沙織", "正男", "さくら", "拓也", "キヨ", "茂", "美咲", "清", "幸子", "颯太",
         "節子", "隆", "凛", "実"]  # fmt: skip
FOREIGN = [
    ("Batbayar Dorj", ["mn", "ja"]),
    ("Oyunchimeg Bat", ["mn"]),
    ("Enkhjargal Tsend", ["mn", "en", "ja"]),
    ("Gantulga Erdene", ["mn", "ja"]),
    ("Muhammad Imran", ["ur", "ja"]),
    ("Ayesha Siddiqui", ["ur", "en"]),
    ("Bilal Ahmed", ["ur", "en", "ja"]),
    ("Fatima Noor", ["ur", "ja"]),
    ("Olena Kovalenko", ["uk", "ja"]),
    ("Iryna Bondar", ["uk"]),
    ("Taras Melnyk", ["uk", "en", "ja"]),
    ("Oksana Shevchuk", ["uk", "ja"]),
    ("Mehmet Yılmaz", ["tr", "ja"]),
    ("Elif Demir", ["tr"]),
    ("Hasan Çelik", ["tr", "en", "ja"]),
    ("Zeynep Kaya", ["tr", "ja"]),
    ("Rebecca Hall", ["en", "ja"]),
    ("Tom Ashworth", ["en"]),
]
FOREIGN_LANGS = ["en", "mn", "ur", "uk", "tr"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語の通訳", "English-Japanese interpreting", "えいご通訳"],
    "mn": ["モンゴル語の通訳", "монгол хэлний орчуулга", "もんごる語"],
    "ur": ["ウルドゥー語の通訳", "اردو ترجمہ", "うるどぅー語"],
    "uk": ["ウクライナ語の通訳", "український переклад", "うくらいな語"],
    "tr": ["トルコ語の通訳", "Türkçe tercüman", "とるこ語"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "上野（娘）", "【LINEのやりとり】母のスマホ",
       "【LINEより・娘と母】\n母：きょうから　もじが　ぜんぶ　おおきくなって　がめんに　はいりきらない\n娘：え、どうしたの？"
       "\n母：[スタンプ：汗をかいているパンダ]\n母：なんか　さわってたら　こうなった\n娘：私いま大阪だから行けないよ…\n"
       "母：[スタンプ：「たすけて」と書いた旗を振るうさぎ]\n\n（娘より）こんな具合で、母のスマホの画面の設定を直して、"
       "ついでに触り方を教えてくださる方を探しています。"),
    Rq(["smartphone"], "resident", "ひなた（小4）", "おばあちゃんのスマホ",
       "ぼくの　おばあちゃんは、スマホで　しゃしんを　とるのが　すきです。でも、とった　しゃしんを　ぼくに　おくる　やり"
       "かたが　わかりません。ぼくが　おしえても、つぎの日には　わすれちゃいます。ゆっくり　なんかいも　おしえてくれる"
       "人を　さがしています。おねがいします。"),
    Rq(["smartphone"], "resident", "Olha Petrenko", "Смартфон / スマホ の せってい",
       "Я купила японський смартфон, але все меню японською, і я не можу його налаштувати. スマホ を かいました。"
       " せってい が わかりません。 ウクライナご で おしえて くれる ひと を さがして います。", langs=["uk"]),
    # ---- pc
    Rq(["pc"], "group", "中清戸四丁目町会", "定期総会 議事録（抜粋）より",
       "第38回 中清戸四丁目町会 定期総会 議事録（抜粋）\n議案第5号　町会名簿のパソコン管理について\n質疑：会員より"
       "「手書きの名簿では毎年の書き直しが大変」との意見。\n議長：パソコンに入力して管理する方向で諮ったところ、賛成"
       "多数。\n決議：役員がパソコンの操作を習うため、教えてくださる方をボランティアセンターに依頼する。名簿の入力そのもの"
       "は役員が行う。", ["sat-pm"], area="town_nakakiyoto"),
    Rq(["pc"], "resident", "増井 敏夫", "【留守電】",
       "【留守番電話の書き起こし】\nえーと、もしもし。あのー、ボランティアの、ええ、センターさんですか。松山の増井と申し"
       "ます。えー、あのですね、息子が置いていったノートのですね、あのー、電源を入れると、なんか青い画面が出て、えーと、"
       "更新がどうとか。えー、それで、そのまま止まってしまって。あのー、どなたか、見ていただける方がいたらと。えー、また"
       "電話します。失礼します。", area="town_matsuyama"),
    Rq(["pc"], "resident", "Bolormaa Ganbold", "Компьютер / パソコン",
       "Би компьютер дээр ажлын баримт бичиг бичиж сурмаар байна. パソコン で ワード を つかいたい です。 しごと で"
       " ひつよう です。 モンゴルご で おしえて ください。", langs=["mn"]),
    # ---- kaden
    Rq(["kaden"], "group", "民生委員 野塩地区", "訪問記録より　電子レンジ",
       "【訪問記録】民生委員（野塩地区）\n対象：Tさん（86歳・女性・独居）\n状況：先月、息子さんが新しい電子レンジを買って"
       "きたが、ボタンが多く、温めの仕方が分からず使っていないとのこと。冷たいご飯をそのまま食べている様子。\n所見：機器"
       "自体に故障はない。\n依頼事項：使い方をご本人が分かるまで説明してくださる方。", area="town_noshio"),
    Rq(["kaden"], "resident", "Ayşe Arslan", "Çamaşır makinesi / せんたくき",
       "Yeni bir çamaşır makinesi aldım ama bütün düğmeler Japonca. せんたくき の ボタン が ぜんぶ にほんご です。"
       " つかいかた を トルコご で おしえて ほしい です。", langs=["tr"]),
    Rq(["kaden"], "resident", "坂口 清", "二時間で切れるように",
       "エアコンの掃除はこの春に業者さんに来てもらったばかりで、本体はきれいです。困っているのはリモコンのほうで、寝る前"
       "に二時間で切れるようにしたいのに、タイマーの設定がどうしても分かりません。", decoy=["aircon"]),
    # ---- programming
    Rq(["programming"], "resident", "そうた（小5）", "ゲームをつくりたい",
       "ぼくは　ゲームを　するのも　すきだけど、じぶんで　つくってみたいです。学校の　タブレットで　スクラッチを　ちょっと"
       "だけ　やったけど、ネコが　うごくだけで　おわりました。トランプや　オセロの　あいては　いりません。つくりかたを"
       "　おしえてください。", decoy=["boardgame"]),
    Rq(["programming"], "group", "清瀬けん玉クラブ", "子どもたちから新しい要望",
       "けん玉クラブです。練習の合間に、子どもたちから「けん玉の技の回数を数えるアプリを自分たちで作りたい」という声が"
       "上がりました。けん玉は私たちが教えますので、パソコンで簡単なプログラムを作る手ほどきをしていただける方を探して"
       "います。", ["sat-pm"], decoy=["mukashi_asobi"]),
    Rq(["programming"], "resident", "Daniel Brooks", "Coding club for my son",
       "My son (11) wants to learn Python. He goes to a Japanese school, but I'd like someone who can explain things "
       "to both of us in English. Online sessions would be perfect.", langs=["en"], remote=True),
    # ---- handyman
    Rq(["handyman"], "resident", "宮崎 キヨ", "（はがき）玄関の戸のこと",
       "拝啓　秋冷の候、皆様にはお健やかにお過ごしのことと存じます。\nさて、突然のお便りにて失礼いたします。拙宅の玄関"
       "の引き戸が、この夏あたりから重くなり、最後の五センチがどうしても閉まりません。夜は心張り棒をかっております。業者"
       "に頼むほどの大事でもなかろうと思い、筆をとりました。ご都合のよろしい折に、見ていただけましたら幸いです。\n敬具"),
    Rq(["handyman"], "resident", "Imran Qureshi", "الماری کا دروازہ / たな の とびら",
       "میرے گھر کی الماری کا دروازہ ٹوٹ گیا ہے۔ たな の とびら が こわれました。 なおして ほしい です。"
       " ウルドゥーご で はなせる ひと を さがして います。", langs=["ur"]),
    Rq(["handyman"], "group", "グループホーム 竹丘の家", "【連絡帳】居室の手すり",
       "【連絡帳】10月12日（土）\nご家族様へ\n本日のご様子：お昼はよく召し上がり、午後は居室でテレビをご覧になって"
       "いました。\n施設より：先日お話しした、居室入口の手すりのぐらつきの件です。管理会社の修理が年明けになるとのことで、"
       "それまでの間、ねじの締め直しなど応急の処置をしていただける方を、ボランティアでお願いできないかと考えております。"
       "\nご家族より：承知しました。よろしくお願いします。", area="town_takeoka"),
    # ---- bicycle
    Rq(["bicycle"], "resident", "石井 良子", "【留守電】キーキー",
       "【留守番電話の書き起こし】\nあ、えーと、もしもし？あのー、下宿の石井です。えー、あのね、自転車がね、こぐと、えー"
       "と、キーキーって、すごい音がして、あのー、ブレーキも、なんか効きが悪いような気がして。えー、お店まで押していく"
       "のがちょっと、あのー、遠くて。どなたか、見てくださる方がいらしたらと思って。えーと、またかけます。",
       area="town_shitajuku"),
    Rq(["bicycle"], "resident", "Kemal Öztürk", "Bisiklet / じてんしゃ",
       "Bisikletimin zinciri sürekli çıkıyor. じてんしゃ の チェーン が すぐ はずれます。 しごと に いく とき"
       " こまります。 トルコご が わかる ひと、 なおして ください。", WEEKDAY_EVE, langs=["tr"]),
    Rq(["bicycle"], "resident", "ゆうと（小4）", "ぼくの自転車",
       "ぼくの　じてんしゃの　うしろの　タイヤが　ぺちゃんこです。空気を　入れても　つぎの日には　また　ぺちゃんこです。"
       "おとうさんは　しごとで　いそがしいです。土よう日に　なおしかたを　いっしょに　やってくれる人を　さがしています。",
       ["sat-am", "sat-pm"]),
    # ---- kurumaisu
    Rq(["kurumaisu"], "resident", "大塚 トシ", "まっすぐ進まない",
       "主人の車いすが、このごろ押すと左へ左へと曲がっていきます。ブレーキをかけても、坂道で少しずつ動いてしまうのが"
       "怖いのです。押していただくのは私がやりますので、付き添いは要りません。車いすそのものを点検していただける方を。",
       decoy=["escort"]),
    Rq(["kurumaisu"], "group", "民生委員 中里地区", "訪問記録より　車いすのタイヤ",
       "【訪問記録】民生委員（中里地区）\n対象：Hさん（79歳・男性・妻と二人暮らし）\n状況：自費で購入した車いすのタイヤの"
       "空気が抜けており、奥様が押すのに大変重いとのこと。レンタルではないため、業者の定期点検がない。\n所見：タイヤのほか、"
       "ブレーキのききも甘い。\n依頼事項：車いすの点検と空気入れ。", area="town_nakazato"),
    Rq(["kurumaisu"], "resident", "Mykola Savchenko", "Інвалідний візок / くるまいす",
       "Мій батько користується інвалідним візком, і колесо стало погано крутитися. ちち の くるまいす の タイヤ が"
       " うまく まわりません。 なおせる ひと、 ウクライナご で おねがい します。", langs=["uk"]),
    # ---- escort
    Rq(["escort"], "group", "特別養護老人ホーム 清瀬さくら苑", "【連絡帳】眼科の受診について",
       "【連絡帳】11月5日（火）\nご家族様へ\n本日のご様子：朝食を完食され、午前中は体操に参加されました。\n施設より："
       "来週の眼科の受診ですが、ご家族様のご都合がつかないとのこと承知しました。施設の車で病院までお送りしますので、送迎"
       "は不要です。院内で車いすを押し、受付から会計までご一緒いただける付き添いの方を、ボランティアセンターにお願いして"
       "みます。", ["thu-am"], decoy=["driving"]),
    Rq(["escort"], "resident", "佐野（息子）", "母の通院",
       "（息子が入力しています）母が「病院さ一人で行ぐのは、もうおっかねぐってなぁ。誰か一緒に行ってけねべか」と言って"
       "います。月に一度、整形外科の通院です。家から病院まで一緒に歩いて、診察が終わるまでそばにいていただける方を。"),
    Rq(["escort"], "resident", "Tsetsegmaa Bat", "Эмнэлэг / びょういん に いっしょ に",
       "Миний ээж хөлөө гэмтээсэн. はは が あし を けが しました。 びょういん に いっしょ に いって、 くるまいす を"
       " おして ほしい です。 モンゴルご が わかる ひと。", ["tue-am"], langs=["mn"]),
    # ---- gaido
    Rq(["gaido"], "resident", "長田 一郎", "腕を貸していただけませんか",
       "三年前から目がほとんど見えなくなりました。本や手紙は、音声の読み上げで何とかしておりますので、読んでいただく"
       "必要はありません。困っているのは外を歩くことで、月に二度、駅前の銀行とスーパーまで、腕を貸して一緒に歩いて"
       "くださる方を探しております。", decoy=["onyaku"]),
    Rq(["gaido"], "group", "清瀬視覚障害者福祉協会", "定例会 議事録（抜粋）より",
       "清瀬視覚障害者福祉協会 第12回定例会 議事録（抜粋）\n議題3　秋の日帰り旅行について\n・行き先は高尾山口の予定。"
       "\n・会員十名のうち、手引きの必要な者が六名。\n・決定事項：ボランティアセンターを通じて、手引き（同行援護）のできる"
       "方を六名募る。バスの手配は事務局が行う。", ["sun-am", "sun-pm"], helpers=6),
    Rq(["gaido"], "resident", "樋口 節子", "【留守電】主人の散歩",
       "【留守番電話の書き起こし】\nえーと、もしもし、あのー、旭が丘の樋口です。あのー、主人が、えー、緑内障で、目がだい"
       "ぶ悪くなりまして。えーと、散歩が好きな人なんですけど、一人で歩かせるのが、あのー、怖くて。えー、私も膝が悪いも"
       "ので。あのー、目の見えない人の手引きの仕方を知ってる方に、えー、週に一回でも一緒に歩いていただけたらと。はい、"
       "また電話いたします。", area="town_asahigaoka"),
    # ---- onyaku
    Rq(["onyaku"], "group", "民生委員 元町地区", "訪問記録より　郵便物",
       "【訪問記録】民生委員（元町地区）\n対象：Kさん（82歳・男性・独居）\n状況：視力が落ち、届いた郵便物や市報を読めずに"
       "ためている。外出のほうは、近所の方の手引きで足りているとのこと。\n所見：市からの通知に期限のあるものが混じって"
       "いる。\n依頼事項：週に一度訪問し、届いたものを声に出して読んでくださる方。", area="town_motomachi",
       decoy=["gaido"]),
    Rq(["onyaku"], "resident", "安田 茂", "（はがき）時代小説",
       "前略　目を悪くしてから、好きだった時代小説が読めなくなり、ラジオばかり聞いております。録音図書もございますが、"
       "読みたい本に限ってないのです。月に一、二度、拙宅で一時間ほど、声に出して読んでいただける方はおられません"
       "でしょうか。　草々"),
    Rq(["onyaku"], "resident", "Margaret Ellis", "Someone to read to me",
       "My eyesight has failed and I can no longer read my letters or the books my sister sends from England. I'd "
       "love someone who could come once a week and read aloud to me in English.", langs=["en"]),
    # ---- signlang
    Rq(["signlang"], "group", "清瀬ろう者協会", "総会 議事録（抜粋）より",
       "清瀬ろう者協会 第20回総会 議事録（抜粋）\n議案第2号　市民まつりへの出店について\n・当日、一般のお客様との会話を"
       "手話で仲立ちしてくださる方が必要との意見。\n・決議：手話のできるボランティアを二名募集する。",
       ["sun-am", "sun-pm"], helpers=2),
    Rq(["signlang"], "resident", "みお（小4）", "しゅわをおしえてください",
       "わたしの　クラスに　耳の　きこえない　友だちが　転校してきました。その子と　もっと　おしゃべりしたいです。"
       "あいさつや　「いっしょに　あそぼう」を　手話で　言えるように　なりたいです。おしえてくれる人を　さがしています。",
       ["sat-am"]),
    Rq(["signlang"], "resident", "中島（娘）", "父の市役所での手続き",
       "父は生まれつき耳が聞こえず、手話で話します。筆談ではうまく伝わらないことが多く、来月の市役所での手続きに、手話"
       "で間に入ってくださる方が必要です。", WEEKDAY_AM),
    # ---- youyaku
    Rq(["youyaku"], "resident", "永田 早苗", "講演会で笑えない",
       "母は七十を過ぎてから耳が遠くなり、公民館の講演会に行っても、皆さんが笑うところで一人だけ取り残されてしまい"
       "ます。手話は覚えていないので、手話通訳では分かりません。話している内容をその場で文字にして見せていただける方を"
       "探しています。", decoy=["signlang"]),
    Rq(["youyaku"], "group", "清瀬手話サークル「みみずく」", "中途失聴の会員のために",
       "手話サークルです。最近、中途で耳が聞こえなくなった方が入会されましたが、まだ手話がほとんど分かりません。例会の"
       "話の内容を、パソコンか手書きで要約して画面に出していただける方を。手話は私たちで少しずつ教えていきます。",
       ["tue-eve"], decoy=["signlang"]),
    Rq(["youyaku"], "group", "清瀬市立第三中学校", "全校保護者会での文字表示",
       "全校保護者会に、聴覚に障害のある保護者の方が出席されます。校長の話と質疑応答の内容を、スクリーンに文字で映して"
       "いただける方を募集します。会場の機材（プロジェクター）は学校で用意します。", ["fri-pm"], helpers=2),
    # ---- shoki
    Rq(["shoki"], "group", "松山二丁目町会", "臨時総会 議事録（抜粋）より",
       "松山二丁目町会 臨時総会 議事録（抜粋）\n議案第1号　役員の選任について\n・書記の引き受け手がなく、議事録が半年分"
       "たまっている旨、会長より報告。\n・質疑：「記録がないので、前回何を決めたか誰も覚えていない」との意見多数。\n・"
       "決議：次回以降の総会・役員会の議事録をまとめてくださる方を、当面ボランティアで依頼する。", ["sun-am"],
       area="town_matsuyama"),
    Rq(["shoki"], "group", "清瀬音訳グループ「こだま」", "会議の記録係",
       "音訳グループの運営会議が月に一度あるのですが、会員は皆、録音の作業で手一杯です。音訳のお手伝いではなく、会議に"
       "同席して記録をとり、要点を一枚にまとめてくださる方を探しています。", ["mon-pm"], decoy=["onyaku"]),
    Rq(["shoki"], "group", "下清戸PTA OB会", "【LINEグループより】",
       "【LINEグループより】\n会長：次の打ち合わせ、誰か記録とってくれる？\n副会長：[スタンプ：目をそらすハムスター]\n"
       "会計：私は会計で手一杯です🙏\n会長：[スタンプ：「だれか〜」と叫ぶペンギン]\n\n（会長より）というわけで、打ち合わせ"
       "の話し合いを記録して、あとで皆に配れる形にまとめてくださる方を探しています。", area="town_shimokiyoto",
       decoy=["kaikei"]),
    # ---- kaikei
    Rq(["kaikei"], "group", "清瀬お手玉の会", "会計の引き継ぎ",
       "お手玉の会の会計を十年務めた方が引っ越されることになりました。会費の出入りを帳簿につけ、年に一度の総会で収支"
       "報告書を出す役目です。お手玉の指導者は足りていますので、帳簿のほうをお願いできる方を。",
       decoy=["mukashi_asobi"]),
    Rq(["kaikei"], "group", "野塩三丁目町会", "定期総会 議事録（抜粋）より",
       "第41回 野塩三丁目町会 定期総会 議事録（抜粋）\n議案第2号　令和5年度 決算報告\n・会計より、通帳残高と帳簿の合計"
       "が三千二百円合わない旨の報告。\n・監査より、領収書の綴りが不完全との指摘。\n・決議：帳簿の付け方を見直し、次年度"
       "の決算書の作成を手伝ってくださる方を外部に依頼する。", area="town_noshio"),
    Rq(["kaikei"], "group", "子ども食堂 もとまちキッチン", "寄付金の帳簿を",
       "子ども食堂です。いただいた寄付金と食材の購入費を帳簿につけ、助成金の報告書に添える収支報告書を作らなければなり"
       "ません。ご家庭の家計簿の相談ではなく、団体の会計の経験がある方にお願いしたいです。", area="town_motomachi",
       decoy=["kakeibo"]),
    # ---- kakeibo
    Rq(["kakeibo"], "resident", "小山 さくら", "月末になると",
       "毎月、年金が入って二十日もすると財布が空っぽになります。何にそんなに使っているのか、自分でも分かりません。家計"
       "簿というものを付けたことがないので、付け方から一緒に考えていただける方を。"),
    Rq(["kakeibo"], "resident", "Nadia Hussain", "گھر کا بجٹ / かけいぼ",
       "جاپان میں گھر کا خرچ سنبھالنا مشکل ہے۔ にほん の せいかつ で おかね の つかいかた が わかりません。"
       " かけいぼ の つけかた を ウルドゥーご で おしえて ください。", langs=["ur"]),
    Rq(["kakeibo"], "resident", "前田", "【LINEより】うちの家計",
       "【LINEより・夫と妻】\n妻：今月もカードの請求やばい\n夫：[スタンプ：青ざめる犬]\n妻：家計簿アプリ入れたけど三日"
       "で止まった\n夫：俺も\n妻：[スタンプ：土下座するうさぎ]\n\n（妻より）共働きで子どもが二人です。続けられる家計簿の"
       "付け方と、固定費の見直しを相談できる方を探しています。", WEEKDAY_EVE, remote=True),
    # ---- shikai
    Rq(["shikai"], "group", "清瀬手話の会「ひまわり」", "三十周年の集い",
       "会の創立三十周年の記念の集いを開きます。手話通訳は会員がつきますので、マイクを持って会を進行してくださる方を"
       "一名お願いしたいです。プログラムはこちらで用意します。", ["sun-pm"], decoy=["signlang"]),
    Rq(["shikai"], "group", "下宿三丁目町会", "役員会 議事録（抜粋）より",
       "下宿三丁目町会 役員会 議事録（抜粋）\n議題4　敬老のつどいについて\n・例年司会を務めていた副会長が体調不良のため、"
       "今年は欠席。\n・音響は例年どおり業者に依頼済み。\n・決定事項：当日の司会・進行をお願いできる方を、ボランティア"
       "センターに依頼する。", ["sun-am"], area="town_shitajuku", decoy=["onkyo"]),
    Rq(["shikai"], "group", "Kiyose Türk Kültür Derneği", "Festival sunucusu / しかい",
       "Kültür festivalimiz için Türkçe ve Japonca sunuculuk yapabilecek birini arıyoruz. トルコ の おまつり の"
       " しかい を して くれる ひと。 トルコご と にほんご が できる ひと。", ["sat-pm"], langs=["ja", "tr"]),
    # ---- onkyo
    Rq(["onkyo"], "group", "清瀬ハーモニカ同好会", "発表会の音のこと",
       "ハーモニカ同好会の発表会を公民館で開きます。演奏は会員でしますので、演奏のお手伝いは要りません。困っているのは"
       "音のほうで、借りたスピーカーとマイクのつなぎ方も、音量の合わせ方も分かる者がおりません。", ["sun-pm"],
       decoy=["music"]),
    Rq(["onkyo"], "group", "元町商店会", "夏祭り実行委員会 議事録（抜粋）",
       "元町商店会 夏祭り実行委員会 議事録（抜粋）\n議題2　ステージについて\n・昨年、やぐらのスピーカーから音が割れて"
       "聞き取れなかったとの苦情あり。\n・司会は例年どおり商店会長が務める。\n・決定事項：ステージの音響機材の設営と当日"
       "の音量調整をお願いできる方を募る。", ["sat-pm", "sat-eve"], helpers=2, area="town_motomachi",
       decoy=["shikai"]),
    Rq(["onkyo"], "group", "Kiyose International Friendship Club", "Sound setup for our party",
       "We're holding a year-end party for about 80 people at the community hall. We need someone to set up the "
       "speakers and wireless mics and keep the sound right during the speeches. Our members mostly speak English.",
       ["sat-eve"], langs=["en"]),
    # ---- music
    Rq(["music"], "group", "デイサービス ほほえみ", "【連絡帳】歌の時間",
       "【連絡帳】9月20日（金）\nご家族様へ\n本日のご様子：午後の歌の時間に「ふるさと」を大きな声で歌っておられました。"
       "\n施設より：歌の時間はCDに合わせて歌っていますが、利用者さんから「生の伴奏で歌いたい」との声が多く寄せられて"
       "います。ピアノかアコーディオンで伴奏していただけるボランティアの方を、センターに探してもらうことにしました。",
       ["fri-pm"]),
    Rq(["music"], "resident", "竹内 正男", "（はがき）妻の誕生日に",
       "前略　来月、妻が八十の誕生日を迎えます。若いころ二人でよく歌った「青い山脈」を、家でギターの伴奏つきで歌わせて"
       "やりたいのです。当日、拙宅で二、三曲弾いていただける方がおられましたら。　草々"),
    Rq(["music"], "group", "Українська громада Кійосе", "Концерт / コンサート の ばんそう",
       "Ми готуємо невеликий концерт українських пісень і шукаємо піаніста для акомпанементу. ウクライナ の うた の"
       " コンサート で ピアノ を ひいて くれる ひと。 ウクライナご で はなせる ひと。", ["sun-pm"], langs=["uk"]),
    # ---- listening
    Rq(["listening"], "resident", "森田 ハツ", "【留守電】",
       "【留守番電話の書き起こし】\nもしもし、えーと、あのー、梅園の森田です。あのー、別にね、何か困ってるってわけじゃ"
       "ないんですけども、えー、主人が亡くなってから、あのー、一日だれとも口をきかない日が、えーと、多くなりまして。"
       "あのー、こういうのも、頼んでいいのかしら。えー、お茶でも飲みながら、ちょっとお話ししてくださる方が、いたらと。"
       "ごめんなさいね。", area="town_umezono"),
    Rq(["listening"], "resident", "Narantsetseg Dorj", "Ярилцах хүн / はなしあいて",
       "Би Японд ирээд нэг жил болж байна. Монгол хэлээр ярилцах хүн алга. にほん に きて 1ねん。 モンゴルご で"
       " はなし を きいて くれる ひと、 でんわ でも いい です。", langs=["mn"], remote=True),
    Rq(["listening"], "resident", "辻 幸子", "本にするのではなく",
       "九十になる父は、戦争の頃の話を何度でもしたがります。娘の私はもう聞き飽きてしまって。本や冊子にまとめてほしいと"
       "いうのではありません。ただ、父の話にうなずきながら聞いてくださる方がいれば、父はどんなに喜ぶかと。",
       decoy=["jibunshi"]),
    # ---- jibunshi
    Rq(["jibunshi"], "resident", "あかり（小5）", "ひいおじいちゃんのお話",
       "わたしの　ひいおじいちゃんは　九十五さいです。むかし　満州という　ところに　いた話を　してくれます。でも、わたし"
       "は　メモが　おいつきません。ひいおじいちゃんの　お話を　きいて、本みたいに　まとめてくれる人を　さがしています。"),
    Rq(["jibunshi"], "resident", "若林 清", "（はがき）傘寿を機に",
       "拝啓　晩秋の候。\n小生、傘寿を迎えましたのを機に、これまでの人生を一冊にまとめ、孫たちに残したいと考えておりま"
       "す。ところが、いざ書き始めると三行で筆が止まる始末。話を聞き取って文章にしていただける方のお力を借りられればと"
       "存じます。\n敬具"),
    Rq(["jibunshi"], "group", "特別養護老人ホーム 清瀬さくら苑", "【連絡帳】思い出の記録",
       "【連絡帳】12月3日（火）\nご家族様へ\n施設より：先日のご面会の折にお話のあった、お母様の思い出の記録の件です。"
       "お母様は昔のお話をされるときがいちばん生き生きとしておられます。お話をうかがって文章にまとめ、一冊の冊子にして"
       "くださるボランティアの方を探してみます。話し相手のボランティアさんは、すでに毎週来ていただいています。",
       ["wed-pm"], decoy=["listening"]),
    # ---- watch_elder
    Rq(["watch_elder"], "group", "民生委員 上清戸地区", "訪問記録より　声かけの協力者",
       "【訪問記録】民生委員（上清戸地区）\n対象：Sさん（88歳・女性・独居）\n状況：先週、自宅内で転倒し、翌朝まで起き"
       "上がれなかったとのこと。ご本人は施設入所を望んでいない。\n所見：民生委員の訪問は月一回が限度。\n依頼事項：週に"
       "二、三回、玄関先で声をかけ、お変わりないか確かめてくださる近所の方。", area="town_kamikiyoto"),
    Rq(["watch_elder"], "resident", "Farhan Malik", "میرے والد / ちち の ようす",
       "میرے والد اکیلے رہتے ہیں اور میں دوسرے شہر میں کام کرتا ہوں۔ ちち は ひとり で すんで います。"
       " ときどき ようす を みに いって ほしい です。 ちち は ウルドゥーご だけ です。", langs=["ur"]),
    Rq(["watch_elder"], "resident", "川口（娘）", "【LINEより】既読がつかない",
       "【LINEより・娘と父】\n娘：おはよう、生きてる？\n（既読がつかないまま夕方）\n娘：お父さーん\n父：[スタンプ：寝て"
       "いるねこ]\n父：ねとった\n\n（娘より）このやりとりで毎日ひやひやしています。私は名古屋に住んでいます。週に何度か、"
       "父の家に顔を出して様子を見ていただける方を。"),
    # ---- boardgame
    Rq(["boardgame"], "group", "児童館 きよせっこ", "雨の日の遊び相手",
       "児童館です。けん玉やこま回しは、地域の名人の方に毎週来ていただいています。今回お願いしたいのは雨の日のほうで、"
       "室内でトランプやボードゲームを子どもたちと一緒に遊んでくださる方を。", ["wed-pm", "fri-pm"],
       decoy=["mukashi_asobi"]),
    Rq(["boardgame"], "resident", "Fatma Yıldız", "Okey / ゲーム の あいて",
       "Babam 80 yaşında ve okey ya da tavla oynamayı çok seviyor. ちち は 80さい。 ゲーム が すき です。"
       " いっしょ に あそんで くれる ひと、 トルコご で。", langs=["tr"]),
    # ---- mukashi_asobi
    Rq(["mukashi_asobi"], "resident", "れん（小4）", "けん玉がうまくなりたい",
       "ぼくは　けん玉で　もしかめが　十回しか　つづきません。クラスの　大会で　ゆうしょう　したいです。ゲーム機や"
       "　トランプより　けん玉が　すきです。コツを　おしえてくれる　名人を　さがしています。", ["sat-pm"],
       decoy=["boardgame"]),
    Rq(["mukashi_asobi"], "group", "旭が丘子ども会", "役員会 議事録（抜粋）より",
       "旭が丘子ども会 役員会 議事録（抜粋）\n議題1　お正月子ども会について\n・例年の竹とんぼ作りとこま回しを続けたいが、"
       "教えられる役員がいない。\n・決定事項：竹とんぼの作り方とこま回しを教えてくださる方を、ボランティアセンターに"
       "依頼する。", ["sun-am"], area="town_asahigaoka"),
    Rq(["mukashi_asobi"], "group", "学童クラブ たけのこ", "【連絡帳】冬の室内遊び",
       "【連絡帳】1月15日（水）\n保護者の皆様へ\n本日の様子：寒さで外遊びができず、室内で過ごしました。\n学童より：冬の"
       "室内遊びに、お手玉とあやとりを取り入れたいと考えています。遊び方を子どもたちに教えてくださる地域の方を募集中"
       "です。", WEEKDAY_PM),
    # ---- study
    Rq(["study"], "resident", "ゆな（小4）", "わり算がわかりません",
       "わたしは　わり算の　ひっ算が　わかりません。とくに　あまりの　ある　わり算で　いつも　まちがえます。お母さんは"
       "　夜まで　しごとです。しゅうに　一回、おしえてくれる人を　さがしています。", WEEKDAY_PM),
    Rq(["study"], "resident", "Sana Javed", "ریاضی / さんすう の しゅくだい",
       "میری بیٹی چوتھی جماعت میں ہے اور ریاضی کا ہوم ورک مشکل ہے۔ むすめ の さんすう の しゅくだい を"
       " みて ほしい です。 わたし と は ウルドゥーご で はなして ください。", langs=["ur"]),
    Rq(["study"], "resident", "高木（母）", "一次関数",
       "中学二年の息子は、国語や作文は得意で、読書感想文で賞をもらったこともあります。困っているのは数学で、一次関数の"
       "ところで完全につまずいています。週に一度、数学を見ていただける方を。", WEEKDAY_EVE),
    # ---- sakubun
    Rq(["sakubun"], "resident", "こうき（小5）", "読書かんそう文",
       "夏休みの　宿題の　読書かんそう文が　書けません。本は　読みました。でも「おもしろかった」しか　書けません。習字の"
       "　宿題は　もう　おわりました。かんそう文の　書きかたを　おしえてください。", decoy=["calligraphy"]),
    Rq(["sakubun"], "resident", "藤本（母）", "【LINEより】将来の夢",
       "【LINEより・母と息子（中1）】\n息子：作文のテーマ「将来の夢」ってなに書けばいいの\n母：夢あるでしょ\n息子："
       "[スタンプ：白目のゴリラ]\n母：[スタンプ：頭を抱える母ちゃん]\n\n（母より）原稿用紙三枚の作文です。字をきれいに"
       "書くのではなく、中身の組み立て方を教えていただける方を探しています。", WEEKDAY_EVE, decoy=["calligraphy"]),
    Rq(["sakubun"], "resident", "Nataliia Hnatiuk", "Твір японською / さくぶん",
       "Мій син вчиться в японській середній школі і має написати твір японською. むすこ の さくぶん の しゅくだい を"
       " てつだって ほしい です。 わたし と は ウクライナご で はなして ください。", langs=["uk"]),
    # ---- calligraphy
    Rq(["calligraphy"], "resident", "堀 実", "（はがき）お習字の稽古",
       "拝啓　立春とは名ばかりの寒さが続いております。\n退職いたしまして、若いころ途中でやめたお習字をもう一度始めたい"
       "と思い立ちました。筆と硯はございます。月に二度ほど、手ほどきをしていただける先生はおられませんでしょうか。\n敬具"),
    Rq(["calligraphy"], "resident", "はると（小3）", "かきぞめのれんしゅう",
       "ふゆやすみの　しゅくだいで　かきぞめが　あります。「はつゆめ」と　かきます。ふでの　もちかたが　わかりません。"
       "さくぶんは　じぶんで　かけます。ふでの　つかいかたを　おしえてください。", decoy=["sakubun"]),
    Rq(["calligraphy"], "resident", "Enkhtuya Batsukh", "Япон бичлэг / しょどう",
       "Би япон уран бичлэг сурмаар байна. しょどう を ならいたい です。 ふで の つかいかた を モンゴルご で"
       " せつめい して ください。", langs=["mn"]),
    # ---- japanese
    Rq(["japanese"], "resident", "Iryna Marchenko", "Японська мова / にほんご",
       "Я приїхала з України рік тому. Я хочу вивчати японську мову, але мені потрібні пояснення українською."
       " にほんご を べんきょう したい です。 ウクライナご で せつめい して ください。", langs=["uk"]),
    Rq(["japanese"], "resident", "Usman Tariq", "جاپانی زبان / にほんご",
       "میں جاپانی زبان سیکھنا چاہتا ہوں۔ しごと で にほんご が ひつよう です。 ひらがな は すこし。"
       " ウルドゥーご で おしえて ください。", ["sun-pm"], langs=["ur"]),
    Rq(["japanese"], "resident", "Sarnai Gantulga", "nihongo no benkyou",
       "わたし は Mongolia から きました。 びょういん では いつも つうやく の ひと に たのみます。 でも、 じぶん で"
       " はなせる ように なりたい です。 つうやく では なく、 にほんご を おしえて ください。 にほんご で いい です。",
       decoy=["interp"]),
    # ---- interp
    Rq(["interp"], "resident", "Batjargal Sukh", "Эмнэлгийн орчуулга / びょういん の つうやく",
       "Эмнэлэгт орчуулагч хэрэгтэй байна. びょういん で けんさ が あります。 いしゃ の はなし を モンゴルご に"
       " つうやく して ください。", ["mon-am"], langs=["mn"]),
    Rq(["interp"], "resident", "Ayesha Rehman", "اسکول میٹنگ / がっこう の めんだん",
       "بیٹے کے اسکول میں والدین کی میٹنگ ہے۔ むすこ の がっこう で めんだん が あります。 せんせい の"
       " はなし を ウルドゥーご に して ください。", ["wed-pm"], langs=["ur"]),
    Rq(["interp"], "resident", "Murat Aydın", "Belediye / しやくしょ の てつづき",
       "Belediyede bir işlem yapmam gerekiyor. しやくしょ で てつづき が あります。 にほんご を ならいたい の では"
       " なく、 その ひ だけ トルコご で つうやく して ほしい です。", WEEKDAY_AM, langs=["tr"], decoy=["japanese"]),
    Rq(["interp"], "resident", "Viktoriia Lysenko", "Переклад листа / てがみ の ほんやく",
       "Я отримала лист з мерії, але не розумію, що там написано. しやくしょ から てがみ が きました。"
       " ウクライナご に ほんやく して ください。 しゃしん を メール で おくれます。", langs=["uk"], remote=True),
    # ---- cooking
    Rq(["cooking"], "group", "民生委員 竹丘地区", "訪問記録より　三食パンと牛乳",
       "【訪問記録】民生委員（竹丘地区）\n対象：Mさん（83歳・男性・独居）\n状況：奥様が亡くなって半年。台所に立ったこと"
       "がなく、三食ともパンと牛乳で済ませている。体重が五キロ減った。\n所見：食材の買い物は自分でできる。\n依頼事項："
       "週に二回ほど、一緒に台所に立って簡単なおかずを作ってくださる方。", area="town_takeoka"),
    Rq(["cooking"], "group", "清瀬梅干しの会", "収穫祭のまかない",
       "梅干しの会です。秋の収穫祭で、参加者五十人分の豚汁とおにぎりを作ります。梅干しと漬物は会員が持ち寄りますので、"
       "漬け方の指導は不要です。当日、大鍋で豚汁を作っていただける方を。", ["sun-am"], helpers=3,
       decoy=["tsukemono"]),
    Rq(["cooking"], "resident", "岡本（息子）", "【LINEより】晩ごはん何食べた？",
       "【LINEより・息子と母】\n息子：晩ごはん何食べた？\n母：おせんべい\n息子：それごはんじゃない\n母：[スタンプ：てへ"
       "ぺろのおばあさん]\n\n（息子より）母は料理が好きだったのですが、最近は作るのが億劫になったようです。週に一度、母"
       "と一緒に晩ごはんを作ってくださる方を探しています。", WEEKDAY_EVE),
    # ---- tsukemono
    Rq(["tsukemono"], "resident", "青木 キヨ", "梅がたくさん落ちて",
       "庭の梅の木に今年はたくさん実がつき、毎朝ぽとぽと落ちております。木の手入れは植木屋さんに頼んでありますので"
       "結構です。亡くなった母が毎年漬けていた梅干しを、私も漬けてみたいのですが、塩の加減も干し方も分かりません。",
       decoy=["pruning"]),
    Rq(["tsukemono"], "resident", "佐々木 ヨシ", "【留守電】ぬか床",
       "【留守番電話の書き起こし】\nあのー、もしもし、えーと、中里の佐々木です。あのね、えー、ぬか床をね、嫁に行った娘"
       "にもらったんですけど、あのー、すぐ酸っぱくなっちゃって。えーと、かき混ぜ方がいけないのか、あのー、塩が足りない"
       "のか。えー、ぬか漬けに詳しい方に、いっぺん見ていただけたらと。はい、よろしく。", area="town_nakazato"),
    Rq(["tsukemono"], "group", "清瀬こま回し保存会", "新年会の手前味噌",
       "こま回し保存会の新年会で、会員が自分で仕込む手前味噌づくりに挑戦することになりました。こまの回し方は会員同士で"
       "教え合えますが、味噌の仕込み方を知る者がおりません。大豆と麹の扱いを指導していただける方を。", ["sat-am"],
       decoy=["mukashi_asobi"]),
    # ---- garden
    Rq(["garden"], "resident", "堀口（娘）", "【LINEより】腰まで",
       "【LINEより・娘と母】\n母：庭の草がね　腰までのびた\n娘：腰まで！？\n母：[スタンプ：ジャングルの中で手を振る"
       "くま]\n母：おとなりさんに　わるくて\n\n（娘より）母は膝を悪くしてしゃがめません。夏の間、月に一度草取りに入って"
       "いただける方を探しています。"),
    Rq(["garden"], "group", "清瀬市立第九小学校 栽培委員会", "花だんの草とり",
       "ぼくたちは　さいばい委員会です。学校の　花だんに　草が　いっぱい　はえて、チューリップの　球根を　うえる　ばしょ"
       "が　ありません。草とりを　てつだってくれる　地いきの人を　さがしています。（委員長　5年　たくみ）", ["sat-am"],
       helpers=3),
    # ---- pruning
    Rq(["pruning"], "resident", "西川 トメ", "（はがき）生け垣のこと",
       "前略　拙宅の生け垣が伸び放題となり、お隣の駐車場にはみ出して、ご迷惑をおかけしております。主人が元気なころは"
       "毎年刈り込んでくれておりましたが。刈り込んでいただける方がおられましたら、お便りくださいませ。　草々"),
    Rq(["pruning"], "group", "清瀬梅干しの会", "会の梅林の枝",
       "梅干しの会で借りている梅林の木が、ここ数年枝が込み合い、実つきが悪くなってきました。梅の漬け方は私たちのほうが"
       "詳しいくらいなので、今回は枝の剪定をお願いできる方を。", ["sat-am"], helpers=2, decoy=["tsukemono"]),
    Rq(["pruning"], "resident", "久保 隆", "【留守電】ガリガリ",
       "【留守番電話の書き起こし】\nえー、もしもし。あのー、元町の久保と申します。えーと、庭の松の木の枝がですね、あの"
       "ー、二階の窓に当たって、風の強い夜は、えー、ガリガリって音がして眠れないんです。えー、切っていただける方を、"
       "あのー、探しておりまして。以上です。", area="town_motomachi"),
    # ---- mizuyari
    Rq(["mizuyari"], "resident", "増田 恵子", "入院中のベランダ",
       "来週から三週間ほど入院します。猫は娘が預かってくれることになりましたので大丈夫です。心配なのはベランダの鉢植え"
       "二十鉢ほどで、この暑さでは三日ともちません。二日に一度、水をやりに来ていただける方を。", decoy=["pet"]),
    Rq(["mizuyari"], "group", "清瀬市立第四小学校 2年1組", "あさがおの水やり",
       "2年1組の　みんなで　そだてている　あさがおに、夏休みの　あいだ　水を　やってくれる人を　さがしています。先生も"
       "　ときどき　きますが、まいにちは　むりです。あさがおが　かれないように　おねがいします。（がっきゅういいん　みく）",
       ["mon-am", "wed-am", "fri-am"], helpers=2),
    # ---- pet
    Rq(["pet"], "resident", "中村 美咲", "お盆の五日間",
       "お盆に五日間帰省します。ベランダの植木は自動の水やり器をつけたので心配ありません。問題は猫二匹で、朝晩のえさと"
       "トイレの掃除をお願いできる方を探しています。", decoy=["mizuyari"]),
    Rq(["pet"], "resident", "Ganbaatar Ochir", "Нохой / いぬ の さんぽ",
       "Би хоёр долоо хоног Монгол руу явна. Нохойгоо хэн нэгэнд асруулмаар байна. 2しゅうかん モンゴル に かえり"
       "ます。 いぬ の さんぽ と えさ を おねがい します。 にほんご で だいじょうぶ です。"),
    Rq(["pet"], "group", "民生委員 梅園地区", "訪問記録より　夜鳴き",
       "【訪問記録】民生委員（梅園地区）\n対象：Yさん（80歳・女性・独居）\n状況：股関節の手術後、犬（柴犬・十歳）の散歩"
       "に出られない。犬が夜鳴きをするようになり、近所から苦情。\n依頼事項：朝夕どちらかで、犬の散歩をしてくださる近所"
       "の方。", area="town_umezono"),
    # ---- tidy
    Rq(["tidy"], "resident", "長谷部 修", "足の踏み場",
       "遺品整理の業者さんかと聞かれたのですが、違います。私はまだ元気です。ただ、趣味の本と雑誌が床から積み上がって、"
       "居間で足の踏み場がなくなりました。捨てるものと残すものを一緒に仕分けて、棚に並べるのを手伝っていただける方を。"),
    Rq(["tidy"], "group", "グループホーム 竹丘の家", "【連絡帳】押し入れの中",
       "【連絡帳】2月10日（月）\nご家族様へ\n施設より：お父様の居室の押し入れに、持ち込まれた荷物がいっぱいで、季節の"
       "衣類が取り出せない状態です。ご家族様が遠方とのことですので、ボランティアさんにお願いして、ご本人と一緒に押し入れ"
       "の中を整理していただこうと考えております。", area="town_takeoka"),
    Rq(["tidy"], "resident", "Rukhsana Bibi", "صفائی / そうじ",
       "میں نے آپریشن کروایا ہے اور بھاری کام نہیں کر سکتی۔ しゅじゅつ を しました。 へや の そうじ と"
       " かたづけ を てつだって ください。 ウルドゥーご で はなせる ひと に おねがい したい です。", langs=["ur"]),
    # ---- ihin
    Rq(["ihin"], "resident", "佐藤 隆", "母の部屋",
       "母が亡くなって四十九日が過ぎました。お墓のことは菩提寺と石屋さんにお願いしてありますので大丈夫です。手がつけられ"
       "ずにいるのは母の部屋で、着物や手紙や写真を、形見として残すものと処分するものに分けるのを手伝っていただける方を。",
       decoy=["haka"]),
    Rq(["ihin"], "group", "民生委員 下宿地区", "訪問記録より　書斎と物置",
       "【訪問記録】民生委員（下宿地区）\n対象：Wさん（77歳・女性・独居）\n状況：昨年ご主人が亡くなり、書斎と物置にご主人"
       "の持ち物がそのまま残っている。ご本人は思い出すとつらいと涙ぐまれる。\n所見：業者に一括で頼むことには抵抗がある"
       "様子。\n依頼事項：ご本人のお気持ちに寄り添いながら、遺品の仕分けを一緒にしてくださる方。", area="town_shitajuku"),
    Rq(["ihin"], "resident", "Svitlana Horbenko", "Речі бабусі / そぼ の にもつ",
       "Моя бабуся померла в Кійосе, і я маю розібрати її речі. そぼ が なくなりました。 そぼ の にもつ の せいり を"
       " てつだって ほしい です。 ウクライナご で はなせる ひと。", langs=["uk"]),
    # ---- lifting
    Rq(["lifting"], "group", "中里一丁目町会", "役員会 議事録（抜粋）より",
       "中里一丁目町会 役員会 議事録（抜粋）\n議題3　防災倉庫の入れ替えについて\n・古い発電機と簡易トイレ（計約200kg）を"
       "搬出し、新しい備蓄品を搬入する。\n・役員は高齢者ばかりで、重いものを運べる者がいない。\n・決定事項：当日の運搬"
       "に男手を四名、ボランティアセンターに依頼する。", ["sat-am"], helpers=4, area="town_nakazato"),
    Rq(["lifting"], "resident", "Hasan Doğan", "Taşınma / れいぞうこ",
       "Yeni daireme taşınıyorum ve buzdolabını tek başıma taşıyamıyorum. れいぞうこ を はこぶ の を てつだって"
       " ください。 トルコご で はなせる ひと。", langs=["tr"], helpers=2),
    Rq(["lifting"], "resident", "安藤 幸子", "タンスを二階へ",
       "介護ベッドを入れるので、一階の和室の洋服ダンスを二階へ上げたいのです。中身の整理はもう済ませてありますので、"
       "片付けのお手伝いは要りません。タンスを階段で運べる方を二人。", helpers=2, decoy=["tidy"]),
    # ---- haka
    Rq(["haka"], "resident", "島村 トシ", "（はがき）お彼岸の前に",
       "前略　主人の遺したものの整理は、息子夫婦が済ませてくれました。気がかりなのはお墓のほうで、足が弱ってからは霊園"
       "の坂を上れず、一年近くお参りもできずにおります。お彼岸の前に、墓石を洗って草を抜いていただける方はおられません"
       "でしょうか。　草々", decoy=["ihin"]),
    Rq(["haka"], "group", "特別養護老人ホーム 清瀬さくら苑", "【連絡帳】お彼岸には",
       "【連絡帳】3月14日（金）\nご家族様へ\n本日のご様子：「お彼岸にはお父さんのお墓に行きたい」と何度もおっしゃって"
       "いました。\n施設より：施設の車でお送りすることはできますが、墓前での掃除までは職員の手が回りません。ご本人と一緒"
       "にお墓を掃除してくださるボランティアさんを探してみます。", ["sat-am"], decoy=["driving"]),
    # ---- aircon
    Rq(["aircon"], "resident", "加藤（娘）", "【LINEより】すっぱいにおい",
       "【LINEより・娘と父】\n父：エアコンつけたら　すっぱいにおいがする\n娘：去年掃除した？\n父：[スタンプ：首をかしげる"
       "たぬき]\n父：リモコンはつかえる\n娘：そこは聞いてない\n\n（娘より）リモコンの操作は父もできます。エアコンの中を"
       "掃除していただける方を探しています。", decoy=["kaden"]),
    Rq(["aircon"], "resident", "菅原（娘）", "父の台所",
       "（娘が父の言葉のまま入力しています）父が『換気扇さ油がこびりついで、回すとガタガタいうんだ。おら一人では脚立さ"
       "上がれねえがら、誰か掃除してけねべか』と言っています。台所の換気扇とレンジフードの掃除をお願いできる方を。"),
    Rq(["aircon"], "group", "元町三丁目町会", "役員会 議事録（抜粋）より",
       "元町三丁目町会 役員会 議事録（抜粋）\n議題2　集会所の夏の使用について\n・集会所のエアコンが、冷えが悪く、かび"
       "臭いとの苦情が複数。\n・電器店の点検では故障ではなく、内部の汚れが原因とのこと。\n・決定事項：エアコン二台の分解"
       "清掃をお願いできる方を募る。", ["sat-am"], area="town_motomachi"),
    # ---- driving
    Rq(["driving"], "group", "デイサービス ほほえみ", "【連絡帳】歯科の行き帰り",
       "【連絡帳】4月2日（水）\nご家族様へ\n施設より：来週火曜の歯科受診ですが、院内は歯科の受付の方が対応してくださる"
       "そうで、付き添いは不要です。施設の送迎車がその時間ふさがっておりますので、歯科までの行き帰りだけ車で送ってくだ"
       "さる方をお願いしております。", ["tue-am"], decoy=["escort"]),
    Rq(["driving"], "resident", "Munkhbat Tserendorj", "Машин / くるま で おくって",
       "Манай хүү хөлөө хугалсан. こども が あし の ほね を おりました。 びょういん まで くるま で おくって ほしい"
       " です。 モンゴルご が わかる ひと。", ["wed-am"], langs=["mn"]),
    Rq(["driving"], "resident", "野口 清", "【留守電】免許を返納して",
       "【留守番電話の書き起こし】\nえー、もしもし。あのー、竹丘の野口です。えーと、免許を、あのー、返納しまして。えー、"
       "それで、スーパーが遠くて。あのー、週に一回でいいので、車で、えー、乗せていっていただける方がいたらと。買い物は"
       "自分でできますので。えー、よろしくお願いします。", area="town_takeoka"),
    # ---- two asks (main first)
    Rq(["kurumaisu", "escort"], "resident", "前川 ミツ", "通院の日の朝に",
       "来月の通院の日までに、主人の車いすのブレーキを直していただき、当日はそのまま病院まで一緒に押していっていただけ"
       "ると助かります。どちらか一方だけでもありがたいです。", ["fri-am"]),
    Rq(["youyaku", "shoki"], "group", "清瀬難聴者の会", "例会の文字表示と記録",
       "難聴者の会の例会で、話の内容をその場でスクリーンに文字で出していただき、あわせて終わったあとに議事録としてまと"
       "めていただける方を。手話は会員のほとんどが使いません。", ["thu-pm"], decoy=["signlang"]),
    Rq(["shikai", "onkyo"], "group", "野塩一丁目町会", "盆踊り大会 実行委員会 議事録（抜粋）",
       "野塩一丁目町会 盆踊り大会実行委員会 議事録（抜粋）\n・やぐらの司会と、スピーカー・マイクの音響の担当がともに未定。"
       "\n・太鼓と唄は保存会が担当（演奏の手配は不要）。\n・決定事項：司会と音響を、それぞれボランティアにお願いする。",
       ["sat-eve"], helpers=2, area="town_noshio", decoy=["music"]),
    Rq(["kaikei", "pc"], "group", "清瀬あやとりクラブ", "帳簿をパソコンで",
       "クラブの帳簿を、ノートからパソコンの表計算に移したいと考えています。会計の仕組みが分かっていて、エクセルでの作り"
       "方も教えていただける方を。あやとりの指導者は間に合っています。", decoy=["mukashi_asobi"]),
    Rq(["jibunshi", "pc"], "resident", "大野 清", "自分史をパソコンで",
       "自分史を書きたいのですが、お願いが二つあります。私の話を聞いて文章にまとめていただくことと、それを自分でパソコン"
       "で打ち直せるように教えていただくことです。"),
    Rq(["tsukemono", "cooking"], "group", "子ども食堂 もとまちキッチン", "食育の日",
       "子ども食堂の食育の日に、子どもたちと梅シロップを仕込み、そのあと夕食のカレーを一緒に作ります。漬け込みと調理、"
       "両方わかる方がいればうれしいです。", ["sat-pm"], area="town_motomachi"),
    Rq(["ihin", "lifting"], "resident", "Kateryna Ivanenko", "Речі та меблі / にもつ と かぐ",
       "Після смерті мого чоловіка треба розібрати його речі та винести важкі меблі. おっと が なくなりました。 おっと の"
       " にもつ の せいり と、 おもい かぐ を はこぶ の を てつだって ください。 ウクライナご で。", langs=["uk"],
       helpers=2),
    Rq(["gaido", "haka"], "resident", "村井 正", "妻の墓へ",
       "目がほとんど見えません。春のお彼岸に、妻の墓へ参りたいのです。霊園の中を手引きして歩いていただき、墓石を洗うの"
       "も手伝っていただける方を。", ["sat-am", "sun-am"]),
    Rq(["mizuyari", "pet"], "resident", "Zeynep Aksoy", "Bitkiler ve kedi / うえき と ねこ",
       "İki haftalığına Türkiye'ye gidiyorum. 2しゅうかん トルコ に かえります。 ベランダ の うえき の みずやり と、"
       " ねこ の えさ を おねがい します。 トルコご で はなせる ひと。", langs=["tr"]),
    Rq(["programming", "pc"], "group", "下清戸児童館", "パソコンクラブ",
       "児童館でパソコンクラブを始めます。前半はマウスやキーボードの基本、後半はスクラッチでのプログラミング。両方、または"
       "片方だけでも教えていただける方を。", ["wed-pm"], helpers=2, area="town_shimokiyoto"),
    Rq(["mukashi_asobi", "listening"], "group", "いきいきサロン 梅園", "サロンの昔遊びの日",
       "サロンで「昔遊びの日」をします。お手玉やけん玉を皆さんと楽しみつつ、子どものころの思い出話に耳を傾けていただける"
       "方を。", ["thu-am"], area="town_umezono"),
    Rq(["aircon", "tidy"], "resident", "Muhammad Aslam", "AC aur safai / エアコン と そうじ",
       "ایئر کنڈیشنر سے بدبو آتی ہے اور گھر بھی صاف کرنا ہے۔ エアコン の そうじ と、 へや の そうじ を"
       " おねがい します。 ウルドゥーご で。", langs=["ur"]),
    Rq(["shoki", "kaikei"], "group", "上清戸二丁目自治会", "役員の成り手がいません",
       "自治会の役員の成り手がなく、書記と会計が空席のままです。総会の議事録づくりと、会費の帳簿づけの両方、もしくは"
       "どちらかをお手伝いいただける方を。", area="town_kamikiyoto"),
    Rq(["watch_elder", "pet"], "resident", "宮本（娘）", "母と柴犬",
       "母は一人暮らしで、柴犬と暮らしています。私は大阪に住んでいて、母の様子が心配です。週に何度か母の家に顔を出して"
       "様子を見、ついでに犬の散歩もしていただけると助かります。"),
    Rq(["study", "sakubun"], "resident", "坂本（母）", "【LINEより】受験",
       "【LINEより・母と娘（中3）】\n娘：数学の過去問ぜんぜんわかんない\n娘：あと作文もある（推薦）\n母：[スタンプ：白目"
       "をむくねこ]\n娘：[スタンプ：泣き顔のうさぎ]\n\n（母より）高校受験に向けて、数学と推薦入試の作文の両方を見て"
       "いただける方を探しています。", WEEKDAY_EVE),
    Rq(["interp", "escort"], "resident", "Oyun-Erdene Bold", "Эмнэлэг ба орчуулга / びょういん と つうやく",
       "Ээж маань Монголоос ирсэн. はは が モンゴル から きました。 びょういん に いっしょ に いって、 いしゃ の"
       " はなし を モンゴルご に して ほしい です。", ["thu-am"], langs=["mn"]),
    Rq(["bicycle", "kurumaisu"], "resident", "山崎 茂", "タイヤの空気が二つとも",
       "私の自転車と、家内の車いすと、どちらもタイヤの空気がすぐ抜けるようになりました。両方まとめて見ていただける方が"
       "いれば。"),
    Rq(["signlang", "escort"], "resident", "上田（息子）", "ろうの母の通院",
       "母は耳が聞こえず、手話で話します。月に一度の内科の通院に付き添い、診察室では医師の話を手話で母に伝えていただ"
       "ける方を探しています。", ["mon-am"]),
]  # fmt: skip


PREFIX = "F10"


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data,
    built under a two-letter prefix and renamed to F10: freshset.build_renamed)."""
    return build_renamed(SimpleNamespace(**globals()), PREFIX)


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F10 ids), and when this set's own data breaks its promises
    (a decoy CLOSE to its request's ask, a pair both CLOSE and RELATED, a concept no request asks for, a trap pair
    declared CLOSE or RELATED, a foreign language no name speaks)."""
    check_files(out, areas_file, PREFIX)
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


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


if __name__ == "__main__":
    write()
