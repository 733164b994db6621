"""Translation: Swedish is the source language; English comes from a .qm file.

Uses QtCore only (no widgets), so the CLI and the exporter share the GUI's
catalogue.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# Swedish is the source language, so Swedish needs no catalogue and no Qt:
# PySide6.QtCore (about 70 ms to import) is loaded only for another language,
# which keeps the Swedish command line quick to start.

LANGUAGES = ("sv", "en")
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for translation where it is defined; returns it unchanged."""
    return text


def translate(context: str, text: str) -> str:
    if not _installed:
        return text  # Swedish: the source text is the translation
    # Asked directly, not through QCoreApplication: the command line has no
    # application object to install a catalogue in.
    return _installed[0].translate(context, text) or text


def counted(context: str, n: int, one: str, several: str, **params: object) -> str:
    """``one`` when ``n`` is 1, else ``several``, translated in ``context`` and
    filled in with ``n`` and ``params`` (Swedish, like English, has one singular
    and one plural). Mark both texts with QT_TRANSLATE_NOOP where they are written."""
    return translate(context, one if n == 1 else several).format(n=n, **params)


def system_language() -> str:
    """'en' when the system asks for English, otherwise Swedish (the default)."""
    for name in ("SAMSYN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    import locale  # only when no variable says (start-up time)

    code = (locale.getlocale()[0] or "").lower()
    return "en" if code.startswith("en") else "sv"


class Catalogue:
    """The catalogue of one language, independent of the one installed.

    The minutes and the e-mail are written in the language the facilitator
    chooses for them, whatever language the window speaks.
    """

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        self._translator: QTranslator | None = None
        if language != "sv":
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            path = resource_path("translations", f"samsyn_{language}.qm")
            if not translator.load(str(path)):
                raise FileNotFoundError(path)
            self._translator = translator

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text


def _replace(installed: list[QTranslator], translator: QTranslator | None) -> None:
    """Take ``installed`` out of Qt and put ``translator`` (if any) in their place.

    Without an application object (the command line) Qt is not told: only
    ``translate`` uses the catalogue then, and the window installs it again
    once its application exists.
    """
    from PySide6.QtCore import QCoreApplication

    in_qt = QCoreApplication.instance() is not None
    for old in installed:
        if in_qt:
            QCoreApplication.removeTranslator(old)
    installed.clear()
    if translator is not None:
        if in_qt:
            QCoreApplication.installTranslator(translator)
        installed.append(translator)


def install_language(language: str) -> bool:
    """Make ``language`` current; True when its catalogue was found (or sv)."""
    if not _installed and language == "sv":
        return True
    from PySide6.QtCore import QTranslator

    translator: QTranslator | None = None
    if language != "sv":
        translator = QTranslator()
        if not translator.load(str(resource_path("translations", f"samsyn_{language}.qm"))):
            translator = None
    _replace(_installed, translator)
    return language == "sv" or translator is not None


_qt_own: list[QTranslator] = []
_QT_LOCALES = {"sv": "sv_SE", "en": "en_GB"}  # day-month order and Monday first, as in Sweden


def install_qt_language(language: str) -> bool:
    """Qt's own words (standard buttons such as Avbryt, the file dialog) in
    ``language``; the window calls it, the command line has no use for it.
    True when Qt's catalogue was found (English needs none: it is Qt's source)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    # Month and day names in Qt's widgets (the date picker's calendar) follow
    # the program's language, not the computer's: an English Windows would
    # otherwise show "December" and "Mon" in a Swedish program.
    QLocale.setDefault(QLocale(_QT_LOCALES.get(language, language)))
    if language == "en":
        _replace(_qt_own, None)
        return True
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # where PyInstaller puts PySide6's catalogues, should qt.conf not say so
        folders += [os.path.join(bundle, "PySide6", "Qt", "translations")]
    translator = QTranslator()
    found = any(translator.load(f"qtbase_{language}", folder) for folder in folders)
    _replace(_qt_own, translator if found else None)
    return found
