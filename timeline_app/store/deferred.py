"""The mentions of an opened project, kept as rows in memory and built on first use.

Mentions are a third of the rows of a big project (100,000 at analyst scale) and, until
the user reads a document or re-resolves one, the least needed: the timeline, the table
and the inspector show events. Fetching and building them was a fifth of opening such a
project, so :func:`~timeline_app.store.load_project` copies their table into an
in-memory database (in SQLite, beside its own reading) and hands the project a
:class:`StoredMentions` over it (:meth:`Project.defer_mentions`) instead:

* a document's mentions (the source view) are one indexed query, built on request;
* the first use of ``project.mentions`` builds them all, reusing those already built,
  so every mention stays one object;
* saving a project whose mentions were never needed copies their rows as they are, in
  SQLite (:meth:`StoredMentions.copy_into`), which costs less than building them.

The rows were checked when the file was opened (:func:`damage_query`); what only
building can find (a date that does not parse) raises :class:`DamagedMentions`.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path

from timeline_app.core import Mention
from timeline_app.core.allocation import collector_paused
from timeline_app.store.rows import Row, SharedStrings, by_position, mention_from_row
from timeline_app.temporal.model import Grain


def damage_query(schema: str) -> str:
    """A query for a mention row of ``schema`` that cannot be built: a text that is not in
    ``texts``, an unknown grain, an offset that is not JSON (one row: damaged). Opening
    runs it beside the integrity check, since the rows are not built then."""
    grains = ", ".join(repr(g.name) for g in Grain)
    return (f"SELECT id FROM {schema}.mentions WHERE text_id NOT IN (SELECT id FROM {schema}.texts) "
            f"OR explanation_id NOT IN (SELECT id FROM {schema}.texts) "
            f"OR (grain IS NOT NULL AND grain NOT IN ({grains})) "
            f"OR (\"offset\" IS NOT NULL AND NOT json_valid(\"offset\")) LIMIT 1")


class DamagedMentions(ValueError):
    """A stored mention that cannot be built (found on first use, after opening)."""


class StoredMentions:
    """The mentions table of an opened file, built into :class:`Mention` objects on demand.

    Owns ``db`` (an in-memory database holding the file's mentions table, made when it was
    opened; closed once every mention is built) and keeps the load's ``strings``, so that
    deferred mentions share strings with the events. Thread-safe: a lock serialises use
    of the connection, which is opened with ``check_same_thread=False``.
    """

    def __init__(self, db: sqlite3.Connection, strings: SharedStrings, origin: str) -> None:
        self._db: sqlite3.Connection | None = db
        self._strings = strings
        self._origin = origin
        self._built: dict[str, Mention] = {}
        self._handed: dict[str, Mention] | None = None  # every mention, once built: the project's
        self._lock = threading.RLock()

    def _build(self, row: Row) -> Mention:
        mention = self._built.get(row[0])
        if mention is None:
            try:
                mention = self._built[row[0]] = mention_from_row(row, self._strings)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise DamagedMentions(f"{self._origin}: the project file is damaged (mention {row[0]}: "
                                      f"{type(exc).__name__}: {exc})") from None
        return mention

    def mentions_of(self, document_id: str) -> list[Mention]:
        with self._lock:
            if self._handed is not None:  # a thread asked just as another one built them all
                return sorted((m for m in self._handed.values() if m.document_id == document_id),
                              key=attrgetter("start"))
            assert self._db is not None
            rows = self._db.execute("SELECT * FROM mentions WHERE document_id = ? ORDER BY start, position",
                                    (document_id,)).fetchall()
            return [self._build(row) for row in rows]

    def all_mentions(self) -> dict[str, Mention]:
        """Every mention (the same dict if asked again: two threads may both have asked)."""
        with self._lock:
            if self._handed is None:
                assert self._db is not None
                with collector_paused():
                    self._handed = by_position(self._db, "mentions", self._build)
                self._db.close()
                self._db = None
                self._built = {}
            return self._handed

    @contextmanager
    def kept(self) -> Iterator[bool]:
        """Keep the mentions here for the block (nothing builds them meanwhile); True if they
        still are here, so that :meth:`copy_into` can be used."""
        with self._lock:
            yield self._handed is None

    @property
    def texts(self) -> dict[int, str]:
        """The file's ``texts`` by id, which the rows refer to (a save must keep their numbers)."""
        return self._strings.texts

    def copy_into(self, path: Path) -> None:
        """Insert these rows as they are into the ``mentions`` table of the database at
        ``path``, whose ``texts`` keep the numbers of :attr:`texts`: in SQLite, so saving a
        project whose mentions were never needed costs less than building them would."""
        with self._lock:
            if self._db is None:
                raise RuntimeError("the stored mentions were handed over")
            self._db.execute("ATTACH DATABASE ? AS target", (str(path),))
            try:
                self._db.execute("PRAGMA target.journal_mode = OFF")
                self._db.execute("PRAGMA target.synchronous = OFF")
                self._db.execute("BEGIN")
                try:
                    self._db.execute("INSERT INTO target.mentions SELECT * FROM main.mentions ORDER BY rowid")
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            finally:
                self._db.execute("DETACH DATABASE target")
