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


def _ids(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())]


def test_cached_search_text_and_sort_keys_follow_edits(qtmodeltester, sample_project) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.core.commands import DeleteEvents, RenameEvent

    session = Session(sample_project)
    model = EventTableModel(session)
    proxy = EventFilterModel(session)
    proxy.setSourceModel(model)
    model.sort(model.COLUMNS.index("title"))
    session.set_filter(EventFilter(text="zebra crossing"))
    assert proxy.rowCount() == 0
    target = _ids(model)[0]
    session.execute(RenameEvent(sample_project, target, "Zzz zebra crossing"))
    assert _ids(proxy) == [target], "the renamed event now matches the search"
    assert _ids(model)[-1] == target, "and sorts last by title"
    qtmodeltester.check(proxy)
    session.execute(SetTags(sample_project, target, ["verified"]))
    session.set_filter(EventFilter(tag="verified"))
    assert target in _ids(proxy)
    session.execute(DeleteEvents(sample_project, [target]))
    assert target not in _ids(proxy) and target not in _ids(model)
    session.undo_stack.undo()
    assert target in _ids(proxy)
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_descending_sort_is_the_ascending_order_reversed(sample_project) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    session = Session(sample_project)
    model = EventTableModel(session)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        ascending = _ids(model)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert _ids(model) == ascending[::-1]


def test_filtering_keeps_the_selection_on_rows_that_stay(qtbot, sample_project) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    session = Session(sample_project)
    model = EventTableModel(session)
    proxy = EventFilterModel(session)
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    session.set_filter(EventFilter(text="ceasefire"))
    kept = proxy.index(proxy.rowCount() - 1, 0)
    kept_id = kept.data(EVENT_ID_ROLE)
    view.selectionModel().select(kept, QItemSelectionModel.SelectionFlag.ClearAndSelect |
                                 QItemSelectionModel.SelectionFlag.Rows)
    session.set_filter(EventFilter())
    selected = view.selectionModel().selectedRows()
    assert [i.data(EVENT_ID_ROLE) for i in selected] == [kept_id]
    assert proxy.mapToSource(selected[0]).row() == model.row_of(kept_id)


def test_document_model_counts_each_event_once_per_document() -> None:
    from store.samples import full_project

    session = Session(full_project())  # e2 is reported by d1 and d2; d1 has e1, e2, e3
    model = DocumentTableModel(session)
    events = {model.index(row, 0).data(): model.index(row, 3).data() for row in range(model.rowCount())}
    assert events == {"Talks end": 3, "Patrols": 1}
    project = session.project
    extra = project.events["e1"].sources[0]
    project.events["e1"].sources.append(extra)  # the same document twice: still one event
    model._reload()
    assert model.index(0, 3).data() == 3
