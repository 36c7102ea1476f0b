"""Opening a saved project in the window: what the first frame needs is built, no more."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from store.samples import full_project

from timeline_app.gui.layout import Item
from timeline_app.gui.painting import TimelinePainter
from timeline_app.store import save_project


def test_opening_shows_the_project_without_building_every_mention(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "idlib.tlproj"
    save_project(full_project(), path)
    assert window.open_path(path, ask=False)
    QApplication.processEvents()
    window.grab()
    project = window.session.project
    assert project.deferred_mentions is not None, "showing a project needs no more than the shown document's mentions"
    shown = window.source_view.document_id
    assert shown == "d1" and set(window.source_view.mention_statuses()) == {"m1", "m2"}
    assert window.canvas.drawn_ids() and len(window.canvas.layout_.items) == 4
    window.source_view.show_document("d2")
    assert set(window.source_view.mention_statuses()) == {"m3"}
    window._release_lock()


def test_arrows_join_each_drawn_anchored_event_to_its_drawn_anchor(window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   monkeypatch) -> None:
    drawn: list[tuple[list[str], set[str]]] = []
    original = TimelinePainter._arrows

    def recording(self, p, anchored: list[Item], marks) -> None:  # type: ignore[no-untyped-def]
        drawn.append(([item.event_id for item in anchored], set(marks)))
        original(self, p, anchored, marks)

    monkeypatch.setattr(TimelinePainter, "_arrows", recording)
    window.session.replace_project(full_project())  # e3 is two days after e2
    window.canvas.fit_all()
    window.canvas.repaint()
    anchored, marks = drawn[-1]
    assert anchored == ["e3"] and {"e2", "e3"} <= marks


def test_long_document_titles_do_not_widen_the_choosers(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    """Document lists are sized by a typical title, not by measuring every title when the
    window is first shown (0.15 s per 10,000 documents)."""
    from timeline_app.core import Document, Project
    from timeline_app.gui.session import Session
    from timeline_app.gui.views.main_window import MainWindow

    project = Project("long titles")
    title = "A very long headline " * 20
    for n in range(50):
        project.put("documents", Document(f"d{n}", f"{title}{n}", "text"))
    window = MainWindow(Session(project), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    chooser, documents = window.source_view.chooser, window.filter_bar.document
    assert chooser.count() == 50 and documents.count() == 51
    wide = chooser.fontMetrics().horizontalAdvance(title)
    assert chooser.sizeHint().width() < wide / 2 and documents.sizeHint().width() < wide / 2
