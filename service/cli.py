"""The `skillbank` command: serve, worker, beat, migrate, create-staff, import, export, rank, sweep,
import-roster, metrics."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ParamSpec, TypeVar

# Each command imports what it uses (the metrics, the exports, the roster reader, the web app): a command starts
# without loading the others' dependencies (`skillbank import` of a few thousand rows took longer to start than
# to import them).

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_STAFF = ("demo", "skillbank-demo")


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


_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # json.loads' decoder: the same settings


def read_jsonl(path: Path) -> Iterator[tuple[int, dict | None, tuple[str, str] | None]]:
    """Yields (line number, record, None) for each non-blank line of an interchange file, or (line number,
    None, (Japanese, English)) for a line that is not a JSON object. A UTF-8 BOM (Excel, Notepad) is skipped;
    a file that is missing or not UTF-8 raises CommandError."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError(f"ファイル {path} が見つかりません。", f"File not found: {path}") from None
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"{path} は UTF-8 ではありません({exc.start}バイト目)。UTF-8 で保存し直してください。",
            f"{path} is not UTF-8 (byte {exc.start}): save it as UTF-8.",
        ) from None
    # JSON Lines ends a line at "\n" (a "\r" before it is dropped) and nowhere else: str.splitlines would also cut
    # at U+2028, U+2029 and U+0085, which json.dumps(ensure_ascii=False) writes unescaped inside strings
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if line[:1] == "{" and line[-1:] == "}":
            # json.loads' own C scanner, called straight: json.loads(line) is this call after two regular
            # expression matches and three Python calls, a fifth of reading a 100k-line file
            try:
                rec, end = _SCAN(line, 0)
            except (StopIteration, ValueError):
                end = -1  # json.loads below tells why
            if end == len(line):
                yield n, rec, None
                continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield (
                n,
                None,
                (
                    f"JSON として読めません({exc.colno}文字目: {exc.msg})",
                    f"not JSON (column {exc.colno}: {exc.msg})",
                ),
            )
            continue
        if not isinstance(rec, dict):
            yield n, None, ("1件分の記録({…})ではありません", "not a record ({…})")
            continue
        yield n, rec, None


