"""The `skillbank` command: serve, worker, beat, migrate, create-staff, import, export, rank, sweep."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_STAFF = ("demo", "skillbank-demo")


def _settings():  # type: ignore[no-untyped-def]
    from service.settings import Settings

    return Settings.from_env()


def _engine(settings):  # type: ignore[no-untyped-def]
    from service.db import make_engine

    return make_engine(settings.database_url)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yields (line number, record) for each non-blank line of an interchange file."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                yield n, json.loads(line)


def cmd_migrate(args: argparse.Namespace) -> int:
    from service.migrate import upgrade

    settings = _settings()
    upgrade(_engine(settings))
    print("database migrated")
    return 0


def import_records(engine, settings, *, volunteers: Path | None = None, requests: Path | None = None  # type: ignore[no-untyped-def]
                   ) -> tuple[dict[str, int], list[int]]:
    """Imports interchange JSONL (a record whose external_id exists is updated or skipped); returns counts and job ids."""
    from pydantic import ValidationError
    from sqlmodel import select

    from schemas.models import HelpRequest, HelpRequestCreate, Volunteer, VolunteerCreate, VolunteerUpdate
    from service import usecases
    from service.db import unit_of_work
    from service.errors import DomainError

    counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
    jobs: list[int] = []
    for path, kind in ((volunteers, "volunteer"), (requests, "request")):
        if path is None:
            continue
        with unit_of_work(engine) as session:
            for line_no, rec in read_jsonl(path):
                try:
                    if kind == "volunteer":
                        data = VolunteerCreate.model_validate(rec)
                        existing = session.exec(select(Volunteer).where(
                            Volunteer.org_id == settings.org_id, Volunteer.external_id == data.external_id)
                        ).first() if data.external_id else None
                        if existing is not None:
                            update = VolunteerUpdate.model_validate(rec)
                            _, updated_jobs = usecases.update_volunteer(
                                session=session, volunteer_id=existing.id, data=update,
                                areas_path=settings.areas_path, org_id=settings.org_id, actor="import")
                            jobs.extend(j.id for j in updated_jobs[:-1])  # type: ignore[misc]
                            job = updated_jobs[-1]
                            counts["updated"] += 1
                        else:
                            _, job = usecases.register_volunteer(session=session, data=data,
                                                                 areas_path=settings.areas_path,
                                                                 org_id=settings.org_id)
                            counts["created"] += 1
                    else:
                        data = HelpRequestCreate.model_validate(rec)
                        if data.external_id and session.exec(select(HelpRequest.id).where(
                                HelpRequest.org_id == settings.org_id,
                                HelpRequest.external_id == data.external_id)).first():
                            counts["skipped"] += 1
                            continue
                        _, job = usecases.submit_request(session=session, data=data, areas_path=settings.areas_path,
                                                         org_id=settings.org_id)
                        counts["created"] += 1
                    jobs.append(job.id)  # type: ignore[arg-type]
                except (ValidationError, DomainError) as exc:
                    counts["rejected"] += 1
                    print(f"{path}:{line_no}: rejected: {exc}", file=sys.stderr)
    return counts, jobs


def load_demo(engine, settings) -> None:  # type: ignore[no-untyped-def]
    """Loads the shipped demo volunteers and requests and a demo staff login, once."""
    from sqlmodel import func, select

    from schemas.enums import StaffRole
    from schemas.models import StaffUser, Volunteer
    from service.auth import create_staff
    from service.db import unit_of_work

    with unit_of_work(engine) as session:
        if session.exec(select(func.count()).select_from(Volunteer)).one():
            print("demo: the database already has volunteers; nothing loaded")
            return
        if not session.exec(select(StaffUser).where(StaffUser.username == DEMO_STAFF[0])).first():
            create_staff(session=session, username=DEMO_STAFF[0], password=DEMO_STAFF[1], role=StaffRole.admin,
                         display_name="デモ職員", org_id=settings.org_id)
    counts, _ = import_records(engine, settings, volunteers=DEMO_DIR / "volunteers.jsonl",
                               requests=DEMO_DIR / "requests.jsonl")
    print(f"demo: loaded {counts['created']} records; staff login {DEMO_STAFF[0]} / {DEMO_STAFF[1]}")


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    from service.migrate import upgrade

    settings = _settings()
    if args.no_worker:
        settings = settings.with_(embedded_worker=False)
    engine = _engine(settings)
    upgrade(engine)
    if args.demo:
        load_demo(engine, settings)
    app = create_app(settings, engine=engine, start_dispatcher=settings.embedded_worker or not settings.embedded)
    mode = "embedded (SQLite, matcher thread)" if settings.embedded else "Celery via Redis"
    print(f"Skillbank on http://{args.host}:{args.port}  mode: {mode}  API docs: /schema")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings.embedded:
        print("REDIS_URL is not set: in the embedded mode `skillbank serve` runs the matcher itself.", file=sys.stderr)
        return 2
    argv = [sys.executable, "-m", "celery", "-A", "workers.celery_app", "worker", "-Q", settings.task_queue,
            "--concurrency", str(args.concurrency), "--loglevel", args.loglevel, "--without-gossip",
            "--without-mingle"]
    if args.beat:
        argv.append("--beat")
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover


def cmd_beat(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings.embedded:
        print("REDIS_URL is not set: the embedded mode sweeps inside `skillbank serve`.", file=sys.stderr)
        return 2
    os.execv(sys.executable, [sys.executable, "-m", "celery", "-A", "workers.celery_app", "beat", "--loglevel",
                              args.loglevel, "--schedule", str(settings.var_dir / "celerybeat-schedule")])
    return 0  # pragma: no cover


def cmd_create_staff(args: argparse.Namespace) -> int:
    from schemas.enums import StaffRole
    from service.auth import create_staff
    from service.db import unit_of_work
    from service.errors import DomainError

    settings = _settings()
    password = os.environ.get("SKILLBANK_PASSWORD") or getpass.getpass("password: ")
    try:
        with unit_of_work(_engine(settings)) as session:
            user = create_staff(session=session, username=args.username, password=password,
                                role=StaffRole(args.role), display_name=args.display_name or args.username,
                                org_id=settings.org_id)
    except DomainError as exc:
        print(f"{exc.message_ja} / {exc.message_en}", file=sys.stderr)
        return 1
    print(f"created {user.role} {user.username}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    settings = _settings()
    engine = _engine(settings)
    counts, jobs = import_records(engine, settings, volunteers=args.volunteers, requests=args.requests)
    if not settings.embedded and jobs:
        from service.dispatch import celery_producer, send_run_job

        app = celery_producer(settings)
        for job_id in jobs:
            try:
                send_run_job(app, job_id, settings.task_queue)
            except Exception:
                break  # the sweep sends them when Redis is back
    print(json.dumps(counts))
    return 1 if counts["rejected"] else 0


def cmd_export(args: argparse.Namespace) -> int:
    from sqlmodel import select

    from schemas.models import HelpRequest, Volunteer
    from service.db import unit_of_work

    settings = _settings()
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    with unit_of_work(_engine(settings)) as session:
        if args.kind == "volunteers":
            for v in session.exec(select(Volunteer).where(Volunteer.org_id == settings.org_id).order_by(Volunteer.id)):
                rec = {"external_id": v.external_id or f"sb-{v.id}", "display_name": v.display_name,
                       "rosters": v.rosters, "skills": v.skills, "bio": v.bio, "area": v.area,
                       "availability": v.availability, "languages": v.languages, "max_per_month": v.max_per_month,
                       "active": v.status == "active", "contact": {"email": v.contact_email, "phone": v.contact_phone}}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            for r in session.exec(select(HelpRequest).where(HelpRequest.org_id == settings.org_id)
                                  .order_by(HelpRequest.id)):
                rec = {"external_id": r.external_id or f"sb-{r.id}", "requester_kind": r.requester_kind,
                       "requester_name": r.requester_name, "title": r.title, "description": r.description,
                       "skills": r.skills, "area": r.area, "slots": r.slots, "languages": r.languages,
                       "remote_ok": r.remote_ok, "helpers_needed": r.helpers_needed}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from service.jobs import sweep

    settings = _settings()
    print(json.dumps({"stale_jobs": sweep(_engine(settings), settings, stale_seconds=args.stale)}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Returns the argument parser of the `skillbank` command."""
    p = argparse.ArgumentParser(prog="skillbank", description="Skillbank: volunteer matching for 特技バンク and "
                                "デジタルボランティア. Settings come from DATABASE_URL, REDIS_URL, SKILLBANK_*.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="migrate, then run the web app (and, without Redis, the matcher)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--demo", action="store_true", help="load the shipped sample volunteers and requests once")
    s.add_argument("--no-worker", action="store_true", help="embedded mode: do not start the matcher thread")
    w = sub.add_parser("worker", help="run a Celery matching worker (needs REDIS_URL)")
    w.add_argument("--concurrency", type=int, default=2)
    w.add_argument("--loglevel", default="info")
    w.add_argument("--beat", action="store_true", help="also run the periodic sweep in this worker")
    b = sub.add_parser("beat", help="run Celery beat: the periodic sweep that re-sends stale jobs")
    b.add_argument("--loglevel", default="info")
    sub.add_parser("migrate", help="apply the database migrations")
    c = sub.add_parser("create-staff", help="create a staff account (password from SKILLBANK_PASSWORD or a prompt)")
    c.add_argument("--username", required=True)
    c.add_argument("--role", choices=["staff", "admin"], default="staff")
    c.add_argument("--display-name")
    i = sub.add_parser("import", help="import interchange JSONL (volunteers and/or requests)")
    i.add_argument("--volunteers", type=Path)
    i.add_argument("--requests", type=Path)
    e = sub.add_parser("export", help="export interchange JSONL (includes contact data: handle with care)")
    e.add_argument("kind", choices=["volunteers", "requests"])
    e.add_argument("--output", "-o")
    sub.add_parser("rank", help="rank offline: --volunteers V.jsonl --requests R.jsonl --areas A.json [--top 10]",
                   add_help=False)
    sw = sub.add_parser("sweep", help="list (and mark re-sent) jobs whose doorbell was lost")
    sw.add_argument("--stale", type=float, default=None)
    return p


COMMANDS = {"serve": cmd_serve, "worker": cmd_worker, "beat": cmd_beat, "migrate": cmd_migrate,
            "create-staff": cmd_create_staff, "import": cmd_import, "export": cmd_export, "sweep": cmd_sweep}


def main(argv: list[str] | None = None) -> int:
    """Runs the `skillbank` command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["rank"]:  # the matcher's own parser owns the rank options
        from matching.rank import main as rank_main

        return rank_main(argv[1:])
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
