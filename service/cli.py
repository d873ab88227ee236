"""The `skillbank` command: serve, worker, beat, migrate, create-staff, rank, sweep, learn; the commands that move
files in and out (import, export, import-roster, metrics) are in service/cli_data.py."""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Each command imports what it uses (the metrics, the exports, the roster reader, the web app): a command starts
# without loading the others' dependencies (`skillbank import` of a few thousand rows took longer to start than
# to import them).


class CommandError(Exception):
    """A failure the operator can act on: said in Japanese and English, then the command exits with `code`."""

    def __init__(self, ja: str, en: str, code: int = 2) -> None:
        super().__init__(en)
        self.ja, self.en, self.code = ja, en, code


def _say_error(ja: str, en: str) -> None:
    print(f"エラー: {ja}\nError: {en}", file=sys.stderr)


def _explain(exc: BaseException) -> tuple[str, str]:
    """Returns (Japanese, English) for an unexpected failure, naming the file or the database when it is one."""
    from sqlalchemy.exc import OperationalError

    name = getattr(exc, "filename", None)
    if isinstance(exc, FileNotFoundError):
        return f"ファイルまたはフォルダ {name} が見つかりません。", f"File or folder not found: {name}"
    if isinstance(exc, PermissionError):
        return f"{name} を読み書きする権限がありません。", f"No permission to read or write {name}"
    if isinstance(exc, IsADirectoryError):
        return (
            f"{name} はフォルダです。ファイル名を指定してください。",
            f"{name} is a folder: give a file name",
        )
    if isinstance(exc, OSError):
        return f"ファイルを読み書きできません({name or exc})。", f"Cannot read or write a file: {exc}"
    if isinstance(exc, OperationalError):
        return (
            "データベースに接続できないか、データベースが準備されていません。DATABASE_URL を確かめ、"
            "`skillbank migrate` を実行してください。",
            "Cannot use the database: check DATABASE_URL and run `skillbank migrate`.",
        )
    return (
        f"予期しないエラーが起きました({type(exc).__name__})。SKILLBANK_DEBUG=1 を付けて実行すると詳細が出ます。",
        f"Unexpected error ({type(exc).__name__}: {exc}). Run with SKILLBANK_DEBUG=1 for the details.",
    )


class _NoBar:
    """What _progress gives when no bar is shown: the calls a bar takes, doing nothing (rich is not imported: a
    tenth of a second of a `skillbank import` into a pipe)."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, *args: object, **kwargs: object) -> int:
        return 0

    def advance(self, *args: object, **kwargs: object) -> None:
        return None

    def update(self, *args: object, **kwargs: object) -> None:
        return None


def _progress(label: str, total: int, *, enabled: bool = True):
    """A progress bar on a terminal (stderr), nothing when the output goes to a file or a pipe."""
    if not (enabled and sys.stderr.isatty()):
        return _NoBar()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not (enabled and sys.stderr.isatty()),
        transient=True,
    )


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


def cmd_migrate(args: argparse.Namespace) -> int:
    from service.migrate import upgrade

    settings = _settings()
    upgrade(_engine(settings))
    print("database migrated")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    # No cyclic collection while the modules are imported and the app is built: they only allocate (SQLAlchemy's
    # tables, pydantic's models, Litestar's 200-odd handlers), and the collector kept re-scanning what they made,
    # about a tenth of the CPU before /health answered. What they made is then frozen (never scanned again, as
    # for a pre-forking server); the collector runs as before on everything allocated after.
    gc.disable()
    try:
        app = _serve_app(args)
    finally:
        gc.freeze()
        gc.enable()
    if app is None:
        return 2
    import uvicorn

    settings = app.state.settings
    mode = "embedded (SQLite, matcher thread)" if settings.embedded else "Celery via Redis"
    print(f"Skillbank on http://{args.host}:{args.port}  mode: {mode}  API docs: /schema")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def _serve_app(args: argparse.Namespace):
    """Migrates, then returns the web app `serve` runs (None after saying why it must not start)."""
    import uvicorn  # noqa: F401  (imported here, with the app, while the collector is off)

    from service.app import create_app
    from service.matching_jobs.cache import limit_malloc_arenas
    from service.migrate import upgrade

    settings = _service_settings()
    if settings is None:
        return None
    limit_malloc_arenas(settings.malloc_arenas)  # before any thread starts
    if args.no_worker:
        settings = settings.with_(embedded_worker=False)
    engine = _engine(settings)
    upgrade(engine)
    if args.demo:
        from service.cli_data import load_demo

        load_demo(engine, settings)
    return create_app(
        settings, engine=engine, start_dispatcher=settings.embedded_worker or not settings.embedded
    )


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


def _password() -> str:
    """The new account's password: SKILLBANK_PASSWORD, typed twice at a terminal, or one line piped in."""
    password = os.environ.get("SKILLBANK_PASSWORD")
    if password:
        return password
    no_terminal = CommandError(
        "パスワードを入力する端末がありません。環境変数 SKILLBANK_PASSWORD にパスワードを入れて実行してください。",
        "There is no terminal to type the password on: set SKILLBANK_PASSWORD and run again.",
    )
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise no_terminal
        return line
    try:
        password = getpass.getpass("パスワード / password: ")
        again = getpass.getpass("もう一度 / again: ")
    except EOFError:
        raise no_terminal from None
    if password != again:
        raise CommandError(
            "2回の入力が違います。もう一度実行してください。", "The two entries differ; run again."
        )
    return password


