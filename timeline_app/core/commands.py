"""Every user action as a command object with ``do``/``undo``, and a plain undo stack.

Following glue's ``core/command.py``: all front ends (the Qt GUI, scripts, tests) map
interactions to these commands, and the GUI wraps each one in a ``QUndoCommand``
calling :meth:`Command.do` / :meth:`Command.undo`.

Undo is by snapshot difference: before its first ``do`` a command records the plain-dict
form of the collections it touches, applies its change, then records them again and
keeps only the objects that differ. ``undo`` puts the "before" objects back and ``do``
(redo) the "after" ones, so knock-on effects (dependents that moved, ids created) are
undone exactly without each command writing its own inverse. The frequent commands name
their :meth:`Command.scope` (the event and its dependents, say), so only those objects are
copied: an edit costs the same in a project of 100 or 100,000 events; ids added or removed
are found by comparing the tables' keys. Validation happens before
anything changes: a refused command (a cycle, an unknown id) raises
:class:`CommandError` and leaves the project untouched.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from timeline_app.core.category import Category, Era
from timeline_app.core.dependencies import (CycleError, check_no_cycle, dependents, dependents_of_all,
                                            recompute_from, resolve)
from timeline_app.core.document import Estimate, PublicationSource
from timeline_app.core.event import Dependency, Event, EventKind, Source
from timeline_app.core.project import Collection, Project
from timeline_app.core.resolution import Tagger, derive_time, report_day, reresolve_document
from timeline_app.core.times import is_length, value_for
from timeline_app.temporal.model import Grain, Interval

Snapshot = dict[str, dict[str, dict[str, Any]]]


class CommandError(ValueError):
    """A command that cannot be applied; the message is meant for the user."""


class Command:
    """Base class: subclasses set ``text`` and ``touches`` and implement :meth:`apply`."""

    text: str = "Edit"
    touches: tuple[Collection, ...] = ("events",)
    #: False when a scoped command never adds or removes objects: its tables' keys need
    #: not be compared (building the key set of a deferred collection costs its loading).
    adds_or_removes: bool = True

    def __init__(self, project: Project) -> None:
        self.project = project
        self._before: Snapshot | None = None
        self._after: Snapshot | None = None

    def apply(self) -> None:
        raise NotImplementedError

    def validate(self) -> None:
        """Raise :class:`CommandError` when the command cannot apply (nothing changed yet)."""

    def scope(self) -> dict[str, set[str]] | None:
        """The ids, per touched collection, of the objects :meth:`apply` may change or
        remove; None (the default) means any of them, and whole tables are copied. Objects
        that apply adds need not be named: they are found by comparing keys."""
        return None

    def do(self) -> None:
        if self._after is not None:
            self._restore(self._after)
            return
        self.validate()
        scope = self.scope()
        keys: dict[str, set[str]] | None = None
        if scope is not None and self.adds_or_removes:
            keys = {name: set(self.project.table(name)) for name in self.touches}
        before = self._capture(scope)
        try:
            self.apply()
        except CommandError:
            self._rollback(before, scope is not None, keys)
            raise
        except (CycleError, ValueError) as exc:
            self._rollback(before, scope is not None, keys)
            raise CommandError(str(exc)) from exc
        except BaseException:
            self._rollback(before, scope is not None, keys)
            raise
        if scope is not None and keys is not None:
            for name in self.touches:
                scope.setdefault(name, set()).update(set(self.project.table(name)) ^ keys[name])
        after = self._capture(scope)
        self._before, self._after = _diff(before, after), _diff(after, before)
        self._notify(self._after)

    def undo(self) -> None:
        if self._before is None:
            raise CommandError(f"{self.text!r} has not been done")
        self._restore(self._before)

    def differences(self, collection: str) -> dict[str, tuple[dict[str, Any] | None, dict[str, Any] | None]]:
        """What doing the command changed in ``collection``: id -> (before, after) as plain
        dicts (None where the object did not exist). Empty before the first ``do``."""
        before = (self._before or {}).get(collection, {})
        after = (self._after or {}).get(collection, {})
        return {key: (before.get(key), after.get(key)) for key in before.keys() | after.keys()}

    def _capture(self, scope: dict[str, set[str]] | None = None) -> Snapshot:
        if scope is None:
            return {name: {k: o.to_dict() for k, o in self.project.table(name).items()} for name in self.touches}
        out: Snapshot = {}
        for name in self.touches:
            table = self.project.table(name)
            out[name] = {k: table[k].to_dict() for k in scope.get(name, ()) if k in table}
        return out

    def _rollback(self, before: Snapshot, scoped: bool, keys: dict[str, set[str]] | None) -> None:
        """Undo a failed apply: put back what was copied, drop what it added."""
        if not scoped:
            self._restore_full(before)
            return
        for name, items in before.items():
            table = self.project.table(name)  # type: ignore[arg-type]
            for object_id in set(table) - keys[name] if keys is not None else ():
                del table[object_id]
            for object_id, data in items.items():
                self.project.restore(name, object_id, data)  # type: ignore[arg-type]

    def _restore(self, objects: Snapshot) -> None:
        for name, items in objects.items():
            actions: dict[str, list[str]] = {}
            for object_id, data in items.items():
                action = self.project.restore(name, object_id, data)  # type: ignore[arg-type]
                actions.setdefault(action, []).append(object_id)
            for action, ids in actions.items():
                self.project.notify(name, action, ids)

    def _restore_full(self, snapshot: Snapshot) -> None:
        for name, items in snapshot.items():
            table = self.project.table(name)  # type: ignore[arg-type]
            for object_id in [k for k in table if k not in items]:
                del table[object_id]
            for object_id, data in items.items():
                self.project.restore(name, object_id, data)  # type: ignore[arg-type]

    def _notify(self, objects: Snapshot) -> None:
        for name, items in objects.items():
            by_action: dict[str, list[str]] = {}
            for object_id, data in items.items():
                if data is None:
                    by_action.setdefault("removed", []).append(object_id)
                elif self._before is not None and object_id in self._before.get(name, {}) \
                        and self._before[name][object_id] is None:
                    by_action.setdefault("added", []).append(object_id)
                else:
                    by_action.setdefault("changed", []).append(object_id)
            for action, ids in by_action.items():
                self.project.notify(name, action, ids)

    def event(self, event_id: str) -> Event:
        try:
            return self.project.events[event_id]
        except KeyError:
            raise CommandError(f"no event {event_id!r}") from None


def _diff(this: Snapshot, other: Snapshot) -> Snapshot:
    """The objects of ``this`` that differ from ``other`` (None where ``this`` lacks one)."""
    out: Snapshot = {}
    for name in this:
        mine, theirs = this[name], other.get(name, {})
        changed: dict[str, Any] = {}
        for key in mine.keys() | theirs.keys():
            if mine.get(key) != theirs.get(key):
                changed[key] = mine.get(key)
        if changed:
            out[name] = changed
    return out


def _with_dependents(project: Project, event_id: str) -> dict[str, set[str]]:
    """Scope of a command that moves ``event_id``: it and everything anchored to it."""
    return {"events": {event_id, *dependents(project.events, event_id)}}


class UndoStack:
    """A linear history of commands: push executes, undo/redo walk back and forth."""

    def __init__(self) -> None:
        self._commands: list[Command] = []
        self._index = 0
        self._clean_index: int | None = 0
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def push(self, command: Command) -> Command:
        """Do ``command`` and record it; a refused command raises and is not recorded."""
        command.do()
        del self._commands[self._index:]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        self._commands.append(command)
        self._index += 1
        self._changed()
        return command

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_text(self) -> str:
        return self._commands[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self._commands[self._index].text if self.can_redo else ""

    def undo(self) -> None:
        if not self.can_undo:
            raise CommandError("nothing to undo")
        self._index -= 1
        self._commands[self._index].undo()
        self._changed()

    def redo(self) -> None:
        if not self.can_redo:
            raise CommandError("nothing to redo")
        self._commands[self._index].do()
        self._index += 1
        self._changed()

    @property
    def is_clean(self) -> bool:
        return self._clean_index == self._index

    def set_clean(self) -> None:
        self._clean_index = self._index
        self._changed()

    def __len__(self) -> int:
        return len(self._commands)


# events ---------------------------------------------------------------------------------
class AddEvent(Command):
    """Add ``event``; an empty id gets a fresh one (read it back from ``event.id``)."""

    text = "Add event"

    def __init__(self, project: Project, event: Event) -> None:
        super().__init__(project)
        self.new_event = event

    def validate(self) -> None:
        if self.new_event.id and self.new_event.id in self.project.events:
            raise CommandError(f"an event {self.new_event.id!r} already exists")

    def scope(self) -> dict[str, set[str]] | None:
        return {"events": set()}

    def apply(self) -> None:
        if not self.new_event.id:
            self.new_event.id = self.project.new_id("events")
        if not self.new_event.sequence:
            self.new_event.sequence = max((e.sequence for e in self.project.events.values()), default=0) + 1
        self.project.put("events", Event.from_dict(self.new_event.to_dict()), notify=False)


class DeleteEvents(Command):
    """Delete events; events anchored to them keep their current time but lose the link."""

    text = "Delete events"

    def __init__(self, project: Project, event_ids: list[str]) -> None:
        super().__init__(project)
        self.event_ids = list(event_ids)

    def validate(self) -> None:
        for event_id in self.event_ids:
            self.event(event_id)

    def scope(self) -> dict[str, set[str]] | None:
        gone = set(self.event_ids)
        anchored = {e.id for e in self.project.events.values()
                    if e.depends_on is not None and e.depends_on.anchor_id in gone}
        placed = {s.id for s in self.project.statements.values() if s.placed_event_id in gone}
        return {"events": gone | anchored, "statements": placed}

    def apply(self) -> None:
        for event_id in self.event_ids:
            self.project.remove("events", event_id, notify=False)
        for event in self.project.events.values():
            if event.depends_on is not None and event.depends_on.anchor_id in self.event_ids:
                event.notes = (event.notes + "\n" if event.notes else "") + \
                    f"Was {event.depends_on.describe()} (deleted)."
                event.depends_on = None
        for statement in self.project.statements.values():
            if statement.placed_event_id in self.event_ids:
                statement.placed_event_id = None

    touches = ("events", "statements")


class DuplicateEvent(Command):
    text = "Duplicate event"

    def __init__(self, project: Project, event_id: str) -> None:
        super().__init__(project)
        self.event_id = event_id
        self.new_id: str | None = None

    def validate(self) -> None:
        self.event(self.event_id)

    def scope(self) -> dict[str, set[str]] | None:
        return {"events": set()}

    def apply(self) -> None:
        copy = Event.from_dict(self.event(self.event_id).to_dict())
        copy.id = self.new_id or self.project.new_id("events")
        self.new_id = copy.id
        copy.title = f"{copy.title} (copy)"
        self.project.put("events", copy, notify=False)


class MergeEvents(Command):
    """Merge events into the first one: every source kept, disagreeing dates become a conflict.

    Events anchored to a merged-away event are re-anchored to the survivor.
    """

    text = "Merge events"

    def __init__(self, project: Project, event_ids: list[str]) -> None:
        super().__init__(project)
        self.event_ids = list(dict.fromkeys(event_ids))

    def validate(self) -> None:
        if len(self.event_ids) < 2:
            raise CommandError("merging needs at least two events")
        for event_id in self.event_ids:
            self.event(event_id)

    def scope(self) -> dict[str, set[str]] | None:
        ids = set(self.event_ids)
        moved = ids | dependents_of_all(self.project.events, ids)
        placed = {s.id for s in self.project.statements.values() if s.placed_event_id in ids}
        return {"events": moved, "statements": placed}

    def apply(self) -> None:
        merge_into(self.project, self.event_ids[0], self.event_ids[1:])


def _date_anchored_sources(event: Event) -> None:
    """Give ``event``'s undated sources (those told as an offset from another event) the
    date the anchor gives it now, so they stay candidates once the link is dropped."""
    if event.interval is None or is_length(event.value):
        return  # "hours after the explosion" is no date to weigh against one told outright
    for source in event.sources:
        if source.interval is None:
            source.value, source.interval, source.grain = event.value, event.interval, event.grain


def merge_into(project: Project, survivor_id: str, others: list[str]) -> Event:
    """Fold ``others`` into ``survivor_id`` (the primitive behind :class:`MergeEvents`).

    Also used by the pipeline's deduplication, so both merge the same way. An anchor link
    ("three days after the fighting") carries over when nothing else dates the survivor or
    the dates agree; when a date told outright disagrees with the counted one, the link is
    dropped and the counted date kept as its sources' candidate, so the disagreement shows
    as a conflict instead of the anchor silently winning.
    """
    survivor = project.events[survivor_id]
    for other_id in others:
        other = project.events.pop(other_id)
        keys = {(s.document_id, s.start, s.expression_start) for s in survivor.sources}
        survivor.sources.extend(s for s in other.sources if (s.document_id, s.start, s.expression_start) not in keys)
        survivor.tags.extend(t for t in other.tags if t not in survivor.tags)
        if other.notes and other.notes not in survivor.notes:
            survivor.notes = f"{survivor.notes}\n{other.notes}".strip()
        survivor.is_starred = survivor.is_starred or other.is_starred
        survivor.is_flagged = survivor.is_flagged or other.is_flagged
        survivor.category_id = survivor.category_id or other.category_id
        survivor.sequence = min(survivor.sequence, other.sequence)
        if other.depends_on is not None and other.depends_on.anchor_id != survivor_id and survivor.depends_on is None:
            if survivor.interval is None or survivor.value == other.value:
                survivor.depends_on = other.depends_on  # nothing else dates it, or the dates agree
            else:
                _date_anchored_sources(other)
        elif survivor.depends_on is not None and other.depends_on is None and other.interval is not None \
                and survivor.value != other.value:
            _date_anchored_sources(survivor)
            survivor.depends_on = None
        for event in project.events.values():
            if event.depends_on is not None and event.depends_on.anchor_id == other_id:
                event.depends_on = replace(event.depends_on, anchor_id=survivor_id)
        for statement in project.statements.values():
            if statement.placed_event_id == other_id:
                statement.placed_event_id = survivor_id
    if survivor.depends_on is not None and survivor.depends_on.anchor_id == survivor_id:
        survivor.depends_on = None
    if survivor.depends_on is None:
        derive_time(survivor)
    recompute_from(project.events, survivor_id)
    return survivor


MergeEvents.touches = ("events", "statements")


class SplitEvent(Command):
    """Move some sources of an event (by index) into a new event of their own."""

    text = "Split event"

    def __init__(self, project: Project, event_id: str, source_indexes: list[int], title: str | None = None) -> None:
        super().__init__(project)
        self.event_id = event_id
        self.source_indexes = sorted(set(source_indexes))
        self.title = title
        self.new_id: str | None = None

    def validate(self) -> None:
        event = self.event(self.event_id)
        if not self.source_indexes or any(i < 0 or i >= len(event.sources) for i in self.source_indexes):
            raise CommandError("choose sources of the event to split off")
        if len(self.source_indexes) == len(event.sources):
            raise CommandError("cannot split off every source: at least one must stay")

    def scope(self) -> dict[str, set[str]] | None:
        return _with_dependents(self.project, self.event_id)

    def apply(self) -> None:
        event = self.event(self.event_id)
        moved = [event.sources[i] for i in self.source_indexes]
        event.sources = [s for i, s in enumerate(event.sources) if i not in self.source_indexes]
        new = Event(id=self.new_id or self.project.new_id("events"), title=self.title or event.title,
                    sentence=moved[0].sentence, sources=moved, grain=moved[0].grain,
                    category_id=event.category_id, sequence=event.sequence)
        self.new_id = new.id
        derive_time(new)
        if new.interval is None:
            new.value, new.interval, new.grain, new.kind = event.value, event.interval, event.grain, event.kind
        derive_time(event)
        self.project.put("events", new, notify=False)
        recompute_from(self.project.events, event.id)


class EditEvent(Command):
    """Set plain fields of an event (title, notes, tags, category, flags)."""

    text = "Edit event"
    fields: tuple[str, ...] = ("title", "notes", "tags", "category_id", "is_starred", "is_flagged",
                               "is_locked", "confidence", "sentence")

    def __init__(self, project: Project, event_id: str, **changes: Any) -> None:
        super().__init__(project)
        self.event_id = event_id
        self.changes = changes

    def validate(self) -> None:
        self.event(self.event_id)
        unknown = set(self.changes) - set(self.fields)
        if unknown:
            raise CommandError(f"cannot edit {', '.join(sorted(unknown))} this way")
        category = self.changes.get("category_id")
        if category is not None and category not in self.project.categories:
            raise CommandError(f"no category {category!r}")

    def scope(self) -> dict[str, set[str]] | None:
        return {"events": {self.event_id}}

    def apply(self) -> None:
        event = self.event(self.event_id)
        for name, value in self.changes.items():
            setattr(event, name, list(value) if name == "tags" else value)


class RenameEvent(EditEvent):
    text = "Rename event"

    def __init__(self, project: Project, event_id: str, title: str) -> None:
        super().__init__(project, event_id, title=title.strip())

    def validate(self) -> None:
        super().validate()
        if not self.changes["title"]:
            raise CommandError("an event needs a title")


class EditNotes(EditEvent):
    text = "Edit notes"

    def __init__(self, project: Project, event_id: str, notes: str) -> None:
        super().__init__(project, event_id, notes=notes)


class SetTags(EditEvent):
    text = "Edit tags"

    def __init__(self, project: Project, event_id: str, tags: list[str]) -> None:
        super().__init__(project, event_id, tags=list(dict.fromkeys(t.strip() for t in tags if t.strip())))


class SetCategory(EditEvent):
    text = "Set category"

    def __init__(self, project: Project, event_id: str, category_id: str | None) -> None:
        super().__init__(project, event_id, category_id=category_id)


class SetLocked(EditEvent):
    text = "Lock event"

    def __init__(self, project: Project, event_id: str, is_locked: bool = True) -> None:
        super().__init__(project, event_id, is_locked=is_locked)
        self.text = "Lock event" if is_locked else "Unlock event"


class SetStarred(EditEvent):
    text = "Star event"

    def __init__(self, project: Project, event_id: str, is_starred: bool = True) -> None:
        super().__init__(project, event_id, is_starred=is_starred)


class SetFlagged(EditEvent):
    text = "Flag event"

    def __init__(self, project: Project, event_id: str, is_flagged: bool = True) -> None:
        super().__init__(project, event_id, is_flagged=is_flagged)


class SetEventTime(Command):
    """The user sets an event's date or interval by hand: it is pinned, dependents follow.

    ``value`` defaults to the TimeML value of ``interval`` at ``grain``. A hand-edited
    event keeps its link to an anchor (for the record) but no longer moves with it.
    """

    text = "Edit date"

    def __init__(self, project: Project, event_id: str, interval: Interval | None, grain: Grain | None = Grain.DAY,
                 value: str | None = None, kind: EventKind | None = None) -> None:
        super().__init__(project)
        self.event_id, self.interval, self.grain, self.value, self.kind = event_id, interval, grain, value, kind

    def validate(self) -> None:
        self.event(self.event_id)

    def scope(self) -> dict[str, set[str]] | None:
        return _with_dependents(self.project, self.event_id)

    def apply(self) -> None:
        event = self.event(self.event_id)
        event.interval, event.grain = self.interval, self.grain
        event.value = self.value or (value_for(self.interval, self.grain) if self.interval else None)
        if self.kind is not None:
            event.kind = self.kind
        elif self.interval is not None:
            event.kind = EventKind.POINT if self.interval.duration.days <= 1 else EventKind.PERIOD
        event.is_hand_edited = True
        event.explanation = "set by hand"
        recompute_from(self.project.events, self.event_id)


class ResolveConflict(Command):
    """Choose one candidate date of a conflicting event, with the analyst's reason."""

    text = "Resolve conflict"

    def __init__(self, project: Project, event_id: str, candidate: int, reason: str = "") -> None:
        super().__init__(project)
        self.event_id, self.candidate, self.reason = event_id, candidate, reason

    def validate(self) -> None:
        event = self.event(self.event_id)
        if event.conflict is None:
            raise CommandError(f"event {self.event_id} has no conflicting dates")
        if not 0 <= self.candidate < len(event.conflict.candidates):
            raise CommandError(f"no candidate {self.candidate} for event {self.event_id}")

    def scope(self) -> dict[str, set[str]] | None:
        return _with_dependents(self.project, self.event_id)

    def apply(self) -> None:
        event = self.event(self.event_id)
        assert event.conflict is not None
        event.conflict.decision, event.conflict.reason = self.candidate, self.reason
        chosen = event.conflict.candidates[self.candidate]
        event.value, event.interval, event.grain = chosen.value, chosen.interval, chosen.grain
        if chosen.interval is not None:
            event.kind = EventKind.POINT if chosen.interval.duration.days <= 1 else EventKind.PERIOD
        recompute_from(self.project.events, self.event_id)


