"""Automatic backups while the window is open: a timer drives ForumSession.tick().

The copy itself runs on the session's worker thread; the tick only collects a
finished one and starts the next when it is due, so it never holds up typing.
A failed backup is mentioned once (not at every retry) until one succeeds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.forum_session import ForumSession
from storage.errors import DamagedFile, StorageError

TICK_MS = 30_000


class BackupTimer(QObject):
    """``failed(message)`` once per run of failures; ``stored(info)`` after each backup."""

    failed = Signal(str)
    stored = Signal(object)

    def __init__(self, session: ForumSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._told = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        if session.backups is not None:  # a read-only session takes no backups
            self.timer.start()

    def tick(self) -> None:
        finished = self.session.tick()
        if finished is None or finished.cancelled:
            return
        if finished.error is None:
            self._told = False
            self.stored.emit(finished.info)
            return
        if not self._told:
            self._told = True
            self.failed.emit(self._failure_text(finished.error))

    def _failure_text(self, error: StorageError) -> str:
        if isinstance(error, DamagedFile) and _same_path(error.path, self.session.forum.path):
            # The copy failed its check because the forum itself is damaged:
            # "what you type is still saved" would be false comfort.
            return self.tr(
                "Forumfilen {name} verkar vara skadad: säkerhetskopian av den klarade inte "
                "kontrollen. Välj Arkiv → Kontrollera filen, och återställ vid behov den "
                "senaste säkerhetskopian med Arkiv → Återställ från säkerhetskopia…"
            ).format(name=self.session.forum.path.name)
        backups = self.session.backups
        folder = backups.folder if backups is not None else error.path.parent
        return self.tr(
            "Den automatiska säkerhetskopian kunde inte sparas i {folder}. "
            "Det du skriver sparas ändå i forumfilen; Samsyn försöker igen om en stund."
        ).format(folder=folder)

    def back_up_on_open(self) -> None:
        """Start the backup taken when the forum was opened.

        Called after the window's first paint, so the copy does not compete
        with it; not once the window has closed its session (the timer stops).
        """
        if self.timer.isActive():
            self.session.start_backup("open")

    def stop(self) -> None:
        self.timer.stop()


def _same_path(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
