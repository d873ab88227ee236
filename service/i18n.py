"""The one catalogue of words people read: Japanese is the source language, English comes from gettext.

Japanese text is written where it is used: in templates as `_("…")` / `{% trans %}…{% endtrans %}`, in Python
marked with `N_("…")` (extracted, translated when shown), and the web pages' keyed words in
service/web/pages_i18n.py (key → Japanese; the key is the entry's msgctxt, so one Japanese word may have two
English renderings). `make i18n` extracts them all into service/locale/messages.pot and updates
service/locale/en/LC_MESSAGES/messages.po, whose msgstr are the English. The .po is read at runtime with Babel
(no compile step; the wheel carries it as package data). Fuzzy and untranslated entries fall back to Japanese.
Text with values built now and shown later (the roster import's reasons) is a Message: (message, named params),
rendered in the reader's language when shown.
"""

from __future__ import annotations

import gettext as _gettext
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("ja", "en")  # ja is the source: its "translation" is the text itself


def N_(message: str) -> str:
    """Marks Japanese text for extraction without translating it now (it is translated where it is shown)."""
    return message


class Catalogue(_gettext.NullTranslations):
    """A gettext translation built from a .po file's entries (fuzzy and empty ones left out)."""

    def __init__(self, entries: dict[tuple[str | None, str], str | tuple[str, ...]]) -> None:
        super().__init__()
        self.entries = entries

    def gettext(self, message: str) -> str:
        found = self.entries.get((None, message))
        return found if isinstance(found, str) and found else message

    def pgettext(self, context: str, message: str) -> str:
        found = self.entries.get((context, message))
        return found if isinstance(found, str) and found else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self.entries.get((None, msgid1))
        if isinstance(found, tuple) and all(found):
            return found[0] if n == 1 else found[-1]
        return msgid1 if n == 1 else msgid2

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        found = self.entries.get((context, msgid1))
        if isinstance(found, tuple) and all(found):
            return found[0] if n == 1 else found[-1]
        return msgid1 if n == 1 else msgid2


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(lang: str) -> Catalogue:
    """Returns the translation into lang ("ja", the source, and unknown languages: the text as written)."""
    if lang == "ja" or not po_path(lang).exists():
        return Catalogue({})
    from babel.messages.pofile import read_po

    with po_path(lang).open("rb") as f:
        po = read_po(f, locale=lang)
    entries: dict[tuple[str | None, str], str | tuple[str, ...]] = {}
    for message in po:
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        string = message.string
        entries[(message.context, key)] = (
            tuple(string) if isinstance(string, tuple | list) else (string or "")
        )
    return Catalogue(entries)


def gettext(lang: str, message: str, **params: Any) -> str:
    """Returns message (Japanese) in lang, with %(name)s parameters filled in."""
    text = catalogue(lang).gettext(message)
    return text % params if params else text


class Message(NamedTuple):
    """A catalogue entry and its named parameters, (message, params), kept as data until someone reads it: then
    rendered in the reader's language (a page's, or Japanese for the command line). A parameter that is itself a
    Message is rendered in the same language; any other parameter is data (names, towns as typed) and is shown
    as it is. Build one with msg(N_("…%(name)s…"), name=…) so `make i18n` extracts the Japanese."""

    message: str
    params: dict[str, Any]
    context: str | None = None  # the entry's msgctxt, for a keyed word (service/i18n_extract.py)

    def render(self, lang: str) -> str:
        if self.message == BOTH:
            return str(self.params.get(lang) or self.params["ja"])
        c = catalogue(lang)
        text = c.pgettext(self.context, self.message) if self.context else c.gettext(self.message)
        params = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return text % params if params else text

    @property
    def ja(self) -> str:
        return self.render("ja")

    def __str__(self) -> str:
        return self.ja


# A text that arrives in both languages already (a validator's 「日本語 | English」): not a catalogue entry.
BOTH = "%(ja)s | %(en)s"


def msg(message: str, **params: Any) -> Message:
    """Returns the message (Japanese, marked N_) with its named parameters, to be rendered when shown."""
    return Message(message, params)


def both(ja: str, en: str) -> Message:
    """Returns a text written in both languages elsewhere (a validator's own words) as a Message."""
    return Message(BOTH, {"ja": ja, "en": en})


def pgettext(lang: str, context: str, message: str) -> str:
    return catalogue(lang).pgettext(context, message)


def install(env: Any) -> None:
    """Adds Jinja2's i18n extension to env; pages pass their language's gettext in the context (page())."""
    env.add_extension("jinja2.ext.i18n")
    null = catalogue("ja")
    env.install_gettext_callables(
        gettext=null.gettext,
        ngettext=null.ngettext,
        pgettext=null.pgettext,
        npgettext=null.npgettext,
        newstyle=True,
    )


def template_callables(lang: str) -> dict[str, Any]:
    """Returns the context entries that make `_()`, `{% trans %}` and friends speak lang in one rendering.

    Jinja's newstyle gettext looks `gettext` up in the template context before the environment's globals, so
    the language is chosen per request without a shared mutable environment."""
    from jinja2.ext import _make_new_gettext, _make_new_ngettext, _make_new_npgettext, _make_new_pgettext

    c = catalogue(lang)
    return {
        "gettext": _make_new_gettext(c.gettext),
        "ngettext": _make_new_ngettext(c.ngettext),
        "pgettext": _make_new_pgettext(c.pgettext),
        "npgettext": _make_new_npgettext(c.npgettext),
    }