def cmd_migrate(args: argparse.Namespace) -> int:
    from service.migrate import upgrade

    settings = _settings()
    upgrade(_engine(settings))
    print("database migrated")
    return 0


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _gc_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Runs fn with the cyclic collector off: it walked the whole heap again and again as an import's rows piled
    up (a third of the CPU of a 20k import); an import makes next to no cycles, and what it leaves the next
    collection after it finds."""
    import functools
    import gc

    @functools.wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


@_gc_paused
def import_records(
    engine,
    settings,
    *,
    volunteers: Path | None = None,
    requests: Path | None = None,
    all_or_nothing: bool = False,
    rejections: list[tuple[str, int, str, str]] | None = None,
    progress: bool = False,
) -> tuple[dict[str, int], list[int]]:
    """Imports interchange JSONL (a record whose external_id exists is updated or skipped); returns counts and
    job ids. A line that cannot be imported is rejected with its line number (added to `rejections` as
    (file, line, Japanese, English)) and the good lines are kept; with all_or_nothing, one rejection keeps
    the whole import out."""

    from pydantic import ValidationError
    from sqlmodel import select

    from schemas.models import HelpRequest, HelpRequestCreate
    from service.db import analyze
    from service.errors import DomainError
    from service.roster.messages import validation_messages_en, validation_messages_ja
    from service.uow import UnitOfWork
    from service.volunteers.usecases import import_volunteers

    counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": 0}
    jobs: list[int] = []
    files = [(path, kind) for path, kind in ((volunteers, "volunteer"), (requests, "request")) if path]
    lines = {path: list(read_jsonl(path)) for path, _ in files}  # a missing or non-UTF-8 file stops here
    out = rejections if rejections is not None else []
    created_volunteers = 0

    def problem_of(exc: Exception) -> tuple[str, str]:
        if isinstance(exc, ValidationError):
            return "; ".join(validation_messages_ja(exc)), "; ".join(validation_messages_en(exc))
        if isinstance(exc, DomainError):
            return exc.message_ja, exc.message_en
        raise exc

    def import_request(uow: UnitOfWork, rec: dict) -> str:
        from service.requests.usecases import submit_request  # a volunteer file alone does not load it

        request_data = HelpRequestCreate.model_validate(rec)
        if (
            request_data.external_id
            and uow.session.exec(
                select(HelpRequest.id).where(
                    HelpRequest.org_id == settings.org_id, HelpRequest.external_id == request_data.external_id
                )
            ).first()
        ):
            return "skipped"
        submit_request(uow=uow, data=request_data, areas_path=settings.areas_path, org_id=settings.org_id)
        return "created"

    total = sum(map(len, lines.values()))
    with _progress("取り込み中 / importing", total, enabled=progress) as bar, UnitOfWork(engine) as uow:
        task = bar.add_task("import", total=total)
        for path, kind in files:
            if kind == "volunteer":
                # New volunteers in bulk, existing ids read once, one re-scoring job for the whole file.
                def readable(path: Path = path) -> Iterator[tuple[int, dict | DomainError]]:
                    for k, (line_no, rec, problem) in enumerate(lines[path], start=1):
                        if k % PROGRESS_STEP == 0:  # the bar in steps: per line it cost a tenth of the import
                            bar.advance(task, PROGRESS_STEP)
                        if problem is None:
                            assert rec is not None
                            yield line_no, rec
                        else:  # refused by import_volunteers, in line order with the invalid records
                            yield line_no, DomainError(*problem)
                    bar.advance(task, len(lines[path]) % PROGRESS_STEP)

                def rejected(line_no: int, exc: Exception, path: Path = path) -> None:
                    counts["rejected"] += 1
                    out.append((path.name, line_no, *problem_of(exc)))

                done = import_volunteers(
                    uow=uow,
                    records=readable(),
                    areas_path=settings.areas_path,
                    org_id=settings.org_id,
                    on_reject=rejected,
                )
                counts["created"] += done.created
                counts["updated"] += done.updated
                created_volunteers += done.created
                continue
            for line_no, rec, problem in lines[path]:
                bar.advance(task)
                if problem is None:
                    assert rec is not None
                    try:
                        with uow.attempt():  # a refused line is undone alone; the others stay
                            counts[import_request(uow, rec)] += 1
                        continue
                    except (ValidationError, DomainError) as exc:
                        problem = problem_of(exc)
                counts["rejected"] += 1
                out.append((path.name, line_no, *problem))
        if all_or_nothing and counts["rejected"]:
            uow.rollback()
            counts = {"created": 0, "updated": 0, "skipped": 0, "rejected": counts["rejected"]}
            created_volunteers = 0
        else:
            jobs.extend(uow.enqueued)
    if created_volunteers >= ANALYZE_AFTER:
        analyze(engine)  # the planners' statistics still describe the table before the load
    return counts, jobs


# Lines of a volunteer file read between two moves of the progress bar.
PROGRESS_STEP = 500

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
    import gc

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
    from service.migrate import upgrade

    settings = _service_settings()
    if settings is None:
        return None
    if args.no_worker:
        settings = settings.with_(embedded_worker=False)
    engine = _engine(settings)
    upgrade(engine)
    if args.demo:
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


def cmd_import(args: argparse.Namespace) -> int:
    if not (args.volunteers or args.requests):
        raise CommandError(
            "--volunteers か --requests でファイルを指定してください。",
            "Give --volunteers and/or --requests.",
        )
    settings = _settings()
    engine = _engine(settings)
    producer = None
    if not settings.embedded:  # the dispatcher's module loads the matcher: only when there is Celery to ring
        from service.matching_jobs.dispatch import celery_producer, ring_celery

        producer = celery_producer(settings)  # ready before the commit
    rejections: list[tuple[str, int, str, str]] = []
    counts, jobs = import_records(
        engine,
        settings,
        volunteers=args.volunteers,
        requests=args.requests,
        all_or_nothing=args.all_or_nothing,
        rejections=rejections,
        progress=True,
    )
    if producer is not None:  # in batches, behind fresh requests (embedded: the server's sweep runs them)
        ring_celery(settings, jobs, bulk=True, app=producer, engine=engine)
    for name, line_no, ja, en in rejections:
        print(f"{name}:{line_no}: 行{line_no}を取り込めません: {ja} / rejected: {en}", file=sys.stderr)
    if args.json:
        print(json.dumps(counts))
    else:
        print(
            f"取り込み結果: 新規 {counts['created']} 件 / 更新 {counts['updated']} 件 / "
            f"登録済みのため省略 {counts['skipped']} 件 / 取り込めない行 {counts['rejected']} 件\n"
            f"Imported: {counts['created']} created, {counts['updated']} updated, "
            f"{counts['skipped']} skipped (already there), {counts['rejected']} rejected"
        )
        if args.all_or_nothing and counts["rejected"]:
            print(
                "--all-or-nothing のため、1件も取り込んでいません。上の行を直してからもう一度実行してください。\n"
                "Nothing was imported (--all-or-nothing): fix the lines above and run again."
            )
        elif counts["rejected"]:
            print(
                "取り込めた行は保存しました。上の行を直して、その行だけもう一度取り込めます。\n"
                "The good lines are saved; fix the lines above and import them again."
            )
    return 1 if counts["rejected"] else 0


def cmd_export(args: argparse.Namespace) -> int:
    from service.areas import area_names
    from service.audit import audit
    from service.db import unit_of_work
    from service.roster.export import EXPORT_FORMATS, encode_export, export_records, human_records

    settings = _settings()
    fmt = args.format or (Path(args.output).suffix.lstrip(".").lower() if args.output else "jsonl")
    if fmt not in EXPORT_FORMATS:
        raise CommandError(
            f"形式 {fmt!r} には対応していません。--format jsonl、csv、xlsx のどれかを指定してください。",
            f"Unknown format {fmt!r}; use --format jsonl, csv or xlsx.",
        )
    if fmt == "xlsx" and not args.output:
        raise CommandError(
            "Excel ファイルには --output でファイル名が必要です。", "--output is needed for an Excel file."
        )
    # Contacts only when asked for (service.privacy.rules: exports carry contacts for admins only; the
    # operator is one, but a file of everyone's phone numbers should be made on purpose), and audited.
    with_contact = bool(args.with_contact)
    with unit_of_work(_engine(settings)) as session:
        records = export_records(session, settings, args.kind, with_contact=with_contact)
        if fmt != "jsonl" and not args.codes:  # a file for people: Japanese headers and words
            records = human_records(records, area_names(settings.areas_path))
        body, _ = encode_export(records, args.kind, fmt)
        if args.output:
            _writable(Path(args.output)).write_bytes(body)
        audit(
            session,
            actor="cli",
            action="export",
            entity=args.kind,
            entity_id=None,
            format=fmt,
            records=len(records),
            with_contact=with_contact,
        )
    if not args.output:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
    kind_ja = "ボランティア" if args.kind == "volunteers" else "依頼"
    where = f"{args.output} に" if args.output else ""
    contact_ja, contact_en = (
        (
            "連絡先(メール・電話)を含みます。取り扱いに注意してください。",
            "Contacts (email, phone) are included: handle with care.",
        )
        if with_contact
        else (
            "連絡先(メール・電話)は含めていません(含めるには --with-contact)。",
            "Contacts are not included (--with-contact to include them).",
        )
    )
    print(
        f"{kind_ja} {len(records)} 件を{where}書き出しました。{contact_ja}\n"
        f"Exported {len(records)} {args.kind}{' to ' + args.output if args.output else ''}. {contact_en}",
        file=sys.stderr,
    )
    return 0


def _ask_merge(row, other: str) -> bool:
    if row.action == "conflict":
        question = (
            f"行{row.row}「{row.name}」の番号は {other} のものです（{'; '.join(m.ja for m in row.reasons)}）。"
            "この人の記録を行の内容で上書きしますか? [y/N] "
        )
    else:
        question = (
            f"行{row.row}「{row.name}」は {other} と同一人物かもしれません（{'; '.join(m.ja for m in row.reasons)}）。"
            "統合しますか? [y/N] "
        )
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "はい")


def _roster_mapping(args: argparse.Namespace) -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    if args.mapping:
        try:
            given = json.loads(Path(args.mapping).read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise CommandError(
                f"列の対応ファイル {args.mapping} が見つかりません。",
                f"Mapping file not found: {args.mapping}",
            ) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(
                f'列の対応ファイル {args.mapping} が JSON として読めません({exc})。例: {{"No.": null, "会員番号": "external_id"}}',
                f"The mapping file {args.mapping} is not JSON ({exc}).",
            ) from None
        if not isinstance(given, dict):
            raise CommandError(
                '列の対応ファイルは {"見出し": "項目"} の形にしてください。',
                "The mapping file must be {header: field}.",
            )
        mapping.update(given)
    for pair in args.map or []:
        header, _, field = pair.partition("=")
        mapping[header] = field or None
    return mapping


def cmd_import_roster(args: argparse.Namespace) -> int:
    from service.roster.importer import import_roster
    from service.roster.sheet import read_sheet
    from service.uow import UnitOfWork

    settings = _settings()
    mapping = _roster_mapping(args)
    decide = {"yes": lambda row, other: True, "no": lambda row, other: False, "ask": _ask_merge}[args.merge]
    if args.merge == "ask" and not sys.stdin.isatty():
        decide = lambda row, other: False  # noqa: E731  (nobody to ask: leave duplicates and conflicts out)
    try:
        total = len(read_sheet(args.file, args.sheet).rows)
    except ValueError as exc:
        ja, _, en = str(exc).partition(" / ")
        raise CommandError(ja, en or ja) from None
    engine = _engine(settings)
    try:
        with (
            _progress("読み込み中 / reading", total, enabled=args.merge != "ask" or args.dry_run) as bar,
            UnitOfWork(engine) as uow,
        ):
            task = bar.add_task("roster", total=total)
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
        message = str(exc)
        if message.startswith("no column is mapped to display_name"):
            raise CommandError(
                '氏名の列が見つかりません。--map "見出し=display_name" で氏名の列を指定してください。',
                'No column is mapped to display_name: name it with --map "HEADER=display_name".',
            ) from None
        ja, _, en = message.partition(" / ")
        raise CommandError(f"列の対応が正しくありません。{ja}", f"Bad column mapping: {en or ja}") from None
    from service.matching_jobs.dispatch import ring_celery

    ring_celery(settings, jobs, bulk=True, engine=engine)
    if args.report:
        _writable(Path(args.report)).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    c = report.counts
    if args.json:
        print(report.to_text(), file=sys.stderr)
        print(json.dumps(c))
    else:
        print(report.to_text())
        print(
            ("試行のため何も書き込んでいません。 / Dry run: nothing was written." if args.dry_run else "")
            + f"\nRows: {c['created']} new, {c['updated']} updated, {c['merged']} merged, "
            f"{c['duplicate']} likely duplicates left out, {c['conflict']} with a different name left out, "
            f"{c['rejected']} rejected"
        )
    return 1 if not args.dry_run and (c["rejected"] or c["conflict"]) else 0


def _check_output(path: Path) -> Path:
    """Creates the output's folder and checks it can be written, before anything is saved."""
    try:
        _writable(path)
    except OSError as exc:
        raise CommandError(
            f"出力先のフォルダ {path.parent} を作れません({exc.strerror})。",
            f"Cannot create the output folder {path.parent} ({exc.strerror}).",
        ) from None
    if path.is_dir() or not os.access(path.parent, os.W_OK):
        raise CommandError(f"{path} には書き込めません。", f"Cannot write {path}.")
    return path


