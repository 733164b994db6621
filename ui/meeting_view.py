"""A meeting: the step bar of the eight phases over one page per phase.

A phase page (and its module) is only built when it is first shown or asked
for through ``pages``: building all eight, each loading its meeting, was a
large part of the start-up time (issue 6).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import cast, overload

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamsynError
from app.i18n import QT_TRANSLATE_NOOP
from app.messages import describe
from app.model import Phase
from app.services.changes import Change
from storage.errors import StorageError
from ui.dates import long_date
from ui.lazy_slot import LazySlot
from ui.pages.base import MeetingPage, PageContext
from ui.widgets.step_bar import StepBar

# (phase, name, the class name of its page: see page_class)
PHASES: list[tuple[Phase, str, str]] = [
    (Phase.PREPARATION, QT_TRANSLATE_NOOP("Phases", "Förberedelse"), "PreparationPage"),
    (Phase.OPENING, QT_TRANSLATE_NOOP("Phases", "Inledning"), "OpeningPage"),
    (Phase.FOLLOW_UP, QT_TRANSLATE_NOOP("Phases", "Uppföljning"), "FollowUpPage"),
    (Phase.GAPS, QT_TRANSLATE_NOOP("Phases", "Glapp"), "GapsPage"),
    (Phase.PRIORITISE, QT_TRANSLATE_NOOP("Phases", "Prioritera"), "PrioritisePage"),
    (Phase.CAUSES, QT_TRANSLATE_NOOP("Phases", "Orsaker"), "CausesPage"),
    (Phase.ACTIONS, QT_TRANSLATE_NOOP("Phases", "Åtgärder"), "ActionsPage"),
    (Phase.CLOSING, QT_TRANSLATE_NOOP("Phases", "Avslutning"), "ClosingPage"),
]


def phase_name(index: int) -> str:
    return QCoreApplication.translate("Phases", PHASES[index][1])


def page_class(index: int) -> type[MeetingPage]:
    """The page class of phase ``index``, its module imported now.

    Plain import statements rather than importlib with a module name, so that
    PyInstaller still finds every page for the frozen program.
    """
    match PHASES[index][0]:
        case Phase.PREPARATION:
            from ui.pages.preparation import PreparationPage

            return PreparationPage
        case Phase.OPENING:
            from ui.pages.opening import OpeningPage

            return OpeningPage
        case Phase.FOLLOW_UP:
            from ui.pages.followup import FollowUpPage

            return FollowUpPage
        case Phase.GAPS:
            from ui.pages.gaps import GapsPage

            return GapsPage
        case Phase.PRIORITISE:
            from ui.pages.prioritise import PrioritisePage

            return PrioritisePage
        case Phase.CAUSES:
            from ui.pages.causes import CausesPage

            return CausesPage
        case Phase.ACTIONS:
            from ui.pages.actions import ActionsPage

            return ActionsPage
        case _:
            from ui.pages.closing import ClosingPage

            return ClosingPage


class PhasePages(Sequence[MeetingPage]):
    """The eight phase pages; indexing one builds it if it was not built yet."""

    def __init__(self, slots: list[LazySlot]) -> None:
        self._slots = slots

    def __len__(self) -> int:
        return len(self._slots)

    @overload
    def __getitem__(self, index: int) -> MeetingPage: ...

    @overload
    def __getitem__(self, index: slice) -> list[MeetingPage]: ...

    def __getitem__(self, index: int | slice) -> MeetingPage | list[MeetingPage]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        return cast(MeetingPage, self._slots[index].content())

    def __iter__(self) -> Iterator[MeetingPage]:
        return (self[i] for i in range(len(self)))

    def is_built(self, index: int) -> bool:
        return self._slots[index].is_built

    def built(self) -> list[MeetingPage]:
        """The pages that exist so far, without building the others."""
        return [cast(MeetingPage, s.content()) for s in self._slots if s.is_built]


class ElidedLabel(QLabel):
    """One line that ends in "…" when it is too narrow, the whole text then in
    its tooltip. A plain label as wide as a long meeting title would widen the
    page past the window's right edge (and squeeze the sidebar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # a title is not markup
        # Ignored: neither its width nor its minimum widens the page.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)  # a screen reader reads it whole
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class MeetingView(QWidget):
    """Shows one meeting; Ctrl+1 … Ctrl+8 (or the step bar) choose the phase."""

    phase_changed = Signal(int)
    page_built = Signal(int)  # the phase whose page was just built (set to the meeting)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        self.title = ElidedLabel(self)
        self.title.setObjectName("meetingTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = ElidedLabel(self)  # a long place name, too
        self.subtitle.setObjectName("meetingSubtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.step_bar = step_bar = StepBar(self)
        self.steps = QButtonGroup(self)
        self.steps.setExclusive(True)
        self.step_buttons: list[QToolButton] = []
        for index in range(len(PHASES)):
            button = QToolButton(step_bar)
            button.setObjectName(f"phaseStep{index + 1}")
            button.setText(f"{index + 1}  {phase_name(index)}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(
                self.tr("{phase} (Ctrl+{n})").format(phase=phase_name(index), n=index + 1)
            )
            self.steps.addButton(button, index)
            self.step_buttons.append(button)
            step_bar.add(button)
        layout.addWidget(step_bar)
        self.steps.idClicked.connect(self.show_phase)

        self.stack = QStackedWidget(self)
        slots = []
        for index in range(len(PHASES)):
            slot = LazySlot(functools.partial(self._build_page, index), self.stack)
            # Emitted once the slot holds the page, so handlers may use ``pages``.
            slot.built.connect(lambda _page, i=index: self.page_built.emit(i))
            slots.append(slot)
            self.stack.addWidget(slot)
        self.pages = PhasePages(slots)
        layout.addWidget(self.stack, 1)

        for index in range(len(PHASES)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda i=index: self.show_phase(i))
        ctx.signals.changed.connect(self._on_change)

    def _build_page(self, index: int, parent: QWidget) -> MeetingPage:
        page = page_class(index)(self.ctx, parent)
        if self.meeting_id is not None:
            page.set_meeting(self.meeting_id)
        return page

    @property
    def phase(self) -> int:
        return self.stack.currentIndex()

    def set_meeting(self, meeting_id: str | None, *, focus: bool = True) -> None:
        """Show ``meeting_id`` on the phase it was left on; ``focus``: its first field
        takes the keyboard."""
        self.meeting_id = meeting_id
        for page in self.pages.built():
            page.set_meeting(meeting_id)
        self._show_header()
        if meeting_id is not None:
            meeting = self.ctx.forum.meetings.find(meeting_id)
            stored = meeting.phase if meeting is not None else 0
            self.show_phase(min(stored, len(PHASES) - 1), remember=False, focus=focus)

    def halt(self) -> None:
        """The forum is closing: no page may read it from a timer afterwards."""
        for page in self.pages.built():
            page.halt()

    def show_phase(self, index: int, remember: bool = True, focus: bool = True) -> None:
        if not 0 <= index < len(PHASES) or self.meeting_id is None:
            return
        page = self.pages[index]  # built before it is shown, laid out with the rest
        self.stack.setCurrentIndex(index)
        self.step_buttons[index].setChecked(True)
        if remember and not self.ctx.forum.read_only:
            # Where the meeting was left travels with the file; it is not an edit
            # the facilitator would want on the undo stack.
            meeting = self.ctx.forum.meetings.find(self.meeting_id)
            if meeting is not None and meeting.phase != index:
                try:
                    self.ctx.forum.meetings.update(self.meeting_id, phase=index)
                except (SamsynError, StorageError) as exc:  # disk full, file gone
                    self.ctx.controller.refuse(describe(exc))
        if focus:
            page.focus_first()
        self.phase_changed.emit(index)

    def _show_header(self) -> None:
        meeting = self.ctx.forum.meetings.find(self.meeting_id) if self.meeting_id else None
        if meeting is None:
            self.title.set_full_text("")
            self.subtitle.set_full_text("")
            return
        self.title.set_full_text(meeting.title)
        parts = [long_date(meeting.date)]
        if meeting.start:
            parts.append(f"{meeting.start}–{meeting.end or ''}".rstrip("–"))
        if meeting.location:
            parts.append(meeting.location)
        self.subtitle.set_full_text(" · ".join(parts))

    def _on_change(self, change: Change) -> None:
        if change.table == "meeting" and change.kind != "reorder":
            if self.meeting_id and self.ctx.forum.meetings.find(self.meeting_id) is None:
                self.set_meeting(None)
            else:
                self._show_header()
