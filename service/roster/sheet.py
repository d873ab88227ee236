"""Reading a roster sheet (CSV or Excel) and parsing its rows: column mapping, 社協 wording for rosters, days and
languages, kana readings.

Old Excel writes CSV in Shift_JIS (cp932): a file that is not UTF-8 is read as cp932. Row numbers are the
spreadsheet's row numbers (the header is row 1 when it is the first non-blank row), so staff can find the row in
Excel.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from schemas.enums import Roster
from schemas.models import VolunteerCreate
from service.i18n import N_, Message, msg
from service.roster.messages import validation_messages

FIELDS = (
    "external_id",
    "display_name",
    "name_kana",
    "email",
    "phone",
    "area",
    "rosters",
    "skills",
    "bio",
    "availability",
    "languages",
    "max_per_month",
    "active",
    "registered_on",
)


# Headers seen on 社協 sheets (after NFKC, spaces removed, lower-cased) → our field.
DEFAULT_MAPPING: dict[str, str] = {
    **{f: f for f in FIELDS},
    "contact.email": "email",
    "contact.phone": "phone",
    # 「No.」「番号」 are usually row numbers that change every year: never an identity unless mapped by hand
    # (--map "No.=external_id"), or next year's renumbered roster would overwrite a different person.
    "id": "external_id",
    "登録番号": "external_id",
    "管理番号": "external_id",
    "氏名": "display_name",
    "名前": "display_name",
    "お名前": "display_name",
    "氏名(漢字)": "display_name",
    "ふりがな": "name_kana",
    "フリガナ": "name_kana",
    "よみがな": "name_kana",
    "ヨミガナ": "name_kana",
    "読み": "name_kana",
    "カナ": "name_kana",
    "氏名(カナ)": "name_kana",
    "氏名(ふりがな)": "name_kana",
    "電話": "phone",
    "電話番号": "phone",
    "tel": "phone",
    "携帯": "phone",
    "携帯番号": "phone",
    "連絡先電話": "phone",
    "メール": "email",
    "メールアドレス": "email",
    "e-mail": "email",
    "mail": "email",
    "町名": "area",
    "地域": "area",
    "地区": "area",
    "町": "area",
    "住所(町名)": "area",
    "お住まいの地域": "area",
    "登録区分": "rosters",
    "区分": "rosters",
    "登録種別": "rosters",
    "特技": "skills",
    "スキル": "skills",
    "特技・スキル": "skills",
    "できること": "skills",
    "特技・資格": "skills",
    "備考": "bio",
    "自己紹介": "bio",
    "メモ": "bio",
    "活動可能日": "availability",
    "活動できる曜日": "availability",
    "活動可能日時": "availability",
    "言語": "languages",
    "対応言語": "languages",
    "話せる言語": "languages",
    "月の上限": "max_per_month",
    "月上限": "max_per_month",
    "月の活動上限": "max_per_month",
    "状態": "active",
    "活動状況": "active",
    "登録日": "registered_on",
    "登録年月日": "registered_on",
    "登録日付": "registered_on",
}


ROSTER_WORDS = {
    "特技バンク": Roster.skill_bank,
    "特技": Roster.skill_bank,
    "skill_bank": Roster.skill_bank,
    "スキルバンク": Roster.skill_bank,
    "デジタル": Roster.digital,
    "デジタルボランティア": Roster.digital,
    "デジボラ": Roster.digital,
    "digital": Roster.digital,
}


LANGUAGE_WORDS = {
    "日本語": "ja",
    "英語": "en",
    "中国語": "zh",
    "韓国語": "ko",
    "ベトナム語": "vi",
    "スペイン語": "es",
    "ポルトガル語": "pt",
    "タガログ語": "tl",
    "フィリピン語": "tl",
    "ネパール語": "ne",
    "フランス語": "fr",
    "ドイツ語": "de",
    "インドネシア語": "id",
    "タイ語": "th",
    "ロシア語": "ru",
}


INACTIVE_WORDS = {"休止", "休止中", "停止", "×", "0", "no", "false", "いいえ", "無効"}


DAYS = {"月": "mon", "火": "tue", "水": "wed", "木": "thu", "金": "fri", "土": "sat", "日": "sun"}


TIMES = {"午前": "am", "午後": "pm", "夕方": "eve", "夜": "eve", "夜間": "eve", "am": "am", "pm": "pm"}


WHOLE_DAY = ("am", "pm")  # what 終日 has always meant here


ANY_TIME_WORDS = ("随時", "いつでも")  # any day, any time of day


ERA_START = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988, "昭和": 1925, "s": 1925}


WAREKI_RE = re.compile(
    r"^(令和|平成|昭和|[rhs])\.?\s*(元|\d{1,2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$"
)


SEIREKI_RE = re.compile(r"^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$")


def parse_date_ja(text: str) -> date:
    """Returns the date written in a 社協 sheet: 和暦 (令和7年4月1日, R7.4.1, H31.4.1, 平成31年4月1日, 令和元年5月1日)
    or 西暦 (2025/4/1, 2025-04-01, 2025年4月1日). Raises ValueError for anything else or an impossible date."""
    s = nfkc(text).lower().replace(" ", "")
    s = re.sub(r"(\d{4}-\d{2}-\d{2})[t ]?00:00(:00)?$", r"\1", s)  # an Excel date cell read as text
    m = WAREKI_RE.match(s)
    if m:
        era, year_text, month, day = m.groups()
        year = ERA_START[era] + (1 if year_text == "元" else int(year_text))
        return date(year, int(month), int(day))
    m = SEIREKI_RE.match(s)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(text)


SLOT_RE = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")


SPLIT_RE = re.compile(r"[、,，;；/／\n|]+")


SPACE_RE = re.compile(r"\s+")


def nfkc(text: Any) -> str:
    """Returns text with widths unified (全角英数 → 半角, 半角カナ → 全角) and spaces collapsed."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).replace("\u3000", " ")
    return SPACE_RE.sub(" ", s).strip()


