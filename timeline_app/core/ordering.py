"""The order events are shown in: by time, then reading order, never at random.

Events sort by the earliest moment they can have happened, then by the latest (so a
precise day comes before the wider period that starts with it only when it also ends
first), then by ``sequence`` (the order they were first read). An event with no date but
a dependency ("before the ceasefire") sorts just before (or after) its anchor. Events
with no time at all come last, in reading order. The key is a plain tuple, so the order
is deterministic and can be explained to the user.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from timeline_app.core.event import Event

_UNDATED = datetime.max


def sort_key(event: Event, events: Mapping[str, Event]) -> tuple[datetime, int, datetime, int]:
    """Where ``event`` sorts; ``events`` is used to place undated dependents by their anchor."""
    if event.interval is not None:
        return (event.interval.start, 1, event.interval.end, event.sequence)
    seen = {event.id}
    current = event
    while current.depends_on is not None and current.depends_on.anchor_id in events:
        anchor = events[current.depends_on.anchor_id]
        if anchor.id in seen:
            break
        seen.add(anchor.id)
        if anchor.interval is not None:
            if current.depends_on.direction < 0:
                return (anchor.interval.start, 0, anchor.interval.start, event.sequence)
            return (anchor.interval.end, 0, anchor.interval.end, event.sequence)
        current = anchor
    return (_UNDATED, 2, _UNDATED, event.sequence)


def order_events(events: Iterable[Event]) -> list[Event]:
    """``events`` in timeline order (see the module docstring for the rule)."""
    pool = list(events)
    by_id = {e.id: e for e in pool}
    return sorted(pool, key=lambda e: sort_key(e, by_id))
