"""The roster import in the staff console: upload a CSV or Excel sheet, read the dry-run report, fix the column
mapping, choose which likely duplicates to merge, then import (service/roster/importer.py, as the CLI does)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Template

from service.errors import DomainError
from service.i18n import N_, gettext
from service.roster.importer import ImportReport, import_roster
from service.roster.sheet import FIELDS, read_sheet, resolve_mapping
from service.roster.uploads import (
    MAX_UPLOAD_BYTES,
    UPLOAD_SUFFIXES,
    delete_upload,
    save_upload,
    upload_path,
)
from service.settings import Settings
from service.staff.pages import current_staff_user
from service.uow import UnitOfWork
from service.web.deps import staff_guard
from service.web.forms import FormData, form_list, form_value
from service.web.pages import lang_of, page

FIELD_LABELS = {
    "external_id": N_("登録番号(外部ID)"),
    "display_name": N_("氏名"),
    "name_kana": N_("ふりがな"),
    "email": N_("メール"),
    "phone": N_("電話"),
    "area": N_("地域(町名)"),
    "rosters": N_("登録簿"),
    "skills": N_("特技"),
    "bio": N_("自己紹介"),
    "availability": N_("活動できる曜日・時間"),
    "languages": N_("言語"),
    "max_per_month": N_("月の上限"),
    "active": N_("活動中か"),
}
ACTION_LABELS = {
    "created": N_("新規"),
    "updated": N_("更新"),
    "merged": N_("統合"),
    "duplicate": N_("重複の疑い"),
    "conflict": N_("氏名が違う"),
    "rejected": N_("取り込めない"),
}


class UnreadableRoster(DomainError):
    status_code = 400
    code = "invalid_input"


def _upload_page(request: Request, error: str = "", status_code: int = 200) -> Template:
    return page(
        request,
        "staff/import.html",
        status_code=status_code,
        error=error,
        suffixes=list(UPLOAD_SUFFIXES),
        max_mb=MAX_UPLOAD_BYTES // 1_000_000,
    )


@get("/staff/import", sync_to_thread=True, guards=[staff_guard])
def staff_import_form(request: Request) -> Template:
    """The roster upload form (CSV in UTF-8 or Shift_JIS, or Excel)."""
    return _upload_page(request)


def _run(
    request: Request,
    uow: UnitOfWork,
    path: Path,
    *,
    mapping: dict[str, str | None] | None,
    sheet: str | None,
    dry_run: bool,
    merge_rows: set[int],
) -> ImportReport:
    """Runs the importer as the CLI does; a file it cannot read is refused in words staff understand."""
    settings: Settings = request.app.state.settings
    try:
        table = read_sheet(path, sheet)
        columns, _ignored = resolve_mapping(table.headers, mapping)
    except Exception as exc:  # a damaged workbook, an unknown sheet, a file that is not a table
        raise UnreadableRoster(
            "ファイルを表として読めませんでした。CSV(UTF-8 か Shift_JIS)か Excel(.xlsx)で保存し直してください。",
            "The file could not be read as a table. Save it as CSV (UTF-8 or Shift_JIS) or Excel (.xlsx).",
        ) from exc
    if "display_name" not in columns.values():
        raise UnreadableRoster(
            "氏名の列が見つかりません。下の「列の対応」で氏名の列を選んでください。",
            "No column holds the name: choose it under the column mapping.",
            field="mapping",
        )
    with uow.attempt():
        return import_roster(
            uow,
            path=path,
            org_id=settings.org_id,
            areas_path=settings.areas_path,
            mapping=mapping,
            sheet=sheet,
            dry_run=dry_run,
            decide=lambda row, _other: row.row in merge_rows,
            actor=current_staff_user(request).username,
        )


def _report_page(
    request: Request,
    report: ImportReport | None,
    *,
    token: str,
    name: str,
    path: Path,
    mapping: dict[str, str | None] | None,
    sheet: str | None,
    merge_rows: set[int],
    done: bool = False,
    error: str = "",
    status_code: int = 200,
) -> Template:
    headers: list[str] = []
    chosen: dict[str, str] = {}
    try:
        table = read_sheet(path, sheet)
        headers = [h for h in table.headers if h]
        columns, _ = resolve_mapping(table.headers, mapping)
        chosen = {table.headers[i]: f for i, f in columns.items()}
    except Exception:  # the error above says what is wrong with the file
        headers = []
    return page(
        request,
        "staff/import_report.html",
        status_code=status_code,
        report=report,
        counts=report.counts if report else {},
        token=token,
        name=name,
        sheet=sheet or "",
        headers=headers,
        chosen=chosen,
        fields=[(f, FIELD_LABELS.get(f, f)) for f in FIELDS],
        actions=ACTION_LABELS,
        merge_rows=merge_rows,
        done=done,
        error=error,
    )


def _message(request: Request, exc: DomainError) -> str:
    return exc.message_en if lang_of(request) == "en" else exc.message_ja


def _say(request: Request, message: str, **params: Any) -> str:
    """Returns a catalogue message (Japanese, marked N_) in the page's language."""
    return gettext(lang_of(request), message, **params)


