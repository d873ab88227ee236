from hypothesis import given
from hypothesis import strategies as st

from matching.normalize import normalize


def test_width_case_kana_and_long_vowels():
    assert normalize("ＬＩＮＥ") == "line"
    assert normalize("すまーとふぉん") == "スマートフォン"
    assert normalize("スマ－トフォン") == normalize("スマートフォン")
    assert normalize("ねっとせきゅりてぃ") == "ネットセキュリティ"
    assert normalize("めーる") == "メール"
    assert normalize("Wi-Fi") == normalize("wifi") == "wifi"
    assert normalize("ヴァイオリン") == normalize("バイオリン")
    assert normalize("  a\u3000 b ") == "a b"
    assert normalize("") == ""


@given(st.text())
def test_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3096)))
def test_hiragana_and_katakana_agree(text):
    kata = "".join(chr(ord(c) + 0x60) for c in text)
    assert normalize(text) == normalize(kata)
