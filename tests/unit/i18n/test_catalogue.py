"""The one catalogue: no Japanese outside it in the templates, every entry translated, the .pot up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from service import i18n
from service.web.pages import TEMPLATES_DIR

ROOT = Path(__file__).resolve().parents[3]
# Hiragana, katakana, CJK ideographs, Japanese punctuation and full-width forms.
JAPANESE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_CALL = re.compile(
    r"""\b(?:_|gettext|pgettext|ngettext|npgettext)\(\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\s|,)*"""
)
_TRANS = re.compile(r"{%-?\s*trans\b.*?{%-?\s*endtrans\s*-?%}", re.S)
_COMMENT = re.compile(r"{#.*?#}", re.S)


def untranslated_japanese(source: str) -> list[str]:
    """Returns the lines of a template that still carry Japanese outside `_()` / `{% trans %}` / comments."""
    stripped = _CALL.sub("_(", _TRANS.sub("", _COMMENT.sub("", source)))
    return [line.strip() for line in stripped.splitlines() if JAPANESE.search(line)]


def test_the_scan_finds_japanese_outside_the_catalogue_calls() -> None:
    assert untranslated_japanese('<p>{{ _("保存しました") }}</p>') == []
    assert untranslated_japanese("<p>{% trans n=3 %}{{ n }} 件{% endtrans %}</p>") == []
    assert untranslated_japanese('<p>{{ t("saved") }} 件</p>') == ['<p>{{ t("saved") }} 件</p>']
    assert untranslated_japanese('<p>{{ _("a") }}、{{ x }}</p>') != []


@pytest.mark.parametrize(
    "template", sorted(p.relative_to(TEMPLATES_DIR).as_posix() for p in TEMPLATES_DIR.rglob("*.html"))
)
def test_templates_have_no_japanese_outside_the_catalogue(template: str) -> None:
    assert untranslated_japanese((TEMPLATES_DIR / template).read_text(encoding="utf-8")) == []


def _entries(path: Path) -> dict[tuple[str | None, str], object]:
    with path.open("rb") as f:
        catalog = read_po(f, locale="en")
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog if m.id}


def test_every_entry_has_an_english_translation_and_none_is_obsolete_or_fuzzy() -> None:
    pot = _entries(i18n.LOCALE_DIR / "messages.pot")
    po_path = i18n.po_path("en")
    po = _entries(po_path)
    assert set(po) == set(pot), "run `make i18n`: the English catalogue and the template differ"
    assert "#~" not in po_path.read_text(encoding="utf-8"), "obsolete entries: run `make i18n`"
    empty = [key for key, m in po.items() if not (m.string if isinstance(m.string, str) else all(m.string))]
    assert empty == []
    assert [key for key, m in po.items() if m.fuzzy] == []


def test_the_template_holds_what_the_code_says() -> None:
    """Extracting again (as `make i18n` does: service.i18n.gettext(lang, message) takes the message second) gives exactly the .pot's entries: none added, none forgotten."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    found = set()
    for sub in ("service", "schemas"):
        prefixed = [(pat.removeprefix(sub + "/"), m) for pat, m in method_map if pat.startswith(sub + "/")]
        opts = {pat.removeprefix(sub + "/"): o for pat, o in options_map.items() if pat.startswith(sub + "/")}
        for _file, _line, message, _comments, context in extract_from_dir(
            ROOT / sub, prefixed, opts, keywords={**DEFAULT_KEYWORDS, "gettext": (2,)}
        ):
            found.add((context, message if isinstance(message, str) else message[0]))
    assert found == set(_entries(i18n.LOCALE_DIR / "messages.pot")), "run `make i18n`"


def test_keyed_words_and_inline_text_translate_per_language() -> None:
    from service.web.pages_i18n import translate

    assert translate("saved", "ja") == "保存しました。"
    assert translate("saved", "en") != "保存しました。" and not JAPANESE.search(translate("saved", "en"))
    assert (
        i18n.gettext("en", "ja-only text that is not in the catalogue")
        == "ja-only text that is not in the catalogue"
    )


def test_every_state_has_a_label_in_both_languages() -> None:
    from schemas.enums import ProposalStatus, RequestStatus, VolunteerStatus
    from service.status_labels import status_label

    for code, proposal in [
        *((s, False) for s in RequestStatus),
        *((s, False) for s in VolunteerStatus),
        *((s, True) for s in ProposalStatus),
    ]:
        ja, en = status_label(code, "ja", proposal=proposal), status_label(code, "en", proposal=proposal)
        assert JAPANESE.search(ja), (code, ja)
        assert en != str(code.value) and en[0].isupper() and not JAPANESE.search(en), (code, en)


def test_the_conflict_over_a_decided_proposal_names_its_state_in_japanese() -> None:
    from schemas.enums import ProposalStatus
    from service.errors import Conflict
    from service.proposals.rules import check_approval

    with pytest.raises(Conflict) as caught:
        check_approval(
            status=ProposalStatus.approved,
            volunteer_active=True,
            taken=0,
            needed=1,
            month_taken=0,
            capacity=4,
        )
    assert "「承認」" in caught.value.message_ja and "approved" not in caught.value.message_ja
    assert "already approved" in caught.value.message_en


def test_a_message_is_rendered_with_its_parameters_in_one_language() -> None:
    """(message, params) kept as data: a parameter that is a message follows the language, data stays as typed;
    a keyed word takes its msgctxt's English; a validator's own two languages are kept."""
    town = i18n.msg(i18n.N_("町名「%(area)s」が清瀬市の町名にありません"), area="横浜町")
    row = i18n.msg(i18n.N_("%(other)sと同じ人かもしれません"), other=i18n.msg(i18n.N_("行%(row)s"), row=4))
    assert (town.ja, str(town), row.ja) == ("町名「横浜町」が清瀬市の町名にありません",) * 2 + (
        "行4と同じ人かもしれません",
    )
    assert (town.render("en"), row.render("en")) == (
        "the town “横浜町” is not one of Kiyose's towns",
        "may be the same person as row 4",
    )
    skills = i18n.Message("特技", {}, "field.skills")  # 特技 without a context is the skills bank
    assert (skills.render("en"), i18n.gettext("en", "特技"), skills.ja) == ("skills", "Skills bank", "特技")
    told = i18n.both("形が違います", "Wrong form")
    assert (told.ja, told.render("en")) == ("形が違います", "Wrong form")
