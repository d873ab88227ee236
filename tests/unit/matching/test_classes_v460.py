"""skill-v4.60 (taxonomy): the reader at a karuta game is part of the game (読み手 beside かるた, 百人一首), old
handwriting nobody can read asks for a reader of old documents (「祖父の掛け軸の手紙が読めません」), not for reading
aloud to someone who cannot see, 外来の患者案内 is hospital volunteering, and handing out food (冷凍食品の小分けと配布)
is a food bank's work. From the readable sets' tuning halves (real12, real14, real23)."""

from __future__ import annotations

from tests.unit.matching.reading import primary, sids


def test_the_karuta_reader_is_part_of_the_game(matcher):
    got = primary(
        matcher, title="かるた会の審判と読み手を", description="小学生のかるた会で、百人一首の読み手を。"
    )
    assert "board_games" in got and "reading_aloud" not in got
    assert "reading_aloud" in primary(
        matcher, title="絵本の読み手を", description="保育園で絵本を読んでください。"
    )


def test_old_handwriting_asks_for_a_reader_of_old_documents(matcher):
    desc = "祖父が買った掛け軸です。幕末から明治の人の名前が見えますが、くずし字で読めません。"
    got = primary(matcher, title="祖父の掛け軸の手紙が読めません", description=desc)
    assert got == ["old_documents"]
    eyes = primary(matcher, title="目が悪くて手紙が読めません", description="届いた手紙を読んでください。")
    assert "audio_reading" in eyes


def test_new_words_for_hospital_and_food_bank_work(taxonomy):
    assert "hospital_volunteer" in sids(taxonomy, "外来の患者案内を1時間だけでも")
    assert "food_bank" in sids(taxonomy, "冷凍食品の小分けと配布の手伝い")
