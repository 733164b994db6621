"""Arkiv → Återställ från säkerhetskopia…: the open forum's backups, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.backups import BackupInfo
from ui.session_dialogs import contents_text, reason_text, when_text

AnyIndex = QModelIndex | QPersistentModelIndex
BackupRole = Qt.ItemDataRole.UserRole + 1


class BackupListModel(QAbstractTableModel):
    """One row per backup: when, why, what it holds."""

    TIME, REASON, CONTENTS = range(3)

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = sorted(backups, key=lambda b: b.taken_at, reverse=True)
        self.headers = [self.tr("Tid"), self.tr("Anledning"), self.tr("Innehåll")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.backups):
            return None
        backup = self.backups[index.row()]
        if role == BackupRole:
            return backup
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.TIME:
            return when_text(backup.taken_at)
        if index.column() == self.REASON:
            return reason_text(backup.reason)
        if index.column() == self.CONTENTS:
            return contents_text(backup.counts)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class BackupDialog(QDialog):
    """Pick a backup; ``chosen()`` is it once the dialog is accepted."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Samsyn sparar säkerhetskopior av forumet när det öppnas och var tionde minut "
                "medan du arbetar. Välj den du vill gå tillbaka till."
            )
            if backups
            else self.tr("Det finns inga säkerhetskopior av det här forumet ännu."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = BackupListModel(backups, self)
        self.view = QTableView(self)
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Återställ…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        if backups:
            self.view.selectRow(0)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        backup: BackupInfo = rows[0].data(BackupRole)
        return backup


def choose_backup(parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
    """The backup the user picks, or None (tests replace this function)."""
    dialog = BackupDialog(backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
