"""The second walkthrough of the Ravensport story: what the analyst could not read whole."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from timeline_app.core.project import Project
from timeline_app.gui.importing import ImportJob
from timeline_app.gui.layout import TimeScale, from_seconds, to_seconds
from timeline_app.gui.models.events import EventTableModel
from timeline_app.gui.views.main_window import MainWindow
from timeline_app.pipeline import parse_published

WIRE = ("Ravensport plant blast: one worker dies, inquiry opened\n\n"
        "One of the nine workers injured in Monday's explosion at the Halvern Chemicals plant died in hospital "
        "on Tuesday night, his family said on Wednesday.\n\n"
        "Prosecutors opened a criminal inquiry two days after the explosion, a spokeswoman said.\n")
HERALD = ("Blast at Ravensport chemical plant injures nine\n\n"
          "An explosion tore through a storage hall at the Halvern Chemicals plant in Ravensport early on Monday, "
          "injuring nine workers, the fire service said.\n")
BUSINESS = ('<html><head><title>Halvern shares slide after Ravensport blast</title>\n'
            '<meta property="article:published_time" content="2026-03-05T16:20:00+01:00"></head>\n'
            '<body><article><h1>Halvern shares slide after Ravensport blast</h1>\n'
            '<p>Shares in Halvern Chemicals fell 12 percent on Thursday. The stock had already lost 8 percent '
            'on Monday, hours after the explosion at the Ravensport plant. Halvern last reported a fire at one '
            'of its sites in 2019.</p></article></body></html>\n')


def import_story(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Three outlets' reports of the explosion, imported as the File menu does."""
    window.session.replace_project(Project("Ravensport"))
    files = {"01-herald.txt": ("2026-03-02", HERALD), "02-wire.txt": ("2026-03-04", WIRE),
             "03-business.html": (None, BUSINESS)}  # the page's own meta tag dates it
    jobs = []
    for name, (published, text) in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        jobs.append(ImportJob(path=tmp_path / name, published=parse_published(published) if published else None))
    with qtbot.waitSignal(window.import_finished, timeout=30000):
        window.import_jobs(jobs)
    assert len(window.session.project.documents) == 3


def shown_whole(view: QTableView, row: int, column: int) -> bool:
    """Whether the cell's text fits its cell (as the delegate draws it, with its margins)."""
    index = view.model().index(row, column)
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
    return metrics.horizontalAdvance(str(index.data())) + 8 <= view.visualRect(index).width()


def test_dates_and_publication_times_read_whole(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'Tuesday night' crosses midnight ('2026-03-03 20:00 ... 2026-03-04 05:59') and the
    business page was published at 16:20: both were cut off in their columns."""
    import_story(window, qtbot, tmp_path)
    table = window.table
    column = EventTableModel.COLUMNS.index("date")
    texts = [table.model().index(row, column).data() for row in range(table.model().rowCount())]
    assert "2026-03-03 20:00 \u2026 2026-03-04 05:59" in texts, texts
    assert all(shown_whole(table, row, column) for row in range(table.model().rowCount()))
    # the analyst sorts by date, descending: the header click must not narrow the column
    qtbot.mouseClick(table.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(table.columnViewportPosition(column) + 20, 5))
    assert all(shown_whole(table, row, column) for row in range(table.model().rowCount()))

    documents = window.documents
    published = [documents.model().index(row, 2).data() for row in range(documents.model().rowCount())]
    assert "2026-03-05 16:20" in published, published
    assert all(shown_whole(documents, row, 2) for row in range(documents.model().rowCount()))
    # the Events count beside it is not pushed out of the panel
    events = documents.visualRect(documents.model().index(0, 3))
    assert events.right() <= documents.viewport().width() + 1 or documents.horizontalScrollBar().isVisible()


def test_a_merged_event_says_how_many_sources(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The explosion is told by all three outlets; its Source cell named only the first."""
    import_story(window, qtbot, tmp_path)
    project = window.session.project
    explosion = max(project.events.values(), key=lambda e: len(e.document_ids))
    assert len(explosion.document_ids) == 3
    model = window.table_model
    index = window.proxy.mapFromSource(model.index(model.row_of(explosion.id), EventTableModel.COLUMNS.index("source")))
    assert index.data() == "01-herald.txt +2"
    assert shown_whole(window.table, index.row(), index.column()), "the count must not be elided away"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["01-herald.txt: Blast at Ravensport chemical plant injures nine",
                                "02-wire.txt: Ravensport plant blast: one worker dies, inquiry opened",
                                "03-business.html: Halvern shares slide after Ravensport blast"]
    # the inspector lists the three, dated as the Documents panel dates them
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=window.table.visualRect(index).center())
    assert window.session.selection == [explosion.id]
    sources = window.inspector.sources.text()
    assert "(2026-03-05 16:20)" in sources and "T16:20" not in sources, sources
    single = next(e for e in project.events.values() if len(e.document_ids) == 1)
    row = model.row_of(single.id)
    assert "+" not in str(model.index(row, EventTableModel.COLUMNS.index("source")).data())


