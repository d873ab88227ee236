"""A twenty-third held-out set of real public wording, written blind, and like real17 … real21 a MIX, the way a city
社協's 特技バンク / ボランティアセンター fills up in an ordinary month: nine everyday topics a skills bank sees all the time
(散歩の付き添い, 電話での話し相手, 掃除・家事の援助, ごみ出しの手伝い, 病院ボランティア(受付・案内), 防災・避難訓練の手伝い, 花壇・園芸,
家具の組み立て・引っ越しの手伝い, カラオケ・歌の会) beside nine niche ones (こんにゃく作り, 魚のさばき方, お灸, ふまねっと運動, 論語の素読,
源氏物語を読む会, 野外炊飯・飯ごう炊さん, 靴磨き, ペットボトルロケット): 募集 posts and resident asks in the wording they are
published in, and registrant / activity introductions (体験談, 会員の声, 活動報告, インタビュー, 新聞記事) written as a person's bio.
Graded for skill fit only (areas and times are not given), like real2 … real21.

The everyday half repeats topics of earlier sets on purpose (付き添い, 電話訪問, 家事援助, ごみ出し, 病院ボランティア, 防災, 花壇, 家具の
組み立て・引っ越し and 歌の会 are concepts or texts of real2 … real21); only its pages and wording are new. The niche half is new, one
topic from each corner of the allowed domains (food and drink: こんにゃく, 魚; health and care: お灸, ふまねっと; languages and
culture: 論語, 源氏物語; nature and outdoors: 野外炊飯; household: 靴磨き; science: 水ロケット): none of its nine concepts is a
concept of real … real21, and none of こんにゃく, コンニャク, 蒟蒻, konnyaku, konjac; さばき方, 捌き, 捌く, 魚をさば, 三枚おろし,
三枚におろ, 刺身, 刺し身, 鯵, fillet, filet; お灸, 灸, もぐさ, 艾, 鍼灸, moxa; ふまねっと, fumanet; 論語, 素読, 孔子, 子曰, Analects,
Confucius; 源氏物語, 源氏, 光源氏, 紫式部, Genji; 野外炊飯, 野外炊事, 飯ごう, 飯盒, はんごう, 炊爨, 炊さん, 火おこし, 火起こし; 靴磨き,
靴みがき, くつみがき, シューシャイン, 靴墨, 靴クリーム, shoeshine, shoe shine, shoe polish; ペットボトルロケット, 水ロケット, ランチャー,
発射台, water rocket or bottle rocket occurs in the data of real … real21 (bench/heldout/real*/volunteers.jsonl and
requests.jsonl, and realN_data.py, real.py … real6.py; checked by program). Four looser words do occur, each once in
another topic: 出刃 (a widow's 出刃包丁 brought to real13's 包丁研ぎ), かまど and ロケット (real21's 燻製: a かまどベンチ and a
ロケットストーブ) and Murasaki (only inside a tea school's web address in real21's sources). The nearest earlier ones are other
activities: 包丁研ぎ (real7, real13; sharpening, not filleting), 郷土料理・料理教室 (real14, real21; not こんにゃく nor fish), 足つぼ・
タッピングタッチ・ハンドマッサージ (real13, real21; touch, not moxa), 笑いヨガ (real16; not ふまねっと's net), 読書会 and
俳句 (real19, real21; not a 論語 or 源氏物語 reading with a guide), 燻製 (real21; smoking, not 飯ごう), 化石・顕微鏡・気象 (real21; not
rockets), 軽作業 (real19; light bulbs, not shoes). Ideas checked and not taken: ドローン and 生成AI (clean, but few pages beyond
vendors' articles), ウクライナ語 (Ukraine is in real18's texts), ぬか漬け (米ぬか in real16's compost), 郷土史 (地域の歴史 in real11,
real14, real18), 巻き寿司 (寿司 in real12, real13), 障子・ふすま張り and 包丁研ぎ (earlier texts), 電子工作 (real2), 昆虫・巣箱・樹木医 (昆虫,
巣箱 and 樹木 in real12 … real21), 着付・アロマ・化粧 (real8 … real21).

How made: pages were found with the search tool (corpus `pages`; the queries are in QUERIES, none of them a query of
real … real21), every candidate address was checked by program against the sources of real/ … real21/ (normalised:
scheme, www., trailing dot and slash, port, percent-encoding) before anything was written from it — 44 of the 238 distinct
candidate addresses checked were earlier sources and were dropped, all of them on the everyday topics (13 病院, 11 電話,
5 家事, 4 防災, 4 散歩, 3 花壇, 3 カラオケ, 1 ごみ出し pages, from real3 … real20) and none on the niche ones; a few sites recur
with other pages (a 便利屋's blog, an NPO's 歌声サロン blog and a river centre's reports that earlier sets also read) — and
each text here was rewritten closely from one page: the group's self-introduction before the ask, who the help is for,
what is not needed (休日だけの短い活動も歓迎, 朝や夕方の涼しい時間にちょっとだけ, 1時間しかいられないけど, 介護はまだ要らない,
上手い下手に関係なく, 意味はわからなくてもいい, 3時間くらいでいいので) and the asides and other activities people mention. Names,
phone numbers and places are rewritten out. Every record names the page it follows (`sources.json`); no page is used
twice. Twenty-three asks are a resident's own (a daughter whose mother walks a lonely seawall, an English-speaking
daughter far from her mother of 90, a woman of 78 whose knees stop her cleaning, a working daughter whose mother fell, a
neighbour who found a man to carry an old woman's rubbish, a travelling office worker whose mother hurt her leg on the
steps, a woman of sixty with a 7,000-yen TV stand, a wife who took 2 hours 14 minutes over a laundry rack, a young worker
with a wardrobe that says "two people", a daughter-in-law singing with a deaf mother-in-law with dementia, a woman whose
first konnyaku came out like mushy mochi, a man whose mail-order konnyaku has the bite his wife dislikes, a woman of forty
who cannot afford the clinic's moxa, two mothers who want 論語 read aloud with their children, an engineer of seventy with
his late father's 源氏物語, a woman of sixty's 60の手習い, an English speaker who has never filleted a fish, a father with a
weak right arm, a left-handed angler with a sea bream, an office worker whose first shine stayed dull, a young man who had
polished wrong for years, a football club's organiser whose bow drill never lit), composed closely from blog, question
and interview pages; two asks are in English (the daughter, the fish) and a third needs English (a prefecture's
international association announcing a disaster drill in English). The texts are in real23_data.py (pure data). The
concept list below is this set's own; its author did not read `matching/` (code or data) nor any ranking, and the matcher
was not run on the set. Grades follow from the hand-set concept labels alone (`grade()`).

Grade rule (skill fit only; a language the request needs is a hard constraint):
  3  the volunteer holds a main ask of the request;
  2  the volunteer holds a secondary ask, or a CLOSE variant of a main ask;
  1  the volunteer holds a concept RELATED to a main or secondary ask;
  0  otherwise (and always when a language the request needs is missing).

Near-but-different concepts (the precision traps):
  no CLOSE pair: no two concepts stand in for each other both ways, so every 2 comes from a secondary ask;
  掃除・家事 (kaji) vs ごみ出し (gomi) — related (1) (the same 支え合い groups take both; one volunteer, R23V026, holds both);
  論語 (rongo) vs 源氏物語 (genji) — related (1) (both a classic read aloud with a guide at the 公民館);
  散歩の付き添い (sanpo) vs 電話での話し相手 (denwa) — related (1) (both keep an isolated old person company);
  野外炊飯 (yagai) vs 防災 (bosai) — related (1) (fire and rice without a kitchen; one volunteer, R23V106, holds both) — four
  RELATED pairs;
  こんにゃく (konnyaku) vs 魚のさばき方 (sakana) — unrelated (0) (both 料理教室 with 包丁 at the 公民館 or JA, 漁協); お灸 (okyu) vs
  ふまねっと (fumanet) — unrelated (0) (both 介護予防 at the same サロン and 地域包括); ふまねっと vs カラオケ (karaoke) — unrelated (0)
  (ふまねっと is walked to songs); ふまねっと vs 散歩 — unrelated (0) (both about walking safely); ペットボトルロケット (rocket) vs
  野外炊飯 — unrelated (0) (both 子ども会 and scout days outdoors); 靴磨き (kutsu) vs 家事 — unrelated (0) (both make things
  ピカピカ); 花壇 (kadan) vs 病院 (byoin) — unrelated (0) (a hospital's guide ask wants its flower beds tended second, so the
  garden holders are 2 only there); 家具 (hikkoshi) vs 家事 — unrelated (0) (a たすけあい会 asks housework first and furniture
  second);
  byoin, kadan, hikkoshi, karaoke, konnyaku, sakana, okyu, fumanet, kutsu and rocket relate to nothing;
  secondary asks: the たすけあいの会 (R23Q010) asks 家事 first and 家具の移動・粗大ごみ second; the 団地 生活応援チーム (R23Q014)
  asks ごみ出し first and 散歩のお付き合い second; the 総合病院 (R23Q016) asks a 玄関 guide first and 花壇 second;
  languages: the English phone-friend ask (R23Q007), the English drill ask (R23Q018) and the English fish ask (R23Q035)
  grade only their English-speaking holders (3, 2 and 3 of them); the Japanese-only holders are 0 there and 3 to the
  Japanese asks of their concept.
Words of another skill beside the ask: the 外出支援 NPO's 運転 and 消防訓練, the たすけあい会's 通院の付き添い and
お墓の掃除, the 総合病院's 院内の清掃, the 国際交流協会's 中国語 and 土のう, the 診療所's 野菜, the グループホーム's ゴミ拾い, the 歌声
サロン's 音楽療法士 and 手遊び, the おやじの会's はさみ and カッター, the 公民館's マッチ, the 地区社協's ハイタッチ; and bios with
distractors (a 伴歩 walker who counts 1万歩 at a スポーツクラブ, a babysitter who takes 救急救命 courses, a 電話 student in the 卓球部,
a 社協 worker who phones his grandmother, a house-cleaner who tidies 客船, a young man who carries his neighbours' 古新聞 to the 廃品回収, a
資源ごみ当番 who watches a ミシン carried out, a hospital interpreter in 中国語, a Spanish-speaking 防災 manual writer, a
グリーンアドバイザー of バラ and ハーブ, a 樹木医補, a DIY man who builds 犬小屋 and タンス, a 便利屋 who hangs 絵, a karaoke MC of a
10-hour 大会, a konnyaku maker who restores シジミ and 水草, a fish teacher who teaches 包丁研ぎ, a left-handed writer who
learned 研ぎ, moxa teachers with 体質チェック and 脳トレ, a ふまねっと supporter who runs 軽体操, a 論語 teacher in a そろばん教室
and another in 中国語, a 源氏 reader in くずし字, a scout leader of 野営章 and 救急章, a 工務店 with リフォーム scraps, a shoe-shiner
who kept goal, a rocket helper who makes 星座 boxes, a rocket teacher who began with 木のおもちゃ).

Counts: 118 volunteers (12 speak a language besides Japanese or none: 10 English, 5 of them English only; 2 Chinese, 1
of them also English; 1 Spanish; 2 hold two concepts), 58 requests (23 residents' own, 2 in English, 1 more needing
English, 3 with a secondary ask), 557 graded pairs (370 of grade 3, 16 of grade 2, 171 of grade 1), 176 source pages, 18 concepts (9 everyday, 9 niche).

usage: python bench/heldout/real23.py          (writes bench/heldout/real23/: volunteers, requests, qrels, concepts,
                                                sources; then runs self_check())
       python bench/heldout/real23.py --check  (only self_check() on the written files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or loaded from its path
import realset  # noqa: E402  (the generator and the check shared with the other real-wording sets)
from real23_data import REQUESTS_RAW, VOLUNTEERS_RAW  # noqa: E402  (the texts, a module of pure data)

OUT = Path(__file__).resolve().parent / "real23"
AREAS = realset.AREAS
# the earlier real-wording sets: no page of theirs may be a source here. real22 was written at the same time as this
# set (a sibling, not an earlier set), so the list stops at real21; the two sets were checked against each other by hand.
EARLIER_SOURCES = realset.earlier_sources("real22")

# The concepts of this set (our own list, written without looking at the matcher's taxonomy). The first nine are the
# everyday half (topics earlier sets also have), the last nine the niche half (new to real … real21).
CONCEPTS = {
    "sanpo": "散歩・外出の付き添い (高齢の方や障害のある方と一緒に歩く, 車いすを押す, 会館や公園への外出, 伴歩)",
    "denwa": "電話での話し相手 (一人暮らしの高齢者に定期的に電話, 傾聴, 声の様子で体調を気にかける; 英語での電話も)",
    "kaji": "掃除・家事の援助 (高齢の方のお宅の掃除・洗濯・買い物・食事の支度, 住民参加型の有償ボランティア)",
    "gomi": "ごみ出しの手伝い (ごみ袋を預かって集積所へ運ぶ, 分別の手伝い, 玄関先での声かけ)",
    "byoin": "病院ボランティア(受付・案内) (外来の案内, 再来受付機の操作の手伝い, 車いすの介助, 外国の患者の受付)",
    "bosai": "防災・避難訓練の手伝い (訓練の運営, 避難所の開設, 外国人住民への案内・通訳, 防災士の講座)",
    "kadan": "花壇・園芸 (施設や駅前の花壇の植え替え・水やり, 畑の苗植え, 草花の育て方の助言)",
    "hikkoshi": "家具の組み立て・引っ越しの手伝い (組み立て家具, 荷物の運び出し・搬入, 棚づくり)",
    "karaoke": "カラオケ・歌の会 (歌声サロンの司会や伴奏, カラオケの機械の操作, 一緒に歌う, カラオケの指導)",
    "konnyaku": "こんにゃく作りの指導 (生芋から練る, 凝固剤とゆで方, 公民館や親子の体験教室)",
    "sakana": "魚のさばき方の指導 (うろこ取り・三枚おろし・刺身, 釣った魚の下ごしらえ; 英語で教えることも)",
    "okyu": "お灸の指導 (ツボの探し方, 台座灸の使い方, 鍼灸師のセルフケア教室・体験会)",
    "fumanet": "ふまねっと運動の指導 (床のあみを踏まずに歩く介護予防運動, サポーターとして教室を運営)",
    "rongo": "論語の素読の指導 (子ども論語塾, 大人の論語講座, 声に出して読み意味を話す)",
    "genji": "源氏物語を読む会の講師・進行 (原文の朗読と解説, 市民向けの古典講座)",
    "yagai": "野外炊飯・飯ごう炊さんの指導 (かまどと薪の火おこし, 飯ごうでご飯を炊く, 子ども会やキャンプ)",
    "kutsu": "靴磨きの指導 (革靴の手入れ, クリームとブラシ, 鏡面磨き, 学校や被災地での靴磨き)",
    "rocket": "ペットボトルロケットの指導 (製作講習会, 発射台, 安全な打ち上げ)",
}

# A close variant of an ask (grade 2 when the ask itself is missing): a coordinator would send this volunteer
# almost as readily. None here: no two of these concepts stand in for each other both ways (a helper who cleans a
# house is not the one who carries the rubbish bags every week, a 論語 teacher does not read 源氏物語's 古文, a walker is
# not a phone friend), so the 2s come from secondary asks only.
CLOSE: set[frozenset[str]] = set()

# Concepts a coordinator would try second (grade 1). Deliberately absent: konnyaku–sakana, okyu–fumanet,
# fumanet–karaoke, fumanet–sanpo, rocket–yagai, kutsu–kaji, kadan–byoin, hikkoshi–kaji, and anything with byoin,
# kadan, hikkoshi, karaoke, konnyaku, sakana, okyu, fumanet, kutsu or rocket.
RELATED = {
    frozenset(p)
    for p in [
        ("kaji", "gomi"),  # 住民参加型の支え合いの会が掃除とゴミ出しを一緒に受ける
        ("rongo", "genji"),  # どちらも古典を声に出して読み, 講師が意味を話す公民館の講座
        ("sanpo", "denwa"),  # どちらも一人暮らしのお年寄りの話し相手; 付き添いがいないとき電話の会が二番手
        ("yagai", "bosai"),  # かまどの火おこしと炊き出し; 防災の催しで火おこしを教える会が両方を持つ
    ]
}

VOLUNTEERS = [(f"R23V{i:03d}", *v) for i, v in enumerate(VOLUNTEERS_RAW, 1)]
REQUESTS = [(f"R23Q{i:03d}", *r) for i, r in enumerate(REQUESTS_RAW, 1)]

QUERIES = [
    "こんにゃく作り 体験 講師 ボランティア 公民館",
    "靴磨き ボランティア 高齢者 施設 靴を磨く",
    "子ども 論語 素読 教室 ボランティア 講師",
    "セルフお灸 教室 講座 鍼灸師 地域 サロン 高齢者",
    "ドローン 操縦 ボランティア 地域 防災 空撮 講習",
    "シニア向け ChatGPT 生成AI 講座 使い方 教える 高齢者",
    "ウクライナ語 通訳 ボランティア 避難民 支援 生活",
    "ペットボトルロケット 教室 子ども 指導 ボランティア 飛ばす",
    "散歩の付き添い ボランティア 車いす 高齢者 施設 一緒に歩く 私",
    "散歩ボランティア 募集 入居者 外出 付き添い 車椅子を押して",
    "母 散歩に連れて行ってくれる人 一人で歩くのが不安 付き添い 探している",
    "散歩ボランティア 活動して 高齢者 ホーム 入居者と歩く 会話 楽しみ 私の体験",
    "電話ボランティア 一人暮らし 高齢者 定期的に電話 話し相手 安否 声を聞く",
    "電話訪問ボランティア 始めて 受話器 声の調子 毎週 お年寄り 楽しみにしてくれる 会員の声",
    "一人暮らしの母 話し相手がいない 毎日電話 疲れた 代わりに電話してくれるサービス ボランティア",
    "大学生 高齢者に電話 おしゃべり プロジェクト コロナ 孤立 学生ボランティア 電話で交流",
    "lonely elderly Japan phone call volunteer chat weekly English speaking living alone",
    "電話で話し相手 ボランティア 募集 社協 傾聴 電話をかける 協力者 週1回 自宅から",
    "my elderly mother lives alone in Japan speaks English someone to call her regularly chat on the phone",
    "家事援助 ボランティア 掃除 高齢者宅 有償 協力会員 台所 風呂掃除 体験",
    "一人暮らしの父 部屋が散らかって 掃除 手伝ってくれる人 家事支援 探している 介護保険 使えない",
    "生活支援サポーター 家事 掃除 洗濯 高齢者のお宅 定年後 始めた 喜ばれる やりがい 私",
    "ごみ出し支援 ボランティア 高齢者 集積所まで 運ぶ 玄関先 声かけ",
    "近所のおばあちゃん ゴミ出し 毎週 手伝っている 重い袋 坂 集積所 中学生 ボランティア",
    "ゴミ出しが大変 高齢の母 集積所が遠い 分別 できない 誰か出してくれる人 相談",
    "病院ボランティア 外来 受付 案内 再来受付機 車いす 患者さんを案内 私 活動",
    "病院 ボランティア募集 外来案内 受付補助 院内の案内 午前中 週1回から",
    "hospital volunteer Japan English speaking foreign patients guide reception help volunteer experience",
    "病院の玄関で案内ボランティア 退職後 続けて 年 エプロン 迷っている患者さんに声をかける 新聞",
    "外国人患者 英語で案内 病院ボランティア 募集 受付 外来 語学ボランティア",
    "外国人住民 防災訓練 通訳ボランティア 英語 避難所体験 国際交流協会 協力",
    "防災士 地域の避難訓練 手伝い 自主防災 訓練の運営 ボランティア 私 取り組み",
    "disaster drill Japan foreign residents volunteer interpreter English evacuation center I helped neighborhood",
    "自治会 避難訓練 運営を手伝ってくれる人 担い手不足 高齢化 要支援者 避難 ボランティア募集 地域",
    "花壇ボランティア 駅前 植え替え 水やり 花いっぱい 会員 活動 私たち 募集",
    "施設の庭 花壇 手入れしてくれる方 園芸ボランティア 利用者さんと一緒に 野菜づくり 来てほしい",
    "グリーンアドバイザー 資格 園芸ボランティア 公園の花壇 定年後 始めて 私の楽しみ 寄せ植え教える",
    "引っ越しの手伝い ボランティア 高齢者 家具 組み立て 運び出し 有償 お助け隊 体験",
    "組み立て家具 説明書 できない 一人暮らし 高齢 母 棚 組み立ててくれる人 困った",
    "学生ボランティア 引っ越し作業 手伝い 高齢者の転居 荷物運び 施設入所 支援 活動報告",
    "DIYが趣味 頼まれて 近所 家具の組み立て 手伝った 高齢のご夫婦 ベッド 本棚 喜ばれた",
    "歌声サロン ボランティア ピアノ伴奏 懐かしい歌 高齢者 一緒に歌う 私 続けて",
    "カラオケボランティア 施設 入居者 カラオケ大会 機械の操作 司会 盛り上げ 募集",
    "カラオケが好きな父 一人で 行く相手がいない 歌の会 誘ってほしい 認知症予防 歌うこと",
    "カラオケ教室 講師 ボランティア 老人会 公民館 歌謡曲の歌い方 教えている 発声",
    "こんにゃく芋をもらった 作り方がわからない 手作りこんにゃく 教えてほしい 初めて 失敗 固まらない",
    "お灸をやってみたい 怖い 熱い やり方がわからない ツボの場所 誰かに教わりたい 冷え性 肩こり",
    "ふれあいサロン お灸 体験 鍼灸師さんを講師に 高齢者 参加者 ツボ 温まった 地域",
    "せんねん灸 買ってみたけど 使い方が不安 お灸デビュー 一人でやるのが怖い ブログ",
    "子どもに論語を 素読させたい 近くに論語教室がない 教えてくれる人 母親 家庭で 音読",
    "論語 講座 公民館 シニア 大人の論語 素読 講師 地域 会 月1回 仲間",
    "源氏物語を読む会 講師 原文 公民館 講座 受講生 私 続けて 年",
    "源氏物語 原文で読みたい 一人では挫折 教えてくれる人 読書会 古文 定年後",
    "魚のさばき方教室 講師 三枚おろし 漁協 男の料理 地域 アジ 教えて",
    "魚をさばけるようになりたい 釣ってきた魚 さばけない 誰か教えて 夫が釣り 困る",
    "living in Japan want to learn how to fillet fish whole fish from the market no idea how to clean it Japanese knife class",
    "ふまねっと運動 サポーター ボランティア 高齢者 サロン 網を踏まないように歩く 私",
    "ふまねっと 教室 開催 地域 サロン 講師に来ていただき 参加者 楽しく 介護予防",
    "野外炊飯 指導 ボランティア 子ども会 飯ごう炊さん かまど 火おこし カレー キャンプ 指導者",
    "飯ごうでご飯を炊く 火加減 子どもたち 初めて 少年自然の家 野外炊事 ボランティアリーダー 大学生",
    "ボーイスカウト リーダー 野外料理 飯盒炊爨 指導 子どもたち 火の扱い 私 スカウト活動 年",
    "子ども会 デイキャンプ 飯ごう炊さん 手伝ってくれる大人 募集 火起こし 経験のある方 保護者 不安",
    "子ども会の役員になった キャンプで飯ごう炊さん 担当 やったことがない 不安 どうしよう 火をおこせない",
    "靴磨きボランティア 駅前 無料 学生 就活生 靴を磨きます 活動 社会貢献 団体",
    "革靴の手入れ 教えてほしい 靴磨き やり方 わからない 父の形見 就職 初めての革靴",
    "老人ホーム 靴磨きボランティア 来てくれた 入居者の靴 ピカピカ 施設 ブログ",
    "靴磨き 習いたい 教えてくれる人 自分で磨けるようになりたい 道具を揃えた 初心者 うまく光らない",
    "ペットボトルロケット 自由研究 うまく飛ばない 発射台 作り方 子どもと 父親 教えてほしい",
    "ペットボトルロケット 指導 ボランティア 科学教室 退職 技術者 子どもたちと打ち上げ 私",
    "生活支援サポーター 募集 掃除 洗濯 ゴミ出し 買い物 30分 ワンコイン 住民同士の助け合い 協力会員",
    "病院ボランティア 体験談 定年後 外来の案内 車椅子 患者さんからありがとう 始めて 年目 会員の声",
    "ゴミ出しボランティア 始めた 朝 出勤前 高齢者のお宅 ごみ袋を預かる 声をかける 私 続けている",
    "古典講座 講師 論語 源氏物語 枕草子 公民館 元国語教師 シニア 月1回 教えています",
    "特養 入居者 散歩の付き添い ボランティア 車いすを押して 近所の公園 季節の花 私の活動 毎週",
    "有償ボランティア 協力会員募集 お掃除 ゴミ出し 高齢者のお宅 1時間 社会福祉協議会 たすけあい 登録してください",
]


realset.expose(globals())  # grade, build, write, main, self_check

if __name__ == "__main__":
    realset.run(globals())
