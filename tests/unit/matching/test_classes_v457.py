"""skill-v4.57 (taxonomy): needs named by what the writer sees or cannot do — a tap that will not stop (水道屋さんを
呼ぶほどか), going to the supermarket together (一緒にスーパーへ行って、かごを持って), a drive to the hospital
(車で病院につれていって), pills forgotten (飲んだかどうか分からない), a hand that cannot write any more (字は書けません),
an English check-up (come to my check-ups). From fresh8's tuning half, read after its blind scoring."""

from __future__ import annotations

import pytest

from matching import Volunteer
from tests.unit.matching.reading import assert_leads, sids


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("締めても止まらず、水道屋さんを呼ぶほどか分かりません", "home_repairs"),
        ("週に一回、一緒にスーパーへ行って、かごを持ってくださる方", "shopping_errands"),
        ("おじいちゃんを車で病院につれていってくれる人", "driving_transport"),
        ("朝の分を飲んだかどうか、いつも分からなくなります", "watching_over"),
        ("リハビリは続けていますが、まだ字は書けません", "audio_reading"),
        ("Someone to come with me to my check-ups", "escort_hospital"),
    ],
)
def test_a_need_named_by_what_the_writer_sees(taxonomy, text, want):
    assert want in sids(taxonomy, text)


def test_coming_along_to_a_meeting_is_no_escort(taxonomy):
    # "come with me" alone names no concept: to a PTA meeting it asks for an interpreter
    assert "escort_hospital" not in sids(taxonomy, "Someone to come with me to the school PTA meeting")


def test_the_writer_for_a_hand_that_cannot_write_leads(areas, taxonomy):
    vols = [
        Volunteer("PC", skills=("はがき印刷",), bio="町内会のはがきをソフトで作って印刷しています。"),
        Volunteer("PEN", skills=("代筆",), bio="書類のファイリングを担当しています。"),
    ]
    desc = "脳梗塞のあと右手がきかなくなり、まだ字は書けません。銀行や保険の用紙を書いてくださる方を。"
    assert_leads(areas, taxonomy, vols, "右手がきかなくなって", desc, "PEN")
