"""The recovery copy: autosaved while the project has unsaved changes, offered after a crash.

The GUI calls :func:`autosave` from a one-minute ``QTimer`` while the undo stack is not
clean, :func:`discard_recovery` after a successful save or a deliberate "don't save",
and :func:`find_recovery` when it opens a project (or starts): a recovery copy that is
still there means the app did not close normally. The copy is a complete project file
written atomically like any save, so a crash during autosave cannot spoil it either.
"""
from __future__ import annotations

import contextlib
from pathlib import Path

from timeline_app.core import Project
from timeline_app.store.lock import is_locked
from timeline_app.store.project_file import save_project
from timeline_app.store.view import ViewState


def recovery_path(path: str | Path) -> Path:
    """Where the recovery copy of the project at ``path`` lives (hidden, same folder).

    For a project that has never been saved, pass a path in the app's data folder
    (e.g. ``<AppDataLocation>/untitled.tlproj``); the copy goes beside it.
    """
    path = Path(path)
    return path.with_name(f".{path.name}.recovery{path.suffix}")


def autosave(project: Project, path: str | Path, view: ViewState | None = None) -> Path:
    """Write the recovery copy for ``path``; returns where. Raises ProjectFileError."""
    target = recovery_path(path)
    save_project(project, target, view)
    return target


def find_recovery(path: str | Path) -> Path | None:
    """The recovery copy to offer for ``path``, or None.

    None when there is no copy, when it is older than the project file (the project
    was saved after it, so it holds nothing new), or when another running instance has
    the project open (that instance is autosaving it right now).
    """
    path = Path(path)
    copy = recovery_path(path)
    if not copy.is_file() or is_locked(path, by_others=True):
        return None
    if path.exists() and copy.stat().st_mtime < path.stat().st_mtime:
        return None
    return copy


def discard_recovery(path: str | Path) -> None:
    """Remove the recovery copy of ``path`` (no error if there is none)."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(path).unlink()
