"""Importing into a project: read off the GUI thread, added by one undoable command."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from timeline_app.core.commands import UndoStack
from timeline_app.core.event import Event, EventKind
from timeline_app.core.project import Project
from timeline_app.core.times import day_interval, value_for
from timeline_app.gui.importing import ImportJob, IntegrateDocuments, run_import
from timeline_app.pipeline import add_documents, load_document, parse_published
from timeline_app.temporal.model import Grain
from tests.conftest import CopyCounter

FIRST = "Talks\nThe foreign ministers met in Geneva on Monday to discuss the ceasefire.\n"
SECOND = "Geneva talks\nForeign ministers met in Geneva on Monday and discussed the ceasefire at length.\n"


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return first, second


def _with_far_events(project: Project, count: int) -> None:
    for n in range(count):
        interval = day_interval(datetime(1990, 1, 1) + timedelta(days=n))
        project.events[f"x{n}"] = Event(f"x{n}", f"Old event {n}", value=value_for(interval, Grain.DAY),
                                        interval=interval, grain=Grain.DAY, kind=EventKind.POINT, sequence=n + 1000)


def test_an_import_is_the_pipeline_result_one_undo_step_and_copies_only_what_merging_can_touch(
        tmp_path: Path, event_copies: CopyCounter) -> None:
    first, second = _articles(tmp_path)
    published = parse_published("2020-03-12")
    project = Project("desk")
    add_documents(project, [load_document(first, project.new_id("documents"), published)])
    _with_far_events(project, 500)
    expected = Project.from_dict(project.to_dict())
    add_documents(expected, [load_document(second, expected.new_id("documents"), published)])
    before = project.to_dict()

    result = run_import([ImportJob(path=second, published=published)])
    assert not result.errors and result.document_count == 1
    event_copies.count = 0
    stack = UndoStack()
    command = stack.push(IntegrateDocuments(project, result.parts, "Import article"))
    assert event_copies.count < 20, "the 500 far-away events are not copied"
    assert isinstance(command, IntegrateDocuments) and command.document_ids == ["d2"]
    merged = [e for e in project.events.values() if len(e.document_ids) == 2]
    assert len(merged) == 1, "the second report of Monday's meeting merged into the first"
    assert {k: v for k, v in project.to_dict().items() if k != "counters"} == \
        {k: v for k, v in expected.to_dict().items() if k != "counters"}
    done = project.to_dict()
    stack.undo()
    assert {k: v for k, v in project.to_dict().items() if k != "counters"} == \
        {k: v for k, v in before.items() if k != "counters"}
    stack.redo()
    assert project.to_dict() == done


def test_an_article_that_cannot_be_read_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    first, _ = _articles(tmp_path)
    result = run_import([ImportJob(path=tmp_path / "missing.txt"), ImportJob(path=first,
                                                                          published=parse_published("2020-03-12"))])
    assert len(result.errors) == 1 and "missing.txt" in result.errors[0]
    assert result.document_count == 1