class AnchorEvent(Command):
    """Make an event's date depend on another's ("two days after ..."); cycles are refused."""

    text = "Anchor event"

    def __init__(self, project: Project, event_id: str, dependency: Dependency | None) -> None:
        super().__init__(project)
        self.event_id, self.dependency = event_id, dependency
        if dependency is None:
            self.text = "Remove anchor"

    def validate(self) -> None:
        self.event(self.event_id)
        if self.dependency is not None:
            self.event(self.dependency.anchor_id)
            try:
                check_no_cycle(self.project.events, self.event_id, self.dependency.anchor_id)
            except CycleError as exc:
                raise CommandError(str(exc)) from None

    def scope(self) -> dict[str, set[str]] | None:
        return _with_dependents(self.project, self.event_id)

    def apply(self) -> None:
        event = self.event(self.event_id)
        event.depends_on = self.dependency
        if self.dependency is not None:
            event.is_hand_edited = False
            if self.dependency.signal == "since" and event.sources:
                # "since <event>": a period from the anchor until the day its article speaks from
                event.interval = report_day(self.project, event.sources[0].document_id) or event.interval
            resolve(event, self.project.events)
        recompute_from(self.project.events, self.event_id)


class PlaceStatement(Command):
    """Turn an undated statement into an event at a time the user chose."""

    text = "Place statement"
    touches = ("events", "statements")

    def __init__(self, project: Project, statement_id: str, interval: Interval, grain: Grain = Grain.DAY,
                 title: str | None = None) -> None:
        super().__init__(project)
        self.statement_id, self.interval, self.grain, self.title = statement_id, interval, grain, title
        self.new_id: str | None = None

    def validate(self) -> None:
        statement = self.project.statements.get(self.statement_id)
        if statement is None:
            raise CommandError(f"no undated statement {self.statement_id!r}")
        if statement.placed_event_id is not None:
            raise CommandError(f"statement {self.statement_id} is already on the timeline")

    def scope(self) -> dict[str, set[str]] | None:
        return {"events": set(), "statements": {self.statement_id}}

    def apply(self) -> None:
        statement = self.project.statements[self.statement_id]
        event = Event(
            id=self.new_id or self.project.new_id("events"),
            title=self.title or statement.sentence[:60],
            sentence=statement.sentence,
            sources=[Source(statement.document_id, statement.sentence, statement.start, statement.end,
                            explanation="placed by hand")],
            value=value_for(self.interval, self.grain), interval=self.interval, grain=self.grain,
            kind=EventKind.POINT if self.interval.duration.days <= 1 else EventKind.PERIOD,
            is_hand_edited=True, explanation="placed by hand",
            sequence=max((e.sequence for e in self.project.events.values()), default=0) + 1,
        )
        self.new_id = event.id
        self.project.put("events", event, notify=False)
        statement.placed_event_id = event.id


