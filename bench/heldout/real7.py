"""A seventh held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
施設の洗濯物たたみ・布団カバー交換, 車いすの清掃・点検, 病院の外来案内, 図書館の本の修理・配架, 読み聞かせ・おはなし会,
落語・紙芝居の慰問, 手話, 要約筆記, 日本語教室, 通訳 and 翻訳 (ベトナム語・中国語・英語), 書道, 茶道・生け花, 男の料理教室,
子ども食堂, 体操・ヨガ, 演奏・歌の慰問, 編み物, 大工仕事・修繕, 移動支援の運転, 買い物の付き添い, 防災訓練・避難所
運営, 見守り・声かけ, 花壇・草取り, 河川敷のごみ拾い, イベントの受付・駐車場誘導, 写真・動画撮影, ホームページ・SNS,
チラシ・挿絵, スマホ相談, ふれあいサロン, 傾聴 and 学習支援 publish, and registrant / activity introductions (体験談,
会員の声, 活動報告, サークル紹介) written as a person's bio. Graded for skill fit only (areas and times are not given),
like real2 … real6.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3 … real6), and each text here was rewritten closely from one page (none of the pages of real/, real2/,
real3/, real4/, real5/ or real6/; self_check refuses one, and about 40 pages first picked were such pages and were
dropped): the group's self-introduction before the ask, bullet fields (◆内容 / ◆日時), 敬語, the people the help is for,
what is not needed and what staff do. Names, phone numbers and addresses are rewritten out. Every record names the
page it follows (`sources.json`). The texts are in real7_data.py (pure data). The concept list below is this set's own;
its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set before it
was committed. Grades follow from the hand-set concept labels alone (`grade()`). オンライン申請の手伝い is not a
concept of its own: too few pages were found, so it is part of スマホ相談 (digital).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  図書館の本の修理・配架 (library) vs 読み聞かせ (ehon) — related (1): the 本のおなおし隊 ask that names 読み聞かせ and
  紙芝居 and says no reading aloud is needed (R7Q001) grades a reader 1 and a 紙芝居 performer (engei) 0; the 図書室 ask
  (R7Q037) and the 図書館 ask (R7Q047) name the other as a second ask (2);
  花壇・草取り (garden) vs ごみ拾い (cleanup) — related (1); the 中庭の草取り ask that names シーツ交換 (R7Q002) grades a
  laundry volunteer 0 (it asks 落葉清掃 as a second ask: cleanup 2);
  車いす清掃 (wheelchair) vs 大工・修繕 (diy) — related (1); the 車椅子清掃 ask that names 絵本読み as another post
  (R7Q003) grades a reader 0;
  落語・紙芝居 (engei) vs 演奏 (music) and 読み聞かせ (ehon) — related (1);
  手話 (shuwa) vs 要約筆記 (yoyaku) — related (1), both ways (R7Q006; R7Q044, R7Q045);
  日本語教室 (nihongo) vs 通訳 (interp) — related (1): the 地域日本語教室 ask that says 外国語ができなくても大丈夫
  (R7Q007) grades an interpreter 1; nihongo vs 学習支援 (study) — related (1);
  通訳 (interp) vs 翻訳 (honyaku) — close (2): the 中国語 translation ask (R7Q011) grades a Chinese interpreter 2, the
  English 医療通訳 ask (R7Q012) grades a Japanese-teacher who translates English 2;
  languages: the ベトナム語 asks (R7Q008, R7Q020, R7Q021) grade the Chinese and English interpreters 0, the 中国語 asks
  (R7Q009, R7Q010, R7Q011) the Vietnamese and English ones 0;
  茶道 (sado_kado) vs 演奏 (music) — unrelated (0): the お茶会 ask that names the お琴 (R7Q014) grades a musician 0;
  男の料理教室 (cooking_class) vs 子ども食堂 (kshokudo) — related (1), both ways (R7Q015, R7Q016);
  編み物 (knitting) vs 子ども食堂 — unrelated (0): the 毛糸 ask written by a 子ども食堂 (R7Q017) grades its cooks 0;
  見守り (mimamori) vs 傾聴 (listening) — close (2): the 見守り asks (R7Q024, R7Q025) grade a listener 2; mimamori vs
  防災 (bousai) — related (1); 傾聴 vs サロン (salon) — related (1); the 傾聴 ask of a group that sings and does 手遊び
  (R7Q048) grades a musician 0;
  イベントの受付・誘導 (event_staff) vs 病院の案内 (hospital) — related (1); the まつり ask that says its ごみ拾い is a
  separate post (R7Q033) grades a cleanup volunteer 0, the フェスタ ask (R7Q035) asks ごみ管理 second (2);
  スマホ相談 (digital) vs ホームページ・SNS (web) — unrelated (0): the スマホ asks that name LINE (R7Q038, R7Q039)
  grade a web volunteer 0; the スマホ講座 ask about ネットショッピング (R7Q039) grades a shopping volunteer 0;
  写真・動画 (photo) vs web and web vs チラシ (flyer) — related (1);
  運転 (driving) vs 買い物の付き添い (shopping) — related (1), both ways: the 付き添い ask that says no driving is asked
  (R7Q043) still grades a driver 1; the 読み聞かせ キャラバン ask that says no 運転 is asked (R7Q036) grades a driver 0;
  洗濯物たたみ (laundry), 書道 (shodo), 茶道, 編み物, 写真 — related to nothing here.
Words of another skill beside the ask: the おなおし隊 ask's 読み聞かせ・紙芝居, the 草取り ask's シーツ交換, the 車椅子清掃
ask's 絵本読み, the 日本語教室 ask's 外国語, the お茶会 ask's お琴, the 毛糸 ask's 子ども食堂, the まつり ask's ごみ拾い,
the スマホ ask's LINE and 買い物, the 傾聴 ask's 歌や手遊び, the キャラバン ask's 運転; and bios with distractors (a
車いす点検 member whose bio lists 草取り, 弁当, 点字, 手話 and 要約筆記 groups beside his own, a タオルたたみ helper who
names お話し相手 and ページめくり, a 書道 teacher who taught リトミック, a 見守り協力員 whose wife was in a 手芸 group, a
日本語 teacher who wishes she spoke 中国語, a スマホ student whose group also escorts shoppers, a 図書館 volunteer who
works in 整理収納, a pianist who reads 昔話 aloud, a 学習支援 student who eats at the 食堂 downstairs, a よろずや member
whose group declines 買い物 and 送迎).

usage: python bench/heldout/real7.py          (writes bench/heldout/real7/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real7.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real7_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real7"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real7")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "laundry": "施設の洗濯物たたみ・仕分け, シーツ・布団カバー・リネンの交換",
    "wheelchair": "車いすの清掃・点検・整備",
    "hospital": "病院ボランティア (外来・玄関の案内, 再来受付機の操作補助, 受診手続きの手伝い)",
    "library": "図書館・図書室の本の修理, 配架, 書架整理",
    "ehon": "絵本の読み聞かせ, おはなし会 (子ども向け)",
    "engei": "演芸の慰問 (落語, 漫才・コント, 紙芝居の上演)",
    "music": "演奏・歌の慰問 (ピアノ, ハーモニカ, ウクレレ, 合唱)",
    "shuwa": "手話 (手話での案内・交流, 手話通訳)",
    "yoyaku": "要約筆記 (手書き・パソコン, ノートテイク, 全体投影)",
    "nihongo": "日本語教室の講師・会話パートナー",
    "interp": "通訳 (医療・学校・役所; 言語はリクエストの languages が決める)",
    "honyaku": "翻訳 (お知らせ・案内文書; 言語はリクエストの languages が決める)",
    "shodo": "書道・習字の指導",
    "sado_kado": "茶道のお点前・お茶会, 生け花",
    "cooking_class": "料理教室の講師 (男の料理教室, そば打ち)",
    "kshokudo": "子ども食堂の調理・配膳・片付け",
    "exercise": "体操・ヨガの指導 (介護予防, 椅子ヨガ, 健康体操)",
    "knitting": "編み物 (帽子, マフラー, セーターを編んで寄贈)",
    "diy": "大工仕事・修繕 (建具, 手すり, 網戸・障子, ウッドデッキ, 木工家具)",
    "driving": "移動支援・送迎の運転",
    "shopping": "買い物の支援 (付き添い, 代行, 荷物持ち)",
    "bousai": "防災訓練・避難所の開設と運営, 防災の啓発",
    "mimamori": "見守り・声かけ・安否確認の訪問",
    "garden": "花壇の植え替え・水やり, 草取り",
    "cleanup": "清掃・ごみ拾い (河川敷, 施設のまわり)",
    "event_staff": "イベントの受付・案内・駐車場誘導・設営",
    "photo": "写真・動画の撮影と編集 (行事の記録, 配信)",
    "web": "ホームページ・SNSの更新と発信",
    "flyer": "チラシ・ポスターのデザイン, イラスト・挿絵",
    "digital": "スマホ・パソコンの使い方の相談と講座の補助 (LINE, アプリ, オンライン申請)",
    "salon": "ふれあいサロン・喫茶の世話役 (会場設営, お茶出し)",
    "listening": "傾聴・話し相手 (施設や自宅で話をじっくり聴く)",
    "study": "子どもの学習支援 (宿題, 受験勉強, 無料塾)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("interp", "honyaku"),  # the registries take both from one person, in the same language
        ("mimamori", "listening"),  # a 見守り visit is a short talk at the door; a listener does it at once
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: laundry–cleanup, sado_kado–music,
# knitting–kshokudo, digital–web, digital–shopping, shodo–sado_kado, cleanup–event_staff, ehon–driving.
RELATED = {
    frozenset(p)
    for p in [
        ("wheelchair", "diy"),
        ("hospital", "event_staff"),
        ("library", "ehon"),
        ("ehon", "engei"),
        ("engei", "music"),
        ("shuwa", "yoyaku"),
        ("nihongo", "study"),
        ("nihongo", "interp"),
        ("cooking_class", "kshokudo"),
        ("exercise", "salon"),
        ("driving", "shopping"),
        ("bousai", "mimamori"),
        ("garden", "cleanup"),
        ("photo", "web"),
        ("web", "flyer"),
        ("salon", "listening"),
    ]
}

VOLUNTEERS = [(f"R7V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R7Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "特養 洗濯物たたみ シーツ交換 ボランティア 募集",
    "車椅子 清掃 ボランティア 施設 お願い タイヤ 空気 点検",
    "老人ホーム 洗濯物 たたみ ボランティア 活動 入居者 タオル",
    "病院 案内ボランティア 受付 再来受付機 外来 患者さん 活動内容 募集",
    "図書館 本の修理 ボランティア 配架 返却本 活動 会員",
    "シーツ交換 ボランティア 募集 介護老人保健施設 活動内容 洗濯物たたみ",
    "車いす 掃除 ボランティア 募集 療育園 施設 スチームクリーナー",
    "紙芝居 ボランティア 高齢者施設 訪問 上演 会 メンバー",
    "落語 ボランティア 慰問 老人ホーム 素人落語 高座 笑い",
    "要約筆記者 募集 聴覚障害 会議 講演 パソコン要約筆記 ボランティア サークル 活動",
    "手話 できる方 ボランティア 募集 ろう者 イベント 手話で案内",
    "日本語支援ボランティア 募集 教室 技能実習生 生活者 毎週 日曜 初心者 歓迎",
    "日本語ボランティア 始めて 学習者 教える 楽しさ 会員の声 地域日本語教室 私",
    "翻訳ボランティア 募集 英語 中国語 文書 市のお知らせ 多言語 登録",
    "医療通訳ボランティア 中国語 ベトナム語 タガログ語 病院 派遣 登録者 体験",
    "ベトナム出身 通訳ボランティア 登録 ベトナム語 日本語 市役所 手伝い 私 技能実習生の相談",
    "中国語 通訳ボランティア 活動 中国帰国者 残留孤児 学校 保護者 面談 通訳 経験",
    "書道 講師 ボランティア 施設 書き初め 指導 高齢者 子ども 教室",
    "茶道 お点前 ボランティア 施設 お茶会 華道 生け花 入居者 披露",
    "男の料理教室 講師 ボランティア 公民館 高齢者 調理実習 指導 募集",
    "子ども食堂 ボランティアさん募集 調理補助 配膳 片付け 食器洗い 月1回 未経験",
    "シニアヨガ 講師 ボランティア 地域 介護予防 ストレッチ 椅子ヨガ 公民館 教えて",
    "編み物 ボランティア 毛糸 帽子 寄付 編んで 会 メンバー ニット",
    "健康体操 教えてくれる方 募集 自治会 集会所 高齢者 体操教室 講師 お願い",
    "子ども食堂 ボランティア 参加 調理 盛り付け 私 感想 子どもたちの笑顔 毎月",
    "大工仕事 得意 ボランティア 修繕 網戸 障子 張り替え 高齢者宅 木工 棚 手作り",
    "演奏ボランティア 来てくださる方 募集 デイサービス 歌 ギター ピアノ 施設 ボランティアセンター 依頼",
    "住民ドライバー 移動支援 ボランティア運転手 募集 高齢者 送迎 地域 支え合い 交通",
    "防災訓練 ボランティア 協力 避難所 設営 段ボールベッド 炊き出し 地域 参加 手伝い",
    "安否確認 声かけ訪問 ボランティア 一人暮らし高齢者 見守り隊 活動 月1回 訪問員",
    "買い物代行 ボランティア 高齢者 注文 届ける 生協 買い物お届け 支え合い",
    "花壇 植え替え 草取り ボランティア 募集 駅前 プランター 花いっぱい 水やり",
    "傾聴ボランティア 募集 お話を聴いてくださる方 施設 入居者 資格不要 傾聴 活動日",
    "ふれあいサロン お手伝い 世話役 ボランティア 茶菓 準備 会場設営 参加者 募集 町内会",
    "学習ボランティア 募集 放課後 中学生 宿題 見守り 教員OB 大学生 学習室 地域未来塾",
    "NPO ホームページ 更新 SNS 発信 手伝ってくれる方 プロボノ インスタグラム 運用 ボランティア 募集 団体",
    "チラシ作成 ボランティア デザイン イラスト 得意 地域団体 ポスター 作ってくれる 協力",
    "マイナンバーカード 申請 サポート ボランティア スマホ オンライン手続き 高齢者 支援 学生",
    "広報ボランティア 募集 チラシ ポスター デザイン 作成 できる方 イラストレーター パソコン 社協 団体 活動日 自宅で",
    "イベント 記録 動画撮影 編集 ボランティア 募集 YouTube 写真 撮影 得意な方 地域 お祭り",
    "駐車場 誘導 受付 ボランティア 募集 スポーツ大会 文化祭 福祉まつり 当日スタッフ 運営",
    "おはなし会 読み聞かせ ボランティア 募集 図書館 小学校 朝読書 絵本 紙芝居 研修",
    "河川敷 ごみ拾い 清掃活動 参加者募集 軍手 ごみ袋 集合 地域 一斉清掃 ボランティア",
    "スマホ 困りごと 相談 ボランティア 高齢者 LINE 設定 教える 大学生 サポーター 体験",
    "リネン交換 ボランティア 募集 高齢者施設 シーツ 布団カバー 洗濯物をたたむ お手伝い 活動時間",
    "見守り協力員 として 訪問 しています 一人暮らし 安否 声かけ 私 始めた きっかけ 民生委員 協力",
    "大会ボランティア 参加しました 受付 誘導 駐車場 案内 係 感想 一日 スタッフ 経験",
    "住民参加型 助け合い 依頼 網戸の張り替え 棚の取り付け 戸の修理 協力会員 大工仕事 できる方 募集",
    "買い物 同行 ボランティア 活動 私 高齢者 スーパー 一緒に 荷物 持つ 週1回 協力会員 体験談",
    "難聴 講演会 要約筆記 お願いしたい 依頼 文字で 字幕 ボランティア 手配 町内会 総会",
    "老人ホーム 音楽ボランティア 募集中 歌 楽器 演奏 披露 してくださる方 施設 お待ちしています 童謡",
    "図書館ボランティア 募集 配架 書架整理 返却本 棚に戻す 活動 登録 説明会 市立図書館",
    "学習支援 ボランティア 体験 小学生 宿題 教えて 感想 私 子ども 勉強 居場所 大学生",
    "話し相手ボランティア 募集 特別養護老人ホーム 入居者さんとお話 お茶の時間 月1回から 傾聴講座 受講者 歓迎",
    "福祉有償運送 運転協力者 募集 車いす 通院 送迎 ドライバー 登録 講習 社会福祉協議会 外出支援サービス",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
