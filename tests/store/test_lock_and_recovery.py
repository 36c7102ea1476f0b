"""The lock file between running instances, and the autosaved recovery copy."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from store.samples import assert_same_project, full_project, full_view

from timeline_app.core import Project
from timeline_app.store import (ProjectLockedError, acquire_lock, autosave, discard_recovery, find_recovery,
                                is_locked, load_project, read_lock, recovery_path, save_project)
from timeline_app.store.lock import lock_path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(project: Path, pid: int, host: str) -> None:
    lock_path(project).write_text(json.dumps({"pid": pid, "host": host, "user": "ana", "since": "2026-01-01"}))


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.tlproj"
    save_project(full_project(), path)
    return path


def test_second_open_is_refused_until_released(project_path: Path) -> None:
    lock = acquire_lock(project_path)
    assert is_locked(project_path) and read_lock(project_path) == lock.info
    with pytest.raises(ProjectLockedError, match="already open in another instance") as info:
        acquire_lock(project_path)
    assert info.value.holder.pid == os.getpid()
    lock.release()
    lock.release()
    assert not lock_path(project_path).exists()
    with acquire_lock(project_path):
        assert is_locked(project_path)
    assert not is_locked(project_path)


def test_lock_of_a_dead_process_is_stale_and_taken_over(project_path: Path) -> None:
    _write_lock(project_path, _dead_pid(), socket.gethostname())
    assert not is_locked(project_path)
    with acquire_lock(project_path) as lock:
        assert read_lock(project_path) == lock.info


def test_broken_lock_file_is_taken_over(project_path: Path) -> None:
    lock_path(project_path).write_text("{trunc")
    with acquire_lock(project_path) as lock:
        assert lock.info.pid == os.getpid()


def test_lock_from_another_host_is_respected(project_path: Path) -> None:
    _write_lock(project_path, 12345, "another-machine.example")
    with pytest.raises(ProjectLockedError, match="another-machine.example"):
        acquire_lock(project_path)


def test_live_lock_of_another_process_is_respected(project_path: Path) -> None:
    _write_lock(project_path, os.getppid(), socket.gethostname())
    assert is_locked(project_path) and is_locked(project_path, by_others=True)
    with pytest.raises(ProjectLockedError):
        acquire_lock(project_path)


def test_release_leaves_someone_elses_lock_alone(project_path: Path) -> None:
    lock = acquire_lock(project_path)
    _write_lock(project_path, os.getppid(), socket.gethostname())
    lock.release()
    assert lock_path(project_path).exists()


def test_autosave_then_recovery_after_a_crash(project_path: Path) -> None:
    edited = full_project()
    edited.events["e1"].title = "Edited but not saved"
    copy = autosave(edited, project_path, full_view())
    assert copy == recovery_path(project_path) and copy.parent == project_path.parent
    os.utime(copy, (project_path.stat().st_mtime + 60,) * 2)
    assert find_recovery(project_path) == copy
    restored = load_project(copy)
    assert_same_project(edited, restored.project)
    assert restored.view == full_view()
    discard_recovery(project_path)
    discard_recovery(project_path)
    assert find_recovery(project_path) is None


def test_recovery_older_than_the_saved_project_is_not_offered(project_path: Path) -> None:
    copy = autosave(Project("older"), project_path)
    os.utime(copy, (project_path.stat().st_mtime - 60,) * 2)
    assert find_recovery(project_path) is None


def test_recovery_of_a_never_saved_project_is_offered(tmp_path: Path) -> None:
    untitled = tmp_path / "untitled.tlproj"
    autosave(Project("draft"), untitled)
    found = find_recovery(untitled)
    assert found is not None and load_project(found).project.name == "draft"


def test_recovery_is_not_offered_while_another_instance_has_the_project(project_path: Path) -> None:
    copy = autosave(Project("theirs"), project_path)
    os.utime(copy, (project_path.stat().st_mtime + 60,) * 2)
    _write_lock(project_path, os.getppid(), socket.gethostname())
    assert find_recovery(project_path) is None
    lock_path(project_path).unlink()
    with acquire_lock(project_path):
        assert find_recovery(project_path) == copy, "our own lock does not hide our recovery copy"
