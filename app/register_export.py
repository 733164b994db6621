"""The action register as a spreadsheet file: .xlsx or .csv, chosen by the suffix.

No spreadsheet library (the stack is fixed): the .xlsx is the smallest
SpreadsheetML that Excel and LibreOffice open without a repair prompt — one
sheet, inline strings, a bold header row that stays in view and carries an
autofilter, real date cells. The .csv is what Swedish Excel opens with a
double-click: UTF-8 with a BOM, semicolons, CRLF.

Both are built in memory and written with app.atomic, so a failed export
leaves no half-written file and any earlier file as it was.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from app.atomic import write_bytes_atomic
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.text_cleaning import one_line, sanitise

Cell = str | int | date | None

XLSX, CSV = ".xlsx", ".csv"

_C = "RegisterExport"
SHEET_NAME = QT_TRANSLATE_NOOP("RegisterExport", "Åtgärder")
FILE_NAME = QT_TRANSLATE_NOOP("RegisterExport", "Åtgärdsregister {forum} {date}")

MAX_CELL_CHARS = 32767  # Excel's limit; a longer cell makes it "repair" the file
MAX_FORUM_CHARS = 80  # keeps the suggested path well under Windows' 260
_MIN_WIDTH, _MAX_WIDTH = 6, 60  # column widths, in characters

# Excel reads "_x0041_" in a string as an escaped character ("A"); escaping the
# underscore keeps such text as typed.
_EXCEL_ESCAPE_LIKE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
# A CSV cell starting with one of these is a formula to Excel (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters Windows refuses in file names.
_ILLEGAL_IN_NAME = re.compile(r'[<>:"/\\|?*]')
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_SERIAL_DATE = date(1900, 3, 1)  # before it Excel's day numbers are off (1900 leap bug)


def export_register(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Write ``header`` and ``rows`` to ``path`` as .xlsx or .csv (by its suffix).

    Raises OutputError or RuleViolation (app.atomic) when the file cannot be written.
    """
    path = Path(path)
    _check_shape(header, rows)
    suffix = path.suffix.lower()
    if suffix == XLSX:
        data = xlsx_bytes(header, rows)
    elif suffix == CSV:
        data = csv_bytes(header, rows)
    else:
        raise ValueError(f"not a register export format: {path.suffix!r}")
    write_bytes_atomic(path, data)


def register_file_name(forum_name: str, day: date, suffix: str = XLSX) -> str:
    """ "Åtgärdsregister {forum} {YYYY-MM-DD}.xlsx", safe as a file name on every system."""
    forum = one_line(_ILLEGAL_IN_NAME.sub("-", one_line(forum_name))).strip(" .-")
    forum = forum[:MAX_FORUM_CHARS].rstrip(" .-")
    stem = translate(_C, FILE_NAME).format(forum=forum, date=day.isoformat())
    return " ".join(stem.split()) + suffix  # no double space when the name is empty


def _check_shape(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    if not header:
        raise ValueError("a register export needs at least one column")
    for number, row in enumerate(rows, start=1):
        if len(row) != len(header):
            raise ValueError(f"row {number} has {len(row)} cells for {len(header)} columns")


def clean_text(text: str) -> str:
    """``text`` as a cell holds it: line breaks as "\\n", nothing XML 1.0 cannot hold
    (the minutes' own cleaning, app.text_cleaning), within Excel's limit."""
    text = sanitise(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text[:MAX_CELL_CHARS]


# -- CSV -----------------------------------------------------------------------------


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """Semicolons and a BOM: Swedish Excel splits the columns and reads å, ä, ö right."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_cell(text) for text in header])
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, int):
        return str(cell)
    text = clean_text(cell)
    # The apostrophe makes Excel show the text instead of running it.
    return "'" + text if text.startswith(_FORMULA_START) else text


# -- XLSX ----------------------------------------------------------------------------

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell styles, as numbered in _STYLES' cellXfs.
_PLAIN, _HEADER, _DATE, _TEXT = 0, 1, 2, 3

_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Fonts, fills and borders each need their defaults (Excel wants two fills).
_STYLES = (
    f'<styleSheet xmlns="{_MAIN_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
    '<fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyAlignment="1"><alignment vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def xlsx_bytes(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    sheet_name = translate(_C, SHEET_NAME)
    last = f"{column_name(len(header) - 1)}{len(rows) + 1}"
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "xl/workbook.xml": _workbook(sheet_name, last),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/styles.xml": _STYLES,
        "xl/worksheets/sheet1.xml": _sheet(header, rows, last),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            # A fixed time stamp: the same register gives the same bytes.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (_XML_DECLARATION + xml).encode("utf-8"))
    return buffer.getvalue()


def column_name(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _workbook(sheet_name: str, last: str) -> str:
    # The autofilter's range is named too, as Excel itself writes it.
    quoted = "'" + sheet_name.replace("'", "''") + "'"
    absolute = re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", f"A1:{last}")
    return (
        f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        f'<sheets><sheet name={quoteattr(sheet_name)} sheetId="1" r:id="rId1"/></sheets>'
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{escape(quoted)}!{absolute}</definedName></definedNames>"
        "</workbook>"
    )


def _sheet(header: Sequence[str], rows: Sequence[Sequence[Cell]], last: str) -> str:
    # The order of the elements is fixed by the schema; Excel refuses another.
    frozen_header = (
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        "</sheetView></sheetViews>"
    )
    lines = [_row(1, [_text_cell(text, _HEADER) for text in header])]
    for number, row in enumerate(rows, start=2):
        lines.append(_row(number, [_cell(cell) for cell in row]))
    return (
        f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        f'<dimension ref="A1:{last}"/>'
        f"{frozen_header}"
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"{_columns(header, rows)}"
        f"<sheetData>{''.join(lines)}</sheetData>"
        f'<autoFilter ref="A1:{last}"/>'
        "</worksheet>"
    )


def _row(number: int, cells: list[str]) -> str:
    # Each cell's reference is left out: a cell without r follows the one before it.
    return f'<row r="{number}">{"".join(cells)}</row>'


def _cell(cell: Cell) -> str:
    if cell is None or cell == "":
        return "<c/>"  # keeps the next cells in their columns
    if isinstance(cell, date):
        if cell < _FIRST_SERIAL_DATE:
            return _text_cell(cell.isoformat(), _TEXT)
        return f'<c s="{_DATE}"><v>{(cell - _EXCEL_EPOCH).days}</v></c>'
    if isinstance(cell, int):
        return f'<c s="{_PLAIN}"><v>{cell}</v></c>'
    return _text_cell(cell, _TEXT)


def _text_cell(text: str, style: int) -> str:
    # An inline string is never a formula, whatever it starts with.
    value = escape(_EXCEL_ESCAPE_LIKE.sub("_x005F_", clean_text(text)))
    return f'<c s="{style}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'


def _columns(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> str:
    """Each column as wide as its longest line (bounded); long texts wrap."""
    widths = []
    for index, title in enumerate(header):
        longest = max([_width(title), *(_width(row[index]) for row in rows)])
        widths.append(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))
    cols = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
        for n, width in enumerate(widths, start=1)
    )
    return f"<cols>{cols}</cols>"


def _width(cell: Cell) -> int:
    if cell is None:
        return 0
    if isinstance(cell, date):
        return len("2026-12-31")
    return max(len(line) for line in str(cell).splitlines() or [""])
