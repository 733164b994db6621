"""Picking a stored value from a list: a combo box in a table cell, or as a filter.

The choices are a model of ``Choice`` rows (ui.models.people); the cell's
EditRole holds the stored value (an id or an enum value), its DisplayRole
the label.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.people import Choice
from ui.models.table import ObjectRole

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceCombo(QComboBox):
    """A combo box over a choice model, read and set by stored value."""

    def __init__(self, choices: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(choices)

    def value(self) -> str | None:
        choice = self.currentData(ObjectRole)
        return choice.value if isinstance(choice, Choice) else None

    def set_value(self, value: str | None) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            choice = model.index(row, 0).data(ObjectRole)
            if isinstance(choice, Choice) and choice.value == value:
                self.setCurrentIndex(row)
                return


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a ChoiceCombo whose list opens at once (F2 or
    double-click); picking an entry (arrows + Enter, a letter, or a click)
    stores it and closes the editor."""

    def __init__(self, choices: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = ChoiceCombo(self.choices, parent)
        editor.activated.connect(lambda _row, e=editor: self._picked(e))
        # Open the list once the editor is placed, so one key press shows the choices.
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def _picked(self, editor: ChoiceCombo) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, ChoiceCombo)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, ChoiceCombo)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        editor.setGeometry(option.rect)
