"""An eleventh held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that 傾聴
(話し相手, 中国語の語りかけ), 点訳・点字, 手話, 災害ボランティア (泥出し・浸水家屋の片付け), 防災 (防災士の講座, 避難所運営ゲーム,
災害ボランティアセンター運営訓練), 花壇 (公園・駅前の花壇の手入れ), マジック・腹話術, 健康麻雀, 踊りの慰問 (日本舞踊・民踊・
よさこい), 楽器演奏の慰問 (大正琴・ハーモニカ・三味線), 手芸 (編み物・雑巾・手工芸), 子育てひろば・託児, 学習支援, 読み聞かせ,
介護予防の体操, 移送・送迎の運転, 買い物支援, スマホ教室, パソコン (年賀状・ワード), ホームページ・広報, 囲碁・将棋,
日本語教室, 通訳 (韓国語・中国語・タガログ語・ベトナム語) and 翻訳 (英語) publish, and registrant / activity introductions
(体験談, 会員の声, 活動報告, サークル紹介, インタビュー) written as a person's bio. Graded for skill fit only (areas and times
are not given), like real2 … real10. Its topics were chosen away from real10's: 22 of its 24 concepts are not concepts
of real10 (点訳 and 通訳 come back with other pages and other languages).

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real10), every candidate address was checked by program against the sources of real/ … real10/
(normalised: scheme, www., trailing slash, port, percent-encoding) before any text was written from it — 120 of the
353 distinct candidate addresses checked were earlier sources and were dropped, among them every 囲碁 施設対局 page
and every 写真撮影 page found (写真 was left out for that) and most 子育てサロン pages — and each text here was
rewritten closely from one page: the group's self-introduction before the ask, who the help is for, what is not needed
(送迎の介助は行わない, 介護保険の訪問介護は「話し相手」だけでは使えない, 資格・経験・外国語能力は不要, 営利の翻訳はしない) and
the asides and other activities people mention. Names, phone numbers and addresses are rewritten out. Every record
names the page it follows (`sources.json`); no page is used twice. Fifteen asks are a resident's own (a daughter for
her widowed father's 話し相手, a daughter whose far-away mother wants to die, a wheelchair user who wants to write
点字, two single mothers, a far-away daughter whose 85-year-old mother got a smartphone, an 85-year-old who gave up his
moped, an old man whose new PC will not print 宛名, a husband whose French wife speaks no Japanese, a daughter whose
96-year-old mother's house was flooded, a woman who cannot carry water home), composed closely from resident-question,
consultation and blog pages. The texts are in real11_data.py (pure data). The concept list below is this set's own;
its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set before it
was committed. Grades follow from the hand-set concept labels alone (`grade()`). マジック and 踊り have volunteers but no
main ask of their own (the 特養 誕生日会 ask, R11Q029, asks 演奏 first and 踊り・手品 second).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  通訳 (interp) vs 翻訳 (honyaku) — close (2), both ways: the 在宅 手紙翻訳 ask (R11Q013, en) grades an English-speaking
  interpreter 2 and a Korean interpreter without English 0;
  スマホ (sumaho) vs パソコン (pc) — related (1), both ways; パソコン vs ホームページ (web) — related (1); スマホ vs
  ホームページ — unrelated (0): the LINE asks grade a ホームページ volunteer 0;
  囲碁・将棋 (igo) vs 健康麻雀 (majan) — related (1), both ways;
  移送 (isou) vs 買い物支援 (kaimono) — related (1); the 買い物支援 運転 ask (R11Q009) and a resident's 買い物 ask (R11Q041)
  ask 送迎 second (isou 2);
  災害ボランティア (saigai) vs 防災 (bosai) — related (1), both ways; the 事前登録 ask (R11Q020) asks 防災 second and the
  災害VC 運営訓練 ask (R11Q048) asks 災害 second (2);
  読み聞かせ (yomikikase) vs 子育て (kosodate) — related (1); 読み聞かせ vs 学習支援 (gakushu) — unrelated (0);
  学習支援 vs 日本語 (nihongo) — related (1); 日本語 vs 通訳 — related (1);
  踊り (buyo) vs 演奏 (ensou) — related (1) (慰問で組むことが多い); マジック (magic) vs 演奏 and マジック vs 踊り — unrelated
  (0): the 腹話術 volunteer who also plays the オカリナ holds ensou too;
  手話 (shuwa) vs 点訳 (tenyaku) — unrelated (0) (both 障害 communication);
  体操 (taiso) vs 踊り — unrelated (0); 体操 vs 健康麻雀 — unrelated (0) (both 介護予防);
  傾聴 (keicho) vs 子育て — unrelated (0); 傾聴 vs 通訳 — unrelated (0), but the 中国語の語りかけ ask (R11Q019, zh) asks
  通訳 second (2);
  花壇 (kadan) vs 手芸 (shugei) — unrelated (0); 花壇 vs 災害 — unrelated (0);
  languages: the 韓国語 ask (R11Q012) grades only the four Korean speakers; the 中国語 ask (R11Q019) only the Chinese
  speakers (keicho 3, interp 2); the タガログ語 ask (R11Q034) only the three Tagalog speakers; the ベトナム語 ask (R11Q035)
  only the two Vietnamese speakers; the 英語 翻訳 asks (R11Q013, R11Q014) only English speakers; the two Portuguese-
  speaking students (学習支援) have no ask in their language and are 0 for every language ask.
Words of another skill beside the ask: the 傾聴 ask's 障害のある方・家族, the 麻雀 ask's 手が届かない方へのお手伝い, the 通学バッグ
ask's 絵手紙教室, the LINE ask's カメラ, the 誕生日会 ask's 三味線・銭太鼓, the パソコン asks' 年賀状ソフト and 書類, the
手工芸 ask's スタッフ, the 災害 asks' 泥かき and 畳, the 防災フェスタ ask's 応急手当・障がい者との接し方; and bios with distractors
(a 民踊 circle whose ハーモニカ player fell ill, a 腹話術 group that leads 健康体操 and 南京玉すだれ, a 健康麻雀 NPO with
カラオケ・園芸 clubs, a 読み聞かせ mother whose friend teaches 三味線, a 介護予防リーダー whose group runs a 園芸サロン, a 点訳
member who repairs 点字タイプライター, a 花壇 group that visits 米寿 elders, a ホームページ volunteer who builds a 子ども食堂 site, a
子育て club that makes うどん with 研修生, a Chinese interpreter who runs a 子育て広場 and loves カラオケ, a 体操 instructor
who plays the アコーディオン).

usage: python bench/heldout/real11.py          (writes bench/heldout/real11/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real11.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real11_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real11"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real11")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "keicho": "傾聴 (話し相手, 語りかけ; 自宅・施設を訪ねて話を聴く)",
    "tenyaku": "点訳・点字 (広報や本を点字にする, 点字を教える)",
    "shuwa": "手話 (手話で話す, 手話を教える)",
    "saigai": "災害ボランティア (泥出し, 浸水した家の片付け, 家財の運び出し)",
    "bosai": "防災 (防災講座・防災訓練, 避難所運営ゲーム, 災害ボランティアセンター運営訓練)",
    "kadan": "花壇・園芸 (公園や駅前の花壇の植え付け・手入れ)",
    "magic": "マジック・腹話術の披露",
    "majan": "健康麻雀 (卓に入る, 指導)",
    "buyo": "踊りの慰問 (日本舞踊, 民踊, よさこい, フラダンス)",
    "ensou": "楽器演奏の慰問 (大正琴, ハーモニカ, 三味線, ヴァイオリン)",
    "shugei": "手芸 (編み物, 縫い物, 雑巾, 手工芸を教える)",
    "kosodate": "子育てひろば・託児 (親子の見守り, 講座の間の一時預かり)",
    "gakushu": "学習支援 (子どもの勉強を見る, 無料塾)",
    "yomikikase": "読み聞かせ・おはなし会",
    "taiso": "体操 (介護予防体操, いす体操の指導)",
    "isou": "移送・送迎の運転 (通院, 福祉車両)",
    "kaimono": "買い物支援 (買い物の送迎, 買い物代行)",
    "sumaho": "スマホ教室 (LINE, 基本操作を教える)",
    "pc": "パソコン (ワード, 年賀状, パソコン教室)",
    "web": "ホームページ・SNS・広報 (作成, 更新)",
    "igo": "囲碁・将棋 (対局, 教室の指導)",
    "nihongo": "日本語教室 (外国人に日本語を教える, 会話の相手)",
    "interp": "通訳 (相談, 学校, 病院; 言語はリクエストの languages が決める)",
    "honyaku": "翻訳 (手紙, 広報, 書類)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("interp", "honyaku"),  # 通訳と翻訳: 語学の登録者は両方を引き受ける
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: sumaho–web, yomikikase–gakushu, magic–ensou,
# magic–buyo, shuwa–tenyaku, taiso–buyo, taiso–majan, keicho–kosodate, keicho–interp, kadan–shugei, kadan–saigai.
RELATED = {
    frozenset(p)
    for p in [
        ("sumaho", "pc"),
        ("pc", "web"),
        ("igo", "majan"),
        ("isou", "kaimono"),
        ("saigai", "bosai"),
        ("yomikikase", "kosodate"),
        ("gakushu", "nihongo"),
        ("nihongo", "interp"),
        ("buyo", "ensou"),
    ]
}

VOLUNTEERS = [(f"R11V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R11Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "傾聴ボランティア 養成講座修了 活動 施設 お話を聴く 私の体験",
    "傾聴ボランティア募集 特別養護老人ホーム 入居者 話し相手 社会福祉協議会",
    "囲碁ボランティア デイサービス 利用者と対局 将棋の相手 活動紹介",
    "日本舞踊 慰問 ボランティア 高齢者施設 踊りを披露 会",
    "手話サークル 会員募集 初心者歓迎 聴覚障害者と交流 例会",
    "点訳サークル 会員 点字を打つ 視覚障害 楽しさ 始めたきっかけ",
    "災害ボランティアセンター 泥出し 参加しました 感想 被災地 土砂 かき出し",
    "花壇ボランティア 募集 公園 花の植え替え 水やり 緑化",
    "腹話術 ボランティア 人形 老人ホーム 訪問 笑い 慰問",
    "健康麻雀 ボランティア 指導 賭けない 飲まない 吸わない 高齢者 サロン",
    "大正琴 ハーモニカ 演奏ボランティア グループ 施設訪問 童謡 一緒に歌う 活動報告",
    "防災訓練 お手伝い 防災士 地域 避難所運営ゲーム 講師 ボランティア 活動",
    "手芸ボランティア 縫い物 雑巾 施設 手作り 小物 寄贈 グループ",
    "写真撮影ボランティア 行事 記録写真 カメラ 施設 イベント 撮影してくれる方",
    "子育てサロン ボランティア 赤ちゃん 親子 見守り 手遊び スタッフ 募集",
    "学習支援ボランティア 中学生 勉強を教える 生活困窮 子ども 大学生 体験談",
    "おはなし会 絵本の読み聞かせ ボランティア 募集 小学校 朝の時間 保護者",
    "介護予防体操 リーダー ボランティア 公民館 いきいき百歳体操 サポーター 活動",
    "福祉有償運送 運転ボランティア 募集 通院 送迎 ドライバー 社協 高齢者",
    "買い物支援 ボランティア 買い物代行 移動販売 付き添い 高齢者 団地 活動",
    "シニア向け スマホ教室 サポーター ボランティア 教える LINE 使い方 公民館",
    "地域日本語教室 ボランティア 外国人 学習者 マンツーマン 会話 支援者 活動",
    "語学ボランティア 登録 通訳 翻訳 国際交流協会 英語 中国語 ベトナム語 活動 私",
    "翻訳ボランティア 募集 NPO 英語 資料 ニュースレター 在宅でできる",
    "ホームページ作成 ボランティア 地域団体 ウェブサイト 更新 手伝い ブログ 会の",
    "パソコンボランティア グループ シニア パソコン教室 講師 ワード エクセル 会員",
    "子ども囲碁教室 ボランティア 指導 地域 公民館 囲碁を教える 小学生",
    "一人暮らしの父 話し相手が欲しい 訪問 ボランティア 頼める 寂しい 相談",
    "韓国出身 通訳ボランティア 日本に住んで 韓国語 地域 病院 学校 手伝い",
    "中国帰国者 中国語 通訳ボランティア 役所 病院 付き添い 活動している",
    "施設 ボランティア募集 演奏 踊り 手品 特技を披露 慰問 お待ちしています 老人ホーム",
    "災害ボランティア 事前登録 募集 社会福祉協議会 災害時 協力 登録者",
    "ろう者 家族 手話 覚えたい 教えてくれる人 耳が聞こえない 母 会話 知恵袋",
    "子どもの勉強を見てほしい ひとり親 塾に行かせられない 無料 学習支援 探している",
    "高齢の母 スマホに変えた 使い方がわからない 教えてくれる人 近くにいない 困っている",
    "免許返納 通院 足がない 病院まで送ってくれる人 タクシー代が高い 困っています",
    "日本語教室 ボランティア募集 国際交流協会 外国人住民 日本語を教える 支援者 養成",
    "子育てひろば ボランティア募集 地域の方 乳幼児 遊び相手 お母さんの話し相手 お手伝い",
    "ホームページ 作ってくれる方 募集 小さな団体 NPO ボランティア 更新 SNS 発信 お願い",
    "自治会 防災訓練 手伝ってくれる 防災士 講師 依頼したい 町内会 初めて",
    "読み聞かせボランティア 養成講座 受講者募集 図書館 おはなし会 活動する仲間",
    "慰問ボランティア 募集 特別養護老人ホーム 演奏 歌 踊り 受け入れ 行事 ご連絡ください",
    "椅子に座ってできる体操 ボランティア 募集 デイサービス サロン 体操の指導 来てくれる方",
    "パソコン 教えてほしい 高齢の父 ワード 年賀状 メール 近所に教えてくれる人",
    "外国人の妻 日本語を勉強したい 日本語教室 探している 夫 子どもの学校 会話",
    "花壇ボランティア 活動 私 公園 花植え 仲間 楽しい 毎週 草取り 水やり 会員の声",
    "ベトナム出身 通訳ボランティア ベトナム語 技能実習生 相談 支援 活動 日本に来て",
    "ブラジル人 保護者 ポルトガル語 通訳 学校 面談 ボランティア 日系 活動紹介",
    "フィリピン人 タガログ語 通訳 ボランティア 支援 コミュニティ 日本人の夫 相談 私",
    "いきいきサロン 体操 講師 ボランティア 募集 社会福祉協議会 レクリエーション 指導",
    "託児ボランティア 募集 講座の間 子どもを預かる 社会福祉協議会 登録 子ども好きな方",
    "健康体操 ボランティア講師 募集 高齢者 集いの場 体操を教えてくれる方 地域包括支援センター",
    "手品 マジック ボランティア 募集 子ども会 老人会 イベント 演じてくれる方 マジッククラブ",
    "手芸ボランティア 募集 施設 入所者と一緒に 作品づくり 編み物を教えて 布",
    "大雨 浸水 自宅 片付け 手伝ってほしい 高齢 一人では無理 ボランティアセンター 依頼",
    "買い物に行けない 足が悪い 重い物 一人暮らし 高齢 誰か買い物を頼みたい 近所",
    "ボランティア募集 ホームページ 更新 できる方 団体 広報 ウェブ担当 チラシ 作成 お願いします 社協",
    "日本語ボランティア 募集 日本語教室 支援者 養成講座 受講者 外国人 一緒に 学ぶ 市国際交流",
    "傾聴ボランティア 続けて 10年 利用者さん 話を聴く 私 学んだこと 傾聴の会 会員",
    "送迎ボランティア 運転 活動 私 定年後 利用者 通院 笑顔 ドライバー 感想",
    "防災ボランティア 募集 避難所運営 訓練 協力者 地域 防災リーダー 養成 参加者募集",
    "中国出身 日本語と中国語 ボランティア 通訳 役所 学校 中国人ママ 手伝い 活動 私",
    "残留孤児 帰国者 中国語 話し相手 訪問 ボランティア 二世 活動",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
