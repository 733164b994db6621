"""Phase page: Glapp (being built; replaced by the full page)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.pages.base import MeetingPage, PageContext, page_heading


class GapsPage(MeetingPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Glapp"), "", self))
        layout.addStretch(1)
