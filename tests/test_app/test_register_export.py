"""The action register as .xlsx and .csv: read back, cell by cell."""

from __future__ import annotations

import csv
import io
import os
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.errors import OutputError, RuleViolation
from app.messages import describe
from app.register_export import (
    MAX_CELL_CHARS,
    Cell,
    column_name,
    export_register,
    register_file_name,
)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
SHEET = "xl/worksheets/sheet1.xml"
HEADER = ["Nr", "Åtgärd", "Träff", "Ansvarig", "Klart senast", "Status"]
ROWS: list[list[Cell]] = [
    [1, "Ring hemtjänsten före utskrivning", date(2026, 3, 12), "Åsa Öberg", None, "Klar"],
    [2, 'Säg "hej" & <välkommen>; sen då?', date(2026, 5, 7), "", date(2026, 6, 1), "Pågår"],
    [3, "Rad ett\nrad två\r\nrad tre", date(2026, 9, 3), "Ärla Ek", date(2027, 1, 15), "Ej börjad"],
]
EXCEL_EPOCH = date(1899, 12, 30)


def _cells(path: Path) -> list[list[object]]:
    """The sheet's rows as Python values: text, int, or the day number of a date cell."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        root = ET.fromstring(archive.read(SHEET))
    rows = []
    for row in root.iterfind("m:sheetData/m:row", NS):
        values: list[object] = []
        for cell in row.iterfind("m:c", NS):
            if cell.get("t") == "inlineStr":
                values.append("".join(t.text or "" for t in cell.iterfind("m:is/m:t", NS)))
            elif (value := cell.find("m:v", NS)) is not None:
                values.append(int(value.text or ""))
            else:
                values.append(None)
        rows.append(values)
    return rows


def _expected_xlsx(rows: list[list[Cell]]) -> list[list[object]]:
    def value(cell: Cell) -> object:
        if isinstance(cell, date):
            return (cell - EXCEL_EPOCH).days
        if isinstance(cell, str):
            return cell.replace("\r\n", "\n") or None
        return cell

    return [list(HEADER)] + [[value(c) for c in row] for row in rows]


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


# -- xlsx ------------------------------------------------------------------------------


def test_xlsx_holds_exactly_the_rows(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    export_register(target, HEADER, ROWS)
    assert _cells(target) == _expected_xlsx(ROWS)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"
        for name in names:  # every part is well-formed XML
            ET.fromstring(archive.read(name))
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        sheet = ET.fromstring(archive.read(SHEET))
        styles = ET.fromstring(archive.read("xl/styles.xml"))
    (sheet_entry,) = workbook.iterfind("m:sheets/m:sheet", NS)
    assert sheet_entry.get("name") == "Åtgärder"
    # A bold header that stays in view and filters; the dates formatted as dates.
    header_style = int(sheet.find("m:sheetData/m:row/m:c", NS).get("s"))  # type: ignore[union-attr]
    xfs = styles.findall("m:cellXfs/m:xf", NS)
    fonts = styles.findall("m:fonts/m:font", NS)
    assert fonts[int(xfs[header_style].get("fontId") or 0)].find("m:b", NS) is not None
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    assert pane is not None and pane.get("state") == "frozen" and pane.get("ySplit") == "1"
    assert sheet.find("m:autoFilter", NS).get("ref") == "A1:F4"  # type: ignore[union-attr]
    assert sheet.find("m:dimension", NS).get("ref") == "A1:F4"  # type: ignore[union-attr]
    date_cell = sheet.findall("m:sheetData/m:row", NS)[1].findall("m:c", NS)[2]
    number_format = xfs[int(date_cell.get("s") or 0)].get("numFmtId")
    (custom,) = styles.iterfind("m:numFmts/m:numFmt", NS)
    assert number_format == custom.get("numFmtId") and "yyyy" in (custom.get("formatCode") or "")
    widths = [float(c.get("width") or 0) for c in sheet.iterfind("m:cols/m:col", NS)]
    assert len(widths) == len(HEADER) and widths[1] > widths[0]  # titles get more room


def test_xlsx_escapes_text_and_leaves_formulas_as_text(tmp_path: Path) -> None:
    tricky = [
        '=HYPERLINK("http://x";"klicka")',
        "+46 70 123",
        "-minus",
        "@summa",
        "a & b < c > d \"e\" 'f'",
        "]]> <![CDATA[ x",
        "_x0041_ stays as typed",
    ]
    rows: list[list[Cell]] = [[n, text, None, "", None, ""] for n, text in enumerate(tricky)]
    target = tmp_path / "tricky.xlsx"
    export_register(target, HEADER, rows)
    shown = [row[1] for row in _cells(target)[1:]]
    # Excel reads "_x0041_" as an escaped "A": the underscore is escaped so it does not.
    assert shown[:-1] == tricky[:-1]
    assert shown[-1] == "_x005F_x0041_ stays as typed"
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read(SHEET).decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    assert 't="inlineStr"' in sheet


def test_xlsx_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    dirty = "a\x00b\x01c\x08d\x0ce\x1ff\ufffeg\uffffh\ud800i\tj"
    rows: list[list[Cell]] = [[1, dirty, None, "Word\x0bradbrytning", None, ""]]
    target = tmp_path / "dirty.xlsx"
    export_register(target, HEADER, rows)
    (row,) = _cells(target)[1:]
    assert row[1] == "abcdefghi\tj"
    assert row[3] == "Word\nradbrytning"  # Word's Shift+Enter is a line break


def test_a_very_long_text_is_cut_to_what_excel_holds(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [[1, "å" * (MAX_CELL_CHARS + 10), None, "", None, ""]]
    target = tmp_path / "long.xlsx"
    export_register(target, HEADER, rows)
    assert _cells(target)[1][1] == "å" * MAX_CELL_CHARS


def test_an_empty_register_is_still_a_workbook(tmp_path: Path) -> None:
    target = tmp_path / "tom.xlsx"
    export_register(target, HEADER, [])
    assert _cells(target) == [HEADER]


def test_column_names() -> None:
    assert [column_name(i) for i in (0, 8, 25, 26, 27, 51, 52, 701, 702)] == [
        "A", "I", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


def test_dates_are_excel_day_numbers(tmp_path: Path) -> None:
    days = [date(1900, 3, 1), date(2026, 11, 22), date(2026, 11, 22) + timedelta(days=400)]
    rows: list[list[Cell]] = [[1, "x", d, "", None, ""] for d in days]
    target = tmp_path / "dates.xlsx"
    export_register(target, HEADER, rows)
    assert [row[2] for row in _cells(target)[1:]] == [61, 46348, 46748]


# -- csv -------------------------------------------------------------------------------


def test_csv_for_swedish_excel(tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    export_register(target, HEADER, ROWS)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNr;\xc3\x85tg\xc3\xa4rd;Tr\xc3\xa4ff;")
    assert data.endswith(b"\r\n")
    # Every record ends in CRLF; a line break inside a (quoted) cell is a plain LF.
    assert data.count(b"\r\n") == len(ROWS) + 1
    assert _csv_rows(target) == [
        HEADER,
        ["1", "Ring hemtjänsten före utskrivning", "2026-03-12", "Åsa Öberg", "", "Klar"],
        ["2", 'Säg "hej" & <välkommen>; sen då?', "2026-05-07", "", "2026-06-01", "Pågår"],
        ["3", "Rad ett\nrad två\nrad tre", "2026-09-03", "Ärla Ek", "2027-01-15", "Ej börjad"],
    ]
    assert b'"S\xc3\xa4g ""hej"" & <v\xc3\xa4lkommen>; sen d\xc3\xa5?"' in data


@pytest.mark.parametrize("text", ["=1+1", "+46 70", "-minus", "@summa", "\tflik"])
def test_csv_cells_that_excel_would_run_start_with_an_apostrophe(tmp_path: Path, text: str) -> None:
    target = tmp_path / "formler.csv"
    export_register(target, HEADER, [[1, text, None, "a=b", None, "Klar"]])
    (row,) = _csv_rows(target)[1:]
    assert row == ["1", "'" + text, "", "a=b", "", "Klar"]


def test_csv_drops_characters_that_are_no_text(tmp_path: Path) -> None:
    target = tmp_path / "smutsig.csv"
    export_register(target, HEADER, [[1, "a\x00b\ud800c", None, "", None, ""]])
    assert _csv_rows(target)[1][1] == "abc"


# -- the file ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["register.xlsx", "register.csv"])
def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(b"previous export")

    def refuse(src: object, dst: object) -> None:  # Windows, while Excel has the file open
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        export_register(target, HEADER, ROWS)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left
    message = describe(caught.value)
    assert name in message and "låst" in message and "\n" not in message


def test_a_failure_while_writing_the_bytes_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "register.xlsx"
    export_register(target, HEADER, ROWS[:1])
    before = target.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError) as caught:
        export_register(target, HEADER, ROWS)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]
    assert "disken är full" in describe(caught.value)


def test_a_forum_file_is_never_overwritten(tmp_path: Path, forum_path: Path) -> None:
    from app.forum_file import ForumFile

    ForumFile.create(forum_path, "Forum").close()
    disguised = tmp_path / "forum.xlsx"
    disguised.write_bytes(forum_path.read_bytes())
    with pytest.raises(RuleViolation):
        export_register(disguised, HEADER, ROWS)
    assert disguised.read_bytes() == forum_path.read_bytes()


def test_the_suffix_decides_the_format(tmp_path: Path) -> None:
    upper = tmp_path / "REGISTER.XLSX"
    export_register(upper, HEADER, ROWS)
    assert zipfile.is_zipfile(upper)
    with pytest.raises(ValueError):
        export_register(tmp_path / "register.txt", HEADER, ROWS)
    with pytest.raises(ValueError):  # a row that does not fit the header
        export_register(tmp_path / "register.csv", HEADER, [[1, "för kort"]])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["REGISTER.XLSX"]


def test_suggested_file_name() -> None:
    day = date(2026, 11, 22)
    assert register_file_name("Samverkansforum Norrbyn", day) == (
        "Åtgärdsregister Samverkansforum Norrbyn 2026-11-22.xlsx"
    )
    assert register_file_name('Vård/omsorg: "Syd"?\n', day, ".csv") == (
        "Åtgärdsregister Vård-omsorg- -Syd 2026-11-22.csv"
    )
    assert register_file_name("", day) == "Åtgärdsregister 2026-11-22.xlsx"
