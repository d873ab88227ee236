"""JSON API for activities."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency

from schemas.activity import ActivityCreate, ActivityRead
from schemas.enums import Roster
from schemas.models import StaffUser
from service.activities.usecases import activity_read, list_activities, record_activity
from service.metrics.api import DateParam, parse_date_param
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.params import Limit, Offset


class ActivityController(Controller):
    path = "/api/activities"
    tags = ["activities"]
    guards = [staff_guard]  # every route here needs a staff login

    @post("/", sync_to_thread=True)
    def record(
        self,
        data: ActivityCreate,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> ActivityRead:
        """Records an activity; the approved proposal(s) it fulfils become completed (on a recurring request, each
        is asked again for the next date instead)."""
        session = uow.session
        activity = record_activity(
            session=session, data=data, staff=staff, areas_path=settings.areas_path, settings=settings
        )
        return activity_read(session, activity)

    @get("/", sync_to_thread=True)
    def list(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        limit: Limit,
        offset: Offset,
        date_from: DateParam = None,
        date_to: DateParam = None,
        request_id: int | None = None,
        volunteer_id: int | None = None,
        roster: Roster | None = None,
    ) -> list[ActivityRead]:
        """Lists activities, latest first (dates are local, inclusive)."""
        session = uow.session
        return list_activities(
            session,
            settings.org_id,
            date_from=parse_date_param(date_from, "date_from"),
            date_to=parse_date_param(date_to, "date_to"),
            request_id=request_id,
            volunteer_id=volunteer_id,
            roster=roster,
            limit=limit,
            offset=offset,
        )


ROUTES = [
    ActivityController,
]
