"""Maps every failure to a JSON body in Japanese and English; never a stack trace."""

from __future__ import annotations

import logging
import re
from typing import Any

from litestar import MediaType, Request, Response
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    PermissionDeniedException,
    ValidationException,
)
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from service.errors import DomainError

log = logging.getLogger("skillbank.web")

# pydantic/msgspec messages → plain Japanese, most specific first
_JA = [
    (r"Field required|Object missing required field", "必須項目です"),
    (r"should match pattern", "形式が正しくありません"),
    (r"String should have at least", "短すぎます(空欄は不可)"),
    (r"String should have at most", "長すぎます"),
    (r"List should have at least", "少なくとも1つ選んでください"),
    (r"List should have at most", "項目が多すぎます"),
    (r"greater than or equal|less than or equal|greater than|less than", "範囲外の数値です"),
    (r"valid integer|Expected `int`", "整数で入力してください"),
    (r"valid boolean|Expected `bool`", "true か false で指定してください"),
    (r"valid string|Expected `str`", "文字列で入力してください"),
    (r"valid list|valid array|Expected `array`", "配列で指定してください"),
    (r"Input should be '|enumeration member|Invalid enum value", "選択肢にない値です"),
    (r"valid dictionary|Expected `object`", "オブジェクトで指定してください"),
    (r"Extra inputs are not permitted", "この項目は使えません"),
]


def _ja(message: str) -> str:
    for pattern, ja in _JA:
        if re.search(pattern, message):
            return ja
    return "入力値が正しくありません"


class ErrorResponse(Response[Any]):
    """An error body that also satisfies the schema Litestar documents for 4xx (`status_code`, `detail`)."""

    def __init__(self, content: dict[str, object], *, status_code: int, **kwargs: object) -> None:
        super().__init__({**content, "status_code": status_code}, status_code=status_code, **kwargs)  # type: ignore[arg-type]


def _body(code: str, ja: str, en: str, fields: list[dict[str, str]] | None = None) -> dict[str, object]:
    body: dict[str, object] = {"error": code, "message_ja": ja, "message_en": en, "detail": en}
    if fields is not None:
        body["fields"] = fields
    return body


def validation_handler(_: Request, exc: ValidationException) -> Response:
    fields = []
    for item in exc.extra if isinstance(exc.extra, list) else []:
        if not isinstance(item, dict):
            continue
        key = str(item.get("key") or item.get("source") or "body")
        message = str(item.get("message", ""))
        ja, sep, en = message.removeprefix("Value error, ").partition(" | ")  # a validator's own JA | EN
        if sep:
            fields.append({"field": key, "message_en": en, "message_ja": ja})
            continue
        fields.append({"field": key, "message_en": message, "message_ja": _ja(message)})
    if fields:
        en = "Invalid input: " + "; ".join(f"{f['field']}: {f['message_en']}" for f in fields)
        ja = "入力に誤りがあります: " + "、".join(f"{f['field']}({f['message_ja']})" for f in fields)
    else:
        en = f"Invalid request body: {exc.detail}"
        ja = "送信された内容を読み取れません(JSON・UTF-8 の形式を確認してください)。"
    return ErrorResponse(_body("invalid_input", ja, en, fields), status_code=400, media_type=MediaType.JSON)


def domain_handler(_: Request, exc: DomainError) -> Response:
    fields = (
        [{"field": exc.field, "message_en": exc.message_en, "message_ja": exc.message_ja}]
        if exc.field
        else None
    )
    retry_after = getattr(exc, "retry_after", None)  # throttles (429) say when to come back
    return ErrorResponse(
        _body(exc.code, exc.message_ja, exc.message_en, fields),
        status_code=exc.status_code,
        media_type=MediaType.JSON,
        headers={"Retry-After": str(retry_after)} if retry_after else None,
    )


_HTTP_JA = {
    400: "リクエストの形式が正しくありません。",
    401: "ログインが必要です。",
    403: "この操作の権限がありません。",
    404: "ページが見つかりません。",
    405: "この操作はこのURLでは使えません。",
    413: "送信データが大きすぎます。",
    415: "対応していない形式です。",
    429: "操作が多すぎます。しばらく待ってから再度お試しください。",
}


def http_handler(_: Request, exc: HTTPException) -> Response:
    status = exc.status_code
    if status >= 500:
        log.error("HTTP %s: %s", status, type(exc).__name__)
        return ErrorResponse(
            _body("internal_error", "サーバーで問題が発生しました。", "Internal server error."),
            status_code=status,
            media_type=MediaType.JSON,
        )
    code = {401: "not_authenticated", 403: "forbidden", 404: "not_found", 429: "too_many_requests"}.get(
        status, "bad_request"
    )
    if isinstance(exc, NotAuthorizedException):
        code = "not_authenticated"
    elif isinstance(exc, PermissionDeniedException):
        code = "forbidden"
    return ErrorResponse(
        _body(code, _HTTP_JA.get(status, "リクエストを処理できません。"), str(exc.detail)),
        status_code=status,
        media_type=MediaType.JSON,
        headers=getattr(exc, "headers", None),
    )


def database_handler(_: Request, exc: Exception) -> Response:
    orig = getattr(exc, "orig", None)
    reason = (str(orig or exc).splitlines() or [""])[0][:200]  # the first line: no statement, no parameters
    log.error(
        "database unavailable: %s (sqlstate %s) %s",
        type(exc).__name__,
        getattr(orig, "sqlstate", None),
        reason,
    )
    return ErrorResponse(
        _body(
            "unavailable",
            "データベースに接続できません。しばらくしてから再度お試しください。",
            "The database is unavailable; please retry shortly.",
        ),
        status_code=503,
        media_type=MediaType.JSON,
        headers={"Retry-After": "5"},
    )


def undecodable_handler(_: Request, exc: Exception) -> Response:
    return ErrorResponse(
        _body(
            "invalid_input",
            "送信された内容が UTF-8 の文字として読めません。",
            "The request body is not valid UTF-8.",
        ),
        status_code=400,
        media_type=MediaType.JSON,
    )


def out_of_range_handler(_: Request, exc: Exception) -> Response:
    # e.g. an id beyond the database's integer range: bad input, not an outage
    return ErrorResponse(
        _body("invalid_input", "数値が範囲外です。", "A number in the request is out of range."),
        status_code=400,
        media_type=MediaType.JSON,
    )


def integrity_handler(_: Request, exc: Exception) -> Response:
    log.warning("integrity conflict: %s", type(exc).__name__)
    return ErrorResponse(
        _body(
            "conflict",
            "同時に行われた別の操作と競合しました。もう一度お試しください。",
            "This conflicts with a concurrent change; please retry.",
        ),
        status_code=409,
        media_type=MediaType.JSON,
    )


def internal_handler(_: Request, exc: Exception) -> Response:
    log.error("unhandled %s", type(exc).__name__, exc_info=exc)
    return ErrorResponse(
        _body("internal_error", "サーバーで問題が発生しました。", "Internal server error."),
        status_code=500,
        media_type=MediaType.JSON,
    )


EXCEPTION_HANDLERS = {
    ValidationException: validation_handler,
    DomainError: domain_handler,
    HTTPException: http_handler,
    UnicodeDecodeError: undecodable_handler,
    IntegrityError: integrity_handler,
    OverflowError: out_of_range_handler,
    DataError: out_of_range_handler,
    OperationalError: database_handler,
    DBAPIError: database_handler,
    PoolTimeout: database_handler,
    Exception: internal_handler,
}
