"""The analyst on a big project with no articles (a generated or imported set of dated
events): filter by a word, pick an event in the table, type its date, undo."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from timeline_app.core.event import Event, EventKind
from timeline_app.core.project import Project
from timeline_app.core.times import day_interval, value_for
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.temporal.model import Grain

WORDS = ("talks", "ceasefire", "shelling", "convoy", "statement", "summit", "vote", "protest")


def generated(n: int, seed: int = 5) -> Project:
    rng = random.Random(seed)
    project = Project(f"{n} generated events")
    for i in range(n):
        interval = day_interval(datetime(2004, 1, 1) + timedelta(days=rng.randrange(0, 365 * 20)))
        project.events[f"e{i}"] = Event(f"e{i}", f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} #{i}",
                                        value=value_for(interval, Grain.DAY), interval=interval, grain=Grain.DAY,
                                        kind=EventKind.POINT, sequence=i)
    return project


def test_typing_a_full_date_works_without_any_article(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'2011-07-04' says all of itself; it was refused with 'no publication date to read
    relative dates against' because the project had no documents. A relative date is still
    refused (there is nothing to read it against)."""
    window.session.replace_project(generated(3000))
    search = window.findChild(QLineEdit, "searchEdit")
    search.setFocus()
    qtbot.keyClicks(search, "ceasefire")
    table = window.table
    qtbot.waitUntil(lambda: 0 < table.model().rowCount() < 3000)
    index = table.model().index(0, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert len(window.session.selection) == 1
    event_id = window.session.selection[0]
    assert "ceasefire" in window.session.project.events[event_id].title.lower()
    before = window.session.project.events[event_id].interval
    date = window.inspector.findChild(QLineEdit, "dateEdit")
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "last Friday")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert window.session.project.events[event_id].interval == before, "a relative date has no reference here"
    date.selectAll()
    qtbot.keyClicks(date, "2011-07-04")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    after = window.session.project.events[event_id].interval
    assert after is not None and after.start == datetime(2011, 7, 4) and after.end == datetime(2011, 7, 5)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.project.events[event_id].interval == before