def cmd_create_staff(args: argparse.Namespace) -> int:
    from schemas.enums import StaffRole
    from service.db import unit_of_work
    from service.errors import DomainError
    from service.staff.auth import create_staff

    settings = _settings()
    password = _password()
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
        raise CommandError(exc.message_ja, exc.message_en, 1) from None
    role_ja = "管理者" if user.role == StaffRole.admin else "職員"
    print(f"{role_ja}アカウント {user.username} を作成しました。 / created {user.role} {user.username}")
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
    engine = _engine(settings)
    stale = sweep(engine, settings, stale_seconds=args.stale)
    if stale and not settings.embedded:  # marked re-sent: send them, or they wait for the next stale window
        from service.matching_jobs.dispatch import celery_producer, send_run_jobs

        send_run_jobs(celery_producer(settings), stale, settings.bulk_queue)
    drained = _drain(engine, settings, args) if args.wait else None
    if args.json:
        out: dict[str, object] = {"stale_jobs": stale}
        if drained is not None:
            out |= drained
        print(json.dumps(out))
    else:
        if stale:
            print(
                f"呼び出しが届かなかったマッチング処理 {len(stale)} 件を再送しました(もっとも古いもの #{min(stale)})。\n"
                f"Re-sent {len(stale)} matching jobs whose doorbell was lost (oldest #{min(stale)})."
            )
        else:
            print("再送が必要なマッチング処理はありません。 / No stale matching jobs.")
        if drained is not None:
            how = "このコマンドで実行" if settings.embedded else "ワーカーが実行"
            how_en = "run by this command" if settings.embedded else "run by the workers"
            print(
                f"待っていたマッチング処理 {drained['drained']} 件が終わりました({how}、{drained['seconds']:.0f} 秒)。"
                f"残り {drained['left']} 件。\n"
                f"{drained['drained']} waiting matching jobs finished ({how_en}, {drained['seconds']:.0f} s); "
                f"{drained['left']} left."
            )
    if drained is not None and drained["left"]:
        print(
            f"{args.timeout:.0f} 秒待ちましたが、まだ {drained['left']} 件残っています。"
            "ワーカー(skillbank worker / serve)が動いているか確かめてください。\n"
            f"Waited {args.timeout:.0f} s and {drained['left']} jobs are still waiting: check that workers "
            "(skillbank worker / serve) are running.",
            file=sys.stderr,
        )
        return 1
    return 0


