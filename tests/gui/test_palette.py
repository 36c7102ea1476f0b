"""The timeline follows the system palette: a dark palette gives a dark canvas with light
text, and switching back restores the light look (PaletteChange rebuilds the theme)."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#181818"),
                         (QPalette.ColorRole.AlternateBase, "#262626"), (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"), (QPalette.ColorRole.Button, "#303030"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    return palette


def _corner_lightness(canvas) -> int:  # type: ignore[no-untyped-def]
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    canvas.render(image, QPoint(0, 0))
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    return corner.lightness()


def test_dark_palette_gives_a_dark_canvas(window) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    light = _corner_lightness(canvas)
    original = canvas.palette()
    canvas.setPalette(_dark())
    dark = _corner_lightness(canvas)
    canvas.setPalette(original)
    assert dark < 80 < light, (dark, light)
    assert _corner_lightness(canvas) == light
