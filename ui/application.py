"""Starting the window: which file, what to tell the user when it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.messages import describe
from storage.errors import StorageError, WriteFailed

ORGANISATION = "Samsyn"
APPLICATION = "Samsyn"
SMOKE_TIMEOUT_MS = 20_000


def default_forum_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return folder / "Mitt forum.samsyn"


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


def _refuse(exc: StorageError | SamsynError, smoke: bool) -> int:
    message = describe(exc)
    sys.stderr.write(f"samsyn: {message}\n")
    if not smoke:
        QMessageBox.critical(None, "Samsyn", message)
    return 1


def run_window(requested: Path | None, *, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    path = _choose_file(requested)
    try:
        forum = _open_or_create(path)
    except OSError as exc:
        return _refuse(WriteFailed(path, exc.strerror or str(exc)), smoke)
    except (StorageError, SamsynError) as exc:
        return _refuse(exc, smoke)
    from ui.main_window import MainWindow

    window = MainWindow(forum)
    QSettings().setValue("files/last", str(path.resolve()))
    if smoke:
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
    window.resize(1100, 700)
    window.show()
    code = app.exec()
    window.close()
    forum.close()
    return int(code)
