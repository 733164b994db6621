"""Qt's own words (standard buttons, file dialogs) follow the window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import install_qt_language


def test_standard_buttons_speak_swedish(qapp: QApplication) -> None:
    try:
        assert install_qt_language("sv")
        box = QMessageBox()
        assert box.addButton(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
        assert box.addButton(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    finally:
        assert install_qt_language("en")  # Qt's source text; removes the Swedish catalogue
    box = QMessageBox()
    assert box.addButton(QMessageBox.StandardButton.Cancel).text() == "Cancel"
