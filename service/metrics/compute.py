"""The plan's metrics, computed from records and state transitions (never typed in).

Times are stored in UTC; every bucket (day, month, fiscal year) is taken in Asia/Tokyo. A period is a pair
of local dates, both inclusive. The fiscal year runs April–March: FY2026 = 令和8年度 = 2026-04-01 … 2027-03-31.

`compute()` is a pure function of a session, a period and filters; `tables()` turns its result into the
tables the workbook, the CSV files and the dashboard show.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from schemas.activity import (
    DIGITAL_TOPIC_JA,
    OUTCOME_JA,
    Activity,
    ActivityFormat,
    ActivityVolunteer,
    DigitalTopic,
    MetricTarget,
    RequestOutcome,
)
from schemas.enums import ProposalStatus, RequestStatus, Roster, VolunteerStatus
from schemas.models import AuditEvent, HelpRequest, Proposal, Volunteer
from service.db import row_id
from service.i18n import N_
from service.metrics.period import Period, local_date

ROSTER_JA = {Roster.skill_bank: N_("特技バンク"), Roster.digital: N_("デジタルボランティア")}


# A proposal that reached any of these states was approved by staff at `decided_at`.
APPROVED_STATES = (
    ProposalStatus.approved,
    ProposalStatus.accepted,
    ProposalStatus.declined,
    ProposalStatus.completed,
)


# Proposals that count as "matched" for a volunteer (a helper actually taken).
MATCHED_STATES = (ProposalStatus.approved, ProposalStatus.accepted, ProposalStatus.completed)


NO_SKILL = N_("（分類できない依頼）")


TARGET_METRICS: dict[str, str] = {
    "registrants_skill_bank": N_("特技バンク登録者数"),
    "activity_volunteers_skill_bank": N_("特技バンク 活動につながった登録数"),
    "registrants_digital": N_("デジタルボランティア登録者数"),
    "digital_sessions": N_("デジタル支援の実施回数"),
    "digital_people_helped": N_("デジタル支援を受けた人数"),
    "requests_fulfilled": N_("実施・解決した依頼数"),
}


def _before_end(moment: datetime | None, period: Period) -> bool:
    return moment is not None and local_date(moment) <= period.end


def _month(moment: datetime | date) -> str:
    day = moment if not isinstance(moment, datetime) else local_date(moment)
    return f"{day.year:04d}-{day.month:02d}"


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _status_at_end(volunteers: list[Volunteer], events: list[AuditEvent], period: Period) -> dict[int, str]:
    """Returns each volunteer's status at the end of the period, replayed from the audit log.

    Registration is not audited: before a volunteer's first status change they were active unless they
    registered paused, which only their current status (with no change since) can tell.
    """
    history: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for e in events:
        if e.entity_id is not None:
            history[e.entity_id].append((e.at, str(e.detail.get("status", ""))))
    out: dict[int, str] = {}
    for v in volunteers:
        vid = row_id(v)
        changes = sorted(history.get(vid, []))
        if not changes:
            out[vid] = v.status
            continue
        before = [status for at, status in changes if _before_end(at, period)]
        out[vid] = before[-1] if before else VolunteerStatus.active
    return out


def compute(
    session: Session,
    *,
    org_id: str,
    period: Period,
    roster: str | None = None,
    area: str | None = None,
    taxonomy: Any = None,
    area_labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Returns every metric of the plan for a period (local dates), optionally for one roster and/or area.

    The roster filter applies to volunteers, their proposals and activities; the area filter to volunteers,
    requests and activities. Requests have no roster, so request figures ignore the roster filter.
    """
    area_labels = area_labels or {}
    all_volunteers = [
        v
        for v in session.exec(select(Volunteer).where(Volunteer.org_id == org_id)).all()
        if _before_end(v.created_at, period)
    ]
    events = list(
        session.exec(
            select(AuditEvent).where(
                AuditEvent.action == "volunteer_status", AuditEvent.entity == "volunteer"
            )
        ).all()
    )
    status_at_end = _status_at_end(all_volunteers, events, period)
    volunteers = [
        v
        for v in all_volunteers
        if (roster is None or roster in v.rosters) and (area is None or v.area == area)
    ]
    vol_ids = {v.id for v in volunteers}

    requests_all = [
        r
        for r in session.exec(select(HelpRequest).where(HelpRequest.org_id == org_id)).all()
        if area is None or r.area == area
    ]
    request_ids = {r.id for r in requests_all}
    proposals = (
        [
            p
            for p in session.exec(
                select(Proposal).where(col(Proposal.request_id).in_(request_ids or {-1}))
            ).all()
            if p.volunteer_id in vol_ids
        ]
        if request_ids
        else []
    )

    activities = [
        a
        for a in session.exec(
            select(Activity).where(
                Activity.org_id == org_id,
                col(Activity.activity_date) >= period.start,
                col(Activity.activity_date) <= period.end,
            )
        ).all()
        if (roster is None or a.roster == roster) and (area is None or a.area == area)
    ]
    activity_ids = {a.id for a in activities}
    links = session.exec(
        select(ActivityVolunteer).where(col(ActivityVolunteer.activity_id).in_(activity_ids or {-1}))
    ).all()
    act_by_id = {a.id: a for a in activities}
    # (volunteer, roster of the activity) pairs: a registration "led to an activity" on that roster.
    vol_roster_acts = {(link.volunteer_id, act_by_id[link.activity_id].roster) for link in links}
    active_volunteers = {link.volunteer_id for link in links} & vol_ids

    # -- registrants per roster
    registrants = []
    for r in (*Roster, None):
        if roster is not None and r is not None and r != roster:
            continue
        members = [v for v in volunteers if r is None or r in v.rosters]
        with_activity = {
            v.id for v in members if any((v.id, rr) in vol_roster_acts for rr in ([r] if r else list(Roster)))
        }
        total = sum(1 for v in members if status_at_end[row_id(v)] != VolunteerStatus.withdrawn)
        registrants.append(
            {
                "roster": r or "all",
                "label": ROSTER_JA[r] if r else N_("合計（重複なし）"),
                "total": total,
                "active": sum(1 for v in members if status_at_end[row_id(v)] == VolunteerStatus.active),
                "new": sum(1 for v in members if period.has(v.created_at)),
                "withdrawn": sum(1 for v in members if status_at_end[row_id(v)] == VolunteerStatus.withdrawn),
                "with_activity": len(with_activity),
                "activity_share": _share(len(with_activity), total),
            }
        )

    # -- proposals, approvals, the funnel
    proposed_in = [p for p in proposals if period.has(p.created_at)]
    approved_in = [p for p in proposals if p.status in APPROVED_STATES and period.has(p.decided_at)]
    total_all = next(r for r in registrants if r["roster"] == (roster or "all"))["total"]
    funnel = [
        {"step": "registered", "label": N_("登録"), "volunteers": total_all},
        {"step": "proposed", "label": N_("提案"), "volunteers": len({p.volunteer_id for p in proposed_in})},
        {"step": "approved", "label": N_("承認"), "volunteers": len({p.volunteer_id for p in approved_in})},
        {"step": "activity", "label": N_("活動"), "volunteers": len(active_volunteers)},
    ]
    proposal_counts = {
        "proposals": len(proposed_in),
        "approvals": len(approved_in),
        "rejections": sum(
            1 for p in proposals if p.status == ProposalStatus.rejected and period.has(p.decided_at)
        ),
        "requests_with_approval": len({p.request_id for p in approved_in}),
    }

    # -- activities and digital support
    people = sum(a.people_helped for a in activities)
    digital = [a for a in activities if a.roster == Roster.digital]
    by_topic = Counter(a.digital_topic or DigitalTopic.other for a in digital)
    people_by_topic: Counter[str] = Counter()
    for a in digital:
        people_by_topic[a.digital_topic or DigitalTopic.other] += a.people_helped
    activity_totals = {
        "activities": len(activities),
        "hours": round(sum(a.hours for a in activities), 2),
        "helper_turns": sum(a.helpers for a in activities),
        "people_helped": people,
        "volunteers": len(active_volunteers),
        "digital_sessions": len(digital),
        "digital_one_to_one": sum(1 for a in digital if a.format == ActivityFormat.one_to_one),
        "digital_classes": sum(1 for a in digital if a.format == ActivityFormat.group_class),
        "digital_people_helped": sum(a.people_helped for a in digital),
    }
    topics = [
        {
            "topic": str(t),
            "label": DIGITAL_TOPIC_JA.get(DigitalTopic(t), t),
            "sessions": by_topic[t],
            "people_helped": people_by_topic[t],
        }
        for t in DigitalTopic
        if by_topic[t]
    ]

    # -- requests by outcome, time to first approval, unmet needs
    received = [r for r in requests_all if period.has(r.created_at)]
    closed_in = [r for r in requests_all if r.outcome and period.has(r.closed_at)]
    outcome_counts = Counter(r.outcome for r in closed_in)
    outcomes = [
        {"outcome": str(o), "label": OUTCOME_JA[o], "requests": outcome_counts.get(o, 0)}
        for o in RequestOutcome
    ]
    open_at_end = sum(
        1
        for r in requests_all
        if _before_end(r.created_at, period) and not (r.closed_at and _before_end(r.closed_at, period))
    )
    failed_reasons = Counter(
        r.outcome_reason or N_("（理由なし）") for r in closed_in if r.outcome == RequestOutcome.failed
    )

    all_props = session.exec(select(Proposal).where(col(Proposal.request_id).in_(request_ids or {-1}))).all()
    first_approval: dict[int, datetime] = {}
    for p in all_props:
        if (
            p.status in APPROVED_STATES
            and p.decided_at is not None
            and (roster is None or p.volunteer_id in vol_ids)
        ) and (p.request_id not in first_approval or p.decided_at < first_approval[p.request_id]):
            first_approval[p.request_id] = p.decided_at
    req_by_id = {r.id: r for r in requests_all}
    waits = sorted(
        (at - req_by_id[rid].created_at).total_seconds() / 3600
        for rid, at in first_approval.items()
        if period.has(at)
    )
    time_to_approval = {
        "requests": len(waits),
        "median_hours": round(statistics.median(waits), 2) if waits else None,
        "median_days": round(statistics.median(waits) / 24, 2) if waits else None,
    }

    matched_requests = {p.request_id for p in all_props if p.status in MATCHED_STATES}
    waiting_requests = {p.request_id for p in all_props if p.status == ProposalStatus.pending}
    # 担い手が見つからない: no helper taken and nobody left to ask (no candidate waiting for a decision), not
    # still being matched, and not closed as done or no longer needed. A request whose candidates merely wait
    # for staff is "awaiting_decision", not unmet.
    unmet = [
        r
        for r in received
        if r.id not in matched_requests
        and r.id not in waiting_requests
        and r.status not in (RequestStatus.new, RequestStatus.matching)
        and r.outcome not in (RequestOutcome.no_longer_needed, RequestOutcome.fulfilled)
    ]
    awaiting_decision = sum(
        1 for r in received if r.id not in matched_requests and r.id in waiting_requests and not r.outcome
    )
    skill_counts: Counter[str] = Counter()
    skill_labels: dict[str, str] = {}
    for r in unmet:
        ids = _request_skills(taxonomy, r)
        for sid, label in ids:
            skill_counts[sid] += 1
            skill_labels[sid] = label
        if not ids:
            skill_counts[""] += 1
            skill_labels[""] = NO_SKILL
    unmet_by_skill = [
        {"skill_id": sid, "label": skill_labels[sid], "requests": n}
        for sid, n in sorted(skill_counts.items(), key=lambda kv: (-kv[1], kv[0] == "", kv[0]))
    ]
    requests = {
        "received": len(received),
        "closed": len(closed_in),
        "open_at_end": open_at_end,
        "unmet": len(unmet),
        "awaiting_decision": awaiting_decision,
        "failed_reasons": [{"reason": k, "requests": n} for k, n in failed_reasons.most_common()],
    }

    # -- volunteers never matched (registered by the end, not withdrawn, no helper ever taken before the end)
    ever_matched = {
        p.volunteer_id for p in proposals if p.status in MATCHED_STATES and _before_end(p.decided_at, period)
    }
    never = sorted(
        (
            v
            for v in volunteers
            if v.id not in ever_matched and status_at_end[row_id(v)] != VolunteerStatus.withdrawn
        ),
        key=lambda v: (v.created_at, v.id),
    )
    never_matched = [
        {
            "id": v.id,
            "display_name": v.display_name,
            "rosters": "・".join(ROSTER_JA[Roster(r)] for r in v.rosters),
            "area": area_labels.get(v.area or "", v.area or ""),
            "registered_on": local_date(v.created_at).isoformat(),
        }
        for v in never
    ]

    # -- by month and by area
    months: dict[str, dict[str, Any]] = {
        m: {
            "month": m,
            "registrations": 0,
            "requests": 0,
            "approvals": 0,
            "activities": 0,
            "digital_sessions": 0,
            "people_helped": 0,
        }
        for m in period.months()
    }
    for v in volunteers:
        if period.has(v.created_at):
            months[_month(v.created_at)]["registrations"] += 1
    for r in received:
        months[_month(r.created_at)]["requests"] += 1
    for p in approved_in:
        assert p.decided_at is not None  # approved_in keeps only proposals decided within the period
        months[_month(p.decided_at)]["approvals"] += 1
    for a in activities:
        row = months[_month(a.activity_date)]
        row["activities"] += 1
        row["people_helped"] += a.people_helped
        row["digital_sessions"] += a.roster == Roster.digital

    areas: dict[str, dict[str, Any]] = {}

    def area_row(key: str | None) -> dict[str, Any]:
        k = key or ""
        if k not in areas:
            areas[k] = {
                "area": k,
                "label": area_labels.get(k, k) if k else N_("（未設定）"),
                "registrants": 0,
                "new_registrants": 0,
                "requests": 0,
                "activities": 0,
                "people_helped": 0,
            }
        return areas[k]

    for v in volunteers:
        if status_at_end[row_id(v)] != VolunteerStatus.withdrawn:
            area_row(v.area)["registrants"] += 1
        if period.has(v.created_at):
            area_row(v.area)["new_registrants"] += 1
    for r in received:
        area_row(r.area)["requests"] += 1
    for a in activities:
        area_row(a.area)["activities"] += 1
        area_row(a.area)["people_helped"] += a.people_helped
    order = list(area_labels)
    by_area = sorted(
        areas.values(),
        key=lambda row: (
            row["area"] == "",
            order.index(row["area"]) if row["area"] in order else len(order),
            row["area"],
        ),
    )

    result: dict[str, Any] = {
        "period": {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "timezone": "Asia/Tokyo",
            "fiscal_year": period.whole_fiscal_year,
            "label": period.label(),
        },
        "filters": {"roster": roster, "area": area},
        "registrants": registrants,
        "funnel": funnel,
        "proposals": proposal_counts,
        "activities": activity_totals,
        "digital_topics": topics,
        "requests": requests,
        "requests_by_outcome": outcomes,
        "time_to_first_approval": time_to_approval,
        "unmet_by_skill": unmet_by_skill,
        "never_matched": {"count": len(never_matched), "volunteers": never_matched},
        "monthly": list(months.values()),
        "by_area": by_area,
    }
    result["targets"] = _targets(session, org_id, period, result) if roster is None and area is None else []
    return result


