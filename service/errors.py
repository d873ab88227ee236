"""Domain errors carrying a message in Japanese and English; the web layer maps them to 4xx."""

from __future__ import annotations


class DomainError(Exception):
    status_code = 400
    code = "invalid_input"

    def __init__(self, message_ja: str, message_en: str, *, field: str | None = None) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en
        self.field = field


class InputError(DomainError):
    status_code = 400
    code = "invalid_input"


class NotFound(DomainError):
    status_code = 404
    code = "not_found"

    def __init__(self, entity_ja: str, entity_en: str, ident: object) -> None:
        super().__init__(f"{entity_ja}(ID: {ident})が見つかりません。", f"{entity_en} {ident} was not found.")


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class Unavailable(DomainError):
    status_code = 503
    code = "unavailable"
