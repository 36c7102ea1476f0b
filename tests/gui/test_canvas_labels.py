"""Event labels on the canvas: whole wherever there is room, on a side that does not flip
while the user scrolls, never overlapping each other or cut by the edge of the view."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core.event import Event, EventKind
from timeline_app.core.project import Project
from timeline_app.core.times import day_interval, value_for
from timeline_app.gui.layout import Item, TimelineLayout, TimeScale, to_seconds
from timeline_app.gui.painting import HitBox
from timeline_app.gui.views.canvas import TimelineCanvas
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.temporal.model import Grain


def scroll(canvas: TimelineCanvas, delta: int) -> None:
    """A turn of the mouse wheel (no modifier pans the view)."""
    pos = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)


def drawn(canvas: TimelineCanvas, qtbot) -> list[HitBox]:  # type: ignore[no-untyped-def]
    canvas.repaint()
    qtbot.wait(10)
    canvas.repaint()
    return list(canvas._hits)


def assert_labels_clean(canvas: TimelineCanvas, hits: list[HitBox]) -> None:
    """No two drawn labels overlap, none overlaps a mark, none runs past the view."""
    texts = [(h.event_id, h.text) for h in hits if h.text is not None]
    for n, (event_id, text) in enumerate(texts):
        assert text.left() >= 0 and text.right() <= canvas.width() + 1, f"{event_id}'s label is cut by the edge"
        for other_id, other in texts[n + 1:]:
            assert not text.adjusted(1, 1, -1, -1).intersects(other), f"{event_id} and {other_id} overlap"
        for hit in hits:
            if hit.event_id != event_id:
                assert not text.adjusted(1, 1, -1, -1).intersects(hit.body), f"{event_id}'s label covers a mark"


def sides(hits: list[HitBox]) -> dict[str, bool]:
    """Whether each label is before its mark."""
    return {h.event_id: h.label.center().x() < h.body.left() for h in hits}


def test_fit_all_shows_every_label_whole_inside_the_view(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    hits = drawn(canvas, qtbot)
    assert len(hits) == len(window.session.project.events)
    assert_labels_clean(canvas, hits)
    elided = [h.event_id for h in hits if h.is_elided or h.text is None]
    assert not elided, f"labels cut short although the view has room: {elided}"


def test_labels_keep_their_side_while_scrolling(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = window.canvas
    canvas.setFocus()
    canvas.show_range(datetime(2020, 3, 2), datetime(2020, 3, 11))  # the busy week: labels reach the edge
    before = sides(drawn(canvas, qtbot))
    assert len(before) >= 8
    for delta in [40] * 10 + [-40] * 16:  # small turns of the wheel: labels slide over the right edge and back
        scroll(canvas, delta)
        hits = drawn(canvas, qtbot)
        assert_labels_clean(canvas, [h for h in hits if h.text is not None and not h.is_elided])
        now = sides(hits)
        flipped = [i for i in now if i in before and now[i] != before[i]]
        assert not flipped, f"labels switched side on a small scroll: {flipped}"


def test_a_label_with_its_lane_taken_goes_whole_before_its_mark_in_another_lane(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The last event's label cannot go after its mark (past the end) and its own lane is
    taken before it by a long label: it must be placed whole in a free lane, not cut short."""
    day = 86400.0
    base = to_seconds(datetime(2020, 1, 1))
    items = [Item("long", base, base + day, "x" * 10, "#888", 150.0),
             Item("near", base + 3 * day, base + 4 * day, "y" * 10, "#888", 30.0),
             Item("last", base + 10 * day, base + 11 * day, "z" * 10, "#888", 120.0)]
    layout = TimelineLayout(items, max_lanes=4)
    spp = day / 40  # 40 px a day: 'long' runs to 40*0.5+5+6+150 px from its start
    packing = layout.packing(spp)
    placed = {layout.items[p.index].event_id: p for p in packing.placements}
    last = placed["last"]
    assert last.side == "before"
    lane_spans = [(p.left, p.right) for p in packing.placements if p.lane == last.lane and p is not last]
    assert all(right + 6 <= last.left + 1e-6 or left >= last.right for left, right in lane_spans)
    assert last.right - last.left >= 120.0 + 10.0, "the label must have its whole width"


