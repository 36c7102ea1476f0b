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


def test_first_start_opens_the_sample_project(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.app import open_start_project

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    open_start_project(window, [])
    assert window.session.project.name == "Idlib ceasefire (sample)"
    assert window.session.project.documents["d1"].published.date().isoformat() == "2020-03-12"
    assert not window.isWindowModified()


def test_uncaught_errors_become_a_message_not_a_traceback(monkeypatch, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtWidgets import QMessageBox

    from timeline_app.gui import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert shown and "disk on fire" in shown[0] and "Traceback" not in shown[0]


def test_close_with_unsaved_changes_asks(window: MainWindow, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["add_event"].trigger()
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert not window.close(), "Cancel keeps the window open"
    assert no_blocking_dialogs and no_blocking_dialogs[-1][0] == "question"
