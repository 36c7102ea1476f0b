"""Replacing a file so that a crash, a kill or a full disk leaves the old or the new one.

The new content is written to a temporary file in the *same folder* (``os.replace`` is
only atomic within one file system), flushed to disk with ``fsync``, and renamed over
the target; the folder is then synced so the rename itself survives a power cut. Any
failure removes the temporary file and leaves the target as it was.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

#: Temporary files carry this marker so that leftovers of a killed process can be recognised.
TEMP_MARKER = ".partial-"


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def temp_path_for(target: Path) -> Path:
    """A fresh, unused path beside ``target`` for writing its replacement."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}{TEMP_MARKER}", suffix=f".{os.getpid()}",
                                dir=target.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)


def write_atomically(target: str | Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` to produce the new content, then put it in place of ``target``.

    ``write`` may create the temp path as a file or a folder. The parent folder of
    ``target`` must exist. On any exception the temp file or folder is removed, the
    target is untouched, and the exception propagates.
    """
    with atomic_path(target) as temp:
        write(temp)


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """``with atomic_path(out) as temp:`` write ``temp`` (a file or a folder); it replaces
    ``out`` when the block ends without an exception, and is removed otherwise."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"{target.parent}: no such folder")
    temp = temp_path_for(target)
    try:
        yield temp
        if temp.is_dir():
            _replace_folder(temp, target)
        elif temp.exists():
            _sync_file(temp)
            os.replace(temp, target)
        else:
            raise FileNotFoundError(f"{target}: nothing was written")
        _sync_folder(target.parent)
    finally:
        _remove(temp)


def _replace_folder(temp: Path, target: Path) -> None:
    """Folders cannot be swapped atomically: move the old one aside, move in, then delete."""
    for child in temp.rglob("*"):
        if child.is_file():
            _sync_file(child)
    if target.exists() or target.is_symlink():
        if not target.is_dir():
            raise IsADirectoryError(f"{target} exists and is not a folder")
        aside = temp_path_for(target)
        os.replace(target, aside)
        try:
            os.replace(temp, target)
        except BaseException:
            os.replace(aside, target)
            raise
        shutil.rmtree(aside, ignore_errors=True)
    else:
        os.replace(temp, target)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
