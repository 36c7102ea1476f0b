"""The main window opens on the sample project and shows its timeline."""
from __future__ import annotations

from timeline_app.gui.views.main_window import MainWindow


def test_sample_timeline_is_shown(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project
    assert project.documents and project.events
    window.canvas.repaint()
    drawn = window.canvas.drawn_ids()
    assert drawn, "the canvas drew no event"
    assert window.table_model.rowCount() == len(project.events)
    assert "idlib" in window.windowTitle().lower() or "sample" in window.windowTitle().lower()
    assert not window.isWindowModified()
