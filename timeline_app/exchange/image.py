"""Timeline figures: PNG, SVG and PDF, drawn by the same painter as the canvas.

``export_image(project, path, fmt, **options)`` is what the exporter registry calls for
``png``, ``svg`` and ``pdf``. A figure has a title, the date axis, the events (lanes,
colours, uncertainty, eras, arrows, conflict marks exactly as on screen, via
:class:`timeline_app.gui.painting.TimelinePainter`), a category legend and, optionally,
numbered source citations. PDF pages are split along time when the timeline is long.

This is the one exporter allowed to use Qt (QImage, QSvgGenerator from QtSvg, which
PySide6-Essentials ships, and QPdfWriter). It needs a QGuiApplication; without one (the
command line) it creates one on the offscreen platform when there is no display.
"""
from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from timeline_app.core.project import Project

FORMATS = ("png", "svg", "pdf")
_app: Any = None


class ImageExportError(ValueError):
    """A figure that cannot be written; the message is one line for the user."""


@dataclass(slots=True)
class FigureOptions:
    """What a figure shows and how big it is.

    ``width`` is in pixels for PNG (logical pixels for SVG); ``dpi`` scales text and lines
    for PNG (96 is 1:1). ``start``/``end`` limit the figure to a range (the visible range
    of the canvas, say); by default the whole timeline is drawn.
    """

    width: int = 2000
    dpi: float = 96.0
    title: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    citations: bool = True
    legend: bool = True
    page_size: str = "A4"
    landscape: bool = True
    events_per_page: int = 40
    max_lanes: int = 40


def _ensure_app() -> Any:
    """The Qt application rendering needs, created headless when there is none.

    A full QApplication (not QGuiApplication) so that widgets can still be created later
    in the same process, as the GUI and its tests do after an export.
    """
    global _app
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            if not os.environ.get("QT_QPA_PLATFORM"):
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = app = QApplication([sys.argv[0] if sys.argv else "timeline-app"])
    return app


