"""A second, larger held-out set of real public wording (issue 12): 募集 posts and resident asks as 社協, volunteer
centres, 子ども食堂, care facilities, schools and 国際交流 lounges publish them, and registrant self-descriptions as
人材バンク / 登録ボランティア pages show them. Graded for skill fit only (areas and times are not given), like `real.py`.

How it was made: pages were found with the search tool (corpus `pages`, the queries in QUERIES) and each text here
was rewritten from one page in the same register and vocabulary (not copied): who asks and for whom, indirect
needs named by their effect (「庭がジャングル」「電車のおもちゃが走らない」), several asks in one text. Every record
names the page it follows (`sources.json`). The concept labels below were written by hand, and the grades follow
from the labels alone (`grade()`), before any matcher was run on the set; the author did not read `matching/`
(code or taxonomy) while writing it. The set is sealed: it is scored in aggregate only, and its misses are not read.

Traps for precision (near but wrong): 囲碁 players for a 麻雀 table, a タブレット ask beside smartphone-only helpers,
音訳 (reading aloud for a recording) beside a screen-reader (PC) ask, 見守り of children beside 見守り of elderly
people, 「キーボード」 as a musical instrument, 点訳 done on a PC, 手話 named in a request that needs 要約筆記.

usage: python bench/heldout/real2.py          (writes bench/heldout/real2/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real2.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "real2"
# the areas file of the shared data (next to the checkout: ../shared/data); a worktree looks further up
AREAS = next(
    (p / "shared" / "data" / "areas-kiyose.json" for p in Path(__file__).resolve().parents
     if (p / "shared" / "data" / "areas-kiyose.json").exists()),
    Path("/nonexistent"),
)  # fmt: skip

# The concepts of this set (our own list, not the matcher's taxonomy).
CONCEPTS = {
    "smartphone": "スマートフォンの基本操作 (文字入力, QR, アプリ, 電話)",
    "tablet": "タブレット (iPad 等) の操作",
    "line": "LINE (写真の保存, 友だち追加, 公式LINE)",
    "pc": "パソコン (ワード, エクセル, 文書づくり)",
    "pc_access": "視覚障害者のパソコン・スマホ (画面読み上げ, スクリーンリーダー)",
    "onyaku": "音訳 (録音図書, 声の広報)",
    "tenyaku": "点訳 (点字)",
    "reading": "朗読・読み聞かせ・紙芝居 (その場で)",
    "listening": "傾聴・話し相手",
    "watch_elder": "高齢者の見守り・安否確認・声かけ訪問",
    "watch_child": "子どもの見守り・託児・登下校の見守り",
    "go": "囲碁",
    "shogi": "将棋",
    "mahjong": "麻雀",
    "music": "楽器演奏・歌・伴奏",
    "dance": "踊り (日本舞踊, 民謡, フラ, 盆踊り)",
    "magic": "手品・マジック",
    "garden": "庭木の剪定・草取り・庭の手入れ",
    "fixit": "家の小修理・大工仕事",
    "toyrepair": "おもちゃの修理 (おもちゃドクター)",
    "driving": "運転・送迎・移送",
    "shopping": "買い物支援 (付き添い・代行)",
    "cooking": "調理・お弁当づくり",
    "study": "子どもの学習支援",
    "japanese": "日本語教室・日本語の支援",
    "interp": "通訳 (言語はリクエストの languages が決める)",
    "sign": "手話",
    "summary": "要約筆記 (文字で伝える)",
    "origami": "折り紙",
    "crafts": "手芸",
    "calligraphy": "書道・筆ペン",
    "etegami": "絵手紙",
    "exercise": "体操・介護予防の運動",
}

# Concepts a coordinator would try second: a volunteer with one of these for the ask is a weak fit (grade 1).
# 囲碁 and 麻雀 are deliberately NOT related (a 麻雀 table needs players of 麻雀), nor 音訳 and screen-reader help,
# nor 見守り of children and of elderly people, nor タブレット and LINE.
RELATED = {
    frozenset(p)
    for p in [
        ("smartphone", "tablet"),
        ("smartphone", "line"),
        ("pc", "pc_access"),
        ("onyaku", "reading"),
        ("onyaku", "tenyaku"),
        ("listening", "watch_elder"),
        ("watch_child", "study"),
        ("go", "shogi"),
        ("music", "dance"),
        ("dance", "exercise"),
        ("garden", "fixit"),
        ("toyrepair", "fixit"),
        ("driving", "shopping"),
        ("study", "japanese"),
        ("japanese", "interp"),
        ("sign", "summary"),
        ("origami", "crafts"),
        ("calligraphy", "etegami"),
    ]
}

S_MEBUKU = "https://mebuku.city/news/study/post-40208"
S_OIWAKE = "https://www.shinano-oiwake.com/archives/1410"
S_OYAMA = "https://oyamaru.net/20260207sumahorepo"
S_DOTNET = "https://note.com./junpei_hyamato/n/n1344739767ee"
S_SUNDAYPC = "https://www.sundaypcschool.com/posts/56036365"
S_TEMASAPO = "https://hsl-ueda.com/?p=879"
S_OTARU = "https://www.hiro-pro.com/projects-1/smartphone"
S_KNOWF = "http://knowledge-f.jp/faq/2007/12/post_13.html"
S_GENKI3 = "http://genki3.net/?p=62546"
S_PVNF = "http://www.pvnf.npo-jp.net/boshuu.htm"
S_PCVOME = "https://www.pcvome.jp/admission/blind_support.php"
S_SPAN = "https://congrant.com/project/span/2129"
S_IWATE = "http://iwate-volunteer.jp/0101guidebook/gb2/gb2-18.html"
S_SAPPORO = "http://www.city.sapporo.jp/shinsho-center/shichokaku/shikaku/oshirase6.html"
S_NAKAGAWA = "https://www.city.nakagawa.lg.jp/soshiki/52/tenyaku-onyaku-borantelia.html"
S_NAGASAKI = "https://nordot.app/1069417931786961765?ncmp=post_rcmd"
S_SAKAI = "http://sakai-comcom.net/nishi/2019/07/23/%e2%98%86%e5%b9%b3%e5%b2%a1%e6%a0%a1%e5%8c%ba%e2%98%86%e3%81%bf%e3%82%93%e3%81%aa%e3%81%ab%e7%ac%91%e9%a1%94%e3%82%92%e5%b1%8a%e3%81%91%e3%82%8b%e3%80%8c%e3%81%be%e3%82%8b%e3%81%9f%e3%81%9b%e3%82%93/"
S_HARAJUKU = "http://localgood.yokohama/news/7086/"
S_TAMANO = "https://www.tvkct2.chiroro-test.net/program/detail.php?id=6691"
S_MINABE = "https://active-aging.org/2020/08/27/%E9%AB%98%E9%BD%A2%E8%80%85%E3%81%AE%E5%BF%83%E3%82%92%E3%82%B1%E3%82%A2%E3%80%80%E5%82%BE%E8%81%B4%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2%E5%A7%8B%E5%8B%95/"
S_NANBU = "http://www.nanbushakyo.com/information/community_life/delivery.html"
S_TAKEYAMA = "http://takeyamadanchi.p2.weblife.me/index.html/room/haishoku.html"
S_MOBARA = "http://mobara-shakyo.or.jp/project/03/service01"
S_KAHOKU = "https://kahoku.news/articles/20210830khn000028.html"
S_ONAGAWA = "http://shakyo-onagawa.or.jp/fukko/2017/01/161203/"
S_MINOKAMO = "https://minokamo-sapo.net/childcare-volunteer/"
S_CHIGASAKI = "https://sawayakazaidan.or.jp/community-fund/subsidy_report/?id=101062-A"
S_IZUMO = "https://izumoshakyo.jp/area/%e5%9b%b2%e7%a2%81%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e6%b4%bb%e5%8b%95%e3%81%8c%e9%ab%98%e9%bd%a2%e8%80%85%e6%96%bd%e8%a8%ad%e3%81%a7%e8%a1%8c%e3%82%8f%e3%82%8c%e3%81%be%e3%81%97/"
S_FUKUSIMURA = "https://scn-net.easymyweb.jp/member/fukusimura-id/default.asp?cpage=2"
S_SANJO = "https://www.city.sanjo.niigata.jp/soshiki/fukushihokembu/koreikaigoka/secondlife_tobira/secondlife_tobira_r5/5.html"
S_SKETTER = "https://www.sketter.jp/reports/11241"
S_CHITOSE_MJ = "https://chitose-shakyo.or.jp/22935.html"
S_TONMA = "http://tonma.hatenablog.com/entry/20110606/1307354345"
S_CAREER65 = "https://career65.net/article/2025/08/25/1572"
S_TOYOTA = "https://blog.goo.ne.jp/200751renkyo/d/20090125"
S_KAKOGAWA = "https://kakogawavc.hatenadiary.org/entry/20110630/1309435942"
S_KAINAN = "http://kainanshishakyo.com/volunteer/kanian12"
S_KAMISU = "https://kamisushakyo.jp/ua.php?code=1101&now_type=2&type=1"
S_TKYODO = "https://t-kyodo.com/2018/03/08/%e7%ac%ac%ef%bc%91%ef%bc%93%e5%9b%9e%e5%85%a8%e6%97%a5%e6%9c%ac%e6%b0%91%e5%8c%bb%e9%80%a3%e5%ad%a6%e8%a1%93%e3%83%bb%e9%81%8b%e5%8b%95%e4%ba%a4%e6%b5%81%e9%9b%86%e4%bc%9a%e3%81%ab%e5%8f%82-10-2-2"
S_KEIROKAI = "https://kaigof.work/contents/column/?p=14910"
S_HASHIMOTO = "https://hashimoto-news.com/news/2012/12/24/14359/"
S_DOKUDAMI = "http://www.cankirigtmem.com/2017/10/"
S_SAKURAGAOKA = "https://chiicomi.com/press/1934347"
S_HOT21 = "https://hot21.ciao.jp/?p=259"
S_SHOPPER = "http://www.shopper.jp/2018/09/%E7%9B%B4%E3%81%A3%E3%81%9F%E3%82%88%EF%BC%81%E7%AC%91%E3%81%BF%E3%81%8C%E3%81%93%E3%81%BC%E3%82%8C%E3%82%8B%E3%81%8A%E3%82%82%E3%81%A1%E3%82%83%E3%81%AE%E7%97%85%E9%99%A2/"
S_TOYKOCHI = "https://kokoharekochi.com/article/news/n8961"
S_TOYADACHI = "https://toyclinic.jimdo.com/"
S_TOYKOMAE = "https://piele.komae-kosodate.net/docs/1622.html"
S_ASAO = "http://www.kawasaki-shakyo.jp/asao/index.cgi?c=117&t=9"
S_MORIOKA = "https://www.morioka-shakyo.or.jp/2025/11/13/%e9%80%81%e8%bf%8e%e3%82%b5%e3%83%bc%e3%83%93%e3%82%b9%e3%81%ae%e9%81%8b%e8%bb%a2%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e3%81%95%e3%82%93%e3%81%ab%e8%81%9e%e3%81%8d%e3%81%be%e3%81%97"
S_NIRASAKI = "https://news.ntv.co.jp/category/society/yscac21026675a4569926830d840858946"
S_TOYAMA = "https://newsdig.tbs.co.jp/articles/-/1145144?display=1"
S_TAKASAKI = "http://takasaki-shakyo.or.jp/src/aged/kaimono_daiko.htm"
S_KASHIMA = "https://this.kiji.is/438841783136240737?c=41699317457911808"
S_EXCITE = "https://www.excite.co.jp/news/article/Minnanokaigo_news_kaigo_text_home_care_no436"
S_NIWACAFE = "https://machistations.com/childrens-cafeteria-volunteer-activity-niwacafe-bochibochi"
S_YASHO = "https://www.yashodaracream.com/2025/12/blog-post_9.html"
S_BYL = "https://www.byl111.com/2025/08/blog-post_32.html"
S_KODOMOSYOKU = "https://kodomosyokudou.com/volunteer-kodomosyokuou/"
S_AOBA_LOUNGE = (
    "https://aoba-lounge.com/こどもの日本語学習補習教室-にほんごがくしゅうほしゅうきょうしつ-の案内-あん"
)
S_DIVE = "https://activo.jp/articles/94392"
S_KOKORO = "https://www.kokoro-vj.org/ja/post_9676"
S_MIC = "https://expydoc.com/doc/7884096/%E3%83%99%E3%83%88%E3%83%8A%E3%83%A0%E8%AA%9E%E3%82%92%E9%80%9A%E8%A8%B3%E3%81%99%E3%82%8B-%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2%E3%82%92-%E6%B1%82%E3%82%81%E3%81%A6%E3%81%84%E3%81%BE%E3%81%99%EF%BC%81-%EF%BC%88-%EF%BC%89"
S_NOMI = "http://niea.iki-iki-nomi.net/p20.html"
S_KONAN = "https://konan-lounge.com/volunteer-recruit/interpreter/"
S_EIGOJIKAN = "https://eigojikan.com/2022/09/19/%e9%80%9a%e8%a8%b3%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e3%82%92%e5%8b%9f%e9%9b%86%e3%81%97%e3%81%a6%e3%81%84%e3%82%8b%e5%9b%a3%e4%bd%93%e3%81%a8%e6%b4%bb%e5%8b%95%e5%86%85%e5%ae%b9/"
S_TOKYOICC = "https://www.tokyo-icc.jp/lespace/close/close_1704.html"
S_ZUSHI = "https://www.city.zushi.kanagawa.jp/_res/projects/default_project/_page_/001/012/556/2025/202512/2512-06.txt"
S_HATANO = "https://townnews.co.jp/0610/2014/01/09/220558.html"
S_OKAYAMA = "https://www.city.okayama.jp/kyoudou/0000040718.html"
S_CHITOSE_ORI = "https://chitose-shakyo.or.jp/22152.html"
S_CHITOSE_ORI2 = "https://chitose-shakyo.or.jp/24658.html"
S_SHIKATA = "https://shikatakm.blogspot.com/2023/07/blog-post_26.html"
S_HAKODATE = "http://hakodatesyakyo.net/blog/2018/04"
S_FUKUIC = "http://www.fukuic-shakyo.jp/archives/activity/post_63.html"
S_SEIGETSU = "https://shodo-seigetsukai.com/2020/07/28/生涯学習人材バンク"
S_KAGAWA = "http://sunyama.tencho.cc/e178483.html"

JA = ["ja"]

# (id, concepts, skills, bio, languages, source)
VOLUNTEERS = [
    ("R2V001", ["smartphone"], ["スマホ"], "携帯電話の会社に定年まで勤めました。電話のかけ方、文字の打ち方、写真の撮り方など、スマートフォンの基本ならゆっくりお教えします。", JA, S_SUNDAYPC),
    ("R2V002", ["smartphone", "line"], [], "公民館のスマホ相談会でサポーターをしています。QRコードの読み取りや、ラインの友だち追加の質問がいちばん多いです。", JA, S_OYAMA),
    ("R2V003", ["smartphone", "line"], ["スマホ・LINE"], "大学の地域協力ボランティア同好会に入っています。祖父母の世代の方と、アプリの入れ方から一つずつ一緒に練習します。", JA, S_OYAMA),
    ("R2V004", ["tablet"], ["iPad"], "iPadで写真の整理や絵を描くのが趣味です。タブレットの大きな画面での操作ならお手伝いできます。スマホは持っていません。", JA, S_MEBUKU),
    ("R2V005", ["tablet"], [], "介護施設で、タブレットを使った脳トレやご家族とのオンライン面会の準備を手伝ってきました。", JA, S_MEBUKU),
    ("R2V006", ["smartphone"], ["らくらくスマホ"], "かんたんスマホ、らくらくホンの使い方を、機種に合わせて一人ずつお教えしています。", JA, S_TEMASAPO),
    ("R2V007", ["line"], ["公式LINE"], "自治会の公式LINEを立ち上げました。回覧板をLINEで流す仕組みづくりと、会員さんへの案内のしかたをお手伝いできます。", JA, S_TEMASAPO),
    ("R2V008", ["pc"], ["パソコン", "ワード"], "会社で長く事務をしていました。ワードでの文書づくり、表の入れ方、印刷までお教えします。", JA, S_KNOWF),
    ("R2V009", ["pc"], ["エクセル"], "経理一筋でした。エクセルの表計算で、家計簿や町内会の会計簿をつくるのが得意です。", JA, S_KNOWF),
    ("R2V010", ["pc", "pc_access"], ["パソコンボランティア"], "視覚障害の方のお宅へパソコンの訪問サポートに伺っています。画面読み上げソフトとショートカットキーの操作を一緒に覚えます。", JA, S_PVNF),
    ("R2V011", ["pc_access"], [], "PC-TalkerやNVDAの設定ができます。マウスを使わずキーボードだけで操作する練習にお付き合いします。", JA, S_PCVOME),
    ("R2V012", ["pc_access", "smartphone"], ["iPhoneのVoiceOver"], "目の不自由な方のiPhoneの読み上げ機能の設定と、タッチの仕方の練習をお手伝いしています。", JA, S_SPAN),
    ("R2V013", ["onyaku"], ["音訳"], "点字図書館で音訳のボランティアをしています。本や広報誌を読み上げて録音図書をつくっています。", JA, S_IWATE),
    ("R2V014", ["onyaku"], ["声の広報"], "声の広報づくりのグループで、市の広報を毎月読んで録音しています。", JA, S_IWATE),
    ("R2V015", ["onyaku", "reading"], ["朗読"], "朗読の会に入って20年になります。録音図書の読み手のほか、目の不自由な方への対面朗読もしています。", JA, S_SAPPORO),
    ("R2V016", ["tenyaku"], ["点訳"], "点訳の養成講習会を修了しました。パソコンで点字データをつくっています。", JA, S_NAKAGAWA),
    ("R2V017", ["tenyaku"], [], "点字器を使って、お手紙や献立表を点字に直すお手伝いができます。", JA, S_NAGASAKI),
    ("R2V018", ["reading"], ["読み聞かせ"], "図書館のおはなし会で絵本を読んでいます。紙芝居の舞台も持っています。", JA, S_SAKAI),
    ("R2V019", ["reading"], [], "元アナウンサーです。新聞のコラムや季節の詩を、声に出して皆さんに読むのが好きです。", JA, S_IWATE),
    ("R2V020", ["listening"], ["傾聴"], "社協の傾聴ボランティア講座を修了し、高齢者施設やご自宅に伺ってお話を聴いています。", JA, S_HARAJUKU),
    ("R2V021", ["listening"], [], "話し相手のボランティアをしています。昔の暮らしのお話を伺う時間が、なによりの楽しみです。", JA, S_TAMANO),
    ("R2V022", ["listening", "watch_elder"], ["見守り訪問"], "民生委員を二期務めました。ひとり暮らしの方のお宅に声かけに伺い、お元気かどうかを確かめています。", JA, S_NANBU),
    ("R2V023", ["watch_elder"], ["安否確認"], "配食ボランティアです。お弁当を手渡しながら「お変わりないですか」と様子をうかがっています。", JA, S_TAKEYAMA),
    ("R2V024", ["watch_elder", "cooking"], [], "ひとり暮らしの方に手作りのお弁当を届けるグループで、調理と配達の両方をしています。", JA, S_MOBARA),
    ("R2V025", ["watch_child"], ["見守り"], "小学校の登下校の見守りで、毎朝交差点に立っています。子どもたちの顔はほとんど覚えました。", JA, S_KAHOKU),
    ("R2V026", ["watch_child"], ["託児"], "保育士を定年で退職しました。講座や会議のあいだの託児のお手伝いができます。", JA, S_ONAGAWA),
    ("R2V027", ["watch_child"], [], "子育てが一段落しました。お母さんたちが講座に集中できるよう、別室で小さいお子さんと遊んでいます。", JA, S_MINOKAMO),
    ("R2V028", ["watch_child", "study"], ["子どもの居場所"], "夏休みの子どもの居場所で、宿題を見たり、遊び相手をしたりしています。", JA, S_CHIGASAKI),
    ("R2V029", ["go"], ["囲碁"], "囲碁五段です。高齢者施設で入居者さんと月に2回、対局しています。", JA, S_IZUMO),
    ("R2V030", ["go"], ["囲碁指導"], "小学生に囲碁を教えています。はじめての子には九路盤から。", JA, S_FUKUSIMURA),
    ("R2V031", ["go", "shogi"], ["囲碁・将棋"], "碁会所に通って40年です。将棋もひと通り指せます。", JA, S_SANJO),
    ("R2V032", ["shogi"], ["将棋"], "公民館の縁台将棋の会で対局相手をしています。駒落ちで相手の方の棋力に合わせます。", JA, S_SANJO),
    ("R2V033", ["shogi"], [], "デイサービスのレクリエーションの時間に、将棋を指しに伺っています。", JA, S_SKETTER),
    ("R2V034", ["mahjong"], ["健康麻雀"], "健康マージャンの会の世話役です。点数の数え方やルールの説明もします。", JA, S_CHITOSE_MJ),
    ("R2V035", ["mahjong"], ["マージャン"], "老人会の仲間と老人ホームに伺い、入居者の皆さんと卓を囲んでいます。", JA, S_TONMA),
    ("R2V036", ["mahjong"], [], "賭けない・飲まない・吸わないの健康麻雀教室で、初心者の方に教えています。", JA, S_CAREER65),
    ("R2V037", ["music"], ["ギター弾き語り"], "懐かしのフォークソングや歌謡曲を、弾き語りで施設にお届けしています。", JA, S_SAKAI),
    ("R2V038", ["music"], ["ハーモニカ"], "ハーモニカの仲間と、サロンや施設で演奏しています。", JA, S_TOYOTA),
    ("R2V039", ["music"], ["オカリナ"], "オカリナのグループで、童謡や唱歌を吹いています。", JA, S_TOYOTA),
    ("R2V040", ["music"], ["ハンドベル", "ヴィオリラ"], "ハンドベルとヴィオリラのサークルです。唱歌を中心に、曲の合間に手遊びも入れます。", JA, S_KAKOGAWA),
    ("R2V041", ["music", "dance"], ["三味線", "民謡"], "三味線と民謡、踊りの会です。お揃いの着物で伺います。", JA, S_KAINAN),
    ("R2V042", ["dance"], ["日本舞踊"], "日本舞踊の名取です。敬老会や施設の行事で踊らせていただいています。", JA, S_KAMISU),
    ("R2V043", ["dance"], ["フラダンス"], "フラダンスのサークルです。椅子に座ったままできる簡単なフラも、皆さんとご一緒します。", JA, S_KAMISU),
    ("R2V044", ["magic"], ["マジック"], "奇術愛好会に入っています。ロープ、トランプ、花の出る手品など。", JA, S_KAINAN),
    ("R2V045", ["magic", "music"], [], "定年後、ギターでの歌あそびと、見ている方も参加できるマジックで施設を回っています。", JA, S_SAKAI),
    ("R2V046", ["magic"], ["手品"], "通所リハビリで手品を披露したことがあります。最後は鳩が出ます。", JA, S_TKYODO),
    ("R2V047", ["music"], ["キーボード"], "電子キーボードで伴奏ができます。歌の会の伴奏を長く務めました。", JA, S_KAKOGAWA),
    ("R2V048", ["garden"], ["剪定"], "お助け隊で庭木の剪定をしています。脚立に上って松の手入れもします。", JA, S_HASHIMOTO),
    ("R2V049", ["garden"], ["草取り"], "有償ボランティアで、高齢の方のお宅の草取りをしています。ドクダミも根から抜きます。", JA, S_DOKUDAMI),
    ("R2V050", ["garden"], [], "自治会のおたすけ隊で、伸びすぎた木の伐採や枝打ち、草刈りをしています。チェーンソーも使えます。", JA, S_SAKURAGAOKA),
    ("R2V051", ["garden", "fixit"], [], "営繕のお助け隊です。庭木の剪定のほか、網戸や雨どいの修理、ペンキ塗りもします。", JA, S_HASHIMOTO),
    ("R2V052", ["fixit"], ["日曜大工"], "棚の取り付け、ふすまや障子の張り替えをします。", JA, S_HASHIMOTO),
    ("R2V053", ["fixit"], ["水回りの小修理"], "元設備屋です。水漏れや蛇口のパッキン交換くらいならすぐに直します。", JA, S_HASHIMOTO),
    ("R2V054", ["toyrepair"], ["おもちゃドクター"], "おもちゃドクター養成講座を受けました。鉄道のおもちゃや電動のぬいぐるみの修理をしています。", JA, S_SHOPPER),
    ("R2V055", ["toyrepair"], [], "元エンジニアです。おもちゃ病院で、壊れたおもちゃを子どもの目の前で直しています。部品がなければ作ります。", JA, S_TOYKOMAE),
    ("R2V056", ["toyrepair", "fixit"], [], "電子工作が趣味で、はんだ付けが得意です。ラジコンなどのおもちゃや、家電のちょっとした修理もします。", JA, S_TOYADACHI),
    ("R2V057", ["driving"], ["運転ボランティア"], "社協の移送サービスで、車いすのまま乗れる車の運転をしています。", JA, S_ASAO),
    ("R2V058", ["driving"], [], "土木事務所で運転の仕事をしていました。リフト付きの車の扱いにも慣れています。", JA, S_MORIOKA),
    ("R2V059", ["driving", "shopping"], ["買い物送迎"], "軽自動車で近所の方をスーパーまで送り迎えし、店の中でも買い物に付き添っています。", JA, S_TOYAMA),
    ("R2V060", ["shopping"], ["買い物代行"], "社協の買い物代行に登録しています。頼まれた食料品や日用品を買ってお届けします。", JA, S_TAKASAKI),
    ("R2V061", ["shopping"], ["買い物の付き添い"], "車はありませんが、歩いてご一緒にお店へ行き、重い荷物を持ちます。", JA, S_EXCITE),
    ("R2V062", ["driving"], ["送迎"], "退職してから、地域の移動支援で通院の送り迎えをしています。", JA, S_NIRASAKI),
    ("R2V063", ["cooking"], ["調理"], "子ども食堂で毎月150食ほど作っています。大量調理に慣れています。", JA, S_NIWACAFE),
    ("R2V064", ["cooking"], [], "料理教室を開いていました。献立づくりから味付けまでお任せください。", JA, S_YASHO),
    ("R2V065", ["cooking", "study"], [], "子ども食堂で調理補助をし、食後の宿題タイムにも付き合っています。", JA, S_BYL),
    ("R2V066", ["study"], ["学習支援"], "元小学校教員です。算数でつまずいたところまで一緒にさかのぼって教えます。", JA, S_KODOMOSYOKU),
    ("R2V067", ["study"], [], "大学生です。中学生の英語と数学の宿題を見ています。", JA, S_BYL),
    ("R2V068", ["japanese"], ["日本語ボランティア"], "日本語ボランティア入門講座を受けました。水曜の日本語教室で会話の相手をしています。", JA, S_AOBA_LOUNGE),
    ("R2V069", ["japanese", "study"], [], "外国につながる子どもの補習教室で、日本語と学校の宿題を教えています。", JA, S_AOBA_LOUNGE),
    ("R2V070", ["japanese"], ["日本語教師"], "日本語教師の資格があります。ネパールや中国から来た若者に、高校受験のための日本語を教えています。", JA, S_DIVE),
    ("R2V071", ["interp"], ["ベトナム語通訳"], "ベトナムで5年働いていました。役所や病院で、ベトナム語の通訳ができます。", ["ja", "vi"], S_MIC),
    ("R2V072", ["interp", "japanese"], [], "ベトナム出身で、日本に来て10年です。技能実習生の生活相談と日本語の練習を手伝っています。", ["ja", "vi"], S_NOMI),
    ("R2V073", ["interp"], ["中国語"], "中国語と日本語の通訳をしています。学校の面談や、保育園のお便りの翻訳もします。", ["ja", "zh"], S_KONAN),
    ("R2V074", ["interp"], [], "大連の出身です。区役所の手続きの付き添い通訳をしています。", ["ja", "zh"], S_NOMI),
    ("R2V075", ["interp"], ["英語通訳"], "外資系の会社に勤めていました。病院や学校での説明を英語で通訳できます。", ["ja", "en"], S_EIGOJIKAN),
    ("R2V076", ["interp"], ["ポルトガル語"], "ブラジルに8年住んでいたので、ポルトガル語の日常会話と通訳ができます。", ["ja", "pt"], S_KONAN),
    ("R2V077", ["interp"], [], "日系ブラジル人です。ポルトガル語で保護者会の通訳をしたことがあります。", ["ja", "pt"], S_NOMI),
    ("R2V078", ["study"], ["英語の家庭教師"], "英語の家庭教師をしていました。中高生の英語の勉強を見ます。", ["ja", "en"], S_EIGOJIKAN),
    ("R2V079", ["sign"], ["手話"], "手話サークルに入って9年です。ろう者の方との交流会や、小学校の手話体験のお手伝いをしています。", JA, S_ZUSHI),
    ("R2V080", ["sign"], [], "手話奉仕員養成講座の基礎課程まで修了しました。", JA, S_HATANO),
    ("R2V081", ["summary"], ["要約筆記"], "筆記通訳のサークルで、講演の話をその場で文字にしてスクリーンに映しています。", JA, S_ZUSHI),
    ("R2V082", ["summary"], ["パソコン要約筆記"], "パソコン要約筆記をしています。タイピングは速いほうです。", JA, S_ZUSHI),
    ("R2V083", ["origami"], ["折り紙"], "大人の折り紙サロンで講師をしています。八角形の箱やくす玉など、少し手ごたえのあるものを一緒に。", JA, S_CHITOSE_ORI),
    ("R2V084", ["origami"], [], "連鶴が得意です。サロンで折り方をお教えしています。", JA, S_SHIKATA),
    ("R2V085", ["crafts"], ["手芸"], "フェルトや布の小物づくりを教えています。針と糸で縫う人形も。", JA, S_HAKODATE),
    ("R2V086", ["crafts"], ["水引", "ちぎり絵"], "水引細工とちぎり絵の講座をしています。", JA, S_FUKUIC),
    ("R2V087", ["calligraphy"], ["書道"], "書道の師範です。市の生涯学習人材バンクに登録しています。", JA, S_SEIGETSU),
    ("R2V088", ["calligraphy"], ["筆ペン"], "筆ペンで祝儀袋や宛名を書くコツをお伝えしています。", JA, S_SEIGETSU),
    ("R2V089", ["etegami"], ["絵手紙"], "絵手紙の会をしています。「ヘタでいい、ヘタがいい」で、季節の野菜を描きます。", JA, S_KAGAWA),
    ("R2V090", ["etegami"], [], "絵手紙と俳画を習って20年です。筆で絵を描き、言葉を添えるのが好きです。", JA, S_KAGAWA),
    ("R2V091", ["exercise"], ["健康体操"], "介護予防リーダーです。座ったままできる体操と脳トレをします。", JA, S_CHITOSE_ORI),
    ("R2V092", ["exercise"], ["ラジオ体操"], "ラジオ体操の指導員です。公園で毎朝体操しています。", JA, S_TOYOTA),
    ("R2V093", ["smartphone"], [], "ゴミ分別アプリやバスの時刻のアプリを使いこなしています。スマホの使い方でお困りの方がいたら、一緒に画面を見ます。", JA, S_OYAMA),
    ("R2V094", ["pc"], ["パソコン講師"], "生涯学習インストラクターとして、公民館でパソコン講座をしてきました。", JA, S_GENKI3),
    ("R2V095", ["line", "smartphone"], [], "携帯会社のスマホ講座でサポーターをしていました。LINEで届いた写真の保存やアルバムのつくり方をよく聞かれます。", JA, S_DOTNET),
    ("R2V096", ["tablet"], ["タブレット"], "デイサービスで、利用者さんにタブレットのゲームやテレビ電話の使い方を教えています。", JA, S_MEBUKU),
    ("R2V097", ["smartphone"], ["スマホの基本"], "スマホの電話と写真なら教えられます。LINEは自分で使っていないのでわかりません。", JA, S_SUNDAYPC),
    ("R2V098", ["go"], ["碁"], "日曜日は碁会所にいます。麻雀はやりません。", JA, S_IZUMO),
    ("R2V099", ["crafts"], ["ぬいぐるみ作り"], "フェルトでぬいぐるみや人形を作っています。", JA, S_HAKODATE),
    ("R2V100", ["listening"], ["話し相手"], "買い物ツアーに傾聴ボランティアとして同行し、ベンチで皆さんとおしゃべりしてきました。", JA, S_KASHIMA),
    ("R2V101", ["watch_elder"], [], "新聞がたまっていないか、夜に明かりがついているか、ご近所を見て回る見守り隊にいます。", JA, S_NANBU),
    ("R2V102", ["reading"], ["紙芝居"], "児童館で紙芝居と手遊びをしています。", JA, S_SAKAI),
    ("R2V103", ["cooking"], ["お弁当づくり"], "食事作りボランティアで、月に3回お弁当を作っています。", JA, S_MOBARA),
    ("R2V104", ["driving"], ["車いす対応車の運転"], "福祉有償運送の運転者講習を受けました。", JA, S_ASAO),
    ("R2V105", ["garden"], ["花壇の手入れ"], "花壇づくりと植え替え、庭の草むしりが趣味です。", JA, S_SAKURAGAOKA),
    ("R2V106", ["fixit"], ["家具の修理"], "椅子のぐらつきや引き出しの建て付けを直します。", JA, S_HASHIMOTO),
    ("R2V107", ["toyrepair"], ["おもちゃ病院"], "児童館のおもちゃ病院で受付と修理をしています。電池ボックスのさび落としが得意です。", JA, S_TOYKOCHI),
    ("R2V108", ["interp"], ["英語"], "英語の通訳ガイドをしています。在住外国人の方の手続きにも付き添います。", ["ja", "en"], S_TOKYOICC),
    ("R2V109", ["music"], ["コーラス"], "女声コーラスのグループです。皆さんと一緒に歌える曲を用意して伺います。", JA, S_KAMISU),
    ("R2V110", ["dance"], ["盆踊り"], "盆踊りの会で、輪踊りを教えています。", JA, S_HAKODATE),
    ("R2V111", ["pc", "smartphone"], [], "パソコンサポーターズで、パソコンとスマホの相談にのっています。", JA, S_OYAMA),
    ("R2V112", ["japanese"], [], "国際交流協会の日本語教室で、ひらがなから教えています。", JA, S_KOKORO),
    ("R2V113", ["shopping", "listening"], [], "買い物の付き添いをしながら、道中のおしゃべりを楽しんでいます。", JA, S_KASHIMA),
    ("R2V114", ["tenyaku"], ["パソコン点訳"], "点訳ソフトを使ってパソコンで点訳しています。", JA, S_NAKAGAWA),
    ("R2V115", ["sign", "summary"], ["手話", "要約筆記"], "聴覚障害の方の支援に、手話と要約筆記の両方で関わっています。", JA, S_HATANO),
    ("R2V116", ["origami", "watch_child"], [], "保育園で折り紙を教えたり、子どもたちと遊んだりしています。", JA, S_CHITOSE_ORI2),
    ("R2V117", ["exercise"], ["リズム体操"], "音楽に合わせたリズム体操を、サロンで皆さんと楽しんでいます。", JA, S_HAKODATE),
    ("R2V118", ["watch_elder"], ["声かけ"], "ひとり暮らしの高齢の方のお宅へ、声かけの訪問をしています。", JA, S_MINABE),
    ("R2V119", ["mahjong", "go"], [], "麻雀も囲碁も打ちます。老人ホームの卓に呼ばれることもあります。", JA, S_TONMA),
    ("R2V120", ["sign"], ["手話通訳"], "手話サークルで学び、イベントで手話通訳をしています。", JA, S_OKAYAMA),
    ("R2V121", ["cooking"], ["調理師"], "調理師免許があります。大きな鍋で汁物や煮物を作るのが得意です。", JA, S_NIWACAFE),
]  # fmt: skip

# (id, need (any one of them is the ask), also (a second ask), kind, requester, title, description, languages,
#  remote_ok, source)
REQUESTS = [
    ("R2Q01", ["smartphone"], [], "group", "東公民館", "スマホ相談会のサポーター募集", "公民館で月2回、スマートフォンの困りごと相談会を開いています。文字の入力やQRコードの読み取りなど、参加者のそばで一緒に操作してくださる方を募集します。特別な資格はいりません。", JA, False, S_OIWAKE),
    ("R2Q02", ["line"], [], "resident", "田村 ヨシ子", "孫の写真をとっておきたい", "孫がラインで送ってくる写真を、スマホの中に残しておく方法がわかりません。アルバムというのも作ってみたいのですが、教えていただけませんか。", JA, False, S_DOTNET),
    ("R2Q03", ["tablet"], [], "resident", "西川 真理", "父のタブレット", "八十五歳の父が、施設から貸してもらったタブレットで脳トレをしたがっています。スマホとは画面も操作も違うようで、私では教えられません。タブレットに詳しい方はいませんか。", JA, False, S_MEBUKU),
    ("R2Q04", ["smartphone"], [], "group", "緑町会", "町会の高齢会員のスマホ", "町会の役員です。会員の高齢の方が携帯をスマホに替えたものの、電話に出ることもできないと困っています。基本の操作から教えてくださる方を紹介してください。", JA, False, S_OTARU),
    ("R2Q05", ["line"], [], "group", "けやき台自治会", "回覧板をLINEで", "役員会で、回覧板の代わりに公式LINEを使うことになりました。設定と、会員さんへの案内のしかたを手伝っていただける方を探しています。", JA, False, S_TEMASAPO),
    ("R2Q06", ["pc"], [], "group", "寿老人クラブ", "会報をパソコンで作りたい", "老人クラブの会報を手書きで作ってきましたが、担当が替わり、ワードで作ることにしました。文字を打つのは遅くても構いません。表の入れ方や印刷のしかたまで教えていただきたいです。", JA, False, S_KNOWF),
    ("R2Q07", ["pc"], [], "resident", "長井 修", "エクセルで家計簿", "定年後、家計簿をエクセルでつけてみたいのですが、合計を出す式がわかりません。", JA, False, S_GENKI3),
    ("R2Q08", ["pc_access"], [], "resident", "大野 武", "目が見えなくなってからのメール", "緑内障で画面がほとんど見えなくなりました。読み上げソフトを入れればまたメールができると聞きました。設定と操作を教えてくださる方はいませんか。", JA, False, S_PVNF),
    ("R2Q09", ["pc_access"], [], "group", "市視覚障害者福祉協会", "中途失明の会員にパソコンを", "目が不自由になった会員が、音声を頼りにパソコンやスマホを使えるよう、ご自宅を訪ねてサポートしてくださる方を募集しています。", JA, False, S_PCVOME),
    ("R2Q10", ["onyaku"], [], "group", "市立図書館 障害者サービス係", "声の広報の読み手", "市の広報を毎月録音して、目の不自由な方にお届けしています。読み手が足りません。広報や本を声に出して読み、録音する活動です。", JA, False, S_IWATE),
    ("R2Q11", ["onyaku"], [], "group", "視聴覚障がい者情報センター", "録音図書の音訳ボランティア", "「本を読むのが好き」という方、録音図書づくりに加わってみませんか。図や表も言葉にして、できるだけ忠実に音声にします。", JA, False, S_SAPPORO),
    ("R2Q12", ["tenyaku"], [], "resident", "吉岡 さち", "友人に点字で手紙を", "目の不自由な友人に、自分の言葉で手紙を送りたいです。点字に直すのを手伝ってくださる方はいませんか。", JA, False, S_NAGASAKI),
    ("R2Q13", ["reading"], [], "group", "グループホーム こもれび", "季節の詩や昔話を", "入居者さんに、季節の詩や昔話を読んで聞かせてくださる方を探しています。ゆっくりはっきり読んでいただけると喜ばれます。", JA, False, S_SAKAI),
    ("R2Q14", ["reading"], [], "group", "北児童館", "おはなし会の読み手", "児童館のおはなし会で、絵本や紙芝居を読んでくださる方を募集しています。", JA, False, S_SAKAI),
    ("R2Q15", ["listening"], [], "resident", "原田 恵子", "母の話し相手", "離れて暮らす母が、父を亡くしてから一日中誰ともしゃべらないと言います。週に一度、家を訪ねてお話を聴いてくださる方がいると安心です。", JA, False, S_HARAJUKU),
    ("R2Q16", ["listening"], [], "group", "特別養護老人ホーム 白梅園", "お話し相手になってくださる方", "居室で過ごすことの多い入居者さんの、お話し相手になってくださるボランティアさんを募集します。", JA, False, S_TAMANO),
    ("R2Q17", ["listening"], [], "group", "いきいきサロン ひだまり", "一対一で耳を傾けてくださる方", "サロンで活動しています。参加者のなかに、輪に入れずにお話ししたそうにしている方がいます。一対一でゆっくり耳を傾けてくださる方に来ていただきたいです。", JA, False, S_MINABE),
    ("R2Q18", ["watch_elder"], [], "group", "第二地区 民生委員", "ひとり暮らしの方のお宅を訪ねて", "民生委員です。受け持ちのひとり暮らしの方が増えて回りきれません。週に一度でも、お宅を訪ねてお元気かどうか見てくださる方を探しています。", JA, False, S_NANBU),
    ("R2Q19", ["watch_elder"], ["cooking"], "group", "市社会福祉協議会", "お弁当を届けて様子を見る", "ひとり暮らしの高齢者にお弁当を届けながら、様子をうかがう活動です。お弁当づくりから手伝っていただける方だと、なお助かります。", JA, False, S_MOBARA),
    ("R2Q20", ["watch_child"], [], "group", "子育てひろば くるみ", "講座のあいだの託児", "子育て中のお母さん向けの講座を開きます。講座のあいだ、別室で小さいお子さんを見守ってくださる方を募集します。", JA, False, S_ONAGAWA),
    ("R2Q21", ["watch_child"], [], "group", "第四小学校 PTA", "朝の登校の見守り", "PTAです。朝の登校時間に交差点に立って、子どもたちを見守ってくださる地域の方を探しています。", JA, False, S_KAHOKU),
    ("R2Q22", ["watch_child"], ["study"], "group", "海岸地区 民生委員児童委員協議会", "夏休みの子どもの居場所", "学童に入れない子どもが夏休みの昼間を過ごせる場所を開きます。子どもたちを見守り、宿題もみてくださる方を募集しています。", JA, False, S_CHIGASAKI),
    ("R2Q23", ["go"], [], "group", "有料老人ホーム あすなろ", "囲碁の対局相手", "若いころから囲碁が趣味の入居者さんがいます。ご友人を亡くされてから打つ相手がおらず寂しそうなので、月に数回対局してくださる方を探しています。", JA, False, S_IZUMO),
    ("R2Q24", ["shogi"], [], "group", "デイサービス ほほえみ", "将棋のお相手", "将棋好きの利用者さんがいます。レクリエーションの時間に、お相手をしていただけませんか。", JA, False, S_SKETTER),
    ("R2Q25", ["mahjong"], [], "group", "老人ホーム 長寿荘", "麻雀の四人目を", "入居者で麻雀卓を囲みたいのですが、どうしても四人そろいません。一緒に打ってくださる方をお願いします。皆さん腕前はかなりのものです。", JA, False, S_TONMA),
    ("R2Q26", ["mahjong"], [], "group", "地域包括支援センター みなみ", "健康マージャンの会の世話役", "健康マージャンの会を始めます。初めての方にルールや点数の数え方を説明してくださる方を募集します。", JA, False, S_CHITOSE_MJ),
    ("R2Q27", ["music"], [], "group", "特別養護老人ホーム 松風苑", "お誕生会の余興", "毎月のお誕生会で、楽器の演奏や歌を披露してくださる方を探しています。一緒に口ずさめる昭和の歌だとうれしいです。", JA, False, S_KAKOGAWA),
    ("R2Q28", ["music"], [], "group", "デイサービス 陽だまり", "クリスマス会に生演奏を", "クリスマス会に、生の演奏を聴かせてくださる方を探しています。楽器は何でも構いません。", JA, False, S_KAINAN),
    ("R2Q29", ["music", "dance", "magic"], [], "group", "本町自治会 敬老会実行委員会", "敬老会の出し物", "自治会の敬老会で、歌や踊り、手品など30分ほどの出し物をしていただける方を探しています。ささやかですが謝礼を用意します。", JA, False, S_KEIROKAI),
    ("R2Q30", ["magic"], [], "group", "東町子ども会", "お楽しみ会にマジックを", "子ども会のお楽しみ会で、子どもたちがびっくりするようなマジックを見せてくださる方を探しています。", JA, False, S_TKYODO),
    ("R2Q31", ["magic"], [], "group", "通所リハビリ さくら", "不思議な芸を見せてください", "利用者さんから「また手品が見たい」という声がありました。ロープやトランプの手品を見せてくださる方はいませんか。", JA, False, S_KAINAN),
    ("R2Q32", ["dance"], [], "group", "介護老人保健施設 ゆうあい", "納涼会の踊り", "納涼会で、日本舞踊や民謡の踊りを披露していただける方を探しています。", JA, False, S_KAMISU),
    ("R2Q33", ["music"], [], "group", "ふれあいサロン わかば", "童謡の伴奏", "サロンで童謡を歌う時間の伴奏をお願いしたいです。キーボードでもギターでも構いません。", JA, False, S_TOYOTA),
    ("R2Q34", ["garden"], [], "resident", "水野 和夫", "庭がジャングルになってしまった", "庭の木が伸び放題で、風の強い日には隣の家に枝が飛んでいかないか気が気ではありません。業者に頼むほどの余裕もなく、困っています。", JA, False, S_HOT21),
    ("R2Q35", ["garden"], [], "resident", "菅原 トミ", "ドクダミだらけの庭", "主人が亡くなってから庭に手が回らず、ドクダミが半分を覆ってしまいました。八十を過ぎて、しゃがむのもつらいです。", JA, False, S_DOKUDAMI),
    ("R2Q36", ["garden"], ["fixit"], "resident", "石原 健", "玄関前の木と網戸", "玄関前の木が車いすの通り道をふさいでいます。枝を払っていただき、ついでに破れた網戸も直していただけたら助かります。", JA, False, S_HASHIMOTO),
    ("R2Q37", ["shopping"], [], "resident", "野口 ハル", "週に一度のスーパー", "免許を返納してから、スーパーまで歩いて往復するのがつらくなりました。重い物を持って帰るのが特に大変です。", JA, False, S_EXCITE),
    ("R2Q38", ["shopping"], [], "group", "地域包括支援センター きた", "買い物を代わりにしてくださる方", "足腰が弱って外に出られない方に代わって、食料品や日用品を買って届けてくださる方を募集しています。", JA, False, S_TAKASAKI),
    ("R2Q39", ["driving"], [], "resident", "森田 房江", "夫のリハビリ通い", "夫が週に一度リハビリに通っています。車いすごと乗れる車で、病院まで送り迎えしていただける方はいませんか。", JA, False, S_ASAO),
    ("R2Q40", ["driving"], ["shopping"], "group", "南団地 老人会", "買い物ツアーの運転手", "団地のお年寄りを車でショッピングセンターまで送り、店での買い物も手伝ってくださる方を探しています。", JA, False, S_KASHIMA),
    ("R2Q41", ["driving"], [], "group", "市社会福祉協議会 在宅福祉係", "おでかけ送迎の運転手", "公共交通を使えない高齢の方や障がいのある方の、ご自宅から目的地までの送迎をお願いします。リフト付きの車を貸し出します。", JA, False, S_MORIOKA),
    ("R2Q42", ["toyrepair"], [], "resident", "佐野 美咲", "電車のおもちゃが走らない", "息子の大事にしていた電車のおもちゃが走らなくなりました。捨てられずにいます。直せる方はいませんか。", JA, False, S_SHOPPER),
    ("R2Q43", ["toyrepair"], [], "group", "南児童館", "おもちゃ病院の先生", "児童館で、壊れたおもちゃを無料で直す日を開きたいと考えています。修理をしてくださる方を募集しています。", JA, False, S_TOYKOCHI),
    ("R2Q44", ["fixit"], [], "resident", "加納 正子", "ふすまと棚", "ふすまが破れ、台所の棚も傾いてきました。大工仕事のできる方にお願いしたいです。", JA, False, S_HASHIMOTO),
    ("R2Q45", ["cooking"], [], "group", "こども食堂 にわのわ", "前日の仕込みから", "月に1回、150食ほどを作る子ども食堂です。前日の仕込みから一緒に作ってくださる方を探しています。", JA, False, S_NIWACAFE),
    ("R2Q46", ["cooking"], ["study"], "group", "みなみ子ども食堂", "ごはんと宿題", "子ども食堂の調理を手伝ってくださる方を探しています。食後に子どもたちの宿題を見てもらえると、さらに助かります。", JA, False, S_YASHO),
    ("R2Q47", ["study"], [], "resident", "小池 優子", "娘の算数", "小学4年の娘が算数でつまずいています。塾に通わせる余裕がなく、見てくださる方がいたらと思っています。", JA, False, S_KODOMOSYOKU),
    ("R2Q48", ["study"], [], "group", "学びのひろば", "中学生の学習支援", "中学生が放課後に自習する教室です。わからないところを教えてくださる大学生やシニアの方を募集しています。", JA, False, S_BYL),
    ("R2Q49", ["japanese"], [], "group", "国際交流ラウンジ", "日本語教室のボランティア", "ラウンジの日本語教室で、外国人住民の会話の練習相手になってくださる方を募集しています。", JA, False, S_AOBA_LOUNGE),
    ("R2Q50", ["japanese"], ["study"], "group", "外国につながる子どもの補習教室", "来日したばかりの小学生に", "来日したばかりの小学生に、日本語と、学校の宿題を教えてくださる方を探しています。", JA, False, S_DIVE),
    ("R2Q51", ["interp"], [], "resident", "Nguyen Thi Lan", "学校の面談の通訳", "ベトナムから来ました。子どもの学校の面談で、ベトナム語で通訳してくれる人がほしいです。Tôi cần người phiên dịch tiếng Việt.", ["vi"], False, S_MIC),
    ("R2Q52", ["interp"], [], "group", "ひかり保育園", "入園説明の通訳", "園児の保護者が中国語しか話せず、入園の説明がうまく伝わりません。中国語で通訳してくださる方をお願いします。", ["zh"], False, S_KONAN),
    ("R2Q53", ["interp"], [], "group", "第一小学校", "保護者面談の通訳", "ブラジルから転入した児童の保護者面談に、ポルトガル語の通訳をお願いできる方を探しています。", ["pt"], False, S_NOMI),
    ("R2Q54", ["interp"], [], "resident", "Emily Carter", "English help at the clinic", "I moved here last month. I need someone who can come with me to the clinic and explain things in English. 日本語は少しだけです。", ["en"], False, S_EIGOJIKAN),
    ("R2Q55", ["sign"], [], "group", "聴覚障害者協会", "交流会の橋渡し", "ろう者と聞こえる人の交流会を開きます。手話で会話の橋渡しをしてくださる方を募集します。", JA, False, S_OKAYAMA),
    ("R2Q56", ["summary"], [], "group", "中央公民館", "講演会の文字通訳", "講演会に難聴の方が参加されます。手話はわからない方なので、話の内容をその場で文字にして伝えてくださる方を探しています。", JA, False, S_ZUSHI),
    ("R2Q57", ["origami"], [], "group", "すみれサロン", "折り紙の先生", "サロンで、少し難しい折り紙に挑戦したいという声がありました。教えてくださる方を探しています。", JA, False, S_SHIKATA),
    ("R2Q58", ["crafts"], [], "group", "いきいきサロン 臼尻", "手芸教室の講師", "端午の節句に向けて、布を縫って綿を詰める五月人形づくりを計画しています。手芸を教えてくださる方はいませんか。", JA, False, S_HAKODATE),
    ("R2Q59", ["calligraphy"], [], "resident", "三浦 キヨ", "孫の書き初め", "孫の書き初めの宿題を見てやりたいのですが、私は字が下手で…。筆の持ち方から教えてくださる方はいませんか。", JA, False, S_SEIGETSU),
    ("R2Q60", ["etegami"], [], "group", "西公民館", "絵手紙講座の講師", "公民館の講座で、季節の便りを絵と言葉で送る絵手紙を教えてくださる方を探しています。", JA, False, S_KAGAWA),
    ("R2Q61", ["exercise"], [], "group", "東老人クラブ", "体操の指導", "月例会で、座ったままできる体操と頭の体操を教えてくださる方を探しています。", JA, False, S_CHITOSE_ORI),
    ("R2Q62", ["smartphone"], [], "resident", "村上 達也", "QRコードで申し込みたい", "市の講座の申し込みがQRコードからになりました。スマホのカメラで読み取るところからわかりません。", JA, False, S_OYAMA),
    ("R2Q63", ["tablet"], [], "group", "特別養護老人ホーム みどりの丘", "オンライン面会のタブレット", "ご家族とのオンライン面会に施設のタブレットを使っています。入居者さんがご自分で操作できるよう、教えてくださる方を探しています。", JA, False, S_MEBUKU),
]  # fmt: skip

QUERIES = [
    "社会福祉協議会 ボランティアセンター 募集 活動内容",
    "人材バンク まちの先生 登録者紹介 特技",
    "子ども食堂 ボランティア募集 調理 見守り",
    "高齢者サロン ボランティア 麻雀 囲碁 将棋 相手",
    "デジタル活用支援 スマホ教室 ボランティア 募集 タブレット",
    "おもちゃドクター おもちゃ病院 修理 ボランティア",
    "点訳 音訳 ボランティア 募集 視覚障害",
    "送迎 運転ボランティア 移送サービス 通院 募集",
    "買い物支援 ボランティア 高齢者 付き添い 代行",
    "施設 レクリエーション ボランティア 演奏 手品 朗読 募集",
    "外国人 通訳ボランティア 登録 ベトナム語 英語 学校 面談",
    "子ども 見守り ボランティア 登下校 託児 保育",
    "生涯学習 人材バンク 登録者一覧 指導できる内容 講師",
    "視覚障害者 パソコン ボランティア スクリーンリーダー 音声 操作 支援",
    "庭木 剪定 草取り ボランティア 高齢者宅 お助け隊 有償",
    "傾聴ボランティア 養成講座 一人暮らし 高齢者 見守り 訪問",
    "手話 ボランティア 手話サークル 聴覚障害 要約筆記",
    "日本語教室 ボランティア 外国人 子ども 学習支援 募集",
    "配食サービス ボランティア 安否確認 一人暮らし高齢者 お弁当 配達",
    "ふれあいいきいきサロン ボランティア 折り紙 絵手紙 脳トレ 講師",
]


def grade(need: list[str], also: list[str], langs: list[str], have: list[str], vlangs: list[str]) -> int:
    """Returns the skill-fit grade of a volunteer for a request: 3 holds the ask (and the second ask, if any),
    2 holds the ask but not the second one, 1 holds only the second ask or a related concept, 0 otherwise or
    when a language the request needs is missing (a hard constraint)."""
    if not set(langs) <= set(vlangs):
        return 0
    if set(need) & set(have):
        return 3 if not also or set(also) <= set(have) else 2
    if set(also) & set(have):
        return 1
    if any(frozenset((n, h)) in RELATED for n in need for h in have):
        return 1
    return 0


def build() -> tuple[list[dict], list[dict], list[tuple[str, str, int]]]:
    """Returns the volunteer records, the request records and the graded pairs (grade ≥ 1)."""
    vols = [
        {
            "external_id": vid,
            "display_name": f"登録者 {vid[3:]}",
            "rosters": ["skill_bank"],
            "skills": skills,
            "bio": bio,
            "area": None,
            "availability": [],
            "languages": langs,
            "max_per_month": 4,
            "active": True,
        }
        for vid, _c, skills, bio, langs, _s in VOLUNTEERS
    ]
    reqs = [
        {
            "external_id": rid,
            "requester_kind": kind,
            "requester_name": name,
            "title": title,
            "description": desc,
            "skills": [],
            "area": None,
            "slots": [],
            "languages": langs,
            "remote_ok": remote,
            "helpers_needed": 1,
        }
        for rid, _n, _a, kind, name, title, desc, langs, remote, _s in REQUESTS
    ]
    qrels = []
    for rid, need, also, _k, _nm, _t, _d, langs, _r, _s in REQUESTS:
        for vid, have, _sk, _b, vlangs, _s2 in VOLUNTEERS:
            g = grade(need, also, langs, have, vlangs)
            if g:
                qrels.append((rid, vid, g))
    return vols, reqs, qrels


def main() -> None:
    """Writes the set, then checks it."""
    vols, reqs, qrels = build()
    OUT.mkdir(exist_ok=True)
    with open(OUT / "volunteers.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(v, ensure_ascii=False) + "\n" for v in vols)
    with open(OUT / "requests.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in reqs)
    with open(OUT / "qrels.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("request\tvolunteer\tgrade\n")
        fh.writelines(f"{r}\t{v}\t{g}\n" for r, v, g in qrels)
    concepts = {
        "concepts": CONCEPTS,
        "related": sorted(sorted(p) for p in RELATED),
        "requests": {r[0]: {"need": r[1], "also": r[2]} for r in REQUESTS},
        "volunteers": {v[0]: v[1] for v in VOLUNTEERS},
    }
    (OUT / "concepts.json").write_text(
        json.dumps(concepts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    sources = {
        "queries": QUERIES,
        "requests": {r[0]: r[-1] for r in REQUESTS},
        "volunteers": {v[0]: v[-1] for v in VOLUNTEERS},
    }
    (OUT / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    self_check(OUT)
    print(
        f"{len(vols)} volunteers, {len(reqs)} requests, {len(qrels)} graded pairs "
        f"({sum(g >= 2 for *_x, g in qrels)} ≥ 2), {len(set(sources['requests'].values()) | set(sources['volunteers'].values()))} source pages"
    )


# ---------------------------------------------------------------------------------------------------------------
# self_check: reads the written files back and validates them on its own terms (not through build()/grade()).

SLOT_RE = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
LANG_RE = re.compile(r"^[a-z]{2}$")
VOL_KEYS = {"external_id", "display_name", "rosters", "skills", "bio", "area", "availability", "languages",
            "max_per_month", "active"}  # fmt: skip
REQ_KEYS = {"external_id", "requester_kind", "requester_name", "title", "description", "skills", "area", "slots",
            "languages", "remote_ok", "helpers_needed"}  # fmt: skip


def _expected_grade(
    need: list[str],
    also: list[str],
    rlangs: list[str],
    have: list[str],
    vlangs: list[str],
    related: list[list[str]],
) -> int:
    """The grading rule written a second time, as a table lookup over (holds ask, holds second ask, related)."""
    if any(lang not in vlangs for lang in rlangs):
        return 0
    main_hit = any(c in have for c in need)
    all_also = all(c in have for c in also)
    any_also = any(c in have for c in also)
    near = any({n, h} == set(pair) for n in need for h in have for pair in related)
    table = {
        (True, True): 3,  # the ask and every second ask (or none was asked)
        (True, False): 2,  # the ask without the second one
    }
    if main_hit:
        return table[(True, all_also)]
    return 1 if any_also or near else 0


def self_check(out: Path = OUT) -> None:
    """Validates the written files: interchange format, ids, areas, slots, languages, concept labels, sources,
    qrels (every pair recomputed from the labels), and at least two grade ≥ 2 volunteers per request."""
    areas = (
        {a["id"] for a in json.loads(AREAS.read_text(encoding="utf-8"))["areas"]} if AREAS.exists() else None
    )
    vols = [json.loads(line) for line in (out / "volunteers.jsonl").read_text(encoding="utf-8").splitlines()]
    reqs = [json.loads(line) for line in (out / "requests.jsonl").read_text(encoding="utf-8").splitlines()]
    labels = json.loads((out / "concepts.json").read_text(encoding="utf-8"))
    sources = json.loads((out / "sources.json").read_text(encoding="utf-8"))
    lines = (out / "qrels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "request\tvolunteer\tgrade", lines[0]
    qrels: dict[tuple[str, str], int] = {}
    for line in lines[1:]:
        r, v, g = line.split("\t")
        assert (r, v) not in qrels, f"duplicate pair {r} {v}"
        qrels[(r, v)] = int(g)
        assert qrels[(r, v)] in (1, 2, 3), line

    vids = [v["external_id"] for v in vols]
    rids = [r["external_id"] for r in reqs]
    assert len(vids) == len(set(vids)) and len(rids) == len(set(rids)), "ids must be unique"
    assert not set(vids) & set(rids)
    known = set(labels["concepts"])
    assert all(len(p) == 2 and set(p) <= known for p in labels["related"])
    for v in vols:
        assert set(v) == VOL_KEYS, v["external_id"]
        assert isinstance(v["display_name"], str) and v["display_name"].strip()
        assert v["rosters"] and set(v["rosters"]) <= {"skill_bank", "digital"}
        assert all(isinstance(s, str) and s.strip() and len(s) <= 60 for s in v["skills"])
        assert isinstance(v["bio"], str) and len(v["bio"]) <= 2000
        assert v["skills"] or v["bio"].strip(), f"{v['external_id']} says nothing"
        assert v["area"] is None or (areas is not None and v["area"] in areas)
        assert all(SLOT_RE.match(s) for s in v["availability"])
        assert v["languages"] and all(LANG_RE.match(x) for x in v["languages"])
        assert isinstance(v["max_per_month"], int) and 1 <= v["max_per_month"] <= 31 and v["active"] is True
        have = labels["volunteers"][v["external_id"]]
        assert have and set(have) <= known, v["external_id"]
        assert sources["volunteers"][v["external_id"]].startswith(("http://", "https://"))
    for r in reqs:
        assert set(r) == REQ_KEYS, r["external_id"]
        assert r["requester_kind"] in ("resident", "group") and r["requester_name"].strip()
        assert r["description"].strip() and len(r["description"]) <= 4000 and len(r["title"]) <= 200
        assert r["area"] is None or (areas is not None and r["area"] in areas)
        assert all(SLOT_RE.match(s) for s in r["slots"]) and all(LANG_RE.match(x) for x in r["languages"])
        assert isinstance(r["remote_ok"], bool) and r["helpers_needed"] == 1
        lab = labels["requests"][r["external_id"]]
        assert lab["need"] and set(lab["need"]) | set(lab["also"]) <= known
        assert not set(lab["need"]) & set(lab["also"])
        assert sources["requests"][r["external_id"]].startswith(("http://", "https://"))
    assert set(labels["volunteers"]) == set(vids) and set(labels["requests"]) == set(rids)
    assert set(sources["volunteers"]) == set(vids) and set(sources["requests"]) == set(rids)

    vmap = {v["external_id"]: v for v in vols}
    for r in reqs:
        lab = labels["requests"][r["external_id"]]
        good = 0
        for vid in vids:
            want = _expected_grade(
                lab["need"],
                lab["also"],
                r["languages"],
                labels["volunteers"][vid],
                vmap[vid]["languages"],
                labels["related"],  # the related pairs as written to concepts.json, not the module's set
            )
            got = qrels.get((r["external_id"], vid), 0)
            assert got == want, (r["external_id"], vid, got, want)
            if got:  # a graded volunteer never breaks a hard constraint score.py counts
                assert set(r["languages"]) <= set(vmap[vid]["languages"]) and vmap[vid]["active"]
            good += got >= 2
        assert good >= 2, f"{r['external_id']} has {good} volunteers of grade ≥ 2 (needs two)"
    assert {r for r, _v in qrels} <= set(rids) and {v for _r, v in qrels} <= set(vids)


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        self_check(OUT)
        print("real2: self_check passed")
    else:
        main()
