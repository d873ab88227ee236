"""Checks request bodies before anything decodes them: nesting depth, and NUL characters in text fields.

A JSON body of a thousand ``[`` makes the decoder (or pydantic's validation after it) recurse until Python raises
RecursionError: a 500 from an anonymous POST. ``JsonDepthMiddleware`` reads the body (Litestar's size limit still
applies: past it the scan stops and the body is passed on for Litestar to refuse), counts bracket depth outside
JSON strings, and answers 400 with the usual bilingual error past ``MAX_DEPTH``. Form posts are not JSON and are
not scanned for depth (a free-text field may hold any number of brackets).

A NUL character in a text field is refused with a field error (400) for JSON and form bodies alike: PostgreSQL
cannot store it (it would surface as a database error) and SQLite would store a string other tools cut short.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from litestar.types import ASGIApp, Receive, Scope, Send

from service.errors import DomainError, InputError

MAX_DEPTH = 32
_SCAN_LIMIT = 2_000_000  # bytes; beyond this Litestar's request_max_body_size refuses the body anyway
_NOT_JSON = (b"application/x-www-form-urlencoded", b"multipart/form-data")


class TooDeeplyNested(DomainError):
    status_code = 400
    code = "invalid_input"

    def __init__(self) -> None:
        super().__init__(
            f"送信された JSON の入れ子が深すぎます({MAX_DEPTH}段まで)。",
            f"The JSON body is nested too deeply (at most {MAX_DEPTH} levels).",
        )


def nesting_depth_exceeds(body: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when brackets ({ and [) outside JSON strings nest deeper than limit somewhere in body."""
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth = max(0, depth - 1)
    return False


def _nul_path(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            if "\x00" in str(key):
                return f"{path}.{key}".strip(".").replace("\x00", "") or "body"
            found = _nul_path(item, f"{path}.{key}".strip("."))
            if found:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _nul_path(item, f"{path}.{index}".strip("."))
            if found:
                return found
    return None


def nul_field(body: bytes, form: bool) -> str | None:
    """Returns the name of a text field holding a NUL character (JSON or a URL-encoded form), or None."""
    if form:
        if b"%00" not in body and b"\x00" not in body:
            return None
        for key, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
            if "\x00" in value or "\x00" in key:
                return key.replace("\x00", "") or "form"
        return None
    if b"\\u0000" not in body.lower() and b"\x00" not in body:
        return None
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return None  # not JSON: the decoder's own error follows
    return _nul_path(decoded, "") or None


class NulCharacter(InputError):
    def __init__(self, field: str) -> None:
        super().__init__(
            f"「{field}」に使えない文字(NUL)が含まれています。",
            f"{field}: text must not contain NUL characters.",
            field=field,
        )


class BodyCheckMiddleware:
    """Buffers a request body, refuses it when nested too deeply or holding NUL in a text field, and replays it to
    the app otherwise."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        content_type = b""
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-type":
                content_type = value.lower()
        form = content_type.startswith(_NOT_JSON[0])
        if content_type.startswith(_NOT_JSON[1]):
            await self.app(scope, receive, send)
            return
        messages: list[Any] = []  # what receive() gave, replayed to the app
        size, more = 0, True
        while more and size <= _SCAN_LIMIT:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            more = message.get("more_body", False)
        if size <= _SCAN_LIMIT:
            body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
            if not form and nesting_depth_exceeds(body):
                raise TooDeeplyNested()
            field = nul_field(body, form)
            if field:
                raise NulCharacter(field)

        async def replay() -> Any:
            if messages:
                return messages.pop(0)
            return await receive()

        await self.app(scope, replay, send)
