"""The presentation window: one phase of the meeting in large type, read-only.

Meant for the projector: on a second screen it fills it; on a laptop alone
it is an ordinary window (F11 fills the screen). Escape or F5 closes it.
Type scales with the window's height, so the back of the room can read it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.presentation.slides import Slide, SlideLine
from ui.presentation.timer import colour_clock
from ui.read_only import mark_safe

SHORT_ASIDE = 16  # an aside longer than this goes on its own line
BASE_LINES = 24  # body type: the window's height holds about this many lines
_INK, _MUTED, _ACCENT = "#1b2631", "#5d6d7e", "#1f5f99"


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("Samsyn – presentation"))
        self.setStyleSheet(
            f"#presentationWindow {{ background: white; }} QLabel {{ color: {_INK}; }}"
            f"#presentationTitle {{ color: {_MUTED}; }} #presentationPhase {{ color: {_ACCENT}; }}"
        )
        self.resize(1024, 640)
        self.title = QLabel(self)
        self.title.setObjectName("presentationTitle")
        self.title.setWordWrap(True)
        self.clock = QLabel(self)
        self.clock.setObjectName("presentationClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.phase = QLabel(self)
        self.phase.setObjectName("presentationPhase")
        self.body = QTextBrowser(self)
        self.body.setObjectName("presentationBody")
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys are the window's (Esc, F5)
        mark_safe(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addLayout(top)
        layout.addWidget(self.phase)
        layout.addWidget(self.body, 1)
        self._slide: Slide | None = None
        colour_clock(self.clock, False, _ACCENT)
        self._scale()

    # -- what is shown ---------------------------------------------------------------

    def show_slide(self, slide: Slide | None) -> None:
        """``slide``, or None: no meeting chosen."""
        self._slide = slide
        if slide is None:
            self.title.setText("")
            self.phase.setText("")
            self.body.setHtml(self._paragraph(self.tr("Ingen träff vald."), _MUTED))
            return
        self.title.setText(slide.title)
        self.phase.setText(slide.phase)
        self.body.setHtml(self._html(slide))

    def show_clock(self, text: str, overrun: bool) -> None:
        self.clock.setText(text)
        colour_clock(self.clock, overrun, _ACCENT)

    def _html(self, slide: Slide) -> str:
        parts = []
        if slide.subject:
            parts.append(
                f'<p style="margin-bottom:0.3em; color:{_INK}; font-size:115%;">'
                f"<b>{html.escape(slide.subject)}</b></p>"
            )
        if not slide.sections:
            return "".join(parts) + self._paragraph(slide.empty, _MUTED)
        for section in slide.sections:
            if section.heading:
                parts.append(
                    f'<p style="margin-top:0.6em; margin-bottom:0.2em; color:{_ACCENT};">'
                    f"<b>{html.escape(section.heading)}</b></p>"
                )
            for line in section.lines:
                parts.append(self._line(line))
        return "".join(parts)

    @staticmethod
    def _line(line: SlideLine) -> str:
        aside = html.escape(line.aside)
        if len(line.aside) > SHORT_ASIDE:  # who, what, when: a line of its own
            aside = f'<br><span style="color:{_MUTED}; font-size:80%;">{aside}</span>'
        elif aside:  # votes, minutes: after the text
            aside = f' <span style="color:{_MUTED}; font-size:80%;">– {aside}</span>'
        indent = 1.2 * line.depth
        return (
            f'<p style="margin:0.35em 0 0.35em {indent}em; color:{_INK};">'
            f"{html.escape(line.text)}{aside}</p>"
        )

    @staticmethod
    def _paragraph(text: str, colour: str) -> str:
        return f'<p style="color:{colour};">{html.escape(text)}</p>'

    # -- type that scales with the window ----------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        body_px = max(16, self.height() // BASE_LINES)
        font = self.body.font()
        font.setPixelSize(body_px)
        self.body.setFont(font)
        self.body.document().setDefaultFont(font)
        for label, factor, bold in (
            (self.title, 1.0, False),
            (self.phase, 1.9, True),
            (self.clock, 2.2, True),
        ):
            big = label.font()
            big.setPixelSize(int(body_px * factor))
            big.setBold(bold)
            label.setFont(big)
        if self._slide is not None:
            self.body.setHtml(self._html(self._slide))

    # -- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
        owner = self.parentWidget()
        if owner is not None:
            owner.activateWindow()  # back to capturing, where the keys belong