@post(
    "/staff/import",
    sync_to_thread=True,
    guards=[staff_guard],
    request_max_body_size=MAX_UPLOAD_BYTES + 100_000,
)
def staff_import_upload(
    request: Request,
    uow: NamedDependency[UnitOfWork],
    data: Annotated[dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)],
) -> Response:
    """Stores the uploaded roster and shows its dry-run report (nothing is written yet)."""
    settings: Settings = request.app.state.settings
    upload = data.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _upload_page(request, _say(request, N_("ファイルを選んでください。")), 400)
    name = Path(upload.filename).name[:200]
    if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
        return _upload_page(
            request,
            _say(
                request,
                N_(
                    "読めるのは %(suffixes)s のファイルです(古い .xls は Excel で .xlsx に保存し直してください)。"
                ),
                suffixes=_say(request, "、").join(UPLOAD_SUFFIXES),
            ),
            400,
        )
    content = upload.file.read(MAX_UPLOAD_BYTES + 1)
    if not content or len(content) > MAX_UPLOAD_BYTES:
        return _upload_page(request, _say(request, N_("ファイルが空か、大きすぎます。")), 400)
    token = save_upload(settings.var_dir, name, content)
    path = upload_path(settings.var_dir, token)
    assert path is not None
    sheet = str(data.get("sheet") or "").strip() or None
    try:
        report = _run(request, uow, path, mapping=None, sheet=sheet, dry_run=True, merge_rows=set())
    except DomainError as exc:
        if exc.field != "mapping":
            delete_upload(settings.var_dir, token)
            return _upload_page(request, _message(request, exc), 400)
        return _report_page(
            request, None, token=token, name=name, path=path, mapping=None, sheet=sheet,
            merge_rows=set(), error=_message(request, exc), status_code=400,
        )  # fmt: skip
    report.file = name
    return _report_page(
        request, report, token=token, name=name, path=path, mapping=None, sheet=sheet, merge_rows=set()
    )


@post("/staff/import/{token:str}", sync_to_thread=True, guards=[staff_guard])
def staff_import_apply(
    request: Request, uow: NamedDependency[UnitOfWork], token: str, data: FormData
) -> Response:
    """Runs the dry run again with the chosen column mapping, or imports, merging the duplicates ticked."""
    settings: Settings = request.app.state.settings
    path = upload_path(settings.var_dir, token)
    if path is None:
        return _upload_page(
            request,
            _say(
                request,
                N_(
                    "このファイルの取り込みは終わったか、期限が切れました。もう一度アップロードしてください。"
                ),
            ),
            404,
        )
    name = form_value(data, "name")[:200] or path.name
    sheet = form_value(data, "sheet") or None
    mapping: dict[str, str | None] = {}
    for i in range(200):  # the mapping form: header_<i> (the sheet's header) and field_<i> (ours, or none)
        if f"header_{i}" not in data:
            break
        field = form_value(data, f"field_{i}")
        mapping[form_value(data, f"header_{i}")] = field if field in FIELDS else None
    merge_rows = {int(v) for v in form_list(data.get("merge")) if v.isdigit()}
    commit = form_value(data, "action") == "import"
    try:
        report = _run(
            request,
            uow,
            path,
            mapping=mapping or None,
            sheet=sheet,
            dry_run=not commit,
            merge_rows=merge_rows,
        )
    except DomainError as exc:
        return _report_page(
            request, None, token=token, name=name, path=path, mapping=mapping or None, sheet=sheet,
            merge_rows=merge_rows, error=_message(request, exc), status_code=400,
        )  # fmt: skip
    report.file = name
    shown = _report_page(
        request, report, token=token, name=name, path=path, mapping=mapping or None, sheet=sheet,
        merge_rows=merge_rows, done=commit,
    )  # fmt: skip
    if commit:
        delete_upload(settings.var_dir, token)  # imported: the personal data leaves the upload folder
    return shown


PAGES = [
    staff_import_form,
    staff_import_upload,
    staff_import_apply,
]
