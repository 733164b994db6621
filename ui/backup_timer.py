"""Automatic backups while the window is open: a timer drives ForumSession.tick().

The copy itself runs on the session's worker thread; the tick only collects a
finished one and starts the next when it is due, so it never holds up typing.
A failed backup is mentioned once (not at every retry) until one succeeds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.forum_session import ForumSession

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
            error = finished.error
            self.failed.emit(
                self.tr(
                    "Den automatiska säkerhetskopian kunde inte sparas i {folder}. "
                    "Det du skriver sparas ändå i forumfilen; Samsyn försöker igen om en stund."
                ).format(folder=error.path.parent)
            )

    def stop(self) -> None:
        self.timer.stop()
