"""Before minutes leave Samsyn: identity numbers found in their text.

Choosing a finding shows its place in the window behind (``on_select``). The
facilitator then either goes there to fix it (which cancels the export) or
goes on after ticking that the numbers may be there. Avbryt is the default.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CANCEL, GO_TO, GO_ON = range(3)


class PrivacyDialog(QDialog):
    """``choice`` is CANCEL, GO_TO (see ``target``) or GO_ON after exec()."""

    def __init__(
        self,
        findings: Sequence[Any],
        sending: bool,
        parent: QWidget | None = None,
        on_select: Callable[[Any], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Integritetskontroll"))
        self.findings = list(findings)
        self.choice = CANCEL
        self.target: Any = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if len(self.findings) == 1:
            found = self.tr(
                "Texten innehåller ett person- eller samordningsnummer. Minnesanteckningarna "
                "kan bli en allmän handling som vem som helst kan begära ut, så numret bör "
                "tas bort innan de lämnar Samsyn."
            )
        else:
            found = self.tr(
                "Texten innehåller {n} person- eller samordningsnummer. Minnesanteckningarna "
                "kan bli en allmän handling som vem som helst kan begära ut, så numren bör "
                "tas bort innan de lämnar Samsyn."
            ).format(n=len(self.findings))
        self.summary = QLabel(found, self)
        self.summary.setObjectName("privacySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.list = QListWidget(self)
        self.list.setObjectName("privacyFindings")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        # Places are long; wrapping keeps the number (at the end) in sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for index, finding in enumerate(self.findings):
            item = QListWidgetItem(finding.line(), self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(self.tr("Dubbelklicka för att gå dit och rätta"))
        self.on_select = on_select
        self.list.currentRowChanged.connect(self._show_place)
        self.list.setCurrentRow(0)
        # Double-click only: Enter stays with the default button (Avbryt), and
        # single-click activation on some platforms would leave too easily.
        self.list.itemDoubleClicked.connect(self._go_to_item)
        layout.addWidget(self.list, 1)

        hint = QLabel(
            self.tr(
                "Välj ett nummer för att se var det står i fönstret bakom. Gå till stänger "
                "rutan så att du kan rätta texten; då skapas inget dokument."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        if len(self.findings) == 1:
            confirm = self.tr(
                "Jag har kontrollerat att numret får finnas med i minnesanteckningarna"
            )
        else:
            confirm = self.tr(
                "Jag har kontrollerat att numren får finnas med i minnesanteckningarna"
            )
        self.confirm = QCheckBox(confirm, self)
        self.confirm.setObjectName("privacyConfirm")
        layout.addWidget(self.confirm)

        buttons = QDialogButtonBox(self)
        self.go_to_button = QPushButton(self.tr("Gå till"), self)
        self.go_to_button.setObjectName("privacyGoTo")
        self.go_on_button = QPushButton(
            self.tr("Skicka ändå") if sending else self.tr("Exportera ändå"), self
        )
        self.go_on_button.setObjectName("privacyGoOn")
        self.go_on_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.setObjectName("privacyCancel")
        buttons.addButton(self.go_to_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.go_on_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must never mean "go on": only Avbryt is a default button.
        for button in (self.go_to_button, self.go_on_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        layout.addWidget(buttons)

        self.confirm.toggled.connect(self.go_on_button.setEnabled)
        self.go_to_button.clicked.connect(self._go_to_current)
        self.go_on_button.clicked.connect(self._go_on)
        self.cancel_button.clicked.connect(self.reject)
        self.resize(640, 420)

    def _show_place(self, row: int) -> None:
        if self.on_select is not None and 0 <= row < len(self.findings):
            self.on_select(self.findings[row])

    def _go_to_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._go_to_item(item)

    def _go_to_item(self, item: QListWidgetItem) -> None:
        self.choice = GO_TO
        self.target = self.findings[int(item.data(Qt.ItemDataRole.UserRole))]
        self.done(QDialog.DialogCode.Rejected)  # the export does not happen

    def _go_on(self) -> None:
        if self.confirm.isChecked():
            self.choice = GO_ON
            self.accept()

    def reject(self) -> None:
        # Escape and the window's close button land here; GO_TO is kept.
        if self.choice != GO_TO:
            self.choice = CANCEL
        super().reject()