# categories and eras --------------------------------------------------------------------------
class AddCategory(Command):
    text = "Add category"
    touches = ("categories",)

    def __init__(self, project: Project, name: str, colour: str = "#808080") -> None:
        super().__init__(project)
        self.name, self.colour = name.strip(), colour
        self.new_id: str | None = None

    def validate(self) -> None:
        if not self.name:
            raise CommandError("a category needs a name")
        if any(c.name == self.name for c in self.project.categories.values()):
            raise CommandError(f"a category {self.name!r} already exists")

    def apply(self) -> None:
        category = Category(self.new_id or self.project.new_id("categories"), self.name, self.colour)
        self.new_id = category.id
        self.project.put("categories", category, notify=False)


class EditCategory(Command):
    text = "Edit category"
    touches = ("categories",)

    def __init__(self, project: Project, category_id: str, name: str | None = None, colour: str | None = None) -> None:
        super().__init__(project)
        self.category_id, self.name, self.colour = category_id, name, colour

    def validate(self) -> None:
        if self.category_id not in self.project.categories:
            raise CommandError(f"no category {self.category_id!r}")

    def apply(self) -> None:
        category = self.project.categories[self.category_id]
        category.name = self.name if self.name is not None else category.name
        category.colour = self.colour if self.colour is not None else category.colour


