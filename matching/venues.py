"""Where and when a request's help happens, as its words name them: a group or class that asks (「手話サークルの」),
an occasion (防災訓練, バザー, 作品展), a place (デイサービス, 学童, 居場所). A concept word naming one of them is the
setting of the ask, not the ask. Pure: cue phrases over the normalised text (hiragana as katakana); `asks.py` reads
a request's concepts through these."""

from __future__ import annotations

import re

from .normalize import normalize

# A concept word naming a group or a class (「手話サークルの」「囲碁クラブの会費」「ピアノ教室の発表会が…。当日の受付」)
# says who asks; what the group asks for may come in a later sentence. A class or salon named as the place
# (「茶道教室で使っている着物」「料理教室に通う母」) is where, not what.
_GROUP = tuple(
    normalize(x)
    for x in (
        "サークル",
        "クラブ",
        "倶楽部",
        "グループ",
        "チーム",
        "同好会",
        "愛好会",
        "教室",
        "講座",
        "合唱団",
    )
)
_FACILITY = tuple(normalize(x) for x in ("センター", "施設", "ホーム"))
_GROUP_OF_RE = re.compile("(?:" + "|".join(map(re.escape, _GROUP + _FACILITY)) + ")?" + normalize("の"))
_GROUP_AT_RE = re.compile(
    "|".join(
        map(re.escape, (normalize(x) for x in ("で使", "で使っ", "に通う", "に通っ", "に通わ", "に通い")))
    )
)

# An occasion named by a concept word (防災訓練, 地域行事, バザー, おはなし会, 華道展) is when the help happens.
_OCCASION = tuple(
    normalize(x) for x in ("行事", "バザー", "イベント", "祭り", "まつり", "大会", "訓練", "会", "展")
)
_PLACE = (
    _GROUP
    + _OCCASION
    + tuple(normalize(x) for x in ("デイサービス", "サロン", "カフェ", "学童", "センター", "施設", "居場所"))
)
# An occasion introduced as the setting (「定期演奏会があります。当日の受付を」「作品展を開きます」).
_OCCASION_SET_RE = re.compile(
    "|".join(
        map(
            re.escape,
            (
                normalize(x)
                for x in (
                    "があります",
                    "がございます",
                    "が開かれ",
                    "を開きます",
                    "を開催します",
                    "が終わった",
                    "の後",
                    "のあと",
                    "終了後",
                )
            ),
        )
    )
)
_AT_PLACE_RE = re.compile(
    normalize("で")
    + "(?![キスモハ])|"
    + "|".join(
        map(re.escape, (normalize(x) for x in ("にて", "に参加", "に出す", "に出る", "に出品", "に向け")))
    )
)


def group_of(w: str, t: str, end: int) -> bool:
    """Returns whether the word, with the group noun it ends with or that follows it, is followed by の (an
    occasion too: 「バザーの売上で…。手編みの帽子を」)."""
    m = _GROUP_OF_RE.match(t, end)
    return m is not None and (m.end() - end > 1 or w.endswith(_GROUP + _OCCASION))


def group_venue(w: str, t: str, end: int) -> bool:
    """Returns whether a class, group or day facility named by the word is where something is used or someone
    goes (「デイサービスで、お点前を」「学童で紙芝居を」「パソコン教室で、読み上げソフトの」)."""
    if w.endswith(_PLACE) and _AT_PLACE_RE.match(t, end):
        return True
    if w.endswith(_OCCASION) and _OCCASION_SET_RE.match(t, end):
        return True
    if w.endswith(_GROUP) and _GROUP_AT_RE.match(t, end):
        return True
    # the place noun after the word (「華道展に車いすの方を」「認知症カフェで折り紙を」「書道教室に通う」)
    for g in _PLACE:
        if t.startswith(g, end):
            e = end + len(g)
            if (
                _AT_PLACE_RE.match(t, e)
                or (g in _OCCASION and _OCCASION_SET_RE.match(t, e))
                or (g in _GROUP and _GROUP_AT_RE.match(t, e))
            ):
                return True
    return False
