"""The `skillbank` command: serve, worker, beat, migrate, create-staff, import, export, rank, sweep,
import-roster, metrics."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from service.metrics.compute import compute_for, parse_period
from service.metrics.export import tables, write_csv_dir, write_xlsx
from service.metrics.targets import set_target
from service.requests.usecases import submit_request
from service.roster.export import EXPORT_FORMATS, encode_export, export_records
from service.roster.importer import import_roster
from service.roster.sheet import read_sheet
from service.uow import UnitOfWork
from service.volunteers.usecases import import_volunteers

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_STAFF = ("demo", "skillbank-demo")


def _settings():
    from service.settings import Settings

    return Settings.from_env()


def _service_settings():
    """Settings for a long-running process (serve, worker, beat), or None after saying why it must not start."""
    from service.settings import MissingSecretKey

    settings = _settings()
    try:
        settings.require_secret_key()
    except MissingSecretKey as exc:
        print(str(exc), file=sys.stderr)
        return None
    return settings


def _engine(settings):
    from service.db import make_engine

    return make_engine(settings.database_url)


def _writable(path: Path) -> Path:
    """Returns path after creating its directory: commands write into directories that may not exist yet
    (the per-user var dir on a fresh install, an --output under a new folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _beat_schedule(settings) -> str:
    """Celery beat's schedule file, in the var dir (never the working directory, which may be read-only)."""
    return str(_writable(settings.var_dir / "celerybeat-schedule"))


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


def import_records(
    engine,
    settings,
    *,
    volunteers: Path | None = None,
    requests: Path | None = None,
) -> tuple[dict[str, int], list[int]]:
    """Imports interchange JSONL (a record whose external_id exists is updated or skipped); returns counts and job ids."""
    from pydantic import ValidationError
    from sqlmodel import select

    from schemas.models import HelpRequest, HelpRequestCreate
    from service.db import analyze
    from service.errors import DomainError
    from service.uow import UnitOfWork

    counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
    jobs: list[int] = []
    created_volunteers = 0
    for path, kind in ((volunteers, "volunteer"), (requests, "request")):
        if path is None:
            continue
        with UnitOfWork(engine) as uow:
            session = uow.session
            if kind == "volunteer":

                def rejected(line_no: int, exc: Exception, path: Path = path) -> None:
                    print(f"{path}:{line_no}: rejected: {exc}", file=sys.stderr)

                # New volunteers in bulk, existing ids read once, one re-scoring job for the whole file.
                done = import_volunteers(
                    uow=uow,
                    records=read_jsonl(path),
                    areas_path=settings.areas_path,
                    org_id=settings.org_id,
                    on_reject=rejected,
                )
                counts["created"] += done.created
                counts["updated"] += done.updated
                counts["rejected"] += done.rejected
                created_volunteers += done.created
                jobs.extend(uow.enqueued)
                continue
            for line_no, rec in read_jsonl(path):
                try:
                    if kind == "request":
                        request_data = HelpRequestCreate.model_validate(rec)
                        if (
                            request_data.external_id
                            and session.exec(
                                select(HelpRequest.id).where(
                                    HelpRequest.org_id == settings.org_id,
                                    HelpRequest.external_id == request_data.external_id,
                                )
                            ).first()
                        ):
                            counts["skipped"] += 1
                            continue
                        submit_request(
                            uow=uow, data=request_data, areas_path=settings.areas_path, org_id=settings.org_id
                        )
                        counts["created"] += 1
                except (ValidationError, DomainError) as exc:
                    counts["rejected"] += 1
                    print(f"{path}:{line_no}: rejected: {exc}", file=sys.stderr)
            jobs.extend(uow.enqueued)
    if created_volunteers >= ANALYZE_AFTER:
        analyze(engine)  # the planners' statistics still describe the table before the load
    return counts, jobs


# A bulk load of at least this many volunteers refreshes the planner statistics.
ANALYZE_AFTER = 1_000


def load_demo(engine, settings) -> None:
    """Loads the shipped demo volunteers and requests and a demo staff login, once."""
    from sqlmodel import func, select

    from schemas.enums import StaffRole
    from schemas.models import StaffUser, Volunteer
    from service.db import unit_of_work
    from service.staff.auth import create_staff

    with unit_of_work(engine) as session:
        if session.exec(select(func.count()).select_from(Volunteer)).one():
            print("demo: the database already has volunteers; nothing loaded")
            return
        if not session.exec(select(StaffUser).where(StaffUser.username == DEMO_STAFF[0])).first():
            create_staff(
                session=session,
                username=DEMO_STAFF[0],
                password=DEMO_STAFF[1],
                role=StaffRole.admin,
                display_name="デモ職員",
                org_id=settings.org_id,
            )
    counts, _ = import_records(
        engine, settings, volunteers=DEMO_DIR / "volunteers.jsonl", requests=DEMO_DIR / "requests.jsonl"
    )
    print(f"demo: loaded {counts['created']} records; staff login {DEMO_STAFF[0]} / {DEMO_STAFF[1]}")


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    from service.migrate import upgrade

    settings = _service_settings()
    if settings is None:
        return 2
    if args.no_worker:
        settings = settings.with_(embedded_worker=False)
    engine = _engine(settings)
    upgrade(engine)
    if args.demo:
        load_demo(engine, settings)
    app = create_app(
        settings, engine=engine, start_dispatcher=settings.embedded_worker or not settings.embedded
    )
    mode = "embedded (SQLite, matcher thread)" if settings.embedded else "Celery via Redis"
    print(f"Skillbank on http://{args.host}:{args.port}  mode: {mode}  API docs: /schema")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    settings = _service_settings()
    if settings is None:
        return 2
    if settings.embedded:
        print(
            "REDIS_URL is not set: in the embedded mode `skillbank serve` runs the matcher itself.",
            file=sys.stderr,
        )
        return 2
    argv = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "workers.celery_app",
        "worker",
        "-Q",
        f"{settings.task_queue},{settings.bulk_queue}",  # fresh first: see workers/celery_app.py
        "--concurrency",
        str(args.concurrency),
        "--loglevel",
        args.loglevel,
        "--without-gossip",
        "--without-mingle",
    ]
    if args.beat:
        argv += ["--beat", "--schedule-filename", _beat_schedule(settings)]
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover


