"""Consents, disclosures and data-subject rights (export, correct, stop use, delete) over the API."""

from __future__ import annotations

from typing import Any

from litestar import Controller, delete, get, patch, post
from litestar.di import NamedDependency

from schemas.models import StaffUser
from schemas.privacy import ConsentSet, PersonCorrection
from service.audit import audit
from service.errors import InputError
from service.privacy.consent import disclose, record_consent
from service.privacy.rights import delete_person, export_person, stop_use
from service.requests.repository import get_request
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import WRITES, admin_guard, staff_guard


class ConsentController(Controller):
    """Consents (staff record them from the web form, a paper form or a call) and disclosures with provision rows."""

    path = "/api/consents"
    tags = ["consent"]
    guards = [staff_guard]  # every route here needs a staff login

    @post("/{kind:str}/{person_id:int}", sync_to_thread=True)
    def record(
        self,
        kind: str,
        person_id: int,
        data: ConsentSet,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Records a consent given or withdrawn (purposes: volunteer contact_share; request share_with_volunteer,
        sensitive)."""
        session = uow.session
        row = record_consent(
            session,
            kind,
            person_id,
            data.purpose,
            data.granted,
            settings.org_id,
            staff.username,
            data.source,
        )
        return {"kind": row.kind, "id": row.entity_id, "purpose": row.purpose, "granted": row.granted}

    @post("/disclose/{proposal_id:int}", status_code=200, sync_to_thread=True)
    def disclose(
        self,
        proposal_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Both sides' contact for an approved proposal, only with both consents; 409 otherwise."""
        session = uow.session
        return disclose(session, proposal_id, settings.org_id, staff.username)


class RightsController(Controller):
    """Data-subject rights, admin only: export, correct, stop use, delete (each writes one audit row)."""

    path = "/api/people"
    tags = ["rights"]
    guards = [admin_guard]  # admins only

    @get("/{kind:str}/{person_id:int}/export", sync_to_thread=True, opt=WRITES)  # writes its audit row
    def export(
        self,
        kind: str,
        person_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Everything held about one volunteer or requester, as JSON."""
        session = uow.session
        return export_person(session, kind, person_id, settings.org_id, staff.username)

    @patch("/{kind:str}/{person_id:int}", sync_to_thread=True)
    def correct_request(
        self,
        kind: str,
        person_id: int,
        data: PersonCorrection,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Corrects a requester's name, contact or the request's text (kind: requests)."""
        if kind != "requests":
            raise InputError(
                "訂正は requests のみです(ボランティアは PATCH /api/volunteers/{id})。",
                "Only requests are corrected here; use PATCH /api/volunteers/{id} for volunteers.",
                field="kind",
            )
        session = uow.session
        request = get_request(session, person_id, settings.org_id)
        changes = data.model_dump(exclude_unset=True, exclude={"contact"})
        for key, value in changes.items():
            if value is not None:
                setattr(request, key, value)
        if data.contact is not None:
            request.contact_email, request.contact_phone = data.contact.email, data.contact.phone
        session.add(request)
        audit(
            session,
            actor=staff.username,
            action="correct",
            entity="request",
            entity_id=person_id,
            fields=sorted(data.model_dump(exclude_unset=True)),
        )
        return {"id": person_id, "status": "corrected"}

    @post("/{kind:str}/{person_id:int}/stop-use", status_code=200, sync_to_thread=True)
    def stop_use(
        self,
        kind: str,
        person_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Stops the use of a person's data: never proposed again."""
        stop_use(uow, kind, person_id, settings.org_id, staff.username, settings.areas_path)
        return {"id": person_id, "status": "use_stopped"}

    @delete("/{kind:str}/{person_id:int}", status_code=200, sync_to_thread=True)
    def delete(
        self,
        kind: str,
        person_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Deletes a person and everything pointing at them (the audit keeps only kind and id)."""
        session = uow.session
        delete_person(session, kind, person_id, settings.org_id, staff.username)
        return {"id": person_id, "status": "deleted"}


ROUTES = [
    ConsentController,
    RightsController,
]
