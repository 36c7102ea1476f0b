"""The event table: a thin QAbstractTableModel over the project's events, and its filter.

Rows are event ids in the current sort order. Sorting is done here, from the session's
:class:`~timeline_app.gui.event_index.EventIndex` (one key per event, kept between sorts
and patched on edits) rather than by QSortFilterProxyModel's pairwise ``lessThan`` calls
into Python, which would be millions of calls at 100,000 rows. The filter proxy is a
plain QAbstractProxyModel over a list of accepted source rows, built once per change:
QSortFilterProxyModel would call ``filterAcceptsRow`` in Python for every row on every
sort and filter. Edits go through core commands on the session's undo stack.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QAbstractProxyModel, QAbstractTableModel, QModelIndex,
                            QObject, QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from timeline_app.core.commands import EditEvent, RenameEvent, SetCategory, SetTags
from timeline_app.core.event import Event
from timeline_app.core.project import Change
from timeline_app.gui.dating import propose, span_text
from timeline_app.gui.event_index import date_key
from timeline_app.gui.models.documents import source_label
from timeline_app.gui.session import Session, is_uncertain
from timeline_app.temporal.model import Grain

Index = QModelIndex | QPersistentModelIndex
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _date_text(event: Event) -> str:
    if event.interval is None:
        if event.depends_on is not None:
            return f"{event.depends_on.signal} {event.depends_on.anchor_id}"
        return ""
    return span_text(event.interval)


class EventTableModel(QAbstractTableModel):
    """One row per event; columns in :attr:`COLUMNS`."""

    COLUMNS = ("date", "title", "grain", "source", "tags", "category", "confidence", "conflict")
    EDITABLE = frozenset({"date", "title", "tags", "category", "confidence"})

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[str] = []
        self._row_map: dict[str, int] | None = {}
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

    @property
    def _rows(self) -> dict[str, int]:
        """Row of each event id, built when first asked for after a change of order."""
        if self._row_map is None:
            self._row_map = {event_id: row for row, event_id in enumerate(self._ids)}
        return self._row_map

    def row_of(self, event_id: str) -> int:
        return self._rows.get(event_id, -1)

    def ids(self) -> list[str]:
        """Event ids in row order (do not modify)."""
        return self._ids

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
            if column == "source":
                documents = self.session.project.documents
                return "\n".join(f"{source_label(documents[d])}: {documents[d].title}"
                                 for d in event.document_ids if d in documents) or None
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

    def _source_names(self, event: Event) -> list[str]:
        documents = self.session.project.documents
        return [source_label(documents[d]) for d in event.document_ids if d in documents]

    @staticmethod
    def widest_texts(column: str) -> list[str]:
        """The longest texts ``column`` can show whatever the events, for sizing it without
        measuring every row: a period crossing midnight with its end's date (so the table
        need not resize to contents over 100,000 rows to show it whole)."""
        if column == "date":
            return ["2000-00-00 00:00 \u2026 2000-00-00 00:00"]
        if column == "grain":
            return [grain.label for grain in Grain]
        return []

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
            # the first source and how many more: a merged event's other reports were
            # hidden when the first title filled the column
            names = self._source_names(event)
            if len(names) > 1:
                return f"{names[0]} +{len(names) - 1}"
            return names[0] if names else ""
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
        if column == "date":
            return date_key(self.session.project.events)
        if column == "confidence":
            return lambda e: (e.confidence, e.sequence, e.id)
        if column == "conflict":
            return lambda e: (0 if e.conflict is None else (1 if e.conflict.is_resolved else 2), e.sequence, e.id)
        return lambda e: (str(self._display(e, column, False)).casefold(), e.sequence, e.id)

    def _sorted_ids(self) -> list[str]:
        column = self.COLUMNS[self._sort_column] if 0 <= self._sort_column < len(self.COLUMNS) else "date"
        return self.session.index.order(column, self._key(column),
                                        descending=self._sort_order == Qt.SortOrder.DescendingOrder)

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
        self._row_map = None
        if old:
            rows = self._rows
            new = [self.index(rows[e], i.column()) if e in rows else QModelIndex() for e, i in zip(old_ids, old)]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # following the project ---------------------------------------------------------------------
    def _reload(self) -> None:
        self.beginResetModel()
        self._ids = self._sorted_ids()
        self._row_map = None
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


class EventFilterModel(QAbstractProxyModel):
    """Rows accepted by the session's :class:`~timeline_app.gui.session.EventFilter`.

    The source must be an :class:`EventTableModel`. Sorting is delegated to it (see the
    module docstring); this model keeps only ``_source_rows``, the accepted source rows in
    order (None while no filter is active: then rows map one to one), and its inverse.
    """

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._source_rows: list[int] | None = None
        self._proxy_rows: dict[int, int] = {}
        self._connected: list[Any] = []
        self._saved: list[tuple[QPersistentModelIndex, str]] = []
        session.filter_changed.connect(self.refilter)
        session.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.collection == "events" and self.session.filter.is_active:
            self.refilter()

    # the source ------------------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 (Qt name)
        if not isinstance(model, EventTableModel):
            raise TypeError("EventFilterModel needs an EventTableModel as its source")
        self.beginResetModel()
        for signal, slot in self._connected:
            signal.disconnect(slot)
        super().setSourceModel(model)
        self._connected = [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._source_layout_about_to_change),
            (model.layoutChanged, self._source_layout_changed),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connected:
            signal.connect(slot)
        self._compute()
        self.endResetModel()

    def _source(self) -> EventTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, EventTableModel) else None

    def _compute(self) -> None:
        model = self._source()
        accepted = self.session.accepted_ids()
        if model is None or accepted is None:
            self._source_rows = None
            self._proxy_rows = {}
            return
        self._source_rows = [row for row, event_id in enumerate(model.ids()) if event_id in accepted]
        self._proxy_rows = {source: proxy for proxy, source in enumerate(self._source_rows)}

    def _source_reset(self) -> None:
        self._compute()
        self.endResetModel()

    def _source_layout_about_to_change(self) -> None:
        self._begin_relayout()

    def _source_layout_changed(self) -> None:
        self._end_relayout()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] = []) -> None:
        if self._source_rows is None:
            self.dataChanged.emit(self.index(top_left.row(), top_left.column()),
                                  self.index(bottom_right.row(), bottom_right.column()), roles)
            return
        if top_left.row() == bottom_right.row():
            first = last = self._proxy_rows.get(top_left.row(), -1)
            if first < 0:
                return
        elif self._source_rows:
            first, last = 0, len(self._source_rows) - 1
        else:
            return
        self.dataChanged.emit(self.index(first, top_left.column()), self.index(last, bottom_right.column()), roles)

    # re-filtering ------------------------------------------------------------------------------
    def refilter(self) -> None:
        """Apply the session's current filter, keeping the selection on rows that stay."""
        self._begin_relayout()
        self._end_relayout()

    def _begin_relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        model = self._source()
        ids = model.ids() if model is not None else []
        self._saved = [(index, self._event_id(index.row(), ids)) for index in self.persistentIndexList()]

    def _event_id(self, row: int, ids: list[str]) -> str:
        source_row = self._to_source_row(row)
        return ids[source_row] if 0 <= source_row < len(ids) else ""

    def _end_relayout(self) -> None:
        self._compute()
        saved, self._saved = self._saved, []
        model = self._source()
        if saved and model is not None:
            old = [index for index, _ in saved]
            new = []
            for index, event_id in saved:
                row = self._from_source_row(model.row_of(event_id)) if event_id else -1
                new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # mapping -------------------------------------------------------------------------------------
    def _to_source_row(self, row: int) -> int:
        if self._source_rows is None:
            return row
        return self._source_rows[row] if 0 <= row < len(self._source_rows) else -1

    def _from_source_row(self, row: int) -> int:
        if self._source_rows is None:
            return row
        return self._proxy_rows.get(row, -1)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802 (Qt name)
        model = self._source()
        if model is None or not proxy_index.isValid() or proxy_index.model() is not self:
            return QModelIndex()
        row = self._to_source_row(proxy_index.row())
        return model.index(row, proxy_index.column()) if row >= 0 else QModelIndex()

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802 (Qt name)
        if not source_index.isValid() or source_index.model() is not self.sourceModel():
            return QModelIndex()
        row = self._from_source_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    # structure -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        model = self._source()
        if parent.isValid() or model is None:
            return 0
        return model.rowCount() if self._source_rows is None else len(self._source_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        model = self._source()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt name)
        return not parent.isValid() and self.rowCount() > 0

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._source()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return section + 1
            return None
        return model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self._source()
        if model is not None:
            model.sort(column, order)


def uncertain(event: Event) -> bool:
    return is_uncertain(event)
