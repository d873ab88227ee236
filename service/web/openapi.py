"""The OpenAPI document as the truth: every error an operation can answer, in the shape it has, and the Allow header.

Litestar documents what handlers return; the errors come from elsewhere (guards, the body checks, the domain errors
mapped in service.web.errors, the database being away), so they are added here, once for every route, from what each
route is: public or not, with path parameters or not, with a body or not, changing state or not. A route added later
is documented by the same rules without touching this file. `tests/security/test_conformance.py` runs schemathesis's
conformance checks against the result.
"""

from __future__ import annotations

import re
import threading
from typing import Any, get_args

from anyio import to_thread
from litestar import Litestar, Request
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import ValidationException
from litestar.openapi.spec import (
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    Operation,
    Reference,
    Schema,
)
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
from litestar.routes import HTTPRoute
from litestar.types import Message, Scope
from pydantic import BaseModel

_STRING = Schema(type=OpenAPIType.STRING)

ERROR = Schema(
    type=OpenAPIType.OBJECT,
    description="Every error: a code, the message in Japanese and English, and for bad input the wrong fields.",
    required=["error", "message_ja", "message_en", "detail", "status_code"],
    properties={
        "error": Schema(type=OpenAPIType.STRING, description="machine-readable code, e.g. invalid_input"),
        "message_ja": _STRING,
        "message_en": _STRING,
        "detail": Schema(type=OpenAPIType.STRING, description="the English message"),
        "status_code": Schema(type=OpenAPIType.INTEGER),
        "fields": Schema(
            type=OpenAPIType.ARRAY,
            items=Schema(
                type=OpenAPIType.OBJECT,
                required=["field", "message_en", "message_ja"],
                properties={"field": _STRING, "message_en": _STRING, "message_ja": _STRING},
            ),
        ),
    },
)

DESCRIPTIONS = {
    400: "Bad input (the fields say what is wrong)",
    401: "A staff login is needed",
    403: "Not allowed for this account",
    404: "Not found",
    409: "Conflicts with the current state",
    413: "Body too large",
    415: "Unsupported body media type",
    422: "The Idempotency-Key was used with another body",
    429: "Too many requests; Retry-After says when to come back",
    503: "The database is unavailable; try again",
}

_TYPED_PARAMETER = re.compile(r"\{(\w+):[^}]+\}")
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


CREDENTIAL_ROUTES = frozenset({("POST", "/api/auth/login")})  # public, and 401 for a wrong password


def error_statuses(
    method: str, *, public: bool, path_parameters: bool, body: bool, path: str = ""
) -> list[int]:
    """Returns the error statuses an operation can answer, from what it is."""
    statuses = {400, 503}
    if not public or (method, path) in CREDENTIAL_ROUTES:
        statuses.add(401)
    if not public:
        statuses.add(403)
    elif method in UNSAFE:
        statuses.add(429)  # public submissions and the login are limited per address
    if path_parameters or body:  # a path id, or a body naming a row (proposal_id, volunteer_ids …)
        statuses.add(404)
    if method in UNSAFE:
        statuses.add(409)
    if body:
        statuses |= {413, 415}
    return sorted(statuses)


def _error_response(status: int) -> OpenAPIResponse:
    headers: dict[str, OpenAPIHeader | Reference] | None = None
    if status == 429:
        headers = {"Retry-After": OpenAPIHeader(schema=Schema(type=OpenAPIType.INTEGER), required=True)}
    elif status == 503:
        headers = {"Retry-After": OpenAPIHeader(schema=Schema(type=OpenAPIType.INTEGER), required=False)}
    return OpenAPIResponse(
        description=DESCRIPTIONS[status],
        content={"application/json": OpenAPIMediaType(schema=Reference(ref="#/components/schemas/Error"))},
        headers=headers,
    )


def _document_operation(operation: Operation, method: str, handler: Any, path: str) -> None:
    responses = operation.responses if operation.responses is not None else {}
    for status in error_statuses(
        method,
        public=handler.opt.get("access") == "public",
        path_parameters="{" in path,
        body=operation.request_body is not None,
        path=path,
    ):
        current = responses.get(str(status))
        # replace Litestar's generic 400 (its own ValidationException shape); keep a route's own description
        description = getattr(current, "description", None) if status != 400 else None
        response = _error_response(status)
        if description:
            response.description = description
        responses[str(status)] = response
    media_types = handler.opt.get("media_types")
    if media_types:  # a route answering files: the formats it really sends
        ok = next((r for code, r in responses.items() if code.startswith("2")), None)
        if isinstance(ok, OpenAPIResponse):
            binary = Schema(type=OpenAPIType.STRING, format="binary")  # type: ignore[arg-type]
            ok.content = {media: OpenAPIMediaType(schema=binary) for media in media_types}
    operation.responses = responses


