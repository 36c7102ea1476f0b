"""Telling running instances apart: a lock file beside an open project.

SQLite's own locks only last for a transaction, and the app keeps no connection open
while the analyst works, so an explicit lock file says "open in instance pid P on host
H since T". It is created atomically (written to a temporary file, then hard-linked
into place, which fails if a lock already exists), so a lock file is never seen half
written. A lock whose process is gone on this host is stale and is taken over; a lock
from another host cannot be checked and is respected (the GUI offers read-only).
"""
from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType


class ProjectLockedError(Exception):
    """The project is open in another running instance; ``holder`` says which."""

    def __init__(self, path: Path, holder: "LockInfo") -> None:
        super().__init__(f"{path}: already open in another instance ({holder.describe()}); "
                         "open it read-only or close it there first")
        self.path = path
        self.holder = holder


@dataclass(frozen=True, slots=True)
class LockInfo:
    pid: int
    host: str
    user: str = ""
    since: str = ""

    def describe(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}, process {self.pid}, since {self.since or 'unknown'}"

    def to_dict(self) -> dict[str, object]:
        return {"pid": self.pid, "host": self.host, "user": self.user, "since": self.since}


def lock_path(path: str | Path) -> Path:
    """The lock file of the project at ``path`` (hidden, in the same folder)."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def _current() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return LockInfo(os.getpid(), socket.gethostname(), user,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"))


def is_running(pid: int) -> bool:
    """Whether a process ``pid`` exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: str | Path) -> LockInfo | None:
    """Who holds the lock on the project at ``path``; None when unlocked.

    A lock file that cannot be parsed is reported with pid 0, which :func:`is_stale`
    treats as stale (locks are written atomically, so a broken one is debris).
    """
    try:
        raw = lock_path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(0, "")
    try:
        data = json.loads(raw)
        return LockInfo(int(data["pid"]), str(data["host"]), str(data.get("user", "")), str(data.get("since", "")))
    except (ValueError, KeyError, TypeError):
        return LockInfo(0, "")


def is_stale(info: LockInfo) -> bool:
    """True when the holder is certainly gone: a dead process on this host, or debris."""
    if info.pid <= 0:
        return True
    return info.host == socket.gethostname() and not is_running(info.pid)


def is_ours(info: LockInfo) -> bool:
    """True when ``info`` is a lock taken by this very process."""
    return info.pid == os.getpid() and info.host == socket.gethostname()


def is_locked(path: str | Path, *, by_others: bool = False) -> bool:
    """Whether a live instance holds ``path``; with ``by_others``, one other than this process."""
    info = read_lock(path)
    if info is None or is_stale(info):
        return False
    return not (by_others and is_ours(info))


class ProjectLock:
    """A held lock; release it when the project is closed (or use it as a context manager)."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self.is_held = True

    def release(self) -> None:
        """Remove the lock file if it is still ours (idempotent)."""
        if not self.is_held:
            return
        self.is_held = False
        if read_lock(self.path) == self.info:
            with contextlib.suppress(FileNotFoundError):
                lock_path(self.path).unlink()

    def __enter__(self) -> "ProjectLock":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.release()


def acquire_lock(path: str | Path) -> ProjectLock:
    """Lock the project at ``path`` for this process.

    Raises :class:`ProjectLockedError` when a live instance holds it (this process
    included: opening the same project twice is refused too). A stale lock is replaced.
    """
    path = Path(path)
    target = lock_path(path)
    mine = _current()
    for _attempt in range(3):
        if _create(target, mine):
            return ProjectLock(path, mine)
        holder = read_lock(path)
        if holder is None:
            continue
        if not is_stale(holder):
            raise ProjectLockedError(path, holder)
        if read_lock(path) == holder:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
    holder = read_lock(path) or LockInfo(0, "unknown")
    raise ProjectLockedError(path, holder)


def _create(target: Path, info: LockInfo) -> bool:
    """Atomically create ``target`` holding ``info``; False if it already exists."""
    fd, temp = tempfile.mkstemp(prefix=f"{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info.to_dict(), handle)
        try:
            os.link(temp, target)
        except FileExistsError:
            return False
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
