"""Validation errors as staff read them: the field and what is wrong in plain words, never the validator's English
with its documentation URLs (pure; no I/O). Each problem is a catalogue message (service/i18n.py Message): the
command line prints its Japanese, a page shows it in the page's language."""

from __future__ import annotations

import re

from pydantic import ValidationError

from service.i18n import N_, Message, both, msg
from service.roster.fields_i18n import FIELD_MESSAGES

# (pattern in the validator's English, Japanese), the most specific first; a number in the pattern is %(n)s
_PROBLEMS_JA = [
    (r"Field required", N_("必須です")),
    (r"pattern '\^\(mon\|tue", N_("曜日と時間帯の形が正しくありません(例: mon-am、sat-pm)")),
    (r"pattern '\^\[a-z\]\{2\}", N_("言語は2文字のコードで書いてください(例: ja、en)")),
    (r"should match pattern", N_("形が正しくありません")),
    (r"String should have at least", N_("空欄にはできません")),
    (r"String should have at most (?P<n>\d+)", N_("長すぎます(%(n)s文字まで)")),
    (r"List should have at least", N_("少なくとも1つ必要です")),
    (r"List should have at most (?P<n>\d+)", N_("多すぎます(%(n)s個まで)")),
    (r"greater than or equal to (?P<n>\d+)", N_("%(n)s以上の数にしてください")),
    (r"less than or equal to (?P<n>\d+)", N_("%(n)s以下の数にしてください")),
    (r"valid integer", N_("整数で書いてください")),
    (r"valid boolean", N_("true か false で書いてください")),
    (r"Input should be '", N_("選べる値ではありません")),
    (r"Extra inputs are not permitted", N_("この項目は使えません")),
    (r"valid (string|list|dictionary)", N_("形が正しくありません")),
]


def problem(message: str) -> Message:
    """Returns what a validator's message says, as a catalogue message; a validator's own "日本語 | English"
    is kept in its two languages."""
    ja, sep, en = message.removeprefix("Value error, ").partition(" | ")
    if sep:
        return both(ja, en)
    for pattern, text in _PROBLEMS_JA:
        m = re.search(pattern, message)
        if m:
            return msg(text, **m.groupdict())
    return msg(N_("値が正しくありません"))


def problem_ja(message: str) -> str:
    """Returns a validator's message in Japanese; a validator's own "日本語 | English" gives its Japanese."""
    return problem(message).ja


def field(loc: tuple[int | str, ...]) -> Message | str:
    """Returns where an error is: 「連絡先のメールアドレス」, 「活動可能日(2つ目)」 (a name we do not know: as it is)."""
    where: Message | str | None = None
    for p in loc:
        if isinstance(p, int):
            where = msg(N_("%(field)s(%(n)sつ目)"), field=where or "", n=p + 1)
        else:
            key = f"field.{p}"
            part = Message(FIELD_MESSAGES[key], {}, key) if key in FIELD_MESSAGES else p
            where = part if where is None else msg(N_("%(whole)sの%(part)s"), whole=where, part=part)
    return msg(N_("入力")) if where is None else where


def field_ja(loc: tuple[int | str, ...]) -> str:
    """Returns where an error is, in Japanese: 「連絡先のメールアドレス」, 「活動可能日(2つ目)」."""
    return str(field(loc))


def validation_messages(exc: ValidationError) -> list[Message]:
    """Returns one message per problem: 「活動可能日(1つ目): 曜日と時間帯の形が正しくありません…」."""
    return [
        msg(N_("%(field)s: %(problem)s"), field=field(tuple(e["loc"])), problem=problem(e["msg"]))
        for e in exc.errors()
    ]


def validation_messages_ja(exc: ValidationError) -> list[str]:
    """Returns one Japanese line per problem: 「活動可能日(1つ目): 曜日と時間帯の形が正しくありません…」."""
    return [m.ja for m in validation_messages(exc)]


def validation_messages_en(exc: ValidationError) -> list[str]:
    """Returns one English line per problem, without the documentation URLs."""
    out = []
    for e in exc.errors():
        _, sep, en = e["msg"].removeprefix("Value error, ").partition(" | ")
        out.append(f"{'.'.join(str(p) for p in e['loc'])}: {en if sep else e['msg']}")
    return out
