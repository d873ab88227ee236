"""A sixth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
福祉施設の行事 (夏祭り・納涼祭), 配食サービス (調理と配達), フードバンク・フードパントリー, 古着の仕分け, 点訳・音訳の
会, 外国につながる子どもの宿題教室, 不登校の居場所, 障害者の作業所, 保護猫の預かり, 竹林・里山の整備, ビーチクリーン,
スマホ相談・パソコン教室, 行事の撮影と広報紙の編集, 出前囲碁・将棋教室, 縫うボランティア, 電球交換・家具の移動
などの軽作業, 通院の付き添い, 買い物支援, 演奏・マジックの慰問 and 国際交流の通訳 publish, and registrant / activity
introductions (体験談, 会員の声, 活動報告, サークル紹介) written as a person's bio. Graded for skill fit only (areas and
times are not given), like real2 … real5.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real5), and each text here was rewritten closely from one page (none of the pages of real/, real2/,
real3/, real4/ or real5/; self_check refuses one, and 45 pages first picked were such pages and were dropped): the
group's self-introduction before the ask, bullet fields (◆活動内容 / ◆日時), 敬語, the people the help is for, what
is not needed and what staff do. Names, phone numbers and addresses are rewritten out. Every record names the page it
follows (`sources.json`). The concept list below is this set's own; its author did not read `matching/` (code or
data) nor any ranking, and the matcher was not run on the set before it was committed. Grades follow from the
hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  施設の行事 (facility_event: 夏祭りの設営・模擬店・見守り) vs 演奏 (music) — unrelated (0): the 夏祭り ask that names
  the 合唱部 on its stage (R6Q003) grades a musician 0; facility_event vs 調理 (cooking) — 0 unless asked: the
  夏まつり ask (R6Q002) asks for 模擬店の調理 as a second ask (2);
  演奏 (music) vs マジック (magic) — related (1): the ハーモニカ ask (R6Q005) grades a magician 1, among them one
  whose bio names the ハーモニカ group he performed beside;
  点訳 (braille) vs 音訳 (onyaku) — related (1): the 点訳 ask that names 録音図書 (R6Q015) grades a reader 1;
  配食の配達 (meal_delivery) vs 調理 (cooking) and 送迎 (driving) — related (1): the 配達 ask (R6Q007) grades a cook 1;
  フードバンク (foodbank) vs パソコン (pc) and 調理 (cooking) — unrelated (0): the 倉庫 ask that has donated food
  typed into a パソコン (R6Q013) grades a pc volunteer 0;
  外国につながる子ども (foreign_kids) vs 学習支援 (study) — close (2); vs 通訳 (interp) — related (1): the 宿題 ask that
  says 外国語の知識は必要ありません (R6Q018) grades an interpreter 1;
  不登校の居場所 (ibasho) vs 学習支援 (study) and 傾聴 (listening) — related (1);
  作業所 (sagyosho) vs 手芸 (handicraft) — related (1): the 作業所 ask with 刺子・さおり (R6Q022) grades a sewer 1;
  スマホ (smartphone) vs パソコン (pc) — related (1); パソコン vs 写真 (photo) — unrelated (0): the Excel 講座 ask that
  names 写真の編集 (R6Q033) grades a photographer 0;
  写真 (photo) vs 広報紙 (kouhou) — close (2): the 広報誌 ask (R6Q035) grades a photographer 2;
  囲碁 (go) vs 将棋 (shogi) — related (1): a 囲碁 bio that says he gave up 将棋 (初段) is graded 1 for the 将棋 asks;
  軽作業 (light_work) vs 送迎 (driving) — unrelated (0): the 家具 ask that names the カーボランティア (R6Q046) grades a
  driver 0;
  竹林・里山 (satoyama) vs 海岸清掃 (beach) — related (1);
  付き添い (escort) vs 送迎 (driving) and 買い物 (shopping) — related (1); shopping vs driving — related (1);
  保護猫の預かり (animal) — related to nothing;
  通訳 (interp) for Portuguese (R6Q052, R6Q053): the English-speaking interpreter is graded 0 (language missing).
Words of another skill beside the ask: the 夏祭り ask's 合唱部, the 点訳 ask's 録音図書, the フードバンク ask's パソコン
入力, the 作業所 ask's 手話, the Excel ask's 写真, the 家具 ask's カーボランティア, the 縫う ask's 被災地; and bios
with distractors (a 居場所 founder who was an 自動車整備士, a パソコン helper driven home by a classmate, a photographer
who is a 介護福祉士, another who photographs 子ども食堂 lunch boxes, a magician who teaches at a 日本語教室, a 囲碁 player who
gave up 将棋, a 買い物代行・付き添い volunteer who leaves her car at home).

usage: python bench/heldout/real6.py          (writes bench/heldout/real6/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real6.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)

OUT = Path(__file__).resolve().parent / "real6"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real6")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "facility_event": "福祉施設の行事の手伝い (夏祭り・納涼祭・敬老会の設営, 模擬店, 入居者の見守り, 盆踊り)",
    "recreation": "高齢者施設のレクリエーションの進行・補助 (ゲーム, ビンゴ, 体操, 司会)",
    "listening": "傾聴・話し相手 (施設や自宅で話をじっくり聴く)",
    "music": "演奏・歌の慰問 (ハーモニカ, 大正琴, 三味線, 合奏)",
    "magic": "マジック・手品の披露, マジック教室",
    "meal_delivery": "配食サービスのお弁当の配達と安否確認",
    "cooking": "調理 (配食のお弁当づくり, 子ども食堂の調理)",
    "foodbank": "フードバンク・フードパントリー (寄贈食品の受け取り, 仕分け, 箱詰め, 配布)",
    "recycle": "古着・衣類のリユースの仕分け",
    "braille": "点訳 (点字の本・広報をつくる)",
    "onyaku": "音訳・朗読の録音 (声の広報, 録音図書)",
    "foreign_kids": "外国につながる子どもの学習支援 (宿題, 日本語)",
    "study": "子どもの学習支援 (宿題, 受験勉強)",
    "ibasho": "不登校・ひきこもりの子どもの居場所での見守り・遊び相手",
    "sagyosho": "障害者の作業所・事業所での作業の手伝い (内職, 袋詰め, パン)",
    "animal": "保護犬・保護猫の世話, 預かりボランティア",
    "satoyama": "里山・竹林・森林の整備 (伐採, 草刈り, 育樹)",
    "beach": "海岸清掃・ビーチクリーン",
    "smartphone": "スマートフォンの使い方の相談・教室",
    "pc": "パソコン教室の講師・補助 (ワード, エクセル)",
    "photo": "写真撮影 (行事の記録, 記念写真)",
    "kouhou": "広報紙・広報誌の編集, 記事づくり",
    "go": "囲碁の相手・囲碁の指導",
    "shogi": "将棋の相手・将棋の指導",
    "handicraft": "手芸・裁縫 (雑巾, バッグ, 医療用帽子を縫う)",
    "light_work": "家の中の軽作業 (電球交換, 家具の移動・組み立て, 手すり付け)",
    "escort": "通院・外出の付き添い (歩いて, 車いすで, 院内や店内で)",
    "shopping": "買い物の支援・代行",
    "driving": "車での送迎",
    "interp": "通訳・翻訳 (言語はリクエストの languages が決める)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("foreign_kids", "study"),  # a tutor helps a child with homework whatever the child's first language
        ("photo", "kouhou"),  # a 広報紙 team takes its own photographs; a photographer is half of it
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: facility_event–music, music–listening,
# foodbank–cooking, foodbank–pc, pc–photo, light_work–driving, animal–anything, go–listening, onyaku–music,
# sagyosho–foodbank.
RELATED = {
    frozenset(p)
    for p in [
        ("facility_event", "recreation"),
        ("recreation", "listening"),
        ("recreation", "music"),
        ("recreation", "magic"),
        ("music", "magic"),
        ("meal_delivery", "cooking"),
        ("meal_delivery", "driving"),
        ("foodbank", "recycle"),
        ("braille", "onyaku"),
        ("foreign_kids", "interp"),
        ("study", "ibasho"),
        ("ibasho", "listening"),
        ("sagyosho", "handicraft"),
        ("satoyama", "beach"),
        ("smartphone", "pc"),
        ("kouhou", "pc"),
        ("go", "shogi"),
        ("handicraft", "recycle"),
        ("light_work", "shopping"),
        ("light_work", "listening"),
        ("escort", "driving"),
        ("escort", "shopping"),
        ("shopping", "driving"),
    ]
}

# the pages (each record names one)
S_KOUJUEN = "http://koujuen.com/endayori20140708.html"
S_MIZUHOEN = "https://himejima-mizuhoen.jp/?p=3145"
S_KOUREI_MIKI = "http://koureisyadaigaku.cccp.jp/miki20/28syuurakuen/newpage2.html"
S_NAGOMI = "https://nagominosato.net/report/201408231910/"
S_TAIYOU = "http://www.taiyou-kai.jp/info/event/detail/493.html"
S_KOSHAKYO = "https://ko-shakyo.or.jp/vc/news/%e5%a4%8f%e3%83%9c%e3%83%a9%e3%83%aa%e3%83%9d%e3%83%bc%e3%83%88%e2%91%aa%e3%81%ab%e3%82%93%e3%81%98%e3%82%93%e5%81%a5%e5%ba%b7%e5%a4%8f%e3%81%be%e3%81%a4%e3%82%8a"
S_OASIS = "https://oasisnavi.jp/miyagi/sendai/miyagino/hd1151689/blog/id=164145"
S_NIKKE = "https://nikkecare.com/blog/?p=1498"
S_SATTE = "https://satte-syakyo.or.jp/cms/uncategorized/3079"
S_JANKEN = "https://www.jankenpon.jp/interview/%E3%82%B9%E3%82%BF%E3%83%83%E3%83%95%E3%81%AE%E5%A3%B0%E2%80%95%E8%81%B7%E7%A8%AE%E5%88%A5/haitatsu/"
S_OIZUMI = "https://oizumi-kyoudou.jp/?p=631"
S_IINAN = "https://mykoho.jp/article/323861/9594223/9734724"
S_YAHIKO = "https://mykoho.jp/article/153427/9768798/9943188"
S_KOFU = "https://www.asahi.com/articles/ASQ9T7QVQQ9GUZOB011.html"
S_NAGARA = "https://mykoho.jp/article/千葉県長柄町/%e5%ba%83%e5%a0%b1%e3%81%aa%e3%81%8c%e3%82%89-%e4%bb%a4%e5%92%8c6%e5%b9%b48%e6%9c%8819%e6%97%a5%e5%8f%b7%ef%bc%88no-%e2%98%85%ef%bc%89/%e5%bf%83%e3%82%92%e3%81%a4%e3%81%aa%e3%81%90%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2"
S_TEINE = "https://food-pantry.simdif.com"
S_SHONAN_P = "https://foodbank-shonan.com/activity/foodpantry"
S_SHONAN_D = "https://foodbank-shonan.com/activity/dailyactivities"
S_MIYASHIRO_FD = "https://syakyou.org/fooddrive"
S_IRUMA_FB = (
    "http://www.maroon.dti.ne.jp/foodbankiruma/%83%7B%83%89%83%93%83e%83C%83A%95%E5%8FW/borantyiaboshuu.html"
)
S_NARA_SOUDAN = "https://nara-soudan.jp/blog/foodbank_2404"
S_PAYPAY = "https://paypay-bachelor-sidefire.com/foodbank-ibaraki/"
S_REFASHION = "https://ameblo.jp/ref-suzuki/entry-11746146373.html"
S_CHIBA_VOL = "https://chiba-volunteer.jp/?p=9715"
S_10NET = "https://10net.jp/classic/397"
S_KAKOGAWA = "https://kakogawavc.hatenadiary.org/entry/20110726/1311666644"
S_KANAZAWA_TEN = "https://medical-plus.info/regional/312278"
S_CHITOSE = "https://chitose-shakyo.or.jp/29225.html"
S_SAGATV = "https://sagatv.co.jp/kachiplus/media/archives/1516106"
S_KISARAZU = "https://expydoc.com/doc/5907409/%E8%A9%B3%E3%81%97%E3%81%8F%E3%81%AF%E3%81%93%E3%81%A1%E3%82%89---%E6%9C%A8%E6%9B%B4%E6%B4%A5%E5%B8%82%E7%AB%8B%E5%9B%B3%E6%9B%B8%E9%A4%A8"
S_ONYAKUNET = "https://onyaku.net/archives/author/onyakunet/page/71"
S_TAKASAKI_ROUDOKU = "https://news.livedoor.com/topics/detail/29840943/"
S_KURASHIKI = (
    "https://www.soro-jpf.net/project/profile/2025/profile_2025_17.html?TB_iframe=true&height=410&width=620"
)
S_SAGAMIHARA_ROKU = (
    "https://soro-jpf.net/project/profile/2014/profile_2014_27.html?TB_iframe=true&height=410&width=620"
)
S_INA = "https://ina-dani.net/topics/detail/?id=25013"
S_NASUKARASUYAMA = "https://mykoho.jp/article/栃木県那須烏山市/%e5%ba%83%e5%a0%b1%e3%81%aa%e3%81%99%e3%81%8b%e3%82%89%e3%81%99%e3%82%84%e3%81%be-2024%e5%b9%b41%e6%9c%88%e5%8f%b7/%e3%81%be%e3%81%a1%e3%81%8b%e3%81%a9%e3%83%aa%e3%83%9d%e3%83%bc%e3%83%88-7"
S_MORIOKA = "https://blog.goo.ne.jp./goemon-1555/m/201312"
S_ECHIZEN = "https://e-i-a.jp/?p=644"
S_KAGOYA = "https://vwp880665.kagoyacloud.com/katsudohint"
S_KAHOKU = "https://kahoku.news/articles/20231111khn000021.html"
S_YORIDOKORO = "https://studychain.jp/interview/yoridokoro"
S_KANAZAWA_FS = "https://kimiiro.education/style/88293"
S_REFRAME = "https://activo.jp/s/a/84626"
S_IRUMA_SAGYO = "http://iruma-shakyo.or.jp/?p=284"
S_KYOUSOU = "https://kyousounet.com/2022/10/19/2736/"
S_ASAHIKAI = "http://asahikai.hello-net.info/2014/08/01/439"
S_MEIJI21 = "https://econ.meijigakuin.ac.jp/economics/social_activities/2021social-2/"
S_MEIJI23 = "http://econ.meijigakuin.ac.jp/economics/social_activities/2023social-2/"
S_NECOTO = "https://necoto.or.jp/volunteer/"
S_NISHINASU = "https://ameblo.jp/nishinasuinuneko/entry-12820384432.html"
S_CHUO2828 = "https://chuo2828.com/foster"
S_KYOTO_ANI = "https://kyoto-ani-love.com/volunteer/activity/house"
S_HOGOKEN_CAFE = "https://hogoken-family.com/hogoken-cafe-volunteer/"
S_DOGFRIENDLY = "https://dogfriendly.jp/?p=10337"
S_JUON = "https://mirai.coopnet.or.jp/event/mirainomori/chichibu/blog/hozen/2024/05/5119npojuon-network4332-39.html"
S_YAMABOUSHI = "https://www.yamaboushi.org/kyodo_jyutaku/8912"
S_NAGURI = "https://blog.goo.ne.jp./naguri-sawarabi/c/b5703f6ef3c3489f19cd777e41ea8795/2"
S_ISHI = "https://ishi-kankyonet.org/2018/04/30/takenoko/"
S_SNAPPE = "https://snappe.net/outline/reasons"
S_HONOBONO = "https://honobonobeach.com/ビーチクリーン"
S_SHIRAHAMA = "https://shirahama-mariner.jp/?p=7448"
S_WHYNOT = "http://www.wh-y-not.com/entry/beachclean-14sep"
S_TOKYOSILVER = "https://tokyosilver.jp/jishujigyo/interview09"
S_KASUGA = "https://newsdig.tbs.co.jp/articles/rkb/1770210?display=1"
S_MITAKA_SUMAHO = "https://news.livedoor.com/article/detail/29856817/"
S_KIKUGAWA = "http://www.sizcom.jp/area_news/20180930/1342/"
S_TATU = "https://blog.goo.ne.jp./tatu_no_ko/d/20070222"
S_CHALLE2023 = "https://challe.info/entry/2023/06/01/080000"
S_THATUKO = "https://blog.goo.ne.jp./thatuko_5/d/20070208"
S_ELMO = "http://elmopc.lolipop.jp/index.html"
S_CAREFUMIMI = "https://carefumimi.hatenablog.jp/entry/2019/07/28/123936"
S_SAGA_PHOTO = "https://www.saga-s.co.jp/articles/-/430794"
S_USAGI = "http://usaginooto.hatenablog.jp/entry/2016/06/14/001358"
S_KORIYAMA_PHOTO = "https://www.city.koriyama.lg.jp/soshiki/23/117830.html"
S_HIBI = "https://note.mu/hibi_myzk/n/nd72b7015141d"
S_CHIYODA = "http://fukushi-portal.tokyo/archives/743"
S_KANDENCHI = (
    "http://kan-den-chi.jimdo.com/2012/10/02/%E3%83%9C%E3%83%A9%E3%83%B3-%E3%81%A6-%E4%BC%9A%E8%AD%B0/"
)
S_MATITOMO = "https://blog.goo.ne.jp./matitomo2017/d/20210302"
S_KOAMI = "https://blog.goo.ne.jp/grandpa-koami/d/20080714"
S_KODOMO110 = "http://kodomo110.net/kim/111c.html"
S_AHIDAKA2021 = "https://ahidaka.asablo.jp/blog/2021/06/20/"
S_TAIWA = "http://blog.goo.ne.jp/taiwa-shakyo/m/201005"
S_IGO94_8142 = "http://igo94.blog.jp/archives/8142499.html"
S_IGO94_3412 = "http://igo94.blog.jp/archives/3412641.html"
S_KISOH = "http://kisoh.org/vol.igo.html"
S_HUKUSIIGO = "https://hukusiigo.sakura.ne.jp/contact.html"
S_KFUKUMIMI = (
    "https://k-fukumimi.com/group/%e6%97%a5%e6%9c%ac%e7%a6%8f%e7%a5%89%e5%9b%b2%e7%a2%81%e5%8d%94%e4%bc%9a"
)
S_FUKUCHIYAMA = "https://kyoshakyo.or.jp/regional_power/fukchiyama/643"
S_SHIZUOKA_SHOGI = "https://sgc.shizuokacity.jp/report/2025042200025"
S_KIYUUKAN = "https://kiyuukan.hatenablog.com/entry/38205516"
S_HIKONE = "https://hikone.keizai.biz/headline/481"
S_ICHIKAWAMISATO = "http://im-shakyo.sakura.ne.jp/423"
S_ITSUTSU = "https://www.i-tsu-tsu.co.jp/blog/dojo/petit-circle/"
S_MANABI = "https://manabishogi.com/exc01/"
S_KITASHINCHI = "https://www.kitashinchimc.info/?cat=7&paged=4"
S_RARA2009 = "http://rara840.cocolog-nifty.com/blog/2009/08/post-17be.html"
S_SAITAMA2ND = "https://2ndlife.city.saitama.jp/search/searchdtl.aspx?typ=90&ht=1&pageSiz=15&pageNum=1&&id=59"
S_RARA_CAT = "http://rara840.cocolog-nifty.com/blog/cat41180177/index.html"
S_RARA2019 = "http://rara840.cocolog-nifty.com/blog/2019/09/post-7a088c.html"
S_NAGOYAKAM = "http://nagoyakam.cocolog-nifty.com/blog/2009/08/post-a5d8.html"
S_HIBARI = "https://hibari-harmonicaclub.com/movie.php?pid=77"
S_SIAWASE = "https://siawase-k.com/2013/12/day-siawase-dayori/%E3%83%8F%E3%83%BC%E3%83%A2%E3%83%8B%E3%82%AB%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2%E3%81%AE%E6%BC%94%E5%A5%8F/"
S_WELLBEING = "http://wellbeing-care.jp/inoday/?p=2599"
S_TSUNAGARU = "https://tsunagaru.genki365.net/group_927/activity/2570.html"
S_SEIKAEN = "https://seikaen.jp/?p=18677"
S_GREENLIFE = "https://www.greenlife-inc.co.jp/2018/05/09/%e2%99%aa-%e3%83%8f%e3%83%bc%e3%83%a2%e3%83%8b%e3%82%ab%e6%bc%94%e5%a5%8f%e4%bc%9a-%e2%99%ac/"
S_MNSHOSHI = "https://ameblo.jp/m-nshoshi/entry-10768578591.html"
S_TEINEN = "http://teinenjidai.com/chiba/h22/02/index.html"
S_ONOJO = "https://www.onojo-com.info/partnership/katudouhoukoku/r7/20250814095930.html"
S_AHIDAKA2014 = "https://ahidaka.asablo.jp/blog/2014/08/30/"
S_KAKAMIGAHARA = "https://www.kakamigahara-silver.jp/ikiiki/ex/"
S_MAMEJIMA = "https://mamejima.naganoblog.jp/a2630207.html"
S_JRC22 = "https://jrc.or.jp/chapter/osaka/news/2022/0328_024764.html"
S_JRC23 = "https://jrc.or.jp/chapter/osaka/news/2023/0302_031194.html"
S_SASAKI = "http://dressmakingmadamu.blog.fc2.com/category11-1.html"
S_OHDA = "http://www.ohda-shakyo.jp/news/new-post/hiyoribukuro.html"
S_FUNEHIKI = "https://funehiki-h.fcs.ed.jp/plugin/blogs/show/20/43/213"
S_FUKUROI = "https://fukuroi-comicen.jp/news/news-403373"
S_SENIOR_ACCESS = "https://senior-access.sakura.ne.jp/WP/%e9%ab%98%e9%bd%a2%e8%80%85%e3%81%ae%e8%a9%b1%e3%80%8c%e5%82%be%e8%81%b4%e3%80%8d%e3%81%ab%e5%80%a4%e3%80%80%e8%80%81%e4%ba%ba%e4%bc%9a%e3%81%8c%e6%96%bd%e8%a8%ad%e8%a8%aa%e5%95%8f%e6%b4%bb%e5%8b%95"
S_KOHITSUJI = "http://yasushikomatsu.blog.jp/archives/9011877.html"
S_KTHIDE = "https://ameblo.jp/kthide/page-23.html"
S_HAMASAKI = "https://blog.goo.ne.jp./8311-hamasaki/d/20170826"
S_138CC = "http://138cc.sblo.jp/article/180398963.html"
S_SHINJO_NORDOT = "https://nordot.app/555872837669078113?c=388701204576175201"
S_SHINJO_TBS = "https://newsdig.tbs.co.jp/articles/-/1145144?page=4"
S_KASHIMA_BUS = "http://shakyotankentai.blog.fc2.com/blog-entry-1027.html"
S_YOKKAICHI = "https://you-yokkaichi.com/?p=28207"
S_KEIO = "https://www.keiogakuyukai.com/Essay-26-nasu.htm"
S_RAINBOW = "https://rainbow-ribbon-net.org/kodomosyokudou/pal-no39/"
S_NUAS = "https://slc.nuas.ac.jp/report/cat05"
S_NUAS6 = "https://slc.nuas.ac.jp/report/cat05/index_6.html"
S_KATSUSHIKA = "https://katsushika-kodomoshokudou.net/2023/03/22/1%e6%9c%88%e3%81%ae%e3%80%8c%e3%81%bf%e3%82%93%e3%81%8b%e3%81%b5%e3%81%87%e9%a3%9f%e5%a0%82%e3%80%8d%e3%83%ac%e3%83%9d%e3%83%bc%e3%83%88"
S_HUNNWARI = "https://www.hunnwariyukiblog.com/entry/2022/05/26/114942"
S_NIPPAKU = "https://nippaku.hamazo.tv/a9795602.html"
S_MANATAROGEN = "https://ameblo.jp/manatarogen/entry-11531763429.html"
S_MISHOP = "https://mishop.jp/jp/act/group03.php?cat=2&id=g0016"
S_WAKO = "https://www.city.wako.lg.jp/kurashi/kokusaika/1005590/1005655/1005657.html"

JA = ["ja"]
JA_PT = ["ja", "pt"]
JA_EN = ["ja", "en"]

# (concepts, skills, bio, languages, source); ids R6V001… in this order
VOLUNTEERS_RAW = [
    # --- facility_event / recreation
    (["facility_event"], [], "高齢者大学のカラオケクラブの仲間と、毎年夏に特養の夏祭りの応援に行っています。模擬店に分かれて、おでんやたこ焼き、焼きそば、飲み物を売ります。作り手の腕も年々上がってきました。やぐらの周りの踊りの輪にも入ります。", JA, S_KOUREI_MIKI),
    (["facility_event"], ["盆踊り"], "赤十字奉仕団の仲間と、施設の納涼祭の最初に盆踊りの輪をつくっています。炭坑節や東京音頭では入居者の皆さんも一緒に踊ってくださいます。屋台や抽選会のお手伝いもします。", JA, S_KOUJUEN),
    (["facility_event"], [], "有料老人ホームの夏祭りに呼ばれて、盆踊りを実演しています。懐かしい曲がかかると、入居者さまも自然に輪に入ってこられます。", JA, S_NIKKE),
    (["facility_event", "cooking"], ["イベント設営"], "老健の夏まつりのボランティアです。朝10時に集まって、隣の公園にテントを張り、舞台をつくり、模擬店で売る食べ物の調理もします。夕方からは屋台とゲームの係です。", JA, S_KOSHAKYO),
    (["facility_event"], ["模擬店"], "高校生です。特養と障害者支援施設の合同の夏祭りで、模擬店の手伝いと、利用者さんやご家族の会場案内をしました。", JA, S_TAIYOU),
    (["facility_event"], ["行事ボランティア"], "特養の納涼祭の当日ボランティアをしています。屋台の準備や入居者さまの見守りをし、盆踊りにも一緒に参加します。", JA, S_MIZUHOEN),
    (["recreation"], [], "大学生です。施設の夏祭りで、ヨーヨー釣りや輪投げ、ボウリングのゲームを利用者さんと一緒に楽しみ、最後のビンゴ大会の進行も手伝いました。ふだんお部屋で過ごすことの多い方にも声をかけます。", JA, S_OASIS),
    (["magic", "recreation"], ["司会"], "マジックのボランティアグループの会長です。有料老人ホームの慰問では進行役を務め、仲間の演技を紹介して、最後に長生きのための5つのことを短くお話しします。", JA, S_NAGOYAKAM),
    # --- listening
    (["listening"], ["傾聴"], "老人会の傾聴委員会のメンバーです。高齢者施設を訪ねて、入居者の方のお話を伺っています。同じ時代を生きてきた者同士なので、共感できることがたくさんあります。", JA, S_SENIOR_ACCESS),
    (["light_work", "listening"], ["話し相手"], "シルバー人材センターの会員です。一人暮らしの高齢の方のお宅で、電球や蛍光灯の取り替え、家具や扇風機の移動をし、1時間ほどの話し相手もしています。", JA, S_KAKAMIGAHARA),
    # --- music / magic
    (["music"], ["ハーモニカ"], "ハーモニカクラブの一員として、デイサービスでボランティア演奏をしています。演奏に合わせて利用者の皆さんが元気に歌ってくださいます。", JA, S_HIBARI),
    (["music"], [], "4人のハーモニカグループで、ケアホームのクリスマス会に出ました。歌詞カードを配って、ジングルベルや星影のワルツ、ふるさとを一緒に歌っていただきます。", JA, S_SIAWASE),
    (["music"], ["大正琴"], "大正琴の仲間とデイサービスを慰問しています。伴奏に合わせて利用者さんが合唱し、最後は輪になって炭坑節を踊ります。", JA, S_WELLBEING),
    (["music"], ["ハープ", "アコーディオン"], "篳篥、ハープ、アコーディオンの3人で、ボランティアセンターからの依頼を受けてデイサービスを訪問しています。童謡唱歌を中心に、皆さんが体を動かしながら歌える曲を選びます。", JA, S_TSUNAGARU),
    (["music"], ["三味線"], "三味線の会で、毎月1回老人保健施設に伺っています。演奏に合わせて手拍子や手遊びをしながら、利用者の皆さんに唄っていただきます。", JA, S_SEIKAEN),
    (["music", "light_work"], ["ハーモニカ演奏"], "行政書士をしながら、平日の昼間にボランティアをしています。知的障害のある方の施設の新年会で、童謡やCMの曲当てクイズ、J-POPをハーモニカで40分ほど演奏しました。社協の高齢者お困りごと支援にも登録していて、電球の付け替えに伺います。", JA, S_MNSHOSHI),
    (["magic"], ["マジック"], "マジックのボランティアグループで、有料老人ホームを慰問しています。ロープやカード、カッププロダクション、袋卵などを演じます。タネが壊れてしまった日もありました。", JA, S_RARA2009),
    (["magic"], [], "現役時代に公民館のマジック講座で始めたのがきっかけで、今は研究会の仲間とデイサービスでマジックを披露しています。最後は輪ゴムのマジックを皆さんに伝授します。", JA, S_SAITAMA2ND),
    (["magic"], [], "マジック仲間に誘われて、デイサービスを訪ねました。ハーモニカの3人のグループと一緒の回で、私はシルクやロープのマジックとトルコ帽を演じました。準備と片付けは大変ですが、不思議がってもらえるのがうれしいです。", JA, S_RARA2019),
    (["magic"], ["手品"], "国際プラザの日本語教室でタイの方に日本語を教えています。年度末のパーティーでは、土曜のクラスの出し物としてマジックを披露しました。施設の慰問でも手品をします。", JA, S_RARA_CAT),
    (["magic"], ["マジックショー"], "仲間とマジックショーをしています。施設の夏祭りでは、スイカ割りのあとに出番があります。", JA, S_NAGOMI),
    # --- meal_delivery / cooking
    (["meal_delivery"], ["配食ボランティア"], "配食サービスのお弁当を届けるボランティアです。お弁当を置いてくるだけでなく、お昼の分が夕方まで残っていたら声をかけ、事務所に戻って職員に様子を伝えます。", JA, S_JANKEN),
    (["meal_delivery"], [], "月に1~2回、配食サービスの配達に参加しています。前の日のお弁当が手つかずだったので関係機関に連絡したことがあり、小さなことに気付く役割があると感じました。", JA, S_YAHIKO),
    (["meal_delivery", "cooking"], [], "食事サービスの会で30年近く、一人暮らしの高齢の方に夕食のお弁当を作って届けています。『お元気ですか』と声をかけて手渡します。", JA, S_KOFU),
    (["cooking"], ["調理ボランティア"], "退職後、先輩に誘われて給食サービスの調理ボランティアを始めました。毎週火曜の朝9時から、食べる方のことを考えて切り方や味付けを相談しながら作ります。", JA, S_NAGARA),
    (["cooking", "meal_delivery"], [], "町のボランティア協議会で、月2回、公民館の実習室で140食近くのお弁当を作り、配達係としてお宅に届けています。", JA, S_OIZUMI),
    (["cooking"], [], "管理栄養学科の学生です。子ども食堂の調理ボランティアに3回参加しました。野菜嫌いの子も食べられるよう細かく刻み、彩りを考えて盛り付けます。", JA, S_NUAS),
    (["cooking"], ["大量調理"], "子ども食堂で35人前ほどのご飯を作りました。子ども、大人、高齢の方で盛り付けの量を変えることを教わりました。", JA, S_NUAS6),
    (["cooking"], [], "地域の食堂で、インターンとしてカフェや会計のほか、調理も手伝っています。ベテランのボランティアさんに短冊切りや油抜きのやり方を教わります。", JA, S_KATSUSHIKA),
    (["cooking"], [], "新聞で子ども食堂の記事を見て、連絡してお手伝いに行きました。15時から50人分を作り、米とぎや揚げ物以外の調理と片付けをしました。包丁の使い方をほめられました。", JA, S_HUNNWARI),
    # --- foodbank / recycle
    (["foodbank"], [], "フードパントリーの会場で、食品を運んで皆さんにお渡ししました。『こんなにいただけるのですか』と喜んでくださる方が大勢いて、頑張った甲斐がありました。", JA, S_SHONAN_P),
    (["foodbank"], ["食品仕分け"], "フードバンクの食品仕分けボランティアに参加しました。お菓子や缶詰、調味料を、子ども食堂行き、福祉施設行きなど行き先ごとに、賞味期限を確かめながら振り分けます。", JA, S_NARA_SOUDAN),
    (["foodbank"], [], "フードバンクで、食品の引き取りや運搬、仕分け、支援用の箱詰めを手伝っています。誰かの『もったいない』を『ありがとう』に変えられるのがやりがいです。", JA, S_PAYPAY),
    (["foodbank", "driving"], ["配達"], "フードバンクで、寄贈食品の箱詰めのあと、自家用車で利用者さんのお宅に届けています。ナビで調べてもお宅がなかなか見つからないこともあります。", JA, S_SHONAN_D),
    (["recycle"], [], "高校生です。友達に誘われて、パキスタンやタイに送る古着の選別作業の体験会に参加しました。山のような衣類を一つずつ仕分けました。", JA, S_CHIBA_VOL),
    (["recycle"], ["衣類の仕分け"], "リ・ファッションの倉庫で、回収された服を東北支援、途上国支援、チャリティー販売などの用途別に仕分けるボランティアをしています。", JA, S_REFASHION),
    (["recycle"], [], "大学生です。救援衣料センターへ古着を届けるイベントで、寄贈される衣料の受付をしました。受入品目に合うかを一緒に確かめます。", JA, S_10NET),
    # --- braille / onyaku
    (["braille"], ["点訳"], "点訳ボランティアグループの一員です。ボランティアセンターの点訳養成講座でアシスタントを務め、受講生が正しく点字を打てているかを確かめています。", JA, S_KAKOGAWA),
    (["braille"], [], "大学で視覚障害について学んだことがあり、点訳の初心者向け講習会に参加しています。点字の五十音を読むところから始めました。", JA, S_KANAZAWA_TEN),
    (["braille"], ["点字"], "点字ボランティアを15年しています。友達が視覚障害者だったので、点字で書けたらいいなと思って講習を受けました。『面白かった』と言ってもらえると苦労が報われます。", JA, S_SAGATV),
    (["braille"], ["点訳"], "点訳赤十字奉仕団で、市の広報や市議会だより、教科書などをパソコンで点訳しています。", JA, S_CHITOSE),
    (["onyaku"], ["音訳"], "音訳ボランティアの会の代表です。広報のお知らせ版を専用の機器で録音し、CDにして社協から目の不自由な方に届けます。もともと朗読に興味があって入会しました。", JA, S_NASUKARASUYAMA),
    (["onyaku"], [], "朗読奉仕会で、広報紙や市議会だよりを朗読した音源を、視覚障害者や読書が困難な方に届けています。音訳の養成講座を修了しました。", JA, S_TAKASAKI_ROUDOKU),
    (["onyaku"], ["録音図書"], "音訳の会で、小説などの録音図書や市の広報のCDを作っています。携帯電話や電化製品の取扱説明書の音訳も引き受けます。学校で音訳の体験講座もします。", JA, S_KURASHIKI),
    (["onyaku"], [], "録音奉仕会で、雑誌や医学書、新聞を希望に応じて録音図書にし、CDで届けています。識字障害の小学生のための教科書の音声化もしています。", JA, S_SAGAMIHARA_ROKU),
    (["onyaku"], ["朗読"], "声の仕事をしていた経験を生かしたくて、音訳の会に個人会員として入りました。読み手を募集しているテープ版の読者会にも参加しています。", JA, S_ONYAKUNET),
    (["onyaku"], [], "『声の広報』の収録グループに入っています。月に1度、公民館で広報を読んで録音し、CDにまとめて希望する方に届けます。", JA, S_MORIOKA),
    # --- foreign_kids / study / ibasho
    (["foreign_kids"], [], "大学生です。国際交流協会の夏休み宿題サポート教室に参加し、ブラジルから来た小中学生の夏休みの友や読書感想文を一緒に進めました。", JA, S_ECHIZEN),
    (["foreign_kids"], ["日本語支援"], "外国につながる子どものための教室でボランティアをしています。教科書の難しい日本語でつまずく子と、宿題や音読を一緒にします。", JA, S_KAGOYA),
    (["study"], ["学習支援"], "不登校の子の居場所で、個人指導の学習支援を担当しています。", JA, S_KANAZAWA_FS),
    (["study"], [], "病院の待ち時間を生かしたいと、入院中の子どもたちの学習指導のボランティアを友人と始めました。成人病棟では、歩くのが難しい方に代わって売店に買い物に行くこともあります。", JA, S_KEIO),
    (["study", "cooking"], [], "大学生です。寺子屋で子どもたちの勉強を見ています。こども食堂の日はいちごババロアを作りました。", JA, S_RAINBOW),
    (["ibasho"], [], "夕方の出勤前に、不登校などの子どもが過ごす第三の居場所にボランティアとして通っています。おしゃべりをしたり、小中学生にゲームを教えてもらったりしています。", JA, S_KAHOKU),
    (["ibasho"], [], "自分も6年間学校に行けませんでした。23歳まで自動車整備士をしていましたが、不登校の子どもたちのオンラインの居場所を始め、週2回のゲーム大会とおしゃべりの時間を開いています。", JA, S_YORIDOKORO),
    (["ibasho"], ["不登校支援"], "高校生です。不登校や学校に行きづらい子どもの居場所で、一緒に遊べる仲間のような感じで過ごしています。", JA, S_REFRAME),
    # --- sagyosho
    (["sagyosho"], [], "大学3年生です。豆腐と豆乳のパンの作業所で一日体験をしました。検温の記録、焼き上がったパンの袋詰め、移動販売を利用者さんと一緒にしました。", JA, S_KYOUSOU),
    (["sagyosho"], ["パンの袋詰め"], "社会参加実習で、障がいのある方が働くパン工房に通っています。パンをうちわで冷まして袋詰めし、朝礼では新聞の話題で話し合います。", JA, S_MEIJI21),
    (["sagyosho"], [], "大学生です。パン工房での実習を通して、発達障がいのある利用者さんと職員さんと一緒に働き、福祉のイメージが変わりました。", JA, S_MEIJI23),
    (["sagyosho"], ["内職作業"], "作業所に伺って、利用者さんと一緒に紙袋の内職をしました。最初は緊張しましたが、食べ物の話で打ち解けました。", JA, S_ASAHIKAI),
    # --- animal
    (["animal"], ["猫の預かり"], "動物愛護センターの在宅ボランティアです。離乳後の子猫を自宅で預かってお世話し、譲渡できるようになったらセンターに返します。", JA, S_KYOTO_ANI),
    (["animal"], [], "保護犬カフェでミニチュアシュナウザーを家族に迎えました。お世話になったスタッフさんの役に立ちたくて、カフェのボランティアに2回参加しました。", JA, S_HOGOKEN_CAFE),
    (["animal"], [], "20代です。実家に犬と猫がいて、これ以上は飼えません。土日は空いているので、保護団体で散歩の手伝いや猫のトイレの入れ替え、ケージの掃除をしたいと思っています。", JA, S_DOGFRIENDLY),
    (["animal"], ["保護猫"], "猫を見送ってから、自分の年齢を考えて新しく迎えるのはあきらめていました。健康なうちは預かりボランティアとして、里親さんが見つかるまで保護猫と暮らしています。", JA, S_CHUO2828),
    # --- satoyama / beach
    (["satoyama"], ["森林整備"], "森を守る応援団のボランティアです。傾斜地の竹林のタケノコの蹴り倒しや竹垣づくり、シカに食べられたビワの植え直しをしました。", JA, S_JUON),
    (["satoyama"], [], "森林整備の隊で、月に2日、山林の育樹と坪刈りをしています。幼木のまわりのススキを刈り、シカよけの袋を点検します。", JA, S_NAGURI),
    (["satoyama"], ["竹林整備"], "作業チームで、荒れた森やお寺の裏山の竹林を定期的に整備しています。切った竹は体験学習の工作の材料にします。", JA, S_YAMABOUSHI),
    (["beach"], [], "海水浴のシーズン前の朝6時半から、浜の清掃に参加しています。白い砂に混じるプラスチックの破片を拾います。", JA, S_SHIRAHAMA),
    (["beach"], ["ビーチクリーン"], "海岸のビーチクリーンに参加しています。ごみを種類ごとに数えながら拾う調査にも加わり、1時間で約1500個のごみを回収しました。", JA, S_WHYNOT),
    (["beach"], [], "30年以上、毎月第一日曜の朝に海岸のビーチクリーンを続けている会の一員です。ザルで砂をすくってマイクロプラスチックも探します。", JA, S_HONOBONO),
    # --- smartphone / pc
    (["pc", "smartphone"], ["パソコン講師"], "シルバー人材センターでパソコン教室の講師を続けてきました。今は初心者向けのスマホ教室も開いて、個別レッスンもしています。", JA, S_TOKYOSILVER),
    (["smartphone"], [], "大学2年生です。月1回の『スマホ相談くらぶ』で、シニアの方にメールの削除や通知の切り方を教えています。ゆっくり話すよう心がけています。", JA, S_KASUGA),
    (["smartphone"], ["スマホ相談"], "76歳で、現役時代は技術系の研究者でした。町会のスマホ相談サロンで講師役をしています。LINEができるようになった方の笑顔がやりがいです。", JA, S_MITAKA_SUMAHO),
    (["pc"], ["エクセル"], "NPOのパソコン講座で、エクセルのグラフ作成の講座を担当しています。受講者の方が記録している内容をパソコンにしたいという質問にも答えます。", JA, S_TATU),
    (["pc"], ["ワード講座"], "パソコンボランティアのメンバーです。生涯学習のワード基礎講座でアシスタントをしています。講師の話を聞きながら、手が上がった方を順に手伝います。", JA, S_CHALLE2023),
    (["pc"], [], "公民館のパソコン教室のお手伝いをしています。初心者の方のそばで、メニューバーとツールバーの違いから説明します。帰りは受講者さんに車で送っていただきました。", JA, S_THATUKO),
    (["pc"], ["パソコン指導"], "区のパソコン教室のボランティアスタッフです。応募の条件は1年以上パソコンを使っていることでした。", JA, S_ELMO),
    (["pc"], [], "地区の福祉健康部会で、高齢者のためのエクセル入門講座を4年続けています。老人クラブの会計報告や案内を楽に書けるようにするのが目的です。", JA, S_KIKUGAWA),
    # --- photo / kouhou
    (["photo"], ["写真撮影"], "写真愛好会で40年以上、福祉施設の撮影ボランティアを続けています。敬老会では、お気に入りの服を着た利用者さんの笑顔を撮ります。", JA, S_SAGA_PHOTO),
    (["photo"], [], "地元のボランティア団体のイベントで、得意な写真撮影を手伝いました。", JA, S_USAGI),
    (["photo"], ["出張撮影"], "写真で地域に貢献したくて、カメラの講習を受けて出張カメラマンを始めました。地域のイベントや、子ども食堂のお弁当の撮影、障がいのあるお子さんのご家族の記念写真を撮っています。", JA, S_KORIYAMA_PHOTO),
    (["photo", "pc"], ["カメラマン"], "市内のいくつかの非営利団体でボランティアカメラマンをしています。撮った写真は団体のSNSに使ってもらいます。PTAではサイトやメール配信の仕組みもつくりました。", JA, S_HIBI),
    (["photo"], [], "カメラ屋さんで働く介護福祉士です。施設の納涼祭などの行事で、職員さんの手が回らない写真を撮れたらと思っています。", JA, S_CAREFUMIMI),
    (["kouhou"], ["広報紙編集"], "地区社協の広報紙の編集責任者を10年務めています。年2回、活動報告を中心に記事を集めて紙面をつくります。", JA, S_MATITOMO),
    (["kouhou"], [], "福祉委員になって広報部に入り、社協の広報誌の編集会議に参加しています。校正はホームページで原稿を呼び出して行います。", JA, S_KOAMI),
    (["kouhou", "pc"], [], "退職後に地区社協の広報部に入り、現役時代のワープロと社内報の経験を生かして紙面を一新しました。編集ソフトも導入しました。", JA, S_AHIDAKA2021),
    (["kouhou"], ["ボランティア情報紙"], "ボランティアセンターの広報部会のメンバーとして、毎月の情報紙の発行に協力しています。", JA, S_KANDENCHI),
    (["kouhou", "photo"], [], "PTAの広報委員でした。行事の写真はシャッターチャンスを狙って『納得の一枚』を選び、ボランティアのやりがいを記事で伝えるよう心がけました。", JA, S_KODOMO110),
    # --- go / shogi
    (["go"], ["囲碁"], "福祉囲碁の協会の会員です。自分の住まいの近くのお相手さんを選び、月1回、交通費は自分で出してお宅に碁を打ちに伺います。雨の日も雪の日も行きます。", JA, S_IGO94_8142),
    (["go"], [], "63歳で福祉囲碁の会に入りました。退職後はゴルフもマージャンも将棋(初段)もやめて囲碁一筋、勉強を続けて六段になりました。障害者福祉会館の囲碁サークルで初級講座を受け持っています。", JA, S_IGO94_3412),
    (["go"], ["囲碁の出前"], "囲碁の出前をしています。外出が難しい方のもとに伺い、目の不自由な方とは、線が盛り上がった碁盤と突起のある碁石で打ちます。", JA, S_KISOH),
    (["go"], [], "70代で過労で倒れて退職し、療養先の温泉で囲碁に再会しました。今は、打ちたいのに相手がいない方の家に伺う出前囲碁をしています。", JA, S_FUKUCHIYAMA),
    (["go"], ["囲碁"], "会社を定年退職してから、趣味の囲碁で社会に役立てればと協会に入りました。施設や個人のお宅を訪ねて碁のお相手をしています。", JA, S_KFUKUMIMI),
    (["shogi"], ["将棋講師"], "子ども将棋教室の講師です。障害者将棋大会では、生徒と一緒に、手の不自由な方の駒を動かしたり、目の不自由な方に棋譜を読み上げたりする補助をしました。", JA, S_KIYUUKAN),
    (["shogi"], [], "地域のサークルで、小学生に将棋を教えています。子どもから90歳の方まで、将棋を通じて交流しています。", JA, S_ITSUTSU),
    (["shogi"], ["将棋"], "娘が通った小学校の放課後の将棋クラブを手伝っています。ルールを知らない1年生に、まず楽しいと思ってもらうことを考えています。", JA, S_MANABI),
    (["shogi"], [], "生涯学習センターの将棋講座で、将棋指導ボランティアとして参加者に駒の動かし方を教え、対局の相手をしています。", JA, S_SHIZUOKA_SHOGI),
    # --- handicraft
    (["handicraft"], ["裁縫"], "赤十字の裁縫ボランティアです。パジャマやよだれかけ、リュックサックを縫い、乳児院や母子支援施設に届けています。", JA, S_JRC22),
    (["handicraft"], [], "裁縫ボランティアの仲間と、手作りのマスクを縫って訪問看護の事業所に届けてきました。", JA, S_JRC23),
    (["handicraft"], ["ミシン"], "高校の家庭クラブで、明るい柄の布マスクを作り、高齢者施設に寄贈しました。ほどいて縫い直すこともありました。", JA, S_FUNEHIKI),
    (["handicraft"], [], "洋裁教室の生徒です。児童施設の子どもたちに届けるスクールバッグや給食のナフキンを、みんなで縫っています。", JA, S_SASAKI),
    # --- light_work
    (["light_work"], ["日曜大工"], "日曜大工の腕を生かして、仲間と高齢の方や障害のある方のお宅の手すりの取り付け、雨戸の戸車の交換、網戸の張り替えをしています。電球の交換や壁の小さな穴の補修も引き受けます。", JA, S_TEINEN),
    (["light_work"], [], "暮らしのサポートの『おタスケさん』です。水回りや工具を使う仕事が得意で、浄水器のカートリッジや換気扇のカバーの取り替えに伺いました。", JA, S_ONOJO),
    # --- escort / shopping / driving
    (["escort", "shopping"], ["通院付き添い"], "社協の協力会員です。高齢の方のお買い物代行や通院の付き添いをしています。お宅の周りは道が狭いので、車はやめて自転車で伺います。", JA, S_HAMASAKI),
    (["shopping", "escort"], [], "地区のボランティア組織の会員です。お買い物ツアーで高齢の方と一緒にバスに乗り、店内で付き添い、バス停からお宅まで荷物を運びます。", JA, S_YOKKAICHI),
    (["shopping", "driving"], [], "校区の社協の一員として、買い物に困っている高齢の方を週1回、自家用車でスーパーへお送りし、買い物を手伝っています。", JA, S_SHINJO_TBS),
    (["shopping"], [], "民生委員です。社協の買い物応援バスで、店内で高齢の方の買い物に付き添っています。", JA, S_KASHIMA_BUS),
    (["driving"], ["送迎"], "ボランティアの会で、自家用車を使って高齢の方や障害のある方を病院まで送迎しています。診察と薬の受け取りが終わるまで待機します。", JA, S_138CC),
    # --- interp
    (["interp"], ["ポルトガル語翻訳"], "ポルトガル語ができるので、県と市の国際交流の語学ボランティアに登録しました。保育園のおたよりをポルトガル語に訳しました。", JA_PT, S_MANATAROGEN),
    (["interp"], ["ポルトガル語通訳"], "定時制高校の4年生です。入学式や卒業式で、日本語がわからないブラジル国籍の生徒や保護者に、駐車場の案内や書類の説明をポルトガル語で伝えました。", JA_PT, S_NIPPAKU),
    (["interp"], [], "市の多文化共生ボランティアに、通訳と翻訳で登録しています。ポルトガル語で、住民登録や保育園の入園の手続きの通訳をします。", JA_PT, S_WAKO),
    (["interp"], ["英語通訳"], "国際交流協会の通訳・言い換えボランティアに英語で登録しています。市役所の手続きや学校の配布資料の通訳をします。", JA_EN, S_MISHOP),
]  # fmt: skip

# (need, also, kind, name, title, description, languages, remote_ok, source); ids R6Q001… in this order
REQUESTS_RAW = [
    (["facility_event"], [], "group", "特別養護老人ホーム", "納涼祭の当日ボランティアを募集します", "施設のビッグイベント、納涼祭のお知らせです。昨年は雨で屋内開催となりましたが、今年はゲームや食事の屋台、地域の連合会の皆さんによる太鼓と大盆踊り大会、カラオケ大会を予定しています。\n◆日時:8月の土曜日 17時~19時30分\n◆場所:施設の駐車場と玄関ホール\n◆お願いしたいこと:皆さんと一緒に盆踊りに参加したり、入居者さまの見守りをしたりするお手伝い\n午前中から雨の場合は会場を設営できないため、屋内で屋台のみとなります。お気軽にお問い合わせください。", JA, False, S_MIZUHOEN),
    (["facility_event"], ["cooking"], "group", "介護老人保健施設", "夏まつりのボランティアさん募集", "毎年、施設の隣の公園で地域の方も大勢来られる夏まつりを開いています。お祭りは18時からですが、ボランティアさんには朝10時ごろから入っていただきます。\n◆設営:テント張り、舞台づくり、模擬店の準備、ゲームの物品の準備\n◆調理:模擬店で販売する食品の調理(お手伝いいただける方は特に助かります)\n◆午後:利用者さんの居住フロアでの金魚すくいやすいか割りのゲームのお手伝い\n夕方からは屋台とゲームのコーナーをお願いします。", JA, False, S_KOSHAKYO),
    (["facility_event"], [], "group", "社会福祉法人 施設合同", "合同夏祭りの模擬店ボランティア", "特別養護老人ホーム、障害者支援施設、障害福祉サービス事業所の3施設を会場に、ご利用者とご家族の『ふれあい』を目的とした夏祭りを開きます。暑さを考えて室内での開催です。ステージでは地元高校の合唱部の皆さんが歌ってくださる予定で、出張屋台には近隣の事業所もご協力くださいます。\n◆募集:模擬店の手伝いと、ご利用者・ご家族の会場でのご案内\n地元の高校生、一般の方、どなたでも歓迎します。", JA, False, S_TAIYOU),
    (["recreation"], ["facility_event"], "group", "介護施設", "行事とレクリエーションのお手伝い", "施設では季節ごとに行事を開いています。夏祭りでは玄関に七夕飾りをし、縁日のヨーヨー釣りや輪投げ、ボウリングをお客様と楽しみ、最後はビンゴ大会で盛り上がりました。ボランティアの方の民謡・手品・アカペラの披露もありました。\n◆お願いしたいこと:ゲームやビンゴの進行、お客様と一緒に遊ぶこと、行事の準備\nふだんお部屋で過ごすことの多いお客様にも楽しんでいただけるよう、学生さんのお手伝いも歓迎します。", JA, False, S_OASIS),
    (["music"], [], "group", "有料老人ホーム", "月1回、演奏に来てくださる方を", "近所にお住まいのボランティアさんが、月に一回ハーモニカを演奏してくださっています。ご入居者様はお手元の歌詞カードを見ながら一緒に歌うのが大好きです。ボランティアさんもご高齢のため、演奏してくださる方がもう少し増えるとありがたいです。ハーモニカに限らず、歌や楽器の演奏でご入居者様と一緒に楽しんでくださる方を募集しています。", JA, False, S_GREENLIFE),
    (["magic"], [], "group", "区社会福祉協議会", "会館でのミニマジックショーとマジック教室", "地域の高齢の方が集まる会館で、約1時間のミニマジックショーとマジック教室を開きたいと考えています。\n◆内容:ロープや水を使ったマジックのショーのあと、『消える蝶々むすび』など簡単なマジックを参加者に教え、練習して発表してもらう\n何回やってもできない方のところには、ゆっくり手順を伝えていただけると助かります。マジックの得意な方、グループでのご応募も歓迎します。", JA, False, S_KITASHINCHI),
    (["meal_delivery"], [], "group", "村社会福祉協議会", "配食サービスの配達ボランティア募集", "配食サービスは365日続くサービスです。お弁当を届けるときに利用者の体調や安否も確かめ、小さな変化に気付く役割を担っていただいています。配達の人手が足りていません。\n◆活動:毎日午後4時から1時間程度。月1回からのご協力でも大歓迎です。\n◆集合場所までは自力でお越しください。\n休日などの1時間ほどの活動でも大きな支えになります。特に若い方の力をお待ちしています。", JA, False, S_YAHIKO),
    (["meal_delivery"], ["cooking"], "group", "市社会福祉協議会", "手作り弁当の配達ボランティア・調理ボランティア", "外出や調理が難しい一人暮らしの高齢の方や、高齢者だけの世帯、障がいのある方に、月2回、手作りのお弁当を無料でお届けしています。\n◆内容:第2・第4木曜日。調理ボランティアが作ったお弁当を、配達ボランティアがご自宅へお届けします。\nお弁当を届ける配達ボランティアを特に募集しています。調理に入ってくださる方も歓迎します。", JA, False, S_SATTE),
    (["cooking"], ["meal_delivery"], "group", "町社会福祉協議会", "配食サービスの調理ボランティアに登録しませんか", "食事の準備が難しい高齢者などへ、週2回お弁当を届ける配食サービスを行っています。現在、町内の56人にお届けしています。お弁当を作る『調理ボランティア』と届ける『配送ボランティア』の両方が不足しています。\n◆調理ボランティア:13時~16時、保健福祉センターなどで。食材を切る、炒める、和えるなどの作業です。\n大勢の方が食べるので衛生には気を配ります。年に1回の参加でも大歓迎です。配送をお手伝いいただける方もご連絡ください。", JA, False, S_IINAN),
    (["cooking"], ["study"], "group", "こども食堂", "こども食堂の調理ボランティア", "毎月1回、こども食堂を開いています。前回は子ども17人、保護者4人、寺子屋の大学生18人、ボランティア12人の51人が参加しました。メニューは冷やし中華、鶏じゃが、いちごババロアでした。食材はお米や野菜、麺などのご寄付をいただいています。\n◆お願い:調理と盛り付け。デザートづくりも。\n寺子屋で子どもたちの勉強を見てくださる方も歓迎します。", JA, False, S_RAINBOW),
    (["foodbank"], [], "group", "フードパントリー", "パントリーのボランティアの仲間を募集", "食品ロスを減らし、企業や個人から寄付された食品や物資を、必要とする方に直接お渡ししています。配るだけでなく、地域のつながりづくりを目指しています。\n◆ボランティアの一日:協力企業から届いた食材を受け取り、仲間と仕分けや準備。午後は配布会で地域の方に食材をお渡しし、夕方に後片付け\n『もったいない』に貢献できる幸せを、一緒に分かち合いませんか。", JA, False, S_TEINE),
    (["foodbank"], ["driving"], "group", "町社会福祉協議会", "フードドライブのボランティアさん募集中", "食べられるのに捨てられてしまう食品を集め、必要な方にお配りしています。\n◆活動:第1月曜日の午後にフードバンクの拠点へ食品を取りに行き、第1水曜日の午前に仕分け、第1木曜日の夕方に受付・配布\n運転できる方や、30kgの米袋を持ち上げられる力持ちの方は特に大歓迎ですが、仕分けや配布の活動もありますので、自分に合った活動をしていただけます。夏休みと冬休みには子育て世帯向けのパントリーもあります。", JA, False, S_MIYASHIRO_FD),
    (["foodbank"], [], "group", "フードバンク", "倉庫作業のボランティアを募集しています", "現在ボランティアの数が少なく、何とかやりくりしている状況です。時間に余裕のあるときだけのお手伝いで結構です。\n◆倉庫の作業(毎週月曜11時~16時、水曜10時~12時)\n・データ入力:集まった食料品を1点ずつ、品名・数量・消費期限・提供元をパソコンに入力します\n・保管:種類と消費期限ごとに衛生に気を配って保管します\n・出荷:市の担当課からの情報をもとに、家族構成などを考えて食料品をそろえます\n市役所ロビーのフードドライブでの受付もあります。", JA, False, S_IRUMA_FB),
    (["recycle"], [], "group", "リ・ファッション協会", "服の仕分けボランティア", "ご家庭に眠っている『着るに着れない、捨てるに捨てられない服』を回収し、東北支援、途上国支援、貧困家庭の支援などに生かしています。着物は日本文化の紹介に、一部はチャリティー販売して支援品の送料にあてます。この用途別の仕分け作業をボランティアの皆さんにお願いしています。\n◆集合:朝10時に駅、バスで倉庫へ\n◆持ち物:タオルとエプロン(そのほかの道具はお貸しします)\n初めての方には担当から作業内容を説明します。", JA, False, S_REFASHION),
    (["braille"], [], "group", "市社会福祉協議会 点字図書室", "点訳ボランティア募集", "点字図書室では、目の不自由な方が読む点字図書や、CDで聴く録音図書の貸出を郵送で行っています。点字図書は点訳赤十字奉仕団の皆さんが制作しています。\n点訳とは、文字や図表を点字のルールに従って書き表すことです。小説のほか、市の広報、市議会だより、教科書、会議資料など、依頼は多岐にわたります。技術を身につけるには時間がかかりますが、今はパソコンで点訳します。点訳者として一緒に活動してくださる方を募集します。", JA, False, S_CHITOSE),
    (["braille"], [], "group", "市立図書館", "点訳ボランティア講座の受講者募集", "市立図書館で活動する点訳の会が講師となり、点字ボランティアがどんな活動をしているのかを伝えながら、点訳の基本を体験していただく講座です。\n◆日程:7月の土・日曜日の2日間連続、午後1時~4時\n◆内容:点字の歴史、五十音、単語・短文を書く、例題文の完成\n◆対象:中学生・高校生・一般の方 20名、無料\n筆記具をお持ちください。", JA, False, S_KISARAZU),
    (["onyaku"], [], "group", "音訳ボランティアの会", "『声の新聞』の仲間を募集しています", "目の不自由な方のために、地域の新聞を図書館の一室で朗読し録音した『声の新聞』を届けています。会員は50代、60代を中心に22人、週2回グループごとに録音作業をし、読み間違いがないかを必ず別の人が確かめます。人名、地名を間違えないよう、正しく事実が伝わる読み方を講習会で学んでいます。声の新聞を毎日届けられるように、また本の朗読もできるように、興味のある方の入会をお待ちしています。", JA, False, S_INA),
    (["foreign_kids"], [], "group", "市国際交流協会", "夏休み宿題サポート教室のボランティア募集", "市には約5千人の外国人市民が暮らしており、外国籍の小中学生も約240人が地域の学校に通っています。日本語指導などの支援が必要な子どもたちのために、毎年夏休みの宿題サポート教室を開いています。\n◆活動日:7月末~8月初めの5日間、9時30分~12時\n◆内容:外国籍(主にブラジル)の小中学生の、夏休みの友やドリル、読書感想文、絵日記、自由研究のお手伝い\n外国語の知識は必要ありません。子どもたちに温かく寄り添ってくださる高校生、大学生、一般の方を募集します。", JA, False, S_ECHIZEN),
    (["foreign_kids"], [], "group", "外国につながる子どもの学習支援教室", "教室のボランティアになりませんか", "市内の外国につながる子どものための教室です。学校では日常会話ができても、教科書の難しい日本語でつまずく子どもたちが通ってきます。宿題や音読を一緒にしたり、話を聞いたりするボランティアを募集しています。教えた経験がなくても、子どもと関わることが好きな方なら大丈夫です。", JA, False, S_KAGOYA),
    (["ibasho"], [], "group", "NPO法人 子どもと若者の居場所", "不登校の子どもの居場所で見守りや遊びを一緒に", "不登校や学校に行きづらい子どもと若者の居場所を、町家2か所で運営しています。発達障害や敏感さ、起立性調節障害など、さまざまな特性のある子どもたちが来ています。\n◆活動頻度:月2回~週5回\n◆募集対象:不登校・発達障害の子ども支援に関心のある方ならどなたでも。高校生や大学生は『一緒に遊べる仲間』のような感じで参加しています。", JA, False, S_REFRAME),
    (["ibasho"], ["study"], "group", "不登校・ひきこもりの居場所", "居場所のボランティアスタッフ", "住宅街の平屋で、不登校・ひきこもりの子どもたちの居場所を20年近く続けています。スタッフは40名全員がボランティアで、近くの大学生も来てくれます。子どもたちは本を読んだり、ピアノを弾いたり、卓球や庭での野球をしたりして自由に過ごしています。ちょうど良い距離感で寄り添ってくださる方を募集します。個人指導の学習支援を担当してくださる方も歓迎します。", JA, False, S_KANAZAWA_FS),
    (["sagyosho"], [], "group", "市社会福祉協議会", "福祉作業所の夏の体験ボランティア", "ボランティアに興味のある方のきっかけづくりとして、夏の体験プログラムを行っています。福祉作業所では、利用者と一緒に紙漉きや刺子、さおり織りの作業を体験していただきます。障害のある方と接するのは初めてという方も、利用者の明るさと優しさに触れて自然に打ち解けていかれます。耳の聞こえない利用者もいて、手話を覚えたいという感想もありました。\n◆受け入れ期間:8月の月~金曜日", JA, False, S_IRUMA_SAGYO),
    (["sagyosho"], [], "group", "障害福祉サービス事業所", "作業室で一緒に内職をしてくださる方", "作業室では紙袋の内職などに取り組んでいます。ボランティアの方に来ていただくと、最初はお互い少し緊張しますが、食事の話題などで会話が盛り上がり、すぐに打ち解けます。利用者と一緒に手を動かしながら楽しい時間を過ごしてくださる方、新しい出会いを大切にしたいと思っています。", JA, False, S_ASAHIKAI),
    (["animal"], [], "group", "保護猫の団体", "預かりボランティアになりませんか", "保護猫は飼えないけれど、何かしたいという方にお願いしたいのが『預かりボランティア』です。外から保護した猫は、医療処置のあと一定期間隔離し、人との暮らしに慣れるトレーニングも必要です。その間、ご自宅で一時的に保護・飼育していただきます。\n・飼育に必要な用品は一部お貸しします\n・お預かりいただく猫や期間はご相談のうえ決めます", JA, False, S_NECOTO),
    (["animal"], [], "group", "犬猫の保護団体", "ミルクボランティア・預かりボランティア募集", "シェルターでは常に100匹近い犬猫を保護しており、引き取りを停止しています。小さな子猫はシェルターでは感染症で命を落とすことが少なくなく、数時間おきのミルクや排泄のお世話も必要です。保護した子猫を里親さんが見つかるまでご自宅でお世話していただける方を募集しています。毎週日曜日には譲渡会も開いています。", JA, False, S_NISHINASU),
    (["satoyama"], [], "group", "NPO法人 作業チーム", "森林・竹林整備に参加しませんか", "かつて人の暮らしと結びついていた里山林や竹林が、手入れされないまま荒れて広がっています。作業チームでは、地域の荒れた森やお寺の裏山の竹林を定期的に整備しています。仲間と一緒に作業し、昼食をともにして、また作業を楽しみます。伐採した木や竹はクラフトの材料に使います。興味を持たれた方、どなたでもご参加ください。", JA, False, S_YAMABOUSHI),
    (["satoyama"], [], "resident", "山林を持つ家の者", "生えすぎた竹の伐採を手伝っていただけませんか", "家の山林がタケノコの時期を迎えていますが、竹の勢いがすさまじく、少し放っておくとうっそうとした竹林になってしまいます。生えすぎた竹を切って光を通したいのですが、切るだけでなく枝葉を落として麓まで降ろす人手がなかなか確保できません。春に何日か手伝っていただける方はいないでしょうか。タケノコはおすそ分けします。", JA, False, S_ISHI),
    (["beach"], [], "group", "ビーチクリーンの会", "毎月第一日曜のビーチクリーン", "海岸には人の手で捨てられたごみがたくさん流れ着きます。私たちは30年以上、ビーチクリーンを続けています。\n◆日時:毎月第一日曜日 午前9時から約1時間\n◆準備する物:ごみ袋、軍手、トング、小型ザル、園芸用シャベル(会で配布していますので、手ぶらで参加できます)\nザルはマイクロプラスチックの分別に使います。個人でも団体でも、気軽にご参加ください。", JA, False, S_HONOBONO),
    (["beach"], [], "group", "ビーチの利用者団体", "ビーチ・クリーニングにご協力ください", "広い砂浜には、人が捨てていくごみのほか、天候や潮でさまざまな漂流物が流れ着き、砂の中に埋まっていることもあります。障がいのある方やお年寄りにも安心して海辺を楽しんでいただく取り組みもしていますが、地元や有志の方の清掃だけでは行き届きません。海や浜辺が好きな方、関心のある方に、無理なくご協力いただければと思います。", JA, False, S_SNAPPE),
    (["smartphone"], [], "group", "町会", "スマホ相談サロンの講師役", "シニアがスマホの使い方を気軽に聞ける場所をと、毎週火曜日に地区公会堂で『スマホ相談サロン』を開いています。『元の画面に戻るには』『このマークは何』といった質問に、講師役の住民が答えます。住民同士がつながり、災害時に助け合えるようにする目的もあります。講師役になってくださる方を募集します。", JA, False, S_MITAKA_SUMAHO),
    (["smartphone"], [], "resident", "80代の女性", "スマホの通知を止める方法を教えてほしい", "スマホを使い始めましたが、いらない通知がたくさん入ってきて困っています。メールの消し方もよくわかりません。親戚に聞くと『わからんと?』と言われそうで気が引けます。一度、ゆっくり、わかりやすい言葉で教えてくださる方はいないでしょうか。飛行機の予約の仕方も知りたいです。", JA, False, S_KASUGA),
    (["pc"], [], "group", "区民会館 パソコン教室", "パソコンボランティア・スタッフ募集", "区民会館のパソコン教室を、ボランティア・スタッフの手で運営しています。スタッフの人数が教室運営の鍵を握っています。\n◆条件:1年以上パソコンを使っている方\n◆活動:初心者向けの各教室で受講者の操作を手伝う\n30代から70代まで、経歴もさまざまなメンバーが活動しています。応募者には講習会を行います。", JA, False, S_ELMO),
    (["pc"], [], "group", "地区地域づくり協議会 福祉健康部会", "高齢者のためのエクセル入門講座の講師補助", "老人クラブでは、入会するとすぐに会計や会長の役が回ってきて、総会や会計報告の資料を書くのが苦痛だという声があります。そこで、高齢者でもパソコンで案内や資料が書けるよう、エクセル入門講座を開いています。後半は表計算やグラフ、家計簿、趣味の写真の編集も扱います。\n◆日程:7月~2月に16回、土曜日9時~12時\n受講者のレベルにばらつきがあるため、個別に手伝ってくださる方を募集します。", JA, False, S_KIKUGAWA),
    (["photo"], [], "group", "介護施設", "行事の写真を撮ってくださる方", "納涼祭などの行事の日は、職員も入居されている方もいつもと違う動きにそわそわし、人員を増やしても対応に追われて写真まで手が回りません。『来年も一緒にお祭りを見たいね』という思い出を写真に残すため、行事の日にカメラマンとして来てくださる方を探しています。見慣れない人とカメラに驚かれる方もいるので、職員と相談しながら撮っていただきます。", JA, False, S_CAREFUMIMI),
    (["kouhou"], [], "group", "区社会福祉協議会 ボランティアセンター", "広報誌の記者になりませんか", "ボランティアセンターの広報誌を2か月に1回発行しています。誌面をリニューアルし、ボランティアの募集やイベント情報だけでなく、活動に参加した人のレポートや区内のおすすめスポットのコーナーを加えました。一部の誌面は、区内の大学生や在勤者、地域の方に記者として携わっていただいています。取材して記事を書いてくださる方を募集します。", JA, False, S_CHIYODA),
    (["kouhou"], [], "group", "町社会福祉協議会", "社協だよりの広報編集委員", "年4回、町内全戸に配る『社協だより』を発行しています。地域の方や福祉関係者にお願いしている広報編集委員が、編集委員会で紙面づくりに携わっています。他の社協のボランティア情報紙の研修も行い、現場の声や実用的な情報を取り入れながら、親しみやすく読みやすい紙面を目指しています。", JA, False, S_TAIWA),
    (["go"], [], "group", "NPO法人 福祉囲碁協会", "ボランティア棋士の新会員募集", "障害者施設や高齢者ホームには、碁を打ちたいと思っている方が大勢います。体が不自由で外出できない囲碁愛好者のもとに伺ってお相手をする『出前囲碁』を、40年以上続けています。\n入会に段級位などの資格は要りません。ボランティアを心がけて碁を打てる方なら、どなたでも大歓迎です。会員はそれぞれ自分の判断で活動しており、休止中の会員も珍しくありません。", JA, False, S_HUKUSIIGO),
    (["go"], [], "resident", "70代の男性", "家で囲碁の相手をしてくださる方", "若いころから囲碁が好きでしたが、打ち友達を亡くし、足も悪くなって碁会所にも行けなくなりました。家で落ち着いて打てると一番うれしいです。月に1、2回、家に来て相手をしてくださる方はいないでしょうか。強さは問いません。", JA, False, S_FUKUCHIYAMA),
    (["shogi"], [], "group", "生涯学習センター", "将棋指導ボランティア募集", "小学生以上を対象に『将棋やろうぜ』を開いています。将棋を通してさまざまな世代が対局し、世代間交流の機会にするのが目的で、半年で8回、最終日にはトーナメント式の大会をします。講師と一緒に参加者に駒の動かし方を教え、対局の相手をしてくださる将棋指導ボランティアを募集します。", JA, False, S_SHIZUOKA_SHOGI),
    (["shogi"], [], "group", "町社会福祉協議会", "子ども将棋教室で教えてくださる方", "地域の書店のカフェで子ども将棋教室を開いています。男性高齢者の居場所があるといいね、という会議の声から企画が始まりました。2回目には15名が参加し、予想以上の参加にうれしい悲鳴ですが、教える側が不足していて満足な教室が開けませんでした。初心者の子には駒の並べ方や動きから教えます。将棋の経験のある方、手伝っていただけませんか。", JA, False, S_ICHIKAWAMISATO),
    (["shogi"], ["ibasho"], "group", "フリースクール", "フリースクールの将棋倶楽部のサポーター", "フリースクールには約40人の子どもが登録しています。家にこもってAI将棋で遊んでいる子どもたちに、実際に人と指す楽しさを知ってもらい、外へ出るきっかけにしたいと将棋倶楽部を設立しました。大学生の講師とスタッフに加えて、子どもたちの対局の相手や見守りをしてくださる方を募集します。", JA, False, S_HIKONE),
    (["handicraft"], [], "group", "地区住民自治協議会", "小学校に届ける雑巾を縫ってみませんか", "毎月1回、お茶飲みとおしゃべりの場『まめまめ喫茶』を開いています。今月は、小学校や児童センター、子どもプラザに寄付する雑巾を縫います。ご自宅で縫った雑巾をお持ちくださる方もいます。指先の運動にもなります。針と糸を持って気軽にお越しください。", JA, False, S_MAMEJIMA),
    (["handicraft"], [], "group", "洋裁教室", "児童施設の子どもたちにスクールバッグを", "親と暮らせない児童施設の子どもたちに、手作りのスクールバッグや給食のナフキン、それを入れる巾着袋をプレゼントしたいと、みんなで縫っています。集まった品は福祉協議会を通じて必要な施設に届けます。大きさや色は自由です。教室に縫いに来てくだされば生地はたくさんあります。", JA, False, S_SASAKI),
    (["handicraft"], [], "group", "市社会福祉協議会 ボランティアセンター", "応援グッズ『ひよりぶくろ』作成ボランティア", "地震で被災した経験から、全国で災害に遭った方へ笑顔を届ける応援グッズ『ひよりぶくろ』をボランティアさんと作っています。作っているのは、トートバッグ、きんちゃく袋、絵はがきなどのメッセージカード、マスクです。寄付された着物の生地をお渡ししますので、ご自宅で縫っていただけます。作ったものは社協にお持ち込みください。", JA, False, S_OHDA),
    (["light_work"], [], "group", "市 暮らしのサポート事業", "ちょっとしたお困りごとを手伝う『おタスケさん』募集", "暮らしのちょっとしたお困りごとの相談を受け付けています。先日は、浄水器のカートリッジの交換と、高いところが怖いという方の換気扇カバーの取り替えのご依頼でした。掃除や買い物、食事づくりをご自分でされてきた方も、年を重ねてできないことが増えてきます。工具や水回りが得意な方、一緒に活動していただける『おタスケさん』を随時募集しています。", JA, False, S_ONOJO),
    (["light_work"], [], "resident", "一人暮らしの70代女性", "2階の古いタンスを解体して下ろしてほしい", "2階にある古いタンスなどの家具を処分したいのですが、女手ではとても無理です。便利屋さんも考えましたが、見知らぬ人を家に入れるのは不安です。ボランティアセンターの支援はカーボランティアが中心と聞きましたが、車は要りません。家具をばらして玄関先まで運んでくださるご近所の方はいないでしょうか。お礼はいたします。", JA, False, S_AHIDAKA2014),
    (["light_work"], ["listening"], "resident", "一人暮らしの80代男性", "電球の取り替えと、ときどき話し相手を", "妻を亡くして一人で暮らしています。電球や蛍光灯の買い置きはあるのですが、脚立に上るのが怖くて取り替えられません。扇風機とストーブの入れ替えも一人では大変です。ついでに1時間ほど話し相手になっていただけるとうれしいです。少しですがお礼をお支払いします。", JA, False, S_KAKAMIGAHARA),
    (["escort"], ["listening"], "group", "在宅医療クリニック", "患者様のお出かけに付き添うボランティア", "病気や障がい、高齢で外出が難しくなった方の外出や旅行を支援しています。外出できなくなると人とのふれあいが減り、気分も体力も落ちてしまいますが、外出できると見違えるように元気になられます。お出かけにはクリニックのスタッフも同行します。ボランティアの方には車いすを押したり、患者様のお話し相手になったりしていただきたいと思っています。資格は要りません。", JA, False, S_KOHITSUJI),
    (["escort"], [], "resident", "両手に杖をつく80代の女性", "病院から薬局まで付き添っていただけませんか", "足が悪く、両手に杖をついて総合病院に通っています。診察のあと『お近くの処方箋薬局でお薬をもらってください』と言われますが、薬局まで歩くのがつらいのです。自動精算機の扱いもよくわかりません。月に1回、受診の日に病院の中と薬局まで付き添ってくださる方を探しています。", JA, False, S_KTHIDE),
    (["shopping"], ["driving"], "group", "地区自治振興会・社会福祉協議会", "買い物支援ボランティアを募集しています", "地区には鉄道やバスがありますが、高齢者だけの世帯が増え、『バスでは重い物や大きな物が買えない』『頼れる人がいない』という声が少なくありません。週1回、ボランティアが自家用車で高齢の方を地区周辺のスーパーやドラッグストアにお送りし、買い物をお手伝いしています。今は40~80代の21人で6人を支えています。車を出してくださる方、店内で買い物を手伝ってくださる方を募集します。", JA, False, S_SHINJO_NORDOT),
    (["shopping"], ["escort"], "group", "市社会福祉協議会", "買い物応援バスの店内付き添いボランティア", "公共交通が乏しく、車の運転ができずに困っている高齢の方のために、月2回、社協のバスで中心部のスーパーや日用品店へ送迎する『買い物応援バス』を始めました。運転は社協の職員がします。店内で、メモを手に野菜やお菓子を選ぶ皆さんの買い物に付き添い、荷物を持ってくださるボランティアを募集しています。", JA, False, S_KASHIMA_BUS),
    (["interp"], [], "group", "日伯交流協会", "学校行事のポルトガル語通訳ボランティア", "外国籍の生徒が約4割、その半数がブラジル国籍という定時制高校で、入学式や卒業式などの学校行事のときに、日本語がわからない生徒や保護者へのポルトガル語の通訳をお願いしています。駐車場の案内や、提出書類の説明が主な内容です。ポルトガル語と日本語で日常の会話ができる方を募集します。", ["pt"], False, S_NIPPAKU),
    (["interp"], [], "group", "市国際交流協会", "通訳・言い変えボランティア(ポルトガル語)", "日本語が不自由なために市役所での申し込み手続きができない、小中学校の配布資料がわからない、という外国籍の市民のために、通訳ボランティアの派遣と連絡文書の言い変えをしています。災害時には避難所で外国籍市民の応援にもあたります。ポルトガル語の通訳ボランティアが足りていません。", ["pt"], False, S_MISHOP),
]  # fmt: skip

VOLUNTEERS = [(f"R6V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R6Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "特別養護老人ホーム 夏祭り ボランティア 募集 模擬店 設営",
    "配食サービス ボランティア 募集 お弁当 配達 安否確認 一人暮らし高齢者",
    "フードパントリー ボランティア 募集 食品の仕分け 配布 当日スタッフ",
    "点訳ボランティア 募集 点字 講習会 視覚障害者 図書",
    "音訳ボランティア 活動 朗読 録音 広報 視覚障害者 会員",
    "外国につながる子ども 学習支援 ボランティア 募集 宿題 日本語",
    "不登校 居場所 ボランティア 募集 フリースペース 見守り 話し相手",
    "保護犬 保護猫 ボランティア 募集 譲渡会 お世話 散歩 シェルター",
    "竹林整備 里山保全 ボランティア 募集 間伐 竹の伐採 会員",
    "海岸清掃 ビーチクリーン 参加者募集 ごみ拾い 漂着ごみ",
    "障害者 就労継続支援 作業所 ボランティア 募集 軽作業 手伝い 利用者と一緒に",
    "古着 リサイクル ボランティア 衣類 仕分け バザー 募集",
    "スマホ教室 講師 ボランティア 募集 シニア 使い方 サポーター",
    "広報誌 編集 ボランティア 募集 取材 写真撮影 記事 社協だより",
    "囲碁 将棋 ボランティア 高齢者施設 対局 相手 募集",
    "マジック 手品 慰問 ボランティア 老人ホーム 披露 趣味",
    "電球交換 家具の組み立て 高齢者 ちょっとした困りごと 有償ボランティア 協力会員",
    "雑巾縫い 手芸 裁縫 ボランティア 施設 寄贈 募集",
    "高齢者施設 話し相手 ボランティア 募集 レクリエーション 傾聴 入居者",
    "子ども食堂 調理ボランティア 参加して 感想 献立 仕込み 私",
    "配達ボランティア 配食 お弁当 届けて 利用者さん 声かけ 体験 続けて",
    "買い物支援 ボランティア 同行 買い物バス 付き添い 高齢者 募集 社協",
    "ポルトガル語 通訳 ボランティア ブラジル 子ども 学校 支援 募集",
    "施設 慰問 演奏 ボランティアグループ 大正琴 ハーモニカ 歌 デイサービス",
    "写真撮影ボランティア 行事 記録 撮影 施設 イベント カメラ 趣味 活かして",
    "将棋 ボランティア 子ども将棋教室 高齢者 施設 指導 対局",
    "通院付き添いボランティア 病院 受診 同行 待ち時間 体験 活動",
    "パソコン教室 ボランティア講師 シニア ワード エクセル 教える 会員 活動",
    "動物愛護 ボランティア 参加 犬の散歩 ケージ掃除 体験 保護犬シェルター 私",
    "フードバンク ボランティア 倉庫 作業 仕分け 参加 体験 定年後",
    "ベトナム語 英語 通訳ボランティア 募集 外国人住民 相談会 生活 支援 社会福祉協議会",
    "障害者施設 ボランティア 体験 作業 利用者さんと一緒に 袋詰め 農作業 パン 感想",
    "通院の付き添い ボランティア 協力会員 診察室まで 一人暮らし 高齢者 会計 薬局 活動紹介",
    "古着 仕分け ボランティア 参加しました 衣類 リユース 海外 送る 作業 感想",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