def _body_schema(handler: Any, components: dict[str, Any], vocab: dict[str, list[str]]) -> Schema | None:
    """Returns the request body's schema as pydantic validates it (its `$defs` added to the components as
    `<Name>Input`), or None when the body is not one pydantic model.

    Litestar's own rendering drops constraints inside `X | None` and `list[...]` (a pattern on list items, a
    minimum length, a minimum on an optional number), so a client reading it sends what the server then refuses.
    """
    field = handler.parsed_fn_signature.parameters.get("data")
    model = getattr(field, "annotation", None)
    if field is None or not (isinstance(model, type) and issubclass(model, BaseModel)):
        inner = [a for a in get_args(model) if a is not type(None)]
        if len(inner) != 1 or not (isinstance(inner[0], type) and issubclass(inner[0], BaseModel)):
            return None
        model = inner[0]
    raw = model.model_json_schema(mode="validation", ref_template="#/components/schemas/{model}Input")
    _restrict(raw, vocab)
    defs = {f"{name}Input": definition for name, definition in raw.pop("$defs", {}).items()}
    for name, definition in defs.items():
        components[name] = _as_schema(definition)
    handler.opt["json_body"] = (raw, defs)  # for strict_json_types
    return _as_schema(raw)


def _as_schema(raw: dict[str, Any]) -> Schema:
    """Wraps a JSON Schema dict for Litestar's spec objects (rendered back as is)."""
    return _RawSchema(raw)


class _RawSchema(Schema):
    """A JSON Schema kept as the dict pydantic produced."""

    def __init__(self, raw: dict[str, Any]) -> None:
        super().__init__()
        self._raw = raw

    def to_schema(self) -> dict[str, Any]:
        return self._raw


NO_NUL = "^[^\\x00]*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
MAX_ID = 2**63 - 1  # a BIGINT: larger ids are refused with 400, not looked up


def vocabulary(settings: Any) -> dict[str, list[str]]:
    """Returns the closed vocabularies the use-cases check (areas file, taxonomy, metrics, person kinds), by the
    field or path parameter name that carries them, so the document says what the server accepts."""
    import matching
    from service.areas import area_names
    from service.metrics.compute import TARGET_METRICS
    from service.privacy.repository import KINDS

    return {
        "area": sorted(area_names(settings.areas_path)),
        "skill_id": sorted(matching.load_taxonomy(settings.taxonomy_path).skill_ids),
        "metric": list(TARGET_METRICS),
        "kind": sorted(KINDS),
    }


def _restrict(raw: Any, vocab: dict[str, list[str]]) -> None:
    """Narrows every string property named in `vocab` (inside a pydantic schema dict) to that vocabulary, and says
    what the body checks refuse: unknown fields, NUL characters in text."""
    if isinstance(raw, list):
        for item in raw:
            _restrict(item, vocab)
        return
    if not isinstance(raw, dict):
        return
    if raw.get("type") == "object" and "properties" in raw:  # unknown fields are refused (strict_json_types)
        raw.setdefault("additionalProperties", False)
    if raw.get("type") == "string" and not {"pattern", "enum", "const", "format"} & raw.keys():
        raw["pattern"] = NO_NUL  # the body check refuses NUL in any text (PostgreSQL cannot store it)
    for name, prop in (raw.get("properties") or {}).items():
        if name in vocab and isinstance(prop, dict):
            for option in [prop, *prop.get("anyOf", [])]:
                if option.get("type") == "string":
                    for key in ("maxLength", "minLength", "pattern"):
                        option.pop(key, None)
                    option["enum"] = vocab[name]
    for value in raw.values():
        if isinstance(value, dict | list):
            _restrict(value, vocab)


def _refine_parameters(operation: Operation, vocab: dict[str, list[str]]) -> None:
    """Ids in paths are positive BIGINTs, other integers BIGINTs; closed vocabularies are enums; dates are
    dates. Optional parameters (`integer | null`, `date | null`) are refined in each of their options."""
    for parameter in operation.parameters or []:
        schema = getattr(parameter, "schema", None)
        if not isinstance(schema, Schema) or isinstance(parameter, Reference):
            continue
        if parameter.param_in == "path" and schema.type == OpenAPIType.INTEGER:
            schema.minimum, schema.maximum = 1, MAX_ID
            continue
        if parameter.param_in == "path" and parameter.name in vocab:
            schema.enum = vocab[parameter.name]
        for option in [schema, *(schema.one_of or [])]:
            if not isinstance(option, Schema):
                continue
            if option.type == OpenAPIType.INTEGER:  # offsets and ids in queries are BIGINTs too
                option.maximum = MAX_ID if option.maximum is None else option.maximum
                option.minimum = -MAX_ID - 1 if option.minimum is None else option.minimum
            if option.pattern == DATE_PATTERN:
                option.pattern, option.format = None, OpenAPIFormat.DATE


def document_errors(app: Litestar, vocab: dict[str, list[str]] | None = None) -> None:
    """Adds the error responses (and the Error schema) to every operation of the app's OpenAPI document, and
    documents each JSON body as pydantic validates it."""
    openapi = app.openapi_schema
    if openapi.components.schemas is None:
        openapi.components.schemas = {}
    openapi.components.schemas["Error"] = ERROR
    paths = openapi.paths or {}
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        path = _TYPED_PARAMETER.sub(r"{\1}", route.path)
        item = paths.get(path)
        if item is None:
            continue
        for handler in route.route_handlers:
            for method in handler.http_methods:
                operation = getattr(item, method.lower(), None)
                if not isinstance(operation, Operation):
                    continue
                _document_operation(operation, method, handler, path)
                _refine_parameters(operation, vocab or {})
                body = operation.request_body
                if (
                    body is not None
                    and not isinstance(body, Reference)
                    and "application/json" in body.content
                ):
                    schema = _body_schema(handler, openapi.components.schemas, vocab or {})
                    if schema is not None:
                        body.content["application/json"].schema = schema