class DeleteCategory(Command):
    """Delete a category; its events become uncategorised."""

    text = "Delete category"
    touches = ("categories", "events")

    def __init__(self, project: Project, category_id: str) -> None:
        super().__init__(project)
        self.category_id = category_id

    def validate(self) -> None:
        if self.category_id not in self.project.categories:
            raise CommandError(f"no category {self.category_id!r}")

    adds_or_removes = False  # the one removal is in the scope

    def scope(self) -> dict[str, set[str]] | None:
        return {"categories": {self.category_id},
                "events": {e.id for e in self.project.events.values() if e.category_id == self.category_id}}

    def apply(self) -> None:
        del self.project.categories[self.category_id]
        for event in self.project.events.values():
            if event.category_id == self.category_id:
                event.category_id = None


class AddEra(Command):
    text = "Add era"
    touches = ("eras",)

    def __init__(self, project: Project, name: str, start: datetime, end: datetime, colour: str = "#d0d0d0") -> None:
        super().__init__(project)
        self.name, self.start, self.end, self.colour = name.strip(), start, end, colour
        self.new_id: str | None = None

    def validate(self) -> None:
        if not self.name:
            raise CommandError("an era needs a name")
        if self.end < self.start:
            raise CommandError(f"era {self.name!r} ends before it starts")

    def apply(self) -> None:
        era = Era(self.new_id or self.project.new_id("eras"), self.name, self.start, self.end, self.colour)
        self.new_id = era.id
        self.project.put("eras", era, notify=False)


