"""Events, sources and mentions as table rows, field by field, without the plain-dict detour.

At analyst scale (100,000 events) building and parsing a dict per object costs more
than the whole save budget, so these three classes are mapped straight to columns.
:data:`EVENT_COLUMNS`, :data:`SOURCE_COLUMNS` and :data:`MENTION_COLUMNS` name every
dataclass field that has a column; ``tests/store/test_rows.py`` fails when the core
grows a field that is missing here, so nothing is ever dropped silently. ``depends_on``
and ``conflict`` are rare and nested, and go to their own tables through
``to_dict``/``from_dict``.

Sentences, expressions, mention texts and explanations are ids into the ``texts`` table
(:class:`SaveCache` numbers them when saving). When opening, every string that recurs --
those texts, titles, values, document ids, tags -- is built once and shared
(:class:`SharedStrings`): the copies were most of the memory of a big project.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from operator import itemgetter
from typing import Any, TypeVar

from timeline_app.core import Event, EventKind, Mention, Source
from timeline_app.temporal.model import Grain, Interval, Offset

EVENT_COLUMNS = ("id", "position", "title", "sentence_id", "value", "interval_start", "interval_end", "grain",
                 "kind", "category_id", "tags", "notes", "is_starred", "is_flagged", "is_locked",
                 "is_hand_edited", "confidence", "sequence", "explanation_id")
SOURCE_COLUMNS = ("event_id", "position", "document_id", "sentence_id", "start", "end", "expression_id",
                  "explanation_id", "expression_start", "expression_end", "mention_id", "value",
                  "interval_start", "interval_end", "grain")
MENTION_COLUMNS = ("id", "position", "document_id", "start", "end", "value", "text_id", "type", "mod",
                   "interval_start", "interval_end", "grain", "anchor", "explanation_id", "tense", "offset", "rule")
#: Dataclass fields stored elsewhere than a column of the same name.
EVENT_ELSEWHERE = {"interval": ("interval_start", "interval_end"), "sources": "sources table",
                   "depends_on": "dependencies table", "conflict": "conflicts table",
                   "sentence": "sentence_id -> texts", "explanation": "explanation_id -> texts"}
SOURCE_ELSEWHERE = {"interval": ("interval_start", "interval_end"), "sentence": "sentence_id -> texts",
                    "expression": "expression_id -> texts", "explanation": "explanation_id -> texts"}
MENTION_ELSEWHERE = {"interval": ("interval_start", "interval_end"), "text": "text_id -> texts",
                     "explanation": "explanation_id -> texts"}

Row = tuple[Any, ...]
T = TypeVar("T")


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


#: Grain and kind by stored name: a dict lookup, where ``Grain[name]`` costs a call
#: into ``enum`` for every row (a KeyError still means a damaged file).
_GRAINS: dict[str | None, Grain | None] = {None: None, **{grain.name: grain for grain in Grain}}
_KINDS = {str(kind): kind for kind in EventKind}


class SaveCache:
    """What one save computes once and reuses across rows: text ids and interval bounds.

    Texts are numbered 1, 2, ... in the order first met (the ``texts`` table), after the
    ``kept`` ones, which keep their numbers (a save that copies rows referring to them as
    they are, :meth:`.deferred.StoredMentions.copy_into`). Bounds are kept per interval
    object: a loaded project shares one object among equal intervals, so most of the
    300,000 intervals of a big project are formatted once. Keys are ``id()``s, which is
    safe because the project keeps every interval alive for the duration of the save.
    """

    __slots__ = ("ids", "_rows", "_next", "_bounds")

    def __init__(self, kept: dict[int, str] | None = None) -> None:
        kept = kept or {}
        self.ids: dict[str, int] = {}
        for number, text in kept.items():
            self.ids.setdefault(text, number)
        self._rows: list[tuple[int, str]] = list(kept.items())
        self._next = max(kept, default=0) + 1
        self._bounds: dict[int, tuple[str | None, str | None]] = {id(None): (None, None)}

    def text_id(self, text: str) -> int:
        number = self.ids.get(text)
        if number is None:
            number = self.ids[text] = self._next
            self._rows.append((number, text))
            self._next += 1
        return number

    def bounds(self, interval: Interval | None) -> tuple[str | None, str | None]:
        found = self._bounds.get(id(interval))
        if found is None:
            assert interval is not None
            found = self._bounds[id(interval)] = (interval.start.isoformat(), interval.end.isoformat())
        return found

    def text_rows(self) -> list[tuple[int, str]]:
        return self._rows


class SharedStrings:
    """What a load needs to build each distinct string once: the ``texts`` table and a pool.

    Strings are immutable, so objects can share them; SQLite returns a fresh ``str`` for
    every cell, and at 100,000 events the copies of one title or value add up.
    ``share(s, s)`` gives the first string equal to ``s`` met in this load (it is the
    pool's ``setdefault``, called directly because a wrapper costs a call per cell).
    """

    __slots__ = ("texts", "share", "intervals")

    def __init__(self, texts: dict[int, str]) -> None:
        self.texts = texts
        pool: dict[Any, Any] = {}
        self.share: Callable[[Any, Any], Any] = pool.setdefault
        self.intervals: dict[tuple[str, str], Interval] = {}


def by_position(db: sqlite3.Connection, table: str, build: Callable[[Row], T]) -> dict[str, T]:
    """``build(row)`` for every row of ``table`` (events or mentions) by id, in ``position`` order.

    Rows are written in that order, so they are read by rowid and only reordered if their
    positions say so: ``ORDER BY position`` would sort them all in a temporary B-tree
    first (50 ms at 100,000). They are read one at a time, so that what is not kept of a
    row is freed at once rather than held in a list of every row.
    """
    built: dict[str, T] = {}
    positions: list[int] = []
    note = positions.append
    for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
        note(row[1])
        built[row[0]] = build(row)
    return _in_position_order(built, positions)


def _in_position_order(built: dict[str, T], positions: list[int]) -> dict[str, T]:
    """``built`` (made from rows read by rowid, ``positions`` theirs) in position order."""
    if positions == sorted(positions):
        return built
    items = list(built.items())
    return {key: value for _, (key, value) in sorted(zip(positions, items), key=itemgetter(0))}


def event_row(event: Event, position: int, cache: SaveCache) -> Row:
    text_id = cache.text_id
    start, end = cache.bounds(event.interval)
    return (event.id, position, event.title, text_id(event.sentence), event.value, start, end,
            event.grain.name if event.grain is not None else None, str(event.kind), event.category_id,
            json.dumps(event.tags, ensure_ascii=False) if event.tags else None, event.notes,
            int(event.is_starred), int(event.is_flagged), int(event.is_locked), int(event.is_hand_edited),
            float(event.confidence), int(event.sequence), text_id(event.explanation))


def read_events(db: sqlite3.Connection, strings: SharedStrings,
                sources: dict[str, list[Source]]) -> dict[str, Event]:
    """Every event by id, in ``position`` order, with its ``sources`` (from :func:`read_sources`).

    One loop with everything inlined, as in :func:`read_sources`, reading by rowid as
    :func:`by_position` does. Events are built positionally, in the order of Event's
    fields (keywords cost measurably more at 100,000 events); a tags list is parsed once
    per distinct list and copied for each event that has it.
    """
    texts, share, intervals = strings.texts, strings.share, strings.intervals
    grains, kinds, parse, loads = _GRAINS, _KINDS, datetime.fromisoformat, json.loads
    tag_lists: dict[str, list[str]] = {}
    sources_of = sources.get
    events: dict[str, Event] = {}
    positions: list[int] = []
    note = positions.append
    for (event_id, position, title, sentence_id, value, start, end, grain, kind, category_id, tags, notes,
         is_starred, is_flagged, is_locked, is_hand_edited, confidence, sequence, explanation_id) in db.execute(
            "SELECT * FROM events ORDER BY rowid"):
        note(position)
        if start is None or end is None:
            interval = None
        else:
            interval = intervals.get((start, end))
            if interval is None:
                interval = intervals[(start, end)] = Interval(parse(start), parse(end))
        if tags:
            tag_list = tag_lists.get(tags)
            if tag_list is None:
                tag_list = tag_lists[tags] = [share(tag, tag) for tag in loads(tags)]
            tag_list = tag_list.copy()
        else:
            tag_list = []
        events[event_id] = Event(event_id, share(title, title), texts[sentence_id], sources_of(event_id) or [],
                                 share(value, value), interval, grains[grain], kinds[kind], None, None, tag_list,
                                 share(notes, notes), share(category_id, category_id), is_starred != 0,
                                 is_flagged != 0, is_locked != 0, is_hand_edited != 0, confidence, sequence,
                                 texts[explanation_id])
    return _in_position_order(events, positions)


def source_row(event_id: str, position: int, source: Source, cache: SaveCache) -> Row:
    text_id = cache.text_id
    start, end = cache.bounds(source.interval)
    return (event_id, position, source.document_id, text_id(source.sentence), source.start, source.end,
            text_id(source.expression), text_id(source.explanation), source.expression_start,
            source.expression_end, source.mention_id, source.value, start, end,
            source.grain.name if source.grain is not None else None)


def read_sources(db: sqlite3.Connection, strings: SharedStrings) -> dict[str, list[Source]]:
    """Every event's sources, in order, by event id.

    One loop with everything inlined: it builds one object per source (110,000 at 100,000
    events), where a function call per row cost a tenth more. The table's primary key is
    ``(event_id, position)``, so the rows come grouped by event and in order without a sort.
    Mention ids are not shared: each is cited by about one source, so pooling them cost
    a tenth of the loop and saved nothing.
    """
    texts, share, intervals = strings.texts, strings.share, strings.intervals
    grains, parse = _GRAINS, datetime.fromisoformat
    sources: dict[str, list[Source]] = {}
    current: list[Source] = []
    last = None
    for (event_id, _position, document_id, sentence_id, start, end, expression_id, explanation_id, expression_start,
         expression_end, mention_id, value, interval_start, interval_end, grain) in db.execute(
            "SELECT * FROM sources ORDER BY event_id, position"):
        if interval_start is None or interval_end is None:
            interval = None
        else:
            interval = intervals.get((interval_start, interval_end))
            if interval is None:
                interval = intervals[(interval_start, interval_end)] = Interval(parse(interval_start),
                                                                                parse(interval_end))
        source = Source(share(document_id, document_id), texts[sentence_id], start, end, texts[expression_id],
                        texts[explanation_id], expression_start, expression_end, mention_id,
                        share(value, value), interval, grains[grain])
        if event_id != last:
            current = sources[event_id] = [source]
            last = event_id
        else:
            current.append(source)
    return sources


def mention_row(mention: Mention, position: int, cache: SaveCache) -> Row:
    """``offset`` is JSON (rare); like ``Mention.to_dict`` it leaves out ``anchor_timex``,
    an index into the engine's result list that means nothing once the mention is saved."""
    text_id = cache.text_id
    start, end = cache.bounds(mention.interval)
    offset = mention.offset
    return (mention.id, position, mention.document_id, mention.start, mention.end, mention.value,
            text_id(mention.text), mention.type, mention.mod, start, end,
            mention.grain.name if mention.grain is not None else None, mention.anchor,
            text_id(mention.explanation), mention.tense,
            None if offset is None else json.dumps({"duration": offset.duration, "direction": offset.direction,
                                                    "signal": offset.signal, "anchor_start": offset.anchor_start},
                                                   ensure_ascii=False, separators=(",", ":")),
            mention.rule)


def mention_from_row(row: Row, strings: SharedStrings) -> Mention:
    (mention_id, _position, document_id, start, end, value, text_id, kind, mod, interval_start, interval_end, grain,
     anchor, explanation_id, tense, offset, rule) = row
    texts, share = strings.texts, strings.share
    if offset is not None:
        data = json.loads(offset)
        offset = Offset(data.get("duration"), int(data.get("direction", 1)), str(data.get("signal", "")),
                        data.get("anchor_start"))
    return Mention(mention_id, share(document_id, document_id), start, end, texts[text_id], share(kind, kind),
                   share(value, value), share(mod, mod), _interval(interval_start, interval_end, strings.intervals),
                   _GRAINS[grain], share(anchor, anchor), texts[explanation_id], share(tense, tense), offset,
                   share(rule, rule))
