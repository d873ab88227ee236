"""A fifth held-out set of real public wording, written blind: 募集 posts and resident asks in the wording that
図書館 and 学校 (図書ボランティア, 学校支援地域本部, PTA), 病院 (外来案内, 車いす清掃, ロビーコンサート), 障害者
スポーツ協会, 国際交流協会 and 日本語教室, 観光・文化財ガイドの会, 公園の花壇と川の清掃, 社協 (生活支援サポーター,
移動支援, ガイドヘルプ, 傾聴, 災害ボランティアバス, 災害VC の訓練), 避難所運営委員会, 子育てひろば and 児童館,
こども食堂, サロン, 手話サークル and 要約筆記サークル publish, and registrant / activity introductions (体験談,
会員の声, 人材バンク, サークル紹介) written as a person's bio. Graded for skill fit only (areas and times are not
given), like real2, real3 and real4.

How it was made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a
query of real4), and each text here was rewritten closely from one page (none of the pages of real/, real2/, real3/
or real4/; self_check refuses one): the group's self-introduction before the ask, bullet fields (◆活動内容 /
◆日時), 敬語, the people the help is for, what is not needed and what staff do. Names, phone numbers and addresses
are rewritten out. Every record names the page it follows (`sources.json`). The concept list below is this set's
own; its author did not read `matching/` (code or data) nor any ranking, and the matcher was not run on the set
before it was committed. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  図書館の配架・修理 (library) vs 読み聞かせ (storytelling) — related (1): the 本の修理 ask that names 読み聞かせ
  as another kind of library volunteering (R5Q003) grades a storyteller 1;
  病院の外来案内 (hospital) vs 図書, 傾聴, 読み聞かせ, 音楽 — unrelated (0): the 外来 ask that names the 患者さん用
  図書 and 緩和ケア volunteering beside it (R5Q007) grades a 図書 or 傾聴 volunteer 0, the 玄関 ask that mentions
  音楽ボランティア (R5Q008) grades a musician 0, and the ロビーコンサート ask (R5Q010) grades a 外来案内
  volunteer 0;
  病院の外来案内 (hospital) vs 車いすの清掃・修理 (wheelchair_care) — related (1);
  手話 (sign) vs 要約筆記 (captioning: the spoken word as text) — related (1): the 要約筆記 asks that say 手話が
  できなくても (R5Q049) or name the 手話 course beside theirs (R5Q050) grade a 手話 volunteer 1;
  防災 (bousai: 訓練, 避難所運営, 防災士) vs 災害ボランティア (saigai: 被災地の泥出し) — related (1): the 災害VC
  設置訓練 ask (R5Q043) grades a volunteer who only went to a 被災地 1;
  送迎 (driving) vs 付き添い (escort: on foot or by bus, ガイドヘルプ) — related (1): the 通院の付き添い ask that
  needs no car (R5Q031) grades a driver 1;
  託児・子育てひろば (childcare) vs 児童館の遊び相手 (kids_play) — related (1); childcare vs 学習支援 (study) — 0;
  観光・文化財ガイド (guide) vs 通訳 (interp) — unrelated (0): the 文化財ガイド ask that welcomes 英会話 (R5Q019)
  grades an interpreter 0, and the English-speaking guide is graded 0 for the English 通訳 ask (R5Q017);
  花壇 (greening) vs 清掃 (cleanup) — close (2); both vs 個人宅の草取り (yardwork) — related (1);
  調理 (cooking) vs 送迎 (driving) and 買い物 (shopping) — unrelated (0): the ふれあい給食 調理班 ask whose
  delivery is the マイカーの配達グループ's (R5Q048) grades a driver or a 買い物代行 volunteer 0;
  パソコン (pc) vs スマホ (smartphone) — related (1).
Words of another skill beside the ask: the 外来 ask naming 図書 and 緩和ケア, the 玄関 ask naming 音楽, the 文化財
ask welcoming 英会話, the 要約筆記 course beside 手話・音訳, the 給食 ask naming 配達 and マイカー, the 車いす清掃 ask
that says it is not the 外来 work; and bios with distractors (a 配架 volunteer who gave up the car to walk there, a
marathon volunteer who drove the camera car, a サロン代表 who wishes someone would drive members).

usage: python bench/heldout/real5.py          (writes bench/heldout/real5/: volunteers, requests, qrels, concepts,
                                               sources; then runs self_check())
       python bench/heldout/real5.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)

OUT = Path(__file__).resolve().parent / "real5"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here
EARLIER_SOURCES = realset.earlier_sources("real5")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy).
CONCEPTS = {
    "library": "図書館・図書室の本の整理 (配架, 本の修理・補修, 装備)",
    "storytelling": "読み聞かせ・おはなし会",
    "school_support": "学校の授業・行事の補助 (ミシン, 調理実習, 昔遊び, 記録係)",
    "school_watch": "登下校の見守り・防犯の見守り",
    "study": "子どもの学習支援 (宿題, 受験勉強, 無料塾)",
    "japanese": "日本語支援 (外国人住民の日本語教室, 会話の練習相手)",
    "interp": "通訳・翻訳 (言語はリクエストの languages が決める)",
    "para_sports": "障害者スポーツの支援 (ボッチャ, 大会の誘導・記録, 教室の補助)",
    "event_staff": "イベント・大会の運営補助 (受付, 誘導, 給水, 設営)",
    "cleanup": "清掃・ごみ拾い (河川, 公園, 道路)",
    "greening": "公園・まちの花壇の手入れ (植え付け, 花がら摘み, 除草)",
    "yardwork": "個人宅の草取り・庭木の手入れ",
    "guide": "観光・文化財ガイド (史跡, まち歩きの案内)",
    "hospital": "病院の外来案内 (院内案内, 受付機・精算機の補助, 院内の車いす介助)",
    "wheelchair_care": "車いすの清掃・点検・修理",
    "music": "演奏・歌 (病院や施設のロビーコンサート)",
    "driving": "車での送迎・移動支援 (買い物, 通院)",
    "escort": "外出・通院の付き添い (歩いて, バスで; 視覚障害者のガイドヘルプ)",
    "listening": "傾聴 (話をじっくり聴く, 話し相手)",
    "pc": "パソコンの手ほどき・パソコン講座",
    "smartphone": "スマートフォン・タブレットの使い方の手伝い",
    "childcare": "託児・子育てひろばでの乳幼児の見守り",
    "kids_play": "児童館・放課後の子どもの遊び相手・工作",
    "bousai": "防災 (防災訓練, 避難所運営, 防災士, 災害VC の設置訓練)",
    "saigai": "災害ボランティア (被災地の泥出し, 家財の運び出し)",
    "salon": "高齢者サロン・お茶会の運営 (お茶出し, 受付, レク)",
    "chores": "家事援助 (掃除, 洗濯, ごみ出し, 食事の準備)",
    "shopping": "買い物の代行・支援",
    "cooking": "調理 (こども食堂, サロンの昼食)",
    "sign": "手話 (聞こえない人との会話, 手話通訳)",
    "captioning": "要約筆記 (話を文字にして伝える, 手書き・パソコン)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily.
CLOSE = {
    frozenset(p)
    for p in [
        ("chores", "shopping"),  # 家事援助 and 買い物代行 are one menu in most 生活支援サポーター schemes
        ("cleanup", "greening"),  # a 公園愛護会 weeds the flower beds and picks up litter alike
    ]
}

# Concepts a coordinator would try second (grade 1). Deliberately absent: guide–interp, hospital–library,
# hospital–storytelling, hospital–music, hospital–listening, childcare–study, cooking–driving, cooking–shopping,
# cleanup–saigai, event_staff–driving.
RELATED = {
    frozenset(p)
    for p in [
        ("library", "storytelling"),
        ("library", "school_support"),
        ("storytelling", "childcare"),
        ("storytelling", "kids_play"),
        ("school_support", "school_watch"),
        ("school_support", "study"),
        ("study", "japanese"),
        ("study", "kids_play"),
        ("japanese", "interp"),
        ("kids_play", "childcare"),
        ("kids_play", "event_staff"),
        ("para_sports", "event_staff"),
        ("cleanup", "yardwork"),
        ("greening", "yardwork"),
        ("hospital", "wheelchair_care"),
        ("hospital", "escort"),
        ("driving", "escort"),
        ("driving", "shopping"),
        ("listening", "salon"),
        ("music", "salon"),
        ("cooking", "salon"),
        ("chores", "cooking"),
        ("chores", "yardwork"),
        ("pc", "smartphone"),
        ("bousai", "saigai"),
        ("sign", "captioning"),
    ]
}

# the pages (each record names one)
S_HANNAN = "https://paperzz.com/doc/6258009/%E5%9B%B3%E6%9B%B8%E9%A4%A8%E3%83%95%E3%83%AC%E3%83%B3%E3%82%BA%E5%8B%9F%E9%9B%86"
S_YONAGO = "http://www.yonago-toshokan.jp/316.html"
S_WEEKEND_LIB = "https://working-person-vola.meby.net/shumatsu-toshokan-hon-syuri-seiri.html"
S_KYOTO_SCHOOL = "https://cms.edu.city.kyoto.jp/112703/weblog/132312499?tm=20150424120852"
S_SUKAGAWA = (
    "https://sukagawa.fcs.ed.jp/blogs/blog_entries/view/545/a060bfe047bb3719fa23f65094712a50?frame_id=273"
)
S_KOYATERU = "https://koyateru.hatenadiary.org/entry/20080501_1"
S_MIE_LIB = "https://www.center-mie.or.jp/mnews_web_edition/month/2022/02"
S_KUSHIRO = "https://kushiro-library.hatenablog.com/entry/2010/08/15/152100"
S_YUMI = "http://yumi-woods-airport.blogspot.jp/2013/05/blog-post.html"
S_VOXY = "https://voxy4wd.blogspot.com/2012/05/blog-post_22.html"
S_MITO = "https://mito.mykoho.jp/article/%E8%8C%A8%E5%9F%8E%E7%9C%8C%E6%B0%B4%E6%88%B8%E5%B8%82/%E5%BA%83%E5%A0%B1%E3%81%BF%E3%81%A8-%E4%BB%A4%E5%92%8C%E5%85%83%E5%B9%B47%E6%9C%8815%E6%97%A5%E5%8F%B7/%E5%9B%B3%E6%9B%B8%E9%A4%A8%E3%83%9C%E3%83%A9%E3%83%B3%E3%83%86%E3%82%A3%E3%82%A2-in-%E6%B0%B4%E6%88%B8/"
S_CHII = "https://chii7394.com/school-library-volunteer"
S_AMANISM = "https://amanism.jp/life/entry-457.html"
S_NEKOTSUKA = "https://note.com/nekotsukaka/n/ndd25485793a8"
S_ASHIKAGA = "https://www.ashikaga.jrc.or.jp/publics/index/103/"
S_KINIKYO = "http://kin-ikyo-chuo.jp/about/volunteer/"
S_FUKUI_HOSP = "https://www.fukuishimbun.co.jp/articles/-/773280"
S_TOKUSHIMA_294 = "https://city-tokushima-hosp.jp/departments/centerPatientSupport/volunteer/294"
S_TOKUSHIMA_293 = "https://city-tokushima-hosp.jp/departments/centerPatientSupport/volunteer/293"
S_TOKUSHIMA_291 = "https://city-tokushima-hosp.jp/departments/centerPatientSupport/volunteer/291"
S_ACH = "https://ach.or.jp/recruit/volunteer/voice.php"
S_PIANON = "https://blog.goo.ne.jp/k-pianon/e/f3cd48f143c65213b90613e89b8f36d9"
S_JUICY = "https://juicylab.blogspot.com/2015/03/blog-post_22.html"
S_SOYOKAZE = "http://n-soyokaze.jp/245/245gou2.html"
S_TAGAWA = "http://hospital.city.tagawa.fukuoka.jp/kihon/pub/detail.aspx?c_id=43&id=408&pg=1"
S_KEIJINKAI = "https://keijinkai.com/nishimaruyama/?p=1017"
S_KASUKABE = "http://www.kasukabe-cityhp.jp/activity/volunteer/concert/index.html"
S_TOKYO_SS = "https://www.tokyo-ss.net/about/example.php"
S_SUGINAMI = "https://www.tokyo-ss.net/about/experience/group/10.php"
S_PARASUPO = "https://team.expo2025.or.jp/ja/challenge/657?country=&free_word=&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=true&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=true&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=true&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_checks%5B%5D=false&sdgs_narrow_down=false"
S_47NEWS = "http://sports.47news.jp/smp/sports/localsports/2016/10/600_766432.html"
S_ADAPT_1654 = "https://e-adapt.org/hiroba/area-touhoku/1654"
S_ADAPT_1504 = "https://e-adapt.org/?p=1504"
S_KINUTA = "https://kinutamachi.jp/report/2024/0312292"
S_ASLAD = "https://www.aslad.com/post/障害者スポーツの体験・ふれあい交流2021ボッチャ"
S_OBUSE = "https://obusemarathon.jp/volunteer.php"
S_HAMAMATSU_RUN = "http://kinki2007.seesaa.net/"
S_MAKUHARI = "https://blog.goo.ne.jp/makuhari_2005/e/65b9481db0588faeb7c76a98fe75c368?fm=entry_awc_sleep"
S_HIMEJIMA = "https://medias-ch.com/movie/117204"
S_ECO_JIDOKAN = "https://eco-jidokan.jp/2023/01/5324"
S_NOTE_NIHONGO = "https://note.com./aaaaayyyymmmmm/n/n52958312a6fb"
S_ICHIOKA = "http://ichioka-nihongo.org/archives/205"
S_ICHIOKA2 = "https://ichioka-nihongo.org/archives/8250"
S_KONAN = "https://www.konan-u.ac.jp/faculty/stage/news/318"
S_YIEA = "https://yiea.or.jp/volunteer/supporter/"
S_YIEA_NEWS = "https://yiea.or.jp/news/news_6480"
S_OPIEF = "http://www.opief.or.jp/supporter/"
S_IWATE_IA = "http://iwate-ia.or.jp/?l=ch&p=2-4-multi_languages_supporters"
S_KITAQ = "https://kitaq-koryu.jp/je/volunteer-je/government-je"
S_MATSUSHIRO = "http://www8.shinmai.co.jp/odekake/article.php?id=ODEK20160106005367"
S_KICHIJOJI = "https://kichijoji.keizai.biz/headline/1513"
S_MIKANJIN = "https://mikanjin.jp/?p=838"
S_TOSA = (
    "https://www.caa.go.jp/policies/policy/consumer_research/white_paper/2023/white_paper_example_10.html"
)
S_ATAMI = "http://hikarij.com/jyohou/oji-guide/top/volunteerguide.html"
S_BUNKYO = "https://regards-service.jp/blog/2018/06/11/%e3%80%90%e7%b5%82%e6%b4%bb%e3%80%91%e5%ae%9a%e5%b9%b4%e5%be%8c%e3%81%ae%e3%82%bb%e3%82%ab%e3%83%b3%e3%83%89%e3%82%b9%e3%83%86%e3%83%bc%e3%82%b8%e2%91%a1/"
S_MINATO_SC = "https://www.minato-sc.or.jp/howtowork/2016/04/vo3.html"
S_YAMAGUCHI_GUIDE = "https://sunday-yamaguchi.co.jp/cms/news/220302-news1"
S_GOGYO = "https://blog.canpan.info/collabomoka/daily/202303/19"
S_KUREHA = "https://ueno-tobu.com/old/3bukai/Ka-115.html"
S_HASENET = "https://blog.goo.ne.jp./hasenet343/d/20100413"
S_YG1937 = "https://yg1937.com/news/y20200721kawa/"
S_NAKADA = "https://shakyo-iy.or.jp/?p=7591"
S_ODORI = "https://odori-park.jp/2024/03"
S_WEBYOKO = "https://webyoko.com/ilt/2009/11/3041/"
S_SEEDS = "http://www.seedsnet.gr.jp/?p=11251"
S_YURI = "https://yuri-park.jp/?p=22867"
S_HAKODATE = "https://hakodate-jts-kosya.jp/shikinomori/volunteerinfo/5683"
S_HIROKAWA = "https://hirokawashakyou.jp/volunteer/kurasapo"
S_MUROTO = "https://murosya.or.jp/pages/55/"
S_FUKUI_CITY = "https://www.city.fukui.lg.jp/fukusi/kfukusi/ssien/seikatusienkaisapo.html"
S_SOTOGAHAMA = "http://s-syakyo.jp/seikatsusupporter.html"
S_HAEBARU = "https://www.haebaru-shakyo.org/?page_id=121"
S_ONO = "https://mykoho.jp/article/075221/10091636/10191766"
S_GOTEMBA = "http://at-s.com/news/article/shizuoka/1139877.html"
S_SAGAMIHARA = "https://www.townnews.co.jp/0301/2025/10/09/805361.html"
S_OYAMA_SHAKYO = "https://smart.shimotsuke.co.jp/articles/-/756744"
S_TADOTSU = "https://sbuzz.jp/archives/17127"
S_GOSE = "https://gate.coron.tech/news/260005202219043363946"
S_TOYOHASHI_GUIDE = "http://toyohashi-shakyo.or.jp/wordpress/tobira/archives/7209"
S_TEBIKI = "https://okwave.jp/guide/g23639.html"
S_KURUMI = "https://sites.google.com/view/ghb-kurumi/ご利用方法"
S_OITA_GUIDE = "https://note.com./rakumiu/n/n80c84263b668"
S_BORASEN = "http://borasen.jp/?p=5858"
S_KEICHO_JAPAN = "https://keicho-japan.com/volunteer"
S_IWAMIZAWA = "http://iwamizawa-syakyo.or.jp/?p=5022"
S_TAITO = "https://taitoshakyo.com/service/vc/sodan/activity201702"
S_NIIZA = "https://www.city.niiza.lg.jp/site/volanteer/volunteer-report17.html"
S_HAKUTO = "https://challe.info/entry/2021/10/17/080000"
S_SHAYU = "https://www.as-shayu.com/archives/colum/%e3%82%b7%e3%83%8b%e3%82%a2%e3%81%ab%e3%82%88%e3%82%8b%e3%83%91%e3%82%bd%e3%82%b3%e3%83%b3%e3%81%a8%e3%82%b9%e3%83%9e%e3%83%9b%e3%81%ae%e5%ad%a6%e7%bf%92%e6%94%af%e6%8f%b4%e6%b4%bb%e5%8b%95%ef%bc%88"
S_TOKUYAMA = "https://kknews.co.jp/post_committee/20230403_yamaguchi"
S_TEWOTSUNAGO = "https://ciao-tewotsunago.ssl-lolipop.jp/volunteer.html"
S_DATE = "http://www.city.date.hokkaido.jp/hotnews/detail/00001314.html"
S_HAIHAI = "http://toyohashi-shakyo.or.jp/wordpress/tobira/archives/5511"
S_MEGURO_CHILD = "https://meguro-childsalon.org/"
S_FUCHU_BOSHI = (
    "https://www.city.fuchu.hiroshima.jp/kosodate_kyoiku/kosodate/kosodate_shien/jigyo_seido/8514.html"
)
S_WARABEKAN = "https://www.warabekan.org/2370006/weblog/30650589"
S_TOKIWAMATSU = "https://tokiwamatsu.ac.jp/tokilog/5534"
S_TSUBAME = "https://www.town.kawagoe.mie.jp/index.php/blog-tsubame/38440/"
S_YOTSUKAIDO = "https://minnade.org/information/%E3%80%8C%E3%81%82%E3%82%8B%E3%81%A8%E3%81%84%E3%81%84%E3%82%88%E3%81%AD%EF%BC%81%E9%81%BF%E9%9B%A3%E6%89%80%E9%81%8B%E5%96%B6%E5%93%A1%E4%BC%9A%E3%80%8D%E6%84%8F%E8%A6%8B%E4%BA%A4%E6%8F%9B%E4%BC%9A/"
S_KITSUKI = "https://kitsukishakyo.jp/pages/55"
S_FUCHU_BOUSAI = "https://www.city.fuchu.hiroshima.jp/kochirafuchushikohokakari/kijiichiran/8068.html"
S_ZUSHI = "https://note.com/makotohattori/n/n32e2440086e3"
S_NARA_BOUSAI = "http://bousaisikai.blog.fc2.com/?tag=%E8%A8%93%E7%B7%B4"
S_GENSAI = "http://gensaiaction.net/chapter-5/bousaisi"
S_YAMATOTAKADA = "https://bousainara.com/55627"
S_MIYAKO = "https://miyako-syakyo.jp/pages/51/detail=1/b_id=267/r_id=33"
S_MASHIKO = "http://www.mashikoshakyo.com/saigai/2011/08/post_4.php"
S_SAYO = "https://www.akaihane.or.jp/act_report/194k010-2"
S_CHITA = "https://www.akaihane.or.jp/?p=45811"
S_SANJO_BUS = "https://kenoh.com/2011/06/13volunteer.html"
S_OBANAZAWA = "http://obanazawa-syakyo.jp/ocha-saron-h30.html"
S_MIYASHIRO = "https://kanou-miyashiro.blog.ss-blog.jp/2013-11-11-1"
S_ASAO = "https://asao-ku.net/articles/index.php?id=151&mode=dsp"
S_VOLUNTAS = "https://voluntas-npo.com/2010/01/15/4386/"
S_YOUYAKU_FUJI = "https://blog.goo.ne.jp./youyaku-fuji/d/20150915"
S_KOHO_YOUYAKU = "https://mykoho.jp/article/442038/10286745/10314030"
S_OKANANKYO = "https://www.okanankyo.org/category/kenyouren-news/page/3"
S_IIDA = "https://i-port.biz/p/1991/"
S_MIDORI = "https://midorinokai2022.hatenablog.com/"
S_KIKYO = "https://gifukensakyo.jp/%e3%82%b5%e3%83%bc%e3%82%af%e3%83%ab%e8%a8%aa%e5%95%8f%e3%82%b7%e3%83%aa%e3%83%bc%e3%82%ba%e2%91%b1"
S_WAKAME = "https://syuwa-wakame.jimdo.com/2020/06/07/2020%E5%B9%B4%E5%BA%A6-%E3%82%B5%E3%83%BC%E3%82%AF%E3%83%AB%E6%B4%BB%E5%8B%95%E9%96%8B%E5%A7%8B%E3%81%A7%E3%81%99/"
S_TOOMI = "http://sendai-c.ed.jp/~toomi/gakkoushien.html"
S_NISHIJIN = "https://safety.nishijinchuo-pta.kyoto.jp/fy2022/system22/supporter/"
S_MIYAZAKI_SCHOOL = "https://www.city.miyazaki.miyazaki.jp/fs/32655/201511text12-13.txt"
S_ABASHIRI = "https://mykoho.jp/article/012114/10091402/10149031"
S_TOMOE = "https://expydoc.com/doc/7945769/%E6%A0%A1%E5%8C%BA%E3%81%AE%E4%BD%8F%E6%B0%91%E3%81%8C%E3%80%8C%E3%81%A8%E3%82%82%E3%81%88%E3%82%B5%E3%83%9D%E3%83%BC%E3%82%BF%E3%83%BC%E3%82%BA%E3%80%8D%E3%82%92%E7%B5%90%E6%88%90%E3%81%97%E3%80%81-%E5%AD%A6%E6%A0%A1%E3%81%AE%E6%B4%BB%E5%8B%95%E3%82%92%E6%94%AF%E6%8F%B4%E3%81%97%E3%81%A6%E3%81%84"
S_OYODO = "http://www.town.oyodo.lg.jp/contents_detail.php?co=cat&frmId=82&frmCd=6-20-4-0-0"
S_KADOMA = "https://activo.jp/articles/105697"
S_COMOCOMO = "https://comocomohiroba.org/%e7%84%a1%e6%96%99%e5%ad%a6%e7%bf%92%e6%94%af%e6%8f%b4%ef%bc%88%e3%81%9d%e3%81%ae%ef%bc%92%ef%bc%89"
S_KOKORO2 = "https://www.kokoro-vj.org/ja/post_12767"
S_JAVO = "https://javo.or.jp/%e6%97%a5%e6%9c%ac%e8%aa%9e%e3%83%9c%e3%83%a9%e3%83%b3%e3%83%86%e3%82%a3%e3%82%a2%e4%bd%93%e9%a8%93%e8%a8%98"
S_KYORIN = "http://www.kyorin-u.ac.jp/hospital/introduction/news_archive/news_detail-433.html"
S_OMORI = "http://www.omori.med.toho-u.ac.jp/volunteer/credential/report/2007spring.html"
S_IWAKUNI = "https://iwakuni.hosp.go.jp/volunteer.html"
S_NPONEWS_HOSP = "https://nponews.jp/volunteer/hospital/"
S_NATURAL = "https://www.naturalaction.co.jp/blog/16103/"
S_NISSHIN = "https://www.city.nisshin.lg.jp/kurashi/fukushi/koureisya/15240.html"
S_KOKORONOMIYA = "http://kun-kokoronomiya.org/keityou%20borannthia.html"
S_SAKURA = "https://sakuranoseibo.jp/s-center/?p=19303"
S_PCCLINIC = "https://aichi-pcclinic.jp/media/20250406/"
S_IKOMA_SANKEI = "https://sankei-nara-iga.jp/news/archives/21735"
S_WANPAKU = "https://itot.jp/interview/19432"
S_PESHIMANE = "https://peshimane.net/notice/%e9%98%b2%e7%81%bd%e5%a3%ab%e9%a4%8a%e6%88%90%e7%a0%94%e4%bf%ae%e3%81%ae%e8%ac%9b%e5%b8%ab%e6%b4%be%e9%81%a3%ef%bf%bc.html"
S_FUREAI_KYUSHOKU = "https://fukushi.kyoto-np.co.jp/column/chiiki/UP081007.html"
S_KASUKABE_KAISHOKU = (
    "https://kasukabeshishakyo.or.jp/2013/05/01/豊春西地区によるふれあい会食会が開催されまし"
)
S_SUMIREKAI = "http://ryokuen.gr.jp/external/act_group/sumirekai/sumirekai/sumirekai.html"
S_TEISHOIN = "http://teishoin.net/blog/006044.html"
S_HOKUDAI = "http://hokudaisyuwacircle.blog.fc2.com/blog-date-201310.html"
S_IZUMI = "https://blog.goo.ne.jp./izumi-network/e/6e9d47a4b26f1f5b5aa4f5ff6aac6c8d"
S_SAGA = "http://www.saga-s.co.jp/articles/-/1793"

JA = ["ja"]

# (concepts, skills, bio, languages, source); ids R5V001… in this order
VOLUNTEERS_RAW = [
    # --- library / storytelling
    (["library"], ["本の修理"], "図書館で月1回開かれる修理工房に通っています。製本用のボンドで外れたページを貼り直し、クリップで留めて1~2日乾かしてから棚に戻します。子どもに人気のシリーズほど何度も修理に来ます。", JA, S_MIE_LIB),
    (["library"], [], "市立図書館の工房で、ページの抜けや破れた本を直しています。数日から数週間かけて治した本が、また誰かに読まれるのを待つのがうれしいです。", JA, S_KUSHIRO),
    (["library"], ["配架"], "今年の春から図書館の配架ボランティアをしています。朝9時から1時間、返ってきた本を分類どおりの棚に戻します。以前は学校図書館の仕事をしていました。いい運動になるので、車をやめて歩いて通っています。", JA, S_YUMI),
    (["library"], ["図書館ボランティア"], "週1回、開館前から図書館で返却された本の山を書架へ戻しています。利用者に本の場所を聞かれたら、検索端末で書架番号を調べて一緒に探します。", JA, S_VOXY),
    (["library", "driving", "yardwork"], [], "図書館で9年、返却本の配架をしています。利用者のじゃまにならないよう、空いている棚から、音の出にくい靴で戻します。近所の方を病院へ送ったり、草取りを手伝ったりもしています。", JA, S_MITO),
    (["library", "cleanup"], ["本の補修"], "図書館の本の補修講習会を修了しました。傷んだ児童書や絵本を補修して書架に戻すことと、建物まわりの美化作業を手伝っています。", JA, S_YONAGO),
    (["storytelling", "library"], ["読み聞かせ"], "子どもの小学校で学校図書館ボランティアをしています。朝の読書の時間の読み聞かせと、図書の整理や貸出・返却のお手伝いです。", JA, S_CHII),
    (["library", "storytelling"], [], "小学校の図書ボランティアの代表です。本の表紙の補強や修繕、図書室の飾りつけ、休み時間の読み聞かせとそのお知らせのポスターづくりを、20人ほどで分担しています。", JA, S_AMANISM),
    (["storytelling", "library"], ["絵本の読み聞かせ"], "十年あまり、小学校で朝の授業前の15分に読み聞かせをしています。本の改装の係も兼ねています。絵本の持ち方やページのめくり方は先輩に教わりました。", JA, S_NEKOTSUKA),
    (["storytelling"], ["おはなし会"], "小学校の図書ボランティアに登録し、火曜日の中間休みに月2回ほど、児童に絵本を読む会を開いています。", JA, S_KYOTO_SCHOOL),
    # --- hospital / wheelchair_care / music
    (["hospital"], ["院内案内"], "市民病院で、受診に来られた患者さんの院内案内や、車椅子の方の受付・診察の移動の介助をしました。将来は医療の仕事に就きたいと思っています。", JA, S_TOKUSHIMA_294),
    (["hospital"], ["院内案内"], "病院の建て替えのときから、婦人会の仲間と案内のボランティアを続けています。紹介状をお持ちの方を受付へ、手術前の検査の方を検査室へご案内します。", JA, S_TOKUSHIMA_293),
    (["hospital", "listening"], ["病院ボランティア"], "夏休みに市民病院で院内案内と車椅子の介助をしました。がん患者サロンにも参加して、患者さんやご家族のお話を伺いました。", JA, S_TOKUSHIMA_291),
    (["hospital", "wheelchair_care"], ["外来支援"], "月に3、4回、午前中に病院で再来受付機や自動精算機の操作のお手伝い、初診手続きの説明と代筆、車いすの方の介助、車いすの整備をしています。", JA, S_ACH),
    (["hospital"], [], "亡き妻が入院していたころに病院のことをよく知ったので、それを役立てたいと外来の案内を始めました。1回3時間で1万歩近く歩きます。", JA, S_ACH),
    (["hospital"], ["外来案内"], "大学生です。病院の体験ボランティアで、外来インフォメーションから各部署への患者さんのご案内と、エレベーターの開閉の補助をしました。三日目には、患者さんが次にどこへ向かうかを考えて誘導できるようになりました。", JA, S_KYORIN),
    (["hospital"], [], "大学を卒業して就職するまでの間、黄色いエプロンを着けて病院のボランティアをしました。患者さまの『ありがとう』の重みを知りました。", JA, S_OMORI),
    (["wheelchair_care"], ["車いすの清掃"], "病院ボランティアとして、院内の車いすの清掃と点検を担当しています。", JA, S_NPONEWS_HOSP),
    (["wheelchair_care"], ["車いす整備"], "毎月1回、病院の車いすの汚れやサビを落とし、タイヤに空気を入れ、ねじの緩みを直しています。", JA, S_KINIKYO),
    (["music"], ["ピアノ演奏"], "病院のロビーで季節の唱歌を中心にピアノを弾いています。最後は『ふるさと』を皆さんと一緒に歌います。別の県立病院でも3か月に1回、60分の演奏を続けています。", JA, S_JUICY),
    (["music"], [], "病院のサロンコンサートを企画し、自分もピアノを弾いています。患者さんやご家族、看護師さんにも一緒に声を出して歌っていただくのが楽しみです。", JA, S_PIANON),
    (["music"], ["声楽"], "音楽大学で声楽を学び、各地の施設で慰問の演奏をしてきました。ピアノの友人と組んで、病院のロビーで春の歌やオペラの一節を歌いました。", JA, S_KEIJINKAI),
    (["music"], ["ギター", "バンド演奏"], "仲間3人のバンドで、病院のロビーコンサートに出演しました。カントリーロードやさくらなど、10曲ほど演奏します。", JA, S_TAGAWA),
    (["music"], [], "朝の外来が始まるころ、病院の2階でピアノを弾くボランティアをしています。リクエストノートに書かれた曲も弾きます。フルートの方と合奏する日もあります。", JA, S_SOYOKAZE),
    (["music"], ["弦楽四重奏"], "市民オーケストラの仲間と、病棟のラウンジでクリスマスソングや懐かしの曲を弦楽四重奏で演奏しました。", JA, S_KASUKABE),
    # --- para_sports / event_staff
    (["para_sports"], ["障害者スポーツサポーター"], "県の障害者スポーツサポーター養成講習を2日間受け、車いすを使う方の手助けの方法を学びました。大会では選手の誘導を担当しています。", JA, S_47NEWS),
    (["para_sports"], ["パラスポーツ指導員"], "パラスポーツ指導員です。障がいのある方とご家族のための月1回のボッチャの会で、審判をしながらルールをその場に合わせ、全員が楽しめるようにしています。", JA, S_ADAPT_1654),
    (["para_sports"], ["障がい者スポーツ指導員"], "障がい者スポーツ指導員として、障害のある方が教えるボッチャ教室を手伝いました。試合の途中で戦術のアドバイスもします。", JA, S_ADAPT_1504),
    (["para_sports", "event_staff"], [], "町会の役員です。区の体育館で、誰でも参加できるボッチャの交流会のコーディネートを引き受け、初心者へのルール説明や交流試合の進行をしています。", JA, S_KINUTA),
    (["para_sports"], ["ボッチャ"], "障害者スポーツの体験・交流会で、指導員としてボッチャのコートを担当しました。初めての方にはボールの投げ方から教えます。", JA, S_ASLAD),
    (["event_staff"], ["イベントスタッフ"], "市民マラソンのボランティアに毎年参加しています。荷物の預かりや走路の安全確認、選手の誘導をします。", JA, S_HAMAMATSU_RUN),
    (["event_staff"], [], "マラソン大会のボランティアで、撮影車を運転して公式映像を撮りました。集合は朝6時。大会の運営には細かい改善点がいろいろ見えます。", JA, S_MAKUHARI),
    (["event_staff", "kids_play"], [], "中学生です。小学生のころから児童館の館まつりでボランティアをしていて、魚釣りやくじ引きのコーナーを手伝います。", JA, S_HIMEJIMA),
    # --- japanese / interp
    (["japanese"], ["日本語ボランティア"], "高校生です。地域の日本語ボランティア団体に参加し、技能実習生や日本人と結婚して暮らす方と日本語の練習をしました。定年退職した方が多く、ほかの活動にも熱心な方ばかりです。", JA, S_JAVO),
    (["japanese"], ["日本語教師経験"], "日本語学校で教えていた経験があり、今は地域の日本語教室に参加しています。子どもが小さいのでレッスンは休み、教室の運営をサポートしています。", JA, S_NOTE_NIHONGO),
    (["japanese"], [], "8月から日本語教室に参加しています。海外の工事現場で暮らしたとき、現地の人に親切にしてもらった恩返しのつもりです。", JA, S_ICHIOKA),
    (["japanese"], ["日本語教室"], "夜の日本語教室で、学習者さんと一対一で会話をしています。ミャンマーや中国から来た若い人たちと、いろいろな話題で話がはずみます。", JA, S_ICHIOKA2),
    (["japanese", "study"], ["日本語支援"], "大学で日本語教員養成課程をとっています。外国人の子どもたちの日本語学習を手伝うボランティアをしています。", JA, S_KONAN),
    (["interp", "japanese"], ["ベトナム語"], "ベトナムの出身です。日本語教室で先輩として、来日したばかりのベトナム人に日本語を教え、役所の手続きの通訳もしています。", ["ja", "vi"], S_KOKORO2),
    (["interp"], ["英語通訳"], "英語が母語で、日本語能力試験のN1を持っています。協会の行政通訳ボランティアに登録し、学校や外国人市民のお宅に同行して通訳しています。", ["ja", "en"], S_KITAQ),
    (["interp"], ["ベトナム語通訳"], "日本に住んで10年のベトナム人です。協会の行政通訳ボランティアとして、区役所の窓口や学校、お宅への訪問に同行して通訳しています。", ["ja", "vi"], S_KITAQ),
    (["interp"], ["中国語通訳"], "中国の出身で、県の多言語サポーターに登録しています。病院の受付や問診、学校の手続きのときの通訳をします。災害のときは避難所でも手伝います。", ["ja", "zh"], S_IWATE_IA),
    (["interp"], ["通訳・翻訳"], "英語で通訳・翻訳サポーターに登録しています。海外からの訪問団の視察や妊婦健診、学校での保護者との懇談の通訳をしました。", ["ja", "en"], S_YIEA),
    (["interp"], ["中国語"], "台湾の出身で、繁体字の中国語と日本語ができます。協会の通訳・翻訳サポーターとして、観光パンフレットの翻訳や相談機関での通訳をしています。", ["ja", "zh"], S_YIEA_NEWS),
    (["interp"], [], "英語のほか中国語も話せます。国際交流協会から学校や行政機関に通訳として派遣されています。専門的な内容の通訳はお引き受けしていません。", ["ja", "en", "zh"], S_OPIEF),
    # --- guide
    (["guide"], ["観光ボランティアガイド"], "60代でボランティアガイドを始めました。最初は見習いとして先輩について歩き、今は城下町の石碑や古い建物を案内しています。", JA, S_MIKANJIN),
    (["guide"], ["観光ガイド"], "退職後、地元に何も貢献していなかったと気づき、市のガイド養成講座から勉強を始めました。城や記念館で交代でガイドをしています。", JA, S_TOSA),
    (["guide"], ["まち歩きガイド"], "早期退職を機に移り住み、市の養成講座を受けてまち歩きガイドの会に入りました。梅まつりでは園内の見どころを40分で案内します。子ども向けの三択クイズも用意します。", JA, S_ATAMI),
    (["guide"], [], "坂の多い区内を歩くうちに歴史に夢中になり、区の養成講座を受けました。いくつかの観光施設でガイドを掛け持ちしています。", JA, S_BUNKYO),
    (["guide"], ["歴史ガイド"], "航空機のエンジンの技術者でした。シルバー人材センターの仲間と歴史ガイド倶楽部をつくり、霊園や街の名所旧跡をイヤホンガイドで案内しています。", JA, S_MINATO_SC),
    (["guide"], [], "話下手ですが、観光ボランティアガイドの会に入って2年目です。ベテランとペアを組んで、公園一帯の定点ガイドをしています。", JA, S_YAMAGUCHI_GUIDE),
    (["guide"], ["英会話"], "文化財ボランティアの会で、宝物館や史跡の屋敷を案内しています。英会話ができるので、外国からのお客様の案内も担当します。", ["ja", "en"], S_MATSUSHIRO),
    # --- cleanup / greening / yardwork
    (["cleanup"], ["河川清掃"], "地元の川のクリーン作戦に毎月参加しています。休日の朝9時に集まり、ごみ拾いばさみで河川敷の空き缶や袋を拾います。", JA, S_HASENET),
    (["cleanup"], ["河川の清掃"], "川のガイドの仕事をしています。流域の一斉清掃の月には、ボートを出して川に流れ着いたごみを拾います。", JA, S_NATURAL),
    (["cleanup"], [], "日曜の早朝のクリーンウォークに毎回参加しています。水辺公園の遊歩道を歩きながらごみを拾います。", JA, S_KUREHA),
    (["cleanup"], [], "勤め先の『川の応援団』で、毎年夏に河川敷のごみ拾いと草刈りをしています。", JA, S_YG1937),
    (["greening"], ["花壇の手入れ"], "公園愛護会で、町の花壇に季節の花を植えています。", JA, S_WEBYOKO),
    (["greening"], ["花壇ボランティア"], "シニアの会の花壇ボランティアとして、大通りの公園で『おもてなし花壇』の手入れをしています。冬は樹名板づくりを手伝います。", JA, S_SEEDS),
    (["greening"], ["ハーブ花壇"], "公園のボランティアグループで、毎週火曜日の午前、ハーブや宿根草の花壇の手入れをしています。", JA, S_YURI),
    (["greening"], [], "公園の花緑ボランティアに登録しています。春から秋まで週2回、花の丘の植栽と花壇の管理をしています。", JA, S_HAKODATE),
    (["greening", "cleanup"], [], "公園のバラ花壇の管理に週1回通っています。冬囲いのあとは室内でポプリづくりです。園内のごみ拾いも手伝います。", JA, S_ODORI),
    (["yardwork"], ["草取り"], "くらしのサポートの協力会員として、高齢の方のお宅の小さな範囲の草取りや、低い木の枝切りをしています。", JA, S_MUROTO),
    (["yardwork", "chores"], [], "サポーター登録をして、草取りや庭木の剪定、ごみ出しや掃除など、お宅のちょっとした困りごとを1時間200円でお手伝いしています。", JA, S_HIROKAWA),
    (["yardwork", "chores"], ["介護サポーター"], "介護サポーターに登録して、高齢の方のお宅のごみ出しや庭の手入れをしています。『体調はどうですか』と声をかけるようにしています。", JA, S_FUKUI_CITY),
    # --- chores / shopping
    (["chores"], ["家事援助"], "介護の仕事の経験があります。提供会員として週1回、ヘルパーさんが来ない日にお宅に伺い、食事の準備や洗濯を手伝っています。", JA, S_HAEBARU),
    (["chores", "shopping"], ["生活支援サポーター"], "町の生活支援サポーターです。ごみ出しや蛍光灯の交換、掃除、洗濯物の取り込み、買い物の代行を、社協の仲介で引き受けています。", JA, S_SOTOGAHAMA),
    (["shopping"], ["買い物代行"], "有償ボランティア『ささえ愛』の支援者です。主に日用品の買い物代行を引き受けています。", JA, S_ONO),
    # --- driving / escort
    (["driving"], ["運転ボランティア"], "協会の福祉車両や自分の車で、買い物や通院に出かける方の送迎をしています。運転ボランティアの講座を受けました。", JA, S_SAGAMIHARA),
    (["driving"], ["ドライバー"], "社協の『外出を支え隊』のドライバーです。福祉車両の扱い方を学び、通院や買い物に出られない方をお送りしています。", JA, S_OYAMA_SHAKYO),
    (["driving"], ["送迎"], "養成講習を受けて、町の移動サービスの運転をしています。火曜と金曜に1日4便、病院やスーパーへお送りします。", JA, S_TADOTSU),
    (["driving", "shopping"], [], "75歳です。自治会の移動支援で運転手を務め、週1回、利用者さんのお宅とスーパーを往復しています。頼まれれば病院や銀行にも寄ります。", JA, S_GOTEMBA),
    (["driving"], [], "地区の住民団体の移動支援で、自家用車を使って、高齢の方の日常の買い物や、自宅と病院の間の移動をお手伝いしています。", JA, S_NISSHIN),
    (["driving", "escort"], ["付き添い支援"], "ボランティア団体で、買い物や通院に困っている65歳以上の方に、自家用車で付き添っています。", JA, S_GOSE),
    (["escort"], ["ガイドヘルプ"], "視覚障害者のガイドヘルプボランティアです。肘を持っていただき、半歩前を歩調を合わせて歩きます。お散歩、通院、買い物に付き添います。", JA, S_TOYOHASHI_GUIDE),
    (["escort"], [], "目の不自由な方の手引きのボランティアをしています。ご家族が付き添えない日に、外出をお手伝いします。", JA, S_TEBIKI),
    (["escort"], ["視覚障害者の歩行介助"], "ガイドヘルプの会で、旅行で来られた視覚障害の方の観光や移動に、土日に公共交通で同行しています。", JA, S_KURUMI),
    (["escort"], [], "視覚障害の方と一緒にお出かけするガイドボランティアのグループを立ち上げました。目の代わりになって安全に誘導し、周りの様子もお伝えします。", JA, S_OITA_GUIDE),
    # --- listening
    (["listening"], ["傾聴ボランティア"], "定年退職を機に、これからの自分を見直したいと傾聴ボランティア養成講座に参加しました。話し手・聴き手・観察者のロールプレイを重ね、ボランティア登録をしました。", JA, S_KOKORONOMIYA),
    (["listening"], [], "家族を亡くして落ち込んだ時期があり、同じ苦しみを抱える人の力になりたいと、傾聴の養成講座を受けました。", JA, S_KEICHO_JAPAN),
    (["listening"], ["傾聴"], "傾聴ボランティアサークルの会員です。毎月の例会で学び合いながら、相手の気持ちを聴き入れることを心がけています。", JA, S_IWAMIZAWA),
    (["listening"], [], "講座のあと区内の高齢者施設で体験実習をし、修了生の仲間と新しい傾聴グループを立ち上げました。", JA, S_BORASEN),
    # --- pc / smartphone
    (["pc"], ["パソコン講師"], "区のITボランティアの会員です。ワードやエクセル、メールの使い方を、お話を聞きながら丁寧にお教えします。年に一度は年賀状講座も開きます。", JA, S_TAITO),
    (["pc"], ["パソコン指導"], "公民館の指導者養成講座の受講生でつくったパソコンボランティアの会で、パソコンサロンと入門講座を担当しています。文字入力から教えます。", JA, S_NIIZA),
    (["pc", "smartphone"], [], "市のパソコンボランティアで、初心者講座と個別の手ほどき、公民館のスマホ講座、小学校のパソコンアシストをしています。", JA, S_HAKUTO),
    (["pc", "smartphone"], ["スマホ講座"], "区民や学校向けのパソコンとスマホの学習支援の会に入っています。会員で講座の内容を考え、テキストもつくります。", JA, S_SHAYU),
    (["pc"], ["パソコンボランティア"], "視覚障害のある方向けのパソコン教室で、音声読み上げソフトの使い方やメールの送受信をお教えしています。", JA, S_PCCLINIC),
    (["smartphone"], ["スマホサポーター"], "市の講座を受けてスマホサポーターになりました。百歳体操をしている自治会館や図書会館の相談会で、高齢の方にスマホの操作をお教えしています。", JA, S_IKOMA_SANKEI),
    (["smartphone", "pc"], [], "高専のボランティアチームで、シニアのICT相談会を開いています。スマホの料金明細の確認や、タブレットの基本操作をお手伝いします。", JA, S_TOKUYAMA),
    # --- childcare / kids_play
    (["childcare"], ["託児"], "子育て支援拠点のひろばで、保育士さんと一緒に、遊びに来た未就学の親子を見守っています。お母さんの子育ての相談を聞くこともあります。", JA, S_WANPAKU),
    (["childcare"], ["託児ボランティア"], "子育て支援ボランティア養成講座の修了生でつくった託児グループの会員です。町の行事や講演会に、依頼があればどこでも出かけます。", JA, S_HAIHAI),
    (["childcare"], ["未就園児の預かり"], "月に2回、和室で未就園のお子さんをお預かりする会の保育ボランティアです。子ども好きの30代から70代が集まっています。", JA, S_MEGURO_CHILD),
    (["childcare", "storytelling"], ["母子保健推進員"], "子育て応援ボランティアとして、乳幼児健診での見守りや託児、子育てイベントで絵本を読む活動をしています。", JA, S_FUCHU_BOSHI),
    (["kids_play"], [], "中学生です。ジュニア奉仕団として土日に児童館で受付をし、小学生に動物づくりの工作を教えました。", JA, S_WARABEKAN),
    (["kids_play"], ["児童館ボランティア"], "高校生です。児童館の中高生スタッフに登録して、小学生と遊んだり、イベントの準備や館内の飾りつけを手伝ったりしています。", JA, S_TOKIWAMATSU),
    (["kids_play", "event_staff"], [], "中学生ボランティアとして、児童館と学童のスプリングフェスティバルを企画し、輪投げやヨーヨーつりのコーナーを盛り上げました。", JA, S_TSUBAME),
    # --- bousai / saigai
    (["bousai"], ["防災士"], "町内会長になったのを機に防災士の資格をとりました。県の自主防災アドバイザーとして、小学校の防災教室や地区の訓練を手伝っています。", JA, S_FUCHU_BOUSAI),
    (["bousai"], [], "防災士会の地域チームを仲間と立ち上げ、防災を知る機会づくりを企画しています。若い人が参加しやすい場をつくりたいです。", JA, S_ZUSHI),
    (["bousai"], ["避難所運営訓練"], "防災士会の一員として、避難所開設訓練の進行と、訓練後の振り返りの講義を担当しました。", JA, S_NARA_BOUSAI),
    (["bousai", "saigai"], [], "防災士の講習を受けました。豪雨災害のときは被災地で活動しました。", JA, S_GENSAI),
    (["bousai"], ["防災研修講師"], "県の防災士養成研修で、『自主防災活動と地区防災計画』の講師を務めました。", JA, S_PESHIMANE),
    (["saigai", "bousai"], ["災害ボランティア"], "能登で災害支援をしました。災害ボランティアセンターの運営訓練では、ごみの分別や泥出し後の廃棄場所について運営側に助言しました。", JA, S_YAMATOTAKADA),
    (["saigai"], ["災害ボランティア"], "社協のボランティアバスで被災地に行き、解体が決まったお宅の家具の搬出や、倒れたブロック塀の片付けをしました。", JA, S_SAYO),
    (["saigai"], [], "ボランティアバスで能登に行き、大型家具の運び出しや納屋の片付けをしました。", JA, S_CHITA),
    (["saigai"], ["がれき撤去"], "東日本大震災のあと、社協のボランティアバスで2泊3日、被災地のがれき撤去に参加しました。", JA, S_SANJO_BUS),
    # --- salon / cooking
    (["salon"], ["サロン協力者"], "地区のお茶のみ会の協力者です。公民館で一人暮らしの方とお茶を飲み、近況を語り合います。", JA, S_OBANAZAWA),
    (["salon", "cooking"], [], "地域のおしゃべりサロンのスタッフです。手作りの昼食と午後のコーヒーとケーキを用意し、じゃんけんゲームや頭の体操もします。", JA, S_MIYASHIRO),
    (["salon"], ["サロン運営"], "自治会長だったころに頼まれてサロンを始めました。唱歌や昭和歌謡を歌い、輪投げやビンゴで楽しんでいます。", JA, S_ASAO),
    (["salon"], [], "町内のお茶のみサロンの代表です。一人で来られなくなった方を、誰かが車で送迎してでも来てもらえるようにできたら、と考えています。", JA, S_VOLUNTAS),
    (["cooking"], ["調理"], "地区のふれあい会食会で調理のボランティアをしています。農家から仕入れた野菜で、高齢の方でも食べやすいよう、薄切りの肉を重ねたトンカツなどを工夫して作ります。", JA, S_KASUKABE_KAISHOKU),
    (["cooking"], [], "食事サービスの会で、一人暮らしの高齢の方の食事会に向けて、前日から総出で栗ご飯のお弁当を作ります。", JA, S_SUMIREKAI),
    (["cooking", "salon"], [], "民生委員の仲間と、一人暮らしのお年寄りを招く食事会を開いています。メニューを一品ずつ分担し、当日の朝から約100人分を作ります。", JA, S_TEISHOIN),
    # --- sign / captioning
    (["sign"], ["手話"], "手話サークルの会員です。聞こえない人と交流しながら、ゲーム形式で手話を学んでいます。", JA, S_MIDORI),
    (["sign"], [], "大学の手話サークルの会長です。例会では手話をつけて会話するよう呼びかけています。ろう学校の見学にも行きました。", JA, S_HOKUDAI),
    (["sign"], ["手話通訳"], "手話奉仕員養成講座を修了し、手話サークルの昼の部で学んでいます。社協の手話初級講座に講師として出かけることもあります。", JA, S_KIKYO),
    (["sign"], [], "手話サークルに入って、毎回ろう者の方と手話で話しています。高校のボランティアの特別講義にも仲間と出かけました。", JA, S_WAKAME),
    (["captioning"], ["要約筆記"], "要約筆記サークルで活動して10年になります。難聴の方だけでなく、年をとって聞こえにくくなった方の手助けもしています。", JA, S_OKANANKYO),
    (["captioning"], ["パソコン要約筆記"], "聴覚障害者情報センターの要約筆記者養成講座を、パソコンコースで受けました。手話のできない難聴の方のために、話をすぐに要約して文字にします。", JA, S_IZUMI),
    (["captioning", "sign"], [], "大学生です。聴覚障害者サポートセンターの入門講座で、手話と、パソコンで聞きながら入力する要約筆記を学びました。", JA, S_SAGA),
    (["captioning"], ["要約筆記"], "要約筆記サークルで、400人の講演会から地域の会合、通院の付き添いまで、話を文字にしてお伝えしています。", JA, S_IIDA),
    # --- school_support / school_watch / study
    (["school_support"], ["ミシン指導"], "学校支援ボランティアとして、家庭科のミシンの使い方を教えたり、昔の遊びで子どもたちと交流したりしています。", JA, S_MIYAZAKI_SCHOOL),
    (["school_support"], [], "市の学校支援地域本部に登録しています。体育の水泳やスキーの授業の補助、家庭科の調理実習の補助に行きます。", JA, S_ABASHIRI),
    (["school_support", "school_watch"], [], "校区の学校応援団の一員です。授業の手伝いや、朝の登校の見守りをしています。", JA, S_TOMOE),
    (["school_watch"], ["登下校見守り"], "子どもはもう卒業しましたが、PTAの見守りサポーターを続けています。ボランティアで埋まらない場所に立ちます。", JA, S_NISHIJIN),
    (["school_watch"], ["通学路の見守り"], "安全確保のボランティアとして、登校時と下校時に通学路の交差点で子どもたちを見守っています。", JA, S_OYODO),
    (["study"], ["高校受験指導"], "塾の講師をしていました。退職後、中学生の無料学習会で高校受験の勉強を見ています。", JA, S_COMOCOMO),
    (["study"], [], "大学生です。市の中学生勉強会で、居場所づくりも大切にしながら、週1回生徒の勉強をサポートしています。", JA, S_KADOMA),
]  # fmt: skip

# (need, also, kind, name, title, description, languages, remote_ok, source); ids R5Q001… in this order
REQUESTS_RAW = [
    (["library"], [], "group", "市立図書館", "図書館フレンズを募集しています", "退職後に何か社会の役に立ちたい方、子育てが一段落して時間ができた方、学生の方、『図書館フレンズ』として活動してみませんか。はじめての方も大歓迎です。\n◆主な作業:返却された本を本棚・書庫に戻す配架、本の修理と清拭、新しい本の装備、児童コーナーの飾りづくり、リサイクル本の整理\n◆頻度:月に1日から(少なくとも月1回)。作業内容や時間は担当から個別にご説明します。\n無償のボランティアで、交通費の支給はありません。ボランティア保険には図書館で加入します。", JA, False, S_HANNAN),
    (["library"], ["cleanup"], "group", "市立図書館", "図書館ボランティアの登録について", "当館では、市民の皆さんに図書館をより身近に感じていただくため、図書館ボランティアを受け入れています。\n◆活動内容:1)返却された本の書架への返却と配列直し 2)本の修理・製本 3)敷地内の美化\n児童書や絵本の傷みが目立つため、職員が講師の補修講習会を修了された方には補修もお願いしています。登録は年度ごとの更新で、更新の状況をみて若干名を募集します。", JA, False, S_YONAGO),
    (["library"], [], "group", "市立図書館", "週末の本の修理・整理ボランティア", "図書館のボランティアには、イベントの運営補助や読み聞かせ、配架などいろいろありますが、今回お願いしたいのは週末の『本の修理・整理』です。寄贈された本や長く使われて傷んだ本、貸し出しを終えた雑誌を、次の方が気持ちよく使えるよう手入れしていただきます。専門の知識は要りません。静かな作業が好きな方、お仕事の合間に短時間で参加したい方に向いています。", JA, False, S_WEEKEND_LIB),
    (["library"], ["storytelling"], "group", "市立小学校", "図書ボランティアを年間を通じて募集しています", "今年度も図書ボランティアの募集に15名の方が登録してくださいました。できる時間に、できることを、とお願いしています。\n◆図書の修繕や整理をしていただける方\n◆火曜日の中間休み(月2回程度)に、児童への読み聞かせの会を開いていただける方\n子どもたちの読書環境を整えるため、引き続き加わっていただける方をお待ちしています。", JA, False, S_KYOTO_SCHOOL),
    (["storytelling"], ["library"], "group", "市立小学校", "図書ボランティアの皆さん、よろしくお願いします", "本校では今年度、21名の方に図書ボランティアとしてご協力いただきます。\n◆主な活動:年10回の学級での読み聞かせ\n◆あわせて:図書の修繕、図書室の環境整備\n子どもたちは読み聞かせが大好きです。『本大好き!』の子どもを一緒に育ててくださる方を、引き続き募集しています。", JA, False, S_SUKAGAWA),
    (["library"], [], "group", "市立小学校 図書館", "学校図書館のお手伝い", "学校司書の勤務が週1日のため、保護者や地域の方のお力添えが欠かせません。新しい本へのブッカー掛け、昨年度から始めた新聞の切り抜きなど、図書館の整備を手伝ってくださる方を募集します。何もしなくても、昼休みに図書館にいてくださるだけでも助かります。雨の日は特に混み合います。", JA, False, S_KOYATERU),
    (["hospital"], [], "group", "国立病院機構 病院", "外来ボランティアを募集しています", "病院の中には、専門家でなくてもできる患者さんへの手助けや心配りがたくさんあります。初めて来られた方は、病院の仕組みや手続きがわからず不安になることもあります。同じ地域の住民として、外来で患者さんをご案内してくださる方を募集します。\n◆活動日時:月~金曜日(祝日を除く) 8時30分~12時\n◆活動内容:受付や診療科へのご案内、手続きのお手伝い\n患者さん用図書ボランティアと緩和ケアボランティアも別にありますが、今回は外来ボランティアの募集です。", JA, False, S_IWAKUNI),
    (["hospital"], [], "group", "赤十字病院 社会課", "玄関ボランティアを募集中です", "玄関で患者さまのご案内をしていただく院内ボランティアを募集しています。特別な資格や経験は要りません。\n◆活動内容:各診療科・検査室・放射線科などへのご案内\n◆日時:平日と第1・3・5土曜日の午前中、2時間以上\n◆条件:満18歳以上で、週1回以上・1年以上続けられる方。患者さまのプライバシーを守れる方\n音楽ボランティアなど18歳未満の方の活動には保護者の同伴が必要ですが、今回は玄関でのご案内の募集です。", JA, False, S_ASHIKAGA),
    (["wheelchair_care"], [], "group", "総合病院", "車いす清掃ボランティア", "患者さんやご家族が安心して医療を受けられるよう、職員とボランティアが一緒に取り組んでいます。院内の車いすの汚れやサビを落とし、タイヤに空気を入れ、ねじの緩みを調整する『車いす清掃ボランティア』を募集します。\n◆日時:毎月第2月曜日 12時30分から1時間\n◆集合:1階ボランティア室(エプロンをご持参ください)\n外来での案内や介助のボランティアとは別の活動です。", JA, False, S_KINIKYO),
    (["music"], [], "group", "県立病院 医療サービス課", "エントランスホールでの演奏者を募集", "入院中の患者さんやご家族、来院される方に生演奏を楽しんでいただくため、1階エントランスホールでボランティアコンサートを開いています。吹き抜けで音の響きがよいと評判です。\n◆演奏時間:30分から1時間\n◆ジャンル:クラシック、合唱、ジャズ、ギターの弾き語りなど\n今年度から開催を月3~7回に増やしたため、出演してくださる個人・グループを募集しています。", JA, False, S_FUKUI_HOSP),
    (["para_sports"], ["event_staff"], "group", "障害者スポーツ協会", "障害者スポーツ大会の大会補助員", "障害のある方が参加するスポーツ大会を、多くのボランティアの協力で運営しています。都の大会は、全国大会に派遣する選手の選考会も兼ねています。\n◆募集する係:選手の招集・誘導、記録、受付、表彰、運搬\n障害者スポーツに関心のある方、大会を一緒に支えてくださる方をお待ちしています。", JA, False, S_TOKYO_SS),
    (["para_sports"], [], "group", "区 スポーツ振興課", "重度心身障害者スポーツ教室のボランティア", "区では『わいわいスポーツ教室(重度心身障害者スポーツ教室)』や、障害のある方を対象にした『ユニバーサルタイム』を開いています。教室で参加者のスポーツ活動を一緒にサポートしてくださる方を募集します。パラスポーツ指導員の資格をお持ちの方は特に歓迎します。", JA, False, S_SUGINAMI),
    (["para_sports"], ["driving"], "group", "NPO法人 パラスポーツサポーター", "パラスポーツのサポーター募集", "障がいのある方が身近な地域でパラスポーツを楽しめるよう、選手とサポーターをつないでいます。\n◆募集する活動:視覚障がいの方のサポートガイド、身体障がいの方の補助、練習や大会への道具の運搬、会場での準備・片付け\n練習場所や大会会場は公共交通では行きにくいところが多いため、車で送迎していただける方がいれば大変助かります。", JA, False, S_PARASUPO),
    (["japanese"], [], "group", "日本語教室", "日本語教室のボランティアが足りません", "夜の日本語教室です。ミャンマーや中国、ベトナムなどから来た実習生や留学生が、流ちょうに話せるようになりたいと熱心に通ってきます。最近はボランティアが足りず、一人で二人の学習者さんを受け持つ夜もあります。一対一で会話の相手をしてくださる方を募集しています。教える資格は要りません。", JA, False, S_ICHIOKA2),
    (["japanese"], [], "resident", "ベトナム出身の会社員", "日本語の会話の練習相手を探しています", "仕事で日本に来て2年になります。職場では日本語を話す機会が少なく、会話がなかなか上手になりません。ボランティア日本語教室にも通っていますが、もっと話す練習がしたいです。週1回、1時間くらい、買い物や病院で使う日本語の会話の練習に付き合ってくださる方はいませんか。", JA, False, S_KOKORO2),
    (["interp"], [], "group", "県 国際交流協会", "通訳・翻訳サポーター(ベトナム語)", "県内の多文化共生、国際交流の活動にかかわる通訳・翻訳を手伝ってくださるサポーターを募集しています。外国語が得意な日本人の方、日本語が上手な外国人住民の方のご協力をお待ちしています。\n◆活動例:保育園・学校での保護者との懇談、医療機関の受診、妊婦健診、労働相談などの通訳\nとくにベトナム語のサポーターが不足しています。", ["vi"], False, S_YIEA),
    (["interp"], [], "group", "県 国際交流協会", "学校での英語の通訳ボランティア", "当協会の通訳ボランティアが、外国人の方と学校・行政機関の担当者とのコミュニケーションをお手伝いしています。市立小学校で英語を話す保護者との面談があり、通訳をしてくださる方を探しています。ボランティア通訳のため、専門的な内容は対象外です。翻訳や手続きの代行は行いません。", ["en"], False, S_OPIEF),
    (["interp"], [], "group", "県 国際協会", "多言語サポーター(中国語)の募集", "県内に住む外国人が生活に困らないよう、通訳・翻訳でお手伝いする多言語サポーターを募集しています。\n◆活動例:病院の受付や問診のときの通訳、学校の規則や行事の説明、免許更新などの手続き、災害時の避難所や相談窓口での通訳\n中国語で日常の会話ができる方。資格や国籍は問いません。", ["zh"], False, S_IWATE_IA),
    (["guide"], [], "group", "文化財ボランティアの会", "文化財ガイドの新規会員募集", "宝物館や史跡の屋敷、藩校跡など、地区の文化財施設を案内するボランティアの会です。100人余りが4つのグループに分かれ、展示や施設の案内、門前での湯茶の接待、山城などの史跡調査をしています。\n◆養成講座:全6回(毎回参加できる方)\n◆入会後:毎月3回以上活動できる方\n歴史や地域が好きな人の集まりです。外国人観光客のために、英会話のできる方も歓迎します。", JA, False, S_MATSUSHIRO),
    (["guide"], [], "group", "市 観光推進機構", "観光ボランティアガイド養成講座の受講者募集", "市を訪れる方に『来てよかった』と思っていただけるよう、名所を案内する観光ボランティアガイドを募集しています。全5回の養成講座では公園とまちの歴史と自然を学び、散策コースの実踏やマニュアルづくりもします。修了後は春からガイドとして活動していただきます。おもてなしの心があり、健康で話好きな方なら、市外の方も、年齢も問いません。", JA, False, S_KICHIJOJI),
    (["cleanup"], [], "group", "市民活動センター", "川のクリーンアップ大作戦", "川沿いの緑地は、近年イベントにも使われる市民の憩いの場です。景観を損ねている護岸の草や、排水口にたまった草やごみを取り除く作業を、皆さんと一緒に行います。ラジオ体操から始めます。次回は5月の予定です。身近なクリーン活動からボランティアを始めてみませんか。", JA, False, S_GOGYO),
    (["cleanup"], [], "group", "地区 環境保全部会", "水辺公園のクリーンウォーク", "日曜日の朝7時、水辺公園の広場に集まり、ごみ袋とはさみを持って遊歩道のごみを拾います。前回は地域のボランティア30名が参加し、自転車やタイヤまで回収されました。カワセミのすむ川の周りを、ホタルの飛ぶ場所にしたいと思っています。部会員から野菜の苗をお配りすることもあります。", JA, False, S_KUREHA),
    (["greening"], [], "group", "区ボランティアセンター", "公園の花壇の手入れ", "地域の皆さんと公園スタッフが一緒に、よりよい公園づくりをしています(公園の指定管理者からの依頼です)。\n◆活動内容:公園内の花壇の手入れ(花苗の植え付け、花がら摘み、雑草取り)。アジサイやバラの剪定は事前講習があります。\n◆日時:ご都合のよい日の9時~16時のうち1~2時間\n◆条件:年齢不問、花や植物のお好きな方\n道具と腕章は用意しています。初めての方には公園スタッフがご一緒します。", JA, False, S_NAKADA),
    (["greening"], [], "group", "公園管理事務所", "花壇維持管理ボランティア", "4月から始まる公園の花壇ボランティアを募集します。\n◆花壇維持管理:毎週月曜日10時~12時(4月~11月)。花壇のメンテナンスと春夏秋の花苗の植え込み。現在約20名で活動中です。\n◆バラ花壇維持管理:基本毎週水曜日10時~12時。バラの管理の経験はなくても大丈夫です。\nボランティア保険に加入していただき、正式な登録となります。", JA, False, S_ODORI),
    (["yardwork"], [], "resident", "一人暮らしの80代女性", "庭の草取りと低い木の剪定", "一人暮らしで、親族も近くにいません。腰を痛めてから、庭の草取りと低い庭木の剪定ができなくなりました。町のくらしのサポーターの制度を聞き、お願いしたいと思いました。1時間200円の利用料をお支払いします。見守りや話し相手も含まれると聞き、楽しみにしています。", JA, False, S_HIROKAWA),
    (["chores"], ["shopping"], "group", "町社会福祉協議会", "生活支援サポーター募集!", "日常のちょっとした困りごとを『誰か手伝ってくれたら』と感じている高齢の方の暮らしを支える、生活支援サポーターを募集します。社協が仲介役となり、サポーターをお宅に派遣します。\n◆支援内容:ゴミ出し、蛍光灯の交換、簡単な家具の移動、掃除、洗濯物を干す・取り込む、買物の代行\n◆対象:町内在住の65歳以上の方\n介護保険などの対象にならない方を支える活動です。", JA, False, S_SOTOGAHAMA),
    (["chores"], [], "resident", "在宅で暮らす父の家族", "ヘルパーさんが来ない日の家事を", "父は介護サービスを使いながら自宅で暮らしています。ホームヘルパーさんが来ない曜日に、食事の準備と片付け、ごみ出しを手伝ってくださる方を探しています。週1回、1時間ほどで、利用料はお支払いします。介護の経験のある方だと安心です。", JA, False, S_HAEBARU),
    (["driving"], ["shopping"], "resident", "70代の女性", "スーパーまでの送り迎えをお願いしたい", "免許を返納して車がなく、スーパーまで歩いて行けません。宅配も使っていますが、お店で品物を見て選びたいのです。週に1回、自宅とスーパーの間を車で送り迎えしていただけないでしょうか。帰りに病院や銀行に寄っていただけると、なお助かります。", JA, False, S_GOTEMBA),
    (["driving"], [], "group", "NPO法人 ボランティア協会", "運転ボランティア養成講座", "自力で公共交通機関を使えない方の買い物や通院の送迎をしています。協会の福祉車両やボランティアの自家用車を使っていますが、運転ボランティアが減る一方で、利用のご希望は増えています。\n◆講座:11月、午後2時~4時。活動内容や注意点、利用者の声、ボランティアの体験談\n◆対象:市内在住・在勤・在学で、普通車の免許をお持ちの方", JA, False, S_SAGAMIHARA),
    (["escort"], [], "group", "市社会福祉協議会", "視覚障害者ガイドヘルプボランティア", "目の不自由な方にとって、初めての場所へ一人で出かけるのは容易ではありません。肘の辺りを持っていただき、半歩前を歩調をそろえて歩く『ガイドヘルプボランティア』を募集しています。お散歩、通院、買い物など、随時入ってくるご依頼に応じて、歩いての外出に付き添っていただきます。活動中のおしゃべりを楽しみにされている方もいらっしゃいます。", JA, False, S_TOYOHASHI_GUIDE),
    (["escort"], [], "resident", "一人暮らしの80代男性", "通院の付き添いをお願いしたい", "月に1回、バスで総合病院に通っています。最近足元がおぼつかず、受付や会計で戸惑うこともあります。車で送っていただく必要はありません。バスでの行き帰りと、病院での受診に付き添ってくださる方はいないでしょうか。社協の利用券でお支払いします。", JA, False, S_ONO),
    (["listening"], [], "group", "カウンセリングセンター", "傾聴ボランティア養成講座の受講生募集", "傾聴ボランティア養成講座(全5回)の受講生を募集します。初回は、なぜ傾聴ボランティアという存在が必要なのかを社会的背景からお話しします。その後は座学のほかロールプレイを取り入れ、実践的に学びます。修了後は、高齢の方などのお話をじっくり聴くボランティアとして活動していただけます。", JA, False, S_SAKURA),
    (["listening"], [], "group", "区ボランティアセンター", "傾聴グループのメンバー募集", "区内の傾聴ボランティアグループが、新しいメンバーを募集しています。高齢者施設を訪問し、入居者の方のお話をじっくり聴く活動です。傾聴ボランティア養成講座を修了した方、これから受講したい方も歓迎します。先輩ボランティアとペアで活動を始められます。", JA, False, S_BORASEN),
    (["pc"], ["smartphone"], "group", "ITボランティアの会", "パソコンを教える仲間を募集しています", "ITを楽しみながら使い、情報格差をなくすことを目的に活動しています。高齢の方はパソコンを持っていても、使い方がわからず放置していることが多いのです。\n◆活動:初心者向けの無料パソコン相談会(月1~2回)、ワード・エクセル・メールの使い方、年1回の年賀状講座\nパソコンが好きで、そのスキルを人のために役立てたい方に入っていただきたいです。スマートフォンやタブレットに詳しい若い方も歓迎します。", JA, False, S_TAITO),
    (["smartphone"], [], "group", "市 デジタルイノベーション推進課", "スマホ相談会のサポーター", "高齢の方にスマホの操作を無料でお教えする『スマホ相談会』を開いています。4月から3か月で延べ約100人が参加しました。これまでは百歳体操の会場の自治会館で開いてきましたが、より多くの方に来ていただけるよう、市の中心部と北部・南部のコミュニティセンターで月2回に広げます。予約制で、1時間ずつ3回です。相談に応じてくださるボランティアのスマホサポーターを募集しています。", JA, False, S_IKOMA_SANKEI),
    (["smartphone"], [], "resident", "70代の女性", "スマホの料金明細の見方を教えてください", "スマホを使い始めて1年になります。電話とラインはできるようになりましたが、毎月の料金明細をどこで確認すればよいのかわかりません。孫に聞くのも気が引けます。一度、家の近くの集会所などで、画面を見ながら教えていただけないでしょうか。", JA, False, S_TOKUYAMA),
    (["childcare"], ["music"], "group", "子育てのひろば", "ひろばのボランティアスタッフ随時募集", "子育て中のご家庭の憩いの場として、おもちゃや絵本のある『子育てのひろば』を開いています。お母さんたちの相談や交流の場、お子さんを一時的にお預かりする場でもあります。\n◆子どもと遊んだり見守ったりしてくださる方\n◆おもちゃの修理や大工仕事のできる方\n◆ピアノや手品、お話などの特技をお持ちの方\n年に一回だけの参加でもかまいません。", JA, False, S_TEWOTSUNAGO),
    (["childcare"], [], "group", "市 子育て支援センター", "子育て支援ボランティア", "子育て講座に参加するお母さんは、お子さんが遊びだすと気になって講座に集中できません。そんなときにお子さんの遊び相手になり、見守ってくださる託児のボランティアを募集しています。子育てが未経験の方、学生さん、先輩お母さん、どなたでも歓迎です。最初は会場準備や片付けから慣れていただき、手先の器用な方にはおもちゃづくりもお願いします。", JA, False, S_DATE),
    (["kids_play"], ["event_staff"], "group", "区立児童館", "中高生スタッフを募集しています", "児童館に遊びに来る小学生と一緒に遊んでくれる、中学生・高校生のスタッフを募集しています。登録すれば、自分の都合に合わせて来館し、その日にできることをお願いします。小学生と遊ぶほか、イベントの準備や館内の飾りつけを職員と一緒にしていただくこともあります。", JA, False, S_TOKIWAMATSU),
    (["event_staff"], ["kids_play"], "group", "児童館", "子どもまつりボランティア募集", "5月に児童館の子どもまつりを開きます。小学生の『子ども運営委員』と一緒に、まつりの企画・運営を手伝ってくださる個人ボランティアを募集します。\n◆対象:市内在住の高校生以上\n◆3月から6月の実行委員会(夜7時から1時間半、4回程度)に参加できる方\n◆募集人数:10人程度", JA, False, S_ECO_JIDOKAN),
    (["event_staff"], [], "group", "マラソン大会 実行委員会", "大会ボランティアスタッフ募集", "大会はたくさんのボランティアの方々に支えられています。\n◆給水:給水所でランナーへの給水と周辺の清掃\n◆誘導:コースでのランナーの誘導と安全確保\n◆受付:前日の参加者受付、手荷物預かり、完走証のお渡し\n◆設営:コースのキロ表示やパイロンの設置と回収、スタート・ゴール会場の設営と撤収\n地元の方も遠方の方も、ランナーと心を一つにする大会を一緒につくりましょう。", JA, False, S_OBUSE),
    (["bousai"], [], "group", "小学校区 避難所運営委員会", "避難所運営を一緒に考えてくださる方", "市の指定避難所27か所のうち、運営委員会があるのはまだ8か所です。私たちの委員会も立ち上がったばかりで、自治会や役員だけでは手が足りません。避難所の開設・運営訓練の準備、マニュアルのひな型をもとにした運営の検討、備品の確認に、任期に関係なく関わってくださるボランティアを募集しています。防災士の方は大歓迎です。", JA, False, S_YOTSUKAIDO),
    (["bousai"], [], "group", "市社会福祉協議会", "災害ボランティアセンター設置・運営訓練の参加者", "災害が起きたとき、社協は各地から集まるボランティアと被災された方のニーズをつなぐ『災害ボランティアセンター』を立ち上げます。いつ起きるかわからない災害に備え、平時の訓練への参加者を募集します。訓練では、センターの運営役とボランティア役の両方を体験できます。", JA, False, S_KITSUKI),
    (["saigai"], [], "group", "町社会福祉協議会", "災害ボランティアバス参加者募集", "豪雨で大きな被害を受けた地域へ、日帰りのボランティアバスを運行します。\n◆活動内容:家屋や室内の拭き掃除・泥落とし、屋内・敷地内の泥のかき出し、仮置き場への積み込み・運搬など(当日の状況で変わります)\n◆募集:20人(先着順)、町内在住・在勤・在学の高校生以上\n◆集合:朝7時、帰着は夕方5時半ごろ", JA, False, S_MIYAKO),
    (["saigai"], [], "group", "町社会福祉協議会 ボランティアセンター", "日帰り災害支援バスの参加者", "東日本大震災の被災地支援の第2弾として、日帰りの支援バスを出します。\n◆活動内容:津波の被害を受けた家屋の泥出し、引越し作業の手伝いなど(重労働となることがあります)\n◆募集要件:町内在住・在勤の心身ともに健康な18歳以上の方、30名\n◆持ち物:ヘルメット、踏み抜き防止の長靴、多層式マスク、厚手のゴム手袋、カッパ、ゴーグル\n参加費は無料、ボランティア活動保険は本会の負担で加入します。", JA, False, S_MASHIKO),
    (["salon"], [], "group", "市社会福祉協議会", "お茶のみ会の協力者", "高齢の方の安否確認や交流の場として、各地区で『なかよしお茶のみ会』が開かれています。昨年度は53地区で、地域の協力者とボランティア123名が支えました。公民館でお茶を飲みながら近況を語り合い、ときには防災の話や認知症予防の体操も取り入れます。会場の準備やお茶出し、参加者とのおしゃべりを手伝ってくださる方を募集します。", JA, False, S_OBANAZAWA),
    (["salon"], ["cooking"], "group", "地区 おしゃべりサロン", "サロンのスタッフを募集しています", "町が進める高齢者の居場所づくりの一つとして、第2・第4月曜日に集会所でサロンを開いています。10時から始まり、昼食は300円、午後のコーヒーとケーキは150円で、すべて手作りです。毎回30人以上が参加されます。ゲームや頭の体操の進行、受付を手伝ってくださる方、昼食づくりに入ってくださる方を募集しています。", JA, False, S_MIYASHIRO),
    (["cooking"], [], "group", "ふれあい給食グループ", "給食の調理班に入ってくださる方", "一人暮らしの高齢の方に、月2回、手作りの昼食弁当をお届けしています。グループは調理のA・B班と配達のグループから成り、調理班は月1回ずつ交代の当番制です。\n◆調理班:管理栄養士の献立に沿って、食材の買い出しから調理、詰め合わせまで。朝8時過ぎに社会福祉センターの調理室に集合します。エプロン・帽子・手袋を着用します。\n配達はマイカーの配達グループが担当していますので、今回は調理班の募集です。", JA, False, S_FUREAI_KYUSHOKU),
    (["captioning"], [], "group", "要約筆記サークル", "要約筆記講座を開きます", "聴覚障害者の7割は、人生の途中で聞こえなくなったり、聞こえにくくなったりした方です。『聴覚障害者=手話』と思われがちですが、大人になってから失聴した方はなかなか手話を覚えられません。そうした方のために、その場で話を文字にして伝える『要約筆記』があります。手話ができなくてもかまいません。講座を受けて、要約筆記者をめざしてみませんか。", JA, False, S_YOUYAKU_FUJI),
    (["captioning"], [], "group", "市 障がい福祉課", "要約筆記奉仕員養成講座の受講生募集", "話の内容をその場で要約して文字で伝える要約筆記奉仕員を養成する講座です(受講料無料)。\n◆期間:4月~9月の日曜日(全12回)\n◆コース:手書きコース、パソコンコース(ノートパソコンをご持参ください)\n◆定員:各コース合わせて10人\n同じ時期に手話奉仕員養成講座と音訳ボランティア養成講座の受講生も募集していますが、こちらは要約筆記の講座です。", JA, False, S_KOHO_YOUYAKU),
    (["sign"], [], "group", "手話サークル", "手話サークルの仲間を募集しています", "手話を学びながら、聞こえない人たちと交流することを目的に活動しています。\n◆活動日:毎月第1・第3・第5土曜日 夜7時から8時45分ごろ\n◆内容:前半はゲーム形式の手話の学習、後半はサークルの報告。お花見や一泊旅行もあります。\n聞こえる人は約20人、聞こえない人は5~8人です。手話通訳者の資格を持つ方から、まだ手話に慣れていない方までいます。入会を考えている方は3回ほど見学してください。", JA, False, S_MIDORI),
    (["school_support"], ["school_watch"], "group", "中学校区 学校支援地域本部", "学校支援ボランティア", "『子どもたちのために、できることを、できるときに、できるところから』をテーマに、学校の教育活動を支えてくださる方を募集しています。資格や経験は要りません。1年に1回の参加でもかまいません。\n◆ゲストティーチャー:昔の遊び、実験、合奏のパート練習の補助など\n◆アシスタント:ミシン・調理、のこぎり・かなづち、習字、お出かけの付き添い\n◆環境整備:花壇・畑、落ち葉はき、本の整理\n◆安全の確保:防犯の見守り", JA, False, S_TOOMI),
    (["school_watch"], [], "group", "小学校PTA 保安委員会", "見守りサポーターを募集しています", "登下校の見守りは、各学年のボランティアを募ったうえで、埋まらない場所を『見守りサポーター』にお願いしています。回数は年に1回でも毎週でもかまいません。1~2か月に1回、参加できる日をお尋ねします。お子さんが卒業された後も続けてくださる方がいます。", JA, False, S_NISHIJIN),
    (["study"], [], "group", "中学生の学習会", "学習支援のボランティア募集", "中学生の勉強になると、受験や学校の勉強から離れた大人には難しくなるため、ボランティアは大学生や社会人が中心です。私たちの学習会では、先生や塾講師の経験のある社会人、退職したシニア、大学生・大学院生が、高校受験の勉強を見ています。過去問や問題集、参考書もそろっています。一緒に中学生を支えてくださる方を募集します。", JA, False, S_COMOCOMO),
    (["study"], [], "group", "中学生勉強会", "学生ボランティア募集", "市出身の大学生が立ち上げた、市内の中学生のための居場所・学習支援の会です。勉強だけでなく、居場所としての視点も大切にしながら生徒をサポートしています。\n◆日時:毎週水曜日 19時~20時30分、隔週土曜日 10時30分~12時\n◆謝礼:1回1000円、交通費支給\n◆募集:大学生・専門学生 5名", JA, False, S_KADOMA),
]  # fmt: skip

VOLUNTEERS = [(f"R5V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R5Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "図書館ボランティア 募集 配架 書架整理 本の修理",
    "学校支援ボランティア 募集 学校図書館 読み聞かせ 環境整備",
    "病院ボランティア 募集 外来 案内 受付 車いす",
    "障害者スポーツ ボランティア 募集 大会 補助 パラスポーツ",
    "日本語教室 ボランティア 募集 外国人 会話 地域",
    "文化財 観光ボランティアガイド 募集 案内 養成講座",
    "移動支援 ボランティア ドライバー 募集 通院 送迎 高齢者 住民互助",
    "傾聴ボランティア 養成講座 修了 活動 話を聴く 体験談",
    "子育てひろば ボランティア 募集 親子 見守り 乳幼児",
    "地域 防災訓練 避難所運営 ボランティア 協力者 募集 防災士",
    "河川清掃 ごみ拾い 環境美化 ボランティア 参加者募集 公園 花壇",
    "手話 要約筆記 ボランティア 募集 聴覚障害者 講座",
    "パソコンボランティア ICTサポート 高齢者 タブレット 教室 講師 募集",
    "子ども食堂 ボランティア 募集 調理 配膳 学習",
    "いきいきサロン 世話人 担い手 募集 公民館 お茶会 高齢者",
    "生活支援サポーター 草取り 買い物 ごみ出し 有償 登録者 募集 社協",
    "学習支援ボランティア 中学生 無料学習会 生活困窮 大学生 募集",
    "児童館 ボランティア 募集 中高生 工作 遊び 行事",
    "国際交流協会 通訳翻訳ボランティア 登録 活動 病院 学校 派遣 体験",
    "人材バンク 登録者紹介 特技 趣味 講師 自己紹介 地域 ボランティア",
    "要約筆記サークル 手話サークル 紹介 会員 活動 例会",
    "視覚障害者 ガイドヘルプ 同行援護 ボランティア 外出 付き添い 募集",
    "マラソン大会 祭り イベント 運営ボランティア 募集 受付 誘導 給水",
    "登下校 見守り 学校支援地域本部 ボランティア 募集 ミシン 授業補助",
    "病院ボランティア 始めて 年目 患者さん 案内 やりがい 私",
    "観光ボランティアガイド 定年後 始めた 案内 お客様 歴史 勉強 会員",
    "防災士 資格取得 自主防災会 活動 地域 防災講話 訓練 指導",
    "公園愛護会 花壇ボランティア 植え替え 水やり 会員募集",
    "ボッチャ 体験会 サポーター 障がい者スポーツ指導員 活動 報告",
    "一人暮らし 母 通院 付き添い 頼める ボランティア 相談 知恵袋",
    "ボランティアバス 被災地 派遣 参加者 募集 社会福祉協議会 家屋 片付け",
    "病院 ロビーコンサート 演奏ボランティア 募集 ピアノ 合唱",
    "日本語ボランティア 教室 参加して 学習者 技能実習生 楽しい 私の体験",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
