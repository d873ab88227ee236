"""JSON API of learned weights, admins only: the weight sets with their held-out comparison, a training run,
activating an earlier set and rolling back."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency

from schemas.learning import WeightSetRead
from schemas.models import StaffUser
from service.learning.repository import weight_sets
from service.learning.usecases import activate_set, roll_back, to_read, train_weights
from service.settings import Settings
from service.uow import UnitOfWork
from service.web.deps import admin_guard


class LearningController(Controller):
    path = "/api/learning"
    tags = ["learning"]
    guards = [admin_guard]  # admins only: weights change every proposal the matcher makes

    @get("/weights", sync_to_thread=True)
    def list_sets(
        self, uow: NamedDependency[UnitOfWork], settings: NamedDependency[Settings]
    ) -> list[WeightSetRead]:
        """Lists the weight sets, newest first, each with the held-out comparison that decided it."""
        return [to_read(ws) for ws in weight_sets(uow.session, settings.org_id)]

    @post("/train", sync_to_thread=True)
    def train(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> WeightSetRead:
        """Fits weights to the staff decisions; they rank new proposals only if they beat the current ones."""
        return to_read(train_weights(session=uow.session, org_id=settings.org_id, actor=staff.username))

    @post("/weights/{set_id:int}/activate", sync_to_thread=True)
    def activate(
        self,
        set_id: int,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> WeightSetRead:
        """Makes an earlier weight set rank again."""
        return to_read(
            activate_set(session=uow.session, org_id=settings.org_id, set_id=set_id, actor=staff.username)
        )

    @post("/rollback", sync_to_thread=True)
    def rollback(
        self,
        uow: NamedDependency[UnitOfWork],
        settings: NamedDependency[Settings],
        staff: NamedDependency[StaffUser],
    ) -> WeightSetRead | None:
        """Retires the active set; the one before it (or the shipped weights: null) ranks again."""
        ws = roll_back(session=uow.session, org_id=settings.org_id, actor=staff.username)
        return to_read(ws) if ws else None


ROUTES = [
    LearningController,
]
