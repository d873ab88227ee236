"""The metrics as tables: the workbook, the CSV files and the dashboard's tables."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.i18n import N_
from service.metrics.compute import ROSTER_JA
from service.metrics.period import reiwa_label


@dataclass(frozen=True)
class Table:
    key: str  # file name of the CSV
    title: str  # sheet name (Japanese, ≤ 31 characters)
    headers: list[str]
    rows: list[list[Any]]


def tables(result: dict[str, Any]) -> list[Table]:
    """Returns the metrics as tables (one sheet / one CSV each), Japanese headers."""
    p = result["period"]
    acts, req, tta = result["activities"], result["requests"], result["time_to_first_approval"]
    summary = [
        [N_("期間"), p["label"]],
        [N_("集計の基準"), N_("日付はすべて日本時間 (Asia/Tokyo)")],
        [
            N_("登録簿"),
            ROSTER_JA.get(result["filters"]["roster"], N_("すべて"))
            if result["filters"]["roster"]
            else N_("すべて"),
        ],
        [N_("地域"), result["filters"]["area"] or N_("すべて")],
        [N_("提案数"), result["proposals"]["proposals"]],
        [N_("承認数"), result["proposals"]["approvals"]],
        [N_("活動件数"), acts["activities"]],
        [N_("活動時間（時間）"), acts["hours"]],
        [N_("支援を受けた人数"), acts["people_helped"]],
        [N_("活動したボランティア（実人数）"), acts["volunteers"]],
        [N_("デジタル支援の実施回数"), acts["digital_sessions"]],
        [N_("うち個別"), acts["digital_one_to_one"]],
        [N_("うち講座・相談会"), acts["digital_classes"]],
        [N_("デジタル支援を受けた人数"), acts["digital_people_helped"]],
        [N_("受付した依頼"), req["received"]],
        [N_("期間中に終了した依頼"), req["closed"]],
        [N_("期末に未終了の依頼"), req["open_at_end"]],
        [N_("担い手が見つからなかった依頼"), req["unmet"]],
        [N_("依頼から初回承認までの中央値（時間）"), tta["median_hours"]],
        [N_("（その対象依頼数）"), tta["requests"]],
        [N_("一度もマッチしていない登録者"), result["never_matched"]["count"]],
    ]
    out = [
        Table("summary", N_("概要"), [N_("項目"), N_("値")], summary),
        Table(
            "registrants",
            N_("登録者"),
            [
                N_("登録簿"),
                N_("登録者数"),
                N_("活動中"),
                N_("新規"),
                N_("退会"),
                N_("活動につながった登録"),
                N_("割合"),
            ],
            [
                [
                    r["label"],
                    r["total"],
                    r["active"],
                    r["new"],
                    r["withdrawn"],
                    r["with_activity"],
                    r["activity_share"],
                ]
                for r in result["registrants"]
            ],
        ),
        Table(
            "funnel",
            N_("ファネル"),
            [N_("段階"), N_("ボランティア数")],
            [[f["label"], f["volunteers"]] for f in result["funnel"]],
        ),
        Table(
            "monthly",
            N_("月別"),
            [
                N_("月"),
                N_("新規登録"),
                N_("依頼"),
                N_("承認"),
                N_("活動"),
                N_("デジタル支援"),
                N_("支援を受けた人数"),
            ],
            [
                [
                    m["month"],
                    m["registrations"],
                    m["requests"],
                    m["approvals"],
                    m["activities"],
                    m["digital_sessions"],
                    m["people_helped"],
                ]
                for m in result["monthly"]
            ],
        ),
        Table(
            "by_area",
            N_("地域別"),
            [N_("地域"), N_("登録者"), N_("新規登録"), N_("依頼"), N_("活動"), N_("支援を受けた人数")],
            [
                [
                    a["label"],
                    a["registrants"],
                    a["new_registrants"],
                    a["requests"],
                    a["activities"],
                    a["people_helped"],
                ]
                for a in result["by_area"]
            ],
        ),
        Table(
            "digital_topics",
            N_("デジタル支援テーマ"),
            [N_("テーマ"), N_("回数"), N_("支援を受けた人数")],
            [[t["label"], t["sessions"], t["people_helped"]] for t in result["digital_topics"]],
        ),
        Table(
            "requests_by_outcome",
            N_("依頼の結果"),
            [N_("結果"), N_("件数")],
            [[o["label"], o["requests"]] for o in result["requests_by_outcome"]]
            + [[f"対応できず: {f['reason']}", f["requests"]] for f in req["failed_reasons"]],
        ),
        Table(
            "unmet_by_skill",
            N_("未充足のスキル"),
            [N_("スキル"), N_("依頼数")],
            [[u["label"], u["requests"]] for u in result["unmet_by_skill"]],
        ),
        Table(
            "never_matched",
            N_("未マッチの登録者"),
            ["ID", N_("名前"), N_("登録簿"), N_("地域"), N_("登録日")],
            [
                [v["id"], v["display_name"], v["rosters"], v["area"], v["registered_on"]]
                for v in result["never_matched"]["volunteers"]
            ],
        ),
    ]
    if result["targets"]:
        out.append(
            Table(
                "targets",
                N_("目標と実績"),
                [N_("指標"), N_("年度"), N_("目標"), N_("実績"), N_("達成率")],
                [
                    [t["label"], reiwa_label(t["fiscal_year"]), t["target"], t["actual"], t["achieved"]]
                    for t in result["targets"]
                ],
            )
        )
    return out


def write_xlsx(result: dict[str, Any], target: Path | io.BytesIO) -> None:
    """Writes one workbook with a sheet per table (bold headers, widths fitted, header row frozen)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from service.roster.export import spreadsheet_safe

    wb = Workbook()
    wb.remove(wb.active)
    for t in tables(result):
        ws = wb.create_sheet(t.title[:31])
        ws.append(t.headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in t.rows:
            ws.append([spreadsheet_safe(v) for v in row])  # no formulas or control characters from user input
        ws.freeze_panes = "A2"
        for i, header in enumerate(t.headers, start=1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in t.rows if r[i - 1] is not None])
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, 4 + width * 2)
    wb.save(target)


def csv_text(table: Table) -> str:
    """Returns a table as CSV text (callers write it UTF-8 with BOM so Excel reads the Japanese)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(table.headers)
    w.writerows(["" if v is None else v for v in row] for row in table.rows)
    return buf.getvalue()


def write_csv_dir(result: dict[str, Any], directory: Path) -> list[Path]:
    """Writes one CSV per table (UTF-8 with BOM, CRLF) and returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for t in tables(result):
        path = directory / f"{t.key}.csv"
        path.write_text(csv_text(t), encoding="utf-8-sig", newline="")
        paths.append(path)
    return paths
