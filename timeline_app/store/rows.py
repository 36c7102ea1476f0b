"""Events and sources as table rows, field by field, without the plain-dict detour.

At analyst scale (100,000 events) building and parsing a dict per object costs more
than the whole save budget, so these two classes are mapped straight to columns.
:data:`EVENT_COLUMNS` and :data:`SOURCE_COLUMNS` name every dataclass field that has a
column; ``tests/store/test_rows.py`` fails when the core grows a field that is missing
here, so nothing is ever dropped silently. ``depends_on`` and ``conflict`` are rare
and nested, and go to their own tables through ``to_dict``/``from_dict``.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from timeline_app.core import Event, EventKind, Source
from timeline_app.temporal.model import Grain, Interval

EVENT_COLUMNS = ("id", "position", "title", "sentence", "value", "interval_start", "interval_end", "grain",
                 "kind", "category_id", "tags", "notes", "is_starred", "is_flagged", "is_locked",
                 "is_hand_edited", "confidence", "sequence", "explanation")
SOURCE_COLUMNS = ("event_id", "position", "document_id", "sentence", "start", "end", "expression",
                  "explanation", "expression_start", "expression_end", "mention_id", "value",
                  "interval_start", "interval_end", "grain")
#: Dataclass fields stored elsewhere than a column of the same name.
EVENT_ELSEWHERE = {"interval": ("interval_start", "interval_end"), "sources": "sources table",
                   "depends_on": "dependencies table", "conflict": "conflicts table"}
SOURCE_ELSEWHERE = {"interval": ("interval_start", "interval_end")}

Row = tuple[Any, ...]


def _bounds(interval: Interval | None) -> tuple[str | None, str | None]:
    if interval is None:
        return None, None
    return interval.start.isoformat(), interval.end.isoformat()


def _interval(start: str | None, end: str | None, cache: dict[tuple[str, str], Interval]) -> Interval | None:
    """The interval ``[start, end)``; equal bounds share one (immutable) object.

    Sharing matters at scale: an event and its sources, and the many events of one day,
    carry the same interval, and building one costs more than looking it up.
    """
    if start is None or end is None:
        return None
    interval = cache.get((start, end))
    if interval is None:
        interval = cache[(start, end)] = Interval(datetime.fromisoformat(start), datetime.fromisoformat(end))
    return interval


def _grain(name: str | None) -> Grain | None:
    return None if name is None else Grain[name]


def event_row(event: Event, position: int) -> Row:
    start, end = _bounds(event.interval)
    return (event.id, position, event.title, event.sentence, event.value, start, end,
            event.grain.name if event.grain is not None else None, str(event.kind), event.category_id,
            json.dumps(event.tags, ensure_ascii=False) if event.tags else None, event.notes,
            int(event.is_starred), int(event.is_flagged), int(event.is_locked), int(event.is_hand_edited),
            float(event.confidence), int(event.sequence), event.explanation)


def event_from_row(row: Row, cache: dict[tuple[str, str], Interval]) -> Event:
    (event_id, _position, title, sentence, value, start, end, grain, kind, category_id, tags, notes,
     is_starred, is_flagged, is_locked, is_hand_edited, confidence, sequence, explanation) = row
    return Event(id=event_id, title=title, sentence=sentence, value=value, interval=_interval(start, end, cache),
                 grain=_grain(grain), kind=EventKind(kind), category_id=category_id,
                 tags=json.loads(tags) if tags else [], notes=notes, is_starred=bool(is_starred),
                 is_flagged=bool(is_flagged), is_locked=bool(is_locked), is_hand_edited=bool(is_hand_edited),
                 confidence=confidence, sequence=sequence, explanation=explanation)


def source_row(event_id: str, position: int, source: Source) -> Row:
    start, end = _bounds(source.interval)
    return (event_id, position, source.document_id, source.sentence, source.start, source.end, source.expression,
            source.explanation, source.expression_start, source.expression_end, source.mention_id, source.value,
            start, end, source.grain.name if source.grain is not None else None)


def source_from_row(row: Row, cache: dict[tuple[str, str], Interval]) -> Source:
    (_event_id, _position, document_id, sentence, start, end, expression, explanation, expression_start,
     expression_end, mention_id, value, interval_start, interval_end, grain) = row
    return Source(document_id, sentence, start, end, expression, explanation, expression_start, expression_end,
                  mention_id, value, _interval(interval_start, interval_end, cache), _grain(grain))
