"""Settings that belong to this computer, not to a forum: the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

LANGUAGE_KEY = "ui/language"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Som datorns språk"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        current = QSettings().value(LANGUAGE_KEY, "")
        index = self.language.findData(current if current in ("sv", "en") else "")
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Språk:"), self.language)
        layout.addLayout(form)
        note = QLabel(
            self.tr("Minnesanteckningar och e-post kan skrivas på båda språken oavsett val.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """'sv', 'en', or '' for the system's language."""
        return str(self.language.currentData())

    def save(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.chosen_language())
