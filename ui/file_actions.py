"""The File menu: new forum, open, recent forums, save a copy, the minutes, demo forum,
merge the groups' files, restore from a backup and check the file.

Dialog classes are imported where they are used: building one of their Qt
types costs start-up time before the first paint (issue 6).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from app.errors import SamsynError
from app.forum_file import ForumFile
from app.messages import describe
from storage.errors import FileGone, StorageError
from ui.icons import icon

if TYPE_CHECKING:
    from storage.backups import BackupInfo
    from ui.main_window import MainWindow

RECENT_KEY = "files/recent"
MAX_RECENT = 8
FILTER = "Samsyn (*.samsyn)"
INTEGRITY_LINES = 20  # ForumDatabase.integrity_problems lists at most this many


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [p for p in value if isinstance(p, str)]
    return []


def remember_recent(path: Path) -> None:
    text = str(Path(path).resolve())
    known = recent_files()
    items = ([text] + [p for p in known if p != text])[:MAX_RECENT]
    settings = QSettings()
    if items == known and settings.value("files/last") == text:
        return  # reopening the newest: no write (each is a synced file, at start-up)
    settings.setValue(RECENT_KEY, items)
    settings.setValue("files/last", text)


def data_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def choose_merge_sources(parent: QMainWindow, folder: str) -> list[Path]:
    """The groups' files, from the system's file dialog; [] when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QApplication.translate("FileActions", "Välj gruppernas filer att slå samman"),
        folder,
        QApplication.translate(
            "FileActions", "Samsyn-filer och utbytes-JSON (*.samsyn *.json);;Alla filer (*)"
        ),
    )
    return [Path(name) for name in names]