def _request_skills(taxonomy: Any, request: HelpRequest) -> list[tuple[str, str]]:
    if taxonomy is None:
        return [(t, t) for t in request.skills]
    text = f"{request.title}\n{request.description}"
    found = {sid: taxonomy.skills[sid].label_ja for sid, _label, _word in taxonomy.taxonomy_concepts(text)}
    for tag in request.skills:
        for sid, _word, _strength in taxonomy.tag_hits(tag):
            found.setdefault(sid, taxonomy.skills[sid].label_ja)
    return sorted(found.items())


def actual_for(metric: str, result: dict[str, Any]) -> float | None:
    """Returns the actual figure a target is compared with."""
    reg = {r["roster"]: r for r in result["registrants"]}
    acts = result["activities"]
    outcomes = {r["outcome"]: r["requests"] for r in result["requests_by_outcome"]}
    table = {
        "registrants_skill_bank": reg.get(Roster.skill_bank, {}).get("total"),
        "activity_volunteers_skill_bank": reg.get(Roster.skill_bank, {}).get("with_activity"),
        "registrants_digital": reg.get(Roster.digital, {}).get("total"),
        "digital_sessions": acts["digital_sessions"],
        "digital_people_helped": acts["digital_people_helped"],
        "requests_fulfilled": outcomes.get(RequestOutcome.fulfilled),
    }
    return table.get(metric)


