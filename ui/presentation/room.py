"""F5 and the timer: what the room sees, following the facilitator.

The presentation window shows the meeting and phase the main window is on
(the gap chosen on Orsaker, too) and follows every edit, a moment later so
fast typing costs one refresh. The timer counts down in the window's status
bar and on the projector. Both work on a read-only forum: they only read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from app import model
from storage.errors import StorageError
from ui.presentation.timer import MeetingTimer, colour_clock

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.presentation.window import PresentationWindow

REFRESH_DELAY_MS = 150
DEFAULT_MINUTES = 10
MAX_MINUTES = 240
_MINUTES_KEY = "timer/minutes"


class RoomActions(QObject):
    """``timer``: the application's, so a countdown outlives the window (a new
    language, a restore or a merge builds a new one); else the window's own."""

    def __init__(self, window: MainWindow, timer: MeetingTimer | None = None) -> None:
        super().__init__(window)
        self.main = window
        self.presentation: PresentationWindow | None = None  # made at the first F5
        self.timer = timer if timer is not None else MeetingTimer(self)
        self._presenting_at_halt = False
        self._clock_label: QLabel | None = None  # in the status bar, from the first start

        self.present_action = QAction(self.tr("Presentationsvy"), window)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.setCheckable(True)
        self.present_action.toggled.connect(self._present)
        self.start_action = QAction(self.tr("Starta timer…"), window)
        self.start_action.setShortcut(QKeySequence("Ctrl+T"))
        self.start_action.triggered.connect(self.ask_and_start)
        self.pause_action = QAction(self.tr("Pausa timer"), window)
        self.pause_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.pause_action.triggered.connect(self.timer.toggle_pause)
        self.stop_action = QAction(self.tr("Stoppa timer"), window)
        self.stop_action.triggered.connect(self.timer.stop)
        self.timer.changed.connect(self._show_clock)
        self._following_timer = True
        if self.timer.active:  # counting since an earlier window
            self._show_clock(self.timer.text(), self.timer.overrun)
        self._update_timer_actions()

        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(REFRESH_DELAY_MS)
        self._soon.timeout.connect(self.refresh)
        window.meeting_view.phase_changed.connect(self._refresh_soon)
        window.sidebar.meeting_selected.connect(self._refresh_soon)
        window.signals.changed.connect(self._refresh_soon)
        window.meeting_view.page_built.connect(self._follow_gap_choice)

    @property
    def presenting(self) -> bool:
        """F5 is on, or was when the forum closed: a window built anew (a new
        language, a restore, a merge, another forum) takes it up, so the room
        does not lose the projector."""
        return self.present_action.isChecked() or self._presenting_at_halt

    @property
    def actions(self) -> list[QAction]:
        return [self.present_action, self.start_action, self.pause_action, self.stop_action]

    # -- the presentation window ----------------------------------------------------

    def _present(self, shown: bool) -> None:
        if not shown:
            if self.presentation is not None:
                self.presentation.close()
            return
        if self.presentation is None:
            from ui.presentation.window import PresentationWindow

            self.presentation = PresentationWindow(self.main)
            self.presentation.closed.connect(lambda: self.present_action.setChecked(False))
        self._place(self.presentation)
        self.refresh()
        self.presentation.show_clock(self.timer.text(), self.timer.overrun)

    def _place(self, window: PresentationWindow) -> None:
        """Full screen on a second screen (the projector), else beside the main window."""
        here = self.main.screen()
        others = [s for s in here.virtualSiblings() if s is not here]
        if others:
            window.setGeometry(others[0].geometry())
            window.showFullScreen()
        else:
            window.showNormal()
        window.raise_()

    def _refresh_soon(self, *_args: object) -> None:
        if self.presentation is not None and self.presentation.isVisible():
            self._soon.start()

    def refresh(self) -> None:
        """The presentation shows the meeting and phase the facilitator is on."""
        self._soon.stop()
        window = self.presentation
        if window is None or not window.isVisible():
            return
        from ui.application import chosen_language
        from ui.meeting_view import phase_name
        from ui.presentation.slides import build_slide

        view = self.main.meeting_view
        meeting_id = view.meeting_id
        try:
            if meeting_id is None or self.main.forum.meetings.find(meeting_id) is None:
                window.show_slide(None)
                return
            slide = build_slide(
                self.main.forum,
                meeting_id,
                view.phase,
                phase_name(view.phase),
                gap_id=self._chosen_gap(),
                language=chosen_language(),
            )
        except StorageError:  # the file gone from under it: the main window says so
            return
        window.show_slide(slide)

    def _chosen_gap(self) -> str | None:
        view = self.main.meeting_view
        if not view.pages.is_built(model.Phase.CAUSES):
            return None
        gap = view.pages[model.Phase.CAUSES].current_gap()  # type: ignore[attr-defined]
        return gap.id if gap is not None else None

    def _follow_gap_choice(self, index: int) -> None:
        if index == model.Phase.CAUSES:
            page = self.main.meeting_view.pages[index]
            page.gap_box.currentIndexChanged.connect(self._refresh_soon)  # type: ignore[attr-defined]

    def halt(self) -> None:
        """The forum is closing: nothing more to show or read."""
        self._soon.stop()
        if self.timer.parent() is self:
            self.timer.stop()
        elif self._following_timer:  # the application's: it counts on for the next window
            self.timer.changed.disconnect(self._show_clock)
        self._following_timer = False
        self._presenting_at_halt = self.present_action.isChecked()
        if self.presentation is not None:
            self.presentation.close()

    # -- the timer ---------------------------------------------------------------------

    def ask_and_start(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        stored = QSettings().value(_MINUTES_KEY, DEFAULT_MINUTES)
        last = int(str(stored)) if str(stored).isdigit() else DEFAULT_MINUTES
        minutes, ok = QInputDialog.getInt(
            self.main,
            self.tr("Starta timer"),
            self.tr("Antal minuter för punkten eller fasen:"),
            max(1, min(last, MAX_MINUTES)),
            1,
            MAX_MINUTES,
        )
        if not ok:
            return
        QSettings().setValue(_MINUTES_KEY, minutes)
        self.timer.start(minutes * 60)

    def _show_clock(self, text: str, overrun: bool) -> None:
        label = self._clock_label
        if label is None and text:
            label = self._clock_label = QLabel(self.main)
            label.setObjectName("timerLabel")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            self.main.statusBar().addPermanentWidget(label)
        if label is not None:
            if not text:
                label.setText("")
            elif self.timer.paused:
                label.setText(self.tr("Timer {clock} (pausad)").format(clock=text))
            else:
                label.setText(self.tr("Timer {clock}").format(clock=text))
            colour_clock(label, overrun, "palette(window-text)")
        if self.presentation is not None:
            self.presentation.show_clock(text, overrun)
        self._update_timer_actions()

    def _update_timer_actions(self) -> None:
        self.pause_action.setEnabled(self.timer.active)
        self.stop_action.setEnabled(self.timer.active)
        self.pause_action.setText(
            self.tr("Fortsätt timer") if self.timer.paused else self.tr("Pausa timer")
        )
