"""Åtgärdsregister → Exportera…: the rows on screen, in their order, to .xlsx or .csv."""

from __future__ import annotations

import csv
import io
import os
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import DEMO_TODAY, show_active, type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app import model
from app.forum_file import ForumFile
from app.labels import status_label
from ui import session_dialogs
from ui.main_window import MainWindow
from ui.models.register import OPEN, RegisterModel
from ui.pages.base import PageContext
from ui.pages.register import RegisterPage
from ui.qt_changes import ChangeSignals
from ui.undo import EditController

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
EXCEL_FILTER = "Excel-arbetsbok (*.xlsx)"
CSV_FILTER = "CSV, semikolonavgränsad (*.csv)"
HEADER = [
    "Nr",
    "Åtgärd",
    "Träff",
    "Glapp",
    "Ansvarig",
    "Organisation",
    "Klart senast",
    "Status",
    "Senast uppföljd",
]
HOME_CARE = "Norrby kommun, hemsjukvård"


@pytest.fixture
def demo(demo_path: Path) -> Iterator[ForumFile]:
    with ForumFile.open(demo_path) as ff:
        yield ff


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the exports, apart from the forum file (and its -wal, -shm)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a page on its own (no window, no message bar) says in message boxes."""
    said: list[str] = []
    monkeypatch.setattr(session_dialogs, "run_box", lambda box: said.append(box.text()))
    return said


class SaveDialog:
    """Stands in for the system's save dialog: answers ``answer`` and keeps what it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path | str, chosen_filter: str):
        self.answer = (str(path), chosen_filter)
        self.asked: list[tuple[object, ...]] = []
        # The Python name the page looks up (a static function), not a C++ method.
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, *args: object) -> tuple[str, str]:
        self.asked.append(args)
        return self.answer


def _page(qtbot: QtBot, forum: ForumFile) -> RegisterPage:
    ctx = PageContext(forum, EditController(forum), ChangeSignals(forum))
    page = RegisterPage(ctx, today=lambda: DEMO_TODAY)
    page.setMinimumSize(1300, 700)  # no resize once shown (offscreen warns, warnings fail)
    show_active(qtbot, page)
    return page


def _expected(forum: ForumFile, actions: list[model.Action]) -> list[list[object]]:
    """The register's columns for ``actions``, from the forum itself (not from the view);
    the follow-up column is left out (None) and checked against the view."""
    people = {p.id: p.name for p in forum.people.list()}
    orgs = {o.id: o.name for o in forum.organisations.list()}
    gaps = {g.id: g.title for g in forum.gaps.list()}
    return [
        [
            a.position + 1,
            a.title,
            forum.meetings.get(a.meeting_id).date,
            gaps.get(a.gap_id or "") or None,
            people.get(a.owner_id or "") or None,
            orgs.get(a.organisation_id or "") or None,
            a.due,
            status_label(a.status),
        ]
        for a in actions
    ]


def _xlsx_rows(path: Path) -> list[list[object]]:
    """The sheet back as values; a date cell (style with the date format) as ISO text."""
    with zipfile.ZipFile(path) as archive:
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        styles = ET.fromstring(archive.read("xl/styles.xml"))
    formats = [xf.get("numFmtId") for xf in styles.iterfind("m:cellXfs/m:xf", NS)]
    rows = []
    for row in sheet.iterfind("m:sheetData/m:row", NS):
        values: list[object] = []
        for cell in row.iterfind("m:c", NS):
            value = cell.find("m:v", NS)
            if cell.get("t") == "inlineStr":
                values.append("".join(t.text or "" for t in cell.iterfind("m:is/m:t", NS)))
            elif value is None:
                values.append(None)
            elif formats[int(cell.get("s") or 0)] == "164":  # yyyy-mm-dd
                serial = int(value.text or "")
                values.append(date.fromordinal(date(1899, 12, 30).toordinal() + serial).isoformat())
            else:
                values.append(int(value.text or ""))
        rows.append(values)
    return rows


def _view_followups(page: RegisterPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, RegisterModel.FOLLOWUP).data() or "" for r in range(proxy.rowCount())]


