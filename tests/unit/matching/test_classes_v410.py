"""skill-v4.10: the reading rules added since skill-v4.9 (see matching/algorithm.py), each pinned on sentences
written for these tests (not taken from any evaluation set): what a bio's clause says the writer does NOT offer —
the skill left to someone else, one they are new to, their own busy schedule or nerves, music they only listen to —
and the words for work described by what is made or done."""

import pytest

from tests.unit.matching.reading import offered


@pytest.mark.parametrize(
    "bio, concept",
    [
        # left to someone else
        ("スマホのことは息子に任せっきりで、私は電話に出るだけです。", "smartphone_basics"),
        ("ごはんの支度は家内に任せています。", "cooking"),
        ("パソコンは娘に頼りっぱなしなので、ほかのことで役に立ちたいです。", "pc_basics"),
        ("庭の手入れは主人の担当です。", "weeding_garden"),
        # new to it, or never did it
        ("太極拳は習い始めたばかりの初心者です。", "yoga_taichi"),
        ("スマホのような機械には疎いです。", "smartphone_basics"),
        ("ミシンは使ったことがないです。", "sewing_mending"),
        # the writer's own schedule or nerves, not an offer
        ("娘の送り迎えで夕方は忙しいです。", "driving_transport"),
        ("人前で歌うと緊張してしまいます。", "singing_choir"),
        # listening to music is not making it
        ("演歌を聴くのが楽しみです。", "singing_choir"),
    ],
)
def test_a_bio_clause_that_says_the_writer_does_not_do_it_offers_nothing(taxonomy, bio, concept):
    assert concept not in offered(taxonomy, bio)


@pytest.mark.parametrize(
    "bio, concept",
    [
        # the same cues where they describe whom the writer helps, or a boast, leave the offer
        ("スマホに不慣れな方にも、ゆっくりお教えします。", "smartphone_basics"),
        ("初心者の方にもパソコンを丁寧に教えます。", "pc_basics"),
        ("忙しい方に代わって、お買い物に行きます。", "shopping_errands"),
        ("力仕事ならお任せください。", "heavy_lifting_moving"),
        ("人の話を聞くのが好きです。", "listening_befriending"),
        # work named by what is made or done
        ("家具づくりが趣味です。", "carpentry_diy"),
        ("外国語と日本語の橋渡しが得意です。", "interpreting"),
        ("無事故で四十年、ハンドルを握ってきました。", "driving_transport"),
        ("季節の壁飾りを作るのが好きです。", "crafts_making"),
    ],
)
def test_a_bio_clause_that_offers_is_read(taxonomy, bio, concept):
    assert concept in offered(taxonomy, bio)