class DeleteEra(Command):
    text = "Delete era"
    touches = ("eras",)

    def __init__(self, project: Project, era_id: str) -> None:
        super().__init__(project)
        self.era_id = era_id

    def validate(self) -> None:
        if self.era_id not in self.project.eras:
            raise CommandError(f"no era {self.era_id!r}")

    def apply(self) -> None:
        del self.project.eras[self.era_id]


# documents ----------------------------------------------------------------------------------
class ChangePublicationDate(Command):
    """Set (or correct) a document's publication date: its dates are resolved again.

    The new date counts as given by the user, which also clears the "estimated" mark.
    ``tag`` is the temporal engine (injected so tests and the GUI can share one).
    """

    text = "Change publication date"
    touches = ("documents", "mentions", "events")

    def __init__(self, project: Project, document_id: str, published: datetime, zone: str | None = None,
                 has_time: bool = False, tag: Tagger | None = None) -> None:
        super().__init__(project)
        self.document_id, self.published, self.zone, self.has_time, self.tag = \
            document_id, published, zone, has_time, tag

    adds_or_removes = False

    def validate(self) -> None:
        if self.document_id not in self.project.documents:
            raise CommandError(f"no document {self.document_id!r}")

    def scope(self) -> dict[str, set[str]] | None:
        """The document, its mentions, the events it reports and what is anchored to them."""
        reported = {event.id for event in self.project.events_of(self.document_id)}
        moved = reported | dependents_of_all(self.project.events, reported)
        return {"documents": {self.document_id},
                "mentions": {m.id for m in self.project.mentions_of(self.document_id)},
                "events": moved}

    def apply(self) -> None:
        document = self.project.documents[self.document_id]
        document.published, document.zone, document.has_time = self.published, self.zone, self.has_time
        document.published_source = PublicationSource.GIVEN
        reresolve_document(self.project, self.document_id, self.tag)


