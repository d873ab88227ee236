"""A twenty-first held-out set of real public wording, written blind, and like real17 … real19 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(ビデオ通話(Zoom)の使い方, キャッシュレス決済・スマホ決済, 大人向けの料理教室, 紙芝居, 茶道, 俳句, 絵手紙, 自転車の修理・点検, 健康麻雀) beside nine niche ones (エスペラント, 燻製づくり,
タッピングタッチ, 化石の発掘・観察, 薬膳, リフレクソロジー・足つぼ, 紅茶の淹れ方, 気象予報士のお天気教室, 顕微鏡観察): 募集 posts and resident asks in the wording they are
published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's bio. Graded
for skill fit only (areas and times are not given), like real2 … real19.

The everyday half repeats topics of earlier sets on purpose (Zoom, キャッシュレス, 料理教室, 紙芝居, 茶道, 俳句, 絵手紙, 自転車 and 麻雀 are
concepts or texts of real2 … real19); only its pages and wording are new. The niche half is new: none of its nine
concepts is a concept of real … real19 (checked against their concepts.json), and none of エスペラント, エスペランティスト, Esperanto,
燻製, 薫製, くんせい, くん製, スモーカー, スモーク, smoked, タッピングタッチ, タッピング, tapping, 化石, fossil, アンモナイト, 三葉虫, 恐竜, 薬膳, 漢方, 中医, リフレクソロジー,
足つぼ, 足ツボ, 足もみ, 足裏, 反射区, reflexology, 紅茶, ティーインストラクター, ティーバッグ, black tea, afternoon tea, 気象, 気象予報士, 予報士, お天気教室, weather,
顕微鏡, けんびきょう, microscope, ミジンコ or プランクトン occurs in the data of real … real19 (bench/heldout/real*/volunteers.jsonl and
requests.jsonl, and realN_data.py; checked by program). The nearest earlier ones are other activities: 天体観望会 and
子どもの科学実験教室 (real14; not a microscope class nor a forecaster's お天気教室), 自然観察会の案内 and 野草 (real14; not fossils),
ハンドマッサージ・タッチケア (real13; hands, not the feet of a reflexologist nor the alternating taps of タッピングタッチ), 足湯 (real16,
real18), 笑いヨガ and 回想法 (real16), 郷土料理 (real14) and パン作り (real16; not 薬膳 nor smoking), 茶道 (real7, real10; here an everyday
topic and a trap for 紅茶), 語学講座 (real13; English, Chinese, Korean, not Esperanto), 防災 (real5 … real11; 天気 is an ordinary
word of earlier texts, never their topic). Ideas checked and not taken: 養蜂, アマチュア無線, 古文書, 回想法, プログラミング, そば打ち, 野草, きのこ,
整理収納 and ロープワーク (concepts or words of real7 … real17), 日本茶 (急須 is in real17's texts), 麹・味噌 (real14's texts), 介護食 (とろみ
is in real10's texts), 和菓子 (real7's texts), ネイチャーゲーム (a game by name), ドローン and 靴磨き (thought of, not pursued).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real19), every candidate address was checked by program against the sources of real/ … real19/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 30 of the more than
two hundred distinct candidate addresses checked were earlier sources and were dropped, all of them on the everyday
topics (5 Zoom, 7 料理教室, 3 紙芝居, 2 茶道, 5 俳句, 4 絵手紙, 3 自転車 and 1 麻雀 pages) and none on the niche ones; pages from a blog or
a person an earlier set already used (a bicycle-repair blog, a tea teacher's foundation pages) were left out as well —
and each text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is
for, what is not needed (流暢さは求めません, 怖がらなくていいところから, 時間が取れない週があっても, 平均年齢60歳の勉強会は入りづらくて, 成果がなくても飽きずに) and the asides and
other activities people mention. Names, phone numbers and places are rewritten out. Every record names the page it
follows (`sources.json`); no page is used twice. Twenty-three asks are a resident's own (a daughter abroad whose mother
of 80 got an iPad, a son abroad whose mother pressed the video button by mistake, a sister whose mother became afraid of
video calls, a woman of 72 whose digital vouchers failed at the till, a daughter-in-law whose mother of 80 cannot find
her coins, a son whose father of 75 wants to pay by phone, a grandchild whose grandmother cannot see what she spent, a
man of 60 with a clumsy knife, a mother whose 20-year-old bicycle still carries her memories, a countryman who gave up
changing an inner tube, a mother whose son rides 7 km to school, a woman afraid of dementia who knits alone, a would-be
reader of a 50-yen Esperanto textbook, an app learner who has never spoken Esperanto, a woman who found the Esperanto
study group too old, a man who wants to smoke with his own cherry wood, three mothers of fossil-mad children, a mother
whose bottle microscope is built, a working mother who wants touch care for children, a daughter whose mother of 80
needs her feet kneaded, a host who does not know if her tea is right), composed closely from blog, question and
interview pages; three asks are in English and need it (a town NPO's Japanese cooking class for foreign residents, a
city international association's tea ceremony, an international friendship society's family haiku workshop). The texts
are in real21_data.py (pure data). The concept list below is this set's own; its author did not read `matching/` (code
or data) nor any ranking, and the matcher was not run on the set. Grades follow from the hand-set concept labels alone
(`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  ビデオ通話 (zoom) vs キャッシュレス (cashless) — related (1) (the same スマホ相談員 and 出張スマホ講師 take both; one volunteer,
  R21V004, holds both); 薬膳 (yakuzen) vs 料理教室 (ryori) — related (1) (a cooking teacher is the second try for a 薬膳 class;
  one volunteer, R21V091, the サロン代表 and former hospital cook, holds both); タッピングタッチ (tapping) vs
  リフレクソロジー・足つぼ (ashitsubo) — related (1) (both are touch care taken to the same homes, shelters and デイサービス) —
  three RELATED pairs;
  紅茶 (koucha) vs 茶道 (sado) — unrelated (0) (お茶 and 茶器 on both sides; a tea-ceremony teacher is not sent to a 紅茶 class,
  a 薬膳 teacher serves 茘枝紅茶); 燻製 (kunsei) vs 料理教室 — unrelated (0) (ベーコン, チーズ and the kitchen on both sides;
  a 食改 member makes ベーコン); 化石 (kaseki) vs 顕微鏡 (kenbikyo) — unrelated (0) (both 観察 for children, and the NPO's
  plankton-fossil class asks a fossil teacher first and a microscope hand second, so the microscope holders are 2 only
  there); 気象 (kishou) vs 顕微鏡 — unrelated (0) (both 科学教室 with ペットボトル and 実験); 俳句 (haiku) vs 絵手紙 (etegami) —
  unrelated (0) (a short line of words on a seasonal picture; a haiku teacher in a 俳画 class); 紙芝居 (kamishibai) vs 気象 —
  unrelated (0) (a forecaster tells the weather with a home-made 紙芝居); エスペラント (esperanto) vs the English asks —
  unrelated (0) (all its holders speak Esperanto, none of them English);
  kamishibai, sado, haiku, etegami, jitensha, majan, esperanto, kunsei, kaseki, koucha, kishou and kenbikyo relate to
  nothing;
  secondary asks: the 特養's ひな祭り (R21Q015) asks a 紙芝居 reader first and a お点前 at its お茶会 second; the
  グループホーム's new 句会 (R21Q021) asks a haiku teacher first and the 一服 of お抹茶 second; the 親子理科実験教室 (R21Q045)
  asks a fossil teacher first and a microscope hand second;
  languages: the English cooking class (R21Q013), tea ceremony (R21Q019) and haiku workshop (R21Q022) grade only their
  English-speaking holders (2, 3 and 4 of them); the Japanese-only holders are 0 there and 3 to the Japanese asks of
  their concept; the Esperantists' ["ja", "eo"] is never needed by an ask.
Words of another skill beside the ask: the 公民館's カセットコンロ and フライパン, the 里山 group's ニホンミツバチ and 筍掘り, the 特養's 手工芸クラブ塗り絵,
the 終活 group's 遺影 and 相続, the 社協's 認知症 talk before 紅茶, the サ高住's リハビリ, the 社協's 消しゴムハンコ, a dementia-wary woman's 囲碁・将棋
and 手芸; and bios with distractors (an Esperanto teacher who uses Zoom and LINE, a smoker who builds 木の楽器, a tapping
instructor with a 腹話術 doll and another with ピアノ and 漫才 on the same stage, a 薬膳 teacher who serves 紅茶, a サロン代表 who was a
民生委員 and 手話通訳, a weather forecaster with a home-made 紙芝居, a forest instructor catching 昆虫, a fossil hunter who is a 歯科医,
a reflexologist's blended 精油, a 紅茶 teacher of アンティーク and お花, a 茶道 teacher of カラー and テーブルコーディネート, a haiku poet in a 俳画
class, haiku friends who weighed 囲碁 and ゴルフ, an 絵手紙 teacher of 生け花 and another who carves 消しゴム印, a bicycle mechanic who
was a dancer, a mahjong coach who first played with her mother, a 食改 member who makes みそ and ベーコン, an ALT's burgers).

Counts: 120 volunteers (19 speak a language besides Japanese: 10 English, 3 of them English only; 8 Esperanto; 1
Chinese; 2 hold two concepts), 58 requests (23 residents' own, 3 in English and needing it, 3 with a secondary ask, 1
remote), 516 graded pairs (376 of grade 3, 20 of grade 2, 120 of grade 1), 178 source pages, 18 concepts (9 everyday, 9
niche).

usage: python bench/heldout/real21.py          (writes bench/heldout/real21/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real21.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real21_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real21"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
# real20 was written at the same time by another hand, so it is not an earlier set: real … real19 only
EARLIER_SOURCES = realset.earlier_sources("real20")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real19).
CONCEPTS = {
    "zoom": "ビデオ通話(Zoom・LINE)の使い方 (つなぎ方と受け方, 施設のオンライン面会, 高齢者向けの講習)",
    "cashless": "キャッシュレス決済・スマホ決済 (PayPay などの始め方, チャージ, レジでのコード読み取り, 使った金額の確かめ方)",
    "ryori": "大人向けの料理教室の講師 (男の料理教室, 高齢者の会, 家庭料理・郷土料理; 英語で教えることも)",
    "kamishibai": "紙芝居の上演 (施設・保育園・図書館で演じる, 手作り紙芝居, 街頭紙芝居)",
    "sado": "茶道 (施設やサロンでのお茶会, 盆点前, お点前と作法の手ほどき; 英語で説明することも)",
    "haiku": "俳句の指導 (句会の進行と添削, 季語, 吟行; 英語の俳句も)",
    "etegami": "絵手紙の指導 (ヘタでいい, 季節の野菜や花, 年賀状・寒中見舞い, 落款)",
    "jitensha": "自転車の修理・点検 (パンク修理, 虫ゴム, ブレーキ・チェーンの調整, 放置自転車の再生)",
    "majan": "健康麻雀の指導 (賭けない・飲まない・吸わない, 初心者の卓に入る, ルールと役の手ほどき)",
    "esperanto": "エスペラントを教える (入門講座, 会話の練習相手, 学習の手ほどき)",
    "kunsei": "燻製づくりの指導 (熱燻・温燻, 段ボールや一斗缶の燻製器, チップ, ベーコン)",
    "tapping": "タッピングタッチ (左右交互にふれるケア, セルフタッピング, 体験会・基礎講座の講師)",
    "kaseki": "化石の発掘・観察の案内 (化石の探し方と見分け方, クリーニング, 名前調べ)",
    "yakuzen": "薬膳の講師 (季節の薬膳料理, 薬膳茶, 体質と食べ物の性質の話)",
    "ashitsubo": "リフレクソロジー・足つぼ (足もみ, 施設や自宅での足裏のケア, むくみ・冷え)",
    "koucha": "紅茶の淹れ方の講師 (ゴールデンルール, 産地と茶葉, ティーパーティー)",
    "kishou": "気象予報士のお天気教室 (雲の実験, 天気の仕組み, 気象と防災の話)",
    "kenbikyo": "顕微鏡観察の指導 (顕微鏡の使い方, ミジンコ・プランクトン, プレパラート)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a スマホ相談員 who sets up
# PayPay is not the one who teaches video calls, a cooking teacher does not teach 薬膳 theory, a reflexologist does not
# teach the alternating taps), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: koucha–sado, kunsei–ryori, kaseki–kenbikyo,
# kishou–kenbikyo, haiku–etegami, kamishibai–kishou, and anything with kamishibai, sado, haiku, etegami, jitensha,
# majan, esperanto, kunsei, kaseki, koucha, kishou or kenbikyo.
RELATED = {
    frozenset(p)
    for p in [
        ("zoom", "cashless"),  # 同じスマホ相談員・出張スマホ講師が両方を受ける
        ("yakuzen", "ryori"),  # 薬膳の講師が見つからないとき料理教室の先生が二番手
        ("tapping", "ashitsubo"),  # どちらも施設や自宅、避難所にふれるケアを届ける
    ]
}

VOLUNTEERS = [(f"R21V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R21Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "エスペラント 講習会 講師 初心者 教えています",
    "燻製づくり 教室 講師 ボランティア 公民館",
    "タッピングタッチ ボランティア 高齢者施設 ケア",
    "化石 発掘体験 観察会 案内 ボランティア 博物館",
    "気象予報士 お天気教室 出前授業 子どもたち 雲 ボランティア",
    "薬膳 講座 講師 国際薬膳師 公民館 季節の薬膳料理",
    "紅茶の淹れ方 教室 ティーインストラクター 講師 地域 サロン",
    "リフレクソロジー ボランティア 足つぼ 施設 訪問 高齢者",
    "顕微鏡 観察教室 子ども ボランティア 講師 ミクロの世界 プランクトン",
    "シニア向け Zoom 使い方講座 講師 ボランティア 高齢者 オンラインで孫と",
    "高齢者 キャッシュレス決済 スマホ決済 教室 PayPay 使い方 教える ボランティア",
    "スマホ決済 使えるようになった 教えてもらった シニア 体験 ボランティアのスマホ相談員 私",
    "ビデオ通話 LINE 施設 面会 入居者 家族 タブレット 手伝い ボランティア",
    "男の料理教室 講師 ボランティア 定年後 公民館 包丁の持ち方から",
    "Japanese cooking class for foreigners volunteer teach washoku English community center",
    "紙芝居 ボランティア 高齢者施設 上演 拍子木 私 紙芝居師",
    "手作り紙芝居 語り 子育てサロン 保育園 上演 紙芝居の会 会員",
    "茶道 ボランティア 施設 お茶会 お点前 裏千家 教えています 高齢者",
    "tea ceremony lesson in English Japan volunteer teach foreigners urasenke experience",
    "俳句 句会 指導 ボランティア 高齢者 デイサービス 俳句を教えて 私",
    "haiku in English workshop Japan teach kigo seasonal word international students volunteer",
    "定年後 俳句を始めて 結社 同人 句会 仲間 吟行 私の俳句歴",
    "絵手紙 教室 講師 ボランティア 施設 ヘタでいい ヘタがいい 利用者さんと",
    "自転車の修理 ボランティア パンク修理 点検 高齢者 自転車好き 定年後 直してあげる",
    "健康麻雀 ボランティア 指導 サロン 卓に入る 賭けない 飲まない 吸わない 教室",
    "放置自転車 再生 リサイクル自転車 整備 ボランティア 留学生に贈る 自転車整備士",
    "bicycle repair workshop volunteer Japan foreign students fix bikes flat tire English",
    "化石採集 観察会 講師 地学 子どもたち 化石を割る 化石好き 私",
    "子どもが化石に夢中 化石掘り 連れて行きたい 詳しい人 教えてほしい 化石の見分け方",
    "エスペラントを始めて 私 エスペランティスト 国際交流 文通 大会に参加 学習歴",
    "エスペラント 勉強したい 独学 教えてくれる人 近くに会がない 初心者 質問",
    "紅茶 好き 淹れ方を習いたい 教えてほしい 茶葉 ポット サロンで紅茶会 開きたい",
    "タッピングタッチ 講座 講師 依頼 子育て支援 介護者 セルフケア 体験会を開きたい",
    "薬膳 ボランティア 講師 地域の高齢者 サロン 薬膳茶 季節の養生 話してほしい",
    "燻製 趣味 自作スモーカー ベーコン 作り方 教える キャンプ 私の燻製歴",
    "スマホ教室 講師 募集 ビデオ通話 キャッシュレス決済 高齢者 サポーター ボランティア 地域",
    "絵手紙を始めて 私 絵手紙の会 描き続けて 毎日一枚 友人に送る 趣味",
    "絵手紙の先生 来てほしい 施設 利用者 教えてくれる方 募集 絵手紙サークル 講師不在",
    "健康麻雀 始めたい 教えてほしい 母 父 認知症予防 麻雀 ルールがわからない 仲間",
    "気象予報士 資格 取得 趣味 地域 防災講座 ボランティア 空を見上げて 雲 私",
    "顕微鏡 趣味 ミクロの世界 観察 ブログ 子どもたちに見せる 自作 プレパラート 私",
    "料理教室 講師 ボランティア 一人暮らし 高齢男性 簡単な料理 教えてくれる人 探しています 公民館",
    "足つぼ 足もみ ボランティア サロン 高齢者 足裏マッサージ 施術 喜ばれる 私",
    "料理サークル 先生が引退 後任の講師 探しています 男の料理 月一回 公民館 調理室",
    "俳画 教室 絵手紙 俳句を添えて 講師 サークル 季節の絵と句",
    "化石 顕微鏡 観察 親子 科学教室 講師 募集 夏休み 地域の子ども",
    "母に LINEのビデオ通話 と PayPay を 教えたい 遠方 実家 スマホ 誰か教えて",
    "紅茶教室 開催 公民館 高齢者サロン 紅茶の講座 講師をお招き 次回も 参加者募集 ティータイム",
    "料理が趣味 定年後 料理ボランティア 地域の料理教室で教える 栄養士 食生活改善推進員 私",
    "自転車 点検 整備 教えてほしい 高校生 通学 ブレーキ 調整 空気入れ 地域の方に 協力 依頼",
    "紙芝居 読み手 ボランティア 募集 図書館 児童館 紙芝居を演じてくれる方",
    "老人クラブ スマホ講座 LINEのビデオ通話 キャッシュレス決済 も教えてほしい 講師 依頼 会員",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
