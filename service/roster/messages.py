"""Validation errors as staff read them: the field in Japanese and what is wrong in plain words, never the
validator's English with its documentation URLs (pure; no I/O)."""

from __future__ import annotations

import re

from pydantic import ValidationError

FIELD_JA = {
    "external_id": "外部ID",
    "display_name": "氏名",
    "kana": "ふりがな",
    "name_kana": "ふりがな",
    "rosters": "登録区分",
    "skills": "特技",
    "bio": "備考",
    "area": "町名",
    "availability": "活動可能日",
    "slots": "希望日時",
    "languages": "言語",
    "max_per_month": "月の上限",
    "active": "状態",
    "status": "状態",
    "contact": "連絡先",
    "email": "メールアドレス",
    "phone": "電話番号",
    "consents": "同意",
    "requester_kind": "依頼者の種別",
    "requester_name": "依頼者名",
    "title": "件名",
    "description": "依頼内容",
    "helpers_needed": "必要な人数",
    "remote_ok": "オンライン可",
}

# (pattern in the validator's English, Japanese), the most specific first
_PROBLEMS_JA = [
    (r"Field required", "必須です"),
    (r"pattern '\^\(mon\|tue", "曜日と時間帯の形が正しくありません(例: mon-am、sat-pm)"),
    (r"pattern '\^\[a-z\]\{2\}", "言語は2文字のコードで書いてください(例: ja、en)"),
    (r"should match pattern", "形が正しくありません"),
    (r"String should have at least", "空欄にはできません"),
    (r"String should have at most (\d+)", "長すぎます({0}文字まで)"),
    (r"List should have at least", "少なくとも1つ必要です"),
    (r"List should have at most (\d+)", "多すぎます({0}個まで)"),
    (r"greater than or equal to (\d+)", "{0}以上の数にしてください"),
    (r"less than or equal to (\d+)", "{0}以下の数にしてください"),
    (r"valid integer", "整数で書いてください"),
    (r"valid boolean", "true か false で書いてください"),
    (r"Input should be '", "選べる値ではありません"),
    (r"Extra inputs are not permitted", "この項目は使えません"),
    (r"valid (string|list|dictionary)", "形が正しくありません"),
]


def problem_ja(message: str) -> str:
    """Returns a validator's message in Japanese; a validator's own "日本語 | English" gives its Japanese."""
    ja, sep, _ = message.removeprefix("Value error, ").partition(" | ")
    if sep:
        return ja
    for pattern, text in _PROBLEMS_JA:
        m = re.search(pattern, message)
        if m:
            return text.format(*m.groups())
    return "値が正しくありません"


def field_ja(loc: tuple[int | str, ...]) -> str:
    """Returns where an error is, in Japanese: 「連絡先のメールアドレス」, 「活動可能日(2つ目)」."""
    parts: list[str] = []
    for p in loc:
        if isinstance(p, int):
            parts.append(f"({p + 1}つ目)")
        else:
            parts.append(("の" if parts else "") + FIELD_JA.get(p, p))
    return "".join(parts) or "入力"


def validation_messages_ja(exc: ValidationError) -> list[str]:
    """Returns one Japanese line per problem: 「活動可能日(1つ目): 曜日と時間帯の形が正しくありません…」."""
    return [f"{field_ja(tuple(e['loc']))}: {problem_ja(e['msg'])}" for e in exc.errors()]


def validation_messages_en(exc: ValidationError) -> list[str]:
    """Returns one English line per problem, without the documentation URLs."""
    out = []
    for e in exc.errors():
        _, sep, en = e["msg"].removeprefix("Value error, ").partition(" | ")
        out.append(f"{'.'.join(str(p) for p in e['loc'])}: {en if sep else e['msg']}")
    return out
