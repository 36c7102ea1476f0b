"""The whole flow of the issue, driven through the real widgets.

Import the sample article -> the timeline shows its events in order -> select an event
on the canvas -> the table and the source view follow -> type "two days after <event>"
as its date -> undo -> add a note and a tag -> filter by the tag.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from timeline_app.core.project import Project
from timeline_app.gui.models.events import EVENT_ID_ROLE
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.pipeline import parse_published

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "idlib-ceasefire.txt"


def test_import_select_edit_undo_annotate_filter(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.replace_project(Project("flow"))
    assert window.canvas.drawn_ids() == [] or not session.project.events

    # import the sample article (off the GUI thread)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_files([SAMPLE], published=parse_published("2020-03-12"))
    assert not blocker.args[0].errors
    project = session.project
    assert len(project.documents) == 1 and len(project.events) >= 8
    assert window.isWindowModified(), "an import marks the project modified"

    # the timeline shows the events in date order, left to right
    window.canvas.fit_all()
    window.canvas.repaint()
    drawn = window.canvas.drawn_ids()
    assert len(drawn) >= 8
    # a point is drawn centred in its day, so compare with half a marker of slack
    dated = sorted((project.events[i].interval.start, window.canvas.event_rect(i).left()) for i in drawn)
    lefts = [x for _, x in dated]
    assert all(a <= b + 6 for a, b in zip(lefts, lefts[1:]))

    # select the 2 days after anchor target: "Meeting in Moscow..." is dated from "March 5"
    meeting = next(e for e in project.events.values() if e.value == "2020-03-05")
    target = next(e for e in project.events.values() if e.value == "2020-03-13")  # "talks set to continue tomorrow"
    window.canvas.go_to(datetime(2020, 3, 10))
    window.canvas.zoom(4)
    window.canvas.repaint()
    position = window.canvas.event_position(target.id)
    assert position is not None
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert session.selection == [target.id]

    # the table follows
    current = window.table.currentIndex()
    assert current.isValid() and current.data(EVENT_ID_ROLE) == target.id
    assert [i.data(EVENT_ID_ROLE) for i in window.table.selectionModel().selectedRows()] == [target.id]
    # the source view follows: its sentence is highlighted
    assert "tomorrow" in window.source_view.highlighted_sentence()
    # the inspector shows it
    assert window.inspector.title.text() == target.title

    # type a new date in natural language; the preview shows the result before committing
    date_edit = window.inspector.date
    date_edit.clear()
    qtbot.keyClicks(date_edit, "two days after the meeting in Moscow")
    preview = window.inspector.preview.text()
    assert "Meeting in Moscow" in preview and "+2 days" in preview and "2020-03-07" in preview
    assert project.events[target.id].value == "2020-03-13", "nothing changes before Enter"
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    edited = project.events[target.id]
    assert edited.value == "2020-03-07"
    assert edited.depends_on is not None and edited.depends_on.anchor_id == meeting.id
    assert "2020-03-07" in window.table_model.data(
        window.table_model.index(window.table_model.row_of(target.id), 0))
    assert "anchor: Meeting in Moscow" in window.inspector.chain.text()

    # undo (Edit > Undo, standard shortcut)
    window.canvas.setFocus()
    window.actions_by_name["undo"].trigger()
    assert project.events[target.id].value == "2020-03-13"
    assert project.events[target.id].depends_on is None
    assert window.inspector.date.text() == "2020-03-13"

    # add a note and a tag through the inspector
    qtbot.mouseClick(window.inspector.notes.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.inspector.notes, "Check against the Turkish ministry's statement.")
    qtbot.keyClick(window.inspector.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert project.events[target.id].notes == "Check against the Turkish ministry's statement."
    window.inspector.tags.setFocus()
    qtbot.keyClicks(window.inspector.tags, "talks, follow-up")
    qtbot.keyClick(window.inspector.tags, Qt.Key.Key_Return)
    assert project.events[target.id].tags == ["talks", "follow-up"]
    assert window.session.undo_stack.count() >= 3

    # filter by the tag: the table and the canvas show only that event
    window.filter_bar.set_tag("follow-up")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data(EVENT_ID_ROLE) == target.id
    window.canvas.fit_all()
    window.canvas.repaint()
    assert window.canvas.drawn_ids() == [target.id]
    window.filter_bar.clear()
    assert window.proxy.rowCount() == len(project.events)


def test_typing_since_an_event_makes_a_period_until_the_report(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.replace_project(Project("since"))
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_files([SAMPLE], published=parse_published("2020-03-12"))
    assert not blocker.args[0].errors
    project = session.project
    meeting = next(e for e in project.events.values() if e.value == "2020-03-05")
    target = next(e for e in project.events.values() if e.value == "2020-03-13")
    session.select([target.id])
    date_edit = window.inspector.date
    date_edit.clear()
    qtbot.keyClicks(date_edit, "since the meeting in Moscow")
    preview = window.inspector.preview.text()
    assert "Meeting in Moscow" in preview and "2020-03-05" in preview and "2020-03-12" in preview
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    edited = project.events[target.id]
    assert edited.depends_on is not None and edited.depends_on.signal == "since"
    assert edited.interval is not None and edited.interval.inclusive() == ("2020-03-05", "2020-03-12")
    assert "from it until the report" in window.inspector.chain.text()
    window.canvas.setFocus()
    window.actions_by_name["undo"].trigger()
    assert project.events[target.id].value == "2020-03-13" and project.events[target.id].depends_on is None
