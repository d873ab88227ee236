"""Every kind of message is a pair of template files (issue 10: templates are files, not strings in code):
Japanese and English, each starting with its Subject line, and no file without a kind."""

from __future__ import annotations

from schemas.outbox import MessageKind
from service.outbox.mailer import MAIL_TEMPLATES


def test_each_message_kind_has_a_japanese_and_an_english_template_with_a_subject() -> None:
    files = {p.name for p in MAIL_TEMPLATES.glob("*.txt")}
    wanted = {f"{kind.value}.{lang}.txt" for kind in MessageKind for lang in ("ja", "en")}
    assert wanted == files, (sorted(wanted - files), sorted(files - wanted))
    for name in sorted(files):
        first = (MAIL_TEMPLATES / name).read_text(encoding="utf-8").partition("\n")[0]
        assert first.startswith("Subject: ") and len(first) > len("Subject: "), name
        if name.endswith(".ja.txt"):
            assert "【清瀬市社会福祉協議会】" in first, name  # polite and short: who writes, then what
