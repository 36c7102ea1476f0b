"""Drawing the timeline with a QPainter: the one place used by the canvas and image export.

Everything positional comes from :mod:`timeline_app.gui.layout`; this module only turns
it into pixels, so the screen and a PNG/SVG/PDF figure look the same. Colours come from a
:class:`Theme` built from the widget palette (so the canvas follows a light or dark
system palette) or a fixed light theme for figures.
"""
from __future__ import annotations

import math

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath,
                           QPalette, QPen, QPolygonF)

from timeline_app.core.category import Category, Era
from timeline_app.core.event import Event
from timeline_app.gui.layout import (LABEL_GAP, MARKER, MAX_LABEL, Item, Packing, Placement, TimelineLayout,
                                     TimeScale, placement_x, ticks, to_seconds)

DEFAULT_COLOUR = "#7d8a96"
CONFLICT_COLOUR = "#d0342c"


@dataclass(frozen=True, slots=True)
class Theme:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    axis_background: QColor
    selection: QColor
    conflict: QColor = field(default_factory=lambda: QColor(CONFLICT_COLOUR))

    @classmethod
    def from_palette(cls, palette: QPalette) -> "Theme":
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = QColor(text)
        grid.setAlphaF(0.10)
        axis = palette.color(QPalette.ColorRole.AlternateBase)
        return cls(base, text, muted, grid, axis, palette.color(QPalette.ColorRole.Highlight))

    @classmethod
    def light(cls) -> "Theme":
        grid = QColor(0, 0, 0)
        grid.setAlphaF(0.10)
        return cls(QColor("#ffffff"), QColor("#1e1e1e"), QColor("#6b6b6b"), grid, QColor("#f3f3f3"),
                   QColor("#2a6fdb"))


def label_text(event: Event) -> str:
    """What an event is called on the canvas: its title after its marks (star, flag, lock)."""
    if not (event.is_starred or event.is_flagged or event.is_locked or event.conflict is not None):
        return event.title  # most events: no string to build
    marks = ("\u2605" if event.is_starred else "") + ("\u2691" if event.is_flagged else "") + \
        ("\U0001F512" if event.is_locked else "")
    conflict = "\u26a0 " if event.conflict is not None and not event.conflict.is_resolved else ""
    return f"{conflict}{marks + ' ' if marks else ''}{event.title}"


@dataclass(slots=True)
class HitBox:
    """Where an event was drawn, for clicks and drags."""

    event_id: str
    body: QRectF
    label: QRectF
    is_period: bool
    text: QRectF | None = None  # where the label's words were drawn (None: no room to draw them)
    is_elided: bool = False


@dataclass(slots=True)
class Scene:
    """What to draw besides the layout: eras, selection, categories for the legend."""

    layout: TimelineLayout
    eras: list[Era] = field(default_factory=list)
    selected: set[str] = field(default_factory=set)
    categories: list[Category] = field(default_factory=list)
    show_arrows: bool = True


