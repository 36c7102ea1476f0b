"""What the analyst was looking at, saved with the project so reopening puts it back.

The view state belongs to the file, not to the model: the core never reads it, and the
GUI hands it to :func:`~timeline_app.store.save_project` and gets it back from
:func:`~timeline_app.store.load_project`. It is kept as plain values (ISO strings, ids,
column names) so that a GUI change never needs a schema migration.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Column:
    """One column of the event table: which field, how wide, whether shown."""

    name: str
    width: int = 100
    is_visible: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "width": self.width, "visible": self.is_visible}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Column":
        return cls(str(data["name"]), int(data.get("width", 100)), bool(data.get("visible", True)))


@dataclass(slots=True)
class ViewState:
    """Zoom range (ISO bounds of the visible span), selection, filters and column layout.

    ``filters`` is free-form (``{"tags": [...], "category": "c1", "text": "..."}``): the
    GUI owns its keys; the store only promises to give back what it was given, as JSON.
    """

    zoom_start: str | None = None
    zoom_end: str | None = None
    selection: list[str] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    columns: list[Column] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"zoom_start": self.zoom_start, "zoom_end": self.zoom_end, "selection": list(self.selection),
                "filters": dict(self.filters), "columns": [c.to_dict() for c in self.columns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ViewState":
        return cls(data.get("zoom_start"), data.get("zoom_end"), [str(s) for s in data.get("selection", [])],
                   dict(data.get("filters", {})), [Column.from_dict(c) for c in data.get("columns", [])])
