"""Guards against known defects of the Qt binding that would crash the app.

PySide6-Essentials 6.12.0 (Python 3.11) drops one reference to None on nearly every
QPainter.draw* call; after enough painting the interpreter aborts with "deallocating
None". pyproject.toml keeps the binding below 6.12 for that reason; this test fails
if a version with the defect is installed again.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter


def test_painting_does_not_leak_references_to_none(qapp: object) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.drawRect(QRectF(0, 0, 10, 10))
            painter.drawLine(QPointF(0, 0), QPointF(5, 5))
            painter.drawEllipse(QRectF(1, 1, 3, 3))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 100, f"None lost {before - after} references in 1,500 draw calls"
