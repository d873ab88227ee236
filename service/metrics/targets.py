"""The plan's yearly targets, set by admins."""

from __future__ import annotations

from sqlmodel import Session, select

from schemas.activity import (
    MetricTarget,
)
from schemas.models import utcnow
from service.audit import audit
from service.errors import InputError


def set_target(
    *, session: Session, org_id: str, fiscal_year: int, metric: str, target: float, actor: str
) -> MetricTarget:
    """Sets (or replaces) one yearly target."""
    from service.metrics.compute import TARGET_METRICS

    if metric not in TARGET_METRICS:
        raise InputError(
            f"目標の指標「{metric}」はありません。",
            f"Unknown metric {metric!r}; one of {', '.join(TARGET_METRICS)}.",
            field="metric",
        )
    if not 2000 <= fiscal_year <= 2100:
        raise InputError("年度が不正です。", "fiscal_year out of range.", field="fiscal_year")
    row = session.exec(
        select(MetricTarget).where(
            MetricTarget.org_id == org_id,
            MetricTarget.fiscal_year == fiscal_year,
            MetricTarget.metric == metric,
        )
    ).first()
    if row is None:
        row = MetricTarget(org_id=org_id, fiscal_year=fiscal_year, metric=metric, target=target)
    row.target = target
    row.updated_by = actor
    row.updated_at = utcnow()
    session.add(row)
    audit(
        session,
        actor=actor,
        action="set_target",
        entity="metric_target",
        entity_id=None,
        fiscal_year=fiscal_year,
        metric=metric,
        target=target,
    )
    session.flush()
    return row


def targets_of(session: Session, org_id: str, fiscal_year: int) -> dict[str, float]:
    """Returns the targets set for a fiscal year, by metric."""
    rows = session.exec(
        select(MetricTarget).where(MetricTarget.org_id == org_id, MetricTarget.fiscal_year == fiscal_year)
    ).all()
    return {r.metric: r.target for r in rows}
