"""Ways the analyst groups events: categories (by subject) and eras (by time span)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class Category:
    """A subject group of events, drawn in its colour (``#rrggbb``)."""

    id: str
    name: str
    colour: str = "#808080"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "colour": self.colour}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Category":
        return cls(str(data["id"]), str(data.get("name", "")), str(data.get("colour", "#808080")))


@dataclass(slots=True)
class Era:
    """A named span of time shaded behind the timeline ("the ceasefire"); ``end`` is exclusive."""

    id: str
    name: str
    start: datetime
    end: datetime
    colour: str = "#d0d0d0"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"era {self.name!r} ends before it starts")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "start": self.start.isoformat(timespec="seconds"),
                "end": self.end.isoformat(timespec="seconds"), "colour": self.colour}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Era":
        return cls(str(data["id"]), str(data.get("name", "")), datetime.fromisoformat(str(data["start"])),
                   datetime.fromisoformat(str(data["end"])), str(data.get("colour", "#d0d0d0")))
