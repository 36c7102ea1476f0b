"""Opening leaves mentions in the file until first use; they behave as if built at once."""
from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from store.samples import assert_same_project, full_project, full_view

from timeline_app.core import Mention, Project
from timeline_app.store import ProjectFileError, load_project, save_project

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "idlib.tlproj"
    save_project(full_project(), path, full_view())
    return path


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the Mention objects constructed from now on."""
    ids: list[str] = []
    original = Mention.__init__

    def counting(self: Mention, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        ids.append(self.id)

    monkeypatch.setattr(Mention, "__init__", counting)
    return ids


def test_opening_builds_no_mention(saved: Path, built: list[str]) -> None:
    project = load_project(saved).project
    assert built == []
    assert project.deferred_mentions is not None
    assert len(project.events) == 5 and project.events["e1"].sources[0].mention_id == "m1"


def test_one_documents_mentions_are_built_alone_and_kept(saved: Path, built: list[str]) -> None:
    project = load_project(saved).project
    first = project.mentions_of("d1")
    assert [m.id for m in first] == ["m1", "m2"] and sorted(built) == ["m1", "m2"]
    assert project.mentions_of("d1") == first and all(a is b for a, b in zip(project.mentions_of("d1"), first))
    assert project.deferred_mentions is not None, "asking for one document builds no other"
    everything = project.mentions
    assert sorted(built) == ["m1", "m2", "m3"], "each mention is built once"
    assert list(everything) == ["m1", "m2", "m3"]
    assert everything["m1"] is first[0] and everything["m2"] is first[1]
    assert project.deferred_mentions is None


def test_mentions_of_matches_the_built_collection(saved: Path) -> None:
    lazy, eager = load_project(saved).project, load_project(saved).project
    eager.mentions  # noqa: B018 (builds them all)
    for document_id in ("d1", "d2", "nowhere"):
        assert [m.id for m in lazy.mentions_of(document_id)] == [m.id for m in eager.mentions_of(document_id)]


def test_first_use_gives_every_mention_field_by_field(saved: Path) -> None:
    assert_same_project(full_project(), load_project(saved).project)


def test_saving_without_using_the_mentions_copies_them(saved: Path, tmp_path: Path, built: list[str]) -> None:
    project = load_project(saved).project
    again = tmp_path / "again.tlproj"
    save_project(project, again)
    assert built == [] and project.deferred_mentions is not None
    assert_same_project(full_project(), load_project(again).project)
    assert_same_project(full_project(), project)


def test_edits_after_first_use_are_saved(saved: Path, tmp_path: Path) -> None:
    project = load_project(saved).project
    project.mentions["m3"].value = "2020-03-08"
    again = tmp_path / "again.tlproj"
    save_project(project, again)
    assert load_project(again).project.mentions["m3"].value == "2020-03-08"


def test_first_use_from_another_thread(saved: Path) -> None:
    project = load_project(saved).project
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(len(project.mentions)))
    worker.start()
    worker.join()
    assert found == [3]


def test_a_project_without_mentions_defers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.tlproj"
    save_project(Project("empty"), path)
    project = load_project(path).project
    assert project.deferred_mentions is None and project.mentions == {}


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_defer_their_migrated_mentions(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.tlproj"
    shutil.copy(FIXTURES / f"v{version}.tlproj", path)
    project = load_project(path).project
    assert project.deferred_mentions is not None
    assert project.mentions["m1"].document_id == "d1"


@pytest.mark.parametrize("damage", [
    "UPDATE mentions SET text_id = 9999 WHERE id = 'm2'",
    "UPDATE mentions SET explanation_id = -1 WHERE id = 'm2'",
    "UPDATE mentions SET grain = 'FORTNIGHT' WHERE id = 'm2'",
    "UPDATE mentions SET \"offset\" = '{not json' WHERE id = 'm2'",
])
def test_mention_rows_that_cannot_be_built_are_refused_at_opening(saved: Path, damage: str) -> None:
    db = sqlite3.connect(saved)
    db.execute(damage)
    db.commit()
    db.close()
    with pytest.raises(ProjectFileError, match="damaged.*m2"):
        load_project(saved)


def test_rows_out_of_position_order_open_in_position_order(saved: Path) -> None:
    """Rows are read by rowid; a file whose positions disagree is put in position order."""
    db = sqlite3.connect(saved)
    for table in ("events", "mentions"):
        db.execute(f"UPDATE {table} SET position = (SELECT count(*) FROM {table}) - 1 - position")
    db.commit()
    db.close()
    project = load_project(saved).project
    assert list(project.events) == ["e5", "e4", "e3", "e2", "e1"]
    assert list(project.mentions) == ["m3", "m2", "m1"]


def test_deferring_into_a_project_with_mentions_is_refused(saved: Path) -> None:
    project = full_project()
    source = load_project(saved).project.deferred_mentions
    assert source is not None
    with pytest.raises(ValueError, match="has none"):
        project.defer_mentions(source)


def test_a_source_asked_again_after_handing_over_answers_from_the_project(saved: Path) -> None:
    """Two threads may both find the mentions deferred; the second gets the same dict."""
    project = load_project(saved).project
    source = project.deferred_mentions
    assert source is not None
    everything = project.mentions
    assert source.all_mentions() is everything
    everything["m2"].start = 1
    assert [m.id for m in source.mentions_of("d1")] == ["m2", "m1"]


def test_deferred_mentions_do_not_depend_on_the_file_after_opening(saved: Path, tmp_path: Path) -> None:
    """The mentions wait in memory, not in the file: it can be replaced or deleted."""
    project = load_project(saved).project
    other = tmp_path / "other.tlproj"
    save_project(Project("other"), other)
    os.replace(other, saved)
    assert [m.id for m in project.mentions_of("d1")] == ["m1", "m2"]
    saved.unlink()
    assert_same_project(full_project(), project)


def test_a_file_replaced_while_being_opened_is_refused(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading thread and its companion must read the same file."""
    import timeline_app.store.project_file as project_file

    identities = iter([(1, 1), (1, 2)])
    monkeypatch.setattr(project_file, "_identity", lambda path: next(identities))
    with pytest.raises(ProjectFileError, match="replaced while being opened"):
        load_project(saved)


def test_saving_deferred_mentions_after_editing_events(saved: Path, tmp_path: Path) -> None:
    """The copied rows keep their text numbers; texts new since opening are numbered after them."""
    expected = full_project()
    project = load_project(saved).project
    for edited in (expected, project):
        edited.events["e1"].sentence = "A sentence no file has held yet."
        edited.events["e3"].sources[0].explanation = "another new text"
        del edited.events["e4"]
    again = tmp_path / "again.tlproj"
    save_project(project, again)
    assert project.deferred_mentions is not None
    assert_same_project(expected, load_project(again).project)


def test_saving_deferred_mentions_that_refer_to_a_repeated_text(saved: Path, tmp_path: Path) -> None:
    """A file whose texts table holds one text twice still saves every mention's text."""
    db = sqlite3.connect(saved)
    (text_id,) = db.execute("SELECT text_id FROM mentions WHERE id = 'm3'").fetchone()
    db.execute("INSERT INTO texts (id, text) SELECT 1000, text FROM texts WHERE id = ?", (text_id,))
    db.execute("UPDATE mentions SET text_id = 1000 WHERE id = 'm3'")
    db.commit()
    db.close()
    again = tmp_path / "again.tlproj"
    save_project(load_project(saved).project, again)
    assert_same_project(full_project(), load_project(again).project)
