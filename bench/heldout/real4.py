"""A fourth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
社協 and volunteer centres, care and disability facilities, サロン and 認知症カフェ, 点訳 groups, 国際交流協会, フード
バンク, 援農 and 里山 groups, 災害ボランティアセンター and NPOs asking for プロボノ publish, and registrant / activity
introductions as ボランティア紹介, 人材バンク and group-introduction pages write them. Graded for skill fit only (areas
and times are not given), like real2 and real3.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real3), and each text here was rewritten closely from one page (none of the pages of real/, real2/ or
real3/; self_check refuses one): the group's self-introduction before the ask, bullet lists (◆活動内容 / ◆日時),
敬語, the people the help is for. Names, phone numbers and addresses are rewritten out. Every record names the page
it follows (`sources.json`). The concept list below is this set's own; its author did not read `matching/` (code or
data) nor any ranking, and the matcher was not run on the set before it was committed. Grades follow from the
hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  傾聴 (listening: sitting with a person and hearing them out) vs 電話・訪問の安否確認 (watch_call: a short
  regular call or visit to check that a person living alone is well) — related (1);
  点訳 (braille: turning print into braille) vs 音訳 (onyaku: reading print into a recording) — related (1);
  手芸 (crafts: making things together with residents, as an activity) vs 裁縫 (sewing: mending and sewing as a
  service, ボタン付け, 裾上げ, 衣装) — related (1);
  子どもの遊び相手 (kids_play) vs 障害のある子どもの余暇支援 (disabled_kids: 放課後等デイ, 障害児の外出・プール)
  — related (1);
  援農 (farming: a farmer's fields) vs 里山・竹林整備 (satoyama: cutting bamboo, 下刈り) — related (1);
  子どもの学習支援 (study) vs 日本語支援 (japanese) — related (1);
  スマホ (smartphone) vs パソコン (pc) vs ホームページ・SNS 広報 (web) — pc related to each (1), smartphone–web 0;
  写真撮影 (photo) vs 取材・記事 (writing) — related (1);
  力仕事・運搬 (heavy) vs 調理 (cooking) — unrelated: the 料理教室 that asks for carrying (R4Q44) grades a cook 0;
  体操指導 (exercise) vs 音楽 (music) — unrelated: the 体操 asks that mention 音楽係 grade a musician 0;
  将棋 vs 囲碁 — related (1); the 学童 volunteer who plays 山崩し将棋 is a kids_play volunteer, not a shogi one.
Words of another skill beside the ask: the 傾聴 ask that mentions お琴 players, the 点訳 ask that mentions 音訳 and
パソコン, the 書道教室 that asks for an English interpreter, the 竹林 ask that mentions 汁物, the 会報 ask full of
写真; and bios with distractors (a 家事 volunteer who walks the dog, a cook whose bio is about 竹).

usage: python bench/heldout/real4.py          (writes bench/heldout/real4/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real4.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)

OUT = Path(__file__).resolve().parent / "real4"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real4")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "listening": "傾聴 (高齢者・大人の話をじっくり聴く, 話し相手)",
    "watch_call": "電話や訪問による安否確認・見守り (ひとり暮らしの高齢者)",
    "walk_escort": "散歩・外出の付き添い (歩いて, 車いすを押して)",
    "rec": "施設のレクリエーションの進行補助 (ゲーム, 風船バレー)",
    "event_staff": "行事の準備・運営・片付け (夏祭り, 敬老会)",
    "music": "歌・楽器演奏・音楽レク (施設訪問)",
    "crafts": "手芸・ものづくりを一緒に楽しむ (余暇活動として)",
    "sewing": "裁縫・繕い物・縫製 (ボタン付け, 裾上げ, 衣装づくり)",
    "exercise": "体操の指導・サポート (介護予防体操, 百歳体操)",
    "salon": "サロン・居場所の運営 (受付, お茶出し, おしゃべり)",
    "dementia": "認知症カフェ・認知症の方と家族への寄り添い",
    "braille": "点訳 (点字にする, パソコン点訳, 校正)",
    "onyaku": "音訳 (読み上げて録音する)",
    "study": "子どもの学習支援 (宿題, 教科)",
    "japanese": "日本語支援 (外国につながる子ども・大人の日本語)",
    "interp": "通訳・翻訳 (言語はリクエストの languages が決める)",
    "smartphone": "スマートフォンの操作の手伝い (LINE, QR コード, アプリ)",
    "pc": "パソコン (ワード, 文書づくり, パソコン講座)",
    "web": "ホームページ・SNS による広報 (プロボノ)",
    "design": "チラシ・パンフレットのデザイン",
    "photo": "写真撮影 (行事の記録, 広報写真)",
    "writing": "取材・記事の執筆・編集 (広報紙, 情報誌)",
    "farming": "援農・農作業の手伝い",
    "satoyama": "里山・竹林の整備 (伐採, 下刈り)",
    "yardwork": "個人宅の草取り・庭の手入れ",
    "chores": "家事援助 (掃除, 洗濯, 食事の準備)",
    "shopping": "買い物の代行・支援",
    "disaster": "災害ボランティア (泥出し, 災害VC の運営)",
    "heavy": "力仕事・運搬 (荷物の運び込み, 家財の運び出し)",
    "foodbank": "フードバンク・フードパントリー (検品, 仕分け, 配布)",
    "cooking": "調理",
    "driving": "車の運転 (送迎, 配送)",
    "kids_play": "子どもの遊び相手 (児童館, 学童)",
    "disabled_kids": "障害のある子どもの余暇支援 (放課後等デイ, 外出, プール)",
    "shogi": "将棋",
    "go": "囲碁",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("chores", "shopping"),  # 家事援助 and 買い物代行 are one service in most 協力会員 schemes
        ("disaster", "heavy"),  # 泥出し is carrying
        ("salon", "dementia"),  # an 認知症カフェ is run like a サロン
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: heavy–cooking, exercise–music,
# smartphone–web, kids_play–shogi.
RELATED = {
    frozenset(p)
    for p in [
        ("listening", "watch_call"),
        ("listening", "dementia"),
        ("listening", "salon"),
        ("walk_escort", "driving"),
        ("rec", "event_staff"),
        ("rec", "music"),
        ("rec", "exercise"),
        ("crafts", "sewing"),
        ("salon", "event_staff"),
        ("braille", "onyaku"),
        ("study", "japanese"),
        ("japanese", "interp"),
        ("smartphone", "pc"),
        ("pc", "web"),
        ("web", "design"),
        ("web", "writing"),
        ("photo", "writing"),
        ("farming", "satoyama"),
        ("satoyama", "yardwork"),
        ("chores", "yardwork"),
        ("chores", "cooking"),
        ("foodbank", "heavy"),
        ("foodbank", "driving"),
        ("foodbank", "cooking"),
        ("heavy", "event_staff"),
        ("kids_play", "disabled_kids"),
        ("kids_play", "study"),
        ("shogi", "go"),
    ]
}

S_FORYOU = "https://www.foryou-yell.net/news_detail.php?id=42"
S_FUREAI = "https://fureai-coop.com/?p=33"
S_ALTER = "https://alter-katsushikabashi.com/?p=2072"
S_SINWA = "http://safety-sinwa.com/volunteer/"
S_FUKUROI = "https://en-maru.com/fukuroi/shien_point.html"
S_AYA = "http://www.mkensha.or.jp/chiiki/activity/aya_taiken.html"
S_HATSUPY = "http://hatsupy.jp/index.php/info/c20180129/"
S_YABU = "https://yabushakyo.blogspot.com/2024/04/blog-post_11.html"
S_SUMIDA_SALON = "https://sumida-shakyo.or.jp/service/cate01/syo-chiiki/fureai"
S_SAPPORO = "http://www.sapporo-shakyo.or.jp/hotnews/detail/00000110.html"
S_OYAMA = "http://fuji-oyama-wel.jp/chiiki/join/"
S_HATTORI = "https://hattorimakoto.com/?p=1224"
S_KYOAI = "https://www.kyoai.or.jp/blog/1168.html"
S_AHIDAKA = "http://ahidaka.asablo.jp/blog/2019/05/23/"
S_IWAKIKAI = "https://iwakikai.jp/blog/2038"
S_THKA = "http://thka.jp/toshokan/volunteer_braille.html"
S_OKWAVE = "https://okwave.jp/guide/g9126.html"
S_ISENP = "https://isenp.co.jp/2024/02/23/106495/amp"
S_KOROKORO = "https://korokoro361.blogspot.com/2022/12/blog-post_94.html"
S_AKARI = "http://www13.plala.or.jp/harii/niji/akari.htm"
S_TOYOHASHI = "http://toyohashi-shakyo.or.jp/wordpress/tobira/archives/5733"
S_IZU = "https://soro-jpf.net/project/profile/2016/profile_2016_31.html?TB_iframe=true&height=410&width=620"
S_FUJISAN = "http://fujisan.yukimizake.net/page027.html"
S_MATSUDO_KIDS = "https://activo.jp/articles/97357"
S_MCAJP = "https://mcajp.com/studysupport"
S_MINATO = "https://activo.jp/articles/94402"
S_CCS = "https://activo.jp/articles/67801"
S_MIRAI = "https://sawayakazaidan.or.jp/community-fund/subsidy_report/?id=100895-A"
S_KURE = "http://kurekiea.com/2021/04/post-3485/"
S_AKAIHANE = "https://www.akaihane.or.jp/act_report/c2-11-2"
S_PICO = "https://pico.or.jp/icteducation/tokyo-sumasapo"
S_IKOMA = "https://news.yahoo.co.jp/articles/aed05fc0c85ab18b4637b91c406019552c1265d6"
S_RYUKYU = "https://ryukyushimpo.jp/newspaper/entry-2723680.html"
S_SUMASAPO = "https://sumasapo.metro.tokyo.lg.jp/about_20251202.html"
S_DSAPO = "https://dsapo.org/smartphonecoach2/"
S_NISHI = "https://www.at-yokohama.net/news/2166"
S_CHALLE = "https://challe.info/entry/2020/10/18/080000"
S_WAKABA = "http://wakaba-club.net/kiji_13.html"
S_AGRI_TOKYO = "https://agrivolunteer-tokyo.jp/qa/"
S_YOIOYASAI = "https://activo.jp/articles/87153"
S_JA_SAGAMI = "https://www.ja-sagamiharashi.or.jp/einou/center/ennoh"
S_KINTARO = "https://kintaroclub.net/report/2863/"
S_YACHIYO = "https://yachiyo.genki365.net/G0000211/"
S_SATOCHI = "http://satochi.net/hadano/archives/2005/11/index.html"
S_WENS = "https://wens.gr.jp/information/221120workshop"
S_HIDAMARI = "https://activo.jp/articles/92379"
S_YUINET = "https://yuinet-niihama.com/?p=9269"
S_YUINET2 = "https://yuinet-niihama.com/?p=4415"
S_NPONEWS_DAY = "http://nponews.jp/volunteer/afterschool-day-service/"
S_KURASHIKI = "http://volunteerinfo.jp/info/10491"
S_SHIROISHI = "https://shiroishi-shakyo.jp/?page_id=431"
S_SHINSUI = "https://shinsuikitara.com/vc1day/"
S_AICHIBORA = "http://blog.goo.ne.jp./aichiborasen/d/20180716"
S_YAMAGATA = "https://www.city.yamagata.gifu.jp/site/kaigo/1446.html"
S_KSB = "https://news.ksb.co.jp/article/13852954"
S_MINOBU = "http://anpi-hikaku.com/2007news/20070823yamanashi.html"
S_YAWATA = "http://anpi-hikaku.com/2010news/20100817kyoto.html"
S_TAKUHIYAMA = "https://takuhiyama.hatenablog.com/entry/2021/02/20/210441"
S_MACHITOMO = "https://kiyoseci.machikatsu.co.jp/group/detail.html?id=4362"
S_DAIGO = "https://www.daigo-syakyo.jp/mobile/page/page000013.html"
S_KARUIZAWA = "https://www.karuizawa.co.jp/topics/2025/05/100-20.php"
S_WACCA = "https://waccanoie.storeinfo.jp/pages/890004/page_201703100520"
S_BANPO = "https://shigayukan.com/%e4%ba%ba%e3%81%a8%e4%ba%ba%e3%80%81%e5%85%ac%e7%9a%84%e6%94%af%e6%8f%b4%e3%82%92%e3%81%a4%e3%81%aa%e3%81%90/"
S_HINA = "https://hina523.net/tasukeai_no_kai"
S_FUKUOKA_KEIZAI = "https://fukuoka-keizai.co.jp/?p=97191"
S_OTONOKAZE = "https://www.otonokaze.org/jigyou1"
S_KHH = "https://khh.hatenablog.com/entry/2022/04/03/110317"
S_OTSUMA = "http://www.chiiki.otsuma.ac.jp/wp/?p=4420"
S_HIMEJI = "https://himeji-fukujyukai.jp/1035/"
S_KYOTO_ONGAKU = "https://blog.canpan.info/kyotoongakuhiroba/archive/1495"
S_NEXTEP = "https://www.nextep-k.com/news/795/"
S_OKAYAMA_SHARE = "http://okayama-share.jp/cgi/web/?c=social_kiji-2&pk=91"
S_NOTE_AYA = "https://note.mu/aya/n/n02e29a633f1a"
S_HAMAKEI = "http://www.hamakei.com/headline/7362/"
S_VLG = "https://social.vlg.jp/probono/76.html"
S_OJK = "http://ojk.or.jp/blog/detail.php?arc_y=2020&offset=108&seq=167"
S_SETAGAYA = "http://www.setagayaj.or.jp/volunteer/introduce/2010/07/"
S_HASEKO = "https://haseko-senior.co.jp/miyazakidai-blog/34645/index.html"
S_TSUDOI = "http://kyodo-portal.city.osaka.jp/case/7071/"
S_CHIYODA = "https://chiyoda-vc.com/vlog/13772"
S_SASAKI = "http://dressmakingmadamu.blog.fc2.com/blog-entry-309.html"
S_KOKUBUNJI = "http://www.ko-shakyo.or.jp/vc/volunteer/"
S_HYAKUJU = "http://genki3.net/wp/?p=2255"
S_SANJO = "https://www.city.sanjo.niigata.jp/soshiki/fukushihokembu/koreikaigoka/secondlife_tobira/secondlife_tobira_r5/1.html"
S_INA = "https://ina-dani.net/topics/detail/?id=38375"
S_SLOWHAPPY = "https://slowhappy.jp/2020/02/17/%E4%BB%8A%E3%81%93%E3%81%9D%E3%83%9F%E3%83%89%E3%83%AB%E3%82%B7%E3%83%8B%E3%82%A2%E3%81%AE%E5%87%BA%E7%95%AA%EF%BC%81%E3%82%B7%E3%83%8B%E3%82%A2%E5%90%91%E3%81%91%E4%BD%93%E6%93%8D%E3%82%B5%E3%83%BC/"
S_TAKAYA = "https://blog.goo.ne.jp./takaya1911goo/m/201605"
S_FB_SENDAI = "https://miyagi-npo.gr.jp/cgi-local/info/part.cgi?id=20240906113317&type=volu"
S_2H_NAGOYA = "https://www.2h-nagoya.org/information/895"
S_FS_ICHIKAWA = "https://fs-ichikawa.org/?p=1909"
S_SENZU = "https://note.com./senzu_art/n/n837687009454?magazine_key=m03207172eed5"
S_UNICO = "https://unico-ptrasud.muragon.com/entry/1381.html"
S_SAIKI = "https://expydoc.com/doc/7141829/%E3%81%95%E3%81%84%E3%81%8D%E3%81%AE%E8%8C%B6%E3%81%AE%E9%96%93"
S_AYASE = "https://www.city.ayase.kanagawa.jp/soshiki/hishokohoka/kohoayase/6/2818.html"
S_DAITO = "https://daitoshijonawate.goguynet.jp/2020/01/06/siminnrepo-ta-bosyuu"
S_KOJI = "https://blog.goo.ne.jp./koji_0326/d/20141126"
S_HIMEJI_MINI = "https://isolationists10.rssing.com/chan-6354771/article479.html"
S_NIJIMACHI = "https://blog.canpan.info/machineth/daily/201704/20"
S_JISHU = "http://the2ndlife.cocolog-nifty.com/blog/2014/11/post-fc25.html"
S_COMAAM = "https://www.comaam.jp/%E5%85%90%E7%AB%A5%E9%A4%A8%EF%BD%A5%E5%85%90%E7%AB%A5%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC/%E6%89%80%E6%B2%A2%E5%B8%82%E6%8C%87%E5%AE%9A%E7%AE%A1%E7%90%86%E3%80%80%E6%89%80%E6%B2%A2%E5%B8%82%E7%AB%8B%E3%81%BF%E3%81%A9%E3%82%8A%E5%85%90%E7%AB%A5%E9%A4%A8/%E6%89%80%E6%B2%A2%E5%B8%82%E7%AB%8B%E3%81%BF%E3%81%A9%E3%82%8A%E5%85%90%E7%AB%A5%E9%A4%A8%E3%80%8C%E5%B0%86%E6%A3%8B%E3%81%B2%E3%82%8D%E3%81%B0%E3%80%8D/"
S_COMAAM2 = "https://www.comaam.jp/%E5%85%90%E7%AB%A5%E9%A4%A8%EF%BD%A5%E5%85%90%E7%AB%A5%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC/%E6%89%80%E6%B2%A2%E5%B8%82%E6%8C%87%E5%AE%9A%E7%AE%A1%E7%90%86%E3%80%80%E6%89%80%E6%B2%A2%E5%B8%82%E7%AB%8B%E3%81%B2%E3%81%8B%E3%82%8A%E5%85%90%E7%AB%A5%E9%A4%A8/%E6%89%80%E6%B2%A2%E5%B8%82%E7%AB%8B%E3%81%B2%E3%81%8B%E3%82%8A%E5%85%90%E7%AB%A5%E9%A4%A8%E3%80%80%E3%80%8C%E5%B0%86%E6%A3%8B%E3%81%B2%E3%82%8D%E3%81%B0%E3%80%8D/"
S_CKM = "https://newspaper.ckm-mirai.org/%e3%81%93%e3%81%a9%e3%82%82%e5%b0%86%e6%a3%8b%e4%bd%93%e9%a8%93%e6%95%99%e5%ae%a4%e3%82%92%e9%96%8b%e5%82%ac-%e4%ba%94%e5%8a%a0%e5%af%ba%e5%ad%90%e5%b1%8b%ef%bc%88%e4%b8%8a%e5%be%b3%e9%96%93%ef%bc%89"
S_KAKUZAN = "https://ameblo.jp/kakuzan101/entry-12820757581.html"
S_IBASHO = "https://newtown-sketch.com/blog/20170719-18867"
S_KAMAKURA = "https://kamakura-terakoya.net/report/2021/07/9602/"
S_IPAL = "http://www.i-pal.or.jp/tsuyaku/"
S_NAGOYA_NIC = "https://portal-worlds.com/news/asean/23524"
S_ARAYAX_TSUYAKU = "https://arayax.com/syumijin/volunteer/1661.html/amp"
S_LOTUS = "http://lotusvn.cocolog-nifty.com/ex/2009/03/post-d419.html"
S_FUNSTUDY = "http://fun-study-english.net/2018/07/20/other_internationalcomunicationcenter/"
S_ALLABOUT = "https://allabout.co.jp/gm/gc/45313/"
S_CHOFU = "http://chofu-engawa.seesaa.net/"

JA = ["ja"]

# (concepts, skills, bio, languages, source); ids R4V001… in this order
VOLUNTEERS_RAW = [
    # --- listening / watch_call / walk_escort
    (["listening"], ["傾聴"], "市内の傾聴グループに入っています。施設に伺い、否定せずに相槌を打ちながら、利用者さんが自由におしゃべりできる時間をつくっています。", JA, S_SINWA),
    (["listening", "walk_escort"], ["傾聴ボランティア"], "毎週月曜日に特養に通って10年になります。利用者さんと年が近いので話がはずみます。天気のよい日はお散歩にもご一緒します。", JA, S_FUREAI),
    (["listening"], [], "人の話を聞くのが好きです。人生経験の豊かな方のお話を伺うと、こちらが元気をもらいます。穏やかに接することを心がけています。", JA, S_FORYOU),
    (["listening", "dementia"], ["認知症サポーター"], "認知症カフェで、ご本人やご家族の介護の悩みに耳を傾けています。介護の仕事の経験があります。", JA, S_IWAKIKAI),
    (["listening"], ["話し相手"], "ご自宅に伺って、一緒におしゃべりを楽しむボランティアをしています。言葉が出にくい方とも、文字盤を使ってゆっくりお話しします。", JA, S_KOKUBUNJI),
    (["watch_call"], ["安否確認の電話"], "ボランティアグループで、ひとり暮らしの方に月に1回お電話しています。声の調子や通院の様子を伺い、気になることがあれば包括に伝えます。", JA, S_KSB),
    (["watch_call"], ["電話訪問"], "社協の事務所から、週に1回決まった時間にお年寄りのお宅へ電話をかけています。『お元気ですか』『困っていることはありませんか』と数分お話しします。", JA, S_YAWATA),
    (["watch_call"], ["見守り訪問"], "見守りボランティア講座を受け、2人1組で月1回、ひとり暮らしの高齢者のお宅を訪ねて声をかけています。", JA, S_YAMAGATA),
    (["watch_call", "listening"], [], "町の『ふれあいコール』の担当です。週1回、曜日と時間を決めてお年寄りと電話でおしゃべりし、体調の変化に気をつけています。", JA, S_MINOBU),
    (["watch_call"], [], "70歳を過ぎましたが、地区の見守り活動を続けています。新聞がたまっていないか、夜に電気がつくか、近所の一人暮らしの方を気にかけています。", JA, S_TAKUHIYAMA),
    (["walk_escort"], ["散歩の付き添い"], "施設の利用者さんの散歩や季節の外出に同行しています。車いすを押すのにも慣れました。", JA, S_FORYOU),
    (["walk_escort", "listening"], [], "呼吸器をつけた方のお宅に月1回伺い、おしゃべりをしたり、リクライニングの車いすでのお出かけに付き添ったりしています。", JA, S_KOKUBUNJI),
    (["walk_escort"], [], "介護支援ボランティアに登録し、ポイントをためながら、施設で散歩の付き添いと食事の下膳のお手伝いをしています。", JA, S_FUKUROI),
    # --- rec / event_staff / music
    (["rec"], ["レクリエーション"], "高齢者施設で、風船バレーやしりとりなど、利用者さんと一緒に楽しむレクの進行をお手伝いしています。", JA, S_AYA),
    (["rec", "event_staff"], ["レク補助", "行事のお手伝い"], "施設の体操やゲームの準備と進行、夏祭り・敬老会の準備や後片付けを手伝っています。", JA, S_FORYOU),
    (["rec", "music"], [], "元小学校の教員です。サロンで音楽を使った遊びをしています。CDから楽譜をおこして、昔の音頭を皆さんと歌いました。", JA, S_HATSUPY),
    (["event_staff"], ["イベント運営"], "クリスマス会や敬老会の会場設営、受付、片付けなど、短い時間でできるお手伝いが得意です。", JA, S_FORYOU),
    (["event_staff", "heavy"], ["会場設営"], "施設のイベントのとき、テントの設営や机・いすの運搬を毎年担当しています。力仕事ならお任せください。", JA, S_FUREAI),
    (["event_staff"], [], "施設の行事のお手伝いボランティアをしています。来場者の誘導と受付、飾りつけが担当です。", JA, S_FUREAI),
    (["music"], ["お琴"], "お琴の演奏ボランティアを24年続けています。童謡からヒット曲まで15曲ほど弾き、皆さんに歌っていただきます。", JA, S_SINWA),
    (["music"], ["ピアノ演奏"], "ボランティアセンターに登録して、高齢者施設や児童施設でピアノを弾いています。リクエストにもお応えします。", JA, S_KHH),
    (["music"], ["合唱"], "大学の合唱団で、デイサービスやグループホームを回り、荒城の月や美空ひばりの曲を歌っています。", JA, S_OTSUMA),
    (["music"], ["歌謡曲"], "歌のグループで施設に伺い、歌謡曲を15曲ほど歌います。歌詞カードを用意して、一緒に歌っていただきます。", JA, S_HIMEJI),
    (["music", "rec"], ["音楽療法"], "音楽療法を学びました。手持ちの打楽器や合唱、リズム体操など、参加者が主役になる音楽レクを進行します。", JA, S_OTONOKAZE),
    (["music"], [], "ピアノとギターの伴奏で、ショートステイの皆さんと季節の歌を歌っています。児童館では手遊びや絵本の読み聞かせもします。", JA, S_KYOTO_ONGAKU),
    # --- crafts / sewing
    (["crafts"], ["手芸"], "施設の趣味活動で、手芸や折り紙を利用者さんと一緒に楽しんでいます。", JA, S_FUREAI),
    (["crafts"], [], "寄付のタオルでぞうの形の人形を作るボランティアに通っています。お裁縫は小学生以来でしたが、今では2体目に挑戦中です。", JA, S_CHIYODA),
    (["crafts", "salon"], [], "サロンの世話人です。絵手紙や折り紙、手芸を楽しむ会を月1回開いています。", JA, S_SUMIDA_SALON),
    (["sewing"], ["裁縫"], "救護施設に週1回通い、利用者さんのズボンの丈直しや、トースターのカバーづくりをしています。劇の衣装も採寸から縫いました。", JA, S_OJK),
    (["sewing"], ["繕い物"], "特養に月2回通い、入所者の衣服のボタン付けや裾上げをしています。愛着のある部屋着を直してお返しするのが喜びです。", JA, S_SETAGAYA),
    (["sewing"], ["洋裁", "ミシン"], "洋裁が趣味で、手づくりグループでエプロンや楽器の収納袋、舞台衣装をミシンで作っています。", JA, S_TSUDOI),
    (["sewing"], ["ソーイング講師"], "ソーイング教室を開いています。ハギレで医療用のニット帽を縫いためて、緩和ケア病棟に届けています。", JA, S_SASAKI),
    (["sewing", "crafts"], [], "若いころ和裁の学校に通っていました。雑巾縫いから小物づくりまで、針仕事なら何でもお手伝いします。", JA, S_HASEKO),
    # --- exercise / salon / dementia
    (["exercise"], ["健康体操"], "学生のころから体操を続けてきました。自治会で健康体操の講座を開き、ストレッチ体操とダンベル体操を指導しています。", JA, S_HYAKUJU),
    (["exercise"], ["体操サポーター"], "健康体操の会場で、準備と後片付け、音楽係をしています。体操の前のストレッチの紹介も担当しています。", JA, S_SANJO),
    (["exercise"], ["筋力アップ体操"], "いきいきサポーターの養成講座を修了し、地区のおたっしゃ教室で筋力アップ体操をサポートしています。", JA, S_INA),
    (["exercise", "salon"], [], "マンションの集会室で百歳体操のサークルを立ち上げました。重りのバンドの貸し出しやDVDの準備にも慣れています。", JA, S_SLOWHAPPY),
    (["exercise"], ["百歳体操"], "町内の百歳体操の会の世話役です。毎週月曜に会場を設営し、初めての方に体操の動きをお伝えしています。", JA, S_TAKAYA),
    (["salon"], ["サロン運営"], "地区の憩いの場で、1杯100円のコーヒーとお菓子を出しながら、来られた方とおしゃべりしています。", JA, S_YABU),
    (["salon"], ["サロン世話人"], "ふれあい・いきいきサロンの世話人を続けています。受付とお茶出し、季節の行事の準備をしています。", JA, S_SAPPORO),
    (["salon", "crafts"], [], "ふれあい茶論のボランティアです。手芸やお楽しみ会を企画して、日中ひとりで過ごす方の外出のきっかけをつくっています。", JA, S_OYAMA),
    (["dementia"], ["認知症カフェ"], "オレンジカフェの運営スタッフです。認知症の方やご家族が気軽に立ち寄れるよう、お茶を出して一緒に過ごしています。", JA, S_KYOAI),
    (["dementia", "salon"], [], "市民と社協、包括で準備会をつくり、認知症カフェを立ち上げました。当日はテーブルで参加者と歓談しています。", JA, S_HATTORI),
    (["dementia"], ["民生委員"], "民生委員として、地区の認知症カフェに毎回参加しています。ひとり住まいの方と同じテーブルを囲みます。", JA, S_AHIDAKA),
    # --- braille / onyaku
    (["braille"], ["点訳"], "点訳グループで活動しています。広報や議会だよりの点字版をパソコンで作り、料理のレシピや将棋の棋譜の点訳依頼にも応えています。", JA, S_TOYOHASHI),
    (["braille"], ["点字"], "点訳の会の会員です。パソコンの6点入力で点訳し、月2回の例会で製本と発送をします。列車の時刻表の点訳が担当です。", JA, S_AKARI),
    (["braille"], ["パソコン点訳"], "1年間、月2回の点訳講座に通い、そのまま隣の教室の点訳サークルに入りました。今はパソコンで点字を打っています。", JA, S_OKWAVE),
    (["braille", "onyaku"], [], "点訳グループで毎月の機関紙を点字で作っています。市の広報の音訳も少し担当しています。", JA, S_IZU),
    (["braille"], ["教材点訳"], "中高生や大学生の教材を点訳したり、テキストファイルにしたりしています。点字の小冊子も毎月発行しています。", JA, S_FUJISAN),
    (["braille"], [], "点訳講習会で基礎から校正まで学びました。2週間に1度の講習で、課題を提出しています。", JA, S_KOROKORO),
    (["onyaku"], ["音訳"], "視覚障害者支援センターの音訳講習を修了しました。広報誌を読んで録音しています。パソコンも使えます。", JA, S_ISENP),
    (["onyaku"], ["録音図書"], "点字図書館で、活字の本を声にして録音するボランティアをしています。目の不自由な方に本を届けたいと思っています。", JA, S_THKA),
    # --- study / japanese / interp
    (["study"], ["学習支援"], "大学生です。外国人の子どもたちの夏休み教室に参加し、企画から当日の宿題の手伝いまでしました。", JA, S_MATSUDO_KIDS),
    (["study", "japanese"], [], "週末の学習教室で、外国につながる子ども1人に付いて、計算や漢字、音読の練習を見ています。子育てしながらの参加です。", JA, S_MCAJP),
    (["study"], ["学習サポート"], "夜の教室で、週1回『お兄さん』として子どもたちと勉強しています。語学力は特にありません。", JA, S_CCS),
    (["study"], ["無料塾"], "地域の無料の学習会で、中学生の受験前の補習を担当しています。子ども食堂にも顔を出しています。", JA, S_AKAIHANE),
    (["study", "kids_play"], [], "元教員です。居場所っこクラブで夏休みの宿題を見守ったあと、子どもたちと昔遊びやクイズをしています。", JA, S_IBASHO),
    (["japanese"], ["日本語指導"], "国際交流協会の日本語指導ボランティアです。日本語が難しい外国人の方に、日常生活で必要な日本語をお教えしています。", JA, S_IPAL),
    (["japanese", "study"], [], "外国にルーツのある子どもたちの日本語学習を支える会を立ち上げました。子どもの募集から教材づくりまでしています。", JA, S_MINATO),
    (["japanese"], ["日本語ボランティア"], "国際交流協会の日本語ボランティアとして、来日したばかりの大人の方と会話の練習をしています。", JA, S_ALLABOUT),
    (["interp"], ["英語通訳"], "国際交流センターの通訳ボランティアに登録し、書道の体験教室やストリートフェスタで英語の通訳をしました。", ["ja", "en"], S_FUNSTUDY),
    (["interp"], ["通訳"], "語学ボランティアに登録し、保育園や区役所で英語の通訳、手紙の翻訳をしています。災害語学ボランティアにも登録しています。", ["ja", "en"], S_NAGOYA_NIC),
    (["interp"], ["ベトナム語"], "ベトナムで暮らしていたことがあり、ベトナム語ができます。在住ベトナム人の生活をサポートする通訳をしています。", ["ja", "vi"], S_LOTUS),
    (["interp"], ["ベトナム語通訳"], "ベトナムの出身です。協会から派遣されて、病院や保健センターでの通訳をしています。", ["ja", "vi"], S_IPAL),
    (["interp", "japanese"], ["中国語通訳"], "中国語と日本語ができます。役所での手続きの通訳と、日本語教室のお手伝いをしています。", ["ja", "zh"], S_ARAYAX_TSUYAKU),
    (["interp"], ["ポルトガル語"], "ブラジル出身で日本に15年住んでいます。学校からのお知らせの翻訳や、保護者面談の通訳をしています。", ["ja", "pt"], S_ARAYAX_TSUYAKU),
    (["study", "interp"], [], "ブラジル人学校で教えていたことがあります。ポルトガル語と日本語で、子どもの宿題を見ながら説明しています。", ["ja", "pt"], S_MIRAI),
    # --- smartphone / pc / web / design
    (["smartphone"], ["スマホサポーター"], "都のスマホサポーターのオンライン研修を受けました。『教える』のではなく、デジタルに不慣れな方に寄り添って、困りごとを一緒に解決するよう心がけています。", JA, S_PICO),
    (["smartphone", "pc"], ["TOKYOスマホサポーター"], "地元のシニアのボランティアクラブでパソコン教室の講師をしながら、都のスマホサポーターとして月7回ほど相談会に出ています。", JA, S_SUMASAPO),
    (["smartphone"], ["スマホ相談"], "スマホ相談会で、コンサートの座席指定やQRコードの出し方など、画面を見ながら一つずつお伝えしています。", JA, S_RYUKYU),
    (["smartphone"], ["スマホ講座"], "メーカーの講師から教え方を学びました。メールの送受信やアプリの使い方を、まず『大丈夫ですよ』と寄り添ってからお教えします。", JA, S_NISHI),
    (["smartphone", "pc"], [], "地域のパソコンボランティア団体に入っています。週2回のパソコン講習と相談のほか、公民館で不定期にスマホ講座を開いています。", JA, S_CHALLE),
    (["smartphone"], ["中国語"], "中国の出身です。スマホサロンで、中国語を話す高齢の方にLINEや地図アプリの使い方を説明しています。", ["ja", "zh"], S_SUMASAPO),
    (["smartphone"], [], "台湾の出身で、中国語と日本語ができます。スマホコーチとして、家族や近所の高齢の方のスマホ利用をやさしくていねいに手伝っています。", ["ja", "zh"], S_DSAPO),
    (["pc"], ["パソコン相談"], "自治体のパソコン自習室で、月2回支援員をしています。ワードやエクセルの操作、デジカメ写真の整理の質問に答えています。", JA, S_JISHU),
    (["pc"], [], "公民館のパソコンサロンで、ITサポートボランティアとして、エクセルやワードを一対一でお教えしています。", JA, S_WAKABA),
    (["pc", "writing"], [], "ミニコミ誌の編集責任者として、集まった原稿をパソコンでまとめています。学校でパソコンを教えていました。", JA, S_HIMEJI_MINI),
    (["web"], ["ウェブサイト制作"], "プロボノワーカーとして、NPOのウェブサイトのリニューアルをチームで手がけました。", JA, S_OKAYAMA_SHARE),
    (["web", "writing"], ["広報"], "本業でNPO支援の広報を担当しています。プロボノとして、団体のSNS発信やプレスリリースづくりを手伝いました。", JA, S_NOTE_AYA),
    (["web"], [], "IT企業に勤めています。仕事のスキルを生かして、子ども支援のNPOのホームページ更新とSNSの運用をプロジェクト単位でお手伝いしています。", JA, S_NEXTEP),
    (["design"], ["チラシデザイン"], "デザイナーです。寄付を呼びかけるNPOのチラシやフェイスブックページを、プロボノで制作しました。", JA, S_HAMAKEI),
    (["design", "photo"], [], "映像やCGの仕事をしています。NPOの活動を短く紹介するプロモーションビデオや、パンフレットのデザインをお手伝いします。", JA, S_VLG),
    (["design"], [], "専門学校でデザインを学んでいます。学習支援の団体のチラシを作らせていただきました。", JA, S_AKAIHANE),
    # --- photo / writing
    (["photo", "writing"], ["市民記者"], "市の広報まちかど特派員として、地域の行事をスマホのカメラで撮り、短い記事を書いています。", JA, S_AYASE),
    (["photo"], ["写真撮影"], "市民レポーターとして、まつりやイベントに出向いて写真を撮っています。デジタルカメラを持っています。", JA, S_DAITO),
    (["photo"], ["行事の写真"], "自治会の広報誌のために、イベントごとの写真を撮りためています。写真で地域の行事を伝えたいと思っています。", JA, S_KOJI),
    (["writing"], ["取材・執筆"], "地域の人や団体を紹介する小冊子を年4回作っています。編集会議でテーマを決め、取材に行って記事を書きます。", JA, S_NIJIMACHI),
    (["writing"], [], "地元のミニコミ誌の記者になりました。自治会のふれあい給食やサロンを取材して原稿を書いています。", JA, S_HIMEJI_MINI),
    # --- farming / satoyama / yardwork
    (["farming"], ["援農"], "JAの農業研修講座を修了し、援農ボランティアとして人手のほしい農家さんの畑に通っています。", JA, S_JA_SAGAMI),
    (["farming"], ["農作業"], "広域援農ボランティアに登録しています。1回2~3時間、剪定ばさみや鍬を使う作業なら慣れました。", JA, S_AGRI_TOKYO),
    (["farming", "heavy"], [], "毎月第3土曜日に、無農薬で野菜を作る農家さんの畑へ通っています。収穫や運び出しなどの力仕事が中心です。", JA, S_YOIOYASAI),
    (["satoyama"], ["竹林整備"], "里山の会で、枯れ竹の除去や混みあった竹の間伐をしています。春はたけのこを掘って竹を減らします。", JA, S_YACHIYO),
    (["satoyama"], ["下刈り", "間伐"], "里地里山のボランティア養成研修で、下刈り・枝打ち・間伐を学びました。落ち葉かきとたい肥づくりもします。", JA, S_SATOCHI),
    (["satoyama", "yardwork"], [], "会員宅の手に負えなくなった竹林の整備に参加しています。のこぎりと刈払機が使えます。", JA, S_KINTARO),
    (["yardwork"], ["草取り"], "たすけあい隊に入って、高齢の方のお宅の庭掃除や草取り、冬は除雪をしています。", JA, S_YABU),
    (["yardwork", "chores"], [], "お手伝いフレンドとして登録しています。草刈りや電球交換など、ちょっと困ったときのお手伝いをしています。", JA, S_MACHITOMO),
    # --- chores / shopping
    (["chores"], ["家事援助"], "協力会員として、高齢の方のお宅で掃除や洗濯、食事の準備と片付けをしています。", JA, S_DAIGO),
    (["chores", "shopping"], [], "生協のたすけあいの会で、子育て中のご家庭の掃除や買い物をお手伝いしています。", JA, S_HINA),
    (["chores"], ["掃除", "洗濯"], "家事サービスの登録スタッフです。掃除、洗濯、料理など、お宅にあるものを使ってお手伝いします。話し相手や犬の散歩も引き受けます。", JA, S_BANPO),
    (["shopping"], ["買い物代行"], "マッチングサービスに登録して、高齢の方の買い物代行をしています。依頼のメールが来たら、できるときだけ引き受けます。", JA, S_KARUIZAWA),
    (["shopping", "chores"], [], "ささえあい活動のサポーター会員です。電球交換や買い物支援など、公的サービスでは頼めない困りごとに伺います。", JA, S_WACCA),
    # --- disaster / heavy / foodbank / cooking / driving
    (["disaster"], ["災害ボランティア"], "豪雨のあと、災害ボランティアセンターを通じて被災した家屋の泥出しと清掃をしました。", JA, S_KURASHIKI),
    (["disaster", "heavy"], [], "ボランティアバスで被災地へ行き、家財道具や畳の運び出しをしてきました。体力には自信があります。", JA, S_AICHIBORA),
    (["disaster"], [], "災害ボランティアセンターでスタッフをしていました。受付やボランティア保険の案内、資機材の貸し出しの流れがわかります。", JA, S_SHINSUI),
    (["heavy", "disaster"], [], "力仕事が得意です。浸水した家の家財道具の運び出しを手伝ったことがあります。重い物を運ぶ作業なら声をかけてください。", JA, S_SHINSUI),
    (["foodbank"], ["フードバンク"], "フードバンクで、寄付された食料品の検品と在庫整理、箱詰めをしています。週に1回、数時間のシフトです。", JA, S_FB_SENDAI),
    (["foodbank", "driving"], ["ドライバー"], "フードバンクのドライバーボランティアです。法人の軽自動車で工場からパンや野菜を引き取り、施設ごとに仕分けます。", JA, S_2H_NAGOYA),
    (["foodbank"], ["仕分け・梱包"], "フードパントリーで、お米や調味料、野菜の仕分けと梱包、受け取りに来られた方の対応をしました。", JA, S_SENZU),
    (["foodbank", "heavy"], [], "フードバンクの倉庫で、30キロの玄米の袋や食品の箱を運ぶ作業をしています。", JA, S_UNICO),
    (["cooking", "chores"], ["調理"], "家事経験は30年です。有償ボランティアの養成講座を修了し、子育て家庭で料理を作るお手伝いと片付けをしています。", JA, S_FUKUOKA_KEIZAI),
    (["cooking"], [], "里山の活動では、休憩と昼食のときに伐った竹を燃料にして汁物の炊き出しを担当しています。", JA, S_YACHIYO),
    (["driving"], ["送迎"], "フードバンクの食料品の配送を自家用車で担当しています。運転には慣れています。", JA, S_FB_SENDAI),
    (["driving", "walk_escort"], [], "運行サービスのボランティアです。高齢の方を車でお送りし、降りてからの付き添いもします。", JA, S_CHOFU),
    # --- kids_play / disabled_kids / shogi / go
    (["kids_play"], ["子どもの遊び相手"], "大学生ボランティアとして学童に通い、子どもたちと山崩し将棋やUNOで遊んでいます。", JA, S_KAMAKURA),
    (["kids_play"], ["子育てサロン"], "子育てサロンで、小さい子の遊び相手とお母さんたちの見守りをしています。", JA, S_FUREAI),
    (["kids_play", "disabled_kids"], [], "中学生です。夏休みに療育ルームで、児童発達支援の子とお手玉やトランポリンで遊びました。", JA, S_YUINET),
    (["disabled_kids"], ["障害児余暇支援"], "知的障害のある子どもたちと、プールや室内遊び、外出を一緒に楽しむボランティアをしています。", JA, S_NPONEWS_DAY),
    (["disabled_kids"], ["放デイ ボランティア"], "放課後等デイサービスで、大型トランポリンなど体を使った自由遊びに『友達として』加わっています。", JA, S_HIDAMARI),
    (["disabled_kids"], [], "高校生のときから放課後クラブに通い、利用児さんと手順書にそった対人ゲームをしたり、おやつ作りを見守ったりしています。", JA, S_YUINET2),
    (["shogi"], ["将棋"], "将棋の段位を持っています。公民館で毎週無料の将棋教室を開き、駒の動かし方から教えています。", JA, S_CKM),
    (["shogi"], ["将棋の対局"], "児童館の将棋ひろばに毎月通い、子どもたちと対局しています。『これじゃとられちゃうぞ』と声をかけながら指します。", JA, S_COMAAM),
    (["shogi", "kids_play"], [], "老人クラブの仲間と、夏休みに児童館で子どもの将棋の相手をしました。子どもと話すのが楽しくなってきました。", JA, S_COMAAM2),
    (["shogi"], ["将棋講師"], "親子将棋教室を開いています。おもちゃ図書館では見習いスタッフで、将棋の希望があったときに講師をします。", JA, S_KAKUZAN),
    (["go", "kids_play"], ["囲碁"], "地域の居場所で、子どもたちと囲碁やはさみ将棋をして遊んでいます。", JA, S_IBASHO),
    (["go"], ["囲碁の相手"], "施設の趣味活動で、麻雀や囲碁の相手をしています。", JA, S_FUREAI),
]  # fmt: skip

# (need, also, kind, name, title, description, languages, remote_ok, source); ids R4Q01… in this order
REQUESTS_RAW = [
    (["listening"], [], "group", "特別養護老人ホーム やすらぎ苑", "傾聴ボランティアを募集しています", "当苑では、入居者の皆さまが笑顔で過ごせるよう、地域の方にボランティアとして関わっていただいています。\n◆活動内容:利用者様のお話にじっくり耳を傾けていただく傾聴活動\n◆日時:平日の午後、1回1時間程度(曜日はご相談ください)\n人の話を聞くのが好きな方、穏やかに接することのできる方をお待ちしております。", JA, False, S_FORYOU),
    (["walk_escort"], ["listening"], "group", "介護付き住まい コープふれあい", "お散歩や車椅子の付き添い", "入居者様お一人おひとりが、その人らしく暮らせるよう支えてくださる方を募集しています。今回お願いしたいのは、天気のよい日の施設周りのお散歩や、車椅子での付き添いです。お散歩中のおしゃべりも大歓迎です。決まった曜日でなくても大丈夫です。", JA, False, S_FUREAI),
    (["music"], [], "group", "介護老人保健施設", "歌や踊りのボランティア募集", "当施設には、保育園の園児との交流会など、たくさんのボランティアさんに来ていただいています。入所されている方は歌が大好きな方ばかりです。歌や踊りで一緒に楽しんでくださるボランティアを募集しています。", JA, False, S_ALTER),
    (["listening"], [], "group", "社会福祉法人 デイサービス", "おしゃべりの時間に来てくださる方", "施設での生活が中心の利用者の方が、自由におしゃべりできる時間をつくりたいと考えています。否定せず、相槌を打ちながらお話を聞いてくださる方を探しています。お琴の演奏ボランティアさんにも来ていただいていますが、今回は演奏ではなく、お話の相手をお願いしたいです。", JA, False, S_SINWA),
    (["rec"], ["event_staff"], "group", "デイサービスセンター", "レクリエーションのお手伝い", "デイサービスでは毎日、体操やゲーム、歌、手芸などのレクリエーションを行っています。準備や進行を一緒にしてくださる方を募集します。季節の行事(夏祭り・敬老会)の準備や片付けも手伝っていただけると助かります。", JA, False, S_FORYOU),
    (["salon"], ["exercise"], "group", "町内会 よもやまサロン", "サロンのお手伝い", "毎月第3火曜日の午前中、集会所でサロンを開いています。参加者は25人前後です。受付とお茶出し、会場の準備をしてくださる方を募集します。毎回軽い体操を取り入れているので、座ったままの体操の進行ができる方がいれば、なおうれしいです。", JA, False, S_HATSUPY),
    (["exercise"], [], "group", "市 高齢介護課", "健康体操の会場サポーター募集", "市内の定期会場で行っている健康体操のサポーターを募集しています。会場の準備や片付け、体操中の音楽係に加え、体操の前に準備運動のストレッチを皆さんに紹介していただきます。立っても座ってもできる体操です。", JA, False, S_SANJO),
    (["dementia"], ["salon"], "group", "地域包括支援センター", "オレンジカフェのスタッフ", "認知症の方やご家族、地域の方が気軽に集まれる『オレンジカフェ』を月1回開いています。お茶を出しながら、参加者と同じテーブルで一緒に過ごしてくださるボランティアを募集します。専門職も同席しますので、認知症に詳しくなくても大丈夫です。", JA, False, S_KYOAI),
    (["dementia"], ["listening"], "group", "高齢者を支援する若者の会", "介護の悩みを聴くカフェ", "毎月第1土曜日の午前、レストランをお借りして認知症カフェを開いています。ご本人やご家族の介護の悩みに耳を傾けてくださる方、一緒にカフェを続けてくださる方を募集します。", JA, False, S_IWAKIKAI),
    (["braille"], [], "group", "点字図書館", "点訳ボランティア養成講習会 受講生募集", "点字が読める視覚障害者にとって、点字の本は大切な情報源です。当館では活字の本を点字に訳して貸し出しており、点訳してくださるボランティアを養成しています。\n◆内容:点字の初歩から(初心者可)\n◆条件:メールやインターネットが使える程度のパソコン知識のある方\n修了後は当館のボランティアグループで活動していただきます。", JA, False, S_THKA),
    (["braille"], [], "group", "町社会福祉協議会", "社協だよりの点字版づくり", "町の広報紙と社協だよりを点字にして、視覚障害のある方にお届けしています。点訳の会のメンバーが減り、パソコンで点訳できる方を探しています。録音(音訳)のグループもありますが、今回は点訳の担い手を募集します。", JA, False, S_AKARI),
    (["onyaku"], ["braille"], "group", "県 視覚障害者支援センター", "点訳・音訳奉仕者 募集", "当センターでは、点字図書や広報誌の点訳・音訳を進めています。とくに広報誌を読んで録音してくださる音訳の方が足りません。点訳の経験がある方も歓迎します。", JA, False, S_ISENP),
    (["study"], ["japanese"], "group", "市 国際交流協会", "夏休み宿題応援プロジェクト", "外国にルーツをもつ小中学生のための『夏休み宿題応援プロジェクト』を行います。宿題のプリントやドリルを一緒にやってくださるボランティアを募集します。日本語の勉強の手伝いをお願いすることもあります。日本語での活動なので、外国語ができなくても大丈夫です。\n◆日時:7月下旬~8月の木・土曜日 10時~12時", JA, False, S_KURE),
    (["japanese"], ["study"], "group", "多文化共生の学習支援グループ", "子どもの日本語学習をいっしょに", "外国につながる子どもたちの学習支援を続けて20年になります。学校の日常会話はできても、教科書の日本語が難しい子が多くいます。ひらがな・漢字の読み書きや音読を一対一で見てくださる方を募集します。", JA, False, S_MCAJP),
    (["study"], [], "group", "外国人の子どものための勉強会", "夏休み教室の学生ボランティア", "外国人の子どもたちに学習支援をしている団体です。毎年開く『夏休み教室』(5日間)で、子どもたちの勉強を見てくれる大学生・専門学校生を募集します。事前の準備会にも参加していただきます。", JA, False, S_MATSUDO_KIDS),
    (["study"], ["interp"], "group", "外国籍の子どもの学習教室", "ポルトガル語のできる学習サポーター", "市内の外国にルーツのある小中学生を対象に、学習支援と生活の相談を行っています。ブラジルから来たばかりの兄弟がいて、算数の宿題を見ながら、わからないところをポルトガル語で説明してくださる方を探しています。保護者への連絡の通訳もお願いできれば助かります。", ["pt"], False, S_MIRAI),
    (["interp"], [], "group", "県 国際交流協会", "ベトナム語の通訳ボランティア", "日本語が難しい在県外国人の方が医療機関や保健福祉機関を利用するとき、通訳ボランティアを派遣しています。とくにベトナム語の通訳をしてくださる方が不足しています。", ["vi"], False, S_IPAL),
    (["interp"], [], "group", "国際センター", "保育園での英語通訳", "保育園の入園説明会に、英語を話すご家族が参加されます。園の一日の流れや持ち物の説明を英語で通訳してくださる語学ボランティアをお願いします。平日の午前中です。", ["en"], False, S_NAGOYA_NIC),
    (["interp"], [], "resident", "書道教室の講師", "英語の通訳をお願いできませんか", "市民センターで書道教室を開いています。来月、英語を話す留学生のグループが体験に来ることになりましたが、私は英語が話せません。『はねる』『止める』などの筆の動きを説明するとき、横で英語に訳してくださる方はいませんか。", ["en"], False, S_FUNSTUDY),
    (["smartphone"], [], "group", "市 デジタル推進課", "スマホサポーター募集", "高齢の方のスマートフォンの困りごとに一人ずつ寄り添う『スマホサポーター』を募集します。講座(全4回)でメールやアプリの使い方の教え方を学んだあと、月1回程度の相談窓口で相談に応じていただきます。スマホが得意でなくても、『わからない気持ち』がわかる方は大歓迎です。", JA, False, S_IKOMA),
    (["smartphone"], [], "resident", "80代の女性", "スマホでQRコードを出したい", "コンサートのチケットをスマホで買ったのですが、入口で画面にQRコードを出す方法がわかりません。窓口が減って、予約も手続きもスマホと言われて困っています。一度そばで教えていただけたら、紙にメモして覚えます。", JA, False, S_RYUKYU),
    (["smartphone"], [], "resident", "中国出身の父と暮らす家族", "中国語でスマホを教えてくださる方", "父を中国から呼び寄せて一緒に暮らしています。日本語がほとんどわからず、LINEのビデオ通話や地図の見方を覚えたいそうです。中国語で説明しながら教えてくださる方はいませんか。市のスマホサロンにも行ってみましたが、言葉の壁がありました。", ["zh"], False, S_SUMASAPO),
    (["pc"], [], "group", "自治会 広報部", "会報づくりのパソコンのお手伝い", "年2回出している自治会の広報誌は、イベントごとの写真を中心にした紙面です。これまで切り貼りで作ってきましたが、今回からパソコンで作りたいと思っています。役員は皆70代で、ワードの使い方がわかりません。写真の貼り付けや文字の配置を教えてくださる方を探しています。", JA, False, S_KOJI),
    (["web"], ["design"], "group", "子ども支援のNPO法人", "ホームページとSNSのプロボノ", "私たちはこどもたちの笑顔のために活動しているNPOです。活動の様子をもっと多くの方に知っていただきたいのですが、ホームページは何年も更新できず、SNSも止まっています。専門的なスキルを生かして、サイトの更新とSNS発信の仕組みづくりをプロジェクト単位でお手伝いいただける方を募集します。チラシのデザインもお願いできればうれしいです。", JA, True, S_NEXTEP),
    (["design"], [], "group", "犯罪被害者を支える会", "パンフレットのリニューアル", "団体のパンフレットが見づらく、支援を必要とする方に届いていません。デザインの力で、読みやすく伝わるパンフレットに作り直してくださる方を募集します。", JA, True, S_OKAYAMA_SHARE),
    (["photo"], ["writing"], "group", "市 秘書広報課", "まちかど特派員の募集", "地域の出来事や心温まる話題を市民の皆さんに届ける『まちかど特派員』を募集しています。地域の催しを写真に撮り、簡単な原稿を添えて提供してください。カメラ付きのスマホでも構いません。文章は所定の様式にそって書けます。", JA, False, S_AYASE),
    (["writing"], ["photo"], "group", "市民活動センター", "情報誌の取材・執筆ボランティア", "市内の人や団体、活動を紹介する小冊子を年4回発行しています。編集会議に参加し、団体を訪ねて取材し、記事を書いてくださる方を募集します。取材先での写真撮影もお願いすることがあります。", JA, False, S_NIJIMACHI),
    (["farming"], [], "group", "援農ボランティア事務局", "農家のお手伝い", "人手が足りない農家さんの畑で、収穫や草取り、袋詰めなどを手伝っていただく援農ボランティアを募集します。当日は農家さんが作業を指導しますので、経験がなくても大丈夫です。1回2~3時間程度です。", JA, False, S_AGRI_TOKYO),
    (["farming"], ["heavy"], "group", "NPO法人 よいおやさい", "第3土曜日の農作業ボランティア", "無農薬で野菜や果物を作っている農家さんも高齢になり、耕作をあきらめる畑も出てきました。毎月第3土曜日、畑の作業をお手伝いしています。収穫した野菜のコンテナ運びなどの力仕事もあります。", JA, False, S_YOIOYASAI),
    (["satoyama"], [], "group", "里山・虹の会", "竹林整備の仲間募集", "お寺の裏の竹林が荒れてきたため、地権者の方と相談して竹林の整備を始めました。枯れ竹の片付けや、混みあった竹の間伐を一緒にしてくださる方を募集します。お昼には伐った竹を燃料に汁物を作ります。", JA, False, S_YACHIYO),
    (["satoyama"], [], "group", "自然環境保全の団体", "放置竹林の整備", "父から引き継いだ竹林を一人では管理できない、という地主さんのご相談を受けました。ボランティアの皆さんと竹を伐り、広葉樹の森に戻していきたいと思います。作業の前に安全のための説明があります。", JA, False, S_WENS),
    (["disabled_kids"], [], "group", "放課後等デイサービス", "一緒に遊ぶボランティア", "障害のある子どもたちが放課後を過ごす放課後等デイサービスです。支援者としてではなく、友達として一緒に遊んでくださる方を募集しています。大型トランポリンなど、体を使った遊びが中心です。", JA, False, S_HIDAMARI),
    (["disabled_kids"], ["kids_play"], "group", "障害児の放課後クラブ", "夏休みのプール・外出", "知的障害のある小学生から高校生の子どもたちと、夏休みにプールや水遊び、外出を楽しんでいます。子どもたちと一緒に思いっきり遊んでくださる方を募集します。汚れてもよい服装でお越しください。", JA, False, S_NPONEWS_DAY),
    (["disaster"], ["heavy"], "group", "市災害ボランティアセンター", "被災家屋の泥出し・清掃", "豪雨で被災した地区で、家屋の泥出しや清掃をしてくださる災害ボランティアを募集しています。家財の運び出しなどの力仕事が中心です。ボランティア活動保険に加入のうえ、受付時間内にお越しください。", JA, False, S_KURASHIKI),
    (["disaster"], [], "group", "市社会福祉協議会", "災害ボランティアセンターの運営協力者", "大規模な災害のとき、社協は災害ボランティアセンターを立ち上げ、床下の泥出しや家財の運び出しなどのニーズを受け付けます。いざというときにセンターの受付や資機材の貸し出しを担ってくださる方を、平常時から募集しています。", JA, False, S_SHIROISHI),
    (["watch_call"], [], "group", "市社会福祉協議会", "テレフォンボランティア", "ひとり暮らしや高齢者だけの世帯に週1回電話をかけ、お変わりないかを確かめています。月・水・金の午後、社協の事務所から電話をかけてくださる方を募集します。1件数分の会話です。", JA, False, S_YAWATA),
    (["watch_call"], ["listening"], "group", "ボランティアグループ おれんじの会", "電話での安否確認", "訪問活動を休んでいる間、登録している一人暮らしの方に月1回電話をかけて体調を伺っています。電話を楽しみに待ってくださる方も多く、お話をゆっくり聞いてくださる仲間を募集します。", JA, False, S_KSB),
    (["watch_call"], [], "group", "市 地域包括支援センター", "見守り訪問の協力員", "ひとり暮らしの高齢者や認知症のある方のお宅を、協力員が2人1組で月1回以上訪ね、安否確認と声かけをしています。見守りボランティア講座を受けていただける方を募集します。", JA, False, S_YAMAGATA),
    (["chores"], ["shopping"], "group", "町社会福祉協議会", "協力会員(家事援助)募集", "高齢の方や体の不自由な方のお宅に伺い、簡単な家事のお手伝いをする協力会員を募集しています。\n◆内容:食事の準備・片付け、掃除、洗濯、生活必需品の買い物代行 など\n◆時間:午前9時~午後5時の間で、ご都合のよい時間", JA, False, S_DAIGO),
    (["shopping"], [], "resident", "一人暮らしの高齢者", "週1回の買い物をお願いしたい", "足が悪くなり、スーパーまで歩いて行けなくなりました。週に1回、メモをお渡ししますので、お米や牛乳など重い物を中心に買ってきていただけないでしょうか。謝礼はお支払いします。", JA, False, S_KARUIZAWA),
    (["yardwork"], [], "resident", "80代の夫婦", "庭の草取りを手伝ってほしい", "夫婦とも80歳を過ぎ、庭の草取りができなくなりました。夏の間に2回ほど、草取りと庭の掃除をお願いできる方はいませんか。業者に頼むほどの広さではありません。", JA, False, S_YABU),
    (["chores"], ["yardwork"], "resident", "70代の男性", "ちょっとしたお手伝いを", "妻を亡くしてから家のことが回りません。お風呂と換気扇の掃除、それに庭の草刈りも少しお願いしたいです。お手伝いフレンドさんのような方に来ていただければ、謝礼をお渡しします。", JA, False, S_MACHITOMO),
    (["foodbank"], ["driving"], "group", "NPO法人 フードバンク", "食料品の仕分け・配送ボランティア", "生活に困っている方に食料を届けるため、寄付された食品の回収とお届けをしています。\n◆活動内容:食料品の検品・在庫整理、箱詰め、配送(自家用車をお持ちの方)\n◆日時:月・木・金 10時~16時のうち数時間\nとくに配送をしてくださる方を必要としています。", JA, False, S_FB_SENDAI),
    (["heavy"], [], "group", "さいきの茶の間 料理教室", "食材の運び込みをお願いします", "公民館で毎月、一人暮らしの高齢の方向けの料理教室を開いています。料理の先生はいるのですが、お米や野菜、鍋などを車から2階の調理室まで運ぶ人手が足りません。教室の前後30分ずつ、運び込みと片付けの力仕事をお願いできる方を探しています。", JA, False, S_SAIKI),
    (["foodbank"], [], "group", "フードバンク フードパントリー", "パントリー当日のお手伝い", "毎月第2土曜日、3つの拠点で食品をお渡しするフードパントリーを開いています。食品の管理や仕分け、運搬、当日の受付をしてくださるボランティアを募集します。", JA, False, S_FS_ICHIKAWA),
    (["sewing"], [], "group", "特別養護老人ホーム", "衣類の繕いものボランティア", "入所者の方の衣服のボタン付けや、ズボンの裾上げなど、日常の裁縫をしてくださる方を募集します。月2回、ホームの会議室で作業していただきます。入所者と直接お話しする活動ではありません。", JA, False, S_SETAGAYA),
    (["crafts"], ["sewing"], "group", "看護小規模多機能 つどいの家", "ご利用者と一緒に雑巾縫い", "ご利用者に雑巾を縫っていただき、近くの小学校や保育園に寄付しています。針に糸を通したり、縫い方を一緒に考えたりしながら、ご利用者と楽しく作業してくださるボランティアを募集しています。", JA, False, S_HASEKO),
    (["kids_play"], [], "group", "子ども会館", "放課後の遊び相手", "放課後、子ども会館にやってくる小学生と一緒に遊んでくださる大学生ボランティアを募集します。UNOやボードゲーム、外遊びなど、子どもたちの『やりたい』に付き合ってください。", JA, False, S_KAMAKURA),
    (["shogi"], ["kids_play"], "group", "市立児童館", "将棋ひろばのボランティア", "毎月の『将棋ひろば』が子どもたちに人気です。腕を上げた子どもに職員が追いつかず、対局しながら教えてくださる方を募集します。囲碁の会もありますが、今回は将棋です。", JA, False, S_COMAAM),
    (["go"], ["kids_play"], "group", "わらしっ子見守り広場", "夏休み居場所っこクラブ", "夏休みの子どもの居場所として、宿題の見守りのあと、昔遊びや囲碁で一緒に遊ぶ会を開きます。子どもたちに囲碁の打ち方を教えてくださる方を募集します。", JA, False, S_IBASHO),
    (["music"], ["rec"], "group", "高齢者ショートステイ", "季節の歌の伴奏を", "月1回、利用者の皆さんと季節の歌を歌う時間をつくっています。ピアノかギターで伴奏してくださる方を探しています。一緒に打楽器を鳴らすなど、参加型の時間にしていただけると助かります。", JA, False, S_KYOTO_ONGAKU),
    (["listening"], ["walk_escort"], "resident", "呼吸器をつけた30代女性の家族", "おしゃべりとお出かけの付き添い", "娘は呼吸器をつけているので声を出せませんが、表情が豊かで、パソコンや文字盤で話します。土曜の午前に月1回でも、一緒におしゃべりし、ゆくゆくはリクライニングの車いすでのお出かけにも付き添ってくださる方を探しています。", JA, False, S_KOKUBUNJI),
    (["exercise"], [], "group", "マンション自治会", "百歳体操の会のお世話役", "マンションの集会室で週2回、百歳体操をしています。重りのバンドを配ったり、DVDを流したり、初めての方に動きを教えたりする世話役を、もう一人探しています。", JA, False, S_SLOWHAPPY),
    (["salon"], [], "group", "地区協議会 健康・福祉部会", "コーヒーサロンの当番", "地区の住民が気軽に立ち寄れる憩いの場として、1杯100円のコーヒーサロンを開いています。コーヒーを入れてお菓子を出し、来られた方とおしゃべりする当番を募集します。", JA, False, S_YABU),
    (["crafts"], [], "group", "区ボランティアセンター", "タオル人形づくり", "寄付されたタオルでぞうの人形を作り、売上を被災された方々への寄付にしています。毎週金曜日、サロンで一緒に作ってくださる方を募集します。お裁縫が苦手でも大丈夫です。", JA, False, S_CHIYODA),
]  # fmt: skip

VOLUNTEERS = [(f"R4V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R4Q{i:02d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "福祉施設 行事 ボランティア 募集 傾聴 散歩付き添い",
    "地域サロン 協力者 募集 お茶出し 体操",
    "認知症カフェ ボランティア 募集 活動内容",
    "点訳 ボランティア 募集 点字 養成講座",
    "外国につながる子ども 学習支援 ボランティア 募集",
    "シニア スマホ 相談 サポーター 養成 募集",
    "援農 ボランティア 募集 農作業 収穫 草取り 農家",
    "里山 竹林 保全 ボランティア 募集 竹の伐採 下草刈り",
    "障害児 余暇支援 ボランティア 募集 放課後等デイサービス 一緒に遊ぶ",
    "災害ボランティアセンター 泥出し 家財 運び出し 参加者 募集",
    "高齢者 見守り 電話 訪問 ボランティア 募集 孤立防止",
    "家事支援 有償ボランティア 協力会員 募集 買い物 掃除 調理",
    "音楽療法 ボランティア 施設訪問 ピアノ 歌 募集",
    "NPO プロボノ ホームページ SNS 広報 チラシ デザイン ボランティア 募集",
    "手芸 裁縫 ボランティア 施設 雑巾 縫う 募集",
    "清瀬市 ボランティア 団体 活動 募集",
    "生涯学習 人材バンク 登録者 特技 指導者 紹介 折り紙 そば打ち",
    "国際交流協会 語学ボランティア 登録 ポルトガル語 タガログ語 ベトナム語 通訳",
    "ボランティア 活動紹介 私は 定年後 始めました 得意を生かして 登録",
    "高齢者 体操 指導 ボランティア 健康体操 いきいき百歳体操 サポーター 活動",
    "フードバンク フードパントリー ボランティア 募集 仕分け 運搬 力仕事",
    "地域 行事 記録 写真 ボランティア 広報紙 取材 編集 市民記者 募集",
    "点訳ボランティア 活動 声 パソコン点訳 広報 点字版 グループ紹介",
    "放課後 子ども 居場所 将棋 けん玉 昔遊び 地域の名人 ボランティア",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
