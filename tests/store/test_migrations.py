"""Schema migrations: every step registered, each tested on a file the old version saved."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from store.samples import assert_same_project

from timeline_app.store import SCHEMA_VERSION, ViewState, load_project, save_project
from timeline_app.store.migrations import STEPS

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_every_version_has_a_step_to_the_next() -> None:
    assert sorted(STEPS) == list(range(1, SCHEMA_VERSION))


def test_v1_file_opens_with_everything_it_held(tmp_path: Path) -> None:
    path = tmp_path / "old.tlproj"
    shutil.copy(FIXTURES / "v1.tlproj", path)
    before = path.read_bytes()
    loaded = load_project(path)
    assert path.read_bytes() == before, "opening an old file must not rewrite it"
    assert loaded.schema_version == 1 and loaded.is_migrated
    project = loaded.project
    assert project.name == "Version 1 project"
    assert list(project.documents) == ["d1"] and project.documents["d1"].text.startswith("Talks ended")
    talks, patrols = project.events["e1"], project.events["e2"]
    assert talks.tags == ["talks"] and talks.category_id == "c1" and talks.is_starred
    assert talks.conflict is not None and talks.conflict.decision == 0 and len(talks.conflict.candidates) == 2
    assert talks.sources[0].mention_id == "m1" and talks.sources[0].interval == project.mentions["m1"].interval
    assert patrols.depends_on is not None and patrols.depends_on.anchor_id == "e1"
    assert patrols.is_flagged and patrols.sources[0].interval is None
    assert project.eras["r1"].name == "Talks" and project.statements["s1"].placed_event_id is None
    assert loaded.view == ViewState()
    assert project.new_id("events") == "e4", "counters from the old file are kept"


def test_v1_file_saved_again_is_current_and_equal(tmp_path: Path) -> None:
    old = load_project(FIXTURES / "v1.tlproj")
    path = tmp_path / "upgraded.tlproj"
    save_project(old.project, path, ViewState(selection=["e1"]))
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()
    again = load_project(path)
    assert_same_project(load_project(FIXTURES / "v1.tlproj").project, again.project)
    assert again.view.selection == ["e1"] and not again.is_migrated


def test_migrated_schema_matches_a_fresh_one(tmp_path: Path) -> None:
    """The v1 file after its steps has the same tables and indexes as a file saved today."""
    from timeline_app.core import Project
    from timeline_app.store.migrations import migrate

    fresh = tmp_path / "fresh.tlproj"
    save_project(Project(), fresh)
    old = sqlite3.connect(":memory:", isolation_level=None)
    source = sqlite3.connect(FIXTURES / "v1.tlproj")
    source.backup(old)
    source.close()
    migrate(old, 1)
    new = sqlite3.connect(fresh)

    def shape(db: sqlite3.Connection) -> set[tuple[str, str]]:
        return {(t, n) for t, n in db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}

    try:
        assert shape(old) == shape(new)
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        old.close()
        new.close()
