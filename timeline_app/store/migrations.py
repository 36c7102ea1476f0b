"""Registered steps that bring an older project file up to :data:`SCHEMA_VERSION`.

Following Picard's ``config_upgrade.py``: each step upgrades from exactly one version to
the next, is registered under the version it starts from, and is tested on a fixture
file written by that older version (``tests/store/fixtures/``). A file is migrated in
memory when it is opened (:func:`timeline_app.store.load_project`): the file on disk is
only rewritten, at the new version, when the user saves, so opening never damages it.

To change the schema: bump ``SCHEMA_VERSION`` in :mod:`.schema`, edit the DDL there,
add ``@step(N)`` here, and commit a fixture saved at version N with a test.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from timeline_app.store.schema import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

#: Step registered under N upgrades a version-N database to N+1.
STEPS: dict[int, Step] = {}


def step(from_version: int) -> Callable[[Step], Step]:
    """Register the decorated function as the migration from ``from_version`` to the next."""

    def register(function: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"two migrations from schema version {from_version}")
        STEPS[from_version] = function
        return function

    return register


@step(1)
def _add_view_state(db: sqlite3.Connection) -> None:
    """Version 2 saves the view state (zoom, selection, filters, columns) and indexes
    sources by document, which the "events of this document" view needs on big projects."""
    db.execute("CREATE TABLE view_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE INDEX sources_by_document ON sources(document_id)")


#: Schema 3's mentions, events and sources, written out here (not taken from :mod:`.schema`) so the
#: step keeps producing version 3 whatever later versions change.
_V3_MENTIONS = """CREATE TABLE mentions (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, document_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, value TEXT NOT NULL, text_id INTEGER NOT NULL,
    type TEXT NOT NULL, mod TEXT, interval_start TEXT, interval_end TEXT, grain TEXT, anchor TEXT,
    explanation_id INTEGER NOT NULL, tense TEXT, "offset" TEXT, rule TEXT NOT NULL)"""
_V3_EVENTS = """CREATE TABLE events (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, sentence_id INTEGER NOT NULL,
    value TEXT, interval_start TEXT, interval_end TEXT, grain TEXT, kind TEXT NOT NULL,
    category_id TEXT, tags TEXT, notes TEXT NOT NULL, is_starred INTEGER NOT NULL,
    is_flagged INTEGER NOT NULL, is_locked INTEGER NOT NULL, is_hand_edited INTEGER NOT NULL,
    confidence REAL NOT NULL, sequence INTEGER NOT NULL, explanation_id INTEGER NOT NULL)"""
_V3_SOURCES = """CREATE TABLE sources (
    event_id TEXT NOT NULL, position INTEGER NOT NULL, document_id TEXT NOT NULL,
    sentence_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    expression_id INTEGER NOT NULL, explanation_id INTEGER NOT NULL, expression_start INTEGER,
    expression_end INTEGER, mention_id TEXT, value TEXT, interval_start TEXT, interval_end TEXT,
    grain TEXT, PRIMARY KEY (event_id, position)) WITHOUT ROWID"""


@step(2)
def _texts_stored_once(db: sqlite3.Connection) -> None:
    """Version 3 keeps each distinct sentence, expression and explanation once, in ``texts``,
    and stores mentions column by column.

    Version 2 repeated those strings in every event, source and mention row (an event
    quotes the sentence of its first source), which made a 100,000-event file 156 MB and
    gave every copy its own string when opened, and kept each mention as JSON, whose
    parsing was the largest part of opening. Events, sources and mentions are rebuilt
    with integer ids in place of those columns; a mention's JSON is spread over columns
    the way ``Mention.from_dict`` read it; everything else is copied as it was.
    """
    db.execute("CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    db.execute("""INSERT INTO texts (text)
                  SELECT sentence FROM events UNION SELECT explanation FROM events
                  UNION SELECT sentence FROM sources UNION SELECT expression FROM sources
                  UNION SELECT explanation FROM sources
                  UNION SELECT coalesce(json_extract(data, '$.text'), '') FROM mentions
                  UNION SELECT coalesce(json_extract(data, '$.explanation'), '') FROM mentions""")
    db.execute("CREATE UNIQUE INDEX migration_texts ON texts(text)")

    def text_id(column: str) -> str:
        return f"(SELECT t.id FROM texts t WHERE t.text = {column})"

    db.execute("ALTER TABLE mentions RENAME TO mentions_v2")
    db.execute(_V3_MENTIONS)

    def field(name: str) -> str:
        return f"json_extract(data, '$.{name}')"

    db.execute(f"""INSERT INTO mentions SELECT id, position, document_id, start, "end",
                       coalesce({field('value')}, ''), {text_id(f"coalesce({field('text')}, '')")},
                       coalesce({field('type')}, 'DATE'), {field('mod')}, {field('interval_start')},
                       {field('interval_end')}, upper(replace({field('grain')}, ' ', '_')), {field('anchor')},
                       {text_id(f"coalesce({field('explanation')}, '')")}, {field('tense')},
                       CASE WHEN json_type(data, '$.offset') = 'object' THEN json_extract(data, '$.offset') END,
                       coalesce({field('rule')}, '')
                   FROM mentions_v2 ORDER BY position""")
    db.execute("DROP TABLE mentions_v2")
    db.execute("ALTER TABLE events RENAME TO events_v2")
    db.execute(_V3_EVENTS)
    db.execute(f"""INSERT INTO events SELECT id, position, title, {text_id('sentence')}, value, interval_start,
                       interval_end, grain, kind, category_id, tags, notes, is_starred, is_flagged, is_locked,
                       is_hand_edited, confidence, sequence, {text_id('explanation')}
                   FROM events_v2 ORDER BY position""")
    db.execute("DROP TABLE events_v2")
    db.execute("ALTER TABLE sources RENAME TO sources_v2")
    db.execute(_V3_SOURCES)
    db.execute(f"""INSERT INTO sources SELECT event_id, position, document_id, {text_id('sentence')}, start, "end",
                       {text_id('expression')}, {text_id('explanation')}, expression_start, expression_end,
                       mention_id, value, interval_start, interval_end, grain
                   FROM sources_v2""")
    db.execute("DROP TABLE sources_v2")
    db.execute("DROP INDEX migration_texts")
    db.execute("CREATE INDEX mentions_by_document ON mentions(document_id, start)")
    db.execute("CREATE INDEX events_by_time ON events(interval_start, interval_end)")
    db.execute("CREATE INDEX sources_by_document ON sources(document_id)")


def migrate(db: sqlite3.Connection, version: int) -> int:
    """Apply every step from ``version`` up to :data:`SCHEMA_VERSION` in one transaction.

    Returns the version reached. Raises ValueError when a step is missing (a gap in the
    registry is a programming error, caught by the tests).
    """
    if version == SCHEMA_VERSION:
        return version
    db.execute("BEGIN")
    try:
        while version < SCHEMA_VERSION:
            if version not in STEPS:
                raise ValueError(f"no migration from schema version {version}")
            STEPS[version](db)
            version += 1
        db.execute(f"PRAGMA user_version = {int(version)}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return version