def _type_problems(value: Any, node: dict[str, Any], defs: dict[str, Any], at: str) -> list[tuple[str, str]]:
    """Returns (field, message) for each value whose JSON type is not the documented one, and each unknown field
    (constraints are pydantic's business; this stops its lax coercions — `true` as 1, `0` as false, `"5"` as 5 — and
    its silence about a misspelt field)."""
    ref = node.get("$ref")
    if ref:
        node = defs.get(ref.rsplit("/", 1)[-1], {})
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        results = [_type_problems(value, option, defs, at) for option in options]
        return [] if any(not r for r in results) else results[0]
    kind = node.get("type")
    python = {
        "integer": lambda v: (
            (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
        ),  # JSON's 4.0 is an integer
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "string": lambda v: isinstance(v, str),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
        "null": lambda v: v is None,
    }
    if isinstance(kind, str) and kind in python and not python[kind](value):
        return [
            (
                at,
                f"Expected `{ {'integer': 'int', 'number': 'float', 'boolean': 'bool', 'string': 'str'}.get(kind, kind) }`, got {type(value).__name__}",
            )
        ]
    problems: list[tuple[str, str]] = []
    if isinstance(value, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(value):
            problems += _type_problems(item, node["items"], defs, f"{at}.{i}")
    if isinstance(value, dict):
        if node.get("additionalProperties") is False and "properties" in node:
            problems += [
                (f"{at}.{k}" if at else str(k), "Extra inputs are not permitted")
                for k in value
                if k not in node["properties"]
            ]
        for name, prop in (node.get("properties") or {}).items():
            if name in value and isinstance(prop, dict):
                problems += _type_problems(value[name], prop, defs, f"{at}.{name}" if at else name)
    return problems


class LateDocument:
    """The app's OpenAPI refinements (`document_errors` with the vocabularies: ~0.8 s of taxonomy reading and schema
    generation), made once and off the start path, so `/health` and the pages answer while it is made: a thread
    begun at start-up makes it, and a request that needs it first (a JSON body's strict check, `/schema`) makes it
    itself, or waits for the thread on the same lock."""

    def __init__(self, app: Litestar, settings: Any) -> None:
        self.app, self.settings = app, settings
        self.done = False
        self._lock = threading.Lock()

    def ensure(self) -> None:
        """Refines the document unless that is done (blocking: call it from a worker thread in a request)."""
        if self.done:
            return
        with self._lock:
            if not self.done:
                document_errors(self.app, vocabulary(self.settings))
                self.done = True

    def start(self) -> None:
        """Refines the document in a background thread."""
        threading.Thread(target=self.ensure, name="skillbank-openapi", daemon=True).start()


async def strict_json_types(request: Request) -> None:
    """A before_request hook: a JSON body with a value of another JSON type than documented, or a field the document
    does not name, is refused with 400 (pydantic alone would take `true` for 1 and ignore a misspelt field). Waits
    for the document's refinements (LateDocument) when the request needs them and they are not made yet."""
    late = request.app.state.get("late_document")
    if (
        isinstance(late, LateDocument)
        and not late.done
        and (request.url.path.startswith("/schema") or "json" in request.headers.get("content-type", ""))
    ):
        await to_thread.run_sync(late.ensure)
    spec = request.route_handler.opt.get("json_body")
    if spec is None or "json" not in request.headers.get("content-type", ""):
        return
    try:
        data = await request.json()
    except Exception:  # unreadable bodies are the handler's to refuse, with its own message
        return
    problems = _type_problems(data, spec[0], spec[1], "")
    if problems:
        raise ValidationException(
            detail="wrong JSON type",
            extra=[{"key": field or "body", "message": message} for field, message in problems[:20]],
        )


def allow_header_hook() -> Any:
    """Returns a before_send hook that makes `Allow` (OPTIONS, 405) list every method of the path.

    Litestar builds the OPTIONS answer for the first controller that declares a path; a second controller on the
    same path (GET in one, POST in another) is merged into the route but missing from that answer.
    """
    methods: dict[str, str] = {}

    async def allow(message: Message, scope: Scope) -> None:
        if message["type"] != "http.response.start":
            return
        headers = MutableScopeHeaders.from_message(message)
        if not any(name.lower() == b"allow" for name, _ in headers.headers):  # most answers: no decoding
            return
        if not methods:
            for route in Litestar.from_scope(scope).routes:
                if isinstance(route, HTTPRoute):
                    methods[route.path] = ", ".join(sorted(route.methods))
        for path in getattr(scope.get("route_handler"), "paths", ()):
            if path in methods:
                headers["allow"] = methods[path]
                return

    return allow
