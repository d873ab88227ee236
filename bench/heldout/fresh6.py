#!/usr/bin/env python3
"""fresh6: a sixth blind synthetic set in *other phrasing*, with a pool of its own.

Deterministic (seeded) generator and grader, built like fresh5.py on freshset.py.  Every request text and every
volunteer tag / bio sentence below was written by hand for a *concept* (a label of our own); the grades (qrels.tsv)
are derived only from those labels and the structured fields, with shared/data/README.md's rules as fresh4.py /
fresh5.py apply them (CLOSE pairs included).  Nothing here reads or runs the matcher, its taxonomy, the dev set's
grades or the other sealed sets; the only shared input is the areas file (towns and their neighbours).

What differs from fresh5:
  * registers: 丁寧語, a resident's casual voice, 方言 (博多・名古屋・沖縄・北海道), terse notice-board posts (◆…◆,
    ＜急募＞, ［お願い］), a care manager, a 民生委員, a neighbour or a son / daughter writing for someone, a
    foreign resident's simple Japanese (ひらがな多め) and romaji, English, Korean, Nepali and Indonesian mixed in;
  * needs named by their effect or a situation (「ごみ投げに行くのがこわくて」「耳に入れる機械がピーピー鳴る」
    「『オフライン』って出る」「シーミーの前に」), the ask late or only in the title, who-asks phrases that name another
    skill (「手話サークルの者です」「フォトサークルです」「大正琴のあとの時間」), requests that say what they do NOT need
    (「撮り直しではなく」「筆で書く気力はとても」「軽トラは要りません」「着付けを習いたいのではなく」);
  * 44 concepts, 10 of them new to the sealed sets (プリンター・宛名印刷, 移動販売の手伝い, 墓参り・お墓の掃除,
    ごみ出し支援, ハンドケア, 補聴器の手入れ, 介護保険の書類, 古着・着物のリメイク, 着付け, イベント運営), and
    splits of near concepts (パソコン | プリンター, 裁縫 | リメイク | 編み物, 代読・代筆 | 介護保険の書類, 片付け |
    ごみ出し | 力仕事, 買い物 | 移動販売, 傾聴 | ハンドケア);
  * near-but-different traps, graded 0 for each other: 撮影 (camera) / 写真整理 (photo_data), 宛名印刷 (printer) /
    筆の宛名 (calligraphy), 着付け (kitsuke) / 着物のリメイク (remake), 補聴器 (hearing_aid) / 手話 (signlang),
    テレビの設定 (tv_wifi) / テレビ電話 (videocall), 移動販売の「車」(idou_hanbai) / 送迎 (driving), 粗大ごみの運び出し
    (lifting) / ごみ出し (gomidashi), イベントの撮影 (camera) / 運営 (event_staff);
  * decoy volunteers: for a request whose text names a skill it does not ask for, a registrant with exactly that
    skill, in the request's town and free at its time (grade 0, or 1 when the skill is RELATED);
  * constraint traps: a registrant with the asked skill in the right town who is inactive, lacks the language, or is
    free only at other times (grade 0).

Grades (freshset.grade(), as fresh4 / fresh5):
  3 = has a skill asked for, same town (or remote), a common slot;  2 = the same, neighbouring town or town unknown;
  1 = the same but far, or availability unknown (capped at 1), or a RELATED skill in the same / a neighbouring town;
  CLOSE variant (a skill that does the job with a little less fit, e.g. a パソコン helper for a printer) = the place
  grade minus one (2 same town, 1 neighbouring / unknown, 0 far; capped at 1 without availability);
  a two-ask request (main, secondary) lowers the grade by one when either ask is missing, so a volunteer with only
  the main or only the secondary ask scores at most 2;  0 always when a hard constraint fails (inactive, a language
  the request needs, no common slot when both sides gave slots).

    python bench/heldout/fresh6.py          # writes bench/heldout/fresh6/{volunteers,requests}.jsonl,
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

SEED = 20270419
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh6"

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = [f"{d}-{p}" for d in DAYS for p in ("am", "pm", "eve")]
N_RANDOM_VOLUNTEERS = 215

# --------------------------------------------------------------------------------------------------
# Concepts.  tags = what a volunteer might type in the skills field (typos, half-width, hiragana included);
# bio = sentences that say the skill only in running text, several of them naming ANOTHER activity in passing
# (「公民館の麻雀の集まりで、スマホの相談係」「将棋クラブの大会案内も、はがきの宛名印刷で」「タクシー運転手時代、
# お客さんの話を聞くのが」) — the volunteer has the sentence's concept, not the word's.
# --------------------------------------------------------------------------------------------------
DIGITAL = {"smartphone", "line", "videocall", "pc", "printer", "myna", "scam", "photo_data", "tv_wifi"}
CONCEPTS: dict[str, dict[str, list[str]]] = {
    "smartphone": dict(
        tags=["スマホ操作サポート", "スマートフォンの基本", "スマホ", "携帯電話の使い方", "ｽﾏﾎ教室", "Android・iPhone",
              "アンドロイド端末", "すまーとふぉん", "スマホの初期設定", "機種変更後の設定", "らくらくスマホ",
              "スマホよろず相談"],
        bio=["公民館の麻雀の集まりで、いつの間にかスマホの相談係になっていました。",
             "携帯会社のコールセンターで、操作の問い合わせを五年受けていました。",
             "祖父母に文字の大きさや音量の変え方を何度も教えてきたので、ゆっくり説明するのは得意です。",
             "シニア向けのスマホ講座で、受講者さんの横について画面の操作を手伝っています。"],
    ),
    "line": dict(
        tags=["LINEの使い方", "ライン設定", "LINE友だち追加", "ＬＩＮＥ操作", "LINEでの写真送信", "グループLINE",
              "らいん", "LINE公式アカウント", "LINE引き継ぎ", "LNIE"],
        bio=["老人クラブのお知らせをLINEで流す係をしています。",
             "機種変更のたびにLINEの引き継ぎで困る親戚を、毎回助けています。",
             "PTAの連絡網をLINEのグループにまとめた経験があります。"],
    ),
    "videocall": dict(
        tags=["ビデオ通話", "Zoom", "ズーム会議", "LINEビデオ通話", "オンライン通話", "テレビ電話の設定", "Teams",
              "ｚｏｏｍ操作", "びでおつうわ", "オンライン帰省"],
        bio=["オンライン英会話の講師をしていて、毎晩画面越しに授業をしています。",
             "遠くの孫と週一回画面越しにおしゃべりできるよう、両親の横で支度をしてきました。",
             "町内会の役員会をオンラインで開くとき、会の前に参加者の接続確認を担当しています。"],
    ),
    "pc": dict(
        tags=["パソコン操作", "Word入力", "Excel表計算", "エクセル", "ワード", "PC設定", "ﾊﾟｿｺﾝ", "ぱそこん",
              "パソコン初心者向け", "Windowsの設定", "文書作成", "タイピング"],
        bio=["会社では経理でエクセルを毎日使っていました。",
             "書道会の展覧会の案内状を、毎年ワードで作っています。",
             "シニアのパソコンサークルで、電源の入れ方から教えるお手伝いをしています。",
             "パソコン修理の店でアルバイトをしている大学生です。"],
    ),
    "printer": dict(
        tags=["プリンター設定", "年賀状印刷", "宛名印刷", "宛名ソフト", "はがき印刷", "プリンタ", "ぷりんたー",
              "インク交換", "筆まめ", "コンビニ印刷", "ラベル印刷"],
        bio=["毎年暮れに、親戚中の年賀状の宛名をパソコンで刷っています。",
             "事務機の会社で、プリンターの設置と修理を担当していました。",
             "自治会の回覧文書をプリンターで刷る係を三年やりました。",
             "将棋クラブの大会案内も、はがきの宛名印刷で送っています。"],
    ),
    "myna": dict(
        tags=["マイナンバーカード申請", "マイナ保険証", "マイナポータル操作", "電子申請", "まいなカード", "マイナンバー",
              "オンライン申請", "e-Tax", "マイナポイント", "カード読み取り"],
        bio=["市役所のマイナンバーカード出張申請会で、顔写真の撮影と受付をしていました。",
             "親の分も含めて、マイナポータルでの手続きはひと通り経験しました。",
             "郵便局の窓口で、カードの申請書の書き方をご案内していました。"],
    ),
    "scam": dict(
        tags=["詐欺対策", "特殊詐欺の防止", "迷惑電話", "迷惑メール対策", "フィッシング", "還付金詐欺", "さぎ対策",
              "防犯講座", "迷惑電話防止機能", "ｻｷﾞ対策"],
        bio=["元警察官で、特殊詐欺の被害防止の講話をしています。",
             "銀行の窓口で、振り込みを急ぐお年寄りに声をかけてきました。",
             "消費生活センターで、悪質商法の相談を受けていました。"],
    ),
    "photo_data": dict(
        tags=["写真整理", "スマホの写真バックアップ", "写真のデータ化", "アルバム整理", "写真プリント", "Googleフォト",
              "しゃしん整理", "古い写真のスキャン", "フォトブック作成", "SDカード"],
        bio=["古いアルバムの写真をスキャナーで取り込んで、デジタルで残す作業をしています。",
             "フォトブックを作るのが趣味で、家族の写真を毎年一冊にまとめています。",
             "カラオケ仲間の旅行写真を、みんなのスマホに配る係です。"],
    ),
    "tv_wifi": dict(
        tags=["テレビの設定", "Wi-Fiの接続", "無線LAN", "家電の設定", "レコーダー設定", "BS・CSのアンテナ",
              "ワイファイ設定", "リモコン設定", "でんかせいひん", "エアコンのリモコン", "家電の使い方"],
        bio=["家電量販店の配送設置を十五年やっていました。",
             "光回線の工事会社に勤めています。",
             "近所の家の新しいテレビの初期設定を、頼まれては手伝っています。"],
    ),
    "shopping": dict(
        tags=["買い物代行", "買い物の付き添い", "お買い物手伝い", "買い物支援", "かいもの代行", "日用品の買い出し",
              "ネットスーパー注文", "買い物同行"],
        bio=["仕事帰りに、近所のお年寄りの頼まれ物をスーパーで買って届けています。",
             "母の買い物にいつも付き添っていたので、お年寄りと店の中を回るのに慣れています。",
             "ドラッグストアで長く働いていたので、品物の場所には詳しいです。"],
    ),
    "idou_hanbai": dict(
        tags=["移動販売の手伝い", "移動スーパー", "移動販売車", "出張販売", "いどうはんばい", "とくし丸", "販売補助",
              "レジ補助", "品出し"],
        bio=["移動スーパーの停留所で、毎週お客さんの品物を袋に詰める手伝いをしています。",
             "商店街の朝市で、野菜の販売と会計を担当しています。",
             "スーパーの品出しのパートを十年していました。"],
    ),
    "escort": dict(
        tags=["通院付き添い", "病院の付き添い", "外出付き添い", "車いす介助", "歩行介助", "付添い", "つきそい",
              "受診同行", "院内介助", "同行援護"],
        bio=["同行援護の研修を受け、目の不自由な方との外出に付き添っています。",
             "病院ボランティアとして、外来の案内と車いすの移動を手伝っています。",
             "介護タクシーの会社で、乗り降りと病院の中の介助をしていました。"],
    ),
    "driving": dict(
        tags=["送迎", "車の運転", "送迎ボランティア", "運転手", "自家用車あり", "普通自動車免許", "そうげい",
              "通院の送迎", "福祉車両の運転", "ドライバー歴30年"],
        bio=["タクシーの運転手を三十年勤めました。",
             "軽自動車がありますので、近場なら乗せていけます。",
             "福祉車両の運転講習を受け、車いすのまま乗れる車を運転できます。"],
    ),
    "haka": dict(
        tags=["墓参り代行", "お墓の掃除", "墓掃除", "はかまいり", "墓参りの付き添い", "墓石清掃", "霊園の清掃",
              "お墓参り同行"],
        bio=["石材店に勤めていたので、墓石の洗い方や手入れには詳しいです。",
             "お彼岸とお盆には、足の悪い叔母を連れて霊園に通っています。",
             "遠方の親戚のお墓も、頼まれて年に数回掃除しています。"],
    ),
    "garden": dict(
        tags=["草取り", "草むしり", "除草作業", "草刈り機", "庭の手入れ", "花壇づくり", "くさむしり", "庭そうじ",
              "除草", "草刈"],
        bio=["市民農園で野菜を育てているので、草取りは苦になりません。",
             "刈払機の講習を修了し、空き地の草刈りも引き受けています。",
             "マンションの植え込みの手入れを、住民有志でやっています。"],
    ),
    "pruning": dict(
        tags=["剪定", "庭木の剪定", "せん定", "植木の手入れ", "生垣刈り込み", "高所の枝切り", "せんてい", "植木職人",
              "チェーンソー"],
        bio=["植木屋を四十年やってきました。",
             "シルバー人材センターの剪定講習を受けました。",
             "自宅の柿やみかんの木は、毎年自分で枝を落としています。"],
    ),
    "handyman": dict(
        tags=["電球交換", "ちょっとした修理", "小修理", "網戸の修理", "蛇口の修理", "棚の取り付け", "DIY", "日曜大工",
              "でんきゅう交換", "修理全般", "ドアの調整", "工具持参"],
        bio=["電気工事士の資格があり、照明器具の交換ならすぐできます。",
             "工務店で内装の仕事をしていました。",
             "近所の家の網戸や戸のがたつきを、頼まれて直しています。"],
    ),
    "tidy": dict(
        tags=["片付け", "掃除", "整理収納", "大掃除", "部屋の片付け", "遺品整理", "おそうじ", "不用品の整理", "整理整頓",
              "ハウスクリーニング"],
        bio=["ハウスクリーニングの会社で働いていました。",
             "実家の遺品整理を一人でやり遂げました。",
             "整理収納の講座を受けて、自宅の押し入れが見違えました。"],
    ),
    "gomidashi": dict(
        tags=["ごみ出し", "ゴミ出し支援", "資源ごみ", "ごみの分別", "ゴミ出し代行", "ごみだし", "粗大ごみの申し込み",
              "分別の手伝い", "ゴミ捨て"],
        bio=["通勤の途中で、近所のお年寄りのごみ袋を集積所まで運んでいます。",
             "自治会のごみ当番と集積所の見回りを担当しています。",
             "市の清掃事務所に勤めていたので、分別の決まりには詳しいです。"],
    ),
    "lifting": dict(
        tags=["力仕事", "荷物の運搬", "家具の移動", "重い物を運ぶ", "引っ越し", "運搬作業", "ちからしごと", "軽トラあり",
              "搬出"],
        bio=["大学のラグビー部で、毎日体を鍛えています。",
             "運送会社で配達をしていました。",
             "体力には自信があり、町内の祭りでは毎年神輿を担いでいます。"],
    ),
    "cooking": dict(
        tags=["料理", "調理", "配食", "お弁当作り", "家庭料理", "栄養士", "りょうり", "減塩料理", "作り置き",
              "食事づくり", "配食ボランティア"],
        bio=["配食サービスの調理ボランティアを、毎週木曜にしています。",
             "管理栄養士として病院の給食に携わっていました。",
             "作り置きのおかずを週末にまとめて作るのが得意です。",
             "囲碁の集まりでは、いつもおにぎりと漬物を差し入れています。"],
    ),
    "listening": dict(
        tags=["傾聴", "話し相手", "傾聴ボランティア", "おしゃべり相手", "電話で話し相手", "けいちょう", "聞き上手",
              "話し相手ボランティア"],
        bio=["傾聴講座を受けて、施設で月二回お話を伺っています。",
             "タクシー運転手時代、お客さんの話を聞くのが何よりの楽しみでした。",
             "電話相談の窓口で、相づちを打ちながら話を聞く仕事をしていました。"],
    ),
    "watch_elder": dict(
        tags=["見守り", "安否確認", "見守り訪問", "高齢者の見守り", "声かけ訪問", "みまもり", "一人暮らし高齢者訪問",
              "見守り活動"],
        bio=["民生委員として、担当地区のひとり暮らしの方を訪ねています。",
             "新聞配達のついでに、郵便受けがたまっていないか気にかけています。",
             "乳酸菌飲料の配達で、ひとり暮らしのお宅を毎週回っていました。"],
    ),
    "handcare": dict(
        tags=["ハンドマッサージ", "ハンドケア", "ネイルケア", "爪のお手入れ", "タッチケア", "アロマハンドトリートメント",
              "はんどまっさーじ", "ネイリスト", "ハンドトリートメント"],
        bio=["ネイリストをしていて、施設で爪のお手入れのボランティアもしています。",
             "アロマの資格を取り、デイサービスで手のマッサージをしています。",
             "傾聴の会の仲間と、手を温めながらお話しする活動をしています。"],
    ),
    "hearing_aid": dict(
        tags=["補聴器の手入れ", "補聴器", "補聴器の電池交換", "集音器", "ほちょうき", "補聴器の掃除", "聞こえの相談",
              "認定補聴器技能者", "補聴器の調整"],
        bio=["眼鏡店の補聴器売り場に長く立っていました。",
             "父の補聴器の電池替えと掃除を、毎週しています。",
             "難聴者の会で、補聴器の扱い方の講習を手伝っています。"],
    ),
    "kaigo_forms": dict(
        tags=["介護保険の手続き", "介護保険申請書", "要介護認定", "介護保険", "かいごほけん", "福祉の書類", "ケアマネ経験",
              "介護サービスの申し込み", "制度の相談"],
        bio=["ケアマネジャーを十年していました。",
             "地域包括支援センターの窓口で、要介護認定の申請を受け付けていました。",
             "親の介護で、保険の申請や更新の書類を何度も書いてきました。"],
    ),
    "daihitsu": dict(
        tags=["代筆", "代読", "代読代筆", "手紙の代筆", "書類の読み上げ", "だいどく", "郵便物の読み上げ", "記入の手伝い"],
        bio=["視覚障害のある方のお宅で、届いた手紙を読む活動をしています。",
             "銀行の窓口で、用紙の記入をお手伝いしていました。",
             "字がきれいだと言われ、親戚の手紙をよく代わりに書いています。"],
    ),
    "study": dict(
        tags=["学習支援", "宿題を見る", "算数・数学", "英語", "勉強を教える", "がくしゅう支援", "高校受験",
              "小学生の勉強", "漢字ドリル", "理科"],
        bio=["小学校の教員を定年まで勤めました。",
             "大学で数学を専攻していて、塾の講師もしています。",
             "学習支援教室で、中学生の英語を見ています。"],
    ),
    "watch_child": dict(
        tags=["子育て支援", "保育ボランティア", "託児", "子どもの見守り", "保育士資格", "一時保育", "こそだて", "子守り",
              "ベビーシッター経験", "ファミサポ"],
        bio=["ファミリーサポートの提供会員をしています。",
             "幼稚園教諭をしていました。",
             "二人の子が大きくなり、今は近所の子の送り迎えや留守番を手伝っています。"],
    ),
    "yomikikase": dict(
        tags=["読み聞かせ", "絵本", "紙芝居", "おはなし会", "よみきかせ", "大型絵本", "パネルシアター", "素話"],
        bio=["幼稚園で、毎週金曜に絵本を読んでいます。",
             "紙芝居の会に入って、高齢者施設でも上演しています。",
             "子ども文庫を自宅で開いています。"],
    ),
    "japanese": dict(
        tags=["日本語ボランティア", "日本語教室", "日本語指導", "にほんご", "やさしい日本語", "日本語教師", "漢字",
              "日本語能力試験", "会話練習"],
        bio=["日本語教師の資格を持ち、オンラインでも教えています。",
             "地域の日本語教室で、ネパール出身の方と会話の練習をしています。",
             "技能実習生の日本語の先生をしていました。"],
    ),
    "interp": dict(
        tags=["通訳", "翻訳", "通訳・翻訳", "医療通訳", "つうやく", "書類の翻訳", "同行通訳"],  # + INTERP_TAGS
        bio=["国際交流協会で通訳ボランティアをしています。",
             "貿易会社で、書類の翻訳と電話の通訳をしていました。",
             "子どもの学校の保護者会で、同じ国のお母さんたちの通訳をしています。"],
    ),
    "signlang": dict(
        tags=["手話", "手話通訳者", "しゅわ", "手話サークル所属", "手話技能検定2級", "手話で会話"],
        bio=["手話サークルで十五年学んでいます。",
             "ろう学校の教員をしていました。"],
    ),
    "onyaku": dict(
        tags=["音訳", "朗読", "音訳ボランティア", "録音図書", "おんやく", "音声訳", "朗読会", "デイジー図書"],
        bio=["図書館で、目の不自由な方のための録音図書を作っています。",
             "放送部出身で、朗読の会に入っています。",
             "市の広報を声で届ける録音に、月に一度参加しています。"],
    ),
    "calligraphy": dict(
        tags=["書道", "習字", "毛筆", "筆ペン", "しょどう", "書道講師", "賞状書き", "書道教室", "ペン習字"],
        bio=["書道教室を三十年開いています。",
             "賞状や式次第の筆耕を仕事にしていました。",
             "公民館の書道クラブで、年賀状の筆文字も教えています。"],
    ),
    "sewing": dict(
        tags=["裁縫", "ミシン", "縫い物", "裾上げ", "ボタン付け", "繕い物", "さいほう", "洋裁", "ゼッケン付け"],
        bio=["洋裁店でお直しをしていました。",
             "ミシンで子どもの通園グッズを縫うのが得意です。",
             "手芸サークルで、雑巾やおむつカバーを縫って施設に届けています。"],
    ),
    "remake": dict(
        tags=["古着リメイク", "着物リメイク", "リメイク", "洋服のリフォーム", "着物をほどく", "りめいく", "服の作り直し",
              "着物から洋服"],
        bio=["母の着物をほどいて、ワンピースや小物に仕立て直しています。",
             "古着をバッグやエプロンに作り替える教室を開いています。",
             "サイズの合わなくなった服を、体型に合わせて作り直してきました。"],
    ),
    "knitting": dict(
        tags=["編み物", "かぎ針", "棒針", "毛糸", "あみもの", "ニット小物", "手編み", "編み物講師"],
        bio=["冬は毎晩、こたつで靴下を編んでいます。",
             "手芸店の編み物講座を担当していました。",
             "施設のバザーに、手編みのアクリルたわしを出しています。"],
    ),
    "kitsuke": dict(
        tags=["着付け", "着物の着付け", "浴衣の着付け", "きつけ", "着付け師", "着付け教室", "振袖の着付け", "和装"],
        bio=["着付け教室の講師をしています。",
             "成人式の朝は毎年、美容院で振袖の着付けを手伝っています。",
             "夏祭りの前には、近所の子どもたちに浴衣を着せています。"],
    ),
    "shogi": dict(
        tags=["将棋", "しょうぎ", "将棋の相手", "将棋三段", "将棋教室", "詰め将棋", "将棋指導員"],
        bio=["将棋道場に三十年通い、アマ五段です。",
             "子ども将棋教室で、駒の並べ方から教えています。"],
    ),
    "exercise": dict(
        tags=["体操", "健康体操", "ラジオ体操", "椅子ヨガ", "ストレッチ指導", "転倒予防体操", "たいそう", "リズム体操",
              "筋力トレーニング", "健康運動指導士"],
        bio=["健康運動指導士として、公民館の体操教室を受け持っています。",
             "介護施設で機能訓練指導員をしていました。",
             "地域のラジオ体操会で、毎朝みんなの前に立っています。"],
    ),
    "music": dict(
        tags=["歌", "ピアノ伴奏", "ギター", "ハーモニカ", "合唱", "楽器", "キーボード", "大正琴", "うた", "三線",
              "カラオケ指導"],
        bio=["合唱団で三十年歌っています。",
             "音楽教室でピアノを教えています。",
             "三線を弾いて、施設で沖縄の歌を披露しています。"],
    ),
    "camera": dict(
        tags=["写真撮影", "カメラマン", "一眼レフ撮影", "イベント撮影", "記念撮影", "しゃしん撮影", "撮影", "遺影撮影",
              "動画撮影"],
        bio=["新聞社で報道カメラマンをしていました。",
             "地域の祭りや運動会の写真を撮って、自治会の広報に載せています。",
             "写真クラブに入って、週末は一眼レフを持って撮り歩いています。"],
    ),
    "event_staff": dict(
        tags=["イベント運営", "受付", "会場設営", "誘導", "イベントスタッフ", "司会", "いべんと", "会場案内",
              "駐車場誘導", "運営ボランティア"],
        bio=["市民まつりの実行委員を五年続けています。",
             "ホテルの宴会係をしていたので、受付や会場の段取りに慣れています。",
             "マラソン大会で、給水と誘導のボランティアをしました。"],
    ),
}  # fmt: skip

# CLOSE: a substitute that does the job with a little less fit — graded as having the skill, one grade lower.
CLOSE = sorted(
    tuple(sorted(p))
    for p in [
        ("pc", "printer"),  # a PC helper can get the printer going and set up the address printing
        ("remake", "sewing"),  # a dressmaker can rework an old garment
        ("kaigo_forms", "daihitsu"),  # a form-filling helper can write the care form with the person
        ("photo_data", "smartphone"),  # a phone helper can move the photos
    ]
)
# RELATED: grade 1 when nearby.  Deliberately NOT related (near-but-different traps): camera / photo_data,
# printer / calligraphy, kitsuke / remake, hearing_aid / signlang, tv_wifi / videocall, idou_hanbai / driving,
# lifting / gomidashi, camera / event_staff, signlang / interp.
RELATED = sorted(
    tuple(sorted(p))
    for p in [
        ("smartphone", "line"),
        ("smartphone", "videocall"),
        ("smartphone", "myna"),
        ("smartphone", "scam"),
        ("line", "videocall"),
        ("pc", "videocall"),
        ("pc", "myna"),
        ("pc", "tv_wifi"),
        ("pc", "photo_data"),
        ("printer", "photo_data"),
        ("printer", "tv_wifi"),
        ("shopping", "cooking"),
        ("shopping", "driving"),
        ("shopping", "idou_hanbai"),
        ("driving", "escort"),
        ("escort", "haka"),
        ("escort", "watch_elder"),
        ("garden", "pruning"),
        ("garden", "haka"),
        ("tidy", "lifting"),
        ("tidy", "gomidashi"),
        ("gomidashi", "watch_elder"),
        ("lifting", "event_staff"),
        ("listening", "watch_elder"),
        ("listening", "handcare"),
        ("daihitsu", "onyaku"),
        ("daihitsu", "calligraphy"),
        ("interp", "japanese"),
        ("japanese", "study"),
        ("study", "watch_child"),
        ("watch_child", "yomikikase"),
        ("onyaku", "yomikikase"),
        ("sewing", "knitting"),
    ]
)

# sentences that carry a trap word but NO skill; never given to a volunteer who has one of the listed concepts
TRAP_FILLERS = {
    "着物はたんすにしまったままで、自分では着られません。": {"kitsuke", "remake", "sewing"},
    "年賀状は数年前に出すのをやめてしまいました。": {"printer", "calligraphy"},
    "補聴器の話は、まだ自分には早いと思っています。": {"hearing_aid"},
    "お墓は田舎にあって、もう何年もお参りできていません。": {"haka"},
    "プリンターは買ったものの、箱から出してもいません。": DIGITAL,
    "ごみの分別は、いまだに家族に叱られてばかりです。": {"gomidashi", "tidy"},
    "運転免許は去年、自分から返納しました。": {"driving"},
    "手話は、テレビのニュースの隅で見かけるくらいです。": {"signlang"},
    "移動販売の車が来ると、つい余計な物まで買ってしまいます。": {"idou_hanbai", "shopping"},
    "写真は撮るばかりで、スマホの中はぐちゃぐちゃのままです。": {"photo_data", "camera"} | DIGITAL,
    "介護保険の書類は、いつもケアマネさん任せでした。": {"kaigo_forms", "daihitsu"},
    "爪切りも人にやってもらうほど不器用です。": {"handcare", "sewing", "remake", "knitting", "handyman"},
    "イベントは見に行く専門で、裏方はしたことがありません。": {"event_staff"},
    "草むしりは腰に来るので、もう勘弁してもらっています。": {"garden", "pruning", "haka"},
    "料理は電子レンジで温めるのが精一杯です。": {"cooking"},
    "LINEは家族とスタンプを送り合うくらいです。": DIGITAL,
    "将棋は駒の名前がやっと言えるくらいです。": {"shogi"},
    "楽器はリコーダー以来、触ったことがありません。": {"music"},
    "子どもの相手は苦手で、親戚の集まりでも隅にいるほうです。": {"watch_child", "yomikikase", "study"},
    "英語は中学校の授業で習ったきりで、もう忘れました。": {"interp", "japanese", "study"},
}
INTROS = [
    "清瀬に来て十年、けやき通りの散歩が好きです。",
    "子どもが独立して、自分の時間ができました。",
    "週三日、病院の医事課で事務をしています。",
    "八十歳になりましたが、まだまだ動けるつもりです。",
    "看護師を退職して二年になります。",
    "在宅でデザインの仕事をしています。",
    "大学一年生で、ボランティアサークルに入りました。",
    "夫婦で清瀬に越してきたばかりです。",
    "商店街でクリーニング店を営んでいます。",
    "朝は犬の散歩、午後は家にいることが多いです。",
    "市役所を定年退職して三年目です。",
    "中学生の息子が二人います。",
    "",
    "",
]
FOREIGN_INTROS = {  # by the volunteer's home language
    "en": "I'm from Brisbane and have taught at a language school near Kiyose station for four years.",
    "ko": "서울에서 왔고 기요세에 산 지 삼 년이 됐어요.",
    "ne": "म पोखराबाट आएँ, कियोसेमा बसेको चार वर्ष भयो।",
    "id": "Saya dari Surabaya dan sudah tiga tahun tinggal di Kiyose.",
    "zh": "我来自大连，在清濑已经住了五年。",
}
CLOSINGS = [
    "どうぞ気軽にお声をおかけください。",
    "平日より土日のほうが動きやすいです。",
    "急なご依頼でも、できる範囲でお受けします。",
    "歩いて行ける範囲だとありがたいです。",
    "",
    "",
    "Happy to help anytime.",
    "夏場は体調を見ながらの参加になります。",
]
FAMILY = ["秋山", "石川", "岩崎", "上野", "大塚", "岡本", "片山", "川口", "北川", "久保", "小松", "酒井", "佐々木",
          "篠原", "菅原", "高田", "竹内", "辻", "中島", "永井", "成田", "西川", "長谷部", "樋口", "藤本", "堀内",
          "松井", "宮崎", "森田", "山内", "吉村", "和田"]  # fmt: skip
GIVEN = ["健太", "美代子", "大輔", "トキ", "浩二", "真由美", "ヨシ", "翔", "恵子", "清", "さくら", "修", "和子",
         "陽菜", "文子", "実", "彩花", "正"]  # fmt: skip
FOREIGN = [
    ("Kim Ji-hoon", ["ko", "ja"]),
    ("Park Soo-ah", ["ko"]),
    ("Lee Hye-jin", ["ko", "en", "ja"]),
    ("Sharma Bikash", ["ne", "ja"]),
    ("Gurung Anita", ["ne", "en"]),
    ("Rai Sunita", ["ne", "ja", "en"]),
    ("Putri Wulandari", ["id", "ja"]),
    ("Agus Setiawan", ["id"]),
    ("Dewi Lestari", ["id", "en", "ja"]),
    ("Emily Carter", ["en", "ja"]),
    ("James Reid", ["en"]),
    ("王 海燕", ["zh", "ja"]),
    ("陈 志明", ["zh"]),
    ("Thapa Priya", ["ne", "ja"]),
    ("Nurul Hidayah", ["id", "ja"]),
]
FOREIGN_LANGS = ["en", "ko", "ne", "id", "zh"]
HOME_LANG = {n: next(x for x in ls if x != "ja") for n, ls in FOREIGN}  # the intro a name writes
INTERP_TAGS = {  # an interpreter names the language they work in
    "en": ["英語通訳", "English-Japanese interpreter", "えいご通訳"],
    "ko": ["韓国語通訳", "한국어 통역", "かんこくご"],
    "ne": ["ネパール語通訳", "नेपाली दोभाषे", "ネパール語"],
    "id": ["インドネシア語通訳", "penerjemah Bahasa Indonesia", "インドネシア語"],
    "zh": ["中国語通訳", "中日翻译", "ちゅうごくご通訳"],
}


# --------------------------------------------------------------------------------------------------
# Requests, each written whole.  need = concept labels, the main ask first (the text may say it first, last or
# only in the title); decoy = concepts the text NAMES but does not ask for (who asks, for whom, what is NOT
# needed); area "R" / slots "R" = drawn by the seed.  Rq (freshset.py) makes one.
# --------------------------------------------------------------------------------------------------
REQUESTS = [
    # ---- smartphone
    Rq(["smartphone"], "resident", "水谷 トシ子", "機種変えたら、なんもわからんようになってまった",
       "店の人に勧められて新しいスマホにしたんだけどよ、前のとまるっきり勝手が違ってかんわ。電話ひとつ"
       "かけるのもえらいこっちゃ。誰ぞ横についてやり方教えてちょーよ。"),
    Rq(["smartphone"], "resident", "Choi Eun-young", "스마트폰 설정 / すまほ の せってい",
       "안녕하세요. 일본 스마트폰을 새로 샀어요. にほんご の せってい が わかりません。がめん を かんこくご に "
       "したい、でも やりかた が わからない。한국어로 도와주실 분 계세요?", langs=["ko"]),
    Rq(["smartphone"], "group", "竹丘シニアクラブ", "◆例会後のスマホ何でも相談 2名◆",
       "竹丘シニアクラブ例会後の30分、会員のスマホの操作相談。大正琴の演奏のあとの時間です、楽器のご用意は"
       "不要。", ["thu-pm"], helpers=2, area="town_takeoka", decoy=["music"]),
    # ---- line
    Rq(["line"], "resident", "田村 瑞穂", "隣のおばあちゃんのライン",
       "隣に住む九十歳のおばあちゃんのことで書いています。遠くの息子さんからラインで写真が届いているのに、"
       "開き方が分からず見られないままだそうです。私も教えてみたのですが、うまく伝わらず…。根気よく付き"
       "合ってくださる方がいたらお願いします。"),
    Rq(["line"], "resident", "Siti Rahmawati", "Grup LINE sekolah / がっこう の LINE",
       "Halo, saya dari Indonesia. Sekolah anak saya pakai grup LINE, tapi pesannya panjang dan pakai kanji. "
       "LINE の グループ の みかた と、ほんやく の きのう の つかいかた を おしえて ください。Kalau bisa "
       "pakai Bahasa Indonesia.", langs=["id"]),
    Rq(["line"], "group", "清瀬手話サークルひまわり", "手話サークルの連絡網をLINEに",
       "手話サークルの者です。手話のことではなく、会員への連絡をLINEのグループにまとめたいのです。"
       "グループの作り方と、会員の招待のやり方を教えていただける方を。", ["sat-pm"], decoy=["signlang"]),
    # ---- videocall
    Rq(["videocall"], "resident", "ケアプランつばさ 山岸", "施設のご主人と顔を見て話したい（ケアマネより）",
       "担当している利用者さん（82歳・女性）のご主人が、遠方の施設に入所されました。施設は画面越しの面会に"
       "対応しているのですが、ご本人の家には機器がなく、使い方も分からない状態です。タブレットは息子さんが"
       "用意するとのことで、つなぎ方と当日の操作をご本人に教えていただける方を探しています。"),
    Rq(["videocall"], "resident", "佐藤 ツヤ", "札幌の娘と画面でしゃべりたいっしょ",
       "娘が札幌さ住んでて、なまら会いたいんだけど、飛行機代も馬鹿にならないっしょ。顔見ながらしゃべれる"
       "やつ、あれスマホでできるんだべか。やり方教えてもらえたら、なんぼ助かるか。"),
    Rq(["videocall"], "group", "清瀬市民大学OB会", "総会、画面で参加する会員の案内係",
       "清瀬市民大学OB会です。総会を会場と画面の両方で開きます。自宅から画面で入る会員へのつなぎ方の案内と、"
       "当日の画面の操作係をお願いしたい。会場の受付は会員でやります。", ["sat-pm"], area="town_nakazato",
       decoy=["event_staff"]),
    # ---- pc
    Rq(["pc"], "resident", "大西 義男", "退職後の趣味で",
       "退職してから郷土史の聞き書きを続けていて、原稿用紙が五百枚を超えました。これを一冊にまとめたいの"
       "ですが、手書きのままでは印刷所にも出せません。文章を打ち込んで、ページの体裁を整えるところを"
       "教わりたいのです。"),
    Rq(["pc"], "resident", "比嘉 ヨシ子", "エクセルってなんねー",
       "公民館の会計を頼まれたさー。前の人はエクセルで帳簿つけてたって。わんはパソコン触ったことも"
       "ないわけよ。一から教えてくれる人いないかねー。"),
    Rq(["pc"], "resident", "Daniel Brooks", "Japanese keyboard on my laptop",
       "My laptop is set up in English and I can't type Japanese for my kid's school forms. Could someone help "
       "me add Japanese input and show me how to switch between the two? English please.", langs=["en"]),
    # ---- printer
    Rq(["printer"], "resident", "鈴村 千代", "喪中はがきの宛名を",
       "今年は主人が亡くなり、喪中のはがきを百枚ほど出さなければなりません。筆で書く気力はとてもなく、"
       "住所録はパソコンに入っているので、機械で宛名を刷れるようにしていただけたら助かります。文面は印刷屋"
       "さんに頼みました。", decoy=["calligraphy"]),
    Rq(["printer"], "resident", "松下 奈々", "『オフライン』って出て一枚も出ない",
       "ネットは見られるのに、印刷しようとすると『オフライン』って出て一枚も出てこないんです。インクは替えた"
       "ばっかり。孫の写真を刷りたいだけなのに…"),
    # ---- myna
    Rq(["myna"], "resident", "森山 浩", "母のマイナ保険証、登録できてる？",
       "母（84）の件で、息子が書いています。病院で『保険証としての登録がされていない』と言われたそうです。"
       "私は平日会社で動けません。母のスマホか、どこかの端末で登録を済ませるのを、母の横で手伝って"
       "いただける方はいますか。"),
    Rq(["myna"], "resident", "Bishnu Adhikari", "Mynumber card shinsei",
       "Konnichiwa. Watashi wa Nepal kara kimashita. Mynumber card no shinsei wo sumaho de shitai desu. "
       "Kanji ga yomemasen. Yasashii nihongo de oshiete kudasai."),
    # ---- scam
    Rq(["scam"], "resident", "民生委員 原口", "『還付金があります』と電話が",
       "民生委員です。担当のお宅のご夫婦に、市役所を名乗る還付金の電話が何度もかかっています。今のところ"
       "無事ですが、お二人とも人を疑わない方で心配です。電話機の設定や、こういう電話の見分け方を一緒に"
       "話していただける方はいませんか。"),
    Rq(["scam"], "resident", "遠藤 海斗", "じいちゃんのスマホに変なSMS",
       "じいちゃんのスマホに『料金未払い』『荷物預かってます』みたいなSMSが毎日届いてて、この前リンク"
       "押しかけたらしい。止めれたけど怖いから、ブロックの設定と、どれがヤバいか見分けるコツを教えてあげて"
       "ほしい。俺は夜勤で昼間いけないんで。"),
    Rq(["scam"], "group", "旭が丘いこいの会", "◇防犯サロン 講師1名◇",
       "詐欺の手口と断り方の話を30分。寸劇でも可。お茶菓子あり。", ["fri-pm"], area="town_asahigaoka"),
    # ---- photo_data
    Rq(["photo_data"], "resident", "岸本 康子", "父の古いアルバムを",
       "実家を片付けていたら、父の若いころのアルバムが十冊出てきました。色あせる前に画像にして残し、兄弟"
       "三人で見られるようにしたいのです。撮り直しではなく、今ある写真をデータにするお願いです。",
       decoy=["camera", "tidy"]),
    Rq(["photo_data"], "resident", "Ayu Pratiwi", "Foto di HP penuh / しゃしん が いっぱい",
       "HP saya penuh foto anak. スマホ の しゃしん が いっぱい で、あたらしい しゃしん が とれません。"
       "Bisa bantu pindahkan ke Google Photos? やさしい にほんご で OK です。"),
    # ---- tv_wifi
    Rq(["tv_wifi"], "resident", "新垣 ウト", "テレビが映らんさー",
       "台風のあとからテレビが映らなくなったわけよ。アンテナかねー、線かねー。息子は内地だし、見てくれる"
       "人いたら助かるさー。"),
    Rq(["tv_wifi"], "resident", "桜井 昌子", "夜中に急に止まってしまう",
       "新しいエアコンを付けてもらったのですが、リモコンのボタンが多すぎて、暖房への切り替え方も、タイマーの"
       "消し方も分かりません。夜中に急に止まってしまい、寒くて目が覚めます。"),
    Rq(["tv_wifi"], "resident", "梶原 由香", "母の家にWi-Fiを",
       "一人暮らしの母の家にインターネットを引きました。ルーターは届いていますが、母一人では配線も設定も"
       "できません。母のスマホとテレビをつなぐところまでお願いできますか。つながった後のスマホの使い方は"
       "私が教えます。", decoy=["smartphone"]),
    # ---- shopping
    Rq(["shopping"], "resident", "中村 キヨ", "重かもんば買うてきてほしか",
       "お米やら醤油やら、重かもんば買いに行くとがきつうなったけん、週に一回、代わりに買うてきてくれる人は"
       "おらんやろか。お金は先に渡すけん。"),
    Rq(["shopping"], "resident", "ケアマネジャー 今井", "退院後しばらくの食料品",
       "担当の方（78歳・男性）が来週退院されますが、しばらくは外出を控えるよう言われています。ヘルパーの"
       "入らない週末に、近所のスーパーで食料品を買って届けてくださる方を探しています。調理はご本人ができ"
       "ます。", ["sat-am", "sun-am"], decoy=["cooking"]),
    Rq(["shopping"], "resident", "Dipak Shrestha", "かいもの いっしょに / किनमेल",
       "नमस्ते। म नेपालबाट आएको हुँ। にほん の スーパー、なに が どこ に ある か わかりません。はじめて の "
       "かいもの、いっしょに いって ください。ネパールご で おねがい します。", langs=["ne"]),
    # ---- idou_hanbai
    Rq(["idou_hanbai"], "group", "中里団地自治会", "移動スーパー停留所のお手伝い",
       "毎週火曜の午前、中里団地の広場に移動スーパーの車が来ます。お年寄りのお客さんのかごを持ったり、"
       "品物を選ぶのを手伝ったり、会計までの声かけをしてくださる方を。運転や車の手配は業者さんです。",
       ["tue-am"], helpers=2, area="town_nakazato", decoy=["driving"]),
    Rq(["idou_hanbai"], "group", "梅園地区社協", "◆ボランティア募集◆ 坂の上の出張販売",
       "社協と地元商店の共催で、坂の上の地区に月2回、野菜や日用品を並べる出張販売を始めます。品出し・値札"
       "付け・袋詰め・お客さんへの声かけの係。", ["thu-am"], helpers=3, area="town_umezono"),
    Rq(["idou_hanbai"], "group", "八百屋まるよし", "軽トラの移動販売、売り場の手が足りません",
       "八百屋をやっております。軽トラで団地を回る移動販売を始めましたが、売り場に立つのが私一人で、お年寄り"
       "のお客さんを待たせてしまいます。品物を袋に入れたり、お釣りを数えたりを手伝ってくださる方はいません"
       "か。重い箱の積み下ろしは私がやります。", ["wed-am", "sat-am"], decoy=["lifting"]),
    # ---- escort
    Rq(["escort"], "resident", "竹中 和夫", "検査の日、ひとりで病院を回るのが不安",
       "来月、大きな病院で胃カメラの検査を受けます。前の晩から何も食べられず、終わったあとはふらつくと言われ"
       "ました。家を出るところから、検査が終わって家に戻るまで、そばについて歩いていただける方を。タクシー"
       "は自分で呼びます。", decoy=["driving"]),
    Rq(["escort"], "resident", "Yoon Mi-kyung", "병원 동행 / びょういん に いっしょに",
       "어머니가 다리가 불편하세요. はは の あし が わるい です。せいけいげか に いっしょに いって、くるまいす "
       "を おして ください。かんこくご が できる ひと、おねがい します。", langs=["ko"]),
    # ---- driving
    Rq(["driving"], "resident", "工藤 ハナ", "病院まで乗せてってもらえないべか",
       "膝やってから、バス停まで歩くだけでこわくてさ。月二回、リハビリの病院まで車で乗せてってくれる人"
       "いないべか。帰りは病院の送迎バスあるから、行きだけでいいんだわ。", ["mon-am", "thu-am"]),
    Rq(["driving"], "group", "ふれあいサロン竹丘", "［お願い］サロンへの送り迎え",
       "歩いて来られなくなった常連さん三名を、会場まで車で送り迎えしてくださる方を。サロンの中の体操や"
       "お茶出しは会員でやります。", ["wed-am"], helpers=2, area="town_takeoka", decoy=["exercise"]),
    Rq(["driving"], "resident", "Rachel Morgan", "Ride to the immigration office",
       "I need to renew my residence card at the immigration office in Tachikawa and I have a newborn. Is "
       "there a volunteer driver who could take us there and back? I'm happy to pay for gas.", langs=["en"]),
    # ---- haka
    Rq(["haka"], "resident", "坂口 隆之", "父の墓が荒れていると聞き",
       "大阪に住んでいます。清瀬の霊園にある父の墓が、草と落ち葉で荒れていると親戚から聞きました。年に一、"
       "二度しか帰れないので、お彼岸の前に墓石を洗って周りを掃除していただける方を探しています。",
       decoy=["garden"]),
    Rq(["haka"], "resident", "宮城 カマド", "シーミーの前にお墓をきれいにしたいさー",
       "こっちに建てたお墓、シーミーの前にきれいにしないといけないさ。でも、わんはもう腰が曲がってるし、"
       "孫は会社で忙しいわけよ。一緒に行って、水かけて拭いてくれる人いないかねー。"),
    Rq(["haka"], "resident", "土井 和江", "命日に主人の墓へ",
       "主人の命日に墓へ参りたいのですが、霊園の中は坂と段が多く、一人では手桶を持って歩けません。花と線香"
       "は用意します。お墓まで一緒に歩いて、掃除を手伝ってくださる方を。車は息子が出してくれます。",
       decoy=["driving"]),
    # ---- garden
    Rq(["garden"], "resident", "加藤 勝", "庭の草がえらいことになっとる",
       "入院しとる間に、庭の草がえらいことになってまったがね。腰がわるいもんで、しゃがむのがかなわん。"
       "草だけ抜いてくれる人おらんかね。木はそのままでええで。", decoy=["pruning"]),
    Rq(["garden"], "resident", "山崎 涼子", "空き家になった実家の庭",
       "母が施設に入り、実家が空き家になりました。夏の間に雑草が腰の高さまで伸び、ご近所から苦情が来て"
       "います。月に一度、草を刈っていただける方を。家の中の片付けはもう済んでいます。", decoy=["tidy"]),
    # ---- pruning
    Rq(["pruning"], "resident", "井上 房子", "電線にかかりそうな枝",
       "庭のけやきが大きくなり、枝が電線に届きそうです。電力会社に頼むほどではないと言われ、どうしたものかと。"
       "高いところの枝を落とせる方はいらっしゃいませんか。"),
    Rq(["pruning"], "resident", "吉岡 大樹", "生垣がぼさぼさで",
       "うちの生垣、もう二年手を入れてなくてぼさぼさ。角を曲がる車から子どもが見えなくて危ないって言われ"
       "ちゃった。きれいに刈り込んでくれる人いないかなあ。"),
    # ---- handyman
    Rq(["handyman"], "resident", "高橋 イツ子", "網戸が外れてなまら困ってる",
       "網戸がレールから外れちゃって、はめようとしても戻らないんだわ。夏になると虫入ってくるっしょ、早いとこ"
       "直したくてさ。"),
    Rq(["handyman"], "resident", "野々村 静", "台所の電気がつかない",
       "台所の天井の蛍光灯が、スイッチを入れてもつかなくなりました。替えの管は買ってあるのですが、椅子に乗る"
       "のが怖くて。夕方になると手元が見えず、料理もままなりません。", decoy=["cooking"]),
    Rq(["handyman"], "resident", "三上 亮介", "向かいの家に手すりを",
       "向かいのお宅のご主人が、玄関の段差でよく転びそうになっています。手すりを付ければと思うのですが、"
       "私には工具がありません。壁に手すりを取り付けられる方はいませんか。ご本人の了承は取ってあります。"),
    # ---- tidy
    Rq(["tidy"], "resident", "居宅介護支援センターあおば 林", "介護ベッドを入れる場所がない",
       "ケアマネジャーです。担当の方のお宅で、押し入れと納戸に物があふれ、介護ベッドを入れる場所があり"
       "ません。ヘルパーは決まった時間しか入れず、物の整理までは手が回りません。ご本人と相談しながら、要る物"
       "と要らない物を分けていただける方を。"),
    Rq(["tidy"], "group", "のしお地域食堂", "＜急募＞食堂の倉庫整理",
       "地域食堂の倉庫整理。食器と備品の仕分け、不要品の分別。料理の担当ではありません。日曜午後2時間。",
       ["sun-pm"], helpers=3, decoy=["cooking"]),
    # ---- gomidashi
    Rq(["gomidashi"], "resident", "村岡 フミ", "ごみ投げに行くのがこわくて",
       "ごみ投げる場所が坂の下にあってさ、膝悪くしてから袋持って往復するのがこわいんだわ。燃えるごみの日"
       "だけでいいから、玄関から持ってってくれる人いないべか。", ["tue-am", "fri-am"]),
    Rq(["gomidashi"], "resident", "長田 正子", "分別の日が覚えられなくて",
       "目が悪くなって、カレンダーの分別の日が読めません。気がつくと台所にごみ袋がたまっています。週に一度"
       "来て、分けて出すのを手伝っていただけたら。部屋の掃除まではお願いしなくて大丈夫です。",
       decoy=["tidy"]),
    Rq(["gomidashi"], "resident", "Rina Kusuma", "ごみ の わけかた / cara buang sampah",
       "Saya baru pindah ke Kiyose. ごみ の わけかた が わかりません。プラ、かん、びん、いつ だす？ "
       "Ada yang bisa bantu jelaskan dalam Bahasa Indonesia?", langs=["id"]),
    # ---- lifting
    Rq(["lifting"], "resident", "堀田 栄", "粗大ごみのたんすを外まで",
       "古い桐のたんすを粗大ごみに出すことにして、申し込みも済ませました。ただ二階にあって、当日までに家の"
       "前まで下ろさなければなりません。運び出しを手伝っていただける方を二人ほど。", helpers=2,
       decoy=["gomidashi"]),
    Rq(["lifting"], "group", "フードバンクきよせ", "仕分け日の搬入係",
       "寄付の米袋や飲料の箱を、トラックから倉庫の棚まで運ぶ係。受付やお客さん対応は別の担当がいます。",
       ["sat-am"], helpers=3, area="town_noshio", decoy=["event_staff"]),
    Rq(["lifting"], "resident", "石田 翼", "ベッドを一階に",
       "父が階段を上れなくなったので、二階のベッドとたんすを一階の和室に移したい。男手が足りなくて。軽トラは"
       "要りません、家の中だけ。", decoy=["driving"]),
    # ---- cooking
    Rq(["cooking"], "resident", "西岡 健", "父が菓子パンばかり",
       "母が亡くなってから、父は菓子パンばかり食べています。週に一度、家に行って簡単なおかずを何品か作り置き"
       "していただける方はいないでしょうか。父は血圧が高いので、塩分控えめだとありがたいです。"),
    Rq(["cooking"], "resident", "Sabina Tamang", "Japanese lunch for my kids",
       "My kids want a 'normal Japanese bento' like their friends have. I can cook Nepali food but I don't "
       "know Japanese home cooking at all. Could someone teach me a few easy recipes? Explaining in English "
       "would help a lot.",
       langs=["en"]),
    # ---- listening
    Rq(["listening"], "resident", "知念 ハル", "ゆんたくする相手がほしいさー",
       "こっちに来て、ゆんたく（おしゃべり）する相手がいないさー。島の話でも昔の話でもいいから、たまに来て"
       "聞いてくれる人いたら嬉しいねー。"),
    Rq(["listening"], "group", "特養ひだまり", "◇お話ボランティア◇",
       "居室やフロアで入居者さんとお話ししていただくボランティア。手のマッサージなどの特別な技術は要り"
       "ません。", ["tue-pm", "fri-pm"], helpers=3, decoy=["handcare"]),
    # ---- watch_elder
    Rq(["watch_elder"], "resident", "伊藤 茂", "一人暮らしの隣のじいさま",
       "隣のじいさま、奥さん亡くしてから一人だで、新聞たまっとらんか気になっとるんだわ。わしも仕事で留守が"
       "多いもんで、時々顔のぞいてくれる人がおったら安心だがね。"),
    Rq(["watch_elder"], "group", "下宿地区社協", "◇見守りサポーター募集◇",
       "ひとり暮らし高齢者宅への月2回の訪問と、ゴミ出しの日に合わせた声かけ。ゴミを運ぶ係ではありません。",
       helpers=4, area="town_shitajuku", decoy=["gomidashi"]),
    # ---- handcare
    Rq(["handcare"], "group", "デイサービスみどり", "午後に、手のお手入れを",
       "利用者さんの爪を整えたり、ハンドクリームで手をほぐしたりしていただける方を募集しています。"
       "マニキュアを塗ると、女性の利用者さんがとても喜ばれます。", ["wed-pm"]),
    Rq(["handcare"], "resident", "白井 真紀", "寝たきりの母の手を",
       "寝たきりになった母の手が固くこわばってきました。訪問看護の方はリハビリで忙しく、手をさすってあげる"
       "時間はありません。ゆっくり手をマッサージしてあげてくださる方がいたら、母も喜ぶと思います。"),
    # ---- hearing_aid
    Rq(["hearing_aid"], "resident", "大石 トメ", "耳に入れる機械がピーピー鳴る",
       "耳に入れる機械が、つけるとピーピー鳴ってしまいます。店は駅の向こうで遠く、電池の替え方も忘れて"
       "しまいました。掃除の仕方と一緒に教えていただけないでしょうか。"),
    Rq(["hearing_aid"], "resident", "岡 真司", "引き出しにしまったままの補聴器",
       "近所のおばあちゃん、最近話しかけても返事がなく、聞こえていないようです。補聴器は持っているのに、"
       "引き出しにしまったまま。手話は誰もできませんし、本人も覚える気はありません。補聴器を使えるように"
       "してくださる方はいないでしょうか。", decoy=["signlang"]),
    Rq(["hearing_aid"], "resident", "ケアマネジャー 若林", "補聴器の手入れと電池の交換（定期）",
       "利用者さん（92）は一人で補聴器の電池交換や掃除ができません。月に二回ほど訪ねて、手入れをしてくださる"
       "方を。ご本人は話好きですが、話し相手のボランティアは別にいます。", decoy=["listening"]),
    # ---- kaigo_forms
    Rq(["kaigo_forms"], "resident", "上原 澄江", "認定の更新の書類が届いて",
       "夫の介護の認定の更新の書類が届きました。前回は娘が書いてくれましたが、今は海外にいます。どこに何を"
       "書けばよいか、一緒に見ていただける方はいませんか。"),
    Rq(["kaigo_forms"], "resident", "Jung Sun-hee", "介護保険 の 書類 / 개호보험 서류",
       "남편이 아파요. おっと の かいご の しょるい、むずかしい です。なに を かく か、かんこくご で "
       "せつめい して くれる ひと、いますか。", langs=["ko"]),
    Rq(["kaigo_forms"], "resident", "松尾 ヨシエ", "介護保険の申し込みのやり方ば",
       "母がこのごろ足腰の弱って、デイサービスば使わせたかとですけど、介護保険の申し込みのやり方がさっぱり"
       "わからんとです。書類の書き方から教えてくれる人はおらんですか。"),
    # ---- daihitsu
    Rq(["daihitsu"], "resident", "藤田 アヤ", "お礼状を代わりに書いてください",
       "お世話になった方にお礼状を書きたいのですが、指が思うように動かず、字になりません。私が言う言葉を"
       "そのまま便箋に書いていただける方を。", decoy=["calligraphy"]),
    Rq(["daihitsu"], "resident", "小田 勇", "目が悪くて郵便が読めない",
       "白内障で字がかすむ。役所や銀行から封筒が来ても、何が書いてあるのか分からないまま積んである。月に一度"
       "来て、読み上げてもらえると助かる。"),
    Rq(["daihitsu"], "resident", "Margaret Hill", "Help with my Japanese mail",
       "I'm a retired teacher living alone in Kiyose. I get by in spoken Japanese but can't read kanji well. "
       "Could someone come once a month, go through my post with me and help me write short replies?",
       langs=["en"]),
    # ---- study
    Rq(["study"], "group", "竹丘子ども食堂", "◇学習ボランティア◇ 食堂のあとの勉強タイム",
       "夕食後の1時間、小中学生の宿題を見ていただける方。調理・配膳の担当ではありません。", ["fri-eve"],
       helpers=2, area="town_takeoka", decoy=["cooking"]),
    Rq(["study"], "resident", "Kamala Bhandari", "こども の しゅくだい / बच्चाको गृहकार्य",
       "मेरो छोरा चार कक्षामा पढ्छ। むすこ は 4ねんせい です。さんすう の しゅくだい、わたし は にほんご が "
       "わからない から おしえられない。しゅう 1かい、みて ください。"),
    # ---- watch_child
    Rq(["watch_child"], "resident", "原 真央", "下の子ば見とってほしか",
       "上の子の参観日に行く間、二歳の下の子ば見とってくれる人はおらんやろか。二時間くらいやけん。"),
    Rq(["watch_child"], "resident", "Wulan Sari", "Titip anak / こども を みて",
       "Saya kerja shift malam dua kali seminggu. よる しごと の とき、こども（5さい）を みて くれる ひと "
       "を さがして います。Suami pulang jam 10. にほんご すこし できます。", ["tue-eve", "fri-eve"]),
    Rq(["watch_child"], "group", "子育てひろば すくすく", "＜託児ボランティア＞子育て講座の間",
       "子育て講座（90分）の間、隣室で0〜3歳の子どもたちと遊ぶ係。絵本の読み聞かせは講座の講師が後で"
       "行います。", ["thu-am"], helpers=3, decoy=["yomikikase"]),
    # ---- yomikikase
    Rq(["yomikikase"], "group", "学童クラブなかざと", "おやつのあとに絵本の時間を",
       "おやつのあとの15分、絵本や紙芝居を読んでくださる方がいたら。宿題を見るのは指導員がやります。",
       ["mon-pm", "wed-pm"], area="town_nakazato", decoy=["study"]),
    Rq(["yomikikase"], "group", "ムグンファ子ども会", "한국어 그림책 / かんこくご の えほん",
       "다문화 가정 아이들 모임이에요. かんこく に ルーツ の ある こども たち に、かんこくご の えほん を "
       "よんで くれる ひと を さがして います。", ["sat-am"], langs=["ko"]),
    # ---- japanese
    Rq(["japanese"], "resident", "Ramesh Karki", "にほんご の べんきょう / जापानी भाषा",
       "म रेस्टुरेन्टमा काम गर्छु। レストラン で はたらいて います。おきゃくさん の ことば が わからない。"
       "にほんご を おしえて ください。やすみ は げつようび です。", ["mon-am", "mon-pm"]),
    Rq(["japanese"], "resident", "Chris Evans", "Conversation practice for JLPT N3",
       "I'm preparing for JLPT N3 in December. I'd like someone to talk with in Japanese for an hour a week, "
       "and explain grammar in English when I get stuck. Meeting online would suit me best.", langs=["en"],
       remote=True),
    # ---- interp
    Rq(["interp"], "resident", "Hari Poudel", "びょういん の つうやく / अस्पतालमा दोभाषे",
       "मेरी श्रीमती गर्भवती छिन्। つま が にんしん して います。さんふじんか の けんしん に、ネパールご の "
       "つうやく が ほしい です。", ["wed-am"], langs=["ne"]),
    Rq(["interp"], "group", "清瀬第三小学校PTA", "保護者会のお知らせを韓国語に",
       "韓国から来たご家庭に、保護者会のお知らせと持ち物の案内を韓国語に訳していただける方を探しています。"
       "A4一枚程度、月に一、二回です。", langs=["ko"], remote=True),
    Rq(["interp"], "resident", "Fajar Nugroho", "Penerjemah kontrak apartemen / アパート の けいやく",
       "Saya mau pindah apartemen. ふどうさんや で けいやく を します。Butuh penerjemah Bahasa Indonesia. "
       "らいしゅう の どようび です。", ["sat-am", "sat-pm"], langs=["id"]),
    # ---- signlang
    Rq(["signlang"], "group", "中清戸自治会", "ろう者の方も参加する防災訓練",
       "自治会の防災訓練に、ろうの方が三名参加されます。当日の説明や避難の合図を、手で伝えていただける方を。",
       ["sun-am"], helpers=2, area="town_nakakiyoto", decoy=["event_staff"]),
    Rq(["signlang"], "resident", "安田 浩之", "父の診察に、手話のできる方",
       "父は生まれつき耳が聞こえません。かかりつけの先生が替わり、筆談では話が進まないことが増えました。"
       "病院へは父一人で行けますので、診察室で手話で間に入ってくださる方を。", decoy=["escort"]),
    # ---- onyaku
    Rq(["onyaku"], "group", "清瀬録音ボランティアの会", "広報紙を声にする仲間を",
       "市の広報紙を録音して、目の見えない方にお届けしている会です。読み手が減ってしまいました。録音は公民館"
       "の一室で、月2回。", ["fri-am"]),
    Rq(["onyaku"], "resident", "堤 美佐子", "好きな小説を録音で",
       "網膜の病気で本が読めなくなりました。図書館にない地元の作家の小説を、何冊か声で録音していただけたら"
       "と思っています。本は手元にあります。"),
    # ---- calligraphy
    Rq(["calligraphy"], "group", "きよせ夜間学級", "卒業証書の名前を筆で",
       "卒業証書に、卒業生の名前を筆で書いていただける方を。十二名分です。印刷ではなく、手書きの文字でお祝い"
       "したいのです。", decoy=["printer"]),
    Rq(["calligraphy"], "resident", "岡村 拓也", "年賀状、今年は一枚だけ筆で",
       "毎年パソコンで刷ってたけど、今年は一枚だけ恩師に筆で書きたい。練習に付き合ってくれる書道の先生"
       "いませんか。"),
    # ---- sewing
    Rq(["sewing"], "resident", "玉城 ツル", "制服のボタンがとれたさー",
       "孫の学生服のボタンが取れて、裾もほつれてるさ。わんは目が悪くて針に糸が通らないわけよ。縫ってくれる"
       "人いないかねー。"),
    Rq(["sewing"], "resident", "Indah Permata", "ぞうきん を ぬう / membuat lap",
       "Sekolah minta 2 lap buatan tangan. がっこう で ぞうきん が 2まい ひつよう です。ぬいかた が "
       "わかりません。ミシン も ない ので、て で ぬう やりかた を おしえて ください。"),
    # ---- remake
    Rq(["remake"], "resident", "長岡 清美", "母の着物を何かの形に",
       "亡くなった母の着物がたんすに十枚ほどあります。着る人はいませんが、捨てるのは忍びなく、ベストやバッグ"
       "にでも作り替えられたらと思います。着付けを習いたいのではなく、布として生かしたいのです。",
       decoy=["kitsuke"]),
    Rq(["remake"], "resident", "青山 ゆい", "お気に入りのワンピース、サイズが…",
       "昔気に入って買ったワンピースが、サイズが合わなくなってしまって。裾上げとかじゃなくて、ブラウスと"
       "スカートに作り直すくらいの大きな直しをしたい。教えてくれる人いないかな。"),
    Rq(["remake"], "group", "野塩エコの会", "古着で作るエコバッグ講座",
       "家に眠るTシャツやシャツを、バッグやエプロンに作り替える講座の講師。手縫い中心。", ["sat-pm"],
       area="town_noshio"),
    # ---- knitting
    Rq(["knitting"], "resident", "河合 フジ", "孫にセーター編みてゃあ",
       "孫に手編みのセーター着せたいんだけど、袖のとこでいっつもわやになってまうんだわ。編み方、教えて"
       "ちょう。"),
    Rq(["knitting"], "group", "毛糸の帽子をおくる会", "◇冬支度◇ 講師募集",
       "児童養護施設の子どもたちに毛糸の帽子を贈る会。棒針で帽子を編む基本から教えていただける方。", ["thu-pm"]),
    # ---- kitsuke
    Rq(["kitsuke"], "resident", "Mega Putri", "Ingin pakai yukata / ゆかた を きたい",
       "Saya ingin pakai yukata di festival musim panas. なつまつり で ゆかた を きたい です。きかた を "
       "おしえて、きせて ください。", ["sat-pm"]),
    Rq(["kitsuke"], "resident", "飯島 富美子", "孫の七五三、私が着せてやりたい",
       "孫娘の七五三に、私の子どもの頃の着物を着せてやりたいのですが、着せ方をすっかり忘れてしまいました。"
       "帯の結び方まで一緒に見ていただけたら。写真は写真館に予約済みです。", decoy=["camera"]),
    Rq(["kitsuke"], "group", "フォトサークル清瀬", "撮影会のモデルさんに浴衣を",
       "フォトサークル清瀬です。夏の撮影会で、モデルの方に浴衣を着せていただける方を探しています。撮るのは"
       "会員です。", ["sat-am"], decoy=["camera"]),
    # ---- shogi
    Rq(["shogi"], "resident", "久保田 権蔵", "将棋ば指す相手のおらん",
       "将棋仲間がみんな施設に入ったり亡くなったりして、指す相手のおらんごとなったとよ。週に一回、家で一局"
       "付き合うてくれる人はおらんね。"),
    Rq(["shogi"], "group", "旭が丘児童センター", "将棋クラブ 指導者",
       "月2回、小学生の将棋クラブ。駒の動かし方は覚えた子が中心。囲碁は扱いません。", ["sat-pm"],
       area="town_asahigaoka"),
    # ---- exercise
    Rq(["exercise"], "resident", "仲宗根 トミ", "足腰弱らんように",
       "最近歩くのが遅くなって、孫に笑われるさー。家でできる体操、教えてくれる人いないかねー。三線は弾ける"
       "けど、体はかたいわけよ。", decoy=["music"]),
    Rq(["exercise"], "group", "梅園集会所 朝の会", "＜募集＞ 朝の椅子体操リーダー",
       "週1回、朝の椅子体操。参加者15名、平均年齢80。音楽はCD。", ["tue-am"], area="town_umezono"),
    # ---- music
    Rq(["music"], "group", "元町歌声サロン", "歌声サロン 伴奏の方",
       "唱歌や歌謡曲の伴奏をキーボードで。楽譜あり。月1回、第3水曜午後。", ["wed-pm"], area="town_motomachi"),
    Rq(["music"], "resident", "柳田 幸男", "床の間に飾ったままの三線",
       "旅行先で三線を買ってきたのですが、弾き方が分からず床の間に飾ったままです。簡単な曲をひとつ弾ける"
       "ようになりたいのです。"),
    Rq(["music"], "group", "Kiyose International Café", "Guitar for our sing-along",
       "We run a small international café in Kiyose. Could someone play guitar or keyboard for a sing-along of "
       "simple Japanese and English songs? Japanese is fine for talking with us.", ["sun-pm"]),
    # ---- camera
    Rq(["camera"], "resident", "関根 ミサヲ", "今の顔を残しておきたい",
       "元気なうちに、自分の葬儀で使う写真を撮っておきたいのです。古い写真を探すのではなく、今の顔をきちんと"
       "撮っていただけたら。", decoy=["photo_data"]),
    Rq(["camera"], "group", "旭が丘自治会", "地区運動会の撮影係",
       "地区運動会で、競技の様子を撮影していただける方。受付や誘導は役員でやります。", ["sun-am"],
       area="town_asahigaoka", decoy=["event_staff"]),
    Rq(["camera"], "group", "清瀬ネパール人会", "ダサインのお祝いの写真係",
       "清瀬に住むネパール人の会です。ダサインのお祝いの集まりで、写真を撮っていただける方を探しています。"
       "日本語で大丈夫です。", ["sun-pm"]),
    # ---- event_staff
    Rq(["event_staff"], "group", "清瀬市民まつり実行委員会", "市民まつり 当日スタッフ 10名",
       "市民まつりの当日運営。受付、案内所、迷子対応、会場の見回り。半日交代。",
       ["sat-am", "sat-pm", "sun-am", "sun-pm"], helpers=10),
    Rq(["event_staff"], "group", "認知症フォーラム実行委員会", "講演会の受付と会場案内",
       "フォーラムの受付、資料配布、会場内の誘導。机や椅子の設営は業者が行います。", ["sat-pm"], helpers=4,
       decoy=["lifting"]),
    Rq(["event_staff"], "group", "中里地区敬老会", "敬老のつどい 司会と進行の補助",
       "式次第に沿った司会と、出し物の入れ替えの段取り。出し物（手品と歌）はもう決まっています。", ["sun-am"],
       area="town_nakazato", decoy=["music"]),
    # ---- two asks (main first)
    Rq(["smartphone", "line"], "resident", "広田 ミネ", "携帯を替えたら、家族の連絡も",
       "十年使った携帯が壊れて、スマホにしました。まずは電話のかけ方、受け方から教えていただきたいのです。"
       "それから、息子夫婦がやっているラインにも入れてもらいたい。"),
    Rq(["videocall", "tv_wifi"], "resident", "片岡 信子", "テレビの大きな画面で孫と",
       "孫とのテレビ電話を、スマホの小さな画面ではなく居間のテレビに映して見たいのです。テレビとネットの"
       "つなぎ方と、通話のやり方の両方を教わりたい。"),
    Rq(["printer", "photo_data"], "resident", "杉村 貞夫", "孫の写真入りの年賀状",
       "孫の写真を入れた年賀状を作りたいのです。スマホにある写真をパソコンに移して、はがきに刷るところまで。"),
    Rq(["pc", "printer"], "group", "上清戸老人会", "名簿と宛名ラベル",
       "老人会の名簿をエクセルで作り直し、そこから案内状の宛名ラベルを刷れるようにしたいのです。",
       ["fri-pm"], area="town_kamikiyoto"),
    Rq(["scam", "line"], "resident", "今西 サダ", "ラインに知らない人から投資の話",
       "ラインに知らない人から『投資で儲かる』とメッセージが来ました。返事はしていません。こういうものの"
       "見分け方と、ラインで知らない人から届かないようにする設定を教えてください。"),
    Rq(["myna", "pc"], "resident", "長嶋 敏行", "パソコンでマイナポータルを",
       "医療費の通知をマイナポータルで見られると聞きました。家のパソコンにカードを読み取る機械をつないで"
       "見たいのですが、パソコン自体もあまり慣れていません。"),
    Rq(["kaigo_forms", "escort"], "resident", "細川 キミ", "役所の介護保険の窓口へ",
       "介護保険の申請に役所の窓口へ行きたいのですが、一人では道中も不安で、窓口で何を聞かれるのかも分かり"
       "ません。付き添っていただき、書類を書くところも手伝っていただけたら。", ["mon-am", "tue-am"]),
    Rq(["driving", "shopping"], "resident", "大谷 重雄", "車でまとめ買い",
       "月に一度、車で郊外のスーパーへ行き、お米や洗剤をまとめ買いしたいのです。運転と、店の中で重い物を"
       "カートに載せるのを手伝っていただけたら。"),
    Rq(["pruning", "garden"], "resident", "福永 スミ", "庭まるごと",
       "庭木の枝が伸び放題で、下は草だらけ。まずは木を整えていただいて、できれば足元の草も取っていただけ"
       "たら。"),
    Rq(["tidy", "gomidashi"], "resident", "南 由紀夫", "片付けて、出すところまで",
       "台所と物置を片付けたいのです。分けたあと、ごみの日に集積所まで出すのも手伝っていただけると助かり"
       "ます。"),
    Rq(["haka", "driving"], "resident", "加納 きぬ", "お盆に墓参り連れてってちょう",
       "お盆に、八王子の霊園まで墓参りに行きてゃあんだわ。車出してもらって、向こうで墓の掃除も手伝って"
       "もらえたらありがてゃあ。"),
    Rq(["handcare", "listening"], "group", "ふれあいサロン中清戸", "手を温めながらおしゃべり",
       "サロンの参加者の手をマッサージしながら、お話を聞いていただける方を。", ["thu-pm"],
       area="town_nakakiyoto"),
    Rq(["hearing_aid", "smartphone"], "resident", "三輪 康夫", "スマホとつながる補聴器",
       "新しい補聴器がスマホとつながるものだと言われましたが、まず補聴器そのものの掃除や電池の扱いも怪しく、"
       "スマホの設定はさらに分かりません。両方教えていただけたら。"),
    Rq(["interp", "escort"], "resident", "Sunita Magar", "びょういん に いっしょに / ネパールご",
       "बुबा बिरामी हुनुहुन्छ। ちち が びょうき です。びょういん まで いっしょに あるいて、せんせい の "
       "はなし を ネパールご に して ください。", langs=["ne"]),
    Rq(["japanese", "study"], "resident", "Eko Prasetyo", "Anak SMP: bahasa dan pelajaran",
       "Anak saya kelas 2 SMP, baru datang dari Indonesia. ちゅうがく 2ねん の むすこ、にほんご も べんきょう "
       "も むずかしい。にほんご を おしえて、しゅくだい も みて ください。", ["tue-eve", "thu-eve"]),
    Rq(["cooking", "shopping"], "resident", "吉武 フサエ", "買い物から晩ごはんまで",
       "一緒にスーパーに行って材料ば買うて、家で晩ごはんば作るとば手伝うてくれる人はおらんね。一人やと献立"
       "も思いつかんとよ。"),
    Rq(["camera", "event_staff"], "group", "松山子ども会", "クリスマス会 撮影と受付",
       "子ども会のクリスマス会。写真撮影をお願いしたいのと、手が空いたら受付も。", ["sun-pm"],
       area="town_matsuyama"),
    Rq(["remake", "sewing"], "group", "元町手しごと倶楽部", "浴衣をほどいて甚平に",
       "古い浴衣をほどいて子ども用の甚平に作り替える会。作り替えの手順を考えてくださる方、ミシンがけを教えられ"
       "る方。", ["mon-pm"], area="town_motomachi", decoy=["kitsuke"]),
    Rq(["event_staff", "signlang"], "group", "清瀬聴こえの講演会", "講演会の受付（手話のできる方）",
       "聞こえない方も来場される講演会です。受付と会場の案内を、手話も使ってしていただける方。",
       ["sat-pm"], helpers=2),
    Rq(["gomidashi", "watch_elder"], "resident", "桑田 美和", "ごみ出しのついでに母の顔を",
       "ひとり暮らしの母のごみを、週二回集積所まで出していただけませんか。そのときに母の様子を見て、何か"
       "あれば連絡をいただけると。"),
    Rq(["kaigo_forms", "interp"], "resident", "张 丽华", "中文 护理保险 / 介護保険の申請",
       "我父亲需要申请护理保险。ちち の かいごほけん の しんせい を します。ちゅうごくご で せつめい して、"
       "しょるい も いっしょに かいて ください。", langs=["zh"]),
    Rq(["event_staff", "lifting"], "group", "上清戸自治会", "餅つき大会 設営と当日運営",
       "自治会の餅つき大会。臼や杵、テント、机の運び込みと、当日の受付・整理券配り。", ["sun-am"], helpers=6,
       area="town_kamikiyoto"),
]  # fmt: skip


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]], dict]:
    """Returns (volunteers, requests, qrels, concepts) — the same every run (freshset.build on this module's data)."""
    return build_set(SimpleNamespace(**globals()), "F6")


def write(out: Path = OUT) -> None:
    write_set(out, build(), self_check, _tag_is)


def self_check(out: Path = OUT, areas_file: Path = AREAS_FILE) -> None:
    """Raises AssertionError when a file under `out` breaks the format or a grade differs from the rules (the
    independent check in freshset.py, with this set's F6 ids)."""
    check_files(out, areas_file, "F6")


def _tag_is(concept: str, typed: str) -> bool:
    """Whether a typed tag came from the concept's tag list (through variant()'s noise); statistics only."""
    tags = CONCEPTS[concept]["tags"] + (sum(INTERP_TAGS.values(), []) if concept == "interp" else [])
    return any(noisy(t, typed) for t in tags)


if __name__ == "__main__":
    write()