def _drain(engine, settings, args: argparse.Namespace) -> dict[str, int | float]:
    """Waits until no matching job is waiting or running, with a progress bar on a terminal; in the embedded
    mode this process runs them (a `serve` running meanwhile shares the work: a job is claimed once)."""
    from service.db import unit_of_work
    from service.matching_jobs.sweep import backlog, due_job_ids

    def left() -> int:
        with unit_of_work(engine, write=False) as session:
            return backlog(session)

    start = time.monotonic()
    total = left()
    cache = None
    if settings.embedded:
        from service.matching_jobs.cache import MatcherCache

        cache = MatcherCache(settings)
    with _progress("マッチング待ちを処理中 / draining", total) as bar:
        task = bar.add_task("drain", total=total)
        remaining = total
        while remaining and time.monotonic() - start < args.timeout:
            if cache is not None:
                from service.matching_jobs.runner import run_job

                with unit_of_work(engine, write=False) as session:
                    ids = due_job_ids(session, limit=50)
                for job_id in ids:
                    run_job(engine, job_id, cache)
                    bar.advance(task)  # per job: the count below re-syncs after each round
                    if time.monotonic() - start >= args.timeout:
                        break
                if not ids:
                    time.sleep(0.2)  # running elsewhere, or waiting out a retry's backoff
            else:
                time.sleep(0.5)
            remaining = left()
            total = max(total, remaining)  # new work may arrive meanwhile
            bar.update(task, total=total, completed=total - remaining)
    return {"drained": total - remaining, "left": remaining, "seconds": round(time.monotonic() - start, 1)}


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
    i.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing if any line is rejected (default: keep the good lines, list the others)",
    )
    i.add_argument("--json", action="store_true", help="print the counts as JSON")
    e = sub.add_parser(
        "export",
        help="export volunteers or requests as JSONL (the interchange format), or CSV / Excel with "
        "Japanese headers; without contacts unless --with-contact",
    )
    e.add_argument("kind", choices=["volunteers", "requests"])
    e.add_argument("--output", "-o")
    e.add_argument(
        "--format", choices=["jsonl", "csv", "xlsx"], help="default: from the output's suffix, else jsonl"
    )
    contact = e.add_mutually_exclusive_group()
    contact.add_argument("--with-contact", action="store_true", help="include e-mail and phone (audited)")
    contact.add_argument("--no-contact", action="store_true", help="leave out e-mail and phone (the default)")
    e.add_argument("--codes", action="store_true", help="CSV/Excel with field names and codes, not Japanese")
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
    ir.add_argument(
        "--json", action="store_true", help="print the counts as JSON (the report goes to stderr)"
    )
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
    sw = sub.add_parser(
        "sweep", help="re-send jobs whose doorbell was lost; --wait: drain the backlog with a progress bar"
    )
    sw.add_argument("--stale", type=float, default=None)
    sw.add_argument(
        "--json", action="store_true", help="print the re-sent job ids (and the drain's counts) as JSON"
    )
    sw.add_argument(
        "--wait",
        action="store_true",
        help="then wait until no matching job is waiting (embedded mode: run them here), exit 1 on timeout",
    )
    sw.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds --wait waits at most (default 3600)"
    )
    return p


def _data_command(name: str) -> Callable[[argparse.Namespace], int]:
    """A command of service/cli_data.py (files in and out), imported only when it runs."""

    def run(args: argparse.Namespace) -> int:
        from service import cli_data

        command: Callable[[argparse.Namespace], int] = getattr(cli_data, name)
        return command(args)

    return run


COMMANDS = {
    "serve": cmd_serve,
    "worker": cmd_worker,
    "beat": cmd_beat,
    "migrate": cmd_migrate,
    "create-staff": cmd_create_staff,
    "import": _data_command("cmd_import"),
    "export": _data_command("cmd_export"),
    "sweep": cmd_sweep,
    "import-roster": _data_command("cmd_import_roster"),
    "metrics": _data_command("cmd_metrics"),
    "learn": cmd_learn,
}


def main(argv: list[str] | None = None) -> int:
    """Runs the `skillbank` command."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["rank"]:  # the matcher's own parser owns the rank options
        from matching.rank import main as rank_main

        return rank_main(argv[1:])
    # `skillbank import` runs without cyclic collection from before its first import: the modules it imports
    # (SQLAlchemy, SQLModel, the 51 models) and the rows it reads only allocate, and the collector re-scanned them
    # again and again. What is left is then frozen, as serve does: the collection of the interpreter's exit
    # walked every object (a quarter of a second after a 20k import) and now walks only what comes after.
    args = build_parser().parse_args(argv)
    pausing = args.command == "import" and gc.isenabled()
    if pausing:
        gc.disable()
    try:
        return COMMANDS[args.command](args)
    except CommandError as exc:
        _say_error(exc.ja, exc.en)
        return exc.code
    except KeyboardInterrupt:
        print("中断しました。 / Interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback for the operator; SKILLBANK_DEBUG=1 shows it
        if os.environ.get("SKILLBANK_DEBUG"):
            raise
        _say_error(*_explain(exc))
        return 1
    finally:
        if pausing:
            gc.freeze()
            gc.enable()


if __name__ == "__main__":
    sys.exit(main())
