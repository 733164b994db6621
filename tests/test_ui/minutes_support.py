"""Shared set-up for the tests of minutes leaving the window (export, send, privacy)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import show_active
from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

import ui.minutes_actions as minutes_actions
from app.forum_file import ForumFile
from ui.main_window import MainWindow
from ui.minutes_dialogs import DraftDialog, ExportedDialog
from ui.privacy_dialog import PrivacyDialog

TEST_NUMBER = "19090527+1474"  # Skatteverket's published test numbers
CLOSING = 7
IGNORE_POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


class Calls:
    """What the patched system services were asked to do."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.warnings: list[str] = []
        self.processes: list[tuple[str, list[str]]] = []
        self.dialogs: list[QDialog] = []
        self.open_result = True

    def paths(self) -> list[Path]:
        return [Path(url.toLocalFile()) for url in self.urls]


def patch_system_services(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Calls:
    """The mail program, file manager, message boxes and result dialogs, recorded."""
    seen = Calls()

    def open_url(url: QUrl) -> bool:
        seen.urls.append(url)
        return seen.open_result

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def start_detached(program: str, arguments: list[str], *_args: object) -> tuple[bool, int]:
        seen.processes.append((program, list(arguments)))
        return True, 4711

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    monkeypatch.setattr(minutes_actions, "drafts_folder", lambda: tmp_path / "data" / "Utkast")
    # Result dialogs are only recorded; tests press their buttons afterwards.
    for cls in (ExportedDialog, DraftDialog):
        monkeypatch.setattr(cls, "exec", lambda self: seen.dialogs.append(self) or 0)
    # Dialogs are deleted later; keep them alive while the test reads them.
    monkeypatch.setattr(minutes_actions.MinutesActions, "_run", _run_and_keep)
    return seen


def _run_and_keep(_self: object, dialog: QDialog) -> None:
    dialog.exec()


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """QFileDialog answers ``target``; returns the suggested paths it was given."""
    suggested: list[str] = []

    def ask(_parent: object, _title: str, path: str, _filter: str = "", *_a: object) -> tuple:
        suggested.append(path)
        return str(target), "Word (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def privacy_dialog_does(
    monkeypatch: pytest.MonkeyPatch, choose: Callable[[PrivacyDialog], None]
) -> list:
    shown: list[PrivacyDialog] = []

    def run(dialog: PrivacyDialog) -> int:
        shown.append(dialog)
        choose(dialog)
        return dialog.result()

    monkeypatch.setattr(PrivacyDialog, "exec", run)
    return shown


def open_window(qtbot: QtBot, forum: ForumFile) -> MainWindow:
    window = show_active(qtbot, MainWindow(forum))
    window.meeting_view.show_phase(CLOSING)
    return window  # type: ignore[no-any-return]


def closing_page(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.meeting_view.pages[CLOSING]


def gap_with_number(forum: ForumFile, meeting_id: str) -> str:
    gap = forum.gaps.list(meeting_id=meeting_id)[1]
    forum.gaps.update(gap.id, description=f"Gäller brukare {TEST_NUMBER} enligt anteckning.")
    return gap.id
