"""The `skillbank` commands that move files in and out: import (interchange JSONL), export, import-roster (a
council's CSV/Excel roster), metrics (the workbook and CSV files), and the demo data `serve --demo` loads. The
rest of the command (parser, serve, worker, sweep …) is in service/cli.py; each command imports what it uses."""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ParamSpec, TypeVar

import msgspec

from service.cli import CommandError, _engine, _progress, _settings, _writable

# msgspec's decoder reads a record in a third of json's time. It refuses what json.loads refuses (and a few lines
# json.loads reads: NaN, lone surrogates, 1e999): a line it refuses is read by json.loads, so every line comes out
# as json.loads reads it (tests/unit/test_cli_read_jsonl.py)
_DECODE = msgspec.json.Decoder().decode
_DECODE_LINES = msgspec.json.Decoder().decode_lines
_REFUSED = (msgspec.DecodeError, msgspec.ValidationError)

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_STAFF = ("demo", "skillbank-demo")


def read_jsonl(path: Path) -> list[tuple[int, dict | None, tuple[str, str] | None]]:
    """Returns (line number, record, None) for each non-blank line of an interchange file, or (line number,
    None, (Japanese, English)) for a line that is not a JSON object. A UTF-8 BOM (Excel, Notepad) is skipped;
    a file that is missing or not UTF-8 raises CommandError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"ファイル {path} が見つかりません。", f"File not found: {path}") from None
    if (records := _read_objects(data)) is not None:  # valid UTF-8 (_read_objects): not decoded a second time
        return [(n, rec, None) for n, rec in enumerate(records, start=1)]
    try:
        # the bytes decoded at once, not through a text file's reader (a third of the time); its newlines as
        # that reader reads them: "\r\n" and a lone "\r" end a line as "\n" does
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = exc.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)  # in the file, not after its BOM
        raise CommandError(
            f"{path} は UTF-8 ではありません({at}バイト目)。UTF-8 で保存し直してください。",
            f"{path} is not UTF-8 (byte {at}): save it as UTF-8.",
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # JSON Lines ends a line at a newline and nowhere else: str.splitlines would also cut at U+2028, U+2029 and
    # U+0085, which json.dumps(ensure_ascii=False) writes unescaped inside strings
    out: list[tuple[int, dict | None, tuple[str, str] | None]] = []
    add = out.append
    for n, line in enumerate(text.split("\n"), start=1):
        if line[:1] == "{" and line[-1:] == "}":
            try:
                add((n, _DECODE(line), None))  # an object: the line starts with "{"
                continue
            except _REFUSED:
                pass  # json.loads reads it or tells why not
        if line.strip():
            add(_read_line(n, line))
    return out


def _read_objects(data: bytes) -> list[dict] | None:
    """Returns the records of a file whose every line is one JSON object that msgspec reads, read by msgspec from
    the bytes in one call (the line-by-line reading sliced and re-encoded each line: a third of the reading);
    None for any other file, which read_jsonl decodes and reads line by line.

    A file it reads is valid UTF-8, so read_jsonl need not decode it first (a 20k file: 7 MB decoded for
    nothing): outside strings JSON allows only ASCII, and msgspec decodes every non-ASCII string with CPython's
    own UTF-8 decoder, whose UnicodeDecodeError it raises (None here: read_jsonl's decoding then reports the byte).

    The same records as line by line: the body (BOM and one final newline off) starts with "{", ends with "}"
    and has a newline only between a "}" and a "{", so every line starts with "{" and ends with "}". A raw
    newline cannot be inside a JSON string, and after a "}" inside an unclosed object or array JSON allows only
    "," or a closing bracket, never "{": each "}\\n{" ends one top-level value and starts the next. Every line
    thus starts at least one value; as many values as lines means exactly one value a line, read by the same
    decoder as read_jsonl's (decode_lines refuses the whole buffer where it would refuse a line)."""
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    if body.endswith(b"\n"):
        body = body[:-1]
    newlines = body.count(b"\n")
    if body[:1] != b"{" or body[-1:] != b"}" or b"\r" in body or body.count(b"}\n{") != newlines:
        return None
    try:
        records = _DECODE_LINES(body)
    except (*_REFUSED, UnicodeDecodeError):
        return None
    if len(records) != newlines + 1 or set(map(type, records)) != {dict}:
        return None
    return records


def _read_line(n: int, line: str) -> tuple[int, dict | None, tuple[str, str] | None]:
    """read_jsonl's reading of a line msgspec does not read as an object: json.loads'."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return (
            n,
            None,
            (
                f"JSON として読めません({exc.colno}文字目: {exc.msg})",
                f"not JSON (column {exc.colno}: {exc.msg})",
            ),
        )
    if not isinstance(rec, dict):
        return n, None, ("1件分の記録({…})ではありません", "not a record ({…})")
    return n, rec, None


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
    try:
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
    finally:
        engine.dispose()  # its connections closed here, not found by the interpreter's teardown
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
