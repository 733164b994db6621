"""F1: the keyboard shortcuts, over the window, until any key or click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


class HelpOverlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(
            "#helpOverlay { background: rgba(30, 36, 48, 235); border-radius: 10px; }"
            "#helpOverlay QLabel { color: white; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        title = QLabel(self.tr("Kortkommandon"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for row, (keys, what) in enumerate(self.shortcuts()):
            key_label = QLabel(keys, self)
            key_font = key_label.font()
            key_font.setBold(True)
            key_label.setFont(key_font)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(QLabel(what, self), row, 1)
        layout.addLayout(grid)
        hint = QLabel(self.tr("Tryck på valfri tangent för att stänga."), self)
        layout.addWidget(hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+1 … Ctrl+8", self.tr("Byt fas: Förberedelse … Avslutning")),
            ("Enter", self.tr("Spara raden i inmatningsfältet och börja på nästa")),
            ("Alt+N", self.tr("Tillbaka till inmatningsfältet")),
            ("Ctrl+Z", self.tr("Ångra")),
            ("Ctrl+Shift+Z", self.tr("Gör om")),
            ("Ctrl+Shift+N", self.tr("Ny träff")),
            ("Ctrl+E", self.tr("Exportera minnesanteckningar för träffen")),
            ("Ctrl+F", self.tr("Sök i alla träffar")),
            ("F5", self.tr("Presentationsvy för projektorn (Esc stänger)")),
            ("Ctrl+T", self.tr("Starta timer; Ctrl+Shift+T pausar")),
            ("Delete", self.tr("Ta bort markerad rad (kan ångras)")),
            ("Ctrl+↑ / Ctrl+↓", self.tr("Flytta markerad rad")),
            ("F2", self.tr("Redigera markerad cell")),
            ("+ / −", self.tr("Fler eller färre röster på markerat glapp eller orsak")),
            ("F1", self.tr("Visa kortkommandon")),
        ]

    def show_over(self, window: QWidget) -> None:
        self.adjustSize()
        self.move((window.width() - self.width()) // 2, (window.height() - self.height()) // 3)
        self.raise_()
        self.show()
        self.setFocus()
        window.installEventFilter(self)

    def keyPressEvent(self, event) -> None:
        self.close_overlay()

    def mousePressEvent(self, event) -> None:
        self.close_overlay()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.close_overlay()
        return False

    def close_overlay(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()
