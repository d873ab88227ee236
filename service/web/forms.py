"""Form helpers shared by the pages: reading values, field errors next to their field, private-link submission."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response
from litestar.enums import RequestEncodingType
from litestar.params import Body
from pydantic import ValidationError

from service.errors import DomainError
from service.outbox.usecases import welcome_volunteer
from service.privacy.links import create_private_link
from service.uow import UnitOfWork
from service.web.pages import lang_of, redirect

FormData = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]


def form_list(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in items if str(v).strip()]


def form_value(form: dict[str, Any], key: str) -> str:
    values = form_list(form.get(key))
    return values[0] if values else ""


_FIELD_ERROR = {
    "display_name": "e_display_name",
    "requester_name": "e_requester_name",
    "rosters": "e_rosters",
    "description": "e_description",
    "email": "e_email",
    "phone": "e_phone",
    "languages": "e_languages",
    "max_per_month": "e_number",
    "helpers_needed": "e_number",
    "bio": "e_too_long",
    "title": "e_too_long",
    "skills": "e_too_long",
}


def field_errors(exc: ValidationError, lang: str = "ja") -> dict[str, str]:
    """Returns a message key per field, or a validator's own message ("Japanese | English", such as the
    e-mail address it suggests) in the page's language."""
    errors: dict[str, str] = {}
    for item in exc.errors():
        loc = [str(p) for p in item.get("loc", ())]
        field = loc[-1] if loc and loc[0] == "contact" else (loc[0] if loc else "form")
        ja, sep, en = str(item.get("msg", "")).removeprefix("Value error, ").partition(" | ")
        errors.setdefault(
            field, (en if lang == "en" else ja) if sep else _FIELD_ERROR.get(field, "e_generic")
        )
    return errors


def contact_from_form(
    form: dict[str, Any], errors: dict[str, str], *, required: bool
) -> dict[str, str | None]:
    email, phone = form_value(form, "email") or None, form_value(form, "phone") or None
    if required and not email and not phone:
        errors["contact"] = "e_contact"
    return {"email": email, "phone": phone}


def form_error(request: Request, errors: dict[str, str], exc: DomainError) -> None:
    """Puts a use-case's refusal next to its field (or atop the form), in the page's language."""
    errors[exc.field or "form"] = exc.message_en if lang_of(request) == "en" else exc.message_ja


def submit_with_link(request: Request, uow: UnitOfWork, kind: str, create: Any) -> Response:
    """Stores a public submission with its private link in the request's transaction and shows the link.

    A refusal (raised by `create`) undoes the attempt and reaches the caller, which shows it next to its field.
    """
    with uow.attempt() as session:
        entity = create(uow)
        token = create_private_link(
            session, kind=kind, entity_id=entity.id, org_id=request.app.state.settings.org_id
        )
        if kind == "volunteer" and entity.contact_email:  # the link by mail too, in the same transaction
            welcome_volunteer(session, request.app.state.settings, entity, token)
    return redirect(f"/{kind[0]}/{token}?welcome=1")
