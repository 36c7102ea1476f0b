"""Schema migrations: every step registered, each tested on a file the old version saved."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from store.samples import assert_same_project

from timeline_app.store import SCHEMA_VERSION, ViewState, load_project, save_project
from timeline_app.store.migrations import STEPS
from timeline_app.temporal.model import Grain, Interval, Offset

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


@pytest.mark.parametrize("version", [1, 2])
def test_migrated_schema_matches_a_fresh_one(tmp_path: Path, version: int) -> None:
    """An old file after its steps has the same tables and indexes as a file saved today."""
    from timeline_app.core import Project
    from timeline_app.store.migrations import migrate

    fresh = tmp_path / "fresh.tlproj"
    save_project(Project(), fresh)
    old = sqlite3.connect(":memory:", isolation_level=None)
    source = sqlite3.connect(FIXTURES / f"v{version}.tlproj")
    source.backup(old)
    source.close()
    migrate(old, version)
    new = sqlite3.connect(fresh)

    def shape(db: sqlite3.Connection) -> set[tuple[str, str]]:
        return {(t, n) for t, n in db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}

    try:
        assert shape(old) == shape(new)
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        old.close()
        new.close()


def test_v2_file_opens_with_texts_stored_once_and_shared(tmp_path: Path) -> None:
    path = tmp_path / "old.tlproj"
    shutil.copy(FIXTURES / "v2.tlproj", path)
    before = path.read_bytes()
    loaded = load_project(path)
    assert path.read_bytes() == before, "opening an old file must not rewrite it"
    assert loaded.schema_version == 2 and loaded.is_migrated
    project = loaded.project
    assert project.name == "Version 2 project" and list(project.documents) == ["d1", "d2"]
    assert project.documents["d2"].text == "Talks ended on Thursday. \u00e9\u4e2d"
    talks, patrols = project.events["e1"], project.events["e2"]
    assert talks.sentence == "Talks ended on Thursday." and talks.explanation == ""
    assert [(s.document_id, s.sentence, s.expression, s.explanation, s.mention_id, s.value) for s in talks.sources] == [
        ("d1", "Talks ended on Thursday.", "Thursday", "weekday", "m1", "2020-03-12"),
        ("d2", "Talks ended on Thursday.", "Thursday", "weekday", None, "2020-03-11")]
    assert talks.sentence is talks.sources[0].sentence is talks.sources[1].sentence, "one string, shared"
    assert talks.sources[0].explanation is talks.sources[1].explanation
    assert talks.tags == ["talks"] and talks.conflict is not None and talks.conflict.decision == 0
    assert patrols.explanation == "two days after e1" and patrols.sources[0].explanation == ""
    assert patrols.sources[0].expression == "Two days later" and patrols.sources[0].interval is None
    assert patrols.depends_on is not None and patrols.depends_on.anchor_id == "e1"
    later = project.mentions["m2"]
    assert (later.text, later.mod, later.grain, later.anchor, later.rule) == (
        "Two days later", "AFTER", Grain.PART_OF_DAY, "t0", "offset")
    assert later.explanation == "two days after \u201cThursday\u201d" and later.tense is None
    assert later.offset == Offset("P2D", 1, "later", None)
    assert later.interval == Interval(datetime(2020, 3, 14, 12), datetime(2020, 3, 14, 18))
    assert project.mentions["m1"].offset is None and project.mentions["m1"].grain is Grain.DAY
    assert patrols.sources[0].expression is later.text, "a mention's text and its source's expression are one string"
    assert loaded.view == ViewState("2020-03-01T00:00:00", "2020-04-01T00:00:00", ["e2"])
    assert project.new_id("events") == "e4" and project.new_id("mentions") == "m3", "counters are kept"


def test_v2_file_saved_again_is_current_equal_and_smaller_in_rows(tmp_path: Path) -> None:
    path = tmp_path / "upgraded.tlproj"
    save_project(load_project(FIXTURES / "v2.tlproj").project, path)
    again = load_project(path)
    assert_same_project(load_project(FIXTURES / "v2.tlproj").project, again.project)
    assert not again.is_migrated
    db = sqlite3.connect(path)
    try:
        texts = [row[0] for row in db.execute("SELECT text FROM texts")]
    finally:
        db.close()
    assert len(texts) == len(set(texts)), "each text is stored once"
    assert texts.count("Talks ended on Thursday.") == 1 and "weekday" in texts


def test_v2_migration_and_a_fresh_save_store_the_same_texts(tmp_path: Path) -> None:
    """The SQL step and the saving code agree on what goes to ``texts``."""
    from timeline_app.store.migrations import migrate

    old = sqlite3.connect(":memory:", isolation_level=None)
    source = sqlite3.connect(FIXTURES / "v2.tlproj")
    source.backup(old)
    source.close()
    migrate(old, 2)
    fresh = tmp_path / "fresh.tlproj"
    save_project(load_project(FIXTURES / "v2.tlproj").project, fresh)
    new = sqlite3.connect(fresh)
    query = ("SELECT s.event_id, s.position, a.text, b.text, c.text FROM sources s JOIN texts a ON a.id = s.sentence_id"
             " JOIN texts b ON b.id = s.expression_id JOIN texts c ON c.id = s.explanation_id"
             " ORDER BY s.event_id, s.position")
    try:
        assert old.execute(query).fetchall() == new.execute(query).fetchall()
        texts = "SELECT text FROM texts"
        assert {r[0] for r in old.execute(texts)} == {r[0] for r in new.execute(texts)}
        mentions = ("SELECT m.*, a.text, b.text FROM mentions m JOIN texts a ON a.id = m.text_id"
                    " JOIN texts b ON b.id = m.explanation_id ORDER BY m.position")

        def without_ids(db: sqlite3.Connection) -> list[tuple[object, ...]]:
            names = [c[1] for c in db.execute("PRAGMA table_info(mentions)")]
            drop = {names.index("text_id"), names.index("explanation_id")}
            return [tuple(v for i, v in enumerate(row) if i not in drop) for row in db.execute(mentions)]

        assert without_ids(old) == without_ids(new)
    finally:
        old.close()
        new.close()
