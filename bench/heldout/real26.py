"""A twenty-sixth held-out set of real public wording, written blind, and like real17 … real25 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(買い物・通院の付き添い, 移送・送迎の運転, 子ども食堂の調理, 配食(弁当づくりと配達), 子どもの学習支援, 手芸, 写真撮影, 書道,
囲碁・将棋の相手と指導) beside nine niche ones (精進料理, 裂き織り, ギリシャ語, ターゲット・バードゴルフ, ウミガメの保護・観察,
エイサー, ルービックキューブ, 模型飛行機(ゴム動力・ライトプレーン), 煎茶道・お煎茶の淹れ方): 募集 posts and resident asks in the
wording they are published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事, ブログ)
written as a person's bio. Graded for skill fit only (areas and times are not given), like real2 … real25. Written at the
same time as real27 (a sibling, by another hand); neither is earlier than the other.

The everyday half repeats topics of earlier sets on purpose (買い物, 移送, 子ども食堂, 配食, 学習支援, 手芸, 写真, 書道 and
囲碁・将棋 are concepts or texts of real2 … real24), under keys earlier sets also use (kaimono: real11, real17; isou: real11;
kshokudo: real7, real24; haishoku: real8, real10, real18; gakushu: real9, real11, real18; shugei: real9, real11, real18;
photo: real3 … real24; shodo: real9, real13, real17; goshogi: real24); only its pages and wording are new. The niche half is
new, one topic from each corner asked for (a food: 精進料理; a craft: 裂き織り; a language: ギリシャ語; a sport: ターゲット・
バードゴルフ; a nature activity: ウミガメの保護; a performing art: エイサー; a game: ルービックキューブ; a science/technology
hobby: ゴム動力の模型飛行機; a traditional practice: 煎茶道): none of its nine concepts is a concept of real … real25, and none
of 精進料理, 精進出汁, 典座, shojin; 裂き織, 裂織, さき織, さきおり, sakiori; ギリシャ, ギリシア, Greek, ギリシャ文字; ターゲット・
バードゴルフ, バードゴルフ, TBG, シャトルボール, アドバンテージホール; ウミガメ, 海亀, アカウミガメ, 子ガメ, 仔ガメ, 上陸; エイサー,
パーランクー, 締太鼓, 道ジュネー, 地謡; ルービック, Rubik, スピードキューブ, 6面, 六面; 模型飛行機, ゴム動力, ライトプレーン,
スチレン, 竹ひご飛行機, 羽ばたき; 煎茶, 煎茶道, 玉露, 小川流, 黄檗, 宝瓶 occurs in the data of real … real25
(bench/heldout/real*/volunteers.jsonl and requests.jsonl, realN_data.py and real.py … real25.py, docstrings included;
checked by program). Looser words do occur elsewhere, in other topics: 精進 (real9, real22, as in 精進する), 禅 (real17,
real18, real22, real25), 古布 (real8, real12, real24), 裂き布 (real12, a 布ぞうり), 手織, さをり and 織り (real6, real20), 模型
(real14, real16, real19), 飛行機 and 紙飛行機 (real6, real13, real14, real19, real21), 竹ひご (real22, real24), 茶道 and お茶
(many sets), 急須 (real17, real21), 三線 (real19, real24, real25), 沖縄 (real9, real19, real24), 太鼓 (many sets), 産卵
(real14, real19), キューブ (real24, once), パズル (real12), 脳トレ (many sets), ゴルフ and グラウンド・ゴルフ (real6 … real25),
五目 (real17, 五目並べ), イタリア and Italian (real7, real17, real23). The nearest earlier concepts are other activities:
郷土料理・料理教室 and 薬膳 (real14, real21) and 練り切り (real25; not temple cooking), 草木染め (real15) and 手芸・編み物 (many
sets; not weaving), 語学・エスペラント (real13, real21) and アラビア語 (real25; not Greek), グラウンド・ゴルフ, ペタンク, モルック
(real17 … real19; not TBG), 自然観察・ホタル (real14), 磯の生き物 (real24) and 鳴く虫 (real25; not sea turtles), 和太鼓 (real17),
三線 (real19) and ちんどん (real25; not エイサー), 脳トレ (real16), 囲碁・将棋・チェス (real2 … real24; not a puzzle), ロケット
(real23) and 凧 (real22; not rubber-powered planes), 茶道 (real10, real21) and 紅茶 (real21; not 煎茶). Ideas checked and not
taken: 香道, コントラクトブリッジ, キンボール, 狂言 and ヒンディー語 (the sibling real27's topics, and 能楽・仕舞 as too close to its
狂言), 連珠 (五目並べ in real17), イタリア語 (Italian in real17), 飾り巻き寿司 (巻き寿司 in real23), 風呂敷 (real10, real15,
real25), つるし雛 (吊るし雛 in real18), ペルシャ語 and スウェーデン語 (few pages beyond schools abroad), マンカラ (few bios).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real25), every candidate address was checked by program against the sources of real/ … real25/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 92 of the about 280
distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (from real …
real24) and none on the niche ones — and, when done, against the pages of real27 as written by then: five everyday pages
were shared (two registrants of one 無料塾, a 子ども食堂's 募集, a ward's 居場所 募集 and a デイホーム's 書道の日); this set
finished later, so it replaced the three records it could replace from unused pages (a retired man teaching five subjects
at home, a high-school teacher's 無料塾, a こども食堂's call for cooks) and dropped the other two asks. Each text here was
rewritten closely from one page: the group's self-introduction before the ask, who the help is for, what is not needed
(料理が得意でなくても大丈夫, 全日程に出る必要はありません, 観察目的の方は観察会へ, 介護保険では院内の付き添いは難しい, 英語と
フランス語は使えるので) and the asides and other activities people mention. Names, phone numbers and places are rewritten out.
Every record names the page it follows (`sources.json`); no page is used twice. Twenty-one asks are a resident's own (a
daughter three hours away whose mother with dementia goes to hospital twice a month, an office worker who keeps taking
leave for a parent's hospital visits, a daughter whose mother no longer drives (in English), a woman in her nineties asking
for more drivers (in English), a wife who could finally learn 書道 when her son reached university, a man who wants 囲碁
friends, a sister whose widowed family temple eats 精進 for forty-nine days, a senior who cannot cut old cloth for 裂き織り,
a patchwork maker who wants a big loom, a man lost when the Greek student substitute teaches, a Bible-Greek learner with no
class nearby, a professor stuck on the Greek letters before a conference on an island, an office worker invited to TBG by
a friend, a father moved to tears at a 子ガメ release, a father and son stuck at the first face, a man who cannot solve
the cube without the manual after eight months, a daughter whose mother solves one face in a care home, a mother abroad
stuck at step four, a parent whose child left the ライトプレーン to her, a father with a flapping-wing kit, a beginner in
煎茶道 facing "three walls"), composed closely from blog, question and interview pages; three asks are in English (the
daughter and the woman in her nineties, and a community care agency's call for escorted shopping drivers). The texts are
in real26_data.py (pure data). The concept list below is this set's own; its author did not read `matching/` (code or
data) nor any ranking, and the matcher was not run on the set. Grades follow from the hand-set concept labels alone
(`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  買い物・通院の付き添い (kaimono) vs 移送・送迎の運転 (isou) — related (1) (both 外出支援; the same programmes drive seniors to
  the doctor and the supermarket; one volunteer, R26V004, holds both);
  子ども食堂の調理 (kshokudo) vs 配食 (haishoku) — related (1) (both cook in volume for a neighbourhood, 調理ボランティア of
  one 社協) — two RELATED pairs;
  子ども食堂 vs 学習支援 (gakushu) — unrelated (0) (many 子ども食堂 also tutor; two volunteers, R26V016 and R26V017, hold both,
  and two asks, R26Q007 and R26Q010, ask the other one second); 精進料理 (shojin) vs 子ども食堂 and 配食 — unrelated (0) (all
  cook, but 精進料理 is taught as temple practice); 精進料理 vs 煎茶道 (sencha) — unrelated (0) (both Zen temple culture, 禅寺 and
  黄檗); 裂き織り (sakiori) vs 手芸 (shugei) — unrelated (0) (both cloth and yarn, 古布 and 毛糸; a knitter is not a weaver);
  ルービックキューブ (cube) vs 囲碁・将棋 (goshogi) — unrelated (0) (both 頭の体操 for children and seniors); ルービックキューブ,
  模型飛行機 (mokei) and ギリシャ語 (greek) vs 学習支援 — unrelated (0) (all teach children or learners; math, science, a
  language); 煎茶道 vs 書道 (shodo) — unrelated (0) (both 和の稽古 at デイサービス and 保育園); エイサー (eisa) vs 写真 (photo) —
  unrelated (0) (both visit homes for the elderly at 敬老会); ウミガメ (umigame) vs 写真 — unrelated (0) (both outdoors with
  families); ターゲット・バードゴルフ (tbg) relates to nothing (no exercise concept here);
  gakushu, shugei, photo, shodo, goshogi, shojin, sakiori, greek, tbg, umigame, eisa, cube, mokei and sencha relate to
  nothing;
  secondary asks: the English-speaking daughter (R26Q003) asks shopping company first and a driver second; the 子ども食堂 of
  a restaurant owner (R26Q007) asks cooks first and study helpers second; the 無料学習塾 and kitchen (R26Q010) asks tutors
  first and cooks second;
  languages: the two English residents (R26Q003, R26Q004) and the English-speaking care agency (R26Q005) grade only their
  English-speaking holders (3 of 4 for kaimono, 4 of 6 for isou); the Japanese-only holders are 0 there and 3 to the
  Japanese asks of their concept.
Words of another skill beside the ask: the daughter's "drive her" (isou), the restaurant's タブレットで公式 (gakushu), the
無料塾's 食事の提供 and 将棋・ギター (kshokudo, goshogi), the 介護予防センター's 閉じこもり予防, the デイサービス's 職員が手を取って,
the ケアネット's プロ棋士, the temple's 坐禅や掃除, the 作業所's さおり織機 and 補助器具, the school's ギリシャ料理の給食, the park's
バドミントンのシャトル, the 調査隊's 森・川・海, the home's 民謡のCD and 地謡, the father's ちゃちな景品, the kit's ドローン and
ラジコン, the facility's マルシェ and 茶園, the 区民館's 緑茶の効能; and bios with distractors (a knitter who also 刺繍, a
tutor who was the class's worst student, a cook who donates picture books, a 配食 deliverer lost among same-name farmhouses,
a photographer who was a 介護職, a 書道 teacher who runs a 夏の工作教室, a 囲碁 strong amateur who teaches other volunteers, a
shojin teacher who is a 利き酒師, a weaver who learned 糸つむぎ and 紅花染め, a Greek teacher who learned a Pontic lyre, a TBG
player who started in グラウンド・ゴルフ, a turtle patrol who snorkels, an エイサー drummer who did 空手, a cube blogger who
explains 3次元幾何学, a model-plane man who built a human-powered aircraft, a 煎茶 teacher who worked at a 和菓子屋, a 日本茶
インストラクター who runs 茶歌舞伎).

Counts: 111 volunteers (16 speak a language besides Japanese or none: 10 English, 8 of them English only; 5 Greek, 1
of them also English; 2 Chinese; 3 hold two concepts), 52 requests (21 residents' own, 3 in English, 3 with a
secondary ask), 393 graded pairs (329 of grade 3, 13 of grade 2, 51 of grade 1), 163 source pages, 18 concepts (9
everyday, 9 niche).

usage: python bench/heldout/real26.py          (writes bench/heldout/real26/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real26.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real26_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real26"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real27 is written at the same time as this set
# (a sibling, not an earlier set), so the list stops at real25: earlier_sources("real26") lists the sets before real26,
# real … real25. The two siblings were checked against each other by program when both were written.
EARLIER_SOURCES = realset.earlier_sources("real26")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real25).
CONCEPTS = {
    "kaimono": "買い物・通院の付き添い (スーパーへの買い物同行・代行, 病院の受付から会計・薬の受け取りまで付き添う; 車で一緒に行くことも)",
    "isou": "移送・送迎の運転 (福祉有償運送・運転ボランティア, リフト車や自家用車での通院・外出の送迎)",
    "kshokudo": "子ども食堂の調理 (食材の下ごしらえ・調理・配膳・片付け, 大人数の家庭料理)",
    "haishoku": "配食(弁当づくりと配達) (一人暮らし高齢者への手作り弁当の調理と配達, 声かけ・安否確認)",
    "gakushu": "子どもの学習支援 (無料塾・学習教室で小中高生の勉強を見る, 宿題の見守り, 進路の相談)",
    "shugei": "手芸 (編み物・縫い物・小物づくりを教える・一緒に作る, 寄贈用の帽子やミトン)",
    "photo": "写真撮影 (施設・幼稚園・地域の行事の記録写真, 遺影にも使える笑顔の撮影会)",
    "shodo": "書道 (高齢者施設やデイサービスでの書道の時間, 子どもや大人の書道教室, お手本書き)",
    "goshogi": "囲碁・将棋の相手と指導 (施設や自宅での対局相手, 子ども囲碁・将棋教室, 体験会)",
    "shojin": "精進料理を教える (精進出汁, 一汁三菜, 寺や公民館の精進料理教室)",
    "sakiori": "裂き織り・手織りの指導 (古布や着物を裂いて織る, 卓上機・手機・段ボール織り機, 作業所や集会所の体験)",
    "greek": "ギリシャ語を教える (現代ギリシャ語・古典ギリシャ語, ギリシャ文字の読み書き, 挨拶と旅の会話)",
    "tbg": "ターゲット・バードゴルフの指導 (羽根つきボールのミニゴルフ, コースづくり, シニアの体験会と大会)",
    "umigame": "ウミガメの保護・観察 (産卵の見回りと調査, 卵の保護と子ガメの放流, 海岸清掃と出前講座)",
    "eisa": "エイサーの演舞 (パーランクー・締太鼓・大太鼓と手踊り, 地謡, 施設や祭りでの演舞と練習の指導)",
    "cube": "ルービックキューブを教える (6面の揃え方, 初心者向けの解法, 体験会・スピードキューブ)",
    "mokei": "模型飛行機(ゴム動力・ライトプレーン)の工作指導 (竹ひごやスチレンの機体, 調整と飛ばし方, 子どもの工作教室)",
    "sencha": "煎茶道・お煎茶の淹れ方 (急須の煎茶のお手前, 玉露・煎茶の淹れ方教室, 子どもや施設での体験)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a driver does not walk the
# hospital corridors, a 子ども食堂 cook is not a 配食 round, a knitter is not a weaver), so the 2s come from secondary asks.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: kshokudo–gakushu, shojin–kshokudo,
# shojin–haishoku, shojin–sencha, sakiori–shugei, cube–goshogi, cube–gakushu, mokei–gakushu, greek–gakushu,
# sencha–shodo, eisa–photo, umigame–photo, and anything with gakushu, shugei, photo, shodo, goshogi, shojin, sakiori,
# greek, tbg, umigame, eisa, cube, mokei or sencha.
RELATED = {
    frozenset(p)
    for p in [
        ("kaimono", "isou"),  # 外出支援; 同じ送迎の仕組みが通院とスーパーの両方に付き添う
        ("kshokudo", "haishoku"),  # 地域の食事づくり; 社協の調理ボランティアが子ども食堂と配食の両方を作る
    ]
}

VOLUNTEERS = [(f"R26V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R26Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "ギリシャ語 講座 講師 教えています 公民館",
    "ペルシャ語 教室 講師 イラン出身 教える",
    "スウェーデン語 教室 講師 学ぶ 私",
    "精進料理 教室 講師 ボランティア お寺 教える",
    "裂き織り 教室 ボランティア 講師 高齢者 古布",
    "ターゲット・バードゴルフ 体験会 高齢者 指導",
    "ウミガメ 保護 ボランティア 産卵 調査 監視員",
    "エイサー 老人ホーム 慰問 演舞 エイサー隊",
    "ルービックキューブ 教室 高齢者 教える",
    "ゴム動力飛行機 工作教室 子ども 指導 ライトプレーン",
    "煎茶道 教室 小学校 体験 講師 お点前",
    "マンカラ 高齢者 デイサービス ゲーム 教える",
    "精進料理 教えてほしい 作ってみたい 習いたい 母 法事 初めて",
    "精進料理 講師 私 料理研究家 教室を開いて 野菜 出汁 昆布 椎茸",
    "精進料理教室 講師募集 公民館 講座 参加者募集 お寺の料理",
    "裂き織り 始めた 私 卓上織り機 古い着物 作品 趣味 仲間に教えて",
    "さき織り 講師 来てほしい デイサービス 作業所 利用者 織り機 寄贈 使い方",
    "母の着物 裂き織りにしたい 織り方 教えてくれる人 機 実家",
    "ギリシャ人 日本在住 ギリシャ語を教える 料理 文化 紹介 講座",
    "ギリシャ語 独学 難しい 教えてくれる人 探しています 近くに教室がない",
    "ギリシャ語 会話 勉強 始めた 旅行 ギリシャ文字 読めるようになった",
    "バードゴルフ 始めて 年 私 仲間 毎週 健康 楽しみ 会長 教える",
    "ターゲットバードゴルフ 老人クラブ 新しく始めたい 教えてくれる方 用具 クラブ",
    "ウミガメ 保護活動 続けて 年 私 子ガメ 放流 浜 見回り 語る",
    "エイサー 始めて 年 私 パーランクー 締太鼓 練習 仲間 沖縄出身 踊り",
    "エイサー 夏祭り 出演 依頼 団体 来てほしい 自治会 子ども会 エイサーを踊ってくれる",
    "ルービックキューブ 教えてほしい 6面 揃えられない 子ども 息子 ハマって",
    "模型飛行機 教室 指導 ボランティア 子どもたち 竹ひご 飛ばす 私 退職後",
    "ライトプレーン 作りたい 子ども 夏休み 工作 教えてくれる人 うまく飛ばない",
    "煎茶 お点前 稽古 私 先生 教室 生徒 煎茶道 流派 師範",
    "買い物支援 付き添い ボランティア 高齢者 一緒にスーパー 私 活動 続けて",
    "通院 付き添い 頼める人 母 一人で病院 行けない 介護保険 使えない 困っています",
    "移送サービス 運転ボランティア 福祉有償運送 ドライバー 私 退職後 車いす 送迎",
    "子ども食堂 調理ボランティア 私 毎月 作って 子どもたち おかわり 始めたきっかけ",
    "子ども食堂 調理スタッフ 募集 ボランティア 料理が好きな方 野菜を切る 盛り付け",
    "配食サービス ボランティア お弁当 調理 配達 一人暮らし 高齢者 安否確認 私 続けて",
    "配食ボランティア 募集 調理 配達 高齢者 昼食 お弁当づくり 手伝ってくださる方",
    "学習支援ボランティア 中学生 勉強を教える 私 大学生 退職教員 無料塾 体験談",
    "学習支援 ボランティア募集 小中学生 宿題 見守り 教員経験不問 学習教室",
    "手芸ボランティア 編み物 縫い物 施設 小物づくり 教える 私 趣味 作品 寄贈",
    "手芸 教えてくれる方 募集 サロン 高齢者 手芸講師 ボランティア 来ていただける方",
    "写真ボランティア 行事 記録 撮影 私 カメラ 施設 イベント 撮ってあげる 喜ばれる",
    "写真撮影ボランティア 募集 運動会 お祭り 記録写真 撮影してくださる方",
    "書道 教える ボランティア 高齢者施設 子ども 書き初め 私 師範 教室",
    "囲碁 将棋 ボランティア 相手 施設 入居者 対局 私 子ども教室 教える",
    "I volunteer as a driver taking seniors to medical appointments and grocery shopping",
    "sea turtle nest patrol volunteer morning walk beach hatchlings my experience",
    "I teach kids how to solve the Rubik's cube after school club volunteer",
    "volunteer teaching Greek language to children Greek school weekend community",
    "looking for someone to teach my child to solve a Rubik's cube, I can't figure it out myself",
    "my elderly mother needs help with grocery shopping, she no longer drives, looking for a volunteer companion",
    "煎茶 淹れ方 教えてほしい 講座 依頼 公民館 高齢者 サロン 日本茶 お茶会 講師を招いて",
    "父 将棋 相手がいない 施設 対局してくれる人 囲碁 話し相手 探しています",
    "書道 習いたい 大人 字が下手 教えてくれる人 近くに教室 筆ペン 退職後",
    "子ども食堂 学習支援 ボランティア募集 調理 勉強を見てくれる方 両方",
    "配食ボランティア 始めて 年目 私 お弁当を届ける 玄関先 おばあちゃん 会話 ブログ",
    "ふれあい弁当 調理ボランティア グループ 会員 献立 手作り 月2回 社協だより 紹介",
    "食事サービス 配達ボランティア 募集 社会福祉協議会 ひとり暮らし高齢者 お弁当 車で届けて",
    "フォトボランティア 遺影 撮影 高齢者 笑顔 写真クラブ 施設訪問 プレゼント",
    "写真を撮ってくれる人 いない 子ども会 サロン 行事 記録係 カメラ 得意な方 お願いしたい",
    "習字 ボランティア デイサービス 毎月 お手本 利用者 書いてもらう 喜ぶ 私 書道歴",
    "将棋 ボランティア 老人ホーム 指しに行く 対局 入居者 強い 私 将棋教室 小学生 指導",
    "買い物代行 買い物同行 有償ボランティア 住民参加型 協力会員 私 利用者さん スーパー 一緒に",
    "ボランティア運転手 送迎 デイサービス 地域の高齢者 病院 ハンドル 私 やりがい 定年後",
    "編み物 好き ボランティア 帽子 編んで 寄付 施設 私 毛糸 趣味 続けて",
    "ちょこっと支援 買い物 付き添い ボランティア 登録 私 近所のおばあちゃん 荷物持ち 週1回 続けています",
    "外出支援 運転ボランティア 募集 地区社協 移動支援 車の運転 高齢者 送迎 担い手 求む",
    "書道教室 主宰 私 子どもから大人 公民館 ボランティアで教える 書き初め 指導 師範 定年",
    "こども食堂 ボランティアさん募集 調理 お手伝い 月1回 地域の公民館 子どもたちのごはん 一緒に作りませんか",
    "学習支援ボランティア 退職教員 私 生活保護世帯 中学生 数学 教えて 高校合格 嬉しかった",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
