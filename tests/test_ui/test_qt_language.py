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


def test_the_date_picker_names_months_and_days_in_the_programs_language(
    qapp: QApplication,
) -> None:
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QCalendarWidget

    before = QLocale()
    try:
        install_qt_language("sv")
        calendar = QCalendarWidget()
        assert calendar.locale().monthName(12) == "december"
        assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat).startswith("mån")
        assert calendar.locale().toString(QDate(2026, 12, 1), "MMMM") == "december"
        install_qt_language("en")
        assert QCalendarWidget().locale().monthName(12) == "December"
    finally:
        install_qt_language("en")
        QLocale.setDefault(before)