def hiragana(text: str) -> str:
    """Returns text with katakana turned into hiragana (the reading compares either way)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def name_key(text: str) -> str:
    return hiragana(nfkc(text)).replace(" ", "").lower()


def phone_digits(text: str | None) -> str:
    digits = re.sub(r"\D", "", nfkc(text or ""))
    return "0" + digits[2:] if digits.startswith("81") and len(digits) >= 11 else digits


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    blank_rows: list[int]
    encoding: str
    sheet: str | None = None
    raw: list[list[str]] = field(default_factory=list, repr=False)  # every row, to look for the header again


OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel (.xls) and other OLE2 files


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    """Reads a CSV (UTF-8, or Shift_JIS/cp932 as old Excel writes it) or an Excel workbook into rows of text."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ValueError(f"ファイル {path} が見つかりません。 / File not found: {path}")
    with open(path, "rb") as fh:
        magic = fh.read(8)
    if suffix == ".xls" or magic.startswith(OLE_MAGIC):
        raise ValueError(
            f"{path.name} は古い Excel 形式(.xls)のため読めません。Excel で開き「名前を付けて保存」から"
            "「Excel ブック(.xlsx)」か「CSV」で保存し直してください。 / "
            f"{path.name} is an old Excel file (.xls), which cannot be read: open it in Excel and save it as "
            "an Excel workbook (.xlsx) or CSV."
        )
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        ws = wb[sheet] if sheet else wb.worksheets[0]
        raw = [[_cell(v) for v in row] for row in ws.iter_rows(values_only=True)]
        name, encoding = ws.title, "xlsx"
        wb.close()
    else:
        data = path.read_bytes()
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp932"), "cp932"
            except UnicodeDecodeError:
                raise ValueError(
                    f"{path.name} は CSV(UTF-8 か Shift_JIS)としても Excel としても読めません。 / "
                    f"{path.name} is neither a CSV file (UTF-8 or Shift_JIS) nor an Excel workbook."
                ) from None
        raw = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text, newline=""))]
        name = None
    return _split(raw, encoding, name, None)


def _split(
    raw: list[list[str]], encoding: str, name: str | None, mapping: dict[str, str | None] | None
) -> Sheet:
    """Finds the header: the first row (of the first 20) naming the display_name column; titles above it are skipped."""
    non_blank = [i for i, row in enumerate(raw) if any(row)]
    if not non_blank:
        return Sheet([], [], [], encoding, name)
    header_at = non_blank[0]
    for i in non_blank[:20]:
        try:
            if "display_name" in resolve_mapping(raw[i], mapping)[0].values():
                header_at = i
                break
        except ValueError:
            break
    headers = raw[header_at]
    rows, blank = [], []
    for i, row in enumerate(raw[header_at + 1 :], start=header_at + 2):
        if any(row):
            rows.append((i, row + [""] * (len(headers) - len(row))))
        else:
            blank.append(i)
    return Sheet(headers, rows, blank, encoding, name, raw)


