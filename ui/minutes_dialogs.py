"""What the facilitator sees after the minutes were written: the saved
document, or the e-mail draft and its recipients."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # app.mail_draft imports the email package: not at start-up
    from app.mail_draft import Recipient, SkippedRecipient


def show_in_folder(path: Path, platform: str | None = None) -> bool:
    """The file manager with ``path`` selected where the system can do that."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        # Explorer wants "/select," and the path as one argument pair.
        ok, _pid = QProcess.startDetached("explorer.exe", ["/select,", str(path)])
        return bool(ok)
    if platform == "darwin":
        ok, _pid = QProcess.startDetached("open", ["-R", str(path)])
        return bool(ok)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def address_list(recipients: Sequence[Recipient]) -> str:
    """ "Namn <adress>; Namn <adress>" — what Outlook and most clients accept pasted."""
    return "; ".join(f"{_display_name(r.name)} <{r.address}>".strip() for r in recipients)


def _display_name(name: str) -> str:
    # A comma, semicolon or angle bracket would split or break the pasted list.
    if any(ch in name for ch in ',;<>"'):
        return '"' + name.replace('"', "") + '"'
    return name


def _message_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ExportedDialog(QDialog):
    """The document is saved: open it, show it in its folder, or close."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportedDialog")
        self.setWindowTitle(self.tr("Minnesanteckningar"))
        self.path = path
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.message = _message_label(
            self.tr("Minnesanteckningarna sparades i {name}.").format(name=path.name),
            self,
            "exportedMessage",
        )
        self.message.setToolTip(str(path))
        layout.addWidget(self.message)
        folder = _message_label(str(path.parent), self, "exportedFolder")
        folder.setStyleSheet("color: #5a6672;")
        layout.addWidget(folder)
        self.problem = _message_label("", self, "exportedProblem")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Öppna dokumentet"), self)
        self.open_button.setObjectName("openDocument")
        self.folder_button = QPushButton(self.tr("Visa i mappen"), self)
        self.folder_button.setObjectName("showInFolder")
        self.close_button = QPushButton(self.tr("Stäng"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self.open_document)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(460)

    def open_document(self) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            self.accept()
        else:
            self._tell(
                self.tr(
                    "Inget program öppnade dokumentet. Öppna det från mappen, till exempel "
                    "i Word eller LibreOffice."
                )
            )

    def show_folder(self) -> None:
        if show_in_folder(self.path):
            self.accept()
        else:
            self._tell(
                self.tr("Mappen kunde inte visas. Dokumentet finns i {folder}.").format(
                    folder=self.path.parent
                )
            )

    def _tell(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class DraftDialog(QDialog):
    """The draft is written (and handed to the mail program when one answered)."""

    def __init__(
        self,
        path: Path,
        recipients: Sequence[Recipient],
        opened: bool,
        parent: QWidget | None = None,
        skipped: Sequence[SkippedRecipient] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setWindowTitle(self.tr("Skicka till deltagare"))
        self.path = path
        self.recipients = list(recipients)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.message = _message_label(self._message(opened), self, "draftMessage")
        layout.addWidget(self.message)

        self.list = QListWidget(self)
        self.list.setObjectName("draftRecipients")
        # To read, not to pick: the keyboard stays on the buttons.
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for recipient in self.recipients:
            self.list.addItem(f"{recipient.name} <{recipient.address}>")
        self.list.setVisible(bool(self.recipients))
        layout.addWidget(self.list, 1)
        # Attendees the draft does not reach, so nobody is forgotten without a word.
        missing = "; ".join(f"{one.name} ({one.reason_text()})" for one in skipped)
        self.skipped = _message_label(
            self.tr("Får inte utkastet: {people}.").format(people=missing) if skipped else "",
            self,
            "draftSkipped",
        )
        self.skipped.setVisible(bool(skipped))
        layout.addWidget(self.skipped)
        self.problem = _message_label("", self, "draftProblem")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Kopiera adresser"), self)
        self.copy_button.setObjectName("copyAddresses")
        self.copy_button.setEnabled(bool(self.recipients))
        self.folder_button = QPushButton(self.tr("Visa utkastet i mappen"), self)
        self.folder_button.setObjectName("showDraft")
        self.close_button = QPushButton(self.tr("Stäng"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.copy_button, self.folder_button):
            button.setAutoDefault(False)
        self.close_button.setDefault(True)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy_addresses)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(500)

    def _message(self, opened: bool) -> str:
        if not opened:
            text = self.tr(
                "Inget e-postprogram svarade. Utkastet finns i {path}; öppna det därifrån, "
                "eller kopiera adresserna och skicka minnesanteckningarna från ditt "
                "e-postprogram."
            ).format(path=self.path)
            if not self.recipients:
                text += " " + self.tr("Ingen av deltagarna har en e-postadress i Samsyn.")
            return text
        if not self.recipients:
            return self.tr(
                "Ingen av deltagarna har en e-postadress i Samsyn. Utkastet öppnas ändå i "
                "ditt e-postprogram; lägg till mottagarna där."
            )
        return self.tr("Ett e-postutkast till {n} deltagare öppnas i ditt e-postprogram.").format(
            n=len(self.recipients)
        )

    def copy_addresses(self) -> None:
        QGuiApplication.clipboard().setText(address_list(self.recipients))
        self.copy_button.setText(self.tr("Adresserna är kopierade"))

    def show_folder(self) -> None:
        if not show_in_folder(self.path):
            self.problem.setText(
                self.tr("Mappen kunde inte visas. Utkastet finns i {path}.").format(path=self.path)
            )
            self.problem.show()
