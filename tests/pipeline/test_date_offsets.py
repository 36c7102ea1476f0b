"""An offset from a date ("two days after March 5") is dated from that date, no event needed."""
from __future__ import annotations

from datetime import datetime

from timeline_app.core import Document, Project, PublicationSource
from timeline_app.pipeline import add_documents


def _timeline(text: str) -> Project:
    project = Project()
    add_documents(project, [Document("", "t", text, published=datetime(2020, 3, 12),
                                     published_source=PublicationSource.GIVEN)])
    return project


def test_two_days_after_a_date_is_that_date_plus_two_days() -> None:
    project = _timeline("Talks resumed two days after March 5.")
    events = project.ordered_events()
    assert [(e.value, e.depends_on) for e in events] == [("2020-03-07", None)]
    assert "March 5" in events[0].sources[0].explanation
    assert events[0].sources[0].explanation.endswith("2020-03-07")


def test_a_week_before_a_date() -> None:
    events = _timeline("The convoy left a week before March 20, officials said.").ordered_events()
    assert [e.value for e in events] == ["2020-03-13"]


def test_a_date_followed_by_more_words_still_names_its_own_event() -> None:
    events = _timeline("Rebels advanced two days after the March 5 meeting in Moscow.").ordered_events()
    assert sorted(e.value for e in events) == ["2020-03-05", "2020-03-07"]


def test_since_a_date_runs_until_publication_and_follows_a_corrected_date() -> None:
    from timeline_app.core.commands import ChangePublicationDate, UndoStack

    project = _timeline("The rebels have held the town since 2011.")
    event = project.ordered_events()[0]
    assert event.interval is not None and event.interval.inclusive() == ("2011-01-01", "2020-03-12")
    assert "since" in event.sources[0].explanation
    stack = UndoStack()
    stack.push(ChangePublicationDate(project, event.sources[0].document_id, datetime(2021, 6, 1)))
    assert project.events[event.id].interval.inclusive() == ("2011-01-01", "2021-06-01")
    stack.undo()
    assert project.events[event.id].interval.inclusive() == ("2011-01-01", "2020-03-12")


def test_offset_from_a_date_moves_with_a_corrected_publication_year() -> None:
    from timeline_app.core.commands import ChangePublicationDate, UndoStack

    project = _timeline("Talks resumed two days after March 5.")
    event = project.ordered_events()[0]
    UndoStack().push(ChangePublicationDate(project, event.sources[0].document_id, datetime(2021, 3, 12)))
    assert project.events[event.id].value == "2021-03-07"
