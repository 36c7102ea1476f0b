"""The timeline canvas (a custom QWidget) and the overview strip below it.

The canvas paints only what is visible (:meth:`TimelineLayout.visible` is a bisect), so a
frame costs the same at 100 or 100,000 events. Interaction:

* Ctrl+wheel or ``+``/``-`` zooms around the cursor (or the centre); the wheel, the arrow
  keys and dragging the background pan; Home fits everything;
* a click selects (Ctrl+click adds), ``[``/``]`` (or Up/Down) select the previous/next event;
* dragging an event moves it, dragging either end of a period resizes it; the time snaps
  to the event's grain and the change is one undoable command that marks it hand-edited.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QContextMenuEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent,
                           QPalette, QPen, QResizeEvent, QWheelEvent)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from timeline_app.core.commands import SetEventTime
from timeline_app.core.project import Change
from timeline_app.core.allocation import collector_paused
from timeline_app.gui.layout import (ZOOM_STEP, TimelineLayout, TimeScale,
                                     clamp_spp, from_seconds, snap, to_seconds)
from timeline_app.gui.dating import span_text
from timeline_app.gui.painting import HitBox, Scene, Theme, TimelinePainter, build_layout
from timeline_app.gui.session import Session
from timeline_app.temporal.model import Grain, Interval

EDGE = 5.0  # pixels at each end of a period that resize instead of move
FIT_MARGIN = 16.0  # pixels Fit all leaves before the first event and after the last label


@dataclass(slots=True)
class Drag:
    event_id: str
    mode: str  # "move", "start", "end", "pan"
    press_x: float
    origin: float
    start: float = 0.0
    end: float = 0.0
    moved: bool = False


class TimelineCanvas(QWidget):
    """Events on a zoomable, pannable time axis."""

    view_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("timelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Timeline"))
        self.setToolTip("")
        self.painter = TimelinePainter(Theme.from_palette(self.palette()), self.font())
        self.scale = TimeScale(to_seconds(datetime(2020, 1, 1)), 3600.0 * 6)
        self._layout: TimelineLayout | None = None
        self._hits: list[HitBox] = []
        self._drag: Drag | None = None
        self._fitted = False
        self._check_fit = False
        self.max_lanes = 40
        self.last_paint_ms = 0.0
        session.project_replaced.connect(self._on_project_replaced)
        session.changed.connect(self._on_change)
        session.filter_changed.connect(self.invalidate)
        session.selection_changed.connect(self._on_selection)

    # layout ---------------------------------------------------------------------------------
    @property
    def layout_(self) -> TimelineLayout:
        lanes = min(self.max_lanes, self.painter.lanes_for(self.height()))
        if self._layout is None:
            project = self.session.project
            with collector_paused():
                self._layout = build_layout(self.session.visible_events(), project.categories, self.painter, lanes)
        elif self._layout.max_lanes != lanes:
            self._layout = self._layout.with_lanes(lanes)
        return self._layout

    def bounds(self) -> tuple[float, float] | None:
        """First start and last end of the shown events, in seconds; without building the
        layout when there is none yet (fitting a freshly opened project need not wait for it)."""
        if self._layout is not None:
            return self._layout.bounds
        intervals = [e.interval for e in self.session.visible_events() if e.interval is not None]
        if not intervals:
            return None
        return to_seconds(min(i.start for i in intervals)), to_seconds(max(i.end for i in intervals))

    def invalidate(self) -> None:
        self._layout = None
        self.update()
        self.view_changed.emit()

    def _on_project_replaced(self) -> None:
        self._layout = None
        self._fitted = False
        if self.width() > 0:
            self.fit_all()

    def _on_change(self, change: Change) -> None:
        if change.collection == "events" and change.action == "changed" and self._layout is not None \
                and len(change.ids) <= 200 and not self.session.filter.is_active \
                and self._layout.refresh(self.session.project.events, change.ids):
            self.update()  # renamed, starred, recoloured: the same places, no new layout
            return
        if change.collection in ("events", "categories", "eras"):
            self.invalidate()

    def _on_selection(self, ids: list[str], origin: object) -> None:
        if origin is not self and ids:
            self.ensure_visible(ids[0])
        self.update()

    # view ----------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, 380)

    def set_scale(self, scale: TimeScale) -> None:
        self._check_fit = False
        self.scale = scale
        self.update()
        self.view_changed.emit()

    def fit_all(self) -> None:
        """Frame every event with :data:`FIT_MARGIN` pixels each side.

        No room is kept for labels: the painter draws a label that would run off the right
        edge before its mark (when its lane is free there). Room for the widest label after
        the last mark was about two empty years after a week's story that began in 2019.
        """
        bounds = self.bounds()
        if bounds is None:
            return
        self._fitted = True
        start, end = bounds
        usable = max(self.width(), 100) - 2 * FIT_MARGIN
        spp = clamp_spp(max(end - start, 3600.0) / usable)
        if self._layout is not None:
            # a label that found no lane free before its mark runs after the last end
            # (see layout.pack): keep room for it, and only for it
            for _ in range(3):
                overhang = self._label_overhang(spp)
                if overhang <= 0 or usable - overhang < 100:
                    break
                spp = clamp_spp(max(end - start, 3600.0) / (usable - overhang))
        self.set_scale(TimeScale(start - FIT_MARGIN * spp, spp))
        self._check_fit = self._layout is None  # then checked on the next paint, once it is built

    def _label_overhang(self, spp: float) -> float:
        """How many pixels the labels reach past the layout's last end at ``spp``."""
        layout = self.layout_
        packing = layout.packing(spp)
        if not packing.rights or layout.bounds is None:
            return 0.0
        return packing.rights[-1] - layout.bounds[1] / packing.spp

    def show_range(self, start: datetime, end: datetime) -> None:
        self.set_scale(TimeScale.fit(to_seconds(start), to_seconds(end), max(self.width(), 100), margin=0.0))

    def go_to(self, moment: datetime) -> None:
        """Centre the view on ``moment`` at the current zoom."""
        spp = self.scale.seconds_per_pixel
        self.set_scale(TimeScale(to_seconds(moment) - spp * self.width() / 2, spp))

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.scale.zoomed(factor, self.width() / 2 if anchor_x is None else anchor_x))

    def pan(self, pixels: float) -> None:
        self.set_scale(TimeScale(self.scale.origin + pixels * self.scale.seconds_per_pixel,
                                 self.scale.seconds_per_pixel))

    def visible_range(self) -> tuple[datetime, datetime]:
        return from_seconds(self.scale.time(0)), from_seconds(self.scale.time(self.width()))

    def ensure_visible(self, event_id: str) -> None:
        item = self.layout_.item(event_id)
        if item is None:
            return
        x0, x1 = self.scale.x(item.start), self.scale.x(item.end)
        if x1 < 0 or x0 > self.width() - 40:
            self.go_to(from_seconds(item.centre))
        else:
            self.update()

    # painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        from time import perf_counter

        started = perf_counter()
        if self._check_fit:
            self._check_fit = False
            if self._label_overhang(self.scale.seconds_per_pixel) > 0:
                self.fit_all()
        p = QPainter(self)
        scene = Scene(self.layout_, list(self.session.project.eras.values()), set(self.session.selection))
        self._hits = self.painter.paint(p, QRectF(self.rect()), scene, self.scale)
        if self._drag is not None and self._drag.mode in ("move", "start", "end") and self._drag.moved:
            self._paint_drag(p)
        if not self.layout_.items:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No dated events yet.\nImport articles with File \u203a Import, drop files here, "
                               "or paste text with Ctrl+Shift+V."))
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1)
            p.setPen(pen)
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        p.end()
        self.last_paint_ms = (perf_counter() - started) * 1000

    def _paint_drag(self, p: QPainter) -> None:
        assert self._drag is not None
        x0, x1 = self.scale.x(self._drag.start), self.scale.x(self._drag.end)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlphaF(0.35)
        p.fillRect(QRectF(x0, 0, max(x1 - x0, 2), self.height()), colour)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        label = from_seconds(self._drag.start).strftime("%Y-%m-%d %H:%M").replace(" 00:00", "")
        p.drawText(QPointF(x0 + 4, self.height() - 6), label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.painter = TimelinePainter(Theme.from_palette(self.palette()), self.font())
            self._layout = None
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fitted:
            self.fit_all()
        self.view_changed.emit()

    # hit testing -----------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> HitBox | None:
        for hit in reversed(self._hits):
            if hit.body.adjusted(-3, -3, 3, 3).contains(pos) or hit.label.contains(pos):
                return hit
        return None

    def event_position(self, event_id: str) -> QPointF | None:
        """Where ``event_id`` was last drawn (widget coordinates), for tests and tooltips."""
        for hit in self._hits:
            if hit.event_id == event_id:
                return hit.body.center()
        return None

    def event_rect(self, event_id: str) -> QRectF | None:
        """The mark of ``event_id`` as last drawn (widget coordinates)."""
        for hit in self._hits:
            if hit.event_id == event_id:
                return QRectF(hit.body)
        return None

    def drawn_ids(self) -> list[str]:
        return [h.event_id for h in self._hits]

    # mouse -------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        hit = self.hit(pos)
        if hit is None:
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.session.select([], self)
            self._drag = Drag("", "pan", pos.x(), self.scale.origin)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        ids = list(self.session.selection)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            ids = [i for i in ids if i != hit.event_id] if hit.event_id in ids else [*ids, hit.event_id]
            self.session.select(ids, self)
            return
        if hit.event_id not in ids:
            self.session.select([hit.event_id], self)
        model_event = self.session.project.events.get(hit.event_id)
        if model_event is None or model_event.interval is None or model_event.is_locked:
            return
        mode = "move"
        if hit.is_period and hit.body.width() > 4 * EDGE:
            if abs(pos.x() - hit.body.left()) <= EDGE:
                mode = "start"
            elif abs(pos.x() - hit.body.right()) <= EDGE:
                mode = "end"
        self._drag = Drag(hit.event_id, mode, pos.x(), self.scale.origin,
                          to_seconds(model_event.interval.start), to_seconds(model_event.interval.end))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            hit = self.hit(pos)
            if hit is not None and hit.is_period and (abs(pos.x() - hit.body.left()) <= EDGE or
                                                     abs(pos.x() - hit.body.right()) <= EDGE):
                self.setCursor(Qt.CursorShape.SizeHorCursor)
            elif hit is not None:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
            return
        dx = pos.x() - drag.press_x
        if drag.mode == "pan":
            self.set_scale(TimeScale(drag.origin - dx * self.scale.seconds_per_pixel, self.scale.seconds_per_pixel))
            return
        if abs(dx) < 3 and not drag.moved:
            return
        drag.moved = True
        model_event = self.session.project.events.get(drag.event_id)
        if model_event is None or model_event.interval is None:
            return
        grain = model_event.grain if model_event.grain is not None else Grain.DAY
        start, end = to_seconds(model_event.interval.start), to_seconds(model_event.interval.end)
        delta = dx * self.scale.seconds_per_pixel
        if drag.mode == "move":
            new_start = snap(start + delta, grain)
            drag.start, drag.end = new_start, new_start + (end - start)
        elif drag.mode == "start":
            drag.start, drag.end = min(snap(start + delta, grain), end - 1), end
        else:
            drag.start, drag.end = start, max(snap(end + delta, grain), start + 1)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.unsetCursor()
        if drag is None or drag.mode == "pan" or not drag.moved:
            self.update()
            return
        model_event = self.session.project.events.get(drag.event_id)
        if model_event is None or model_event.interval is None:
            return
        interval = Interval(from_seconds(drag.start), from_seconds(drag.end))
        if interval != model_event.interval:
            command = SetEventTime(self.session.project, drag.event_id, interval, model_event.grain or Grain.DAY)
            command.text = self.tr("Move event") if drag.mode == "move" else self.tr("Resize event")
            self.session.execute(command)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if hit is None:
            self.zoom(2.0, event.position().x())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120.0
            if steps:
                self.zoom(ZOOM_STEP ** steps, event.position().x())
        else:
            amount = delta.x() or delta.y()
            self.pan(-amount / 120.0 * 60.0)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit(QPointF(event.pos()))  # type: ignore[attr-defined]
            model_event = self.session.project.events.get(hit.event_id) if hit else None
            if model_event is not None:
                when = span_text(model_event.interval)
                QToolTip.showText(event.globalPos(), f"<b>{model_event.title}</b><br>{when}<br>"  # type: ignore[attr-defined]
                                  f"<i>{model_event.explanation}</i>", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # keyboard ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP ** 2)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP ** 2)
        elif key == Qt.Key.Key_Left:
            self.pan(-self.width() / 8)
        elif key == Qt.Key.Key_Right:
            self.pan(self.width() / 8)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_BracketRight, Qt.Key.Key_Down):
            self.step_selection(1)
        elif key in (Qt.Key.Key_BracketLeft, Qt.Key.Key_Up):
            self.step_selection(-1)
        else:
            super().keyPressEvent(event)

    def step_selection(self, step: int) -> None:
        items = self.layout_.items
        if not items:
            return
        current = self.session.selection[0] if self.session.selection else None
        index = self.layout_.index.get(current, -1 if step > 0 else len(items)) if current else \
            (-1 if step > 0 else len(items))
        index = min(max(index + step, 0), len(items) - 1)
        self.session.select([items[index].event_id], None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        window = self.window()
        for name in ("add_event", "duplicate_event", "delete_events", "merge_events", "split_event",
                     "lock_event", "fit_all", "go_to_date"):
            action = getattr(window, "actions_by_name", {}).get(name)
            if action is not None:
                menu.addAction(action)
        if not menu.isEmpty():
            menu.exec(event.globalPos())


class OverviewStrip(QWidget):
    """The whole time span with event density, and a frame showing the visible part.

    Clicking or dragging moves the canvas there.
    """

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setObjectName("overviewStrip")
        self.setFixedHeight(36)
        self.setToolTip(self.tr("Overview: where events are dense. Click or drag to move the timeline."))
        self._counts: list[int] = []
        self._bounds: tuple[float, float] | None = None
        self._dirty = True
        canvas.view_changed.connect(self._on_view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.update)

    def _on_view(self) -> None:
        self._dirty = True
        self._timer.start()

    def _span(self) -> tuple[float, float] | None:
        bounds = self.canvas.layout_.bounds
        if bounds is None:
            return None
        pad = max((bounds[1] - bounds[0]) * 0.03, 3600.0)
        return bounds[0] - pad, bounds[1] + pad

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        palette = self.palette()
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        span = self._span()
        if span is None:
            p.end()
            return
        width = max(self.width(), 1)
        if self._dirty or self._bounds != span or len(self._counts) != width // 2:
            self._counts = self.canvas.layout_.density(span[0], span[1], width // 2)
            self._bounds = span
            self._dirty = False
        peak = max(self._counts) if self._counts else 0
        colour = palette.color(QPalette.ColorRole.Highlight)
        h = self.height() - 4
        if peak:
            for n, count in enumerate(self._counts):
                if count:
                    bar = max(2.0, h * (count / peak) ** 0.5)
                    p.fillRect(QRectF(n * 2, self.height() - 2 - bar, 2, bar), colour)
        x0 = (self.canvas.scale.time(0) - span[0]) / (span[1] - span[0]) * width
        x1 = (self.canvas.scale.time(self.canvas.width()) - span[0]) / (span[1] - span[0]) * width
        frame = QColor(palette.color(QPalette.ColorRole.Text))
        p.setPen(QPen(frame, 1.5))
        fill = QColor(frame)
        fill.setAlphaF(0.08)
        p.setBrush(fill)
        p.drawRect(QRectF(x0, 1, max(x1 - x0, 3), self.height() - 2))
        p.end()

    def _move_to(self, x: float) -> None:
        span = self._span()
        if span is None:
            return
        seconds = span[0] + x / max(self.width(), 1) * (span[1] - span[0])
        self.canvas.go_to(from_seconds(seconds))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_to(event.position().x())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event.position().x())
