"""Starting the window: which file, language, and what to say when it cannot open.

What only a failure, a lock or a restore needs (the dialogs, the backup
lookup, the read-only wording) is imported when that happens: every import
here is paid at each start-up (issue 6).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.forum_lock import ForumLock
from app.forum_session import ForumSession, open_session, restore_and_open
from app.i18n import install_language, install_qt_language, system_language
from app.messages import describe
from app.paths import name_application
from storage import errors
from storage.errors import StorageError, WriteFailed
from ui.file_actions import data_folder, remember_recent
from ui.icons import app_icon
from ui.presentation.timer import MeetingTimer

if TYPE_CHECKING:
    from storage.backups import BackupInfo
    from storage.opening import OpenAhead
    from ui.main_window import MainWindow

SMOKE_TIMEOUT_MS = 20_000
MODAL_RETRY_MS = 300  # a forum asked for while a dialog is open waits this long, again
GC_PAUSE_LIMIT_MS = 10_000  # the collector resumes by then even without a paint
# Files the storage layer refuses to open; their newest good backup is offered.
REFUSED = (
    errors.EmptyFile,
    errors.NotSqliteFile,
    errors.ForeignDatabase,
    errors.DamagedFile,
    errors.NewerSchema,
)
# (session, why it is read-only or None, news for the message bar or None)
Opened = tuple[ForumSession, str | None, str | None]


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


def _may_create(path: Path, smoke: bool) -> bool:
    """A forum named on the command line that is not there: asked, never assumed.

    Without a name Samsyn opens the last forum, or makes the default one on the
    first start; those need no question.
    """
    if not smoke:
        from ui import session_dialogs

        if session_dialogs.may_create(path):
            return True
    sys.stderr.write(f"samsyn: {describe(errors.FileMissing(path))}\n")
    return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, as soon as the watched window has painted for the first time.

    ``then`` runs from the event loop, after the paint, and not at all once
    ``context`` is gone.
    """

    def __init__(self, window: QWidget, then: Callable[[], object], context: QObject) -> None:
        super().__init__(window)
        self._then = then
        self._context = context
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._context, self._then)
        return False


class SamsynApplication(QApplication):
    """The application object; it also hears of forums the system asks to open.

    macOS does not put a .samsyn double-clicked in Finder (or dropped on the
    Dock icon) on the command line: it sends the application a QFileOpenEvent,
    at start-up too. Only events sent to the application object pass through
    ``event``, so this costs nothing per widget event (an application-wide
    event filter would).
    """

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            file = event.file()  # type: ignore[attr-defined] # a QFileOpenEvent
            if file:
                self.file_open_requested.emit(file)
            return True
        return super().event(event)


