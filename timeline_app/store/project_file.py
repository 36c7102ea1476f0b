"""Saving a project to a ``.tlproj`` file and opening it again, exactly as it was.

Saving writes a complete new database beside the old file in one transaction with
``executemany`` and then renames it into place (:mod:`.atomic`), so the old project
survives any failure. The temporary database needs no rollback journal: if anything
goes wrong it is simply deleted.

Opening reads the file in place, read-only (so opening can never damage it), in one
read transaction: it checks that the file is ours and not from a newer version and
builds the model from it, except the mentions, which a companion thread copies into an
in-memory database to be built on first use (:mod:`.deferred`), while it also runs the
integrity check. An older file is first copied into memory through SQLite's backup API
and migrated there. Every failure becomes a :class:`ProjectFileError` with a one-line
message.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from timeline_app.core.allocation import collector_paused
from timeline_app.core import (Category, Conflict, Dependency, Document, Era, Event, Project,
                               UndatedStatement)
from timeline_app.store.atomic import write_atomically
from timeline_app.store.deferred import StoredMentions, damage_query
from timeline_app.store.migrations import migrate
from timeline_app.store.rows import (EVENT_COLUMNS, MENTION_COLUMNS, SOURCE_COLUMNS, Row, SaveCache, SharedStrings,
                                     event_row, mention_row, read_events,
                                     read_sources, source_row)
from timeline_app.store.schema import APPLICATION_ID, FORMAT_NAME, INDEXES, SCHEMA_VERSION, TABLES
from timeline_app.store.view import ViewState

SUFFIX = ".tlproj"
#: For file dialogs: ``QFileDialog.getSaveFileName(..., filter=FILE_FILTER)``.
FILE_FILTER = "Timeline projects (*.tlproj)"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectFileError(ValueError):
    """A project file that cannot be opened or saved; the message is one line for the user."""


class NewerVersionError(ProjectFileError):
    """The file was written by a newer version of the app; it is refused, never touched."""


@dataclass(slots=True)
class LoadedProject:
    """What opening a file gives: the model, the view state, and where the file came from.

    ``schema_version`` is the version the file was written at; ``is_migrated`` tells the
    GUI to say "this project will be saved in the new format".
    """

    project: Project
    view: ViewState = field(default_factory=ViewState)
    schema_version: int = SCHEMA_VERSION
    saved_by: str = ""

    @property
    def is_migrated(self) -> bool:
        return self.schema_version < SCHEMA_VERSION


def _app_version() -> str:
    try:
        return metadata.version("timeline-app")
    except metadata.PackageNotFoundError:
        return "unknown"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- saving -----------------------------------------------------------------------------

def save_project(project: Project, path: str | Path, view: ViewState | None = None) -> None:
    """Write ``project`` (and ``view``) to ``path`` atomically.

    Raises :class:`ProjectFileError` when the file cannot be written (no such folder,
    no permission, disk full); the previous file at ``path`` is then left as it was.
    """
    path = Path(path)
    try:
        with collector_paused():
            write_atomically(path, lambda temp: write_database(project, temp, view))
    except sqlite3.Error as exc:
        raise ProjectFileError(f"cannot save {path}: {_sqlite_reason(exc)}") from None
    except OSError as exc:
        raise ProjectFileError(f"cannot save {path}: {exc.strerror or exc}") from None


def _sqlite_reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "full" in text:
        return "the disk is full"
    if "I/O" in text:
        return f"{text} (is the disk full?)"
    return text


def write_database(project: Project, path: Path, view: ViewState | None = None) -> None:
    """Create a new project database at ``path`` (which must not exist).

    Mentions still deferred (:mod:`.deferred`) are copied in as they are, after the rest,
    and held where they are until then.
    """
    deferred = project.deferred_mentions
    stored = deferred if isinstance(deferred, StoredMentions) else None
    with stored.kept() if stored is not None else nullcontext(False) as still_stored:
        copying = stored if still_stored else None
        db = sqlite3.connect(path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("BEGIN")
            for statement in _statements(TABLES):
                db.execute(statement)
            _insert_all(db, project, view or ViewState(), copying)
            for statement in _statements(INDEXES):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        finally:
            db.close()
        if copying is not None:
            copying.copy_into(path)


def _statements(script: str) -> Iterator[str]:
    return (s.strip() for s in script.split(";") if s.strip())


def _insert_all(db: sqlite3.Connection, project: Project, view: ViewState,
                stored: StoredMentions | None = None) -> None:
    """Every row but, with ``stored``, the mentions, which it copies in afterwards (their
    texts keep their numbers)."""
    meta = {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "name": project.name,
            "counters": dict(project._counters), "saved_by": f"timeline-app {_app_version()}",
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    db.executemany("INSERT INTO meta VALUES (?, ?)", ((k, _json(v)) for k, v in meta.items()))
    db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", _document_rows(project.documents.values()))
    db.executemany("INSERT INTO document_texts VALUES (?, ?)",
                   ((d.id, d.text) for d in project.documents.values()))
    cache = SaveCache(stored.texts if stored is not None else None)
    if stored is None:
        db.executemany(f"INSERT INTO mentions VALUES ({', '.join('?' * len(MENTION_COLUMNS))})",
                       (mention_row(m, i, cache) for i, m in enumerate(project.mentions.values())))
    sources: list[Row] = []
    dependencies: list[tuple[str, str, str]] = []
    conflicts: list[tuple[str, int | None, str, str]] = []
    db.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(EVENT_COLUMNS))})",
                   _event_rows(project.events.values(), cache, sources, dependencies, conflicts))
    db.executemany(f"INSERT INTO sources VALUES ({', '.join('?' * len(SOURCE_COLUMNS))})", sources)
    db.executemany("INSERT INTO texts VALUES (?, ?)", cache.text_rows())
    db.executemany("INSERT INTO dependencies VALUES (?, ?, ?)", dependencies)
    db.executemany("INSERT INTO conflicts VALUES (?, ?, ?, ?)", conflicts)
    db.executemany("INSERT INTO categories VALUES (?, ?, ?, ?)",
                   ((c.id, i, c.name, c.colour) for i, c in enumerate(project.categories.values())))
    db.executemany("INSERT INTO eras VALUES (?, ?, ?, ?, ?, ?)", (
        (r["id"], i, r["name"], r["start"], r["end"], r["colour"])
        for i, r in enumerate(e.to_dict() for e in project.eras.values())))
    db.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?)", (
        (s.id, i, s.document_id, s.placed_event_id, _json(s.to_dict()))
        for i, s in enumerate(project.statements.values())))
    db.executemany("INSERT INTO view_state VALUES (?, ?)", ((k, _json(v)) for k, v in view.to_dict().items()))


def _document_rows(documents: Iterable[Document]) -> Iterator[tuple[Any, ...]]:
    for position, document in enumerate(documents):
        data = document.to_dict()
        del data["text"]
        yield document.id, position, document.title, data["published"], _json(data)


def _event_rows(events: Iterable[Event], cache: SaveCache, sources: list[Row],
                dependencies: list[tuple[str, str, str]],
                conflicts: list[tuple[str, int | None, str, str]]) -> Iterator[Row]:
    """Event rows; their sources, dependency and conflict are appended to the given lists."""
    for position, event in enumerate(events):
        sources.extend(source_row(event.id, index, source, cache) for index, source in enumerate(event.sources))
        if event.depends_on is not None:
            dependencies.append((event.id, event.depends_on.anchor_id, _json(event.depends_on.to_dict())))
        if event.conflict is not None:
            conflicts.append((event.id, event.conflict.decision, event.conflict.reason,
                              _json(event.conflict.to_dict())))
        yield event_row(event, position, cache)


# --- opening ----------------------------------------------------------------------------

def load_project(path: str | Path) -> LoadedProject:
    """Open the project file at ``path`` (read-only; the file is never modified).

    Raises :class:`ProjectFileError` (or :class:`NewerVersionError`) with a one-line
    message for anything that is not a readable project of this or an older version.

    A file at the current version is read in place, in one read transaction, while a
    :class:`_Companion` thread checks it and copies its mentions into memory, where they
    wait to be built on first use (:mod:`.deferred`). An older file is copied into memory
    whole and migrated there first.
    """
    path = Path(path)
    check_header(path)
    identity = _identity(path)
    try:
        db = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path}: cannot open ({exc})") from None
    try:
        try:
            # One snapshot: while this read transaction lasts no writer can commit, and the
            # companion reads within it (joined below), so both see the same file.
            db.execute("BEGIN")
        except sqlite3.Error as exc:
            raise ProjectFileError(f"{path}: the project file is damaged ({exc})") from None
        version = check_database(db, path, integrity=False)
        current = version == SCHEMA_VERSION
        # The integrity check (0.1 s at 100,000 events), the check of the mention rows and
        # their copy run in SQLite, with the GIL released, beside this thread's reading.
        companion = _Companion(path, identity, copy_mentions=current)
        companion.start()
        memory: sqlite3.Connection | None = None
        try:
            try:
                if not current:
                    memory = _migrated_copy(db, path, version)
                try:
                    with collector_paused():
                        project, view, saved_by, strings = _read_all(memory or db)
                except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise ProjectFileError(f"{path}: the project file is damaged ({type(exc).__name__}: {exc})"
                                           ) from None
            finally:
                companion.join()
                companion.raise_problem()  # its verdict comes first
            mentions = memory or companion.take_mentions()
            if mentions is not None:
                if mentions.execute("SELECT EXISTS (SELECT 1 FROM mentions)").fetchone()[0]:
                    project.defer_mentions(StoredMentions(mentions, strings, str(path)))
                else:
                    mentions.close()
        except BaseException:
            for unused in (memory, companion.take_mentions()):
                if unused is not None:
                    unused.close()
            raise
    finally:
        db.close()
    return LoadedProject(project, view, version, saved_by)


def _identity(path: Path) -> tuple[int, int]:
    """What tells this file apart from one renamed over it meanwhile (device and inode: the
    inode cannot be reused while the opening thread holds the file open)."""
    try:
        status = path.stat()
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return status.st_dev, status.st_ino


def _migrated_copy(db: sqlite3.Connection, path: Path, version: int) -> sqlite3.Connection:
    """An in-memory copy of ``db`` (an older file) brought up to the current schema, its
    mention rows checked (they are not built now)."""
    # used from other threads only by StoredMentions, under its lock
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        try:
            db.backup(memory)
        except sqlite3.Error as exc:
            raise ProjectFileError(f"{path}: the project file is damaged ({exc})") from None
        try:
            migrate(memory, version)
        except (sqlite3.Error, ValueError) as exc:
            raise ProjectFileError(f"{path}: cannot upgrade from schema version {version}: {exc}") from None
        try:
            bad = memory.execute(damage_query("main")).fetchone()
        except sqlite3.Error as exc:
            raise ProjectFileError(f"{path}: the project file is damaged ({exc})") from None
        if bad is not None:
            raise ProjectFileError(f"{path}: the project file is damaged (mention {bad[0]} cannot be read)")
    except BaseException:
        memory.close()
        raise
    return memory


class _Companion(threading.Thread):
    """What opening a file does beside reading it, in SQLite with the GIL released.

    ``PRAGMA quick_check`` of the file; with ``copy_mentions``, the check of its mention
    rows (:func:`.deferred.damage_query`) and their copy, with their index, into an
    in-memory database (:meth:`take_mentions`), which :class:`StoredMentions` then owns: the
    file itself is not kept open (a rename over an open file fails on Windows, and the
    file may change after opening). It reads in its own transaction, begun while the
    opening thread's is open, and checks that ``path`` still names the same file, so
    both read the same content.
    """

    def __init__(self, path: Path, identity: tuple[int, int], copy_mentions: bool) -> None:
        super().__init__(name="project-file-companion", daemon=True)
        self.path = path
        self.identity = identity
        self.copy_mentions = copy_mentions
        self.problem: str | None = None
        self.is_damaged = True  # what the problem means, when there is one
        self._mentions: sqlite3.Connection | None = None

    def run(self) -> None:
        # used from other threads only by StoredMentions, under its lock
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            memory.execute("ATTACH DATABASE ? AS stored", (f"file:{quote(str(self.path.resolve()))}?mode=ro",))
            memory.execute("BEGIN")
            memory.execute("SELECT count(*) FROM stored.sqlite_master").fetchone()
            if _identity(self.path) != self.identity:
                self.problem = "it was replaced while being opened; open it again"
                self.is_damaged = False
                return
            problems = [row[0] for row in memory.execute("PRAGMA stored.quick_check")]
            if problems != ["ok"]:
                self.problem = str(problems[0])
                return
            if self.copy_mentions:
                bad = memory.execute(damage_query("stored")).fetchone()
                if bad is not None:
                    self.problem = f"mention {bad[0]} cannot be read"
                    return
                memory.execute("CREATE TABLE main.mentions AS SELECT * FROM stored.mentions ORDER BY rowid")
                memory.execute("CREATE INDEX main.mentions_by_document ON mentions(document_id, start)")
            memory.execute("COMMIT")
            memory.execute("DETACH DATABASE stored")
        except (sqlite3.Error, ProjectFileError) as exc:
            self.problem = str(exc)
        finally:
            if self.copy_mentions and self.problem is None:
                self._mentions = memory
            else:
                memory.close()

    def take_mentions(self) -> sqlite3.Connection | None:
        """The in-memory copy of the mentions (the caller closes it), if one was made."""
        mentions, self._mentions = self._mentions, None
        return mentions

    def raise_problem(self) -> None:
        if self.problem is not None:
            raise ProjectFileError(f"{self.path}: the project file is damaged ({self.problem})" if self.is_damaged
                                   else f"{self.path}: {self.problem}")


def check_header(path: Path) -> None:
    """The checks that need no SQL: a file, with SQLite's header, not truncated."""
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not header.startswith(_SQLITE_MAGIC):
        raise ProjectFileError(f"{path}: not a timeline project (not a SQLite database)")
    if len(header) < 100:
        raise ProjectFileError(f"{path}: the project file is truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_count * page_size:
        raise ProjectFileError(f"{path}: the project file is truncated "
                               f"({size} bytes, expected {page_count * page_size})")


def check_database(db: sqlite3.Connection, path: Path, integrity: bool = True) -> int:
    """The schema version of ``db``, after checking that it is an intact project of ours
    (``integrity=False``: that it is a project of ours; the caller runs the quick check)."""
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if application_id != APPLICATION_ID:
            raise ProjectFileError(f"{path}: not a timeline project (a SQLite database of another program)")
        if version > SCHEMA_VERSION:
            raise NewerVersionError(
                f"{path}: made by a newer version of timeline-app (schema {version}; this version reads up "
                f"to {SCHEMA_VERSION}); update the app to open it")
        if version < 1:
            raise ProjectFileError(f"{path}: not a timeline project (no schema version)")
        problems = [row[0] for row in db.execute("PRAGMA quick_check")] if integrity else ["ok"]
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path}: the project file is damaged ({exc})") from None
    if problems != ["ok"]:
        raise ProjectFileError(f"{path}: the project file is damaged ({problems[0]})")
    return version


