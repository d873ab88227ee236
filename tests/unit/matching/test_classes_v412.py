"""skill-v4.12: classes of misreading found on the tuning halves (real5, real3, real4 odd ids; the even halves stay
sealed). Each case is a class, worded apart from the sets' own sentences."""

import pytest

from matching import HelpRequest, Matcher, Volunteer, asks
from matching.offers import BIO_SETTING, volunteer_analysis
from matching.taxonomy import TEXT_EXACT


def concepts(matcher: Matcher, text: str) -> set[str]:
    return {sid for sid, _label, _word in matcher.taxonomy_concepts(text)}


def roles(taxonomy, text: str) -> dict[str, bool]:
    """{concept: whether it was read as who asks / the setting} for one request text."""
    return {sid: role for sid, _w, _x, role in asks.text_concepts(text, taxonomy)}


def strengths(taxonomy, bio: str, skills: tuple[str, ...] = ()) -> dict[str, float]:
    hits, _residual = volunteer_analysis(Volunteer("V", skills=skills, bio=bio), taxonomy)
    return {sid: h.strength for sid, h in hits.items()}


# -- a registrant who accompanies by car does both; a request by car still asks for a driver


def test_an_escort_by_car_holds_escort_and_driving(taxonomy):
    got = strengths(taxonomy, "高齢の方の通院に、自家用車で付き添っています。", ("付き添い",))
    assert {"escort_hospital", "driving_transport"} <= set(got)


def test_a_request_for_a_hospital_run_by_car_asks_for_a_driver(taxonomy):
    got = roles(taxonomy, "通院の付き添いを車でお願いできる方を探しています")
    assert "driving_transport" in got and "escort_hospital" not in got


def test_a_bare_hospital_drive_is_driving_only(taxonomy):
    assert "escort_hospital" not in strengths(taxonomy, "移送サービスで、車で通院の送迎をしています。")


def test_an_escort_request_finds_the_escort_who_drives_before_a_captioner(matcher: Matcher):
    matcher.index(
        [
            Volunteer(
                "V1", skills=("要約筆記",), bio="講演会から通院の付き添いまで、話を文字にしてお伝えします。"
            ),
            Volunteer(
                "V2",
                skills=("付き添い支援",),
                bio="買い物や通院に困っている方に、自家用車で付き添っています。",
            ),
        ]
    )
    req = HelpRequest(
        "R1", title="病院の付き添い", description="バスで病院に行くので、付き添ってくださる方を探しています。"
    )
    assert [c.volunteer_id for c in matcher.rank(req).candidates][0] == "V2"


# -- a hospital's reception and cashier are the outpatient desks, not event reception or bookkeeping


@pytest.mark.parametrize(
    "text",
    ["病院の受付や会計で戸惑うことがあります", "クリニックの受付で順番を待つあいだ", "外来の会計の前で迷う"],
)
def test_hospital_desks_are_hospital_help(matcher: Matcher, text: str):
    got = concepts(matcher, text)
    assert "hospital_volunteer" in got and not got & {"event_management", "accounting"}


@pytest.mark.parametrize(
    "text, concept",
    [("夏祭りの受付をお願いします", "event_management"), ("町内会の会計をお願いしたい", "accounting")],
)
def test_reception_and_accounts_elsewhere_keep_their_concepts(matcher: Matcher, text: str, concept: str):
    assert concept in concepts(matcher, text)


# -- 「◯◯の会員募集」 recruits; 「◯◯の会員です」 introduces the writer


def test_recruiting_members_is_the_ask(taxonomy):
    assert roles(taxonomy, "観光ガイドの会員募集")["tour_guide"] is False
    assert roles(taxonomy, "手話サークルのメンバーになってくださる方")["sign_language"] is False


def test_being_a_member_is_who_asks(taxonomy):
    assert roles(taxonomy, "観光ガイドの会員です。")["tour_guide"] is True


# -- what a place has is the setting; 「経験のある方」 is the helper


def test_what_a_place_has_is_not_the_ask(taxonomy):
    got = roles(taxonomy, "絵本のあるひろばです。子どもと遊んでくださる方を募集します")
    assert got["reading_aloud"] is True and got["childcare_play"] is False


def test_a_helper_with_experience_is_the_ask(taxonomy):
    assert roles(taxonomy, "介護の経験のある方を募集")["care_assistance"] is False


# -- the school-route watch is its own kind of help, apart from child care and from watching over the elderly


@pytest.mark.parametrize(
    "text",
    [
        "登下校の見守りをしています",
        "朝の登校時に交差点で子どもたちを見守ってくださる方",
        "通学路の旗振り当番",
        "スクールガードに登録しています",
    ],
)
def test_school_route_watch_is_read(matcher: Matcher, text: str):
    got = concepts(matcher, text)
    assert "school_route_watch" in got and "childcare_play" not in got


@pytest.mark.parametrize(
    "text, concept",
    [
        ("講座のあいだ、別室で小さいお子さんを見守ってくださる方", "childcare_play"),
        ("一人暮らしの高齢者の見守り", "watching_over"),
    ],
)
def test_other_watching_stays_apart(matcher: Matcher, text: str, concept: str):
    got = concepts(matcher, text)
    assert concept in got and "school_route_watch" not in got


def test_a_childcare_request_ranks_childminders_before_crossing_guards(matcher: Matcher):
    matcher.index(
        [
            Volunteer("V1", skills=("見守り",), bio="小学校の登下校の見守りで、毎朝交差点に立っています。"),
            Volunteer("V2", skills=("託児",), bio="講演会のあいだ、小さいお子さんをお預かりしています。"),
        ]
    )
    req = HelpRequest(
        "R1", title="研修会の託児", description="研修のあいだ、未就学のお子さんを見てくださる方を募集します。"
    )
    assert [c.volunteer_id for c in matcher.rank(req).candidates][0] == "V2"


# -- a bio names where, and with what, its writer does something else


@pytest.mark.parametrize(
    "bio, weak, kept",
    [
        ("保育園で英語を教えています。", "childcare_play", "study_support"),
        ("雑巾を縫って保育園に寄付しています。", "childcare_play", "sewing_mending"),
        ("今はパソコンで点字を打っています。", "pc_basics", "braille"),
        ("スマホで写真を撮るのが趣味です。", "smartphone_basics", "photography"),
    ],
)
def test_a_place_or_a_tool_in_a_bio_is_weak(taxonomy, bio: str, weak: str, kept: str):
    got = strengths(taxonomy, bio)
    assert got[weak] == BIO_SETTING and got[kept] == TEXT_EXACT


@pytest.mark.parametrize(
    "bio, concept",
    [
        ("パソコンで困っている方に教えています。", "pc_basics"),  # helping with the device itself
        ("保育園で保育士をしていました。", "childcare_play"),  # named again as what they do
        ("パソコンで点字を打ち、パソコン講座の講師もしています。", "pc_basics"),
    ],
)
def test_a_device_or_place_also_named_as_the_work_keeps_full_strength(taxonomy, bio: str, concept: str):
    assert strengths(taxonomy, bio)[concept] == TEXT_EXACT


def test_a_tag_is_never_weakened_by_the_bio(taxonomy):
    assert strengths(taxonomy, "パソコンで点字を打っています。", ("パソコン",))["pc_basics"] == 1.0


# -- the digital volunteers' own titles


@pytest.mark.parametrize(
    "text", ["デジタルボランティアです", "デジボラに登録", "デジタル活用支援員として認定されました"]
)
def test_digital_volunteer_titles_are_smartphone_help(matcher: Matcher, text: str):
    assert "smartphone_basics" in concepts(matcher, text)
