#!/usr/bin/env python3
"""fresh9: a ninth blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh8.py on freshset.py.  Every request text and every
volunteer tag / bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv)
are derived only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py -
fresh8.py apply them (CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's
grades or the other sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh4 - fresh8:
  * registers: a neighbourhood association's 回覧 notice (「回覧　…町会」「ご覧になりましたら次の方へ」), school
    学級通信 / 学童だより-style letters (「○年○組 学級通信『…』第○号」「保護者の皆様、地域の皆様へ」), social-media
    posts with hashtags (#ボランティア募集 #清瀬 #パンク) and emoji, texts a daughter typed for her father, quoting
    him in 名古屋弁 (「えらいでかんわ」「見てちょう」「おそがいで」) or 博多弁 (「しきらんと」「よかと?」「きつかけん」),
    requests that are mostly a list of dates, times and places with the ask in one word after an arrow (「→ 研ぎ」
    「→ 付き添い」), numbered FAQ-style questions (Q1. … Q2. …), requests by foreign residents in simple Japanese
    with spaces between words (分かち書き) and romaji words (「わたし の jitensha、 パンク しました」), katakana-heavy
    business jargon (「サポートスタッフ」「アテンド」「ファシリテート」「アサイン」「マストスキル」); on the volunteer side
    bios as short 自己PR bullet points (「・防災士\\n・…」) and bios in old-fashioned 〜であります / 〜でござる style;
  * languages: Spanish, Burmese, Sinhala (Burmese and Sinhala new to the sealed sets), French and English — the
    languages volunteers speak here (es, my, si, fr, en) and 25 requests require (the language field is a hard
    constraint); some foreign writers say Japanese is fine and require nothing;
  * needs named by their effect or a situation (「トマトがつぶれる」「二階のといから滝のように」「もう十月なのに半袖
    しか」「電話が鳴るのはセールスのときだけ」「毎月の携帯代が一万二千円」「健診で血糖値を」), the ask late or only in
    the title, who-asks phrases that name another skill (「清瀬折り紙サークル」「梅園子ども食堂」「清瀬写経の会」「清瀬
    書道同好会」「清瀬絵手紙の会」「見守り隊」), requests that say what they do NOT need (「操作を習いたいのではありません」
    「動画を作るのではなく見るだけ」「将棋は嫌い」「オセロではなく将棋」「字のきれいな人に書いてもらうのではなく」
    「答えは教えないで」「通訳は市から来ます」「料理を作ってもらうのではなく」);
  * 40 concepts, 14 of them new to fresh4 - fresh8 (携帯の契約・料金の相談, 動画・スライドショー作り, チラシ・ポスター
    作り, 包丁研ぎ, 落ち葉掃き・雨どい掃除, 衣替え, 献立の相談, 将棋以外の遊び相手 (オセロ・トランプ・花札), 救命講習・
    AED, 学童の宿題見守り, 外国ルーツの子の学習支援, 写経, 絵手紙, 履歴書・面接の相談), and splits of near concepts
    (スマホ操作 | 携帯の契約, パソコン | チラシ | 動画, 草取り | 落ち葉掃き, 片付け | 衣替え | 裁縫, 料理 | 献立 | 包丁研ぎ,
    将棋 | ゲーム, 学習支援 | 学童の見守り | 外国ルーツの子, 書道 | 写経 | 絵手紙, 防災 | 救命講習);
  * near-but-different traps, graded 0 for each other: オセロ・花札 (boardgame) / 将棋 (shogi), 携帯の契約 (keiyaku) /
    スマホの操作 (smartphone), 写経 (shakyo) / 絵手紙 (etegami), 学童の「見守り」(gakudo) / 高齢者の見守り
    (watch_elder), 衣替え (koromogae) / 裾上げ (sewing), 落ち葉掃き (ochiba) / 室内の片付け (tidy), 包丁研ぎ (hamono)
    / 修繕 (handyman), 包丁研ぎ (hamono) / 料理 (cooking), 外国ルーツの子の学習 (kids_jp) / 通訳 (interp), 動画づくり
    (douga) / テレビ・ネットの接続 (tv_wifi), 履歴書の相談 (rirekisho) / 書道 (calligraphy);
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0).

Counts: 136 requests (116 with one ask, 20 with two), about 450 volunteers (200 drawn at random, 21 pure-trap
fillers, one decoy per named-but-not-asked skill, a constraint trap on every third request, and planted fits so that
every request has two volunteers of grade >= 2); the run prints the exact figures.

Grades (freshset.grade(), as fresh4 - fresh8):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a 書道 teacher for 写経) = the place grade
  minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh9.py          # writes bench/heldout/fresh9/{volunteers,requests}.jsonl,
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
from freshset import (  # noqa: E402  (the generator and grader code shared with fresh4 - fresh8)
    build as build_set,
)

SEED = 20270902
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh9"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 200
WEEKDAY_AM = ["mon-am", "tue-am", "wed-am", "thu-am", "fri-am"]
WEEKDAY_PM = ["mon-pm", "tue-pm", "wed-pm", "thu-pm", "fri-pm"]
WEEKDAY_EVE = ["mon-eve", "tue-eve", "wed-eve", "thu-eve", "fri-eve"]
WEEKEND = ["sat-am", "sat-pm", "sun-am", "sun-pm"]

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana, variants);
# bio = sentences that imply the skill through experience, some as 自己PR bullet points (「・防災士\n・…」), some in
# an old-fashioned 〜であります / 〜でござる voice, some naming what the volunteer can NOT do beside what they can
# (「将棋はさっぱりですが、オセロや花札なら」) — the volunteer has the sentence's concept, never the denied one's.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "keiyaku", "pc", "douga", "chirashi", "tv_wifi", "videocall"}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホの使い方", "スマホ操作サポート", "すまーとふぉん", "iPhone設定", "アンドロイドの操作",
              "スマホの文字入力", "ｽﾏﾎ相談", "スマホのアプリ", "スマホ初心者さん歓迎", "スマホの画面設定"],
        bio=["・スマホ教室のアシスタント歴3年\n・「ゆっくり、何度でも」がモットー\n",
             "携帯ショップで、買ったばかりのスマートフォンの初期設定をお客様と一緒にする係を六年務めたのであります。",
             "老人会では、スマホの画面がおかしくなったら私のところへ持ってくるのが決まりになっています。",
             "携帯代の節約のことは分かりませんが、スマホの操作ならひとつずつ一緒にやれます。",
             "スマホの扱いならば、孫に仕込まれていささか心得がござる。"],
    ),
    "keiyaku": dict(
        tags=["携帯の契約相談", "料金プランの見直し", "格安SIM", "スマホ料金の相談", "けいやく相談", "携帯会社の乗り換え",
              "MNP", "通信費の節約", "携帯の解約手続き", "ｷｬﾘｱ乗り換え"],
        bio=["携帯電話会社のショップで、料金プランと契約の窓口を十年担当しました。",
             "・通信費の見直しが得意\n・家族五人分を格安SIMに乗り換えさせた実績あり\n",
             "毎月の携帯代が高すぎると嘆く友人たちの請求明細を、何十枚も一緒に読み解いてきました。",
             "消費生活センターの相談員として、スマホの解約や違約金の相談を受けておったのであります。"],
    ),
    "pc": dict(
        tags=["パソコン指導", "PC基本操作", "ワード文書", "エクセル入力", "パソコンのトラブル", "ぱそこん教室",
              "Windows設定", "ﾉｰﾄPC", "PCのメール設定", "パソコン相談室"],
        bio=["会社のシステム部門で、社員のパソコン係を二十年やってきました。",
             "・PC歴30年\n・Word/Excelは人に教えられるレベル\n",
             "パソコンのことならば、電源の入れ方からお教えいたす所存でござる。",
             "公民館のパソコン講座で、受講生の横について操作のお手伝いをしています。"],
    ),
    "douga": dict(
        tags=["動画編集", "スライドショー作成", "どうが編集", "思い出ムービー", "YouTube投稿", "動画の撮影と編集",
              "iMovie", "ムービー作り", "写真で動画づくり", "動画の字幕入れ"],
        bio=["友人の結婚式の余興ムービーを頼まれ続けて、これまで十本以上作りました。",
             "・趣味はVlog制作\n・写真と音楽でスライドショーを作れます\n",
             "映像制作の会社で、番組の編集をしておったのであります。",
             "孫の運動会の映像に字幕と音楽をつけて、親戚一同に配るのが毎年の楽しみです。"],
    ),
    "chirashi": dict(
        tags=["チラシ作成", "ポスターづくり", "ちらし作り", "広報物のデザイン", "イラストレーター", "Canva",
              "告知ポスター", "会報のレイアウト", "DTP", "フライヤー制作"],
        bio=["印刷会社で、スーパーのチラシのレイアウトを十五年担当しました。",
             "・Canvaでポスター作成\n・町内イベントの告知物を毎年制作\n",
             "町内会の夏祭りのポスターは、ここ数年ずっと私が作っています。",
             "広告代理店でデザイナーを務めておったのであります。"],
    ),
    "tv_wifi": dict(
        tags=["テレビの接続", "Wi-Fi接続", "ルーターの設定", "ネット回線", "テレビの映りの相談", "わいふぁい",
              "レコーダーの配線", "チューナー設定", "ﾃﾚﾋﾞ配線", "Fire TV Stick"],
        bio=["電器店で、テレビとレコーダーの取り付けにお客様のお宅を回っていました。",
             "・元家電量販店勤務\n・テレビ、Wi-Fiの接続はお任せ\n",
             "ネット回線の開通工事を十年やっておりました。",
             "配線のこんがらがったテレビの裏を見ると、ほどかずにはおれぬ性分でござる。"],
    ),
    "videocall": dict(
        tags=["ビデオ通話", "LINEのビデオ通話", "Zoom接続", "テレビ電話", "オンライン通話のサポート", "びでお通話",
              "WhatsApp通話", "Skype", "画面越しの面会"],
        bio=["遠方の両親と毎週ビデオ通話をしているので、つなぎ方の説明には慣れています。",
             "・Zoomのホスト経験多数\n・オンライン会議の接続サポート\n",
             "施設の職員として、入所者とご家族の画面越しの面会を取り持っておったのであります。"],
    ),
    "shoji": dict(
        tags=["障子張り", "ふすまの張り替え", "障子の張替え", "襖張り", "しょうじ張り", "表具", "障子紙の張り替え",
              "ふすま紙", "破れた障子の補修"],
        bio=["表具店に四十年勤め、障子もふすまも数えきれぬほど張ってまいりました。",
             "・年末は実家と親戚の障子張り担当\n・のりと刷毛は持参できます\n",
             "寺の障子の張り替えを、檀家仲間と毎年引き受けておるのであります。"],
    ),
    "handyman": dict(
        tags=["日曜大工", "修繕", "ちょっとした修理", "棚の取付け", "建付けの調整", "DIY歴20年", "にちようだいく",
              "ドアノブ交換", "戸車の交換", "工具一式あり"],
        bio=["住宅リフォームの会社で大工をしていました。",
             "・DIYが趣味\n・棚、手すり、戸の調整など\n",
             "家の中の修繕ごとは、若い頃より一通り手がけてきたのでござる。",
             "マンションの管理組合で、共用部の小さな修理を引き受けています。"],
    ),
    "hamono": dict(
        tags=["包丁研ぎ", "刃物研ぎ", "ほうちょう研ぎ", "はさみ研ぎ", "砥石持参", "包丁の研ぎ直し", "刃物の手入れ",
              "研ぎ師", "包丁とぎ"],
        bio=["料理屋で板前をしていたので、毎日自分の包丁を研いでいました。",
             "・砥石三種類持参\n・包丁、はさみ、鎌の研ぎ直しOK\n",
             "刃物を研ぐことは、鍛冶屋の父から受け継いだ唯一の芸であります。",
             "料理はまったくしませんが、包丁を研ぐのだけは得意で、地域のお祭りで研ぎのコーナーを出しています。"],
    ),
    "bicycle": dict(
        tags=["自転車修理", "パンク修理", "じてんしゃ整備", "チューブ交換", "ブレーキの調整", "チェーンの油さし",
              "自転車屋", "空気入れ", "ママチャリ点検"],
        bio=["自転車店で二十年、修理を担当していました。",
             "・ロードバイク歴15年\n・パンク修理、ブレーキ調整できます\n",
             "息子三人の自転車のパンクを、全部自分で直してきました。",
             "自転車の整備は、鉄道会社を退いてからの道楽でござる。"],
    ),
    "ochiba": dict(
        tags=["落ち葉掃き", "落葉の掃除", "おちば拾い", "雨どいの掃除", "庭の掃き掃除", "竹ぼうき", "落ち葉集め",
              "道路の清掃", "側溝の掃除"],
        bio=["毎朝、神社の境内の落ち葉を掃いております。",
             "・朝の掃き掃除が日課\n・雨どいの詰まり取りもできます\n",
             "公園の清掃の仕事で、秋は毎日落ち葉と格闘していました。",
             "けやき並木の家で育ちましたゆえ、落葉の始末はお手の物であります。"],
    ),
    "garden": dict(
        tags=["草取り", "草むしり", "除草", "庭の手入れ", "くさとり", "草刈り機あり", "花壇の手入れ", "芝の手入れ",
              "雑草の処理"],
        bio=["造園会社で草刈りと植栽の管理をしていました。",
             "・庭仕事大好き\n・草取り、花壇の手入れ\n",
             "夏の草取りは、汗をかくのが気持ちよくて毎年楽しみにしている作業です。",
             "市民農園を十年借りておるので、雑草との付き合いは長いのであります。"],
    ),
    "koromogae": dict(
        tags=["衣替え", "衣がえの手伝い", "ころもがえ", "夏物冬物の入れ替え", "タンスの中の整理", "衣類の収納",
              "クローゼット整理", "衣装ケースの出し入れ", "防虫剤の入れ替え"],
        bio=["呉服店で長年働き、お得意様の着物の季節の入れ替えを手伝ってきました。",
             "・収納アドバイザー\n・衣替えや衣類の整理が得意\n",
             "春と秋には、一人暮らしの叔母の家で夏物と冬物を入れ替えています。",
             "針仕事はできませんが、衣装ケースの中身を季節ごとに入れ替えるのは手際よくできます。",
             "衣装箱の中身を季節ごとに並べ替えるのは、妙に心躍る作業でござる。"],
    ),
    "tidy": dict(
        tags=["片付け", "お部屋の整理", "掃除", "整理整頓", "かたづけ", "家事代行", "清掃", "断捨離サポート", "おそうじ"],
        bio=["ビルの清掃の仕事を十二年やっております。",
             "・片付け大好き\n・元家事代行スタッフ\n",
             "散らかった部屋を見ると、つい手を出してしまう性分であります。",
             "実家の片付けを一年かけてやり遂げました。"],
    ),
    "lifting": dict(
        tags=["力仕事", "重いものの運搬", "家具移動", "運搬作業", "ちからしごと", "引っ越しの手伝い", "力持ち",
              "軽トラック所有", "搬入搬出"],
        bio=["引っ越し屋のアルバイトを大学の四年間続けました。",
             "・体力には自信あり\n・元自衛官\n",
             "酒屋で長年ビールケースを運んでまいったゆえ、腕力だけは衰えておらぬのでござる。",
             "週に三回ジムに通って鍛えています。"],
    ),
    "haka": dict(
        tags=["お墓の掃除", "墓参りの同行", "墓参り代行", "はかそうじ", "墓石の清掃", "お墓参りの付き添い", "霊園の掃除",
              "墓所の手入れ"],
        bio=["石材店に勤め、墓石の据え付けと清掃をしていました。",
             "・お寺の手伝い歴10年\n・お墓掃除の道具あり\n",
             "遠方に住む親戚の分まで、春と秋のお彼岸に墓を掃除して回っております。",
             "霊園の管理事務所で働いておったのであります。"],
    ),
    "bousai": dict(
        tags=["防災グッズの点検", "非常持ち出し袋", "防災士", "備蓄の見直し", "ぼうさい", "家具の転倒防止",
              "防災用品の入れ替え", "非常食の点検", "防災相談"],
        bio=["防災士の資格を持ち、自治会の防災訓練を担当しています。",
             "・防災士\n・非常用持ち出し袋の中身チェックします\n",
             "消防団に二十年籍を置いておったのであります。",
             "年に二回、家族の非常食と電池を入れ替える日を決めています。"],
    ),
    "kondate": dict(
        tags=["献立の相談", "栄養相談", "こんだて", "管理栄養士", "食事のバランス", "減塩の献立", "糖尿病食の相談",
              "メニュー作り", "栄養士"],
        bio=["病院で管理栄養士として、患者さんの献立を立てていました。",
             "・栄養士歴20年\n・減塩、糖尿病食の献立相談OK\n",
             "保育園の給食の献立表を十年作ってまいりました。",
             "包丁さばきは自信がありませんが、一週間分の献立を考えて栄養の釣り合いをとるのは得意であります。"],
    ),
    "cooking": dict(
        tags=["料理", "調理", "おかず作り", "りょうり", "家庭料理", "食事作り", "調理師", "お弁当作り", "和食"],
        bio=["定食屋を三十年切り盛りしていました。",
             "・調理師免許\n・和食、家庭料理\n",
             "子ども食堂で、毎週カレーを百人分作っています。",
             "台所に立つことが何よりの楽しみでござる。"],
    ),
    "boardgame": dict(
        tags=["オセロ", "トランプ", "花札", "ボードゲーム", "カードゲーム", "すごろく", "ぼーどげーむ", "UNO",
              "ゲームの相手", "リバーシ"],
        bio=["デイサービスで、利用者さんとオセロや花札をして過ごす時間を受け持っていました。",
             "・ボードゲームカフェの常連\n・ルール説明が得意\n",
             "トランプの七並べと花札のこいこいならば、負け知らずであります。",
             "将棋はさっぱりですが、オセロや花札ならいくらでもお相手します。"],
    ),
    "shogi": dict(
        tags=["将棋", "しょうぎ", "将棋の対局", "将棋二段", "詰め将棋", "将棋指導", "将棋クラブ", "こども将棋",
              "将棋の相手"],
        bio=["地域の将棋クラブの世話役を十年しています。",
             "・将棋アマ二段\n・子どもから大人まで\n",
             "将棋盤を前にすれば、日の暮れるのも忘れるのであります。"],
    ),
    "listening": dict(
        tags=["話し相手", "傾聴", "おしゃべり相手", "けいちょう", "傾聴ボランティア", "お話し相手", "電話での話し相手",
              "聞き役"],
        bio=["傾聴ボランティアの講座を修了し、施設を訪問しています。",
             "・人の話を聞くのが好き\n・電話でもOK\n",
             "美容師を三十年、椅子に座ったお客様の話を聞き続けてまいりました。",
             "人の話にじっくり耳を傾けるは、年寄りの務めと心得ておりまする。"],
    ),
    "escort": dict(
        tags=["通院付き添い", "外出の付き添い", "車いす介助", "病院付き添い", "つきそい", "介護職", "歩行の介助",
              "介護福祉士", "受診の同行"],
        bio=["介護の仕事を十年しています。",
             "・ヘルパー2級\n・通院の付き添い経験多数\n",
             "父の通院に毎週付き添って、待合室で何時間も過ごしてきました。",
             "病院のボランティアとして、外来の車椅子を押しておったのであります。"],
    ),
    "driving": dict(
        tags=["送迎", "車の運転", "運転ボランティア", "自家用車あり", "そうげい", "ワゴン車", "送り迎え", "普通免許",
              "運転歴30年"],
        bio=["路線バスの運転手を三十年勤めました。",
             "・ゴールド免許\n・7人乗りの車あり\n",
             "自家用車での送り迎えを、町会の行事のたびに引き受けておるのであります。",
             "会社の営業車で、毎日関東一円を走り回っていました。"],
    ),
    "kyumei": dict(
        tags=["救命講習", "AEDの使い方", "心肺蘇生", "応急手当", "きゅうめい講習", "普通救命講習指導員", "応急手当普及員",
              "救急法", "BLS"],
        bio=["救急隊員として二十五年勤務しました。",
             "・応急手当普及員\n・AED講習の講師経験あり\n",
             "看護師として救急外来に勤めておったのであります。",
             "赤十字の救急法指導員の資格を持っています。"],
    ),
    "gakudo": dict(
        tags=["学童の見守り", "宿題の見守り", "放課後の子どもの見守り", "がくどう", "学童保育の補助", "宿題タイムの見守り",
              "放課後児童クラブ", "子どもの居場所づくり", "学童ボランティア"],
        bio=["学童クラブで補助員を五年していました。",
             "・放課後子ども教室のスタッフ\n・宿題をする子の横で静かに見守ります\n",
             "宿題に向かう子どもたちのそばに、ただ静かに座っておる役目を務めておりました。"],
    ),
    "study": dict(
        tags=["学習支援", "勉強を教えます", "算数", "数学", "英語", "国語", "家庭教師", "がくしゅう支援", "受験勉強",
              "理科"],
        bio=["公立中学校で三十年、数学の教壇に立っていました。",
             "・元塾講師\n・小中学生の算数・数学\n",
             "大学で教育学を学んでいる学生で、子どもに勉強を教えるのが好きです。",
             "読み書き算盤をお教えいたすのが、拙者の生業でござった。"],
    ),
    "kids_jp": dict(
        tags=["外国人児童の学習支援", "外国につながる子ども", "日本語指導が必要な児童", "がいこくじんの子の勉強",
              "多文化の子ども支援", "JSL", "子ども日本語教室", "外国籍児童のサポート"],
        bio=["小学校の日本語学級で、外国籍の子どもたちを担当していました。",
             "・多文化子ども教室のボランティア\n・やさしい日本語で教科を教えます\n",
             "ペルーやスリランカから来た子どもたちの勉強を、公民館で毎週見ております。"],
    ),
    "japanese": dict(
        tags=["日本語教室", "日本語の先生", "にほんご", "日本語会話", "日本語教師", "やさしい日本語", "日本語学習",
              "ひらがな・カタカナ", "日本語能力試験"],
        bio=["日本語教師の資格を持ち、専門学校で留学生に教えていました。",
             "・日本語教師養成講座修了\n・大人の学習者向け\n",
             "外国から来られた方々に、日本の言葉をお教えするのが喜びであります。"],
    ),
    "yomikikase": dict(
        tags=["読み聞かせ", "絵本の読み聞かせ", "紙芝居", "よみきかせ", "おはなし会", "えほん", "朗読",
              "ストーリーテリング"],
        bio=["図書館のおはなし会で十年、読み聞かせをしています。",
             "・元保育士\n・絵本と紙芝居が得意\n",
             "孫に毎晩、絵本を読んでやっておりまする。"],
    ),
    "origami": dict(
        tags=["折り紙", "おりがみ", "折紙", "ユニット折り紙", "折り紙講師", "季節の飾り", "くす玉", "ｵﾘｶﾞﾐ",
              "折り紙で壁面飾り"],
        bio=["日本折紙協会の講師資格を持っています。",
             "・折り紙歴40年\n・鶴から複雑な作品まで\n",
             "病院の待合室に飾る季節の折り紙を、毎月折って届けております。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "通訳ボランティア", "つうやく", "医療通訳", "書類の翻訳", "生活通訳", "同行通訳"],
        bio=["市の国際交流協会に登録して、病院や学校の通訳に出かけています。",
             "・翻訳、通訳の経験あり\n・病院や学校への同行可\n",
             "通訳をなりわいとしておったのであります。"],
    ),  # + INTERP_TAGS
    "shakyo": dict(
        tags=["写経", "しゃきょう", "写経の手ほどき", "般若心経の写経", "写仏", "写経会", "写経指導", "筆で写経"],
        bio=["寺の写経会で二十年、世話役をしております。",
             "・写経歴15年\n・写経会の講師経験あり\n",
             "毎朝、般若心経を一巻写すことを日課としておるのでござる。",
             "絵は描けませんが、お経を一字一字写す手ほどきならできます。"],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "しょどう", "書道師範", "筆ペン", "書写", "お習字教室", "かな書道"],
        bio=["自宅で書道教室を開いて三十年になります。",
             "・書道師範\n・子どもから大人まで\n",
             "筆を持たぬ日はないのであります。"],
    ),
    "etegami": dict(
        tags=["絵手紙", "えてがみ", "絵手紙教室", "はがき絵", "水彩画", "絵手紙講師", "顔彩", "季節の絵手紙"],
        bio=["公民館で絵手紙の教室を開いています。",
             "・絵手紙歴12年\n・道具の貸し出しOK\n",
             "季節の野菜を描いたはがきを、遠方の友人に毎月送っておりまする。"],
    ),
    "exercise": dict(
        tags=["体操", "健康体操", "ストレッチ", "いす体操", "たいそう", "ヨガ", "介護予防体操", "筋力づくり",
              "ラジオ体操指導"],
        bio=["リハビリ病院の理学療法士です。",
             "・健康運動指導士\n・シニア向け体操教室を担当\n",
             "毎朝、公園でラジオ体操の号令をかけておるのであります。"],
    ),
    "rirekisho": dict(
        tags=["履歴書の書き方", "面接練習", "就職相談", "りれきしょ", "職務経歴書", "キャリア相談", "就活サポート",
              "応募書類の添削", "エントリーシート添削"],
        bio=["人材会社で二十年、仕事を探す方の相談に乗ってきました。",
             "・キャリアコンサルタント（国家資格）\n・面接練習OK\n",
             "会社の人事部で採用面接官を務めておったのであります。"],
    ),
    "sewing": dict(
        tags=["裁縫", "ミシン", "すそ上げ", "ボタン付け", "繕い物", "さいほう", "縫い物", "お直し", "洋裁"],
        bio=["洋裁店で仕立ての仕事をしていました。",
             "・ミシン持ってます\n・裾上げ、ボタン付け\n",
             "針と糸を持たせれば、たいていのほころびは繕えるのでござる。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "見守り訪問", "みまもり", "声かけ", "高齢者の見守り", "一人暮らしの見守り",
              "定期的な訪問"],
        bio=["民生委員を二期務め、町内のお年寄りのお宅を回っています。",
             "・高齢者見守りサポーター\n・ご近所への声かけ\n",
             "町内の独り暮らしの方のお宅に、週に一度は顔を出して様子を確かめておるのであります。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("calligraphy", "shakyo"),  # a 書道 teacher can guide a beginner through 写経
        ("study", "kids_jp"),  # a tutor can help a foreign-rooted child, with less feel for the language
        ("study", "gakudo"),  # a tutor can sit with children doing homework
        ("handyman", "shoji"),  # a handyman can re-paper a shoji
        ("pc", "chirashi"),  # a PC helper can lay out a simple flyer
        ("tidy", "koromogae"),  # a tidier can swap the season's clothes
        ("garden", "ochiba"),  # a weeder can sweep the leaves
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps, see TRAPS).
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "videocall"),
        ("pc", "douga"),
        ("douga", "chirashi"),
        ("pc", "tv_wifi"),
        ("cooking", "kondate"),
        ("japanese", "kids_jp"),
        ("japanese", "rirekisho"),
        ("study", "japanese"),
        ("listening", "boardgame"),
        ("listening", "watch_elder"),
        ("escort", "driving"),
        ("escort", "haka"),
        ("lifting", "tidy"),
        ("lifting", "koromogae"),
        ("bousai", "kyumei"),
        ("bousai", "handyman"),
        ("calligraphy", "etegami"),
        ("origami", "yomikikase"),
        ("gakudo", "yomikikase"),
        ("handyman", "bicycle"),
        ("interp", "japanese"),
    ]
)
# near-but-different pairs the docstring promises are graded 0 for each other (checked in self_check)
TRAPS = [("boardgame", "shogi"), ("keiyaku", "smartphone"), ("shakyo", "etegami"), ("gakudo", "watch_elder"),
         ("koromogae", "sewing"), ("ochiba", "tidy"), ("hamono", "handyman"), ("hamono", "cooking"),
         ("kids_jp", "interp"), ("douga", "tv_wifi"), ("rirekisho", "calligraphy")]  # fmt: skip

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "包丁は、切れなくなったら買い替えています。": {"hamono", "cooking"},
    "オセロも花札も、子どもの頃に遊んだきりです。": {"boardgame"},
    "携帯の料金プランは、何が何だか分からないまま払っています。": {"keiyaku", "smartphone"},
    "障子は、猫が破ったまま放ってあります。": {"shoji", "handyman"},
    "自転車は、空気を入れるのもお店任せです。": {"bicycle"},
    "庭の落ち葉は、風がどこかへ運んでくれるのを待っています。": {"ochiba", "garden"},
    "衣替えは、いつも季節にひと月遅れます。": {"koromogae", "tidy"},
    "お墓参りは、お盆に一度行くのがやっとです。": {"haka"},
    "非常持ち出し袋は、買ったきり押し入れの奥です。": {"bousai"},
    "献立を考えるのが面倒で、毎日同じものを食べています。": {"kondate", "cooking"},
    "AEDは、駅の壁にあるのを見たことがあるだけです。": {"kyumei"},
    "写経というものを、一度やってみたいとは思っております。": {"shakyo", "calligraphy"},
    "絵は、からきし描けません。": {"etegami"},
    "動画は見る専門で、作ったことはありません。": {"douga"},
    "チラシは、郵便受けに入っているのを読むばかりです。": {"chirashi"},
    "履歴書を書いたのは、もう四十年も前のことであります。": {"rirekisho"},
    "将棋の駒の動かし方は、いまだに覚えられません。": {"shogi", "boardgame"},
    "子どもの学童のお迎えは、いつも祖母に頼んでいました。": {"gakudo", "study"},
    "裾上げは、クリーニング屋さんにお願いしています。": {"sewing"},
    "折り紙の鶴さえ、途中で分からなくなります。": {"origami"},
    "外国語は、あいさつ程度しか話せません。": {"interp", "japanese", "kids_jp"},
}
INTROS = [
    "竹丘の団地に住んで二十年になります。",
    "会社員です。週末だけ動けます。",
    "大学一年生です。",
    "（娘が代わりに登録しました）",
    "定年退職して、地域のお役に立ちたいと思い登録しました。",
    "子育てが一段落した主婦です。",
    "自営業なので、平日の昼間も融通がききます。",
    "八十一歳、まだまだ足腰は丈夫です。",
    "夜勤のある仕事なので、週によって空く時間が違います。",
    "【自己PR】\n",
    "拙者、当年とって七十五でござる。",
    "小生、元公務員であります。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's home language
    "en": "I moved to Kiyose from Manchester three years ago and teach at a language school in Tokorozawa.",
    "es": "Soy de Lima, Perú, y vivo en Kiyose con mi familia desde hace siete años.",
    "my": "ကျွန်တော် ရန်ကုန်က လာပါတယ်။ ကိယိုဆေးမှာ လေးနှစ် နေပြီးပါပြီ။",
    "si": "මම කොළඹ සිට ආවෙමි. කියෝසේ නගරයේ වසර පහක් තිස්සේ ජීවත් වෙමි.",
    "fr": "Je viens de Lyon et j'habite à Kiyose depuis quatre ans avec mon mari.",
}
CLOSINGS = [
    "よろしくお願いいたします。",
    "月に二回くらいが無理のないペースです。",
    "",
    "",
    "急な依頼でも、都合がつけば動きます。",
    "以上であります。",
    "Happy to help whenever I can.",
    "車がないので、近場だと助かります。",
]
FAMILY = ["相川", "今井", "内田", "遠藤", "大西", "小川", "金子", "菊地", "工藤", "小林", "斎藤", "篠原", "杉山",
          "関口", "田村", "千葉", "土屋", "中川", "西田", "野村", "服部", "平野", "福田", "本田", "松本", "三浦", "村上",
          "望月", "山口", "横山", "吉田", "渡部"]  # fmt: skip
GIVEN = ["健太", "由美", "蓮", "ハツ", "美穂", "勇", "ちひろ", "悠斗", "トメ", "博", "結衣", "進", "久美子", "陸",
         "和子", "誠", "葵", "昭"]  # fmt: skip
FOREIGN = [
    ("Carlos Mendoza", ["es", "ja"]),
    ("Lucía Ramírez", ["es"]),
    ("Ana Torres", ["es", "en", "ja"]),
    ("Diego Herrera", ["es", "ja"]),
    ("Aung Kyaw", ["my", "ja"]),
    ("Hnin Wai", ["my"]),
    ("Zaw Min Htet", ["my", "en", "ja"]),
    ("Thiri Aung", ["my", "ja"]),
    ("Nuwan Perera", ["si", "ja"]),
    ("Dilani Fernando", ["si", "en"]),
    ("Kasun Jayasinghe", ["si", "ja", "en"]),
    ("Camille Dubois", ["fr", "ja"]),
    ("Mamadou Diallo", ["fr"]),
    ("Élodie Martin", ["fr", "en", "ja"]),
    ("James Whitfield", ["en", "ja"]),
    ("Hannah Clarke", ["en"]),
]
FOREIGN_LANGS = ["en", "es", "my", "si", "fr"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語の通訳", "English-Japanese interpreting", "えいご通訳"],
    "es": ["スペイン語の通訳", "intérprete de español", "すぺいん語"],
    "my": ["ミャンマー語の通訳", "မြန်မာဘာသာ စကားပြန်", "ビルマ語"],
    "si": ["シンハラ語の通訳", "සිංහල පරිවර්තනය", "しんはら語"],
    "fr": ["フランス語の通訳", "interprète de français", "ふらんす語"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "Rosa Quispe", "sumaho no gamen",
       "わたし の スマホ、 きのう から gamen が ぜんぶ えいご に なりました。 nihongo に もどしたい です。 settei の"
       " ばしょ が わかりません。 いっしょ に みて ください。 やさしい にほんご なら わかります。"),
    Rq(["smartphone"], "group", "旭が丘三丁目町会", "回覧　スマホ相談会のお手伝いさん募集",
       "回覧　旭が丘三丁目町会\n\n「スマホを持ったけれど電話しか使っていない」という声が多く寄せられましたので、集会所"
       "でスマホ相談会を開きます。当日、参加者の隣に座って、写真の送り方や文字の大きさの変え方などをご説明いただける"
       "方を募ります。なお、料金プランや契約のご相談は当日お受けしません（各販売店へ）。\n\nご覧になりましたら次の"
       "方へお回しください。", ["sun-pm"], helpers=3, area="town_asahigaoka", decoy=["keiyaku"]),
    Rq(["smartphone"], "resident", "宇田川 シヅ", "スマホの質問三つ",
       "Q1. 画面の字が小さくて読めません。大きくできますか？\nQ2. 電話が鳴っても音が小さくて気づきません。\nQ3. 撮った"
       "写真を娘に送るにはどうすればいいですか？\n\n以上のことを、家に来て教えてくださる方はいらっしゃいませんか。"),
    # ---- keiyaku
    Rq(["keiyaku"], "resident", "堀内 徳治", "毎月の携帯代が一万二千円",
       "毎月の携帯代が一万二千円もかかっていて、年金暮らしには重くてたまりません。電話と、孫からのメールを読むくらい"
       "しか使っていないのにです。明細書を一緒に見て、どこをどう変えれば安くなるのか、相談に乗ってくださる方はいま"
       "せんか。操作を習いたいのではありません。", decoy=["smartphone"]),
    Rq(["keiyaku"], "resident", "竹中（娘）", "父の携帯、このままでいいのか",
       "（娘が打っています）父が言うには『ショップの兄ちゃんに勧められるまんま、よう分からんプランにされとるがね。"
       "ほんとにこれでええのか、誰か見てちょう』とのことです。契約書類は全部とってあります。父の契約内容を見て、"
       "合っているかどうか教えていただける方を探しています。"),
    Rq(["keiyaku"], "resident", "Valentina Cruz", "Cambiar mi plan de celular / けいたい の けいやく",
       "Pago mucho por mi celular y no entiendo el contrato en japonés. けいたい の おかね が たかい です。"
       "けいやく を かえたい。 スペインご で せつめい して くれる ひと、 おねがい します。", langs=["es"]),
    # ---- pc
    Rq(["pc"], "group", "NPO法人 清瀬シニアネット", "【募集】PC講座サポートスタッフ",
       "シニア向けPC講座のサポートスタッフを募集します。講師のファシリテートに合わせ、受講者のPC操作をサイドで"
       "アテンドいただくポジションです。マストスキルはWindowsの基本操作とWord・Excelの初歩。1クール4回、"
       "受講者3名程度をアサインします。", ["tue-pm"], helpers=3),
    Rq(["pc"], "resident", "古賀 昭", "パソコン",
       "退職してから十年、一度も触っていなかったノートが押し入れから出てきました。電源は入るのですが、そのあとに出て"
       "くる画面が何を言っているのかさっぱりです。孫の写真をこの中にしまっておけるようになりたいのですが。"),
    Rq(["pc"], "resident", "町田", "毎週月曜　中里",
       "3/4(月) 13:00–15:00　中里地域市民センター 第2会議室\n3/11(月) 13:00–15:00　同\n3/18(月) 13:00–15:00　同"
       "\n3/25(月) 13:00–15:00　同\n\n→ パソコン", ["mon-pm"], area="town_nakazato"),
    # ---- douga
    Rq(["douga"], "resident", "みさき", "父の米寿に動画を🎉",
       "来月、父の米寿のお祝いをします🎉 昔のアルバムの写真をつなげて、父の好きな演歌を流す動画にしたいんですが、"
       "編集アプリが難しすぎて挫折中😢 手伝ってくれる方いませんか？オンラインでも大丈夫です！\n#ボランティア募集 "
       "#清瀬 #動画編集 #米寿", remote=True),
    Rq(["douga"], "group", "清瀬市立第四小学校 6年2組", "学級通信「あおぞら」第18号より",
       "6年2組 学級通信「あおぞら」第18号\n保護者の皆様、地域の皆様へ\n\n卒業式の後の謝恩会で、六年間の写真をまと"
       "めたスライドショーを流す予定です。写真は担任と子どもたちで集めましたが、音楽をつけて一本の映像にする作業を"
       "お手伝いいただける方を探しています。お心当たりの方は担任までご連絡ください。", WEEKDAY_EVE),
    Rq(["douga"], "group", "野塩ことぶき会", "旅行の映像が三時間",
       "老人会のバス旅行の映像が、ビデオカメラに三時間分入っています。長すぎて、誰も最後まで見ません。十分くらいに"
       "縮めて、会員に配れる形にしていただけないでしょうか。テレビにつないで映すのは、会長が自分でできます。",
       area="town_noshio", decoy=["tv_wifi"]),
    # ---- chirashi
    Rq(["chirashi"], "group", "清瀬折り紙サークル", "作品展のお知らせを",
       "折り紙サークルです。秋に初めての作品展を開きます。会場や日時は決まりましたが、人に来てもらうためのチラシと"
       "ポスターを作れる者がおりません。原稿はこちらで用意しますので、形にしていただける方を。折り方の指導は会員"
       "同士でやっていますので不要です。", decoy=["origami"]),
    Rq(["chirashi"], "group", "一般社団法人 きよせ地域つながりラボ", "フライヤーデザインのプロボノ募集",
       "地域マルシェのプロモーション用フライヤー（A4片面）とSNS用バナーのクリエイティブをご担当いただけるプロボノ"
       "人材を募集します。ブランドカラーとロゴは支給。キックオフMTGはオンラインで実施し、以降のコミュニケーションも"
       "リモートで完結します。", remote=True),
    Rq(["chirashi"], "group", "上清戸子ども会", "手書きの原稿を",
       "Q1. 手書きの下書きしかないのですが、きれいなチラシにしていただけますか？\nQ2. 子どもの描いた絵を入れることは"
       "できますか？\nQ3. 印刷は役員がコンビニでしますので、データでいただければ結構です。\n\n夏のラジオ体操の"
       "お知らせです。", area="town_kamikiyoto"),
    # ---- tv_wifi
    Rq(["tv_wifi"], "resident", "大河内 ミネ", "孫が置いていった機械",
       "テレビの大きな画面でユーチューブが見られるようにと、孫が小さな機械を差していきました。ところが『ネットワーク"
       "に接続できません』と出たきりです。動画を作りたいのではなく、見たいだけなのです。どなたか、見に来てくださる"
       "方はいませんか。", decoy=["douga"]),
    Rq(["tv_wifi"], "resident", "有村（娘）", "実家のテレビ",
       "（娘が代わりに書いています）父いわく『昨日からテレビが急に映らんごとなったけん、誰か見てくれんね。画面に"
       "なんか番号の出とるったい』。私は福岡にいてすぐ行けません。父の家のテレビを見ていただける方を探しています。"),
    Rq(["tv_wifi"], "resident", "Julien Moreau", "Wi-Fi ne marche pas / Wi-Fi が つながらない",
       "Nous venons d'emménager et la box internet ne se connecte pas. ひっこし しました。 Wi-Fi の きかい が"
       " つながりません。 フランスご で せつめい できる ひと を さがして います。", langs=["fr"]),
    # ---- videocall
    Rq(["videocall"], "resident", "Khin Mar", "မိသားစုနဲ့ ဗီဒီယိုကောလ် / ビデオつうわ",
       "မြန်မာက မိသားစုနဲ့ ဗီဒီယိုကောလ် ပြောချင်ပါတယ်။ ミャンマー の かぞく と かお を みて はなしたい です。"
       " タブレット の つかいかた を ミャンマーご で おしえて ください。", langs=["my"]),
    Rq(["videocall"], "group", "介護老人保健施設 けやきの里", "オンライン面会アテンドスタッフ",
       "ご入所者様とご家族様のオンライン面会をアテンドいただくサポートスタッフを募集します。タブレットのセッティング"
       "と接続確認、面会中のトラブル対応がメインタスクです。面会は1枠15分、1日4枠程度。", ["wed-pm", "sat-pm"]),
    Rq(["videocall"], "resident", "U", "日曜夜　下宿", "毎週日曜 20:00　自宅（下宿）　タブレットあり　ロンドンの娘と\n→ テレビ電話",
       ["sun-eve"], area="town_shitajuku"),
    # ---- shoji
    Rq(["shoji"], "group", "上清戸二丁目自治会", "回覧　障子張り替えお手伝いのお知らせ",
       "回覧　上清戸二丁目自治会\n\n年の瀬が近づいてまいりました。毎年ご好評の「障子・ふすまの張り替え お手伝い"
       "デー」を今年も行います。張り替えをお手伝いいただけるボランティアの方を、あわせて募集いたします。材料費は"
       "各家庭の負担です。\n\nお読みになりましたら、押印のうえ次のお宅へお回しください。", ["sat-am", "sun-am"],
       helpers=4, area="town_kamikiyoto"),
    Rq(["shoji"], "resident", "松浦 キミ", "隙間風",
       "孫が遊びに来るたびに指でぷすぷす穴をあけていくものですから、和室の障子が穴だらけになってしまい、冬の隙間風が"
       "こたえます。張り替えたいのですが、手が震えて、のりも紙もうまく扱えません。"),
    Rq(["shoji"], "resident", "岡田 敏郎", "ふすまの張り替え",
       "二間続きの和室で、四枚あります。柄は無地で構いません。材料はこちらで用意いたします。建て付けに問題はなく、"
       "表の紙だけです。"),
    # ---- handyman
    Rq(["handyman"], "resident", "畑山 君江", "家のこまごまとした困りごと",
       "Q1. 玄関の引き戸がガタガタして、最後まで閉まりません。\nQ2. トイレの横に手すりを付けたいのですが、壁に穴を"
       "あけても大丈夫ですか？\nQ3. 台所の吊り戸棚の扉が、片側だけ下がっています。\n\n一度見に来ていただける方を"
       "お願いします。"),
    Rq(["handyman"], "resident", "大島（娘）", "実家の物置",
       "（父の言うとおりに打っています）『物置の扉がちゃんと閉まらんで、雨が吹きこんでかんわ。蝶番がいかんのか、"
       "扉がゆがんどるのか、わしにはよう分からんで、見てくれる人おらんかね』。名古屋から越してきて三十年の父です。"),
    Rq(["handyman"], "resident", "小松崎 ハナ", "棚の扉が外れかけて",
       "台所の食器棚の扉が、開けるたびにぐらりと傾きます。近所でよく刃物研ぎをしてくれるおじさんに聞いてみたら、"
       "それは大工仕事だから自分には無理だと言われました。直していただける方を探しています。", decoy=["hamono"]),
    # ---- hamono
    Rq(["hamono"], "resident", "江口 サチ", "トマトがつぶれる",
       "このごろ、トマトを切ろうとするとつぶれてしまいます。包丁が悪いのか、腕が落ちたのか。主人が元気なころは、"
       "庭先で砥石を使ってくれていたのですが。どなたか研いでいただけないでしょうか。"),
    Rq(["hamono"], "group", "梅園子ども食堂", "包丁が切れなくて",
       "子ども食堂です。調理スタッフは十分おりますが、問題は道具のほうで、寄付でいただいた包丁十五本の切れ味が"
       "ひどく落ちています。月に一度、まとめて研いでいただける方を探しています。料理のお手伝いは足りています。",
       area="town_umezono", decoy=["cooking"]),
    Rq(["hamono"], "resident", "K", "土曜午前　持ち込み",
       "包丁3本・キッチンばさみ2本・植木ばさみ1本\n土曜の午前\n持ち込みでも、取りに来ていただいても\n→ 研ぎ",
       ["sat-am"]),
    # ---- bicycle
    Rq(["bicycle"], "resident", "Minh Anh Tran", "jitensha パンク",
       "わたし の jitensha、 パンク しました。 まいにち shigoto に いく とき つかいます。 みせ は たかい です。"
       " なおして くれる ひと、 おねがい します。 にほんご は すこし なら わかります。", WEEKDAY_EVE),
    Rq(["bicycle"], "resident", "ゆい", "朝から後ろのタイヤがぺちゃんこ😱",
       "朝、出勤しようとしたら後ろのタイヤがぺちゃんこ😱 空気入れても夕方にはまた抜けてます…。週末に近くで見て"
       "くれる方いませんか？🙏\n#パンク #自転車 #ボランティア募集 #清瀬", WEEKEND),
    Rq(["bicycle"], "group", "清瀬市立第七小学校 4年1組", "学級通信「ひまわり」第9号より",
       "4年1組 学級通信「ひまわり」第9号\n\n来月、警察の方をお招きして自転車教室を行います。その前に、子どもたちの"
       "自転車のブレーキやタイヤの空気、チェーンを点検してくださる地域の方を募集しています。当日は校庭に自転車を"
       "並べておきます。", ["thu-am"], helpers=3),
    # ---- ochiba
    Rq(["ochiba"], "group", "野塩一丁目町会", "回覧　けやき通りの落ち葉清掃",
       "回覧　野塩一丁目町会\n\n今年もけやき通りの落ち葉の季節となりました。十一月の毎週土曜、朝八時から一時間、"
       "歩道と側溝の落ち葉を集めます。竹ぼうきと袋は町会で用意します。ご協力いただける方は班長まで。\n\nご確認の"
       "うえ、次の方へ回覧をお願いします。", ["sat-am"], helpers=8, area="town_noshio"),
    Rq(["ochiba"], "resident", "高野 ふみ", "二階のといから滝のように",
       "雨が降ると、二階の屋根のといから水があふれて、滝のように玄関先へ落ちてきます。下から見上げると、どうも葉っぱ"
       "が詰まっているようです。隣の大きな柿の木のせいでしょう。詰まりを取っていただける方はいませんか。"),
    Rq(["ochiba"], "resident", "平田（娘）", "父の庭の柿の葉",
       "（娘が父の代わりに送ります）父いわく『庭の柿の葉っぱがいっぱい落ちとって、掃いても掃いても追いつかんと"
       "よ。腰も痛かし、もうしきらん』だそうです。秋の間、週に一度くらい掃いていただける方がいたら。"),
    # ---- garden
    Rq(["garden"], "resident", "吉永", "5/18(土)　竹丘",
       "5月18日(土) 9:00–11:00\n場所：竹丘二丁目の自宅の庭（約15坪）\n道具：鎌、軍手、ごみ袋あり\n→ 草取り",
       ["sat-am"], area="town_takeoka"),
    Rq(["garden"], "group", "清瀬写経の会", "お寺のお庭の件",
       "写経の会でございます。毎月会場にお借りしているお寺のお庭が、この夏の長雨で草に覆われてしまいました。ご住職も"
       "ご高齢で手が回らないとのこと。写経の手ほどきではなく、草取りをお手伝いいただける方を。", ["sun-am"],
       helpers=3, decoy=["shakyo"]),
    Rq(["garden"], "resident", "Gabriela Rojas", "El jardín / にわ の くさ",
       "Vivo en una casa con jardín y las malas hierbas crecen muy rápido. にわ の くさ が すごい です。"
       " とる の を てつだって ほしい です。 にほんご で OK です。"),
    # ---- koromogae
    Rq(["koromogae"], "resident", "杉浦 タキ", "もう十月なのに",
       "もう十月なのに、半袖しか出ていません。冬物は押し入れの天袋の衣装ケースに入っていて、踏み台に上がるのが怖い"
       "のです。夏物をしまって、冬物を出すのを手伝っていただけないでしょうか。"),
    Rq(["koromogae"], "resident", "北原 清子", "季節の入れ替えについて",
       "Q1. 衣替えだけをお願いしてもよいのでしょうか？\nQ2. ボタンの取れたブラウスが何枚かありますが、それは自分で"
       "付けますので大丈夫です。\nQ3. 防虫剤は買ってあります。\n\n春と秋の二回、お願いできる方を探しております。",
       decoy=["sewing"]),
    Rq(["koromogae"], "resident", "水谷（娘）", "父の冬支度",
       "（娘が父から聞いて打っています）父が『夏のもんと冬のもんの入れ替えが、もうえらいでかんわ。タンスの引き出し"
       "が重たあて』と言うもので。父の洋服ダンスの中身を季節で入れ替えるのを手伝っていただける方を。"),
    # ---- tidy
    Rq(["tidy"], "group", "NPO法人 きよせ子育てネット", "倉庫スペース整理のサポートスタッフ",
       "事務所移転に伴い、倉庫スペースの整理・クリーニングのサポートスタッフを募集します。不要品の仕分けと棚の"
       "整頓、床の清掃がメインタスクです。重量物の搬出は業者にアウトソース済みです。", ["sat-pm"], helpers=3),
    Rq(["tidy"], "resident", "Sanduni Wijesinghe", "そうじ を てつだって",
       "わたし は てつじゅつ を しました。 おもい もの は もてません。 へや に にもつ が いっぱい です。"
       " そうじ と かたづけ を てつだって ください。 にほんご すこし だいじょうぶ です。"),
    Rq(["tidy"], "resident", "坂本 ヒロ", "家の中のほう",
       "庭の掃き掃除は毎朝自分でやっていて、外はきれいなものです。困っているのは家の中のほうで、茶の間に新聞や"
       "郵便物や買い置きの箱が積み上がり、座る場所もありません。片付けを手伝ってくださる方を。", decoy=["ochiba"]),
    # ---- lifting
    Rq(["lifting"], "group", "元町三丁目町会", "6/2(日)　集会所",
       "6/2(日) 10:00–11:30　元町三丁目集会所\n長机20台・パイプ椅子60脚　倉庫→ホール\n終了後 15:00–16:00　ホール→"
       "倉庫\n\n→ 男手（力仕事）", ["sun-am", "sun-pm"], helpers=4, area="town_motomachi"),
    Rq(["lifting"], "resident", "りく", "タンスを2階から下ろしたい",
       "来週引っ越すんですが、2階の部屋のタンスが重すぎて1人じゃ階段を下ろせません💦 30分くらいで終わると思う"
       "ので、手伝ってくれる方いたら！お礼にジュースおごります笑\n#ボランティア募集 #力仕事 #清瀬", helpers=2),
    Rq(["lifting"], "resident", "Oliver Grant", "Moving a heavy bookcase",
       "I need to move a solid oak bookcase and a desk from my ground-floor room to the first floor. I can't lift "
       "them alone. My Japanese is very limited, so it would be easiest with someone who speaks English.",
       langs=["en"], helpers=2),
    # ---- haka
    Rq(["haka"], "resident", "川原（娘）", "母の墓",
       "（娘が父の言葉のまま打っています）父いわく『母さんの墓ば、ずっと掃除しきらんでおるとが気になっとう。お彼岸"
       "の前に一緒に行って、墓石ば洗うとを手伝うてくれる人はおらんやろか』。父は足が弱く、一人では霊園の坂がきつい"
       "ようです。"),
    Rq(["haka"], "resident", "真田 ヨシ", "三回忌が近いのに",
       "夫の三回忌が近いというのに、霊園までの坂が上れなくなって、墓石がどうなっているのか見に行けずにおります。"
       "草が生えていないか、花立ての水が腐っていないか。代わりに見て、きれいにしていただけたら。"),
    Rq(["haka"], "resident", "根本 孝", "お墓のことで",
       "Q1. お墓の掃除だけをお願いしてもよいですか？\nQ2. 周りの植木の手入れは霊園の管理事務所がやっていますので、"
       "墓石まわりだけで結構です。\nQ3. 線香と花はこちらで用意します。", decoy=["garden"]),
    # ---- bousai
    Rq(["bousai"], "group", "中清戸自治会 防災委員会", "回覧　持ち出し袋の点検にご協力を",
       "回覧　中清戸自治会 防災委員会\n\n九月の防災月間に、希望するお宅の非常持ち出し袋と備蓄品（水・食料・電池）の"
       "期限を点検して回ります。点検員をお手伝いいただける方を募集します。なお、救命講習は消防署の日程で別に行い"
       "ます。\n\nご覧になったら次の方へお回しください。", WEEKEND, helpers=5, area="town_nakakiyoto",
       decoy=["kyumei"]),
    Rq(["bousai"], "resident", "島田 ハル", "地震がきたら",
       "Q1. 押し入れの非常食、期限が切れていないか心配です。\nQ2. 寝室のタンスが倒れてこないようにできますか？\nQ3. "
       "懐中電灯の電池が何年前のものか分かりません。\n\n一度、家の中を一緒に見ていただける方はいませんか。"),
    Rq(["bousai"], "resident", "Chamari Bandara", "භූමිකම්පා සූදානම / じしん の じゅんび",
       "භූමිකම්පාවකට සූදානම් වන්නේ කෙසේදැයි මට තේරෙන්නේ නැහැ. じしん の とき の じゅんび が わかりません。"
       " なに を かえば いい ですか。 シンハラご で おしえて ください。", langs=["si"]),
    # ---- kondate
    Rq(["kondate"], "resident", "森下 正", "健診で血糖値を",
       "健診で血糖値が高いと言われ、医者から食事を見直すようにと。ところが、何を食べてよくて何がいけないのか分からず、"
       "毎日同じ物ばかりです。料理を作ってもらうのではなく、自分で作れる一週間の献立を一緒に考えていただける方を。",
       decoy=["cooking"]),
    Rq(["kondate"], "group", "清瀬市立第三小学校 5年1組", "学級通信「はばたき」第14号より",
       "5年1組 学級通信「はばたき」第14号\n\n家庭科で「一食分の献立を立てよう」という学習をしています。栄養の"
       "バランスや、主食・主菜・副菜の組み合わせ方について、子どもたちにお話ししてくださる地域の方を探しています。"
       "四十五分の授業一回です。", ["wed-am", "thu-am"]),
    Rq(["kondate"], "resident", "Su Su Hlaing", "ကလေး အစားအစာ / こども の ごはん",
       "ကလေးအတွက် အစားအစာ စီစဉ်ပုံ မသိပါ။ こども は 2さい です。 まいにち なに を たべさせたら いい か"
       " わかりません。 ミャンマーご で そうだん できる ひと。", langs=["my"]),
    # ---- cooking
    Rq(["cooking"], "resident", "丹羽（娘）", "父の晩ごはん",
       "（娘が代わりに入力しています）母が入院してから、父が『晩飯がわやだわ。毎日コンビニの弁当ばっかでいかんわ』と"
       "こぼしています。週に二回ほど、父の家で晩ごはんを作っていただける方はいませんか。材料は父が買っておきます。",
       WEEKDAY_EVE),
    Rq(["cooking"], "group", "地域食堂 きよせキッチン", "キッチンスタッフ募集",
       "地域食堂のキッチンスタッフをアサインしたいと考えています。メインタスクは80食分の調理（主菜・副菜）。"
       "レシピはこちらで用意し、当日のオペレーションはリーダーがファシリテートします。", ["sat-am"], helpers=4),
    # ---- boardgame
    Rq(["boardgame"], "resident", "浜田 照子", "将棋は嫌いな父ですが",
       "父は昔から将棋が嫌いで、誘っても『あんなもの』と言います。それでもオセロや花札だけは、母が元気だったころ毎晩"
       "二人でやっていました。週に一度、父とオセロか花札をしていただける方を探しています。", decoy=["shogi"]),
    Rq(["boardgame"], "group", "デイサービス ひだまり", "ボードゲームの時間を作りたい",
       "レクリエーションにボードゲームの時間を作りたいのですが、職員はルールを知らないものばかりで。すごろくや"
       "カードゲームを、利用者さんと一緒に楽しんでくださる方を。\n#ボードゲーム #ボランティア募集 #デイサービス",
       ["fri-pm"]),
    Rq(["boardgame"], "resident", "Carmen Álvarez", "Alguien para jugar a las cartas / トランプ",
       "Mi madre tiene 82 años y le encanta jugar a las cartas, pero no habla japonés. はは は 82さい。 トランプ が"
       " すき です。 スペインご で いっしょ に あそんで くれる ひと。", langs=["es"]),
    # ---- shogi
    Rq(["shogi"], "group", "竹丘老人憩の家", "水曜午後　竹丘",
       "毎週水曜 14:00–16:00\n竹丘老人憩の家 和室\n盤・駒 三組あり\n→ 将棋", ["wed-pm"], area="town_takeoka"),
    Rq(["shogi"], "resident", "矢島 マツ", "孫の相手を",
       "小学二年の孫が、テレビで見て将棋の駒の動かし方を覚えたがっております。トランプやオセロなら私でも相手が"
       "できるのですが、将棋はさっぱりでして。土曜に家へ来る孫に、将棋を教えていただける方を。", ["sat-pm"],
       decoy=["boardgame"]),
    # ---- listening
    Rq(["listening"], "resident", "Brigitte Lambert", "Quelqu'un pour bavarder",
       "Mon mari est décédé l'année dernière et mes enfants vivent en France. Je voudrais parler de temps en temps avec"
       " quelqu'un en français, au téléphone ou autour d'un thé. にほんご は すこし だけ です。", langs=["fr"],
       remote=True),
    Rq(["listening"], "resident", "石黒 ツネ", "電話が鳴るのは",
       "このごろ電話が鳴るのは、セールスの電話のときだけになりました。息子は年に一度帰ってくるかどうか。ご近所の"
       "お友達もみな施設に入られて。ときどきでいいので、お茶を飲みながら昔話に付き合ってくださる方はおられませんか。"),
    Rq(["listening"], "resident", "Ei Mon", "မြန်မာလို စကားပြောဖော် / はなしあいて",
       "မြန်မာလို စကားပြောဖော် လိုချင်ပါတယ်။ にほん に きて 1ねん。 ともだち が いません。 ミャンマーご で"
       " はなし を きいて くれる ひと、 でんわ でも いい です。", langs=["my"], remote=True),
    # ---- escort
    Rq(["escort"], "resident", "Ruwan Silva", "රෝහලට යන්න / びょういん",
       "රෝහලට යන්න උදව් ඕනෑ. あし を けが しました。 びょういん まで いっしょ に あるいて ほしい です。"
       " シンハラご が わかる ひと だと あんしん です。", ["tue-am", "fri-am"], langs=["si"]),
    Rq(["escort"], "resident", "佐竹", "3/7(木)　駅北口",
       "3/7(木) 9:30　清瀬駅北口 集合\n→ バスで病院（整形外科）→ 会計 → 薬局 → 帰宅\n車いす使用（病院で借ります）\n"
       "車の手配は不要\n→ 付き添い", ["thu-am"], decoy=["driving"]),
    Rq(["escort"], "resident", "鬼頭（娘）", "父の歯医者",
       "（娘が代筆）父が『歯医者まで一人で歩いていくのは、途中で転びそうでおそがいでかんわ』と言っております。月に"
       "二回、家から歯医者まで一緒に歩いて、終わるまで待っていてくださる方を探しています。"),
    # ---- driving
    Rq(["driving"], "resident", "めぐ", "リハビリの送迎してくれる方🚗",
       "母が週1回、隣の市の病院でリハビリに通うことになりました。私は仕事で送れなくて…車で送り迎えしてくれる方"
       "いませんか？院内は母ひとりで大丈夫です🙏\n#送迎ボランティア #清瀬 #ボランティア募集", ["tue-am"],
       decoy=["escort"]),
    Rq(["driving"], "group", "清瀬市民まつり実行委員会", "シャトルドライバー募集",
       "市民まつり当日、駅と会場間の来場者トランスポートをご担当いただけるドライバーを募集します。車両は実行委員会が"
       "手配したワゴン車、稼働は午前・午後の2シフト制です。", ["sun-am", "sun-pm"], helpers=2),
    Rq(["driving"], "resident", "阿部 時子", "病院の行き帰りだけ",
       "病院の中は慣れておりますので一人で大丈夫です。ただ、バス停まで歩けなくなりまして、行き帰りだけ車に乗せて"
       "いただけたらと思います。月に二回、午前中です。", WEEKDAY_AM),
    # ---- kyumei
    Rq(["kyumei"], "group", "梅園二丁目町会", "回覧　AED講習会の講師募集",
       "回覧　梅園二丁目町会\n\n集会所にAEDが設置されました。いざというときに使えるよう、住民向けの使い方講習会を"
       "開きます。心肺蘇生とAEDの使い方を教えてくださる方を探しています。\n\nご覧になりましたら、次のお宅へお回し"
       "ください。", ["sun-pm"], area="town_umezono"),
    Rq(["kyumei"], "group", "清瀬市立第二小学校PTA", "PTAだより　保護者向け講習",
       "PTAだより　第6号\n保護者の皆様へ\n\n来月からプール指導が始まります。見守りに入る保護者を対象に、心肺蘇生"
       "と応急手当の講習を企画しました。講師を引き受けてくださる方を、地域の皆様からも募集します。", ["fri-am"]),
    Rq(["kyumei"], "group", "株式会社 清瀬ケアサービス", "BLSトレーニング講師",
       "スタッフ向けBLSトレーニング（心肺蘇生・AED）をファシリテートいただける講師を募集します。対象は新人スタッフ"
       "10名、所要は90分。マネキンとトレーニング用AEDは弊社で用意します。", ["wed-pm"]),
    # ---- gakudo
    Rq(["gakudo"], "group", "野塩学童クラブ", "学童だより　宿題タイムのお手伝い",
       "学童だより　11月号\n\n15時半から16時半は「宿題タイム」です。子どもたちが静かに宿題に取り組めるよう、そばで"
       "見守ってくださる方を募集しています。勉強を教えていただく必要はなく、答えは教えないでください。子どもが"
       "自分で考える時間です。", WEEKDAY_PM, helpers=2, area="town_noshio"),
    Rq(["gakudo"], "group", "清瀬地域見守り隊", "今回は子どもの方です",
       "ふだんは一人暮らしの高齢者のお宅を回る見守り隊ですが、今回は子どもの方のお願いです。隊員の紹介で、学童"
       "クラブの放課後の宿題時間に、子どもたちのそばにいてくださる方を探しています。", WEEKDAY_PM,
       decoy=["watch_elder"]),
    Rq(["gakudo"], "group", "中里学童保育所", "放課後、いっしょにいてくれる人👦👧",
       "放課後の学童で、宿題をする子どもたちのそばにいてくれる方を募集中です✏️ 教えなくても大丈夫、静かに見守って"
       "もらえたら◎\n#学童 #ボランティア募集 #清瀬", WEEKDAY_PM, area="town_nakazato"),
    # ---- study
    Rq(["study"], "resident", "そら（中1）", "数学の質問",
       "Q1. 正負の数のかけ算で、マイナスかけるマイナスがプラスになるのがなっとくできません。\nQ2. 文字式の計算も"
       "よくまちがえます。\nQ3. 週に1回くらい教えてもらえますか？\n\n塾には行ってません。", WEEKDAY_EVE),
    Rq(["study"], "resident", "Rachel Stein", "Math homework help for my daughter",
       "My daughter is in 5th grade at a local school. Her Japanese is fine but her maths homework has fallen behind, "
       "and I can't help because everything is in Japanese. A tutor who could also talk with me in English would be "
       "ideal.", langs=["en"]),
    Rq(["study"], "group", "清瀬市立第五小学校 3年", "学年だより　放課後補習のお願い",
       "3年 学年だより　第11号\n\n放課後の補習教室で、かけ算九九やわり算を子どもたちに教えてくださる方を探して"
       "います。一人ひとりのつまずきに合わせて、説明していただける方だと助かります。", ["tue-pm", "thu-pm"]),
    # ---- kids_jp
    Rq(["kids_jp"], "group", "清瀬市立第八小学校 日本語指導教室", "日本語教室だより　教科の学習支援",
       "日本語教室だより　第3号\n\n今年、ミャンマーとスリランカから来た三年生が二人います。日常会話は少しずつでき"
       "るようになりましたが、算数や理科の教科書の言葉が分からず、授業についていけません。教科の学習を、やさしい"
       "日本語で支えてくださる方を探しています。保護者面談の通訳は市から派遣があります。", WEEKDAY_PM,
       decoy=["interp"]),
    Rq(["kids_jp"], "resident", "Patricia Flores", "Mi hijo y la escuela / むすこ の べんきょう",
       "Mi hijo llegó de Perú hace seis meses y no entiende las clases. むすこ は 10さい。 がっこう の"
       " べんきょう が わかりません。 スペインご も わかる せんせい が いい です。", langs=["es"]),
    Rq(["kids_jp"], "group", "NPO法人 多文化キッズ清瀬", "学習支援プログラムのチューター",
       "外国ルーツの子どもたち（小中学生）を対象とした学習支援プログラムで、チューターとしてコミットいただける方を"
       "募集します。教科学習のサポートと、学習言語としての日本語のフォローがメインタスクです。", ["sat-am"],
       helpers=3),
    # ---- japanese
    Rq(["japanese"], "resident", "Kavindu Rathnayake", "keigo wo benkyou shitai",
       "わたし は Sri Lanka から きました。 kaigo の shigoto を して います。 shigoto で keigo が ひつよう です。"
       " にほんご を おしえて くれる ひと を さがして います。", ["sun-pm"]),
    Rq(["japanese"], "resident", "Nyein Chan", "ဂျပန်စာ / にほんご の べんきょう",
       "ဂျပန်စာ လေ့လာချင်ပါတယ်။ ひらがな は よめます。 かんじ は むずかしい です。 ミャンマーご で"
       " せつめい して くれる せんせい、 おねがい します。", langs=["my"]),
    Rq(["japanese"], "resident", "Aurélie Petit", "Cours de japonais / にほんご",
       "Je suis arrivée en avril et je ne parle presque pas japonais. Je cherche quelqu'un qui peut m'apprendre les "
       "bases en expliquant en français. にほんご を べんきょう したい です。", langs=["fr"]),
    # ---- yomikikase
    Rq(["yomikikase"], "group", "清瀬市立第一小学校 1年3組", "学級通信「にじ」第7号より",
       "1年3組 学級通信「にじ」第7号\n\n毎週金曜日の朝、八時二十分からの十五分間は「朝の読書タイム」です。子どもたち"
       "に絵本を読んでくださる保護者・地域の方を募集しています。本はご自身で選んでいただいて構いません。",
       ["fri-am"]),
    Rq(["yomikikase"], "group", "清瀬書道会", "子ども教室のあとの時間に",
       "書道会では土曜の午前に子ども教室を開いています。お稽古のあと、お迎えを待つ二十分ほど、子どもたちに絵本を"
       "読んでくださる方がいればと思いまして。書道の指導は足りております。", ["sat-am"], decoy=["calligraphy"]),
    Rq(["yomikikase"], "group", "Asociación Latina de Kiyose", "Cuentos en español / えほん",
       "Buscamos a alguien que lea cuentos en español a los niños de nuestra comunidad, un sábado al mes. スペインご"
       " で こども に えほん を よんで くれる ひと。", ["sat-pm"], langs=["es"]),
    # ---- origami
    Rq(["origami"], "group", "特別養護老人ホーム 清瀬あかね苑", "ペーパークラフトワークショップ",
       "レクリエーションの一環として、オリガミを使ったペーパークラフトのワークショップをファシリテートいただける方を"
       "募集します。季節の壁面装飾を参加者と一緒に制作するイメージです。", ["thu-pm"]),
    Rq(["origami"], "group", "下宿子ども会", "七夕の飾り🎋",
       "七夕まつりの飾りを子どもたちと作ります🎋 折り紙で輪つなぎ以外のものも作りたい！教えてくれる方いませんか？"
       "\n#折り紙 #七夕 #ボランティア募集", ["sat-am"], area="town_shitajuku"),
    Rq(["origami"], "resident", "Léa Girard", "Apprendre l'origami / おりがみ",
       "Ma fille de 8 ans adore l'origami. むすめ は おりがみ が だいすき です。 おしえて くれる ひと を"
       " さがして います。 にほんご で OK です。"),
    # ---- interp
    Rq(["interp"], "resident", "Moe Thu", "ဆေးရုံ စကားပြန် / びょういん の つうやく",
       "ဆေးရုံမှာ စကားပြန် လိုအပ်ပါတယ်။ おなか の けんさ が あります。 いしゃ の はなし を ミャンマーご に"
       " つうやく して ください。", ["mon-am"], langs=["my"]),
    Rq(["interp"], "resident", "Nimal Gunawardena", "පාසලේ රැස්වීම / がっこう の めんだん",
       "පාසලේ රැස්වීමට පරිවර්තකයෙක් අවශ්‍යයි. むすめ の がっこう で めんだん が あります。 せんせい の"
       " はなし を シンハラご に して ください。", ["wed-pm"], langs=["si"]),
    Rq(["interp"], "resident", "Jorge Castillo", "Trámite en el ayuntamiento / しやくしょ",
       "Tengo que hacer un trámite del seguro de salud en el ayuntamiento. しやくしょ で てつづき が あります。"
       " にほんご を ならいたい の では なく、 その ひ だけ スペインご で つうやく して ほしい です。",
       WEEKDAY_AM, langs=["es"], decoy=["japanese"]),
    Rq(["interp"], "resident", "Sophie Renard", "Traduire une lettre / てがみ の ほんやく",
       "J'ai reçu une lettre de la mairie et je ne comprends pas ce qu'elle demande. しやくしょ から てがみ が"
       " きました。 フランスご に ほんやく して ください。 メール で しゃしん を おくれます。", langs=["fr"],
       remote=True),
    # ---- shakyo
    Rq(["shakyo"], "resident", "中尾 文子", "写経を始めたい",
       "お寺で般若心経のお手本を買ってまいりました。筆も硯も主人の遺したものがございます。ところが、いざ机に向かう"
       "と、どの字から、どんな心持ちで写せばよいものやら。"),
    Rq(["shakyo"], "resident", "古川（娘）", "父が始めたいこと",
       "（娘が打っています）父が『写経ばしてみたいっちゃけど、何から始めたらよかと？筆なんか持ったこともなかけん』と"
       "言っています。父に写経の手ほどきをしていただける方を探しています。"),
    Rq(["shakyo"], "group", "清瀬絵手紙の会", "月例会のあとに",
       "絵手紙の会です。月例会のあと、会員の何人かから「心を落ち着けて写経もしてみたい」という声が出ました。絵の指導"
       "は会の先生がおりますので、写経の作法とお手本の写し方をご指導いただける方を。", ["thu-pm"],
       decoy=["etegami"]),
    # ---- calligraphy
    Rq(["calligraphy"], "resident", "野口 真由美", "書き初めの宿題",
       "Q1. 小学四年の息子の冬休みの宿題に書き初めがあります。\nQ2. 私も夫も筆を持ったことがありません。\nQ3. 冬休み"
       "中に二、三回、筆の持ち方から見ていただけますか？"),
    Rq(["calligraphy"], "group", "中里地域市民センター", "1/4〜1/6　中里",
       "1/4(土)〜1/6(月)　毎日 13:00–15:00\n中里地域市民センター 和室\n小中学生 各日10名程度\n→ 書き初め指導",
       ["sat-pm", "sun-pm", "mon-pm"], helpers=2, area="town_nakazato"),
    Rq(["calligraphy"], "resident", "藤井 和夫", "町会の掲示に筆の字を",
       "町会の役員になりまして、祭りの掲示や寄付者の芳名板を筆で書かねばならなくなりました。上手に書いてもらうの"
       "ではなく、自分で書けるようになりたいので、稽古をつけていただける方を。"),
    # ---- etegami
    Rq(["etegami"], "resident", "はるか", "絵手紙はじめたい✉️",
       "入院中の祖母に絵手紙を送りたくて、道具だけ揃えました✉️ 描き方を教えてくれる方いませんか？\n#絵手紙 "
       "#ボランティア募集 #清瀬"),
    Rq(["etegami"], "group", "清瀬書道同好会", "会員から絵手紙の要望",
       "書道同好会です。会員から「筆で文字だけでなく、絵も添えたはがきを描いてみたい」という声がありまして。書の"
       "稽古は会員同士でしておりますので、絵手紙の描き方を教えていただける方を。", ["tue-pm"],
       decoy=["calligraphy"]),
    Rq(["etegami"], "resident", "二宮 節子", "母に毎週はがきを",
       "施設に入った母に、毎週はがきを送っています。文字だけではさびしいので、季節の花や果物の絵を添えたいのですが、"
       "絵は小学校以来です。簡単な描き方を教えていただける方を。"),
    # ---- exercise
    Rq(["exercise"], "group", "一般社団法人 きよせウェルネス", "エクササイズプログラムのファシリテーター",
       "コミュニティサロンで実施しているシニア向けエクササイズプログラムのファシリテーターを募集します。椅子に座って"
       "できるストレッチ中心、1セッション40分。参加者は15名程度です。", ["mon-am"]),
    Rq(["exercise"], "resident", "松尾（娘）", "父の膝",
       "（娘が代わりに書いています）父が『膝が痛うて散歩もきつかけん、家でできる体操ば教えてほしか』と言っています。"
       "週に一度、父の家で体操を一緒にしていただける方を。"),
    # ---- rirekisho
    Rq(["rirekisho"], "resident", "Zin Mar Oo", "りれきしょ の かきかた",
       "わたし は Myanmar から きました。 あたらしい shigoto を さがして います。 りれきしょ の かきかた が"
       " わかりません。 mensetsu の れんしゅう も したい です。 にほんご で いい です。"),
    Rq(["rirekisho"], "resident", "工藤 拓海", "履歴書のこと",
       "高校を中退して、二年ほど家にいました。そろそろ働こうと思うのですが、履歴書の空白の期間をどう書けばいいのか"
       "分かりません。字のきれいな人に書いてもらうのではなく、書き方と面接で聞かれたときの答え方を相談したいです。",
       decoy=["calligraphy"]),
    Rq(["rirekisho"], "resident", "S", "再就職の質問",
       "Q1. 五十代で再就職するとき、職務経歴書は何枚くらいが普通ですか？\nQ2. 面接で前の会社を辞めた理由を聞かれ"
       "たら、どう答えれば？\nQ3. 一度、模擬面接をしてもらえますか？", remote=True),
    # ---- sewing
    Rq(["sewing"], "resident", "Y", "土曜午後　持ち込み",
       "ズボン3本（裾上げ）\nワイシャツ2枚（ボタン付け）\n土曜午後　持ち込みます\n→ 裁縫", ["sat-pm"]),
    Rq(["sewing"], "resident", "今村（娘）", "父の作業着",
       "（娘が入力）父が『畑で着る作業着の膝がやぶれてまったで、誰か繕ってくれんかね。新しいのは動きにくうていかん』"
       "と言っています。繕い物をしていただける方を。"),
    # ---- watch_elder
    Rq(["watch_elder"], "group", "松山一丁目町会", "回覧　見守り訪問員の募集",
       "回覧　松山一丁目町会\n\n町会内の一人暮らしの高齢者のお宅を、週に一度訪ねて、お変わりないか確かめる「見守り"
       "訪問員」を募集します。一回五分程度の声かけです。\n\nご覧になったら、次の方へお回しください。", helpers=4,
       area="town_matsuyama"),
    Rq(["watch_elder"], "resident", "Isabel Moreno", "Mi madre vive sola / はは の ようす",
       "Mi madre de 79 años vive sola en Kiyose y yo trabajo en Yokohama. はは は ひとり で すんで います。"
       " ときどき ようす を みに いって くれる ひと。 はは は スペインご だけ です。", langs=["es"]),
    # ---- two asks (main first)
    Rq(["smartphone", "keiyaku"], "resident", "堤 ミサ子", "スマホのこと全般",
       "娘に勧められてスマホにしましたが、分からないことが二つあります。一つは使い方そのもの、もう一つはお店で入った"
       "いろいろなオプションを外したほうがいいのかどうか。両方相談に乗っていただける方がいれば助かります。"),
    Rq(["douga", "chirashi"], "group", "清瀬ふるさと祭り実行委員会", "告知ポスターとPR動画",
       "祭りの告知ポスターと、SNSで流す三十秒のPR動画をお願いできる方を探しています。素材の写真と映像は去年の"
       "ものがあります。どちらか一方でも歓迎です。", remote=True, helpers=2),
    Rq(["shoji", "koromogae"], "resident", "稲垣 タマ", "秋の家仕事",
       "毎年、秋になると障子を張り替えて、夏物と冬物を入れ替えるのが決まりでした。今年は腰を痛めて、どちらも手が"
       "つけられずにおります。"),
    Rq(["haka", "driving"], "resident", "岸本（娘）", "父と霊園へ",
       "（娘が代筆）父いわく『霊園まで車で連れてってもらって、墓の掃除も手伝うてもらえたらありがたいがね』。霊園は"
       "隣の市で、バスでは乗り継ぎが大変です。", ["sat-am", "sun-am"]),
    Rq(["hamono", "bicycle"], "resident", "片岡 修", "刃物と自転車",
       "剪定ばさみと包丁の切れ味が悪くなったのと、自転車の前輪の空気がすぐ抜けるのと。どちらも見てもらえる方だと"
       "一度で済んで助かります。"),
    Rq(["kondate", "cooking"], "resident", "宮本 武", "減塩の食事",
       "医者に塩分を一日六グラムにしろと言われました。減塩の献立を考えていただき、最初の何回かは一緒に台所に立って"
       "作ってみせていただけると、覚えられると思います。"),
    Rq(["boardgame", "listening"], "resident", "永井（娘）", "父の午後",
       "（娘が打っています）父は『花札でもしながら、誰かとしゃべりたいわ』と言っております。将棋や囲碁の難しい"
       "ものではなく、花札やトランプをしながら、父の話を聞いてくださる方を。", decoy=["shogi"]),
    Rq(["gakudo", "yomikikase"], "group", "竹丘学童クラブ", "学童だより　放課後のお手伝い",
       "学童だより　2月号\n\n宿題タイムの見守りと、そのあとのおやつ前の絵本の時間をお手伝いいただける方を募集し"
       "ます。どちらか片方だけでも大歓迎です。", WEEKDAY_PM, area="town_takeoka"),
    Rq(["kids_jp", "interp"], "resident", "Fernanda Gómez", "Mi hija y la escuela / むすめ と がっこう",
       "Mi hija tiene 9 años y no entiende las clases. むすめ の べんきょう を みて ほしい です。 それから、"
       " がっこう の めんだん で スペインご の つうやく も ほしい です。", langs=["es"]),
    Rq(["rirekisho", "japanese"], "resident", "Htet Aung", "အလုပ်လျှောက်လွှာ / りれきしょ と にほんご",
       "အလုပ်လျှောက်လွှာ ရေးနည်း မသိပါ။ りれきしょ の かきかた と、 mensetsu の にほんご を べんきょう"
       " したい です。 ミャンマーご で せつめい できる ひと。", langs=["my"]),
    Rq(["bousai", "kyumei"], "group", "下清戸自治会", "回覧　防災の日の準備について",
       "回覧　下清戸自治会\n\n防災の日に合わせ、①各班の備蓄品と持ち出し袋の点検、②心肺蘇生とAEDの体験会を行います。"
       "どちらかをご担当いただける方を募集します。\n\nご覧のあとは次の方へ。", ["sun-am"], helpers=3,
       area="town_shimokiyoto"),
    Rq(["escort", "interp"], "resident", "Tharindu Jayawardena", "රෝහල සහ පරිවර්තනය / びょういん と つうやく",
       "මගේ අම්මා ලංකාවේ සිට ආවා. はは が スリランカ から きました。 びょういん に いっしょ に いって、"
       " いしゃ の はなし を シンハラご に して ほしい です。", ["thu-am"], langs=["si"]),
    Rq(["tv_wifi", "videocall"], "resident", "Claire Fontaine", "Internet et appels vidéo / ネット と ビデオつうわ",
       "Notre connexion internet ne marche pas et je veux appeler ma famille en vidéo. Wi-Fi を つないで、"
       " フランス の かぞく と ビデオつうわ したい です。 フランスご で おねがい します。", langs=["fr"]),
    Rq(["etegami", "origami"], "group", "元町いきいきサロン", "手しごとの会",
       "サロンの「手しごとの会」で、前半に季節の絵手紙、後半に折り紙の箸袋づくりをしたいと考えています。両方教え"
       "られる方、もしくはどちらかだけでも。", ["wed-am"], helpers=2, area="town_motomachi"),
    Rq(["pc", "rirekisho"], "resident", "西村 隆", "パソコンで履歴書",
       "応募先から『履歴書はパソコンで作ってメールで送ってください』と言われました。ワードの使い方も怪しいうえに、"
       "何をどう書けば通るのかも自信がありません。"),
    Rq(["exercise", "boardgame"], "group", "旭が丘ふれあいサロン", "サロンの午前",
       "前半三十分は椅子に座っての体操、後半はトランプやすごろくで遊ぶ、というサロンを始めます。どちらかだけでも"
       "お手伝いいただける方を。将棋盤もありますが、今回は使いません。", ["tue-am"], helpers=2,
       area="town_asahigaoka", decoy=["shogi"]),
    Rq(["handyman", "shoji"], "resident", "服部（娘）", "実家の和室",
       "（娘が打っています）父が『和室の戸がきしんで開かんし、ふすまもぼろぼろだで、どうにかならんかね』と。戸の"
       "調整と、ふすまの張り替えを見ていただける方を。"),
    Rq(["koromogae", "sewing"], "resident", "長谷川 ミヨ", "衣替えのついでに",
       "冬物を出すついでに、去年買ったズボンの裾がまだ長いままなのを思い出しました。衣替えの手伝いと、裾上げを"
       "お願いできる方だとありがたいです。"),
    Rq(["watch_elder", "listening"], "resident", "Samantha Reid", "Checking on my father",
       "My father (84) lives alone in Kiyose. He is Japanese but lived in Australia for forty years and now prefers "
       "English. Could someone visit weekly to see he's all right and stay for a chat?", langs=["en"]),
    Rq(["tidy", "lifting"], "resident", "中西 幸子", "納戸をあけたい",
       "介護ベッドを入れるために、納戸を空けなければなりません。中のがらくたを仕分けて、重たい衣装箪笥を二階へ"
       "上げる必要があります。", helpers=2),
]  # fmt: skip


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data)."""
    return build_set(SimpleNamespace(**globals()), "F9")


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F9 ids), and when this set's own data breaks its promises
    (a decoy CLOSE to its request's ask, a pair both CLOSE and RELATED, a concept no request asks for, a trap pair
    declared CLOSE or RELATED, a foreign language no name speaks)."""
    check_files(out, areas_file, "F9")
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
