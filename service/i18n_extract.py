"""Babel extraction of keyed words (service/web/pages_i18n.py MESSAGES, service/status_labels.py
STATUS_MESSAGES): each key → Japanese entry becomes a catalogue entry with the key as msgctxt (babel.cfg names
this method; `make i18n` runs it)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Any


def extract_keyed(
    fileobj: Any, keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Yields (line, "pgettext", (key, Japanese), comments) for every entry of the module's MESSAGES dict."""
    tree = ast.parse(fileobj.read().decode("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if not any(isinstance(t, ast.Name) and t.id.endswith("MESSAGES") for t in targets):
                continue
            for key, value in zip(node.value.keys, node.value.values, strict=True):  # `**other` has no key
                if isinstance(key, ast.Constant) and isinstance(value, ast.Constant):
                    yield value.lineno, "pgettext", (str(key.value), str(value.value)), []