def _read_all(db: sqlite3.Connection) -> tuple[Project, ViewState, str, SharedStrings]:
    """The project (without its mentions), view and writer stored in ``db``, and the strings
    read so far (deferred mentions share them)."""
    meta = {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM meta")}
    if meta.get("format") != FORMAT_NAME:
        raise ValueError(f"format is {meta.get('format')!r}, not {FORMAT_NAME!r}")
    counters = {str(k): int(v) for k, v in dict(meta.get("counters", {})).items()}
    project = Project.from_dict({"name": str(meta.get("name", "")), "counters": counters})
    texts = dict(db.execute("SELECT document_id, text FROM document_texts"))
    for (data,) in db.execute("SELECT data FROM documents ORDER BY position"):
        item = json.loads(data)
        item["text"] = texts.get(item["id"], "")
        project.documents[item["id"]] = Document.from_dict(item)
    strings = SharedStrings(dict(db.execute("SELECT id, text FROM texts")))
    project.events = events = read_events(db, strings, read_sources(db, strings))
    for key, value in db.execute("SELECT event_id, data FROM dependencies"):
        dependency = Dependency.from_dict(json.loads(value))
        if key in events:
            events[key].depends_on = dependency
    for key, value in db.execute("SELECT event_id, data FROM conflicts"):
        conflict = Conflict.from_dict(json.loads(value))
        if key in events:
            events[key].conflict = conflict
    for row in db.execute("SELECT id, name, colour FROM categories ORDER BY position"):
        project.categories[row[0]] = Category.from_dict({"id": row[0], "name": row[1], "colour": row[2]})
    for row in db.execute('SELECT id, name, start, "end", colour FROM eras ORDER BY position'):
        project.eras[row[0]] = Era.from_dict(dict(zip(("id", "name", "start", "end", "colour"), row)))
    for (data,) in db.execute("SELECT data FROM statements ORDER BY position"):
        statement = UndatedStatement.from_dict(json.loads(data))
        project.statements[statement.id] = statement
    view = ViewState.from_dict({k: json.loads(v) for k, v in db.execute("SELECT key, value FROM view_state")})
    return project, view, str(meta.get("saved_by", "")), strings


def is_project_file(path: str | Path) -> bool:
    """A cheap check for file dialogs and drag-and-drop: the suffix and SQLite magic."""
    path = Path(path)
    if path.suffix.lower() != SUFFIX or not path.is_file():
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def remove_partial_saves(path: str | Path) -> list[Path]:
    """Delete temporary files a killed save left beside ``path``; returns what was removed.

    Only files whose writer process (its pid ends the name) is gone are removed.
    """
    from timeline_app.store.atomic import TEMP_MARKER
    from timeline_app.store.lock import is_running

    path = Path(path)
    removed: list[Path] = []
    for candidate in path.parent.glob(f".{path.name}{TEMP_MARKER}*"):
        pid = candidate.suffix.lstrip(".")
        if pid.isdigit() and not is_running(int(pid)):
            try:
                os.unlink(candidate)
                removed.append(candidate)
            except OSError:
                pass
    return removed
