"""A nineteenth held-out set of real public wording, written blind, and like real17 and real18 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time (手話,
点訳, 音訳, 写真撮影, 電球交換・家具の移動などの軽作業, 見守り・安否確認の訪問, 託児・子育て支援, 将棋, 折り紙), none of them one of
real17's or real18's nine, beside nine niche ones (読書会の進行, ペタンク, ビオトープの手入れ, とんぼ玉, 木彫り・バードカービング,
三線, トールペイント, ハーバリウム, 大人の塗り絵): 募集 posts and resident asks in the wording they are published in, and
registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's bio. Graded for skill
fit only (areas and times are not given), like real2 … real18.

The everyday half repeats topics of earlier sets on purpose (手話, 点訳, 音訳, 写真, 軽作業, 見守り, 託児, 将棋 and 折り紙 are
concepts of real2 … real13); only its pages and wording are new. The niche half is new: none of its nine concepts is a
concept of real3 … real18 (checked against their CONCEPTS), and none of 読書会, ブッククラブ, book club, ペタンク, ビオトープ,
とんぼ玉, トンボ玉, 木彫, カービング, デコイ, 三線, トールペイント, ハーバリウム, 塗り絵, ぬりえ or ぬり絵 occurs in the data of
real … real18 (checked by program). The nearest earlier ones are other activities: 自然観察会の案内 (real14; not the
weeding, pond and 外来種 work of a ビオトープ), 木工教室 (real14; saws and hammers, not carving), 楽器演奏の慰問 (real3 … real11,
real18; 三線 is not among their instruments), 七宝焼 (real18; enamel in a kiln, not glass wound at a burner), モルック・
カローリング (real18), グラウンド・ゴルフ (real17) and ボッチャ (real13; not ペタンク), 絵画・絵手紙・ちぎり絵 (real10, real13; not
塗り絵 or トールペイント), 押し花 (real15) and 園芸療法 (real12; not ハーバリウム), 朗読・読み聞かせ (real3 … real18; not running a
読書会). Ideas checked and not taken: 紙すき (紙漉き is in real6's texts), 紙飛行機 (real13's texts), 影絵・パネルシアター,
オカリナ, ハンドベル, 手話歌 and 短歌 (all in earlier texts), ボードゲーム (real4, real10 texts), 組紐 (too few public pages),
鉄道模型 (a hobby club more than a skill a bank lends out).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real18), every candidate address was checked by program against the sources of real/ … real18/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 50 of some 320
distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (8 手話,
5 点訳, 7 音訳, 9 写真, 8 軽作業, 4 見守り, 1 託児, 4 将棋 and 4 折り紙 pages, from real2 … real13) and none on the niche ones —
and each text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is
for, what is not needed (家に上がらなくていいので, おしゃべりを楽しみながらで大丈夫, 手話に興味のある方も歓迎, パソコンの操作は
こちらで教えられます, 急かさず工工四の読み方から) and the asides and other activities people mention. Names, phone numbers and
places are rewritten out. Every record names the page it follows (`sources.json`); no page is used twice. Twenty asks
are a resident's own (the mother of a deaf baby who works weekdays, a woman losing her sight who wants braille, an
office worker with dyslexia who wants a book recorded, a woman in her seventies who wants a smiling portrait while
she is well, a short old woman whose downlights she can no longer reach, a man whose wife's group home closed and who
must carry out two beds, a son and a daughter far from fathers living alone (one refuses any service in the house), a
working mother planning a parents' evening, a daughter whose father entered a 特養 with no shogi partner, two would-be
読書会 hosts (an office worker, a pensioner at the library), a home biotope whose water stays cloudy, a とんぼ玉 lover, a
would-be carver afraid of being clumsy, a professor with no ear for music who wants 三線, a mother who can paint only
in the evenings, a daughter who wants 塗り絵 lessons with her mother, and two in English: an American student who wants
shogi over a real board, a reader who cannot get a book club going), composed closely from blog, question and
interview pages; one more ask is in English and needs it (an inbound culture programme's origami class for visiting
families). The texts are in real19_data.py (pure data). The concept list below is this set's own; its author did not
read `matching/` (code or data) nor any ranking, and the matcher was not run on the set before it was committed. Grades
follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  点訳 (tenyaku) vs 音訳 (onyaku) — related (1) (the same 点字図書館 and 友の会 take both; one volunteer, R19V014, holds both);
  見守り (mimamori) vs 軽作業 (benri) — related (1) (the visitor is asked for the light bulb; one volunteer, R19V032, holds
  both); トールペイント (tole) vs 大人の塗り絵 (nurie) — related (1) (both teach colouring and layering, 「塗り絵感覚で」 says a
  tole teacher) — three RELATED pairs;
  折り紙 (origami) vs 託児 (takuji) — unrelated (0) (both with small children; one volunteer, R19V060, holds both);
  音訳 vs 読書会 (dokusho) — unrelated (0) (both about books read aloud or talked over); 木彫り (carving) vs トールペイント —
  unrelated (0) (bird carvings are finished in acrylics); ビオトープ (biotope) vs 木彫り — unrelated (0) (野鳥 on both sides);
  ビオトープ vs 写真撮影 (shashin) — unrelated (0) (the 環境センター's photo walk asks a photographer first and a biotope
  guide second, so the biotope holders are 2 only there); とんぼ玉 (tonbodama) vs ハーバリウム (herbarium) — unrelated (0)
  (glass and little bottles); ハーバリウム vs 塗り絵 — unrelated (0) (both crafts at the same salons); 手話 (shuwa) vs 点訳 —
  unrelated (0) (情報保障 for different senses);
  手話, 写真, 託児, 将棋, 折り紙, 読書会, ペタンク, ビオトープ, とんぼ玉, 木彫り, 三線 and ハーバリウム relate to nothing;
  secondary asks: the 点字図書センター (R19Q007) asks 点訳 first and 音訳 second; the 環境センター (R19Q013) asks a
  photographer first and a biotope guide second; the 社協's 見守りネットワーク (R19Q019) asks visitors first and light jobs
  second; the readers' circle (R19Q050) asks a tole teacher first and 託児 second;
  languages: the English shogi ask (R19Q023), the English origami class (R19Q029) and the English book club (R19Q033)
  grade only their English-speaking holders (2, 3 and 3 of them); the Japanese-only holders are 0 there and 3 to the
  Japanese asks of their concept.
Words of another skill beside the ask: the 手話 conference's パソコン要約筆記, the シニアクラブ's グラウンドゴルフ and ボッチャ, the
高齢者カフェ's 英会話 and パソコン講座, the 点字図書センター's 対面朗読, the 支え合いの会's 通院同行 and 雑草取り, the 国際交流団体's
日本語教室, the パソコン同好会's own パソコン; and bios with distractors (a ペタンク club that runs children's ラジオ体操 in
summer, a ペタンク adviser who writes 数独, a club head who compares it with ボッチャ and カーリング, a care-home manager who
plays 三線 after a colleague's マジック, a 三線 learner after ten years of バイオリン, とんぼ玉 工房s with 貝殻 frames and 革
straps, a tole teacher of エコクラフト, a carving club of 振り子時計 and 飾り棚, a carver who teaches 子どもの絵画造形, a ハーバリウム
teacher in a 学習支援教室, an お助けマン who fixes パソコン, a 点字 learner who is a 傾聴 counsellor, a 点訳 volunteer who is a
ガイドヘルパー, an 音訳 reader from internet radio, a 民生委員 with 配食 and ボッチャ, an 音訳 group that reads 天文 magazines, a
行政書士 with a stepladder, a 教会 photographer who was a 幼稚園長, an 折り紙 visitor who plans 畑仕事 and 歌).

Counts: 121 volunteers (12 speak a language besides Japanese: 9 English, 2 of them English only; 2 Vietnamese, 1
Chinese who also speaks English, 1 Burmese; 3 hold two concepts), 58 requests (20 residents' own, 3 in English, 3
needing English, 4 with a secondary ask), 515 graded pairs (384 of grade 3, 25 of grade 2, 106 of grade 1), 179 source
pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real19.py          (writes bench/heldout/real19/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real19.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real19_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real19"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real19")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real3 … real18).
CONCEPTS = {
    "shuwa": "手話 (聞こえない人との手話での会話・通訳, 手話サークル, 家族や初心者に手話を教える)",
    "tenyaku": "点訳 (本や資料・メニューを点字にする, パソコン点訳, 校正, 点字を教える)",
    "onyaku": "音訳 (広報や本を読んで録音する, デイジー編集, 対面朗読, 個人の依頼の録音)",
    "shashin": "写真撮影 (行事や活動の記録, 施設や自宅での笑顔の写真, 撮影のこつを教える)",
    "benri": "電球交換・家具の移動などの軽作業 (高い所の作業, 粗大ごみの運び出し, 除雪の手伝い)",
    "mimamori": "見守り・安否確認の訪問 (一人暮らしの高齢者宅を訪ねて声かけ, 異変を家族や関係機関に知らせる)",
    "takuji": "託児・子育て支援 (講座や学習会の間の乳幼児の預かり, 子育てひろばでの見守り)",
    "shogi": "将棋の相手・指導 (施設や自宅での対局相手, 子ども将棋教室; 英語で教えることも)",
    "origami": "折り紙の指導 (施設・サロンでの季節の飾り, 子どもや外国人への折り紙教室)",
    "dokusho": "読書会の進行役 (ファシリテーター, 読書会の立ち上げの手伝い; 英語の読書会も)",
    "petanque": "ペタンクの指導 (ルール, 得点の数え方, 投げ方, 試合の進め方)",
    "biotope": "ビオトープの手入れ・管理 (学校や施設の池と湿地の草刈り, 外来種の駆除, 水の管理, 生きもの調べ)",
    "tonbodama": "とんぼ玉づくりの指導 (バーナーでガラス棒を溶かして芯棒に巻く, 体験教室の講師・補助)",
    "carving": "木彫り・バードカービングの指導 (彫刻刀・ナイフの使い方, 鳥や動物の彫刻, 飾り盆)",
    "sanshin": "三線の演奏・指導 (沖縄民謡の弾き語り, 施設での演奏, 工工四の読み方から教える)",
    "tole": "トールペイントの指導 (木やブリキにアクリル絵の具で描く装飾画, 図案の写し方と筆使い)",
    "herbarium": "ハーバリウムづくりの指導 (花材を瓶に詰めてオイルに浸す, 体験会・講座の講師)",
    "nurie": "大人の塗り絵の指導 (色鉛筆の重ね塗り・ぼかし, 介護予防の塗り絵講座)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a 点訳者 cannot record a
# book and a reader cannot write braille; a visitor who chats at the door is not the one with the stepladder; a tole
# painter and a coloring teacher teach different materials), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: origami–takuji, onyaku–dokusho,
# carving–tole, biotope–carving, biotope–shashin, tonbodama–herbarium, herbarium–nurie, shuwa–tenyaku, and anything
# with shuwa, shashin, takuji, shogi, origami, dokusho, petanque, biotope, tonbodama, carving, sanshin or herbarium.
RELATED = {
    frozenset(p)
    for p in [
        ("tenyaku", "onyaku"),  # 視覚障害のある人への情報保障; 同じ点字図書館・友の会が両方を受ける
        ("mimamori", "benri"),  # 見守りの訪問先で電球やゴミ出しを頼まれる; 困りごと支援の会が声かけもする
        ("tole", "nurie"),  # どちらも彩色を教える; 塗り絵の講師が見つからないときトールの先生が二番手
    ]
}

VOLUNTEERS = [(f"R19V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R19Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "読書会 ファシリテーター 主催 参加者 本 感想 語り合う",
    "ペタンク 教室 初心者 高齢者 ボランティア 指導",
    "学校ビオトープ 管理 ボランティア 地域の方 池 手入れ",
    "とんぼ玉 教室 講師 バーナー 体験",
    "三線 ボランティア 施設 演奏 教えています 沖縄民謡",
    "バードカービング 教室 野鳥 木彫り 趣味 作品",
    "大人の塗り絵 サロン 高齢者 認知症予防 ボランティア 色鉛筆",
    "トールペイント 教室 講師 ボランティア 公民館 作品",
    "ハーバリウム 講座 講師 高齢者 施設 ボランティア",
    "ビオトープ 保全 ボランティア 活動 メダカ トンボ 子どもたちと生きもの調べ 私たちの会",
    "ビオトープ 手入れ 手伝ってくれる人 募集 外来種 草刈り 池",
    "塗り絵 ボランティア デイサービス 利用者さんと一緒に 色鉛筆 教えて 私",
    "三線を弾いてくれる方 来てほしい 施設 沖縄出身の利用者 三線 慰問 お願い",
    "とんぼ玉づくり 子ども会 ワークショップ 講師 ボランティア 地域 イベント",
    "木彫り 鳥 彫刻刀 サークル 仲間 公民館 カービング 展示会 会員",
    "English book club Japan looking for someone to host discussion members expats library",
    "図書館 読書会 進行役 ボランティア 募集 高齢者 本について語り合う会",
    "手話サークルに通って 何年 ろうの友人 手話で会話 できるようになった 私の体験",
    "手話のできるボランティア 募集 聞こえない方 参加 イベント 手話 協力者",
    "点訳ボランティア 始めて 点字を打つ 校正 私の活動 視覚障害の方に届ける",
    "音訳ボランティア 録音 広報を読む 声で届ける 研修 私 続けて 年",
    "目の見えない父 点字 読みたい本 点字にしてほしい 家族 どこに頼めば",
    "点字サークル 点訳 会員の声 定年後 点字を学んで 点字図書館 登録",
    "対面朗読 音訳者 視覚障害の利用者さん 読んでほしい資料 依頼 録音図書 作ってほしい",
    "音訳の会 会員 活動紹介 デイジー 編集 校正 仲間 募集 声のボランティア",
    "写真ボランティア 行事の記録 撮影 カメラが趣味 施設 運動会 撮って 私",
    "撮影してくださる方 募集 カメラ 記録係 イベント 写真 ボランティア お願い 団体",
    "元気なうちに 遺影 写真を撮っておきたい 母 写真館 苦手 自然な笑顔 撮ってくれる人",
    "NPO 広報 写真 撮れる人がいない 活動の様子 撮影ボランティア 探しています 子ども食堂",
    "電球が切れた 一人暮らし 高齢 脚立 届かない 替えてもらえない 困った 誰に頼む",
    "ちょこっと支援 有償ボランティア 電球交換 家具の移動 高い所 協力員 活動の感想 私",
    "困りごとお助け隊 メンバー 定年後 高齢者宅 網戸 電球 タンス移動 喜ばれた 体験",
    "見守り訪問ボランティア 一人暮らし高齢者宅 訪ねて 安否確認 声かけ 私 続けて",
    "離れて暮らす 一人暮らしの父 様子を見に行ってくれる人 週に一度 顔を見て 声をかけてほしい 遠方 心配",
    "友愛訪問 見守り活動 ひとり暮らし 新聞がたまっていないか 気づいた 民生委員 地域の協力員 体験談",
    "託児ボランティア 講座の間 赤ちゃんを預かる 泣き止まない 抱っこ 私 保育士資格なし 体験",
    "託児 協力者 募集 講演会 子ども連れ 参加できるように 託児をお願いできる方",
    "将棋 ボランティア 子ども将棋教室 指導 アマ段位 定年後 教えている 私",
    "shogi partner Japan foreigner want to play over the board learn shogi English speaking club nearby",
    "折り紙ボランティア 高齢者施設 一緒に折る 季節の飾り 折り紙講師 私 続けて",
    "origami lesson Japan foreigner want to learn origami teacher English community center class",
    "耳の聞こえない息子 手話 覚えたい 親 教えてくれる人 近くに手話サークル 探している",
    "定年後 三線を習いたい 沖縄旅行で聴いて 始めたい 教えてくれる人 独学 挫折",
    "木彫りを習いたい 父の形見の彫刻刀 始めたい 教室が近くにない 教えてほしい 初心者",
    "庭に小さなビオトープを作りたい メダカ 睡蓮鉢 失敗 水が濁る 詳しい人に教えてほしい",
    "外国人ママ 日本語教室 託児 ボランティア ポルトガル語 中国語 子どもを見ている間 母親が勉強",
    "ベトナム人 技能実習生 地域の高齢者宅 ボランティア 雪かき 草取り 家具の移動 手伝い 交流",
    "大人のぬりえ 教室 講師 インストラクター 資格 公民館 シニア 色鉛筆の重ね塗り 教えています",
    "ハーバリウム ボランティア 作り方を教える 子ども食堂 サロン 公民館 講座 私 趣味で",
    "ペタンク 始めて 楽しい 仲間 大会 出場 シニア 私 練習 ビュット 投げ方 コツ",
    "トンボ玉 作家 ワークショップ 地域のイベント 出店 子どもに教える 私 ガラス工房",
    "見守り訪問のついでに 電球交換 ゴミ出し ちょっとした手伝い 高齢者宅 ボランティア 私の活動 安否確認",
    "点訳も音訳も 両方 ボランティア 視覚障害者 情報 届ける 私 始めて 年 点字 録音",
    "老人ホーム 入居者 将棋が好き 相手がいない 将棋の相手 ボランティア 来てほしい 父",
    "トールペイント 始めたい 教室 近くにない 独学 道具 教えてほしい 主婦 やってみたい",
    "地域見守り 協力員 募集 高齢者 訪問 ちょっとした困りごと 電球交換も 社協 登録 一人暮らし増加",
    "I miss talking about books in English living in rural Japan no book club here want to start one",
    "ビオトープ 生きもの 写真 記録 撮影 自然観察 カメラ ボランティア 学校 保護者 撮ってくれる",
    "フォトボランティア 施設 入居者 笑顔 撮影 プリントして プレゼント 定年後 カメラ趣味 私たちの会",
    "中国出身 留学生 韓国出身 ボランティア 高齢者施設 折り紙 書道 交流 私 日本に来て",
    "点訳サークルと音訳グループ 両方に所属 視覚障害 ボランティア 点字も録音も 会員",
    "託児ボランティア 折り紙 得意 子どもたちに折って見せる 預かり中 遊び 私 シニア",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
