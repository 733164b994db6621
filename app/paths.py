"""Where Samsyn's own files are: the resources folder, wherever Samsyn runs from.

Three layouts, checked in this order:

* the PyInstaller bundle: ``resources/`` inside ``sys._MEIPASS``;
* an installed wheel (``pip install .``): the package data ``samsyn_resources/``
  beside the ``app`` package in site-packages (pyproject maps it from
  ``resources/``);
* a checkout or an editable install: ``resources/`` beside the packages.
"""

from __future__ import annotations

import sys
from pathlib import Path

INSTALLED_NAME = "samsyn_resources"
SOURCE_NAME = "resources"
ORGANISATION = "Samsyn"
APPLICATION = "Samsyn"


def name_application() -> None:
    """Name the program for Qt: the settings and the data folder (backups) follow it.

    The window and the command line both call it, so a backup taken by
    ``samsyn merge`` lands where the window's restore dialog looks.
    """
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def resources_dir() -> Path:
    """The folder holding translations, icons, the demo and the exchange schema."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / SOURCE_NAME
    beside_packages = Path(__file__).resolve().parent.parent
    installed = beside_packages / INSTALLED_NAME
    # A checkout has no samsyn_resources/; a wheel has no resources/ of ours
    # (another distribution may own a site-packages/resources, so it comes last).
    if installed.is_dir():
        return installed
    return beside_packages / SOURCE_NAME


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
