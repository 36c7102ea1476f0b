"""Every item model passes pytest-qt's model tester, including after edits and filtering."""
from __future__ import annotations

from timeline_app.core.commands import SetTags
from timeline_app.gui.models.documents import DocumentTableModel
from timeline_app.gui.models.events import EVENT_ID_ROLE, EventFilterModel, EventTableModel
from timeline_app.gui.session import EventFilter, Session


def test_event_model(qtmodeltester, sample_project) -> None:  # type: ignore[no-untyped-def]
    session = Session(sample_project)
    model = EventTableModel(session)
    qtmodeltester.check(model)
    first = next(iter(sample_project.events))
    session.execute(SetTags(sample_project, first, ["a", "b"]))
    model.sort(1)
    qtmodeltester.check(model)
    session.undo_stack.undo()
    qtmodeltester.check(model)


def test_filter_model(qtmodeltester, sample_project) -> None:  # type: ignore[no-untyped-def]
    session = Session(sample_project)
    model = EventTableModel(session)
    proxy = EventFilterModel(session)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    session.set_filter(EventFilter(text="ceasefire"))
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    titles = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert all(t for t in titles)
    session.set_filter(EventFilter(only_conflicts=True))
    assert proxy.rowCount() == sum(1 for e in sample_project.events.values() if e.conflict)


def test_table_sorts_in_the_model(qtmodeltester, sample_project) -> None:  # type: ignore[no-untyped-def]
    session = Session(sample_project)
    model = EventTableModel(session)
    ordered = [e.id for e in sample_project.ordered_events()]
    assert [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())] == ordered
    model.sort(1)
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_editing_in_place_goes_through_the_undo_stack(sample_project) -> None:  # type: ignore[no-untyped-def]
    session = Session(sample_project)
    model = EventTableModel(session)
    index = model.index(0, model.COLUMNS.index("title"))
    event_id = index.data(EVENT_ID_ROLE)
    assert model.setData(index, "Renamed")
    assert sample_project.events[event_id].title == "Renamed"
    session.undo_stack.undo()
    assert sample_project.events[event_id].title != "Renamed"


def test_document_model(qtmodeltester, sample_project) -> None:  # type: ignore[no-untyped-def]
    session = Session(sample_project)
    model = DocumentTableModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "2020-03-12"
