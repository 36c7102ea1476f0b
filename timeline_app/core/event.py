"""Events on the timeline, where they were read, and what their dates depend on."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.times import grain_from_str, grain_to_str, interval_from_dict, interval_to_dict
from timeline_app.temporal.model import Grain, Interval


class EventKind(enum.StrEnum):
    """A point happens within one unit of its grain; a period lasts through its interval."""

    POINT = "point"
    PERIOD = "period"


@dataclass(slots=True)
class Source:
    """One place an event was read: a sentence of a document and its temporal expression.

    ``start``/``end`` delimit the sentence in the document text (so views can highlight
    it); ``expression_start``/``expression_end`` the temporal expression, when any.
    ``value``/``interval`` are the time *this* source gives, kept per source so that
    disagreeing reports can be shown side by side.
    """

    document_id: str
    sentence: str
    start: int
    end: int
    expression: str = ""
    explanation: str = ""
    expression_start: int | None = None
    expression_end: int | None = None
    mention_id: str | None = None
    value: str | None = None
    interval: Interval | None = None
    grain: Grain | None = None

    def to_dict(self) -> dict[str, Any]:
        times = interval_to_dict(self.interval)
        return {
            "document": self.document_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "expression": self.expression,
            "explanation": self.explanation,
            "expression_start": self.expression_start,
            "expression_end": self.expression_end,
            "mention": self.mention_id,
            "value": self.value,
            "interval_start": times["start"],
            "interval_end": times["end"],
            "grain": grain_to_str(self.grain),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Source":
        return cls(
            document_id=str(data["document"]),
            sentence=str(data.get("sentence", "")),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            expression=str(data.get("expression", "")),
            explanation=str(data.get("explanation", "")),
            expression_start=data.get("expression_start"),
            expression_end=data.get("expression_end"),
            mention_id=data.get("mention"),
            value=data.get("value"),
            interval=interval_from_dict({"start": data.get("interval_start"), "end": data.get("interval_end")}),
            grain=grain_from_str(data.get("grain")),
        )


@dataclass(slots=True)
class Dependency:
    """"Two days after <anchor>": the event's time is the anchor's shifted by ``duration``.

    ``duration`` is a TimeML duration or None for a bare "after"/"before" (then only the
    order is known). ``direction`` is +1 (after) or -1 (before). ``phrase`` is the text
    that named the anchor, kept to explain the link.
    """

    anchor_id: str
    duration: str | None
    direction: int = 1
    signal: str = "after"
    phrase: str = ""

    def describe(self) -> str:
        amount = f"{self.duration} " if self.duration else ""
        return f"{amount}{'after' if self.direction > 0 else 'before'} {self.anchor_id}"

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.anchor_id, "offset": self.duration, "direction": self.direction,
                "signal": self.signal, "phrase": self.phrase}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Dependency":
        return cls(str(data["event"]), data.get("offset"), int(data.get("direction", 1)),
                   str(data.get("signal", "after")), str(data.get("phrase", "")))


@dataclass(slots=True)
class Candidate:
    """One date proposed for an event by one source, when sources disagree."""

    value: str
    interval: Interval | None
    document_id: str
    sentence: str = ""
    expression: str = ""
    grain: Grain | None = None

    def to_dict(self) -> dict[str, Any]:
        times = interval_to_dict(self.interval)
        return {"value": self.value, **times, "grain": grain_to_str(self.grain), "document": self.document_id,
                "sentence": self.sentence, "expression": self.expression}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Candidate":
        return cls(str(data["value"]), interval_from_dict(data), str(data["document"]),
                   str(data.get("sentence", "")), str(data.get("expression", "")), grain_from_str(data.get("grain")))


@dataclass(slots=True)
class Conflict:
    """Sources disagree on an event's date; the analyst's decision and reason are kept.

    ``decision`` is the index of the chosen candidate, or None while undecided.
    """

    candidates: list[Candidate] = field(default_factory=list)
    decision: int | None = None
    reason: str = ""

    @property
    def is_resolved(self) -> bool:
        return self.decision is not None

    def to_dict(self) -> dict[str, Any]:
        return {"candidates": [c.to_dict() for c in self.candidates],
                "decision": self.decision, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Conflict":
        return cls([Candidate.from_dict(c) for c in data.get("candidates", [])],
                   data.get("decision"), str(data.get("reason", "")))


@dataclass(slots=True)
class Event:
    """Something that happened (or will) at a time, with every source that reports it.

    ``interval`` is half-open; ``value`` the TimeML value of the event's time. ``sequence``
    is the position of the event's first report in reading order: it breaks ties between
    overlapping uncertain intervals and orders undated "before X" events, so the order
    stays stable and explainable. ``is_hand_edited`` and ``is_locked`` both stop
    automatic re-resolution from moving the event.
    """

    id: str
    title: str
    sentence: str = ""
    sources: list[Source] = field(default_factory=list)
    value: str | None = None
    interval: Interval | None = None
    grain: Grain | None = None
    kind: EventKind = EventKind.POINT
    depends_on: Dependency | None = None
    conflict: Conflict | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    category_id: str | None = None
    is_starred: bool = False
    is_flagged: bool = False
    is_locked: bool = False
    is_hand_edited: bool = False
    confidence: float = 1.0
    sequence: int = 0
    explanation: str = ""

    @property
    def is_pinned(self) -> bool:
        """True when automatic recomputation must leave this event's time alone."""
        return self.is_locked or self.is_hand_edited

    @property
    def document_ids(self) -> list[str]:
        seen: list[str] = []
        for source in self.sources:
            if source.document_id not in seen:
                seen.append(source.document_id)
        return seen

    def inclusive_bounds(self) -> tuple[str | None, str | None]:
        return self.interval.inclusive() if self.interval else (None, None)

    def to_dict(self) -> dict[str, Any]:
        times = interval_to_dict(self.interval)
        return {
            "id": self.id,
            "title": self.title,
            "sentence": self.sentence,
            "value": self.value,
            "earliest": times["earliest"],
            "latest": times["latest"],
            "start": times["start"],
            "end": times["end"],
            "grain": grain_to_str(self.grain),
            "type": str(self.kind),
            "sources": [s.to_dict() for s in self.sources],
            "depends_on": self.depends_on.to_dict() if self.depends_on else None,
            "conflict": self.conflict.to_dict() if self.conflict else None,
            "tags": list(self.tags),
            "notes": self.notes,
            "category": self.category_id,
            "starred": self.is_starred,
            "flagged": self.is_flagged,
            "locked": self.is_locked,
            "hand_edited": self.is_hand_edited,
            "confidence": self.confidence,
            "sequence": self.sequence,
            "explanation": self.explanation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        dep, conflict = data.get("depends_on"), data.get("conflict")
        return cls(
            id=str(data["id"]),
            title=str(data.get("title", "")),
            sentence=str(data.get("sentence", "")),
            sources=[Source.from_dict(s) for s in data.get("sources", [])],
            value=data.get("value"),
            interval=interval_from_dict(data),
            grain=grain_from_str(data.get("grain")),
            kind=EventKind(data.get("type", "point")),
            depends_on=Dependency.from_dict(dep) if dep else None,
            conflict=Conflict.from_dict(conflict) if conflict else None,
            tags=list(data.get("tags", [])),
            notes=str(data.get("notes", "")),
            category_id=data.get("category"),
            is_starred=bool(data.get("starred", False)),
            is_flagged=bool(data.get("flagged", False)),
            is_locked=bool(data.get("locked", False)),
            is_hand_edited=bool(data.get("hand_edited", False)),
            confidence=float(data.get("confidence", 1.0)),
            sequence=int(data.get("sequence", 0)),
            explanation=str(data.get("explanation", "")),
        )


@dataclass(slots=True)
class UndatedStatement:
    """A sentence that reports something but gives no time: listed, never given a date.

    The user may place it on the timeline (it then becomes an event: ``placed_event_id``).
    """

    id: str
    document_id: str
    sentence: str
    start: int
    end: int
    placed_event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "document": self.document_id, "sentence": self.sentence,
                "start": self.start, "end": self.end, "placed_event": self.placed_event_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "UndatedStatement":
        return cls(str(data["id"]), str(data["document"]), str(data.get("sentence", "")),
                   int(data.get("start", 0)), int(data.get("end", 0)), data.get("placed_event"))
