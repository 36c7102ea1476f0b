"""The project file (``.tlproj``, SQLite): schema, migrations, save/load, lock, recovery.

No Qt here: the GUI calls these functions (autosave from a ``QTimer``), and so do the
command line and the tests. See ``docs/projects-and-exchange.md`` for the file format.
"""
from __future__ import annotations

from timeline_app.store.atomic import atomic_path, write_atomically
from timeline_app.store.lock import (LockInfo, ProjectLock, ProjectLockedError, acquire_lock, is_locked,
                                     is_stale, read_lock)
from timeline_app.store.project_file import (FILE_FILTER, SUFFIX, LoadedProject, NewerVersionError,
                                             ProjectFileError, is_project_file, load_project,
                                             remove_partial_saves, save_project)
from timeline_app.store.recovery import autosave, discard_recovery, find_recovery, recovery_path
from timeline_app.store.schema import SCHEMA_VERSION
from timeline_app.store.view import Column, ViewState

__all__ = [
    "FILE_FILTER", "SCHEMA_VERSION", "SUFFIX", "Column", "LoadedProject", "LockInfo", "NewerVersionError",
    "ProjectFileError", "ProjectLock", "ProjectLockedError", "ViewState", "acquire_lock", "atomic_path",
    "autosave", "discard_recovery", "find_recovery", "is_locked", "is_project_file", "is_stale",
    "load_project", "read_lock", "recovery_path", "remove_partial_saves", "save_project", "write_atomically",
]
