"""The Documents panel's model: one row per article (title, source, publication date).

An estimated publication date is shown with a "≈" and in italics, its reasons in the
tooltip, so nobody mistakes a guess for a given date.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from timeline_app.core.document import Document
from timeline_app.core.project import Change
from timeline_app.gui.session import Session

Index = QModelIndex | QPersistentModelIndex
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentTableModel(QAbstractTableModel):
    COLUMNS = ("title", "source", "published", "events")

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ids: list[str] = []
        self._counts: dict[str, int] = {}
        self._headers = {"title": self.tr("Title"), "source": self.tr("Source"),
                         "published": self.tr("Published"), "events": self.tr("Events")}
        session.project_replaced.connect(self._reload)
        session.changed.connect(self._on_change)
        self._reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and \
                0 <= section < len(self.COLUMNS):
            return self._headers[self.COLUMNS[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def document_at(self, row: int) -> Document | None:
        if 0 <= row < len(self._ids):
            return self.session.project.documents.get(self._ids[row])
        return None

    def row_of(self, document_id: str) -> int:
        return self._ids.index(document_id) if document_id in self._ids else -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(self.COLUMNS):
            return None
        document = self.session.project.documents.get(self._ids[index.row()])
        if document is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return document.title
            if column == "source":
                return source_label(document)
            if column == "published":
                date = published_text(document) or self.tr("unknown")
                return f"\u2248 {date} ({self.tr('estimated')})" if document.is_estimated else date
            return self._counts.get(document.id, 0)
        if role == DOCUMENT_ID_ROLE:
            return document.id
        if role == Qt.ItemDataRole.FontRole and column == "published" and document.is_estimated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "published":
                lines = [document.published_iso() or self.tr("unknown"),
                         self.tr("Double-click to change the publication date.")]
                if document.estimate is not None and document.estimate.reasons:
                    lines = [self.tr("Estimated from the text (confidence %.0f%%):") %
                             (100 * document.estimate.confidence), *document.estimate.reasons, *lines] \
                        if document.is_estimated else [*document.estimate.reasons, *lines]
                return "\n".join(lines)
            if column == "title":  # the whole title, which a narrow panel wraps or cuts short
                return "\n".join(line for line in (document.title, document.location) if line)
            return document.location or None
        return None

    def _reload(self) -> None:
        self.beginResetModel()
        self._ids = list(self.session.project.documents)
        self._count()
        self.endResetModel()

    def _count(self) -> None:
        """Events per document; most events have one source, counted without a set."""
        counts: dict[str, int] = {}
        get = counts.get
        for event in self.session.project.events.values():
            sources = event.sources
            if len(sources) == 1:
                document_id = sources[0].document_id
                counts[document_id] = get(document_id, 0) + 1
            elif sources:
                for document_id in {s.document_id for s in sources}:
                    counts[document_id] = get(document_id, 0) + 1
        self._counts = counts

    def _on_change(self, change: Change) -> None:
        if change.collection == "documents":
            if change.action == "changed" and all(i in self._ids for i in change.ids):
                for document_id in change.ids:
                    row = self._ids.index(document_id)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            else:
                self._reload()
        elif change.collection == "events" and change.action != "changed" and self._ids:
            self._count()
            column = self.COLUMNS.index("events")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))


def source_label(document: Document) -> str:
    """Who published ``document``, short: the outlet's name, else the file's name, else the title."""
    return document.source_name or document.location.rsplit("/", 1)[-1] or document.title


def published_text(document: Document) -> str:
    """A publication date as the analyst reads it: ``2026-03-05``, or with its time
    ``2026-03-05 16:20`` (the offset, as in ISO's ``2026-03-05T16:20+01:00``, is in the tooltip)."""
    iso = document.published_iso()
    return "" if iso is None else iso.replace("T", " ")[:16]


def widest_published(estimated: str) -> list[str]:
    """The longest texts the Published column can show (``estimated`` is its translated
    word): a date given with its time, or an estimate (a day, never a time)."""
    return ["2000-00-00 00:00", f"\u2248 2000-00-00 ({estimated})"]
