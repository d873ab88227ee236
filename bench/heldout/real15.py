"""A fifteenth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
詩吟, 切り絵, 押し花, 布絵本, 市民後見人, 日常の金銭管理の支援 (生活支援員), 終活・エンディングノート, 聞き書き・自分史, 家庭訪問型の
子育て支援 (ホームスタート), 盲導犬のパピーウォーカー, 草木染め・藍染め, 盆栽, 動物園のガイド, 子どものスポーツ指導, スポーツ吹矢,
ジャグリング・大道芸, 消しゴムはんこ and 似顔絵 publish, and registrant / activity introductions (体験談, 会員の声, 活動報告,
インタビュー, 新聞記事) written as a person's bio. Graded for skill fit only (areas and times are not given), like real2 …
real14. None of its 18 concepts is a concept of real3 … real14 (checked against their CONCEPTS): the nearest earlier
ones are other activities — 楽器演奏・民謡・歌声 (詩吟 appears only as a word in one real11 慰問 bio), 絵手紙・ちぎり絵 and 絵画
(real10, real13; not 切り絵 or 似顔絵), 園芸療法・生け花 (real12; 押し花 appears only as a word in its texts), 裁縫・手芸 (real4,
real8, real9, real11; 布絵本 appears only as a word in a real10 library ask), 確定申告 (real12; not 金銭管理), 託児・子育てひろば
(real5, real8, real9, real11; not home visits), 保護犬・保護猫 and 動物介在活動 (real6, real8, real13, real14; not 盲導犬の育成),
観光・まち案内 (real5, real13; not a zoo), 障害者スポーツ・ボッチャ and 体操 (real5, real8, real13; not 少年団 or 吹矢), マジック
and バルーンアート (real3, real6, real9, real11, real13; ジャグリング appears only as a word in a real13 ask). グラウンド・ゴルフ
was tried and dropped: one page found was about it, the rest about golf.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real14), every candidate address was checked by program against the sources of real/ … real14/
(normalised: scheme, www., trailing dot and slash, port, percent-encoding) — 2 of 356 distinct candidate addresses
checked were earlier sources and were dropped (a 生花教室 page and a マジック慰問 page, neither of this set's topics) — and
each text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is for,
what is not needed (資格は要りません, 上手下手は問いません, 野球経験は問いません, 家事や介護そのものは含みません) and the asides and
other activities people mention. Names, phone numbers and addresses are rewritten out. Every record names the page it
follows (`sources.json`); no page is used twice. Nineteen asks are a resident's own (a woman who wants proper 詩吟
lessons, a bride who wants to press her wedding flowers, a daughter who became her mother's 成年後見人, a son and a niece
worried about an old relative's money, a daughter and a man stuck on an エンディングノート, a daughter who wants her father's
life written down, three expectant or new mothers who want a home visitor, a man whose late father's 盆栽 are dying,
a mother whose son has no catch partner, a woman who cannot find a ジャグリング teacher, a son who wants a 似顔絵 of his
parents, and four in English: two foreigners who want 盆栽 lessons, a foreign new mother and a visitor who wants an
藍染め lesson), composed closely from blog, question and interview pages; a fifth ask in English is a children's study
group's (a zoo outing).
The texts are in real15_data.py (pure data). The concept list below is this set's own; its author did not read
`matching/` (code or data) nor any ranking, and the matcher was not run on the set before it was committed. Grades
follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  市民後見人 (kouken) vs 金銭管理の支援 (kinsen) — close (2), both ways: most 市民後見人 start as 生活支援員 and both hold money
  for people whose judgement is failing; one volunteer (a 生活支援員 chosen as 市民後見人) holds both;
  終活 (shukatsu) vs 市民後見人 — related (1) (終活講座 cover 成年後見); 終活 vs 聞き書き (kikigaki) — related (1) (終活 starts
  from 自分史; two 終活 lecturers also teach 自分史); 切り絵 (kirie) vs 消しゴムはんこ (hanko) — related (1) (both cut a design
  with a blade, both taught for 年賀状); ジャグリング (juggling) vs 似顔絵 (nigaoe) — related (1) (both booked as the 余興 of a
  施設 or 子ども会 event); all both ways — four RELATED pairs;
  金銭管理 vs 終活 — unrelated (0) (both money and papers of old age; 終活 relates to 後見 only);
  市民後見人 vs 聞き書き — unrelated (0) (both sit with old people in facilities; one 後見人 whose NPO records life stories
  holds both);
  切り絵 vs 押し花 (oshibana) and vs 似顔絵 — unrelated (0) (all make a picture for the wall);
  押し花 vs 盆栽 (bonsai) and vs 草木染め (someru) — unrelated (0) (all work with plants);
  草木染め vs 布絵本 (nunoehon) — unrelated (0) (both cloth); 布絵本 vs 家庭訪問 (homestart) and vs 消しゴムはんこ — unrelated
  (0) (all for small children and their parents);
  パピーウォーカー (puppy) vs 動物園 (zoo) — unrelated (0) (both animals); 子どものスポーツ (sport) vs スポーツ吹矢 (fukiya) —
  unrelated (0) (both coach a sport); 詩吟 (shigin) vs ジャグリング — unrelated (0) (both perform at 施設);
  動物園, パピーウォーカー and 盆栽 relate to nothing;
  secondary asks: the 生き生きセミナー ask (R15Q022) asks 自分史の聞き取り second (a 聞き書き volunteer is 2 there, 1 to the
  other 終活 asks);
  languages: the two English 盆栽 asks, the English 藍染め ask, the English home-visit ask and the English zoo ask grade only
  the English-speaking holders (2, 3, 2 and 3 of them); the Japanese-only holders of those concepts are 0 there and 3
  to the Japanese asks of their concept.
Words of another skill beside the ask: the 大道芸 ask's バルーンアート・マジック, the zoo asks' 紙芝居・折り紙・お話タイム, the
home-visit ask's 手作りおもちゃ, the 学童 ask's other crafts (傘, キーホルダー), the 年末 ask's 水引・門松, the 金銭管理 asks'
銀行・通帳 (also the words of 後見), the 生活支援員 ask's 公共料金; and bios with distractors (a 詩吟 teacher who visits with a
ハーモニカ player, a 切り絵 teacher who came from 染織, a 切り絵 class that was 折り紙 before, a 押し花 volunteer who runs a
フラワーアレンジメント club, a 布絵本 maker who teaches 視覚障害の方の手芸, a 市民後見人 who does 点訳, a 後見人 who goes to the
bank for the resident, a 盆栽 couple who make 盆栽鉢, a 藍染め teacher of つまみ細工, zoo guides who do 紙芝居 and 折り紙,
ジャグリング volunteers with 手品・バルーン・中国独楽・皿回し, a 似顔絵師 who carves 消しゴムはんこ, a 吹矢 instructor in a 障がい者の
親の会, a サッカー coach who referees).

Counts: 116 volunteers (10 speak English), 55 requests (19 residents' own, 5 in English), 583 graded pairs (352 of
grade 3, 58 of grade 2, 173 of grade 1), 171 source pages, 18 concepts.

usage: python bench/heldout/real15.py          (writes bench/heldout/real15/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real15.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real15_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real15"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real15")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "shigin": "詩吟 (吟詠の披露・施設の慰問, 詩吟教室の講師)",
    "kirie": "切り絵の指導 (デザインカッターで図案を切る, 切り絵教室・講座の講師)",
    "oshibana": "押し花の指導 (押し花づくり, しおり・コースター・額の作品, 押し花インストラクター)",
    "nunoehon": "布絵本・布おもちゃづくり (障害のある子や乳幼児のための布の絵本を縫う, 図書館の製作ボランティア)",
    "kouken": "市民後見人 (成年後見の担い手, 身上監護と財産管理, 養成講座の修了者・講師)",
    "kinsen": "日常の金銭管理の支援 (日常生活自立支援事業の生活支援員, 生活費の払い戻し・公共料金の支払い・通帳の確認)",
    "shukatsu": "終活・エンディングノートの書き方の講師 (終活講座, 終活アドバイザー)",
    "kikigaki": "聞き書き・自分史づくりの手伝い (高齢者の語りを聞いて冊子にする)",
    "homestart": "家庭訪問型の子育て支援 (ホームスタートのホームビジター, 産前産後の母親を訪ねて話を聴き一緒に過ごす)",
    "puppy": "盲導犬の育成ボランティア (パピーウォーカー, 繁殖犬の飼育)",
    "someru": "草木染め・藍染めの指導 (染め体験, 絞り)",
    "bonsai": "盆栽の指導 (手入れ・剪定・植え替え・針金かけ, 盆栽教室)",
    "zoo": "動物園・水族館のガイド (来園者に動物を解説する, スポットガイド・ドーセント)",
    "sport": "子どものスポーツ指導 (少年サッカー・少年野球のコーチ, スポーツ少年団)",
    "fukiya": "スポーツ吹矢の指導 (公認指導員, 腹式呼吸, 施設や公民館の吹矢教室)",
    "juggling": "ジャグリング・大道芸の披露 (施設の慰問, 子ども会・病院でのショー)",
    "hanko": "消しゴムはんこの指導 (彫り方を教える, 年賀状・親子の教室)",
    "nigaoe": "似顔絵を描く (施設や行事で描いてプレゼントする, 似顔絵ボランティア)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        (
            "kouken",
            "kinsen",
        ),  # 市民後見人の多くは生活支援員から; どちらも判断能力に不安のある人のお金を預かる
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: kirie–oshibana, oshibana–bonsai,
# oshibana–someru, someru–nunoehon, nunoehon–homestart, nunoehon–hanko, kinsen–shukatsu, kouken–kikigaki,
# puppy–zoo, sport–fukiya, shigin–juggling, kirie–nigaoe, and anything with zoo, puppy or bonsai.
RELATED = {
    frozenset(p)
    for p in [
        ("shukatsu", "kouken"),  # 終活講座は成年後見・任意後見を扱う
        ("shukatsu", "kikigaki"),  # 終活は人生の棚卸し (自分史) から
        ("kirie", "hanko"),  # 刃物で図案を切り抜く紙・消しゴムの細工, 年賀状の講座で並ぶ
        ("juggling", "nigaoe"),  # 施設や子ども会の行事に呼ぶ余興
    ]
}

VOLUNTEERS = [(f"R15V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R15Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "詩吟 ボランティア 慰問 施設 吟詠 会",
    "詩吟 教室 講師 ボランティア 高齢者施設 吟じる 私 始めて",
    "切り絵 教室 ボランティア 講師 デイサービス 公民館 切り絵作家",
    "押し花 ボランティア 教室 施設 押し花アート 講師 サークル",
    "布絵本 ボランティアグループ 手作り 障害のある子ども 図書館 貸出 製作",
    "市民後見人 養成講座 修了 活動 私 被後見人 訪問 体験談",
    "日常生活自立支援事業 生活支援員 募集 金銭管理 通帳 高齢者 訪問",
    "エンディングノート 書き方 講座 講師 ボランティア 終活 地域 サロン",
    "聞き書き ボランティア 高齢者 人生 自分史 冊子 聞き手 活動",
    "市民後見人として 受任 月に 面会 本人 施設 家庭裁判所 報告 やりがい 区民",
    "生活支援員 社協 活動して 利用者さん 宅 生活費 届ける 通帳 預かり 私 やりがい",
    "父の人生 聞き書き 本にしたい 母の昔話 記録 残したい 誰か 自分史 手伝ってくれる",
    "エンディングノート 書けない 一人暮らし 母 終活 相談 手伝ってほしい 何から",
    "ホームスタート ホームビジター 子育て家庭 訪問 ボランティア 体験 私 傾聴 協働",
    "パピーウォーカー 盲導犬 子犬 預かり 1年 家族 体験 ボランティア",
    "草木染め 教室 講師 ボランティア 藍染め 体験 指導 公民館 子ども",
    "盆栽 教室 指導 ボランティア 愛好会 初心者 手入れ 教える 会員",
    "ホームビジター 活動して 訪問先のママ 双子 一緒に 公園 子育て経験 生かせる 感想",
    "パピーウォーカー 我が家に来た 子犬 委託 お別れ 訓練センター 卒業 涙 わが家の",
    "父の盆栽 枯らしたくない 遺された 手入れ 方法 わからない 教えてくれる人",
    "bonsai lesson in English Japan foreigner learn bonsai care class English speaking teacher",
    "動物園 ボランティアガイド 来園者 解説 動物 説明 活動 私 養成講座",
    "少年サッカー コーチ ボランティア お父さんコーチ 子どもたち 指導 週末 スポーツ少年団",
    "スポーツ吹矢 指導員 ボランティア 施設 高齢者 腹式呼吸 教室",
    "ジャグリング 大道芸 ボランティア 施設 慰問 パフォーマンス 子ども会 披露",
    "グラウンド・ゴルフ 指導員 ボランティア 子どもたち 体験会 高齢者 ルール 教える",
    "消しゴムはんこ 講師 ボランティア 教室 ワークショップ 施設 子ども 彫る",
    "似顔絵 ボランティア 施設 入居者 描いてプレゼント イベント 似顔絵師",
    "スポーツ少年団 指導者募集 野球 子どもたち 保護者 コーチ 経験不問 お願い",
    "indigo dyeing workshop Japan English speaking instructor aizome experience foreigners volunteer teach",
    "foreign mother in Japan new baby isolated no family nearby home visit support English speaking volunteer mothers",
    "zoo volunteer guide English Japan foreign visitors explain animals English speaking docent",
    "押し花 ブーケ 結婚式 母の葬儀 花 残したい 押し花にしてくれる 教えて",
    "I volunteer visiting new mothers in Japan listening support postpartum English speaking mom volunteer experience",
    "I teach natural dyeing indigo shibori workshops in Japan English classes my studio visitors from abroad",
    "international school field trip zoo Japan guide in English students looking for volunteer explain animals",
    "藍染め体験 外国人観光客 英語で説明 工房 インバウンド 絞り ハンカチ 職人",
    "詩吟を習いたい 初心者 教室 探している 定年後 趣味 声を出す 近くに",
    "母 お金の管理ができなくなった 通帳 何度も再発行 公共料金 滞納 一人暮らし 認知症 どうすれば 相談",
    "切り絵 サークル 会員 作品展 趣味 切り絵を始めて 年 私 カッター 下絵",
    "年賀状づくり 講座 切り絵 消しゴムはんこ 干支 公民館 講師 募集 冬休み",
    "押し花 インストラクター 私 高齢者施設 ボランティア しおり 作り 利用者さん 一緒に",
    "布絵本 作っています 私 針と糸 フェルト 孫 障がい児 寄贈 サークル 何年",
    "息子 運動が苦手 キャッチボール 教えてくれる人 父親 いない 母子家庭 サッカー 練習 相手",
    "ジャグリング 趣味 ボランティア 私 老人ホーム 訪問 ディアボロ 披露 喜んでもらえた",
    "両親 金婚式 似顔絵 プレゼントしたい 描いてくれる方 祖母 米寿 記念 似顔絵 頼みたい",
    "市民後見人 活動報告 私が担当している 被後見人 施設訪問 誕生日 一緒に 寄り添う 体験",
    "生活支援員として活動した後 市民後見人に 受任 経験を生かして 私",
    "終活 自分史 講座 講師 エンディングノート 自分史づくり 両方 シニア 私が伝えたい",
    "押し花 しおり 子どもたち 教室 ボランティア 小学校 夏休み 押し花づくり 地域の先生",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
