"""A twenty-seventh held-out set of real public wording, written blind, and like real17 … real25 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(スマホ・タブレットの使い方, 子ども食堂の調理, 子どもの学習支援, 書道, 囲碁・将棋の相手, 手芸(編み物), 行事の写真撮影, 買い物・通院の
付き添い, 掃除・片付けの手伝い) beside nine niche ones (キャラ弁, 寄木細工, ヒンディー語, キンボール, 変形菌(粘菌)の観察, 狂言,
コントラクトブリッジ, 3Dプリンターでの自助具づくり, 香道): 募集 posts and resident asks in the wording they are published in, and
registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ) written as a person's bio. Graded for
skill fit only (areas and times are not given), like real2 … real25. Written at the same time as real26 (a sibling, by
another hand); neither is earlier than the other.

The everyday half repeats topics of earlier sets on purpose (スマホ, 子ども食堂, 学習支援, 書道, 囲碁・将棋, 手芸, 写真, 買い物・通院の
付き添い and 家事援助 are concepts or texts of real2 … real25), under keys of this set's own (smartphone, kodomo_shokudo, study,
shodo, igo_shogi, shugei, photo, kaimono, souji); only its pages and wording are new. The niche half is new, one topic from
each corner asked for (a food: キャラ弁・デコ弁; a craft: 寄木細工; a language: ヒンディー語; a sport: キンボール; a nature
activity: 変形菌(粘菌)の観察; a performing art: 狂言; a game: コントラクトブリッジ; a science/technology hobby: 3Dプリンター; a
traditional practice: 香道): none of its nine concepts is a concept of real … real25, and none of キャラ弁, キャラベン, デコ弁,
キャラベニスト, kyaraben, character bento, 海苔パンチ; 寄木, 寄せ木, yosegi, 木象嵌; ヒンディー, ヒンディ, Hindi, ナマステ,
デーヴァナーガリー; キンボール, kin-ball, kinball, オムニキン; 変形菌, 粘菌, ねんきん, 子実体, 変形体, モジホコリ; 狂言, きょうげん,
kyogen, 和泉流, 大蔵流, 大藏, 柿山伏, 小舞, 能楽; ブリッジ, コントラクト, contract bridge, ラバーブリッジ, デュプリケート; 3Dプリンタ,
３Ｄプリンタ, 3D print, 3Dプリント, 3Dモデリング, e-NABLE, 自助具, ファブラボ, 義肢; 香道, 聞香, 組香, 源氏香, 香木, 志野流, 御家流,
伽羅 occurs in the data of real … real25 (bench/heldout/real*/volunteers.jsonl and requests.jsonl, realN_data.py and
real.py … real25.py, docstrings included; checked by program with grep). Looser words do occur elsewhere, in other
topics: 弁当 (many sets), インド (real10 … real25) and ウルドゥー (3 files), 木工 and コースター (many sets; 組子 is real25's
concept) and 箱根 (3 files), ニュースポーツ (real8 … real22), キノコ and 顕微鏡 (real19 … real24; きのこ is a text of real19,
real23, real24), 能 (as a character, everywhere), トランプ and 脳トレ (many sets), お香 and 線香 (3 files each), 茶道 (real7 …
real25). The nearest earlier concepts are other activities: 料理教室 and 子ども食堂 (real10 … real25; not character bento), 組子
細工 and 木工 (real14, real19, real25; not 寄木), the language concepts of real8 … real25 (Nepali, Tagalog, Arabic …; not
Hindi), ボッチャ, ペタンク, モルック, カローリング, ウォーキングフットボール (real13 … real25; not キンボール), 自然観察, きのこ and
野草 (real14 … real24; not slime moulds), 落語, 腹話術, 人形劇, 日本舞踊 (many sets; not 狂言), 囲碁・将棋, 麻雀, チェス,
バックギャモン (real2 … real24; not bridge), プログラミング, アマチュア無線, ロボット (real13, real16; not 3D printing), 茶道,
華道, 書道, 盆栽 (many sets; not 香道). Ideas checked and not taken: 餃子 (ギョーザ occurs), 飾り巻き寿司 (巻き寿司 in real23.py),
薬膳 (real5 files), ビーチコーミング (漂着物 is a real24 text), 燻製, 梅干し, 豆腐, 干し柿, 切り絵, 水引, 金継ぎ, 刺し子, 手話, 点字,
ボッチャ, 吹矢, 太極拳, 腹話術, 落語, 麻雀, 百人一首, オセロ, 盆栽, 着付け (all in earlier data). The sibling real26 wrote its nine
niche topics to /work/blind/real26.topics after this set's file (精進料理, 裂き織り, ギリシャ語, ターゲット・バードゴルフ, ウミガメ,
エイサー, ルービックキューブ, 模型飛行機, 煎茶道); none is the same as or close to one of these nine (checked before writing and
again at the end).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real25), every candidate address was checked by program against the sources of real/ … real25/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 94 of the about 240
distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (子ども食堂,
学習支援, 書道, 囲碁・将棋, 写真, 買い物支援 and スマホ pages had been mined hard by real … real25) and none on the niche ones.
Eleven of them (from the last round of everyday searches) were caught only by the program check of every source after
their records had been drafted; those records were deleted and replaced by records from other, checked pages (or left
out). real26_data.py did not exist when this set was finished, so no check against the sibling's pages was possible;
whichever set finishes later should check the two by program. Each text here was
rewritten closely from one page: the group's self-introduction before the ask, who the help is for, what is not needed
(級・段位は問いません, カメラ歴が浅くてもかまいません, 全日程に出る必要はありません, 日本語しか話せなくても問題ありません, 体験レベル
ではなく) and the asides and other activities people mention. Names, phone numbers and places are rewritten out. Every
record names the page it follows (`sources.json`); no page is used twice. Twenty-two asks are a resident's own (a son
whose mother of 93 keeps switching on 機内モード, a daughter whose short-tempered mother deleted her phone book, a mother
whose son stopped going to school in the second year of 中学, a folk singer
with a 公民館 full of unused shogi boards, a daughter whose father of 86 sweeps a square room round, three mothers facing the
"キャラ弁問題", a family back from a 寄木 workshop, friends who want a one-day 寄木 class, a mother whose Indian in-laws will not
speak Hindi to her daughter, a student interning in India, a mother living in Bangalore, a glass artist who adopted a
モジホコリ by cool mail, a woman who threw away the slime mould in her planter, an island retiree back to bridge, a woman who
wants to learn bridge, a man who lost the use of his left arm and designs his own 自助具, an English-speaking parent whose
child needs a printed hand, a woman who failed every 組香, a woman who wants to 聞香 again, a woman who wants to try 源氏香),
composed closely from blog, question and interview pages; two asks are in English (the parent, an international families
network looking for makers) and a third needs Hindi (the Indian in-laws' granddaughter). The texts are in real27_data.py
(pure data). The concept list below is this set's own; its author did not read `matching/` (code or data) nor any
ranking, and the matcher was not run on the set. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  買い物・通院の付き添い (kaimono) vs 掃除・片付け (souji) — related (1) (the same 生活支援サポーター and 有償ボランティア groups do
  both; one volunteer, R27V036, a 有償ボランティア group member, holds both);
  子ども食堂の調理 (kodomo_shokudo) vs キャラ弁 (kyaraben) — related (1) (both cook for children; a coordinator short of a キャラ弁
  teacher would ask a 子ども食堂 cook second) — two RELATED pairs;
  キャラ弁 vs 写真 (photo) — unrelated (0) (キャラ弁 is made to be photographed and shown on SNS);
  学習支援 (study) vs 3Dプリンター (print3d) — unrelated (0) (one volunteer, R27V015, a 学習教室 staff member with a private 3D printer,
  holds both);
  囲碁・将棋 (igo_shogi) vs コントラクトブリッジ (bridge) — unrelated (0) (both table games praised as 脳トレ and ボケ防止 for
  seniors; bridge pages compare it with 碁, 将棋 and 麻雀);
  書道 (shodo) vs 香道 (kodo) — unrelated (0) (both 稽古 of a Japanese 道; the 組香 answer is written with a brush and 硯);
  寄木細工 (yosegi) vs 3Dプリンター — unrelated (0) (both make objects; ものづくり 体験 for children, コースター);
  寄木細工 vs 手芸 (shugei) — unrelated (0) (both hand crafts taught as 体験);
  キンボール (kinball) vs 学習支援 — unrelated (0) (both school and 放課後 activities);
  変形菌 (nenkin) vs 写真 — unrelated (0) (both observe and record small things; 標本 and pictures);
  ヒンディー語 (hindi) vs 学習支援 — unrelated (0) (both teach); 狂言 (kyogen) vs 書道 — unrelated (0) (both 伝統文化 at schools);
  smartphone, study, shodo, igo_shogi, shugei, photo, yosegi, hindi, kinball, nenkin, kyogen, bridge, print3d and kodo relate
  to nothing;
  secondary asks: the city 社協 (R27Q017, 生活支援サポーター) asks 買い物・通院の付き添い first and ゴミ出し・家事 second; the ward
  社協 (R27Q019, 家事援助) asks 掃除・庭掃除 first and ちょっとした買い物 second;
  languages: the Hindi-needing ask grades only Hindi speakers (all five holders of hindi); the two English asks grade only the
  English-speaking 3D printing holders (three, all English only); the Japanese-only holders of print3d are 0 there and 3 to
  the Japanese asks of their concept.
Words of another skill beside the ask: the 社協's 子どもの見守り and 話し相手, the 子ども食堂's 地域通貨 and アルファ米, the デイホーム's 職員, the 公民館's 旋盤 and 鋳造, the 寄木 workshop's 木象嵌, the サロン's テニス and ゴルフ, the
野鳥の会, the お茶 of the photo ask, the 93-year-old's ガラケー; and bios with distractors (a 子ども食堂 cook who
mentions 射的, 輪投げ and 紙芝居, a 書道 teacher who was a painter's secretary, a 囲碁 volunteer who runs a 喫茶店, a 将棋
volunteer whose opponents invent their own rules, a 手芸 worker from a 手芸店, a キャラ弁 teacher who is a キャリアコンサルタント, a
Hindi teacher who runs an インド料理店, a キンボール lecturer who is a 理学療法士, a 粘菌 keeper who runs a 喫茶店, a 狂言 pupil who
talks of 謡 and 能舞台, bridge players from the US and a 米軍基地 club, an 作業療法士 who prints a ペットボトルホルダー, 香道 pupils
who mention 茶道, 華道 and 書道).

Counts: 87 volunteers (10 speak a language besides Japanese or none: 7 English, 3 of them English only; 5 Hindi, 2 of
them also English; 2 hold two concepts), 48 requests (22 residents' own, 2 in English, 1 more needing Hindi, 2 with a
secondary ask), 271 graded pairs (241 of grade 3, 2 of grade 2, 28 of grade 1), 135 source pages, 18 concepts (9 everyday,
9 niche). Fewer than the 110–120 volunteers and 56 requests aimed at: after the earlier sources were dropped, the everyday
topics kept few fresh pages (書道 3 holders, 買い物 and 掃除 2 each; 囲碁・将棋, 写真 and 買い物 one main ask each).

usage: python bench/heldout/real27.py          (writes bench/heldout/real27/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real27.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real27_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real27"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real26 is written at the same time as this set
# (a sibling, not an earlier set), so the list stops at real25: earlier_sources(name) lists the sets before `name`,
# and "real26" is the name whose predecessors are real … real25. The two siblings were checked against each other by
# program as far as both were written.
EARLIER_SOURCES = realset.earlier_sources("real26")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real25).
CONCEPTS = {
    "smartphone": "スマホ・タブレットの使い方 (シニアのスマホ相談・教室, LINE・アプリの設定, 家族に代わって根気よく教える)",
    "kodomo_shokudo": "子ども食堂の調理 (大鍋のカレーなど数十〜百食の仕込み・調理・配膳・片付け, 献立づくり)",
    "study": "子どもの学習支援 (無料塾・学習教室で小中高生の勉強を見る, 宿題の見守り, 居場所づくり)",
    "shodo": "書道の指導 (施設やデイサービスの書道クラブ, 老人会の書道部, お手本と添削; 筆ペン・ペン字も)",
    "igo_shogi": "囲碁・将棋の相手と指導 (施設や個人宅での対局相手, 子ども将棋教室, 福祉囲碁)",
    "shugei": "手芸(編み物・あみぐるみ)の指導 (サロンや同好会で編み方を教える, 編み間違いの直し)",
    "photo": "行事の写真撮影 (施設や地域の行事・祭りの記録写真, 撮った写真をプリントして届ける)",
    "kaimono": "買い物・通院の付き添い (車での送迎, 買い物代行, 外出の付き添い)",
    "souji": "掃除・片付けの手伝い (高齢者宅の部屋掃除・窓ふき・ごみ出し, 家事援助の有償ボランティア)",
    "kyaraben": "キャラ弁・デコ弁づくりの指導 (キャラクター弁当, 平面キャラ弁, 遠足のお弁当; 英語でのレッスンも)",
    "yosegi": "寄木細工の指導 (箱根・小田原の寄木, 寄木コースターの体験教室, 職人の技)",
    "hindi": "ヒンディー語を教える (デーヴァナーガリー文字, 会話, 家族のことば; 言語はリクエストの languages が決める)",
    "kinball": "キンボールの指導 (直径122センチのボールのニュースポーツ, 学校や子どもの体験会, オムニキン)",
    "nenkin": "変形菌(粘菌)の観察の案内 (観察会の講師, 子実体の探し方と標本, 変形体の飼育)",
    "kyogen": "狂言の指導 (学校の狂言ワークショップ, 柿山伏, 発声と所作, 素人の稽古)",
    "bridge": "コントラクトブリッジを教える (初心者講習, ビッドとプレイ, サークルやクラブ, 脳トレ)",
    "print3d": "3Dプリンターでの自助具・ものづくり (自助具や義手の3Dプリント, 3Dモデリング, 子どもの3Dプリンター教室)",
    "kodo": "香道の指導 (聞香, 組香・源氏香, 香席のお手前, 志野流・御家流)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a 子ども食堂 cook is not a
# キャラ弁 teacher, a shopping escort does not clean the house, a go player does not teach bridge), so the 2s come from
# secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: kyaraben–photo, study–print3d, igo_shogi–bridge,
# shodo–kodo, yosegi–print3d, yosegi–shugei, kinball–study, nenkin–photo, hindi–study, kyogen–shodo, and anything with
# smartphone, study, shodo, igo_shogi, shugei, photo, yosegi, hindi, kinball, nenkin, kyogen, bridge, print3d or kodo.
RELATED = {
    frozenset(p)
    for p in [
        (
            "kaimono",
            "souji",
        ),  # 生活支援のちょっとした困りごと; 同じサポーターが買い物・ごみ出し・掃除を引き受ける
        (
            "kodomo_shokudo",
            "kyaraben",
        ),  # 子どものための料理; キャラ弁の先生が見つからなければ子ども食堂の調理の人に聞く
    ]
}

VOLUNTEERS = [(f"R27V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R27Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "キャラ弁 教室 講師 子ども お弁当 デコ弁",
    "寄木細工 体験 教室 コースター 職人 寄木",
    "ヒンディー語 講座 講師 教える インド 日本",
    "キンボール 体験会 指導 ボランティア 小学校",
    "変形菌 粘菌 観察会 講師 子ども",
    "狂言 ワークショップ 小学校 体験 狂言師 教える",
    "コントラクトブリッジ 教室 初心者 講師 シニア 認知症予防",
    "3Dプリンター 自助具 ボランティア 作る 障害者",
    "香道 体験 聞香 講師 教室 源氏香",
    "ブリッジ トランプ 覚えたい 教えてくれる人 ブリッジクラブ 私",
    "3Dプリンター 教室 講師 子ども 3DCAD ものづくり 地域 ファブ",
    "香道 私 お稽古 始めて 香りを聞く 組香 お香の会",
    "キャラ弁 作れない 不器用 教えてほしい 遠足 お弁当 母 苦手",
    "寄木細工 趣味 作品 私 教えています 木工 寄木 独学",
    "ヒンディー語 母語教室 インド人 子ども 日本 ボランティア 教える",
    "キンボール 高齢者 介護予防 デイサービス レクリエーション 大きなボール",
    "粘菌 好き 飼育 私 変形菌 探し 趣味 ブログ",
    "狂言 稽古 素人 会 発表会 私 始めて 和泉流 習う",
    "子ども食堂 調理ボランティア 私 参加して 献立 子どもたち 感想",
    "学習支援ボランティア 中学生 無料塾 私 参加 大学生 体験談",
    "書道 ボランティア 高齢者施設 書き初め 教える 私 書道教室 師範",
    "囲碁 将棋 ボランティア 対局 高齢者施設 相手 訪問 私",
    "編み物 手芸 ボランティア サロン 教える 私 毛糸 ニット",
    "写真ボランティア 撮影 イベント 記録 地域 私 カメラ 施設 遺影",
    "買い物支援 付き添い 通院 ボランティア 高齢者 私 活動 有償 助け合い",
    "高齢の親 掃除 片付け 手伝ってほしい 一人暮らし 部屋 ゴミ 困っている 頼める",
    "スマホ教室 ボランティア講師 シニア 教えて 私 楽しい 高齢者 質問",
    "生活支援サポーター 掃除 買い物 ゴミ出し 活動 私 ちょっとした困りごと 住民",
    "子ども食堂 ボランティア募集 調理 できる方 お手伝い 募集しています 食堂",
    "息子 勉強 見てくれる人 不登校 中学生 学習支援 探している 母",
    "祖父 スマホ 教えた 孫 LINE 使えるようになった 大学生 ボランティア 体験",
    "ボランティア 通院付き添い 病院 待ち時間 私 担当 利用者さん 感謝",
    "家事援助 ボランティア 掃除 窓拭き 高齢者宅 訪問 私 会員 活動",
    "将棋教室 子ども 指導 ボランティア 定年後 私 将棋 教える 公民館",
    "写真 撮影 ボランティア 募集 運動会 行事 撮ってくださる方 カメラ 施設",
    "デイサービス 書道の先生 来ていただける方 募集 利用者 習字 ボランティア",
    "父 囲碁が好き 施設 相手がいない 碁を打つ 相手 探している ボランティア",
    "子ども食堂 調理スタッフ 募集 ボランティア 料理が好きな方 月1回 食堂 運営",
    "学習支援 ボランティア 募集 小学生 宿題 見守り 教室 地域 大人 シニア",
    "ヒンディー語 勉強したい 夫 インド人 家族 話したい 教えてくれる人",
    "作業療法士 3Dプリンター 自助具 作ってもらいたい 利用者 スプーン ホルダー 依頼",
    "e-NABLE volunteer 3D printing prosthetic hands assistive devices I print",
    "volunteer teaching contract bridge to seniors beginners lessons senior center I teach",
    "寄木細工 伝統工芸士 出前授業 子ども 寄木 職人 体験指導 工房",
    "スマホの使い方 教えてほしい 母 80代 LINE できない 誰か 近所 ボランティア 相談",
    "ボランティアカメラマン 私 撮影 依頼 地域 行事 趣味の写真 役に立ちたい 記録写真 NPO",
    "こども食堂 厨房 ボランティア 主婦 私 大鍋 カレー 100食 仕込み 楽しい 続けて",
    "書道講師 私 公民館 サークル 教えて 年 筆ペン 高齢 生徒さん 作品展 退職後",
    "デイサービス 将棋 囲碁 相手 ボランティア 募集 利用者さん 対局 できる方 来てほしい",
    "買い物代行 ボランティア 私 一人暮らし 高齢者 週1回 スーパー 同行 近所 利用者 喜び",
    "写真が趣味 撮影 地域 お祭り 学校行事 頼まれて 撮った 私 一眼レフ プレゼント 喜ばれた",
    "母 スマホ 買ったけど 使えない 電話しかできない 教える時間がない 困った 実家 父 LINE",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