def resolve_mapping(
    headers: list[str], mapping: dict[str, str | None] | None
) -> tuple[dict[int, str], list[str]]:
    """Returns {column index: field} and the headers left unmapped; the caller's mapping wins over the defaults."""
    given = {nfkc(k).replace(" ", "").lower(): v for k, v in (mapping or {}).items()}
    defaults = {nfkc(k).replace(" ", "").lower(): v for k, v in DEFAULT_MAPPING.items()}
    columns: dict[int, str] = {}
    ignored = []
    for i, header in enumerate(headers):
        key = nfkc(header).replace(" ", "").lower()
        target = given[key] if key in given else defaults.get(key)
        if target and target not in FIELDS:
            raise ValueError(
                f"列「{header}」の対応先「{target}」という項目はありません。使える項目: {', '.join(FIELDS)} / "
                f"column mapping: unknown field {target!r} for {header!r}; fields: {', '.join(FIELDS)}"
            )
        if target and target not in columns.values():
            columns[i] = target
        elif header:
            ignored.append(header)
    return columns, ignored


@dataclass
class Candidate:
    """A row read into our fields, before it is written."""

    row: int
    data: dict[str, Any]
    name_kana: str | None
    warnings: list[Message] = field(
        default_factory=list
    )  # catalogue messages, shown in the reader's language
    registered_on: date | None = None  # 登録日 (和暦 or 西暦): kept as the record's creation date

    @property
    def keys(self) -> dict[str, str]:
        contact = self.data.get("contact") or {}
        return {
            "name": name_key(self.data["display_name"]),
            "kana": name_key(self.name_kana or ""),
            "phone": phone_digits(contact.get("phone")),
            "email": (contact.get("email") or "").lower(),
            "area": self.data.get("area") or "",
        }


def _area(value: str, areas: dict[str, str]) -> str | None:
    v = nfkc(value).replace(" ", "")
    if not v:
        return None
    if v in areas:
        return v
    v = re.sub(r"^(東京都)?清瀬市", "", v)
    for aid, name in sorted(areas.items(), key=lambda kv: -len(kv[1])):
        if v == name or (aid.startswith("town_") and v.startswith(name)):
            return aid
    raise LookupError(value)


def _slots(value: str, warnings: list[Message]) -> list[str]:
    out: list[str] = []
    for token in SPLIT_RE.split(nfkc(value).replace("・", ",")):
        token = token.strip().lower()
        if not token:
            continue
        if SLOT_RE.match(token):
            out.append(token)
            continue
        if any(word in token for word in ANY_TIME_WORDS):  # 「随時」「毎週いつでも」
            out += [f"{d}-{t}" for d in DAYS.values() for t in WHOLE_DAY]
            continue
        days = ["mon", "tue", "wed", "thu", "fri"] if "平日" in token else []
        days += ["sat", "sun"] if "土日" in token or "週末" in token else []
        rest = token
        for word in ("平日", "土日", "週末", "終日", "全日", "曜日", "曜"):
            rest = rest.replace(word, "")
        days += [DAYS[c] for c in rest if c in DAYS]
        times = [t for w, t in TIMES.items() if w in rest]
        if days and not times:  # 「土曜」「土日」「月終日」: a day without a time of day is the whole day
            times = list(WHOLE_DAY)
        if not days or not times:
            warnings.append(msg(N_("活動可能日「%(value)s」を読めないため無視しました"), value=token))
            continue
        out += [f"{d}-{t}" for d in dict.fromkeys(days) for t in dict.fromkeys(times)]
    return list(dict.fromkeys(out))


