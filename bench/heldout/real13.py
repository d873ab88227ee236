"""A thirteenth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
慰問と余興 (落語・漫談, 紙芝居, バルーンアート), 施設の身だしなみとふれあい (ハンドマッサージ・タッチケア, 化粧・メイク, 訪問理美容),
教室の講師 (書道, 絵画, 折り紙, 昔遊び, 語学講座 (英会話・中国語・韓国語), 子どものプログラミング), 要約筆記, ボッチャ・障害者
スポーツ, セラピードッグ (動物介在活動), 除雪・雪かき, 里山・森林の保全, 自転車の修理・点検, 包丁研ぎ and まち案内・観光ボランティア
ガイド publish, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's
bio. Graded for skill fit only (areas and times are not given), like real2 … real12. Its topics were chosen away from
real10's, real11's and real12's: none of its 20 concepts is a concept of those three sets (落語・紙芝居, 書道, 要約筆記, 訪問理美容,
障害者スポーツ and 折り紙 were concepts of real7 … real9 and come back with other pages; バルーンアート, ハンドマッサージ, 化粧療法,
昔遊び, セラピードッグ, 除雪, 里山の保全, 自転車の修理, 包丁研ぎ, 語学講座, プログラミング and まち案内 are new to real3 … real12
as main concepts).

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real12), every candidate address was checked by program against the sources of real/ … real12/
(normalised: scheme, www., trailing slash, port, percent-encoding) — 18 of 187 distinct candidate addresses checked
were earlier sources and were dropped (most of them 落語・紙芝居, 要約筆記, 理美容, ボッチャ and まち案内 pages of real3 … real10;
one of them only at the check of the drafted file, and its drafted record was deleted) — and each text here was rewritten closely from one page: the group's
self-introduction before the ask, who the help is for, what is not done (屋根の雪下ろしはしません, 英語の練習のためだけでは
困ります) and the asides and other activities people mention. Names, phone numbers and addresses are rewritten out. Every
record names the page it follows (`sources.json`); no page is used twice. Seventeen asks are a resident's own (a woman
of 80 and a woman of 50 buried in snow and a son far from his parents' roof, a sick woman, a daughter, a husband and a
son who need a barber or hairdresser at home, three people who cannot go to a hearing at a course, a party or their own
wedding without 要約筆記, three old people stuck with a flat bicycle tyre, a mother and an office worker who want an
English and a Chinese teacher, a housewife who wants to take up 書道 again, a mother of three who wants her children
taught programming nearby), composed closely from blog, question and consultation pages. The texts are in
real13_data.py (pure data). The concept list below is this set's own; its author did not read `matching/` (code or
data) nor any ranking, and the matcher was not run on the set before it was committed. Grades follow from the hand-set
concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  ハンドマッサージ (handcare) vs 化粧 (makeup) — close (2), both ways: the メイク volunteers massage hands and faces before
  they make up, the hand-care circles are asked for both; 化粧 vs 訪問理美容 (biyou) — related (1), both ways; ハンドマッサージ vs
  訪問理美容 — unrelated (0); ハンドマッサージ vs セラピードッグ (animal) — unrelated (0) (both soothe residents);
  落語 (rakugo) vs 紙芝居 (kamishibai) — related (1), both ways; 落語 vs まち案内 (machiguide) — unrelated (0) (both talk);
  バルーンアート (balloon) vs 紙芝居, vs 折り紙 (origami), vs 昔遊び (mukashi) — unrelated (0);
  折り紙 vs 昔遊び — related (1), both ways; the 昔遊びの会 ask (R13Q025) asks both as main asks;
  secondary asks: the お化粧隊 ask (R13Q012) asks 顔そり second (a 理美容 volunteer is 2 there, 1 elsewhere), the mother's
  プログラミング ask (R13Q050) asks 英語 second (a 語学 volunteer is 2 there);
  書道 (shodo) vs 絵画 (kaiga) — unrelated (0) (both brush); 書道 vs 要約筆記 (youyaku) — unrelated (0) (both write);
  除雪 (yukikaki) vs 里山 (satoyama) — unrelated (0) (both outdoor work with tools); 自転車 (jitensha) vs 包丁研ぎ (hamono)
  — unrelated (0) (both mend); 語学講座 (gogaku) vs プログラミング (programming) — unrelated (0) (both teach children);
  語学講座 vs まち案内 — unrelated (0) (the English guides hold guide only); ボッチャ (boccia) relates to nothing;
  languages: the 英語 asks (the 親子英語サークル ask: gogaku; the English-taught calligraphy workshop: shodo, written in
  English; the 外国人旅行者 guide ask: machiguide) grade only English speakers; the 中国語 asks (a worker beside Chinese
  trainees, a 中国語教室 run for students) only the Chinese-speaking teachers; the four Korean-speaking teachers have no
  ask in their language.
Words of another skill beside the ask: the 落語 asks' 体操・カラオケ, the 紙芝居 ask's 脳トレ, the ハンドケア ask's 傾聴, the
化粧 ask's 顔そり・記念写真, the 理美容 asks' お湯・掃除, the 書道 ask's お手本・通信の添削, the 要約筆記 asks' 補聴器・バイク仲間,
the 雪 asks' 買い物・膝の痛み, the 包丁 asks' 子ども食堂・料理, the 自転車 asks' スーパー・タクシー, the プログラミング ask's 英語, the
まち案内 ask's 紅葉・伝説; and bios with distractors (a 落語 volunteer in a 朗読 group, an アロマ volunteer who also makes
balloons (and holds both), a メイク circle that photographs, a 折り紙 teacher who built his 町内会's web site, a 水彩画
teacher who coaches バトン, a guide who also does パソコン volunteering, a 韓国語 teacher who works at a 学童, a 理容組合 that
also cleans parks and gives blood).

usage: python bench/heldout/real13.py          (writes bench/heldout/real13/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real13.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real13_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real13"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real13")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "rakugo": "落語・漫談の高座 (施設の慰問, サロンや敬老会の余興)",
    "kamishibai": "紙芝居の上演 (施設や子どもの居場所で演じる)",
    "balloon": "バルーンアート (作って配る, 作り方を教える)",
    "handcare": "ハンドマッサージ・タッチケア (アロマオイルで手をさする)",
    "makeup": "化粧・メイクのボランティア (化粧療法, 施設でのメイク)",
    "biyou": "訪問理美容 (施設や自宅に出向くカット・散髪)",
    "shodo": "書道の指導 (書道教室, 書き初め, 施設の書道)",
    "kaiga": "絵画の指導 (水彩画, 施設の絵画教室)",
    "origami": "折り紙の指導",
    "mukashi": "昔遊びの指導 (けん玉, こま, お手玉, あやとり)",
    "youyaku": "要約筆記 (手書き・パソコン, ノートテイク, 全体投影)",
    "boccia": "ボッチャ・障害者スポーツの補助 (コート設営, 審判, 練習の手伝い)",
    "animal": "動物介在活動 (セラピードッグと施設を訪問)",
    "yukikaki": "除雪・雪かき (玄関から道路まで, 屋根から落ちた雪, 雪下ろし)",
    "satoyama": "里山・森林の保全 (間伐, 下草刈り, 竹林整備)",
    "jitensha": "自転車の修理・点検 (パンク修理, ブレーキ調整)",
    "hamono": "包丁研ぎ",
    "gogaku": "語学講座の講師 (英会話・中国語・韓国語; 言語はリクエストの languages が決める)",
    "programming": "子どものプログラミング教室 (Scratch, メンター)",
    "machiguide": "まち案内・観光ボランティアガイド (言語はリクエストの languages が決める)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("handcare", "makeup"),  # 化粧療法の会は手と顔のマッサージから入り, ハンドケアの会もメイクを頼まれる
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: handcare–biyou, handcare–animal,
# rakugo–machiguide, balloon–kamishibai, balloon–origami, balloon–mukashi, shodo–kaiga, shodo–youyaku,
# yukikaki–satoyama, jitensha–hamono, gogaku–programming, gogaku–machiguide, and anything with boccia.
RELATED = {
    frozenset(p)
    for p in [
        ("rakugo", "kamishibai"),
        ("makeup", "biyou"),
        ("origami", "mukashi"),
    ]
}

VOLUNTEERS = [(f"R13V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R13Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "落語 ボランティア 高齢者施設 慰問 アマチュア落語家 私",
    "紙芝居 ボランティア 上演 高齢者 デイサービス 紙芝居師 活動",
    "ハンドマッサージ ボランティア 施設 入居者 タッチケア アロマ 活動",
    "訪問理美容 ボランティア 美容師 カット 施設 高齢者 散髪",
    "化粧療法 メイクボランティア 高齢者施設 お化粧 ネイル 笑顔",
    "書道教室 ボランティア 講師 子ども 書き初め 指導 公民館 退職",
    "折り紙 ボランティア 教える 高齢者 サロン 折り紙教室 講師 作品",
    "昔遊び ボランティア 小学校 けん玉 こま回し お手玉 地域の高齢者 教える",
    "要約筆記 ボランティア 聴覚障害 講演会 パソコン要約筆記 サークル 活動 私",
    "ボッチャ ボランティア 指導 障害者スポーツ 体験会 審判 地域",
    "除雪ボランティア 高齢者世帯 雪かき 屋根の雪下ろし 社会福祉協議会 募集",
    "自転車 修理 点検 ボランティア 地域 無料 パンク 高齢者 学生",
    "雪かき できない 一人暮らし 高齢の母 実家 雪 困っている 誰か 手伝って",
    "除雪ボランティアに参加 私 雪かき 高齢者宅 汗 感謝された 大学生 体験",
    "包丁研ぎ ボランティア 地域 サロン 無料 包丁 切れ味 研ぎ師",
    "要約筆記 依頼 中途失聴 難聴 講演会 参加したい 文字で 派遣 お願い",
    "落語ボランティア 来ていただける方 募集 老人ホーム 敬老会 余興 お願い",
    "寝たきりの父 散髪 床屋に行けない 自宅に来てくれる 理容 頼みたい 介護",
    "自転車がパンク 高齢 自分で直せない 自転車屋 遠い 修理 頼める人 困った 母",
    "英会話 ボランティア講師 募集 子ども 英語で遊ぶ 地域 公民館 外国出身",
    "中国語講座 ボランティア講師 中国出身 地域の日本人に 中国語を教える 交流",
    "韓国語 教室 ボランティア 講師 韓国出身 公民館 ハングル 教えています",
    "英語を教える ボランティア 退職後 小学生 英語クラブ 放課後 地域 元英語教師",
    "韓国語を教えてくれる方 探しています サークル 講師募集 ネイティブ 初心者 主婦",
    "子ども プログラミング教室 ボランティア スクラッチ 地域 大学生 エンジニア 教える 無料",
    "セラピードッグ 動物介在活動 ボランティア 高齢者施設 訪問 愛犬と一緒に",
    "里山保全 森林ボランティア 間伐 下草刈り 会員 活動 私 定年後 山仕事",
    "looking for Japanese calligraphy shodo teacher who speaks English for my kids in Japan",
    "高齢者施設 メイクボランティア 募集 入居者にお化粧 来ていただける方",
    "観光ボランティアガイド 会員 まち歩き 案内 郷土の歴史 定年後 私 ガイドの会",
    "絵画教室 ボランティア 講師 水彩画 高齢者 デイサービス 絵を教える 元美術教師",
    "英語 観光ボランティアガイド 募集 外国人観光客 まち案内 英語で案内できる方",
    "子どもにプログラミングを習わせたい 近くに教室がない 田舎 小学生 教えてくれる人",
    "書道 習いたい 大人 近くに教室がない 先生 探しています 筆 独学 退職",
    "バルーンアート ボランティア 子ども会 施設 イベント 風船で動物 作ってあげる 私",
    "老人会 サロン 余興 落語 漫談 来てくれる人 いないか 探している 地域",
    "ボランティアガイドに案内を依頼 小学校 地域学習 史跡 まち歩き 案内してもらいました 子ども",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
