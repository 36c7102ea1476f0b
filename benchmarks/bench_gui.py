"""The desktop app at scale: open-and-show, canvas frames at every zoom, the event table.

Runs on Qt's offscreen platform. A canvas frame is the canvas painted into an image
(``QWidget.render``, which calls its ``paintEvent``) at a fixed view, median of several;
the layout (lanes, aggregation) is built once per project and then reused, so it is
reported apart as "first frame". Open-and-show and peak memory are measured in a fresh
process: from before Qt is imported to the main window painted with the project in it.
"""
from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta
from typing import Any

from context import Context
from figures import Figure, NoneGuard, median_seconds, run_child, unavailable

ZOOMS = [("all", None), ("10 years", 3650), ("1 year", 365), ("1 month", 30), ("1 week", 7), ("1 day", 1)]

OPEN_AND_SHOW = """
import sys, time
started = time.perf_counter()
from figures import NoneGuard
guard = NoneGuard().__enter__()
from pathlib import Path
from timeline_app.gui.app import create_application
app = create_application([])
from timeline_app.gui.views.main_window import MainWindow
window = MainWindow()
window.resize(1600, 1000)
assert window.open_path(Path(sys.argv[1]), ask=False)
window.show()
app.processEvents()
window.grab()
elapsed = time.perf_counter() - started
guard.__exit__()
print(elapsed, len(window.session.project.events))
window._release_lock()
"""


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["benchmark"])


