"""The request form: parsing and validation of what a resident or group typed."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from schemas.models import (
    HelpRequestCreate,
)
from service.web.forms import contact_from_form, field_errors, form_list, form_value


def request_form_values(form: dict[str, Any]) -> dict[str, Any]:
    """Returns the request form as values for re-rendering and for the model."""
    return {
        "requester_kind": form_value(form, "requester_kind") or "resident",
        "requester_name": form_value(form, "requester_name"),
        "title": form_value(form, "title"),
        "description": form_value(form, "description"),
        "area": form_value(form, "area") or None,
        "slots": form_list(form.get("slots")),
        "flexible": bool(form.get("flexible")),
        "languages": form_list(form.get("languages")) or ["ja"],
        "remote_ok": bool(form.get("remote_ok")),
        "helpers_needed": form_value(form, "helpers_needed") or "1",
        "email": form_value(form, "email"),
        "phone": form_value(form, "phone"),
        "consent_use": bool(form.get("consent_use")),
        "consent_share": bool(form.get("consent_share")),
        "consent_sensitive": bool(form.get("consent_sensitive")),
    }


def parse_request(
    form: dict[str, Any], *, consent: bool = True, lang: str = "ja"
) -> tuple[dict[str, Any], dict[str, str], HelpRequestCreate | None]:
    """Returns (values, errors by field, the validated request or None); a correction asks no consent again."""
    values = request_form_values(form)
    errors: dict[str, str] = {}
    contact = contact_from_form(form, errors, required=True)
    if consent and not values["consent_use"]:
        errors["consent"] = "e_consent_request"
    data = {
        k: values[k]
        for k in (
            "requester_kind",
            "requester_name",
            "title",
            "description",
            "area",
            "languages",
            "remote_ok",
            "helpers_needed",
        )
    }
    data["slots"] = [] if values["flexible"] else values["slots"]
    data["contact"] = contact
    if consent:
        data["consents"] = {
            "share_with_volunteer": values["consent_share"],
            "sensitive": values["consent_sensitive"],
        }
    try:
        obj = HelpRequestCreate.model_validate(data)
    except ValidationError as exc:
        errors = {**field_errors(exc, lang), **errors}
        obj = None
    return values, errors, (None if errors else obj)
