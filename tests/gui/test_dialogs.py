"""The publication-date dialog, used as an analyst uses it: date, time of day, zone."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime, Qt

from timeline_app.core.project import Project
from timeline_app.gui.views.dialogs import PublicationDateDialog


def test_setting_a_time_and_zone_previews_and_applies_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    project: Project = session.project
    document = next(iter(project.documents.values()))
    dialog = PublicationDateDialog(project, document, window)
    qtbot.addWidget(dialog)
    assert not dialog.time.isEnabled(), "the time waits for 'Time known'"
    qtbot.mouseClick(dialog.has_time, Qt.MouseButton.LeftButton)
    assert dialog.time.isEnabled()
    dialog.time.setTime(QTime(21, 30))
    dialog.zone.setCurrentText("")
    qtbot.keyClicks(dialog.zone.lineEdit(), "Mars/Olympus")
    assert not dialog.ok.isEnabled() and "Unknown time zone" in dialog.zone_error.text()
    dialog.zone.lineEdit().clear()
    qtbot.keyClicks(dialog.zone.lineEdit(), "Europe/Istanbul")
    assert dialog.ok.isEnabled() and dialog.zone_error.text() == ""
    assert dialog.summary.text()  # a preview line, whatever moves
    assert document.zone != "Europe/Istanbul", "the preview changes nothing"
    session.execute(dialog.command())
    changed = project.documents[document.id]
    assert changed.published == datetime(2020, 3, 12, 21, 30)
    assert changed.has_time and changed.zone == "Europe/Istanbul"
    session.undo_stack.undo()
    assert not project.documents[document.id].has_time and project.documents[document.id].zone is None