def test_fit_all_frames_the_story(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A week's story that recalls a fire in 2019: Fit all left about two empty years after
    the last event (room for its label) and cut the first year to '2\u2026'."""
    import_story(window, qtbot, tmp_path)
    canvas = window.canvas
    canvas.scale = canvas.scale.zoomed(50, 0)  # the analyst had zoomed far out
    window.actions_by_name["fit_all"].trigger()
    start, end = canvas.bounds()  # type: ignore[misc]
    first, last = canvas.visible_range()
    span = from_seconds(end) - from_seconds(start)
    assert span.days > 6 * 365
    assert timedelta(0) < from_seconds(start) - first < span * 0.05
    assert timedelta(0) < last - from_seconds(end) < span * 0.05, (first, last)
    canvas.repaint()
    hits = canvas._hits
    assert len(hits) >= 5
    for hit in hits:  # every mark and every label inside the view, none cut by its edge
        assert 0 <= hit.body.left() and hit.body.right() <= canvas.width(), hit.event_id
        assert 0 <= hit.label.left() and hit.label.right() <= canvas.width(), hit.event_id
    # the labels of the last events are before their marks: clicking one selects its event
    last_hit = max(hits, key=lambda h: h.body.right())
    assert last_hit.label.right() < last_hit.body.left()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=last_hit.label.center().toPoint())
    assert window.session.selection == [last_hit.event_id]


def test_an_axis_label_cut_by_the_edge_is_not_elided(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A year whose band starts just before the left edge was drawn as '2\u2026'."""
    from datetime import datetime

    canvas = window.canvas
    # three years across the canvas, the band of 2018 at the left edge 30 pixels wide:
    # room for "2\u2026" but not for "2018"
    spp = (to_seconds(datetime(2022, 1, 1)) - to_seconds(datetime(2019, 1, 1))) / canvas.width()
    canvas.set_scale(TimeScale(to_seconds(datetime(2019, 1, 1)) - 30 * spp, spp))
    texts: list[str] = []
    from PySide6.QtGui import QPainter

    original = QPainter.drawText

    def record(self, *args):  # type: ignore[no-untyped-def]
        texts.append(next((a for a in args if isinstance(a, str)), ""))
        return original(self, *args)

    QPainter.drawText = record  # type: ignore[method-assign]
    try:
        canvas.repaint()
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]
    assert "2019" in texts and "2020" in texts
    assert not any(t.endswith("\u2026") and t[:-1].isdigit() for t in texts), texts


def test_saving_where_no_file_can_be_written_names_the_choice(window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             no_blocking_dialogs, monkeypatch) -> None:
    """Save As into a folder that is gone said '[Errno 2] No such file or directory:
    \'.../.story.tlproj.lock.x5xci79t\'': the lock's temporary file, not the analyst's choice."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "gone" / "story.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    assert window.session.path != target
    kind, text = no_blocking_dialogs[-1]
    assert kind == "warning"
    assert "story.tlproj" in text and str(target.parent) in text and ".lock" not in text and "Errno" not in text, text


def test_fit_all_reads_a_long_period_ending_at_the_edge(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The sample's 'Retaking more than a hundred towns' runs 2011-2020, to the right edge
    after Fit all: no room before its mark, so its label was cut to 'Reta\u2026'."""
    canvas = window.canvas
    window.actions_by_name["fit_all"].trigger()
    canvas.repaint()
    project = window.session.project
    long_period = max((e for e in project.events.values() if e.interval is not None),
                      key=lambda e: e.interval.end - e.interval.start)  # type: ignore[union-attr]
    hits = {hit.event_id: hit for hit in canvas._hits}
    assert long_period.id in hits
    for hit in hits.values():
        assert 0 <= hit.label.left() and hit.label.right() <= canvas.width(), project.events[hit.event_id].title
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=hits[long_period.id].label.center().toPoint())
    assert window.session.selection == [long_period.id]
