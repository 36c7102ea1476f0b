"""Saving and opening ``.tlproj`` files: exact round trips, refusals, atomic saves."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store.samples import assert_same_project, full_project, full_view

from timeline_app.core import Project
from timeline_app.store import (SCHEMA_VERSION, NewerVersionError, ProjectFileError, ViewState,
                                is_project_file, load_project, remove_partial_saves, save_project)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "idlib.tlproj"
    save_project(full_project(), path, full_view())
    return path


def test_round_trip_restores_every_object_field_by_field(saved: Path) -> None:
    loaded = load_project(saved)
    assert_same_project(full_project(), loaded.project)
    assert loaded.view == full_view()
    assert loaded.schema_version == SCHEMA_VERSION and not loaded.is_migrated
    assert loaded.saved_by.startswith("timeline-app")


def test_saving_a_reloaded_project_gives_the_same_model(saved: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.tlproj"
    save_project(load_project(saved).project, again, load_project(saved).view)
    assert_same_project(full_project(), load_project(again).project)


def test_empty_project_and_default_view_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "empty.tlproj"
    save_project(Project(), path)
    loaded = load_project(path)
    assert_same_project(Project(), loaded.project)
    assert loaded.view == ViewState()


def test_file_is_a_queryable_sqlite_database(saved: Path) -> None:
    db = sqlite3.connect(saved)
    try:
        titles = [r[0] for r in db.execute("SELECT title FROM events WHERE interval_start >= '2020-03-07' "
                                           "ORDER BY interval_start")]
        text = db.execute("SELECT text FROM document_texts WHERE document_id = 'd1'").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()
    assert titles == ["Patrols started", "Talks on Idlib ended"]
    assert "Idlib" in text and version == SCHEMA_VERSION
    assert is_project_file(saved)


# --- refusals ---------------------------------------------------------------------------

def _refused(path: Path, match: str) -> None:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(ProjectFileError, match=match) as info:
        load_project(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    if before is not None:
        assert path.read_bytes() == before, "a refused file must not be modified"


def test_binary_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.tlproj"
    path.write_bytes(bytes(range(256)) * 40)
    _refused(path, "not a SQLite database")


def test_renamed_text_file_in_another_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.tlproj"
    path.write_bytes("Caf\u00e9 notes, d\u00e9j\u00e0 vu".encode("utf-16"))
    _refused(path, "not a SQLite database")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.tlproj"
    path.write_bytes(b"")
    _refused(path, "not a SQLite database")


def test_truncated_file_is_refused(saved: Path) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    _refused(saved, "truncated")


def test_header_only_file_is_refused(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes()[:60])
    _refused(saved, "truncated")


def test_corrupted_pages_are_refused(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    for offset in range(4096, len(data), 997):
        data[offset] ^= 0xFF
    saved.write_bytes(bytes(data))
    _refused(saved, "damaged")


def test_newer_schema_version_is_refused_and_left_untouched(saved: Path) -> None:
    db = sqlite3.connect(saved)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    _refused(saved, "newer version")
    with pytest.raises(NewerVersionError):
        load_project(saved)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.tlproj"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    _refused(path, "another program")


def test_fifty_megabytes_of_text_renamed_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.tlproj"
    with open(path, "wb") as handle:
        line = b"The ceasefire began on 5 March and talks resumed on Thursday.\n"
        handle.write(line * (50 * 1024 * 1024 // len(line)))
    _refused(path, "not a SQLite database")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    _refused(tmp_path / "missing.tlproj", "no such file")
    folder = tmp_path / "folder.tlproj"
    folder.mkdir()
    _refused(folder, "folder")


def test_damaged_rows_are_refused(saved: Path) -> None:
    db = sqlite3.connect(saved)
    db.execute("UPDATE dependencies SET data = '{not json'")
    db.commit()
    db.close()
    _refused(saved, "damaged")


# --- atomic save ------------------------------------------------------------------------

def test_failure_during_save_keeps_the_old_file_and_leaves_no_temp(saved: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    before = saved.read_bytes()
    import timeline_app.store.project_file as project_file

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_file, "_insert_all", broken)
    with pytest.raises(ProjectFileError, match="cannot save"):
        save_project(Project("new"), saved)
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such folder"):
        save_project(Project(), tmp_path / "nowhere" / "p.tlproj")


_SAVE_UNDER_LIMIT = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {tests!r})
    from store.samples import full_project
    from timeline_app.core import Document
    from timeline_app.store import save_project, ProjectFileError
    project = full_project()
    for i in range(200):
        project.put("documents", Document(f"x{{i}}", "big", "word " * 20000))
    if sys.argv[2] == "die":
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it by default
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, resource.RLIM_INFINITY))
    try:
        save_project(project, sys.argv[1])
    except ProjectFileError as exc:
        print(exc)
        sys.exit(3)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file-size limits")
@pytest.mark.parametrize("mode", ["ignore", "die"])
def test_full_disk_or_kill_during_save_keeps_the_old_project(saved: Path, mode: str) -> None:
    """A file-size limit makes the disk "full" mid-save; with SIGXFSZ's default action the
    process is killed mid-write instead. Either way the old project opens as before."""
    before = saved.read_bytes()
    result = subprocess.run([sys.executable, "-c", _SAVE_UNDER_LIMIT.format(tests=str(ROOT / "tests")),
                             str(saved), mode], capture_output=True, text=True, timeout=120)
    if mode == "ignore":
        assert result.returncode == 3, result.stderr
        assert "cannot save" in result.stdout and "Traceback" not in result.stderr
        assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]
    else:
        assert result.returncode == -signal.SIGXFSZ
        assert remove_partial_saves(saved), "the killed save leaves its temp file, recognisably ours"
    assert saved.read_bytes() == before
    assert_same_project(full_project(), load_project(saved).project)


def test_remove_partial_saves_spares_live_writers(saved: Path) -> None:
    mine = saved.with_name(f".{saved.name}.partial-abc.{os.getpid()}")
    mine.write_bytes(b"in progress")
    assert remove_partial_saves(saved) == []
    assert mine.exists()


def test_opening_builds_each_repeated_string_once(saved: Path) -> None:
    """Equal strings loaded from different rows are one object (the memory of a big project)."""
    project = load_project(saved).project
    talks, patrols = project.events["e1"], project.events["e3"]
    assert talks.sentence is talks.sources[0].sentence
    assert patrols.sources[0].expression is project.mentions["m2"].text
    assert talks.sources[0].document_id is patrols.sources[0].document_id
    assert talks.sources[0].interval is talks.interval
    db = sqlite3.connect(saved)
    try:
        texts = [row[0] for row in db.execute("SELECT text FROM texts")]
    finally:
        db.close()
    assert len(texts) == len(set(texts)) and texts.count("Talks on Idlib ended on Thursday.") == 1


def test_events_with_equal_tags_get_lists_of_their_own(tmp_path: Path) -> None:
    """Tags are parsed once per distinct list, but each event can still change its own."""
    project = full_project()
    project.events["e2"].tags = ["talks", "turkey"]
    path = tmp_path / "tags.tlproj"
    save_project(project, path)
    loaded = load_project(path).project
    first, second = loaded.events["e1"].tags, loaded.events["e2"].tags
    assert first == second == ["talks", "turkey"] and first is not second
    assert first[0] is second[0]
    first.append("ceasefire")
    assert loaded.events["e2"].tags == ["talks", "turkey"]
