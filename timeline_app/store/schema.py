"""The tables of a ``.tlproj`` file (SQLite) at the current schema version.

Events, their sources and mentions -- the objects there are 100,000 of in an analyst's
project -- have one column per field and are read and written by :mod:`.rows` without going
through ``to_dict``/``from_dict`` (which cost more than a second at that scale). A test
checks that every field of those dataclasses has its column, so a field added to the
core fails the suite instead of being silently dropped. The other objects (documents,
statements, dependencies, conflicts) keep a few columns to query on plus a
``data`` column holding their ``to_dict`` form as JSON. Either way the file is a real
database one can query (``select title from events where interval_start >= '2020-03'``).

Times are ISO 8601 text (``2020-03-12T00:00:00``; half-open intervals as in the model),
grains the ``Grain`` member name, tags a JSON list.

Long strings that repeat are stored once, in ``texts`` (schema 3): an event's sentence
and explanation, a source's sentence, expression and explanation, and a mention's text
and explanation are integer ids into it (``sentence_id``, ...). An event and its first
source quote the same sentence, a merged event's sources often do too, and expressions
and explanations ("weekday of the publication date") recur thousands of times, so at
100,000 events this makes the file much smaller and lets opening build each distinct
string once. Query with a join:
``select e.title, t.text from events e join texts t on t.id = e.sentence_id``.

Large values get their own tables: a document's full text lives in ``document_texts``
so that listing documents never reads megabytes of text, and an event's sources,
dependency and conflict are rows of their own (one row per source, in order).

``PRAGMA application_id`` marks the file as ours (so a foreign SQLite database renamed
``.tlproj`` is told apart) and ``PRAGMA user_version`` carries the schema version.
Indexes are created after the rows are inserted, which is faster for a full save.
"""
from __future__ import annotations

#: The version this code writes; older files are migrated (:mod:`.migrations`) on open.
SCHEMA_VERSION = 3

#: "TLPR": marks a SQLite file as a timeline project.
APPLICATION_ID = 0x544C5052

FORMAT_NAME = "timeline-project"

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, published TEXT,
    data TEXT NOT NULL);
CREATE TABLE document_texts (document_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE mentions (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, document_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, value TEXT NOT NULL, text_id INTEGER NOT NULL,
    type TEXT NOT NULL, mod TEXT, interval_start TEXT, interval_end TEXT, grain TEXT, anchor TEXT,
    explanation_id INTEGER NOT NULL, tense TEXT, "offset" TEXT, rule TEXT NOT NULL);
CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE events (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, sentence_id INTEGER NOT NULL,
    value TEXT, interval_start TEXT, interval_end TEXT, grain TEXT, kind TEXT NOT NULL,
    category_id TEXT, tags TEXT, notes TEXT NOT NULL, is_starred INTEGER NOT NULL,
    is_flagged INTEGER NOT NULL, is_locked INTEGER NOT NULL, is_hand_edited INTEGER NOT NULL,
    confidence REAL NOT NULL, sequence INTEGER NOT NULL, explanation_id INTEGER NOT NULL);
CREATE TABLE sources (
    event_id TEXT NOT NULL, position INTEGER NOT NULL, document_id TEXT NOT NULL,
    sentence_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    expression_id INTEGER NOT NULL, explanation_id INTEGER NOT NULL, expression_start INTEGER,
    expression_end INTEGER, mention_id TEXT, value TEXT, interval_start TEXT, interval_end TEXT,
    grain TEXT, PRIMARY KEY (event_id, position)) WITHOUT ROWID;
CREATE TABLE dependencies (event_id TEXT PRIMARY KEY, anchor_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE conflicts (
    event_id TEXT PRIMARY KEY, decision INTEGER, reason TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE categories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    colour TEXT NOT NULL);
CREATE TABLE eras (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    start TEXT NOT NULL, "end" TEXT NOT NULL, colour TEXT NOT NULL);
CREATE TABLE statements (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, document_id TEXT NOT NULL,
    placed_event_id TEXT, data TEXT NOT NULL);
CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

INDEXES = """
CREATE INDEX mentions_by_document ON mentions(document_id, start);
CREATE INDEX events_by_time ON events(interval_start, interval_end);
CREATE INDEX dependencies_by_anchor ON dependencies(anchor_id);
CREATE INDEX statements_by_document ON statements(document_id);
CREATE INDEX sources_by_document ON sources(document_id);
"""
