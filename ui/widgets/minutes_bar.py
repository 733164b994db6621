"""The Avslutning page's "Minnesanteckningar" strip: language, export, send."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QWidget,
)

from ui.widgets.flow_layout import FlowLayout, labelled, right_aligned

LANGUAGE_KEY = "minutes/language"
LANGUAGES = ("sv", "en")


def minutes_language() -> str:
    """The language the minutes are written in: the strip's last choice, else Swedish."""
    value = QSettings().value(LANGUAGE_KEY, "sv")
    return value if value in LANGUAGES else "sv"


class MinutesBar(QFrame):
    """Asks for the minutes; the window does the work (the page knows only its context)."""

    export_requested = Signal()
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesBar")
        # Calm: a light band that sits apart from the capture lists above it.
        self.setStyleSheet(
            "#minutesBar { background: #f3f6f9; border: 1px solid #d7dee6; border-radius: 4px; }"
        )
        # One row, the buttons at the right; in the smallest window they wrap.
        layout = FlowLayout(self, spacing=12)
        layout.setContentsMargins(10, 6, 10, 6)
        heading = QLabel(self.tr("Minnesanteckningar"), self)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)

        self.language = QComboBox(self)
        self.language.setObjectName("minutesLanguage")
        # Each language is named in itself, as in the settings dialog.
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(minutes_language())))
        self.language.setToolTip(self.tr("Språk i dokumentet och e-postmeddelandet"))
        layout.addWidget(labelled(self.tr("&Språk:"), self.language, self))

        self.export_button = QPushButton(self.tr("Exportera minnesanteckningar…"), self)
        self.export_button.setObjectName("exportMinutes")
        self.export_button.setToolTip(
            self.tr("Spara träffens minnesanteckningar som Word-dokument (Ctrl+E)")
        )
        self.send_button = QPushButton(self.tr("Skicka till deltagare…"), self)
        self.send_button.setObjectName("sendMinutes")
        self.send_button.setToolTip(
            self.tr("Öppna ett e-postutkast till deltagarna med minnesanteckningarna bifogade")
        )
        layout.addWidget(right_aligned([self.export_button, self.send_button], self))

        self.language.currentIndexChanged.connect(self._store_language)
        self.export_button.clicked.connect(self.export_requested)
        self.send_button.clicked.connect(self.send_requested)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _store_language(self, _index: int) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.chosen_language())

    def showEvent(self, event) -> None:
        # Another window (or the menu) may have changed the choice meanwhile.
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(minutes_language())))
        self.language.blockSignals(False)
        super().showEvent(event)