def test_exports_the_filtered_rows_in_the_order_on_screen_as_xlsx(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    QSettings().setValue("files/folder", str(out))
    page = _page(qtbot, demo)
    org = next(o for o in demo.organisations.list() if o.name == HOME_CARE)
    page.organisation.set_value(org.id)
    page.view.sortByColumn(RegisterModel.TITLE, Qt.SortOrder.DescendingOrder)
    mine = [a for a in demo.actions.list() if a.organisation_id == org.id]
    mine.sort(key=lambda a: a.title.casefold(), reverse=True)
    assert len(mine) == 6 < len(demo.actions.list())

    target = out / "export.xlsx"
    dialog = SaveDialog(monkeypatch, target, EXCEL_FILTER)
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    rows = _xlsx_rows(target)
    assert rows[0] == HEADER
    assert [row[:8] for row in rows[1:]] == _expected(demo, mine)
    assert [row[8] or "" for row in rows[1:]] == _view_followups(page)
    assert told == [f"Exporterade 6 åtgärder till {target.name}."]
    # Suggested: a name with the forum and the day, in the folder used last.
    (_parent, _title, suggested, filters) = dialog.asked[0]
    name = "Åtgärdsregister Samverkansforum Norrbyn – äldre och multisjuka 2026-11-22.xlsx"
    assert suggested == str(out / name)
    assert filters == f"{EXCEL_FILTER};;{CSV_FILTER}"


def test_csv_by_the_chosen_type_with_no_contact_details(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    page = _page(qtbot, demo)
    page.set_status_filter(OPEN)
    page.view.sortByColumn(RegisterModel.NUMBER, Qt.SortOrder.DescendingOrder)
    open_ones = [a for a in demo.actions.list() if a.status in model.OPEN_ACTION_STATUSES]
    open_ones.sort(key=lambda a: a.position, reverse=True)

    folder = out / "mapp"
    folder.mkdir()
    SaveDialog(monkeypatch, folder / "registret", CSV_FILTER)  # typed without a suffix
    assert page.export() == folder / "registret.csv"

    data = (folder / "registret.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")
    text = data.decode("utf-8")[1:]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    expected = [
        [str(v) if v is not None else "" for v in row] for row in _expected(demo, open_ones)
    ]
    assert rows[0] == HEADER
    assert [row[:8] for row in rows[1:]] == expected
    assert [row[8] for row in rows[1:]] == _view_followups(page)
    assert {row[7] for row in rows[1:]} <= {"Ej påbörjad", "Pågår", "Försenad"}  # labels, not keys
    for person in demo.people.list():  # the register never shows how to reach someone
        for detail in (person.email, person.phone):
            assert not detail or detail not in text
    assert told == [f"Exporterade {len(open_ones)} åtgärder till registret.csv."]
    assert QSettings().value("files/folder") == str(folder)


def test_one_row_is_one_action(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    page = _page(qtbot, demo)
    page.search.setFocus()
    type_text(page.search, "mall för trygghetsplan")
    assert page.proxy.rowCount() == 1
    SaveDialog(monkeypatch, out / "en.xlsx", EXCEL_FILTER)
    page.export()
    assert [row[1] for row in _xlsx_rows(out / "en.xlsx")[1:]] == [
        "Gemensam mall för trygghetsplan"
    ]
    assert told == ["Exporterade 1 åtgärd till en.xlsx."]


def test_the_button_is_off_while_nothing_is_shown(
    qtbot: QtBot, demo: ForumFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo)
    assert page.export_button.isEnabled()
    page.search.setFocus()
    type_text(page.search, "zzzz-ingenting")
    assert page.proxy.rowCount() == 0
    assert not page.export_button.isEnabled()
    dialog = SaveDialog(monkeypatch, "/nowhere.xlsx", EXCEL_FILTER)
    assert page.export() is None and dialog.asked == []  # not even asked
    page.search.clear()
    assert page.export_button.isEnabled()


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    QSettings().setValue("files/folder", str(out))
    page = _page(qtbot, demo)
    SaveDialog(monkeypatch, "", "")
    assert page.export() is None
    assert list(out.iterdir()) == [] and told == []


def test_a_failure_is_one_sentence_and_the_old_file_stays(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    page = _page(qtbot, demo)
    SaveDialog(monkeypatch, out / "saknas" / "register.xlsx", EXCEL_FILTER)
    assert page.export() is None
    assert told == [
        "Det gick inte att skriva register.xlsx: mappen finns inte. Välj en mapp som finns "
        "och försök igen."
    ]
    assert not (out / "saknas").exists()

    # The file open in Excel on Windows: the rename is refused, the old export stays.
    target = out / "register.xlsx"
    target.write_bytes(b"last week's export")
    told.clear()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    SaveDialog(monkeypatch, target, EXCEL_FILTER)
    assert page.export() is None
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in out.iterdir()] == ["register.xlsx"]
    (sentence,) = told
    assert "register.xlsx" in sentence and "låst" in sentence
    assert "Traceback" not in sentence and "Errno" not in sentence and "\n" not in sentence


def test_in_the_window_on_a_read_only_forum_news_in_the_message_bar(
    qtbot: QtBot, demo_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ForumFile.open(demo_path, read_only=True) as forum:
        window = show_active(qtbot, MainWindow(forum))
        assert window.guard is not None  # the editing controls are locked
        window.sidebar.nav_buttons[1].click()
        page = window.register_page
        assert page.isVisible() and page.proxy.rowCount() == 18
        assert page.export_button.isEnabled()  # exporting only reads

        SaveDialog(monkeypatch, out / "alla.xlsx", EXCEL_FILTER)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert len(_xlsx_rows(out / "alla.xlsx")) == 19
        assert window.message_bar.text() == "Exporterade 18 åtgärder till alla.xlsx."

        SaveDialog(monkeypatch, out / "saknas" / "alla.xlsx", EXCEL_FILTER)
        page.export()
        assert "mappen finns inte" in window.message_bar.text()
        window.close()


def test_a_typed_suffix_wins_and_a_changed_name_is_asked_about(
    qtbot: QtBot, demo: ForumFile, out: Path, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    page = _page(qtbot, demo)
    SaveDialog(monkeypatch, out / "lista.CSV", EXCEL_FILTER)  # typed .CSV, type left at Excel
    assert page.export() == out / "lista.CSV"
    assert (out / "lista.CSV").read_bytes().startswith(b"\xef\xbb\xbfNr;")

    # "rapport" becomes rapport.xlsx, which the dialog never asked about: we ask
    # (the box is closed without an answer here, so nothing is replaced).
    (out / "rapport.xlsx").write_bytes(b"keep me")
    told.clear()
    SaveDialog(monkeypatch, out / "rapport", EXCEL_FILTER)
    assert page.export() is None
    assert told == ["rapport.xlsx finns redan. Vill du ersätta den?"]
    assert (out / "rapport.xlsx").read_bytes() == b"keep me"
