"""skill-v4.26: skills a skills bank lists that the dictionary lacked or folded into a coarser one, read on real18's
tuning half after its blind scoring — しめ縄 and straw craft, mölkky (from sports coaching), floor curling, large-print
transcription, cloisonné (七宝焼; from handicrafts), kimekomi dolls, chess (from board games; asked in English too),
therapeutic riding and esports with seniors — and the occasion a later ask is made at (「ケアマネ研修で「カローリング」を
体験したい」): a concept word, a short occasion noun and で qualifies the ask that follows. skill-v4.27: so do a help
in the て form that is the means of a later one (「母の話を聞いて家系図を」) and what another help cannot cover
(「介護保険ではできない庭の草抜き」)."""

from __future__ import annotations

import pytest

from matching import HelpRequest, Matcher, Volunteer
from matching.asks import text_concepts
from tests.unit.matching.reading import assert_leads, weights

VOLS = [
    Volunteer(
        "STRAW", skills=("しめ縄づくりの講師",), bio="わらをなって正月飾りを作る講習を受け持っています。"
    ),
    Volunteer("CRAFT", skills=("工作",), bio="子どもと牛乳パックで工作をしています。"),
    Volunteer("MOLKKY", skills=("モルック講師",), bio="木の棒を投げてピンを倒すモルックを教えています。"),
    Volunteer("SPORTS", skills=("スポーツ指導",), bio="ゲートボールと卓球を教えています。"),
    Volunteer(
        "CURL", skills=("カーリンコンのインストラクター",), bio="床の上でするカーリングの体験会をしています。"
    ),
    Volunteer("CARE", skills=("介護",), bio="ケアマネジャーとして働いていました。体操も教えます。"),
    Volunteer(
        "LARGE", skills=("拡大写本サークル",), bio="弱視の子のために本を大きな文字で書き写しています。"
    ),
    Volunteer("READ", skills=("絵本の読み聞かせ",), bio="小学校で朝の読み聞かせをしています。"),
    Volunteer("SHIPPO", skills=("七宝焼教室の講師",), bio="電気炉で焼く七宝焼きを教えています。"),
    Volunteer("POTTERY", skills=("陶芸",), bio="公民館で陶芸を教えています。"),
    Volunteer("KIMEKOMI", skills=("木目込み人形の講師",), bio="干支の木目込人形を一緒に作っています。"),
    Volunteer("SEW", skills=("手芸",), bio="編み物と縫い物のサロンを開いています。"),
    Volunteer("CHESS", skills=("こどもチェス教室",), bio="チェスの指し方を子どもに教えています。"),
    Volunteer(
        "CHESS_EN",
        skills=("chess coach",),
        bio="I coach a kids' chess club in Tokyo.",
        languages=frozenset({"ja", "en"}),
    ),
    Volunteer("OTHELLO", skills=("オセロ",), bio="施設でオセロやトランプの相手をしています。"),
    Volunteer(
        "HORSE", skills=("障害者乗馬のボランティア",), bio="サイドウォーカーとして馬の横を歩いています。"
    ),
    Volunteer("DRIVER", skills=("送迎ボランティア",), bio="車に乗せて病院まで送っています。"),
    Volunteer(
        "ESPORTS", skills=("シニアのeスポーツ体験会",), bio="太鼓の達人やぷよぷよの操作を教えています。"
    ),
    Volunteer("GAMES", skills=("レクリエーション",), bio="施設でゲームの進行をしています。"),
]


@pytest.mark.parametrize(
    ("title", "description", "want"),
    [
        ("しめ縄づくりの講師を", "子ども会で正月のしめ飾りを作ります。", "STRAW"),
        ("児童館にモルックの遊び方を伝える人を", "届けたモルックのルールを教えてください。", "MOLKKY"),
        ("地区会でカーリンコンをもう一度", "床でできるカーリングを楽しみたいです。", "CURL"),
        ("ケアマネ研修で「カローリング」を体験したい", "介護支援専門員の研修会です。", "CURL"),
        (
            "娘の読みたい本を、読める大きさの文字で",
            "弱視の娘に、大きな字で書き写していただけませんか。",
            "LARGE",
        ),
        ("夏休み子ども七宝体験教室の補助を", "七宝焼きの体験教室です。", "SHIPPO"),
        ("木目込み人形を作りたい", "利用者さんの木目込みの続きを教えてください。", "KIMEKOMI"),
        ("地元でチェスのサークルを作りたい", "チェスを教えてくださる方を探しています。", "CHESS"),
        ("Someone to play chess with after work", "I am looking for a chess partner.", "CHESS_EN"),
        ("馬好きの仲間、サポートに来てください", "障害のある子どもたちの乗馬クラブです。", "HORSE"),
        ("シニアのeスポーツ体験会の教え役を", "太鼓の達人の操作を教えてください。", "ESPORTS"),
    ],
)
def test_the_new_skills_lead_their_own_asks(areas, taxonomy, title, description, want):
    english = frozenset({"en"}) if title.isascii() else frozenset()  # asked in English: needs the language
    assert_leads(areas, taxonomy, VOLS, title, description, want, english)


def test_chess_is_no_longer_any_board_game(areas, taxonomy):
    """A chess ask proposes chess players first; an Othello partner is only related, below them."""
    m = Matcher(areas=areas, taxonomy=taxonomy)
    m.index(VOLS)
    got = m.rank(HelpRequest("R", title="チェスの相手をしてほしい", description="")).candidates
    ids = [c.volunteer_id for c in got]
    assert ids[0] == "CHESS" and ("OTHELLO" not in ids or got[ids.index("OTHELLO")].score < got[0].score), ids
    assert taxonomy.text_hits("オセロの相手") and taxonomy.text_hits("オセロの相手")[0][0] == "board_games"


def test_an_occasion_with_de_qualifies_the_ask_after_it(taxonomy):
    """研修で, 大会で, 教室で after a concept word: the occasion, weighed as a qualifier; the ask after it leads. で as a
    means right after the concept (スマホで) and できる (介護ではできない) are other readings."""
    got = weights(taxonomy, "ケアマネ研修で「カローリング」を体験したい")
    assert got["floor_curling"] == 1.0 and got["care_assistance"] < 1.0
    alone = weights(taxonomy, "ケアマネ研修で講師を")
    assert alone["care_assistance"] == 1.0  # nothing asked after it: it stays the ask


@pytest.mark.parametrize(
    ("title", "ask", "how"),
    [
        (
            "母の話を聞いて家系図を残したい",
            "family_tree",
            "listening_befriending",
        ),  # skill-v4.27: the means, て
        ("介護保険ではできない庭の草抜き", "weeding_garden", "welfare_consultation"),  # what it cannot cover
    ],
)
def test_the_means_and_what_another_help_cannot_cover_qualify_the_ask(taxonomy, title, ask, how):
    got = weights(taxonomy, title)
    assert got[ask] == 1.0 and got[how] < 1.0, got


@pytest.mark.parametrize("title", ["手話でおしゃべりを", "ワードで案内状を作りたい", "話を聞いてほしい"])
def test_the_particle_de_and_a_lone_te_form_stay_the_ask(taxonomy, title):
    """手話で, ワードで are the particle で, not a verb's て form; a て form with nothing asked after it is the ask."""
    assert max(w for _sid, _word, w, _role in text_concepts(title, taxonomy)) == 1.0
    first = text_concepts(title, taxonomy)[0]
    assert first[2] == 1.0, text_concepts(title, taxonomy)
