"""Starts the desktop application."""
from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("Timeline")
    window.setCentralWidget(QLabel("Timeline"))
    window.resize(1200, 800)
    window.show()
    return int(app.exec())