def cmd_beat(args: argparse.Namespace) -> int:
    settings = _service_settings()
    if settings is None:
        return 2
    if settings.embedded:
        print("REDIS_URL is not set: the embedded mode sweeps inside `skillbank serve`.", file=sys.stderr)
        return 2
    os.execv(
        sys.executable,
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workers.celery_app",
            "beat",
            "--loglevel",
            args.loglevel,
            "--schedule",
            _beat_schedule(settings),
        ],
    )
    return 0  # pragma: no cover


def cmd_create_staff(args: argparse.Namespace) -> int:
    from schemas.enums import StaffRole
    from service.db import unit_of_work
    from service.errors import DomainError
    from service.staff.auth import create_staff

    settings = _settings()
    password = os.environ.get("SKILLBANK_PASSWORD") or getpass.getpass("password: ")
    try:
        with unit_of_work(_engine(settings)) as session:
            user = create_staff(
                session=session,
                username=args.username,
                password=password,
                role=StaffRole(args.role),
                display_name=args.display_name or args.username,
                org_id=settings.org_id,
            )
    except DomainError as exc:
        print(f"{exc.message_ja} / {exc.message_en}", file=sys.stderr)
        return 1
    print(f"created {user.role} {user.username}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from service.matching_jobs.dispatch import celery_producer, ring_celery

    settings = _settings()
    engine = _engine(settings)
    producer = None if settings.embedded else celery_producer(settings)  # ready before the commit
    counts, jobs = import_records(engine, settings, volunteers=args.volunteers, requests=args.requests)
    ring_celery(settings, jobs, bulk=True, app=producer, engine=engine)  # in batches, behind fresh requests
    print(json.dumps(counts))
    return 1 if counts["rejected"] else 0


def cmd_export(args: argparse.Namespace) -> int:
    from service.db import unit_of_work

    settings = _settings()
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "jsonl")
    if fmt not in EXPORT_FORMATS:
        print(f"unknown format {fmt!r}; use --format jsonl, csv or xlsx", file=sys.stderr)
        return 2
    if fmt == "xlsx" and not args.output:
        print("--output is needed for an Excel file", file=sys.stderr)
        return 2
    # No consent fields exist yet: the operator at the command line gets contact details unless --no-contact.
    with unit_of_work(_engine(settings)) as session:
        records = export_records(session, settings, args.kind, with_contact=not args.no_contact)
    body, _ = encode_export(records, args.kind, fmt)
    if args.output:
        _writable(Path(args.output)).write_bytes(body)
    else:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    return 0