def cmd_metrics(args: argparse.Namespace) -> int:
    from service.db import unit_of_work
    from service.errors import DomainError
    from service.metrics.compute import compute_for
    from service.metrics.export import tables, write_csv_dir, write_xlsx
    from service.metrics.period import parse_period
    from service.metrics.targets import set_target

    settings = _settings()
    engine = _engine(settings)
    try:
        period = parse_period(args.date_from, args.date_to, args.fy)
    except ValueError as exc:
        raise CommandError(f"期間が正しくありません: {exc}", f"Bad period: {exc}") from None
    if args.set_target and args.fy is None:
        raise CommandError("--set-target には --fy(年度)が必要です。", "--set-target needs --fy.")
    xlsx = _check_output(Path(args.xlsx)) if args.xlsx else None
    csv_dir = _check_output(Path(args.csv_dir) / "x.csv").parent if args.csv_dir else None
    # Targets, figures and files in one transaction: if a file cannot be written, no target is saved either.
    try:
        with unit_of_work(engine) as session:
            for pair in args.set_target or []:
                metric, _, value = pair.partition("=")
                try:
                    target = float(value)
                except ValueError:
                    raise CommandError(
                        f"目標値「{value}」が数字ではありません({pair})。",
                        f"Target {value!r} is not a number ({pair}).",
                    ) from None
                set_target(
                    session=session,
                    org_id=settings.org_id,
                    fiscal_year=args.fy,
                    metric=metric,
                    target=target,
                    actor="cli",
                )
            session.flush()
            result = compute_for(session, settings, period, roster=args.roster, area=args.area)
            if xlsx:
                write_xlsx(result, xlsx)
            if csv_dir:
                write_csv_dir(result, csv_dir)
    except DomainError as exc:
        raise CommandError(exc.message_ja, exc.message_en) from None
    except OSError as exc:
        raise CommandError(
            f"ファイルを書き込めません({exc.filename}: {exc.strerror})。目標は保存していません。",
            f"Cannot write {exc.filename} ({exc.strerror}); no target was saved.",
        ) from None
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    from rich.cells import cell_len  # full-width characters take two columns

    for table in tables(result)[:1]:
        width = max(cell_len(str(k)) for k, _ in table.rows)
        for k, v in table.rows:
            print(f"{k}{' ' * (width - cell_len(str(k)))}  {'—(データなし)' if v is None else v}")
    if args.set_target:
        print(f"目標を保存しました: {', '.join(args.set_target)} / targets saved")
    for label, where in (("Excel", xlsx), ("CSV", csv_dir)):
        if where:
            print(f"{label} を {where} に書き出しました。 / wrote {where}")
    print("(機械で読むときは --json / --json for machines)")
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


if __name__ == "__main__":
    sys.exit(main())