def _story(n: int) -> Project:
    project = Project("story")
    start = datetime(2021, 5, 1)
    for i in range(n):
        interval = day_interval(start + timedelta(days=i // 3))
        project.events[f"e{i}"] = Event(f"e{i}", f"A rather long headline about event number {i} of the story",
                                        value=value_for(interval, Grain.DAY), interval=interval, grain=Grain.DAY,
                                        kind=EventKind.POINT, sequence=i)
    return project


def test_crowded_end_of_a_story_is_read_whole(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Three long headlines a day for a fortnight: every label drawn is whole and clean."""
    window.session.replace_project(_story(42))
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    hits = drawn(canvas, qtbot)
    assert hits
    assert_labels_clean(canvas, hits)
    assert not [h.event_id for h in hits if h.is_elided], "a label was elided although it had a place"
    scale = TimeScale(canvas.scale.origin, canvas.scale.seconds_per_pixel)
    assert scale.x(to_seconds(datetime(2021, 5, 1))) >= 0


def test_document_titles_read_whole_beside_the_published_column(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the default panel width a document's title is read whole (wrapped on up to three lines),
    its tooltip holds the whole title, and the Published column stays fully in sight."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QToolTip

    from timeline_app.gui.models.documents import DocumentTableModel

    view = window.documents
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    title_column = DocumentTableModel.COLUMNS.index("title")
    published_column = DocumentTableModel.COLUMNS.index("published")
    for row in range(view.model().rowCount()):
        index = view.model().index(row, title_column)
        rect = view.visualRect(index).adjusted(4, 2, -4, -2)
        title = str(index.data())
        needed = view.fontMetrics().boundingRect(QRect(0, 0, rect.width(), 10_000),
                                                 int(Qt.TextFlag.TextWordWrap), title)
        assert needed.height() <= rect.height(), f"{title!r} does not fit its cell"
        # hover the title: the tooltip is the whole title
        qtbot.mouseMove(view.viewport(), view.visualRect(index).center())
        assert title in str(index.data(Qt.ItemDataRole.ToolTipRole))
        published = view.model().index(row, published_column)
        cell = view.visualRect(published)
        assert cell.right() <= view.viewport().width(), "the Published column is pushed out of sight"
        assert view.fontMetrics().horizontalAdvance(str(published.data())) + 8 <= cell.width()
    QToolTip.hideText()


def test_a_period_longer_than_the_view_keeps_its_label_in_sight(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Zoomed in on a week inside a two-year period, the bar fills the view and its label
    (before or after the bar, far off-screen) was nowhere to be read."""
    from timeline_app.temporal.model import Interval

    project = Project("long")
    interval = Interval(datetime(2019, 1, 1), datetime(2021, 1, 1))
    project.events["war"] = Event("war", "The long war", value="2019/2020", interval=interval, grain=Grain.DAY,
                                  kind=EventKind.PERIOD, sequence=0)
    point = day_interval(datetime(2021, 6, 1))
    project.events["end"] = Event("end", "Peace", value=value_for(point, Grain.DAY), interval=point,
                                  grain=Grain.DAY, kind=EventKind.POINT, sequence=1)
    window.session.replace_project(project)
    canvas = window.canvas
    canvas.show_range(datetime(2020, 3, 1), datetime(2020, 3, 8))
    for delta in (0, 120, 120, -360):
        if delta:
            scroll(canvas, delta)
        hits = {h.event_id: h for h in drawn(canvas, qtbot)}
        war = hits["war"]
        assert war.text is not None and not war.is_elided, "the period's label is not in sight"
        assert war.body.contains(war.text.center())
        assert_labels_clean(canvas, list(hits.values()))