class TimelinePainter:
    """Paints axis, eras, events, arrows and density counts into a rectangle."""

    def __init__(self, theme: Theme, font: QFont) -> None:
        self.theme = theme
        self.font = QFont(font)
        self.small = QFont(font)
        if font.pixelSize() > 0:  # figures use pixel sizes so that any device DPI gives the same layout
            self.small.setPixelSize(max(round(font.pixelSize() * 0.85), 8))
        else:
            self.small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.lane_height = max(22.0, self.metrics.height() + 10.0)
        self.axis_height = 2 * (QFontMetricsF(self.small).height() + 6)
        self._width = 0.0

    def measure(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)

    # whole frame -------------------------------------------------------------------------
    def paint(self, p: QPainter, rect: QRectF, scene: Scene, scale: TimeScale, *,
              background: bool = True) -> list[HitBox]:
        """Draw ``scene`` on ``scale`` into ``rect``; returns where each event went."""
        p.save()
        p.setClipRect(rect)
        p.translate(rect.topLeft())
        width, height = rect.width(), rect.height()
        if background:
            p.fillRect(QRectF(0, 0, width, height), self.theme.background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._eras(p, scene.eras, scale, width, height)
        self._axis(p, scale, width, height)
        hits = self._events(p, scene, scale, width, height)
        p.restore()
        for hit in hits:
            hit.body.translate(rect.topLeft())
            hit.label.translate(rect.topLeft())
            if hit.text is not None:
                hit.text.translate(rect.topLeft())
        return hits

    def _eras(self, p: QPainter, eras: Iterable[Era], scale: TimeScale, width: float, height: float) -> None:
        p.setFont(self.small)
        fm = QFontMetricsF(self.small)
        for era in eras:
            x0, x1 = scale.x(to_seconds(era.start)), scale.x(to_seconds(era.end))
            if x1 < 0 or x0 > width:
                continue
            colour = QColor(era.colour)
            colour.setAlphaF(0.28)
            band = QRectF(x0, self.axis_height, max(x1 - x0, 1.0), height - self.axis_height)
            p.fillRect(band, colour)
            edge = QColor(era.colour).darker(130)
            p.setPen(QPen(edge, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x0, self.axis_height), QPointF(x0, height))
            name_x = max(x0, 0.0) + 4
            room = min(x1, width) - name_x - 4
            if room > 24:
                p.setPen(self.theme.muted)
                name = fm.elidedText(era.name, Qt.TextElideMode.ElideRight, room)
                p.drawText(QRectF(name_x, height - fm.height() - 4, room, fm.height()),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _axis(self, p: QPainter, scale: TimeScale, width: float, height: float) -> None:
        fm = QFontMetricsF(self.small)
        row = fm.height() + 6
        min_spacing = fm.horizontalAdvance("Wed 30") + 16
        unit, minor, major = ticks(scale.time(0), scale.time(width), scale.seconds_per_pixel, min_spacing)
        p.fillRect(QRectF(0, 0, width, self.axis_height), self.theme.axis_background)
        p.setFont(self.small)
        for tick in minor:
            x = scale.x(tick.seconds)
            p.setPen(QPen(self.theme.grid, 1))
            p.drawLine(QPointF(x, row), QPointF(x, height))
            p.setPen(self.theme.text)
            p.drawText(QRectF(x + 3, row, min_spacing, row), Qt.AlignmentFlag.AlignLeft |
                       Qt.AlignmentFlag.AlignVCenter, tick.label)
        strong = QColor(self.theme.text)
        strong.setAlphaF(0.35)
        p.setFont(self.bold if not major else self.small)
        for n, tick in enumerate(major):
            x = scale.x(tick.seconds)
            next_x = scale.x(major[n + 1].seconds) if n + 1 < len(major) else width
            p.setPen(QPen(strong, 1))
            p.drawLine(QPointF(x, 0), QPointF(x, height))
            # keep the label of the period we are in visible at the left edge; whole or
            # not at all: "2\u2026" for a year cut by the edge says nothing
            label_x = max(x, 0.0) + 4
            room = next_x - label_x - 4
            if fm.horizontalAdvance(tick.label) <= room:
                p.setPen(self.theme.text)
                p.drawText(QRectF(label_x, 0, room + 1, row), Qt.AlignmentFlag.AlignLeft |
                           Qt.AlignmentFlag.AlignVCenter, tick.label)
        if not major:
            p.setPen(self.theme.muted)
            p.drawText(QRectF(4, 0, width - 8, row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       unit.plural)
        p.setPen(QPen(strong, 1))
        p.drawLine(QPointF(0, self.axis_height), QPointF(width, self.axis_height))

    def lanes_for(self, height: float) -> int:
        """How many lanes fit in ``height`` above the density band."""
        return max(1, int((height - self.axis_height - 8 - self.lane_height - 4) // self.lane_height))

    def lane_y(self, lane: int) -> float:
        return self.axis_height + 8 + lane * self.lane_height

    def _events(self, p: QPainter, scene: Scene, scale: TimeScale, width: float, height: float) -> list[HitBox]:
        layout = scene.layout
        self._width = width
        packing, shown, buckets = layout.visible(scale, width)
        usable_lanes = self.lanes_for(height)
        hits: list[HitBox] = []
        overflow = [pl for pl in shown if pl.lane >= usable_lanes]
        lanes = [pl for pl in shown if pl.lane < usable_lanes]
        if scene.show_arrows:  # beneath the marks and labels
            marks = {}
            anchored: list[Item] = []
            for pl in lanes:
                item = layout.items[pl.index]
                marks[item.event_id] = self._mark_centre(item, pl, scale)
                if item.anchor_id is not None:
                    anchored.append(item)
            self._arrows(p, anchored, marks)
        p.setFont(self.font)
        for placement in lanes:
            hits.append(self._item(p, layout.items[placement.index], placement, scale, scene.selected))
        self._density(p, packing, buckets, overflow, scale, width, height)
        return hits

    def _mark_centre(self, item: Item, placement: Placement, scale: TimeScale) -> QPointF:
        mid = self.lane_y(placement.lane) + self.lane_height / 2 - 2
        if item.is_period or item.is_uncertain:
            left = scale.x(item.start)
            return QPointF((left + max(scale.x(item.end), left + MARKER)) / 2, mid)
        return QPointF(scale.x(item.centre), mid)

    def _item(self, p: QPainter, item: Item, placement: Placement, scale: TimeScale, selected: set[str]) -> HitBox:
        """Draw ``item`` and its label on the side the packing chose (:func:`pack`: after the
        mark, before it near the end of the layout, or over the end of a long period), so a
        label keeps its side while the view scrolls and never runs into its neighbours."""
        y = self.lane_y(placement.lane)
        mid = y + self.lane_height / 2 - 2
        colour = QColor(item.colour)
        is_selected = item.event_id in selected
        outline = self.theme.conflict if item.is_conflict else colour.darker(150)
        x_start, x_end = scale.x(item.start), scale.x(item.end)
        if item.is_period or item.is_uncertain:
            left = x_start
            right = max(x_end, left + MARKER)
            body = QRectF(left, mid - 5, right - left, 10)
            if item.is_uncertain:
                # somewhere in [earliest, latest]: faded ends, whiskers, a tick at the middle
                gradient = QLinearGradient(body.topLeft(), body.topRight())
                faint = QColor(colour)
                faint.setAlphaF(0.15)
                strong = QColor(colour)
                strong.setAlphaF(0.75)
                gradient.setColorAt(0, faint)
                gradient.setColorAt(0.5, strong)
                gradient.setColorAt(1, faint)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QBrush(gradient))
                p.drawRect(body.adjusted(0, 2, 0, -2))
                p.setPen(QPen(outline, 1.4))
                p.drawLine(QPointF(left, mid - 6), QPointF(left, mid + 6))
                p.drawLine(QPointF(right, mid - 6), QPointF(right, mid + 6))
                p.drawLine(QPointF(left, mid), QPointF(right, mid))
            else:
                p.setPen(QPen(outline, 1.2))
                p.setBrush(colour)
                p.drawRoundedRect(body, 3, 3)
            label_x = right + LABEL_GAP
        else:
            cx = scale.x(item.centre)
            body = QRectF(cx - MARKER / 2, mid - MARKER / 2, MARKER, MARKER)
            diamond = QPolygonF([QPointF(cx, mid - 6), QPointF(cx + 6, mid), QPointF(cx, mid + 6),
                                 QPointF(cx - 6, mid)])
            p.setPen(QPen(outline, 1.4 if not item.is_conflict else 2.2))
            p.setBrush(colour)
            p.drawPolygon(diamond)
            label_x = body.right() + LABEL_GAP
        if item.is_conflict:
            p.setPen(QPen(self.theme.conflict, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(body.left() + 5 if body.width() > 20 else body.center().x(), mid), 9, 9)
        text_width = min(item.label_width, MAX_LABEL)
        if placement.side == "before":
            label_x = body.left() - LABEL_GAP - text_width
        elif placement.side == "over":
            label_x = body.right() - LABEL_GAP - text_width
        if (item.is_period or item.is_uncertain) and (label_x + text_width < 2 or label_x > self._width - 2):
            # a long period reaching past both sides of its label's place: its label rides
            # on the part of the bar in view (its own extent, so it meets nothing else)
            shown_left, shown_right = max(body.left(), 2.0), min(body.right(), self._width - 2.0)
            if shown_right - shown_left >= text_width + 2 * LABEL_GAP:
                label_x = shown_left + LABEL_GAP
        label = QRectF(label_x, y, text_width + 1, self.lane_height - 4)
        if is_selected:
            p.setPen(Qt.PenStyle.NoPen)
            highlight = QColor(self.theme.selection)
            highlight.setAlphaF(0.25)
            p.setBrush(highlight)
            p.drawRoundedRect(body.united(label).adjusted(-4, -2, 4, 2), 4, 4)
            p.setPen(QPen(self.theme.selection, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(body.adjusted(-3, -3, 3, 3), 3, 3)
        p.setPen(self.theme.text)
        # A label cut by the edge of the view is drawn elided inside its own extent (never
        # beyond it, so it cannot run into the next item of its lane): no half glyphs.
        left = max(label.left(), 2.0)
        right = min(label.right(), self._width - 2.0)
        hit = HitBox(item.event_id, body, label, item.is_period or item.is_uncertain)
        if right - left >= 24:
            room = right - left
            if not is_selected:  # a halo so arrows passing beneath never cross the words
                halo = QColor(self.theme.background)
                halo.setAlphaF(0.8)
                p.fillRect(QRectF(left - 1, label.top() + 3, min(room, item.label_width) + 2, label.height() - 6),
                           halo)
            text = item.title if room >= item.label_width else \
                self.metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, room)
            hit.text = QRectF(left, label.top(), room + 1, label.height())
            hit.is_elided = text != item.title
            p.drawText(hit.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        return hit

    def _arrows(self, p: QPainter, anchored: list[Item], marks: dict[str, QPointF]) -> None:
        """An arrow from each drawn anchor to each drawn ``anchored`` item (``marks``: where
        the drawn items' marks are, by event id)."""
        colour = QColor(self.theme.muted)
        colour.setAlphaF(0.8)
        pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
        for item in anchored:
            if item.anchor_id not in marks:
                continue
            target, source = marks[item.event_id], marks[item.anchor_id]
            path = QPainterPath(source)
            bend = -18 if target.y() <= source.y() else 18
            control = QPointF((source.x() + target.x()) / 2, min(source.y(), target.y()) + bend - 10)
            path.quadTo(control, target)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            angle_dir = QPointF(target.x() - control.x(), target.y() - control.y())
            length = max((angle_dir.x() ** 2 + angle_dir.y() ** 2) ** 0.5, 1e-6)
            ux, uy = angle_dir.x() / length, angle_dir.y() / length
            tip = QPointF(target.x() - ux * 6, target.y() - uy * 6)
            head = QPolygonF([tip, QPointF(tip.x() - ux * 7 - uy * 4, tip.y() - uy * 7 + ux * 4),
                              QPointF(tip.x() - ux * 7 + uy * 4, tip.y() - uy * 7 - ux * 4)])
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawPolygon(head)

    def _density(self, p: QPainter, packing: Packing, buckets: list, overflow: list[Placement],
                 scale: TimeScale, width: float, height: float) -> None:
        """Events with no room shown as a density band with counts at the bottom."""
        counts: dict[int, int] = {}
        step = 28.0
        for bucket in buckets:
            x = placement_x(bucket.left, packing, scale)
            counts[int(x // step)] = counts.get(int(x // step), 0) + bucket.count
        for placement in overflow:
            x = placement_x(placement.left, packing, scale)
            counts[int(x // step)] = counts.get(int(x // step), 0) + 1
        if not counts:
            return
        band_h = self.lane_height
        top = height - band_h - 2
        peak = max(counts.values())
        fm = QFontMetricsF(self.small)
        p.setFont(self.small)
        p.setPen(Qt.PenStyle.NoPen)
        base = QColor(self.theme.selection)
        last_label_right = -1e9
        for slot in sorted(counts):
            count = counts[slot]
            x = slot * step
            if x + step < 0 or x > width:
                continue
            shade = QColor(base)
            shade.setAlphaF(0.15 + 0.6 * count / peak)
            p.setPen(Qt.PenStyle.NoPen)
            p.fillRect(QRectF(x, top, step - 1, band_h), shade)
            text = f"+{count}"
            w = fm.horizontalAdvance(text)
            if x >= last_label_right and w <= step * 2:
                p.setPen(self.theme.text)
                p.drawText(QRectF(x + 2, top, w + 2, band_h), Qt.AlignmentFlag.AlignVCenter, text)
                last_label_right = x + w + 6

    # figure extras -------------------------------------------------------------------------
    def legend(self, p: QPainter, origin: QPointF, width: float, categories: list[Category],
               uncategorised: str = "uncategorised") -> float:
        """Draw the category legend left to right, wrapping; returns the height used."""
        fm = QFontMetricsF(self.small)
        p.setFont(self.small)
        x, y = origin.x(), origin.y()
        row = fm.height() + 6
        entries = [(c.name, c.colour) for c in categories]
        entries.append((uncategorised, DEFAULT_COLOUR))
        for name, colour in entries:
            w = 14 + fm.horizontalAdvance(name) + 16
            if x + w > origin.x() + width and x > origin.x():
                x, y = origin.x(), y + row
            p.setPen(QPen(QColor(colour).darker(150), 1))
            p.setBrush(QColor(colour))
            p.drawRect(QRectF(x, y + (row - 10) / 2, 10, 10))
            p.setPen(self.theme.text)
            p.drawText(QRectF(x + 14, y, w, row), Qt.AlignmentFlag.AlignVCenter, name)
            x += w
        return y + row - origin.y()


def colour_for(event: Event, categories: dict[str, Category]) -> str:
    category = categories.get(event.category_id or "")
    return category.colour if category is not None else DEFAULT_COLOUR


def build_layout(events: Iterable[Event], categories: dict[str, Category], painter: TimelinePainter,
                 max_lanes: int = 12) -> TimelineLayout:
    """The layout of ``events`` with labels measured in ``painter``'s font."""
    widths: dict[str, float] = {}
    colours = {category_id: category.colour for category_id, category in categories.items()}

    def measure(text: str) -> float:
        width = widths.get(text)
        if width is None:
            width = widths[text] = painter.measure(text)
        return width

    def colour_of(event: Event) -> str:
        return colours.get(event.category_id or "", DEFAULT_COLOUR)

    return TimelineLayout.build(events, colour_of, measure, max_lanes, label_text)