class ConfirmPublicationDate(Command):
    """The user accepts an estimated publication date as it is."""

    text = "Confirm publication date"
    touches = ("documents",)

    def __init__(self, project: Project, document_id: str) -> None:
        super().__init__(project)
        self.document_id = document_id

    def validate(self) -> None:
        document = self.project.documents.get(self.document_id)
        if document is None:
            raise CommandError(f"no document {self.document_id!r}")
        if document.published is None:
            raise CommandError(f"document {self.document_id} has no date to confirm")

    adds_or_removes = False

    def scope(self) -> dict[str, set[str]] | None:
        return {"documents": {self.document_id}}

    def apply(self) -> None:
        document = self.project.documents[self.document_id]
        if document.published_source is PublicationSource.ESTIMATED and document.estimate is not None:
            document.estimate = Estimate([*document.estimate.reasons, "confirmed by the user"],
                                         document.estimate.confidence)
        document.published_source = PublicationSource.GIVEN


class EditDocument(Command):
    """Edit a document's descriptive fields (title, source name, URL)."""

    text = "Edit document"
    touches = ("documents",)
    fields = ("title", "source_name", "url", "path")

    def __init__(self, project: Project, document_id: str, **changes: Any) -> None:
        super().__init__(project)
        self.document_id, self.changes = document_id, changes

    def validate(self) -> None:
        if self.document_id not in self.project.documents:
            raise CommandError(f"no document {self.document_id!r}")
        unknown = set(self.changes) - set(self.fields)
        if unknown:
            raise CommandError(f"cannot edit {', '.join(sorted(unknown))} this way")

    adds_or_removes = False

    def scope(self) -> dict[str, set[str]] | None:
        return {"documents": {self.document_id}}

    def apply(self) -> None:
        document = self.project.documents[self.document_id]
        for name, value in self.changes.items():
            setattr(document, name, value)
