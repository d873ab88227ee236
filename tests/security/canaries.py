"""Seeded people whose every personal field holds a unique ASCII "canary", and a finder for them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from schemas.models import HelpRequestCreate, Proposal, VolunteerCreate
from service.db import unit_of_work
from service.outbox.usecases import welcome_volunteer
from service.privacy.links import create_private_link
from service.requests.usecases import submit_request
from service.settings import Settings
from service.uow import UnitOfWork
from service.volunteers.usecases import register_volunteer
from tests.factories import help_request, volunteer


def canary(tag: str) -> str:
    return f"CNRY{tag}{secrets.token_hex(4)}"


def canary_phone() -> str:
    return "070" + "".join(str(secrets.randbelow(10)) for _ in range(8))


@dataclass
class Seeded:
    volunteer_id: int = 0
    request_id: int = 0
    volunteer_token: str = ""
    request_token: str = ""
    canaries: dict[str, str] = field(default_factory=dict)  # value → where it was planted

    def found_in(self, text: str) -> list[str]:
        return [f"{value} ({where})" for value, where in self.canaries.items() if value in text]


def seed_person_pair(engine: Engine, settings: Settings, tag: str = "") -> Seeded:
    """A volunteer and a requester whose names, contact, bio, title and description are canaries (they match)."""
    s = Seeded()
    vc = {k: canary(tag + k[:4]) for k in ("display_name", "bio")}
    v_email, v_phone = f"{canary(tag + 'vmail').lower()}@example.jp", canary_phone()
    rc = {k: canary(tag + k[:4]) for k in ("requester_name", "title", "description")}
    r_email, r_phone = f"{canary(tag + 'rmail').lower()}@example.jp", canary_phone()
    v = volunteer(
        display_name=vc["display_name"],
        bio=f"スマホとLINEを教えます。{vc['bio']}",
        contact={"email": v_email, "phone": v_phone},
    )
    r = help_request(
        requester_name=rc["requester_name"],
        title=f"LINEを使いたい {rc['title']}",
        description=f"母がLINEで孫と話したいです。土曜の午前。{rc['description']}",
        contact={"email": r_email, "phone": r_phone},
    )
    with UnitOfWork(engine) as uow:
        session = uow.session
        vol = register_volunteer(
            uow=uow,
            data=VolunteerCreate.model_validate(v),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        req = submit_request(
            uow=uow,
            data=HelpRequestCreate.model_validate(r),
            areas_path=settings.areas_path,
            org_id=settings.org_id,
        )
        s.volunteer_id, s.request_id = vol.id, req.id  # type: ignore[assignment]
        s.volunteer_token = create_private_link(
            session,
            kind="volunteer",
            entity_id=vol.id,  # type: ignore[arg-type]
            org_id=settings.org_id,
        )
        s.request_token = create_private_link(
            session,
            kind="request",
            entity_id=req.id,  # type: ignore[arg-type]
            org_id=settings.org_id,
        )
        # as a registration does: the welcome message with the link, in the outbox (a 連絡 task without SMTP)
        welcome_volunteer(session, settings, vol, s.volunteer_token)
    s.canaries = {
        **{val: f"volunteer.{k}" for k, val in vc.items()},
        v_email: "volunteer.email",
        v_phone: "volunteer.phone",
        **{val: f"request.{k}" for k, val in rc.items()},
        r_email: "request.email",
        r_phone: "request.phone",
    }
    return s


def proposal_ids(engine: Engine, request_id: int) -> list[int]:
    with unit_of_work(engine) as session:
        return [p.id for p in session.exec(select(Proposal).where(Proposal.request_id == request_id))]  # type: ignore[misc]


def response_text(response: Any) -> str:
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    try:
        body = response.content.decode("utf-8", "replace")
    except Exception:  # pragma: no cover
        body = ""
    return headers + "\n" + body
