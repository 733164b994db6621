"""Starting the window: which file, language, and what to say when it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.i18n import install_language, system_language
from app.messages import describe
from storage.errors import StorageError, WriteFailed
from ui.file_actions import data_folder, remember_recent

ORGANISATION = "Samsyn"
APPLICATION = "Samsyn"
SMOKE_TIMEOUT_MS = 20_000


def default_forum_path() -> Path:
    return data_folder() / "Mitt forum.samsyn"


def chosen_language() -> str:
    """The language picked in settings, else the system's."""
    value = QSettings().value("ui/language")
    return value if value in ("sv", "en") else system_language()


def _choose_file(requested: Path | None) -> Path:
    if requested is not None:
        return requested
    last = QSettings().value("files/last")
    if isinstance(last, str) and Path(last).is_file():
        return Path(last)
    return default_forum_path()


def _open_or_create(path: Path) -> ForumFile:
    if path.exists():
        return ForumFile.open(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return ForumFile.create(path, path.stem)


class _FirstPaint(QObject):
    """Quits the application once the watched window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


class WindowManager(QObject):
    """Owns the open forum and its window; switching forums replaces both."""

    def __init__(self, smoke: bool = False) -> None:
        super().__init__()
        self.smoke = smoke
        self.forum: ForumFile | None = None
        self.window: QMainWindow | None = None

    def report(self, exc: StorageError | SamsynError) -> None:
        message = describe(exc)
        sys.stderr.write(f"samsyn: {message}\n")
        if not self.smoke:
            QMessageBox.critical(self.window, "Samsyn", message)

    def open_path(self, path: Path) -> bool:
        try:
            forum = _open_or_create(path)
        except OSError as exc:
            self.report(WriteFailed(path, exc.strerror or str(exc)))
            return False
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return False
        from ui.file_actions import FileActions
        from ui.main_window import MainWindow

        old_window, old_forum = self.window, self.forum
        self.forum = forum
        self.window = MainWindow(forum, FileActions(self.open_path, self))
        remember_recent(path)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_forum is not None:
            old_forum.close()
        return True

    def close(self) -> None:
        if self.forum is not None:
            self.forum.close()
            self.forum = None


def run_window(requested: Path | None, *, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_language(chosen_language())
    manager = WindowManager(smoke)
    if not manager.open_path(_choose_file(requested)):
        return 1
    if smoke:
        assert manager.window is not None
        manager.window.installEventFilter(_FirstPaint(manager.window))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
    code = app.exec()
    manager.close()
    return int(code)
