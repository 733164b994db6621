"""Sidebar page: Forumet (being built; replaced by the full page)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.pages.base import PageContext, page_heading


class ForumPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Forumet"), "", self))
        layout.addStretch(1)
