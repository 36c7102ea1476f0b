"""The project: every document, mention, event, category, era and undated statement.

Collections are dicts keyed by stable string ids ("d1", "e12") and keep insertion
order. The project is observable through plain callbacks so that a thin Qt model (or
anything else) can follow it without the core knowing about Qt. Changes should go
through :mod:`timeline_app.core.commands` so that they can be undone; the mutators here
are the primitives those commands use, and each one notifies listeners.

A project opened from a file may hold its mentions back (:meth:`Project.defer_mentions`):
they are the largest collection and, until a document is read or re-resolved, the one
least needed, so the file keeps them and builds them on first use.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from timeline_app.core.category import Category, Era
from timeline_app.core.document import Document, Mention
from timeline_app.core.event import Event, UndatedStatement
from timeline_app.core.ordering import order_events

FORMAT_VERSION = 1

Collection = Literal["documents", "mentions", "events", "categories", "eras", "statements"]
COLLECTIONS: tuple[Collection, ...] = ("documents", "mentions", "events", "categories", "eras", "statements")
ID_PREFIX: dict[Collection, str] = {"documents": "d", "mentions": "m", "events": "e",
                                    "categories": "c", "eras": "r", "statements": "s"}
_FACTORY: dict[Collection, Callable[[dict[str, Any]], Any]] = {
    "documents": Document.from_dict, "mentions": Mention.from_dict, "events": Event.from_dict,
    "categories": Category.from_dict, "eras": Era.from_dict, "statements": UndatedStatement.from_dict,
}


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: ``action`` on the objects ``ids`` of ``collection``.

    ``action`` is "added", "removed" or "changed"; "reset" (ids empty) means reload all.
    """

    collection: str
    action: str
    ids: tuple[str, ...]


Listener = Callable[[Change], None]


class DeferredMentions(Protocol):
    """Mentions kept outside the project until first use (the store's opened file).

    Both methods must give the same object for a mention each time they are asked, so
    that a mention read through :meth:`mentions_of` before the rest are built is the one
    the project then holds.
    """

    def mentions_of(self, document_id: str) -> list[Mention]:
        """The mentions of one document, by start offset (ties in collection order)."""

    def all_mentions(self) -> dict[str, Mention]:
        """Every mention by id, in collection order (a new dict, the project's from then on)."""


