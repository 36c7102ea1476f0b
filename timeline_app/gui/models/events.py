"""The event table: a thin QAbstractTableModel over the project's events, and its filter.

Rows are event ids in the current sort order. Sorting is done here in Python with one
key per row (O(n log n) key computations) rather than by QSortFilterProxyModel's
pairwise ``lessThan`` calls into Python, which would be millions of calls at 100,000
rows; the proxy only filters, against a set of accepted ids computed once per change.
Edits go through core commands on the session's undo stack.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from timeline_app.core.commands import EditEvent, RenameEvent, SetCategory, SetTags
from timeline_app.core.event import Event
from timeline_app.core.ordering import sort_key
from timeline_app.core.project import Change
from timeline_app.gui.dating import propose
from timeline_app.gui.session import Session, is_uncertain

Index = QModelIndex | QPersistentModelIndex
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _date_text(event: Event) -> str:
    if event.interval is None:
        if event.depends_on is not None:
            return f"{event.depends_on.signal} {event.depends_on.anchor_id}"
        return ""
    earliest, latest = event.interval.inclusive()
    return earliest if earliest == latest else f"{earliest} \u2026 {latest}"


class EventTableModel(QAbstractTableModel):
    """One row per event; columns in :attr:`COLUMNS`."""

    COLUMNS = ("date", "title", "grain", "source", "tags", "category", "confidence", "conflict")
    EDITABLE = frozenset({"date", "title", "tags", "category", "confidence"})

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            "date": self.tr("Date"), "title": self.tr("Title"), "grain": self.tr("Grain"),
            "source": self.tr("Source"), "tags": self.tr("Tags"), "category": self.tr("Category"),
            "confidence": self.tr("Confidence"), "conflict": self.tr("Conflict"),
        }
        session.project_replaced.connect(self._reload)
        session.changed.connect(self._on_change)
        self._reload()

    # structure -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[self.COLUMNS[section]]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(self._ids):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def event_at(self, row: int) -> Event | None:
        if 0 <= row < len(self._ids):
            return self.session.project.events.get(self._ids[row])
        return None

    def row_of(self, event_id: str) -> int:
        return self._rows.get(event_id, -1)

    # data -----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        event = self.session.project.events.get(self._ids[index.row()])
        if event is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(event, column, role == Qt.ItemDataRole.EditRole)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "conflict" and event.conflict is not None:
                return "\n".join(f"{c.value}: \u201c{c.expression}\u201d" for c in event.conflict.candidates)
            if column == "title":
                return event.sentence or event.title
            if column == "date":
                return event.explanation or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "conflict" and self._has_open_conflict(event):
            return QBrush(QColor("#d0342c"))
        if role == Qt.ItemDataRole.FontRole and column == "date" and (event.is_hand_edited or event.is_locked):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == "category" and event.category_id:
            category = self.session.project.categories.get(event.category_id)
            return QColor(category.colour) if category else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "confidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _has_open_conflict(event: Event) -> bool:
        return event.conflict is not None and not event.conflict.is_resolved

    def _display(self, event: Event, column: str, for_edit: bool) -> Any:
        project = self.session.project
        if column == "date":
            return (event.value or "") if for_edit else _date_text(event)
        if column == "title":
            return event.title
        if column == "grain":
            return event.grain.label if event.grain is not None else ""
        if column == "source":
            names = [project.documents[d].source_name or project.documents[d].title
                     for d in event.document_ids if d in project.documents]
            return "; ".join(names)
        if column == "tags":
            return ", ".join(event.tags)
        if column == "category":
            category = project.categories.get(event.category_id or "")
            return category.name if category else ""
        if column == "confidence":
            return f"{event.confidence:.2f}" if not for_edit else event.confidence
        if column == "conflict":
            if event.conflict is None:
                return ""
            if event.conflict.is_resolved:
                return self.tr("resolved")
            return self.tr("%n candidates", "", len(event.conflict.candidates))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        event = self.event_at(index.row())
        if event is None:
            return False
        column = self.COLUMNS[index.column()]
        project = self.session.project
        text = str(value).strip() if value is not None else ""
        if column == "title":
            if text == event.title:
                return False
            return self.session.execute(RenameEvent(project, event.id, text))
        if column == "tags":
            tags = [t.strip() for t in text.split(",") if t.strip()]
            if tags == event.tags:
                return False
            return self.session.execute(SetTags(project, event.id, tags))
        if column == "category":
            if not text:
                return self.session.execute(SetCategory(project, event.id, None))
            match = next((c for c in project.categories.values() if c.name.casefold() == text.casefold()), None)
            if match is None:
                self.session.error.emit(self.tr("No category named \u201c%s\u201d") % text)
                return False
            return self.session.execute(SetCategory(project, event.id, match.id))
        if column == "confidence":
            try:
                confidence = min(max(float(value), 0.0), 1.0)
            except (TypeError, ValueError):
                return False
            return self.session.execute(EditEvent(project, event.id, confidence=confidence))
        if column == "date":
            if text == (event.value or ""):
                return False
            proposal = propose(project, event, text)
            if not proposal.is_valid:
                self.session.error.emit(proposal.error)
                return False
            return self.session.execute(proposal.command(project, event.id))
        return False

    # sorting ---------------------------------------------------------------------------------
    def _key(self, column: str) -> Callable[[Event], Any]:
        events = self.session.project.events
        if column == "date":
            return lambda e: sort_key(e, events)
        if column == "confidence":
            return lambda e: (e.confidence, e.sequence)
        if column == "conflict":
            return lambda e: (0 if e.conflict is None else (1 if e.conflict.is_resolved else 2), e.sequence)
        return lambda e: (str(self._display(e, column, False)).casefold(), e.sequence)

    def _sorted_ids(self) -> list[str]:
        column = self.COLUMNS[self._sort_column] if 0 <= self._sort_column < len(self.COLUMNS) else "date"
        key = self._key(column)
        events = sorted(self.session.project.events.values(), key=key,
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [e.id for e in events]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._relayout()

    def _relayout(self) -> None:
        ids = self._sorted_ids()
        if ids == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else "" for i in old]
        self._ids = ids
        self._rows = {event_id: row for row, event_id in enumerate(ids)}
        new = [self.index(self._rows[e], i.column()) if e in self._rows else QModelIndex()
               for e, i in zip(old_ids, old)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # following the project ---------------------------------------------------------------------
    def _reload(self) -> None:
        self.beginResetModel()
        self._ids = self._sorted_ids()
        self._rows = {event_id: row for row, event_id in enumerate(self._ids)}
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.collection == "categories":
            self._changed_column("category")
            return
        if change.collection == "documents":
            self._changed_column("source")
            return
        if change.collection != "events":
            return
        if change.action == "changed" and all(i in self._rows for i in change.ids):
            for event_id in change.ids:
                row = self._rows[event_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            self._relayout()
            return
        self._reload()

    def _changed_column(self, column: str) -> None:
        if self._ids:
            col = self.COLUMNS.index(column)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._ids) - 1, col))


class EventFilterModel(QSortFilterProxyModel):
    """Rows accepted by the session's :class:`~timeline_app.gui.session.EventFilter`.

    Sorting is delegated to the source model (see the module docstring).
    """

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._accepted: set[str] | None = None
        session.filter_changed.connect(self.refilter)
        session.changed.connect(self._on_change)
        session.project_replaced.connect(self.refilter)

    def refilter(self) -> None:
        self.beginFilterChange()
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _on_change(self, change: Change) -> None:
        if change.collection == "events" and self.session.filter.is_active:
            self.refilter()

    def _compute(self) -> None:
        event_filter = self.session.filter
        if not event_filter.is_active:
            self._accepted = None
        else:
            self._accepted = {e.id for e in self.session.project.events.values() if event_filter.accepts(e)}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accepted is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, EventTableModel) or not 0 <= source_row < len(model._ids):
            return False
        return model._ids[source_row] in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            model.sort(column, order)


def uncertain(event: Event) -> bool:
    return is_uncertain(event)