class WindowManager(QObject):
    """Owns the open forum's session and its window; switching forums replaces both.

    ``backups_root`` replaces ``<AppDataLocation>/backups`` (tests).
    """

    def __init__(
        self,
        smoke: bool = False,
        *,
        backups_root: Path | None = None,
        ahead: OpenAhead | None = None,
        lock: ForumLock | None = None,
    ) -> None:
        super().__init__()
        self.smoke = smoke
        self.backups_root = backups_root
        # The first file's lock and checks, begun by app.cli; for the first open only.
        self._ahead = ahead
        self._first_lock = lock
        self.session: ForumSession | None = None
        self.window: MainWindow | None = None
        # The room's countdown (Ctrl+T): it runs on when the window is rebuilt.
        self.timer = MeetingTimer(self)

    @property
    def forum(self) -> ForumFile | None:
        return self.session.forum if self.session is not None else None

    def report(self, exc: StorageError | SamsynError) -> None:
        message = describe(exc)
        sys.stderr.write(f"samsyn: {message}\n")
        if not self.smoke:
            from ui import session_dialogs

            session_dialogs.tell(self.window, message)

    # -- opening -------------------------------------------------------------------

    def drop_first(self) -> None:
        """Give up the first file's lock and checks if no open took them."""
        if self._ahead is not None:
            self._ahead.discard()
            self._ahead = None
        if self._first_lock is not None:
            self._first_lock.release()
            self._first_lock = None

    def drafts_settled(self, *, restoring: bool = False) -> bool:
        """Text typed but not entered in the window is added or thrown away, as the
        user chooses; False: they went back to it."""
        if self.window is None:
            return True
        from ui.drafts import settle_drafts

        return settle_drafts(self.window, restoring=restoring)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        path = Path(path)
        if not self.drafts_settled():
            return False
        try:
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                ForumFile.create(path, path.stem).close()
        except OSError as exc:
            self.report(WriteFailed(path, exc.strerror or str(exc)))
            return False
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return False
        lock = self._lock_to_reuse(path)
        opened = self._open(path, read_only, lock)
        if opened is None:
            if lock is not None and self.window is not None:
                self.window.close()  # its forum is closed already: nothing to show
            return False
        self._show(path, *opened)
        return True

    def _lock_to_reuse(self, path: Path) -> ForumLock | None:
        """Reopening the forum this window edits (a new language): keep its lock.

        A second lock on the same file, even from this process, would be refused.
        """
        window = self.window
        if window is None or window.session is None or not _same_file(window.forum.path, path):
            return None
        if not window.session.lock.held:
            return None
        return window.close_session(keep_lock=True)

    def _open(self, path: Path, read_only: bool, lock: ForumLock | None) -> Opened | None:
        try:
            session = self._open_session(path, read_only=read_only, lock=lock)
        except errors.Locked as exc:
            return self._open_locked(path, exc)
        except REFUSED as exc:
            return self._offer_restore(path, exc)
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return None
        if not session.read_only:
            return session, None, None
        from ui.read_only import read_only_reason

        return session, read_only_reason(path), None

    def _open_session(
        self,
        path: Path,
        *,
        read_only: bool = False,
        take_over_lock: bool = False,
        lock: ForumLock | None = None,
    ) -> ForumSession:
        ahead, self._ahead = self._ahead, None
        first_lock, self._first_lock = self._first_lock, None
        if first_lock is not None:
            if lock is None and not read_only and not take_over_lock:
                lock = first_lock  # held: open_session keeps it, or releases it on refusal
            else:
                first_lock.release()
        try:
            # The backup on open waits for the window's first paint (see _show).
            return open_session(
                path,
                read_only=read_only,
                take_over_lock=take_over_lock,
                lock=lock,
                backups_root=self.backups_root,
                backup_on_open=False,
                ahead=ahead,
            )
        finally:
            if ahead is not None:
                ahead.discard()  # when the open did not take its connection

    def _open_locked(self, path: Path, locked: errors.Locked) -> Opened | None:
        """Another Samsyn edits the file: say who, and offer it read-only.

        A lock from another computer may be one nobody holds any more (a flat
        battery, the stick moved here): the user may take it over.
        """
        from ui import session_dialogs
        from ui.read_only import read_only_reason

        if self.smoke:
            self.report(locked)
            return None
        choice = session_dialogs.ask_about_lock(self.window, locked)
        if choice is None:
            return None
        take_over = choice == session_dialogs.TAKE_OVER
        try:
            session = self._open_session(path, read_only=not take_over, take_over_lock=take_over)
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return None
        if take_over and not session.read_only:
            return session, None, None
        reason = None if take_over else session_dialogs.holder_text(locked)
        return session, read_only_reason(path, reason), None

    def _offer_restore(self, path: Path, refused: StorageError) -> Opened | None:
        """A refused file: one sentence, and its newest good backup when there is one."""
        from app.backup_policy import newest_good_backup_for
        from ui import session_dialogs

        backup = newest_good_backup_for(path, self.backups_root)
        if backup is None or self.smoke:
            self.report(refused)
            return None
        sys.stderr.write(f"samsyn: {describe(refused)}\n")
        if not session_dialogs.offer_restore(self.window, describe(refused), backup):
            return None
        try:
            session, result = restore_and_open(path, backup, backups_root=self.backups_root)
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return None
        return session, None, session_dialogs.restored_message(backup, result)

    def _show(
        self, path: Path, session: ForumSession, reason: str | None, news: str | None
    ) -> None:
        from ui.file_actions import FileActions
        from ui.main_window import MainWindow

        old_window = self.window
        presenting = old_window is not None and old_window.room.presenting
        self.session = session
        actions = FileActions(
            self.open_path, self, restore=self.restore_backup, merge=self.merge_files
        )
        self.window = MainWindow(
            session.forum, actions, session=session, read_only_reason=reason, timer=self.timer
        )
        remember_recent(path)
        timer = self.window.backup_timer
        if timer is not None and not self.smoke:  # --smoke quits at first paint: no backup
            _AfterFirstPaint(self.window, timer.back_up_on_open, timer)
        self.window.show()
        if presenting:
            self.window.room.present_action.setChecked(True)  # on the projector, as before
        if news:
            self.window.show_news(news)
        if old_window is not None:
            gc.unfreeze()  # the old window's cycles may be collected again
            old_window.close()  # closes its session, releasing its lock
            old_window.deleteLater()

    def open_requested(self, file: str) -> None:
        """A forum the system asks to open (SamsynApplication): as File > Open
        would, unless it is the one open already."""
        if QApplication.activeModalWidget() is not None:
            # Not inside a dialog's own event loop (its window could go from
            # under it): once it has closed.
            QTimer.singleShot(MODAL_RETRY_MS, self, lambda: self.open_requested(file))
            return
        path = Path(file)
        if not path.is_file():  # moved or deleted since: never made anew here
            self.report(errors.FileMissing(path))
            return
        if self.forum is None or not _same_file(self.forum.path, path):
            self.open_path(path)

    # -- restoring the open forum ------------------------------------------------------

    def restore_backup(self, backup: BackupInfo) -> bool:
        """Put ``backup`` over the open forum (kept aside) and show the result."""
        from ui import session_dialogs

        window = self.window
        if window is None or window.session is None:
            return False
        if not self.drafts_settled(restoring=True):
            return False
        path = window.forum.path
        lock = window.close_session(keep_lock=True)
        try:
            session, result = restore_and_open(
                path, backup, lock=lock, backups_root=self.backups_root
            )
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            self._reopen(window, lock, None)  # the file is as it was
            return False
        self._show(path, session, None, session_dialogs.restored_message(backup, result))
        return True

    # -- merging other files into the open forum ---------------------------------------

    def merge_files(self, paths: list[Path]) -> bool:
        """Merge ``paths`` into the open forum (backed up first) and show the result.

        The files are read and checked while the forum stays open: a refused
        file changes nothing, not even the undo history. For the merge the
        window lets go of the file and opens it again afterwards, as a
        restore does: Ctrl+Z does not take a merge back, the backup before it
        does.
        """
        from app.backup_policy import forum_id
        from app.merging import merge_sources, prepare_sources
        from ui import session_dialogs

        window = self.window
        if window is None or window.session is None:
            return False
        path = window.forum.path
        try:
            sources = prepare_sources(path, paths, forum_id=forum_id(window.forum.db))
        except (StorageError, SamsynError) as exc:
            self.report(exc)
            return False
        if not self.drafts_settled():
            return False
        lock = window.close_session(keep_lock=True)
        results = None
        try:
            results = merge_sources(path, sources, lock=lock, backups_root=self.backups_root)
        except (StorageError, SamsynError) as exc:
            self.report(exc)
        except BaseException:
            self._reopen(window, lock, None)  # never a window on a closed forum
            raise
        news = session_dialogs.merged_message(results) if results is not None else None
        return self._reopen(window, lock, news) and results is not None

    def _reopen(self, window: MainWindow, lock: ForumLock | None, news: str | None) -> bool:
        """Open the forum ``window`` let go of (``lock`` still held) in a new window.

        When it cannot be opened, ``window`` closes too: its forum is closed,
        and a click would query a closed file.
        """
        path = window.forum.path
        opened = self._open(path, False, lock)
        if opened is None:
            if lock is not None:
                lock.release()
            window.close()
            self.session = None
            return False
        session, reason, opened_news = opened  # news of a restore offered on the way
        self._show(path, session, reason, news if news is not None else opened_news)
        return True

    def close(self) -> None:
        if self.window is not None:
            self.window.close_session()
        self.session = None