def parse_row(row_no: int, cells: dict[str, str], areas: dict[str, str]) -> Candidate:
    """Returns the row as a volunteer, or raises ValueError with the reasons it is rejected (a list of catalogue
    messages: service/i18n.py Message)."""
    errors: list[Message] = []
    warnings: list[Message] = []
    name = nfkc(cells.get("display_name"))
    if not name:
        errors.append(msg(N_("氏名がありません")))
    data: dict[str, Any] = {"display_name": name}
    if cells.get("external_id"):
        data["external_id"] = nfkc(cells["external_id"])
    try:
        data["area"] = _area(cells.get("area", ""), areas)
    except LookupError:
        errors.append(msg(N_("町名「%(area)s」が清瀬市の町名にありません"), area=nfkc(cells.get("area"))))
    phone = nfkc(cells.get("phone")).replace("ー", "-").replace("−", "-").replace("‐", "-")
    if phone:
        digits = phone_digits(phone)
        if not (10 <= len(digits) <= 11 and digits.startswith("0")):
            errors.append(msg(N_("電話番号「%(phone)s」が正しくありません"), phone=phone))
    email = nfkc(cells.get("email")).replace(" ", "")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        errors.append(msg(N_("メールアドレス「%(email)s」が正しくありません"), email=email))
    if phone or email:
        data["contact"] = {"phone": phone or None, "email": email or None}
    rosters_text = nfkc(cells.get("rosters")).replace("・", ",").replace(" ", ",")
    if rosters_text:
        rosters = []
        for token in filter(None, SPLIT_RE.split(rosters_text)):
            if token in ("両方", "両方とも"):
                rosters += [Roster.skill_bank, Roster.digital]
            elif token.lower() in ROSTER_WORDS or token in ROSTER_WORDS:
                rosters.append(
                    ROSTER_WORDS[token.lower()] if token.lower() in ROSTER_WORDS else ROSTER_WORDS[token]
                )
            else:
                errors.append(
                    msg(N_("登録区分「%(value)s」が分かりません（特技バンク／デジタル）"), value=token)
                )
        data["rosters"] = list(dict.fromkeys(rosters)) or [Roster.skill_bank]
    skills_text = cells.get("skills", "")
    if skills_text:
        data["skills"] = list(
            dict.fromkeys(s for s in (nfkc(x) for x in SPLIT_RE.split(skills_text.replace("・", "、"))) if s)
        )[:30]
    if cells.get("bio"):
        data["bio"] = str(cells["bio"]).strip()[:2000]
    if cells.get("availability"):
        data["availability"] = _slots(cells["availability"], warnings)
    if cells.get("languages"):
        langs = []
        for token in filter(
            None, (t.strip() for t in SPLIT_RE.split(nfkc(cells["languages"]).replace("・", ",")))
        ):
            code = LANGUAGE_WORDS.get(token) or (
                token.lower() if re.fullmatch(r"[a-zA-Z]{2}", token) else None
            )
            if code:
                langs.append(code)
            else:
                warnings.append(msg(N_("言語「%(value)s」が分からないため無視しました"), value=token))
        data["languages"] = list(dict.fromkeys(langs)) or ["ja"]
    if cells.get("max_per_month"):
        try:
            data["max_per_month"] = int(nfkc(cells["max_per_month"]).rstrip("回"))
        except ValueError:
            errors.append(msg(N_("月の上限「%(value)s」が数字ではありません"), value=cells["max_per_month"]))
    if cells.get("active"):
        data["active"] = nfkc(cells["active"]).lower() not in INACTIVE_WORDS
    registered_on = None
    if cells.get("registered_on"):
        try:
            registered_on = parse_date_ja(cells["registered_on"])
        except ValueError:
            warnings.append(
                msg(
                    N_("登録日「%(value)s」を日付として読めないため無視しました"),
                    value=nfkc(cells["registered_on"]),
                )
            )
    if not errors:
        try:
            VolunteerCreate.model_validate(data)
        except ValidationError as exc:
            errors += validation_messages(exc)
    if errors:
        raise ValueError(errors)
    kana = nfkc(cells.get("name_kana")) or None
    return Candidate(row_no, data, kana, warnings, registered_on)


def likely_same(a: dict[str, str], b: dict[str, str]) -> Message | None:
    """Returns why two people look like the same person (a catalogue message), or None."""
    if a["phone"] and len(a["phone"]) >= 10 and a["phone"] == b["phone"]:
        return msg(N_("電話番号が同じ"))
    if a["email"] and a["email"] == b["email"]:
        return msg(N_("メールアドレスが同じ"))
    if a["kana"] and a["kana"] == b["kana"]:
        return msg(N_("読みが同じ（%(kana)s）"), kana=a["kana"])
    if a["name"] and a["name"] == b["name"]:
        return msg(N_("氏名が同じ（全角／半角・カナの違いを除く）"))
    # imported here, not with the module: only a roster import compares names (~12 ms of every start)
    from rapidfuzz import fuzz

    score = fuzz.ratio(a["name"], b["name"])
    if a["name"] and score >= 85 and (a["area"] == b["area"] or not a["area"] or not b["area"]):
        return msg(N_("氏名がよく似ている（%(score)s%%）"), score=f"{score:.0f}")
    return None