class FileActions(QObject):
    """Builds the File menu; ``open_path(path)`` switches the window to a forum."""

    def __init__(
        self,
        open_path: Callable[[Path], bool],
        parent: QObject | None = None,
        *,
        restore: Callable[[BackupInfo], bool] | None = None,
        merge: Callable[[list[Path]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_path = open_path
        self.restore = restore  # puts a backup over the open forum and reopens it
        self.merge = merge  # merges other files into the open forum and reopens it

    def populate_menu(self, menu: QMenu, window: MainWindow) -> None:
        self.window = window
        keys = QKeySequence.StandardKey
        self._add(menu, self.tr("&Nytt forum…"), keys.New, self.new_forum, "new-forum")
        self._add(menu, self.tr("&Öppna…"), keys.Open, self.open_forum, "open")
        self.recent_menu = menu.addMenu(self.tr("Senaste forum"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        copy_keys = QKeySequence("Ctrl+Shift+S")
        self._add(menu, self.tr("Spara en &kopia…"), copy_keys, self.save_copy, "save-copy")
        minutes = getattr(window, "minutes", None)  # the window's export and send
        if minutes is not None:
            menu.addAction(minutes.export_action)
            menu.addAction(minutes.send_action)
        self._add(menu, self.tr("Öppna &demoforum"), None, self.open_demo, "demo")
        menu.addSeparator()
        self.merge_action = self._add(
            menu, self.tr("Slå samman med gruppers filer…"), None, self.merge_files
        )
        self.restore_action = self._add(
            menu, self.tr("Återställ från säkerhetskopia…"), None, self.restore_from_backup
        )
        session = getattr(window, "session", None)
        writable = session is not None and session.backups is not None
        self.merge_action.setEnabled(self.merge is not None and writable)
        self.restore_action.setEnabled(self.restore is not None and writable)
        self.check_action = self._add(menu, self.tr("Kontrollera filen"), None, self.check_file)
        menu.addSeparator()
        settings_keys = QKeySequence("Ctrl+,")
        self._add(menu, self.tr("&Inställningar…"), settings_keys, self.settings, "settings")
        menu.addSeparator()
        self._add(menu, self.tr("&Avsluta"), keys.Quit, window.close)

    def _add(
        self,
        menu: QMenu,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = [p for p in recent_files() if Path(p).exists()]
        if not files:
            empty = self.recent_menu.addAction(self.tr("(inga)"))
            empty.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))

    def _folder(self) -> str:
        last = QSettings().value("files/folder")
        return last if isinstance(last, str) else str(Path.home())

    def _drafts_settled(self) -> bool:
        from ui.drafts import settle_drafts

        return settle_drafts(self.window)

    def _report(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("Samsyn"), describe(exc))

    def new_forum(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        name, ok = QInputDialog.getText(
            self.window, self.tr("Nytt forum"), self.tr("Forumets namn:")
        )
        if not ok or not name.strip():
            return
        suggested = str(Path(self._folder()) / f"{name.strip()}.samsyn")
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Spara det nya forumet som"), suggested, FILTER
        )
        if not target:
            return
        path = Path(target if target.endswith(".samsyn") else target + ".samsyn")
        QSettings().setValue("files/folder", str(path.parent))
        if not self._drafts_settled():  # before a file is made that would go unopened
            return
        try:
            ForumFile.create(path, name.strip()).close()
        except (StorageError, SamsynError) as exc:
            self._report(exc)
            return
        self.open_path(path)

    def open_forum(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Öppna forum"), self._folder(), FILTER
        )
        if target:
            QSettings().setValue("files/folder", str(Path(target).parent))
            self.open_path(Path(target))

    def save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        forum: ForumFile = self.window.forum
        suggested = str(Path(self._folder()) / f"{forum.path.stem} (kopia).samsyn")
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Spara en kopia"), suggested, FILTER
        )
        if not target:
            return
        path = Path(target if target.endswith(".samsyn") else target + ".samsyn")
        if path.resolve() == forum.path.resolve():
            QMessageBox.information(
                self.window,
                self.tr("Samsyn"),
                self.tr("Välj ett annat namn än det öppna forumets fil."),
            )
            return
        try:
            forum.db.backup_to(path)
        except StorageError as exc:
            self._report(exc)
            return
        self.window.statusBar().showMessage(
            self.tr("En kopia sparades i {path}.").format(path=path), 8000
        )

    def settings(self) -> None:
        """Language changes take effect at once: the window is rebuilt in it."""
        from app.i18n import install_language, install_qt_language, system_language
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        before = QSettings().value("ui/language", "")
        changes_language = dialog.chosen_language() != before
        if changes_language and not self._drafts_settled():
            return  # nothing saved: the window stays as it is, typing and all
        dialog.save()
        if changes_language:
            install_language(dialog.chosen_language() or system_language())
            install_qt_language(dialog.chosen_language() or system_language())
            self.open_path(self.window.forum.path)

    def open_demo(self) -> None:
        from app.demo import create_demo

        path = data_folder() / "Demoforum.samsyn"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                create_demo(path).close()
            except (StorageError, SamsynError) as exc:
                self._report(exc)
                return
        self.open_path(path)

    def reopen(self) -> None:
        """The read-only banner's "Försök öppna för redigering"."""
        self.open_path(self.window.forum.path)

    # -- backups and checking ----------------------------------------------------------

    def restore_from_backup(self) -> None:
        from ui import backup_dialog, session_dialogs  # the dialogs: when first used

        session = getattr(self.window, "session", None)
        if self.restore is None or session is None or session.backups is None:
            return
        forum: ForumFile = self.window.forum
        chosen = backup_dialog.choose_backup(self.window, session.backups.list())
        if chosen is None:
            return
        if session_dialogs.confirm_restore(self.window, forum.path.name, chosen):
            self.restore(chosen)

    def merge_files(self) -> None:
        """Breakout groups' copies of the forum (or their exchange JSON) back into it."""
        session = getattr(self.window, "session", None)
        if self.merge is None or session is None or session.backups is None:
            return
        chosen = choose_merge_sources(self.window, self._folder())
        if chosen:
            QSettings().setValue("files/folder", str(chosen[0].parent))
            self.merge(chosen)

    def check_file(self) -> None:
        """A full integrity_check of the open file, and what it found."""
        from storage.checks import translate_sqlite_error
        from ui import session_dialogs

        forum: ForumFile = self.window.forum
        if not forum.path.exists():  # the open connection would check a lost file
            session_dialogs.tell(self.window, describe(FileGone(forum.path)))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            integrity = forum.db.integrity_problems(full=True)
            foreign_keys = forum.db.foreign_key_problems()
        except sqlite3.Error as exc:  # e.g. a disk error while reading
            failure: BaseException | None = translate_sqlite_error(forum.path, exc)
        except (StorageError, SamsynError) as exc:
            failure = exc
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            session_dialogs.tell(self.window, describe(failure))
            return
        if not integrity and not foreign_keys:
            session_dialogs.tell(self.window, self.tr("Filen är hel."), warning=False)
            return
        session_dialogs.tell(
            self.window, self._damage_text(forum.path.name, integrity, foreign_keys)
        )

    def _damage_text(self, name: str, integrity: list[str], foreign_keys: list[str]) -> str:
        # SQLite's own lines are English diagnostics: the user gets how many, in Swedish.
        found = [line for line in integrity if not line.startswith("***")]  # section headers
        count = max(len(found), 1 if integrity else 0) + len(foreign_keys)
        if len(integrity) >= INTEGRITY_LINES:  # SQLite stopped listing: there may be more
            problems = self.tr("minst {count} fel").format(count=count)
        else:
            problems = self.tr("{count} fel").format(count=count)
        return self.tr(
            "Filen {name} är skadad: kontrollen hittade {problems}. Återställ den senaste "
            "säkerhetskopian med Arkiv → Återställ från säkerhetskopia…; den skadade "
            "filen sparas då undan, den tas inte bort."
        ).format(name=name, problems=problems)
