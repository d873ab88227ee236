"""Display labels of the states (schemas/enums.py values), Japanese first, English in the catalogue (msgctxt
= the key: st_<request or volunteer status>, pst_<proposal status>). Pages show them with t("st_" ~ status);
messages (refusals, exports) with status_label(). Free of web code, so domain rules may use it."""

from __future__ import annotations

from service.i18n import pgettext

STATUS_MESSAGES: dict[str, str] = {
    "st_new": "受付",
    "st_matching": "候補を探しています",
    "st_proposed": "職員が確認中",
    "st_no_candidates": "候補が見つかっていません(職員が探します)",
    "st_partially_filled": "一部の手伝い手が決まりました",
    "st_filled": "手伝い手が決まりました",
    "st_done": "終了しました",
    "st_closed": "締め切りました",
    "st_active": "活動中",
    "st_paused": "休止中",
    "st_withdrawn": "登録取り消し",
    "pst_pending": "未決定",
    "pst_approved": "承認",
    "pst_rejected": "見送り",
    "pst_accepted": "本人承諾",
    "pst_declined": "本人辞退",
    "pst_completed": "活動済み",
}


def status_label(code: object, lang: str, *, proposal: bool = False) -> str:
    """Returns the label of a state in lang (the code itself when it has none)."""
    key = ("pst_" if proposal else "st_") + str(code)
    ja = STATUS_MESSAGES.get(key)
    return pgettext(lang, key, ja) if ja else str(code)
