"""The main window: timeline canvas and event table in the centre, panels around them.

Documents (left), Source text (left, below), Inspector and Undo history (right). Menus
use standard key sequences; every edit goes through the session's undo stack, whose
clean state drives the title bar's "modified" asterisk and the prompt on close.
"""
from __future__ import annotations

import gc
import logging
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QSettings,
                            QStandardPaths, Qt, QTimer, Signal)
from PySide6.QtGui import (QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDockWidget, QFileDialog, QHeaderView,
                               QInputDialog, QLabel, QMainWindow, QMessageBox, QProgressDialog, QSplitter,
                               QStyle, QTableView, QUndoView, QVBoxLayout, QWidget)

from timeline_app.core.commands import (AddEra, DeleteEra, AddEvent, DeleteEvents, DuplicateEvent, MergeEvents, SetLocked,
                                        SplitEvent)
from timeline_app.core.event import Event, EventKind
from timeline_app.core.project import Change, Project
from timeline_app.core.times import day_interval, value_for
from timeline_app.core.allocation import collector_paused
from timeline_app.gui.importing import ImportJob, ImportResult, IntegrateDocuments, start_import
from timeline_app.gui.models.documents import DocumentTableModel, widest_published
from timeline_app.gui.models.events import EVENT_ID_ROLE, EventFilterModel, EventTableModel
from timeline_app.gui.session import Session
from timeline_app.gui.settings import Settings
from timeline_app.gui.views.canvas import OverviewStrip, TimelineCanvas
from timeline_app.gui.views.dialogs import EraDialog, PasteArticleDialog, PublicationDateDialog, from_qdate
from timeline_app.gui.views.filter_bar import FilterBar
from timeline_app.gui.views.inspector import Inspector
from timeline_app.gui.views.source_view import SourceView
from timeline_app.temporal.model import Grain

log = logging.getLogger(__name__)
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
PROJECT_SUFFIX = ".tlproj"


def fit_column(view: QTableView, column: int, texts: list[str]) -> None:
    """Make ``column`` wide enough for the longest of ``texts`` and for its header.

    The texts are the longest the column's format can produce, so nothing is measured per
    row: resizing to contents would measure every row, on every change, at 100,000 events.
    """
    cells = view.fontMetrics()
    header = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 12
    widest = max([cells.horizontalAdvance(text) for text in texts] or [0]) + padding
    arrow = 24 if view.isSortingEnabled() else 0  # the header draws the sort arrow beside its title
    widest = max(widest, header.fontMetrics().horizontalAdvance(title) + padding + arrow)
    view.setColumnWidth(column, widest)


