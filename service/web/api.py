"""JSON API controllers: thin shells that open a unit of work, call a use-case and ring the doorbell after commit."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, get, patch, post
from litestar.datastructures import Cookie
from litestar.di import NamedDependency, Provide
from litestar.exceptions import NotAuthorizedException
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Parameter
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from schemas.enums import RequestStatus, VolunteerStatus
from schemas.models import (
    Decision,
    HelpRequestCreate,
    HelpRequestCreated,
    HelpRequestRead,
    Login,
    LoginResult,
    ProposalRead,
    SkillSynonym,
    SkillSynonymCreate,
    StaffUser,
    VolunteerCreate,
    VolunteerCreated,
    VolunteerRead,
    VolunteerUpdate,
)
from service import usecases
from service.auth import authenticate, close_session, open_session
from service.db import unit_of_work
from service.dispatch import Dispatcher
from service.errors import InputError, Unavailable
from service.idempotency import check_key, run_once
from service.jobs import oldest_unmatched_seconds
from service.settings import Settings
from service.web.deps import SESSION_COOKIE, provide_staff, session_token, staff_guard

PUBLIC = {"public": True}
Limit = Annotated[int, Parameter(ge=1, le=500, default=50)]
Offset = Annotated[int, Parameter(ge=0, default=0)]

STAFF = {"guards": [staff_guard], "dependencies": {"staff": Provide(provide_staff, sync_to_thread=False)}}


IdempotencyKey = Annotated[
    str | None,
    Parameter(
        header="Idempotency-Key",
        required=False,
        max_length=200,
        description="Retry-safe submission: same key, same answer",
    ),
]
IDEMPOTENCY_RESPONSES = {
    422: ResponseSpec(
        data_container=dict[str, Any], description="The Idempotency-Key was used with another body"
    )
}


def _submit_once(
    engine: Engine,
    settings: Settings,
    dispatcher: Dispatcher,
    route: str,
    key: str | None,
    data: Any,
    action: Any,
) -> Response[Any]:
    """Runs a public submission at most once per Idempotency-Key and rings the doorbell after commit."""
    answer, status_code, jobs = run_once(
        engine, org_id=settings.org_id, route=route, key=check_key(key), data=data, action=action
    )
    dispatcher.dispatch(jobs)
    return Response(answer, status_code=status_code)


class AuthController(Controller):
    path = "/api/auth"
    tags = ["auth"]

    @post("/login", opt=PUBLIC, status_code=200, sync_to_thread=True)
    def login(
        self, data: Login, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> Response[LoginResult]:
        """Logs a staff member in; returns a bearer token and sets a fresh HttpOnly session cookie."""
        with unit_of_work(engine) as session:
            user = authenticate(session, data.username, data.password)
            if user is None:
                raise NotAuthorizedException(detail="Wrong username or password.")
            token, row = open_session(session, user, settings)
            usecases.audit(
                session, actor=user.username, action="login", entity="staff_user", entity_id=user.id
            )
        result = LoginResult(token=token, username=user.username, role=user.role, expires_at=row.expires_at)
        cookie = Cookie(
            key=SESSION_COOKIE,
            value=token,
            httponly=True,
            samesite="strict",
            path="/",
            secure=settings.production,
            max_age=settings.session_absolute_hours * 3600,
        )
        return Response(result, cookies=[cookie])

    @post("/logout", status_code=200, sync_to_thread=True, **STAFF)
    def logout(self, request: Request, engine: NamedDependency[Engine]) -> Response[dict[str, str]]:
        """Ends the current session."""
        token = session_token(request)
        with unit_of_work(engine) as session:
            close_session(session, token or "")
        return Response(
            {"status": "logged_out"}, cookies=[Cookie(key=SESSION_COOKIE, value="", max_age=0, path="/")]
        )

    @get("/me", sync_to_thread=False, **STAFF)
    def me(self, staff: NamedDependency[StaffUser]) -> dict[str, str]:
        """Returns who is logged in."""
        return {"username": staff.username, "role": staff.role, "display_name": staff.display_name}


class VolunteerController(Controller):
    path = "/api/volunteers"
    tags = ["volunteers"]

    @post("/", opt=PUBLIC, sync_to_thread=True, responses=IDEMPOTENCY_RESPONSES)
    def register(
        self,
        data: VolunteerCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VolunteerCreated]:
        """Registers a volunteer (public); open requests they could help are re-scored."""

        def action(session: Session) -> tuple[VolunteerCreated, list[int]]:
            volunteer, job = usecases.register_volunteer(
                session=session, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            return VolunteerCreated(id=volunteer.id, status=volunteer.status), [job.id]  # type: ignore[arg-type,list-item]

        return _submit_once(engine, settings, dispatcher, "volunteers", idempotency_key, data, action)

    @get("/", sync_to_thread=True, **STAFF)
    def list(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        status: VolunteerStatus | None = None,
    ) -> list[VolunteerRead]:
        """Lists volunteers, newest first."""
        with unit_of_work(engine) as session:
            rows = usecases.list_volunteers(
                session, settings.org_id, status=status, limit=limit, offset=offset
            )
            return [usecases.volunteer_read(v) for v in rows]

    @get("/{volunteer_id:int}", sync_to_thread=True, **STAFF)
    def read(
        self, volunteer_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> VolunteerRead:
        """Returns one volunteer with contact details."""
        with unit_of_work(engine) as session:
            return usecases.volunteer_read(usecases.get_volunteer(session, volunteer_id, settings.org_id))

    @patch("/{volunteer_id:int}", sync_to_thread=True, **STAFF)
    def update(
        self,
        volunteer_id: int,
        data: VolunteerUpdate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Updates a volunteer (fields given only); open requests they affect are re-scored."""
        return self._update(volunteer_id, data, engine, settings, dispatcher, staff)

    @post("/{volunteer_id:int}/pause", status_code=200, sync_to_thread=True, **STAFF)
    def pause(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Pauses a volunteer: never proposed until resumed; pending proposals are withdrawn."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.paused), engine, settings, dispatcher, staff
        )

    @post("/{volunteer_id:int}/resume", status_code=200, sync_to_thread=True, **STAFF)
    def resume(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Makes a paused volunteer active again."""
        return self._update(
            volunteer_id, VolunteerUpdate(status=VolunteerStatus.active), engine, settings, dispatcher, staff
        )

    @post("/{volunteer_id:int}/withdraw", status_code=200, sync_to_thread=True, **STAFF)
    def withdraw(
        self,
        volunteer_id: int,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> VolunteerRead:
        """Withdraws a volunteer's registration."""
        return self._update(
            volunteer_id,
            VolunteerUpdate(status=VolunteerStatus.withdrawn),
            engine,
            settings,
            dispatcher,
            staff,
        )

    @staticmethod
    def _update(
        volunteer_id: int,
        data: VolunteerUpdate,
        engine: Engine,
        settings: Settings,
        dispatcher: Dispatcher,
        staff: StaffUser,
    ) -> VolunteerRead:
        with unit_of_work(engine) as session:
            volunteer, jobs = usecases.update_volunteer(
                session=session,
                volunteer_id=volunteer_id,
                data=data,
                areas_path=settings.areas_path,
                org_id=settings.org_id,
                actor=staff.username,
            )
            result = usecases.volunteer_read(volunteer)
        dispatcher.dispatch([job.id for job in jobs])  # type: ignore[misc]
        return result


class RequestController(Controller):
    path = "/api/requests"
    tags = ["requests"]

    @post("/", opt=PUBLIC, sync_to_thread=True, responses=IDEMPOTENCY_RESPONSES)
    def submit(
        self,
        data: HelpRequestCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        dispatcher: NamedDependency[Dispatcher],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[HelpRequestCreated]:
        """Submits a request for helpers (public); matching starts in the background at once.

        With an `Idempotency-Key` header a retried submission returns the first answer instead of a duplicate.
        """

        def action(session: Session) -> tuple[HelpRequestCreated, list[int]]:
            request, job = usecases.submit_request(
                session=session, data=data, areas_path=settings.areas_path, org_id=settings.org_id
            )
            return HelpRequestCreated(id=request.id, status=request.status), [job.id]  # type: ignore[arg-type,list-item]

        return _submit_once(engine, settings, dispatcher, "requests", idempotency_key, data, action)

    @get("/", sync_to_thread=True, **STAFF)
    def list(
        self,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        status: RequestStatus | None = None,
    ) -> list[HelpRequestRead]:
        """Lists requests, newest first."""
        with unit_of_work(engine) as session:
            rows = usecases.list_requests(session, settings.org_id, status=status, limit=limit, offset=offset)
            return [usecases.request_read(session, r, with_contact=False) for r in rows]

    @get("/{request_id:int}", sync_to_thread=True, **STAFF)
    def read(
        self, request_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> HelpRequestRead:
        """Returns one request with its state and, when no one fits, why."""
        with unit_of_work(engine) as session:
            request = usecases.get_request(session, request_id, settings.org_id)
            return usecases.request_read(session, request, with_contact=True)

    @get("/{request_id:int}/proposals", sync_to_thread=True, **STAFF)
    def proposals(
        self, request_id: int, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> list[ProposalRead]:
        """Returns the ranked proposals of a request with factor scores and reasons."""
        with unit_of_work(engine) as session:
            usecases.get_request(session, request_id, settings.org_id)
            return usecases.list_proposals(session, request_id)

    @post("/{request_id:int}/rematch", status_code=202, sync_to_thread=True, **STAFF)
    def rematch(
        self,
        request_id: int,
        engine: NamedDependency[Engine],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
    ) -> dict[str, Any]:
        """Queues matching again for an open request."""
        with unit_of_work(engine) as session:
            job = usecases.rematch_request(session=session, request_id=request_id, staff=staff)
        dispatcher.dispatch([job.id])  # type: ignore[list-item]
        return {"job": job.id, "status": "queued"}


class ProposalController(Controller):
    path = "/api/proposals"
    tags = ["proposals"]

    @post("/{proposal_id:int}/approve", status_code=200, sync_to_thread=True, **STAFF)
    def approve(
        self, proposal_id: int, engine: NamedDependency[Engine], staff: NamedDependency[StaffUser]
    ) -> ProposalRead:
        """Approves a proposal: 409 if already decided, the request is full or the volunteer is at capacity."""
        with unit_of_work(engine) as session:
            proposal = usecases.approve_proposal(session=session, proposal_id=proposal_id, staff=staff)
            return _proposal_read(session, proposal.request_id, proposal_id)

    @post("/{proposal_id:int}/reject", status_code=200, sync_to_thread=True, **STAFF)
    def reject(
        self,
        proposal_id: int,
        engine: NamedDependency[Engine],
        dispatcher: NamedDependency[Dispatcher],
        staff: NamedDependency[StaffUser],
        data: Decision | None = None,
    ) -> ProposalRead:
        """Rejects a proposal with an optional reason; that volunteer is not proposed again for the request."""
        with unit_of_work(engine) as session:
            proposal, job = usecases.reject_proposal(
                session=session, proposal_id=proposal_id, staff=staff, reason=data.reason if data else None
            )
            result = _proposal_read(session, proposal.request_id, proposal_id)
        if job is not None:
            dispatcher.dispatch([job.id])  # type: ignore[list-item]
        return result


def _proposal_read(session, request_id: int, proposal_id: int) -> ProposalRead:  # type: ignore[no-untyped-def]
    return next(p for p in usecases.list_proposals(session, request_id) if p.id == proposal_id)


class TaxonomyController(Controller):
    path = "/api/taxonomy"
    tags = ["taxonomy"]

    @get("/synonyms", sync_to_thread=True, **STAFF)
    def synonyms(
        self, engine: NamedDependency[Engine], settings: NamedDependency[Settings]
    ) -> list[SkillSynonymCreate]:
        """Lists the synonyms staff added to the skill taxonomy."""
        with unit_of_work(engine) as session:
            rows = session.exec(select(SkillSynonym).where(SkillSynonym.org_id == settings.org_id)).all()
            return [SkillSynonymCreate(skill_id=r.skill_id, word=r.word) for r in rows]

    @post("/synonyms", sync_to_thread=True, **STAFF)
    def add_synonym(
        self,
        data: SkillSynonymCreate,
        engine: NamedDependency[Engine],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> SkillSynonymCreate:
        """Adds a word to a taxonomy skill; the matcher picks it up on its next job, no code change."""
        import matching

        known = set(matching.load_taxonomy(settings.taxonomy_path).skill_ids)
        if data.skill_id not in known:
            raise InputError(
                f"スキルID「{data.skill_id}」はありません。",
                f"Unknown skill id {data.skill_id!r}.",
                field="skill_id",
            )
        with unit_of_work(engine) as session:
            session.add(
                SkillSynonym(
                    org_id=settings.org_id, skill_id=data.skill_id, word=data.word, created_by=staff.username
                )
            )
            usecases.audit(
                session,
                actor=staff.username,
                action="add_synonym",
                entity="skill_synonym",
                entity_id=None,
                skill_id=data.skill_id,
                word=data.word,
            )
        return data


@get("/health", opt=PUBLIC, sync_to_thread=True, tags=["health"])
def health(
    engine: NamedDependency[Engine], dispatcher: NamedDependency[Dispatcher]
) -> Response[dict[str, Any]]:
    """Reports the database, the broker and the age of the oldest unmatched request."""
    body: dict[str, Any] = {
        "database": "ok",
        "broker": dispatcher.broker_status(),
        "oldest_unmatched_seconds": None,
    }
    try:
        with unit_of_work(engine) as session:
            session.exec(text("SELECT 1"))  # type: ignore[call-overload]
            body["oldest_unmatched_seconds"] = oldest_unmatched_seconds(session)
    except Exception as exc:
        body["database"] = f"down ({type(exc).__name__})"
    ok = body["database"] == "ok" and body["broker"] in ("ok", "embedded")
    body["status"] = "ok" if ok else "degraded"
    return Response(body, status_code=200 if body["database"] == "ok" else 503)


ROUTES = [
    AuthController,
    VolunteerController,
    RequestController,
    ProposalController,
    TaxonomyController,
    health,
]
__all__ = ["ROUTES", "Unavailable"]
