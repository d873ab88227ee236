"""A third held-out set of real public wording (issue 12), written blind: 募集 posts and resident asks in the
wording 社協 and volunteer centres, 子ども食堂, サロン, care and disability facilities, hospitals, libraries,
国際交流協会 and 防災 groups publish, and registrant / activity introductions as 人材バンク, 特技ボランティア and
group-introduction pages write them. Graded for skill fit only (areas and times are not given), like real2.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES), and each text
here was rewritten closely from one page (none of the pages of real/ or real2/): the group's self-introduction
before the ask, bullet lists (◆活動内容 / 日時), 敬語, the people the help is for. Names and phone numbers are
rewritten out. Every record names the page it follows (`sources.json`). The concept list below is this set's own;
its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set before
it was committed. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different pairs graded 0 or only 1 (the precision traps): 読み聞かせ (storytelling, live, to children) vs
音訳 (reading into a recording for blind people) — unrelated; 見守り of children on the school route vs 見守り /
安否確認 of elderly people — unrelated; 傾聴 of elderly people vs 子どもの遊び・話し相手 — unrelated; 囲碁 vs 将棋 —
related (1); 配食 (carrying meals to homes) vs 調理 (cooking in the kitchen) — related (1); 手話 vs 要約筆記 —
related (1); 図書の整理 vs 読み聞かせ — related (1); 清掃 vs 花壇 — related (1); ホームステイ vs 通訳 — related (1).

usage: python bench/heldout/real3.py          (writes bench/heldout/real3/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real3.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "real3"
# the areas file of the shared data (next to the checkout: ../shared/data); a worktree looks further up
AREAS = next(
    (p / "shared" / "data" / "areas-kiyose.json" for p in Path(__file__).resolve().parents
     if (p / "shared" / "data" / "areas-kiyose.json").exists()),
    Path("/nonexistent"),
)  # fmt: skip
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = [Path(__file__).resolve().parent / d / "sources.json" for d in ("real", "real2")]

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "smartphone": "スマートフォンの操作 (文字入力, アプリ, QR, 写真, LINE のやりとり)",
    "pc": "パソコン (ワード, エクセル, 文書・名簿づくり)",
    "online": "オンライン会議・ビデオ通話 (Zoom, LINE のビデオ通話) の設定と参加",
    "storytelling": "読み聞かせ・紙芝居・おはなし会 (その場で, 子どもに)",
    "onyaku": "音訳 (視覚障害者のための録音図書・声の広報)",
    "library": "図書の整理・貸出・本の修理 (図書室, 病院文庫)",
    "listening": "傾聴 (高齢者・大人の話をじっくり聴く)",
    "kids_play": "子どもの遊び相手・話し相手 (児童館, 子ども食堂の遊びの時間)",
    "watch_elder": "高齢者の見守り・安否確認・声かけ訪問",
    "watch_child": "子どもの登下校の見守り (スクールガード)",
    "go": "囲碁",
    "shogi": "将棋",
    "salon": "サロン・居場所の運営 (受付, お茶出し, 進行)",
    "meal_delivery": "配食 (お弁当を家に届ける)",
    "cooking": "調理 (下ごしらえ, 大量調理, 盛り付け)",
    "sign": "手話",
    "summary": "要約筆記 (話をその場で文字にして伝える)",
    "study": "子どもの学習支援 (宿題, 無料塾)",
    "japanese": "外国人住民への日本語支援 (日本語教室, 会話の相手)",
    "interp": "通訳・翻訳 (言語はリクエストの languages が決める)",
    "homestay": "ホームステイ・ホームビジットの受け入れ",
    "escort": "外出・通院の付き添い (歩いて同行, 視覚障害者の誘導)",
    "driving": "車での送迎",
    "music": "楽器演奏・歌 (施設訪問)",
    "magic": "手品・マジック",
    "dance": "踊り (フラ, 日本舞踊, 民謡踊り)",
    "cleanup": "清掃・ごみ拾い (公園, 道路, 施設)",
    "flowers": "花壇の手入れ・花植え",
    "yardwork": "個人宅の草取り・庭木の剪定",
    "chores": "暮らしのちょっとした手伝い (電球交換, ゴミ出し, 掃除, 家具の移動)",
    "disaster": "災害ボランティア・防災 (災害VC, 避難所, 土のう)",
    "hospital_guide": "病院の外来案内・受付機や手続きの補助",
    "wheelchair_repair": "車いすの点検・修理 (パンク修理)",
    "crafts": "手芸・ものづくり (ビーズ, 縫い物, 編み物)",
    "calligraphy": "書道・筆ペン",
    "exercise": "体操・介護予防の運動指導",
    "photo": "写真撮影 (行事の記録・広報写真)",
    "event_staff": "行事・イベントの運営補助 (会場設営, 受付, 誘導)",
    "deskwork": "軽作業 (封入, 発送, 切手整理, 内職作業の補助)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("escort", "driving"),  # a 通院 ask: the one who drives there also goes along
        ("chores", "yardwork"),  # ちょこっと支援: small jobs in and around the house
        ("smartphone", "online"),  # a video call is made on the phone
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: storytelling–onyaku, watch_child–
# watch_elder, listening–kids_play, sign–interp, library–onyaku.
RELATED = {
    frozenset(p)
    for p in [
        ("go", "shogi"),
        ("meal_delivery", "cooking"),
        ("meal_delivery", "watch_elder"),
        ("sign", "summary"),
        ("storytelling", "library"),
        ("listening", "watch_elder"),
        ("listening", "salon"),
        ("kids_play", "watch_child"),
        ("kids_play", "study"),
        ("study", "japanese"),
        ("japanese", "interp"),
        ("interp", "homestay"),
        ("music", "dance"),
        ("dance", "exercise"),
        ("cleanup", "flowers"),
        ("flowers", "yardwork"),
        ("disaster", "event_staff"),
        ("salon", "event_staff"),
        ("hospital_guide", "escort"),
        ("pc", "smartphone"),
        ("pc", "online"),
        ("crafts", "deskwork"),
    ]
}

S_MMS = "https://mmshyakyo.com/?p=132"
S_SUMIDA = "https://sumida-shakyo.or.jp/s-tayori/189"
# The search tool's stored copy of this text (an article on 海老名市's volunteer centre and the 話し相手 asks of its
# special nursing homes) sat on an unrelated, unsafe domain: the address is withdrawn, the text stays.
S_EBINA = (
    "withdrawn: 海老名市のボランティア事情 (a copy on an unrelated domain; the original page is unknown)"
)
S_ASAO_TN = "https://www.townnews.co.jp/0205/2015/06/26/289086.html"
S_GOODDO = "https://gooddo.jp/magazine/poverty/children_proverty/children_cafeteria/2052"
S_VOLOSYOKU = "https://volosyokugyo.com/childrens-cafeteria"
S_WAKAMATSU = "https://grant.community/events/566"
S_FLAMENCO = "https://flamencoguiter.com/boranteer/"
S_RESET = "https://reset-soul.com/useful/v001-start"
S_KOREISHAKAI = "https://koreishakai.com/volunteer-concert.html"
S_SAITAMA_SB = "https://volunteercity-saitama.jp/silverbank/topic/article/%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2%E6%B4%BB%E5%8B%95%E3%83%AC%E3%83%9D%E3%83%BC%E3%83%88%EF%BC%8840%EF%BC%89%E3%80%8E%E8%8A%B8%E8%83%BD%E6%8A%AB%E9%9C%B2%E3%80%8F"
S_MIURA = "https://miuracc.org/interview-%E6%BC%94%E5%A5%8F%E3%82%92%E6%A5%BD%E3%81%97%E3%82%80%E4%BC%9A"
S_HOP = "https://activo.jp/articles/105415"
S_NAGANO_REHA = "https://www.nagano-reha.pref.nagano.lg.jp/medical/volunteer"
S_ASHIGARA = "http://www.minamisyakyo.or.jp/?p=4253"
S_YAMAGUCHI_B = "https://www.kenmin.pref.yamaguchi.lg.jp/boranet201909/blog/2021/03/03/post4604/"
S_ZUSHIHAYAMA = "https://note.com/zushihayama/n/n234d84d9c9a6"
S_MACHIDIGI = "https://note.com/machi_digikatsu/n/nf7cc5cac18da"
S_WAM = "https://www.wam.go.jp/content/wamnet/pcpub/top/fukushiiryounews/20220623_115800.html"
S_HABHAKASE = "https://habhakase.hateblo.jp/entry/2023/09/13/051400"
S_NBU = "https://business-economics.nbu.ac.jp/single.php?168921086740448"
S_TSUBAME = "https://activo.jp/articles/103444"
S_YOKOHAMA_GS = "https://activo.jp/articles/67255"
S_CLOVER = "http://masahirokitamura.dreamlog.jp/archives/52432037.html"
S_MEBUKI = "https://sukusuku.tokyo-np.co.jp/education/48103/?amp=1"
S_CHIRYU = "https://activo.jp/s/a/120586"
S_HIROKUN = "https://hirokun5150blog.com/nihongovo/"
S_YAMATO = "https://nj.alc-nihongo.jp/entry/20250630-profile"
S_MATSUDO = "http://www.matsudo-shakyo.com/u/volunteerActivities/pkyn7ga3dhgu6s"
S_OKAZAKI = "https://okazaki-koekinavi.com/case/513"
S_TSURUTA = "https://tsuruta-syakyo.or.jp/%e5%9c%a8%e5%ae%85%e7%a6%8f%e7%a5%89%e3%82%b5%e3%83%bc%e3%83%93%e3%82%b9/%e4%b8%80%e3%83%bb%e4%ba%8c%e4%ba%ba%e6%9a%ae%e3%82%89%e3%81%97%e9%ab%98%e9%bd%a2%e8%80%85%e9%85%8d%e9%a3%9f/"
S_SAGAMI = "https://www.sagami-portal.com/city/comicalkids/archives/16840"
S_NAKATSUGAWA = "https://nakatsugawa-shakyo.jp/activity/post_1914.php"
S_KAINAN_R = "http://kainanshishakyo.com/report/20181101"
S_WASEGG = "https://wasegg.com/archives/7747"
S_SPOTLITE = "https://spot-lite.jp/?p=9600"
S_TOYOTA_LIB = "https://t-ecobito.jp/hibico/ecoaction/move/kodomotosyoshitu/entry-277.html"
S_ONOJO = "https://mykoho.jp/article/福岡県大野城市/%e5%ba%83%e5%a0%b1%e3%80%8c%e5%a4%a7%e9%87%8e%e5%9f%8e%e3%80%8d-%e4%bb%a4%e5%92%8c6%e5%b9%b43%e6%9c%8815%e6%97%a5%e5%8f%b7/%e8%aa%ad%e6%9b%b8%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e6%b4%bb%e5%8b%95%e3%81%ab%e5%8f%82%e5%8a%a0%e3%81%97%e3%81%be%e3%81%9b%e3%82%93%e3%81%8b"
S_HIRATSUKA = "https://mykoho.jp/article/神奈川県平塚市/%e5%ba%83%e5%a0%b1%e3%81%b2%e3%82%89%e3%81%a4%e3%81%8b-%e4%bb%a4%e5%92%8c6%e5%b9%b42%e6%9c%88%e7%ac%ac3%e9%87%91%e6%9b%9c%e6%97%a5%e5%8f%b7/%e5%87%ba%e5%90%88%e3%81%84%e3%81%af%e5%9b%b3%e6%9b%b8%e9%a4%a8%e3%81%a7"
S_OYABE = "http://www.e-tonamino.com/column/people/people_detail.jsp?userid=koujinen&id=191"
S_AMEBLO_READ = "https://ameblo.jp/0724039/entry-12486153877.html"
S_JFCR = "https://www.jfcr.or.jp/hospital/conference/total_care/volunteer/wakaba/volunteer_wakaba_001.html"
S_YAMAGUCHI_U = "http://www.hosp.yamaguchi-u.ac.jp/about/volunteer.html"
S_OTARU_H = "https://www.otaru-general-hospital.jp/blog/2013092701/"
S_KANTO = "http://kanto-ctr-hsp.com/volunteer/index.html"
S_PL = "https://www.community2525.net/%EF%BC%BB%E9%87%91%E5%89%9B%EF%BC%BD%E9%99%A2%E5%86%85%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2%E5%8B%9F%E3%82%8B%E3%80%80%EF%BD%90%EF%BD%8C%E7%97%85%E9%99%A2/"
S_NPONEWS = "https://nponews.jp/volunteer/hospital/"
S_APTF = "http://aptf.gr.jp/nationwide_activity/%e5%85%ac%e5%9c%92%e6%b8%85%e6%8e%83%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%ef%bc%882021-12-5-%e7%a6%8f%e5%b2%a1%e3%83%bb%e7%a6%8f%e5%b2%a1%e6%94%af%e9%83%a8%ef%bc%89"
S_KANKYOBIKA = "https://kankyobika.or.jp/?p=29096"
S_GYOTOKU = "https://www.all-tokyo.com/news/notice/%E4%BB%8A%E6%9C%88%E3%81%AF%E6%81%92%E4%BE%8B%E3%81%AE%E6%9D%B1%E8%A1%8C%E5%BE%B3%E8%87%AA%E6%B2%BB%E4%BC%9A%E4%B8%BB%E5%82%AC%E3%81%AE%E5%85%AC%E5%9C%92%E6%B8%85%E6%8E%83%E3%81%A8%E3%82%AF%E3%83%AA/"
S_KOSHI = "https://www.city.koshi.lg.jp/bousai/kiji00325023/index.html"
S_KORYO = "https://koryobosai.org/all/2025/02/16/post-2430"
S_MINABE_VC = "https://minabe-shakyo.or.jp/vc2"
S_AOMORI = "https://www.kokusai-koryu.jp/supporter/"
S_HIROSHIMA = "https://h-ircd.jp/volunteer.html"
S_KIRISHIMA = "http://www.mct.ne.jp/users/kokusaikoryu/volunteer.html"
S_SHIZUOKA = "http://www.sir.or.jp/about/detail/id=74"
S_KOCHI = "https://kochi-kia.or.jp/volunteer/request"
S_IWATE_YS = "http://iwate-volunteer.jp/0101guidebook/gb2/gb2-19.html"
S_NIIZA = "https://www.city.niiza.lg.jp/site/volanteer/volunteer-report53.html"
S_KONAN_S = "https://konan-shakyo.or.jp/archives/7537"
S_OWARIASAHI = "https://mykoho.jp/article/愛知県尾張旭市/%e5%ba%83%e5%a0%b1%e3%81%8a%e3%82%8f%e3%82%8a%e3%81%82%e3%81%95%e3%81%b2-2024%e5%b9%b43%e6%9c%8815%e6%97%a5%e5%8f%b7/%e3%81%82%e3%81%95%e3%81%b4%e3%83%bc%e3%81%a8%e3%81%aa%e3%81%8b%e3%81%be%e3%81%9f%e3%81%a1-no-72"
S_HASHIMOTO_YS = "https://hashimoto-news.com/news/2012/01/30/10259/"
S_SHIMOSEKI = (
    "https://soro-jpf.net/project/profile/2019/profile_2019_27.html?TB_iframe=true&width=620&height=410"
)
S_HK_NALC = "https://hk-nalc.sakura.ne.jp/old-hp/yotaku/2014nen/140714/140714t.html"
S_HADANO = "http://shakyotankentai.blog.fc2.com/blog-entry-739.html"
S_KAMAGAYA = "http://kamagaya-info.com/machi_event/20130702fureai_salon/201307chikushakyo_fureai-salon.htm"
S_LANLAN = "https://townnews.co.jp/0103/2024/08/16/747133.html"
S_KENSEIKAI = "http://npo-kenseikai.com/activityrepo/%e3%80%8c%e3%81%8d%e3%82%89%e3%82%89%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e3%81%ae%e9%9b%86%e3%81%84%e3%80%8d%e3%81%ab%e5%8f%82%e5%8a%a0%e3%81%97%e3%81%be%e3%81%97%e3%81%9f%e3%80%82"
S_TAKASAGO = "https://takasago.keizai.biz/headline/508"
S_SCHOOLGUARD = "http://www.ando-shinsaku.com/school_guard.html"
S_GOKASHO = "http://gokashofukushi.com/2020/12/11/hiyoshi2020/"
S_AKITA = "https://www.akita-abs.co.jp/blog/radipal/archives/37210"
S_WAKKANAI = "https://wakkanaipress.com/?p=20828"
S_KARIYA = "https://mykoho.jp/article/232106/9875328/10021612"
S_MUSASHINO = "https://hattoritamo.hatenablog.com/entry/2023/10/17/122850"
S_ARAISO = "https://www.tatekawa-gyosei.net/news/68737.html"
S_CHOITE = "https://blog.goo.ne.jp/peaceorange/d/20181029"
S_ENJORNO = "https://enjorno.blog/?p=1018"
S_SAEZURI = "https://sites.google.com/view/circle-saezuri/%E3%83%9B%E3%83%BC%E3%83%A0/%E9%9F%B3%E8%A8%B3%E8%80%85%E3%82%92%E5%8B%9F%E9%9B%86%E3%81%97%E3%81%A6%E3%81%84%E3%81%BE%E3%81%99"
S_CHITOSE_ON = "https://www.chitose-shakyo.or.jp/13346.html"
S_SHIMASOKO = "https://www.shimasoko.jp/activity/izumo/228"
S_NANTAN = "https://nordot.app/1118721810498781237?c=427849843378390113"
S_JIDOKAN = "https://nponews.jp/volunteer/jidokan/"
S_DFUMI = "https://www.d-fumi.com/watch/01/watch-20171208142157"
S_835 = "https://835.jp/blog/volunteer/85985"
S_SHUMI = "http://shumi.xsrv.jp/article/20200326b.html"
S_OHITORI = "https://ohitorisama.site/media-doshin-060403/"
S_MOROYAMA = (
    "https://www.town.moroyama.saitama.jp/soshikikarasagasu/koreishashienka/chiikihoukatu/3/1342.html"
)
S_TEINEN = "http://teinenjidai.com/chiba/h22/09/index.html"
S_TOSHIJUKU = "https://toshijuku.com/sp/info/news/012849.php"
S_MINOKAMO_CH = "https://plaza.rakuten.co.jp./machi21minokamo/diary/201703140001"
S_TAMA_SHUWA = (
    "https://soro-jpf.net/project/profile/2022/profile_2022_32.html?TB_iframe=true&width=620&height=410"
)
S_OWARI_SHUWA = "https://mykoho.jp/article/愛知県尾張旭市/%e5%ba%83%e5%a0%b1%e3%81%8a%e3%82%8f%e3%82%8a%e3%81%82%e3%81%95%e3%81%b2-2024%e5%b9%b412%e6%9c%88%e5%8f%b7/%e3%81%82%e3%81%95%e3%81%b4%e3%83%bc%e3%81%a8%e3%81%aa%e3%81%8b%e3%81%be%e3%81%9f%e3%81%a1-no-76"
S_GIFU_SHUWA = "https://gifukensakyo.jp/%E3%82%B5%E3%83%BC%E3%82%AF%E3%83%AB%E8%A8%AA%E5%95%8F%E3%82%B7%E3%83%AA%E3%83%BC%E3%82%BA%E2%91%B3"
S_SAGAMIHARA_SHUWA = "https://sagamiharashishakyo.or.jp/enzukuri/iihito/2016-1227-1630-1.html"
S_INOKASHIRA = "https://note.mu/cbwinwin/n/na3ad51fa5301?magazine_key=m7f4baadf08ef"
S_KAWASAKI_ZOOM = "https://nordot.app/776343239498989568"
S_NAGATA = "https://www.nagatavc.org/news/volunteer/?p=4383"
S_NIIZA_CAM = "https://www.city.niiza.lg.jp/site/volanteer/volunteer-report21.html"
S_POREPORE = "https://sapporo-machizukuri.com/community/2.html"
S_PHOTOVOL = "https://working-person-vola.meby.net/weekend-community-photo-volunteer-guide.html"
S_YOUGEE = "https://yougee2ndlife.com/?p=1656"
S_MONEYPOST = "https://moneypost.jp/997413/2"
S_ARAYAX = "https://arayax.com/syumijin/volunteer/1743.html"

JA = ["ja"]
S_SHIBUYA = "https://mykoho.jp/article/東京都渋谷区/%e3%81%97%e3%81%b6%e3%82%84%e5%8c%ba%e3%83%8b%e3%83%a5%e3%83%bc%e3%82%b9-%e4%bb%a4%e5%92%8c5%e5%b9%b4%ef%bc%882023%e5%b9%b4%ef%bc%895%e6%9c%8815%e6%97%a5%e5%8f%b7/%e6%a5%bd%e3%81%97%e3%81%8f%e4%ba%a4%e6%b5%81%e3%81%97%e3%81%aa%e3%81%8c%e3%82%89%e3%80%81%e3%82%b9%e3%83%9e%e3%83%bc%e3%83%88%e3%83%95%e3%82%a9%e3%83%b3%e3%82%92%e5%ad%a6%e3%81%b6%e5%a0%b4%e3%80%821/"
S_KAIGO110 = (
    "http://kaigo110.co.jp/word/%E5%82%BE%E8%81%B4%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2"
)
S_HOTOMO = "https://paperzz.com/doc/6512215/%E5%AD%A6-%E7%BF%92-%E6%8C%87-%E5%B0%8E-%E5%93%A1-%E6%B4%BB-%E8%BA%8D-%E8%A8%98"
S_MEGUMINO = "http://megumino-nishi.net/custom60.html"
S_RYUUSINN = "http://ryuusinn.hateblo.jp/entry/20060210/p1"
S_IWANAGA = "https://www.iwanaga-hisaka.net/2019/08/27/%E5%85%83%E6%B0%97%E3%82%A2%E3%83%83%E3%83%97%E3%83%88%E3%83%AC%E3%83%BC%E3%83%8B%E3%83%B3%E3%82%B0%EF%BC%81%E4%BB%8B%E8%AD%B7%E4%BA%88%E9%98%B2%E3%80%82/"
S_GUNSEI = "http://gunseihou.blogspot.com/2011/08/blog-post_19.html"

# (id, concepts, skills, bio, languages, source)
VOLUNTEERS = [
    # --- smartphone / pc / online
    ("R3V001", ["smartphone"], ["スマホ相談"], "地域のデジタルサポーターに登録しています。公民館のよろず相談所で、スマホの文字の打ち方や写真の送り方を一人ずつお教えしています。2時間の当番なら月に数回入れます。", JA, S_ZUSHIHAYAMA),
    ("R3V002", ["smartphone"], [], "携帯ショップに長く勤めていました。アンドロイドでもiPhoneでも、電話帳の登録やアプリの入れ方、文字を大きくする設定などお手伝いできます。", JA, S_HABHAKASE),
    ("R3V003", ["smartphone", "online"], ["デジボラ"], "高校生のデジタルボランティアです。LINEの使い方やスクリーンショット、乗り換えアプリまで、おじいちゃんおばあちゃんの隣で一緒に操作します。", JA, S_WAM),
    ("R3V004", ["smartphone"], ["デジタル活用支援員"], "区の研修を受けてデジタル活用支援員として認定されました。趣味を伺って、楽しんでいただけそうなアプリをご紹介するのが好きです。", JA, S_SHIBUYA),
    ("R3V005", ["smartphone"], [], "大学のゼミで、公民館のスマホ教室に講師役として参加しました。基本編(電話・カメラ)から応用編まで、1対1でゆっくりサポートします。", JA, S_NBU),
    ("R3V006", ["pc"], ["パソコン", "エクセル"], "会社で部署のシステム管理を担当していました。ワードやエクセルの基本、町内会の名簿づくりなどをお手伝いできます。福祉情報技術コーディネーターの資格もあります。", JA, S_HABHAKASE),
    ("R3V007", ["pc"], ["ワード"], "元事務職です。お知らせのチラシや会報をワードで作るお手伝い、表の入れ方、印刷の設定まで一緒にやります。", JA, S_MACHIDIGI),
    ("R3V008", ["pc", "smartphone"], ["PC・スマホ講師"], "社協の依頼でシニア向けのスマホ講座、パソコン講座の講師をしてきました(プロボノ)。講座の企画から資料づくりまでできます。", JA, S_MACHIDIGI),
    ("R3V009", ["online"], ["Zoom"], "町会のシニア向けに、ZoomとLINEのビデオ通話のやり方を教える勉強会を開いてきました。インストールとアカウント登録から付き合います。", JA, S_INOKASHIRA),
    ("R3V010", ["online", "pc"], [], "IT企業の社員ボランティアです。パソコンやスマホで、ズームの会議に参加する方法、背景の選び方、録画の仕方などをお教えします。", JA, S_KAWASAKI_ZOOM),
    ("R3V011", ["online"], [], "ボランティアセンターのZoom講習会で、グループの皆さんがオンラインでミーティングできるよう練習のお相手をしました。", JA, S_NAGATA),
    # --- storytelling / onyaku / library
    ("R3V012", ["storytelling"], ["読み聞かせ"], "図書館のおはなし会で、3歳以上の子どもたちに絵本と紙芝居を読んでいます。ボランティア歴は15年になります。", JA, S_HIRATSUKA),
    ("R3V013", ["storytelling"], ["絵本の読み聞かせ"], "小学校の朝の読み聞かせに通っています。学年によって好きな本が違うので、のりものやなぞなぞの本も用意しています。", JA, S_AMEBLO_READ),
    ("R3V014", ["storytelling"], ["ブックスタート"], "市の登録読み聞かせボランティアです。赤ちゃんと保護者の方に、絵本を一緒に楽しむコツをお伝えしています。", JA, S_ONOJO),
    ("R3V015", ["storytelling", "crafts"], [], "おはなし会の仲間と、ペープサートやパネルシアターを手作りしています。民話の語りも少しできます。", JA, S_OYABE),
    ("R3V016", ["onyaku"], ["音訳"], "音訳の養成講座を1年かけて修了しました。市の広報や本を読んで、パソコンで録音・編集しています。目の不自由な方の『目の代わり』になれたらと思います。", JA, S_SAEZURI),
    ("R3V017", ["onyaku"], ["録音図書"], "音訳友の会の会員です。文字だけでなく、表やグラフ、写真も声で説明する読み方を身につけました。", JA, S_CHITOSE_ON),
    ("R3V018", ["onyaku"], [], "広報紙をCDに吹き込むグループで、月に一度、市と議会のお知らせを読んでいます。", JA, S_NANTAN),
    ("R3V019", ["onyaku"], ["広報音訳"], "社協の広報音訳ボランティア養成講座を受けました。発声と読み方、録音機材の扱いを練習中です。", JA, S_SHIMASOKO),
    ("R3V020", ["library"], ["図書整理"], "こども図書室のボランティアで、本の整理係をしています。貸出カードの日付印を押しながら、子どもと本の話をするのが楽しみです。", JA, S_TOYOTA_LIB),
    ("R3V021", ["library"], [], "病院の図書ボランティアを続けています。寄贈された本に一冊ずつカバーをかけ、ワゴンに載せて病棟を回ります。", JA, S_JFCR),
    ("R3V022", ["library", "storytelling"], ["読書ボランティア"], "村の図書室で本の展示や整理を手伝い、小学校では絵本の読み聞かせ、中学校ではブックトークもしていました。", JA, S_AMEBLO_READ),
    # --- listening / kids_play
    ("R3V023", ["listening"], ["傾聴"], "傾聴ボランティア養成講座(全7日)を修了しました。高齢者施設やご自宅に伺い、心を込めてお話を聴いています。", JA, S_MATSUDO),
    ("R3V024", ["listening"], ["傾聴ボランティア"], "傾聴の会に入って10年。デイサービスやグループホームに定期的に伺い、その方の人生のお話をじっくり伺っています。", JA, S_OKAZAKI),
    ("R3V025", ["listening"], [], "ひとり暮らしの方の話し相手になるボランティアを始めました。アドバイスはせず、まずは聴くことを大切にしています。", JA, S_KAIGO110),
    ("R3V026", ["listening", "salon"], [], "月2回、公民館で『おはなしカフェ』を開いています。お茶を出して、来られた方のお話を伺う場です。", JA, S_OKAZAKI),
    ("R3V027", ["kids_play"], ["子どもの遊び相手"], "子育ての経験を生かして、児童館で小さい子の遊び相手をしています。けん玉やこま回しも教えられます。", JA, S_JIDOKAN),
    ("R3V028", ["kids_play"], [], "子ども食堂で、食後に子どもたちとトランプやボール遊びをしています。子どもの話し相手になる時間が好きです。", JA, S_VOLOSYOKU),
    ("R3V029", ["kids_play", "study"], [], "大学生です。学童の子たちと外で遊んだり、宿題を見たりしています。", JA, S_GOODDO),
    # --- watch_elder / watch_child
    ("R3V030", ["watch_elder"], ["見守り訪問"], "民生委員をしています。暑い時期や寒い時期、ひとり暮らしのお年寄りのお宅に伺って、お変わりないか声をかけています。", JA, S_SUMIDA),
    ("R3V031", ["watch_elder"], ["安否確認"], "ゴミの日にゴミが出ていない、ノックしても返事がない、そんな時にすぐ気づけるよう、近所のひとり暮らしの方を気にかけています。", JA, S_MUSASHINO),
    ("R3V032", ["watch_elder", "meal_delivery"], [], "月に一度、手作りのお弁当を見守りを兼ねてお届けしています。受け取るときの顔色でお元気かどうかわかります。", JA, S_KAINAN_R),
    ("R3V033", ["watch_child"], ["スクールガード"], "スクールガードに登録して2年になります。蛍光のキャップと腕章をつけて、登校時間に通学路に立っています。", JA, S_SCHOOLGUARD),
    ("R3V034", ["watch_child"], ["見守り隊"], "自治会の見守り隊で、火・水・木の下校時間に子どもたちと一緒に歩いています。", JA, S_GOKASHO),
    ("R3V035", ["watch_child"], [], "毎朝交差点に立ち、小学生が渡るのを見守っています。『おはようございます』の声が元気のもとです。", JA, S_AKITA),
    ("R3V036", ["watch_child", "cleanup"], [], "町内会の役員です。平日の登校時に旗を持って立ち、月に一度は通学路のごみ拾いもしています。", JA, S_WAKKANAI),
    # --- go / shogi / salon
    ("R3V037", ["go"], ["囲碁"], "囲碁は五段です。デイサービスで、通って来られる方と毎週水曜日に対局しています。級や段は問いません。", JA, S_HK_NALC),
    ("R3V038", ["go"], ["囲碁指導"], "福祉囲碁の会で、施設の入居者さんや初心者の方のお相手をしています。九路盤からお教えします。", JA, S_KENSEIKAI),
    ("R3V039", ["go", "shogi"], [], "地区社協の囲碁・将棋サロンで、わからないことに答える常駐スタッフをしています。", JA, S_HADANO),
    ("R3V040", ["shogi"], ["将棋"], "将棋四段です。公民館の将棋教室で子どもに教えているほか、高齢者施設で対局相手もしています。", JA, S_HADANO),
    ("R3V041", ["shogi"], [], "将棋が趣味で、老人ホームの入居者さんと指しに伺っています。駒落ちで相手に合わせます。", JA, S_MMS),
    ("R3V042", ["salon"], ["サロン運営"], "地区社協のふれあいサロンのお世話役です。受付で利用料をいただき、お茶とお菓子をお出しして、席にご案内しています。", JA, S_KAMAGAYA),
    ("R3V043", ["salon", "event_staff"], [], "シニア交流サロンの準備と進行をボランティアで担当しています。初めての方が輪に入れるよう声をかけます。", JA, S_TAKASAGO),
    ("R3V044", ["salon"], ["コーヒー"], "毎月6日に、コーヒーを飲みながらおしゃべりするサロンを開いています。コーヒーを淹れるのは任せてください。", JA, S_LANLAN),
    # --- meal_delivery / cooking
    ("R3V045", ["meal_delivery"], ["配食ボランティア"], "配達ボランティアです。自転車でお弁当を受け取りに行き、利用者さんのお宅に手渡しでお届けしています。調理はしていません。", JA, S_SAGAMI),
    ("R3V046", ["meal_delivery"], ["お弁当配達"], "毎週火曜日の夕方、在宅のお年寄りにお弁当を届け、少しお話しして様子をうかがっています。", JA, S_NAKATSUGAWA),
    ("R3V047", ["meal_delivery", "cooking"], [], "給食サービスのグループで、朝7時から調理と盛り付けをし、10時半からはおそろいのバッグで配達にも回ります。", JA, S_KAINAN_R),
    ("R3V048", ["cooking"], ["調理ボランティア"], "社協の調理ボランティアです。デイサービスセンターの厨房で、一人暮らしの方向けのお弁当を月1回作っています。", JA, S_MMS),
    ("R3V049", ["cooking"], ["調理師"], "調理師の資格があります。子ども食堂で献立を考え、大量の食事を手早く作るのが得意です。", JA, S_GOODDO),
    ("R3V050", ["cooking"], [], "料理は好きですがプロではありません。下ごしらえ、盛り付け、配膳、後片付けならお任せください。", JA, S_VOLOSYOKU),
    ("R3V051", ["cooking", "kids_play"], [], "子ども食堂で調理を手伝い、食後は子どもたちと遊んでいます。", JA, S_WAKAMATSU),
    # --- sign / summary
    ("R3V052", ["sign"], ["手話"], "手話サークルで15年学んでいます。市役所の窓口に手話通訳者として伺うこともあります。", JA, S_TAMA_SHUWA),
    ("R3V053", ["sign"], ["手話通訳"], "手話サークルの会員です。小学校での手話体験の講師や、イベントでの手話通訳をしています。", JA, S_OWARI_SHUWA),
    ("R3V054", ["sign", "storytelling"], [], "手話サークルの仲間と、図書館で手話を使った絵本の読み聞かせを定期的にしています。", JA, S_GIFU_SHUWA),
    ("R3V055", ["sign"], [], "高齢者サロンに伺い、歌に合わせて手話をみんなで楽しむ時間を担当しています。聞こえない方との交流会も開いています。", JA, S_SAGAMIHARA_SHUWA),
    ("R3V056", ["summary"], ["要約筆記"], "要約筆記サークルに入っています。入学式や授業参観、病院や講演会で、話をその場で文字にしてお伝えします。", JA, S_NIIZA),
    ("R3V057", ["summary"], ["パソコン要約筆記"], "パソコン要約筆記の練習を毎月しています。講演会では、プロジェクターでスクリーンに文字を映します。", JA, S_HASHIMOTO_YS),
    ("R3V058", ["summary"], [], "中途失聴・難聴の方のために、OHPやノートテイクで会議の内容を書いて伝えています。手話はできません。", JA, S_IWATE_YS),
    ("R3V059", ["summary", "pc"], [], "要約筆記のグループで、講演会のパソコン入力とプロジェクターの準備を担当しています。", JA, S_KONAN_S),
    # --- study / japanese / interp / homestay
    ("R3V060", ["study"], ["学習支援"], "無料塾の講師ボランティアをしています。小学生から中学生まで、子どもが持ってきたテキストに沿って教えます。", JA, S_TSUBAME),
    ("R3V061", ["study"], [], "大学生です。塾に通えない中高生の学習室で、英語と数学を見ています。", JA, S_YOKOHAMA_GS),
    ("R3V062", ["study"], ["数学", "英語"], "製薬会社を定年退職しました。無料学習塾で、中学生に1対1で数学を教えています。", JA, S_MONEYPOST),
    ("R3V063", ["study"], ["元中学校教員"], "元中学校の教員です。ボランティア塾講師として、家庭の事情で塾に行けない子の勉強を見たいと思っています。", JA, S_YOUGEE),
    ("R3V064", ["japanese"], ["日本語ボランティア"], "市内の日本語ボランティア教室で3年間教えています。技能実習生や介護施設で働く方の会話の練習相手です。", JA, S_HIROKUN),
    ("R3V065", ["japanese"], ["会話パートナー"], "日本語教室の会話サポートをしています。資格はありませんが、相手の話を聞いて楽しく話すことを大切にしています。", JA, S_CHIRYU),
    ("R3V066", ["japanese"], ["日本語教師"], "日本語教師の資格を持っています。地域の教室で、外国人市民のコースづくりや生活の日本語を担当しています。", JA, S_YAMATO),
    ("R3V067", ["japanese", "study"], [], "外国につながる子どもの教室で、日本語と学校の宿題を一緒にやっています。", JA, S_HIROKUN),
    ("R3V068", ["interp"], ["英語通訳"], "国際交流協会の語学ボランティアに登録しています。イベントや区役所の窓口で英語の通訳をします。", ["ja", "en"], S_HIROSHIMA),
    ("R3V069", ["interp"], ["翻訳"], "英語の手紙や簡単な文書の翻訳、国際交流イベントの通訳をお手伝いしています。", ["ja", "en"], S_KIRISHIMA),
    ("R3V070", ["interp"], ["中国語通訳"], "中国出身で日本に20年住んでいます。学校や役所での通訳、お知らせの翻訳ができます。", ["ja", "zh"], S_AOMORI),
    ("R3V071", ["interp"], [], "ベトナム語と日本語ができます。生活で困ったときの付き添い通訳をしています。", ["ja", "vi"], S_SHIZUOKA),
    ("R3V072", ["interp", "japanese"], [], "ブラジル出身です。ポルトガル語の通訳と、来たばかりの人に日本語を教えるのを手伝っています。", ["ja", "pt"], S_KOCHI),
    ("R3V073", ["homestay"], ["ホストファミリー"], "家族4人でホストファミリーに登録しています。週末のホームステイや、数時間のホームビジットを受け入れてきました。", JA, S_HIROSHIMA),
    ("R3V074", ["homestay"], [], "子どもが独立して部屋が空いたので、留学生のホームビジットを受け入れています。一緒に料理をするのが楽しみです。", JA, S_KIRISHIMA),
    ("R3V075", ["homestay", "interp"], [], "英語が話せるので、ホームステイの受け入れと、来日した訪問団の通訳をしています。", ["ja", "en"], S_AOMORI),
    # --- escort / driving
    ("R3V076", ["escort"], ["同行援護"], "同行援護従業者の研修を受けました。目の不自由な方の肘を支えて、通院や買い物にご一緒します。", JA, S_WASEGG),
    ("R3V077", ["escort"], ["外出付き添い"], "障がいのある方の外出レクリエーションに同行しています。写真を撮るのが好きな方、食べるのが好きな方、いろいろです。", JA, S_HOP),
    ("R3V078", ["escort"], [], "クリニックへの付き添いをしています。待合室で一緒に待ち、診察の内容をメモしてご家族にもお伝えします。", JA, S_MUSASHINO),
    ("R3V079", ["driving"], ["送迎"], "移送サービスの運転ボランティアです。通院や買い物の送り迎えをしています。", JA, S_ARAISO),
    ("R3V080", ["driving", "escort"], [], "自分の車で病院まで送り、受付から会計まで付き添っています。", JA, S_KARIYA),
    ("R3V081", ["driving"], [], "大型免許があります。災害ボランティアセンターでは、作業現地への送迎車を運転しました。", JA, S_KORYO),
    # --- music / magic / dance
    ("R3V082", ["music"], ["ギター"], "趣味のギターで、友人と老人ホームを回っています。童謡や昭和の歌を、みなさんと一緒に歌います。", JA, S_RESET),
    ("R3V083", ["music"], ["ピアノ", "歌"], "ピアノと歌の教室の仲間と、特別養護老人ホームで音楽会をしています。", JA, S_KOREISHAKAI),
    ("R3V084", ["music", "dance"], ["ウクレレ"], "ウクレレ、キーボード、篠笛を演奏するグループです。演奏に合わせてフラダンスも踊ります。", JA, S_SAITAMA_SB),
    ("R3V085", ["music"], ["オカリナ"], "オカリナのグループで、施設を訪問して童謡やなつメロを演奏しています。", JA, S_NAGATA),
    ("R3V086", ["music", "magic", "dance"], [], "楽器演奏を楽しむ会です。ギター、キーボード、尺八のほか、踊りや手品も入ったにぎやかな出し物で敬老会に伺います。", JA, S_MIURA),
    ("R3V087", ["music"], ["クラシックギター"], "フラメンコギターを弾きます。妻のピアノとのデュエットで、デイサービスや特養で演奏してきました。", JA, S_FLAMENCO),
    ("R3V088", ["magic"], ["マジック"], "退職後の60歳からマジックを始めました。地域のセンターまつりで子どもから高齢者まで楽しんでいただいています。", JA, S_DFUMI),
    ("R3V089", ["magic"], [], "トランプやサイコロ、リングを使ったマジックで、サロンや子ども会、障がいのある子の施設に伺っています。", JA, S_835),
    ("R3V090", ["magic"], ["ボランティアマジック"], "マジック研究会に入って、年に100回ほど福祉施設や保育所で演じています。", JA, S_SHUMI),
    ("R3V091", ["dance"], ["日本舞踊"], "日本舞踊の名取です。三味線の会と一緒に、施設で踊りを披露しています。", JA, S_OHITORI),
    ("R3V092", ["dance"], ["フラダンス"], "フラダンスのサークルです。椅子に座ったままできるフラもご一緒します。", JA, S_KENSEIKAI),
    ("R3V093", ["dance", "exercise"], [], "運動クラブで、高齢者のみなさんと体操とダンスを毎週楽しんでいます。", JA, S_TOSHIJUKU),
    # --- cleanup / flowers / yardwork / chores
    ("R3V094", ["cleanup"], ["清掃"], "家族で公園清掃ボランティアに参加しています。落ち葉の回収や側溝の土の取り除きをしています。", JA, S_APTF),
    ("R3V095", ["cleanup"], ["ごみ拾い"], "毎月第2日曜日の朝、公民館のまわりと道路の空き缶・ごみ拾いに出ています。", JA, S_KANKYOBIKA),
    ("R3V096", ["cleanup", "yardwork"], [], "自治会の公園清掃で、草刈りとごみ集めをしています。刈払機も使えます。", JA, S_GYOTOKU),
    ("R3V097", ["flowers"], ["花壇"], "昼休みに会社の仲間と公園の花壇のお世話をしています。球根植えや水やりが中心です。", JA, S_NAGANO_REHA),
    ("R3V098", ["flowers"], [], "道路沿いの花壇に季節の花を植え、手入れしています。道行く人に『きれいね』と言われるのが励みです。", JA, S_KANKYOBIKA),
    ("R3V099", ["flowers", "cleanup"], ["園芸"], "施設の環境整備で、花壇の花植えと草取り、生垣の剪定をお手伝いしました。", JA, S_NAGANO_REHA),
    ("R3V100", ["yardwork"], ["剪定"], "前の仕事は電気関係でしたが、第二の人生は植木の剪定をと思い、師匠について修業中です。庭木の手入れにお伺いします。", JA, S_HOTOMO),
    ("R3V101", ["yardwork"], ["草刈り"], "有償ボランティアのグループで、梅雨から夏にかけては草刈りの依頼ばかりです。畑まわりの草刈りもします。", JA, S_CHOITE),
    ("R3V102", ["chores"], ["ちょこっと支援"], "裁縫と掃除と草取りが得意なので、ちょこっとささえあいのサポーターに登録しました。", JA, S_KARIYA),
    ("R3V103", ["chores"], ["電球交換"], "10分100円のお助け隊で、ゴミ出し、電球の交換、雨戸閉めなどに伺っています。", JA, S_MUSASHINO),
    ("R3V104", ["chores"], [], "漬物石を持ち上げる、重い荷物を動かすなど、『ちょっと手を貸して』にすぐ伺います。", JA, S_ENJORNO),
    ("R3V105", ["chores", "yardwork"], [], "高齢者世帯や子育て世帯のちょっとした困りごとのお手伝いをしています。家具の移動や庭の草取りなどです。", JA, S_ARAISO),
    # --- disaster / event_staff / deskwork
    ("R3V106", ["disaster"], ["防災士"], "防災士です。災害ボランティアセンターの設置訓練で、土のうづくりの指導をしました。", JA, S_KOSHI),
    ("R3V107", ["disaster"], ["災害ボランティア"], "災害ボランティアセンターの運営支援者養成講座を受けました。受付やニーズのマッチングを担当できます。", JA, S_KORYO),
    ("R3V108", ["disaster", "listening"], [], "被災地の避難所で、傾聴活動と炊き出しに参加してきました。", JA, S_KORYO),
    ("R3V109", ["disaster"], [], "被災したお宅の泥出しや片付けの経験があります。段ボールベッドの組み立ても覚えました。", JA, S_KOSHI),
    ("R3V110", ["event_staff"], ["イベント運営"], "地域のお祭りや体験フェアで、会場設営、受付、誘導をしています。", JA, S_MINABE_VC),
    ("R3V111", ["event_staff"], [], "市民まつりの実行委員をしています。テントの設営や片付けなら、朝から夕方まで動けます。", JA, S_ASAO_TN),
    ("R3V112", ["deskwork"], ["切手整理"], "使用済み切手の整理ボランティアをしています。切り取りや仕分けなど、細かい作業が好きです。", JA, S_MMS),
    ("R3V113", ["deskwork"], ["封入作業"], "作業所で、紙を順番に取って袋に入れる内職作業のお手伝いをしました。神経を使いますが楽しいです。", JA, S_YAMAGUCHI_B),
    ("R3V114", ["deskwork", "crafts"], [], "施設の製作補助で、利用者さんと一緒にビーズを紐に通してネックレスを作りました。", JA, S_ASHIGARA),
    # --- hospital_guide / wheelchair_repair
    ("R3V115", ["hospital_guide"], ["外来案内"], "病院の外来ロビーで、初診の申込書の記入や再来受付機の操作をお手伝いしています。", JA, S_YAMAGUCHI_U),
    ("R3V116", ["hospital_guide"], ["病院ボランティア"], "市立病院で、受診手続きの案内や入院される方の病室へのご案内をしています。", JA, S_OTARU_H),
    ("R3V117", ["hospital_guide", "library"], [], "病院ボランティアとして、外来での再来受付機の説明と、病院文庫の本の貸し出しをしています。", JA, S_KANTO),
    ("R3V118", ["hospital_guide"], [], "水曜の午前に病院で、院内の案内や精算機の使い方の説明をしています。", JA, S_PL),
    ("R3V119", ["wheelchair_repair"], ["車いす修理"], "病院のボランティアの会で、車いすの簡単な修理とパンク修理をしています。", JA, S_YAMAGUCHI_U),
    ("R3V120", ["wheelchair_repair"], [], "自転車屋をしていました。車いすのタイヤの空気やブレーキの点検、清掃をお引き受けします。", JA, S_MEGUMINO),
    # --- crafts / calligraphy / exercise / photo
    ("R3V121", ["crafts"], ["手芸"], "手工芸の『まちの先生』として、布小物やタオル帽子づくりを教えています。", JA, S_OTARU_H),
    ("R3V122", ["crafts"], ["編み物"], "編み物が得意です。施設のクラブ活動で、編み物や切り絵のお手伝いをしたことがあります。", JA, S_NAGANO_REHA),
    ("R3V123", ["crafts"], [], "知的障害者の施設で、金曜午後の手工芸の時間のサポートをしています。", JA, S_RYUUSINN),
    ("R3V124", ["calligraphy"], ["書道"], "書道を40年続けています。デイサービスで書道と筆ペンの時間を受け持っています。", JA, S_HK_NALC),
    ("R3V125", ["calligraphy"], ["筆ペン"], "筆ペンで年賀状や表書きをきれいに書くコツをお伝えしています。", JA, S_ARAYAX),
    ("R3V126", ["exercise"], ["介護予防体操"], "介護予防サポーター養成講座を修了し、地区の元気体操をサポートしています。", JA, S_MOROYAMA),
    ("R3V127", ["exercise"], ["ストレッチ"], "ストレッチ体操の指導員の研修を受けました。ゆっくり、静かにポーズをとる体操を指導しています。", JA, S_TEINEN),
    ("R3V128", ["exercise"], [], "市の貯筋応援団に登録しています。介護予防教室で軽体操とウォーキングのサポートをしています。", JA, S_MINOKAMO_CH),
    ("R3V129", ["photo"], ["写真撮影"], "市民カメラマンとして、広報誌に載せるイベント写真を撮っています。子どもや親の表情をよく撮るよう心がけています。", JA, S_NIIZA_CAM),
    ("R3V130", ["photo"], ["カメラ"], "フォトボランティアのサークルで、養護学校の行事や地域のまつりの記録写真を撮っています。", JA, S_POREPORE),
    ("R3V131", ["photo"], [], "週末に地域のイベントを撮影し、団体のSNSやホームページ用に写真をお渡ししています。", JA, S_PHOTOVOL),
    # --- mixed registrants (人材バンク / 特技ボランティア style)
    ("R3V132", ["music", "calligraphy"], [], "【得意なこと】大正琴、書道\n【活動歴】老人クラブで大正琴の伴奏を10年。書道は師範です。", JA, S_ARAYAX),
    ("R3V133", ["smartphone", "photo"], [], "【指導できること】スマホのカメラの使い方、撮った写真の整理\n【ひとこと】旅行の写真をアルバムにまとめるお手伝いが好きです。", JA, S_ARAYAX),
    ("R3V134", ["cooking", "crafts"], [], "【特技】家庭料理、手芸\n【経歴】長年調理の仕事をしてきました。健康によい料理の講座ができます。", JA, S_ARAYAX),
    ("R3V135", ["study", "go"], [], "【指導内容】小中学生の算数・数学、囲碁入門\n【経歴】元高校教員", JA, S_ARAYAX),
    ("R3V136", ["storytelling", "magic"], ["紙芝居", "腹話術"], "老人ホームや保育園を訪問し、紙芝居と腹話術、バルーンアートをしています。", JA, S_835),
    ("R3V137", ["exercise", "salon"], [], "マンションの集会所で、月2回の介護予防体操のサロンを主宰しています。", JA, S_IWANAGA),
    ("R3V138", ["listening", "watch_elder"], [], "見守りの当番で、ひとり暮らしの方のお宅に伺っては、昔話に耳を傾けています。", JA, S_SUMIDA),
    ("R3V139", ["kids_play", "storytelling"], [], "保育園で子どもたちと遊び、帰りの会で絵本を一冊読んでいます。", JA, S_JIDOKAN),
    ("R3V140", ["pc", "deskwork"], [], "パソコンでの宛名ラベル印刷と、会報の封入・発送作業をお手伝いしています。", JA, S_SHIZUOKA),
    ("R3V141", ["event_staff", "photo"], [], "地域団体のイベントで受付をしながら、記録写真も撮っています。", JA, S_PHOTOVOL),
    ("R3V142", ["cleanup", "disaster"], [], "防災訓練のあとは、みんなで公園の清掃をしています。土のうの積み方も練習しました。", JA, S_KOSHI),
    ("R3V143", ["japanese", "interp"], [], "英語の先生をしていた経験があります。日本語教室で英語で説明しながら日本語を教えています。", ["ja", "en"], S_HIROKUN),
    ("R3V144", ["escort", "hospital_guide"], [], "病院の玄関で車いすの介助と、診療科までの道案内をしています。", JA, S_GUNSEI),
    ("R3V145", ["onyaku"], [], "視覚障害者情報センターで、本を声に出して読み、録音図書を作っています。対面朗読もお引き受けします。", JA, S_SAEZURI),
    ("R3V146", ["watch_elder"], ["見守り"], "地域の見守りネットワークに登録しています。新聞がたまっていないか、夜に明かりがつくか、ひとり暮らしの方のお宅を気にかけています。", JA, S_SUMIDA),
    ("R3V147", ["kids_play"], ["話し相手"], "児童館で小学生の話し相手や、卓球・オセロの相手をしています。", JA, S_JIDOKAN),
    ("R3V148", ["wheelchair_repair", "chores"], [], "福祉機器の整備が得意です。車いすの点検のほか、網戸の張り替えなど家のちょっとした修理もします。", JA, S_MEGUMINO),
    ("R3V149", ["interp", "escort"], ["ベトナム語"], "ベトナム語の通訳ボランティアです。病院や役所への付き添いもします。", ["ja", "vi"], S_SHIZUOKA),
    ("R3V150", ["homestay", "cooking"], [], "ホームビジットで、留学生と日本の家庭料理をいっしょに作りました。また受け入れたいです。", JA, S_HIROSHIMA),
    ("R3V151", ["interp", "japanese"], ["中国語"], "上海の出身です。国際交流協会の語学サポーターとして、中国語の通訳と、日本語教室での学習のお手伝いをしています。", ["ja", "zh"], S_AOMORI),
    ("R3V152", ["japanese"], [], "ベトナムから来て12年になります。日本語ボランティア研修を修了し、日本語サポーターとして来日したばかりの人の勉強を手伝っています。", ["ja", "vi"], S_SHIZUOKA),
]  # fmt: skip

# (id, need, also, requester_kind, requester_name, title, description, languages, remote_ok, source)
REQUESTS = [
    ("R3Q01", ["smartphone"], [], "group", "東町会 福祉部", "スマホ相談会の相談員を募集します", "町会の集会所で、月に1回「スマホ相談会」を開いています。予約は30分ずつ4コマで、雑談だけの方も歓迎しています。\n◆活動内容:参加者のスマホの困りごと(文字の入力、写真の送り方、設定など)を一緒に確認する\n◆日時:第2土曜日 10時~12時\n◆人数:2名\n社協のボランティア保険に加入します。詳しくなくても、隣で一緒に画面を見てくださる方なら大丈夫です。", JA, False, S_HABHAKASE),
    ("R3Q02", ["smartphone"], [], "resident", "市内在住 80代女性", "スマホに替えたけれど", "家族に勧められてスマホに替えましたが、電話に出ることしかできません。家族は忙しそうで、何度も同じことを聞くのは気が引けます。文字を打つのと、写真を見るところだけでも覚えたいので、ゆっくり教えていただける方はいらっしゃいませんか。", JA, False, S_ZUSHIHAYAMA),
    ("R3Q03", ["smartphone"], ["online"], "group", "老人クラブ 寿会", "会員の連絡をLINEで", "私たち寿会は会員38名、平均年齢78歳の老人クラブです。これまで連絡は電話の連絡網でしたが、LINEのグループで回せないかという声が出ています。\n◆お願いしたいこと:LINEの入れ方、グループへの参加のしかた、できればビデオ通話で顔を見て話すところまで\n◆場所:地区センター和室\n一度にたくさんは覚えられませんので、何回かに分けてお願いできると助かります。", JA, False, S_INOKASHIRA),
    ("R3Q04", ["pc"], [], "group", "西町自治会", "会員名簿と会計簿をパソコンで", "自治会の役員が高齢になり、手書きの名簿と会計簿を続けるのが大変になってきました。役員の家にパソコンはあるのですが、エクセルで表を作ったことのある者がいません。名簿と会計簿のひな形を作り、入力のしかたを教えていただける方を探しています。", JA, False, S_MACHIDIGI),
    ("R3Q05", ["pc"], [], "resident", "市内在住 70代男性", "ワードで案内状を作りたい", "俳句の会の世話役を引き受けました。毎月の案内状をワードで作りたいのですが、字の大きさを変えたり、表を入れたりするところで止まってしまいます。パソコンに詳しい方に、横について教えていただけたらありがたく存じます。", JA, False, S_HABHAKASE),
    ("R3Q06", ["online"], [], "group", "オカリナサークル そよかぜ", "Zoomで練習後のミーティングを", "私たちはオカリナで施設を訪問しているサークルです(会員7名)。全員が練習に集まれない日もあるため、来られなかった人もZoomでミーティングに参加できるようにしたいと考えています。スマホでのZoomの入り方、音が出ないときの直し方などを教えてくださる方をお願いします。", JA, False, S_NAGATA),
    ("R3Q07", ["online"], ["pc"], "group", "わかば保育園", "保護者懇談会をオンラインで", "今年度の保護者懇談会の一部をオンライン(Zoom)で開くことになりました。園長も職員も不慣れで、招待のURLの送り方、画面の共有、録画のしかたがわかりません。園のパソコンの設定と、当日の進行のお手伝いをお願いできる方を探しています。", JA, False, S_KAWASAKI_ZOOM),
    ("R3Q08", ["storytelling"], [], "group", "中央図書館 児童室", "おはなし会の読み手を募集しています", "図書館では毎月1回のおはなし会と、毎週日曜日のミニおはなし会を開いています。絵本や紙芝居、地域の民話を子どもたちに届けてくださる読み手を募集します。ペープサートやパネルシアターの経験がある方も大歓迎です。\n◆対象:幼児から小学生とその保護者\n◆活動:月1回程度、当番制", JA, False, S_OYABE),
    ("R3Q09", ["storytelling"], [], "group", "市民病院 小児科病棟", "入院中の子どもたちに絵本を", "小児科病棟では、入院している子どもたちが少しでも楽しい時間を過ごせるよう、絵本の読み聞かせをしてくださるボランティアを募集しています。プレイルームで、午後のひとときに数冊読んでいただく活動です。", JA, False, S_YAMAGUCHI_U),
    ("R3Q10", ["storytelling"], [], "group", "子育てひろば ぽかぽか", "赤ちゃんと絵本の時間", "0~2歳の親子が集まるひろばです。「おひざでだっこ」の時間に、赤ちゃん向けの絵本やわらべうたを楽しんでくださる方を探しています。読み方のコツを保護者に伝えていただけるとうれしいです。", JA, False, S_ONOJO),
    ("R3Q11", ["onyaku"], [], "group", "視覚障害者情報センター", "録音図書の音訳者を募集します", "当センターでは、視覚に障がいのある方の「目のかわり」として図書を読み、録音図書を製作しています。文字だけでなく、図や表、イラストも含めてできる限り忠実に音声にする作業です。\n◆応募条件:養成講習会(全24回)に参加できる方、修了後に週2回程度活動できる方\n「本を読むのが大好き」という方のご応募をお待ちしています。", JA, False, S_SAEZURI),
    ("R3Q12", ["onyaku"], [], "group", "市社会福祉協議会", "声の広報づくりに参加しませんか", "市では、広報紙と議会だよりを読み上げてCDに吹き込み、目の不自由な方に郵送しています。読み手の高齢化で人が足りません。発声や読み方は講座でお教えします。家で録音できる方も歓迎です。", JA, False, S_NANTAN),
    ("R3Q13", ["library"], [], "group", "こども図書室 運営委員会", "図書整理係のボランティア", "こども図書室は、ボランティアと市の共働で運営しています(約110名)。「1か月に2時間」を目安に、返ってきた本を棚に戻す、傷んだ本を修理する、貸出カードを整理するなどの係を募集しています。できるときに、できることを。", JA, False, S_TOYOTA_LIB),
    ("R3Q14", ["library"], [], "group", "市立総合病院 患者支援室", "病棟を回る図書ワゴン", "当院では寄贈いただいた本を患者さんに貸し出しています。本にカバーをかける作業と、ワゴンに本を載せて病棟を回る巡回貸出のボランティアを募集します。\n◆日時:毎週木曜 14時~16時", JA, False, S_KANTO),
    ("R3Q15", ["listening"], [], "resident", "市内在住 50代女性(娘)", "母の話を聴いてくださる方を", "父を亡くしてから、一人暮らしの母がふさぎこむようになりました。私は遠方に住んでいて週末しか行けません。月に何度か、母の家に伺ってお話を聴いてくださる傾聴ボランティアさんをお願いできないでしょうか。", JA, False, S_MATSUDO),
    ("R3Q16", ["listening"], [], "group", "特別養護老人ホーム 松風荘", "入居者さんの話し相手", "入居者さんの中には、職員がゆっくりお話を伺う時間を取れず、寂しい思いをされている方がいらっしゃいます。昔のお話や家族のお話を、じっくり聴いてくださる方を募集します。傾聴の講座を受けた方は特に歓迎です。", JA, False, S_EBINA),
    ("R3Q17", ["kids_play"], [], "group", "南児童館", "放課後の遊び相手", "放課後の児童館には毎日40人ほどの小学生が来ます。職員だけでは手が足りず、外遊びやけん玉、卓球の相手、ちょっとした話し相手になってくださる大人を探しています。子育て中の方、子育てを終えた方、大学生も歓迎です。", JA, False, S_JIDOKAN),
    ("R3Q18", ["kids_play"], ["cooking"], "group", "こども食堂 ひだまり", "食後の遊びと見守り", "月2回、夕方に開いている子ども食堂です。食事のあと、子どもたちがトランプや折り紙で遊ぶ時間に、一緒に遊んで見守ってくださる方を募集します。調理のお手伝いもしていただけると、なおうれしいです。", JA, False, S_VOLOSYOKU),
    ("R3Q19", ["watch_elder"], [], "group", "北地区社会福祉協議会", "見守り協力員の募集", "地区社協では、ひとり暮らしのお年寄りのお宅を定期的に訪ね、お変わりないかを確かめる見守り活動をしています。民生委員だけでは回りきれなくなってきました。ご近所の方に声をかけ、気になることがあれば社協に知らせてくださる協力員を募集します。", JA, False, S_SUMIDA),
    ("R3Q20", ["watch_elder"], [], "resident", "市外在住 40代男性(息子)", "一人暮らしの父の様子見", "市内で一人暮らしをしている父(84歳)が心配です。電話に出ないと、何かあったのではと気が気ではありません。週に一、二度、近くの方に様子を見に行っていただけると安心なのですが、そのようなお願いはできますか。", JA, False, S_MUSASHINO),
    ("R3Q21", ["watch_child"], [], "group", "第三小学校 PTA", "スクールガードにご協力ください", "通学路での子どもたちの安全のため、登下校の見守りをしてくださるスクールガードを募集します。登校の時間帯、下校の時間帯、どちらか一方でも構いません。ベストと帽子をお渡しし、傷害保険には学校で加入します。", JA, False, S_GOKASHO),
    ("R3Q22", ["watch_child"], [], "group", "桜町会", "下校時の見守り、60代の方も", "町会の役員が交代で下校時の見守りに立っていますが、役員の高齢化で人が足りません。お買い物や犬の散歩のついでの「ながら見守り」でも構いません。子どもたちの帰り道に、大人の目を増やしたいのです。", JA, False, S_WAKKANAI),
    ("R3Q23", ["go"], [], "group", "デイサービスセンター こうり", "囲碁の対局相手をお願いします", "通ってこられる利用者さんの中に、若いころから囲碁が趣味で、打つ相手がいなくなってしまった方がいらっしゃいます。週に一度、当番制で対局のお相手をしてくださる方を探しています。級・段位は問いません。昼食と交通費をお出しします。", JA, False, S_HK_NALC),
    ("R3Q24", ["shogi"], [], "group", "有料老人ホーム ひまわり", "将棋を指しに来てください", "入居者の男性から「将棋を指したい」という声が多く、相手になってくださる方を探しています。強さは問いません。入居者さんの棋力に合わせて、楽しく指していただければ十分です。", JA, False, S_MMS),
    ("R3Q25", ["go"], ["shogi"], "group", "鶴巻地区社協", "囲碁・将棋サロンの常駐スタッフ", "月4回、囲碁・将棋・麻雀のサロンを開いています(参加費100円)。初心者の方がわからないことを質問できるよう、会場に常駐して囲碁を教えてくださる方を募集します。将棋もわかる方だとさらに助かります。", JA, False, S_HADANO),
    ("R3Q26", ["salon"], [], "group", "中央地区社協 ふれあいサロン", "サロンのお世話役", "毎月第1火曜日、公民館で誰でも立ち寄れる「ふれあいサロン」を開いています(毎回20~25名)。\n◆活動内容:受付、お茶とお菓子の準備、初めての方を席にご案内する\n◆時間:10時~15時のうちご都合のよい時間\nおしゃべりの輪に加わっていただくだけでも大歓迎です。", JA, False, S_KAMAGAYA),
    ("R3Q27", ["salon"], [], "group", "コーヒーボランティア らんらん", "一緒にサロンを開きませんか", "地域ケアプラザで、コーヒーを飲みながらおしゃべりするサロンを毎月開いて7年になります。準備や片付け、コーヒーを淹れて配る仲間を募集中です。高校生の参加も受け入れています。", JA, False, S_LANLAN),
    ("R3Q28", ["meal_delivery"], [], "group", "市社協 ふれあい給食サービスセンター", "お弁当の配達ボランティア", "ひとり暮らしの高齢者や障がいのある方に、週4回お弁当をお届けしています。調理は業者が行いますので、配達だけをお願いします。\n◆時間:16時30分~17時30分\n◆内容:集合場所でお弁当を受け取り、自転車で利用者のお宅に伺い手渡しでお届けする(5食程度)\n◆謝礼:1日840円", JA, False, S_SAGAMI),
    ("R3Q29", ["meal_delivery"], [], "group", "付知地区 配食サービス", "夕食を届ける仲間を", "毎週月曜日、調理グループが作った約20食のお弁当を、ひとり暮らしの高齢者や高齢者世帯にお届けしています。配達の担当が足りません。車か自転車で回れる方、受け取る方に「お変わりないですか」と声をかけていただける方を募集します。", JA, False, S_NAKATSUGAWA),
    ("R3Q30", ["cooking"], [], "group", "南地区社会福祉協議会", "お弁当作りのボランティア募集", "社協では、一人暮らしの高齢者に手作りのお弁当をお届けしています。一緒にお弁当を作ってくださる方を募集します。\n◆活動日:月1回(第2または第4水曜日)\n◆時間:13時30分~15時30分\n◆場所:デイサービスセンターの厨房\n配達は民生委員さんが行いますので、調理だけのご参加です。", JA, False, S_MMS),
    ("R3Q31", ["cooking"], ["kids_play"], "group", "教会こども食堂 ともしび", "調理・配膳担当のボランティア", "子どもから高齢者まで、食を通じて交流する「みんなの居場所」として子ども食堂を開いています。運営は受付、調理・配膳、学習支援(レクリエーション)の担当に分かれています。\n◆募集:調理・配膳担当(調理や配膳をしながら食事の様子を見守る)\n◆時間:16時~20時30分(一時的なお手伝いも可)\n◆持ち物:エプロン、三角巾、マスク\n食後に子どもたちとゲームをしてくださる方も歓迎します。", JA, False, S_WAKAMATSU),
    ("R3Q32", ["cooking"], ["meal_delivery"], "group", "鶴田地区 ほほえみ弁当の会", "調理と配達のボランティア", "一人・二人暮らしの高齢者に月1回お弁当をお届けする会です(昭和61年から)。お弁当の調理をしてくださる方を中心に募集しています。配達・回収を手伝ってくださる方も歓迎です。", JA, False, S_TSURUTA),
    ("R3Q33", ["sign"], [], "group", "聴覚障害者福祉協会", "交流会の手話ボランティア", "聞こえない人と聞こえる人の交流会を開きます。ゲームや昼食の時間に、手話で会話に加わり、橋渡しをしてくださる方を募集します。手話サークルで学んでいる方、初級の方も歓迎します。", JA, False, S_OWARI_SHUWA),
    ("R3Q34", ["sign"], [], "resident", "市内在住 60代女性", "ろうの姉の通院に", "耳の聞こえない姉が月に一度、整形外科に通っています。これまで私が手話で通訳してきましたが、仕事の都合で付き添えない日が出てきました。病院での説明を手話で伝えてくださる方をお願いできないでしょうか。", JA, False, S_TAMA_SHUWA),
    ("R3Q35", ["summary"], [], "group", "市民会館 講座係", "講演会の文字による通訳", "来月の健康講演会に、年齢とともに耳が遠くなった方が何人か参加されます。みなさん手話は使われません。講師の話をその場で要約し、スクリーンに文字で映してくださる方を探しています。パソコンでも手書きでも構いません。", JA, False, S_KONAN_S),
    ("R3Q36", ["summary"], [], "group", "第二中学校 PTA", "PTA総会で書いて伝えてほしい", "PTAの会員に、途中で聴力を失った保護者の方がいます。総会の発言を、手元のノートやパソコンに書いて伝えてくださる方をお願いしたいです。", JA, False, S_SHIMOSEKI),
    ("R3Q37", ["study"], [], "group", "子どもサポーターズ", "無料学習会の学生・社会人ボランティア", "区の施設で、地域の小中学生を対象にした無料学習会を開いています。春は卒業でボランティアが減るため、新しい仲間を募集します。\n◆日時:毎週土曜日 14時~16時\n◆内容:子どもが持ってきた宿題や問題集を一緒に解く\n5月に説明会を開きます。", JA, False, S_CLOVER),
    ("R3Q38", ["study"], [], "resident", "市内在住 40代女性", "中学生の息子の数学", "母子家庭で、中学2年の息子を塾に通わせる余裕がありません。数学がわからなくなり、学校に行くのもつらそうです。週に一度でも勉強を見てくださる方がいたら、本当に助かります。", JA, False, S_MEBUKI),
    ("R3Q39", ["japanese"], [], "group", "中央公民館 にほんご教室", "会話パートナー募集", "いろいろな国籍の方が暮らすまちの日本語教室です。毎週土曜日の午後、学習者さんと日本語で話す会話パートナーを募集します。日本語教師の資格は不要です。「相手の話を聞こう」「楽しく話そう」という気持ちがあれば大丈夫です。", JA, False, S_CHIRYU),
    ("R3Q40", ["japanese"], [], "group", "株式会社 丸山製作所", "外国人従業員に日本語を", "当社にはベトナムから来た技能実習生が6名います。仕事の指示は何とか伝わりますが、病院や役所で困っているようです。生活の日本語を教えてくださるボランティアの方を紹介していただけないでしょうか。", JA, False, S_KOCHI),
    ("R3Q41", ["interp"], [], "group", "第一小学校", "保護者面談の通訳(ベトナム語)", "転入してきた児童の保護者がベトナム語しか話せず、個人面談で学校の説明が伝わりません。面談に同席して、ベトナム語で通訳してくださる方をお願いします。", ["vi"], False, S_SHIZUOKA),
    ("R3Q42", ["interp"], [], "group", "市国際交流協会", "姉妹都市訪問団の通訳", "来月、姉妹都市から訪問団が来ます。歓迎会と市内見学のあいだ、英語で通訳してくださる語学ボランティアを募集します。観光案内ができる方も歓迎です。", ["en"], False, S_KIRISHIMA),
    ("R3Q43", ["interp"], [], "group", "保健センター", "乳幼児健診の中国語通訳", "乳幼児健診に、中国語を話すご家族が来られます。問診と結果の説明を中国語で通訳してくださる方を探しています。", ["zh"], False, S_AOMORI),
    ("R3Q44", ["homestay"], [], "group", "市国際交流協会", "ホストファミリーを募集しています", "外国の方に日本の家庭の日常を知っていただくため、週末1~3日のホームステイを受け入れてくださるご家庭を募集します。家族全員の同意が必要です。研修会にご参加ください。", JA, False, S_HIROSHIMA),
    ("R3Q45", ["homestay"], ["interp"], "group", "国際交流センター", "留学生のホームビジット", "留学生が日本の家庭を訪ね、数時間一緒に過ごすホームビジットの受け入れ先を探しています。食事の時間を除く2~3時間程度です。英語が話せるご家庭だと留学生も安心です。", JA, False, S_KIRISHIMA),
    ("R3Q46", ["escort"], [], "resident", "市内在住 70代男性", "目が見えにくくなり通院が不安", "緑内障が進み、一人で駅の乗り換えをするのが怖くなりました。月に一度の眼科に、一緒に歩いて行ってくださる方はいないでしょうか。白杖は持っています。", JA, False, S_SPOTLITE),
    ("R3Q47", ["escort"], [], "group", "障害者地域生活支援センター ホップ", "外出レクリエーションの同行", "毎月第3土曜日、普段お出かけの機会が少ない利用者さんと外出レクリエーションをしています。一緒に歩いて出かけ、食事や買い物に付き添ってくださる方を2名募集します。福祉の資格や経験は問いません。交通費は上限500円までお出しします。", JA, False, S_HOP),
    ("R3Q48", ["driving"], [], "group", "新磯地区社協 ちょこっとサポート", "通院の送迎ボランティア", "バスの便が少ない地区で、高齢の方の通院に困っているという声が多く寄せられています。ご自分の車で病院まで送り迎えしてくださる方を募集します。保険は社協で加入します。", JA, False, S_ARAISO),
    ("R3Q49", ["driving"], ["escort"], "resident", "市内在住 80代女性", "スーパーまで乗せていってほしい", "脚を悪くして、歩いて買い物に行けなくなりました。週に一度、車でスーパーまで乗せていっていただき、店の中も少し一緒に回っていただけたら助かります。", JA, False, S_KARIYA),
    ("R3Q50", ["music"], [], "group", "特別養護老人ホーム 緑風苑", "お誕生会で演奏を", "毎月の入所者さんのお誕生会で、余興として演奏してくださる方を探しています。童謡や昭和の歌など、みなさんが口ずさめる曲だと喜ばれます。楽器は問いません。", JA, False, S_KOREISHAKAI),
    ("R3Q51", ["music"], ["dance"], "group", "上町会 敬老会実行委員会", "敬老会の出し物", "9月の敬老会で、1時間ほど出し物をしてくださるボランティアを探しています。歌や楽器の演奏が中心で、踊りもあると会場が盛り上がります。謝礼は少しですがご用意します。", JA, False, S_MIURA),
    ("R3Q52", ["magic"], [], "group", "子ども会育成会", "クリスマス会でマジックを", "子ども会のクリスマス会で、子どもたちの前でマジックを見せてくださる方を探しています。幼児から小学6年生まで50人ほどです。", JA, False, S_DFUMI),
    ("R3Q53", ["magic"], [], "group", "いきいきサロン 東", "サロンで手品を", "高齢の方が集まるサロンで、参加者も一緒に楽しめる手品を披露していただけないでしょうか。タネを教えていただける時間があるとなおうれしいです。", JA, False, S_835),
    ("R3Q54", ["dance"], [], "group", "グループホーム あおい", "踊りを見せていただけませんか", "夏祭りの行事で、入居者さんに踊りを披露してくださる方を探しています。日本舞踊でもフラでも、盆踊りを一緒に踊っていただけるのも歓迎です。", JA, False, S_OHITORI),
    ("R3Q55", ["cleanup"], [], "group", "交通安全協会 支部", "公園清掃ボランティア", "12月の日曜日、公園の清掃を行います。落ち葉が道路沿いまで積もり、歩行者や車の妨げになっています。落ち葉の回収とごみ拾いを一緒にしてくださる方を募集します。家族での参加も歓迎です。", JA, False, S_APTF),
    ("R3Q56", ["cleanup"], [], "group", "東自治会", "クリーン作戦に参加を", "恒例の公園清掃とクリーン作戦を行います。雨の多い季節で雑草もよく伸びていますが、主に公園と町内のごみ拾いです。軍手とごみ袋は用意します。", JA, False, S_GYOTOKU),
    ("R3Q57", ["flowers"], [], "group", "まちの公園愛護会", "花壇のお世話をする仲間", "公園の花壇で季節の花を育てています。花植え、水やり、花がら摘みを一緒にしてくださる方を募集します。週に一度、朝の30分だけでも大歓迎です。", JA, False, S_KANKYOBIKA),
    ("R3Q58", ["flowers"], ["yardwork"], "group", "県立リハビリテーションセンター", "環境整備のボランティア", "施設の環境整備をお願いできる方を募集しています。主な内容は花壇の花植えと草取りです。生垣の剪定ができる方も歓迎します。", JA, False, S_NAGANO_REHA),
    ("R3Q59", ["yardwork"], [], "resident", "市内在住 80代女性", "庭の草取りをお願いしたい", "夫が亡くなってから、庭の草取りが追いつきません。梅雨に入ると草が伸び放題で、蚊も出てご近所に申し訳なく思っています。腰が悪く、しゃがむこともできません。", JA, False, S_CHOITE),
    ("R3Q60", ["yardwork"], [], "resident", "市内在住 70代男性", "松と生垣の手入れ", "庭の松と生垣を、昔は自分で手入れしていましたが、脚立に上るのが怖くなりました。植木屋さんに頼むほどの量ではないので、剪定のできるボランティアの方がいらっしゃれば。", JA, False, S_HOTOMO),
    ("R3Q61", ["chores"], [], "resident", "市内在住 90代女性", "電球が切れてしまって", "台所の電球が切れてしまいました。どの電球を買えばよいかもわからず、椅子に上るのも危ないと子どもに止められています。ついでに、ゴミを集積所まで出していただけると助かります。", JA, False, S_MUSASHINO),
    ("R3Q62", ["chores"], [], "group", "地域包括支援センター みなみ", "ちょっとした困りごとのサポーター", "脚を悪くした高齢の方から、週に一度、お風呂やトイレの掃除を手伝ってほしいという相談がありました。30分300円の有償ボランティアとして、ご自宅に伺っていただける方を探しています。", JA, False, S_KARIYA),
    ("R3Q63", ["disaster"], [], "group", "町社会福祉協議会", "災害ボランティアセンター立ち上げ訓練", "大規模な風水害を想定し、災害ボランティアセンターの立ち上げ訓練を行います。ボランティア役として受付からマッチング、現地での清掃活動までを体験していただける方を募集します。", JA, False, S_MINABE_VC),
    ("R3Q64", ["disaster"], [], "group", "防災士連絡協議会", "避難所づくり訓練の協力者", "市の総合防災訓練で、避難所の準備(段ボールベッドの組み立て、パーティションの設置)と土のうづくりを行います。訓練を一緒に進めてくださる方を募集します。", JA, False, S_KOSHI),
    ("R3Q65", ["event_staff"], [], "group", "ボランティア体験フェア実行委員会", "フェア当日の運営スタッフ", "ボランティア体験フェアを開きます。当日の会場設営、受付、来場者の誘導、片付けをしてくださる運営スタッフを募集します。", JA, False, S_ASAO_TN),
    ("R3Q66", ["hospital_guide"], [], "group", "医療法人 宝生会病院", "院内案内ボランティア", "当院では平日午前の外来の時間帯に、院内の案内や精算機の使い方の説明をしてくださるボランティアを募集しています。1日2時間程度でも構いません。\n◆活動時間:平日9時~15時、土曜9時~12時の間", JA, False, S_PL),
    ("R3Q67", ["hospital_guide"], ["wheelchair_repair"], "group", "大学病院 ボランティア室", "外来ロビーでの案内", "外来診療棟のロビーで、初診の申込書の記入補助、再来受付機の操作補助、各診療科への案内をお願いします。車椅子の簡単な修理をしてくださる方も別に募集しています。", JA, False, S_YAMAGUCHI_U),
    ("R3Q68", ["wheelchair_repair"], [], "group", "恵み野病院 ケアサポート", "車いすの点検と清掃", "病院で貸し出している車いすや歩行器の清掃と点検をしてくださる方を募集します。タイヤの空気やブレーキの具合を見ていただける方だと助かります。", JA, False, S_MEGUMINO),
    ("R3Q69", ["crafts"], [], "group", "足柄療護園", "製作補助のボランティア", "利用者さんの余暇活動で、ウッドビーズのネックレスや小物づくりをしています。ビーズ選びや紐通しを手伝い、おしゃべりしながら一緒に作ってくださる方を募集します。", JA, False, S_ASHIGARA),
    ("R3Q70", ["crafts"], [], "group", "がん患者サロン 小樽", "タオル帽子づくり", "抗がん剤治療で髪が抜けた患者さんのために、タオル帽子を作っています。縫い物の得意な方に、作り方を教えていただきながら一緒に作れたらと思います。", JA, False, S_OTARU_H),
    ("R3Q71", ["calligraphy"], [], "group", "デイセンター 香里", "書道の時間の先生", "デイサービスでは書道と筆ペンの時間を設けています。利用者さんの手元を見て、筆の運び方を教えてくださる方を探しています。", JA, False, S_HK_NALC),
    ("R3Q72", ["exercise"], [], "group", "町 地域包括支援センター", "元気体操のサポーター", "地区ごとに行っている介護予防の元気体操を、先輩サポーターと2、3人で組んで支えてくださる方を募集します。養成講座を受けていただき、サポーター証をお渡しします。", JA, False, S_MOROYAMA),
    ("R3Q73", ["exercise"], [], "group", "マンション自治会 ふれあいサロン", "座ったままの体操を", "月2回、集会所でサロンを開いています。参加者は80代が中心なので、椅子に座ったままできる体操やストレッチを指導してくださる方を探しています。", JA, False, S_IWANAGA),
    ("R3Q74", ["photo"], [], "group", "市 広報課", "市民カメラマンの募集", "広報紙やホームページに載せる行事の写真を撮ってくださる市民カメラマンを募集します。行事ごとに撮影を分担します。どんな行事なのかがわかる写真を撮るのがコツです。", JA, False, S_NIIZA_CAM),
    ("R3Q75", ["photo"], [], "group", "特別支援学校", "運動会の記録写真", "運動会の様子を撮影していただけるボランティアを探しています。動きの速い競技が多いので、望遠レンズをお持ちの方だと助かります。", JA, False, S_POREPORE),
    ("R3Q76", ["deskwork"], [], "group", "南地区社会福祉協議会", "使用済み切手の整理", "集まった使用済み切手を、切り取って種類ごとに分ける作業のボランティアを募集しています。社協の事務所で、ご都合のよい時間に作業していただけます。", JA, False, S_MMS),
    ("R3Q77", ["deskwork"], [], "group", "就労継続支援B型事業所", "土日の内職作業のお手伝い", "企業からの受注が増え、作業所の休みの土日に内職作業をしています。7枚の紙を順に取って袋に入れるなどの作業を手伝ってくださる方を募集します。", JA, False, S_YAMAGUCHI_B),
    ("R3Q78", ["listening"], ["salon"], "group", "シニア交流サロン", "おしゃべりの輪をつくる方", "月2回、シニア世代の居場所として交流サロンを開いています。フリートークを大切にしており、参加者の話にじっくり耳を傾け、輪に入れない方に声をかけてくださる方を探しています。受付のお手伝いもお願いできれば。", JA, False, S_TAKASAGO),
]  # fmt: skip

QUERIES = [
    "社会福祉協議会 ボランティア募集 活動内容 日時 スマホ相談会 サポーター",
    "子ども食堂 ボランティア募集 調理 配膳 学習支援",
    "高齢者施設 ボランティア募集 レクリエーション 話し相手 演奏",
    "障害者施設 ボランティア募集 作業補助 余暇活動",
    "デジタルボランティア 募集 スマホ教室 高齢者 サポート 活動内容",
    "学習支援ボランティア 募集 小学生 中学生 無料塾 大学生",
    "日本語教室 ボランティア 募集 外国人住民 会話 支援者",
    "傾聴ボランティア 活動 高齢者 お話を聴く 養成講座 修了",
    "配食サービス ボランティア 配達 お弁当 届ける 募集 社協",
    "移動支援 ボランティア 付き添い 外出 通院 ガイドヘルパー 視覚障害",
    "図書館 読み聞かせボランティア 募集 おはなし会 絵本",
    "病院ボランティア 募集 外来 案内 車いす 図書 活動内容",
    "環境美化 清掃ボランティア 花壇 公園 募集 地域",
    "防災ボランティア 避難所運営 訓練 地域 募集 災害",
    "人材バンク 登録者 紹介 特技 指導内容 趣味 講師 一覧",
    "国際交流協会 ボランティア登録 通訳 ホームステイ 翻訳 募集",
    "要約筆記 ボランティア 募集 難聴者 講演会 手話通訳",
    "ふれあいサロン ボランティア 囲碁 将棋 お茶出し 高齢者 居場所 募集",
    "まちの先生 登録者 紹介 書道 写真 料理 手芸 生涯学習 指導者",
    "登下校 見守り ボランティア 募集 スクールガード 子ども",
    "ちょこっと支援 有償ボランティア 草取り ゴミ出し 電球交換 高齢者 困りごと",
    "音訳ボランティア 募集 録音 広報 視覚障害者 養成講座",
    "特技ボランティア 登録 紹介 書道 写真撮影 体操指導 マジック 施設訪問",
    "生涯学習ボランティア 登録者 指導できること 自己紹介 元教員 退職後",
    "介護予防 体操 ボランティア 指導 サロン 健康体操 リーダー 募集",
    "手話サークル ボランティア 手話通訳 ろう者 交流 活動紹介",
    "シニア スマホ オンライン 会議 Zoom 使い方 サポート ボランティア 自治会 LINEビデオ通話",
    "ボランティア 写真撮影 記録 イベント 広報 カメラ 地域団体",
]


def grade(need: list[str], also: list[str], langs: list[str], have: list[str], vlangs: list[str]) -> int:
    """Returns the skill-fit grade of a volunteer for a request (the rule in the module docstring): 3 holds a main
    ask, 2 a secondary ask or a CLOSE variant of a main ask, 1 a concept RELATED to any ask, 0 otherwise or when a
    language the request needs is missing (a hard constraint)."""
    if not set(langs) <= set(vlangs):
        return 0
    if set(need) & set(have):
        return 3
    if set(also) & set(have) or any(frozenset((n, h)) in CLOSE for n in need for h in have):
        return 2
    if any(frozenset((a, h)) in RELATED for a in need + also for h in have):
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


def write(out: Path = OUT) -> None:
    """Writes the five files of the set into `out`."""
    vols, reqs, qrels = build()
    out.mkdir(exist_ok=True)
    with open(out / "volunteers.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(v, ensure_ascii=False) + "\n" for v in vols)
    with open(out / "requests.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in reqs)
    with open(out / "qrels.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("request\tvolunteer\tgrade\n")
        fh.writelines(f"{r}\t{v}\t{g}\n" for r, v, g in qrels)
    concepts = {
        "concepts": CONCEPTS,
        "close": sorted(sorted(p) for p in CLOSE),
        "related": sorted(sorted(p) for p in RELATED),
        "requests": {r[0]: {"need": r[1], "also": r[2]} for r in REQUESTS},
        "volunteers": {v[0]: v[1] for v in VOLUNTEERS},
    }
    with open(out / "concepts.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(concepts, ensure_ascii=False, indent=1) + "\n")
    sources = {
        "queries": QUERIES,
        "requests": {r[0]: r[-1] for r in REQUESTS},
        "volunteers": {v[0]: v[-1] for v in VOLUNTEERS},
    }
    with open(out / "sources.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(sources, ensure_ascii=False, indent=1) + "\n")


def main() -> None:
    """Writes the set, then checks it."""
    write(OUT)
    self_check(OUT)
    _vols, _reqs, qrels = build()
    pages = {r[-1] for r in REQUESTS} | {v[-1] for v in VOLUNTEERS}
    print(
        f"{len(VOLUNTEERS)} volunteers, {len(REQUESTS)} requests, {len(qrels)} graded pairs "
        f"({sum(g >= 2 for *_x, g in qrels)} ≥ 2), {len(pages)} source pages, {len(CONCEPTS)} concepts"
    )


# ---------------------------------------------------------------------------------------------------------------
# self_check: reads the written files back and validates them on its own terms (not through build()/grade()).

SLOT_RE = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
LANG_RE = re.compile(r"^[a-z]{2}$")
PHONE_RE = re.compile(r"\d{2,4}[-‐ー－(（]\d{2,4}[-‐ー－)）]\d{3,4}")
VOL_KEYS = {"external_id", "display_name", "rosters", "skills", "bio", "area", "availability", "languages",
            "max_per_month", "active"}  # fmt: skip
REQ_KEYS = {"external_id", "requester_kind", "requester_name", "title", "description", "skills", "area", "slots",
            "languages", "remote_ok", "helpers_needed"}  # fmt: skip

# The grade rule written a second time, as a table: (holds a main ask, holds a secondary ask or a close variant,
# holds a related concept) → grade.
_TABLE = {
    (True, True, True): 3, (True, True, False): 3, (True, False, True): 3, (True, False, False): 3,
    (False, True, True): 2, (False, True, False): 2,
    (False, False, True): 1,
    (False, False, False): 0,
}  # fmt: skip


def _expected_grade(
    need: list[str],
    also: list[str],
    rlangs: list[str],
    have: list[str],
    vlangs: list[str],
    close: list[list[str]],
    related: list[list[str]],
) -> int:
    if any(lang not in vlangs for lang in rlangs):
        return 0
    pairs_close = [set(p) for p in close]
    pairs_related = [set(p) for p in related]
    main_hit = any(c in have for c in need)
    second = any(c in have for c in also) or any({n, h} in pairs_close for n in need for h in have)
    near = any({a, h} in pairs_related for a in need + also for h in have)
    return _TABLE[(main_hit, second, near)]


def self_check(out: Path = OUT) -> None:
    """Validates the written files: interchange format, ids, areas, slots, languages, concept labels, sources (none
    from the earlier real sets), no phone numbers in the texts, qrels (every pair recomputed from the labels), and
    at least one grade ≥ 2 volunteer per request."""
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
    for key in ("close", "related"):
        assert all(len(p) == 2 and set(p) <= known for p in labels[key]), key
    assert not {frozenset(p) for p in labels["close"]} & {frozenset(p) for p in labels["related"]}
    earlier: set[str] = set()
    for path in EARLIER_SOURCES:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            for part in ("requests", "volunteers"):
                earlier |= set(data.get(part, {}).values())
    for v in vols:
        assert set(v) == VOL_KEYS, v["external_id"]
        assert isinstance(v["display_name"], str) and v["display_name"].strip()
        assert v["rosters"] and set(v["rosters"]) <= {"skill_bank", "digital"}
        assert all(isinstance(s, str) and s.strip() and len(s) <= 60 for s in v["skills"])
        assert isinstance(v["bio"], str) and len(v["bio"]) <= 2000
        assert v["skills"] or v["bio"].strip(), f"{v['external_id']} says nothing"
        assert not PHONE_RE.search(v["bio"]), f"{v['external_id']} has a phone number"
        assert v["area"] is None or (areas is not None and v["area"] in areas)
        assert all(SLOT_RE.match(s) for s in v["availability"])
        assert v["languages"] and all(LANG_RE.match(x) for x in v["languages"])
        assert isinstance(v["max_per_month"], int) and 1 <= v["max_per_month"] <= 31 and v["active"] is True
        have = labels["volunteers"][v["external_id"]]
        assert have and set(have) <= known, v["external_id"]
        src = sources["volunteers"][v["external_id"]]
        assert src.startswith(("http://", "https://")) and src not in earlier, (v["external_id"], src)
    for r in reqs:
        assert set(r) == REQ_KEYS, r["external_id"]
        assert r["requester_kind"] in ("resident", "group") and r["requester_name"].strip()
        assert r["description"].strip() and len(r["description"]) <= 4000 and len(r["title"]) <= 200
        assert not PHONE_RE.search(r["title"] + r["description"]), f"{r['external_id']} has a phone number"
        assert r["area"] is None or (areas is not None and r["area"] in areas)
        assert all(SLOT_RE.match(s) for s in r["slots"]) and all(LANG_RE.match(x) for x in r["languages"])
        assert isinstance(r["remote_ok"], bool) and r["helpers_needed"] == 1
        lab = labels["requests"][r["external_id"]]
        assert lab["need"] and set(lab["need"]) | set(lab["also"]) <= known
        assert not set(lab["need"]) & set(lab["also"])
        src = sources["requests"][r["external_id"]]
        assert src.startswith(("http://", "https://", "withdrawn: ")) and src not in earlier, (
            r["external_id"],
            src,
        )
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
                labels["close"],  # the tables as written to concepts.json, not the module's sets
                labels["related"],
            )
            got = qrels.get((r["external_id"], vid), 0)
            assert got == want, (r["external_id"], vid, got, want)
            if got:  # a graded volunteer never breaks a hard constraint score.py counts
                assert set(r["languages"]) <= set(vmap[vid]["languages"]) and vmap[vid]["active"]
            good += got >= 2
        assert good >= 1, f"{r['external_id']} has no volunteer of grade ≥ 2"
    assert {r for r, _v in qrels} <= set(rids) and {v for _r, v in qrels} <= set(vids)


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        self_check(OUT)
        print("real3: self_check passed")
    else:
        main()
