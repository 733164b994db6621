"""Klart senast: a date typed as YYYY-MM-DD, or one of three quick picks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.action_dates import three_months_after, two_weeks_after
from ui.dates import long_date, spell_field
from ui.entry_formats import normalise_date
from ui.widgets.one_line import OneLineEdit


class DueDateEdit(QWidget):
    """Emits ``picked(iso or None)`` when a quick pick is used or a typed date is left.

    The quick picks count from the meeting's date, so they mean what was agreed
    in the room even when the actions are typed in afterwards.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting_date: str | None = None
        self._next_date: str | None = None
        self._due: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        first = QHBoxLayout()
        first.setSpacing(8)
        self.edit = OneLineEdit(self)
        self.edit.setObjectName("dueDate")
        self.edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.edit.setMaxLength(24)  # "3 december 2027" and the like, made ISO on Enter
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 28)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textEdited.connect(lambda _text: self._spell())
        self.spelled = QLabel(self)
        self.spelled.setObjectName("dueDateSpelled")
        self.spelled.setWordWrap(True)  # its warning may not widen the panel past the window
        first.addWidget(self.edit)
        first.addWidget(self.spelled, 1)
        layout.addLayout(first)

        picks = QHBoxLayout()
        picks.setSpacing(6)
        self.two_weeks = QPushButton(self.tr("&2 veckor"), self)
        self.two_weeks.setObjectName("dueTwoWeeks")
        self.next_meeting = QPushButton(self.tr("Nästa träf&f"), self)
        self.next_meeting.setObjectName("dueNextMeeting")
        self.three_months = QPushButton(self.tr("&3 månader"), self)
        self.three_months.setObjectName("dueThreeMonths")
        for button in (self.two_weeks, self.next_meeting, self.three_months):
            button.setAutoDefault(False)
            picks.addWidget(button)
        picks.addStretch(1)
        layout.addLayout(picks)
        self.two_weeks.clicked.connect(lambda: self._pick(self._quick(two_weeks_after)))
        self.three_months.clicked.connect(lambda: self._pick(self._quick(three_months_after)))
        self.next_meeting.clicked.connect(lambda: self._pick(self._next_date))
        self.set_meeting_dates(None, None)

    def set_meeting_dates(self, meeting_date: str | None, next_date: str | None) -> None:
        """The dates the quick picks count from; "Nästa träff" needs a next date."""
        self._meeting_date, self._next_date = meeting_date, next_date
        self._spell()
        self.two_weeks.setToolTip(
            self._tip(self._quick(two_weeks_after), _mnemonic(self.two_weeks))
        )
        self.three_months.setToolTip(
            self._tip(self._quick(three_months_after), _mnemonic(self.three_months))
        )
        # Disabled on its own: enabling the whole field later keeps it disabled.
        self.next_meeting.setEnabled(bool(next_date))
        if next_date:
            self.next_meeting.setToolTip(self._tip(next_date, _mnemonic(self.next_meeting)))
        else:
            self.next_meeting.setToolTip(
                self.tr("Nästa träff har inget datum än (det sätts under Avslutning).")
            )

    def set_due(self, due: str | None) -> None:
        """Show the stored date, unless the facilitator is typing one."""
        if not (self.edit.hasFocus() and self.edit.isModified()):
            self.edit.setText(due or "")
            self.edit.setModified(False)
        self._due = due
        self._spell()

    def _spell(self) -> None:
        """The field's date in words; one before the meeting is pointed out, not
        refused: it may be an action agreed late."""
        spell_field(self.spelled, self.edit.text(), self._due, self._meeting_date)

    def due_text(self) -> str:
        return self.edit.text()

    def _quick(self, rule) -> str | None:
        if not self._meeting_date:
            return None
        try:
            return rule(self._meeting_date)
        except ValueError:
            return None

    def _tip(self, iso: str | None, key: str) -> str:
        if not iso:
            return ""
        return self.tr("Klart senast {date} ({key})").format(date=long_date(iso), key=key)

    def _pick(self, iso: str | None) -> None:
        if iso:
            self.edit.setModified(False)
            self.picked.emit(iso)

    def _typed(self) -> None:
        if not self.edit.isModified():
            return
        iso = normalise_date(self.edit.text(), after=self._meeting_date)
        if iso != self.edit.text():  # shown as stored: typed back, nothing changes to show it
            self.edit.setText(iso)
        self.edit.setModified(False)
        self.picked.emit(iso or None)


def _mnemonic(button: QPushButton) -> str:
    """The Alt key of a button's '&' letter, in the current language."""
    return QKeySequence.mnemonic(button.text()).toString(QKeySequence.SequenceFormat.NativeText)
