"""Inspector edits as a user makes them: resolving a conflict between two articles (picking a
candidate with a reason), recolouring a category and deleting an era; all undoable."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.gui.session import Session
from timeline_app.pipeline import add_documents


def _conflicting_project() -> Project:
    project = Project()
    add_documents(project, [
        Document("", "Agency A", "The envoy arrived in Ankara on Tuesday for talks on the truce.",
                 published=datetime(2020, 3, 12), published_source=PublicationSource.GIVEN),
        Document("", "Agency B", "The envoy arrived in Ankara on Wednesday for talks on the truce.",
                 published=datetime(2020, 3, 12), published_source=PublicationSource.GIVEN),
    ])
    return project


def test_resolve_a_conflict_by_picking_a_candidate_with_a_reason(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.views.main_window import MainWindow

    session = Session()
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    session.replace_project(_conflicting_project())
    conflicted = [e for e in session.project.events.values() if e.conflict is not None]
    assert len(conflicted) == 1, "the same arrival from two agencies is one event with two candidates"
    event = conflicted[0]
    assert sorted(c.value for c in event.conflict.candidates) == ["2020-03-10", "2020-03-11"]

    session.select([event.id])
    inspector = window.inspector
    assert inspector.conflict_box.isVisibleTo(window)
    texts = [inspector.candidates.itemText(i) for i in range(inspector.candidates.count())]
    wanted = next(i for i, text in enumerate(texts) if "2020-03-11" in text)
    inspector.candidates.setCurrentIndex(wanted)
    qtbot.keyClicks(inspector.reason, "Agency B quotes the ministry's schedule")
    resolve = inspector.conflict_box.findChild(QPushButton)
    assert resolve is not None and resolve.text() == "Resolve"
    qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)

    resolved = session.project.events[event.id]
    assert resolved.value == "2020-03-11"
    assert resolved.conflict.is_resolved and "ministry" in resolved.conflict.reason
    assert window.isWindowModified()

    session.undo_stack.undo()
    assert not session.project.events[event.id].conflict.is_resolved
    session.undo_stack.setClean()


def test_change_a_category_colour_from_the_inspector_and_undo(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    session = window.session
    event = next(e for e in session.project.ordered_events() if e.category_id)
    category = session.project.categories[event.category_id]
    before = category.colour
    session.select([event.id])
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#123456"))
    qtbot.mouseClick(window.inspector.category_colour, Qt.MouseButton.LeftButton)
    assert session.project.categories[category.id].colour == "#123456"
    session.undo_stack.undo()
    assert session.project.categories[category.id].colour == before


def test_delete_an_era_from_the_edit_menu_and_undo(window) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session.project.eras, "the sample project has an era"
    era = next(iter(session.project.eras.values()))
    window._fill_delete_era()
    entry = next(a for a in window.delete_era_menu.actions() if a.text().startswith(era.name))
    entry.trigger()
    assert era.id not in session.project.eras
    session.undo_stack.undo()
    assert era.id in session.project.eras
