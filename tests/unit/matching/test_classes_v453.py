"""skill-v4.53: a tag written wholly in kana is read as the taxonomy word it sounds like (かいらんばん, はたふり,
だいひつ), a phrase whose particle is left out still names its concept (顔見ながら, スマホ使えない), handing round the
回覧板 and the 広報紙 is a concept of its own (not the design of a flyer), and a kimono made into a bag is sewing. From
fresh6's and fresh7's tuning halves (read after their blind scorings)."""

from __future__ import annotations

import pytest

from matching import Volunteer, variants
from matching.taxonomy import READING_MIN_LEN, taxonomy_from_dict
from tests.unit.matching.reading import assert_leads, primary, sids

needs_dictionary = pytest.mark.skipif(not variants.available(), reason="SudachiDict not installed")


@needs_dictionary
@pytest.mark.parametrize(
    ("tag", "want"),
    [
        ("かいらんばん", "distribution_posting"),
        ("はたふり", "school_route_watch"),
        ("ハタフリ", "school_route_watch"),
        ("まどふき", "housework"),
        ("けいちょう", "listening_befriending"),
    ],
)
def test_a_kana_tag_is_read_as_the_word_it_sounds_like(taxonomy, tag, want):
    assert [s for s, _w, _x in taxonomy.tag_hits(tag)] == [want]


@needs_dictionary
def test_a_reading_is_looked_up_for_whole_tags_only(taxonomy):
    # inside a text a reading turns up within other kana: the lookup is never made there
    assert "school_route_watch" not in sids(taxonomy, "はたふりをしています")
    assert "school_route_watch" not in set(taxonomy.concepts([], "はたふりをしています"))


def _two_words_one_reading() -> dict:
    skills = [
        {"id": "talk", "category": "c", "label_ja": "講演", "synonyms": []},
        {"id": "park", "category": "c", "label_ja": "公園", "synonyms": []},
        {"id": "calli", "category": "c", "label_ja": "書道", "synonyms": ["筆耕"]},
    ]
    return {"skills": skills, "categories": [{"id": "c", "label_ja": "c", "label_en": "c"}]}


@needs_dictionary
def test_a_reading_two_concepts_share_names_neither():
    tax = taxonomy_from_dict(_two_words_one_reading())
    assert tax.tag_hits("こうえん") == ()
    assert [s for s, _w, _x in tax.tag_hits("ひっこう")] == ["calli"]
    assert len("ショドウ") >= READING_MIN_LEN and [s for s, _w, _x in tax.tag_hits("しょどう")] == ["calli"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("顔見ながらしゃべりたい", "video_call"),
        ("スマホ使えんで困っとる", "smartphone_basics"),
        ("文字打つのが遅くて", "smartphone_basics"),
    ],
)
def test_a_phrase_without_its_particle_names_its_concept(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_a_dropped_particle_needs_three_letters_left():
    raw = _two_words_one_reading()
    raw["skills"][1]["synonyms"] = ["枝を払", "木の枝を払う"]
    tax = taxonomy_from_dict(raw)
    assert sids(tax, "枝払って") == set()  # 枝払: two letters, too short to stand alone
    assert sids(tax, "木の枝払うのを") == {"park"}


@pytest.mark.parametrize("tag", ["広報紙の配布", "チラシ配り", "回覧板", "ポスティング"])
def test_handing_round_is_not_designing(taxonomy, tag):
    assert [s for s, _w, _x in taxonomy.tag_hits(tag)] == ["distribution_posting"]


def test_a_kimono_made_into_a_bag_is_sewing(matcher):
    got = primary(
        matcher, title="母の着物を何かの形に", description="着物をほどいてバッグに作り替えたいのです。"
    )
    assert "sewing_mending" in got and "kimono_dressing" not in got


@needs_dictionary
def test_the_newsletter_round_goes_to_the_kana_tag(areas, taxonomy):
    vols = [
        Volunteer("DESIGN", skills=("広報紙の編集",), bio="自治会の広報紙のレイアウトを担当しています。"),
        Volunteer("ROUND", skills=("かいらんばん",), bio="郵便局を退職して一年目です。"),
    ]
    desc = "足が悪くて配りものに歩けません。月二回、班の家に回覧板と広報を届けてくれる方を。"
    assert_leads(areas, taxonomy, vols, "班長の番が回ってきたけれど", desc, "ROUND")
