"""Ansvarig: a person picked by typing part of the name, or added on the spot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import model
from app.name_search import people_named, person_named
from ui.models.table import EntityTableModel
from ui.widgets.one_line import OneLineEdit


class PersonPicker(QWidget):
    """Type-ahead over the forum's people (any part of the name, any case).

    Enter picks the person whose name matches exactly, or the only closest
    match (a whole word of the name before the start of one, before any part:
    app.name_search); an empty field means nobody. A name that matches
    nobody is offered as a new person: a second Enter (or the button) asks
    for it with ``add_requested(name)``; Esc goes back to the stored owner.
    """

    chosen = Signal(object)  # a person id, or None for nobody
    add_requested = Signal(str)

    def __init__(
        self, people: EntityTableModel[model.Person], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.people = people
        self._person_id: str | None = None
        self._offered: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.edit = OneLineEdit(self)
        self.edit.setObjectName("ownerName")
        self.edit.setPlaceholderText(self.tr("Skriv en del av namnet"))
        self.completer = QCompleter(people, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionColumn(0)
        self.edit.setCompleter(self.completer)
        self.edit.returnPressed.connect(lambda: self._resolve(confirm=True))
        self.edit.editingFinished.connect(lambda: self._resolve(confirm=False))
        self.edit.textEdited.connect(self._typing)
        self.completer.activated.connect(lambda *_: self._resolve(confirm=False))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)

        self.note = QLabel(self)
        self.note.setObjectName("ownerNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.offer = QWidget(self)
        offer_layout = QHBoxLayout(self.offer)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Lägg till (Enter)"), self.offer)
        self.add_button.setObjectName("ownerAdd")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Avbryt (Esc)"), self.offer)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.cancel)
        offer_layout.addWidget(self.add_button)
        offer_layout.addWidget(cancel)
        offer_layout.addStretch(1)
        layout.addWidget(self.offer)
        self._hide_note()

    # -- showing what is stored ----------------------------------------------------

    def set_person(self, person_id: str | None, name: str) -> None:
        """Show the stored owner (not while the facilitator is typing a name)."""
        changed = person_id != self._person_id
        self._person_id = person_id
        if changed or not (self.edit.hasFocus() and self.edit.isModified()):
            self.edit.setText(name)
            self.edit.setModified(False)
            self._hide_note()

    def offered_name(self) -> str | None:
        return self._offered

    # -- typing ------------------------------------------------------------------------

    def matches(self, text: str) -> list[model.Person]:
        """The closest matches to ``text`` (app.name_search); one for a whole name."""
        people = self.people.items()
        person = person_named(people, text)
        return [person] if person is not None else people_named(people, text)

    def _typing(self, _text: str) -> None:
        self._hide_note()

    def _resolve(self, *, confirm: bool) -> None:
        text = self.edit.text().strip()
        if confirm and self._offered is not None and text == self._offered:
            self._confirm()
            return
        if not text:
            self._hide_note()
            self.chosen.emit(None)
            return
        found = self.matches(text)
        if len(found) == 1:
            self._hide_popup()
            self.edit.setText(found[0].name)
            self.edit.setModified(False)
            self._hide_note()
            self.chosen.emit(found[0].id)
        elif not found:
            self._offered = text
            self.note.setText(
                self.tr("”{name}” finns inte bland personerna. Lägga till som ny person?").format(
                    name=text
                )
            )
            self.note.show()
            self.offer.show()
        else:
            self.note.setText(
                self.tr("{count} personer passar. Skriv mer av namnet eller välj med ↓.").format(
                    count=len(found)
                )
            )
            self.note.show()
            self.offer.hide()

    def _confirm(self) -> None:
        name = self._offered
        if name is None:
            return
        self._hide_note()
        self.edit.setModified(False)
        self.add_requested.emit(name)

    def cancel(self) -> None:
        """Back to the stored owner's name."""
        self._hide_popup()
        person = next((p for p in self.people.items() if p.id == self._person_id), None)
        self.edit.setText(person.name if person else "")
        self.edit.setModified(False)
        self._hide_note()

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _hide_note(self) -> None:
        self._offered = None
        self.note.hide()
        self.offer.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
            and (self._offered is not None or self.edit.isModified())
        ):
            self.cancel()
            return True
        return super().eventFilter(watched, event)
