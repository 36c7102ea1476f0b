"""Search (Ctrl+F) and filters: tag, category, source, date range, conflicts, uncertain."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from timeline_app.core.project import Change
from timeline_app.gui.session import EventFilter, Session
from timeline_app.gui.views.dialogs import from_qdate

NO_DATE = QDate(1, 1, 1)  # asked for; QDateEdit clamps it to its earliest date, meaning "no limit"


class FilterBar(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("filterBar")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Search titles, notes and sources (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.document = QComboBox(self)
        self.document.setObjectName("documentFilter")
        self.start = self._date_edit(self.tr("from"))
        self.end = self._date_edit(self.tr("to"))
        self.conflicts = QCheckBox(self.tr("Conflicts"), self)
        self.conflicts.setToolTip(self.tr("Only events whose sources disagree"))
        self.uncertain = QCheckBox(self.tr("Uncertain"), self)
        self.uncertain.setToolTip(self.tr("Only events without a day-precise, confident date"))
        clear = QToolButton(self)
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Show every event"))
        clear.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.addWidget(self.search, 3)
        for widget in (self.tag, self.category, self.document):
            # sized by a typical name, not the longest of thousands of titles: measuring every
            # item on first show took 0.15 s per 10,000 documents and made the bar that wide
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
            row.addWidget(widget, 1)
        row.addWidget(QLabel(self.tr("Dates"), self))
        row.addWidget(self.start)
        row.addWidget(self.end)
        row.addWidget(self.conflicts)
        row.addWidget(self.uncertain)
        row.addWidget(clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.tag, self.category, self.document):
            combo.activated.connect(self.apply)
        self.start.dateChanged.connect(self.apply)
        self.end.dateChanged.connect(self.apply)
        self.conflicts.toggled.connect(self.apply)
        self.uncertain.toggled.connect(self.apply)
        self._filled: dict[str, list[tuple[str, str]]] = {}
        session.project_replaced.connect(lambda: self.refill())
        session.changed.connect(self._on_change)
        self.refill()

    def _date_edit(self, what: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(what)
        edit.setDate(edit.minimumDate())
        edit.setToolTip(self.tr("Date range (%s); the lowest value means no limit") % what)
        return edit

    def _on_change(self, change: Change) -> None:
        if change.collection in ("events", "categories", "documents"):
            self.refill(change.collection if change.action != "reset" else None)

    def refill(self, collection: str | None = None) -> None:
        """Fill the choosers again: the one ``collection`` feeds (events feed the tags), or all.
        A chooser whose items did not change is left as it is (10,000 sources are not re-added
        for every edit of an event)."""
        project = self.session.project
        if collection in (None, "events"):
            tags = sorted({t for e in project.events.values() for t in e.tags}, key=str.casefold)
            self._fill(self.tag, self.tr("any tag"), [(t, t) for t in tags])
        if collection in (None, "categories"):
            self._fill(self.category, self.tr("any category"),
                       [(c.name, c.id) for c in project.categories.values()])
        if collection in (None, "documents"):
            self._fill(self.document, self.tr("any source"), [(d.title, d.id) for d in project.documents.values()])

    def _fill(self, combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        if self._filled.get(combo.objectName()) == items:
            return
        self._filled[combo.objectName()] = items
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> EventFilter:
        start = None if self.start.date() == self.start.minimumDate() else from_qdate(self.start.date())
        end = None if self.end.date() == self.end.minimumDate() else from_qdate(self.end.date()) + timedelta(days=1)
        return EventFilter(self.search.text().strip(), self.tag.currentData(), self.category.currentData(),
                           self.document.currentData(), start, end, self.conflicts.isChecked(),
                           self.uncertain.isChecked())

    def apply(self) -> None:
        self._timer.stop()
        wanted = self.current_filter()
        if wanted != self.session.filter:
            self.session.set_filter(wanted)

    def set_tag(self, tag: str) -> None:
        index = self.tag.findData(tag)
        if index >= 0:
            self.tag.setCurrentIndex(index)
            self.apply()

    def clear(self) -> None:
        for widget in (self.search, self.tag, self.category, self.document, self.start, self.end,
                       self.conflicts, self.uncertain):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.tag, self.category, self.document):
            combo.setCurrentIndex(0)
        self.start.setDate(self.start.minimumDate())
        self.end.setDate(self.end.minimumDate())
        self.conflicts.setChecked(False)
        self.uncertain.setChecked(False)
        for widget in (self.search, self.tag, self.category, self.document, self.start, self.end,
                       self.conflicts, self.uncertain):
            widget.blockSignals(False)
        self.apply()
