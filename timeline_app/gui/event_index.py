"""What the table and filter ask of every event, worked out once and kept up to date.

Sorting 100,000 rows or searching them is dominated by per-event Python work: building a
sort key, joining and case-folding the searchable text. :class:`EventIndex` does that work
once per event, lazily, and forgets it only for the events a project change names, so a
sort, a search or a facet filter is a pass over prepared values. Nothing here imports Qt.

Invalidation follows :class:`~timeline_app.core.project.Change`: an "events" change drops
the named events (and the undated events dated from an anchor, whose date key depends on
other events); "documents" drops the source column, "categories" the category column; a
reset or anything else drops everything.
"""
from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from typing import Any

from timeline_app.core.event import Event
from timeline_app.core.ordering import sort_key
from timeline_app.core.project import Change, Project
from timeline_app.core.allocation import collector_paused
from timeline_app.temporal.model import Grain

#: Changes naming more events than this rebuild an ordering instead of patching it.
PATCH_LIMIT = 2_000

#: Facts about an event that filters test: (search text, tags, document ids, is_uncertain, open conflict).
Facts = tuple[str, frozenset[str], frozenset[str], bool, bool]

KeyFunction = Callable[[Event], Any]


def is_uncertain(event: Event) -> bool:
    """No date, a date coarser than a day, or only a vague confidence."""
    return event.interval is None or (event.grain is not None and event.grain < Grain.DAY) or event.confidence < 0.7


def search_text(event: Event) -> str:
    """Everything a text search looks in, case-folded, fields separated by newlines."""
    return "\n".join([event.title, event.notes, event.sentence, " ".join(event.tags),
                      *(s.sentence for s in event.sources)]).casefold()


class EventIndex:
    """Cached per-event search text, facets and sort keys for one project."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._facts: dict[str, Facts] = {}
        self._keys: dict[str, dict[str, Any]] = {}  # column -> event id -> key
        self._orders: dict[str, list[str]] = {}  # column -> ids in ascending key order
        self._key_functions: dict[str, KeyFunction] = {}

    # keeping up with the project ---------------------------------------------------------
    def forget(self, change: Change) -> None:
        """Drop what ``change`` makes stale (call before views hear of the change)."""
        if change.collection == "events" and change.action in ("changed", "added", "removed") and change.ids:
            self._forget_events(change)
        elif change.collection == "documents":
            self._drop_column("source")
        elif change.collection == "categories":
            self._drop_column("category")
        elif change.collection == "eras":
            return
        else:
            self.clear()

    def clear(self) -> None:
        self._facts.clear()
        self._keys.clear()
        self._orders.clear()

    def _drop_column(self, column: str) -> None:
        self._keys.pop(column, None)
        self._orders.pop(column, None)

    def _forget_events(self, change: Change) -> None:
        ids = set(change.ids)
        dated_keys = self._keys.get("date")
        if dated_keys is not None:
            # an undated "after X" event sorts by its anchor: its key may move with any event
            ids.update(i for i, e in self.project.events.items()
                       if e.interval is None and e.depends_on is not None)
        for event_id in ids:
            self._facts.pop(event_id, None)
        if len(ids) > PATCH_LIMIT:
            self._keys.clear()
            self._orders.clear()
            return
        events = self.project.events
        for column, keys in self._keys.items():
            order = self._orders.get(column)
            function = self._key_functions[column]
            if order is not None:
                stale = {i for i in ids if i in keys}
                if stale:
                    order[:] = [i for i in order if i not in stale]
            for event_id in ids:
                keys.pop(event_id, None)
                event = events.get(event_id)
                if event is None:
                    continue
                key = keys[event_id] = function(event)
                if order is not None:
                    insort(order, event_id, key=keys.__getitem__)

    # facts for filtering -----------------------------------------------------------------
    def facts(self, event: Event) -> Facts:
        found = self._facts.get(event.id)
        if found is None:
            found = self._facts[event.id] = self.facts_of(event)
        return found

    @staticmethod
    def facts_of(event: Event) -> Facts:
        return (search_text(event), frozenset(event.tags), frozenset(event.document_ids), is_uncertain(event),
                event.conflict is not None and not event.conflict.is_resolved)

    # sorting -----------------------------------------------------------------------------
    def order(self, column: str, key: KeyFunction, descending: bool = False) -> list[str]:
        """Every event id sorted by ``key`` (which must end in something unique, e.g. the id)."""
        self._key_functions[column] = key
        order = self._orders.get(column)
        if order is None:
            with collector_paused():
                order = self._build_order(column, key)
        return order[::-1] if descending else list(order)

    def _build_order(self, column: str, key: KeyFunction) -> list[str]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = {e.id: key(e) for e in self.project.events.values()}
        else:
            for e in self.project.events.values():
                if e.id not in keys:
                    keys[e.id] = key(e)
        order = self._orders[column] = sorted(self.project.events, key=keys.__getitem__)
        return order


def date_key(events: dict[str, Event]) -> KeyFunction:
    """``sort_key`` then the id; a dated event's key is built here directly (the table's
    default order, so it is built for every event when a project opens)."""

    def key(e: Event) -> tuple[Any, ...]:
        interval = e.interval
        if interval is not None:
            return (interval.start, 1, interval.end, e.sequence, e.id)
        return (*sort_key(e, events), e.id)

    return key


__all__ = ["EventIndex", "Facts", "date_key", "is_uncertain", "search_text"]
