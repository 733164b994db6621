"""Exporting the minutes from the window: the strip, the File menu, the save dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import docx_text, sha256, show_active
from minutes_support import (
    Calls,
    closing_page,
    open_window,
    patch_system_services,
    save_as,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

import ui.minutes_actions as minutes_actions
from app.forum_file import ForumFile
from ui.file_actions import FileActions
from ui.main_window import PAGE_MEETING, MainWindow
from ui.minutes_dialogs import ExportedDialog


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    return patch_system_services(monkeypatch, tmp_path)


def test_export_from_the_closing_strip(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ut" / "Minnesanteckningar"  # no suffix: .docx is added
    target.parent.mkdir()
    suggested = save_as(monkeypatch, target)
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        forum_name = ff.forum.get().name
        meeting = ff.meetings.list()[-1]
        closing = closing_page(window)
        assert closing.minutes_bar.isVisible()
        qtbot.mouseClick(closing.minutes_bar.export_button, Qt.MouseButton.LeftButton)

        written = target.with_name("Minnesanteckningar.docx")
        assert written.is_file()
        assert forum_name in docx_text(written)
        assert sorted(p.name for p in written.parent.iterdir()) == [written.name]
        # The suggested name came from the minutes module, in Documents the first time.
        assert Path(suggested[0]).name.endswith(f"{meeting.date}.docx")
        assert QSettings().value("minutes/folder") == str(written.parent)

        (dialog,) = calls.dialogs
        assert isinstance(dialog, ExportedDialog)
        assert written.name in dialog.message.text()
        assert dialog.open_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
        dialog.open_button.click()
        assert calls.paths() == [written]
        assert dialog.result() == QDialog.DialogCode.Accepted
        dialog.folder_button.click()  # not Windows or macOS here: the folder opens
        assert calls.paths()[-1] == written.parent

        # The next export suggests the folder used last time.
        save_as(monkeypatch, written)
        window.minutes.export(meeting.id)
        window.close()


def test_export_in_english_from_a_read_only_file(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.minutes

    # The English words come from the translations; here only the choice is checked.
    languages: list[str] = []
    real_export = app.minutes.export_minutes

    def export(forum: ForumFile, meeting_id: str, target: Path, language: str = "sv") -> None:
        languages.append(language)
        real_export(forum, meeting_id, target, language)

    monkeypatch.setattr(app.minutes, "export_minutes", export)
    save_as(monkeypatch, tmp_path / "minutes.docx")
    before = sha256(demo_path)
    with ForumFile.open(demo_path, read_only=True) as ff:
        window = open_window(qtbot, ff)
        bar = closing_page(window).minutes_bar
        bar.language.setCurrentIndex(bar.language.findData("en"))
        assert QSettings().value("minutes/language") == "en"
        bar.export_button.click()
        window.close()
        forum_name = ff.forum.get().name
    assert languages == ["en"]
    assert forum_name in docx_text(tmp_path / "minutes.docx")
    assert calls.warnings == []
    assert sha256(demo_path) == before

    # The choice is remembered for the next window.
    with ForumFile.open(demo_path, read_only=True) as ff:
        window = open_window(qtbot, ff)
        assert closing_page(window).minutes_bar.chosen_language() == "en"
        window.close()


def test_export_into_a_missing_folder_says_one_sentence(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saknas" / "protokoll.docx"
    save_as(monkeypatch, target)
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        assert window.minutes.export(window.meeting_view.meeting_id) is None
        window.close()
    (message,) = calls.warnings
    assert "protokoll.docx" in message and "mappen finns inte" in message
    assert "\n" not in message and "Traceback" not in message
    assert not target.parent.exists()
    assert calls.dialogs == []


def test_export_never_writes_over_the_forum_file(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = tmp_path / "forum.docx"  # a forum file with a .docx name
    odd.write_bytes(demo_path.read_bytes())
    save_as(monkeypatch, odd)
    with ForumFile.open(odd) as ff:
        window = open_window(qtbot, ff)
        closing_page(window).minutes_bar.export_button.click()
        window.close()
    (message,) = calls.warnings
    assert "forum.docx" in message and "skrivs inte över" in message
    assert odd.read_bytes().startswith(b"SQLite format 3\x00")  # still the forum, not a .docx
    with ForumFile.open(odd, read_only=True) as reopened:
        assert len(reopened.meetings.list()) == 4


def test_file_menu_entries_follow_the_meeting_shown(
    qtbot: QtBot, forum: ForumFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_active(qtbot, MainWindow(forum, FileActions(lambda _path: True)))
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions()]
    copy = texts.index("Spara en &kopia…")
    assert texts[copy + 1 : copy + 3] == [
        "&Exportera minnesanteckningar…",
        "Skicka &till deltagare…",
    ]
    export, send = menu.actions()[copy + 1 : copy + 3]
    assert export.shortcut().toString() == "Ctrl+E"
    assert not export.isEnabled() and not send.isEnabled()
    window.sidebar.add_meeting()
    assert window.pages.currentIndex() == PAGE_MEETING
    assert export.isEnabled() and send.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(window.minutes, "export", asked.append)
    qtbot.keyClick(window.meeting_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [window.meeting_view.meeting_id]
    window.controller.stack.undo()  # the meeting is gone again
    assert not export.isEnabled() and not send.isEnabled()
    window.close()


def test_after_export_when_nothing_opens_the_document(calls: Calls, tmp_path: Path) -> None:
    calls.open_result = False
    path = tmp_path / "Minnesanteckningar.docx"
    dialog = ExportedDialog(path)
    dialog.open_button.click()
    assert calls.paths() == [path]
    assert dialog.problem.isVisibleTo(dialog) and "Inget program" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, to show the folder
    dialog.folder_button.click()
    assert "Mappen kunde inte visas" in dialog.problem.text()
    assert str(tmp_path) in dialog.problem.text()


def test_an_added_suffix_does_not_replace_a_file_without_asking(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, calls: Calls, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "Anteckningar.docx"
    existing.write_bytes(b"last month's minutes")
    save_as(monkeypatch, tmp_path / "Anteckningar")  # typed without .docx
    answers: list[str] = []

    def answer(box: QMessageBox) -> object:
        answers.append(box.text())
        return None  # closed: not replaced

    monkeypatch.setattr("ui.session_dialogs.run_box", answer)
    with ForumFile.open(demo_path) as ff:
        window = open_window(qtbot, ff)
        assert window.minutes.export(window.meeting_view.meeting_id) is None
        window.close()
    assert answers == ["Anteckningar.docx finns redan. Vill du ersätta den?"]
    assert existing.read_bytes() == b"last month's minutes"
    assert minutes_actions.docx_path(str(tmp_path / "gamla.doc")) == tmp_path / "gamla.docx"
