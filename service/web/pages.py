"""Shared page machinery: templates, language, HTML error pages, CSRF, the home page and the page router."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from litestar import Request, Response, Router, get
from litestar.datastructures import Cookie
from litestar.exceptions import HTTPException, NotAuthorizedException
from litestar.response import Redirect, Template
from markupsafe import Markup, escape

from service.areas import area_names_in
from service.errors import DomainError
from service.i18n import install as install_i18n
from service.i18n import template_callables
from service.reasons_i18n import translate_reason
from service.settings import Settings
from service.web.pages_i18n import DAYS, LANGUAGE_CHOICES, PERIODS, translate

LANG_COOKIE = "sb_lang"


# Every page may show personal data or a private link: never cache, never leak the address to other sites.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def lang_of(request: Request) -> str:
    """Returns "en" or "ja": the ?lang= choice, else the remembered one, else Japanese."""
    chosen = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "ja"
    return "en" if chosen == "en" else "ja"


@lru_cache(maxsize=4)
def page_taxonomy(path: Path):
    import matching

    return matching.load_taxonomy(path)


@lru_cache(maxsize=4)
def skill_suggestions(path: Path) -> list[str]:
    """Returns taxonomy labels and common synonyms, for the skills datalist (typing shows suggestions)."""
    import json

    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    words: list[str] = []
    for skill in raw.get("skills", []):
        words.append(skill["label_ja"])
        words.extend(w for w in skill.get("synonyms", [])[:6] if len(w) > 1)
    return list(dict.fromkeys(words))


def page(request: Request, template: str, *, status_code: int = 200, **context: Any) -> Template:
    """Returns a rendered page with the translator, the language and the logged-in staff member in its context."""
    lang = lang_of(request)
    settings: Settings = request.app.state.settings

    def t(key: str) -> str:
        return translate(key, lang)

    base = {
        "t": t,
        **template_callables(lang),  # _() and {% trans %} in this language
        "reason": lambda text: translate_reason(
            text, lang, settings.taxonomy_path, settings.areas_path
        ),  # the matcher's reasons
        "say": lambda message: message.render(lang),  # a catalogue message with its parameters (Message)
        "lang": lang,
        "staff": getattr(request.state, "staff", None),
        "path": request.url.path,
        "areas": area_names_in(settings.areas_path, lang),
        "days": DAYS,
        "periods": PERIODS,
        "language_choices": LANGUAGE_CHOICES,
        "other_lang": "ja" if lang == "en" else "en",
        "public_url": settings.public_url,  # links shown to people: never built from the Host header
        "council_name": settings.council_name,
        "council_phone": settings.council_phone,
    }
    cookies = []
    if request.query_params.get("lang") in ("ja", "en"):
        cookies.append(Cookie(key=LANG_COOKIE, value=lang, path="/", samesite="lax", max_age=365 * 86400))
    return Template(
        template_name=template,
        context={**base, **context},
        status_code=status_code,
        headers=SECURITY_HEADERS,
        cookies=cookies,
    )


def redirect(path: str) -> Redirect:
    return Redirect(path=path, status_code=303, headers=SECURITY_HEADERS)


def page_error_handler(request: Request, exc: Exception) -> Response:
    """Renders failures on page routes as an HTML page in plain words (the JSON API keeps its own handlers)."""
    if isinstance(exc, NotAuthorizedException):
        return redirect("/staff/login?next=" + quote(request.url.path, safe="/"))
    if isinstance(exc, DomainError):
        status, ja, en = exc.status_code, exc.message_ja, exc.message_en
    elif isinstance(exc, HTTPException) and exc.status_code < 500:
        status = exc.status_code
        ja, en = {
            404: ("ページが見つかりません。", "Page not found."),
            403: (
                "この操作はできません。ページを読み込み直してから、もう一度お試しください。",
                "This action is not allowed. Reload the page and try again.",
            ),
        }.get(status, ("送信内容を処理できませんでした。", "The request could not be processed."))
        if status == 404 and request.url.path.startswith(("/v/", "/r/")):  # forged or expired private link
            ja, en = translate("private_link_invalid", "ja"), translate("private_link_invalid", "en")
    else:
        import logging

        logging.getLogger("skillbank.web").error("page error %s", type(exc).__name__, exc_info=exc)
        status, ja, en = (
            500,
            "サーバーで問題が発生しました。時間をおいてお試しください。",
            "Something went wrong. Please try again later.",
        )
    response = page(request, "error.html", status_code=status, message=en if lang_of(request) == "en" else ja)
    retry_after = getattr(exc, "retry_after", None)  # throttles (429) say when to come back
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _page_exception_handlers() -> dict[Any, Callable[..., Response]]:
    # Page routes must answer every failure the app-level JSON handlers know with HTML instead.
    from service.web.errors import EXCEPTION_HANDLERS

    return dict.fromkeys(EXCEPTION_HANDLERS, page_error_handler)


@get("/", sync_to_thread=False)
def home(request: Request) -> Template:
    """The top page: register or ask for help."""
    return page(request, "home.html")


def as_aware(dt: Any) -> Any:
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


PAGE_SIZE = 50  # rows per page of the staff console's lists


def page_number(value: Any) -> int:
    """Returns a 1-based page number from a query or form value (anything else is the first page)."""
    try:
        return min(max(int(str(value or "1").strip()), 1), 100_000)
    except ValueError:
        return 1


@dataclass(frozen=True)
class Pager:
    """Previous / next for a console list: links keeping its filters (searches are GET, so Back works)."""

    action: str
    page: int
    has_next: bool
    filters: dict[str, str]

    @property
    def prev_page(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.has_next else None

    def href(self, number: int) -> str:
        """Returns the address of another page of the list."""
        return f"{self.action}?{urlencode({**{k: v for k, v in self.filters.items() if v}, 'page': number})}"


def paged_list(
    q: Any, keys: tuple[str, ...], path: str, search: Callable[[dict[str, Any], int, int], list[Any]]
) -> tuple[list[Any], Pager, dict[str, Any]]:
    """Returns one page of a console list: its rows, its pager and the filters read from `q`.

    `search(filters, limit, offset)` is asked for one row more than a page: that row says whether there is a next.
    """
    filters: dict[str, Any] = {k: str(q.get(k, "") or "") for k in keys}
    number = page_number(q.get("page"))
    rows = search(filters, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE)
    return rows[:PAGE_SIZE], Pager(path, number, len(rows) > PAGE_SIZE, filters), filters


def search_expander(settings: Settings, extra: dict[str, list[str]]) -> Callable[[str], list[str]]:
    """Returns a function turning a search word into the keys it stands for, with the taxonomy's synonyms and
    the staff-added ones (`extra`, {skill_id: words}): しょどう also finds 書道 and 習字."""
    from service.search import synonym_keys

    taxonomy = page_taxonomy(settings.taxonomy_path)
    return lambda word: synonym_keys(taxonomy, word, extra)


def search_key(text: str) -> str:
    """Returns text folded for search: NFKC, case, hiragana → katakana, no spaces (kana-insensitive)."""
    from service.search import search_key as fold

    return fold(text)


def highlight(text: str, words: list[str]) -> Markup:
    """Returns the text HTML-escaped with the given words wrapped in <mark> (case- and kana-insensitive)."""
    import re

    variants: set[str] = set()
    for word in words:
        if word:
            variants |= {word, word.translate(_KATA_TO_HIRA), word.translate(_HIRA_TO_KATA)}
    if not variants:
        return Markup(escape(text))
    pattern = re.compile(
        "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)), re.IGNORECASE
    )
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [str(escape(text[last : m.start()])), f"<mark>{escape(m.group(0))}</mark>"]
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


_KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}


_HIRA_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}


def today_jst() -> str:
    from datetime import datetime

    from service.metrics.period import JST

    return datetime.now(JST).date().isoformat()


def local_time(moment: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Returns a stored (UTC) time as the council reads it, in Asia/Tokyo."""
    from service.metrics.period import JST

    if moment is None:
        return ""
    return as_aware(moment).astimezone(JST).strftime(fmt)


