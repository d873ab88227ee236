"""The names of the fields a validation problem is about (service/roster/messages.py), in Japanese, by key.

The key ("field." and the field's name) is the catalogue entry's msgctxt: one Japanese word may be read two
ways (特技: a field here, the skills bank elsewhere). `make i18n` extracts them (babel.cfg: keyed).
"""

from __future__ import annotations

FIELD_MESSAGES: dict[str, str] = {
    "field.external_id": "外部ID",
    "field.display_name": "氏名",
    "field.kana": "ふりがな",
    "field.name_kana": "ふりがな",
    "field.rosters": "登録区分",
    "field.skills": "特技",
    "field.bio": "備考",
    "field.area": "町名",
    "field.availability": "活動可能日",
    "field.slots": "希望日時",
    "field.languages": "言語",
    "field.max_per_month": "月の上限",
    "field.active": "状態",
    "field.status": "状態",
    "field.contact": "連絡先",
    "field.email": "メールアドレス",
    "field.phone": "電話番号",
    "field.consents": "同意",
    "field.requester_kind": "依頼者の種別",
    "field.requester_name": "依頼者名",
    "field.title": "件名",
    "field.description": "依頼内容",
    "field.helpers_needed": "必要な人数",
    "field.remote_ok": "オンライン可",
}
