"""The admin page of learned weights: each training run beside the weights it was judged against, train, roll
back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.response import Template

from service.errors import DomainError
from service.learning.repository import active_set, staff_decisions, weight_sets
from service.learning.usecases import activate_set, algorithm_of, roll_back, shipped, train_weights
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import admin_guard
from service.web.pages import page, redirect

LOG = logging.getLogger("skillbank.learning")
DONE = {
    f"{a}{r}" for a in ("train", "rollback", "activate") for r in ("", "-refused")
}  # the notices it can show
# the weighted features, then the request's words (matching.algorithm.WORDING: not imported here, the web process's
# start-up loads no numpy)
FACTORS = ("skill", "coverage", "text", "area", "time", "fairness", "wording")


@get("/staff/learning", sync_to_thread=True, guards=[admin_guard])
def staff_learning(request: Request, uow: NamedDependency[UnitOfWork]) -> Template:
    """The weight sets, newest first, each with its held-out comparison; which one ranks now."""
    org = request.app.state.settings.org_id
    session = uow.session
    active = active_set(session, org)
    decisions = staff_decisions(session, org)
    done = request.query_params.get("done", "")
    return page(
        request,
        "staff/learning.html",
        sets=weight_sets(session, org),
        active=active,
        algorithm=algorithm_of(active).name,
        shipped={**{f.name: f.weight for f in shipped().features}, "wording": shipped().wording},
        factors=FACTORS,
        n_decisions=len(decisions),
        n_approved=sum(d.approved for d in decisions),
        done=done if done in DONE else "",
    )


def _run(action: str, fn: Callable[[], Any]) -> Response:
    try:
        fn()
    except DomainError as exc:
        # The page says why (too few decisions, nothing to roll back) instead of an error page.
        LOG.info("learning %s refused: %s", action, exc.message_en)
        return redirect(f"/staff/learning?done={action}-refused")
    return redirect(f"/staff/learning?done={action}")


@post("/staff/learning/train", sync_to_thread=True, guards=[admin_guard])
def staff_learning_train(request: Request, uow: NamedDependency[UnitOfWork]) -> Response:
    """Runs a training on the decisions so far and returns to the page."""
    org = request.app.state.settings.org_id
    actor = current_staff_user(request).username
    return _run("train", lambda: train_weights(session=uow.session, org_id=org, actor=actor))


@post("/staff/learning/rollback", sync_to_thread=True, guards=[admin_guard])
def staff_learning_rollback(request: Request, uow: NamedDependency[UnitOfWork]) -> Response:
    """Rolls back to the weights that ranked before the active set."""
    org = request.app.state.settings.org_id
    actor = current_staff_user(request).username
    return _run("rollback", lambda: roll_back(session=uow.session, org_id=org, actor=actor))


@post("/staff/learning/{set_id:int}/activate", sync_to_thread=True, guards=[admin_guard])
def staff_learning_activate(request: Request, uow: NamedDependency[UnitOfWork], set_id: int) -> Response:
    """Makes an earlier weight set rank again."""
    org = request.app.state.settings.org_id
    actor = current_staff_user(request).username
    return _run(
        "activate",
        lambda: activate_set(session=uow.session, org_id=org, set_id=set_id, actor=actor),
    )


PAGES = [
    staff_learning,
    staff_learning_train,
    staff_learning_rollback,
    staff_learning_activate,
]