def export_image(project: Project, path: str | Path, fmt: str, **options: Any) -> Path:
    """Write ``project``'s timeline to ``path`` as ``fmt`` (png, svg or pdf); returns the path.

    Options are the fields of :class:`FigureOptions`. Raises :class:`ImageExportError`.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ImageExportError(f"unknown image format {fmt!r} (use {', '.join(FORMATS)})")
    unknown = set(options) - set(FigureOptions.__dataclass_fields__)
    if unknown:
        raise ImageExportError(f"unknown option(s): {', '.join(sorted(unknown))}")
    opts = FigureOptions(**options)
    if opts.width < 200 or opts.width > 40000:
        raise ImageExportError(f"width {opts.width} is out of range (200 to 40000 pixels)")
    if not 24 <= opts.dpi <= 1200:
        raise ImageExportError(f"dpi {opts.dpi} is out of range (24 to 1200)")
    _ensure_app()
    path = Path(path)
    if not path.parent.exists():
        raise ImageExportError(f"cannot write {path}: no such folder {path.parent}")
    figure = Figure(project, opts)
    if fmt == "png":
        figure.write_png(path)
    elif fmt == "svg":
        figure.write_svg(path)
    else:
        figure.write_pdf(path)
    return path


class Figure:
    """Measures and paints a figure for any QPaintDevice."""

    def __init__(self, project: Project, options: FigureOptions) -> None:
        from PySide6.QtGui import QFont, QGuiApplication

        from timeline_app.gui.layout import to_seconds
        from timeline_app.gui.painting import Theme, TimelinePainter, build_layout

        self.project, self.options = project, options
        font = QFont(QGuiApplication.font())
        font.setPixelSize(13)
        self.painter = TimelinePainter(Theme.light(), font)
        self.layout = build_layout(project.events.values(), project.categories, self.painter, options.max_lanes)
        bounds = self.layout.bounds
        if options.start is not None and options.end is not None:
            self.start, self.end = to_seconds(options.start), to_seconds(options.end)
        elif bounds is not None:
            pad = max((bounds[1] - bounds[0]) * 0.04, 43200.0)
            self.start, self.end = bounds[0] - pad, bounds[1] + pad
        else:
            now = to_seconds(datetime(2000, 1, 1))
            self.start, self.end = now, now + 86400 * 365
        self.title = options.title or project.name or "Timeline"

    # geometry -------------------------------------------------------------------------------
    def _scale(self, start: float, end: float, width: float) -> Any:
        """``[start, end]`` across ``width``. No room is kept on the right for the last
        labels (it showed two empty years after a story recalling 2019): the painter draws
        a label that would run off the edge before its mark."""
        from timeline_app.gui.layout import TimeScale, clamp_spp

        return TimeScale(start, clamp_spp((end - start) / max(width, 1.0)))

    def _timeline_height(self, start: float, end: float, width: float) -> float:
        scale = self._scale(start, end, width)
        packing, shown, buckets = self.layout.visible(scale, width)
        lanes = max((p.lane for p in shown), default=0) + 1
        # one lane more for the density band the painter keeps at the bottom
        return self.painter.axis_height + 8 + (lanes + 1) * self.painter.lane_height + 12

    def _citations(self) -> list[str]:
        lines = []
        for n, document in enumerate(self.project.documents.values(), 1):
            date = document.published_iso() or "undated"
            if document.is_estimated:
                date = f"\u2248{date} (estimated)"
            where = document.url or document.source_name or ""
            lines.append(f"[{n}] {document.title}. {where + '. ' if where else ''}Published {date}.")
        return lines

    def _height(self, width: float, start: float, end: float, citations: bool) -> float:
        from PySide6.QtGui import QFontMetricsF

        fm = QFontMetricsF(self.painter.font)
        height = 24 + fm.height() * 1.6 + fm.height() + 16
        height += self._timeline_height(start, end, width)
        if self.options.legend:
            height += self._legend_height(width)
        if citations and self.options.citations:
            height += 10 + len(self._citations()) * (QFontMetricsF(self.painter.small).height() + 2)
        return math.ceil(height + 16)

    def _legend_height(self, width: float) -> float:
        from PySide6.QtGui import QImage, QPainter

        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        p = QPainter(image)
        used = self.painter.legend(p, _point(0, 0), width, list(self.project.categories.values()))
        p.end()
        return used + 8

    # painting ---------------------------------------------------------------------------------
    def paint(self, p: Any, width: float, start: float, end: float, page: str = "", citations: bool = True) -> float:
        """Paint the figure at logical ``width``; returns the height used."""
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QFont, QFontMetricsF

        from timeline_app.gui.layout import from_seconds
        from timeline_app.gui.painting import Scene

        theme = self.painter.theme
        margin = 24.0
        inner = width - 2 * margin
        title_font = QFont(self.painter.font)
        title_font.setPixelSize(round(self.painter.font.pixelSize() * 1.5))
        title_font.setBold(True)
        fm_title = QFontMetricsF(title_font)
        y = margin
        p.setPen(theme.text)
        p.setFont(title_font)
        p.drawText(QRectF(margin, y, inner, fm_title.height()), Qt.AlignmentFlag.AlignLeft, self.title)
        y += fm_title.height() + 2
        p.setFont(self.painter.small)
        fm_small = QFontMetricsF(self.painter.small)
        first, last = from_seconds(start), from_seconds(end)
        subtitle = (f"{first:%d %b %Y} \u2013 {last:%d %b %Y} \u00b7 {len(self.project.events)} events from "
                    f"{len(self.project.documents)} document(s)")
        if page:
            subtitle += f" \u00b7 {page}"
        p.setPen(theme.muted)
        p.drawText(QRectF(margin, y, inner, fm_small.height()), Qt.AlignmentFlag.AlignLeft, subtitle)
        y += fm_small.height() + 10
        height = self._timeline_height(start, end, inner)
        scale = self._scale(start, end, inner)
        scene = Scene(self.layout, list(self.project.eras.values()), set(), list(self.project.categories.values()))
        self.painter.paint(p, QRectF(margin, y, inner, height), scene, scale)
        y += height + 8
        if self.options.legend:
            y += self.painter.legend(p, _point(margin, y), inner, list(self.project.categories.values())) + 8
        if citations and self.options.citations:
            p.setFont(self.painter.small)
            p.setPen(theme.text)
            for line in self._citations():
                p.drawText(QRectF(margin, y, inner, fm_small.height() + 2), Qt.AlignmentFlag.AlignLeft,
                           fm_small.elidedText(line, Qt.TextElideMode.ElideRight, inner))
                y += fm_small.height() + 2
        return y + margin

    def write_png(self, path: Path) -> None:
        from PySide6.QtGui import QImage, QPainter

        ratio = self.options.dpi / 96.0
        logical = self.options.width / ratio
        height = self._height(logical, self.start, self.end, True)
        image = QImage(int(self.options.width), int(math.ceil(height * ratio)), QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(int(self.options.dpi / 0.0254))
        image.setDotsPerMeterY(int(self.options.dpi / 0.0254))
        image.fill(self.painter.theme.background)
        p = QPainter(image)
        p.scale(ratio, ratio)
        self.paint(p, logical, self.start, self.end)
        p.end()
        if not image.save(str(path), "PNG"):
            raise ImageExportError(f"cannot write {path}")

    def write_svg(self, path: Path) -> None:
        from PySide6.QtCore import QRectF, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        width = float(self.options.width)
        height = self._height(width, self.start, self.end, True)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(width), int(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(self.title)
        generator.setDescription("Timeline exported by timeline-app")
        p = QPainter(generator)
        p.fillRect(QRectF(0, 0, width, height), self.painter.theme.background)
        self.paint(p, width, self.start, self.end)
        p.end()
        if not path.exists():
            raise ImageExportError(f"cannot write {path}")

    def page_ranges(self) -> list[tuple[float, float]]:
        """Time slices, one per page, each holding about ``events_per_page`` events."""
        items = [i for i in self.layout.items if i.end >= self.start and i.start <= self.end]
        pages = max(1, min(50, math.ceil(len(items) / max(self.options.events_per_page, 1))))
        if pages == 1:
            return [(self.start, self.end)]
        cuts = [self.start]
        for k in range(1, pages):
            cuts.append(items[k * len(items) // pages].start)
        cuts.append(self.end)
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]

    def write_pdf(self, path: Path) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        sizes = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A5": QPageSize.PageSizeId.A5,
                 "LETTER": QPageSize.PageSizeId.Letter, "LEGAL": QPageSize.PageSizeId.Legal,
                 "TABLOID": QPageSize.PageSizeId.Tabloid}
        size = sizes.get(self.options.page_size.upper())
        if size is None:
            raise ImageExportError(f"unknown page size {self.options.page_size!r} (use {', '.join(sizes)})")
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        writer.setTitle(self.title)
        writer.setCreator("timeline-app")
        orientation = QPageLayout.Orientation.Landscape if self.options.landscape else QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(QPageSize(size), orientation, QMarginsF(10, 10, 10, 10),
                                         QPageLayout.Unit.Millimeter))
        ranges = self.page_ranges()
        p = QPainter(writer)
        if not p.isActive():
            raise ImageExportError(f"cannot write {path}")
        page_rect = writer.pageLayout().paintRectPixels(writer.resolution())
        logical_width = 1100.0
        ratio = page_rect.width() / logical_width
        for n, (start, end) in enumerate(ranges):
            if n:
                writer.newPage()
            p.save()
            p.scale(ratio, ratio)
            label = f"page {n + 1} of {len(ranges)}" if len(ranges) > 1 else ""
            self.paint(p, logical_width, start, end, label, citations=n == len(ranges) - 1)
            p.restore()
        p.end()


def _point(x: float, y: float) -> Any:
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