def page_router(handlers: list[Any]) -> Router:
    """Returns the router of all HTML pages, with HTML error pages (the JSON API keeps its JSON errors)."""
    return Router(
        path="/",
        route_handlers=[home, *handlers],
        exception_handlers=_page_exception_handlers(),
        include_in_schema=False,
    )


TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


def page_routes(handlers: list[Any]) -> list[Any]:
    """Returns the page router and the static-files router, for create_app's route handlers."""
    from litestar.static_files import create_static_files_router

    return [
        page_router(handlers),
        create_static_files_router(path="/static", directories=[STATIC_DIR], include_in_schema=False),
    ]


def template_config() -> Any:
    """Returns the Jinja template config (templates in service/templates, autoescaped)."""
    from litestar.plugins.jinja import JinjaTemplateEngine
    from litestar.template.config import TemplateConfig

    from service.requests.schedule import date_text

    def filters(engine: Any) -> None:
        install_i18n(engine.engine)
        engine.engine.filters["local"] = local_time
        engine.engine.filters["local_date"] = lambda moment: local_time(moment, "%Y-%m-%d")
        engine.engine.filters["jdate"] = lambda day: date_text(day, "ja")  # 2026年12月12日(土)

    return TemplateConfig(directory=TEMPLATES_DIR, engine=JinjaTemplateEngine, engine_callback=filters)


def csrf_config(settings: Settings) -> Any:
    """Returns CSRF protection for the HTML forms (double-submit cookie + hidden field).

    The JSON API is excluded: it authenticates with bearer tokens or a SameSite=Strict cookie and has no forms.
    """
    from litestar.config.csrf import CSRFConfig

    return CSRFConfig(
        secret=settings.secret_key,
        cookie_name="sb_csrf",
        cookie_samesite="strict",
        cookie_httponly=True,
        cookie_secure=settings.production,
        exclude=[r"^/api/", r"^/health", r"^/schema"],
    )
