"""Phone numbers and e-mail addresses as people type them: pure normalisation and checks (no I/O).

Used by the API shapes (schemas.models.Contact) and the public forms, so both store the same thing:
``０４２－４９５－１２３４`` becomes ``042-495-1234``; ``hanako@example,ne.jp`` is refused with the
suggestion ``hanako@example.ne.jp``.
"""

from __future__ import annotations

import re
import unicodedata

# Dash-like characters people (and IMEs) put in phone numbers; NFKC leaves these alone.
_DASHES = "ー―‐‑‒–—−ｰ－﹣"
_DASH_RE = re.compile(f"[{_DASHES}]")
_PHONE_OK = re.compile(r"^\+?[0-9()\-]{6,20}$")

# The local part: what real Japanese carriers hand out, including docomo's old consecutive dots.
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+$")
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?$")
_TLD = re.compile(r"^[A-Za-z]{2,24}$")

# The possible addresses as one pattern, for the API document (the same rules as _email_ok; the known domain
# slips below are refused too).
EMAIL_PATTERN = r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$"

# Frequent slips in a domain's last part (after the comma / full stop repairs).
_DOMAIN_TYPOS = {
    "gmail.con": "gmail.com",
    "gmail.co": "gmail.com",
    "gmial.com": "gmail.com",
    "gmai.com": "gmail.com",
    "yahoo.co.jo": "yahoo.co.jp",
    "docomo.ne.jo": "docomo.ne.jp",
    "ezweb.ne.jo": "ezweb.ne.jp",
    "icloud.con": "icloud.com",
}


def normalize_phone(text: str) -> str:
    """Returns a phone number in half-width digits with ASCII hyphens: full-width digits, full-width and
    katakana dashes and spaces between groups become ``0-9`` and ``-``. Does not judge the number."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = _DASH_RE.sub("-", s)
    s = re.sub(r"\s+", "-", s)
    return re.sub(r"-{2,}", "-", s)


def phone_ok(text: str) -> bool:
    """Whether a normalised phone number looks like one: digits with optional +, hyphens, parentheses, and
    at least six digits."""
    return bool(_PHONE_OK.match(text)) and sum(c.isdigit() for c in text) >= 6


def _email_ok(address: str) -> bool:
    if address.count("@") != 1 or len(address) > 254:
        return False
    local, domain = address.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(_LABEL.match(lb) for lb in labels) and bool(_TLD.match(labels[-1]))


def normalize_email(text: str) -> str:
    """Returns the address in half-width characters with surrounding spaces removed and the domain in lower
    case (the local part is left as typed: some mail systems tell cases apart)."""
    s = unicodedata.normalize("NFKC", text).strip()
    if s.count("@") == 1:
        local, domain = s.split("@")
        s = f"{local}@{domain.lower()}"
    return s


def _repair(address: str) -> str:
    s = re.sub(r"\s+", "", address).replace("。", ".").replace("、", ".")
    s = re.sub(r"@+", "@", s)
    if s.count("@") != 1:
        return s
    local, domain = s.split("@")
    domain = domain.lower().replace(",", ".").replace(";", ".").replace(":", ".")
    domain = re.sub(r"\.{2,}", ".", domain).strip(".")
    domain = _DOMAIN_TYPOS.get(domain, domain)
    return f"{local}@{domain}"


def check_email(text: str) -> tuple[str, bool, str | None]:
    """Returns (the normalised address, whether it is a possible address, a likely intended address or None).

    ``hanako@example,ne.jp`` → ``("hanako@example,ne.jp", False, "hanako@example.ne.jp")``."""
    address = normalize_email(text)
    typo = address.count("@") == 1 and address.split("@")[1] in _DOMAIN_TYPOS  # gmail.con: no such domain
    if _email_ok(address) and not typo:
        return address, True, None
    guess = _repair(address)
    return address, False, (guess if guess != address and _email_ok(guess) else None)


def email_problem(text: str) -> tuple[str, str] | None:
    """Returns (Japanese, English) messages refusing an impossible address (with the suggestion when there is
    one), or None for a possible address."""
    _, ok, guess = check_email(text)
    if ok:
        return None
    if guess:
        return (
            f"メールアドレスの形が正しくありません。{guess} ではありませんか。",
            f"This email address is not possible. Did you mean {guess}?",
        )
    return (
        "メールアドレスの形が正しくありません(例: hanako@example.jp)。",
        "This email address is not possible (e.g. hanako@example.jp).",
    )
