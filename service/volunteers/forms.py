"""The volunteer form: parsing and validation of what a volunteer typed."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from schemas.models import (
    VolunteerCreate,
    VolunteerUpdate,
)
from service.volunteers.rules import merge_skills
from service.web.forms import contact_from_form, field_errors, form_list, form_value


def volunteer_form_values(form: dict[str, Any]) -> dict[str, Any]:
    """Returns the volunteer form as values for re-rendering and for the model."""
    return {
        "display_name": form_value(form, "display_name"),
        "kana": form_value(form, "kana"),
        "rosters": form_list(form.get("rosters")),
        "skills": form_list(form.get("skills")),
        "devices": form_list(form.get("devices")),
        "teaching": form_list(form.get("teaching")),
        "bio": form_value(form, "bio"),
        "area": form_value(form, "area") or None,
        "availability": form_list(form.get("availability")),
        "languages": form_list(form.get("languages")) or ["ja"],
        "max_per_month": form_value(form, "max_per_month") or "4",
        "email": form_value(form, "email"),
        "phone": form_value(form, "phone"),
        "consent_use": bool(form.get("consent_use")),
        "consent_contact": bool(form.get("consent_contact")),
        "consent_share": bool(form.get("consent_share")),
    }


def parse_volunteer(
    form: dict[str, Any],
    *,
    consent: bool,
    model: type[VolunteerCreate] | type[VolunteerUpdate] = VolunteerCreate,
    lang: str = "ja",
) -> tuple[dict[str, Any], dict[str, str], Any]:
    """Returns (values, errors by field, the validated model or None)."""
    values = volunteer_form_values(form)
    errors: dict[str, str] = {}
    contact = contact_from_form(form, errors, required=consent)
    if consent and not (values["consent_use"] and values["consent_contact"]):
        errors["consent"] = "e_consent"
    data = {
        k: values[k]
        for k in (
            "display_name",
            "kana",
            "rosters",
            "skills",
            "bio",
            "area",
            "availability",
            "languages",
            "max_per_month",
        )
    }
    data["skills"] = merge_skills(values["skills"], values["devices"], values["teaching"])
    data["contact"] = contact
    if consent:  # the registration form asks; an edit changes consents only through staff (rights API)
        data["consents"] = {"contact_share": values["consent_share"]}
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        errors = {**field_errors(exc, lang), **errors}
        obj = None
    return values, errors, (None if errors else obj)