def _median_ms(action: Any, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        with NoneGuard():
            started = time.perf_counter()
            action()
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def canvas_figures(ctx: Context, events: int, documents: int) -> list[Figure]:
    from PySide6.QtGui import QImage

    from timeline_app.gui.session import Session
    from timeline_app.gui.views.canvas import TimelineCanvas

    _app()
    project = ctx.project(events, documents)
    session = Session()
    canvas = TimelineCanvas(session)
    canvas.resize(1600, 420)
    session.replace_project(project)
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)

    def frame() -> None:
        canvas.render(image)

    figures = []

    def first() -> None:
        canvas.invalidate()
        frame()

    figures.append(Figure(f"canvas.first_frame.{events}", f"canvas first frame with layout, {events:,} events",
                          _median_ms(first, ctx.repeat(3, 2)), "ms"))
    dated = sorted(e.interval.start for e in project.events.values() if e.interval is not None)
    middle = dated[len(dated) // 2]
    worst = 0.0
    for label, days in ZOOMS:
        if days is None:
            canvas.fit_all()
        else:
            canvas.show_range(middle - timedelta(days=days / 2), middle + timedelta(days=days / 2))
        with NoneGuard():
            frame()
        ms = _median_ms(frame, ctx.repeat(9, 5))
        worst = max(worst, ms)
        if not ctx.quick or label in ("all", "1 month"):
            figures.append(Figure(f"canvas.frame.{events}.{label.replace(' ', '')}",
                                  f"canvas frame, {events:,} events, view {label}", ms, "ms",
                                  16.0 if events == 100_000 else None))
    canvas.show_range(middle - timedelta(days=15), middle + timedelta(days=15))

    def pan() -> None:
        canvas.pan(40)
        frame()

    def zoom() -> None:
        canvas.zoom(1.25)
        frame()
        canvas.zoom(0.8)
        frame()

    figures.append(Figure(f"canvas.pan.{events}", f"canvas pan step + frame, {events:,} events",
                          _median_ms(pan, ctx.repeat(15, 7)), "ms", 16.0 if events == 100_000 else None))
    figures.append(Figure(f"canvas.zoom.{events}", f"canvas zoom step + frame, {events:,} events",
                          _median_ms(zoom, ctx.repeat(9, 5)) / 2, "ms", 16.0 if events == 100_000 else None))
    canvas.deleteLater()
    return figures


def table_figures(ctx: Context, events: int, documents: int) -> list[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QTableView

    from timeline_app.gui.models.events import EventFilterModel, EventTableModel
    from timeline_app.gui.session import EventFilter, Session

    _app()
    project = ctx.project(events, documents)
    session = Session(project)
    model = EventTableModel(session)
    proxy = EventFilterModel(session)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1200, 600)
    figures = []
    sorts = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            sorts.append(median_seconds(lambda: proxy.sort(column, order), ctx.repeat(3, 1)) * 1000)
    figures.append(Figure(f"table.sort.{events}", f"table sort, {events:,} rows (slowest column)", max(sorts), "ms",
                          100.0 if events == 100_000 else None))
    searches = ["ceasefire", "talks", "Friday", "zzzz-no-match"]
    timings = []
    for text in searches:
        timings.append(median_seconds(lambda: session.set_filter(EventFilter(text=text)), ctx.repeat(3, 1)) * 1000)
    session.set_filter(EventFilter())
    figures.append(Figure(f"table.search.{events}", f"text search over {events:,} events (median of 4 words)",
                          statistics.median(timings), "ms", 100.0 if events == 100_000 else None))
    facet = median_seconds(lambda: session.set_filter(EventFilter(tag="verified", only_uncertain=True)),
                           ctx.repeat(3, 1)) * 1000
    session.set_filter(EventFilter())
    figures.append(Figure(f"table.filter.{events}", f"facet filter (tag + uncertain), {events:,} events", facet,
                          "ms", 100.0 if events == 100_000 else None))
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    bar = view.verticalScrollBar()
    positions = [int(bar.maximum() * k / 20) for k in range(21)]
    index = 0

    def scroll() -> None:  # painted cells: see NoneGuard
        nonlocal index
        bar.setValue(positions[index % len(positions)])
        index += 7
        view.viewport().render(image)

    figures.append(Figure(f"table.scroll.{events}", f"table scroll jump + repaint, {events:,} rows",
                          _median_ms(scroll, ctx.repeat(21, 9)), "ms", 16.0 if events == 100_000 else None))
    view.deleteLater()
    return figures


def measure(ctx: Context) -> list[Figure]:
    try:
        from timeline_app.gui.views.canvas import TimelineCanvas  # noqa: F401
        from timeline_app.gui.models.events import EventTableModel  # noqa: F401
    except ImportError as exc:
        return [unavailable("canvas.frame", "canvas frame", "ms", str(exc), 16.0),
                unavailable("table.sort", "table sort", "ms", str(exc), 100.0)]
    figures: list[Figure] = []
    for events, documents in ctx.sizes[1:] if not ctx.quick else ctx.sizes:
        figures.extend(canvas_figures(ctx, events, documents))
        figures.extend(table_figures(ctx, events, documents))
    figures.extend(open_and_show(ctx))
    return figures


def open_and_show(ctx: Context) -> list[Figure]:
    try:
        from timeline_app.gui.views.main_window import MainWindow  # noqa: F401
        import timeline_app.store  # noqa: F401
    except ImportError as exc:
        return [unavailable("window.open_and_show", "open project and show window", "s", str(exc), 2.0)]
    events, documents = ctx.largest
    path = ctx.project_file(events, documents)
    timings, peaks = [], []
    for run in range(ctx.repeat(3, 1)):
        home = ctx.workdir / f"home-{run}"
        home.mkdir(exist_ok=True)
        out, peak = run_child(OPEN_AND_SHOW, str(path), home=home)
        seconds, shown = out.split()
        assert int(shown) == events, out
        timings.append(float(seconds))
        peaks.append(peak)
    big = events == 100_000
    return [Figure(f"window.open_and_show.{events}", f"open {events:,}-event project and show the window "
                   "(fresh process, Qt import included)", statistics.median(timings), "s", 2.0 if big else None),
            Figure(f"memory.peak.{events}", f"peak memory, {events:,} events open in the window (VmHWM)",
                   max(peaks), "MB", 600.0 if big else None)]
