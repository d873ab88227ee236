"""The matcher's reasons (matching/ stays pure and Japanese: the golden files compare them) shown in the page's
language: each reason's form is a catalogue entry with %(…)s parameters, recognised in the stored Japanese and
rendered through the catalogue; parameters are translated too (slots, days, languages, skill labels), names and
quoted words stay as written. A reason of no known form is shown as it is."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from service.i18n import N_, gettext

# Each form exactly as matching/ writes it, with its parameters named.
FORMS = (
    N_("スキル一致: %(label)s"),
    N_("近いスキル: %(label)s(依頼は%(asked)s)"),
    N_("関連スキル: %(label)s(依頼は%(asked)s)"),
    N_("%(label)s(依頼「%(asked_word)s」・登録「%(held_word)s」)"),
    N_("%(label)s(依頼「%(asked_word)s」)"),
    N_("%(label)s(登録「%(held_word)s」)"),
    N_("%(words)sは未確認"),
    N_("%(words)sは登録で触れている程度"),
    N_("依頼文と登録内容(タグ・自己紹介)の言葉が近い(スキル辞書では未判定)"),
    N_("依頼文と登録内容に同じ言葉: 「%(words)s」(スキル辞書では未判定)"),
    N_("文章が類似: 「%(text)s」"),
    N_("依頼文と同じ言葉: 「%(words)s」"),
    N_("依頼の題名と同じ言葉: 「%(word)s」(スキル辞書にない話題)"),
    N_("依頼文が繰り返す言葉: 「%(word)s」(スキル辞書にない話題)"),
    N_("最近の紹介が多め(紹介%(proposals)s件・承認%(approvals)s件)"),
    N_("まだ活動につながっていない登録者(優先)"),
    N_("同じ町(%(name)s)"),
    N_("隣の町(%(name)s)"),
    N_("離れた町(%(name)s)"),
    N_("地域が未登録"),
    N_("リモート対応可の依頼"),
    N_("%(days)sの空きが不明"),
    N_("空き時間が未登録"),
    N_("%(slots)sに対応可"),
    N_("%(langs)s対応可"),
    N_("依頼文からスキルを読み取れませんでした。スキル辞書に言い換えを追加すると候補が出る場合があります"),
    N_("スキル「%(labels)s」の登録者がいません(関連スキルも含む)"),
    N_("スキル一致%(n)s名(「%(labels)s」)はいずれも条件を満たしません"),
    N_("スキル一致%(n)s名は休止中"),
    N_("スキル一致%(n)s名は今月の上限に達しています"),
    N_("スキル一致%(n)s名は%(langs)sに対応できません"),
    N_("スキル一致%(n)s名は%(availability)s"),
    N_("スキル一致%(n)s名は職員が除外済み"),
    N_("平日のみ対応"),
    N_("土日のみ対応"),
    N_("主に%(slots)sに対応"),
)
WORDS = (
    N_("月曜"), N_("火曜"), N_("水曜"), N_("木曜"), N_("金曜"), N_("土曜"), N_("日曜"),
    N_("午前"), N_("午後"), N_("夕方"), N_("など"), N_("(読み取れず)"),
    N_("日本語"), N_("英語"), N_("中国語"), N_("ベトナム語"), N_("韓国語"), N_("タガログ語"),
    N_("ネパール語"), N_("スペイン語"), N_("ポルトガル語"), N_("フランス語"),
)  # fmt: skip
_DAY = re.compile("(月曜|火曜|水曜|木曜|金曜|土曜|日曜)(午前|午後|夕方)?")


def _compile(form: str) -> re.Pattern[str]:
    out, last = [], 0
    for m in re.finditer(r"%\((\w+)\)s", form):
        out += [re.escape(form[last : m.start()]), f"(?P<{m.group(1)}>.+?)"]
        last = m.end()
    out.append(re.escape(form[last:]))
    return re.compile("^" + "".join(out).replace("%%", "%") + "$")


_PATTERNS = [(form, _compile(form)) for form in FORMS]


@lru_cache(maxsize=4)
def _skill_labels(path: Path) -> dict[str, str]:
    import json

    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return {s["label_ja"]: s.get("label_en") or s["label_ja"] for s in raw.get("skills", [])}


@lru_cache(maxsize=4)
def _town_names(path: Path, lang: str) -> dict[str, str]:
    """Returns {Japanese town name: its name in lang} from the areas file."""
    from service.areas import area_names, area_names_in

    ja, other = area_names(path), area_names_in(path, lang)
    return {ja[k]: other[k] for k in ja}


def skill_label(label: str, lang: str, taxonomy_path: Path) -> str:
    """Returns a taxonomy skill's label (its label_ja) in lang: the taxonomy's label_en for English."""
    return label if lang == "ja" else _skill_labels(taxonomy_path).get(label, label)


def _slots(text: str, lang: str) -> str:
    """土曜午前・日曜午後など → Saturday morning, Sunday afternoon and more."""
    more = text.endswith("など")
    parts = []
    for piece in (text[:-2] if more else text).split("・"):
        m = _DAY.fullmatch(piece)
        parts.append(" ".join(gettext(lang, g) for g in m.groups() if g) if m else piece)
    return gettext(lang, "、").join(parts) + ((" " + gettext(lang, "など")) if more else "")


def _joined(text: str, lang: str, word: Callable[[str], str]) -> str:
    return gettext(lang, "、").join(word(p) for p in text.split("・"))


def translate_reason(
    text: str, lang: str, taxonomy_path: Path | None = None, areas_path: Path | None = None
) -> str:
    """Returns a reason of the matcher in lang (Japanese: unchanged)."""
    if lang == "ja":
        return text
    labels = _skill_labels(taxonomy_path) if taxonomy_path else {}
    towns = _town_names(areas_path, lang) if areas_path else {}

    def skill(label: str) -> str:
        return labels.get(label) or gettext(lang, label)

    def skills(text: str) -> str:
        """Labels joined by ・, where a label may hold ・ itself (イベント運営・受付): longest known label first."""
        parts, out, i = text.split("・"), [], 0
        while i < len(parts):
            for j in range(len(parts), i, -1):
                candidate = "・".join(parts[i:j])
                if candidate in labels or j == i + 1:
                    out.append(skill(candidate))
                    i = j
                    break
        return gettext(lang, "、").join(out)

    for form, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        params: dict[str, str] = {}
        for key, value in m.groupdict().items():
            if key in ("label", "asked"):
                params[key] = skill(value)
            elif key in ("labels", "words"):
                params[key] = skills(value)
            elif key == "langs":
                params[key] = _joined(value, lang, lambda w: gettext(lang, w))
            elif key in ("slots", "days"):
                params[key] = _slots(value, lang)
            elif key == "availability":
                params[key] = translate_reason(value, lang, taxonomy_path, areas_path)
            elif key == "name":
                params[key] = towns.get(value, value)
            else:
                params[key] = value
        if text.startswith("スキル一致: ") and "(" in params.get("label", ""):
            inner = translate_reason(
                m.group("label"), lang, taxonomy_path, areas_path
            )  # the label with its source words
            params["label"] = inner
        return gettext(lang, form, **params)
    return text