class MainWindow(QMainWindow):
    #: An import finished (its ImportResult), applied or not; tests wait for it.
    import_finished = Signal(object)

    def __init__(self, session: Session | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.session = session or Session(parent=self)
        if self.session.parent() is None:
            self.session.setParent(self)
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.actions_by_name: dict[str, QAction] = {}
        self._import_thread: Any = None
        self._import_worker: Any = None
        self._progress: QProgressDialog | None = None
        self._undated: list[Path] = []  # files of the last import whose publication date is asked for
        self._lock: Any = None

        # centre: canvas + overview over filter bar + table
        self.canvas = TimelineCanvas(self.session, self)
        self.canvas.max_lanes = self.settings.get("canvas.max_lanes")
        self.overview = OverviewStrip(self.canvas, self)
        timeline = QWidget(self)
        box = QVBoxLayout(timeline)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.overview)
        self.filter_bar = FilterBar(self.session, self)
        self.table_model = EventTableModel(self.session, self)
        self.proxy = EventFilterModel(self.session, self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView(self)
        self.table.setObjectName("eventTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                   QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 360, 70, 170, 120, 100, 80, 90)):
            self.table.setColumnWidth(column, width)
        for name in ("date", "grain"):
            fit_column(self.table, EventTableModel.COLUMNS.index(name), EventTableModel.widest_texts(name))
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.setSpacing(0)
        lower_box.addWidget(self.filter_bar)
        lower_box.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("centreSplitter")
        splitter.addWidget(timeline)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        # panels
        self.documents_model = DocumentTableModel(self.session, self)
        self.documents = QTableView(self)
        self.documents.setObjectName("documentTable")
        self.documents.setModel(self.documents_model)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.verticalHeader().setVisible(False)
        # Titles are what a reader scans: the Title column takes the room the panel has,
        # wrapped on up to three lines (a fixed row height, so no row is measured at 10,000
        # documents), with the whole title in its tooltip; the other columns keep their
        # widths, so Published is never pushed out of sight.
        self.documents.setWordWrap(True)
        self.documents.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.documents.verticalHeader().setDefaultSectionSize(3 * self.documents.fontMetrics().lineSpacing() + 8)
        doc_header = self.documents.horizontalHeader()
        doc_header.setStretchLastSection(False)
        doc_header.setMinimumSectionSize(40)
        doc_header.setSectionResizeMode(DocumentTableModel.COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.documents.setColumnWidth(DocumentTableModel.COLUMNS.index("source"), 90)
        fit_column(self.documents, DocumentTableModel.COLUMNS.index("published"),
                   widest_published(self.tr("estimated")))
        fit_column(self.documents, DocumentTableModel.COLUMNS.index("events"), ["00000"])
        self.documents.clicked.connect(self._document_clicked)
        self.documents.doubleClicked.connect(self._document_double_clicked)
        self.source_view = SourceView(self.session, self)
        self.inspector = Inspector(self.session, self)
        self.undo_view = QUndoView(self.session.undo_stack, self)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.docks: dict[str, QDockWidget] = {}
        self._dock("documents", self.tr("Documents"), self.documents, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("source", self.tr("Source"), self.source_view, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("inspector", self.tr("Inspector"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("history", self.tr("Undo history"), self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.docks["inspector"], self.docks["history"])
        self.docks["inspector"].raise_()
        self.resizeDocks([self.docks["documents"], self.docks["inspector"]], [500, 380], Qt.Orientation.Horizontal)

        self.status_counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._build_actions()
        self._build_menus()

        self.session.undo_stack.cleanChanged.connect(self._update_title)
        self.session.path_changed.connect(self._update_title)
        self.session.project_replaced.connect(self._update_title)
        self.session.changed.connect(self._on_change)
        self.session.selection_changed.connect(self._on_selection)
        self.session.error.connect(self.show_error)
        self.session.filter_changed.connect(self._update_counts)
        self.session.project_replaced.connect(self._update_counts)
        self.data_dir: Path | None = None  # tests point this at a temporary folder
        self._autosave = QTimer(self)
        self._autosave.setInterval(1000 * self.settings.get("autosave.interval_seconds"))
        self._autosave.timeout.connect(self._autosave_tick)
        self._autosave.start()
        self._last_input = time.monotonic()
        self._autosave_waiting = False
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)  # when the analyst last typed or clicked
        self._restore_window()
        self._update_title()
        self._update_counts()
        self._update_actions()

    # construction --------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _action(self, name: str, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        self.actions_by_name[name] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        a = self._action
        a("new", self.tr("&New Project"), self.new_project, S.New, self.tr("Start an empty project"))
        a("open", self.tr("&Open\u2026"), self.open_dialog, S.Open, self.tr("Open a project file"))
        a("save", self.tr("&Save"), self.save, S.Save, self.tr("Save the project"))
        a("save_as", self.tr("Save &As\u2026"), self.save_as, S.SaveAs, self.tr("Save the project under a new name"))
        a("import", self.tr("&Import Articles\u2026"), self.import_dialog, QKeySequence("Ctrl+I"),
          self.tr("Add articles (.txt, .md, .html) to the project"))
        a("paste_article", self.tr("&Paste Article\u2026"), self.paste_article, QKeySequence("Ctrl+Shift+V"),
          self.tr("Add an article from text on the clipboard"))
        a("export", self.tr("&Export\u2026"), self.export_dialog, QKeySequence("Ctrl+E"),
          self.tr("Export the timeline as an image (PNG, SVG, PDF) or data"))
        a("quit", self.tr("&Quit"), self.close, S.Quit)
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(S.Undo)
        undo.setObjectName("undo")
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(S.Redo)
        redo.setObjectName("redo")
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        a("add_event", self.tr("&Add Event"), self.add_event, QKeySequence("Ctrl+Shift+N"),
          self.tr("Add an event at the centre of the view"))
        a("duplicate_event", self.tr("D&uplicate Event"), self.duplicate_event, QKeySequence("Ctrl+D"))
        a("delete_events", self.tr("&Delete Events"), self.delete_events, S.Delete)
        a("merge_events", self.tr("&Merge Events"), self.merge_events, QKeySequence("Ctrl+M"),
          self.tr("Merge the selected events into the first; every source is kept"))
        a("split_event", self.tr("S&plit Event\u2026"), self.split_event, None,
          self.tr("Move some sources of the event into a new event"))
        a("lock_event", self.tr("&Lock/Unlock Event"), self.toggle_lock, QKeySequence("Ctrl+L"),
          self.tr("A locked event keeps its date"))
        a("add_era", self.tr("Add &Era\u2026"), self.add_era, None, self.tr("Shade a named span of time"))
        a("find", self.tr("&Find"), self.focus_search, S.Find, self.tr("Search titles, notes and sources"))
        a("zoom_in", self.tr("Zoom &In"), lambda: self.canvas.zoom(2 ** 0.5), S.ZoomIn)
        a("zoom_out", self.tr("Zoom &Out"), lambda: self.canvas.zoom(2 ** -0.5), S.ZoomOut)
        a("fit_all", self.tr("&Fit All"), self.canvas.fit_all, QKeySequence("Ctrl+0"),
          self.tr("Show every event"))
        a("go_to_date", self.tr("&Go to Date\u2026"), self.go_to_date, QKeySequence("Ctrl+G"))
        a("about", self.tr("&About Timeline"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        n = self.actions_by_name
        file_menu = bar.addMenu(self.tr("&File"))
        for name in ("new", "open"):
            file_menu.addAction(n[name])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for name in ("save", "save_as", None, "import", "paste_article", "export", None, "quit"):
            file_menu.addSeparator() if name is None else file_menu.addAction(n[name])
        edit = bar.addMenu(self.tr("&Edit"))
        for name in ("undo", "redo", None, "add_event", "duplicate_event", "delete_events", "merge_events",
                     "split_event", "lock_event", None, "add_era"):
            edit.addSeparator() if name is None else edit.addAction(n[name])
        self.delete_era_menu = edit.addMenu(self.tr("Delete E&ra"))
        self.delete_era_menu.aboutToShow.connect(self._fill_delete_era)
        edit.addSeparator()
        edit.addAction(n["find"])
        view = bar.addMenu(self.tr("&View"))
        for name in ("zoom_in", "zoom_out", "fit_all", "go_to_date"):
            view.addAction(n[name])
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(n["about"])

    # title, status ----------------------------------------------------------------------------
    def _update_title(self, *_: object) -> None:
        name = self.session.path.name if self.session.path else (self.session.project.name or self.tr("Untitled"))
        self.setWindowTitle(f"{name}[*] \u2014 {self.tr('Timeline')}")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _update_counts(self) -> None:
        project = self.session.project
        conflicts = sum(1 for e in project.events.values() if e.conflict is not None and not e.conflict.is_resolved)
        shown = self.proxy.rowCount()
        text = self.tr("%1 of %2 events \u00b7 %3 documents \u00b7 %4 conflicts") \
            .replace("%1", str(shown)).replace("%2", str(len(project.events))) \
            .replace("%3", str(len(project.documents))).replace("%4", str(conflicts))
        self.status_counts.setText(text)

    def _on_change(self, change: Change) -> None:
        if change.action != "changed" or change.collection == "events":
            self._update_counts()

    def _update_actions(self) -> None:
        count = len(self.session.selection)
        n = self.actions_by_name
        n["duplicate_event"].setEnabled(count == 1)
        n["delete_events"].setEnabled(count >= 1)
        n["merge_events"].setEnabled(count >= 2)
        event = self.session.current
        n["split_event"].setEnabled(count == 1 and event is not None and len(event.sources) >= 2)
        n["lock_event"].setEnabled(count >= 1)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        QApplication.beep()

    # selection sync ------------------------------------------------------------------------------
    def _table_selection_changed(self, *_: object) -> None:
        if getattr(self, "_syncing", False):
            return
        rows = self.table.selectionModel().selectedRows()
        ids = [str(index.data(EVENT_ID_ROLE)) for index in rows]
        current = self.table.currentIndex()
        if current.isValid():
            first = str(current.data(EVENT_ID_ROLE))
            if first in ids:
                ids.remove(first)
                ids.insert(0, first)
        self.session.select(ids, self.table)

    def _on_selection(self, ids: list[str], origin: object) -> None:
        self._update_actions()
        if origin is self.table:
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            first: QModelIndex | None = None
            for event_id in ids:
                row = self.table_model.row_of(event_id)
                if row < 0:
                    continue
                index = self.proxy.mapFromSource(self.table_model.index(row, 0))
                if not index.isValid():
                    continue
                first = first or index
                selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
            model = self.table.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if first is not None:
                model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(first)
        finally:
            self._syncing = False

    # documents panel ---------------------------------------------------------------------------------
    def _document_clicked(self, index: QModelIndex) -> None:
        document = self.documents_model.document_at(index.row())
        if document is not None:
            self.session.document_focus.emit(document.id)

    def _document_double_clicked(self, index: QModelIndex) -> None:
        document = self.documents_model.document_at(index.row())
        if document is not None:
            self.edit_publication_date(document.id)

    def edit_publication_date(self, document_id: str) -> None:
        document = self.session.project.documents.get(document_id)
        if document is None:
            return
        dialog = PublicationDateDialog(self.session.project, document, self)
        if dialog.exec():
            self.session.execute(dialog.command())

    # editing ------------------------------------------------------------------------------------------
    def add_event(self) -> None:
        start, end = self.canvas.visible_range()
        middle = start + (end - start) / 2
        interval = day_interval(middle)
        event = Event("", self.tr("New event"), value=value_for(interval, Grain.DAY), interval=interval,
                      grain=Grain.DAY, kind=EventKind.POINT, is_hand_edited=True, explanation="added by hand")
        command = AddEvent(self.session.project, event)
        if self.session.execute(command):
            self.session.select([event.id], None)
            self.inspector.title.setFocus()
            self.inspector.title.selectAll()

    def duplicate_event(self) -> None:
        if self.session.current is not None:
            command = DuplicateEvent(self.session.project, self.session.current.id)
            if self.session.execute(command) and command.new_id:
                self.session.select([command.new_id], None)

    def delete_events(self) -> None:
        if self.session.selection:
            self.session.execute(DeleteEvents(self.session.project, list(self.session.selection)))

    def merge_events(self) -> None:
        if len(self.session.selection) >= 2:
            ids = list(self.session.selection)
            if self.session.execute(MergeEvents(self.session.project, ids)):
                self.session.select([ids[0]], None)

    def split_event(self) -> None:
        event = self.session.current
        if event is None or len(event.sources) < 2:
            return
        labels = [f"[{n}] {s.expression or s.sentence[:40]} \u2014 {s.sentence[:60]}" for n, s in
                  enumerate(event.sources, 1)]
        choice, ok = QInputDialog.getItem(self, self.tr("Split event"), self.tr("Source to move to a new event:"),
                                          labels[1:] + labels[:1], 0, False)
        if ok:
            index = labels.index(choice)
            command = SplitEvent(self.session.project, event.id, [index])
            if self.session.execute(command) and command.new_id:
                self.session.select([command.new_id], None)

    def toggle_lock(self) -> None:
        events = [self.session.project.events[i] for i in self.session.selection if i in self.session.project.events]
        if not events:
            return
        lock = not all(e.is_locked for e in events)
        self.session.undo_stack.beginMacro(self.tr("Lock events") if lock else self.tr("Unlock events"))
        for event in events:
            self.session.execute(SetLocked(self.session.project, event.id, lock))
        self.session.undo_stack.endMacro()

    def add_era(self) -> None:
        start, end = self.canvas.visible_range()
        dialog = EraDialog((start + (end - start) / 3).date(), (start + 2 * (end - start) / 3).date(), self)
        if dialog.exec():
            self.session.execute(AddEra(self.session.project, dialog.name.text(), from_qdate(dialog.start.date()),
                                        from_qdate(dialog.end.date()) + timedelta(days=1)))

    def _fill_delete_era(self) -> None:
        """One entry per era (name and span); choosing one deletes it, undoably."""
        self.delete_era_menu.clear()
        eras = sorted(self.session.project.eras.values(), key=lambda era: era.start)
        if not eras:
            self.delete_era_menu.addAction(self.tr("(no eras)")).setEnabled(False)
        for era in eras:
            label = f"{era.name}  ({era.start.date().isoformat()} \u2013 {era.end.date().isoformat()})"
            action = self.delete_era_menu.addAction(label)
            action.triggered.connect(lambda checked=False, era_id=era.id: self.delete_era(era_id))

    def delete_era(self, era_id: str) -> None:
        self.session.execute(DeleteEra(self.session.project, era_id))

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def go_to_date(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Go to date"),
                                        self.tr("Date (2020-03-05, March 2020, last Friday\u2026):"))
        if ok and text.strip():
            self.go_to_text(text)

    def go_to_text(self, text: str) -> bool:
        from timeline_app.gui.dating import propose

        proposal = propose(self.session.project, self.session.current, text)
        if proposal.interval is None:
            self.show_error(proposal.error or self.tr("Cannot read that date"))
            return False
        interval = proposal.interval
        if interval.duration > timedelta(days=2):
            self.canvas.show_range(interval.start, interval.end)
        else:
            self.canvas.go_to(interval.start + interval.duration / 2)
        return True

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Timeline"),
                          self.tr("<b>Timeline</b><p>Reconstructs event timelines from news articles; every date "
                                  "keeps the words and the reasoning it came from.</p>"))

    # importing -------------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import articles"), self.settings.get("files.last_folder"),
                                                self.tr("Articles (*.txt *.md *.markdown *.html *.htm)"))
        if paths:
            self.settings.set("files.last_folder", str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def paste_article(self) -> None:
        dialog = PasteArticleDialog(QGuiApplication.clipboard().text(), self)
        if dialog.exec() and dialog.text.toPlainText().strip():
            self.import_jobs([ImportJob(document=dialog.document())])

    def import_files(self, paths: list[Path], published: Any = None) -> None:
        self.import_jobs([ImportJob(path=p, published=published) for p in paths])

    def import_jobs(self, jobs: list[ImportJob]) -> None:
        """Run the pipeline on ``jobs`` in a worker thread; the window stays responsive."""
        if self._import_thread is not None:
            self.show_error(self.tr("An import is already running."))
            return
        self._progress = QProgressDialog(self.tr("Reading articles\u2026"), self.tr("Cancel"), 0, len(jobs), self)
        self._progress.setObjectName("importProgress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.setValue(0)
        thread, worker = start_import(jobs, self)
        self._import_thread, self._import_worker = thread, worker
        self._progress.canceled.connect(worker.cancelled.set)
        worker.progressed.connect(self._import_progress)
        worker.finished.connect(self._import_finished)
        thread.finished.connect(self._import_thread_done)

    def _import_thread_done(self) -> None:
        if self._import_thread is not None:
            self._import_thread.wait()
        self._import_thread = self._import_worker = None
        undated, self._undated = self._undated, []
        if undated:
            self.ask_publication_dates(undated)

    def ask_publication_dates(self, paths: list[Path]) -> None:
        """Ask when each of ``paths`` was published (their text gives no date and none could
        be estimated), then import those given one; a file left without is not imported."""
        from timeline_app.pipeline import parse_published

        jobs: list[ImportJob] = []
        for path in paths:
            dialog = QInputDialog(self)
            dialog.setObjectName("askPublished")
            dialog.setWindowTitle(self.tr("Publication date"))
            question = self.tr("%s states no publication date, and none could be estimated from its text.\n"
                               "When was it published? (YYYY-MM-DD, a time and zone may follow)") % path.name
            dialog.setLabelText(question)
            while dialog.exec():
                try:
                    jobs.append(ImportJob(path=path, published=parse_published(dialog.textValue().strip())))
                    break
                except ValueError as exc:
                    dialog.setLabelText(question + "\n\n" + self.tr("Not a date: %s") % exc)
        if jobs:
            self.import_jobs(jobs)

    def _import_progress(self, done: int, total: int, name: str) -> None:
        progress = self._progress
        if progress is None:
            return
        progress.setMaximum(total)
        if name:
            progress.setLabelText(self.tr("Reading %s\u2026") % name)
        # last: a shown modal dialog's setValue processes events, which can deliver the
        # import's end and drop the dialog (the label was then set on None: a traceback)
        progress.setValue(done)

    def _import_finished(self, result: ImportResult) -> None:
        try:
            self._apply_import(result)
        finally:
            self.import_finished.emit(result)

    def _apply_import(self, result: ImportResult) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if result.errors:
            QMessageBox.warning(self, self.tr("Import"), "\n".join(result.errors[:20]))
        self._undated = list(result.undated)  # asked for once the import's thread is done
        if result.is_cancelled and not result.parts:
            self.statusBar().showMessage(self.tr("Import cancelled."), 5000)
            return
        if not result.parts:
            return
        count = result.document_count
        text = self.tr("Import article") if count == 1 else self.tr("Import %n articles", "", count)
        first_import = not self.session.project.events
        command = IntegrateDocuments(self.session.project, result.parts, text)
        if self.session.execute(command):
            self.statusBar().showMessage(self.tr("Imported %n article(s).", "", count), 5000)
            self.session.document_focus.emit(command.document_ids[-1])
            if first_import:
                self.canvas.fit_all()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.toLocalFile().lower().endswith((*ARTICLE_SUFFIXES, PROJECT_SUFFIX)) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.suffix.lower() == PROJECT_SUFFIX]
        articles = [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]
        event.acceptProposedAction()
        if projects:
            self.open_path(projects[0])
        elif articles:
            self.import_files(articles)

    # files ----------------------------------------------------------------------------------------------
    def _store(self) -> Any:
        try:
            import timeline_app.store as store
        except ImportError:
            return None
        return store if hasattr(store, "save_project") and hasattr(store, "load_project") else None

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or clean)."""
        if self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The project has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            store = self._store()
            if store is not None:
                store.discard_recovery(self.session.path or self.untitled_path())
            return True
        return False

    def new_project(self) -> None:
        if self.maybe_save():
            self._release_lock()
            self.session.replace_project(Project(self.tr("Untitled")))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self.settings.get("files.last_folder"),
                                              self.tr("Timeline projects (*.tlproj)"))
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        store = self._store()
        if store is None:
            QMessageBox.information(self, self.tr("Open"), self.tr("Opening project files is not available yet."))
            return False
        # Opening the project this window has open (to go back to what was saved) keeps its
        # lock: acquiring it again was refused as 'open in another instance' (this one).
        is_reopening = self._lock is not None and self.session.path is not None and \
            self.session.path.resolve() == path.resolve()
        try:
            lock = self._lock if is_reopening else store.acquire_lock(path)
        except store.ProjectLockedError as exc:
            QMessageBox.warning(self, self.tr("Open"), str(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Open"), self.tr("Cannot open %s: %s") % (path, exc))
            return False
        source = path
        recovery = store.find_recovery(path)
        if recovery is not None:
            answer = QMessageBox.question(self, self.tr("Recover"), self.tr(
                "%s was not closed normally. Open the recovered unsaved changes?") % path.name)
            if answer == QMessageBox.StandardButton.Yes:
                source = recovery
        # A big project is about a million objects that live until the next open. Load it
        # and let the views build from it with the cycle collector paused, then freeze it
        # (gc.freeze): later collections skip it instead of walking all of it (the first
        # one after loading 100,000 events took 0.1 s). Cycles among frozen objects are
        # left alone until the next open unfreezes them.
        gc.unfreeze()
        with collector_paused():
            try:
                loaded = store.load_project(source)
            except store.ProjectFileError as exc:
                if not is_reopening:
                    lock.release()
                QMessageBox.warning(self, self.tr("Open"), str(exc))
                return False
            if not is_reopening:
                self._release_lock()
                self._lock = lock
            self.session.replace_project(loaded.project, path)
            gc.freeze()
        if source is not path:
            # recovered changes are not in the file yet: mark the project modified
            self.session.undo_stack.resetClean()
        self._apply_view_state(loaded.view)
        self.settings.add_recent(str(path))
        self.settings.set("files.last_project", str(path))
        self.settings.set("files.last_folder", str(path.parent))
        if loaded.is_migrated:
            self.statusBar().showMessage(self.tr("This project will be saved in the new file format."), 8000)
        return True

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        start = str(self.session.path or Path(self.settings.get("files.last_folder") or ".") /
                    f"{self.session.project.name or 'timeline'}.tlproj")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), start,
                                              self.tr("Timeline projects (*.tlproj)"))
        if not path:
            return False
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        store = self._store()
        if store is None:
            QMessageBox.information(self, self.tr("Save"), self.tr("Saving project files is not available yet."))
            return False
        try:
            if path != self.session.path:
                lock = store.acquire_lock(path)
                self._release_lock()
                self._lock = lock
            store.save_project(self.session.project, path, self._view_state())
        except (store.ProjectFileError, store.ProjectLockedError) as exc:
            QMessageBox.warning(self, self.tr("Save"), str(exc))
            return False
        except OSError as exc:
            # the raw error named the lock's temporary file ('/x/.story.tlproj.lock.x5xci79t'),
            # not what the analyst chose
            QMessageBox.warning(self, self.tr("Save"), self.tr("Cannot save %s in %s: %s") % (
                path.name, path.parent, exc.strerror or exc))
            return False
        store.discard_recovery(self.session.path or self.untitled_path())
        store.discard_recovery(path)
        self.session.set_path(path)
        self.session.undo_stack.setClean()
        self.settings.add_recent(str(path))
        self.settings.set("files.last_project", str(path))
        self.statusBar().showMessage(self.tr("Saved %s") % path, 4000)
        return True

    def untitled_path(self) -> Path:
        """Where a project that was never saved is autosaved from (the app's data folder)."""
        folder = self.data_dir or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation) or Path.home())
        return Path(folder) / "untitled.tlproj"

    _INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                               QEvent.Type.MouseButtonDblClick})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _autosave_tick(self) -> None:
        """The autosave timer: write the recovery copy when the analyst pauses. A big project
        takes a second or two to write, so it waits (checking every second) until there has
        been no typing or clicking for ``autosave.idle_seconds``."""
        idle = self.settings.get("autosave.idle_seconds")
        if time.monotonic() - self._last_input < idle:
            if not self._autosave_waiting:
                self._autosave_waiting = True
                QTimer.singleShot(1000, self, self._autosave_retry)  # dropped if the window goes
            return
        self._autosave_now()

    def _autosave_retry(self) -> None:
        self._autosave_waiting = False
        self._autosave_tick()

    def _autosave_now(self) -> None:
        """Write the recovery copy (every minute while modified): beside the project file,
        or, for a project never saved (the sample, an import), in the data folder."""
        store = self._store()
        if store is None or self.session.undo_stack.isClean():
            return
        target = self.session.path or self.untitled_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            store.autosave(self.session.project, target, self._view_state())
        except (store.ProjectFileError, OSError) as exc:
            log.warning("autosave failed: %s", exc)

    def offer_untitled_recovery(self) -> bool:
        """After a crash with unsaved, never-saved work: offer it back. True when restored."""
        store = self._store()
        if store is None:
            return False
        untitled = self.untitled_path()
        copy = store.find_recovery(untitled)
        if copy is None:
            return False
        answer = QMessageBox.question(self, self.tr("Recover"), self.tr(
            "The app was not closed normally and an unsaved project was autosaved. Restore it?"))
        if answer != QMessageBox.StandardButton.Yes:
            store.discard_recovery(untitled)
            return False
        try:
            loaded = store.load_project(copy)
        except store.ProjectFileError as exc:
            QMessageBox.warning(self, self.tr("Recover"), str(exc))
            return False
        self.session.replace_project(loaded.project)
        self.session.undo_stack.resetClean()  # restored work is not saved anywhere yet
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _view_state(self) -> Any:
        store = self._store()
        start, end = self.canvas.visible_range()
        current = self.session.filter
        filters = {"text": current.text, "tag": current.tag, "category": current.category_id,
                   "document": current.document_id}
        return store.ViewState(start.isoformat(timespec="seconds"), end.isoformat(timespec="seconds"),
                               list(self.session.selection), filters)

    def _apply_view_state(self, view: Any) -> None:
        try:
            if view.zoom_start and view.zoom_end:
                self.canvas.show_range(datetime.fromisoformat(view.zoom_start), datetime.fromisoformat(view.zoom_end))
            if view.selection:
                self.session.select(view.selection, None)
        except (ValueError, TypeError) as exc:
            log.warning("ignoring the saved view state: %s", exc)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.get("files.recent"):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda *_, p=path: self.open_path(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def export_dialog(self) -> None:
        from timeline_app.gui.export_dialog import run_export_dialog

        run_export_dialog(self)

    # window state -------------------------------------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self.settings.get("window.geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.get("window.state")
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._import_worker is not None:
            self._import_worker.cancelled.set()
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set("window.geometry", self.saveGeometry())
        self.settings.set("window.state", self.saveState())
        if self._import_thread is not None:
            self._import_thread.quit()
            self._import_thread.wait(5000)
        self._release_lock()
        event.accept()


def settings_store() -> QSettings:
    return QSettings()