def _ask_merge(row, other: str) -> bool:
    answer = input(
        f"行{row.row}「{row.name}」は {other} と同一人物かもしれません（{'; '.join(row.reasons)}）。"
        "統合しますか? [y/N] "
    )
    return answer.strip().lower() in ("y", "yes", "はい")


def cmd_import_roster(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    settings = _settings()
    mapping: dict[str, str | None] = {}
    if args.mapping:
        mapping.update(json.loads(Path(args.mapping).read_text(encoding="utf-8")))
    for pair in args.map or []:
        header, _, field = pair.partition("=")
        mapping[header] = field or None
    decide = {"yes": lambda row, other: True, "no": lambda row, other: False, "ask": _ask_merge}[args.merge]
    if args.merge == "ask" and not sys.stdin.isatty():
        decide = lambda row, other: False  # noqa: E731  (nobody to ask: leave duplicates out)
    total = len(read_sheet(args.file, args.sheet).rows)
    engine = _engine(settings)
    try:
        with (
            Progress(disable=not sys.stderr.isatty() or args.merge == "ask", transient=True) as bar,
            UnitOfWork(engine) as uow,
        ):
            task = bar.add_task("読み込み中", total=total)
            report = import_roster(
                uow,
                path=args.file,
                org_id=settings.org_id,
                areas_path=settings.areas_path,
                mapping=mapping or None,
                sheet=args.sheet,
                dry_run=args.dry_run,
                decide=decide,
                progress=lambda n: bar.advance(task, n),
            )
            jobs = uow.enqueued
            if args.dry_run:
                uow.rollback()
    except ValueError as exc:
        print(f"import-roster: {exc}", file=sys.stderr)
        return 2
    from service.matching_jobs.dispatch import ring_celery

    ring_celery(settings, jobs, bulk=True, engine=engine)
    print(report.to_text(), file=sys.stderr)
    if args.report:
        _writable(Path(args.report)).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(json.dumps(report.counts))
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    from service.db import unit_of_work

    settings = _settings()
    engine = _engine(settings)
    try:
        period = parse_period(args.date_from, args.date_to, args.fy)
    except ValueError as exc:
        print(f"metrics: {exc}", file=sys.stderr)
        return 2
    if args.set_target:
        if args.fy is None:
            print("--set-target needs --fy", file=sys.stderr)
            return 2
        from service.errors import DomainError

        try:
            with unit_of_work(engine) as session:
                for pair in args.set_target:
                    metric, _, value = pair.partition("=")
                    set_target(
                        session=session,
                        org_id=settings.org_id,
                        fiscal_year=args.fy,
                        metric=metric,
                        target=float(value),
                        actor="cli",
                    )
        except (DomainError, ValueError) as exc:
            print(f"metrics: {getattr(exc, 'message_en', exc)}", file=sys.stderr)
            return 2
    with unit_of_work(engine) as session:
        result = compute_for(session, settings, period, roster=args.roster, area=args.area)
    if args.xlsx:
        write_xlsx(result, _writable(Path(args.xlsx)))
    if args.csv_dir:
        write_csv_dir(result, Path(args.csv_dir))
    if args.json or not (args.xlsx or args.csv_dir):
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        summary = tables(result)[0]
        print("\n".join(f"{k}: {v}" for k, v in summary.rows))
    return 0


def cmd_learn(args: argparse.Namespace) -> int:
    from service.db import unit_of_work
    from service.errors import DomainError
    from service.learning.repository import weight_sets
    from service.learning.usecases import roll_back, to_read, train_weights

    settings = _settings()
    engine = _engine(settings)
    try:
        with unit_of_work(engine) as session:
            if args.list:
                out: object = [
                    to_read(ws).model_dump(mode="json") for ws in weight_sets(session, settings.org_id)
                ]
            elif args.rollback:
                ws = roll_back(session=session, org_id=settings.org_id, actor="cli")
                out = to_read(ws).model_dump(mode="json") if ws else None
            else:
                out = to_read(train_weights(session=session, org_id=settings.org_id, actor="cli")).model_dump(
                    mode="json"
                )
    except DomainError as exc:
        print(f"learn: {exc.message_en}", file=sys.stderr)
        return 2
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from service.matching_jobs.sweep import sweep

    settings = _settings()
    print(json.dumps({"stale_jobs": sweep(_engine(settings), settings, stale_seconds=args.stale)}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Returns the argument parser of the `skillbank` command."""
    p = argparse.ArgumentParser(
        prog="skillbank",
        description="Skillbank: volunteer matching for 特技バンク and "
        "デジタルボランティア. Settings come from DATABASE_URL, REDIS_URL, SKILLBANK_*.",
    )
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
    c = sub.add_parser(
        "create-staff", help="create a staff account (password from SKILLBANK_PASSWORD or a prompt)"
    )
    c.add_argument("--username", required=True)
    c.add_argument("--role", choices=["staff", "admin"], default="staff")
    c.add_argument("--display-name")
    i = sub.add_parser("import", help="import interchange JSONL (volunteers and/or requests)")
    i.add_argument("--volunteers", type=Path)
    i.add_argument("--requests", type=Path)
    e = sub.add_parser(
        "export",
        help="export volunteers or requests as JSONL, CSV or Excel (includes contact data "
        "unless --no-contact: handle with care)",
    )
    e.add_argument("kind", choices=["volunteers", "requests"])
    e.add_argument("--output", "-o")
    e.add_argument(
        "--format", choices=["jsonl", "csv", "xlsx"], help="default: from the output's suffix, else jsonl"
    )
    e.add_argument("--no-contact", action="store_true", help="leave out e-mail and phone")
    ir = sub.add_parser(
        "import-roster",
        help="import a volunteer roster from CSV (UTF-8 or Shift_JIS) or Excel, "
        "with a report of created/updated/rejected rows and likely duplicates",
    )
    ir.add_argument("file", type=Path)
    ir.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    ir.add_argument(
        "--map",
        action="append",
        metavar="HEADER=FIELD",
        help="map a column to a field (display_name, name_kana, phone, email, area, rosters, skills, "
        "bio, availability, languages, max_per_month, active, external_id); HEADER= ignores it",
    )
    ir.add_argument("--mapping", type=Path, help="a JSON file {header: field}")
    ir.add_argument("--sheet", help="the Excel sheet (default: the first)")
    ir.add_argument(
        "--merge",
        choices=["ask", "yes", "no"],
        default="ask",
        help="likely duplicates: ask for each (default; 'no' without a terminal), merge all, or skip all",
    )
    ir.add_argument("--report", type=Path, help="also write the report as JSON")
    me = sub.add_parser("metrics", help="the plan's metrics for a fiscal year or period (JSON, Excel, CSV)")
    me.add_argument("--fy", type=int, help="fiscal year (April–March), e.g. 2026 = 令和8年度")
    me.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD, Asia/Tokyo)")
    me.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD, inclusive)")
    me.add_argument("--roster", choices=["skill_bank", "digital"])
    me.add_argument("--area")
    me.add_argument("--xlsx", help="write one workbook, a sheet per table")
    me.add_argument("--csv-dir", help="write one CSV per table (UTF-8 with BOM)")
    me.add_argument("--json", action="store_true", help="print the metrics as JSON")
    me.add_argument(
        "--set-target", action="append", metavar="METRIC=VALUE", help="set a yearly target (with --fy)"
    )
    sub.add_parser(
        "rank",
        help="rank offline: --volunteers V.jsonl --requests R.jsonl --areas A.json [--top 10]",
        add_help=False,
    )
    le = sub.add_parser(
        "learn",
        help="fit the weights to staff decisions; they rank only if they beat the current ones on held-out decisions",
    )
    le.add_argument("--list", action="store_true", help="print the weight sets and their held-out comparison")
    le.add_argument("--rollback", action="store_true", help="retire the active set; the one before it ranks")
    sw = sub.add_parser("sweep", help="list (and mark re-sent) jobs whose doorbell was lost")
    sw.add_argument("--stale", type=float, default=None)
    return p


COMMANDS = {
    "serve": cmd_serve,
    "worker": cmd_worker,
    "beat": cmd_beat,
    "migrate": cmd_migrate,
    "create-staff": cmd_create_staff,
    "import": cmd_import,
    "export": cmd_export,
    "sweep": cmd_sweep,
    "import-roster": cmd_import_roster,
    "metrics": cmd_metrics,
    "learn": cmd_learn,
}


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
