"""The canvas: zoom, pan, selection, drag to move/resize, big projects, other panels."""
from __future__ import annotations

import random
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core.event import Event, EventKind
from timeline_app.core.project import Project
from timeline_app.core.times import day_interval, value_for
from timeline_app.gui.layout import choose_unit
from timeline_app.gui.session import Session
from timeline_app.gui.views.canvas import TimelineCanvas
from timeline_app.gui.views.dialogs import preview_publication_change
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.temporal.model import Grain


def big_project(n: int, seed: int = 3) -> Project:
    rng = random.Random(seed)
    project = Project(f"{n} events")
    start = datetime(2000, 1, 1)
    for i in range(n):
        day = start + timedelta(days=rng.randrange(0, 365 * 20))
        interval = day_interval(day)
        project.events[f"e{i + 1}"] = Event(f"e{i + 1}", f"Event number {i + 1}", value=value_for(interval, Grain.DAY),
                                            interval=interval, grain=Grain.DAY, kind=EventKind.POINT, sequence=i)
    return project


def wheel(widget: TimelineCanvas, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def drag_two_days(qtbot, canvas: TimelineCanvas, event_id: str) -> tuple[QPoint, int]:  # type: ignore[no-untyped-def]
    """Drag ``event_id``'s mark two days (and a few pixels) to the right, as a hand would;
    returns where it started and a day's width in pixels."""
    start = canvas.event_position(event_id).toPoint()
    day = int(86400 / canvas.scale.seconds_per_pixel)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(day // 2, 0))
    qtbot.mouseMove(canvas, start + QPoint(2 * day + 3, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(2 * day + 3, 0))
    return start, day


def test_zoom_pan_fit_and_go_to(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    canvas.fit_all()
    spp = canvas.scale.seconds_per_pixel
    wheel(canvas, 120, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale.seconds_per_pixel < spp
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale.seconds_per_pixel > spp * 0.9
    origin = canvas.scale.origin
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.scale.origin > origin
    origin = canvas.scale.origin
    wheel(canvas, 120, Qt.KeyboardModifier.NoModifier)
    assert canvas.scale.origin < origin
    # drag the background to pan
    origin = canvas.scale.origin
    y = canvas.height() - 60
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, y))
    qtbot.mouseMove(canvas, QPoint(300, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, y))
    assert canvas.scale.origin > origin
    assert window.go_to_text("2020-03-05")
    start, end = canvas.visible_range()
    assert start < datetime(2020, 3, 5) < end
    window.actions_by_name["fit_all"].trigger()
    start, end = canvas.visible_range()
    assert start.year <= 2011 and end >= datetime(2020, 3, 13)


def test_ticks_follow_zoom_on_screen(window: MainWindow) -> None:
    canvas = window.canvas
    canvas.show_range(datetime(2020, 3, 1), datetime(2020, 3, 8))
    assert choose_unit(canvas.scale.seconds_per_pixel, 64).name in ("day", "6 hours")
    canvas.show_range(datetime(2000, 1, 1), datetime(2020, 1, 1))
    assert choose_unit(canvas.scale.seconds_per_pixel, 64).name in ("year", "5 years", "decade")


def test_drag_moves_an_event_snapped_and_undoably(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas, project = window.canvas, window.session.project
    target = next(e for e in project.events.values() if e.value == "2020-03-13")
    canvas.show_range(datetime(2020, 3, 1), datetime(2020, 3, 20))
    canvas.repaint()
    start, day = drag_two_days(qtbot, canvas, target.id)
    moved = project.events[target.id]
    assert moved.value == "2020-03-15" and moved.is_hand_edited
    assert moved.interval.start == datetime(2020, 3, 15), "snapped to the day"
    assert window.isWindowModified()
    window.session.undo_stack.undo()
    assert project.events[target.id].value == "2020-03-13"
    assert not window.isWindowModified()


def test_source_view_click_selects_event(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.source_view
    span = view.mention_span("tomorrow")
    assert span is not None
    view.click_at(span[0] + 2)
    event = window.session.current
    assert event is not None and event.value == "2020-03-13"
    statuses = set(view.mention_statuses().values())
    assert {s.value for s in statuses} >= {"resolved", "uncertain"}


def test_publication_date_preview_lists_moves(sample_project: Project) -> None:
    lines = preview_publication_change(sample_project, "d1", datetime(2020, 3, 19))
    assert any("2020-03-13 \u2192 2020-03-20" in line for line in lines)
    assert sample_project.documents["d1"].published == datetime(2020, 3, 12), "the preview changes nothing"


def test_add_duplicate_delete_merge_lock(window: MainWindow) -> None:
    session, project = window.session, window.session.project
    count = len(project.events)
    window.actions_by_name["add_event"].trigger()
    assert len(project.events) == count + 1 and session.current.title == "New event"
    window.actions_by_name["duplicate_event"].trigger()
    assert len(project.events) == count + 2
    new_ids = [e for e in project.events if e not in {session.current.id}][-2:]
    session.select(new_ids)
    window.actions_by_name["merge_events"].trigger()
    assert len(project.events) == count + 1
    window.actions_by_name["lock_event"].trigger()
    assert session.current.is_locked
    window.actions_by_name["delete_events"].trigger()
    assert len(project.events) == count
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert len(project.events) == count


def _frame_costs(qtbot, n: int) -> tuple[list[float], list[int]]:  # type: ignore[no-untyped-def]
    """The best of five repaints and the items drawn, at three zoom levels, for ``n`` events."""
    session = Session(big_project(n))
    canvas = TimelineCanvas(session)
    qtbot.addWidget(canvas)
    canvas.resize(1600, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.update()
    qtbot.waitUntil(lambda: bool(canvas.drawn_ids()))
    costs, drawn = [], []
    for start, end in ((datetime(2000, 1, 1), datetime(2020, 1, 1)), (datetime(2010, 1, 1), datetime(2010, 3, 1)),
                       (datetime(2010, 5, 1), datetime(2010, 5, 8))):
        canvas.show_range(start, end)
        canvas.repaint()  # packs this zoom level (once)
        times = []
        for _ in range(5):
            started = time.perf_counter()
            canvas.repaint()
            times.append(time.perf_counter() - started)
        costs.append(min(times))
        drawn.append(len(canvas.drawn_ids()))
    canvas.close()
    return costs, drawn


def test_a_frame_at_100k_events_costs_what_the_screen_holds(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A complexity guard, not a stopwatch: ten times the events may not cost ten times per frame.

    Painting is bounded by what fits on the screen (lanes x width, the rest aggregated into
    density buckets). Over the whole twenty years both projects fill the screen, so a frame
    of 100,000 events costs about what one of 10,000 does; a pass over every event would make
    the ratio about 10. Zoomed in, the denser project shows more events, but never more than
    the screen holds.
    """
    small_costs, small_drawn = _frame_costs(qtbot, 10_000)
    large_costs, large_drawn = _frame_costs(qtbot, 100_000)
    assert large_costs[0] / small_costs[0] < 5, f"a frame at 100k cost {large_costs[0] / small_costs[0]:.1f}x one at 10k"
    assert all(0 < drawn <= 12 * 200 for drawn in small_drawn + large_drawn)
    assert abs(large_drawn[0] - small_drawn[0]) <= small_drawn[0] // 2


def test_renaming_and_moving_update_the_canvas_without_a_new_layout(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas, session = window.canvas, window.session
    target = next(e for e in session.project.events.values() if e.value == "2020-03-13")
    original = target.title
    canvas.show_range(datetime(2020, 3, 1), datetime(2020, 3, 20))
    canvas.repaint()
    layout = canvas.layout_
    old_width = canvas.event_rect(target.id)
    session.select([target.id])
    title = window.inspector.title
    title.selectAll()
    qtbot.keyClicks(title, "Talks resume in Ankara, at last")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert session.project.events[target.id].title == "Talks resume in Ankara, at last"
    canvas.repaint()
    assert canvas.layout_ is layout, "a rename keeps every place: no new layout"
    item = layout.items[layout.index[target.id]]
    assert item.title == "Talks resume in Ankara, at last" and old_width is not None
    assert target.id in canvas.drawn_ids()
    session.undo_stack.undo()
    canvas.repaint()
    assert session.project.events[target.id].title == original
    assert layout.items[layout.index[target.id]].title == original
    # A move puts the event in its new place, in the same layout.
    start, day = drag_two_days(qtbot, canvas, target.id)
    canvas.repaint()
    assert session.project.events[target.id].value == "2020-03-15"
    assert canvas.layout_ is layout and layout.starts == sorted(layout.starts)
    assert canvas.event_position(target.id).x() > start.x() + day, "drawn where it now is"