def _targets(session: Session, org_id: str, period: Period, result: dict[str, Any]) -> list[dict[str, Any]]:
    fy = period.whole_fiscal_year
    if fy is None:
        return []
    rows = {
        t.metric: t.target
        for t in session.exec(
            select(MetricTarget).where(MetricTarget.org_id == org_id, MetricTarget.fiscal_year == fy)
        ).all()
    }
    out = []
    for metric, label in TARGET_METRICS.items():
        actual = actual_for(metric, result)
        target = rows.get(metric)
        out.append(
            {
                "metric": metric,
                "label": label,
                "fiscal_year": fy,
                "target": target,
                "actual": actual,
                "achieved": round(actual / target, 4) if target and actual is not None else None,
            }
        )
    return out


def taxonomy_for(settings: Any) -> Any:
    """Returns the matcher's taxonomy (for unmet needs by skill), or None when it cannot be loaded."""
    try:
        import matching

        return matching.load_taxonomy(settings.taxonomy_path)
    except Exception:  # pragma: no cover - the metrics still work, by request tags only
        return None


def compute_for(
    session: Session, settings: Any, period: Period, roster: str | None = None, area: str | None = None
) -> dict[str, Any]:
    """Returns compute() with the org, taxonomy and area names of the settings."""
    from service.areas import area_names

    return compute(
        session,
        org_id=settings.org_id,
        period=period,
        roster=roster,
        area=area,
        taxonomy=taxonomy_for(settings),
        area_labels=area_names(settings.areas_path),
    )