class Project:
    """Everything an analyst works on, in plain Python objects."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.documents: dict[str, Document] = {}
        self._mentions: dict[str, Mention] = {}
        self._deferred_mentions: DeferredMentions | None = None
        self.events: dict[str, Event] = {}
        self.categories: dict[str, Category] = {}
        self.eras: dict[str, Era] = {}
        self.statements: dict[str, UndatedStatement] = {}
        self._counters: dict[str, int] = {}
        self._listeners: list[Listener] = []

    # mentions --------------------------------------------------------------------------
    @property
    def mentions(self) -> dict[str, Mention]:
        """Every mention by id; deferred mentions are built here, the first time they are needed."""
        if self._deferred_mentions is not None:
            self._mentions = self._deferred_mentions.all_mentions()
            self._deferred_mentions = None
        return self._mentions

    def defer_mentions(self, source: DeferredMentions) -> None:
        """Take the mentions from ``source`` when first needed instead of now (see the module
        docstring). Only for a project that has no mentions yet."""
        if self._mentions or self._deferred_mentions is not None:
            raise ValueError("mentions can only be deferred into a project that has none")
        self._deferred_mentions = source

    @property
    def deferred_mentions(self) -> DeferredMentions | None:
        """Where the mentions still are, if they are deferred (lets a save copy them as they are)."""
        return self._deferred_mentions

    # observation -------------------------------------------------------------------
    @contextmanager
    def muted(self) -> Iterator[None]:
        """Listeners hear nothing of the changes made inside (a preview undone at once)."""
        listeners, self._listeners = self._listeners, []
        try:
            yield
        finally:
            self._listeners = listeners

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every change; returns a function that unsubscribes it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def notify(self, collection: str, action: str, ids: tuple[str, ...] | list[str] = ()) -> None:
        change = Change(collection, action, tuple(ids))
        for listener in list(self._listeners):
            listener(change)

    # ids ------------------------------------------------------------------------------
    def new_id(self, collection: Collection) -> str:
        """A fresh id for ``collection``; ids are never reused, even after deletion."""
        prefix = ID_PREFIX[collection]
        taken = self.table(collection)
        number = self._counters.get(prefix, 0)
        while True:
            number += 1
            candidate = f"{prefix}{number}"
            if candidate not in taken:
                break
        self._counters[prefix] = number
        return candidate

    def _bump_counter(self, object_id: str) -> None:
        match = re.fullmatch(r"([a-z]+)(\d+)", object_id)
        if match:
            prefix, number = match.group(1), int(match.group(2))
            self._counters[prefix] = max(self._counters.get(prefix, 0), number)

    # primitives -------------------------------------------------------------------------
    def table(self, collection: Collection) -> dict[str, Any]:
        return getattr(self, collection)  # type: ignore[no-any-return]

    def put(self, collection: Collection, obj: Any, notify: bool = True) -> None:
        """Insert or replace ``obj`` (keyed by its ``id``) and tell listeners."""
        table = self.table(collection)
        action = "changed" if obj.id in table else "added"
        table[obj.id] = obj
        self._bump_counter(obj.id)
        if notify:
            self.notify(collection, action, (obj.id,))

    def remove(self, collection: Collection, object_id: str, notify: bool = True) -> Any:
        obj = self.table(collection).pop(object_id)
        if notify:
            self.notify(collection, "removed", (object_id,))
        return obj

    def add_document(self, document: Document) -> Document:
        self.put("documents", document)
        return document

    def add_event(self, event: Event) -> Event:
        self.put("events", event)
        return event

    # views ------------------------------------------------------------------------------
    def ordered_events(self) -> list[Event]:
        """Events in timeline order (:mod:`timeline_app.core.ordering`)."""
        return order_events(self.events.values())

    def events_of(self, document_id: str) -> Iterator[Event]:
        """The events reported by ``document_id`` (a plain loop over the sources: the source
        view asks this of all 100,000 events of a big project when it shows a document)."""
        for event in self.events.values():
            for source in event.sources:
                if source.document_id == document_id:
                    yield event
                    break

    def mentions_of(self, document_id: str) -> list[Mention]:
        """The mentions of ``document_id`` by start offset; asks a deferred source for
        just that document rather than building every mention."""
        if self._deferred_mentions is not None:
            return self._deferred_mentions.mentions_of(document_id)
        return sorted((m for m in self.mentions.values() if m.document_id == document_id), key=lambda m: m.start)

    def conflicts(self) -> list[Event]:
        return [e for e in self.ordered_events() if e.conflict is not None and not e.conflict.is_resolved]

    # serialisation -----------------------------------------------------------------------
    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every object as a plain dict, by collection then id (used by undo and files)."""
        return {name: {key: obj.to_dict() for key, obj in self.table(name).items()} for name in COLLECTIONS}

    def restore(self, collection: Collection, object_id: str, data: dict[str, Any] | None) -> str:
        """Put back one object as ``data`` (None removes it); returns the action done."""
        table = self.table(collection)
        if data is None:
            table.pop(object_id, None)
            return "removed"
        action = "changed" if object_id in table else "added"
        table[object_id] = _FACTORY[collection](data)
        self._bump_counter(object_id)
        return action

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": "timeline-project", "version": FORMAT_VERSION, "name": self.name,
                                "counters": dict(self._counters)}
        for name in COLLECTIONS:
            items = self.ordered_events() if name == "events" else list(self.table(name).values())
            data[name] = [obj.to_dict() for obj in items]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Project":
        project = cls(str(data.get("name", "")))
        for name in COLLECTIONS:
            for item in data.get(name, []):
                obj = _FACTORY[name](item)
                project.table(name)[obj.id] = obj
                project._bump_counter(obj.id)
        for prefix, number in dict(data.get("counters", {})).items():
            project._counters[prefix] = max(project._counters.get(prefix, 0), int(number))
        return project
