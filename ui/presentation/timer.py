"""A countdown for an agenda item or a phase, visible to the room (PRODUCT.md).

Counted on the monotonic clock, not by ticks: a busy event loop makes the
display late, never the time wrong. Past zero it counts the overrun.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

TICK_MS = 250
OVERRUN_COLOUR = "#c0392b"


def clock_text(seconds: float) -> str:
    """ "12:05" for what is left; "+01:30" for time past the end."""
    whole = int(abs(seconds)) if seconds < 0 else int(seconds + 0.999)  # 0.2 s left shows 0:01
    minutes, rest = divmod(whole, 60)
    return f"{'+' if seconds < 0 else ''}{minutes:02d}:{rest:02d}"


class MeetingTimer(QObject):
    """``changed(text, overrun)`` as it counts; ``text`` is "" once stopped."""

    changed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ends_at: float | None = None  # monotonic time the countdown reaches zero
        self._paused_left: float | None = None  # seconds left while paused
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._emit)

    @property
    def running(self) -> bool:
        return self._ends_at is not None

    @property
    def paused(self) -> bool:
        return self._paused_left is not None

    @property
    def active(self) -> bool:
        return self.running or self.paused

    @property
    def overrun(self) -> bool:
        return self.left() < 0

    def left(self) -> float:
        """Seconds left (negative: over time); 0 when stopped."""
        if self._ends_at is not None:
            return self._ends_at - time.monotonic()
        return self._paused_left or 0.0

    def start(self, seconds: float) -> None:
        self._paused_left = None
        self._ends_at = time.monotonic() + seconds
        self._tick.start()
        self._emit()

    def toggle_pause(self) -> None:
        if self._ends_at is not None:
            self._paused_left = self.left()
            self._ends_at = None
            self._tick.stop()
            self._emit()
        elif self._paused_left is not None:
            self.start(self._paused_left)

    def stop(self) -> None:
        self._ends_at = self._paused_left = None
        self._tick.stop()
        self.changed.emit("", False)

    def text(self) -> str:
        return clock_text(self.left()) if self.active else ""

    def _emit(self) -> None:
        self.changed.emit(self.text(), self.overrun)


def colour_clock(label: QLabel, overrun: bool, normal: str) -> None:
    """``label`` red past zero, else ``normal``; its style sheet changes only when
    that does (the clock ticks four times a second)."""
    if label.property("overrun") is overrun:
        return
    label.setProperty("overrun", overrun)
    label.setStyleSheet(f"color: {OVERRUN_COLOUR if overrun else normal};")
