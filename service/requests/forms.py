"""The request form: parsing and validation of what a resident or group typed."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from schemas.models import (
    HelpRequestCreate,
)
from schemas.schedule import Schedule
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
        # when (schemas.schedule): the kind as a radio, dates as <input type=date>, weekday / Nth as selects
        "schedule_kind": form_value(form, "schedule_kind") or "to_arrange",
        "dates": (form_list(form.get("dates")) + [""] * DATE_INPUTS)[:DATE_INPUTS],
        "weekday": form_value(form, "weekday"),
        "nth": form_value(form, "nth"),
        "start": form_value(form, "start"),
        "end": form_value(form, "end"),
        "time_of_day": form_value(form, "time_of_day"),
        "start_time": form_value(form, "start_time"),
    }


# How many date boxes the form offers for 「日にちを選ぶ」 (more dates: the API, or staff).
DATE_INPUTS = 4


def _schedule_data(values: dict[str, Any]) -> dict[str, Any]:
    """Returns the schedule the form describes, only with the fields of the chosen kind."""
    kind = values["schedule_kind"]
    data: dict[str, Any] = {"kind": kind}
    if kind == "dates":
        data["dates"] = [d for d in values["dates"] if d]
    if kind in ("weekly", "monthly"):
        data.update(
            weekday=values["weekday"] or None, start=values["start"] or None, end=values["end"] or None
        )
    if kind == "monthly":
        data["nth"] = int(values["nth"]) if values["nth"].isdigit() else None
    if values["time_of_day"]:
        data["time_of_day"] = values["time_of_day"]
    if values["start_time"]:
        data["start_time"] = values["start_time"]
    return data


def _schedule_field(data: dict[str, Any]) -> str:
    """Returns the form field a schedule problem belongs next to."""
    kind = data.get("kind")
    if kind == "dates":
        return "dates"
    if kind in ("weekly", "monthly"):
        for name in ("weekday", "nth", "start"):
            if name in data and not data[name]:
                return name
        if data.get("end"):
            return "end"
    return "schedule"


def schedule_errors(values: dict[str, Any], lang: str) -> tuple[dict[str, str], Schedule | None]:
    """Returns (errors by field, the schedule): each problem next to the box it concerns, in the page's language."""
    data = _schedule_data(values)
    try:
        return {}, Schedule.model_validate(data)
    except ValidationError as exc:
        item = exc.errors()[0]
        loc = [str(p) for p in item.get("loc", ())]
        ja, sep, en = str(item.get("msg", "")).removeprefix("Value error, ").partition(" | ")
        if sep:
            return {_schedule_field(data): en if lang == "en" else ja}, None
        field = loc[0] if loc and loc[0] in SCHEDULE_FIELDS else "schedule"
        return {field: _BAD_INPUT[field][1 if lang == "en" else 0]}, None


SCHEDULE_FIELDS = ("dates", "weekday", "nth", "start", "end", "time_of_day", "start_time", "kind")
_BAD_INPUT = {
    "dates": ("日付を正しく選んでください。", "Choose valid dates."),
    "weekday": ("曜日を選び直してください。", "Choose the day of the week again."),
    "nth": ("第何週かを選び直してください。", "Choose the week of the month again."),
    "start": ("開始日を正しく選んでください。", "Choose a valid start date."),
    "end": ("終了日を正しく選んでください。", "Choose a valid end date."),
    "time_of_day": ("時間帯を選び直してください。", "Choose the time of day again."),
    "start_time": ("開始時刻は 14:00 のように入れてください。", "Give the start time like 14:00."),
    "kind": ("日程の種類を選び直してください。", "Choose the kind of schedule again."),
    "schedule": ("日程を確かめてください。", "Please check the dates."),
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
    problems, schedule = schedule_errors(values, lang)
    errors.update(problems)
    data["schedule"] = schedule
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
