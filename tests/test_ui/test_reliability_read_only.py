"""A forum open read-only (RELIABILITY.md fault 6): a banner that says so and why,
every editing control off, reading, moving around, export and "Spara en
kopia…" still working, and the file's bytes unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import sha256, show_active, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from reliability_support import Answers, answers, lock_holder, manager  # noqa: F401

from app.forum_file import ForumFile
from app.forum_lock import lock_path
from storage.files import writable_here
from ui.application import WindowManager
from ui.main_window import PAGE_MEETING, MainWindow
from ui.minutes_dialogs import ExportedDialog
from ui.read_only import SAFE_NAMES, read_only_reason
from ui.widgets.capture_line import CaptureLine

GAPS, OPENING, FOLLOW_UP = 3, 1, 2
CHECK_BOX = QPoint(10, 8)  # where a list row's check box sits, from its top left corner


def _save_copy_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Samsyn (*.samsyn)")
    )


def _menu_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    menu = window.menuBar().actions()[0].menu()
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _editing_controls_are_off(window: MainWindow) -> None:
    for line in window.findChildren(CaptureLine):
        assert not line.isEnabled(), line.objectName()
    for field in window.findChildren(QLineEdit):
        if not isinstance(field, CaptureLine) and not _inside_safe(field, window):
            assert field.isReadOnly() or not field.isEnabled(), field.objectName()
    for text in window.findChildren(QPlainTextEdit):
        assert text.isReadOnly(), text.objectName()
    for view in window.findChildren(QAbstractItemView):
        assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QComboBox):
        if not _inside_safe(widget, window):
            assert not widget.isEnabled(), widget.objectName() or widget.text()


def _inside_safe(widget, window) -> bool:  # type: ignore[no-untyped-def]
    while widget is not None and widget is not window:
        if widget.objectName() in SAFE_NAMES:
            return True
        widget = widget.parentWidget()
    return False


def test_read_only_window_locks_editing_and_keeps_reading_export_and_copy(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = sha256(demo_path)
    assert manager.open_path(demo_path, read_only=True)
    window = manager.window
    assert window is not None and window.forum.read_only
    show_active(qtbot, window)
    assert not lock_path(demo_path).exists()  # a reader holds no lock
    assert window.banner is not None and window.banner.isVisible()
    assert window.banner.text() == (
        "Skrivskyddad: filen öppnades skrivskyddad. Ändringar sparas inte."
    )
    assert window.windowTitle().endswith("(skrivskyddad)")
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert not window.new_meeting_action.isEnabled()
    assert not window.sidebar.new_meeting.isEnabled()

    # Every page, every phase: moving around works, nothing can be edited.
    for nav in range(3):
        window.sidebar.nav_buttons[nav].click()
        assert window.pages.currentIndex() != PAGE_MEETING
        _editing_controls_are_off(window)
    latest = window.forum.meetings.list()[-1]
    window.sidebar.select_meeting(latest.id)
    for step in range(8):
        qtbot.mouseClick(window.meeting_view.step_buttons[step], Qt.MouseButton.LeftButton)
        assert window.meeting_view.phase == step
        _editing_controls_are_off(window)

    # A page that enables its buttons when a row is chosen does not win.
    window.meeting_view.show_phase(FOLLOW_UP)
    follow_up = window.meeting_view.pages[FOLLOW_UP]
    assert follow_up.model.rowCount() > 1
    follow_up.table.selectionModel().clear()
    follow_up.select_row(1)
    assert follow_up.current_row() is not None
    assert not any(b.isEnabled() for b in follow_up.status_buttons)
    assert not follow_up.note.isEnabled() or follow_up.note.isReadOnly()

    # Keys that would edit are refused with a sentence, and nothing changes.
    window.meeting_view.show_phase(GAPS)
    gaps = window.meeting_view.pages[GAPS]
    gaps.select_row(0)
    gaps.table.setFocus()
    qtbot.keyClick(gaps.table, Qt.Key.Key_Delete)
    assert "öppnad skrivskyddad" in window.message_bar.text()
    assert gaps.model.rowCount() == len(window.forum.gaps.list(meeting_id=latest.id))

    # Ticking an organisation in the side panel does nothing (the click never
    # reaches the controller, which would refuse it with a message).
    window.message_bar.hide()
    organisations = gaps.details.organisation_list
    model = organisations.model()
    ticked = [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)]
    for row in range(3):
        rect = organisations.visualRect(model.index(row, 0))
        qtbot.mouseClick(
            organisations.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + CHECK_BOX
        )
    assert [model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)] == ticked
    assert window.message_bar.text() == ""

    # Filters in the register still filter; the search field still takes text.
    window.sidebar.nav_buttons[1].click()
    search = window.register_page.search
    assert search.isEnabled() and not search.isReadOnly()
    search.setFocus()
    type_text(search, "zzzz-ingenting")
    assert window.register_page.proxy.rowCount() == 0
    search.clear()

    # Export the minutes and save a copy: both still work.
    window.sidebar.select_meeting(latest.id)
    window.meeting_view.show_phase(7)
    closing = window.meeting_view.pages[7]
    assert closing.minutes_bar.export_button.isEnabled()
    assert window.minutes.export_action.isEnabled()
    target = tmp_path / "ut.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Word (*.docx)")
    )
    monkeypatch.setattr(ExportedDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    assert window.minutes.export(latest.id) == target and target.stat().st_size > 0
    copy = tmp_path / "kopia.samsyn"
    _save_copy_to(monkeypatch, copy)
    _menu_action(window, "Spara en &kopia…").trigger()
    with ForumFile.open(copy, read_only=True) as saved:
        assert len(saved.meetings.list()) == 4

    window.close()
    assert sha256(demo_path) == before


def test_a_file_or_folder_without_write_permission_opens_read_only_and_says_so(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sandbox runs as root (chmod is ignored): the system's answer is patched instead.
    real_access = os.access

    def no_writing(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(demo_path.parent)):
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_writing)
    assert not writable_here(demo_path)
    before = sha256(demo_path)
    assert manager.open_path(demo_path)  # not asked for read-only: the file decides
    window = manager.window
    assert window is not None and window.forum.read_only
    assert window.session is not None and window.session.backups is None
    assert window.banner is not None
    assert window.banner.text() == (
        "Skrivskyddad: du har inte skrivrätt till filen eller till mappen den ligger i. "
        "Ändringar sparas inte."
    )
    window.close()
    assert sha256(demo_path) == before


def test_the_reason_for_read_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "forum.samsyn"
    path.write_bytes(b"x")
    assert writable_here(path)
    assert read_only_reason(path) == "filen öppnades skrivskyddad."
    assert read_only_reason(path, "på datorn x") == (
        "filen är öppen för redigering i en annan Samsyn (på datorn x)."
    )
    monkeypatch.setattr(os, "access", lambda p, mode, **_k: mode != os.W_OK or p != path)
    assert not writable_here(path)  # the file itself
    assert read_only_reason(path).startswith("du har inte skrivrätt")
    monkeypatch.setattr(os, "access", lambda p, mode, **_k: mode != os.W_OK or p != tmp_path)
    assert not writable_here(path)  # its folder (no lock file, no -wal can be made there)


def test_banner_reopens_for_editing_once_the_other_samsyn_is_gone(
    qtbot: QtBot,
    manager: WindowManager,  # noqa: F811
    answers: Answers,  # noqa: F811
    demo_path: Path,
) -> None:
    with lock_holder(demo_path):
        answers.clicks = ["Öppna skrivskyddat"]
        assert manager.open_path(demo_path)
        reader = manager.window
        assert reader is not None and reader.banner is not None
        answers.clicks = ["Avbryt"]
        reopen = reader.banner.findChild(QPushButton, "readOnlyReopen")
        assert reopen is not None and reopen.isEnabled() and reopen.isVisibleTo(reader)
        reopen.click()  # the other one still has it: asked again, stays read-only
        assert manager.window is reader and len(answers.shown) == 2
    reopen.click()  # gone now
    writer = manager.window
    assert writer is not None and writer is not reader
    assert not writer.forum.read_only and writer.banner is None
    assert writer.session is not None and writer.session.lock.held
    assert all(line.isEnabled() for line in writer.findChildren(CaptureLine)[:1])


def test_a_control_built_after_another_was_destroyed_is_locked_too(qtbot: QtBot) -> None:
    # Pages are built lazily and destroyed: a new control may get the address
    # (the id) of a destroyed one that was locked. It must be locked all the same.
    from PySide6.QtWidgets import QWidget

    from ui.read_only import ReadOnlyGuard

    root = QWidget()
    qtbot.addWidget(root)
    guard = ReadOnlyGuard(root)
    first = QPushButton("Spara", root)
    guard.apply(root)
    used = id(first)
    first.setParent(None)
    del first  # the wrapper's memory is free for the next one
    spare = []
    for _ in range(500):
        button = QPushButton("Ny", root)
        if id(button) == used:
            break
        spare.append(button)
    else:
        pytest.skip("no address was reused this time")
    guard.apply(root)
    button.setEnabled(True)  # a page enables it, e.g. when a row is selected
    assert not button.isEnabled()
