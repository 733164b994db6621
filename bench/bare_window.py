"""The start-up reference: a bare PySide6 program that shows one empty
QMainWindow and quits after its first paint, exactly as ``samsyn --smoke`` does.

    .venv/bin/python bench/bare_window.py

bench/startup_bench.py runs it as is and, frozen with PyInstaller, against the
frozen Samsyn. Imports nothing but PySide6 and the standard library.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1024, 700)
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(20_000, lambda: app.exit(1))  # the same safety limit as --smoke
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
