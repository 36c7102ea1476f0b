"""Unsaved work survives a crash: autosave writes a recovery copy (also for a project
that was never saved, such as the sample), and the next start offers it back; a saved
project is listed under Open Recent."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from timeline_app.store import find_recovery


def test_unsaved_untitled_work_is_offered_back_after_a_crash(window, qtbot, settings, tmp_path: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.app import open_start_project
    from timeline_app.gui.views.main_window import MainWindow

    window.data_dir = tmp_path
    window.actions_by_name["add_event"].trigger()
    count = len(window.session.project.events)
    window._autosave_now()
    assert find_recovery(window.untitled_path()) is not None
    # the process dies here: nothing is discarded; a new start finds the copy
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.data_dir = tmp_path
    open_start_project(again, [])
    assert len(again.session.project.events) == count
    assert again.isWindowModified() or not again.session.undo_stack.isClean()
    again.session.undo_stack.setClean()


def test_a_clean_project_writes_no_recovery_copy(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.data_dir = tmp_path
    window._autosave_now()
    assert find_recovery(window.untitled_path()) is None


def test_declining_the_recovery_discards_it(window, qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.app import open_start_project
    from timeline_app.gui.views.main_window import MainWindow

    window.data_dir = tmp_path
    window.actions_by_name["add_event"].trigger()
    window._autosave_now()
    again = MainWindow(settings=settings)  # the autouse fixture answers Cancel
    qtbot.addWidget(again)
    again.data_dir = tmp_path
    open_start_project(again, [])
    assert again.session.project.name == "Idlib ceasefire (sample)"
    assert find_recovery(again.untitled_path()) is None


def test_saving_lists_the_project_under_open_recent_and_reopens_it(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "idlib.tlproj"
    assert window.save_to(path)
    titles_before = sorted(e.title for e in window.session.project.events.values())
    window.new_project()  # File > New: the saved project is closed
    window._fill_recent()
    entry = next(a for a in window.recent_menu.actions() if a.text() == str(path))
    entry.trigger()
    assert window.session.path == path
    assert sorted(e.title for e in window.session.project.events.values()) == titles_before


def test_autosave_waits_while_the_analyst_types_and_writes_when_they_pause(window, qtbot,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.data_dir = tmp_path
    window.actions_by_name["add_event"].trigger()
    qtbot.keyClick(window.canvas, "a")  # typing just now
    window._autosave_tick()
    assert find_recovery(window.untitled_path()) is None, "no freeze while the analyst is busy"
    window._last_input -= 60  # a pause
    window._autosave_tick()
    assert find_recovery(window.untitled_path()) is not None
