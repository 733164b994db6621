"""PyInstaller's own QtGui hook, minus the Qt plugins Samsyn never loads.

Filtering here, before PyInstaller follows the plugins' library dependencies,
also keeps out the Qt libraries only they need (QtNetwork, QtSvg, QtOpenGL ...).
samsyn.spec lists this folder in ``hookspath``, which takes precedence over
the built-in hook of the same name.
"""

import os

import bundle_rules
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, folder)
    for source, folder in binaries
    if not bundle_rules.is_unused(os.path.join(folder, os.path.basename(source)))
]
