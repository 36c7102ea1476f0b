"""What got in the way of an analyst reading a developing story in the app, driven as a user."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from timeline_app.core.project import Project
from timeline_app.gui.importing import ImportJob, ImportResult
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.pipeline import parse_published

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "idlib-ceasefire.txt"


def click_row(window: MainWindow, qtbot, event_id: str) -> None:  # type: ignore[no-untyped-def]
    index = window.proxy.mapFromSource(window.table_model.index(window.table_model.row_of(event_id), 1))
    window.table.scrollTo(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(index).center())
    assert window.session.selection == [event_id]


def test_a_long_title_is_shown_from_its_start(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    events = window.session.project.events.values()
    longest = max(events, key=lambda e: len(e.title))
    title = window.inspector.title
    assert title.fontMetrics().horizontalAdvance(longest.title) > title.width(), "the title must not fit"
    click_row(window, qtbot, longest.id)
    assert title.text() == longest.title
    # the field scrolls to the cursor: at the end, the analyst read "...the Halvern Chemicals"
    assert title.cursorPosition() == 0


def test_date_and_category_labels_focus_their_fields(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_row(window, qtbot, next(iter(window.session.project.events)))
    form = window.inspector.form_box.layout()
    texts = [form.itemAt(i).widget().text() for i in range(form.count())
             if form.itemAt(i).widget() is not None and hasattr(form.itemAt(i).widget(), "buddy")]
    assert "&Date" in texts and "&Category" in texts
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.date.hasFocus(), "Alt+D goes to the date field"
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.inspector.category.hasFocus(), "Alt+C goes to the category"


def test_sources_shrink_after_an_event_with_long_sources(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project
    wordy = max(project.events.values(), key=lambda e: len(window.inspector._sources_html(e)))
    terse = min(project.events.values(), key=lambda e: len(window.inspector._sources_html(e)))
    sources = window.inspector.sources
    click_row(window, qtbot, terse.id)
    qtbot.waitUntil(lambda: sources.height() == sources.minimumHeight())
    terse_height = sources.height()
    click_row(window, qtbot, wordy.id)
    qtbot.waitUntil(lambda: sources.height() > terse_height)
    click_row(window, qtbot, terse.id)
    # the label had kept the tallest height it was ever given: a blank gap above short sources
    qtbot.waitUntil(lambda: sources.height() == terse_height)


def test_progress_that_ends_the_import_is_no_traceback(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A shown modal progress dialog processes events in setValue; if the import's end is
    delivered there, the progress slot must not touch the dialog that end removed."""
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_jobs([ImportJob(path=SAMPLE, published=None)])
        dialog = window.findChild(QProgressDialog, "importProgress")
        dialog.forceShow()  # what its timer does after the minimum duration of a slow import
        QTimer.singleShot(0, lambda: window._import_finished(ImportResult()))
        window._import_worker.progressed.emit(1, 2, SAMPLE.name)
    assert window._progress is None


def test_opening_the_open_project_goes_back_to_what_was_saved(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch, no_blocking_dialogs) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = tmp_path / "story.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_name["save_as"].trigger()
    assert path.exists() and window.session.path == path
    event = next(iter(window.session.project.events.values()))
    saved_title = event.title
    click_row(window, qtbot, event.id)
    window.inspector.title.selectAll()
    qtbot.keyClicks(window.inspector.title, "A wrong title")
    qtbot.keyClick(window.inspector.title, Qt.Key.Key_Return)
    assert window.session.project.events[event.id].title == "A wrong title"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.actions_by_name["open"].trigger()
    assert not [text for kind, text in no_blocking_dialogs if kind == "warning"]
    assert window.session.project.events[event.id].title == saved_title
    assert window.session.path == path and not window.isWindowModified()
    # the window still holds the lock: a second window is refused
    from timeline_app.store import ProjectLockedError, acquire_lock
    try:
        acquire_lock(path).release()
        raise AssertionError("the lock was lost on reopening")
    except ProjectLockedError:
        pass


def test_times_of_day_read_whole_in_the_date_column(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'at about 5:40 a.m.' and 'Tuesday morning' as the analyst reads them, not as ISO bounds
    to the second that the Date column cut off before their end."""
    window.session.replace_project(Project("blast"))
    article = ("Blast at Ravensport plant\n\nAn explosion tore through a storage hall on Monday at about 5:40 a.m., "
               "the fire service said. Residents were told to keep their windows closed until Tuesday morning.\n")
    path = tmp_path / "herald.txt"
    path.write_text(article, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_files([path], published=parse_published("2026-03-02"))
    model = window.table_model
    dates = {model.index(row, 1).data(): model.index(row, 0).data() for row in range(model.rowCount())}
    assert "2026-03-02 05:40" in dates.values(), dates
    assert "2026-03-03 06:00 \u2026 11:59" in dates.values(), dates
    column = window.table.columnWidth(0)
    metrics = window.table.fontMetrics()
    assert all(metrics.horizontalAdvance(text) < column for text in dates.values())
    # the inspector's Interval says the same
    event_id = next(i for i, e in window.session.project.events.items() if e.value == "2026-03-03TMO")
    click_row(window, qtbot, event_id)
    assert window.inspector.interval.text() == "2026-03-03 06:00 \u2026 11:59"


def test_an_article_without_any_date_asks_for_its_publication_date(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The importer used to answer a file with no datable text with a command-line hint
    ("give one with --published ..."); the window asks for the date and imports it."""
    window.session.replace_project(Project("undated"))
    path = tmp_path / "undated.txt"
    path.write_text("Plant blast\n\nThe plant exploded on Monday, injuring nine workers.\n", encoding="utf-8")
    answers, questions = ["not a date", "2026-03-04"], []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "askPublished":
            QTimer.singleShot(20, answer)
            return
        questions.append(dialog.labelText())
        dialog.setTextValue(answers.pop(0))
        dialog.accept()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_files([path])
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        pass  # the second import, with the date given, starts when the first one's thread is done
    assert "undated.txt" in questions[0] and "--published" not in questions[0]
    assert "Not a date" in questions[1]
    (document,) = window.session.project.documents.values()
    assert document.published is not None and document.published.date().isoformat() == "2026-03-04"
    assert [e.value for e in window.session.project.events.values()] == ["2026-03-02"]