def _collect_garbage_again() -> None:
    """Start-up is over: the collector resumes, and what start-up built is frozen.

    app.cli pauses the cyclic collector while the window is built. Frozen
    objects (modules, Qt types, the first window) are not scanned again, so
    later collections, and the one at exit, stay short; a forum switch
    unfreezes them (WindowManager._show) so the old window can be collected.
    """
    if not gc.isenabled():  # once: the first paint, or GC_PAUSE_LIMIT_MS
        gc.freeze()
        gc.enable()


def run_window(
    requested: Path | None,
    *,
    smoke: bool = False,
    ahead: OpenAhead | None = None,
    lock: ForumLock | None = None,
) -> int:
    """The window on ``requested`` (or the last forum); ``lock`` and ``ahead``: its
    lock, held, and its checks, begun (app.cli)."""
    app = QApplication.instance() or SamsynApplication(sys.argv[:1])
    name_application()
    install_language(chosen_language())
    install_qt_language(chosen_language())
    # The window's and the task bar's icon (the bundle's file icon is set by the spec).
    QApplication.setWindowIcon(app_icon())
    manager = WindowManager(smoke, ahead=ahead, lock=lock)
    if isinstance(app, SamsynApplication):  # from the event loop, not inside the event
        app.file_open_requested.connect(manager.open_requested, Qt.ConnectionType.QueuedConnection)
    path = _choose_file(requested)
    if requested is not None and not path.exists() and not _may_create(path, smoke):
        return 1
    opened = manager.open_path(path)
    manager.drop_first()  # unused when the open stopped before it
    if not opened:
        return 1
    assert manager.window is not None
    if smoke:
        # Event filters run newest first: this one is installed before the
        # collector's, so the collector resumes before the quit.
        _AfterFirstPaint(manager.window, QApplication.quit, manager.window)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
    _AfterFirstPaint(manager.window, _collect_garbage_again, manager.window)
    # A window started minimised may not paint for a long time.
    QTimer.singleShot(GC_PAUSE_LIMIT_MS, _collect_garbage_again)
    code = app.exec()
    manager.close()
    return int(code)
